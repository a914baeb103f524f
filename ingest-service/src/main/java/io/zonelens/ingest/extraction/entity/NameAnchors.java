package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds the proper name a suffix attaches to: 南昌 in 南昌综保区, 天津港保税区 in 天津港保税区管理委员会, 临港 in
 * 临港综合保税区. Generic phrases (各综合保税区, 推动综合保税区…) have no anchor, so they are not names.
 */
final class NameAnchors {

    /** Parts of speech of a proper name (place, institution, other proper noun, abbreviation). */
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nz", "nt", "ntc", "ntcf", "ntcb", "nto", "ntu", "nts", "nth", "nit", "j", "nx");
    private static final Set<String> NOT_NAMES = Set.of("各", "全国", "我国", "本市", "全市", "全区", "新", "其他", "有关", "相关", "国家级",
            // 附件1所列综合保税区, 上述综合保税区: the zones a list or the text names elsewhere
            "所列", "上述", "下列", "前述");
    /** Industries HanLP tags as proper nouns (电商/nz): 电商产业园 alone is a kind of park, no park's name (杭州下沙跨境电商产业园 is). */
    private static final Set<String> INDUSTRIES = Set.of("电商", "电子商务", "大数据", "人工智能", "物联网", "互联网");

    /** 电商, 电子商务: an industry HanLP may tag as a proper noun. */
    static boolean anIndustry(String word) {
        return INDUSTRIES.contains(word);
    }

    /** Scopes that make a kind word general: 各地经开区, 国家高新区, 全省综保区. */
    private static final Set<String> SCOPES = Set.of("国家", "各地", "各级", "全省", "省内", "国内", "多地", "沿海", "中西部", "有关", "相关", "所有", "各类");
    private static final Set<String> QUALIFIERS = Set.of("省级", "市级", "县级", "区级", "重点", "各类", "特色", "一批", "现代", "新型", "部分", "企业", "产业", "项目",
            "高水平", "高质量", "高标准", "高能级", "创新型", "集群");

    private NameAnchors() {
    }

    /**
     * Start of a place or zone name ending exactly at {@code end}, or -1. Adjacent known names chain (天津+滨海新区);
     * a proper noun before a known name does not (一季度 in 一季度苏州工业园区综合保税区).
     */
    static int placeOrZoneEndingAt(SentenceView view, int end, boolean allowBareZoneWords) {
        int start = knownNameEndingAt(view, end, allowBareZoneWords);
        if (start >= 0) {
            for (int earlier = knownNameEndingAt(view, start, false); earlier >= 0; earlier = knownNameEndingAt(view, start, false)) {
                start = earlier;
            }
            // 临港综合保税区管委会: a zone word before the body word takes the zone's own name along.
            if (allowBareZoneWords && startsWithZoneWord(view, start)) {
                int zoneName = properTokensEndingAt(view, start);
                zoneName = zoneName >= 0 ? zoneName : placeAndWordEndingAt(view, start);
                zoneName = zoneName >= 0 ? zoneName : placeAndNounsEndingAt(view, start);
                zoneName = zoneName >= 0 ? zoneName : learnedNameEndingAt(view, start);
                start = zoneName >= 0 ? zoneName : start;
            }
            return start;
        }
        int proper = properTokensEndingAt(view, end);
        return proper >= 0 ? proper : placeAndWordEndingAt(view, end);
    }

