package io.zonelens.ingest.extraction.entity.learned;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Linear-chain CRF over the tagger's features and BIOES tags, trained by stochastic gradient descent on the
 * log-likelihood with an L2 penalty. The model it writes is the same kind of linear model the perceptron writes
 * (emission rows, transitions, start weights), so decoding is unchanged; only the weights differ. Where the
 * perceptron only moves weights when the best path is wrong, the CRF also learns from the paths it is unsure of
 * (forward-backward over every allowed path) and the penalty lets it keep features seen once. On CLUENER it is
 * better (company F1 on the tuning fold 69.3 to 71.9, mean of three seeds; held-out 70.7 to 71.1, micro average
 * 73.5 to 74.7), but it misreads government-document sentences the pipeline's tests hold (天津海关关长赵革: no
 * title, no person), so the committed model is still the perceptron's (README, "Entity model").
 * Single-threaded and seeded, so a rebuild gives the same model. Chosen with {@code -Dner.trainer=crf}.
 */
final class CrfTrainer {

    /**
     * @param epochs          passes over the training sentences
     * @param seed            for the order sentences are visited in
     * @param minFeatureCount features seen fewer times in training get no weights at all
     * @param learningRate    the first step size; step {@code t} is {@code learningRate / (1 + t / sentences)}
     * @param l2              the penalty {@code l2 / 2 * |w|^2} on the whole training set
     * @param keptWeights     how many emission weights the model keeps (the largest in magnitude): the CRF gives
     *                        every tag of every feature a weight, most of them tiny
     */
    record Settings(int epochs, long seed, int minFeatureCount, double learningRate, double l2, int keptWeights) {
        static Settings defaults() {
            return new Settings(15, 20200101L, 1, 0.03, 3, 930_000);
        }

        /** The defaults, each overridable with a system property (ner.epochs, ner.seed, ner.minCount, ner.rate, ner.l2, ner.keep). */
        static Settings fromSystemProperties() {
            Settings d = defaults();
            return new Settings(Integer.getInteger("ner.epochs", d.epochs()), Long.getLong("ner.seed", d.seed()),
                    Integer.getInteger("ner.minCount", d.minFeatureCount()),
                    Double.parseDouble(System.getProperty("ner.rate", Double.toString(d.learningRate()))),
                    Double.parseDouble(System.getProperty("ner.l2", Double.toString(d.l2()))),
                    Integer.getInteger("ner.keep", d.keptWeights()));
        }

        Settings withSeed(long otherSeed) {
            return new Settings(epochs, otherSeed, minFeatureCount, learningRate, l2, keptWeights);
        }
    }

    private static final int K = FeatureExtractor.TEMPLATES;
    /** Below this the weight scale is folded back into the weights, long before floats lose precision. */
    private static final double SMALLEST_SCALE = 1e-6;

    private final Settings settings;
    private final Consumer<String> log;

    CrfTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    TaggerModel train(List<AnnotatedSentence> sentences, TagSet tags) {
        TrainingData data = TrainingData.of(sentences, tags, settings.minFeatureCount(), log);
        List<TrainingData.Instance> instances = data.instances();
        Chain chain = new Chain(tags, instances.stream().mapToInt(TrainingData.Instance::length).max().orElse(1));
        int t = tags.size();
        // The emission weights are scale * stored: the L2 penalty shrinks every weight at every step, which is
        // one multiplication of the scale instead of millions (Bottou's trick); transitions are few, shrunk directly.
        float[] stored = new float[data.featureCount() * t];
        double scale = 1;
        double[] transitions = new double[t * t];
        double[] start = new double[t];
        double shrinkPerSentence = settings.l2() / instances.size();

        Random random = new Random(settings.seed());
        int[] order = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long steps = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            TrainingData.shuffle(order, random);
            double loss = 0;
            for (int index : order) {
                TrainingData.Instance instance = instances.get(index);
                double rate = settings.learningRate() / (1 + (double) steps++ / instances.size());
                loss += chain.expect(instance, stored, scale, transitions, start);

                double shrink = 1 - rate * shrinkPerSentence;
                scale *= shrink;
                if (scale < SMALLEST_SCALE) {
                    for (int i = 0; i < stored.length; i++) {
                        stored[i] *= (float) scale;
                    }
                    scale = 1;
                }
                for (int i = 0; i < transitions.length; i++) {
                    transitions[i] *= shrink;
                }
                for (int i = 0; i < start.length; i++) {
                    start[i] *= shrink;
                }
                chain.descend(instance, stored, (float) (rate / scale), rate, transitions, start);
            }
            log.accept(String.format("epoch %d: negative log-likelihood %.1f", epoch, loss));
        }

