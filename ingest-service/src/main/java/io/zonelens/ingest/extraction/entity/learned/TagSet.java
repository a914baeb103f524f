package io.zonelens.ingest.extraction.entity.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * BIOES tags over a list of entity labels: tag 0 is O, then B, I, E, S for each label in order.
 * BIOES (rather than BIO) lets the tagger learn separate weights for single-character entities and for
 * entity ends, which matter in Chinese where suffixes (公司, 局, 书记) mark the end.
 */
final class TagSet {

    static final int OUTSIDE = 0;
    private static final int BEGIN = 0;
    private static final int INSIDE = 1;
    private static final int END = 2;
    private static final int SINGLE = 3;

    private final List<String> labels;

    TagSet(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    List<String> labels() {
        return labels;
    }

    int size() {
        return 1 + 4 * labels.size();
    }

    int labelIndex(String label) {
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("unknown label " + label);
        }
        return index;
    }

    private static int tag(int label, int kind) {
        return 1 + 4 * label + kind;
    }

    private static int labelOf(int tag) {
        return (tag - 1) / 4;
    }

    private static int kindOf(int tag) {
        return (tag - 1) % 4;
    }

    /** True when a span may start at a tag, i.e. the previous tag closed whatever it was in. */
    boolean closesSpan(int tag) {
        return tag == OUTSIDE || kindOf(tag) == END || kindOf(tag) == SINGLE;
    }

    /** Whether {@code next} may follow {@code previous}; BIOES forbids e.g. O→I or B-name→E-company. */
    boolean allowed(int previous, int next) {
        if (closesSpan(previous)) {
            return next == OUTSIDE || kindOf(next) == BEGIN || kindOf(next) == SINGLE;
        }
        return labelOf(next) == labelOf(previous) && next != OUTSIDE
                && (kindOf(next) == INSIDE || kindOf(next) == END);
    }

    boolean allowedFirst(int tag) {
        return tag == OUTSIDE || kindOf(tag) == BEGIN || kindOf(tag) == SINGLE;
    }

    /** Writes the tags of non-overlapping spans into {@code tags} (O elsewhere); returns spans skipped for overlap. */
    int encode(List<TaggedSpan> spans, int[] tags) {
        java.util.Arrays.fill(tags, OUTSIDE);
        int skipped = 0;
        for (TaggedSpan span : spans) {
            if (!isFree(tags, span)) {
                skipped++;
                continue;
            }
            int label = labelIndex(span.label());
            if (span.end() - span.start() == 1) {
                tags[span.start()] = tag(label, SINGLE);
                continue;
            }
            tags[span.start()] = tag(label, BEGIN);
            for (int i = span.start() + 1; i < span.end() - 1; i++) {
                tags[i] = tag(label, INSIDE);
            }
            tags[span.end() - 1] = tag(label, END);
        }
        return skipped;
    }

    private static boolean isFree(int[] tags, TaggedSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (tags[i] != OUTSIDE) {
                return false;
            }
        }
        return true;
    }

    /** Reads spans back from a well-formed tag sequence (Viterbi only produces allowed transitions). */
    List<TaggedSpan> decode(int[] tags, int length) {
        List<TaggedSpan> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < length; i++) {
            int tag = tags[i];
            if (tag == OUTSIDE) {
                start = -1;
                continue;
            }
            switch (kindOf(tag)) {
                case BEGIN -> start = i;
                case SINGLE -> spans.add(new TaggedSpan(labels.get(labelOf(tag)), i, i + 1));
                case END -> {
                    if (start >= 0) {
                        spans.add(new TaggedSpan(labels.get(labelOf(tag)), start, i + 1));
                    }
                    start = -1;
                }
                default -> { }
            }
        }
        return spans;
    }
}