    /**
     * A listed place followed by up to four nouns, ten characters at most: 郑州 + 航空港经济 in 郑州航空港经济综合实验区,
     * 三亚 + 崖州湾 in 三亚崖州湾科技城, 成都 + 双流机场 in 成都双流机场海关. Qualifiers (省级, 重点) and titles (常委 in
     * 崇礼县常委政法委) are no part of a name. Where no listed place starts the nouns, proper nouns do (博鳌乐城 +
     * 国际医疗旅游 in 博鳌乐城国际医疗旅游先行区), the earliest of a run of them.
     */
    static int placeAndNounsEndingAt(SentenceView view, int end) {
        int cursor = end;
        int properStart = -1;
        boolean properRunAllowed = true;
        for (int index = view.tokenAt(end - 1), taken = 0; index >= 0 && taken < 6; index--, taken++) {
            Token token = view.tokens().get(index);
            if (token.end() != cursor || token.start() < view.sentence().start() || !(nounInAName(token) || taken > 0 && sideOfAPlace(token)
                    || (taken > 0 || twoCharacterName(view, index)) && characterOfAName(token) || taken == 1 && numeralOpeningAName(view, index)
                    || industryOfANamedTrade(view, index) || taken > 0 && fieldsJoinedInAName(view, index))
                    || end - token.start() > 12 || isTitle(view, token) || BELONGING.contains(token.word())) {
                break;
            }
            cursor = token.start();
            int place = taken < 5 ? longestPlaceEndingAt(view, cursor) : -1;
            if (place >= 0) {
                return place;
            }
            // Only common nouns between the proper run and the suffix: a name right before it (一季度 + 苏州工业园区 +
            // 综合保税区) is the other anchors' to judge.
            boolean proper = PROPER.contains(token.pos()) && !CoreWords.usuallyNotAName(token.word());
            // Nor a zone or body word on the way (综保区 + 航空 + 产业园, 管委会 + 保税区 + 管理局): those are names of their own.
            properRunAllowed &= !(proper && token.end() == end) && !kindWordIn(view, token);
            if (properRunAllowed && proper && (properStart < 0 || properStart == token.end())) {
                properStart = token.start();
            } else if (properStart >= 0) {
                break;
            }
        }
        return properStart;
    }

    /**
     * 晋中国家农业高新技术产业示范区: 产业 after a trade (农业, 高新技术) belongs to the name; alone before a kind word
     * (产业园, 重点产业示范区) it is one of the qualifiers that make the kind word general.
     */
    private static boolean industryOfANamedTrade(SentenceView view, int index) {
        if (index == 0 || !view.tokens().get(index).word().equals("产业")) {
            return false;
        }
        Token trade = view.tokens().get(index - 1);
        return trade.word().length() >= 2 && nounInAName(trade) && !PROPER.contains(trade.pos());
    }

    /** 长丰县 + 双/q 凤/ng + 经济开发区: a character HanLP reads as a measure word or an adjective, inside a name after its place. */
    private static boolean characterOfAName(Token token) {
        return token.word().length() == 1 && SentenceView.isHan(token.word()) && NAME_CHARACTER_POS.contains(token.pos());
    }

    // Not adjectives (长丰县新老经济开发区: the new and old zones).
    private static final Set<String> NAME_CHARACTER_POS = Set.of("q", "b", "bg", "ng", "vg", "tg");

    /** 湘潭 + 九/m 华/b + 经济技术开发区: a name of two characters, each a word of its own, right after a listed place. */
    private static boolean twoCharacterName(SentenceView view, int index) {
        return index > 0 && (characterOfAName(view.tokens().get(index - 1)) || numeralOpeningAName(view, index - 1))
                && longestPlaceEndingAt(view, view.tokens().get(index - 1).start()) >= 0;
    }

    /** 九 of 九华: a lone Chinese numeral before a name's character, not a count (三大片区: the three major areas). */
    private static boolean numeralOpeningAName(SentenceView view, int index) {
        Token numeral = view.tokens().get(index);
        return index + 1 < view.tokens().size() && numeral.word().length() == 1 && "一二三四五六七八九十".indexOf(numeral.word().charAt(0)) >= 0
                && Pos.isCount(numeral) && characterOfAName(view.tokens().get(index + 1)) && "大个家批类项".indexOf(view.tokens().get(index + 1).word().charAt(0)) < 0;
    }

    /** 南宁海关所属友谊关海关, 天津海关所属东疆海关: a word tying a body to the one above it ends the upper body's name. */
    static final Set<String> BELONGING = Set.of("所属", "下属", "直属", "隶属");

    /** The labels of the tagger's spans that may name a zone: CLUENER marks zones as addresses, bodies or firms. */
    private static final Set<String> LEARNED_NAME_LABELS = Set.of("address", "organization", "government", "company");

    /**
     * 川渝高竹新区, 川渝高竹新区管委会: where the learned tagger reads one name running through {@code end}, a name no
     * listed place or HanLP proper noun opens (川渝/高/竹), where it starts, or -1. The words it takes must be able to
     * be a name's: no function word, verb, count, punctuation or kind word (在高竹新区 is no name 在高竹).
     */
    private static final String BONDED_LOGISTICS_CENTRE = "保税物流中心";

