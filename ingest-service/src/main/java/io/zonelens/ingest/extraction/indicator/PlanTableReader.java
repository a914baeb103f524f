package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.NumberParser;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.number.QualifierWords;
import io.zonelens.ingest.extraction.number.UnitCatalog;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds plan indicator tables that a web page flattened to one cell per paragraph (序号 / 指标 / 2020 / 目标 2025 / 年均增长,
 * then section rows 一、经济发展 and numbered rows) and reads them into typed rows. A row is its number, the indicator
 * (with its unit in the last parentheses, even when the closing bracket is lost), then up to three cells: baseline,
 * target, average growth; one cell alone is the target. A cell equal to the next row number starts a new row only when
 * an indicator name follows it, so a value that happens to equal the next number is not mistaken for one.
 */
@ApplicationScoped
public class PlanTableReader {

    /** Flag growth that misses the implied one by more than this many points, and by more than a quarter of itself. */
    private static final double GROWTH_TOLERANCE_POINTS = 2.0;
    private static final double GROWTH_TOLERANCE_SHARE = 0.25;
    private static final int CELL_MAX = 80;
    private static final int CAPTION_LOOKBACK = 3;
    static final Set<String> ATTRIBUTES = Set.of("预期性", "约束性");
    static final Set<String> CATEGORY_HEADS = Set.of("类别", "分类", "领域", "类型", "方面", "维度");
    /** The brackets a plan's table marks a five years' total with: [2200], ［38］, 【12】, 〔22〕. */
    private static final String OPEN_BRACKETS = "[［【〔";
    private static final String CLOSE_BRACKETS = "]］】〕";
    /** 年均增长（%）, 增速: the head of a column of yearly growth rates (not 累计增长, a total's). */
    private static final java.util.regex.Pattern GROWTH_HEAD = java.util.regex.Pattern.compile("年均|(?<!累计)增长|增速");
    /** —, -, －, /, …: a cell with no value in it. */
    static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile("[—\\-－/…]{1,2}");

    static final UnitCatalog UNITS = UnitCatalog.standard();
    private final IndicatorLines indicatorLines = new IndicatorLines();
    private final HeadedTableLines headedTableLines = new HeadedTableLines();

    /** Tables in a body whose paragraphs are joined by "\n" (as {@code NormalizedDocument.text()} does). */
    public List<PlanTable> read(String text) {
        return read(List.of(text.split("\n", -1)));
    }

