package io.zonelens.ingest.extraction.token;

/** A word of the body from segmentation: [start, end) in Java String offsets into the document text, with its HanLP part of speech. */
public record Token(int start, int end, String word, String pos) {

    public boolean posStartsWith(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }

    /** A letter or digit of a Latin-script name, accented letters too (Krüger, Atlântico). */
    public static boolean latinLetterOrDigit(int c) {
        return c < 128 && Character.isLetterOrDigit(c) || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
