package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.number.Dimension;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.number.QuantityKind;
import io.zonelens.ingest.extraction.number.UnitCatalog;
import io.zonelens.ingest.extraction.period.PeriodAttribution;
import io.zonelens.ingest.extraction.period.PeriodKind;
import io.zonelens.ingest.extraction.period.PeriodMention;
import io.zonelens.ingest.extraction.period.PeriodScanner;
import io.zonelens.ingest.extraction.period.SectionContext;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.token.Token;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Observations from prose, one per recognized quantity that a clause names: 进出口总额突破210亿元，同比增长109% gives
 * the level and, inheriting the clause's indicator, its growth. The subject is the nearest zone or place named before
 * the figure in its sentence, else the last one named earlier in its paragraph, else the document's; the period is
 * the one a reader would attribute; target wording or a future period makes it a TARGET.
 */
final class ProseObservations {

    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:的(?=\\p{IsHan}{2})(?![士哥])|此次|本次|这次|当天|当日|现场|按同口径计算|按可比口径计算|按可比价格计算|按可比价计算|同口径|可比口径|[两三四五]年平均|其中|全年|年度(?=\\p{IsHan}{2})(?![计目任考投内])|本市|全市|全区|全省|" + FigureSubjects.PREFECTURE_SCOPE + "|全县|本县|我县|我国|全国(?=[0-9０-９]|共有)|我们|我市|我区|我省|(?:园|辖)?区内(?=\\p{IsHan}{2})|\\p{IsHan}{0,12}?(?:带动下|推动下|引领下)|(?:确定的|提出的|定下的|主要|预期|发展)?目标(?:任务)?(?:是|为)|该(?:区|行(?![业政列])|公司|企业|集团)|在(?![校学岗职读营建册线])|为|已经|已|共有(?!产权)|共(?!有产权|同)|累计|通过[^，,；;]{1,16}?(?:系统|平台|渠道|方式)(?![^，,；;]*的)|通过|成功(?=\\p{IsHan}{2})|实现|完成|环比|按月|按季|则|将|努力|今年|去年|上年|当年|同比|按年|比上年|其(?![他它余])|并|和|及|与|还|也|都|均|分别|(?:聚集|集聚|汇聚)(?!区)(?=\\p{IsHan}{2})|拥有(?=\\p{IsHan}{2})|(?:建成|投产|达产)后(?:将|可)?|已建成|建成|目前|当前|截至|截止|力争|预计|争取|确保|到(?![位账港岸期])|至(?!少)|年内|拟安排|拟|(?:加快)?推(?:动|进)(?=\\p{IsHan}{3})|提出(?=\\p{IsHan}{3})|建有|(?:同步|配套)建设(?=\\p{IsHan}{2})(?!资金|经费|费用|投资)"
            // 年底前实现: the 前 of a deadline whose period is cut.
            + "|前(?=实现|完成|新增|建成|全面|基本)"
            // 先后赴京津冀以及（韩国、日本）开展招商活动: where they went, before what they did there.
            + "|(?:至少)?(?:组织)?(?:先后|分别)?(?:赴|前往|奔赴|远赴)[\\p{IsHan}、]*?(?:等地)?(?=开展|举办|举行|参加|进行|招商))+");
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:已达到|达到|已达|达|(?<![许认])可|突破|超过|超|逾|近|接近|约|为|是|实现|完成|增长了|增长|增速|增幅|下降了|下降|上升|(?<![起升])降|首次|提高了|提高|提升|减少|上涨|下跌|微跌|"
                    + "共计|累计|合计|总计|了|至|到|仅为|仅|只有|(?<=\\p{IsHan})各?占|(?<=[值额款价费税本为])(?:人民币|美元|欧元|港元|港币|日元|英镑)|(?:连续[多一二三四五六七八九十0-9]+年)?[稳跃]?(?:排名|位居|位列|名列|分列|居)(?:全国|全省|全市|全州(?![县、和与及])|全区|全球|世界|(?:中西部|东部|中部|西部|东北|沿海|沿边)(?:地区)?|副省级城市|省会城市)?(?:综保区|综合保税区|国家级经开区|经开区|开发区|高新区|自贸试验区|同类园区|城市)?|(?<![公总一])共|一共|实质|净增|净减|分别|同比|环比|按年|按月|按季|比上年|较|(?<=\\p{IsHan}{2})在|再|年均|中|的|将|要|保持在|保持|稳定在|控制在|下滑|降幅|降低|回落|增速|增幅|增加|扩大|收窄|缩小|压缩|缩短|缩减|调整|同期|力争|确保|预期|预计|有望|努力|拟按|按|平均|已经|已|继续)+$");
    private static final Pattern BOUND_THEN_EXACT = Pattern.compile("[，,]\\s*(?:已|并|共|累计)?(?:达到|达|为|至|到)");
    /** （以下简称“上合示范区”）: a short name defined for the subject says nothing of what is measured. */
    private static final Pattern DEFINED_AS = Pattern.compile("[（(](?:以下简称|以下称|简称)[^）)]{0,24}[）)]");
    private static final Pattern AREA_IN_BRACKETS = Pattern.compile("[（(]\\p{IsHan}{1,8}(?:片区|园区|区块|加工区)[）)]");
    private static final Pattern BRACKETED_LIST = Pattern.compile("[（(][^（）()]*、[^（）()]*[）)]");
    /** 7个综合保税区, 12家重点企业: how many parts a figure sums, opening its name. */
    private static final Pattern COUNT_OF_PARTS_FIRST = Pattern.compile("^[0-9０-９一二三四五六七八九十两]+[个家](?=\\p{IsHan}{2})");
    /** 昆明、红河、德宏三个片区新增市场主体: the zone's areas, listed and counted, before what is said of them all. */
    private static final Pattern AREAS_COUNTED_FIRST = Pattern.compile("^\\p{IsHan}{0,6}?" + FigureSubjects.AREAS_COUNTED + "(?=\\p{IsHan}{2})");
    /** 企业实现营业收入, 综合保税区合计实现进出口总值: a light verb (and a summing word) inside a name, before the measure. */
    private static final Pattern LIGHT_VERB_INSIDE = Pattern.compile("(?<=\\p{IsHan})(?:(?:合计|共计|总计)(?:实现|完成)?|实现|完成|共(?=交付|销售|生产|出口|进口))(?=\\p{IsHan}{2})");
    /** 确保片区全年外贸进出口: a verb of aiming before the zone word that refers back. */
    private static final int MAX_WORD_BEFORE_A_FIRM = 4;
    private static final Pattern ADDED = Pattern.compile("新增|新设|新引进");
    private static final Pattern TOTAL_ALONE = Pattern.compile("总数|总量|总规模");
    private static final Pattern AIM = Pattern.compile("力争|确保|争取|努力");
    private static final Pattern TARGET_VERB_FIRST = Pattern.compile("^(?:确保|力争|争取|实现|完成|预计|努力|计划(?=新|引进|完成|实现|建成|开工))+");
    private static final Pattern ZONE_WORD_FIRST = Pattern.compile("^(?:开发区|园区|片区|新区|综保区|保税区|高新区|经开区|自贸区|合作区|示范区|实验区|港务区)(?!域)内?");
    private static final Pattern SHARE_OF_THE_WHOLE = Pattern.compile("占(?:全[国省市区县]|比|总量|\\p{IsHan}{2,10}?[省市区县])?(?:同期)?(?:的)?(?:比重)?(?:为|达|达到|超过)?");
    private static final Pattern NAMED_BY_ITS_WHOLE = Pattern.compile("(?:约|近|超过|超|逾|已)?占");
    private static final Pattern COMPARED_TO_A_PERIOD = Pattern.compile("比(?:上年|去年|前年|上半年|同期|上月|上季|年初|年末|[0-9]{4}年)");
    private static final Set<String> PLACES = Set.of("位", "名", "位次", "个位次");
    /** 前移9位, 上升2位: verbs of places moved in a ranking. */
    private static final String MOVES = "(前移|后移|上升|下降|提升|提高|跃升|前进|后退|攀升|下滑|晋升)了?";
    private static final Pattern RANK_MOVED = Pattern.compile(MOVES + "$");
    private static final Set<String> DOWN_MOVES = Set.of("后移", "下降", "后退", "下滑");
    private static final Pattern MOVE_WORDS = Pattern.compile("^较|较$|(?:较|同比)?" + MOVES + "$");
    private static final Pattern GAINED = Pattern.compile("(?:将|预计|可)?(?:增加|减少|净增|净减)了?");
    private static final Pattern COMPARED_BEFORE = Pattern.compile("相比[，,]\\s*$");
    private static final Pattern CHANGE_AGAINST = Pattern.compile("(?:比|较).{0,12}(?:增加|减少|增长|下降|多|少|净增|净减)了?$");
    /** 人口自然增长率为-2.51‰: a minus written before the number after 为. */
    private static final Pattern TRAILING_MINUS = Pattern.compile("[-－−]$");
    private static final Pattern NEGATIVE_SIGN = Pattern.compile("[为是：:][-－−]");
    private static final String JOINERS = "、和与及";
    private static final Pattern LATIN_IN_BRACKETS = Pattern.compile("[（(][A-Za-z][A-Za-z0-9 .&]{0,23}[）)]");
    /** 由平均180天压缩至60天, 由原来的平均15天缩短至3天, 由原119个调整为115个: what it was before, and on average. */
    private static final String ONCE = "(?:原来的|原先的|原|以前的|过去的|目前的|平均)*";
    /** 由年初的4.3%回落至年底的3.5%: the start or end of the year a change starts from. */
    private static final String A_YEARS_END = "(?:年初|年末|年底|上年末|上年底|去年底|去年末)";
    /**
     * 营业收入由5400亿元增加到1.2万亿元, 地区生产总值由2020年的230亿元增长到410亿元, 本地配套率由去年的31%提高到38%,
     * 由去年同期的8.2亿美元增长到: the figure a change starts from.
     */
    private static final Pattern FROM_A_BASELINE = Pattern.compile("(?s)(.*[^\\s，,；;])[由从](?:[0-9]{4}年(?:底|末)?的|" + A_YEARS_END + "的|(?:去年|上年)(?:同期)?的?|前年的?)?" + ONCE);

    private static final String AREA = "m2";
    /** 含, 其中, 包括: what opens a part of a whole just named (counted only inside brackets). */
    private static final Pattern CONTAINS = Pattern.compile("^\\s*[（(]?(?:含|包含|其中|包括)");

    /** 高于全市平均水平, 增速快于全国: a rate set against another's, with no indicator of its own. */
    private static final Pattern RATE_AGAINST = Pattern.compile("^(?:增速|增幅)?((?:高于|低于|快于|慢于|超过|超出|领先)\\p{IsHan}{1,10})$");
    /** 降幅比1-9月收窄, 增速比上半年回落, 增幅较一季度提高: the rate named before, moved since an earlier period. */
    private static final Pattern RATE_MOVED = Pattern.compile("^(降幅|增速|增幅)(?:比|较)[^，,。；;]{1,10}?(?:收窄|缩小|扩大|加深|回落|提高|加快|放缓|回升|下降|上升)$");
    private static final String RANKING_VERB = io.zonelens.ingest.extraction.number.QuantityScanner.RANKING_VERB;
    private static final Pattern RANKED_AMONG = Pattern.compile("(?:连续[多一二三四五六七八九十0-9]+年|继续|始终|长期|仍|稳)?"
            + RANKING_VERB + "[^，,。；;]{0,14}$");
    /** The group a rank in the clause is among (中西部综保区, 全省, 深圳各区), after the verb of ranking. */
    /** 综合实力首次跻身全国: what is ranked, then the verb of entering the top places and the group they are of. */
    private static final Pattern TOP_PLACES_ENTERED = Pattern.compile(
            "(.*?)(?:首次|再次|成功|一举|率先|连续[一二三四五六七八九十0-9]+年)?(?:跻身|进入|入围|挺进|迈入|迈进|跨入|晋级|晋身|入选|保持在?|位列|位居|名列|稳居|跃居)(\\p{IsHan}{0,10})");
    /** 由上年的, 从2020年的: a rank a move starts from. */
    private static final String EARLIER = "(?:上年|去年|上半年|上季度|一季度|前三季度|上月|年初|[0-9]{4}年)";
    private static final Pattern MOVED_FROM_BEFORE = Pattern.compile("(?:由|从)" + EARLIER + "?的?$");
    private static final Pattern MOVED_FROM_AFTER = Pattern.compile("(?:上升|下降|跃升|提升|前移|后移|降|升)(?:了[0-9一二三四五六七八九十]+个?位次?)?(?:至|到)");
    /** 综合实力在国家级新区中由: the 中 of a frame and the 由 of a move ending a ranking's name. */
    private static final Pattern MOVE_OPENED = Pattern.compile("中?(?:由|从)" + EARLIER + "?的?$");
    /** 地区生产总值在全省县域排名: the figure a rank ranks. */
    private static final Pattern RANKED_FIGURE = Pattern.compile("(.{2,}?)在.{1,14}排名");
    /** 全国, 全球: where a ranking is, which says nothing of which one it is. */
    private static final Pattern WHERE_FIRST = Pattern.compile("^(?:全国|全省|全市|" + FigureSubjects.PREFECTURE_SCOPE + "|全区|全球|世界|国内|省内|市内)");
    /** 利用外资单项, 开放水平分项: one index of a ranking, not the ranking. */
    private static final Pattern SUB_INDEX = Pattern.compile("单项|分项");
    static final Pattern RANKED_IN = Pattern.compile(RANKING_VERB + "于?([^，,。；;]{0,14})$");
    /** A group no wider than the nation's: a rank among the nation's or the world's needs no group in its name. */
    private static final Pattern NATIONWIDE = Pattern.compile("^(?:全国|全球|世界|国内|行业|同类|同行)");
    private static final Pattern SIZE_WORD = Pattern.compile("规模|数量|总量|总数|体量");
    private static final Pattern RATE_RANKED = Pattern.compile("(?:增速|增幅)[^，,。；;]{0,8}$");
    private static final Pattern RANKING_FRAME = Pattern.compile("[^，,。；;]*?([^，,。；;]{4,40}?)(?:中|里|看|来看)[，,]");
    private static final Pattern RANKING_WORD = Pattern.compile("榜|排行|排名|名单|评价|评估|考核");
    private static final String ORDINAL = "第[0-9一二三四五六七八九十]+";
    /** 由上年的第8位上升至, 上升5位, 跃升: a move in a ranking, all a rank's name may hold before the rank. */
    private static final Pattern RANK_MOVE_ONLY = Pattern.compile("(?:由|从)?" + EARLIER + "?的?(?:" + ORDINAL + "位)?(?:上升|下降|跃升|提升|前移|后移|降|升)(?!幅度|速度|最快|最大)了?"
            + "(?:[0-9一二三四五六七八九十]+个?位次?)?(?:至|到)?");
    /** 以综合得分92.86分, 连续第22年, 第二至 (of 第二至第四位): a score, a run of years or the ranks before, in a rank's name. */
    private static final Pattern RANK_NAME_NOISE = Pattern.compile("以?[^，,。；;]{0,6}?得分[0-9.]+分|[0-9.]+分|连续第?[0-9一二三四五六七八九十]+年|" + ORDINAL + "(?:至|到|、|和)$");
    private static final Pattern OTHER_NAME_AFTER = Pattern.compile("[（(][A-Za-z0-9 .&\\p{IsHan}]{1,24}[）)]");
    private static final Pattern FIRM_ACTS_IN = Pattern.compile("^" + FigureSubjects.ACTS_IN.pattern() + "\\p{IsHan}{0,4}?(?=新增|追加|增资|投资|建设|扩建|新建)");
    private static final Pattern FIRM_WORD_FIRST = Pattern.compile("^(?:该|本|新|合资)?(?:公司|集团|企业)(?=\\p{IsHan}{2})");
    private static final Pattern SHARE_NAMED_AFTER = Pattern.compile("的(\\p{IsHan}{2,14}?)(?=[和、及，,。；;]|$)");
    private static final Pattern CONTRIBUTED = Pattern.compile("贡献");
    /** 以不到全省千分之一的面积: the land a zone takes up, said to set off what it yields, is no figure of its own. */
    private static final Pattern AREA_AFTER = Pattern.compile("的?(?:土地)?面积");
    private static final Pattern COMPARED_WITH_AFTER_A_NAME = Pattern.compile(
            "(?<=\\p{IsHan}{2})(?<![同环])(?:比|较)(?:同期|年初|年末|末|初)?(?=(?:增长|增加|下降|减少|提高|降低|上升|回落)(?:了|约|近|超|为|达)?$)");
    /** 比上年, 较年初, 较合作区成立之初 (增长), 较2023年底 (净增) less its period: the base a change is measured from (not 比重, 较快). */
    private static final Pattern COMPARED_WITH = Pattern.compile("^(?:比(?![重例率值])|较(?![为快大高低好]))"
            + "(?:[^，,。；;\\d]{0,12}?(?=(?:净)?(?:增长|增加|下降|减少|提高|降低|回落|上升|加快|放缓|增|减)|翻)|(?:同期|年初|年末|末|初)?$)");
    /** 营业收入由5400亿元增加到, 税收收入从210亿元增长到, 由2020年的230亿元增长到: the frame of a change names no indicator. */
    private static final Pattern FROM_FIGURE = Pattern.compile("(?:由|从)(?:[0-9０-９]{4}年(?:底|末)?|" + A_YEARS_END + ")?的?" + ONCE + "(?:百分之)?[0-9０-９.一二三四五六七八九十百千万亿]+.*$");
    /** 环比增长0.42%, 按月上升, 按季增长 (Hong Kong and Macau): growth on the month (or quarter) before, not on the year before. */
    private static final Pattern ON_THE_PERIOD_BEFORE = Pattern.compile("环比|按月|按季");
    /** 同比增长仅1.3%, 下降约2%: how little or roughly, between the change and its rate. */
    private static final String MERE = "(?:仅为|仅|只有|只|约为|约|近)?";
    private static final Pattern GROWTH_WORDS = Pattern.compile("(?:增长|增加|增速|增幅|涨幅|上涨|上升|提高|下降|(?<![起升下])降|减少|回落|下滑|下跌|微跌|降幅|降低|扩大|收窄|缩小|压缩|缩短)(?:分别)?(?:了|为|达)?" + MERE + "$");
    /** 同比下降8.1%, 降幅为6.1%, 回落2.1个百分点, 通关时间压缩31%, 较…低1.5个百分点: a fall, whose rate or change is negative. */
    private static final Pattern DECLINE_WORDS = Pattern.compile("(?:下降|(?<![起升下])降|减少|回落|下滑|下跌|微跌|降幅|降低|少|收窄|缩小|压缩|缩短"
            // 较同期企业平均贷款利率低1.5个百分点: lower than what it is set against (not 最低工资).
            + "|(?<=[比较][^，,；;]{0,16})低)(?:分别)?(?:了|为|达)?" + MERE + "$");
    /** 完成全年目标的112%, 完成年度计划的61.5%: a target reached, said of an actual. */
    /** 一般公共预算收入预算数, 政府性基金支出调整预算, 一般公共预算收入预计安排: a budget's figure of an income or spending. */
    private static final Pattern BUDGETED = Pattern.compile("(.{2,}?(?:收入|支出))(?:(?:年初|调整后?的?)?预算数?|(?:预计)?安排数?)");
    /** 执行数, 完成数, 决算数: the figure a budget came to, named by the budget's indicator before it. */
    private static final Pattern EXECUTED = Pattern.compile("(?:预计)?(?:执行数|执行|完成数|决算数|实际完成数?|实际数)");
    /** 为预算的101.3%, 完成调整预算的97.6%, 完成提前批额度的54.5%: and of a budget or a quota, what is named before the verb. */
    private static final Pattern COMPLETION = Pattern.compile("([^，,；;]*?)(?:完成了?|占|为|达到?)(?:全年|年度|年初|既定|调整)?\\p{IsHan}{0,4}?(计划|目标|预算|额度|(?<=年度|全年)任务)(?:任务)?的?");
    /** What speaks of a target only to say how far it was reached: 完成全年目标的, 占年度计划的, 低于规划目标. */
    private static final Pattern COMPLETED = Pattern.compile("(?:完成了?|占)(?:全年|年度|年初|既定)?(?:计划|目标)(?:任务)?的?[0-9.]*%?"
            + "|略?(?:低于|高于|超过|超出)了?(?:规划|年度|全年)?目标值?+(?!$)");
    private static final Pattern TARGET_WORDS = Pattern.compile("力争|承诺|目标|预期|计划|确保|争取|(?<![虚模])拟(?!任|推荐|认定|中标)|准备(?=投资|投入|建设|新建|引进)|将达到|将实现|将(?:于|安排|新增|引进|新建|开工|建成|(?:累计)?完成)|要达到|达到.*以上|预计|有望(?:突破|达到|超过|实现)?$|达产后|建成后|投产后"
            // 年底前实现管道互供15条以上: a deadline still ahead.
            + "|[底末]前");
    private static final Set<String> THE_REST = Set.of("其他", "其它", "其余");
    /**
     * （一）高端装备制造产业。: a numbered heading naming one industry, alone on its line before a sentence; not a task's
     * (（三）做大做强文旅康养产业。).
     */
    private static final Pattern INDUSTRY_HEADING = Pattern.compile("[ 　]*[（(][一二三四五六七八九十]{1,3}[）)][ 　]*"
            + "(?!做|推|加快|培育|壮大|打造|提升|促进|建设|发展|深化|聚焦|强化|优化|实施|坚持|大力|全力|着力|持续|扎实|巩固|拓展|延伸|构建|完善)"
            + "(\\p{IsHan}{2,12}?(?:产业|行业))。[ 　]*");
    private static final Pattern INDUSTRY_WORD = Pattern.compile("产业|行业");

    /** The sentence goes on from a heading without a subject, with its light verb (实现产值, 1—10月，完成产值). */
    private static final Pattern NO_SUBJECT = Pattern.compile("[ 　]*(?:[^，,。；;]{2,12}[，,])?(?:累计|共)?(?:实现|完成)");
    private static final Pattern PART_TAKES = Pattern.compile("(?<=\\p{IsHan})(?:仅|只|约|已)?占$");
    static final Pattern SHARE_WORDS = Pattern.compile("占比|比重|占.*比|比例|覆盖率|份额|市占率|(?<![利汇])率$|亏损面$|强度$");
    private static final int MAX_INDICATOR_LENGTH = 24;
    /** Emoji and other symbols, keycaps (1️⃣) whole. */
    private static final Pattern DECORATION = Pattern.compile("[0-9#*]\\uFE0F?\\u20E3|[\\p{So}\\p{Sk}\\p{Mn}\\p{Me}\\p{Cf}]");
    private static final Pattern SECTION_HEAD = Pattern.compile("\\s*【([^】]{2,12})】[\\s：:]*(.*)", Pattern.DOTALL);
    private static final int MEASURE_ALONE = 4;
    private static final String LIST_ITEM_NUMBER = "^\\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|[0-9]{1,2}[.．、](?![0-9]))";

    List<Observation> find(AnalyzedDocument document, List<PlanTable> tables, FigureSubjects subjects, PeriodAttribution periods) {
        String text = document.text();
        SectionContext sections = SectionContext.of(text);
        List<Observation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lastIndicator = null;
        Map<String, String> addedInTheSentence = new HashMap<>();
        // The ranking the last rank was in, for a rank in a later sentence that names none (其中，…位列第8位).
        String lastRanking = null;
        // The ranking this sentence named last, places moved in it included.
        String sentenceRanking = null;
        List<String> sentenceIndicators = new ArrayList<>();
        Set<String> levelsGiven = new HashSet<>();
        Observation.Measure lastMeasure = null;
        boolean lastWasAPercent = false;
        boolean lastWasABound = false;
        int lastSentence = -1;
        int previousEnd = 0;
        Respectively respectively = null;
        // The indicator whose target the last figure gave in brackets (完成目标（2500家）), for the share of it reached after it.
        String targetInBracketsOf = null;
        ListedIndicator listBefore = null;
        ListedIndicator currentList = null;
        // A court's judgment: its sums (claims, debts, fees) are the parties', no figures of a zone or place.
        boolean judgment = document.title() != null && JUDGMENT.matcher(document.title()).find();
        for (Quantity quantity : document.quantities()) {
            // 前30名的经开区: the top places of a ranking as a group, no count; 浙江省有5家经开区进入全国前30名: the places the
            // counted ones entered, no rank of the subject's.
            boolean threshold = quantity.kind() == QuantityKind.AMOUNT && quantity.start() > 0 && text.charAt(quantity.start() - 1) == '前'
                    && ("名".equals(quantity.unitText()) || "位".equals(quantity.unitText()) || "强".equals(quantity.unitText()))
                    || quantity.kind() == QuantityKind.RANK && quantity.qualifier() == Qualifier.AT_MOST
                    && countedEarlierInClause(document.quantities(), quantity, text);
            String counted = countedAfter(quantity, document);
            String funds = fundsNamedAfter(quantity, text);
            if (insideTable(quantity, tables) || !standsAlone(quantity, text) && counted == null && funds == null && !startsAChange(quantity, text) || threshold
                    || inAnAddress(quantity, text) || AREA_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt()) {
                continue;
            }
            Sentence sentence = sentenceOf(document.sentences(), quantity.start());
            if (sentence == null) {
                continue;
            }
            if (sentence.index() != lastSentence) {
                lastIndicator = null;
                sentenceRanking = null;
                addedInTheSentence.clear();
                lastMeasure = null;
                sentenceIndicators.clear();
                subjects.newSentence(sentence);
                listBefore = null;
                currentList = null;
                levelsGiven.clear();
                previousEnd = sentence.start();
                lastSentence = sentence.index();
            }
            // 对年营业收入首次突破10亿元的企业，给予200万元奖励: a policy's conditions and what it grants are its terms, no figures.
            if (termOfAPolicy(text, sentence, quantity)) {
                continue;
            }
            // 非法收受他人财物共计人民币1863万余元: money a clause says was taken as a bribe is no figure of the economy (not
            // 深入开展行贿受贿问题专项整治，全年政府投资项目完成投资86.5亿元).
            int ownClauseStart = sentence.clauseStartBefore(text, quantity.start());
            if (money(quantity) && (judgment || BRIBERY.matcher(text).region(ownClauseStart, quantity.start()).find()) || aTermNoFigure(text, ownClauseStart, sentence.partStartBefore(text, quantity.start()), quantity)) {
                continue;
            }
            // 中标金额：1386.52万元, 项目总投资：2.3亿元: a figure right after a label and its colon is the label's.
            int colon = colonRightBefore(text, quantity.start(), Math.max(ownClauseStart, previousEnd));
            int clauseStart = Math.max(sentence.clauseStartBefore(text, colon >= 0 ? colon : quantity.start()), previousEnd);
            String left = text.substring(clauseStart, colon >= 0 ? colon : quantity.start());
            previousEnd = quantity.end();
            Respectively previousList = respectively;
            respectively = respectively != null && respectively.follows(quantity) ? respectively.next()
                    : Respectively.startingAt(quantity, left, clauseStart, document.quantities(), text,
                    previousList != null && previousList.endedIn(sentence) ? previousList : null);
            if (respectively != null && respectively.index() == 0) {
                listBefore = currentList;
            }
            // 研发投入强度由1.1%提高到1.9%: the value a change starts from is an earlier period's, unnamed; the clause's
            // indicator goes on to the value it reaches.
            // (A rank moved from, 由上年的第6位, is no level: the rank rules below drop it.)
            Matcher baseline = respectively == null && quantity.kind() != QuantityKind.RANK ? FROM_A_BASELINE.matcher(left.strip()) : null;
            if (baseline != null && baseline.matches()) {
                // The name's own offsets in the text, so that what is cut from it (its periods, places) falls inside it.
                int nameStart = clauseStart + left.length() - left.stripLeading().length();
                String from = indicatorName(baseline.group(1), document, nameStart, nameStart + baseline.end(1));
                lastIndicator = from.length() >= 2 ? from : lastIndicator;
                lastMeasure = Observation.Measure.LEVEL;
                // 由2020年的230亿元增长到410亿元: where the year is named, the figure it starts from is that year's level.
                PeriodMention year = baselineYear(document.periods(), text, quantity);
                year = year == null ? samePeriodAYearBefore(text, quantity, periods) : year;
                Optional<String> whose = year == null || from.length() < 2 ? Optional.empty()
                        : subjects.of(quantity, clauseStart, sentence, from, Optional.empty());
                // 研发投入强度由上年的3.1%提高到: a rate's starting point is a rate too.
                Observation.Measure startsAt = quantity.kind() == QuantityKind.PERCENT && SHARE_WORDS.matcher(from).find()
                        ? Observation.Measure.SHARE : Observation.Measure.LEVEL;
                if (whose.isPresent()) {
                    found.add(new Observation(whose.get(), from, Observation.Kind.ACTUAL, startsAt, year.label(), year.from(), year.to(),
                            quantity.value(), quantity.upperValue(), quantity.qualifier(), null, quantity.unit(), quantity.unitText(),
                            quantity.normalizedValue(), false, flags(false, false), quantity.start(), quantity.end(), sentence.start(), sentence.end()));
                }
                continue;
            }
            // 分别实现营业收入3216亿元和1187亿元: the later figures of a 分别 list are read with the first one's clause.
            String measuredLeft = respectively == null ? left : respectively.ownDirection(text).orElse(respectively.left());
            Observation.Measure measure = measure(quantity, measuredLeft);
            String indicator = respectively == null ? indicatorName(left, document, clauseStart, quantity.start())
                    : respectively.indicator(document, sentenceIndicators, listBefore);
            // 乌鲁木齐片区134.6平方公里（含乌鲁木齐综合保税区2.41平方公里）: an area no word names is the extent of the zone
            // named with it; of a part it contains, only where that part is a zone.
            if (AREA.equals(quantity.unit()) && respectively == null) {
                boolean zoneNamed = zoneNamedIn(document, clauseStart, quantity.start());
                boolean part = CONTAINS.matcher(left).lookingAt() && FigureSubjects.openBracketBefore(text, quantity.start(), sentence.start()) >= 0;
                if (part && !zoneNamed) {
                    continue;
                }
                indicator = part || indicator.isEmpty() && zoneNamed ? "面积" : indicator;
            }
            // 引进10个重大项目: the verb and what the count counts, after it, name the indicator.
            if (counted != null && respectively == null) {
                indicator = counted;
            }
            if (funds != null && respectively == null) {
                indicator = funds;
            }
            // 赛力斯集团实现营业收入, 区内企业宁波均胜电子股份有限公司海外营收: the firm that owns the figure (and a word for
            // it before it) is no part of its indicator's name.
            Optional<EntityMention> owner = quantity.kind() == QuantityKind.RANK ? Optional.empty() : subjects.owner(clauseStart, quantity.start(), sentence.start());
            // The name has lost its brackets (华锦智能终端（重庆）有限公司拟投资), so the firm's too; its other name in brackets after
            // it goes with it (瑞典SKF集团（斯凯孚）追加投资).
            String ownerName = owner.map(m -> m.text().replaceAll("[（）()]", "")).orElse("");
            Matcher alias = owner.isPresent() ? OTHER_NAME_AFTER.matcher(text).region(owner.get().end(), text.length()) : null;
            if (alias != null && alias.lookingAt() && indicator.contains(ownerName + alias.group().replaceAll("[\\s（）()]", ""))) {
                ownerName = ownerName + alias.group().replaceAll("[\\s（）()]", "");
            }
            int ownerAt = owner.isPresent() ? indicator.indexOf(ownerName) : -1;
            // 乾隆御道文化街区项目由著名文旅企业华侨城集团投资: the firm by which it is done, however far in.
            if (ownerAt > MAX_WORD_BEFORE_A_FIRM && indicator.lastIndexOf('由', ownerAt) >= 0) {
                ownerAt = 0;
                ownerName = indicator.substring(0, indicator.indexOf(ownerName) + ownerName.length());
            }
            if (ownerAt >= 0 && ownerAt <= MAX_WORD_BEFORE_A_FIRM) {
                indicator = LEADING_NOISE.matcher(indicator.substring(ownerAt + ownerName.length())).replaceFirst("");
            }
            // 公司实现营业收入: nor is the word that refers back to it; nor where it acts (施耐德电气宣布在临港新增投资).
            if (owner.isPresent()) {
                indicator = FIRM_ACTS_IN.matcher(indicator).replaceFirst("");
                // 公司将力争实现储能电池出货量: and what opened the clause after it.
                indicator = TARGET_VERB_FIRST.matcher(LEADING_NOISE.matcher(FIRM_WORD_FIRST.matcher(indicator).replaceFirst("")).replaceFirst(""))
                        .replaceFirst("");
            }
            // A list whose figures have different indicators (工业营业收入2345亿元、利润总额156亿元) lends none.
            if (respectively != null) {
                currentList = respectively.index() == 0 || currentList == null ? ListedIndicator.first(indicator, respectively.figures().size())
                        : currentList.and(indicator);
            }
            // 实际利用外资18.3亿美元，占全市四成以上: a share of the whole, of the indicator just named.
            boolean shareOfTheWhole = quantity.kind() == QuantityKind.PERCENT && SHARE_OF_THE_WHOLE.matcher(left.strip()).matches();
            if (shareOfTheWhole) {
                indicator = "";
                measure = Observation.Measure.SHARE;
            }
            // 进出口总额4186.2亿元，…，占全市外贸总额的22.6%: a share named only by its whole is the share of the indicator just named.
            Matcher byItsWhole = NAMED_BY_ITS_WHOLE.matcher(indicator);
            if (quantity.kind() == QuantityKind.PERCENT && !shareOfTheWhole && lastIndicator != null && byItsWhole.lookingAt()) {
                String composed = lastIndicator + indicator.substring(byItsWhole.end() - 1).replace("的", "");
                indicator = composed.length() <= MAX_INDICATOR_LENGTH ? composed : indicator;
                measure = Observation.Measure.SHARE;
            }
            // 贡献了全省10.1%的进出口和16.8%的实际使用外资: a share of the whole, named after it.
            Matcher namedAfter = quantity.kind() == QuantityKind.PERCENT ? SHARE_NAMED_AFTER.matcher(text).region(quantity.end(), sentence.end()) : null;
            if (namedAfter != null && namedAfter.lookingAt() && CONTRIBUTED.matcher(text.substring(sentence.clauseStartBefore(text, quantity.start()), quantity.start())).find()) {
                indicator = namedAfter.group(1);
                measure = Observation.Measure.SHARE;
            }
            // 实际利用外资18.6亿美元，完成全年目标的112%; 一般公共预算收入786.4亿元，为预算的101.3%: how much of its target or
            // budget the indicator reached, an actual. The indicator goes on after it (…，增长5.2%).
            Matcher completion = quantity.kind() == QuantityKind.PERCENT ? COMPLETION.matcher(left.strip()) : null;
            boolean completed = completion != null && completion.matches();
            if (completed) {
                int nameStart = clauseStart + left.length() - left.stripLeading().length();
                String reached = indicatorName(completion.group(1), document, nameStart, nameStart + completion.end(1));
                String of = completion.group(2);
                indicator = (reached.length() >= 2 ? reached : lastIndicator == null ? "" : lastIndicator)
                        + ("预算".equals(of) || "额度".equals(of) ? of : "目标") + "完成率";
                measure = Observation.Measure.SHARE;
            }
            // 一般公共预算收入预算数为98.6亿元，执行数为101.3亿元: the budget's figure is what was aimed at, the executed one the
            // budget's indicator reached.
            Matcher budget = completed ? null : BUDGETED.matcher(indicator);
            boolean budgeted = budget != null && budget.matches();
            boolean executed = !completed && !budgeted && lastIndicator != null && EXECUTED.matcher(indicator).matches();
            indicator = budgeted ? budget.group(1) : executed ? lastIndicator : indicator;
            // 较去年末增加约800家, 比去年同期减少8.2亿元: an amount gained or lost against a comparison is a change.
            if (measure == Observation.Measure.LEVEL && quantity.kind() == QuantityKind.AMOUNT && CHANGE_AGAINST.matcher(measuredLeft.strip()).find()) {
                measure = Observation.Measure.CHANGE;
            }
            // 与上年同期相比，将增加3.2亿元到4.0亿元: so is one against the comparison the clause before makes.
            if (measure == Observation.Measure.LEVEL && quantity.kind() == QuantityKind.AMOUNT && GAINED.matcher(measuredLeft.strip()).matches()
                    && COMPARED_BEFORE.matcher(text).region(sentence.start(), clauseStart).find()) {
                measure = Observation.Measure.CHANGE;
            }
            // 增长6.3%，达到56909.7亿元; 今年1-10月已完成296.4亿元: a figure whose clause names nothing but a verb is of the
            // indicator the sentence named last, as a level only where the sentence gave none yet or the clause names its own
            // period, and never a total (累计达到580家 after 新增68家); a percentage after a growth stays a growth (确保增长5%以上，
            // 力争达到5.5%).
            // 规模稳居内地城市首位, 连续多年居中西部综保区首位, 出货量居行业首位: what a rank is among is no part of what is ranked.
            if (quantity.kind() == QuantityKind.RANK) {
                indicator = RANKED_AMONG.matcher(indicator).replaceFirst("");
            }
            // 增速居全省第1位: the rank of the growth of the indicator before, not of its level.
            if (quantity.kind() == QuantityKind.RANK && RATE_RANKED.matcher(left).find()) {
                indicator = (lastIndicator != null ? lastIndicator : indicator) + "增速";
            }
            // 实现进出口额312.5亿元，…，规模居全国综保区第6位: the size ranked is the level named before; so is the count
            // (有27家国家级经开区，数量居全国首位).
            if (quantity.kind() == QuantityKind.RANK && SIZE_WORD.matcher(indicator).matches() && lastIndicator != null) {
                indicator = lastIndicator;
            }
            // 增长7.5%，高于全市平均水平1.4个百分点: the growth before, set against a wider whole's.
            Matcher against = RATE_AGAINST.matcher(indicator);
            // 年均增长6.9%，低于规划目标1.1个百分点: and an average growth, against its target.
            boolean againstTheRate = measure == Observation.Measure.CHANGE && lastIndicator != null && against.matches()
                    && (lastMeasure == Observation.Measure.GROWTH || lastMeasure == Observation.Measure.CAGR);
            if (againstTheRate) {
                indicator = lastIndicator + "增速" + against.group(1);
            }
            // 研发投入强度为6.8%，高于全市3.5个百分点: a ratio before, set against a wider whole's.
            if (measure == Observation.Measure.CHANGE && (lastMeasure == Observation.Measure.LEVEL || lastMeasure == Observation.Measure.SHARE)
                    && lastWasAPercent && lastIndicator != null && against.matches()) {
                indicator = lastIndicator + against.group(1);
            }
            // 房地产开发投资下降8.9%，降幅比1-9月收窄0.7个百分点: how the rate before moved since an earlier period.
            Matcher rateMoved = RATE_MOVED.matcher(measuredLeft.strip());
            if (measure == Observation.Measure.CHANGE && lastMeasure == Observation.Measure.GROWTH && lastIndicator != null && rateMoved.lookingAt()) {
                indicator = lastIndicator + rateMoved.group(1);
            }
            // 在前30名的国家级经开区中，江苏占9家，浙江占4家: a place opening its clause holds that many of the set the sentence
            // opens with (else of the indicator before).
            if (quantity.kind() == QuantityKind.AMOUNT && aPlaceHolds(document, clauseStart, quantity.start())) {
                Matcher frame = SET_FRAME.matcher(text).region(sentence.start(), clauseStart);
                String set = null;
                while (frame.find()) {
                    set = indicatorName(frame.group(1), document, frame.start(1), frame.end(1));
                }
                indicator = set != null && set.length() >= 2 ? set : lastIndicator != null ? lastIndicator : indicator;
            }
            // 综合实力在国家级新区中由上年的第6位上升至第4位: the rank a move starts from is last year's, no figure here; the
            // ranking it names is the one the rank it moved to is in.
            boolean movedFrom = quantity.kind() == QuantityKind.RANK && MOVED_FROM_BEFORE.matcher(text).region(clauseStart, quantity.start()).find()
                    && MOVED_FROM_AFTER.matcher(text).region(quantity.end(), sentence.end()).lookingAt();
            // 由上年的第8位上升至第6位, 上升5位至第16位, 以综合得分92.86分连续第22年位列榜首, 分列第二至第四位: how the place
            // moved, by what score, for how long and from which ranks are no part of the ranking's name.
            if (quantity.kind() == QuantityKind.RANK) {
                indicator = MOVE_OPENED.matcher(indicator).replaceFirst("");
                indicator = RANK_NAME_NOISE.matcher(indicator).replaceAll("");
                // 由2020年的第15位上升到国家级新区第11位: after the move, the group ranked in.
                Matcher move = RANK_MOVE_ONLY.matcher(indicator);
                indicator = move.matches() ? "" : move.lookingAt() && move.end() > 0 && indicator.length() - move.end() >= 2
                        ? indicator.substring(move.end()) + "排名" : indicator;
                // 综合排名全国第1位: a short word of a ranking keeps its 排名.
                indicator = indicator.length() >= 1 && indicator.length() <= 3 && text.substring(clauseStart, quantity.start()).contains(indicator + "排名")
                        ? indicator + "排名" : indicator;
            }
            // 综合实力跻身全国前十, 首次进入前30名: the verb of entering the top places and the group are no part of the ranking's name.
            // The group entered names the ranking where it says more than where (跻身全球功率器件封测企业前五); else what is
            // ranked before the verb, else the ranking the sentence moved in.
            if (quantity.kind() == QuantityKind.RANK && quantity.qualifier() == Qualifier.AT_MOST) {
                Matcher entered = TOP_PLACES_ENTERED.matcher(indicator);
                if (entered.matches()) {
                    String group = entered.group(2);
                    String before = entered.group(1);
                    indicator = WHERE_FIRST.matcher(group).replaceFirst("").length() < 3 ? before
                            : before.length() >= 2 ? before + "在" + group + "排名" : group + "排名";
                }
                indicator = indicator.isEmpty() && sentenceRanking != null ? sentenceRanking : indicator;
            }
            // 2023年国家级经开区综合发展水平考核评价中，苏州工业园区位列第一: a rank is in the assessment the sentence opens with,
            // else in the last ranking named (其中，杭州经济技术开发区位列第8位), else in a ranking the text does not name.
            if (indicator.isEmpty() && quantity.kind() == QuantityKind.RANK) {
                Matcher frame = RANKING_FRAME.matcher(text).region(sentence.start(), quantity.start());
                // …，2026年实现进出口总额5830亿元；昆山综合保税区排名第3位: a rank of another subject than the figure before it is
                // in the last ranking, not of that figure.
                int lastFigureEnd = document.quantities().stream().filter(q -> q.end() <= quantity.start() && q.start() >= sentence.start())
                        .mapToInt(Quantity::end).max().orElse(sentence.start());
                boolean anotherSubject = lastFigureEnd > sentence.start()
                        && namedOpening(document, Math.max(lastFigureEnd, sentence.partStartBefore(text, quantity.start())), quantity.start());
                // 从百强县榜单看，: a frame of seeing names a ranking only where it names a list or a ranking.
                boolean framed = frame.lookingAt() && (!frame.group().endsWith("看，") && !frame.group().endsWith("看,")
                        || RANKING_WORD.matcher(frame.group(1)).find());
                if (framed) {
                    indicator = indicatorName(frame.group(1), document, frame.start(1), frame.end(1));
                } else if (sentenceRanking != null) {
                    // 保持在全国前十，位列第7位; 由上年的第8位上升至第6位: the ranking the sentence is already in.
                    indicator = sentenceRanking;
                } else if (sentenceIndicators.isEmpty() || anotherSubject && lastRanking != null) {
                    // A figure named earlier in the sentence is what is ranked (进出口总额4013.2亿元，居全国综保区第2位).
                    indicator = lastRanking != null ? lastRanking : "排名";
                }
            }
            // 新设企业超过11万家，是挂牌前的4.5倍: the base a multiple is of names no indicator; the one before is multiplied.
            // Against a wider whole's (为全省平均水平的3倍) it is a comparison whose subject the clause would mistake.
            if (quantity.kind() == QuantityKind.MULTIPLE && BASE_OF_A_MULTIPLE.matcher(left.strip()).matches()) {
                if (A_WHOLE.matcher(left).find()) {
                    continue;
                }
                indicator = "";
            }
            // 完成目标（2500家）的84.2%, 已超过规划目标（40件）: a target in brackets after 目标 is the target of the indicator
            // before it; the share after it is how much of that target was reached.
            // So is one the clause quotes or says the plan set (提前实现“2025年达到3.8%”的规划目标, 略低于规划提出的年均增长7.5%).
            boolean targetInBrackets = lastIndicator != null && respectively == null && (TARGET_IN_BRACKETS.matcher(text)
                    .region(Math.max(sentence.start(), quantity.start() - 6), quantity.start()).find() && quantity.end() < text.length()
                    && "）)".indexOf(text.charAt(quantity.end())) >= 0
                    || QUOTED_AIM.matcher(text).region(clauseStart, quantity.start()).find() || SET_BY_THE_PLAN.matcher(left).find());
            boolean reachedOfTheTarget = targetInBracketsOf != null && quantity.kind() == QuantityKind.PERCENT && REACHED_OF_IT.matcher(left).matches();
            if (targetInBrackets) {
                indicator = lastIndicator;
            } else if (reachedOfTheTarget) {
                indicator = targetInBracketsOf + "目标完成率";
                measure = Observation.Measure.SHARE;
                completed = true;
            }
            // The share reached is as of the indicator's last figure (2022年完成265.4亿元，完成2025年目标（330亿元）的80.4%).
            PeriodMention reachedAsOf = reachedOfTheTarget ? latestPeriodOf(found, targetInBracketsOf) : null;
            targetInBracketsOf = targetInBrackets ? lastIndicator : null;
            // 其中9月当月增长18.2%: a period word alone names the indicator its sentence spoke of; 第三产业增加值增长6.1%，拉动GDP
            // 增长5.3个百分点: what drives growth is that indicator too.
            if (lastIndicator != null && PERIOD_WORD_ALONE.matcher(indicator).matches()) {
                indicator = lastIndicator;
            } else if (lastIndicator != null && DRIVING_GROWTH.matcher(indicator).lookingAt() && !indicator.startsWith(lastIndicator)) {
                // …占地区生产总值的比重为86.5%，拉动GDP增长: the driver is what the share was of.
                int share = lastIndicator.indexOf('占');
                indicator = (share >= 2 ? lastIndicator.substring(0, share) : lastIndicator) + indicator;
            }
            if (indicator.isEmpty() && (measure != Observation.Measure.SHARE || shareOfTheWhole) && lastIndicator != null) {
                boolean level = measure == Observation.Measure.LEVEL;
                boolean ownPeriod = document.periods().stream().anyMatch(p -> p.start() >= clauseStart && p.end() <= quantity.start());
                // 新增注册企业1.1万户，累计达到4.5万户: the total is of what was added to.
                String total = measuredLeft.contains("累计") && lastIndicator.startsWith("新增") ? lastIndicator.substring(2) : null;
                if (total != null && total.length() >= 2) {
                    indicator = total;
                } else if (!level || ownPeriod || !measuredLeft.contains("累计") && (!levelsGiven.contains(lastIndicator) || lastWasABound)) {
                    indicator = lastIndicator;
                    measure = level && quantity.kind() == QuantityKind.PERCENT && lastMeasure == Observation.Measure.GROWTH ? lastMeasure : measure;
                }
            }
            // 新增国家高新技术企业2360家，总数达到15700家: a total named by that word alone is of the last thing the sentence added
            // in the same unit, outside 其中 (not 认缴规模80亿元，总规模…; 新增市场主体1.8万户，其中新增企业4200户，总数… is 市场主体's).
            String addedTo = TOTAL_ALONE.matcher(indicator).matches() ? addedInTheSentence.get(quantity.unit()) : null;
            if (addedTo != null && ADDED.matcher(addedTo).replaceAll("").length() >= 2) {
                indicator = ADDED.matcher(addedTo).replaceAll("") + indicator;
            }
            // 排名第28位，…，位居全省榜首; 稳居西部地区综保区第4位: a rank among a group narrower than the nation's says so.
            Matcher rankedIn = quantity.kind() == QuantityKind.RANK && respectively == null ? RANKED_IN.matcher(text).region(clauseStart, quantity.start()) : null;
            // 排名进入全国前20位: the group after a verb of entering the top places.
            Matcher enteredGroup = rankedIn != null && rankedIn.find() ? TOP_PLACES_ENTERED.matcher(rankedIn.group(1)) : null;
            String group = enteredGroup == null ? null : enteredGroup.matches() && enteredGroup.group(1).isEmpty() ? enteredGroup.group(2) : rankedIn.group(1);
            // 分列第二至第四位: the ranks before the last are no group.
            group = group == null ? null : RANK_NAME_NOISE.matcher(group).replaceAll("");
            if (group != null && group.length() >= 2 && !NATIONWIDE.matcher(group).find()) {
                String among = group + "排名";
                // Not after the name of another ranking (在全国参评的158个综合保税区中排名第14位，…居中西部综保区首位).
                boolean aRanking = indicator.isEmpty() || indicator.equals(lastRanking) || indicator.equals("排名");
                indicator = !aRanking && indicator.length() + among.length() < MAX_INDICATOR_LENGTH ? indicator + "在" + among : among;
            }
            // 位列第19名，较上年前移4位; 统筹协调指标较上年提升23位: places moved in a ranking are a change in the rank named
            // (or the last ranking), whose number falls where it moved up.
            Matcher moved = quantity.kind() == QuantityKind.AMOUNT && PLACES.contains(quantity.unitText()) ? RANK_MOVED.matcher(measuredLeft.strip()) : null;
            Boolean movedUp = null;
            if (moved != null && moved.find()) {
                movedUp = !DOWN_MOVES.contains(moved.group(1));
                measure = Observation.Measure.CHANGE;
                String ranked = MOVE_WORDS.matcher(indicator).replaceAll("");
                indicator = ranked.length() >= 2 && !ranked.equals("排名") ? (ranked.endsWith("排名") ? ranked : ranked + "排名")
                        : lastRanking != null ? lastRanking : "排名";
            }
            // 居民消费价格比上年上涨0.3%: the 比 of a comparison whose period was cut; not a ratio's (资产负债比为61.3%).
            if (indicator.endsWith("比") && COMPARED_TO_A_PERIOD.matcher(left).find()) {
                indicator = indicator.substring(0, indicator.length() - 1);
            }
            // （一）高端装备制造产业。实现产值158.3亿元: the sentence under a heading of one industry gives that industry's figures,
            // until it names another (输变电设备行业…实现产值).
            String industry = industryHeadingBefore(text, sentence.start());
            if (industry != null && !indicator.contains(industry) && !INDUSTRY_WORD.matcher(text).region(sentence.start(), quantity.start()).find()) {
                indicator = industry + indicator;
            }
            // 其他 alone (a disclosure table's 其他 | 0件): the rest of something named elsewhere.
            if (indicator.length() < 2 || indicator.length() > MAX_INDICATOR_LENGTH || indicator.startsWith("比") || THE_REST.contains(indicator)) {
                continue;
            }
            // 占全省进出口总值的12.9%: a part of a whole.
            // 具有法律职业资格的仅占46.3%: what part the clause's opening makes.
            boolean partOfAWhole = left.contains("占") && left.strip().endsWith("的") || PART_TAKES.matcher(left.strip()).find();
            if (measure == Observation.Measure.LEVEL && quantity.kind() == QuantityKind.PERCENT && (SHARE_WORDS.matcher(indicator).find() || partOfAWhole)) {
                measure = Observation.Measure.SHARE;
            }
            // A completion rate leaves the indicator it is of as the one the next figure goes on with.
            // Nor does a rate set against another (低于规划目标1.1个百分点): 2023年上半年完成1812亿元 goes on with the indicator.
            if (movedFrom) {
                sentenceRanking = indicator.length() >= 2 ? indicator : sentenceRanking;
                continue;
            }
            // A rank leaves the figure it ranks (位列全省县域前三，其中南昌县完成1128.6亿元; 数量位居全省县域首位，达到612家).
            if ((!completed || lastIndicator == null) && !againstTheRate && quantity.kind() != QuantityKind.RANK) {
                lastIndicator = indicator;
            } else if (quantity.kind() == QuantityKind.RANK) {
                Matcher ranked = RANKED_FIGURE.matcher(indicator);
                lastIndicator = ranked.matches() ? ranked.group(1) : lastIndicator;
            }
            if (ADDED.matcher(indicator).find() && !left.strip().startsWith("其中") && quantity.unit() != null) {
                addedInTheSentence.put(quantity.unit(), indicator);
            }
            // A ranking has a name of its own (国家级经开区综合发展水平考核评价), not a word of what was counted (数量), nor is a
            // single index of it the ranking later ranks are in (利用外资单项); places moved name theirs for the rest of their
            // sentence (综合实力在全国的位次前移2位，跻身全国前十).
            if ((quantity.kind() == QuantityKind.RANK || movedUp != null) && indicator.length() >= 4 && !SUB_INDEX.matcher(indicator).find()) {
                sentenceRanking = indicator;
                // Not a figure's rank (进出口总额居全国第2位): later sentences rank in a ranking, not by that figure.
                lastRanking = quantity.kind() == QuantityKind.RANK && !sentenceIndicators.contains(indicator) ? indicator : lastRanking;
            }
            lastMeasure = measure;
            lastWasAPercent = quantity.kind() == QuantityKind.PERCENT;
            // 突破4000亿元，达到4128亿元: the exact figure after a bound refines it.
            lastWasABound = quantity.qualifier() != null && quantity.qualifier() != Qualifier.EXACT;
            if (measure == Observation.Measure.LEVEL) {
                levelsGiven.add(indicator);
            }
            if (!sentenceIndicators.contains(indicator)) {
                sentenceIndicators.add(indicator);
            }
            Optional<String> listed = respectively == null ? Optional.empty() : respectively.subject(subjects.named(), text, sentence);
            String named = indicator;
            Optional<String> subject = listed.or(() -> subjects.of(quantity, clauseStart, sentence, named, owner));
            // 海口综合保税区、洋浦保税港区上半年货物进出口总值268.5亿元，同比增长21.6%: a figure of several named together is
            // none's alone.
            if (respectively == null && subject.isPresent() && namedTogether(subjects.named(), document.entities().mentions(), text, sentence.start(), quantity.start(),
                    subject.get())) {
                continue;
            }
            // 贵州茅台、宁德时代成交额超过50亿元: nor is a figure of several firms.
            if (owner.isEmpty() && subjects.ownedByFirmsListedTogether(clauseStart, quantity.start())) {
                continue;
            }
            PeriodAttribution.Attributed attributed = periods.periodAt(quantity.start());
            if (subject.isEmpty() || attributed == null) {
                continue;
            }
            PeriodMention period = targetInBrackets ? targetYearBefore(document, quantity.start(), attributed.period())
                    : reachedAsOf != null ? reachedAsOf : attributed.period();
            // 到2025年…年均增长8%: a yearly rate to a plan's last year runs over the plan the document names.
            if (measure == Observation.Measure.CAGR) {
                period = overTheYearsNamed(measuredLeft, planEndingIn(document.periods(), document.title(),
                        document.publishedAt() == null ? null : document.publishedAt().toLocalDate(), period));
            }
            // “十四五”时期，地区生产总值由2020年的2300亿元增长到3360亿元, 研发经费投入强度达到2.7%: a level reached over years
            // is the level at their end (not 五年累计新增就业6000万人, a total over them).
            if ((measure == Observation.Measure.LEVEL || measure == Observation.Measure.SHARE) && SPANS_OF_YEARS.contains(period.kind())
                    && period.to() != null && !CUMULATIVE_WORDS.matcher(text).region(ownClauseStart, quantity.start()).find()
                    // 外贸进出口总额达到3.9万亿元，占全市外贸比重80%: a share of the figure before it is of the same years.
                    && !text.substring(ownClauseStart, quantity.start()).strip().startsWith("占")
                    && (FROM_TO.matcher(text).region(ownClauseStart, quantity.start()).find() || "%".equals(quantity.unit()))) {
                int last = period.to().getYear();
                period = new PeriodMention(period.start(), period.end(), period.text(), String.valueOf(last), java.time.LocalDate.of(last, 1, 1),
                        java.time.LocalDate.of(last, 12, 31), PeriodKind.YEAR);
            }
            Observation.Kind kind = kind(text.substring(sentence.start(), quantity.start()), ownClause(text, sentence, quantity), sentence.textIn(text),
                    period, document, sections.at(quantity.start()));
            // 到2025年…年均增长8%左右: a yearly rate to a target year not yet past is what is aimed at (not “十四五”期间…年均增长
            // 6.1% in a review of the years, nor 近三年).
            if (measure == Observation.Measure.CAGR && attributed.period().kind() == PeriodKind.TARGET_YEAR && document.publishedAt() != null
                    && period.to() != null && period.to().isAfter(document.publishedAt().toLocalDate())) {
                kind = Observation.Kind.TARGET;
            }
            // 低于规划目标1.1个百分点: how far a rate fell short of its target is an actual.
            boolean shortOfItsTarget = againstTheRate && indicator.endsWith("目标");
            kind = targetInBrackets || budgeted ? Observation.Kind.TARGET : reachedOfTheTarget || shortOfItsTarget || executed ? Observation.Kind.ACTUAL : kind;
            // A fall's rate or change is negative (同比下降8.1% is -8.1); its range's bounds swap sides.
            boolean fall = movedUp != null ? movedUp : (measure == Observation.Measure.GROWTH || measure == Observation.Measure.CHANGE)
                    && DECLINE_WORDS.matcher(measuredLeft.strip()).find() || NEGATIVE_SIGN.matcher(text).region(Math.max(0, quantity.start() - 2), quantity.start()).matches();
            Double value = fall ? negated(quantity.upperValue() != null ? quantity.upperValue() : quantity.value()) : quantity.value();
            Double upper = fall ? (quantity.upperValue() != null ? negated(quantity.value()) : null) : quantity.upperValue();
            Double normalized = fall ? negated(quantity.normalizedValue()) : quantity.normalizedValue();
            // 增长2.1倍 is a growth of 210%: in times as written, in per cent normalized.
            boolean grownByTimes = quantity.kind() == QuantityKind.MULTIPLE && measure == Observation.Measure.GROWTH;
            normalized = grownByTimes && normalized != null ? normalized * PER_CENT_IN_A_TIME : normalized;
            // 公司营业收入 in a firm's own report: the word for the firm is no part of what is measured.
            if (THE_FIRM_FIRST.matcher(indicator).lookingAt() && aCompany(document, subject.get())) {
                indicator = THE_FIRM_FIRST.matcher(indicator).replaceFirst("");
            }
            Observation observation = new Observation(subject.get(), indicator, kind, measure, period.label(), period.from(), period.to(),
                    value, upper, quantity.qualifier(), null, grownByTimes ? PERCENT : quantity.unit(), quantity.unitText(),
                    normalized, period.kind() == PeriodKind.CUMULATIVE || measuredLeft.contains("累计"),
                    flags(attributed.inferred(), ON_THE_PERIOD_BEFORE.matcher(measuredLeft).find()),
                    quantity.start(), quantity.end(), sentence.start(), sentence.end());
            if (seen.add(observation.subject() + observation.indicator() + kind + measure + period.label() + quantity.value())) {
                found.add(observation);
            }
        }
        found.removeIf(bound -> passedBoundOfAnExactFigure(bound, found, text));
        return found;
    }

    /**
     * 累计开行量突破4000列，达到4012列: a bound passed, then the exact figure in the same sentence, say one thing; the exact
     * figure stands.
     */
    private static boolean passedBoundOfAnExactFigure(Observation bound, List<Observation> all, String text) {
        if (bound.qualifier() != Qualifier.MORE_THAN && bound.qualifier() != Qualifier.AT_LEAST || bound.normalizedValue() == null) {
            return false;
        }
        // Right after it, the next clause saying only what was reached (not 3家企业超过100亿元，1家企业达到500亿元).
        return all.stream().anyMatch(exact -> exact != bound && exact.qualifier() == Qualifier.EXACT && exact.evidenceStart() == bound.evidenceStart()
                && exact.start() > bound.end() && BOUND_THEN_EXACT.matcher(text).region(bound.end(), exact.start()).matches()
                && exact.subject().equals(bound.subject()) && exact.indicator().equals(bound.indicator()) && exact.kind() == bound.kind()
                && exact.measure() == bound.measure() && java.util.Objects.equals(exact.periodLabel(), bound.periodLabel())
                && java.util.Objects.equals(exact.unit(), bound.unit()) && exact.normalizedValue() != null
                && exact.normalizedValue() >= bound.normalizedValue());
    }

    /** The indicators of the last 分别 list in the sentence, one for each figure, and how many figures it had. */
    private record ListedIndicator(List<String> names, int size) {

        static ListedIndicator first(String name, int size) {
            return new ListedIndicator(List.of(name), size);
        }

        ListedIndicator and(String name) {
            List<String> more = new ArrayList<>(names);
            more.add(name);
            return new ListedIndicator(List.copyOf(more), size);
        }

        /** The indicator in the place of figure {@code index}, or "" where the list did not name them all. */
        String at(int index) {
            return names.size() == size && index < size && names.stream().noneMatch(String::isEmpty) ? names.get(index) : "";
        }
    }

    /**
     * 漕河泾开发区和紫竹高新区分别实现营业收入3216亿元和1187亿元; 新增企业4236家，新增注册资本近500亿元，同比分别增长6.8%和15.1%:
     * figures joined by 和 or 、 after 分别 go one to one with the subjects listed right before 分别, or else with the
     * indicators the sentence named before. {@code index} is the figure's place in the list; {@code after} is where the
     * words naming its indicator start, {@code listedAt} where the 分别 stands that the list goes with.
     */
    private record Respectively(List<Quantity> figures, int index, String left, int leftStart, int after, int listedAt) {

        /** 进出口值, 进出口额位居前三，: the indicator, and what the clause says of the list, between the subjects and 分别. */
        /** …进出口值, 两地磷化工和铝产品出口, 1—11月: the indicator or the period between a list and its 分别. */
        private static final Pattern INDICATOR_BETWEEN = Pattern.compile("[\\p{IsHan}0-9—\\-－～~]{1,16}(?:[，,]\\p{IsHan}{0,6})?");
        /** 进出口额位居前三，: a clause ranking the subjects listed before it by an indicator, the clause 分别 goes on from. */
        private static final Pattern RANKED_BY = Pattern.compile("^([^，,；;]{2,80}?)(?:位居|排名|位列|居)(?:全国|全省|全市|全区)?(?:前列|前[一二三四五六七八九十0-9]{1,2}(?:位|名)?)[，,]\\s*$");
        /** 、 and 和 between listed names; 宜宾港、泸州港: a place's port (港) before it. */
        private static final Pattern JOINER = Pattern.compile("港?\\s*[和、及与]\\s*");
        /** 分别增长12%、下降5%: a figure of the list may say its own direction. */
        private static final Pattern JOINER_WITH_DIRECTION = Pattern.compile("\\s*[和、及与]\\s*(?:增长|下降|减少|增加|上升|回落)?\\s*");

        /** …分别达到49860元和23150元，增长4.6%和6.7%: a clause saying only which way, going on from a list just given. */
        private static final Pattern DIRECTION_ONLY = Pattern.compile("\\s*(?:同比|[比较](?:上年|去年)(?:同期)?)?(?:增长|下降|提高|增加|减少|上升|回落)了?\\s*");

        /**
         * The list {@code first} opens, if it is one: after 分别 in its clause, or (with {@code justBefore}, a list of its
         * sentence that ended right before) a list as long as that one in a clause saying only which way the figures went.
         */
        static Respectively startingAt(Quantity first, String left, int leftStart, List<Quantity> quantities, String text, Respectively justBefore) {
            // 分列全国综保区第三位和第四位, 分居第一、第二: ranks given out in turn like 分别.
            int word = Math.max(left.lastIndexOf("分别"), Math.max(left.lastIndexOf("分列"), left.lastIndexOf("分居")));
            boolean goesOn = word < 0 && justBefore != null && DIRECTION_ONLY.matcher(left).matches();
            if (word < 0 && !goesOn) {
                return null;
            }
            List<Quantity> figures = new ArrayList<>(List.of(first));
            for (int i = quantities.indexOf(first) + 1; i < quantities.size(); i++) {
                Quantity next = quantities.get(i);
                Quantity last = figures.get(figures.size() - 1);
                if (next.start() < last.end() || !JOINER_WITH_DIRECTION.matcher(text.substring(last.end(), next.start())).matches()) {
                    break;
                }
                figures.add(next);
            }
            if (goesOn) {
                return figures.size() != justBefore.figures().size() ? null
                        : new Respectively(List.copyOf(figures), 0, left, leftStart, leftStart, justBefore.listedAt());
            }
            return figures.size() < 2 ? null : new Respectively(List.copyOf(figures), 0, left, leftStart, leftStart + word + 2, leftStart + word);
        }

        /** Whether this list's last figure has been read, in {@code sentence}. */
        boolean endedIn(Sentence sentence) {
            return index == figures.size() - 1 && figures.get(index).start() >= sentence.start() && figures.get(index).end() <= sentence.end();
        }

        /** 分别增长12%、下降5%: the direction a later figure of the list says itself (下降), if it does. */
        Optional<String> ownDirection(String text) {
            if (index == 0) {
                return Optional.empty();
            }
            String joiner = text.substring(figures.get(index - 1).end(), figures.get(index).start()).replaceAll("[\\s和、及与]", "");
            return joiner.isEmpty() ? Optional.empty() : Optional.of(joiner);
        }

        boolean follows(Quantity quantity) {
            return index + 1 < figures.size() && figures.get(index + 1) == quantity;
        }

        Respectively next() {
            return new Respectively(figures, index + 1, left, leftStart, after, listedAt);
        }

        /** The indicator named between 分别 and the first figure, else the sentence's earlier one in this figure's place. */
        String indicator(AnalyzedDocument document, List<String> sentenceIndicators, ListedIndicator listBefore) {
            String named = indicatorName(document.text().substring(after, figures.get(0).start()), document, after, figures.get(0).start());
            // 出口通关时间0.66小时、进口通关时间35.44小时，分别位居全国主要沿海省市第一、第三位: what ranks are among names nothing.
            if (figures.get(0).kind() == QuantityKind.RANK) {
                named = RANKED_AMONG.matcher(named).replaceFirst("");
            }
            // 城乡居民人均可支配收入分别增长4.5%和6.3%: the indicator named before 分别 in the clause is every figure's; unless it
            // lists one for each (城镇、农村居民人均消费支出分别为…).
            String before = named;
            boolean ownClause = listedAt >= leftStart; // not a list going on from the last one's 分别
            if (named.isEmpty() && ownClause) {
                String listed = indicatorName(document.text().substring(leftStart, listedAt), document, leftStart, listedAt, true);
                before = IndicatorList.itemAt(listed, figures.size(), index).orElse(listed.replace("、", ""));
            }
            if (before.isEmpty() && ownClause) {
                before = rankedBy(document, leftStart);
            }
            // 城乡居民人均可支配收入分别达到74997元和40311元，分别增长4.9%和7.3%: a list as long as the one before it goes on
            // with its indicator.
            if (before.isEmpty() && listBefore != null && listBefore.size() == figures.size() && !listBefore.at(index).isEmpty()) {
                return listBefore.at(index);
            }
            if (!before.isEmpty() || sentenceIndicators.size() < figures.size()) {
                return before;
            }
            return sentenceIndicators.get(sentenceIndicators.size() - figures.size() + index);
        }

        /** The indicator of a ranking clause right before the list's clause (…进出口额位居前三，分别为…), or "". */
        private static String rankedBy(AnalyzedDocument document, int clauseStart) {
            String text = document.text();
            int from = clauseStart - 1;
            while (from > 0 && Sentence.CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
                from--;
            }
            Matcher ranked = RANKED_BY.matcher(text.substring(Math.max(0, from), Math.max(0, clauseStart)));
            if (from < 0 || !ranked.find()) {
                return "";
            }
            return indicatorName(ranked.group(1), document, from + ranked.start(1), from + ranked.end(1));
        }

        /**
         * The subject in this figure's place among those listed with 和 or 、 right before 分别 (or before an earlier 分别 of
         * the sentence: …分别实现营业收入…，同比分别增长…), when as many are listed.
         */
        Optional<String> subject(List<EntityMention> subjects, String text, Sentence sentence) {
            for (int word = listedAt; word >= sentence.start(); word = text.lastIndexOf("分别", word - 1)) {
                List<EntityMention> listed = listedBefore(subjects, text, sentence, word);
                if (listed.size() == figures.size()) {
                    return Optional.of(listed.get(index).canonical());
                }
            }
            // 苏州工业园综保区进出口…，昆山综保区进出口…，分列第三位和第四位: the ones the sentence named, in turn.
            if (!text.startsWith("分别", listedAt)) {
                List<String> named = subjects.stream().filter(m -> m.start() >= sentence.start() && m.end() <= listedAt)
                        .map(EntityMention::canonical).distinct().toList();
                if (named.size() == figures.size()) {
                    return Optional.of(named.get(index));
                }
            }
            return Optional.empty();
        }

        private static List<EntityMention> listedBefore(List<EntityMention> subjects, String text, Sentence sentence, int word) {
            List<EntityMention> listed = new ArrayList<>();
            int end = word;
            for (int i = subjects.size() - 1; i >= 0; i--) {
                EntityMention mention = subjects.get(i);
                if (mention.end() > end || mention.start() < sentence.start()) {
                    continue;
                }
                // 重庆、四川、贵州三地经钦州港的铁海联运班列分别发送…: a place after a preposition is part of the words between the list
                // and 分别, not the list.
                if (listed.isEmpty() && mention.start() > sentence.start() && "经从由在对向往至到".indexOf(text.charAt(mention.start() - 1)) >= 0) {
                    continue;
                }
                String between = text.substring(mention.end(), end);
                // 苏州工业园综合保税区、昆山综合保税区、南京综合保税区进出口值分别为…: the indicator may stand between the list and 分别.
                if (!(listed.isEmpty() ? between.isBlank() || INDICATOR_BETWEEN.matcher(between).matches() : JOINER.matcher(between).matches())) {
                    break;
                }
                listed.add(0, mention);
                end = mention.start();
            }
            return listed;
        }
    }

    /**
     * Whether the subject a figure would go to is the last zone or place its sentence names before it, listed with another
     * one right before or after it (A、B, A和B, A与B) or with 等 after it: the figure is theirs together, or the whole's
     * they stand for.
     */
    private static boolean namedTogether(List<EntityMention> subjects, List<EntityMention> mentions, String text, int sentenceStart, int figureStart,
            String subject) {
        EntityMention last = null;
        for (EntityMention m : subjects) {
            if (m.start() >= sentenceStart && m.end() <= figureStart) {
                last = m;
            }
        }
        if (last == null || !last.canonical().equals(subject)) {
            return false;
        }
        EntityMention named = last;
        boolean examples = named.end() < figureStart && text.charAt(named.end()) == '等';
        // A partner after 与 is no subject of its own (对越南进出口), so the other side of a joiner is looked for among all mentions.
        return examples || mentions.stream().anyMatch(other -> FigureSubjects.SUBJECT_TYPES.contains(other.type()) && other.start() >= sentenceStart
                && (other.end() == named.start() - 1 && JOINERS.indexOf(text.charAt(other.end())) >= 0
                        || other.start() == named.end() + 1 && other.end() <= figureStart && JOINERS.indexOf(text.charAt(named.end())) >= 0));
    }

    /** A zone named whole between {@code from} and {@code to}, not inside a body's or firm's name. */
    private static boolean zoneNamedIn(AnalyzedDocument document, int from, int to) {
        return document.entities().mentions().stream().anyMatch(m -> m.type() == EntityType.ZONE && m.start() >= from && m.end() <= to
                && document.entities().mentions().stream().noneMatch(other -> other.type().isInstitution() && other.start() <= m.start() && other.end() >= m.end()));
    }

    private static boolean renames(AnalyzedDocument document, EntityMention bracketed) {
        return document.entities().mentions().stream().anyMatch(m -> m.end() == bracketed.start() - 1 && FigureSubjects.SUBJECT_TYPES.contains(m.type()));
    }

    /** 两年平均增长5.2% in 2023: a yearly rate over the years named, ending with the figure's year (2022/2023). */
    private static PeriodMention overTheYearsNamed(String left, PeriodMention period) {
        Matcher years = YEARS_AVERAGED.matcher(left);
        Integer count = years.find() ? YEAR_COUNTS.indexOf(years.group(1).charAt(0)) + 2 : null;
        if (count == null || period.from() == null || period.to() == null || period.from().getYear() != period.to().getYear()) {
            return period;
        }
        int last = period.to().getYear();
        return new PeriodMention(period.start(), period.end(), period.text(), (last - count + 1) + "/" + last,
                LocalDate.of(last - count + 1, 1, 1), LocalDate.of(last, 12, 31), period.kind());
    }

    /** The year a target in brackets is for: the last year aimed at before it (到2025年), else the one it is attributed. */
    private static PeriodMention targetYearBefore(AnalyzedDocument document, int offset, PeriodMention attributed) {
        LocalDate published = document.publishedAt() == null ? null : document.publishedAt().toLocalDate();
        if (attributed.from() != null && published != null && attributed.from().isAfter(published)) {
            return attributed;
        }
        PeriodMention aimed = null;
        for (PeriodMention period : document.periods()) {
            if (period.end() <= offset && period.kind() == PeriodKind.TARGET_YEAR) {
                aimed = period;
            }
        }
        return aimed != null ? aimed : attributed;
    }

    /** The period of the last ACTUAL figure found for the indicator, or null. */
    private static PeriodMention latestPeriodOf(List<Observation> found, String indicator) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Observation o = found.get(i);
            if (o.indicator().equals(indicator) && o.kind() == Observation.Kind.ACTUAL) {
                return new PeriodMention(o.start(), o.end(), o.periodLabel(), o.periodLabel(), o.periodFrom(), o.periodTo(), PeriodKind.YEAR);
            }
        }
        return null;
    }

    private static final Pattern TARGET_IN_BRACKETS = Pattern.compile("目标(?:值|任务)?[（(]$");
    private static final Pattern QUOTED_AIM = Pattern.compile("实现[“\"](?:[0-9]{4}年)?(?:达到|突破|超过|为)?$");
    private static final Pattern SET_BY_THE_PLAN = Pattern.compile("(?:低于|高于|超过|超出|达到|实现)了?(?:规划|纲要|计划)(?:提出|确定|设定|要求)的");
    private static final Pattern REACHED_OF_IT = Pattern.compile("\\s*[）)]的\\s*");

    private static final String YEAR_COUNTS = "两三四五";
    private static final Pattern YEARS_AVERAGED = Pattern.compile("([两三四五])年平均");

    /**
     * 到2027年…年均增长8%: a yearly rate to a plan's last year runs over the plan: a five-year plan the text names, else the
     * span of years its title names (三年行动方案（2025—2027年）: 2025/2027), else the longest span of years the text names ending
     * that year (not a stage of the plan, 2026—2027年为全面提升阶段, where a longer span is named).
     */
    private static PeriodMention planEndingIn(List<PeriodMention> periods, String title, LocalDate published, PeriodMention period) {
        if (period.from() == null || period.to() == null || period.from().getYear() != period.to().getYear()) {
            return period;
        }
        int last = period.to().getYear();
        java.util.function.Predicate<PeriodMention> endsThen = p -> p.to() != null && p.to().getYear() == last && p.from() != null && p.from().getYear() < last;
        // Lazily: the title is scanned only where the text names no five-year plan ending that year.
        return periods.stream().filter(p -> p.kind() == PeriodKind.FIVE_YEAR_PLAN && endsThen.test(p)).findFirst()
                .or(() -> title == null ? Optional.empty() : PeriodScanner.forDocument(published, null).scan(title, 0, title.length()).stream()
                        .filter(p -> p.kind() == PeriodKind.YEARS && endsThen.test(p)).findFirst()
                        .map(p -> new PeriodMention(period.start(), period.end(), period.text(), p.label(), p.from(), p.to(), PeriodKind.YEARS)))
                .or(() -> periods.stream().filter(p -> p.kind() == PeriodKind.YEARS && endsThen.test(p)).min(java.util.Comparator.comparing(PeriodMention::from)))
                .orElse(period);
    }

    static Set<String> flags(boolean periodInferred, boolean onThePeriodBefore) {
        Set<String> flags = new java.util.TreeSet<>();
        if (periodInferred) {
            flags.add("PERIOD_INFERRED");
        }
        if (onThePeriodBefore) {
            flags.add("ON_PREVIOUS_PERIOD");
        }
        return Set.copyOf(flags);
    }

    private static Double negated(Double value) {
        return value == null ? null : -value;
    }

    /** 由2020年的230亿元增长到: a figure a change starts from, followed by the change's verb. */
    private static boolean startsAChange(Quantity quantity, String text) {
        return CHANGE_FROM.matcher(text).region(quantity.end(), text.length()).lookingAt()
                && FROM_A_BASELINE.matcher(text.substring(Math.max(0, quantity.start() - 12), quantity.start())).matches();
    }

    private static final Pattern CHANGE_FROM = Pattern.compile("(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|回落|压缩|缩短|缩减|调整)(?:到|至|为)");

    /** The year named right before a change's starting figure (由2020年的…), a past whole year; else null. */
    private static PeriodMention baselineYear(List<PeriodMention> periods, String text, Quantity quantity) {
        for (PeriodMention period : periods) {
            if (period.kind() == PeriodKind.COMPARISON && period.end() + 1 == quantity.start() && text.charAt(period.end()) == '的'
                    && period.from() != null && period.to() != null && period.from().getDayOfYear() == 1 && period.to().getMonthValue() == 12) {
                return period;
            }
        }
        return null;
    }

    private static final Pattern SAME_PERIOD_LAST_YEAR = Pattern.compile("(?:去年|上年)同期的?" + ONCE + "$");

    /** 前三季度…由去年同期的8.2亿美元增长到: the period the figure's sentence speaks of, a year earlier; else null. */
    private static PeriodMention samePeriodAYearBefore(String text, Quantity quantity, PeriodAttribution periods) {
        if (!SAME_PERIOD_LAST_YEAR.matcher(text).region(Math.max(0, quantity.start() - 12), quantity.start()).find()) {
            return null;
        }
        PeriodAttribution.Attributed own = periods.periodAt(quantity.start());
        PeriodMention period = own == null ? null : own.period();
        if (period == null || period.year() == null) {
            return null;
        }
        LocalDate from = period.from().minusYears(1);
        LocalDate to = YearMonth.from(period.to()).minusYears(1).atEndOfMonth();
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        String label = from.getDayOfYear() == 1 && last.getMonthValue() == 12 ? String.valueOf(from.getYear())
                : PeriodMention.monthsLabel(first, last);
        return new PeriodMention(period.start(), period.end(), period.text(), label, from, to, PeriodKind.COMPARISON);
    }

    /** The colon ending the clause break right before {@code offset} (spaces aside) where the clause is only that, or -1. */
    private static int colonRightBefore(String text, int offset, int clauseStart) {
        int i = offset - 1;
        while (i >= clauseStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i == clauseStart - 1 && i > 0 && (text.charAt(i) == '：' || text.charAt(i) == ':') ? i : -1;
    }

    /** Whether a zone, place or firm opens the stretch of the sentence (after its time words) the figure ends. */
    private static boolean namedOpening(AnalyzedDocument document, int partStart, int offset) {
        String text = document.text();
        return document.entities().mentions().stream().anyMatch(m -> m.start() >= partStart && m.start() < offset
                && (m.type() == EntityType.ZONE || m.type() == EntityType.PLACE || m.type() == EntityType.COMPANY)
                && text.substring(partStart, m.start()).matches("[\\s，,；;：:其中]*"));
    }

    /** Whether a count comes before the figure in its clause (有5家经开区进入前30名). */
    private static boolean countedEarlierInClause(List<Quantity> quantities, Quantity quantity, String text) {
        int clauseStart = quantity.start();
        while (clauseStart > 0 && "，,。；;：:".indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        for (Quantity earlier : quantities) {
            if (earlier.start() >= clauseStart && earlier.end() <= quantity.start() && earlier.kind() == QuantityKind.AMOUNT) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure that is a value, not a determiner or a duration: 两个大幅提升 and 三年翻一番 name no level. The figure
     * must end its phrase (a delimiter or the end follows) and not count years.
     */
    private static boolean standsAlone(Quantity quantity, String text) {
        // 3年, 6个月, 成立75周年: a span of time or an anniversary is no figure of the economy.
        if ("年".equals(quantity.unitText()) || "个月".equals(quantity.unitText()) || "周年".equals(quantity.unitText())) {
            return false;
        }
        // 3216亿元和1187亿元: a joiner with another figure after it ends the phrase too.
        boolean joined = quantity.end() + 1 < text.length() && "和及与".indexOf(text.charAt(quantity.end())) >= 0
                && (Character.isDigit(text.charAt(quantity.end() + 1)) || "近约超逾".indexOf(text.charAt(quantity.end() + 1)) >= 0);
        // 186亿元人民币: the currency named after its unit.
        boolean currencyNamed = text.startsWith("人民币", quantity.end()) || text.startsWith("美元", quantity.end()) && "元".equals(quantity.unitText());
        return quantity.end() >= text.length() || Character.UnicodeScript.of(text.codePointAt(quantity.end())) != Character.UnicodeScript.HAN
                || quantity.kind() != QuantityKind.AMOUNT || joined || currencyNamed || investedIn(quantity, text);
    }

    /** 地址：, 地　　址：, 住所：, 项目地点：: the label of a line that says where a party or a site is, up to another label or a column's spaces. */
    private static final Pattern ADDRESS_LABEL = Pattern.compile("^[\\s\u3000]*\\p{IsHan}{0,6}?(?:地[\\s\u3000]*址|住[\\s\u3000]*所|住[\\s\u3000]*址|地[\\s\u3000]*点)[\\s\u3000]*[：:]"
            + "(?:(?![\\s\u3000]{2})[^，,；;。：:])*$");
    private static final int MAX_ADDRESS_LINE = 80;

    /**
     * 地址：南京市江宁区苏源大道66号智汇园3栋: the buildings and floors of an address are no figures (but 地点：…区，总投资5亿元 is one);
     * nor is a building's number before its entrance or flat (荔湾苑3栋1单元1501).
     */
    private static boolean inAnAddress(Quantity quantity, String text) {
        int lineStart = text.lastIndexOf('\n', quantity.start() - 1) + 1;
        boolean flatAfter = BUILDINGS.contains(quantity.unitText()) && FLAT_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt();
        return flatAfter || quantity.start() - lineStart <= MAX_ADDRESS_LINE && ADDRESS_LABEL.matcher(text).region(lineStart, quantity.start()).matches();
    }

    private static final Set<String> BUILDINGS = Set.of("栋", "幢", "座", "号楼");
    /** 1单元, 1501室, 1501 before a gap or a mark: an entrance or a flat after a building's number (not 6层, 1200套). */
    private static final Pattern FLAT_AFTER = Pattern.compile("[0-9０-９]{1,2}单元|[0-9０-９]{3,4}(?:室|房|号|(?=[\\s\u3000，,；;。、]|$))");

    /** 投资12亿欧元建设新能源材料基地: money put into what the verb after it builds is a figure, though words follow it. */
    private static boolean investedIn(Quantity quantity, String text) {
        // Not the money of what a relative clause names (投资100亿欧元建设的一体化基地已全面投产).
        return money(quantity) && INVESTING.matcher(text).region(Math.max(0, quantity.start() - INVESTING_REACH), quantity.start()).find()
                && BUILDING_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt()
                && !RELATIVE_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt();
    }

    /**
     * A figure in the part of a sentence (up to a ；) that opens a clause with 对…的 (对符合条件的高层次人才…的，对新引进的…):
     * inside the condition (对上年度研发费用加计扣除额超过1000万元的企业), or after it where the policy grants or reckons
     * (给予, 按…的30%, 最高, 奖励, 补贴).
     */
    private static boolean termOfAPolicy(String text, Sentence sentence, Quantity quantity) {
        Matcher condition = POLICY_CONDITION.matcher(text).region(sentence.partStartBefore(text, quantity.start()), quantity.start())
                .useTransparentBounds(true);
        while (condition.find()) {
            int conditionEnd = text.indexOf('的', condition.end());
            int clauseEnd = firstClauseBreak(text, condition.end(), sentence.end());
            boolean inside = conditionEnd >= 0 && conditionEnd < clauseEnd && quantity.end() <= conditionEnd + 1;
            if (inside || conditionEnd >= 0 && conditionEnd < quantity.start() && GRANTING.matcher(text).region(conditionEnd, quantity.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a clause sets or states as a term rather than measures: a distance to somewhere (距南京禄口国际机场95公里), a
     * lawsuit's claims and costs (判令…支付…1,286,540.00元, 案件受理费17,465元), a procedure's days (公示5个工作日,
     * 自本公示发布之日起10个工作日), a condition (加工增值超过30%的货物, 首次达到1亿元、5亿元的，), a tax rate
     * (15%企业所得税), a cap on what a policy grants (奖补资金总额原则上不超过1000万元) and a rating's definition
     * (相对同期指数涨幅在15%以上).
     */
    private static boolean aTermNoFigure(String text, int clauseStart, int partStart, Quantity quantity) {
        String before = text.substring(clauseStart, quantity.start());
        String withItsBound = before + quantity.text(); // 超过 may be read as the figure's qualifier
        return "m".equals(quantity.unit()) && DISTANCE_TO.matcher(before).find()
                || money(quantity) && LITIGATION.matcher(before).find()
                || "day".equals(quantity.unit()) && (PROCEDURE.matcher(before).find() || windowsDaysInBrackets(text, quantity))
                || THRESHOLD.matcher(withItsBound).find() && CONDITION_AFTER.matcher(text).region(quantity.end(), Math.min(text.length(), quantity.end() + 24)).lookingAt()
                || "%".equals(quantity.unit()) && TAX_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt()
                || money(quantity) && CAP_OF_A_GRANT.matcher(text).region(partStart, quantity.end()).find()
                || RATING_DEFINITION.matcher(before).find()
                || "%".equals(quantity.unit()) && RATE_OF_A_GRANT.matcher(text).region(quantity.end(), text.length()).lookingAt()
                || before.endsWith("一式") || IN_PRINCIPLE.matcher(withItsBound).find()
                || countOfAListUnderItsHeading(text, quantity)
                || underATermsHeading(text, quantity.start());
    }

    /** 每个市推荐新申报基地原则上不超过2家: a quota a rule sets. */
    private static final Pattern IN_PRINCIPLE = Pattern.compile("原则上(?:不超过|不少于|不低于|不得超过|不高于)[^，,。；;]*$");

    /**
     * The industry a heading names right before the sentence at {@code sentenceStart}, on its line, where the sentence has no
     * subject of its own; else null (not a work report's heading of a task: （三）做大做强文旅康养产业。全年接待游客…).
     */
    private static String industryHeadingBefore(String text, int sentenceStart) {
        int lineStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
        if (sentenceStart - lineStart < 5 || !NO_SUBJECT.matcher(text).region(sentenceStart, text.length()).lookingAt()) {
            return null;
        }
        Matcher heading = INDUSTRY_HEADING.matcher(text).region(lineStart, sentenceStart);
        return heading.matches() ? heading.group(1) : null;
    }

    /** 按实际租金的30%给予补贴, 按投资额的5%给予补助: the rate a grant is paid at. */
    private static final Pattern RATE_OF_A_GRANT = Pattern.compile("[^，,。；;]{0,6}?(?:给予|予以)(?:一次性)?(?:奖励|补贴|补助|资助|奖补|支持)");

    /**
     * 二、申报条件 / 营业收入不低于1亿元: a notice's section setting out who may apply holds terms, no figures of anyone.
     */
    private static boolean underATermsHeading(String text, int offset) {
        // Most texts set out no terms: only they are read back, line by line, to the heading above.
        if (text.indexOf("条件") < 0 && text.indexOf("对象") < 0 && text.indexOf("范围") < 0) {
            return false;
        }
        for (int lineEnd = text.lastIndexOf('\n', offset); lineEnd > 0; lineEnd = text.lastIndexOf('\n', lineEnd - 1)) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            Matcher heading = SECTION_HEADING.matcher(text).region(lineStart, lineEnd);
            if (heading.matches()) {
                return TERMS_HEADING.matcher(heading.group(1)).matches();
            }
        }
        return false;
    }

    private static final Pattern SECTION_HEADING = Pattern.compile("[ 　]*[一二三四五六七八九十]{1,3}、([^\\n]*)");
    /** Not 支持政策 or 扶持标准, which may say how many were granted so far (截至2025年底，全区已累计认定…56家). */
    private static final Pattern TERMS_HEADING = Pattern.compile("(?:申报|认定|评选|推荐|申请|参评|评审)(?:条件|对象|范围)[：:]?");

    /**
     * 一、先进集体（20个）, 一等奖（3个）：周营镇、…: a count in brackets closing an honours list's heading, alone on its line or
     * before the list's colon, is how many the list under or after it names, no figure.
     */
    private static boolean countOfAListUnderItsHeading(String text, Quantity quantity) {
        if (quantity.start() == 0 || "（(".indexOf(text.charAt(quantity.start() - 1)) < 0 || quantity.end() >= text.length()
                || "）)".indexOf(text.charAt(quantity.end())) < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', quantity.start() - 1) + 1;
        int after = quantity.end() + 1;
        boolean closesTheHeading = after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '：' || text.charAt(after) == ':';
        return closesTheHeading && LIST_HEADING.matcher(text.substring(lineStart, quantity.start() - 1)).matches();
    }

    /**
     * An honours list's heading, maybe numbered: no clause marks, no figures, and ending in what is honoured (not 新签约亿元以上项目,
     * whose count is the zone's figure).
     */
    private static final Pattern LIST_HEADING = Pattern.compile("(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、])?\\p{IsHan}{0,20}"
            + "(?:先进集体|先进个人|先进单位|先进工作者|[特一二三]等奖|优秀奖|贡献企业|标兵|模范)");

    /** 公示时间：2024年12月3日至12月9日（5个工作日）: the days in brackets on a line its label says is a procedure's window. */
    private static boolean windowsDaysInBrackets(String text, Quantity quantity) {
        if (quantity.start() == 0 || "（(".indexOf(text.charAt(quantity.start() - 1)) < 0) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', quantity.start() - 1) + 1;
        int colon = text.indexOf('：', lineStart);
        return colon > lineStart && colon < quantity.start() && PROCEDURE.matcher(text.substring(lineStart, colon)).find();
    }

    private static final Pattern DISTANCE_TO = Pattern.compile("(?:^|[^\\p{IsHan}]|[位于仅约])(?:距|距离|离)\\p{IsHan}[^，,。；;]{0,20}$");
    private static final Pattern JUDGMENT = Pattern.compile("判决书|裁定书|调解书|裁决书");
    private static final Pattern LITIGATION = Pattern.compile("判令|诉讼请求|案件受理费|保全费|违约金|本案");
    private static final Pattern PROCEDURE = Pattern.compile("公示|之日起|异议期|报名时间");
    private static final Pattern THRESHOLD = Pattern.compile("超过|达到|不低于|不少于|高于|低于|首次");
    /** 1亿元、5亿元、10亿元的，, 30%的货物, 100亿元以上的企业: the figure ends a condition a 的 closes. */
    private static final Pattern CONDITION_AFTER = Pattern.compile("(?:[、及和或至到0-9.%万亿元以上下及（）()个家项]{0,20})的(?:[，,]|货物|企业|项目|部分|产品|商品)");
    private static final Pattern TAX_AFTER = Pattern.compile("的?(?:企业)?(?:所得税|税率|关税|增值税)");
    /** 奖补资金总额原则上不超过1000万元, and 给予奖励，年度最高不超过1000万元 (the grant in the clause before the cap). */
    private static final Pattern CAP_OF_A_GRANT = Pattern.compile("(?:奖补|奖励|补贴|补助|资助|扶持)(?:[^，,。；;]{0,16}(?:不超过|最高(?!达|为|获)|上限)"
            + "|[^，,。；;]{0,16}[，,][^，,。；;]{0,10}(?:不超过|上限))");
    private static final Pattern RATING_DEFINITION = Pattern.compile("相对于?(?:同期)?[^，,。；;]{0,8}指数");

    static int firstClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，,。；;".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }

    /** 对 opening a clause, before its condition. */
    private static final Pattern POLICY_CONDITION = Pattern.compile("(?<=^|[，,：:。；;！？\\s])对(?=[^，,。；;]{2,40}的)");
    /** 公司营业收入 (not 企业所得税, 企业数量: the firms of a place). */
    private static final Pattern THE_FIRM_FIRST = Pattern.compile("^(?:该|本)?(?:公司|集团)(?=\\p{IsHan}{2})");
    private static final Pattern BRIBERY = Pattern.compile("收受[^，,。；;]{0,12}(?:财物|礼金|贿赂|购物卡)|受贿|索贿|行贿|贪污|侵吞|挪用公款");
    private static final Pattern GRANTING = Pattern.compile("给予|予以|按[^，,。；;]{1,16}的|最高|奖励|补贴|补助|资助|贴息|奖补");

    /** A firm the text names, or one whose report it is (a title's 津航精密科技股份有限公司 is no mention of the text). */
    private static boolean aCompany(AnalyzedDocument document, String subject) {
        return subject.endsWith("公司") || subject.endsWith("集团")
                || document.entities().mentions().stream().anyMatch(m -> m.type() == EntityType.COMPANY && m.canonical().equals(subject));
    }

    private static boolean money(Quantity quantity) {
        UnitCatalog.ScaledUnit unit = quantity.unitText() == null ? null : UnitCatalog.standard().parse(quantity.unitText());
        return quantity.kind() == QuantityKind.AMOUNT && unit != null && unit.unit().dimension() == Dimension.CURRENCY;
    }

    /**
     * 获得12.3亿元专项债券资金, 下达补助资金3.2亿元 (the first form): money a verb brings in or hands out, named by the kind of
     * money after it; null for any other figure. Not what a policy offers (给予最高500万元创业资助).
     */
    private static String fundsNamedAfter(Quantity quantity, String text) {
        if (!money(quantity) || !FUNDING_VERB.matcher(text).region(Math.max(0, quantity.start() - INVESTING_REACH), quantity.start()).find()) {
            return null;
        }
        Matcher funds = FUNDS_AFTER.matcher(text).region(quantity.end(), text.length());
        return funds.lookingAt() ? funds.group(1) : null;
    }

    private static final Pattern FUNDING_VERB = Pattern.compile("(?:获得|争取到?|安排|下达|拨付|发放|投放|落实|筹集|募集|发行)了?$");
    private static final Pattern FUNDS_AFTER = Pattern.compile("(\\p{IsHan}{0,8}?(?:资金|债券|贷款|授信|补助|补贴|奖补|基金|额度|融资))(?=[，,。；;、）)]|用于|支持|$)");

    private static final int INVESTING_REACH = 6;
    private static final Pattern RELATIVE_AFTER = Pattern.compile("[^，,。；;]{0,14}?的");
    private static final Pattern INVESTING = Pattern.compile("(?:投资|投入|出资)(?:约|近|超过|超|逾|达)?$");
    private static final Pattern BUILDING_AFTER = Pattern.compile("(?:人民币)?(?:用于|建设|新建|扩建|兴建|建成|打造|实施|布局|购置|设立|改造|升级)");

    /**
     * 引进10个重大项目, 新增12家规模以上工业企业, 设置10个“二线口岸”: a count between a verb of bringing in or setting up and the
     * noun it counts names the verb and the noun (引进重大项目); null for any other figure, and where a verb follows the noun
     * (新增4家企业获评…, 12家企业入驻: the count is of a clause's subject).
     */
    private static String countedAfter(Quantity quantity, AnalyzedDocument document) {
        if (quantity.kind() != QuantityKind.AMOUNT || quantity.unitText() == null || !COUNT_CLASSIFIERS.contains(quantity.unitText())) {
            return null;
        }
        String text = document.text();
        Matcher verb = COUNTING_VERB.matcher(text).region(Math.max(0, quantity.start() - 6), quantity.start());
        if (!verb.find()) {
            return null;
        }
        Matcher noun = COUNTED_NOUN.matcher(text).region(quantity.end(), text.length());
        String counting = HAVING.contains(verb.group(1)) ? "" : verb.group(1);
        return noun.lookingAt() && !verbWithin(document.tokens(), noun.start(1), noun.end(1)) ? counting + noun.group(1).replaceAll("[“”\"]", "") : null;
    }

    /** Whether a verb (not a verbal noun) starts within [from, to) of the text; tokens are in text order. */
    private static boolean verbWithin(List<Token> tokens, int from, int to) {
        for (int i = firstStartingAtOrAfter(tokens, Token::start, from); i < tokens.size() && tokens.get(i).start() < to; i++) {
            if (tokens.get(i).pos().startsWith("v") && !tokens.get(i).pos().equals("vn")) {
                return true;
            }
        }
        return false;
    }

    /** 增长2.1倍 is 210%: per cent in one time. */
    private static final double PER_CENT_IN_A_TIME = 100;
    private static final String PERCENT = "%";
    /** 增长2.1倍, 增加了近两倍, 提高超过1倍: a growth said in times, the figure right after the verb. */
    private static final Pattern GROWN_BY_TIMES = Pattern.compile("(?:增长|增加|提高|提升|上升|扩大)了?(?:近|超过?|约|逾|达)?$");
    private static final Pattern BASE_OF_A_MULTIPLE = Pattern.compile("(?:是|为|相当于|达到)[^，,；;]{0,10}?的");
    private static final Pattern A_WHOLE = Pattern.compile("全国|全省|全市|全区|平均");

    private static final Set<String> COUNT_CLASSIFIERS = Set.of("个", "家", "项", "所", "座", "条", "批", "户");
    private static final Pattern COUNTING_VERB = Pattern.compile(
            "(引进|新引进|新增|培育|设立|新设|设置|建成|新建|签约|落地|开工|新开工|竣工|投产|认定|获批|集聚|聚集|招引|引育|拥有|新认定|(?<![没具])有)了?$");
    /** 有27家国家级经开区, 拥有…: having says nothing of what is counted, unlike 新增 or 引进. */
    private static final Set<String> HAVING = Set.of("有", "拥有");
    /** The noun counted, up to where the phrase ends (punctuation, or 等 of a list). */
    private static final Pattern COUNTED_NOUN = Pattern.compile("(“?[\\p{IsHan}“”]{2,14}?”?)(?=[，,。；;、：:！!？?]|等|$)");

    private static Observation.Measure measure(Quantity quantity, String left) {
        return switch (quantity.kind()) {
            case RANK -> Observation.Measure.RANK;
            // 同比增长2.1倍: grown by 210% (to 3.1 times), not a multiple.
            case MULTIPLE -> GROWN_BY_TIMES.matcher(left.strip()).find() ? Observation.Measure.GROWTH : Observation.Measure.MULTIPLE;
            case PERCENTAGE_POINTS -> Observation.Measure.CHANGE;
            case PERCENT -> left.contains("年均") || YEARS_AVERAGED.matcher(left).find() ? Observation.Measure.CAGR
                    : GROWTH_WORDS.matcher(left.strip()).find() ? Observation.Measure.GROWTH : Observation.Measure.LEVEL;
            default -> Observation.Measure.LEVEL;
        };
    }

    /** The words of the clause before the figure, without the periods and places in it, leading function words and trailing verbs. */
    private static String indicatorName(String left, AnalyzedDocument document, int from, int to) {
        return indicatorName(left, document, from, to, false);
    }

    /** The index of the first item starting at or after {@code offset} in a list in start order (its size when none does). */
    private static <T> int firstStartingAtOrAfter(List<T> items, java.util.function.ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (start.applyAsInt(items.get(middle)) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** 江苏占9家, 浙江有4家: one place or zone opens the clause, and only a verb of holding stands between it and the figure. */
    private static boolean aPlaceHolds(AnalyzedDocument document, int clauseStart, int offset) {
        String text = document.text();
        int opening = clauseStart;
        while (opening < offset && Character.isWhitespace(text.charAt(opening))) {
            opening++;
        }
        List<EntityMention> within = mentionsWithin(document.entities().mentions(), opening, offset);
        return !within.isEmpty() && within.get(0).start() == opening && (within.get(0).type() == EntityType.PLACE || within.get(0).type() == EntityType.ZONE)
                && HOLDS.matcher(text).region(within.stream().mapToInt(EntityMention::end).max().getAsInt(), offset).matches();
    }

    private static final Pattern HOLDS = Pattern.compile("(?:占|有|拥有)");
    /** 在前30名的国家级经开区中，: a clause naming the set the clauses after it count in. */
    private static final Pattern SET_FRAME = Pattern.compile("(?<=^|[，,。；;\\s])([^，,。；;]{4,40}?)(?:中|里)[，,]");

    /** The mentions lying wholly inside [from, to); the document's mentions are in start order. */
    static List<EntityMention> mentionsWithin(List<EntityMention> mentions, int from, int to) {
        List<EntityMention> within = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(mentions, EntityMention::start, from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            if (mentions.get(i).end() <= to) {
                within.add(mentions.get(i));
            }
        }
        return within;
    }

    /** Whether [from, to) holds nothing but the periods cut so far, spaces and commas. */
    private static boolean onlyPeriodsBetween(String text, List<int[]> cuts, int from, int to) {
        for (int i = from; i < to; i++) {
            int at = i;
            boolean cut = cuts.stream().anyMatch(c -> c[0] <= at && at < c[1]);
            if (!cut && !Character.isWhitespace(text.charAt(i)) && "，,".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The same, keeping the 、 between listed items when {@code keepListMarks}. */
    private static String indicatorName(String left, AnalyzedDocument document, int from, int to, boolean keepListMarks) {
        StringBuilder name = new StringBuilder(left);
        List<int[]> cuts = new ArrayList<>();
        document.periods().stream().filter(p -> p.start() >= from && p.end() <= to).forEach(p -> cuts.add(new int[]{p.start(), p.end()}));
        // Only the mentions inside the name are read, as it is built for every figure of a document naming thousands.
        List<EntityMention> within = mentionsWithin(document.entities().mentions(), from, to);
        // 青岛港货物吞吐量: a place before 港 names the port, and stays in the indicator's name; so do both of 宁波舟山港 (but not
        // a place named inside the port's own mention, 青岛 of 青岛港: the port is the subject).
        Set<Integer> portNamesStart = within.stream().filter(m -> m.type() == EntityType.PLACE
                && document.text().startsWith("港", m.end()) && !document.text().startsWith("港口", m.end())
                && within.stream().noneMatch(port -> port.type() == EntityType.PLACE && port.start() <= m.start() && port.end() > m.end()))
                .map(EntityMention::start).collect(java.util.stream.Collectors.toSet());
        within.stream().filter(m -> FigureSubjects.SUBJECT_TYPES.contains(m.type())
                        && !(m.type() == EntityType.PLACE && (portNamesStart.contains(m.start()) || portNamesStart.contains(m.end())))
                        && !(m.type() == EntityType.PLACE && FigureSubjects.partner(document.text(), m))
                        // 丁栾、满村、樊相等镇发展…基地: so do townships counted in a list of their kind.
                        && !FigureSubjects.countedTownship(document.text(), m)
                        // 特斯拉上海超级工厂交付: so does the place a firm's plant is named after.
                        && !FigureSubjects.siteOfAFacility(document.text(), m)
                        // 中欧班列（成渝）: a place alone in brackets stays in the name, unless it renames the one before it
                        // (广州开发区（黄埔区）); a list in brackets leaves it.
                        && !(FigureSubjects.bracketed(document.text(), m) && "）)".indexOf(document.text().charAt(m.end())) >= 0
                                && "（(".indexOf(document.text().charAt(m.start() - 1)) >= 0 && !renames(document, m)))
                // 德国企业在江北新区累计投资: the 在 that placed the zone goes with it.
                .forEach(m -> cuts.add(new int[]{m.start() > from && document.text().charAt(m.start() - 1) == '在' ? m.start() - 1 : m.start(), m.end()}));
        String text = document.text();
        // 洋浦力争实现地区生产总值: a place no mention covered (one two zones of the document are named after) right before
        // an aim is the clause's subject.
        List<Token> tokens = document.tokens();
        for (int i = firstStartingAtOrAfter(tokens, Token::start, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            if (tokens.get(i).posStartsWith("ns") && AIM.matcher(text).region(tokens.get(i).end(), to).lookingAt()) {
                cuts.add(new int[]{tokens.get(i).start(), tokens.get(i).end()});
            }
        }
        // 今年以来洋浦海关共监管…国际船舶: a body opening the name is who does what is counted.
        for (EntityMention m : within) {
            if (m.type() == EntityType.GOVERNMENT && m.end() < to && onlyPeriodsBetween(text, cuts, from, m.start())) {
                cuts.add(new int[]{m.start(), m.end()});
            }
        }
        // 长安汽车、赛力斯、理想汽车等整车企业产量: firms given as examples, with their 、 and 等, name nothing measured
        // (光伏 of 绿色铝、光伏、新能源电池产业产值 is an industry in a list of industries, no example).
        boolean[] firmOrMark = new boolean[Math.max(0, to - from)];
        for (EntityMention m : within) {
            if (m.type() == EntityType.COMPANY || m.type() == EntityType.ORGANIZATION) {
                java.util.Arrays.fill(firmOrMark, m.start() - from, m.end() - from, true);
            }
        }
        int examplesEnd = -1;
        for (int i = 0; i < firmOrMark.length && (firmOrMark[i] || text.charAt(from + i) == '、'); i++) {
            examplesEnd = i + 1 < firmOrMark.length && text.charAt(from + i + 1) == '等' && firmOrMark[i] ? from + i + 2 : examplesEnd;
        }
        if (examplesEnd > 0) {
            cuts.add(new int[]{from, examplesEnd});
        }
        for (EntityMention m : within) {
            // 南京综合保税区（江北片区）进出口额, 宁波保税区（出口加工区）: the area of the zone in brackets goes with the zone.
            Matcher area = m.type() == EntityType.ZONE && m.end() < to ? AREA_IN_BRACKETS.matcher(text).region(m.end(), to) : null;
            if (area != null && area.lookingAt()) {
                cuts.add(new int[]{m.start(), area.end()});
            }
        }
        // 特斯拉（Tesla）上海超级工厂第三季度（Q3）: a Latin name or abbreviation in brackets restates the words before it.
        Matcher latin = LATIN_IN_BRACKETS.matcher(text).region(from, to);
        while (latin.find()) {
            cuts.add(new int[]{latin.start(), latin.end()});
        }
        // Whole names only, once: 中国（浙江）自由贸易试验区宁波片区 goes with the 浙江 and the shorter zone inside it.
        cuts.sort(Comparator.comparingInt((int[] cut) -> cut[0]).thenComparingInt(cut -> -cut[1]));
        List<int[]> outer = new ArrayList<>();
        for (int[] cut : cuts) {
            if (outer.isEmpty() || cut[0] >= outer.get(outer.size() - 1)[1]) {
                outer.add(cut);
            } else {
                outer.get(outer.size() - 1)[1] = Math.max(outer.get(outer.size() - 1)[1], cut[1]);
            }
        }
        for (int i = outer.size() - 1; i >= 0; i--) {
            // Clamped: a caller passing a name shorter than [from, to) must not lose the document to an exception.
            int start = Math.max(0, Math.min(name.length(), outer.get(i)[0] - from));
            name.delete(start, Math.max(start, Math.min(name.length(), outer.get(i)[1] - from)));
        }
        // （二）实际使用外资, 三、中标金额: a list item's number is no part of the name; nor is a list in brackets (全省7个综合保税区（南昌…、
        // 赣州…）), whatever of it no mention covered.
        // ✅地区生产总值, 【招商引资】新签约项目: a line's decoration and its section's head are no part of the name either.
        // 【进出口总额】6218.4亿元, 【跨境电商】交易额: a head with nothing or only a measure after it is the label, or its first part.
        String plain = DECORATION.matcher(name.toString()).replaceAll("");
        Matcher head = SECTION_HEAD.matcher(plain);
        String undecorated = !head.matches() ? plain : head.group(2).length() <= MEASURE_ALONE || head.group(2).startsWith("业务")
                ? head.group(1) + head.group(2) : head.group(2);
        String cleaned = TRAILING_MINUS.matcher(BRACKETED_LIST.matcher(DEFINED_AS.matcher(undecorated).replaceAll("").replaceFirst(LIST_ITEM_NUMBER, ""))
                .replaceAll("").replaceAll(keepListMarks ? "[\\s“”\"'（）()]" : "[\\s“”\"'（）()、]", "")).replaceFirst("");
        // 比上年增长 less its period: what is left of the comparison names nothing; nor does the frame of a change.
        cleaned = FROM_FIGURE.matcher(COMPARED_WITH.matcher(cleaned).replaceFirst("")).replaceFirst("");
        // 固定资产投资比上年下降: the comparison's 比 left behind by its period, before the change.
        cleaned = COMPARED_WITH_AFTER_A_NAME.matcher(cleaned).replaceFirst("");
        // 开发区实现营业收入, 片区新增企业: a zone word opening the clause refers back to the subject; not 全市高新区营业收入
        // (part of the city) or 保税区域 (another word).
        // Nor after a place, where it names a kind of zone (浙江高新区研发投入强度).
        boolean kindAfterAPlace = within.stream().anyMatch(m -> m.type() == EntityType.PLACE && ZONE_WORD_FIRST.matcher(text).region(m.end(), to).lookingAt());
        cleaned = TARGET_VERB_FIRST.matcher(cleaned).replaceFirst("");
        if (!kindAfterAPlace) {
            cleaned = TARGET_VERB_FIRST.matcher(ZONE_WORD_FIRST.matcher(cleaned).replaceFirst("")).replaceFirst("");
        }
        String previous;
        do {
            previous = cleaned;
            cleaned = TRAILING_NOISE.matcher(LEADING_NOISE.matcher(cleaned).replaceAll("")).replaceAll("");
            // 7个综合保税区合计实现进出口总值: the count of the parts summed, the summing and the light verb name nothing.
            cleaned = LIGHT_VERB_INSIDE.matcher(COUNT_OF_PARTS_FIRST.matcher(AREAS_COUNTED_FIRST.matcher(cleaned).replaceFirst("")).replaceFirst("")).replaceAll("");
        } while (!cleaned.equals(previous));
        return cleaned;
    }

    /**
     * TARGET for a target or vision year, a period after publication, the whole year of a publication in its first half
     * (2025年，全市地区生产总值增长5%以上 in January), and target wording or the plan section of a work report about a
     * period not yet past (a review's 今年的主要预期目标是… after 过去一年 is one); a past year is an actual whatever is
     * said of it (预计2023年增长4.5%左右 in January 2024 is an estimate of what happened, 去年增长5.2% in a plan).
     */
    /** The clause a figure stands in, from the break before it to the break after it, with a clause giving its growth after it (，同比增长18.3%). */
    private static String ownClause(String text, Sentence sentence, Quantity quantity) {
        int end = firstClauseBreak(text, quantity.end(), sentence.end());
        if (end < sentence.end() && GROWTH_CLAUSE.matcher(text).region(end + 1, sentence.end()).lookingAt()) {
            end = firstClauseBreak(text, end + 1, sentence.end());
        }
        return text.substring(sentence.clauseStartBefore(text, quantity.start()), end);
    }

    private static final Pattern GROWTH_CLAUSE = Pattern.compile("(?:同比|比上年|较上年)");

    static Observation.Kind kind(String before, String ownClause, String sentence, PeriodMention period, AnalyzedDocument document,
                                         SectionContext.Section section) {
        if (period.kind() == PeriodKind.TARGET_YEAR || period.kind() == PeriodKind.VISION || PeriodScanner.yearsAhead(period)) {
            return Observation.Kind.TARGET;
        }
        LocalDate published = document.publishedAt() == null ? null : document.publishedAt().toLocalDate();
        boolean future = published != null && period.from() != null && period.from().isAfter(published);
        boolean past = published != null && period.to() != null && period.to().isBefore(published.withDayOfYear(1));
        // Not what the sentence says was done already (2月26日，青岛市成功发行新增专项债券128.6亿元), nor a zone's extent
        // (扩区后实施范围179.52平方公里, 同意设立淮安综合保税区，规划面积0.93平方公里 in a 批复 of the year: set, not aimed at).
        // Nor what is reported against the year before (封关首月，全省新增经营主体5.82万户，同比增长18.3%; 据海关统计): a result.
        boolean reported = REPORTED.matcher(ownClause).find() && !DIRECTION.matcher(sentence).find();
        boolean yearAhead = !EXTENT_BEFORE.matcher(before).find() && !reported && published != null && published.getMonthValue() <= 6 && published.withDayOfYear(1).equals(period.from())
                && period.to() != null && period.to().getMonthValue() == 12 && period.to().getYear() == published.getYear()
                && !DONE_ALREADY.matcher(before).find();
        // 自2017年挂牌以来累计…: what has been done to date is done, in a plan's 总体要求 too, unless its own clause sets a target
        // (…以来…提高到1.9%，低于规划目标值2.5%).
        String clause = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
        boolean toDate = period.kind() == PeriodKind.SINCE && !TARGET_WORDS.matcher(clause).find();
        boolean target = future || yearAhead
                || !past && !toDate && (section == SectionContext.Section.PLAN || TARGET_WORDS.matcher(COMPLETED.matcher(before).replaceAll("")).find());
        return target ? Observation.Kind.TARGET : Observation.Kind.ACTUAL;
    }

    private static final Set<PeriodKind> SPANS_OF_YEARS = java.util.EnumSet.of(PeriodKind.FIVE_YEAR_PLAN, PeriodKind.YEARS, PeriodKind.RECENT_YEARS, PeriodKind.CUMULATIVE);
    private static final Pattern CUMULATIVE_WORDS = Pattern.compile("累计|合计|总计|共计|新增|平均|年均");
    /** 由2020年的2300亿元增长到, 从1621家增加至: where a level went from and to. */
    private static final Pattern FROM_TO = Pattern.compile("[由从][^，,；;]{1,30}(?:到|至)$");
    /** 会议明确, 要求, 按照年度工作安排, 下一步: a sentence setting a direction, whose 同比 is aimed at too. */
    private static final Pattern DIRECTION = Pattern.compile("明确|要求|安排|下一步|任务|有望|保持在|推动|力争|确保|计划|目标|预期|将");
    private static final Pattern PERIOD_WORD_ALONE = Pattern.compile("当月|单月|当季|单季");
    private static final Pattern DRIVING_GROWTH = Pattern.compile("拉动[\\p{IsHan}A-Za-z]"); // not 带动就业, an indicator of its own
    private static final Pattern REPORTED = Pattern.compile("同比|比上年同期|较上年同期|据[^，,。；;]{1,12}统计");
    private static final Pattern EXTENT_BEFORE = Pattern.compile("(?:(?:规划|围网|管辖|辖区|占地|陆域|海域|总)面积|实施范围)(?:为|约|达|共)?$");
    private static final Pattern DONE_ALREADY = Pattern.compile("(?:成功|顺利|已经?|正式)(?:发行|下达|签约|签订|完成|落地|开工|投产|举办|召开|获批|揭牌)|中标(?:金额|价)");

    private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    private static boolean insideTable(Quantity quantity, List<PlanTable> tables) {
        return tables.stream().anyMatch(table -> quantity.start() >= table.start() && quantity.end() <= table.end());
    }
}
