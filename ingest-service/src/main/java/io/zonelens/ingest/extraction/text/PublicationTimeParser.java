package io.zonelens.ingest.extraction.text;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times in the forms Chinese sites use ({@code 2024-09-30 00:08}, {@code 2024年9月30日 08:15},
 * {@code 2024/09/30}, ISO-8601, Jekyll's {@code 2022-03-11 14:35:31 +0800}). A time without a zone is China time.
 */
final class PublicationTimeParser {

    /** Sources without an explicit zone are Chinese: UTC+8 all year, no daylight saving. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final Pattern DATE_TIME = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)(?:\\s*日)?"
                    + "(?:(?:T|\\s*[,，]?\\s*)(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?!\\d)"
                    + "(?:\\s*[:：]\\s*(\\d{1,2})(?!\\d)(?:\\.\\d{1,9})?|\\s*分(?:\\s*(\\d{1,2})\\s*秒)?)?"
                    + "(?:\\s?(Z|[+-]\\d{2}:?\\d{2})(?![\\d:]))?"
                    + ")?");

    private PublicationTimeParser() {
    }

    /** Parses a value that should be only a time stamp (a meta tag, a front matter field). */
    static Optional<OffsetDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException ignored) {
            // not strict ISO with offset; try the looser forms below
        }
        try {
            return Optional.of(ZonedDateTime.parse(text).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        return find(text);
    }

    /** The first valid date (with optional time and offset) found anywhere in the text. */
    static Optional<OffsetDateTime> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DATE_TIME.matcher(text);
        while (matcher.find()) {
            Optional<OffsetDateTime> parsed = toDateTime(matcher);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** True when the text contains a date this parser understands. */
    static boolean containsDate(String text) {
        return find(text).isPresent();
    }

    /** Where a date at the very start of the text ends, or -1 when the text does not start with a date. */
    static int leadingDateEnd(String text) {
        Matcher matcher = DATE_TIME.matcher(text);
        return matcher.lookingAt() && toDateTime(matcher).isPresent() ? matcher.end() : -1;
    }

    /** True when the text is a date or date-time and nothing else (ignoring brackets and spaces). */
    static boolean isOnlyDate(String text) {
        String inner = text.strip().replaceAll("^[\\[(（【]+|[\\])）】]+$", "").strip();
        Matcher matcher = DATE_TIME.matcher(inner);
        return matcher.matches() && toDateTime(matcher).isPresent();
    }

    private static Optional<OffsetDateTime> toDateTime(Matcher m) {
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            String secondText = m.group(6) != null ? m.group(6) : m.group(7);
            int second = secondText == null ? 0 : Integer.parseInt(secondText);
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second);
            return Optional.of(local.atOffset(offset(m.group(8))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null) {
            return CHINA;
        }
        try {
            return ZoneOffset.of(text);
        } catch (DateTimeException e) {
            // "-2024" after a time is a date range, not a zone
            return CHINA;
        }
    }
}
