package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level text helpers shared by every normalizer. */
final class TextLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085");
    /** Spaces that String.strip() does not treat as whitespace, or that only pad layout. */
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\f\\u000B]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

    private TextLines() {
    }

    static List<String> split(String text) {
        return new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
    }

    /** Trims a line and collapses layout whitespace (NBSP, ideographic space, tabs) to single spaces. */
    static String clean(String line) {
        if (line == null) {
            return "";
        }
        String text = INVISIBLE.matcher(line).replaceAll("");
        text = ODD_SPACE.matcher(text).replaceAll(" ");
        text = SPACE_RUN.matcher(text).replaceAll(" ");
        return text.strip();
    }

    /** Splits, cleans and drops empty lines. */
    static List<String> nonEmptyLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = clean(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Maps full-width ASCII variants (：（）［］｜＞ and full-width letters/digits) to ASCII and the
     * ideographic space to a space. One char in, one char out, so match offsets on the folded string
     * are valid on the original: patterns are written once for half- and full-width punctuation.
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == '\u3010' || c == '\u3014') { // 【 〔
                chars[i] = '[';
            } else if (c == '\u3011' || c == '\u3015') { // 】 〕
                chars[i] = ']';
            }
        }
        return new String(chars);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static int hanCount(String text) {
        return (int) text.codePoints().filter(TextLines::isHan).count();
    }

    /** Compares two lines ignoring whitespace and half/full-width punctuation differences. */
    static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return squeeze(a).equals(squeeze(b));
    }

    private static String squeeze(String text) {
        return fold(text).replaceAll("\\s+", "");
    }

    /** Joins two soft-wrapped lines: no space between CJK characters, one space otherwise. */
    static String joinWrapped(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        int last = left.codePointBefore(left.length());
        int first = right.codePointAt(0);
        boolean cjkBoundary = isCjkOrFullWidth(last) || isCjkOrFullWidth(first);
        return cjkBoundary ? left + right : left + " " + right;
    }

    private static boolean isCjkOrFullWidth(int codePoint) {
        return isHan(codePoint) || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
