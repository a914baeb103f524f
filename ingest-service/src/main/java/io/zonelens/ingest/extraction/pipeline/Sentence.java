package io.zonelens.ingest.extraction.pipeline;

/** A sentence of the body: [start, end) in Java String offsets into {@link AnalyzedDocument#text()}. */
public record Sentence(int index, int start, int end) {

    public String textIn(String body) {
        return body.substring(start, end);
    }

    /** Whether the sentence holds any of the characters: a cheap test before a search that needs one of them. */
    public boolean holdsAnyOf(String body, String characters) {
        return anyOf(body, start, end, characters);
    }

    /** Whether [from, to) of the text holds any of the characters. */
    public static boolean anyOf(String text, int from, int to, String characters) {
        for (int i = from; i < to; i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
