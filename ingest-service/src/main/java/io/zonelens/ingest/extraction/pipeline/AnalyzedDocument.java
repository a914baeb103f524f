package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.entity.EntityLayer;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.period.PeriodMention;
import io.zonelens.ingest.extraction.text.TraditionalScript;
import io.zonelens.ingest.extraction.token.Token;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one document model every stage reads and extends. Fields are typed, and a stage adds its layer by
 * returning a copy, so a reader sees what each stage reads and writes. A layer not yet added is null.
 */
public record AnalyzedDocument(String documentId, String title, OffsetDateTime publishedAt, String source, String text,
                               List<Sentence> sentences, List<Token> tokens, EntityLayer entities,
                               List<Quantity> quantities, List<PeriodMention> periods, List<Observation> indicators) {

    /** A text analyzed as sent, with no outlet named apart from it. */
    public static AnalyzedDocument of(String documentId, String title, OffsetDateTime publishedAt, String text) {
        return of(documentId, title, publishedAt, null, text);
    }

    /**
     * A document whose intake named its {@code source} (the outlet or body that published it: 天津日报), or null; a source
     * line intake cut from the body is no longer in {@code text}, but 本报 in it still names that paper. A text in traditional
     * characters is analyzed in simplified ones, character for character (same offsets).
     */
    public static AnalyzedDocument of(String documentId, String title, OffsetDateTime publishedAt, String source, String text) {
        if (text != null && TraditionalScript.isTraditional(text)) {
            return of(documentId, TraditionalScript.simplified(title), publishedAt, TraditionalScript.simplified(source), TraditionalScript.simplified(text));
        }
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, null, null, null, null, null, null);
    }

    public AnalyzedDocument withSentences(List<Sentence> sentences) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, List.copyOf(sentences), tokens, entities, quantities, periods, indicators);
    }

    public AnalyzedDocument withTokens(List<Token> tokens) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, sentences, List.copyOf(tokens), entities, quantities, periods, indicators);
    }

    public AnalyzedDocument withEntities(EntityLayer entities) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, sentences, tokens, entities, quantities, periods, indicators);
    }

    public AnalyzedDocument withQuantities(List<Quantity> quantities) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, sentences, tokens, entities, List.copyOf(quantities), periods, indicators);
    }

    public AnalyzedDocument withPeriods(List<PeriodMention> periods) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, sentences, tokens, entities, quantities, List.copyOf(periods), indicators);
    }

    public AnalyzedDocument withIndicators(List<Observation> indicators) {
        return new AnalyzedDocument(documentId, title, publishedAt, source, text, sentences, tokens, entities, quantities, periods, List.copyOf(indicators));
    }

    public Set<Layer> layers() {
        Set<Layer> present = EnumSet.of(Layer.TEXT);
        addIf(present, sentences, Layer.SENTENCES);
        addIf(present, tokens, Layer.TOKENS);
        addIf(present, entities, Layer.ENTITIES);
        addIf(present, quantities, Layer.QUANTITIES);
        addIf(present, periods, Layer.PERIODS);
        addIf(present, indicators, Layer.INDICATORS);
        return present;
    }

    private static void addIf(Set<Layer> present, Object layer, Layer name) {
        if (layer != null) {
            present.add(name);
        }
    }
}
