package io.zonelens.ingest.extraction.period;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds the PERIODS layer: every period expression, resolved against the document's publication date. */
@ApplicationScoped
public class PeriodRecognizer implements PipelineStage {

    @Override
    public String name() {
        return "periods";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.PERIODS);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        LocalDate published = document.publishedAt() == null ? null : document.publishedAt().toLocalDate();
        PeriodScanner.Reader reader = PeriodScanner.forDocument(published, document.title());
        List<PeriodMention> periods = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            periods.addAll(reader.scan(document.text(), sentence.start(), sentence.end()));
        }
        return document.withPeriods(periods);
    }
}
