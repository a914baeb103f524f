package io.zonelens.ingest.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters read as simplified (發展 → 发展), one character for one so that every offset stays the
 * same: Macau and Hong Kong write their news of 橫琴粵澳深度合作區 or 前海 in traditional characters, while every
 * dictionary, gazetteer and pattern here is simplified. Only a text written in traditional characters is converted;
 * a simplified one keeps characters the table would change (乾 of 乾隆).
 */
public final class TraditionalScript {

    /** HanLP's traditional-to-simplified table; its one-character entries within the BMP are used. */
    private static final String TABLE = "/data/dictionary/tc/t2s.txt";
    /** Traditional-only characters make up about a third of a traditional text and none of a simplified one. */
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final int MIN_TRADITIONAL = 10;
    private static final char[] SIMPLIFIED = load();

    private TraditionalScript() {
    }

    /** The text in simplified characters where it is written in traditional ones, else the text itself. */
    public static String toSimplified(String text) {
        return text != null && isTraditional(text) ? simplified(text) : text;
    }

    /** Every traditional character of the text (a title, say, of a text found traditional) made simplified. */
    public static String simplified(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SIMPLIFIED[chars[i]];
        }
        return new String(chars);
    }

    public static boolean isTraditional(String text) {
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF') {
                han++;
                if (SIMPLIFIED[c] != c) {
                    traditional++;
                }
            }
        }
        return traditional >= MIN_TRADITIONAL && traditional >= han * TRADITIONAL_SHARE;
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = TraditionalScript.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                // One character for one: a phrase or a character outside the BMP would move the offsets after it.
                if (equals == 1 && line.length() == 3) {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return table;
    }
}
