package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One linear model out of two trained on the same sentences with the same features (the averaged perceptron and the
 * CRF): each model's weights, emission and transition alike, are divided by the root mean square of its emission
 * weights, so that neither dominates by scale alone, and the two are mixed. A mixture of linear models is a linear
 * model, so the result decodes exactly like either and as fast, and it errs less than both (README, "Entity model").
 */
final class ModelBlend {

    private ModelBlend() {
    }

    /** {@code (1 - secondShare) * first / rms(first) + secondShare * second / rms(second)}; the first's gazetteer. */
    static TaggerModel of(TaggerModel first, TaggerModel second, double secondShare) {
        int tagCount = first.tags().size();
        double firstFactor = (1 - secondShare) / rootMeanSquare(first);
        double secondFactor = secondShare / rootMeanSquare(second);
        // The first model's rows in its order, then the rows only the second has: the same bytes on every rebuild.
        Map<Long, float[]> rows = new LinkedHashMap<>();
        addRows(first, firstFactor, rows);
        addRows(second, secondFactor, rows);

        long[] keys = new long[rows.size()];
        int[] rowStarts = new int[rows.size() + 1];
        List<Byte> entryTags = new ArrayList<>();
        List<Float> entryWeights = new ArrayList<>();
        int row = 0;
        for (Map.Entry<Long, float[]> entry : rows.entrySet()) {
            keys[row] = entry.getKey();
            float[] weights = entry.getValue();
            for (int tag = 0; tag < tagCount; tag++) {
                if (weights[tag] != 0f) {
                    entryTags.add((byte) tag);
                    entryWeights.add(weights[tag]);
                }
            }
            rowStarts[++row] = entryWeights.size();
        }
        byte[] tags = new byte[entryTags.size()];
        float[] weights = new float[entryWeights.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = entryTags.get(i);
            weights[i] = entryWeights.get(i);
        }
        return new TaggerModel(first.tags(), first.gazetteer(), keys, rowStarts, tags, weights,
                mix(first.transitions(), firstFactor, second.transitions(), secondFactor),
                mix(first.startWeights(), firstFactor, second.startWeights(), secondFactor));
    }

    private static void addRows(TaggerModel model, double factor, Map<Long, float[]> rows) {
        int tagCount = model.tags().size();
        for (int row = 0; row < model.featureCount(); row++) {
            float[] weights = rows.computeIfAbsent(model.featureKey(row), key -> new float[tagCount]);
            int end = row + 1 < model.featureCount() ? model.rowStart(row + 1) : model.entryCount();
            for (int entry = model.rowStart(row); entry < end; entry++) {
                weights[model.entryTag(entry)] += (float) (model.entryWeight(entry) * factor);
            }
        }
    }

    private static float[] mix(float[] first, double firstFactor, float[] second, double secondFactor) {
        float[] mixed = new float[first.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (first[i] * firstFactor + second[i] * secondFactor);
        }
        return mixed;
    }

    static double rootMeanSquare(TaggerModel model) {
        double sum = 0;
        for (int entry = 0; entry < model.entryCount(); entry++) {
            sum += (double) model.entryWeight(entry) * model.entryWeight(entry);
        }
        return Math.sqrt(sum / model.entryCount());
    }
}
