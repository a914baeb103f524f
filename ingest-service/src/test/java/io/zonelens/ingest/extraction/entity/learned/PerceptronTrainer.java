package io.zonelens.ingest.extraction.entity.learned;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Averaged structured perceptron (Collins 2002) over the tagger's features: decode each sentence with the
 * current weights, and where the best path differs from the gold one, move weight from the predicted tags
 * to the gold tags. Averaging the weights over every step (kept lazily, Daumé's trick) is what makes a
 * perceptron generalize. Single-threaded and seeded, so a rebuild gives the same model.
 */
final class PerceptronTrainer {

    /**
     * @param epochs          passes over the training sentences
     * @param seed            for the order sentences are visited in
     * @param minFeatureCount features seen fewer times in training get no weights at all
     * @param pruneBelow      averaged weights smaller than this in magnitude are dropped from the model
     */
    record Settings(int epochs, long seed, int minFeatureCount, float pruneBelow) {
        static Settings defaults() {
            return new Settings(15, 20200101L, 3, 0.5f);
        }

        /** The defaults, each overridable with a system property (ner.epochs, ner.seed, ner.minCount, ner.prune). */
        static Settings fromSystemProperties() {
            Settings d = defaults();
            return new Settings(Integer.getInteger("ner.epochs", d.epochs()), Long.getLong("ner.seed", d.seed()),
                    Integer.getInteger("ner.minCount", d.minFeatureCount()),
                    Float.parseFloat(System.getProperty("ner.prune", Float.toString(d.pruneBelow()))));
        }

        Settings withSeed(long otherSeed) {
            return new Settings(epochs, otherSeed, minFeatureCount, pruneBelow);
        }
    }

    private static final int K = FeatureExtractor.TEMPLATES;

    private final Settings settings;
    private final Consumer<String> log;

    PerceptronTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    TaggerModel train(List<AnnotatedSentence> sentences, TagSet tags) {
        TrainingData data = TrainingData.of(sentences, tags, settings.minFeatureCount(), log);
        Weights weights = new Weights(data.featureCount(), tags.size());
        runEpochs(data.instances(), tags, weights);
        return weights.averagedModel(data, tags, settings.pruneBelow(), log);
    }

    private void runEpochs(List<TrainingData.Instance> instances, TagSet tags, Weights weights) {
        ViterbiDecoder decoder = new ViterbiDecoder(tags);
        Random random = new Random(settings.seed());
        int[] order = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int t = tags.size();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            TrainingData.shuffle(order, random);
            int wrongSentences = 0;
            long wrongTags = 0;
            long allTags = 0;
            for (int index : order) {
                TrainingData.Instance instance = instances.get(index);
                int n = instance.length();
                float[] emissions = new float[n * t];
                weights.scoreEmissions(instance.features(), n, emissions);
                int[] predicted = new int[n];
                decoder.decode(emissions, n, weights.transitions, weights.start, predicted);
                weights.tick();
                int wrong = weights.update(instance.features(), instance.gold(), predicted);
                allTags += n;
                wrongTags += wrong;
                if (wrong > 0) {
                    wrongSentences++;
                }
            }
            log.accept(String.format("epoch %d: %d of %d sentences wrong, tag accuracy %.4f", epoch,
                    wrongSentences, instances.size(), 1 - (double) wrongTags / allTags));
        }
    }

    /**
     * Current weights {@code w} plus {@code u}, the sum of every update times the step it was made at, so that
     * the average over all steps is {@code w - u / steps} without touching every weight at every step.
     */
    private static final class Weights {
        private final int tagCount;
        private final float[] emission;
        private final double[] emissionSteps;
        final float[] transitions;
        private final double[] transitionSteps;
        final float[] start;
        private final double[] startSteps;
        private long step = 1;

        Weights(int features, int tagCount) {
            this.tagCount = tagCount;
            emission = new float[features * tagCount];
            emissionSteps = new double[features * tagCount];
            transitions = new float[tagCount * tagCount];
            transitionSteps = new double[tagCount * tagCount];
            start = new float[tagCount];
            startSteps = new double[tagCount];
        }

        void tick() {
            step++;
        }

        void scoreEmissions(int[] features, int n, float[] emissions) {
            for (int i = 0; i < n; i++) {
                int row = i * tagCount;
                for (int k = i * K; k < (i + 1) * K; k++) {
                    int feature = features[k];
                    if (feature < 0) {
                        continue;
                    }
                    int base = feature * tagCount;
                    for (int tag = 0; tag < tagCount; tag++) {
                        emissions[row + tag] += emission[base + tag];
                    }
                }
            }
        }

        /** Returns how many positions were tagged wrong. */
        int update(int[] features, int[] gold, int[] predicted) {
            int wrong = 0;
            for (int i = 0; i < gold.length; i++) {
                if (gold[i] != predicted[i]) {
                    wrong++;
                    for (int k = i * K; k < (i + 1) * K; k++) {
                        int feature = features[k];
                        if (feature >= 0) {
                            add(emission, emissionSteps, feature * tagCount + gold[i], 1);
                            add(emission, emissionSteps, feature * tagCount + predicted[i], -1);
                        }
                    }
                }
                if (i == 0) {
                    if (gold[0] != predicted[0]) {
                        add(start, startSteps, gold[0], 1);
                        add(start, startSteps, predicted[0], -1);
                    }
                } else if (gold[i - 1] != predicted[i - 1] || gold[i] != predicted[i]) {
                    add(transitions, transitionSteps, gold[i - 1] * tagCount + gold[i], 1);
                    add(transitions, transitionSteps, predicted[i - 1] * tagCount + predicted[i], -1);
                }
            }
            return wrong;
        }

        private void add(float[] weights, double[] steps, int index, int delta) {
            weights[index] += delta;
            steps[index] += (double) step * delta;
        }

        private float averaged(float[] weights, double[] steps, int index) {
            return (float) (weights[index] - steps[index] / step);
        }

        TaggerModel averagedModel(TrainingData data, TagSet tags, float pruneBelow, Consumer<String> log) {
            float[] averagedTransitions = new float[transitions.length];
            for (int i = 0; i < transitions.length; i++) {
                averagedTransitions[i] = averaged(transitions, transitionSteps, i);
            }
            float[] averagedStart = new float[start.length];
            for (int i = 0; i < start.length; i++) {
                averagedStart[i] = averaged(start, startSteps, i);
            }
            return data.model(tags, (feature, tag) -> averaged(emission, emissionSteps, feature * tagCount + tag),
                    averagedTransitions, averagedStart, pruneBelow, log);
        }
    }
}
