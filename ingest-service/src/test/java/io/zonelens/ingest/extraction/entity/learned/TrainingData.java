package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The training sentences as every trainer sees them: each character's feature rows (-1 where a feature is too
 * rare to get weights) and its gold tag, plus the gazetteer the model will carry. Also turns a trainer's
 * weights into a {@link TaggerModel}, so that trainers differ only in how they choose the weights.
 */
final class TrainingData {

    /** A sentence: {@link FeatureExtractor#TEMPLATES} feature rows per position (-1: unknown) and gold tags. */
    record Instance(int[] features, int[] gold) {
        int length() {
            return gold.length;
        }
    }

    /** A trainer's final weight of one feature row for one tag. */
    @FunctionalInterface
    interface EmissionWeights {
        float weight(int feature, int tag);
    }

    private static final int K = FeatureExtractor.TEMPLATES;
    private static final int GAZETTEER_FOLDS = 10;

    private final List<Instance> instances;
    private final long[] featureKeys;
    private final EntityGazetteer gazetteer;

    private TrainingData(List<Instance> instances, long[] featureKeys, EntityGazetteer gazetteer) {
        this.instances = instances;
        this.featureKeys = featureKeys;
        this.gazetteer = gazetteer;
    }

    static TrainingData of(List<AnnotatedSentence> sentences, TagSet tags, int minFeatureCount, Consumer<String> log) {
        // Each sentence sees a gazetteer built without its own fold, as new text sees one built without it:
        // otherwise every training name would match and the tagger would learn to trust matches blindly.
        CueLexicon cues = new CueLexicon();
        FeatureExtractor[] foldExtractors = new FeatureExtractor[GAZETTEER_FOLDS];
        for (int fold = 0; fold < GAZETTEER_FOLDS; fold++) {
            int heldBack = fold;
            foldExtractors[fold] = new FeatureExtractor(cues,
                    GazetteerBuilder.build(sentences, s -> s % GAZETTEER_FOLDS != heldBack, tags));
        }
        EntityGazetteer gazetteer = GazetteerBuilder.build(sentences, s -> true, tags);
        log.accept(gazetteer.entries().size() + " names in the gazetteer");

        List<long[]> keysBySentence = new ArrayList<>(sentences.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (int s = 0; s < sentences.size(); s++) {
            String text = sentences.get(s).text();
            long[] keys = foldExtractors[s % GAZETTEER_FOLDS].extract(text, WordSegments.of(text));
            if (keys.length != text.length() * K) {
                // The trainer must walk the keys with the stride they were laid out with: with another one it
                // learns from shifted features, still reaches normal training accuracy, and the model fails on
                // new text (README, "Entity model").
                throw new IllegalStateException(keys.length + " feature keys for " + text.length()
                        + " characters, expected " + K + " per character");
            }
            keysBySentence.add(keys);
            for (long key : keys) {
                counts.add(key, 1);
            }
        }
        LongIntMap rows = new LongIntMap(counts.size());
        long[] featureKeys = new long[counts.size()];
        int[] featureCount = {0};
        counts.forEach((key, count) -> {
            if (count >= minFeatureCount) {
                rows.put(key, featureCount[0]);
                featureKeys[featureCount[0]++] = key;
            }
        });
        log.accept(String.format("%d sentences, %d distinct features, %d kept (seen at least %d times)",
                sentences.size(), counts.size(), featureCount[0], minFeatureCount));

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
        if (skippedSpans > 0) {
            log.accept(skippedSpans + " gold spans overlap another and are not trained on");
        }
        return new TrainingData(instances, Arrays.copyOf(featureKeys, featureCount[0]), gazetteer);
    }

    List<Instance> instances() {
        return instances;
    }

    int featureCount() {
        return featureKeys.length;
    }

    /** The model with every emission weight at least {@code pruneBelow} in magnitude; rows left empty are dropped. */
    TaggerModel model(TagSet tags, EmissionWeights emission, float[] transitions, float[] start, float pruneBelow,
                      Consumer<String> log) {
        int features = featureKeys.length;
        int tagCount = tags.size();
        long[] keptKeys = new long[features];
        int[] rowStarts = new int[features + 1];
        byte[] entryTags = new byte[features * 4];
        float[] entryWeights = new float[features * 4];
        int rows = 0;
        int entries = 0;
        for (int feature = 0; feature < features; feature++) {
            int rowEntries = entries;
            for (int tag = 0; tag < tagCount; tag++) {
                float weight = emission.weight(feature, tag);
                if (Math.abs(weight) < pruneBelow) {
                    continue;
                }
                if (entries == entryTags.length) {
                    entryTags = Arrays.copyOf(entryTags, entries * 2);
                    entryWeights = Arrays.copyOf(entryWeights, entries * 2);
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
        log.accept(String.format("model: %d features with %d weights after pruning |w| < %.4g", rows, entries,
                pruneBelow));
        return new TaggerModel(tags, gazetteer, Arrays.copyOf(keptKeys, rows), Arrays.copyOf(rowStarts, rows + 1),
                Arrays.copyOf(entryTags, entries), Arrays.copyOf(entryWeights, entries), transitions, start);
    }

    /** Fisher-Yates: the order sentences are visited in within an epoch, from the trainer's seeded random. */
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
