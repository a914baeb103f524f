package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * 韩总, 唐董, 冼关长, 马书记, 周副总经理, 冈田总经理: an officer addressed by surname and title, or the first character of a firm's
 * title, as news quotes them after naming them once (森诺木业董事长韩国峰…韩总告诉记者). The mention is the person's where the
 * document names exactly one person of that surname holding such a title (董 for a chairman or director, 总 for any of a
 * firm's chiefs, 关长 for a 副关长 too). 陈先生, 王女士: a person addressed by surname and courtesy title is the one person of
 * that surname the document names, whatever their office; and so is 郭总 where that one person holds no office the text
 * gives (a founder: 郭俊宏创办了…公司), or the subject a story names again and again.
 */
final class AddressedByTitle {

    private AddressedByTitle() {
    }

    /** How often a feature story names its subject in full at least. */
    private static final int SUBJECT_NAMED = 3;

    private static long timesNamed(List<EntityMention> mentions, String person) {
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.canonical().equals(person)).count();
    }

    static List<EntityMention> mentions(List<SentenceView> views, List<EntityMention> mentions, List<PositionHeld> positions) {
        List<EntityMention> found = new ArrayList<>();
        for (SentenceView view : views) {
            for (Token token : view.tokens()) {
                String word = token.word();
                // HanLP reads 韩总 and 唐董 as one name (nr); 韩总理 is a word of its own.
                if (word.length() != 2 || !token.posStartsWith("nr") || ADDRESSES.indexOf(word.charAt(1)) < 0 || !SentenceView.isHan(word)) {
                    continue;
                }
                String addressed = onlyHolder(positions, word.charAt(0), title -> heldBy(word.charAt(1), title));
                // 台湾高雄人郭俊宏…创办了…公司…郭总: the one person of the surname named, holding no office the text gives, is
                // the boss so addressed.
                if (addressed == null && word.charAt(1) == CHIEF) {
                    String named = onlyPersonNamed(mentions, word.charAt(0));
                    // 马文礼…（a trader's story naming him again and again）…马总: so is the story's subject.
                    addressed = named != null && positions.stream().noneMatch(held -> held.person().equals(named))
                            && (foundedAFirm(views, mentions, named) || timesNamed(mentions, named) >= SUBJECT_NAMED) ? named : null;
                }
                if (addressed != null && mentions.stream().noneMatch(m -> m.start() < token.end() && token.start() < m.end())) {
                    found.add(addressing(view, mentions, addressed, token.start(), token.end()));
                }
            }
        }
        for (EntityMention read : mentions) {
            // 冼关长 read whole as a name by HanLP: the same address, to be linked.
            String word = read.text();
            if (read.type() == EntityType.PERSON && word.length() >= 3 && word.length() <= 4 && PersonNameFilter.anySurname(word.charAt(0))) {
                String addressed = onlyHolder(positions, word.charAt(0), title -> title.endsWith(word.substring(1)));
                if (addressed != null && !addressed.equals(word)) {
                    found.add(addressing(views.get(read.sentenceIndex()), mentions, addressed, read.start(), read.end()));
                }
            }
        }
        for (EntityMention read : mentions) {
            // 周副|总经理, 冈田|总经理: HanLP read the surname with 副 as a name, or a two-character surname (Chinese or Japanese)
            // alone, before the title.
            if (read.type() != EntityType.PERSON || read.text().length() != 2 || !SentenceView.isHan(read.text())) {
                continue;
            }
            EntityMention title = mentions.stream().filter(m -> m.type() == EntityType.POSITION && m.start() == read.end()).findFirst().orElse(null);
            SentenceView view = views.get(read.sentenceIndex());
            // 谢谢|廖副关长: HanLP took the second character of a doubled verb of thanks or asking for a surname; the address is
            // the surname after it.
            boolean doubled = read.start() > view.sentence().start() && view.charAt(read.start() - 1) == read.text().charAt(0)
                    && DOUBLED_VERBS.indexOf(read.text().charAt(0)) >= 0;
            String name = doubled ? read.text().substring(1) : read.text();
            boolean deputy = name.length() == 2 && name.charAt(1) == DEPUTY;
            if (title == null || !doubled && !deputy && !PersonNameFilter.twoCharacterSurname(name)) {
                continue;
            }
            String held = deputy ? DEPUTY + title.text() : title.text();
            String addressed = deputy || doubled ? onlyHolder(positions, name.charAt(0), t -> t.endsWith(held))
                    : onlyHolder(positions, name, t -> t.endsWith(held));
            if (addressed != null && !addressed.equals(read.text())) {
                found.add(addressing(view, mentions, addressed, doubled ? read.start() + 1 : read.start(), title.end()));
            }
        }
        for (SentenceView view : views) {
            String sentence = view.slice(view.sentence().start(), view.sentence().end());
            for (String courtesy : COURTESY_TITLES) {
                for (int offset = sentence.indexOf(courtesy, 1); offset >= 0; offset = sentence.indexOf(courtesy, offset + 1)) {
                    int at = view.sentence().start() + offset;
                    int surname = at - 1;
                    if (PersonNameFilter.anySurname(view.charAt(surname)) && standsAlone(view, surname)
                            && mentions.stream().noneMatch(m -> m.start() <= surname && surname < m.end())) {
                        String addressed = onlyPersonNamed(mentions, view.charAt(surname));
                        if (addressed != null) {
                            found.add(addressing(view, mentions, addressed, surname, at + courtesy.length()));
                        }
                    }
                }
            }
        }
        for (EntityMention title : mentions) {
            if (title.type() != EntityType.POSITION) {
                continue;
            }
            SentenceView view = views.get(title.sentenceIndex());
            // 欧阳主任 (a surname of two characters, read as a word of its own), 李|副所长: the surname right before the title.
            for (int length = 2; length >= 1; length--) {
                int surname = title.start() - length;
                String written = surname < view.sentence().start() ? null : view.slice(surname, title.start());
                boolean aSurname = written != null && (length == 2 ? PersonNameFilter.twoCharacterSurname(written) && view.tokenEndsAt(title.start())
                        : PersonNameFilter.anySurname(written.charAt(0)));
                if (!aSurname || !standsAlone(view, surname, length)
                        || mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.start() < title.end() && surname < m.end())) {
                    continue;
                }
                String addressed = onlyHolder(positions, written, held -> held.endsWith(title.text()));
                if (addressed != null) {
                    found.add(addressing(view, mentions, addressed, surname, title.end()));
                    break;
                }
            }
        }
        return found;
    }

    /** The one person of the surname holding a title the test accepts, or null (none, or two of the surname). */
    private static String onlyHolder(List<PositionHeld> positions, char surname, java.util.function.Predicate<String> title) {
        return onlyHolder(positions, String.valueOf(surname), title);
    }

    /** The same for a surname of any length (冈田 of 冈田隆志): the holder's name is longer than the surname. */
    private static String onlyHolder(List<PositionHeld> positions, String surname, java.util.function.Predicate<String> title) {
        List<String> holders = positions.stream().filter(held -> held.person().length() >= Math.max(2, surname.length() + 1)
                        && held.person().startsWith(surname) && title.test(held.title()))
                .map(PositionHeld::person).distinct().toList();
        return holders.size() == 1 ? holders.get(0) : null;
    }

    /** The person is named in a sentence that names a firm they founded or run (创办了…公司, 公司创始人). */
    private static boolean foundedAFirm(List<SentenceView> views, List<EntityMention> mentions, String person) {
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.canonical().equals(person)).anyMatch(m -> {
            SentenceView view = views.get(m.sentenceIndex());
            return view.sentence().holdsAnyOf(view.text(), "创") && FOUNDING.matcher(view.slice(view.sentence().start(), view.sentence().end())).find()
                    && mentions.stream().anyMatch(firm -> firm.type() == EntityType.COMPANY && firm.sentenceIndex() == m.sentenceIndex());
        });
    }

    private static final java.util.regex.Pattern FOUNDING = java.util.regex.Pattern.compile("创办|创立|创建|创始");

    private static final char DEPUTY = '副';
    private static final char CHIEF = '总';
    /** 谢谢, 问问, 请请: verbs said twice before an address. */
    private static final String DOUBLED_VERBS = "谢问请";

    /** 陈先生透露, 据王女士介绍: a person addressed by surname and courtesy title. */
    private static final List<String> COURTESY_TITLES = List.of("先生", "女士");

    /** The one person of the surname the document names in full (two to four characters), or null. */
    private static String onlyPersonNamed(List<EntityMention> mentions, char surname) {
        List<String> named = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.canonical().length() >= 2 && m.canonical().length() <= 4
                && m.canonical().charAt(0) == surname && SentenceView.isHan(m.canonical())).map(EntityMention::canonical).distinct().toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The mention of {@code person} as addressed from {@code start} to {@code end}, linked where the person is. */
    private static EntityMention addressing(SentenceView view, List<EntityMention> mentions, String person, int start, int end) {
        String canonical = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals(person))
                .map(EntityMention::canonical).findFirst().orElse(person);
        return new EntityMention(EntityType.PERSON, start, end, view.slice(start, end), canonical, view.sentence().index(), true);
    }

    /**
     * ”冼关长说, 据许主任介绍, 刚才廖副关长提到: the surname opens the sentence or follows a mark or a preposition, no word before
     * it, or stands as a word of its own after a word of time, an adverb or a verb.
     */
    private static boolean standsAlone(SentenceView view, int surname) {
        return standsAlone(view, surname, 1);
    }

    /** The same for a surname of {@code length} characters (欧阳 of 刚才欧阳主任). */
    private static boolean standsAlone(SentenceView view, int surname, int length) {
        return view.tokenStartsAt(surname) && (surname == view.sentence().start() || !SentenceView.isHan(view.charAt(surname - 1))
                || BEFORE_AN_ADDRESS.indexOf(view.charAt(surname - 1)) >= 0 && view.tokenEndsAt(surname)
                || view.tokenEndsAt(surname) && view.tokenEndsAt(surname + length) && wordBeforeAnAddress(view, surname));
    }

    private static boolean wordBeforeAnAddress(SentenceView view, int surname) {
        int index = view.tokenAt(surname - 1);
        Token before = index < 0 ? null : view.tokens().get(index);
        return before != null && before.end() == surname && !before.pos().isEmpty() && WORDS_BEFORE_AN_ADDRESS.contains(before.pos().charAt(0));
    }

    /** Parts of speech (time, adverb, verb) of a word an address may follow as a word of its own: 刚才|廖|副关长. */
    private static final java.util.Set<Character> WORDS_BEFORE_AN_ADDRESS = java.util.Set.of('t', 'd', 'v');

    private static final String BEFORE_AN_ADDRESS = "据对向与和跟同找问";

    /** 总 of 总经理, 总裁, 总监 and 董事长 (a chairman is 某总 too); 董 of 董事长 and 董事. */
    private static boolean heldBy(char address, String title) {
        return address == '董' ? title.endsWith("董事长") || title.endsWith("董事") && !title.endsWith("独立董事")
                : CHIEFS.stream().anyMatch(title::endsWith);
    }

    private static final String ADDRESSES = "总董";
    private static final List<String> CHIEFS = List.of("总经理", "总裁", "总监", "董事长");
}
