package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;

import java.util.List;

/** The whole pipeline, as the service runs it, on a sample normalized as at intake. */
final class ExtractionFixture {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    static final Pipeline PIPELINE = new Pipeline(List.of(new SentenceSplitter(), new HanlpTokenizer(GAZETTEER),
            new EntityRecognizer(new Lexicon(GAZETTEER)), new QuantityRecognizer(), new PeriodRecognizer(),
            new IndicatorExtractor(new PlanTableReader())));

    private ExtractionFixture() {
    }

    /** The figures of a text with a title (or null) and a publication day (2024-01-20, at 09:00 Beijing time). */
    static List<Observation> extract(String title, String published, String text) {
        return PIPELINE.run(AnalyzedDocument.of("text", title, java.time.OffsetDateTime.parse(published + "T09:00:00+08:00"), text)).indicators();
    }

    /** The figures of a text a paper published (黔西南日报), with no title. */
    static List<Observation> extractPublishedBy(String source, String published, String text) {
        return PIPELINE.run(AnalyzedDocument.of("text", null, java.time.OffsetDateTime.parse(published + "T09:00:00+08:00"), source, text)).indicators();
    }

    /** The first figure of that value. */
    static Observation valued(List<Observation> all, double value) {
        return all.stream().filter(o -> o.value() == value).findFirst().orElseThrow(() -> new AssertionError("no " + value + " in " + all));
    }

    static AnalyzedDocument analyze(String sample) {
        NormalizedDocument normalized = new DocumentNormalizer().normalize(Samples.text(sample), "text/plain", null, null);
        return PIPELINE.run(AnalyzedDocument.of(sample, normalized.title(), normalized.publishedAt(), normalized.text()));
    }
}