    static int learnedNameEndingAt(SentenceView view, int end) {
        if (view.learnedSpans() == null) {
            return -1;
        }
        int offset = view.sentence().start();
        for (var span : view.learnedSpans()) {
            int start = offset + span.start();
            // 和林格尔新区: the tagger, like HanLP, reads 和 as "and"; where it joins a name, the name is not known.
            if (!LEARNED_NAME_LABELS.contains(span.label()) || start > end - 2 || offset + span.end() < end || end - start > 10
                    || !view.tokenStartsAt(start) || !SentenceView.isHan(view.slice(start, end)) || view.charAt(start - 1) == '和') {
                continue;
            }
            // 国务院自由贸易试验区工作部际联席会议办公室: a listed body names no zone; it runs the work on zones.
            if (view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.hasType(EntityType.GOVERNMENT))) {
                return -1;
            }
            // Nor a zone or body word (综合 of 综合保税区 before 保税区): the tagger's span is then the kind alone; but a bonded
            // logistics centre is named after the port or park it serves (邯郸国际陆港保税物流中心).
            boolean centre = view.text().startsWith(BONDED_LOGISTICS_CENTRE, end);
            List<Token> inside = view.tokensWithin(start, end);
            boolean words = java.util.stream.IntStream.range(0, inside.size()).noneMatch(i -> {
                Token token = inside.get(i);
                return Pos.isBoundary(token) || Pos.isVerb(token) || Pos.isCount(token) && !numeralOfAName(inside, i)
                        || Pos.isTimeOrLocation(token) || NOT_NAMES.contains(token.word()) || !centre && kindWordIn(view, token);
            });
            // 基础材料产业园, 粮油产业园: common words alone describe a park; a name has a proper noun or a piece of one.
            boolean description = view.tokensWithin(start, end).stream().allMatch(token -> token.word().length() >= 2 && DESCRIPTIVE.contains(token.pos()));
            return words && !description ? start : -1;
        }
        return -1;
    }

    /** 宜宾三江新区, 九龙坡: a lone Chinese numeral before a noun inside a name the tagger reads is part of the name (三/江). */
    private static boolean numeralOfAName(List<Token> words, int index) {
        Token numeral = words.get(index);
        return numeral.word().length() == 1 && "一二三四五六七八九十百千".indexOf(numeral.word().charAt(0)) >= 0 && index + 1 < words.size()
                && words.get(index + 1).pos().startsWith("n") && index > 0;
    }

    private static final Set<String> DESCRIPTIVE = Set.of("n", "vn", "nis", "nnd", "nnt", "nf", "gi", "gm", "gb", "gc", "gg", "gp", "a", "an", "b");

    private static final Set<String> COUNT_BOUNDS = Set.of("以上", "以下", "左右", "多", "余");
    private static final List<String> CONDITIONS = List.of("有条件的", "符合条件的", "具备条件的", "条件成熟的", "有条件", "符合条件");
    private static final int LONGEST_CONDITION = CONDITIONS.stream().mapToInt(String::length).max().orElse(0);

    /** 有关开发区管委会, 各类园区管委会: a body named by a bare zone word after a word of scope is every such zone's. */
    static boolean bareZoneInGeneralAt(SentenceView view, int start) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null) && generalBefore(view, start);
    }

    /**
     * 全国高新区, 各综保区, 一批经开区, 10个综保区: a scope, qualifier or count right before {@code offset} makes the kind
     * word after it mean zones of that kind in general, not the one the document is about.
     */
    static boolean generalBefore(SentenceView view, int offset) {
        // 各自贸试验区: "every" zone of the kind, though HanLP reads 各自 ("each's") as one word.
        if (offset > view.sentence().start() && view.charAt(offset - 1) == '各') {
            return true;
        }
        // 有条件的自贸试验区先行先试: the zones that meet a condition, whichever they are.
        String before = view.slice(Math.max(view.sentence().start(), offset - LONGEST_CONDITION), offset);
        if (CONDITIONS.stream().anyMatch(before::endsWith)) {
            return true;
        }
        int index = view.tokenAt(offset - 1);
        if (index < 0 || view.tokens().get(index).end() != offset) {
            return false;
        }
        Token token = view.tokens().get(index);
        // 2个以上综保区, 10个左右开发区: a count's bound is part of the count; 各省级以上开发区: a rank's bound, of the rank.
        if (COUNT_BOUNDS.contains(token.word()) && index > 0 && (Pos.isCount(view.tokens().get(index - 1))
                || QUALIFIERS.contains(view.tokens().get(index - 1).word()) || view.tokens().get(index - 1).word().equals("国家级"))) {
            return true;
        }
        // 吴江、常熟等经开区: the kind after 等 sums up the zones listed before it, it is none of them.
        return NOT_NAMES.contains(token.word()) && !token.word().equals("新") || SCOPES.contains(token.word()) || QUALIFIERS.contains(token.word())
                || Pos.isCount(token) || token.word().equals("等") || token.word().equals("等等");
    }

    /**
     * Start of 中国（湖州）, 中德（芜湖） or 西部（重庆） ending at {@code end}, or -1: how the State Council names a city's pilot zone
     * (中国（湖州）跨境电子商务综合试验区), two countries' park in one city (中德（芜湖）产业合作园, or by their names joined by a
     * dash: 中国—东盟（南宁）) or a region's project in one city
     * (西部（重庆）科学城), a listed place in brackets after 中国, two countries' characters or a word of the name.
     */
    static int chinaAndPlaceEndingAt(SentenceView view, int end) {
        if (end < 5 || "）)".indexOf(view.charAt(end - 1)) < 0) {
            return -1;
        }
        for (Lexicon.Hit place : view.hits()) {
            int open = place.start() - 1;
            if (place.end() != end - 1 || !place.hasType(EntityType.PLACE, EntityType.ZONE) || open < 2 || "（(".indexOf(view.charAt(open)) < 0) {
                continue;
            }
            // 中国（雄安新区）跨境电子商务综合试验区: the State Council's brackets may hold a new area.
            if (view.text().startsWith("中国", open - 2) && open - 2 >= view.sentence().start()) {
                return open - 2;
            }
            // 中德（芜湖）产业合作园, 中新（重庆）…示范项目: China and a partner country by their characters, before the place of
            // their joint park (新, Singapore, only here: elsewhere it is "new").
            if (open - 2 >= view.sentence().start() && view.charAt(open - 2) == CountryAbbreviations.CHINA && place.hasType(EntityType.PLACE)
                    && (CountryAbbreviations.countryOf(view.charAt(open - 1)) != null || view.charAt(open - 1) == SINGAPORE)) {
                return open - 2;
            }
            if (!place.hasType(EntityType.PLACE)) {
                continue;
            }
            // 中国—东盟（南宁）跨境电商产业园: two parties by their names, joined by a dash, before the place of their joint park.
            int partners = partnersJoinedByADashEndingAt(view, open);
            if (partners >= 0) {
                return partners;
            }
            int index = view.tokenAt(open - 1);
            Token name = index < 0 ? null : view.tokens().get(index);
            boolean nameWord = name != null && name.end() == open && name.start() >= view.sentence().start() && name.word().length() >= 2
                    && SentenceView.isHan(name.word()) && (nounInAName(name) || sideOfAPlace(name) || PROPER.contains(name.pos()))
                    && !QUALIFIERS.contains(name.word()) && !NOT_NAMES.contains(name.word());
            return nameWord ? name.start() : -1;
        }
        return -1;
    }

    private static final char SINGAPORE = '新';

    /**
     * Start of 中国—东盟 or 马来西亚—中国 ending at {@code end}: two listed places joined by a dash, one of them a country or a
     * region (连云港—霍尔果斯, two cities, is a route); or -1.
     */
    static int partnersJoinedByADashEndingAt(SentenceView view, int end) {
        int start = -1;
        for (Lexicon.Hit second : view.hits()) {
            int dash = second.start() - 1;
            if (second.end() != end || !second.hasType(EntityType.PLACE) || dash <= view.sentence().start() || DASHES.indexOf(view.charAt(dash)) < 0) {
                continue;
            }
            for (Lexicon.Hit first : view.hits()) {
                if (first.end() == dash && first.start() >= view.sentence().start() && first.hasType(EntityType.PLACE)
                        && (countryOrRegion(first) || countryOrRegion(second)) && (start < 0 || first.start() < start)) {
                    start = first.start();
                }
            }
        }
        return start;
    }

    private static boolean countryOrRegion(Lexicon.Hit place) {
        return place.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && PARTNER_KINDS.contains(entry.kind()));
    }

    private static final Set<String> PARTNER_KINDS = Set.of("COUNTRY", "REGION");

    private static final String DASHES = "—－-";

    private static boolean listedBody(SentenceView view, Token token) {
        return view.hits().stream().anyMatch(hit -> hit.start() == token.start() && hit.end() == token.end() && hit.hasType(EntityType.GOVERNMENT)
                && !hit.hasType(EntityType.PLACE, EntityType.ZONE));
    }

    private static boolean kindWordIn(SentenceView view, Token token) {
        return view.hits().stream().anyMatch(hit -> hit.start() < token.end() && token.start() < hit.end()
                && (hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null || hit.endsAnInstitution()));
    }

    /**
     * 三亚市旅游和文化广电体育局: 和 joining two fields inside a body's name, each a plain noun no body or zone word (not 市商务局和
     * 发展改革委, two bodies).
     */
    private static boolean fieldsJoinedInAName(SentenceView view, int index) {
        List<Token> tokens = view.tokens();
        if (!tokens.get(index).word().equals("和") || index == 0 || index + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(index - 1);
        Token after = tokens.get(index + 1);
        return before.word().length() == 2 && nounInAName(before) && !PROPER.contains(before.pos()) && !kindWordIn(view, before)
                && nounInAName(after) && !kindWordIn(view, after);
    }

    /** 重庆西部物流园综合保税区: a side of a place (西部, 东部) between it and the nouns that name the zone. */
    private static boolean sideOfAPlace(Token token) {
        return token.pos().equals("f") && token.word().length() == 2 && token.word().endsWith("部") && "东西南北中".indexOf(token.word().charAt(0)) >= 0;
    }

    private static boolean isTitle(SentenceView view, Token token) {
        // 蔺海涛代表/nnt 省人民政府: HanLP's word for a title or role is one too.
        return token.pos().equals("nnt") || view.hits().stream().anyMatch(hit -> hit.cue(Cue.CueFamily.TITLE) != null && hit.start() < token.end() && token.start() < hit.end());
    }

    private static boolean nounInAName(Token token) {
        String pos = token.pos();
        return (pos.startsWith("n") || pos.equals("vn") || pos.equals("j")) && !pos.equals("nr") && !Pos.isGoverning(token)
                && !NOT_NAMES.contains(token.word()) && !QUALIFIERS.contains(token.word());
    }

    private static boolean startsWithZoneWord(SentenceView view, int start) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null
                && !hit.hasType(EntityType.PLACE, EntityType.ZONE));
    }

    private static int knownNameEndingAt(SentenceView view, int end, boolean allowBareZoneWords) {
        int start = -1;
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.end() == end && (start < 0 || hit.start() < start) && !view.shortNameStartsInsideAWord(hit.start(), hit.end())
                    && (hit.hasType(EntityType.PLACE, EntityType.ZONE)
                    || allowBareZoneWords && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null)) {
                start = hit.start();
            }
        }
        return start;
    }

    /** A place followed by one two-character word that is not a verb or function word: 厦门 + 象屿 in 厦门象屿保税区. */
    private static int placeAndWordEndingAt(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        if (index < 0) {
            return -1;
        }
        Token token = view.tokens().get(index);
        if (token.end() != end || token.word().length() != 2 || Pos.isBoundary(token) || Pos.isGoverning(token) || CoreWords.usuallyNotAName(token.word())) {
            return -1;
        }
        return longestPlaceEndingAt(view, token.start());
    }

    /** Start of the longest listed place ending at {@code end} (内蒙古, not 蒙古, before 准格尔), or -1. */
    private static int longestPlaceEndingAt(SentenceView view, int end) {
        int start = -1;
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.end() == end && hit.hasType(EntityType.PLACE) && (start < 0 || hit.start() < start) && !view.shortNameStartsInsideAWord(hit.start(), hit.end())) {
                start = hit.start();
            }
        }
        return start;
    }

    /** Up to three proper-noun tokens ending at {@code end} (HanLP's ns/nz/nt), or -1. */
    private static int properTokensEndingAt(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        int start = -1;
        for (int taken = 0; index >= 0 && taken < 3; taken++, index--) {
            Token token = view.tokens().get(index);
            if (token.start() < view.sentence().start() || token.end() != end) {
                break;
            }
            // 高水平自由贸易试验区, 海关总署综合保税区 (a body judging zones): a qualifier or a body names no zone.
            if (!PROPER.contains(token.pos()) || NOT_NAMES.contains(token.word()) || INDUSTRIES.contains(token.word()) || QUALIFIERS.contains(token.word()) || token.word().length() < 2
                    || CoreWords.usuallyNotAName(token.word()) || Pos.isBoundary(token) || Pos.isTimeOrLocation(token) || listedBody(view, token)) {
                break;
            }
            start = token.start();
            end = token.start();
        }
        return start;
    }
}
