package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.period.PeriodMention;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one document model every stage reads and extends. Fields are typed, and a stage adds its layer by
 * returning a copy, so a reader sees what each stage reads and writes. A layer not yet added is null.
 */
public record AnalyzedDocument(String documentId, String title, OffsetDateTime publishedAt, String text,
                               List<Sentence> sentences, List<Quantity> quantities, List<PeriodMention> periods,
                               List<Observation> indicators) {

    public static AnalyzedDocument of(String documentId, String title, OffsetDateTime publishedAt, String text) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, null, null, null, null);
    }

    public AnalyzedDocument withSentences(List<Sentence> sentences) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, List.copyOf(sentences), quantities, periods, indicators);
    }

    public AnalyzedDocument withQuantities(List<Quantity> quantities) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, sentences, List.copyOf(quantities), periods, indicators);
    }

    public AnalyzedDocument withPeriods(List<PeriodMention> periods) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, sentences, quantities, List.copyOf(periods), indicators);
    }

    public AnalyzedDocument withIndicators(List<Observation> indicators) {
        return new AnalyzedDocument(documentId, title, publishedAt, text, sentences, quantities, periods, List.copyOf(indicators));
    }

    public Set<Layer> layers() {
        Set<Layer> present = EnumSet.of(Layer.TEXT);
        if (sentences != null) {
            present.add(Layer.SENTENCES);
        }
        if (quantities != null) {
            present.add(Layer.QUANTITIES);
        }
        if (periods != null) {
            present.add(Layer.PERIODS);
        }
        if (indicators != null) {
            present.add(Layer.INDICATORS);
        }
        return present;
    }
}
