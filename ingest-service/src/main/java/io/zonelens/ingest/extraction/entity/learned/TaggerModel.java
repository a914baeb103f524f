package io.zonelens.ingest.extraction.entity.learned;

/**
 * Weights of the linear tagger. Each known feature owns a short row of (tag, weight) entries; features
 * that were pruned away or never seen in training contribute nothing. Immutable once built.
 */
final class TaggerModel {

    /** Rows with at least this many weights are stored dense. */
    private static final int DENSE_FROM = 8;

    private final TagSet tags;
    private final EntityGazetteer gazetteer;
    private final long[] featureKeys;
    /**
     * Open addressing, one long per slot: the key's high 32 bits (a fingerprint; the slot itself comes from
     * the low bits, so about 50 bits tell keys apart) and the row's position. Half the memory of key and
     * value side by side, and decoding speed is bound by cache misses in this table.
     */
    private final long[] table;
    private final int tableMask;
    /**
     * Rows with few weights, packed: count, then (tag &lt;&lt; 16 | 16-bit weight) per entry. The 16-bit weights
     * are the weights over {@link #weightScale}, as in the file, so decoding scores exactly what was saved.
     */
    private final int[] sparseRows;
    /**
     * Rows with many weights (the frequent features, met at nearly every character) as one float per tag:
     * adding a contiguous row is far cheaper than scattering dozens of entries.
     */
    private final float[] denseRows;
    private final float weightScale;
    /** The rows as given (one run of entries per feature), kept only so the model can be written out again. */
    private final int[] rowStarts;
    private final byte[] entryTags;
    private final float[] entryWeights;
    private final float[] transitions;
    private final float[] startWeights;

    /**
     * @param featureKeys  one key per row
     * @param rowStarts    {@code featureKeys.length + 1} offsets into the entry arrays
     * @param transitions  {@code tags * tags}, previous-major
     */
    TaggerModel(TagSet tags, EntityGazetteer gazetteer, long[] featureKeys, int[] rowStarts, byte[] entryTags, float[] entryWeights,
                float[] transitions, float[] startWeights) {
        this.tags = tags;
        this.gazetteer = gazetteer;
        this.featureKeys = featureKeys;
        this.rowStarts = rowStarts;
        this.entryTags = entryTags;
        this.entryWeights = entryWeights;
        this.transitions = transitions;
        this.startWeights = startWeights;
        this.weightScale = scaleFor(entryWeights);
        int capacity = Integer.highestOneBit(Math.max(2, featureKeys.length) * 2 - 1) << 1;
        this.table = new long[capacity];
        this.tableMask = capacity - 1;
        int tagCount = tags.size();
        int denseCount = 0;
        int sparseSize = 0;
        for (int row = 0; row < featureKeys.length; row++) {
            int entries = rowStarts[row + 1] - rowStarts[row];
            if (entries >= DENSE_FROM) {
                denseCount++;
            } else {
                sparseSize += 1 + entries;
            }
        }
        this.sparseRows = new int[sparseSize];
        this.denseRows = new float[denseCount * tagCount];
        int sparse = 0;
        int dense = 0;
        for (int row = 0; row < featureKeys.length; row++) {
            int slot = slotOf(featureKeys[row]);
            while (table[slot] != 0L) {
                slot = (slot + 1) & tableMask;
            }
            int entries = rowStarts[row + 1] - rowStarts[row];
            if (entries >= DENSE_FROM) {
                // Negative: a dense row, at -(value + 1) * tagCount.
                table[slot] = slotValue(featureKeys[row], -(dense + 1));
                for (int entry = rowStarts[row]; entry < rowStarts[row + 1]; entry++) {
                    denseRows[dense * tagCount + entryTags[entry]] = quantize(entryWeights[entry], weightScale) * weightScale;
                }
                dense++;
            } else {
                table[slot] = slotValue(featureKeys[row], sparse);
                sparseRows[sparse++] = entries;
                for (int entry = rowStarts[row]; entry < rowStarts[row + 1]; entry++) {
                    sparseRows[sparse++] = entryTags[entry] << 16 | (quantize(entryWeights[entry], weightScale) & 0xFFFF);
                }
            }
        }
    }

    /** One scale for all emission weights so that the largest fits a short. */
    static float scaleFor(float[] weights) {
        float maxAbs = 0f;
        for (float weight : weights) {
            maxAbs = Math.max(maxAbs, Math.abs(weight));
        }
        return maxAbs == 0f ? 1f : maxAbs / Short.MAX_VALUE;
    }

    static short quantize(float weight, float scale) {
        return (short) Math.round(weight / scale);
    }

    private int slotOf(long key) {
        return (int) key & tableMask;
    }

    private static long slotValue(long key, int row) {
        return (fingerprintOf(key) << 32) | (row & 0xFFFFFFFFL);
    }

    /** Never 0, so a used slot is never mistaken for an empty one. */
    private static long fingerprintOf(long key) {
        long fingerprint = key >>> 32;
        return fingerprint == 0L ? 1L : fingerprint;
    }

    TagSet tags() {
        return tags;
    }

    EntityGazetteer gazetteer() {
        return gazetteer;
    }

    float[] transitions() {
        return transitions;
    }

    float[] startWeights() {
        return startWeights;
    }

    float weightScale() {
        return weightScale;
    }

    int featureCount() {
        return featureKeys.length;
    }

    int entryCount() {
        return entryTags.length;
    }

    long featureKey(int row) {
        return featureKeys[row];
    }

    int rowStart(int row) {
        return rowStarts[row];
    }

    byte entryTag(int entry) {
        return entryTags[entry];
    }

    float entryWeight(int entry) {
        return entryWeights[entry];
    }

    /** Fills {@code emissions} ({@code positions * tags}, zeroed by the caller) from the features' keys. */
    void scoreEmissions(long[] keys, int positions, int keysPerPosition, float[] emissions) {
        int tagCount = tags.size();
        float scale = weightScale;
        long[] slots = table;
        int[] rows = sparseRows;
        float[] denses = denseRows;
        for (int i = 0; i < positions; i++) {
            int row = i * tagCount;
            int firstKey = i * keysPerPosition;
            for (int k = firstKey; k < firstKey + keysPerPosition; k++) {
                long key = keys[k];
                long fingerprint = fingerprintOf(key);
                int slot = slotOf(key);
                long found;
                while ((found = slots[slot]) != 0L && (found >>> 32) != fingerprint) {
                    slot = (slot + 1) & tableMask;
                }
                if (found == 0L) {
                    continue;
                }
                int at = (int) found;
                if (at < 0) {
                    int base = -(at + 1) * tagCount;
                    for (int tag = 0; tag < tagCount; tag++) {
                        emissions[row + tag] += denses[base + tag];
                    }
                    continue;
                }
                for (int end = at + 1 + rows[at], entry = at + 1; entry < end; entry++) {
                    int packed = rows[entry];
                    emissions[row + (packed >>> 16)] += (short) packed * scale;
                }
            }
        }
    }
}
