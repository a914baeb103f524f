package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.entity.EntityLayer;
import io.zonelens.ingest.extraction.token.Token;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one document model every stage reads and extends. Fields are typed, and a stage adds its layer by
 * returning a copy, so a reader sees what each stage reads and writes. A layer not yet added is null.
 */
public record AnalyzedDocument(String documentId, String title, OffsetDateTime publishedAt, String text,
                               List<Sentence> sentences, List<Token> tokens, EntityLayer entities) {

    public static AnalyzedDocument of(String documentId, String title, OffsetDateTime publishedAt, String text) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, null, null, null);
    }

    public AnalyzedDocument withSentences(List<Sentence> sentences) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, List.copyOf(sentences), tokens, entities);
    }

    public AnalyzedDocument withTokens(List<Token> tokens) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, sentences, List.copyOf(tokens), entities);
    }

    public AnalyzedDocument withEntities(EntityLayer entities) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, sentences, tokens, entities);
    }

    public Set<Layer> layers() {
        Set<Layer> present = EnumSet.of(Layer.TEXT);
        if (sentences != null) {
            present.add(Layer.SENTENCES);
        }
        if (tokens != null) {
            present.add(Layer.TOKENS);
        }
        if (entities != null) {
            present.add(Layer.ENTITIES);
        }
        return present;
    }
}
