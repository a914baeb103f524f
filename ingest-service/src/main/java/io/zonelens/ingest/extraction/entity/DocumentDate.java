package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report speaks of: the first 'M月D日' in the opening lines (3月10日，…调研) that ends no range, in the
 * publication year and not after publication (last year's when it is more than a month after); otherwise the local
 * publication date.
 */
final class DocumentDate {

    /** Not the end of a range (公示时间：2024年1月9日至1月15日), nor a day a year names. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年至到—\\-－~～])(\\d{1,2})月(\\d{1,2})日");
    private static final int OPENING = 300;

    private DocumentDate() {
    }

    static LocalDate of(AnalyzedDocument document) {
        if (document.publishedAt() == null) {
            return null;
        }
        LocalDate published = document.publishedAt().atZoneSameInstant(document.publishedAt().getOffset()).toLocalDate();
        Matcher matcher = MONTH_DAY.matcher(document.text().substring(0, Math.min(OPENING, document.text().length())));
        if (matcher.find()) {
            try {
                LocalDate event = LocalDate.of(published.getYear(), Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                // A day just after publication is one the text announces (a deadline), not last year's.
                return !event.isAfter(published) ? event : event.isAfter(published.plusDays(31)) ? event.minusYears(1) : published;
            } catch (java.time.DateTimeException ignored) {
                return published;
            }
        }
        return published;
    }
}
