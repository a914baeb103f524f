package io.zonelens.ingest.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.indicator.IndicatorExtractor;
import io.zonelens.ingest.extraction.indicator.PlanTableReader;
import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction speed per core on the samples, in one JVM and one run, against HanLP segmentation of the same sentences
 * (Viterbi with name, place and organization recognition, the reference; and the default segmenter, for scale): the entity pipeline (sentences, tokens, entities) and the whole pipeline (plus quantities, periods,
 * indicators), rounds interleaved, best round of each (the least disturbed on a shared machine). Only in the bench
 * profile: {@code ./mvnw -Pbench -pl ingest-service -am verify}. Figures go to target/bench/extraction.md.
 */
@Tag("bench")
class ExtractionBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

    @Test
    void extractionSpeedAgainstPlainSegmentation() throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        SentenceSplitter sentences = new SentenceSplitter();
        HanlpTokenizer tokens = new HanlpTokenizer(gazetteer);
        EntityRecognizer entities = new EntityRecognizer(new Lexicon(gazetteer));
        Pipeline entityPipeline = new Pipeline(List.of(sentences, tokens, entities));
        List<PipelineStage> fullStages = List.of(sentences, tokens, entities, new QuantityRecognizer(), new PeriodRecognizer(),
                new IndicatorExtractor(new PlanTableReader()));
        new Pipeline(fullStages); // checks the stages' order; the rounds below run them one by one to time each
        long[] stageTime = new long[fullStages.size()];
        EntityRecognizer patternsOnly = new EntityRecognizer(new Lexicon(gazetteer), EntityRecognizer.patternSources(gazetteer),
                io.zonelens.ingest.extraction.entity.SourceRanking.standard());
        Pipeline withoutTagger = new Pipeline(List.of(sentences, tokens, patternsOnly, new QuantityRecognizer(), new PeriodRecognizer(),
                new IndicatorExtractor(new PlanTableReader())));
        List<AnalyzedDocument> documents = Samples.FILES.stream().map(file -> {
            var normalized = new DocumentNormalizer().normalize(Samples.text(file), "text/plain", null, null);
            return AnalyzedDocument.of(file, normalized.title(), normalized.publishedAt(), normalized.text());
        }).toList();
        long chars = documents.stream().mapToLong(document -> document.text().length()).sum();

        Segment viterbiNer = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
        long hanlp = Long.MAX_VALUE;
        long hanlpNer = Long.MAX_VALUE;
        long entityOnly = Long.MAX_VALUE;
        long full = Long.MAX_VALUE;
        long untagged = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS + 3; round++) {
            long t0 = System.nanoTime();
            int words = segmentPlainly(documents, sentences, HanLP.newSegment());
            long tNer = System.nanoTime();
            segmentPlainly(documents, sentences, viterbiNer);
            long t1 = System.nanoTime();
            int mentions = run(entityPipeline, documents, d -> d.entities().mentions().size());
            long t2 = System.nanoTime();
            int observations = runTimingStages(fullStages, documents, round >= 3 ? stageTime : new long[fullStages.size()]);
            long t3 = System.nanoTime();
            run(withoutTagger, documents, d -> d.indicators().size());
            long t4 = System.nanoTime();
            assertTrue(words > 0 && mentions > 0 && observations > 0);
            if (round >= 3) {
                hanlp = Math.min(hanlp, tNer - t0);
                hanlpNer = Math.min(hanlpNer, t1 - tNer);
                entityOnly = Math.min(entityOnly, t2 - t1);
                full = Math.min(full, t3 - t2);
                untagged = Math.min(untagged, t4 - t3);
            }
        }
        double hanlpRate = chars / (hanlp / 1e9);
        double hanlpNerRate = chars / (hanlpNer / 1e9);
        double entityRate = chars / (entityOnly / 1e9);
        double fullRate = chars / (full / 1e9);
        double untaggedRate = chars / (untagged / 1e9);
        String report = String.format("""
                | figure (one thread, best of %d rounds, %d chars of samples) | value |
                | --- | --- |
                | HanLP Viterbi segmentation with name, place and organization recognition, chars/s | %.0f |
                | HanLP default segmentation (name recognition only), chars/s | %.0f |
                | sentences + tokens + entities, chars/s | %.0f |
                | whole pipeline (+ quantities, periods, indicators), chars/s | %.0f |
                | whole pipeline / Viterbi with recognition | %.2f |
                | whole pipeline / default segmentation | %.2f |
                | share of the whole pipeline's time by stage, summed over its rounds | %s |
                | whole pipeline, learned-tagger=false (gazetteers and patterns only), chars/s | %.0f |
                | learned-tagger=false / Viterbi with recognition | %.2f |
                """, ROUNDS, chars, hanlpNerRate, hanlpRate, entityRate, fullRate, fullRate / hanlpNerRate, fullRate / hanlpRate,
                shares(fullStages, stageTime), untaggedRate, untaggedRate / hanlpNerRate);
        Path out = Path.of("target", "bench", "extraction.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nExtraction benchmark\n" + report);
    }

    private static int segmentPlainly(List<AnalyzedDocument> documents, SentenceSplitter splitter, Segment segment) {
        int words = 0;
        for (AnalyzedDocument document : documents) {
            for (Sentence sentence : splitter.split(document.text())) {
                words += segment.seg(sentence.textIn(document.text())).size();
            }
        }
        return words;
    }

    /** Runs the stages in order on each document, adding each stage's time to its slot: a direct share, not a difference of two noisy rates. */
    private static int runTimingStages(List<PipelineStage> stages, List<AnalyzedDocument> documents, long[] stageTime) {
        int observations = 0;
        for (AnalyzedDocument document : documents) {
            AnalyzedDocument current = document;
            for (int i = 0; i < stages.size(); i++) {
                long start = System.nanoTime();
                current = stages.get(i).apply(current);
                stageTime[i] += System.nanoTime() - start;
            }
            observations += current.indicators().size();
        }
        return observations;
    }

    private static String shares(List<PipelineStage> stages, long[] stageTime) {
        double total = Arrays.stream(stageTime).sum();
        return IntStream.range(0, stages.size())
                .mapToObj(i -> String.format("%s %.0f%%", stages.get(i).name(), stageTime[i] * 100 / total))
                .collect(Collectors.joining(", "));
    }

    private static int run(Pipeline pipeline, List<AnalyzedDocument> documents, java.util.function.ToIntFunction<AnalyzedDocument> count) {
        int found = 0;
        for (AnalyzedDocument document : documents) {
            found += count.applyAsInt(pipeline.run(document));
        }
        return found;
    }
}
