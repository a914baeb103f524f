package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/** Collects the annotated names of some training sentences into a gazetteer, each with its most frequent label. */
final class GazetteerBuilder {

    private GazetteerBuilder() {
    }

    static EntityGazetteer build(List<AnnotatedSentence> sentences, IntPredicate include, TagSet tags) {
        // TreeMap: the same entries in the same order on every run, so the model file is reproducible.
        Map<String, int[]> labelCounts = new TreeMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (!include.test(s)) {
                continue;
            }
            AnnotatedSentence sentence = sentences.get(s);
            for (TaggedSpan span : sentence.entities()) {
                labelCounts.computeIfAbsent(span.textIn(sentence.text()), surface -> new int[tags.labels().size()])
                        [tags.labelIndex(span.label())]++;
            }
        }
        List<EntityGazetteer.Entry> entries = new ArrayList<>(labelCounts.size());
        labelCounts.forEach((surface, counts) -> entries.add(new EntityGazetteer.Entry(surface, mostFrequent(counts))));
        return new EntityGazetteer(entries);
    }

    private static int mostFrequent(int[] counts) {
        int best = 0;
        for (int label = 1; label < counts.length; label++) {
            if (counts[label] > counts[best]) {
                best = label;
            }
        }
        return best;
    }
}
