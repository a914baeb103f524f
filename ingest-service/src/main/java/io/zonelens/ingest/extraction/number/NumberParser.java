package io.zonelens.ingest.extraction.number;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads numbers as Chinese documents write them: Arabic (1,350 / 968.9), full-width (２０２５), Chinese
 * (三千五百, 两万, 二〇三五), mixed (2.7万, 1.5万亿), fractions (三分之一, 1/4) and 百分之 (百分之五十 → 50).
 * Stateless; every method is a single left-to-right pass.
 */
public final class NumberParser {

    private NumberParser() {
    }

    /** The value of a whole string, or null when it is not one number. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("百分之")) {
            return parse(s.substring(3));
        }
        int fraction = s.indexOf("分之");
        if (fraction > 0) {
            BigDecimal denominator = parse(s.substring(0, fraction));
            BigDecimal numerator = parse(s.substring(fraction + 2));
            return denominator == null || numerator == null || denominator.signum() == 0 ? null
                    : numerator.divide(denominator, MathContext.DECIMAL64);
        }
        int slash = s.indexOf('/');
        if (slash > 0) {
            BigDecimal numerator = parse(s.substring(0, slash));
            BigDecimal denominator = parse(s.substring(slash + 1));
            return denominator == null || numerator == null || denominator.signum() == 0 ? null
                    : numerator.divide(denominator, MathContext.DECIMAL64);
        }
        if (isArabicDigit(s.charAt(0))) {
            int end = arabicEnd(s, 0);
            BigDecimal value = arabicValue(s, 0, end);
            if (end == s.length()) {
                return value;
            }
            // 2.7万, 1.5万亿: the rest must be a magnitude and nothing else
            var magnitude = UnitCatalog.magnitudeAt(s, end);
            if (magnitude != null && end + magnitude.getKey().length() == s.length()) {
                return value.multiply(BigDecimal.valueOf(magnitude.getValue()));
            }
            return null;
        }
        int end = chineseEnd(s, 0);
        return end == s.length() ? chineseValue(s, 0, end) : null;
    }

    public static Double parseDouble(String text) {
        BigDecimal value = parse(text);
        return value == null ? null : value.doubleValue();
    }

    // ---- Arabic numerals

    public static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char ascii(char c) {
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
    }

    /**
     * End of the Arabic numeral starting at {@code start}: digits, thousands groups (1,350,000: a comma followed by exactly
     * three digits) and one decimal part. A comma not followed by three digits is a clause comma and ends the number.
     */
    public static int arabicEnd(CharSequence s, int start) {
        int i = start;
        int n = s.length();
        while (i < n && isArabicDigit(s.charAt(i))) {
            i++;
        }
        while (i < n && s.charAt(i) == ',' && threeDigitsAt(s, i + 1)) {
            i += 4;
        }
        if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '．') && isArabicDigit(s.charAt(i + 1))) {
            i++;
            while (i < n && isArabicDigit(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean threeDigitsAt(CharSequence s, int i) {
        return i + 3 <= s.length() && isArabicDigit(s.charAt(i)) && isArabicDigit(s.charAt(i + 1)) && isArabicDigit(s.charAt(i + 2))
                && (i + 3 == s.length() || !isArabicDigit(s.charAt(i + 3)));
    }

    public static BigDecimal arabicValue(CharSequence s, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = ascii(s.charAt(i));
            if (c == '．') {
                c = '.';
            }
            if (c != ',') {
                digits.append(c);
            }
        }
        return new BigDecimal(digits.toString());
    }

    // ---- Chinese numerals

    /** 0–9 for a Chinese digit (〇零一二两三…九, and the financial forms), else -1. */
    public static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '零', '○' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '贰' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** 10, 100, 1000, 1e4, 1e8 for 十百千万亿, else 0. */
    public static long chineseUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0L;
        };
    }

    public static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    public static int chineseEnd(CharSequence s, int start) {
        int i = start;
        while (i < s.length() && isChineseNumeral(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The value of a Chinese numeral, or null when it is not well formed (十四五 is a plan's name, not a number).
     * Digits only (二〇三五) read positionally; otherwise 十/百/千 scale the digit before them within a section and
     * 万/亿 scale everything before them.
     */
    public static BigDecimal chineseValue(CharSequence s, int start, int end) {
        if (end <= start) {
            return null;
        }
        boolean digitsOnly = true;
        for (int i = start; i < end; i++) {
            if (chineseDigit(s.charAt(i)) < 0) {
                digitsOnly = false;
                break;
            }
        }
        if (digitsOnly) {
            if (end - start > 1 && (s.charAt(start) == '两' || s.charAt(start) == '兩')) {
                return null; // 两三 is "two or three", not 23
            }
            long value = 0;
            for (int i = start; i < end; i++) {
                value = value * 10 + chineseDigit(s.charAt(i));
            }
            return end - start > 1 && hasNoZeroDigit(s, start, end) ? null : BigDecimal.valueOf(value);
        }
        long total = 0;    // everything already scaled by 亿
        long section = 0;  // below the current 亿, possibly scaled by 万
        long small = 0;    // below the current 万
        long digit = -1;   // pending digit, -1 when none
        long lastSmallUnit = Long.MAX_VALUE;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int d = chineseDigit(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null; // two digits in a row without a unit between them: 十四五
                }
                digit = d;
                continue;
            }
            long unit = chineseUnit(c);
            if (unit < 10_000L) {
                if (unit >= lastSmallUnit) {
                    return null; // 百 after 十 within one section is not a number
                }
                small += (digit < 0 ? 1 : digit) * unit;
                lastSmallUnit = unit;
            } else if (unit == 10_000L) {
                long below = small + Math.max(digit, 0);
                section += (below == 0 && section == 0 ? 1 : below) * 10_000L; // a bare 万 (万亿, 超万人) is one 万
                small = 0;
                lastSmallUnit = Long.MAX_VALUE;
            } else {
                long below = section + small + Math.max(digit, 0);
                total = (total + (below == 0 ? 1 : below)) * 100_000_000L;
                section = 0;
                small = 0;
                lastSmallUnit = Long.MAX_VALUE;
            }
            digit = -1;
        }
        long value = total + section + small + Math.max(digit, 0);
        if (value == 0 && chineseUnit(s.charAt(start)) > 0) {
            return null;
        }
        return BigDecimal.valueOf(value);
    }

    /** 二〇三五 and 二三 read positionally only when a 〇/零 shows the writer meant digits (a year, a code). */
    private static boolean hasNoZeroDigit(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chineseDigit(s.charAt(i)) == 0) {
                return false;
            }
        }
        return end - start < 4; // 二〇二一 has a zero; 一二三四 (four digits) also reads positionally
    }
}
