package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.Set;

/** Part-of-speech tests shared by the patterns (HanLP's tag set). */
final class Pos {

    /** Function words and adverbs end a name when walking left: prepositions, conjunctions, particles, pronouns. */
    private static final Set<Character> BOUNDARY_PREFIX = Set.of('p', 'c', 'u', 'd', 'r', 'y', 'e', 'o');
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nz", "nt", "ntc", "ntcf", "nto", "ntu", "nts", "nr", "nrf", "nx", "j");

    private Pos() {
    }

    /** One-character prepositions HanLP may glue to the name after them (向长/nr 庚公司, 向西安/nr). */
    static final String PREPOSITION_CHARACTERS = "向对由与被将把给从在同跟";

    static boolean isBoundary(Token token) {
        // 河南正昇会计师事务所: HanLP tags a rare character it does not know (昇) as punctuation.
        if (token.pos().equals("w")) {
            return !Brackets.isBracket(token.word()) && !SentenceView.isHan(token.word());
        }
        return !token.pos().isEmpty() && BOUNDARY_PREFIX.contains(token.pos().charAt(0)) && !token.pos().equals("udeng") || token.word().equals("等")
                || ACCORDING_TO.contains(token.word()) || token.word().equals(SUES);
    }

    /** 鑫瀚公司诉重庆西永恒通保税物流有限公司: a case names its parties either side of 诉, a word of its own (HanLP's vg). */
    private static final String SUES = "诉";

    /** 另据双流海关消息: "according to" before a source, which HanLP may tag as a proper noun when 另 or 又 joins it. */
    private static final Set<String> ACCORDING_TO = Set.of("另据", "又据", "据悉", "另悉", "获悉", "据了解");

    /**
     * Verbs that govern a following name (深入古德里奇…, 组织瑞普生物等…); HanLP tags several of them as nouns or
     * adverbs (判令 as nz), so they are listed as words too.
     */
    private static final Set<String> GOVERNING = Set.of("深入", "组织", "助力", "依托", "鼓励", "支持", "引进", "推动", "对接", "集聚",
            "吸引", "协调", "争取", "包括", "还包括", "主要包括", "包含", "走进", "来到", "调研", "考察", "参观", "推进", "加快", "培育", "打造", "发挥", "围绕",
            "聚焦", "联合", "携手", "联动", "依靠", "落实", "发展", "建设", "实施", "积极", "全力", "大力", "持续", "全面", "重点", "引导",
            // a court's or regulator's orders: 判令上海携程国际旅行社有限公司赔偿…
            "判令", "责令", "判决", "裁定", "起诉", "状告", "委托", "授权", "有权",
            // what one party owes another (恒通公司赔偿鑫瀚公司损失), which HanLP tags as nouns of action
            "赔偿", "支付", "返还", "退还",
            // a holder's dealings in a company's shares: 增持公司股份
            "增持", "减持", "收购", "并购", "入股",
            // setting up what is named after them: 与陕西师范大学洽谈共建产业技术研究院
            "洽谈", "商谈", "共建", "筹建", "组建", "新建", "签约", "签署");

    /** 和, 与, 及 joining two fields in a name (世界经济与政治研究所, 自贸区和特殊区域发展处). */
    static boolean joinsTwoFields(Token token) {
        return FIELD_JOINERS.contains(token.word());
    }

    private static final Set<String> FIELD_JOINERS = Set.of("和", "与", "及");

    static boolean isVerb(Token token) {
        return token.pos().startsWith("v") && !token.pos().equals("vn");
    }

    /** One of the words listed as governing a name, whatever HanLP tags it (引进, 支持, 建设). */
    static boolean isGoverningWord(Token token) {
        return GOVERNING.contains(token.word());
    }

    static boolean isGoverning(Token token) {
        return isVerb(token) || token.pos().equals("ad") || GOVERNING.contains(token.word());
    }

    /** 一批, 多家: counts before a list are not part of the first name in it. */
    static boolean isCount(Token token) {
        return token.pos().startsWith("m") || token.pos().equals("q") || isCountWord(token);
    }

    /** A word that counts what follows it (三大, 五家, 一批), whatever HanLP tags it; not a numeral alone (十四 of 第十四研究所). */
    static boolean isCountWord(Token token) {
        return COUNT_WORD.matcher(token.word()).matches();
    }

    /** HanLP tags 一家 (one firm; also "a family"), 余家 (of 20余家) and 五大 (of 五大园区) as nouns. */
    private static final java.util.regex.Pattern COUNT_WORD = java.util.regex.Pattern.compile("[一两几多数每各余][家个位名所批项类]|[二两三四五六七八九十百几多数]+[大家个位名所批项类]");

    /**
     * 著名, 大型, 国有: an adjective or a distinguishing word before a company's name describes it; one character
     * tagged so is more often a piece of an unknown name (森/扬, 特/变电工).
     */
    static boolean isQualifier(Token token) {
        return (token.pos().startsWith("a") || token.pos().equals("b")) && token.word().length() >= 2;
    }

    /**
     * 现在, 今年, and the periods and places HanLP tags as nouns or proper nouns (一季度, 上半年, 区内): a time or
     * locative word before a name is not part of it.
     */
    static boolean isTimeOrLocation(Token token) {
        return token.pos().equals("t") || TIME_OR_WHERE.matcher(token.word()).matches();
    }

    private static final java.util.regex.Pattern TIME_OR_WHERE = java.util.regex.Pattern.compile(
            "(前|第)?[一二三四1-4]季度|[上下]半年|全年|年[初中底末内]|[区园省市境国关域][内外]");

    /**
     * A verb that makes a phrase a clause (政府成立合资公司); one-character verbs are left out because HanLP tags
     * fragments of unknown names as verbs (佳利/达, 森/扬).
     */
    static boolean isClauseVerb(Token token) {
        return GOVERNING.contains(token.word()) || isVerb(token) && token.word().length() >= 2;
    }

    static boolean isProper(Token token) {
        return PROPER.contains(token.pos());
    }
}
