package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Cited documents: the title inside 《…》, and an unquoted 关于…的若干意见/方案/办法… title. Short forms (《方案》) are
 * proposed too; the linker ties them to the full title cited in the same document.
 */
public class PolicySource implements EntityCandidateSource {

    private static final int MAX_TITLE = 80;
    private static final List<String> DOCUMENT_NOUNS = List.of("若干政策措施", "政策措施", "实施意见", "指导意见", "若干意见", "意见",
            "通知", "实施办法", "办法", "实施方案", "方案", "决定", "规定", "规划", "条例", "措施", "批复", "复函", "函", "实施细则", "细则", "纲要");
    /** A company announces too (关于2024年度利润分配的公告): these end a policy's title only in documents about zones. */
    static final List<String> ALL_DOCUMENT_NOUNS = java.util.stream.Stream.concat(DOCUMENT_NOUNS.stream(),
            java.util.stream.Stream.of("公告", "计划")).toList();

    /**
     * 《天津日报》, 《经济参考报》, 《21世纪经济报道》, 《山西新闻联播》: a newspaper, magazine or news programme in 《》 is no
     * document (统计公报 is one); the media pattern names it when a place leads its name (天津日报).
     */
    private static final String TITLE_PADDING = " 　";
    private static final java.util.regex.Pattern PERIODICAL = java.util.regex.Pattern.compile(
            "((日|晚|时|商|早|晨|周|参考|青年|导|都市|法制|法治|科技|经济|新京|学)报|杂志|周刊|月刊|画报|经济报道|新闻联播|新闻频道)$");

    /** 《保税仓储物流服务合同》, 《对账确认单》, 《担保函》, 《采购框架协议》: a contract or form between parties is no document a government issues. */
    private static final java.util.regex.Pattern PRIVATE_PAPER = java.util.regex.Pattern.compile(
            "(合同|合同书|确认单|委托书|承诺书|申请书|申请表|登记表|回执|授权书|担保函|保证函|保函|(采购|借款|买卖|租赁|购销|转让|补充)(框架)?协议)(（[^）]*）|\\([^)]*\\))*$");

    /**
     * In general news a title in 《》 is more often a book, game or film (《魔兽世界》) than a document, and zone news names
     * them too (a zone's film festival, a forum's papers and lectures): a title counts as a policy only when it reads like one.
     */
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile(
            "关于|(意见|通知|办法|方案|规定|规划|纲要|条例|措施|决定|细则|计划|报告|公报|机制|目录|清单|标准|指引|指南|协定|协议|章程|白皮书|决议|批复|法|法典"
            // 若干政策, 上市规则, 西安宣言, 工作要点, 三年行动; 制造业十条, 新十二条: a policy's short name by its count of articles
            + "|政策|举措|规则|规程|导则|守则|制度|宣言|倡议|声明|公约|议定书|备忘录|要点|行动|名录|名单|公告|通告|答复|提案|[一二三四五六七八九十]+条"
            // 进出口税则, 作业流程优化, 操作规范: a schedule, a procedure or a code of practice
            + "|税则|准则|规范|流程|流程优化)(（[^）]*）|\\([^)]*\\))*$");

    /** 电影《南海潮声》, 手游《山海行纪》: a title its kind of work introduces is that work, in zone documents too. */
    private static boolean aWork(SentenceView view, int open) {
        return KIND_OF_WORK.matcher(view.text()).region(Math.max(view.sentence().start(), open - 4), open).find();
    }

    private static final java.util.regex.Pattern KIND_OF_WORK = java.util.regex.Pattern.compile(
            "(电影|影片|手游|网游|游戏|歌曲|单曲|专辑|小说|电视剧|网剧|纪录片|动画片?|综艺|节目|图书|新书|著作|书籍|栏目)$");

