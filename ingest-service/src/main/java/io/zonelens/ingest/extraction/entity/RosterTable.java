package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out in lines of cells set off by spaces (a 公示's list, a roster) under a header line naming its columns
 * (序号　姓名　工作单位　职务/职称): which cell of a row stands in the column of people's names. The normalized text keeps one
 * space for any run of layout spaces, so a name spaced out to the column's width (潘　婷) is two cells, put together again
 * where the row has one cell more than its header.
 */
final class RosterTable {

    private static final String NAME = "姓名";
    /** Labels of a names column that are offices held at the institution a row names (法定代表人 of its firm, 实验室主任). */
    /** 负责人: a head named by no kind of institution, who may head the unit running a row's place or project. */
    private static final java.util.Set<String> HEADS_OF_ANY_UNIT = java.util.Set.of("负责人", "主要负责人", "项目负责人", "团队负责人");
    static final java.util.Set<String> OFFICE_COLUMNS = java.util.stream.Stream.concat(HEADS_OF_ANY_UNIT.stream(),
            java.util.stream.Stream.of("法定代表人", "法人代表", "实验室主任", "中心主任", "院长", "校长", "站长", "带头人", "学科带头人", "首席专家"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Labels of the column of people's names: 姓名, or the role its people are listed in (新闻发言人, 联系人, 负责人, a studio's
     * 主持人, a deal's 中介人), or the office
     * they hold at the unit another column names (实验室主任, 学科带头人). Such a word may be a row's value too (a 职务 cell); a
     * header also needs two labels ({@link #aHeader}).
     */
    private static final java.util.Set<String> NAME_COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(NAME, "新闻发言人", "发言人", "联系人", "责任人", "主任", "申报人", "候选人", "完成人", "第一完成人", "主持人", "中介人"),
            OFFICE_COLUMNS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How many rows may stand between a row and its header (a 公示 may list hundreds). */
    private static final int MAX_ROWS_ABOVE = 500;
    /**
     * Labels of a roster's columns. A header has two of them at least, and a label, not a value, after its names (a form's
     * lines, 姓名　张三　性别　男, pair each label with its value).
     */
    private static final java.util.Set<String> LABELS = java.util.Set.of("序号", "编号", "姓名", "性别", "民族", "出生年月", "年龄", "籍贯", "政治面貌",
            "学历", "单位", "工作单位", "所在单位", "企业名称", "单位名称", "单位及职务", "工作单位及职务", "职务", "职称", "职务/职称", "现任职务", "拟任职务",
            "岗位", "部门", "联系电话", "电话", "备注", "类别", "人才类别", "项目名称", "项目编号", "申报地区或单位", "任职时间", "任职起止时间");
    /**
     * A listed label, or one naming what the rows list or where or when they stand ({@link #LABEL_ENDINGS}); short, so a value such as 市直单位
     * may pass too, which a header's other labels must then make up for.
     */
    private static boolean aLabel(String cell) {
        return LABELS.contains(cell) || cell.length() > 2 && cell.length() <= 5 && LABEL_ENDINGS.stream().anyMatch(cell::endsWith);
    }

    /**
     * 实验室名称, 依托单位, 经营地点, 通讯地址, 所属领域, 所在片区, 主要问题: what a column names, where or when its rows stand, what
     * kind they are, or what was found of them.
     */
    private static final List<String> LABEL_ENDINGS = List.of("名称", "单位", "地点", "地址", "时间", "日期", "领域", "行业", "类型", "片区", "区域",
            "问题", "情况");

    /** A header's labels are short; a longer cell is a row's content. */
    private static final int MAX_LABEL = 10;
    private static final int MIN_COLUMNS = 3;

    private RosterTable() {
    }

    /** [start, end) of a cell. */
    record Cell(int start, int end) {
    }

    /**
     * The cell under the names' label of the row on the line that starts at {@code lineStart}, a name spaced out within it joined
     * (its two characters and the space between), or null where the line is no row of such a table.
     */
    static Cell nameCellOfTheRowAt(String text, int lineStart) {
        List<Cell> row = cells(text, lineStart, lineEnd(text, lineStart));
        Header header = headerAbove(text, lineStart, row);
        return header == null ? null : nameCell(text, row, header.cells().size(), header.nameColumn());
    }

    /**
     * A row of such a table: its names' cell (null where the row has more cells than the header), the label over it (法定代表人 of
     * 法定代表人（负责人）) and that label's cell, and its cells under the columns naming what the rows list (纳税人名称, 实验室名称), then
     * the units named (管理单位).
     */
    record Row(Cell name, String label, Cell labelCell, List<Cell> subjects) {
    }

    /** The row on the line that starts at {@code lineStart}, or null where the line is no row of such a table. */
    static Row rowAt(String text, int lineStart) {
        List<Cell> row = cells(text, lineStart, lineEnd(text, lineStart));
        Header header = headerAbove(text, lineStart, row);
        if (header == null) {
            return null;
        }
        // What the rows list (场所名称, 实验室名称), then the unit that runs it (管理单位) for a head named by no kind of institution
        // (负责人, not 实验室主任): a listed place or project is no institution to hold an office at.
        Cell label = header.cells().get(header.nameColumn());
        List<Cell> subjects = new ArrayList<>();
        for (List<String> subject : HEADS_OF_ANY_UNIT.contains(labelOf(text, label)) ? List.of(List.of(SUBJECTS_NAME), RUNNING_UNITS) : List.of(List.of(SUBJECTS_NAME))) {
            for (int i = 0; i < header.cells().size() && row.size() == header.cells().size(); i++) {
                String column = labelOf(text, header.cells().get(i));
                if (subject.stream().anyMatch(column::endsWith)) {
                    subjects.add(row.get(i));
                }
            }
        }
        return new Row(nameCell(text, row, header.cells().size(), header.nameColumn()), labelOf(text, label), label, subjects);
    }

    private static final String SUBJECTS_NAME = "名称";
    /**
     * The units that run, carry out or enter what a row lists (not 依托单位, a host, nor 执法单位, who fined the row's party).
     */
    private static final List<String> RUNNING_UNITS = List.of("管理单位", "运营单位", "管护单位", "责任单位", "承担单位", "建设单位", "申报单位", "参赛单位");

    private record Header(List<Cell> cells, int nameColumn) {
    }

    private static Header headerAbove(String text, int lineStart, List<Cell> row) {
        if (row.size() < MIN_COLUMNS) {
            return null;
        }
        int above = lineStart;
        for (int rows = 0; rows < MAX_ROWS_ABOVE && above > 0; rows++) {
            int headerStart = text.lastIndexOf('\n', above - 2) + 1;
            List<Cell> header = cells(text, headerStart, above - 1);
            int column = nameColumnOf(text, header);
            if (column >= 0 && aHeader(text, header, column)) {
                return new Header(header, column);
            }
            // 姓名 is never a value; a role's word may be one, in a row of the table (1　甲科技有限公司　王五　法定代表人).
            if (column >= 0 && text.startsWith(NAME, header.get(column).start())) {
                return null;
            }
            // 二、石油天然气开采类（8人）: a part's heading, or a blank line, between a table's parts leaves the rows under it the
            // table's, under the header above them all.
            if (header.isEmpty() || header.size() == 1 && aPartsHeading(text.substring(header.get(0).start(), header.get(0).end()))) {
                above = headerStart;
                continue;
            }
            if (header.size() < MIN_COLUMNS) {
                return null; // a line of prose ends the table above the row
            }
            above = headerStart;
        }
        return null;
    }

    /** 二、石油天然气开采类（8人）, （三）工贸类: a short numbered heading of one cell, with no clause's marks in it. */
    private static boolean aPartsHeading(String line) {
        return line.length() <= MAX_PARTS_HEADING && PARTS_HEADING.matcher(line).matches();
    }

    private static final int MAX_PARTS_HEADING = 24;
    private static final java.util.regex.Pattern PARTS_HEADING = java.util.regex.Pattern.compile(
            "(?:" + PersonSource.NUMBERED_IN_WORDS + "|" + PersonSource.NUMBERED_IN_BRACKETS + ")[^，,。；;：:]+");

    /**
     * 法定代表人（负责人）, 法定代表人(负责人), 2025年营业收入（万元）: a label with its other name or its unit in brackets is the label before
     * them.
     */
    private static String labelOf(String text, Cell cell) {
        String label = text.substring(cell.start(), cell.end());
        int bracket = java.util.stream.IntStream.of(label.indexOf('（'), label.indexOf('(')).filter(at -> at > 1).min().orElse(-1);
        return bracket > 1 ? label.substring(0, bracket) : label;
    }

    private static boolean aHeader(String text, List<Cell> header, int nameColumn) {
        long labels = header.stream().filter(cell -> aLabel(text.substring(cell.start(), cell.end()))).count();
        boolean labelAfterTheName = nameColumn + 1 == header.size()
                || aLabel(text.substring(header.get(nameColumn + 1).start(), header.get(nameColumn + 1).end()))
                || aLongLabel(labelOf(text, header.get(nameColumn + 1)));
        // A label's unit in brackets is no part of it (2025年营业收入（万元）); the last label may say more (其中：本期新发生欠税余额（元）).
        return labels >= 2 && labelAfterTheName && header.subList(0, header.size() - 1).stream().allMatch(cell -> labelOf(text, cell).length() <= MAX_LABEL)
                && header.get(header.size() - 1).end() - header.get(header.size() - 1).start() <= 2 * MAX_LABEL;
    }

    /**
     * 处罚决定书文号, 统一社会信用代码, 拟资助金额（万元）: a label too long for {@link #aLabel} naming a number, a sum or a reason, which no
     * one's name ends in.
     */
    private static boolean aLongLabel(String cell) {
        return LONG_LABEL_ENDINGS.stream().anyMatch(cell::endsWith);
    }

    private static final List<String> LONG_LABEL_ENDINGS = List.of("文号", "编号", "代码", "事由", "金额", "面积", "人数");

    private static Cell nameCell(String text, List<Cell> row, int columns, int column) {
        if (column >= row.size()) {
            return null;
        }
        Cell cell = row.get(column);
        boolean spacedOut = row.size() == columns + 1 && column + 1 < row.size() && cell.end() - cell.start() == 1
                && row.get(column + 1).end() - row.get(column + 1).start() == 1 && SentenceView.isHan(text.charAt(cell.start()))
                && SentenceView.isHan(text.charAt(row.get(column + 1).start()));
        if (spacedOut) {
            return new Cell(cell.start(), row.get(column + 1).end());
        }
        return row.size() <= columns ? cell : null;
    }

    private static int nameColumnOf(String text, List<Cell> header) {
        for (int i = 0; i < header.size(); i++) {
            if (NAME_COLUMNS.contains(labelOf(text, header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The cells of [from, to): runs of anything but spaces. */
    static List<Cell> cells(String text, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        int at = from;
        while (at < to) {
            while (at < to && isSpace(text.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < to && !isSpace(text.charAt(at))) {
                at++;
            }
            if (at > start) {
                cells.add(new Cell(start, at));
            }
        }
        return cells;
    }

    /** Where the cell holding {@code from} ends: at the first space or the line's end. */
    static int cellEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !isSpace(text.charAt(end)) && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    static boolean isSpace(char c) {
        return Character.isSpaceChar(c) || c == '\t' || c == '\r';
    }
}
