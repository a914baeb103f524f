package io.zonelens.ingest.extraction.entity;

/** Round brackets, full-width or not, as names and titles use them: 中国（上海）自由贸易试验区, 副主任（正局级）. */
final class Brackets {

    private Brackets() {
    }

    /** One round bracket, opening or closing. */
    static boolean isBracket(String word) {
        return word.length() == 1 && "()（）".contains(word);
    }

    /**
     * Where the bracket closed at {@code close} opens, brackets nested inside it skipped (（中国（上海）自由贸易试验区）), or -1
     * when no closing bracket stands at {@code close} or it opens nowhere.
     */
    static int openingOf(String text, int close) {
        if (close < 1 || close >= text.length() || "）)".indexOf(text.charAt(close)) < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if ((c == '（' || c == '(') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
