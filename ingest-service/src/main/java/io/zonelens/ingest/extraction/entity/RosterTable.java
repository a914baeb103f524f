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

    private static final String NAME_COLUMN = "姓名";
    /** How many rows may stand between a row and its header. */
    private static final int MAX_ROWS_ABOVE = 60;
    /** A header's labels are short; a longer cell is a row's content. */
    private static final int MAX_LABEL = 10;
    private static final int MIN_COLUMNS = 3;

    private RosterTable() {
    }

    /** [start, end) of a cell. */
    record Cell(int start, int end) {
    }

    /**
     * The cell under 姓名 of the row on the line that starts at {@code lineStart}, a name spaced out within it joined
     * (its two characters and the space between), or null where the line is no row of such a table.
     */
    static Cell nameCellOfTheRowAt(String text, int lineStart) {
        int lineEnd = lineEnd(text, lineStart);
        List<Cell> row = cells(text, lineStart, lineEnd);
        if (row.size() < MIN_COLUMNS) {
            return null;
        }
        int above = lineStart;
        for (int rows = 0; rows < MAX_ROWS_ABOVE && above > 0; rows++) {
            int headerStart = text.lastIndexOf('\n', above - 2) + 1;
            List<Cell> header = cells(text, headerStart, above - 1);
            int column = columnOf(text, header, NAME_COLUMN);
            if (column >= 0) {
                return header.stream().allMatch(cell -> cell.end() - cell.start() <= MAX_LABEL) ? nameCell(text, row, header.size(), column) : null;
            }
            if (header.size() < MIN_COLUMNS) {
                return null; // a line of prose ends the table above the row
            }
            above = headerStart;
        }
        return null;
    }

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

    private static int columnOf(String text, List<Cell> header, String label) {
        for (int i = 0; i < header.size(); i++) {
            if (text.startsWith(label, header.get(i).start()) && header.get(i).end() - header.get(i).start() == label.length()) {
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

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\r';
    }
}
