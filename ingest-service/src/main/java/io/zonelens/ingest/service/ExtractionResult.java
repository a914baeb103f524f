package io.zonelens.ingest.service;

import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;

import java.util.List;

/** What is stored of a pipeline run: the version that produced it and each layer's findings with offsets. */
public record ExtractionResult(String pipelineVersion, List<Sentence> sentences, List<Observation> indicators) {

    public static ExtractionResult of(String pipelineVersion, AnalyzedDocument document) {
        return new ExtractionResult(pipelineVersion, document.sentences(), document.indicators());
    }
}
