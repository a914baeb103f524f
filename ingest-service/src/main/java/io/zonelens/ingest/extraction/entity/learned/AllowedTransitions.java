package io.zonelens.ingest.extraction.entity.learned;

import java.util.Arrays;

/**
 * The BIOES transitions a {@link TagSet} allows, laid out for the inner loops that walk them (the decoder's Viterbi,
 * the CRF trainer's forward-backward): every tag's allowed predecessors, ascending, one run per tag,
 * {@code predecessors[firsts[next]…firsts[next + 1]]}; and which tags may start and end a sentence.
 */
record AllowedTransitions(int[] predecessors, int[] firsts, boolean[] allowedFirst, boolean[] allowedLast) {

    static AllowedTransitions of(TagSet tags) {
        int tagCount = tags.size();
        int[] firsts = new int[tagCount + 1];
        boolean[] allowedFirst = new boolean[tagCount];
        boolean[] allowedLast = new boolean[tagCount];
        int[] found = new int[tagCount * tagCount];
        int count = 0;
        for (int next = 0; next < tagCount; next++) {
            firsts[next] = count;
            for (int previous = 0; previous < tagCount; previous++) {
                if (tags.allowed(previous, next)) {
                    found[count++] = previous;
                }
            }
            allowedFirst[next] = tags.allowedFirst(next);
            allowedLast[next] = tags.closesSpan(next);
        }
        firsts[tagCount] = count;
        return new AllowedTransitions(Arrays.copyOf(found, count), firsts, allowedFirst, allowedLast);
    }
}
