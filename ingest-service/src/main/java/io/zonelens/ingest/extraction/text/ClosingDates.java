package io.zonelens.ingest.extraction.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an official text carries in its own layout when nothing labels a publication time: the closing date
 * under the issuing body (落款: 天津市人民政府 / 2025年3月12日, also 二〇二五年三月十二日), or a speech's dateline
 * right under its title (——2025年1月20日在云南省第十四届人民代表大会第四次会议上), or a date alone among the first lines
 * (a bulletin's 嘉兴市统计局 / 2025年3月20日).
 */
final class ClosingDates {

    private static final int DATELINE_LINES = 3;
    private static final int CLOSING_LINES = 2;
    private static final Pattern DATELINE = Pattern.compile("^[—－-]{1,2}\\s*((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)");
    private static final Pattern CHINESE_DATE = Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    private ClosingDates() {
    }

    static Optional<OffsetDateTime> find(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - CLOSING_LINES); i--) {
            String line = withArabicDate(paragraphs.get(i));
            if (PublicationTimeParser.isOnlyDate(line)) {
                return PublicationTimeParser.find(line);
            }
        }
        for (String line : paragraphs.subList(0, Math.min(DATELINE_LINES, paragraphs.size()))) {
            Matcher dateline = DATELINE.matcher(line.strip());
            if (dateline.find()) {
                return PublicationTimeParser.find(dateline.group(1));
            }
            // 嘉兴市统计局 / 2025年3月20日 under a bulletin's title: the issuer's date.
            String arabic = withArabicDate(line);
            if (PublicationTimeParser.isOnlyDate(arabic)) {
                return PublicationTimeParser.find(arabic);
            }
        }
        return Optional.empty();
    }

    /** 二〇二五年三月十二日 → 2025年3月12日; other text unchanged. */
    static String withArabicDate(String line) {
        Matcher date = CHINESE_DATE.matcher(line);
        if (!date.find()) {
            return line;
        }
        StringBuilder year = new StringBuilder();
        for (char c : date.group(1).toCharArray()) {
            year.append(c == '○' || c == '零' ? 0 : DIGITS.indexOf(c));
        }
        return line.substring(0, date.start()) + year + "年" + upToThirtyOne(date.group(2)) + "月" + upToThirtyOne(date.group(3))
                + "日" + line.substring(date.end());
    }

    /** 三 → 3, 十二 → 12, 二十 → 20, 三十一 → 31. */
    private static int upToThirtyOne(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
        int ones = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
