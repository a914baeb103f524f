package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.indicator.IndicatorExtractor;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.List;

/** The order of the stages, in one place. */
public class PipelineProducer {

    @Produces
    @ApplicationScoped
    Pipeline pipeline(SentenceSplitter sentences, QuantityRecognizer quantities, PeriodRecognizer periods, IndicatorExtractor indicators) {
        return new Pipeline(List.of(sentences, quantities, periods, indicators));
    }
}
