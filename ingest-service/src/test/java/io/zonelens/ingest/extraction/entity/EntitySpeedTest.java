package io.zonelens.ingest.extraction.entity;

import com.hankcs.hanlp.HanLP;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentences, segmentation and entity recognition together against plain HanLP.segment on the same sentences, in
 * the same JVM, after warm-up. The target is at least 65% of HanLP's speed; the assertion leaves room for a busy
 * shared machine.
 */
class EntitySpeedTest {

    private static final int ROUNDS = 5;

    @Test
    void extractionRunsNearPlainHanlpSpeed() {
        List<String> texts = Samples.FILES.stream()
                .map(f -> new DocumentNormalizer().normalize(Samples.text(f), "text/plain", null, null).text()).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < 2; i++) {
            plainHanlp(texts);
            pipeline(texts);
        }
        long hanlpNanos = 0;
        long pipelineNanos = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            plainHanlp(texts);
            long t1 = System.nanoTime();
            pipeline(texts);
            long t2 = System.nanoTime();
            hanlpNanos += t1 - t0;
            pipelineNanos += t2 - t1;
        }
        double hanlpRate = chars * ROUNDS / (hanlpNanos / 1e9);
        double pipelineRate = chars * ROUNDS / (pipelineNanos / 1e9);
        double ratio = pipelineRate / hanlpRate;
        long t3 = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            for (String text : texts) {
                EntityFixture.TOKENIZER.apply(EntityFixture.SPLITTER.apply(AnalyzedDocument.of("speed", null, null, text)));
            }
        }
        double tokenRate = chars * ROUNDS / ((System.nanoTime() - t3) / 1e9);
        System.out.printf("of which sentences+tokens alone: %.0f chars/s%n", tokenRate);
        System.out.printf("plain HanLP.segment: %.0f chars/s; sentences+tokens+entities: %.0f chars/s; ratio %.2f%n", hanlpRate, pipelineRate, ratio);
        assertTrue(ratio >= 0.5, "ratio " + ratio);
    }

    private static int plainHanlp(List<String> texts) {
        int words = 0;
        for (String text : texts) {
            for (Sentence s : EntityFixture.SPLITTER.split(text)) {
                words += HanLP.segment(text.substring(s.start(), s.end())).size();
            }
        }
        return words;
    }

    private static int pipeline(List<String> texts) {
        int mentions = 0;
        for (String text : texts) {
            AnalyzedDocument document = EntityFixture.SPLITTER.apply(AnalyzedDocument.of("speed", null, null, text));
            mentions += EntityFixture.RECOGNIZER.apply(EntityFixture.TOKENIZER.apply(document)).entities().mentions().size();
        }
        return mentions;
    }
}
