package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
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
    }

    /** A sentence as the trainer sees it: feature rows per position (-1: unknown) and gold tags. */
    private record Instance(int[] features, int[] gold) {
        int length() {
            return gold.length;
        }
    }

    private static final int K = FeatureExtractor.TEMPLATES;
    private static final int GAZETTEER_FOLDS = 10;

    private final Settings settings;
    private final Consumer<String> log;

    PerceptronTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    TaggerModel train(List<AnnotatedSentence> sentences, TagSet tags) {
        // Each sentence sees a gazetteer built without its own fold, as new text sees one built without it:
        // otherwise every training name would match and the tagger would learn to trust matches blindly.
        CueLexicon cues = new CueLexicon();
        WordSegments words = new WordSegments();
        FeatureExtractor[] foldExtractors = new FeatureExtractor[GAZETTEER_FOLDS];
        for (int fold = 0; fold < GAZETTEER_FOLDS; fold++) {
            int heldBack = fold;
            foldExtractors[fold] = new FeatureExtractor(cues,
                    GazetteerBuilder.build(sentences, s -> s % GAZETTEER_FOLDS != heldBack, tags), words);
        }
        EntityGazetteer gazetteer = GazetteerBuilder.build(sentences, s -> true, tags);
        log.accept(gazetteer.entries().size() + " names in the gazetteer");

        List<long[]> keysBySentence = new ArrayList<>(sentences.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (int s = 0; s < sentences.size(); s++) {
            long[] keys = foldExtractors[s % GAZETTEER_FOLDS].extract(sentences.get(s).text());
            if (keys.length != sentences.get(s).text().length() * K) {
                // The trainer must walk the keys with the stride they were laid out with: with another one it
                // learns from shifted features, still reaches normal training accuracy, and the model fails on
                // new text (README, "Entity model").
                throw new IllegalStateException(keys.length + " feature keys for " + sentences.get(s).text().length()
                        + " characters, expected " + K + " per character");
            }
            keysBySentence.add(keys);
            for (long key : keys) {
                counts.add(key, 1);
            }
        }
        LongIntMap rows = new LongIntMap(counts.size());
        long[][] featureKeys = {new long[counts.size()]};
        int[] featureCount = {0};
        counts.forEach((key, count) -> {
            if (count >= settings.minFeatureCount()) {
                rows.put(key, featureCount[0]);
                featureKeys[0][featureCount[0]++] = key;
            }
        });
        log.accept(String.format("%d sentences, %d distinct features, %d kept (seen at least %d times)",
                sentences.size(), counts.size(), featureCount[0], settings.minFeatureCount()));

        List<Instance> instances = new ArrayList<>(sentences.size());
        int skippedSpans = 0;
        for (int s = 0; s < sentences.size(); s++) {
            AnnotatedSentence sentence = sentences.get(s);
            long[] keys = keysBySentence.get(s);
            int[] features = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                features[k] = rows.get(keys[k]);
            }
            int[] gold = new int[sentence.text().length()];
            skippedSpans += tags.encode(sentence.entities(), gold);
            instances.add(new Instance(features, gold));
        }
        keysBySentence.clear();
        if (skippedSpans > 0) {
            log.accept(skippedSpans + " gold spans overlap another and are not trained on");
        }

        Weights weights = new Weights(featureCount[0], tags.size());
        runEpochs(instances, tags, weights);
        return weights.averagedModel(tags, gazetteer, java.util.Arrays.copyOf(featureKeys[0], featureCount[0]),
                settings.pruneBelow(), log);
    }

    private void runEpochs(List<Instance> instances, TagSet tags, Weights weights) {
        ViterbiDecoder decoder = new ViterbiDecoder(tags);
        Random random = new Random(settings.seed());
        int[] order = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int t = tags.size();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            int wrongSentences = 0;
            long wrongTags = 0;
            long allTags = 0;
            for (int index : order) {
                Instance instance = instances.get(index);
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

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
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

        TaggerModel averagedModel(TagSet tags, EntityGazetteer gazetteer, long[] featureKeys, float pruneBelow, Consumer<String> log) {
            int features = featureKeys.length;
            long[] keptKeys = new long[features];
            int[] rowStarts = new int[features + 1];
            byte[] entryTags = new byte[features * 4];
            float[] entryWeights = new float[features * 4];
            int rows = 0;
            int entries = 0;
            for (int feature = 0; feature < features; feature++) {
                int rowEntries = entries;
                for (int tag = 0; tag < tagCount; tag++) {
                    float weight = averaged(emission, emissionSteps, feature * tagCount + tag);
                    if (Math.abs(weight) < pruneBelow) {
                        continue;
                    }
                    if (entries == entryTags.length) {
                        entryTags = java.util.Arrays.copyOf(entryTags, entries * 2);
                        entryWeights = java.util.Arrays.copyOf(entryWeights, entries * 2);
                    }
                    entryTags[entries] = (byte) tag;
                    entryWeights[entries++] = weight;
                }
                if (entries > rowEntries) {
                    keptKeys[rows] = featureKeys[feature];
                    rows++;
                    rowStarts[rows] = entries;
                }
            }
            float[] averagedTransitions = new float[transitions.length];
            for (int i = 0; i < transitions.length; i++) {
                averagedTransitions[i] = averaged(transitions, transitionSteps, i);
            }
            float[] averagedStart = new float[start.length];
            for (int i = 0; i < start.length; i++) {
                averagedStart[i] = averaged(start, startSteps, i);
            }
            log.accept(String.format("model: %d features with %d weights after pruning |w| < %.3f", rows, entries,
                    pruneBelow));
            return new TaggerModel(tags, gazetteer, java.util.Arrays.copyOf(keptKeys, rows),
                    java.util.Arrays.copyOf(rowStarts, rows + 1), java.util.Arrays.copyOf(entryTags, entries),
                    java.util.Arrays.copyOf(entryWeights, entries), averagedTransitions, averagedStart);
        }
    }
}
