package io.zonelens.ingest.extraction.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period written in the text, resolved against the publication date. [start, end) are Java String offsets into the
 * document text; {@code from}/{@code to} are the first and last day covered, null when it cannot be resolved (no date).
 * {@code label} is how indicators name the period: "2021", "2021-01/2021-11", "2021/2025".
 */
public record PeriodMention(int start, int end, String text, String label, LocalDate from, LocalDate to, PeriodKind kind) {

    /** How indicators name the months from {@code first} to {@code last}: "2021-07", "2021-01/2021-11". */
    public static String monthsLabel(YearMonth first, YearMonth last) {
        return first.equals(last) ? first.toString() : first + "/" + last;
    }

    /** The calendar year this period belongs to when it lies within one year, else null. */
    public Integer year() {
        return from != null && to != null && from.getYear() == to.getYear() ? from.getYear() : null;
    }
}
