package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One linear model out of several trained on the same sentences with the same features (averaged perceptrons and
 * CRFs, perhaps each with several seeds): each model's weights, emission and transition alike, are divided by the
 * root mean square of its emission weights, so that none dominates by scale alone, and the models are mixed. A
 * mixture of linear models is a linear model, so the result decodes exactly like each of them and as fast, and it
 * errs less than they do (README, "Entity model").
 */
final class ModelBlend {

    private ModelBlend() {
    }

    /** {@code (1 - secondShare) * first / rms(first) + secondShare * second / rms(second)}; the first's gazetteer. */
    static TaggerModel of(TaggerModel first, TaggerModel second, double secondShare) {
        return of(List.of(first, second), new double[] {1 - secondShare, secondShare});
    }

    /** The models in equal shares; one model is itself, unchanged. */
    static TaggerModel mean(List<TaggerModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        double[] shares = new double[models.size()];
        java.util.Arrays.fill(shares, 1.0 / models.size());
        return of(models, shares);
    }

    /** The sum of {@code shares[i] * models[i] / rms(models[i])}; the first model's gazetteer. */
    static TaggerModel of(List<TaggerModel> models, double[] shares) {
        TaggerModel first = models.get(0);
        int tagCount = first.tags().size();
        double[] factors = new double[models.size()];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = shares[i] / rootMeanSquare(models.get(i));
        }
        // The first model's rows in its order, then the rows only later ones have: the same bytes on every rebuild.
        Map<Long, float[]> rows = new LinkedHashMap<>();
        for (int i = 0; i < factors.length; i++) {
            addRows(models.get(i), factors[i], rows);
        }

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
                mix(models, factors, TaggerModel::transitions), mix(models, factors, TaggerModel::startWeights));
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

    private static float[] mix(List<TaggerModel> models, double[] factors, Function<TaggerModel, float[]> part) {
        int length = part.apply(models.get(0)).length;
        float[] mixed = new float[length];
        for (int i = 0; i < length; i++) {
            double sum = 0;
            for (int model = 0; model < factors.length; model++) {
                sum += part.apply(models.get(model))[i] * factors[model];
            }
            mixed[i] = (float) sum;
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
