package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.number.UnitCatalog;
import io.zonelens.ingest.extraction.period.PeriodAttribution;
import io.zonelens.ingest.extraction.period.PeriodMention;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables a page flattened to one row per line, cells apart by spaces or |: a header of labels, then rows of a label and
 * figures (a statistics bulletin's 附表, a zone's monthly table).
 * <pre>
 * 地区 地区生产总值 比上年增长          指标名称 单位 1-6月 同比增长（%）
 * 全市 30355.73 4.6                    地区生产总值 亿元 1621.3 4.1
 * 天河区 6601.24 4.4                   外贸进出口总额 亿元 1358.4 -6.5
 * </pre>
 * A row is a subject (a place, zone or scope word) when the first header names places (地区, 区域 …); otherwise it is an
 * indicator of the document's subject. A column headed by a change (比上年增长, 同比增长) is the growth of the figure
 * before it; a 单位 column or a unit in a header's brackets gives the unit; a period in a header is its column's,
 * else the table's is the one its title names or the text gives where it stands.
 */
final class RowTables {

    /** What parts the cells of a table row pasted as one line: spaces, tabs, | or its full-width ｜. */
    static final Pattern CELL_BREAK = Pattern.compile("\\s*[|｜]\\s*|[ \\t\\u3000]+");
    /** -6.5, +27.4%: a figure, with its sign. */
    private static final Pattern NUMBER = Pattern.compile("[-－−+＋]?[0-9]+(?:\\.[0-9]+)?%?");
    /** A figure with a note of its unit in brackets: -0.4（百分点） in a column of growth rates. */
    private static final Pattern NOTED_NUMBER = Pattern.compile("(" + NUMBER.pattern() + ")[（(]([^（）()0-9]{1,6})[）)]");
    /** 二、投资, （三）消费, 五、开放平台（重点园区）: a heading between the blocks of one table. */
    private static final Pattern BLOCK_HEADING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\\p{IsHan}{1,12}(?:[（(][^（）()]{1,16}[）)])?\\s*");
    /** 总投资25亿元, 6000万美元: a cell of money with its unit, and the word for it before the figure. */
    private static final Pattern MONEY_CELL = Pattern.compile("(\\p{IsHan}{0,6}?)(?:约|超过|逾)?([0-9]+(?:\\.[0-9]+)?)((?:万亿|亿|万)?(?:元|美元|欧元|港元|日元|英镑))");
    /** 签约企业, 投资方: the column of a project list naming the firm behind each project. */
    private static final Pattern FIRM_HEADER = Pattern.compile("企业|投资方|签约方|签约单位|项目单位|建设单位|投资主体");
    private static final Pattern PROJECT_HEADER = Pattern.compile("项目");
    /** 其中：高新技术产业产值: a part of the row above. */
    static final Pattern PART_OF_ABOVE = Pattern.compile("^其中[：:]?\\s*");
    private static final Pattern PLACE_HEADER = Pattern.compile("地区|区域|地域|区县|县区|县市区|区市|县[（(]市、?区[）)]|市[（(]县、?区[）)]|城市|园区|开发区|片区|综保区|单位名称"
            // 省（区、市）, 新区名称, 企业名称: rows of provinces, zones or firms, each the subject of its figures.
            + "|省[（(]区、?市[）)]|^省份$|^省区市$|^市州$|^(?:新区|企业|公司|园区|开发区|综保区|城市|机构|银行)名称$|^企业$|^公司$"
            // 板块, 乡镇, 镇（街道）: a county's parts, its towns and zones.
            + "|^板块(?:名称)?$|^乡镇(?:名称)?$|^镇街$|^街镇$|^镇[（(](?:街道|区)[）)]$");
    /** 板块: a head over a county's parts, or over its industries (电子信息 | 产值). */
    private static final Pattern PARTS_HEADER = Pattern.compile("板块(?:名称)?");
    /** 城东板块, 临港产业园, 高新区, 湖垛镇, 合德街道: a county's part, named as a place is. */
    private static final Pattern COUNTYS_PART = Pattern.compile(".*(?:板块|镇|乡|街道|区|园|城|片|场|岛|湾|谷|港)");

