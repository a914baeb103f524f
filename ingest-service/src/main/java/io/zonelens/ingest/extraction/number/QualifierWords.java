package io.zonelens.ingest.extraction.number;

import java.util.List;
import java.util.Map;

/** The words that qualify a figure, before it (突破, 近, 约, 不低于, 不超过) or after it (以上, 以内, 左右). */
public final class QualifierWords {

    /** Longest first, so 超过 wins over 超 and 不超过 over 超过. */
    private static final List<Map.Entry<String, Qualifier>> BEFORE = List.of(
            Map.entry("不低于", Qualifier.AT_LEAST), Map.entry("不少于", Qualifier.AT_LEAST),
            Map.entry("不超过", Qualifier.AT_MOST), Map.entry("不高于", Qualifier.AT_MOST), Map.entry("不多于", Qualifier.AT_MOST),
            Map.entry("突破", Qualifier.MORE_THAN), Map.entry("超过", Qualifier.MORE_THAN), Map.entry("超出", Qualifier.MORE_THAN),
            Map.entry("高于", Qualifier.MORE_THAN), Map.entry("多于", Qualifier.MORE_THAN), Map.entry("大于", Qualifier.MORE_THAN),
            // 占比不足30%, 支出进度低于30%: short of it (no qualifier says "less than" more narrowly).
            Map.entry("不足", Qualifier.AT_MOST), Map.entry("不到", Qualifier.AT_MOST), Map.entry("低于", Qualifier.AT_MOST),
            Map.entry("少于", Qualifier.AT_MOST), Map.entry("小于", Qualifier.AT_MOST),
            Map.entry("接近", Qualifier.NEARLY), Map.entry("将近", Qualifier.NEARLY), Map.entry("逼近", Qualifier.NEARLY),
            Map.entry("大约", Qualifier.APPROX), Map.entry("约为", Qualifier.APPROX), Map.entry("约合", Qualifier.APPROX),
            Map.entry("大概", Qualifier.APPROX),
            Map.entry("至少", Qualifier.AT_LEAST), Map.entry("最少", Qualifier.AT_LEAST),
            Map.entry("最多", Qualifier.AT_MOST), Map.entry("至多", Qualifier.AT_MOST),
            Map.entry("超", Qualifier.MORE_THAN), Map.entry("逾", Qualifier.MORE_THAN),
            Map.entry("近", Qualifier.NEARLY), Map.entry("约", Qualifier.APPROX),
            // tables write the same with symbols: ≥41, >5, <3
            Map.entry("≥", Qualifier.AT_LEAST), Map.entry("≤", Qualifier.AT_MOST), Map.entry(">", Qualifier.MORE_THAN),
            Map.entry("＞", Qualifier.MORE_THAN), Map.entry("<", Qualifier.AT_MOST), Map.entry("＜", Qualifier.AT_MOST));

    private static final List<Map.Entry<String, Qualifier>> AFTER = List.of(
            Map.entry("及以上", Qualifier.AT_LEAST), Map.entry("及以下", Qualifier.AT_MOST),
            Map.entry("以上", Qualifier.AT_LEAST), Map.entry("以下", Qualifier.AT_MOST), Map.entry("以内", Qualifier.AT_MOST),
            Map.entry("之内", Qualifier.AT_MOST), Map.entry("左右", Qualifier.APPROX));

    /** 最近, 附近, 临近 … are not "nearly". */
    private static final String NOT_BEFORE_JIN = "最附临就邻靠贴亲";
    /** 签约6个项目, 节约资金, 预约, 合约 … are not "about". */
    private static final String NOT_BEFORE_YUE = "签预合履特契节制公隐相婚邀";

    private QualifierWords() {
    }

    /** A qualifier word ending exactly at {@code end} and not before {@code floor}, or null. */
    public static Match before(CharSequence text, int floor, int end) {
        for (Map.Entry<String, Qualifier> word : BEFORE) {
            int start = end - word.getKey().length();
            if (start >= floor && regionEquals(text, start, word.getKey())) {
                if (word.getKey().equals("近") && start > floor && NOT_BEFORE_JIN.indexOf(text.charAt(start - 1)) >= 0
                        || word.getKey().equals("约") && start > floor && NOT_BEFORE_YUE.indexOf(text.charAt(start - 1)) >= 0) {
                    return null;
                }
                return new Match(start, end, word.getValue());
            }
        }
        return null;
    }

    /** A qualifier word starting exactly at {@code start} and ending before {@code limit}, or null. */
    public static Match after(CharSequence text, int start, int limit) {
        for (Map.Entry<String, Qualifier> word : AFTER) {
            int end = start + word.getKey().length();
            if (end <= limit && regionEquals(text, start, word.getKey())) {
                return new Match(start, end, word.getValue());
            }
        }
        return null;
    }

    /** The qualifier of a whole table cell or phrase such as "41以上", "约30", "不超过5". */
    public static Qualifier of(String phrase) {
        String s = phrase.strip();
        for (int i = 0; i <= s.length(); i++) {
            Match match = before(s, 0, i);
            if (match != null && match.start() == 0 && i < s.length() && startsNumber(s.charAt(i))) {
                return match.qualifier();
            }
        }
        for (int i = 0; i < s.length(); i++) {
            Match match = after(s, i, s.length());
            if (match != null && match.end() == s.length()) {
                return match.qualifier();
            }
        }
        return Qualifier.EXACT;
    }

    private static boolean startsNumber(char c) {
        return NumberParser.isArabicDigit(c) || NumberParser.isChineseNumeral(c);
    }

    static boolean regionEquals(CharSequence text, int start, String word) {
        if (start < 0 || start + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(start + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public record Match(int start, int end, Qualifier qualifier) {
    }
}
