package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A person named once is that person wherever the document repeats the name: 楼阳生 is found after 河南省委书记, and
 * in "在郑州新郑综合保税区，楼阳生详细了解…" too, where HanLP reads it as a proper noun and no rule sees a name. So is a
 * township named once after its county (海盐县百步镇, then 百步镇地处…), which no list holds, and an institution's name
 * of four characters or more (电子科技大学, where the tagger read only 科技大学 the second time). A repetition counts when it
 * starts and ends where words do, overlaps nothing already found and stands outside 《》.
 */
final class RepeatedNames {

    static final String SOURCE = "repeated-name";
    /** Below the sources that found the name first: a repetition is as sure as the name, no surer. */
    private static final double CONFIDENCE = 0.6;

    private final PersonNameFilter filter;

    RepeatedNames(PersonNameFilter filter) {
        this.filter = filter;
    }

    List<ResolvedCandidate> apply(String text, List<SentenceView> views, List<ResolvedCandidate> resolved) {
        java.util.Map<String, EntityType> names = new java.util.LinkedHashMap<>();
        java.util.Set<String> foreignSurnames = new java.util.HashSet<>();
        java.util.Set<String> addressedParts = new java.util.LinkedHashSet<>();
        for (ResolvedCandidate found : resolved) {
            EntityCandidate candidate = found.candidate();
            String name = text.substring(candidate.start(), candidate.end());
            if (candidate.type() == EntityType.PERSON && candidate.length() >= 2 && sureEnough(candidate, name, views)) {
                names.put(name, EntityType.PERSON);
                // 恩佐·里贝拉托, then 向里贝拉托的经纪人: a foreign name's last part of three or more is repeated alone.
                int dot = name.lastIndexOf('·');
                if (dot > 0 && name.length() - dot - 1 >= 3) {
                    names.putIfAbsent(name.substring(dot + 1), EntityType.PERSON);
                    foreignSurnames.add(name.substring(dot + 1));
                }
                // 阿依古丽·热合曼, then 阿依古丽算了一笔账: so is its first part of three or more, the given name a Uyghur or
                // Kazakh name is called by.
                int firstDot = name.indexOf('·');
                if (firstDot >= 3 && SentenceView.isHan(name.substring(0, firstDot))) {
                    names.putIfAbsent(name.substring(0, firstDot), EntityType.PERSON);
                }
                // 颂猜·通萨, then 颂猜先生说; 托马斯·韦伯, then 韦伯先生: a shorter part is repeated only before a form of address.
                if (dot > 0) {
                    addressedParts.add(name.substring(0, name.indexOf('·')));
                    addressedParts.add(name.substring(dot + 1));
                }
            } else if (candidate.type() == EntityType.PLACE && candidate.source().equals(PlacePatternSource.NAME) && PlacePatternSource.aTownship(name)) {
                names.put(name, EntityType.PLACE);
            } else if (candidate.type() == EntityType.GOVERNMENT || candidate.type() == EntityType.COMPANY) {
                townshipsInside(text, views, candidate).forEach(township -> names.putIfAbsent(township, EntityType.PLACE));
            }
            if (candidate.type() == EntityType.ZONE && candidate.source().equals(ZonePatternSource.NAME)) {
                String withoutPlace = zoneWithoutItsPlace(text, views, candidate);
                if (withoutPlace != null) {
                    names.putIfAbsent(withoutPlace, EntityType.ZONE);
                }
            }
            if (candidate.type().isInstitution() && candidate.length() >= MIN_INSTITUTION && !candidate.source().equals(GovernmentBodySource.BARE)) {
                names.putIfAbsent(name, candidate.type());
            }
        }
        addressedParts.removeIf(part -> part.length() < 2 || names.containsKey(part) || !SentenceView.isHan(part));
        if (names.isEmpty() && addressedParts.isEmpty()) {
            return resolved;
        }
        List<ResolvedCandidate> all = new ArrayList<>(resolved);
        for (String part : addressedParts) {
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
                int end = at + part.length();
                SentenceView view = SentenceView.holding(views, at, end);
                EntityCandidate repeated = new EntityCandidate(EntityType.PERSON, at, end, SOURCE, CONFIDENCE);
                if (view != null && view.tokenStartsAt(at) && view.tokenEndsAt(end) && ADDRESSING_WORDS.matcher(text).region(end, view.sentence().end()).lookingAt()
                        && !view.insideBookTitle(at, end)
                        && all.stream().noneMatch(other -> other.candidate().overlaps(repeated))) {
                    all.add(new ResolvedCandidate(repeated, view.sentence().index()));
                }
            }
        }
        // Each name's occurrences by one scan of the text per name, then the sentence each falls in.
        for (var named : names.entrySet()) {
            String name = named.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                SentenceView view = SentenceView.holding(views, at, at + name.length());
                EntityCandidate repeated = new EntityCandidate(named.getValue(), at, at + name.length(), SOURCE, CONFIDENCE);
                // 吴敏梭昂 named whole once: where a name of three characters or more was read cut at either end (吴敏梭,
                // 尼亚尔·叶尔梅克巴耶夫, 海涛 of 请问蔺海涛副关长), the whole name replaces the piece, wherever HanLP's words end.
                // 叶尔波拉提·巴合提别克 named whole once: a brand read inside it again (别克) is a piece of the name too.
                boolean dotted = name.indexOf('·') > 0;
                List<ResolvedCandidate> cutNames = named.getValue() == EntityType.PERSON && name.length() >= 3
                        ? all.stream().filter(other -> (other.candidate().type() == EntityType.PERSON || dotted) && inside(other.candidate(), repeated)
                                && other.candidate().length() < repeated.length()
                                && (other.candidate().start() == repeated.start() || other.candidate().end() == repeated.end())).toList()
                        : List.of();
                // 里/贝拉托本/nrf 赛季: HanLP may glue a character to a foreign surname it reads as a name; the surname wins.
                boolean aligned = view != null && (view.tokenStartsAt(repeated.start()) || foreignSurnames.contains(name) && insideAName(view, repeated.start()))
                        // 颂猜·通/v 萨则/nr 看中: so may an adverb glued to a dotted name's last part.
                        && (view.tokenEndsAt(repeated.end()) || (foreignSurnames.contains(name) || dotted) && insideAName(view, repeated.end() - 1));
                if (view == null || cutNames.isEmpty() && !aligned || view.insideBookTitle(repeated.start(), repeated.end())) {
                    continue;
                }
                // 电子科技大学 named whole once: where the tagger read only 科技大学 of it again, the whole name replaces the piece.
                List<ResolvedCandidate> pieces = named.getValue().isInstitution()
                        ? all.stream().filter(other -> other.candidate().type().isInstitution() && inside(other.candidate(), repeated)
                                && other.candidate().length() < repeated.length()).toList()
                        : cutNames;
                if (all.stream().noneMatch(other -> other.candidate().overlaps(repeated) && !pieces.contains(other)
                        && !(named.getValue().isInstitution() && other.candidate().type() == EntityType.PLACE && inside(other.candidate(), repeated)
                                && other.candidate().length() < repeated.length()))) {
                    all.removeAll(pieces);
                    all.add(new ResolvedCandidate(repeated, view.sentence().index()));
                }
            }
        }
        return all;
    }

    private static final java.util.regex.Pattern ADDRESSING_WORDS = java.util.regex.Pattern.compile("先生|女士|博士|夫人|教授");

    /** The character at {@code offset} is inside a word HanLP reads as a name (贝拉托本/nrf). */
    private static boolean insideAName(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        return index >= 0 && view.tokens().get(index).pos().startsWith("nr");
    }

    /** Institutions' names this long are repeated: shorter ones (市委, 管委会) are words any document uses for several. */
    private static final int MIN_INSTITUTION = 4;

    private static boolean inside(EntityCandidate inner, EntityCandidate outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** 海盐县百步镇党委, 南康区唐江镇…专业合作社: the townships a body's or firm's name runs through, after their counties. */
    private static List<String> townshipsInside(String text, List<SentenceView> views, EntityCandidate body) {
        SentenceView view = SentenceView.holding(views, body.start(), body.end());
        if (view == null) {
            return List.of();
        }
        List<String> townships = new ArrayList<>();
        for (Lexicon.Hit county : view.hits()) {
            int end = county.start() >= body.start() && county.end() < body.end() ? PlacePatternSource.townshipAfter(view, county.end(), body.end()) : -1;
            if (end > 0) {
                townships.add(text.substring(county.end(), end));
            }
        }
        return townships;
    }

    /**
     * 九华经济技术开发区 of 湘潭九华经济技术开发区: a zone's name the pattern read after a listed place, without that place,
     * where two characters or more of name stand between the place and the kind word, not only words of a trade;
     * else null. No list holds such a zone, and HanLP splits its name (九/华) where the place is left out.
     */
    private static String zoneWithoutItsPlace(String text, List<SentenceView> views, EntityCandidate zone) {
        SentenceView view = SentenceView.holding(views, zone.start(), zone.end());
        if (view == null) {
            return null;
        }
        int kindStart = view.hits().stream().filter(hit -> hit.end() == zone.end() && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null)
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        int placeEnd = view.hits().stream().filter(hit -> hit.start() == zone.start() && hit.end() < kindStart && hit.hasType(EntityType.PLACE))
                .mapToInt(Lexicon.Hit::end).max().orElse(-1);
        // 沭阳县跨境电子商务产业园: words of a trade between the place and the kind name a kind of park, no park (not 未来科技城,
        // 生态文旅区: 未来 and 生态 are no trade).
        boolean onlyATrade = placeEnd > 0 && view.tokenStartsAt(placeEnd) && view.tokenEndsAt(kindStart)
                && view.tokensWithin(placeEnd, kindStart).stream().allMatch(word -> CompanyPatternSource.aTradeWord(word.word()));
        return placeEnd > 0 && kindStart - placeEnd >= 2 && SentenceView.isHan(text.substring(placeEnd, kindStart)) && !onlyATrade
                ? text.substring(placeEnd, zone.end()) : null;
    }

    /**
     * Only a name read right after a title, shaped like a Chinese name no list knows, or a dotted foreign name is
     * repeated: a common word misread once as a name (文明) must not become a person everywhere. A name of three
     * characters or more that follows a title the lists or the tagger know is one too (市长乌力吉木仁, a Mongolian name
     * no surname opens, which only the tagger reads).
     */
    private boolean sureEnough(EntityCandidate candidate, String name, List<SentenceView> views) {
        if (candidate.source().equals(PersonSource.AFTER_TITLE) || filter.plausible(name) || name.indexOf('·') > 0) {
            return true;
        }
        SentenceView view = name.length() >= 3 ? SentenceView.holding(views, candidate.start(), candidate.end()) : null;
        return view != null && PersonSource.listedOrLearnedTitleEndsAt(view, candidate.start());
    }
}