    private static boolean aCountysPart(String label) {
        return COUNTYS_PART.matcher(label).matches();
    }

    /**
     * 合计, 全县合计: the sum of the rows of places, whose whole the table does not name (全县 of 各板块 is not the zone a
     * document names most); prose gives it with its subject.
     */
    private static final Pattern TOTAL_ROW = Pattern.compile("(?:全[县市区州省旗])?(?:合\\s*计|总\\s*计|小\\s*计)");

    /** 排名, 名次: a first column of ranks. */
    private static final Pattern RANK_HEADER = Pattern.compile("排名|名次|位次");
    /** 排名较上月变化, 位次升降: a change of rank, no rank (and no figure of the row's unit). */
    private static final Pattern RANK_CHANGE = Pattern.compile("变化|变动|升降|较|提升|前移|后移");
    /** A rank's unit, as the figures name it and as written. */
    private static final String RANK = "rank";
    private static final String RANK_UNIT = "位";
    private static final Pattern GROWTH_HEADER = Pattern.compile("增长|增速|同比|比上年|比增|±");
    /** 完成进度（%）: the share of the year's target reached. */
    private static final Pattern COMPLETION_HEADER = Pattern.compile("完成进度|完成率|完成比例");
    private static final Pattern SHARE_HEADER = Pattern.compile("比重|占比|占全|" + COMPLETION_HEADER.pattern());
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[（(]([^（）()]{1,6})[）)]");
    private static final Pattern HEADER_PERIOD = Pattern.compile("(?:([0-9]{4})年)?(?:([0-9]{1,2})[-—～~至]([0-9]{1,2})月|([0-9]{1,2})月|全年)");
    private static final int MAX_LABEL = 20;
    /** 2026年目标: a column's year (not the year a change is against, 比2025年增长). */
    private static final Pattern YEAR_HEADER = Pattern.compile("(?<![比较])([0-9]{4})年(?!以来|来)");
    private static final Pattern FALL = Pattern.compile("降|下");
    /** Column heads that name no measure of their own: a period, a total, a value, a plan's or its result's. */
    private static final Pattern GENERIC_COLUMN = Pattern.compile("|数值|绝对值|本期|本月|累计|总量|总额|合计|实际|完成|完成值|金额|数量|值"
            + "|计划|目标|目标值|预期|预期目标|计划目标|年度目标|年度计划|全年目标|全年计划|完成情况|预计完成|实际完成|执行|执行情况|预计|完成数|实绩");
    /** 2026年目标, 2027年计划: a column of what was aimed at (not 预计完成 or 完成情况, what came of it). */
    private static final Pattern TARGET_HEADER = Pattern.compile("^(?:[0-9]{4}年)?(?:全年|年度)?(?:计划|目标|预期)");
    /** 是否完成: a column of verdicts, words in every row. */
    private static final Pattern VERDICT_HEADER = Pattern.compile("是否|完成与否|备注|说明|评价");
    /** 7左右, 5.5以内, ≥99: a figure of a plan, with how it bounds what is aimed at. */
    private static final Pattern BOUNDED_NUMBER = Pattern.compile("([≥≤＞＜><]|不低于|不高于|不超过|约)?(" + NUMBER.pattern() + ")(左右|以内|以下|以上|及以上|上下)?");
    /** 地区生产总值增长（%）, 固定资产投资增速: a row of growth rates, named by what grows; 能耗降低: a fall. */
    private static final Pattern GROWTH_LABEL = Pattern.compile("^(.{2,}?)(增长率?|增速|增幅|降低率?|下降)$");

    private final UnitCatalog units = UnitCatalog.standard();

