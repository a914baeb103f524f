package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Brand names listed before a company head noun: 华大基因、瑞普生物、纳通医疗等重点企业, 信达生物、博瑞医药等创新药企. Items are split at 、; an
 * item needs a proper noun or a gazetteer name (港口, 保税维修 are not companies), or a brand no dictionary knows before a
 * company or trade word (中船集团, 信达生物). Before 项目 an item must start with a place (江苏佳利达…).
 */
public class EnumeratedCompanySource implements EntityCandidateSource {

    static final String NAME = "company-enumeration";

    private static final int HEAD_WINDOW = 8;
    /** Brand names are short; a longer item is a phrase (空客产业链垂直整合). */
    private static final int MAX_BRAND = 8;
    private static final int MAX_PROJECT_NAME = 12;
    private static final List<String> KINDS_OF_BUSINESS = List.of("业态", "模式", "类型", "形态");
    /** 长江干线岸线整治, 岳阳三荷机场改扩建: the work a project does, which ends no firm's name. */
    private static final java.util.Set<String> PROJECT_WORK = java.util.Set.of("整治", "改造", "改扩建", "扩建", "建设", "提升", "治理", "修复",
            "升级", "新建", "搬迁", "改建", "提质", "扩能");

    /** 专精特新、高精尖、独角兽等企业: the ranks policy gives firms, no firms' names. */
    private static final java.util.Set<String> KINDS_OF_FIRMS = java.util.Set.of("专精特新", "高精尖", "独角兽", "瞪羚", "链主", "小巨人",
            "专精特新小巨人", "单项冠军", "隐形冠军", "龙头", "高新技术", "规上", "规模以上", "外资", "民营", "国有", "央企", "外贸");
    /** Nouns for firms a list of them may end in: 企业, 公司, and the trades' words (创新药企, 新能源车企). */
    private static final List<String> HEADS = List.of("企业", "公司", "集团", "项目", "药企", "车企", "房企", "险企", "厂商");
    /**
     * A listed firm's short name is often a brand and its trade (信达生物, 博瑞医药, 宁德时代 is a brand alone): in a list of
     * firms such a trade word ends a name the way a company word does.
     */
    private static final List<String> TRADE_WORDS = List.of("生物", "医药", "药业", "制药", "科技", "电子", "股份", "控股", "汽车",
            "能源", "智能", "半导体", "光电", "重工", "电气", "化工", "材料", "软件", "通信", "环境", "石化", "化纤", "钢铁", "机械", "装备",
            "航空", "食品", "矿业");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.ENUMERATION) == null) {
                continue;
            }
            String head = head(view, hit.end());
            if (head == null) {
                continue;
            }
            int end = hit.start();
            List<EntityCandidate> items = new ArrayList<>();
            List<int[]> unnamed = new ArrayList<>();
            int itemCount = 0;
            while (end > view.sentence().start()) {
                // …有限公司等企业: the name runs back from before its registered form, as the company pattern reads it.
                int start = CompanyPatternSource.nameStart(view, end - CompanyPatternSource.registeredFormEndingAt(view.text(), end), 12);
                if (start < 0) {
                    break;
                }
                start = beforeABracketedPlace(view, start);
                start = atAListedCompanyAfterAVerb(view, start, end);
                itemCount++;
                // 徐州鼎盛智能装备有限公司总经理赵磊等企业代表: an officer with a title is listed, no firm.
                boolean kindOfFirm = KINDS_OF_FIRMS.contains(view.slice(start, end)) || titled(view, start, end);
                if (!kindOfFirm && end - start >= 2 && acceptable(view, start, end, head.equals("项目"))) {
                    items.add(new EntityCandidate(EntityType.COMPANY, start, listedCompanyEnd(view, start, end), name(), 0.6));
                } else if (!kindOfFirm && !head.equals("项目")) {
                    unnamed.add(new int[] {start, end});
                }
                if (view.charAt(start - 1) != '、') {
                    break;
                }
                end = start - 1;
            }
            // 国际中转集拼、国际分拨、保税研发等企业: a list whose items are mostly no names lists activities, not firms.
            if (2 * items.size() < itemCount) {
                continue;
            }
            // 广汽埃安、宁德时代等企业: beside a named firm, a brand HanLP knows no word of (broken into single characters) is one
            // too; the vote above counts named items only, and the ranks of firms are none (华为、专精特新、高精尖等企业).
            for (int[] item : unnamed) {
                if (!items.isEmpty() && unknownBrand(view, item[0], item[1])) {
                    candidates.add(new EntityCandidate(EntityType.COMPANY, item[0], item[1], name(), 0.6));
                }
            }
            candidates.addAll(items);
        }
        return candidates;
    }

    private static final String PLACES_AFTER = "地";

    /**
     * The head noun (企业, 公司, 项目) within a few characters after 等, with no punctuation between, or null; none
     * after a word for a kind of business (保税维修、跨境电商等新业态企业 lists business forms, not firms), nor after 等地.
     */
    private static String head(SentenceView view, int from) {
        // 常州、济宁及浙江宁波等地的配套企业: the list names places (等地, 地 a word of its own: not 等地产企业), whose firms come after.
        if (view.text().startsWith(PLACES_AFTER, from) && view.tokenEndsAt(from + PLACES_AFTER.length())) {
            return null;
        }
        for (int i = from; i < from + HEAD_WINDOW && i < view.sentence().end(); i++) {
            char c = view.charAt(i);
            if (SentenceView.isPunctuation(c)) {
                return null;
            }
            for (String kind : KINDS_OF_BUSINESS) {
                if (view.text().startsWith(kind, i)) {
                    return null;
                }
            }
            for (String head : HEADS) {
                // 等企业家: a head noun must be a word of its own, not the start of one naming people.
                if (view.text().startsWith(head, i) && view.tokenEndsAt(i + head.length())) {
                    return head;
                }
            }
        }
        return null;
    }

    /**
     * 强生（中国）医疗器材有限公司: a firm's name goes on before the place it puts in brackets (a listed place, nothing
     * else: not a stock code); the item starts where the name before the bracket does.
     */
    private static int beforeABracketedPlace(SentenceView view, int start) {
        int open = Brackets.openingOf(view.text(), start - 1);
        if (open <= view.sentence().start()
                || view.hits().stream().noneMatch(hit -> hit.start() == open + 1 && hit.end() == start - 1 && hit.hasType(EntityType.PLACE))) {
            return start;
        }
        int named = CompanyPatternSource.nameStart(view, open, 12);
        return named >= 0 && named < open ? named : start;
    }

    /** 街道辖区内有腾讯等企业: a verb before a listed company ends what is said of it; the item starts at the company. */
    private static int atAListedCompanyAfterAVerb(SentenceView view, int start, int end) {
        for (Lexicon.Hit hit : view.hits()) {
            int before = view.tokenAt(hit.start() - 1);
            if (hit.start() > start && hit.end() <= end && hit.hasType(EntityType.COMPANY) && before >= 0
                    && view.tokens().get(before).end() == hit.start() && Pos.isVerb(view.tokens().get(before))) {
                return hit.start();
            }
        }
        return start;
    }

    /**
     * 联合利华新品: a listed company with common words after it is that company's project, and the company is the name;
     * so with a place and a facility after it (比亚迪郑州基地, 宁德时代洛阳基地).
     */
    private static int listedCompanyEnd(SentenceView view, int start, int end) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() == start && hit.end() < end && hit.hasType(EntityType.COMPANY)
                    && (!CompanyPatternSource.namesSomething(view, hit.end(), end) || placeAndFacility(view, hit.end(), end))) {
                return hit.end();
            }
        }
        return end;
    }

    /** 郑州基地, 上海超级工厂, 智能制造基地: a firm's facility, after the place it stands in. */
    private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile("(?:超级|智能|智慧)?(?:制造|生产)?(?:基地|工厂|厂区|产业园|总部|研发中心)$");

    /** [start, end) is a facility's word, after a listed place or nothing (郑州基地, 工厂). */
    static boolean placeAndFacility(SentenceView view, int start, int end) {
        java.util.regex.Matcher facility = FACILITY.matcher(view.slice(start, end));
        if (!facility.find()) {
            return false;
        }
        int placeEnd = start + facility.start();
        return placeEnd == start || view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == placeEnd && hit.hasType(EntityType.PLACE));
    }

    /** Where the trade word (电气, 生物) starting at {@code at} ends, when a verb follows it; or -1. */
    static int tradeWordThenAVerb(SentenceView view, int at) {
        int index = view.tokenAt(at);
        if (index < 0 || index + 1 >= view.tokens().size() || view.tokens().get(index).start() != at) {
            return -1;
        }
        Token word = view.tokens().get(index);
        Token next = view.tokens().get(index + 1);
        return TRADE_WORDS.contains(word.word()) && next.pos().startsWith("v") ? word.end() : -1;
    }

    /** 新工厂, 超级工厂, 研发中心: a few characters ending in a plant, base or seat. */
    static boolean endsInAFacility(String text) {
        java.util.regex.Matcher facility = FACILITY.matcher(text);
        return text.length() <= 6 && facility.find() && facility.start() <= 1;
    }

    private static boolean titled(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() >= start && hit.end() < end && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /** 中船集团、华谊集团等企业: a company word after two or more characters ends a listed firm's name. */
    private static boolean companyWordAfterAName(Lexicon.Hit hit, int start) {
        return hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null && hit.start() - start >= 2;
    }

    private static boolean acceptable(SentenceView view, int start, int end, boolean beforeProject) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.end() == end && hit.value().entries().isEmpty() && !hit.value().cues().isEmpty()
                    && hit.cue(Cue.CueFamily.ENUMERATION) == null && hit.cue(Cue.CueFamily.ORG_ANCHOR) == null
                    && !companyWordAfterAName(hit, start)) {
                return false; // 天津市氢能产业示范区 ends like a zone, body or institute, not a brand
            }
        }
        if (beforeProject) {
            for (Lexicon.Hit hit : view.hits()) {
                if (hit.start() == start && hit.hasType(EntityType.PLACE, EntityType.COMPANY) && end - start >= 4) {
                    // 北京农业生态谷五大园区等重大项目: a count makes the item a description of several; 长江干线岸线整治等项目: the
                    // work a project does ending it (not a firm's word: 广州发展).
                    List<Token> words = view.tokensWithin(start, end);
                    return end - start <= MAX_PROJECT_NAME && CompanyPatternSource.noClause(view, start, end) && CompanyPatternSource.noCount(view, start, end)
                            && !words.isEmpty() && !PROJECT_WORK.contains(words.get(words.size() - 1).word());
                }
            }
            return false;
        }
        // 三星电子（苏州）半导体有限公司: a registered name is a firm's at any length.
        if (CompanyPatternSource.registeredName(view.slice(start, end))) {
            return CompanyPatternSource.noClause(view, start, end);
        }
        Lexicon.Hit companyWord = view.hits().stream().filter(hit -> hit.end() == end && companyWordAfterAName(hit, start)).findFirst().orElse(null);
        // 中船集团、恒逸集团等企业: HanLP reads no proper noun in 中/船 or 恒/逸, but the list and the company word name firms;
        // 物流公司、外资公司等企业 and 香港公司 name kinds and places.
        if (companyWord != null) {
            return end - start <= MAX_BRAND && brandBefore(view, start, companyWord.start(), end) && !CompanyPatternSource.insideACommonNoun(view, companyWord);
        }
        // 信达生物: before a trade word the brand must be a word no dictionary knows and not common nouns run together
        // (新能源汽车, 储能科技, 锂电材料 name trades).
        String trade = TRADE_WORDS.stream().filter(word -> view.text().startsWith(word, end - word.length())).findFirst().orElse(null);
        int brandEnd = trade == null ? -1 : end - trade.length();
        if (trade != null && brandEnd - start >= 2 && brandBefore(view, start, brandEnd, end) && CoreWords.unknown(view.slice(start, brandEnd))
                && !view.tokensWithin(start, brandEnd).stream().allMatch(token -> token.pos().equals("n"))) {
            return end - start <= MAX_BRAND;
        }
        return end - start <= MAX_BRAND && CompanyPatternSource.distinctive(view, start, end);
    }

    /** [start, end) is a short brand HanLP reads only as single characters, with no clause or count in it. */
    private static boolean unknownBrand(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        return end - start >= 2 && end - start <= MAX_BRAND && words.size() >= 2 && words.stream().allMatch(word -> word.word().length() == 1)
                && words.stream().noneMatch(Pos::isBoundary) && brandBefore(view, start, end, end);
    }

    /** [start, brandEnd) names a firm before its company or trade word: no clause, count, place alone or common word. */
    private static boolean brandBefore(SentenceView view, int start, int brandEnd, int end) {
        return CompanyPatternSource.noClause(view, start, end) && CompanyPatternSource.noCount(view, start, end)
                && !CompanyPatternSource.onlyAPlace(view, start, brandEnd) && !commonWord(view.slice(start, brandEnd));
    }

    /** 物流, 贸易, 外资: a word HanLP's dictionary knows first as a common noun, verb or adjective is no firm's name. */
    private static boolean commonWord(String word) {
        String first = CoreWords.firstNature(word);
        if (first == null) {
            return false;
        }
        return first.startsWith("n") && !first.startsWith("nz") && !first.startsWith("ns") && !first.startsWith("nt") && !first.startsWith("nr")
                || first.startsWith("v") || first.startsWith("a");
    }
}
