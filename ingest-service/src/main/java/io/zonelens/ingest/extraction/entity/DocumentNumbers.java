package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.text.LayoutDates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official document numbers (发文字号: 国发〔2019〕3号, 国办发〔2020〕12号) are POLICY mentions. One right after a cited title
 * (《…的通知》（国发〔2018〕34号）) or on the line under a document's own title is that policy, under a name that identifies
 * it anywhere; one cited alone (根据国发〔2019〕3号文件) is a policy known by its number. So are a body's orders and
 * notices by their serials (海关总署令第256号, 商务部公告2024年第8号).
 */
final class DocumentNumbers {

    /** The year and serial (〔2019〕3号); the issuer's abbreviation before it is read back from the bracket. */
    private static final Pattern NUMBER = Pattern.compile(LayoutDates.PAPERS_YEAR_AND_SERIAL);
    /** The longest number: 〔2019〕第12345号. */
    private static final int NUMBER_LENGTH = 13;
    /** The longest issuer's abbreviation: 国办发, 津政办发, 署贸发. */
    private static final int MAX_ISSUER = 6;
    /** Words before an issuer's abbreviation that are not part of it: 根据国发〔2019〕3号. */
    private static final List<String> LEAD_INS = List.of("根据", "依据", "按照", "参照", "贯彻", "落实", "印发", "关于", "转发", "执行", "见", "的", "和", "及", "与", "据");

