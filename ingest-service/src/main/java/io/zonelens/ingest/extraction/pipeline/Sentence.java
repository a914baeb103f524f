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

    /** What ends a clause (or the sentence): commas, semicolons, colons and sentence marks. */
    public static final String CLAUSE_BREAKS = "，,；;：:。！？!?\n";

    /** Where the clause holding {@code offset} starts: after the last clause break before it in this sentence. */
    public int clauseStartBefore(String body, int offset) {
        for (int i = offset - 1; i >= start; i--) {
            if (CLAUSE_BREAKS.indexOf(body.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return start;
    }

    /** Where the part of the sentence holding {@code offset} starts: after the last ； before it (a list of separate items). */
    public int partStartBefore(String body, int offset) {
        for (int i = offset - 1; i >= start; i--) {
            if (body.charAt(i) == '；' || body.charAt(i) == ';') {
                return i + 1;
            }
        }
        return start;
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
