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
     * Rows with many weights (the frequent features, met at nearly every character) as one 16-bit weight per tag,
     * held in an int: adding a contiguous row is far cheaper than scattering dozens of entries. Each row is padded
     * with zeros to {@link #denseStride}, a whole number of {@link #TAG_BLOCK}s.
     */
    private final int[] denseRows;
    private final int denseStride;
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
        this.denseStride = (tagCount + TAG_BLOCK - 1) / TAG_BLOCK * TAG_BLOCK;
        this.denseRows = new int[denseCount * denseStride];
        int sparse = 0;
        int dense = 0;
        for (int row = 0; row < featureKeys.length; row++) {
            int slot = slotOf(featureKeys[row]);
            while (table[slot] != 0L) {
                slot = (slot + 1) & tableMask;
            }
            int entries = rowStarts[row + 1] - rowStarts[row];
            if (entries >= DENSE_FROM) {
                // Negative: a dense row, at -(value + 1) * denseStride.
                table[slot] = slotValue(featureKeys[row], -(dense + 1));
                for (int entry = rowStarts[row]; entry < rowStarts[row + 1]; entry++) {
                    denseRows[dense * denseStride + entryTags[entry]] = quantize(entryWeights[entry], weightScale);
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

    /** Marks a key with no row in {@link #scoreEmissions}'s first pass. */
    private static final int NO_ROW = Integer.MIN_VALUE;
    /** Tags summed at once in registers by {@link #sumDenseRows}; {@link #denseStride} is a multiple of it. */
    private static final int TAG_BLOCK = 8;

    /**
     * Fills {@code emissions} ({@code positions * tags}) from the features' keys: each tag's score is the sum of the
     * features' stored weights for it. The stored weights are whole multiples of {@link #weightScale}, so the multiples
     * are summed as integers, exactly and in any order, and scaled once: the same score however the rows are laid out.
     */
    void scoreEmissions(long[] keys, int positions, int keysPerPosition, float[] emissions) {
        int tagCount = tags.size();
        int stride = denseStride;
        float scale = weightScale;
        int[] rows = sparseRows;
        // The table look-ups first, all independent of each other, so that the processor keeps many cache
        // misses in flight instead of waiting on each before adding its row.
        int count = positions * keysPerPosition;
        int[] found = findRows(keys, count);
        int[] entryCounts = countEntries(found, count);
        int[] denseOffsets = new int[keysPerPosition];
        int[] sums = new int[stride];
        for (int i = 0; i < positions; i++) {
            int first = i * keysPerPosition;
            int last = first + keysPerPosition;
            int dense = 0;
            for (int k = first; k < last; k++) {
                int at = found[k];
                if (at < 0 && at != NO_ROW) {
                    denseOffsets[dense++] = -(at + 1) * stride;
                }
            }
            sumDenseRows(denseOffsets, dense, sums);
            // Short rows one entry at a time: a handful of tags each, so spelling them out as full rows would cost more.
            for (int k = first; k < last; k++) {
                int at = found[k];
                for (int end = at + 1 + entryCounts[k], entry = at + 1; entry < end; entry++) {
                    int packed = rows[entry];
                    sums[packed >>> 16] += (short) packed;
                }
            }
            for (int t = 0, row = i * tagCount; t < tagCount; t++) {
                emissions[row + t] = sums[t] * scale;
            }
        }
    }

    /**
     * {@code sums[t] = row0[t] + row1[t] + …} over the dense rows at {@code offsets}. Eight tags at a time in locals,
     * the rows in the inner loop: over twice as fast as adding row after row into an array.
     */
    private void sumDenseRows(int[] offsets, int count, int[] sums) {
        int[] rows = denseRows;
        for (int t = 0; t < sums.length; t += TAG_BLOCK) {
            int s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int r = 0; r < count; r++) {
                int o = offsets[r] + t;
                s0 += rows[o];
                s1 += rows[o + 1];
                s2 += rows[o + 2];
                s3 += rows[o + 3];
                s4 += rows[o + 4];
                s5 += rows[o + 5];
                s6 += rows[o + 6];
                s7 += rows[o + 7];
            }
            sums[t] = s0;
            sums[t + 1] = s1;
            sums[t + 2] = s2;
            sums[t + 3] = s3;
            sums[t + 4] = s4;
            sums[t + 5] = s5;
            sums[t + 6] = s6;
            sums[t + 7] = s7;
        }
    }

    /**
     * How many entries each short row found has (0 for the others): read in a pass of its own, for the same
     * reason as the look-ups, since short rows are the rare features and mostly out of cache.
     */
    private int[] countEntries(int[] found, int count) {
        int[] rows = sparseRows;
        int[] counts = new int[count];
        for (int k = 0; k < count; k++) {
            int at = found[k];
            if (at >= 0) {
                counts[k] = rows[at];
            }
        }
        return counts;
    }

    /** Each key's row as stored in {@link #table} (negative for a dense row), or {@link #NO_ROW}. */
    private int[] findRows(long[] keys, int count) {
        long[] slots = table;
        int mask = tableMask;
        int[] found = new int[count];
        for (int k = 0; k < count; k++) {
            long key = keys[k];
            long fingerprint = fingerprintOf(key);
            int slot = (int) key & mask;
            long entry;
            while ((entry = slots[slot]) != 0L && (entry >>> 32) != fingerprint) {
                slot = (slot + 1) & mask;
            }
            found[k] = entry == 0L ? NO_ROW : (int) entry;
        }
        return found;
    }
}
