package io.zonelens.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the benchmarks share: unique documents of a sample's shape, and latency percentiles. */
final class BenchFigures {

    private BenchFigures() {
    }

    /** The sample with a token inside its first sentence, so every post is a new document of the same shape. */
    static byte[] unique(byte[] sample, String token) {
        String text = new String(sample, StandardCharsets.UTF_8);
        int sentenceEnd = text.indexOf('。');
        return (text.substring(0, sentenceEnd) + token + text.substring(sentenceEnd)).getBytes(StandardCharsets.UTF_8);
    }

    /** The latency at {@code quantile} of nanosecond figures sorted ascending, in milliseconds. */
    static double percentile(List<Long> sortedNanos, double quantile) {
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