    /**
     * “十四五”规划, 十四五规划纲要, “十四五”商务发展规划: a five-year plan, quoted or not, is cited by its number; “十四五”时期
     * and “十四五”以来 are periods.
     */
    private static final java.util.regex.Pattern FIVE_YEAR_PLAN = java.util.regex.Pattern.compile(
            "“?十[一二三四五六七八九]五”?([\\p{IsHan}]{0,8}?)规划(?:纲要)?");
    private static final java.util.regex.Pattern PERIOD_WORDS = java.util.regex.Pattern.compile("时期|期间|以来|末|初|中期");

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        int from = view.sentence().start();
        int to = view.sentence().end();
        for (int open = view.text().indexOf('《', from); open >= 0 && open < to; open = view.text().indexOf('《', open + 1)) {
            int close = view.text().indexOf('》', open);
            // 《 人民日报 》: spaces just inside the marks are no part of the title.
            int first = open + 1;
            int last = close;
            while (first < last && TITLE_PADDING.indexOf(view.charAt(first)) >= 0) {
                first++;
            }
            while (last > first && TITLE_PADDING.indexOf(view.charAt(last - 1)) >= 0) {
                last--;
            }
            String title = close > open + 1 && close < to && close - open <= MAX_TITLE && last > first ? view.slice(first, last) : null;
            if (title != null && !PERIODICAL.matcher(title).find() && !PRIVATE_PAPER.matcher(title).find() && !aWork(view, open)
                    && DOCUMENT.matcher(title).find()) {
                candidates.add(new EntityCandidate(EntityType.POLICY, first, last, name(), 0.95));
            }
        }
        // Every plan's name holds 规划: most sentences are turned away by 规 before the pattern is tried.
        if (view.sentence().holdsAnyOf(view.text(), "规")) {
            java.util.regex.Matcher plan = FIVE_YEAR_PLAN.matcher(view.text()).region(from, to);
            while (plan.find()) {
                if (!PERIOD_WORDS.matcher(plan.group(1)).find()) {
                    candidates.add(new EntityCandidate(EntityType.POLICY, plan.start(), plan.end(), name(), 0.8));
                }
            }
        }
        // 1．辽宁省黑土地保护条例（修订）（省人民政府提请…）: an item of a legislative plan names its regulation without title marks,
        // from the place or zone it is that place's or zone's act of (not 1．制定相关条例, no one's in particular).
        if (view.sentence().holdsAnyOf(view.text(), "例")) {
            java.util.regex.Matcher regulation = ITEMS_REGULATION.matcher(view.text()).region(from, to);
            if (regulation.lookingAt() && view.tokenEndsAt(regulation.end(1)) && view.hits().stream().anyMatch(hit -> hit.start() == regulation.start(1)
                    && hit.hasType(EntityType.PLACE, EntityType.ZONE))) {
                candidates.add(new EntityCandidate(EntityType.POLICY, regulation.start(1), regulation.end(1), name(), 0.8));
            }
        }
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.POLICY_OPENER) != null && view.charAt(hit.start() - 1) != '《') {
                int end = unquotedTitleEnd(view, hit.end());
                if (end > 0) {
                    candidates.add(new EntityCandidate(EntityType.POLICY, hit.start(), end, name(), 0.7));
                }
            }
        }
        return candidates;
    }

    /**
     * An item's number, then a regulation's name up to its 条例, then its notes in brackets or the line's end (not a digest's item,
     * 1．辽宁省人大常委会审议通过两部条例。).
     */
    private static final java.util.regex.Pattern ITEMS_REGULATION = java.util.regex.Pattern.compile(
            "[\\s　]*(?:[0-9０-９]{1,3}[．.、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])[\\s　]*(\\p{IsHan}[\\p{IsHan}（）()]{2,30}?条例)(?=[（(]|[\\s　]*(?:\\n|$))");

    /**
     * What a title may carry in brackets: a year, a period of years, an edition, its standing (试行, 修订), the place of a
     * State Council name (中国（新疆）自由贸易试验区) or a kind (保税物流中心（B型）).
     */
    private static final java.util.regex.Pattern TITLE_BRACKET = java.util.regex.Pattern.compile(
            "[0-9０-９]{4}(?:[—\\-－~～至][0-9０-９]{4})?年?(?:版|度)?|试行|暂行|修订|修订版|征求意见稿|\\p{IsHan}{2,4}|[A-Z]型");

    /** End of 关于…的<document noun> with no punctuation inside but a bracketed year or edition, or -1. */
    private static int unquotedTitleEnd(SentenceView view, int from) {
        int best = -1;
        for (int i = from; i < view.sentence().end() && i - from < MAX_TITLE; i++) {
            char c = view.charAt(i);
            // …实施方案（2023—2025年）的通知, …目录（2022年版）的通知: a bracketed period or edition is part of the title.
            int close = c == '（' || c == '(' ? view.text().indexOf(c == '（' ? '）' : ')', i) : -1;
            if (close > i && close < view.sentence().end() && TITLE_BRACKET.matcher(view.slice(i + 1, close)).matches()) {
                i = close;
                continue;
            }
            // 关于海南自由贸易港原辅料“零关税”政策的通知: a quoted term inside the title does not end it, nor does the dash of a
            // span of years (关于做好2025—2026年采暖期城市供热工作的通知).
            boolean yearsDash = "—－-~～".indexOf(c) >= 0 && i > from && Character.isDigit(view.charAt(i - 1)) && i + 1 < view.sentence().end()
                    && Character.isDigit(view.charAt(i + 1));
            if (SentenceView.isPunctuation(c) && "“”".indexOf(c) < 0 && !yearsDash) {
                break;
            }
            if (c == '的') {
                for (String noun : view.zoneDocument() ? ALL_DOCUMENT_NOUNS : DOCUMENT_NOUNS) {
                    int nounEnd = i + 1 + noun.length();
                    // …的函, not …的函数: a one-character noun must be a word of its own.
                    if (view.text().startsWith(noun, i + 1) && nounEnd <= view.sentence().end() && (noun.length() > 1 || view.tokenEndsAt(nounEnd))) {
                        best = Math.max(best, nounEnd);
                        break;
                    }
                }
            }
        }
        return best;
    }
}