        float[] weights = new float[stored.length];
        for (int i = 0; i < stored.length; i++) {
            weights[i] = (float) (scale * stored[i]);
        }
        float[] finalTransitions = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            finalTransitions[i] = (float) transitions[i];
        }
        float[] finalStart = new float[start.length];
        for (int i = 0; i < start.length; i++) {
            finalStart[i] = (float) start[i];
        }
        return data.model(tags, (feature, tag) -> weights[feature * t + tag], finalTransitions, finalStart,
                pruneBelow(weights, settings.keptWeights()), log);
    }

    /** The magnitude below which weights are dropped so that about {@code kept} remain. */
    static float pruneBelow(float[] weights, int kept) {
        if (kept >= weights.length) {
            return 0f;
        }
        float[] magnitudes = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            magnitudes[i] = Math.abs(weights[i]);
        }
        Arrays.sort(magnitudes);
        return Math.max(magnitudes[weights.length - kept], Float.MIN_NORMAL);
    }

    /**
     * Forward-backward over the allowed BIOES paths of one sentence at a time, in probabilities rescaled at every
     * position (Rabiner) rather than logarithms: far fewer exponentials, and no underflow on long sentences.
     */
    private static final class Chain {
        private final int tagCount;
        private final int[] predecessors;
        private final int[] firsts;
        private final boolean[] allowedFirst;
        private final boolean[] allowedLast;
        private final double[] emissions;
        /** exp(emission - the position's largest emission). */
        private final double[] potentials;
        private final double[] alpha;
        private final double[] beta;
        private final double[] norms;
        private final double[] expTransitions;
        private final double[] expStart;
        private final double[] gradient;

        Chain(TagSet tags, int maxLength) {
            tagCount = tags.size();
            int t = tagCount;
            AllowedTransitions allowed = AllowedTransitions.of(tags);
            predecessors = allowed.predecessors();
            firsts = allowed.firsts();
            allowedFirst = allowed.allowedFirst();
            allowedLast = allowed.allowedLast();
            emissions = new double[maxLength * t];
            potentials = new double[maxLength * t];
            alpha = new double[maxLength * t];
            beta = new double[maxLength * t];
            norms = new double[maxLength];
            expTransitions = new double[t * t];
            expStart = new double[t];
            gradient = new double[t];
        }

        /**
         * Runs forward-backward with the current weights, leaving the tag marginals in alpha * beta; returns the
         * sentence's negative log-likelihood.
         */
        double expect(TrainingData.Instance instance, float[] stored, double scale, double[] transitions, double[] start) {
            int t = tagCount;
            int n = instance.length();
            int[] features = instance.features();
            int[] gold = instance.gold();
            for (int i = 0; i < t * t; i++) {
                expTransitions[i] = Math.exp(transitions[i]);
            }
            for (int tag = 0; tag < t; tag++) {
                expStart[tag] = allowedFirst[tag] ? Math.exp(start[tag]) : 0;
            }
            Arrays.fill(emissions, 0, n * t, 0);
            double logZ = 0;
            for (int i = 0; i < n; i++) {
                int row = i * t;
                for (int k = i * K; k < (i + 1) * K; k++) {
                    int feature = features[k];
                    if (feature < 0) {
                        continue;
                    }
                    int base = feature * t;
                    for (int tag = 0; tag < t; tag++) {
                        emissions[row + tag] += stored[base + tag];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int tag = 0; tag < t; tag++) {
                    emissions[row + tag] *= scale;
                    max = Math.max(max, emissions[row + tag]);
                }
                for (int tag = 0; tag < t; tag++) {
                    potentials[row + tag] = Math.exp(emissions[row + tag] - max);
                }
                logZ += max;
            }

            double sum = 0;
            for (int tag = 0; tag < t; tag++) {
                alpha[tag] = expStart[tag] * potentials[tag];
                sum += alpha[tag];
            }
            logZ += normalize(0, sum);
            for (int i = 1; i < n; i++) {
                int row = i * t;
                int previousRow = row - t;
                sum = 0;
                for (int next = 0; next < t; next++) {
                    double reach = 0;
                    for (int j = firsts[next]; j < firsts[next + 1]; j++) {
                        int previous = predecessors[j];
                        reach += alpha[previousRow + previous] * expTransitions[previous * t + next];
                    }
                    alpha[row + next] = reach * potentials[row + next];
                    sum += alpha[row + next];
                }
                logZ += normalize(i, sum);
            }
            int lastRow = (n - 1) * t;
            double closing = 0;
            for (int tag = 0; tag < t; tag++) {
                if (allowedLast[tag]) {
                    closing += alpha[lastRow + tag];
                }
            }
            logZ += Math.log(closing);

            for (int tag = 0; tag < t; tag++) {
                beta[lastRow + tag] = allowedLast[tag] ? 1 / closing : 0;
            }
            for (int i = n - 2; i >= 0; i--) {
                int row = i * t;
                int nextRow = row + t;
                Arrays.fill(beta, row, row + t, 0);
                for (int next = 0; next < t; next++) {
                    double onward = potentials[nextRow + next] * beta[nextRow + next] / norms[i + 1];
                    if (onward == 0) {
                        continue;
                    }
                    for (int j = firsts[next]; j < firsts[next + 1]; j++) {
                        int previous = predecessors[j];
                        beta[row + previous] += expTransitions[previous * t + next] * onward;
                    }
                }
            }

            double goldScore = start[gold[0]];
            for (int i = 0; i < n; i++) {
                goldScore += emissions[i * t + gold[i]];
                if (i > 0) {
                    goldScore += transitions[gold[i - 1] * t + gold[i]];
                }
            }
            return logZ - goldScore;
        }

        private double normalize(int position, double sum) {
            int row = position * tagCount;
            for (int tag = 0; tag < tagCount; tag++) {
                alpha[row + tag] /= sum;
            }
            norms[position] = sum;
            return Math.log(sum);
        }

        /**
         * One gradient step on the sentence last passed to {@link #expect}: every weight moves by the rate times
         * (gold count - expected count).
         */
        void descend(TrainingData.Instance instance, float[] stored, float storedRate, double rate,
                     double[] transitions, double[] start) {
            int t = tagCount;
            int n = instance.length();
            int[] features = instance.features();
            int[] gold = instance.gold();
            for (int i = 0; i < n; i++) {
                int row = i * t;
                for (int tag = 0; tag < t; tag++) {
                    gradient[tag] = alpha[row + tag] * beta[row + tag];
                }
                gradient[gold[i]] -= 1;
                if (i == 0) {
                    for (int tag = 0; tag < t; tag++) {
                        start[tag] -= rate * gradient[tag];
                    }
                }
                for (int k = i * K; k < (i + 1) * K; k++) {
                    int feature = features[k];
                    if (feature < 0) {
                        continue;
                    }
                    int base = feature * t;
                    for (int tag = 0; tag < t; tag++) {
                        stored[base + tag] -= (float) (storedRate * gradient[tag]);
                    }
                }
                if (i > 0) {
                    int previousRow = row - t;
                    for (int next = 0; next < t; next++) {
                        double onward = potentials[row + next] * beta[row + next] / norms[i];
                        if (onward == 0) {
                            continue;
                        }
                        for (int j = firsts[next]; j < firsts[next + 1]; j++) {
                            int previous = predecessors[j];
                            transitions[previous * t + next] -= rate * alpha[previousRow + previous]
                                    * expTransitions[previous * t + next] * onward;
                        }
                    }
                    transitions[gold[i - 1] * t + gold[i]] += rate;
                }
            }
        }
    }
}