    /** The tables' figures, but for those of the plan tables already read (a 序号 table pasted row by row is one). */
    List<Observation> read(AnalyzedDocument document, FigureSubjects subjects, PeriodAttribution periods, List<PlanTable> planTables) {
        String text = document.text();
        List<int[]> lines = lines(text);
        List<Observation> found = new ArrayList<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            int[] headerLine = lines.get(i);
            List<String> header = cells(text, headerLine);
            if (!header(header) || planTables.stream().anyMatch(table -> table.start() <= headerLine[1] && headerLine[0] <= table.end())) {
                continue;
            }
            // 序号 | 项目名称 | 签约企业 | 投资规模: the row numbers are no column of figures; 排名 | 省（区、市） | …: they are ranks.
            boolean ranked = RANK_HEADER.matcher(header.get(0)).matches();
            boolean numbered = header.get(0).equals("序号") || ranked;
            if (numbered) {
                header = header.subList(1, header.size());
            }
            // 排名 | 姓名 | 引进到位资金（亿元）: persons' figures are no indicators of a place, zone or firm; nor are the counts of
            // papers and requests in the tables every annual report on disclosure prints (信息内容 | 本年制发件数).
            if (PERSONS_HEADER.matcher(header.get(0)).matches() || DISCLOSURE_HEADER.matcher(header.get(0)).matches()) {
                continue;
            }
            // Rows follow the header; a blank line or a block's heading (二、投资) between rows keeps the table going.
            List<int[]> rows = new ArrayList<>();
            int next = i + 1;
            // 指标 | 单位 | 2026年目标 | 完成情况, then 一、经济发展: the first block's heading before its rows.
            while (next + 1 < lines.size() && BLOCK_HEADING.matcher(text).region(lines.get(next)[0], lines.get(next)[1]).matches()
                    && row(cells(text, lines.get(next + 1), numbered), header)) {
                next++;
            }
            while (next < lines.size()) {
                if (row(cells(text, lines.get(next), numbered), header)) {
                    rows.add(lines.get(next++));
                    continue;
                }
                int after = next;
                while (!rows.isEmpty() && after < lines.size() && betweenBlocks(text, lines.get(after))) {
                    after++;
                }
                // Not into another list (二、新开工项目) nor into rows of places a heading names the figure of (五、分区域规上工业增加值).
                if (after == next || after == lines.size() || !row(cells(text, lines.get(after), numbered), header) || projectList(header)
                        || labelledByAPlace(document, lines.get(after), numbered)) {
                    break;
                }
                next = after;
            }
            if (rows.size() < 2) {
                continue;
            }
            String captionUnit = captionUnit(text, lines, i);
            PeriodMention captionPeriod = captionPeriod(document, lines, i);
            for (int[] row : rows) {
                List<Observation> ofRow = observations(document, subjects, periods, header, row, captionUnit, captionPeriod, numbered);
                found.addAll(ofRow);
                if (ranked) {
                    rankOf(text, row, ofRow, i > 0 ? text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]) : "").ifPresent(found::add);
                }
            }
            i = next - 1;
        }
        return found;
    }

    private List<Observation> observations(AnalyzedDocument document, FigureSubjects subjects, PeriodAttribution periods, List<String> header,
                                           int[] line, String captionUnit, PeriodMention captionPeriod, boolean numbered) {
        String text = document.text();
        List<int[]> spans = cellSpans(text, line);
        spans = numbered ? spans.subList(1, spans.size()) : spans;
        String labelCell = PART_OF_ABOVE.matcher(text.substring(spans.get(0)[0], spans.get(0)[1])).replaceFirst("");
        boolean total = TOTAL_ROW.matcher(labelCell).matches();
        boolean rowsArePlaces = namesSubjects(header.get(0)) && (!PARTS_HEADER.matcher(header.get(0)).matches() || total || aCountysPart(labelCell)
                || subjects.ofRowLabel(labelCell, spans.get(0)[1] - labelCell.length(), spans.get(0)[1]).isPresent());
        // 海口综合保税区进出口总额 among the city's rows: the zone the label opens with, and what of it (not a place: 宁波舟山港
        // and 上饶市广信区 are no city's).
        int labelEnd = spans.get(0)[1];
        Optional<EntityMention> opening = rowsArePlaces ? Optional.empty() : subjects.named().stream()
                .filter(m -> m.type() == EntityType.ZONE && m.start() == labelEnd - labelCell.length() && labelEnd - m.end() >= 2).findFirst();
        String label = opening.isPresent() ? text.substring(opening.get().end(), labelEnd) : labelCell;
        // 年产10万吨正极材料项目 | 安徽锐锂新材料科技有限公司 | 总投资25亿元: a project list's figures are its firms'.
        int firmColumn = projectList(header) ? firmColumn(header) : -1;
        Optional<String> subject = firmColumn > 0 ? Optional.of(text.substring(spans.get(firmColumn)[0], spans.get(firmColumn)[1]))
                : opening.isPresent() ? opening.map(EntityMention::canonical)
                : rowsArePlaces && total ? Optional.empty()
                : rowsArePlaces ? subjects.ofRowLabel(label, spans.get(0)[0], spans.get(0)[1]).or(() -> Optional.of(label))
                : subjects.documentSubject();
        if (subject.isEmpty()) {
            return List.of();
        }
        int unitColumn = unitColumn(header);
        String rowUnit = unitColumn > 0 ? text.substring(spans.get(unitColumn)[0], spans.get(unitColumn)[1]) : null;
        List<Observation> found = new ArrayList<>();
        String lastLevel = null;
        boolean growthOnly = growthOnly(text, header, spans, unitColumn);
        for (int c = 1; c < header.size(); c++) {
            String cell = text.substring(spans.get(c)[0], spans.get(c)[1]);
            // A cell's own unit: its note (-0.4（百分点）) or its money's (总投资25亿元, and the word for the money before it).
            Matcher noted = NOTED_NUMBER.matcher(cell);
            Matcher money = MONEY_CELL.matcher(cell);
            String moneyWord = money.matches() ? money.group(1) : null;
            String note = moneyWord != null ? money.group(3) : noted.matches() && units.parse(noted.group(2)) != null ? noted.group(2) : null;
            // 8.5（增速） under 全年目标: a growth rate the note names so, where the row's other cells are amounts.
            boolean notedGrowth = moneyWord == null && note == null && noted.matches() && GROWTH_HEADER.matcher(noted.group(2)).find();
            cell = moneyWord != null ? money.group(2) : note != null || notedGrowth ? noted.group(1) : cell;
            Matcher bounded = BOUNDED_NUMBER.matcher(cell);
            if (c == unitColumn || !bounded.matches() || firmColumn > 0 && moneyWord == null) {
                continue;
            }
            cell = bounded.group(2);
            Qualifier qualifier = bound(bounded.group(1), bounded.group(3));
            String head = header.get(c);
            boolean aimed = TARGET_HEADER.matcher(head).find();
            Matcher growingRow = GROWTH_LABEL.matcher(stripUnit(label));
            boolean percentRow = "%".equals(rowUnit) || label.endsWith("（%）") || label.endsWith("(%)");
            boolean rowOfGrowth = !rowsArePlaces && percentRow && growingRow.matches();
            // 居民消费价格涨幅（%）: a rise, named so in prose too.
            boolean growthRow = rowOfGrowth || !rowsArePlaces && percentRow && stripUnit(label).endsWith("涨幅");
            // 地区生产总值 | 亿元 | 612.84 | 6.1 | 3 under …同比增长（%） | 增幅全市位次: where the row stands among others.
            boolean rankColumn = RANK_HEADER.matcher(head).find();
            if (rankColumn && RANK_CHANGE.matcher(head).find()) {
                continue;
            }
            boolean growth = !rankColumn && (GROWTH_HEADER.matcher(head).find() || growthRow || notedGrowth || aimed && growthOnly);
            boolean share = !growth && (SHARE_HEADER.matcher(head).find() || !rowsArePlaces && percentRow && rateOrShare(stripUnit(label)));
            String headName = UNIT_IN_BRACKETS.matcher(HEADER_PERIOD.matcher(YEAR_HEADER.matcher(head).replaceAll("")).replaceAll("")).replaceAll("").strip();
            // 汽车 under 产量 is 汽车产量; under 1-6月 (a period, no name) the row's label alone; 地区生产总值增长（%） is 地区生产总值's.
            String rowName = rowOfGrowth ? growingRow.group(1) : stripUnit(label);
            String rowIndicator = rowName + (GENERIC_COLUMN.matcher(headName).matches() ? "" : headName);
            String indicator = growthRow ? rowIndicator
                    : growth ? (lastLevel != null ? lastLevel : rowsArePlaces ? headName : stripUnit(label)) : rowsArePlaces ? headName : rowIndicator;
            // …项目 | 总投资25亿元 under 投资规模: the project's 总投资.
            if (moneyWord != null && firmColumn > 0) {
                indicator = stripUnit(label) + (moneyWord.isEmpty() ? headName : moneyWord);
            }
            if ((!growth || growthRow) && !rankColumn) {
                lastLevel = indicator;
            }
            if (indicator.length() < 2) {
                continue;
            }
            Matcher bracket = UNIT_IN_BRACKETS.matcher(rowsArePlaces ? head : label);
            String unitText = rankColumn ? RANK_UNIT : note != null ? note : growth || share || cell.endsWith("%") ? "%" : rowUnit != null ? rowUnit
                    : bracket.find() ? bracket.group(1) : captionUnit;
            UnitCatalog.ScaledUnit unit = unitText == null || rankColumn ? null : units.parse(unitText);
            double value = Double.parseDouble(cell.replace("%", "").replace('－', '-').replace('−', '-').replace("+", "").replace("＋", ""));
            value = rowOfGrowth && FALL.matcher(growingRow.group(2)).find() ? -value : value;
            // 1-6月 | 同比增长（%）: a change is over the period of the column before it, given or not (— | 6.5); 完成情况 after
            // 2026年目标 is of the year before it.
            String periodHead = (growth && !growthRow || rankColumn) && !aimed && !HEADER_PERIOD.matcher(head).find() ? levelHead(header, c, unitColumn)
                    : COMPLETION_HEADER.matcher(head).find() ? periodsHead(header, c) : head;
            PeriodMention period = period(document, periods, withYearBefore(periodHead, header, c), captionPeriod, spans.get(c)[0]);
            if (period == null) {
                continue;
            }
            // -0.4（百分点）, 16（家） under 同比增长: a change in points or in things, not a growth.
            boolean points = unit != null && !unit.unit().canonical().equals("%");
            Observation.Measure measure = rankColumn ? Observation.Measure.RANK : growth && points ? Observation.Measure.CHANGE
                    : growth ? Observation.Measure.GROWTH : share ? Observation.Measure.SHARE : Observation.Measure.LEVEL;
            String unitName = rankColumn ? RANK : unit == null ? null : unit.unit().canonical();
            Double baseValue = rankColumn ? Double.valueOf(value) : unit == null ? null : unit.toBase(value);
            // 序号 | 指标名称 | 单位 | 2027年 in a plan of 2025: a year still ahead holds no result, only a target.
            boolean ahead = document.publishedAt() != null && period.from().getYear() > document.publishedAt().getYear();
            found.add(new Observation(subject.get(), indicator, aimed || ahead ? Observation.Kind.TARGET : Observation.Kind.ACTUAL, measure,
                    period.label(), period.from(), period.to(), value, null, qualifier, null, unitName, unitText,
                    baseValue, false, Set.of(), spans.get(c)[0], spans.get(c)[1], line[0], line[1]));
        }
        return found;
    }

    /**
     * 固定资产投资 | — | — | 10.2 | 10 under 指标名称 | 单位 | 1—10月完成 | 同比增长（%） | 全年目标: a row that gives no amount, only
     * a growth, so that its target is a growth too.
     */
    private static boolean growthOnly(String text, List<String> header, List<int[]> spans, int unitColumn) {
        // 地方一般公共预算收入 | 亿元 | — | 5.2 | 25: a row with a unit of amounts aims at an amount, its month's amount withheld.
        String unit = unitColumn > 0 ? text.substring(spans.get(unitColumn)[0], spans.get(unitColumn)[1]) : "";
        if (!unit.isEmpty() && !unit.equals("%") && !PlanTableReader.MISSING.matcher(unit).matches()) {
            return false;
        }
        boolean aGrowth = false;
        for (int c = 1; c < header.size(); c++) {
            String head = header.get(c);
            String cell = text.substring(spans.get(c)[0], spans.get(c)[1]);
            if (GROWTH_HEADER.matcher(head).find()) {
                aGrowth |= figure(cell);
            } else if (c != unitColumn && !TARGET_HEADER.matcher(head).find() && !SHARE_HEADER.matcher(head).find()
                    && !PlanTableReader.MISSING.matcher(cell).matches()) {
                return false;
            }
        }
        return aGrowth;
    }

    /**
     * 1 | 江苏 | 23 | 11862.5 under 排名 | 省（区、市） | 综保区数量（个） | 进出口值（亿元）, after a caption ranking by 进出口值: the
     * row's rank in the figure the caption names (进出口值排名), else a rank of no named figure, of the row's subject and period.
     */
    private static Optional<Observation> rankOf(String text, int[] line, List<Observation> ofRow, String caption) {
        List<int[]> spans = cellSpans(text, line);
        String number = text.substring(spans.get(0)[0], spans.get(0)[1]);
        List<Observation> levels = ofRow.stream().filter(o -> o.measure() == Observation.Measure.LEVEL).toList();
        if (!number.matches("[0-9]{1,3}") || levels.isEmpty()) {
            return Optional.empty();
        }
        Optional<Observation> named = levels.stream().filter(o -> caption.contains(o.indicator())).findFirst();
        Observation of = named.orElse(levels.get(0));
        double rank = Double.parseDouble(number);
        return Optional.of(new Observation(of.subject(), named.map(Observation::indicator).orElse("") + "排名", Observation.Kind.ACTUAL, Observation.Measure.RANK, of.periodLabel(),
                of.periodFrom(), of.periodTo(), rank, null, null, null, RANK, RANK_UNIT, rank, false, Set.of(), spans.get(0)[0], spans.get(0)[1], line[0], line[1]));
    }

    /**
     * Whether a table's first column (after its numbers) names the subject of each row: 地区, 省（区、市）, 企业名称 (not
     * 城市建设指标, a plan's indicators of a city's building).
     */
    static boolean namesSubjects(String head) {
        return PLACE_HEADER.matcher(head).find() && !head.contains("指标") && !head.contains("项目");
    }

    /** 姓名, 负责人: a first column of persons. */
    private static final Pattern PERSONS_HEADER = Pattern.compile("姓名|人员|负责人|人物");
    /** The first heads of the tables of the national template for annual reports on disclosure (国办公开办函〔2021〕30号). */
    private static final Pattern DISCLOSURE_HEADER = Pattern.compile("信息内容|申请人情况|行政复议|行政诉讼");

    /** 城镇调查失业率（%）, a share as prose names one, or 研发经费投入强度（%）, a share of the economy. */
    private static boolean rateOrShare(String label) {
        return ProseObservations.SHARE_WORDS.matcher(label).find();
    }

    /** A head with no year of its own (完成情况) takes the year of the nearest head before it that names one (2026年目标). */
    private static String withYearBefore(String head, List<String> header, int column) {
        if (YEAR_HEADER.matcher(head).find() || HEADER_PERIOD.matcher(head).find()) {
            return head;
        }
        for (int c = column - 1; c >= 1; c--) {
            Matcher year = YEAR_HEADER.matcher(header.get(c));
            if (year.find()) {
                return year.group() + head;
            }
        }
        return head;
    }

    /** 约7, 7左右, 5.5以内, ≥99: how a plan's figure bounds what it aims at. */
    private static Qualifier bound(String before, String after) {
        String word = before != null ? before : after != null ? after : "";
        return switch (word) {
            case "约", "左右", "上下" -> Qualifier.APPROX;
            case "≤", "＜", "<", "不高于", "不超过", "以内", "以下" -> Qualifier.AT_MOST;
            case "≥", "＞", ">", "不低于", "以上", "及以上" -> Qualifier.AT_LEAST;
            default -> Qualifier.EXACT;
        };
    }

    /** 1—10月 | … | 完成进度（%）: the share of the year's target reached is as of the table's first column that names months to date. */
    private static String periodsHead(List<String> header, int column) {
        for (int c = 1; c < column; c++) {
            Matcher own = HEADER_PERIOD.matcher(header.get(c));
            if (own.find() && own.group(2) != null) {
                return header.get(c);
            }
        }
        return header.get(column);
    }

    /** The head of the nearest column before {@code column} that is no change or unit, else its own. */
    private static String levelHead(List<String> header, int column, int unitColumn) {
        for (int c = column - 1; c >= 1; c--) {
            if (c != unitColumn && !GROWTH_HEADER.matcher(header.get(c)).find()) {
                return header.get(c);
            }
        }
        return header.get(column);
    }

    /** The column's own period (1-6月), else the year the title names, else the text's where the table stands. */
    private static PeriodMention period(AnalyzedDocument document, PeriodAttribution periods, String head, PeriodMention captionPeriod, int offset) {
        LocalDate published = document.publishedAt() == null ? null : document.publishedAt().toLocalDate();
        Integer titleYear = PeriodAttribution.titleYear(document.title());
        Matcher own = HEADER_PERIOD.matcher(head);
        if (own.find() && (own.group(2) != null || own.group(4) != null)) {
            Integer year = own.group(1) != null ? Integer.valueOf(own.group(1)) : titleYear != null ? titleYear : published == null ? null : published.getYear();
            int from = Integer.parseInt(own.group(2) != null ? own.group(2) : own.group(4));
            int to = Integer.parseInt(own.group(3) != null ? own.group(3) : own.group(4));
            if (year == null || from < 1 || to > 12 || to < from) {
                return null;
            }
            java.time.YearMonth first = java.time.YearMonth.of(year, from);
            java.time.YearMonth last = java.time.YearMonth.of(year, to);
            return new PeriodMention(offset, offset, head, PeriodMention.monthsLabel(first, last), first.atDay(1), last.atEndOfMonth(),
                    io.zonelens.ingest.extraction.period.PeriodKind.MONTHS);
        }
        Matcher year = YEAR_HEADER.matcher(head);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return new PeriodMention(offset, offset, head, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                    io.zonelens.ingest.extraction.period.PeriodKind.YEAR);
        }
        // 一季度各板块…推进情况 over 板块 | 新开工（个） | 年度目标（个）: the caption's quarter, and its year for a year's target.
        if (captionPeriod != null) {
            int y = captionPeriod.from().getYear();
            return TARGET_HEADER.matcher(head).find()
                    ? new PeriodMention(offset, offset, head, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), io.zonelens.ingest.extraction.period.PeriodKind.YEAR)
                    : new PeriodMention(offset, offset, head, captionPeriod.label(), captionPeriod.from(), captionPeriod.to(), captionPeriod.kind());
        }
        if (titleYear != null && (published == null || titleYear <= published.getYear())) {
            return new PeriodMention(offset, offset, head, String.valueOf(titleYear), LocalDate.of(titleYear, 1, 1), LocalDate.of(titleYear, 12, 31),
                    io.zonelens.ingest.extraction.period.PeriodKind.YEAR);
        }
        PeriodAttribution.Attributed attributed = periods.periodAt(offset);
        return attributed == null ? null : attributed.period();
    }

    private static final Pattern CAPTION_UNIT = Pattern.compile("单位[:：]\\s*([^，,；;、）)\\]］】〕\\s]{1,6})");

    /** The column of units (单位, 计量单位), or -1. */
    private static int unitColumn(List<String> header) {
        for (int c = 1; c < header.size(); c++) {
            if (HeadedTableLines.UNIT_HEAD.matcher(header.get(c)).matches()) {
                return c;
            }
        }
        return -1;
    }

    /** A part of a year (一季度, 1—10月) the caption over a table's header names, or null. */
    private static PeriodMention captionPeriod(AnalyzedDocument document, List<int[]> lines, int header) {
        for (int i = header - 1; i >= Math.max(0, header - 2); i--) {
            int[] line = lines.get(i);
            // A caption, not a sentence of prose (全县上半年项目推进有力，二季度新开工项目12个。).
            if (document.text().substring(line[0], line[1]).matches(".*[。，；].*")) {
                continue;
            }
            for (PeriodMention mention : document.periods()) {
                if (mention.start() >= line[0] && mention.end() <= line[1] && mention.year() != null
                        && (mention.from().getMonthValue() > 1 || mention.to().getMonthValue() < 12)) {
                    return mention;
                }
            }
        }
        return null;
    }

    /** 单位：亿元，%, （单位：万亩）: the unit a caption line just above the header gives the figures. */
    private static String captionUnit(String text, List<int[]> lines, int header) {
        for (int i = header - 1; i >= Math.max(0, header - 2); i--) {
            Matcher unit = CAPTION_UNIT.matcher(text).region(lines.get(i)[0], lines.get(i)[1]);
            if (unit.find()) {
                return unit.group(1);
            }
        }
        return null;
    }

    private static String stripUnit(String label) {
        return UNIT_IN_BRACKETS.matcher(label).replaceAll("").strip();
    }

    /** Three cells or more, labels all (no figure), short, with some Chinese. */
    private static boolean header(List<String> cells) {
        return cells.size() >= 3 && cells.stream().allMatch(cell -> cell.length() <= MAX_LABEL && !NUMBER.matcher(cell).matches())
                && cells.stream().anyMatch(cell -> cell.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    }

    /**
     * As many cells as the header, a label first and figures after it (two at least, or one and a gap), a 单位 cell
     * aside; in a project list, a firm, a sum of money and what is built.
     */
    private static boolean row(List<String> cells, List<String> header) {
        if (cells.size() != header.size() || cells.get(0).length() > MAX_LABEL && !projectList(header) || figure(cells.get(0))) {
            return false;
        }
        if (projectList(header)) {
            return cells.stream().skip(1).anyMatch(cell -> MONEY_CELL.matcher(cell).matches());
        }
        long figures = 0;
        long gaps = 0;
        int unitColumn = unitColumn(header);
        for (int c = 1; c < cells.size(); c++) {
            // 与经济增长同步 under 2026年目标, 未完成 under 是否完成: words where a plan or a verdict may have them; 家 under 单位.
            boolean words = TARGET_HEADER.matcher(header.get(c)).find() || VERDICT_HEADER.matcher(header.get(c)).find()
                    || c == unitColumn;
            figures += figure(cells.get(c)) ? 1 : 0;
            gaps += !figure(cells.get(c)) && (PlanTableReader.MISSING.matcher(cells.get(c)).matches() || words) ? 1 : 0;
        }
        long others = cells.size() - 1 - figures - gaps;
        return figures >= 1 && figures + gaps >= 2 && others <= 1;
    }

    private static boolean figure(String cell) {
        return BOUNDED_NUMBER.matcher(cell).matches() || NOTED_NUMBER.matcher(cell).matches();
    }

    /** 项目名称 | 签约企业 | 投资规模: projects first, then the firms behind them. */
    private static boolean projectList(List<String> header) {
        return PROJECT_HEADER.matcher(header.get(0)).find() && firmColumn(header) > 0;
    }

    private static int firmColumn(List<String> header) {
        for (int c = 1; c < header.size(); c++) {
            if (FIRM_HEADER.matcher(header.get(c)).find()) {
                return c;
            }
        }
        return -1;
    }

    /** A row labelled by a place or zone alone (not 海口综合保税区进出口总额, the zone's indicator), after its number where it is numbered. */
    private static boolean labelledByAPlace(AnalyzedDocument document, int[] line, boolean numbered) {
        int[] label = cellSpans(document.text(), line).get(numbered ? 1 : 0);
        return document.entities().mentions().stream().anyMatch(m -> m.start() == label[0] && label[1] - m.end() < 2
                && (m.type() == EntityType.PLACE || m.type() == EntityType.ZONE));
    }

    private static boolean betweenBlocks(String text, int[] line) {
        return text.substring(line[0], line[1]).isBlank() || BLOCK_HEADING.matcher(text).region(line[0], line[1]).matches();
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return lines;
    }

    private static List<String> cells(String text, int[] line) {
        return cellSpans(text, line).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    /** The cells of a row, less its number where the header's first column is 序号 (and the row has one). */
    private static List<String> cells(String text, int[] line, boolean numbered) {
        List<String> cells = cells(text, line);
        return numbered && !cells.isEmpty() && cells.get(0).matches("[0-9]{1,3}") ? cells.subList(1, cells.size()) : numbered ? List.of() : cells;
    }

    /** The cells of a line, as [start, end) offsets into the text. */
    static List<int[]> cellSpans(String text, int[] line) {
        List<int[]> spans = new ArrayList<>();
        Matcher gap = CELL_BREAK.matcher(text).region(line[0], line[1]);
        int start = line[0];
        while (gap.find()) {
            if (gap.start() > start) {
                spans.add(new int[] {start, gap.start()});
            }
            start = gap.end();
        }
        if (line[1] > start) {
            spans.add(new int[] {start, line[1]});
        }
        return spans;
    }
}
