package io.zonelens.ingest.extraction.entity.learned;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How the trained models are mixed into the one the tagger decodes with (README, "Entity model"). */
class ModelBlendTest {

    private static final TagSet TAGS = new TagSet(List.of("company"));
    private static final EntityGazetteer NO_NAMES = new EntityGazetteer(List.of());

    /** One feature row per key, each holding the given weight for tag 1 (B-company). */
    private static TaggerModel model(long[] keys, float[] weights, float transition) {
        int[] rowStarts = new int[keys.length + 1];
        byte[] entryTags = new byte[keys.length];
        for (int row = 0; row < keys.length; row++) {
            rowStarts[row + 1] = row + 1;
            entryTags[row] = 1;
        }
        float[] transitions = new float[TAGS.size() * TAGS.size()];
        java.util.Arrays.fill(transitions, transition);
        return new TaggerModel(TAGS, NO_NAMES, keys, rowStarts, entryTags, weights, transitions, new float[TAGS.size()]);
    }

    @Test
    void eachModelIsScaledToUnitRootMeanSquareBeforeItsShareIsTaken() {
        TaggerModel small = model(new long[] {7, 8}, new float[] {1, -1}, 1);
        TaggerModel large = model(new long[] {7, 8}, new float[] {30, -30}, 30);

        TaggerModel blend = ModelBlend.of(small, large, 0.5);

        // Both are (1, -1) once scaled, so the blend is too, whatever their sizes were.
        assertArrayEquals(new float[] {1, -1}, new float[] {blend.entryWeight(0), blend.entryWeight(1)}, 1e-6f);
        assertEquals(1, blend.transitions()[0], 1e-6f);
    }

    @Test
    void rowsOnlyALaterModelHasComeAfterTheFirstModelsRowsInItsOrder() {
        TaggerModel first = model(new long[] {9, 3}, new float[] {2, 2}, 0);
        TaggerModel second = model(new long[] {5, 9}, new float[] {4, 4}, 0);

        TaggerModel blend = ModelBlend.of(List.of(first, second), new double[] {0.5, 0.5});

        assertArrayEquals(new long[] {9, 3, 5},
                new long[] {blend.featureKey(0), blend.featureKey(1), blend.featureKey(2)});
        // Key 9 is in both, at 1 once scaled: 0.5 + 0.5; the others are in one model each.
        assertArrayEquals(new float[] {1, 0.5f, 0.5f},
                new float[] {blend.entryWeight(0), blend.entryWeight(1), blend.entryWeight(2)}, 1e-6f);
    }

    @Test
    void theMeanOfSeveralSeedsTakesEachInAnEqualShareAndOfOneIsThatModelUnchanged() {
        TaggerModel one = model(new long[] {1}, new float[] {3}, 0);
        TaggerModel other = model(new long[] {2}, new float[] {6}, 0);

        TaggerModel mean = ModelBlend.mean(List.of(one, other));

        assertArrayEquals(new float[] {0.5f, 0.5f}, new float[] {mean.entryWeight(0), mean.entryWeight(1)}, 1e-6f);
        assertSame(one, ModelBlend.mean(List.of(one)));
    }
}
