package io.zonelens.query.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chinese-aware terms without a segmenter: overlapping character bigrams for CJK runs (a lone character stands
 * for itself) and lower-cased words for Latin letters and digits. The same terms index documents and queries,
 * so a query matches wherever all its bigrams occur.
 */
public final class SearchTerms {

    private SearchTerms() {
    }

    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isCjk(c)) {
                int runStart = i;
                while (i < text.length() && isCjk(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                addBigrams(text.substring(runStart, i), terms);
            } else if (Character.isLetterOrDigit(c)) {
                int runStart = i;
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i)) && !isCjk(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                terms.add(text.substring(runStart, i).toLowerCase(Locale.ROOT));
            } else {
                i += Character.charCount(c);
            }
        }
        return terms;
    }

    public static String joined(String text) {
        return String.join(" ", of(text));
    }

    private static void addBigrams(String run, List<String> terms) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            terms.add(run);
            return;
        }
        for (int k = 0; k + 1 < chars.length; k++) {
            terms.add(new String(chars, k, 2));
        }
    }

    static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