    /** The mentions with a POLICY mention for every document number. */
    List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        if (text.indexOf('号') < 0) {
            return mentions;
        }
        List<EntityMention> found = new ArrayList<>(mentions);
        for (MatchResult number : endingAtANumberSign(NUMBER, NUMBER_LENGTH, text)) {
            int issuer = number.start();
            while (issuer > 0 && number.start() - issuer < MAX_ISSUER && SentenceView.isHan(text.charAt(issuer - 1))) {
                issuer--;
            }
            if (issuer == number.start()) {
                continue;
            }
            int start = afterLeadIn(text, issuer, number.start());
            int end = number.end();
            SentenceView view = SentenceView.holding(views, start, end);
            // A mention inside the number is the issuer's abbreviation (国办 in 国办发), the number's part.
            if (view == null || found.stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) {
                continue;
            }
            found.removeIf(m -> m.start() >= start && m.end() <= end);
            EntityMention policy = citedBefore(text, found, start);
            String canonical = policy == null ? text.substring(start, end) : policy.canonical();
            found.add(new EntityMention(EntityType.POLICY, start, end, text.substring(start, end), canonical, view.sentence().index()));
        }
        addOrdersAndNotices(text, found);
        found.sort(Comparator.comparingInt(EntityMention::start));
        return withTheirTitles(found);
    }

    /**
     * 《…的通知》（财税〔2020〕31号）… 落实财税〔2020〕31号: a number cited again alone is the policy its first citation named,
     * wherever in the document.
     */
    private static List<EntityMention> withTheirTitles(List<EntityMention> mentions) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.POLICY && !m.canonical().equals(m.text())) {
                titles.putIfAbsent(m.text(), m.canonical());
            }
        }
        if (titles.isEmpty()) {
            return mentions;
        }
        List<EntityMention> linked = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String title = m.type() == EntityType.POLICY && m.canonical().equals(m.text()) ? titles.get(m.text()) : null;
            linked.add(title == null ? m : new EntityMention(m.type(), m.start(), m.end(), m.text(), title, m.sentenceIndex(), m.contextual()));
        }
        return linked;
    }

    /** 令第256号, 公告2024年第8号: the serial of a body's order or notice, the body named right before it. */
    private static final Pattern ORDER_OR_NOTICE = Pattern.compile("(令|公告)((?:19|20)\\d{2}年)?第\\d{1,5}号");
    /** The longest order or notice: 公告2024年第12345号. */
    private static final int ORDER_OR_NOTICE_LENGTH = 14;

    /**
     * 海关总署令第256号, 商务部公告2024年第8号: a body's order or notice by its number, from the body's name on (the body stays a
     * mention of its own: it issued the document).
     */
    private static void addOrdersAndNotices(String text, List<EntityMention> found) {
        for (MatchResult number : endingAtANumberSign(ORDER_OR_NOTICE, ORDER_OR_NOTICE_LENGTH, text)) {
            int at = number.start();
            EntityMention issuer = found.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() == at).findFirst().orElse(null);
            if (issuer == null || found.stream().anyMatch(m -> m.type() == EntityType.POLICY && m.start() < number.end() && issuer.start() < m.end())) {
                continue;
            }
            int start = jointIssuersStart(text, found, issuer);
            EntityMention policy = citedBefore(text, found, start);
            String name = text.substring(start, number.end());
            found.add(new EntityMention(EntityType.POLICY, start, number.end(), name, policy == null ? name : policy.canonical(),
                    issuer.sentenceIndex()));
        }
    }

    /**
     * The pattern's matches, each ending in a 号 and holding no other (as both numbers' patterns do), found from each 号
     * back at most {@code longest} characters: a search of the whole text would try the pattern at every character.
     */
    private static List<MatchResult> endingAtANumberSign(Pattern pattern, int longest, String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        for (int sign = text.indexOf('号'); sign >= 0; sign = text.indexOf('号', sign + 1)) {
            matcher.region(Math.max(0, sign + 1 - longest), sign + 1);
            while (matcher.find()) {
                if (matcher.end() == sign + 1) {
                    matches.add(matcher.toMatchResult());
                    break;
                }
            }
        }
        return matches;
    }

    /** Where the issuer's abbreviation before {@code bracket} starts: after any word leading up to it (根据 in 根据国发). */
    private static int afterLeadIn(String text, int start, int bracket) {
        String issuer = text.substring(start, bracket);
        int cut = 0;
        for (String word : LEAD_INS) {
            int at = issuer.lastIndexOf(word);
            if (at >= 0 && at + word.length() < issuer.length()) {
                cut = Math.max(cut, at + word.length());
            }
        }
        return start + cut;
    }

    /** 商务部 海关总署 国家税务总局公告2024年第8号: bodies issuing a notice together, apart by spaces or 、, all head its name. */
    private static int jointIssuersStart(String text, List<EntityMention> found, EntityMention issuer) {
        int start = issuer.start();
        for (boolean joined = true; joined; ) {
            int gap = start;
            while (gap > 0 && (text.charAt(gap - 1) == ' ' || text.charAt(gap - 1) == '　' || text.charAt(gap - 1) == '、')) {
                gap--;
            }
            int end = gap;
            EntityMention before = gap == start ? null
                    : found.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() == end && m.sentenceIndex() == issuer.sentenceIndex())
                            .findFirst().orElse(null);
            joined = before != null;
            start = joined ? before.start() : start;
        }
        return start;
    }

    private static final Pattern TITLE_NOTE = Pattern.compile("[（(](?:节选|摘要|摘编|全文)[）)]$");
    private static final int MAX_TITLE_NOTE = 4;

    /**
     * The policy a number belongs to: cited right before it (《…》（国发〔2018〕34号）), or the title on the line above
     * (a document's own title, its number under it).
     */
    private static EntityMention citedBefore(String text, List<EntityMention> mentions, int numberStart) {
        int at = numberStart;
        if (at > 0 && (text.charAt(at - 1) == '（' || text.charAt(at - 1) == '(')) {
            at--;
        }
        while (at > 0 && (text.charAt(at - 1) == '》' || Character.isWhitespace(text.charAt(at - 1)))) {
            at--;
        }
        // …的批复（节选）, 《…》（节选）: a note on the title's text (an excerpt) stands between the title and the number under it.
        Matcher note = TITLE_NOTE.matcher(text).region(Math.max(0, at - MAX_TITLE_NOTE), at);
        if (note.find()) {
            at = note.start();
            while (at > 0 && text.charAt(at - 1) == '》') {
                at--;
            }
        }
        int end = at;
        return mentions.stream().filter(m -> m.type() == EntityType.POLICY && m.end() == end).findFirst().orElse(null);
    }
}
