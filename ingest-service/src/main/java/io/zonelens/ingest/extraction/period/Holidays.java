package io.zonelens.ingest.extraction.period;

import java.time.LocalDate;
import java.util.Map;

/**
 * The days of China's public holidays as statistics about them count them: 国庆 1–7 October, 五一 1–5 May, 元旦
 * 1 January, and the lunar ones (春节 the eve and six days after, 清明, 端午, 中秋 the day) from the calendar of 2019–2030.
 */
final class Holidays {

    /** 除夕 (the eve of the lunar new year), 清明, 端午 and 中秋 in the years statistics of our documents cover. */
    private static final Map<Integer, String[]> LUNAR = Map.ofEntries(
            Map.entry(2019, new String[] {"2019-02-04", "2019-04-05", "2019-06-07", "2019-09-13"}),
            Map.entry(2020, new String[] {"2020-01-24", "2020-04-04", "2020-06-25", "2020-10-01"}),
            Map.entry(2021, new String[] {"2021-02-11", "2021-04-04", "2021-06-14", "2021-09-21"}),
            Map.entry(2022, new String[] {"2022-01-31", "2022-04-05", "2022-06-03", "2022-09-10"}),
            Map.entry(2023, new String[] {"2023-01-21", "2023-04-05", "2023-06-22", "2023-09-29"}),
            Map.entry(2024, new String[] {"2024-02-09", "2024-04-04", "2024-06-10", "2024-09-17"}),
            Map.entry(2025, new String[] {"2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06"}),
            Map.entry(2026, new String[] {"2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"}),
            Map.entry(2027, new String[] {"2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"}),
            Map.entry(2028, new String[] {"2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"}),
            Map.entry(2029, new String[] {"2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"}),
            Map.entry(2030, new String[] {"2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"}));

    private Holidays() {
    }

    /** The first and last day of the holiday in that year, or null where the calendar does not reach. */
    static LocalDate[] in(String holiday, int year) {
        return switch (holiday) {
            case "国庆", "十一" -> new LocalDate[] {LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7)};
            case "五一" -> new LocalDate[] {LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5)};
            case "元旦" -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)};
            default -> lunar(holiday, year);
        };
    }

    /** The last such holiday that began on or before {@code published}, or null. */
    static LocalDate[] lastBefore(String holiday, LocalDate published) {
        if (published == null) {
            return null;
        }
        LocalDate[] thisYear = in(holiday, published.getYear());
        return thisYear != null && !thisYear[0].isAfter(published) ? thisYear : in(holiday, published.getYear() - 1);
    }

    private static LocalDate[] lunar(String holiday, int year) {
        String[] days = LUNAR.get(year);
        if (days == null) {
            return null;
        }
        LocalDate day = LocalDate.parse(days[switch (holiday) {
            case "春节" -> 0;
            case "清明" -> 1;
            case "端午" -> 2;
            default -> 3;
        }]);
        return holiday.equals("春节") ? new LocalDate[] {day, day.plusDays(6)} : new LocalDate[] {day, day};
    }
}
