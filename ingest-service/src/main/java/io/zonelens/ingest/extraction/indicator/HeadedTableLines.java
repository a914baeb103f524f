package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.indicator.PlanTableReader.Cell;
import io.zonelens.ingest.extraction.indicator.PlanTableReader.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plan's indicator table pasted line by line under a header that names its columns, the way plans and work reports often
 * print a 专栏 (its rows unnumbered) or an action plan its table of a target each year (序号 | 指标名称 | 单位 | 2025年（基期） |
 * 2026年 | 2027年 | 2028年):
 * <pre>
 * 专栏1　“十五五”文化和旅游发展主要指标
 * 指标名称　单位　2025年　2030年　年均增长（%）　属性
 * 旅游总花费　亿元　1025　1480　7.6　预期性
 * 其中：5A级旅游景区　家　1　2　—　预期性
 * </pre>
 * Every column is one of these kinds and the years rise (a table of targets against results is {@link RowTables}'). Each
 * row has the header's cells, one less where a category column is merged over several rows; a line of one cell
 * between the rows is a section. The first year's column is the baseline, the last one's the target, any between them
 * milestones. Only a plan's table is read (an attribute column, a caption, a column saying it is a target or the base
 * year): a statistics table's years are all results.
 */
final class HeadedTableLines {

    /** What a header cell says its column holds. */
    private enum Head {
        NUMBER, CATEGORY, NAME, UNIT, YEAR, GROWTH, ATTRIBUTE, RESPONSIBILITY, OTHER
    }

