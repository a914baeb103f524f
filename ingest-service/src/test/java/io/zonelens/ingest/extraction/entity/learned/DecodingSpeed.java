package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.Samples;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-threaded decoding throughput, in characters per second of this thread's CPU time (so that other
 * work on a shared machine does not count against the tagger), after a warm-up for the JIT.
 */
final class DecodingSpeed {

    private DecodingSpeed() {
    }

    /** The five sample news and government pages, one paragraph per call, as the pipeline would feed them. */
    static List<String> sampleParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (String file : Samples.FILES) {
            for (String line : Samples.text(file).split("\n")) {
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            }
        }
        return paragraphs;
    }

    static double charsPerSecond(LearnedEntityTagger tagger, List<String> texts, long measureMillis) {
        run(tagger, texts, Math.max(1000, measureMillis / 2));
        return run(tagger, texts, measureMillis);
    }

    private static double run(LearnedEntityTagger tagger, List<String> texts, long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long spans = 0;
        long began = threads.getCurrentThreadCpuTime();
        long deadline = began + millis * 1_000_000L;
        while (threads.getCurrentThreadCpuTime() < deadline) {
            for (String text : texts) {
                spans += tagger.tag(text).size();
                chars += text.length();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - began) / 1e9;
        if (spans < 0) {
            throw new AssertionError("unreachable; keeps the work from being optimized away");
        }
        return chars / seconds;
    }
}
