package io.zonelens.ingest.extraction.entity.learned;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Per-label and micro-averaged precision, recall and F1 with exact span matching, as CLUENER's scorer counts. */
record EntityEvaluation(Map<String, LabelScore> byLabel, LabelScore micro) {

    static EntityEvaluation of(Function<String, List<TaggedSpan>> tagger, List<AnnotatedSentence> sentences,
                               List<String> labels) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        labels.forEach(label -> counts.put(label, new int[3]));
        for (AnnotatedSentence sentence : sentences) {
            Set<TaggedSpan> gold = new HashSet<>(sentence.entities());
            Set<TaggedSpan> predicted = new HashSet<>(tagger.apply(sentence.text()));
            for (TaggedSpan span : predicted) {
                counts.get(span.label())[gold.contains(span) ? 0 : 1]++;
            }
            for (TaggedSpan span : gold) {
                if (!predicted.contains(span)) {
                    counts.get(span.label())[2]++;
                }
            }
        }
        Map<String, LabelScore> byLabel = new LinkedHashMap<>();
        LabelScore micro = new LabelScore("micro", 0, 0, 0);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            LabelScore score = new LabelScore(entry.getKey(), c[0], c[1], c[2]);
            byLabel.put(entry.getKey(), score);
            micro = micro.plus(score);
        }
        return new EntityEvaluation(byLabel, new LabelScore("micro avg", micro.truePositives(),
                micro.falsePositives(), micro.falseNegatives()));
    }

    double f1(String label) {
        return byLabel.get(label).f1() * 100;
    }

    /** A Markdown table, percentages with one decimal. */
    String table() {
        StringBuilder out = new StringBuilder("| label | P | R | F1 | gold spans |\n| --- | ---: | ---: | ---: | ---: |\n");
        byLabel.values().forEach(score -> row(out, score));
        row(out, micro);
        return out.toString();
    }

    private static void row(StringBuilder out, LabelScore score) {
        out.append(String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", score.label(),
                score.precision() * 100, score.recall() * 100, score.f1() * 100, score.gold()));
    }
}