    private static final String NUMBER_HEAD = "序号";
    /** A row's number under 序号. */
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}|[（(]\\d{1,2}[）)]");

    private static final Pattern NAME_HEAD = Pattern.compile("(?:主要)?指标(?:名称|内容|项目?)?");
    static final Pattern UNIT_HEAD = Pattern.compile("(?:计量)?单位");
    private static final Pattern ATTRIBUTE_HEAD = Pattern.compile("(?:指标)?(?:属性|性质)");
    /** 责任单位, 牵头部门: who answers for the row, no value of it. */
    private static final Pattern RESPONSIBILITY_HEAD = Pattern.compile("(?:牵头|责任|主责|配合)(?:单位|部门)|责任主体");
    /** 一、经济发展, （一）创新驱动, 经济发展类: a section's head between the rows. */
    private static final Pattern SECTION = Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?(\\p{IsHan}{2,14})");
    /** 完成省下达任务, 达到考核要求: the longest value in words; a longer cell is prose. */
    private static final int VALUE_MAX = 16;
    private static final Pattern HAS_WORDS = Pattern.compile("\\p{IsHan}{2}");
    /** 完成省下达任务, 达到考核要求: a target in words, four Han characters or more. */
    private static final Pattern WORDS = Pattern.compile("\\p{IsHan}{4,}");
    /** 完成情况, 执行情况, 回顾: a caption of results. */
    private static final Pattern RESULTS = Pattern.compile("完成|实现|执行|情况|回顾");
    private static final String TARGET = "目标";
    private static final Pattern BASE_YEAR = Pattern.compile("\\d{4}年?[（(]?(?:基期|基数|基准年?)");
    private static final int SHORT_UNIT = 3;

    /** The tables in these paragraphs (offsets into them joined by "\n"). */
    List<PlanTable> read(List<String> paragraphs) {
        List<PlanTable> tables = new ArrayList<>();
        int[] starts = IndicatorLines.starts(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Cell> headerCells = header(paragraphs.get(i)) ? PlanTableReader.cellsOfARow(paragraphs.get(i), starts[i]) : List.of();
            List<Head> header = heads(headerCells);
            if (header == null) {
                continue;
            }
            String caption = IndicatorLines.caption(paragraphs, i);
            // “十四五”时期主要指标完成情况: a caption of results, though it names a plan, is no plan's table.
            // 2023年（基期）, 2023年基数: a year the later columns are measured from is a plan's baseline.
            boolean aPlan = header.contains(Head.ATTRIBUTE)
                    || headerCells.stream().anyMatch(cell -> cell.text().contains(TARGET) || BASE_YEAR.matcher(cell.text()).find())
                    || caption != null && IndicatorLines.PLAN_CAPTION.matcher(caption).find() && !RESULTS.matcher(caption).find();
            if (!aPlan) {
                continue;
            }
            List<Integer> years = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c) == Head.YEAR) {
                    years.add(PlanTableReader.yearIn(headerCells.get(c).text()));
                }
            }
            List<PlanTableRow> rows = new ArrayList<>();
            String section = null;
            int j = i + 1;
            for (; j < paragraphs.size(); j++) {
                String line = paragraphs.get(j);
                if (line.isBlank()) {
                    continue;
                }
                List<Cell> cells = PlanTableReader.cellsOfARow(line, starts[j]);
                if (cells.isEmpty()) {
                    continue; // | | |: a border line of a table drawn in text
                }
                var sectionHead = SECTION.matcher(cells.get(0).text());
                if (cells.size() == 1 && sectionHead.matches()) {
                    section = sectionHead.group(1);
                    continue;
                }
                // 经济发展 | 地区生产总值 | 亿元…, then 规上工业增加值 | …: a category cell merged over the rows below it
                boolean categoryMerged = header.get(0) == Head.CATEGORY && cells.size() == header.size() - 1;
                // 其中：标准化生态茶园 | 万亩 | 5.6 | …: a part of the row above, left unnumbered under 序号.
                boolean unnumbered = header.get(0) == Head.NUMBER && cells.size() == header.size() - 1;
                if (cells.size() != header.size() && !categoryMerged && !unnumbered || line.contains("。")) {
                    break;
                }
                if (header.get(0) == Head.CATEGORY && !categoryMerged) {
                    section = cells.get(0).text();
                }
                List<Head> columns = categoryMerged || unnumbered ? header.subList(1, header.size()) : header;
                PlanTableRow row = row(rows.size() + 1, section, columns, cells, years);
                if (row == null) {
                    break;
                }
                rows.add(row);
            }
            if (rows.size() >= 2) {
                tables.add(new PlanTable(caption, years.size() >= 2 ? years.get(0) : null, years.get(years.size() - 1), List.copyOf(rows), headerCells.get(0).start(),
                        rows.get(rows.size() - 1).end()));
                i = j - 1;
            }
        }
        return tables;
    }

    /** A line that may be a header: it names indicators and is short (asked of every paragraph, so cheap). */
    private static boolean header(String line) {
        return line.contains("指标") && line.length() <= 120;
    }

    /**
     * The header's columns: an indicator's name, then any of unit, years, growth and attribute; null where the cells are no
     * such header (a 序号 table of a baseline and a target is {@link PlanTableReader}'s; one of three years or more, this
     * class's). Two years at least, or one a target's.
     */
    private static List<Head> heads(List<Cell> headerCells) {
        if (headerCells.isEmpty()) {
            return null;
        }
        List<String> cells = headerCells.stream().map(Cell::text).toList();
        List<Head> columns = new ArrayList<>();
        for (String cell : cells) {
            columns.add(column(cell, columns.isEmpty()));
        }
        int name = columns.indexOf(Head.NAME);
        // 序号 | 指标名称 | 单位 | 2025年 | 2026年 | 2027年: numbered rows (a table of one baseline and one target
        // column is PlanTableReader's, which also reads its rows pasted a cell per paragraph)
        boolean numbered = columns.get(0) == Head.NUMBER;
        List<Integer> years = cells.stream().filter(cell -> column(cell, false) == Head.YEAR).map(PlanTableReader::yearIn).toList();
        boolean oneTarget = years.size() == 1 && cells.stream().anyMatch(cell -> PlanTableReader.yearIn(cell) != null && cell.contains(TARGET));
        if (name < 0 || name > 1 || name == 1 && columns.get(0) != Head.CATEGORY && !numbered || numbered && years.size() < 3
                || years.size() < 2 && !oneTarget
                || columns.indexOf(Head.YEAR) < name) {
            return null;
        }
        // 2026年目标 | 完成情况, 2026年计划 | 2026年预计完成: a table of targets against results is RowTables' to read
        if (columns.contains(Head.OTHER) || !years.equals(years.stream().sorted().distinct().toList())) {
            return null;
        }
        return columns;
    }

    private static Head column(String cell, boolean first) {
        if (first && PlanTableReader.CATEGORY_HEADS.contains(cell)) {
            return Head.CATEGORY;
        }
        if (first && cell.equals(NUMBER_HEAD)) {
            return Head.NUMBER;
        }
        if (NAME_HEAD.matcher(cell).matches()) {
            return Head.NAME;
        }
        if (UNIT_HEAD.matcher(cell).matches()) {
            return Head.UNIT;
        }
        if (ATTRIBUTE_HEAD.matcher(cell).matches()) {
            return Head.ATTRIBUTE;
        }
        if (RESPONSIBILITY_HEAD.matcher(cell).matches()) {
            return Head.RESPONSIBILITY;
        }
        if (cell.contains("年均")) {
            return Head.GROWTH;
        }
        return PlanTableReader.yearIn(cell) != null && !cell.contains("累计") ? Head.YEAR : Head.OTHER;
    }

    /** The row in these cells, or null where they are no indicator's (a name that is a figure, a value that is prose). */
    private static PlanTableRow row(int no, String section, List<Head> columns, List<Cell> cells, List<Integer> years) {
        String name = null;
        String unit = null;
        String attribute = null;
        Cell growth = null;
        List<Column> values = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = cells.get(c);
            // Each cell fits its column, or the row is no row of this table (a blank cell dropped shifts the cells along).
            if (!fits(columns.get(c), cell.text())) {
                return null;
            }
            switch (columns.get(c)) {
                case NAME -> name = RowTables.PART_OF_ABOVE.matcher(cell.text()).replaceFirst("");
                case UNIT -> unit = PlanTableReader.MISSING.matcher(cell.text()).matches() ? null : cell.text();
                case YEAR -> values.add(new Column(cell, years.get(values.size())));
                case GROWTH -> growth = cell;
                case ATTRIBUTE -> attribute = PlanTableReader.ATTRIBUTES.contains(cell.text()) ? cell.text() : null;
                default -> {
                }
            }
        }
        // the column says it is a name, so a name may open with a figure (5A级旅游景区) but must have words in it
        if (name == null || !HAS_WORDS.matcher(name).find() || name.length() > VALUE_MAX * 3 || values.isEmpty()
                || values.stream().anyMatch(value -> value.cell().text().length() > VALUE_MAX)) {
            return null;
        }
        Column baseline = values.size() >= 2 ? values.get(0) : null;
        List<Column> milestones = values.size() > 2 ? values.subList(1, values.size() - 1) : List.of();
        return PlanTableReader.row(no, section, name, unit, baseline, milestones, values.get(values.size() - 1), growth, attribute,
                cells.get(0).start(), cells.get(cells.size() - 1).end());
    }

    /**
     * Whether a cell can stand in its column: a unit the catalog knows or a short one it does not (亿袋), a value that is a figure, a bracketed total or a target
     * in words (完成省下达任务), a growth that is a figure or words too (完成自治区下达指标); any column but the name's may be empty (—).
     */
    private static boolean fits(Head column, String cell) {
        if (PlanTableReader.MISSING.matcher(cell).matches()) {
            return column != Head.NAME;
        }
        return switch (column) {
            case UNIT -> PlanTableReader.UNITS.parse(cell) != null || cell.length() <= SHORT_UNIT && !cell.chars().anyMatch(Character::isDigit);
            case YEAR -> PlanTableReader.numberIn(cell.replaceAll("^[\\[［【〔]", "")) != null
                    || WORDS.matcher(cell).matches() && PlanTableReader.UNITS.parse(cell) == null;
            case GROWTH -> PlanTableReader.numberIn(cell.replaceAll("^[\\[［【〔]", "")) != null || WORDS.matcher(cell).matches();
            case NUMBER -> ROW_NUMBER.matcher(cell).matches();
            default -> true;
        };
    }
}
