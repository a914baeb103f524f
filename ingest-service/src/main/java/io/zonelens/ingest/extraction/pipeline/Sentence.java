package io.zonelens.ingest.extraction.pipeline;

/** A sentence of the body: [start, end) in Java String offsets into {@link AnalyzedDocument#text()}. */
public record Sentence(int index, int start, int end) {

    public String textIn(String body) {
        return body.substring(start, end);
    }
}