    /** Tables in these paragraphs; offsets are into the paragraphs joined by "\n". */
    public List<PlanTable> read(List<String> paragraphs) {
        List<Cell> cells = new ArrayList<>(paragraphs.size());
        boolean pastedRowByRow = paragraphs.stream().anyMatch(PlanTableReader::headerRow);
        int offset = 0;
        for (String paragraph : paragraphs) {
            int lead = paragraph.length() - paragraph.stripLeading().length();
            String cell = paragraph.strip();
            if (pastedRowByRow && rowOfCells(cell)) {
                cells.addAll(cellsOfARow(paragraph, offset));
            } else {
                cells.add(new Cell(cell, offset + lead, offset + lead + cell.length()));
            }
            offset += paragraph.length() + 1;
        }
        List<PlanTable> tables = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).text().equals("序号")) {
                TableRead table = readTable(cells, i);
                if (table != null) {
                    tables.add(table.table());
                    i = table.next() - 1;
                }
            }
        }
        List<PlanTable> linesTables = new ArrayList<>(indicatorLines.read(paragraphs));
        linesTables.addAll(headedTableLines.read(paragraphs));
        for (PlanTable lines : linesTables) {
            // A table of more years than a baseline and a target (2025 | 2026 | 2027 | 2028) is read right only by lines.
            if (lines.rows().stream().anyMatch(row -> !row.milestones().isEmpty())) {
                tables.removeIf(table -> overlap(table, lines));
            }
            if (tables.stream().noneMatch(table -> overlap(table, lines))) {
                tables.add(lines);
            }
        }
        return tables;
    }

    private static boolean overlap(PlanTable one, PlanTable other) {
        return one.start() < other.end() && other.start() < one.end();
    }

    private TableRead readTable(List<Cell> cells, int headerAt) {
        Integer baselineYear = null;
        Integer targetYear = null;
        boolean targetNext = false;
        boolean unitColumn = false;
        // 2030年目标 | 年均增长（%）: a growth column after the target's.
        boolean growthAfterTarget = false;
        // 类别 | 序号 | 指标名称…: a column before the numbers names each row's category.
        boolean categoryColumn = headerAt > 0 && CATEGORY_HEADS.contains(cells.get(headerAt - 1).text());
        int i = headerAt + 1;
        // header cells run until the first section row or row 1
        for (; i < cells.size() && i < headerAt + 12; i++) {
            String cell = cells.get(i).text();
            if (sectionName(cell) != null || cell.equals("1") || categoryColumn && categoryBeforeRow(cells, i, 1)) {
                break;
            }
            Integer year = yearIn(cell);
            if (cell.equals("单位") || cell.equals("计量单位")) {
                unitColumn = true;
            } else if (targetYear != null && year == null && GROWTH_HEAD.matcher(cell).find()) {
                growthAfterTarget = true;
            } else if (cell.contains("目标")) {
                targetNext = year == null;
                if (year != null) {
                    targetYear = year;
                }
            } else if (year != null) {
                if (targetNext || baselineYear != null) {
                    targetYear = year;
                } else {
                    baselineYear = year;
                }
                targetNext = false;
            }
        }
        // 序号 | 企业名称 | 2025年营业收入（亿元）: rows of firms, zones or places, each the subject of its figures, are no plan's
        // indicators (RowTables reads them).
        boolean rowsOfSubjects = headerAt + 1 < cells.size() && RowTables.namesSubjects(cells.get(headerAt + 1).text());
        // 序号 | 项目名称 | 建设地点 | 总投资 | 2026年计划投资: a list of projects, no plan's indicators; and a table of one year's
        // column not saying it is a target (2026年完成) is a statistics table, with no target for a row's last cell.
        boolean rowsOfProjects = headerAt + 1 < cells.size() && cells.get(headerAt + 1).text().startsWith("项目");
        if (targetYear == null || rowsOfSubjects || rowsOfProjects) {
            return null;
        }
        String title = caption(cells, headerAt);
        List<PlanTableRow> rows = new ArrayList<>();
        String section = null;
        int expected = 1;
        RowBuilder row = null;
        int end = cells.get(headerAt).end();
        for (; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            // 经济发展 | 1 | 地区生产总值: in a table pasted row by row, a category cell before a row's number is its section.
            String name = sectionName(cell.text()) != null ? sectionName(cell.text())
                    : categoryColumn && categoryBeforeRow(cells, i, expected) ? cell.text() : null;
            boolean startsRow = cell.text().equals(String.valueOf(expected)) && i + 1 < cells.size()
                    && isIndicatorName(cells.get(i + 1).text());
            if (name != null || startsRow) {
                if (row != null) {
                    rows.add(row.build(baselineYear, targetYear, growthAfterTarget));
                    row = null;
                }
                if (name != null) {
                    section = name;
                } else {
                    row = new RowBuilder(expected++, section, cell, cells.get(++i));
                }
                end = cells.get(i).end();
                continue;
            }
            if (row != null && cell.text().isEmpty()) {
                continue; // an empty cell, kept by some converters and dropped by most
            }
            if (row != null && ATTRIBUTES.contains(cell.text())) {
                row.attribute = cell.text(); // the 属性 column (预期性/约束性) of national and provincial plans
                end = cell.end();
                continue;
            }
            if (row != null && unitColumn && row.unitCell == null && row.values.isEmpty()) {
                row.unitCell = cell.text(); // a table with a 单位 column gives the unit before the values
                end = cell.end();
                continue;
            }
            // 完成省下达任务 | 约束性, [0.7] | 预期性: the growth column may hold words or a sum in brackets before the attribute.
            boolean beforeTheAttribute = row != null && row.values.size() == 2 && i + 1 < cells.size() && ATTRIBUTES.contains(cells.get(i + 1).text())
                    && cell.text().length() <= 12;
            if (row == null || !beforeTheAttribute && !fitsAsValue(cell.text(), row.values.size())) {
                break; // a note, a heading or prose: the table is over
            }
            row.values.add(cell);
            end = cell.end();
        }
        if (row != null) {
            rows.add(row.build(baselineYear, targetYear, growthAfterTarget));
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new TableRead(new PlanTable(title, baselineYear, targetYear, List.copyOf(rows), cells.get(headerAt).start(), end), i);
    }

    private record TableRead(PlanTable table, int next) {
    }

    /** 类别 序号 指标名称 单位 2020年 2025年…: a table pasted row by row, its cells apart by spaces, tabs or |. */
    private static boolean headerRow(String paragraph) {
        if (!paragraph.contains("序号")) {
            return false; // asked of every paragraph: split only the few that can be a header
        }
        List<String> parts = List.of(RowTables.CELL_BREAK.split(paragraph.strip()));
        return parts.size() >= 4 && parts.contains("序号");
    }

    /** A line of cells: apart by gaps, with no sentence in it. */
    private static boolean rowOfCells(String line) {
        return RowTables.CELL_BREAK.matcher(line).find() && line.indexOf('。') < 0 && line.indexOf('，') < 0 && line.indexOf('；') < 0;
    }

    /** The cells of a row pasted as one line, with their offsets into the joined text. */
    static List<Cell> cellsOfARow(String paragraph, int offset) {
        return RowTables.cellSpans(paragraph, new int[] {0, paragraph.length()}).stream()
                .map(span -> new Cell(paragraph.substring(span[0], span[1]), offset + span[0], offset + span[1])).toList();
    }

    record Cell(String text, int start, int end) {
    }

    private static final class RowBuilder {
        final int no;
        final String section;
        final Cell numberCell;
        final Cell nameCell;
        final List<Cell> values = new ArrayList<>();
        String attribute;
        String unitCell;

        RowBuilder(int no, String section, Cell numberCell, Cell nameCell) {
            this.no = no;
            this.section = section;
            this.numberCell = numberCell;
            this.nameCell = nameCell;
        }

        PlanTableRow build(Integer baselineYear, Integer targetYear, boolean growthAfterTarget) {
            List<Cell> cells = new ArrayList<>(values);
            Cell cagrCell = null;
            // 1500 | 4.6 under 2030年目标 | 年均增长（%）: a target and its yearly growth, with no baseline's column.
            if (cells.size() == 3 || cells.size() == 2 && baselineYear == null && growthAfterTarget) {
                cagrCell = cells.remove(cells.size() - 1);
            }
            // Two cells where the header names no baseline's year: the first is of no year, so no baseline.
            Cell baselineCell = cells.size() == 2 && baselineYear != null ? cells.get(0) : null;
            Cell targetCell = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            int rowEnd = values.isEmpty() ? nameCell.end() : values.get(values.size() - 1).end();
            return row(no, section, nameCell.text(), unitCell, new Column(baselineCell, baselineYear), List.of(),
                    new Column(targetCell, targetYear), cagrCell, attribute, numberCell.start(), rowEnd);
        }
    }

    /** A value cell and the year of its column; the cell is null where the row has none. */
    record Column(Cell cell, Integer year) {
    }

    /**
     * One row of a plan table from its cells: the unit is the last bracket of the name (closed at its end or left open,
     * a broken table cell) or else the unit column's; milestones are targets of years between baseline and target.
     */
    static PlanTableRow row(int no, String section, String name, String unitCell, Column baselineColumn, List<Column> milestoneColumns,
                            Column targetColumn, Cell cagrCell, String attribute, int rowStart, int rowEnd) {
        String indicator = name;
        String unit = null;
        int open = Math.max(indicator.lastIndexOf('('), indicator.lastIndexOf('（'));
        if (open > 0) {
            int close = indexOfClose(indicator, open);
            if (close < 0 || close == indicator.length() - 1) {
                String inside = indicator.substring(open + 1, close < 0 ? indicator.length() : close).strip();
                if (UNITS.parse(inside) != null) {
                    unit = inside;
                    indicator = indicator.substring(0, open).strip();
                }
            }
        }
        if (unit == null && unitCell != null && !unitCell.isEmpty()) {
            unit = unitCell;
        }
        PlanValue baseline = valueOf(baselineColumn);
        PlanValue target = valueOf(targetColumn);
        List<PlanValue> milestones = milestoneColumns.stream().map(PlanTableReader::valueOf).filter(java.util.Objects::nonNull).toList();
        // [0.7] or 〔22〕 in the growth column: the five years' sum of a change, no yearly rate.
        Double cagr = cagrCell == null || cagrCell.text().isEmpty() || OPEN_BRACKETS.indexOf(cagrCell.text().charAt(0)) >= 0 ? null : percent(cagrCell.text());
        // 2020 | 2025 | 2035 | 年均增长: the growth column is the plan's five years, to its first milestone.
        Double implied = impliedGrowth(baseline, milestones.isEmpty() ? target : milestones.get(0));
        Set<RowFlag> flags = EnumSet.noneOf(RowFlag.class);
        if (cagr != null && implied != null
                && Math.abs(implied - cagr) > Math.max(GROWTH_TOLERANCE_POINTS, GROWTH_TOLERANCE_SHARE * Math.abs(cagr))) {
            flags.add(RowFlag.INCONSISTENT_GROWTH);
        }
        return new PlanTableRow(no, section, indicator, unit, baseline, milestones, target, cagr, implied, Set.copyOf(flags),
                attribute, rowStart, rowEnd);
    }

    /** The column's value, or null where the row has no cell there or the cell holds no value (—). */
    private static PlanValue valueOf(Column column) {
        return column == null || column.cell() == null || MISSING.matcher(column.cell().text()).matches() ? null
                : value(column.cell(), column.year());
    }

    /** Compound annual growth in percent from baseline to target, when both are single-year numbers. */
    static Double impliedGrowth(PlanValue baseline, PlanValue target) {
        if (baseline == null || target == null || baseline.value() == null || target.value() == null
                || baseline.cumulative() || target.cumulative() || baseline.period() == null || target.period() == null
                || baseline.value() <= 0 || target.value() <= 0) {
            return null;
        }
        int years = Integer.parseInt(target.period()) - Integer.parseInt(baseline.period());
        if (years <= 0) {
            return null;
        }
        return (Math.pow(target.value() / baseline.value(), 1.0 / years) - 1) * 100;
    }

    /** A value cell: [2200] is a cumulative total, 1855(2019累计) a cumulative figure as of 2019, 41以上 AT_LEAST. */
    private static PlanValue value(Cell cell, Integer columnYear) {
        String text = cell.text();
        String body = text;
        boolean cumulative = false;
        String period = columnYear == null ? null : String.valueOf(columnYear);
        if (body.length() >= 2 && OPEN_BRACKETS.indexOf(body.charAt(0)) >= 0 && CLOSE_BRACKETS.indexOf(body.charAt(body.length() - 1)) >= 0) {
            cumulative = true;
            body = body.substring(1, body.length() - 1).strip();
        }
        int open = Math.max(body.indexOf('('), body.indexOf('（'));
        if (open > 0) {
            int close = indexOfClose(body, open);
            String note = body.substring(open + 1, close < 0 ? body.length() : close);
            Integer year = yearIn(note);
            if (year != null) {
                period = String.valueOf(year);
            }
            cumulative |= note.contains("累计");
            body = body.substring(0, open).strip();
        }
        if (body.contains("累计")) {
            cumulative = true;
            body = body.replace("累计", "").strip();
        }
        BigDecimal number = numberIn(body);
        if (number == null) {
            return new PlanValue(text, null, Qualifier.NON_NUMERIC, period, cumulative, cell.start(), cell.end());
        }
        return new PlanValue(text, number.doubleValue(), QualifierWords.of(body), period, cumulative, cell.start(), cell.end());
    }

    /** The one number in a cell such as "41以上", "约30", "≥5", or null when the cell is words. */
    static BigDecimal numberIn(String body) {
        int start = 0;
        while (start < body.length() && !NumberParser.isArabicDigit(body.charAt(start))) {
            start++;
        }
        if (start == body.length() || start > 4) {
            return null;
        }
        int end = NumberParser.arabicEnd(body, start);
        return NumberParser.arabicValue(body, start, end);
    }

    private static Double percent(String text) {
        BigDecimal number = numberIn(text.replace("%", "").replace("％", ""));
        return number == null ? null : number.doubleValue();
    }

    private static int indexOfClose(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == ')' || text.charAt(i) == '）') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a cell can be the next value of a row that already has {@code held}: baseline and target may be words
     * (完成上级下达任务), the third cell is the growth column and must be a number; notes (注, 备注) end the table.
     */
    private static boolean fitsAsValue(String cell, int held) {
        if (cell.isEmpty() || held >= 3 || cell.length() > CELL_MAX || cell.contains("。") || cell.startsWith("注")
                || cell.startsWith("备注") || cell.startsWith("说明") || cell.startsWith("资料来源")) {
            return false;
        }
        return held < 2 || cell.length() <= 12 && percent(cell) != null;
    }

    /** A category's name (经济发展) right before the number of the row expected and that row's indicator. */
    private static boolean categoryBeforeRow(List<Cell> cells, int at, int expected) {
        return at + 2 < cells.size() && cells.get(at + 1).text().equals(String.valueOf(expected)) && isIndicatorName(cells.get(at + 2).text())
                && isIndicatorName(cells.get(at).text()) && numberIn(cells.get(at).text()) == null && !cells.get(at).text().equals(String.valueOf(expected - 1));
    }

    /** 一、经济发展 → 经济发展. */
    private static String sectionName(String cell) {
        int mark = cell.indexOf('、');
        if (mark < 1 || mark > 3 || cell.length() > 30) {
            return null;
        }
        for (int i = 0; i < mark; i++) {
            if ("一二三四五六七八九十".indexOf(cell.charAt(i)) < 0) {
                return null;
            }
        }
        String name = cell.substring(mark + 1).strip();
        return name.isEmpty() ? null : name;
    }

    /** An indicator name has words in it and is not itself a value. */
    private static boolean isIndicatorName(String cell) {
        if (cell.isEmpty() || cell.length() > CELL_MAX || numberIn(cell) != null && Character.isDigit(cell.charAt(0))) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isLetter(cell.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Integer yearIn(String cell) {
        for (int i = 0; i + 4 <= cell.length(); i++) {
            if ((i == 0 || !Character.isDigit(cell.charAt(i - 1))) && (i + 4 == cell.length() || !Character.isDigit(cell.charAt(i + 4)))) {
                String candidate = cell.substring(i, i + 4);
                if (candidate.chars().allMatch(Character::isDigit) && (candidate.startsWith("19") || candidate.startsWith("20"))) {
                    return Integer.parseInt(candidate);
                }
            }
        }
        return null;
    }

    /** The caption just above the header (2-1“十四五”时期…主要指标 → “十四五”时期…主要指标), or null. */
    private static String caption(List<Cell> cells, int headerAt) {
        for (int i = headerAt - 1; i >= 0 && i >= headerAt - CAPTION_LOOKBACK; i--) {
            String caption = captionIn(cells.get(i).text());
            if (caption != null) {
                return caption;
            }
        }
        return null;
    }

    /** A table's caption less its number (表1 …主要指标, 专栏1 …主要指标), or null where the line is none. */
    static String captionIn(String text) {
        if (!text.contains("指标") || text.length() > 60 || text.contains("。")) {
            return null;
        }
        int k = 0;
        if (text.startsWith("表") || text.startsWith("专栏")) {
            k = text.startsWith("表") ? 1 : 2;
        }
        while (k < text.length() && (Character.isDigit(text.charAt(k)) || "-－.．:： ".indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        return text.substring(k).strip();
    }
}
