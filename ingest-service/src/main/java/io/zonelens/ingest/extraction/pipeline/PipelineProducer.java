package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.indicator.IndicatorExtractor;
import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.List;

/** The order of the stages, in one place. */
public class PipelineProducer {

    @Produces
    @ApplicationScoped
    Pipeline pipeline(SentenceSplitter sentences, HanlpTokenizer tokens, EntityRecognizer entities,
                      QuantityRecognizer quantities, PeriodRecognizer periods, IndicatorExtractor indicators) {
        return new Pipeline(List.of(sentences, tokens, entities, quantities, periods, indicators));
    }
}
