package io.zonelens.ingest.extraction.entity.learned;

/**
 * First-order Viterbi over BIOES tags. Only allowed transitions are scored, which both keeps the output
 * well-formed and makes decoding cheap: an I or E tag has two possible predecessors, not forty-one.
 */
final class ViterbiDecoder {

    private final int tagCount;
    /** See {@link AllowedTransitions}; held as fields so the inner loop reads them directly. */
    private final int[] predecessors;
    private final int[] firsts;
    private final boolean[] allowedFirst;
    private final boolean[] allowedLast;

    ViterbiDecoder(TagSet tags) {
        tagCount = tags.size();
        AllowedTransitions allowed = AllowedTransitions.of(tags);
        predecessors = allowed.predecessors();
        firsts = allowed.firsts();
        allowedFirst = allowed.allowedFirst();
        allowedLast = allowed.allowedLast();
    }

    /**
     * @param emissions   {@code length * tagCount} scores, position-major
     * @param transitions {@code tagCount * tagCount} scores, previous-major
     * @param start       score of each tag at the first position
     * @param best        receives the best tag sequence
     */
    void decode(float[] emissions, int length, float[] transitions, float[] start, int[] best) {
        if (length == 0) {
            return;
        }
        int t = tagCount;
        int[] from = predecessors;
        // The allowed transitions' scores side by side with their predecessors: read in order at every position.
        float[] allowedScores = new float[from.length];
        for (int next = 0; next < t; next++) {
            for (int j = firsts[next]; j < firsts[next + 1]; j++) {
                allowedScores[j] = transitions[from[j] * t + next];
            }
        }
        float[] previousScores = new float[t];
        float[] scores = new float[t];
        short[] backPointers = new short[length * t];
        for (int tag = 0; tag < t; tag++) {
            previousScores[tag] = allowedFirst[tag] ? start[tag] + emissions[tag] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < length; i++) {
            int row = i * t;
            for (int next = 0; next < t; next++) {
                int first = firsts[next];
                float bestScore = Float.NEGATIVE_INFINITY;
                int bestPrevious = from[first];
                for (int j = first, end = firsts[next + 1]; j < end; j++) {
                    float score = previousScores[from[j]] + allowedScores[j];
                    // Selects rather than branches: which predecessor wins is hard to predict.
                    boolean better = score > bestScore;
                    bestScore = better ? score : bestScore;
                    bestPrevious = better ? from[j] : bestPrevious;
                }
                scores[next] = bestScore + emissions[row + next];
                backPointers[row + next] = (short) bestPrevious;
            }
            float[] swap = previousScores;
            previousScores = scores;
            scores = swap;
        }
        int bestLast = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int tag = 0; tag < t; tag++) {
            if (allowedLast[tag] && previousScores[tag] > bestScore) {
                bestScore = previousScores[tag];
                bestLast = tag;
            }
        }
        best[length - 1] = bestLast;
        for (int i = length - 1; i > 0; i--) {
            best[i - 1] = backPointers[i * t + best[i]];
        }
    }
}
