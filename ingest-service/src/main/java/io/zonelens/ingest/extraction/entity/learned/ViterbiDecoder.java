package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * First-order Viterbi over BIOES tags. Only allowed transitions are scored, which both keeps the output
 * well-formed and makes decoding cheap: an I or E tag has two possible predecessors, not forty-one.
 *
 * <p>Most of the work is the tags that may open a span or stay outside one (O, B-x, S-x): they all follow the same
 * predecessors (O, E-x, S-x), so their best scores are taken together, one predecessor at a time over a row of
 * those tags, a loop the JIT compiler vectorizes. Which predecessor won is not tracked in that loop but found again
 * when the best path is read back, in the predecessors' order, so the path is the one a plain first-wins loop gives.
 */
final class ViterbiDecoder {

    private final int tagCount;
    /** See {@link AllowedTransitions}; held as fields so the inner loops read them directly. */
    private final int[] predecessors;
    private final int[] firsts;
    private final boolean[] allowedFirst;
    private final boolean[] allowedLast;
    /** The tags sharing the most common run of predecessors, and that run. */
    private final int[] sharedTags;
    private final int[] sharedPredecessors;
    /** The other tags, scored one at a time. */
    private final int[] otherTags;

    ViterbiDecoder(TagSet tags) {
        tagCount = tags.size();
        AllowedTransitions allowed = AllowedTransitions.of(tags);
        predecessors = allowed.predecessors();
        firsts = allowed.firsts();
        allowedFirst = allowed.allowedFirst();
        allowedLast = allowed.allowedLast();
        int[] mostCommon = new int[0];
        int mostCommonCount = 0;
        for (int tag = 0; tag < tagCount; tag++) {
            int[] run = runOf(tag);
            int count = 0;
            for (int other = 0; other < tagCount; other++) {
                count += Arrays.equals(run, runOf(other)) ? 1 : 0;
            }
            if (count > mostCommonCount) {
                mostCommon = run;
                mostCommonCount = count;
            }
        }
        List<Integer> shared = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int tag = 0; tag < tagCount; tag++) {
            (Arrays.equals(runOf(tag), mostCommon) ? shared : others).add(tag);
        }
        sharedTags = shared.stream().mapToInt(Integer::intValue).toArray();
        sharedPredecessors = mostCommon;
        otherTags = others.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] runOf(int tag) {
        return Arrays.copyOfRange(predecessors, firsts[tag], firsts[tag + 1]);
    }

    /**
     * @param emissions   {@code length * tagCount} scores, position-major; overwritten with the best path scores
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
        // The shared tags' transitions, one row of them per predecessor.
        int sharedCount = sharedTags.length;
        float[] sharedScores = new float[sharedPredecessors.length * sharedCount];
        for (int p = 0; p < sharedPredecessors.length; p++) {
            for (int k = 0; k < sharedCount; k++) {
                sharedScores[p * sharedCount + k] = transitions[sharedPredecessors[p] * t + sharedTags[k]];
            }
        }
        // scores: each position's best path score per tag (in place of its emissions); maxima: the same before the
        // emission was added, which tells the winning predecessor when the path is read back.
        float[] scores = emissions;
        float[] maxima = new float[length * t];
        for (int tag = 0; tag < t; tag++) {
            scores[tag] = allowedFirst[tag] ? start[tag] + emissions[tag] : Float.NEGATIVE_INFINITY;
        }
        float[] sharedBest = new float[sharedCount];
        for (int i = 1; i < length; i++) {
            int row = i * t;
            int previousRow = row - t;
            Arrays.fill(sharedBest, Float.NEGATIVE_INFINITY);
            for (int p = 0; p < sharedPredecessors.length; p++) {
                float previous = scores[previousRow + sharedPredecessors[p]];
                int base = p * sharedCount;
                for (int k = 0; k < sharedCount; k++) {
                    sharedBest[k] = Math.max(sharedBest[k], previous + sharedScores[base + k]);
                }
            }
            for (int k = 0; k < sharedCount; k++) {
                maxima[row + sharedTags[k]] = sharedBest[k];
            }
            for (int next : otherTags) {
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int j = firsts[next], end = firsts[next + 1]; j < end; j++) {
                    bestScore = Math.max(bestScore, scores[previousRow + from[j]] + allowedScores[j]);
                }
                maxima[row + next] = bestScore;
            }
            for (int next = 0; next < t; next++) {
                scores[row + next] = maxima[row + next] + emissions[row + next];
            }
        }
        int bestLast = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        int lastRow = (length - 1) * t;
        for (int tag = 0; tag < t; tag++) {
            if (allowedLast[tag] && scores[lastRow + tag] > bestScore) {
                bestScore = scores[lastRow + tag];
                bestLast = tag;
            }
        }
        best[length - 1] = bestLast;
        for (int i = length - 1; i > 0; i--) {
            best[i - 1] = winner(scores, maxima, allowedScores, i, best[i]);
        }
    }

    /** The first predecessor, in the allowed order, whose path reaches {@code tag} at position {@code i} with the best score. */
    private int winner(float[] scores, float[] maxima, float[] allowedScores, int i, int tag) {
        int previousRow = (i - 1) * tagCount;
        float target = maxima[i * tagCount + tag];
        for (int j = firsts[tag], end = firsts[tag + 1]; j < end; j++) {
            if (scores[previousRow + predecessors[j]] + allowedScores[j] == target) {
                return predecessors[j];
            }
        }
        return predecessors[firsts[tag]];
    }
}
