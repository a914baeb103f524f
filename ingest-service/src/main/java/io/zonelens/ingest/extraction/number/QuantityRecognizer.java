package io.zonelens.ingest.extraction.number;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds the QUANTITIES layer: every figure of every sentence, scanned once per sentence. */
@ApplicationScoped
public class QuantityRecognizer implements PipelineStage {

    private final QuantityScanner scanner = new QuantityScanner();

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.QUANTITIES);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        List<Quantity> quantities = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            quantities.addAll(scanner.scan(document.text(), sentence.start(), sentence.end()));
        }
        return document.withQuantities(quantities);
    }
}
