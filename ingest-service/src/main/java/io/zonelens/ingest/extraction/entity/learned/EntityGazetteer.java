package io.zonelens.ingest.extraction.entity.learned;

import java.util.List;

/**
 * Entity names seen in the training data, each with its most frequent label. Matching a name in new text is
 * only a feature: the tagger learned, from names it had not been shown (the trainer builds this list fold by
 * fold), how much a match is worth for each label and context.
 */
final class EntityGazetteer {

    /** One name and the index of its label in the model's label list. */
    record Entry(String surface, int label) {
    }

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 24;
    static final int PART_BEGIN = 1;
    static final int PART_INSIDE = 2;
    static final int PART_END = 3;

    /** Value bit saying longer names continue from this prefix; the low byte holds label + 1 for a whole name. */
    private static final int CONTINUES = 1 << 8;
    private static final int TEMPLATE = 9999;

    private final List<Entry> entries;
    private final LongIntMap byPrefix;

    EntityGazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byPrefix = new LongIntMap(Math.max(16, entries.size() * 4));
        for (Entry entry : this.entries) {
            String surface = entry.surface();
            if (surface.length() < MIN_LENGTH || surface.length() > MAX_LENGTH) {
                continue;
            }
            long hash = FeatureHash.start(TEMPLATE);
            for (int i = 0; i < surface.length(); i++) {
                hash = FeatureHash.add(hash, CharShapes.normalize(surface.charAt(i)));
                long key = FeatureHash.finish(hash);
                int known = Math.max(0, byPrefix.get(key));
                boolean whole = i == surface.length() - 1;
                byPrefix.put(key, whole ? (known & CONTINUES) | (entry.label() + 1) : known | CONTINUES);
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * For every position of the normalized text, the longest known name covering it: its label + 1 (0: none),
     * the position's part in it (begin, inside, end) and the name's length.
     */
    void match(char[] text, int length, int[] labels, int[] parts, int[] lengths) {
        for (int start = 0; start < length; start++) {
            long hash = FeatureHash.start(TEMPLATE);
            for (int end = start; end < length && end - start < MAX_LENGTH; end++) {
                hash = FeatureHash.add(hash, text[end]);
                int value = byPrefix.get(FeatureHash.finish(hash));
                if (value == LongIntMap.MISSING) {
                    break;
                }
                int label = value & 0xFF;
                int nameLength = end - start + 1;
                if (label > 0 && nameLength >= MIN_LENGTH) {
                    mark(start, end, label, labels, parts, lengths);
                }
                if ((value & CONTINUES) == 0) {
                    break;
                }
            }
        }
    }

    private static void mark(int start, int end, int label, int[] labels, int[] parts, int[] lengths) {
        int nameLength = end - start + 1;
        for (int i = start; i <= end; i++) {
            if (nameLength > lengths[i]) {
                lengths[i] = nameLength;
                labels[i] = label;
                parts[i] = i == start ? PART_BEGIN : i == end ? PART_END : PART_INSIDE;
            }
        }
    }
}
