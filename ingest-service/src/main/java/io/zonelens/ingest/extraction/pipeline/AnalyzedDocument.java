package io.zonelens.ingest.extraction.pipeline;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one document model every stage reads and extends. Fields are typed, and a stage adds its layer by
 * returning a copy, so a reader sees what each stage reads and writes. A layer not yet added is null.
 */
public record AnalyzedDocument(String documentId, String title, OffsetDateTime publishedAt, String text,
                               List<Sentence> sentences) {

    public static AnalyzedDocument of(String documentId, String title, OffsetDateTime publishedAt, String text) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, null);
    }

    public AnalyzedDocument withSentences(List<Sentence> sentences) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, List.copyOf(sentences));
    }

    public Set<Layer> layers() {
        Set<Layer> present = EnumSet.of(Layer.TEXT);
        if (sentences != null) {
            present.add(Layer.SENTENCES);
        }
        return present;
    }
}
