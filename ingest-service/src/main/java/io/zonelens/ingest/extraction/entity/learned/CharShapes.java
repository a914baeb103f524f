package io.zonelens.ingest.extraction.entity.learned;

/** Folds characters that mean the same thing together and names their broad class, for the feature templates. */
final class CharShapes {

    static final int DIGIT = 1;
    static final int LATIN = 2;
    static final int CJK = 3;
    static final int CHINESE_NUMERAL = 4;
    static final int PUNCTUATION = 5;
    static final int SPACE = 6;
    static final int OTHER = 7;

    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";

    private CharShapes() {
    }

    /** Full-width ASCII to half-width, Latin to lower case, every digit to 0: all differences that name no entity. */
    static char normalize(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + 32);
        }
        return c;
    }

    /** Class of an already normalized character. */
    static int classOf(char c) {
        if (c == '0') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z') {
            return LATIN;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return SPACE;
        }
        if (CHINESE_NUMERALS.indexOf(c) >= 0) {
            return CHINESE_NUMERAL;
        }
        if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
            return CJK;
        }
        if (c < 0x80 || (c >= '\u2000' && c <= '\u206F') || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF')) {
            return PUNCTUATION;
        }
        return OTHER;
    }
}
