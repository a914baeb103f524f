package io.zonelens.ingest.extraction.token;

/** A word of the body from segmentation: [start, end) in Java String offsets into the document text, with its HanLP part of speech. */
public record Token(int start, int end, String word, String pos) {

    public boolean posStartsWith(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }
}
