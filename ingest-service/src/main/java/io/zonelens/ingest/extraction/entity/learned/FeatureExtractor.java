package io.zonelens.ingest.extraction.entity.learned;

/**
 * The observation features of every character: character n-grams in a window of ±3, character classes,
 * cue words from {@link CueLexicon} (at the character, and the nearest one ending up to five characters ahead),
 * names from the {@link EntityGazetteer}, whether the character sits
 * inside 《》 or “”, and its word from the pipeline's tokens, {@link WordSegments} (place in the word, the word, its
 * neighbours, their parts of speech, the word's last two characters). Every position gets
 * exactly {@link #TEMPLATES} keys, so the caller can index them without bookkeeping.
 */
final class FeatureExtractor {

    /**
     * Keys per character. Deliberately not a compile-time constant: javac would copy a constant into every class
     * that reads it (the trainer among them), and a trainer compiled against an older count walks the keys with
     * the wrong stride, learns from shifted features and still reaches normal training accuracy, while the
     * model it writes fails on new text (README, "Entity model").
     */
    static final int TEMPLATES = Integer.valueOf(35);

    /** How far ahead a cue word's end still tells the current character it is inside a longer name. */
    private static final int CUE_REACH = 5;
    /** Cue kinds that end a name (company, government, position, organization); the rest are too common. */
    private static final int NAME_ENDING_KINDS = 0b1111;

    /** Padding either side so templates may look three characters out without bounds checks. */
    private static final int PAD = 3;
    private static final int BEFORE_TEXT = 0x10001;
    private static final int AFTER_TEXT = 0x10002;
    private static final int CLASS_BEFORE_TEXT = 8;
    private static final int CLASS_AFTER_TEXT = 9;

    private static final int OUTSIDE_QUOTES = 0;
    private static final int IN_BOOK_TITLE = 1;
    private static final int IN_QUOTATION = 2;

    private final CueLexicon cues;
    private final EntityGazetteer gazetteer;

    FeatureExtractor(CueLexicon cues, EntityGazetteer gazetteer) {
        this.cues = cues;
        this.gazetteer = gazetteer;
    }

    /** Returns {@code text.length() * TEMPLATES} feature keys, position-major. */
    long[] extract(String text, WordSegments words) {
        int n = text.length();
        char[] normalized = new char[n];
        int[] chars = new int[n + 2 * PAD];
        int[] classes = new int[n + 2 * PAD];
        for (int i = 0; i < PAD; i++) {
            chars[i] = BEFORE_TEXT;
            classes[i] = CLASS_BEFORE_TEXT;
            chars[PAD + n + i] = AFTER_TEXT;
            classes[PAD + n + i] = CLASS_AFTER_TEXT;
        }
        for (int i = 0; i < n; i++) {
            char c = CharShapes.normalize(text.charAt(i));
            normalized[i] = c;
            chars[PAD + i] = c;
            classes[PAD + i] = CharShapes.classOf(c);
        }
        int[] cueEnds = new int[n + 2 * PAD];
        int[] cueStarts = new int[n + 2 * PAD];
        int[] ends = new int[n];
        int[] starts = new int[n];
        cues.match(normalized, n, ends, starts);
        System.arraycopy(ends, 0, cueEnds, PAD, n);
        System.arraycopy(starts, 0, cueStarts, PAD, n);
        int[] quoteStates = quoteStates(normalized, n);
        int[] nameLabels = new int[n];
        int[] nameParts = new int[n];
        int[] nameLengths = new int[n];
        gazetteer.match(normalized, n, nameLabels, nameParts, nameLengths);

        // Company and government names run long (浙江省交通运输厅, 中国平安保险集团): the nearest cue end
        // ahead, and how far it is, says which kind of name the character may begin or continue.
        int[] nearestKinds = new int[n];
        int[] nearestDistance = new int[n];
        int lastKinds = 0;
        int lastEnd = -1;
        for (int i = n - 1; i >= 0; i--) {
            int kinds = ends[i] & NAME_ENDING_KINDS;
            if (kinds != 0) {
                lastKinds = kinds;
                lastEnd = i;
            }
            if (lastEnd >= 0 && lastEnd - i <= CUE_REACH) {
                nearestKinds[i] = lastKinds;
                nearestDistance[i] = lastEnd - i + 1;
            }
        }

        // Word boundaries: a name rarely starts or ends inside a word, and HanLP's part of speech (nr, ns, nt)
        // is a second opinion on what kind of name the word belongs to.
        int[] wordStarts = words.starts();
        int[] wordEnds = words.ends();
        int[] natures = words.natures();
        int[] wordHashes = new int[n];
        int[] wordSuffixes = new int[n];
        for (int i = 0; i < n; i = wordEnds[i]) {
            long hash = FeatureHash.start(wordEnds[i] - wordStarts[i]);
            for (int j = wordStarts[i]; j < wordEnds[i]; j++) {
                hash = FeatureHash.add(hash, normalized[j]);
            }
            int end = wordEnds[i];
            int suffix = end - i >= 2 ? normalized[end - 2] << 16 | normalized[end - 1] : normalized[end - 1];
            for (int j = wordStarts[i]; j < end; j++) {
                wordHashes[j] = (int) FeatureHash.finish(hash);
                wordSuffixes[j] = suffix;
            }
        }

        long[] keys = new long[n * TEMPLATES];
        for (int i = 0; i < n; i++) {
            int p = i + PAD;
            int k = i * TEMPLATES;
            int c0 = chars[p];
            keys[k] = FeatureHash.of(0, 0);
            keys[k + 1] = FeatureHash.of(2, chars[p - 2]);
            keys[k + 2] = FeatureHash.of(3, chars[p - 1]);
            keys[k + 3] = FeatureHash.of(4, c0);
            keys[k + 4] = FeatureHash.of(5, chars[p + 1]);
            keys[k + 5] = FeatureHash.of(6, chars[p + 2]);
            keys[k + 6] = FeatureHash.of(8, chars[p - 2], chars[p - 1]);
            keys[k + 7] = FeatureHash.of(9, chars[p - 1], c0);
            keys[k + 8] = FeatureHash.of(10, c0, chars[p + 1]);
            keys[k + 9] = FeatureHash.of(11, chars[p + 1], chars[p + 2]);
            keys[k + 10] = FeatureHash.of(13, chars[p - 2], chars[p - 1], c0);
            keys[k + 11] = FeatureHash.of(14, chars[p - 1], c0, chars[p + 1]);
            keys[k + 12] = FeatureHash.of(15, c0, chars[p + 1], chars[p + 2]);
            keys[k + 13] = FeatureHash.of(16, chars[p - 3], chars[p - 2], chars[p - 1], c0);
            keys[k + 14] = FeatureHash.of(17, c0, chars[p + 1], chars[p + 2], chars[p + 3]);
            int classWindow = classes[p - 2] << 16 | classes[p - 1] << 12 | classes[p] << 8
                    | classes[p + 1] << 4 | classes[p + 2];
            keys[k + 15] = FeatureHash.of(18, classWindow);
            keys[k + 16] = FeatureHash.of(20, cueEnds[p]);
            keys[k + 17] = FeatureHash.of(21, cueEnds[p - 1]);
            keys[k + 18] = FeatureHash.of(22, cueStarts[p]);
            keys[k + 19] = FeatureHash.of(23, cueStarts[p + 1]);
            keys[k + 20] = FeatureHash.of(24, cueEnds[p + 1]);
            keys[k + 21] = FeatureHash.of(25, quoteStates[i], classes[p]);
            keys[k + 22] = FeatureHash.of(26, nameLabels[i], nameParts[i]);
            keys[k + 23] = FeatureHash.of(27, nameLabels[i], nameParts[i], Math.min(nameLengths[i], 6));
            keys[k + 24] = FeatureHash.of(28, nameLabels[i], nameParts[i], c0);
            keys[k + 25] = FeatureHash.of(29, nearestKinds[i], nearestDistance[i]);
            keys[k + 26] = FeatureHash.of(30, c0, nearestKinds[i]);
            int ws = wordStarts[i];
            int we = wordEnds[i];
            int position = we - ws == 1 ? 0 : i == ws ? 1 : i == we - 1 ? 3 : 2;
            int previousWord = ws > 0 ? wordHashes[ws - 1] : BEFORE_TEXT;
            int nextWord = we < n ? wordHashes[we] : AFTER_TEXT;
            int previousNature = ws > 0 ? natures[ws - 1] : BEFORE_TEXT;
            int nextNature = we < n ? natures[we] : AFTER_TEXT;
            keys[k + 27] = FeatureHash.of(31, position, natures[i]);
            keys[k + 28] = FeatureHash.of(32, position, wordHashes[i]);
            keys[k + 29] = FeatureHash.of(33, position, c0);
            keys[k + 30] = FeatureHash.of(34, previousWord);
            keys[k + 31] = FeatureHash.of(35, nextWord);
            keys[k + 32] = FeatureHash.of(36, previousNature, natures[i], nextNature);
            keys[k + 33] = FeatureHash.of(37, position, wordSuffixes[i], Math.min(we - ws, 5));
            keys[k + 34] = FeatureHash.of(38, position, natures[i], nextWord);
        }
        return keys;
    }

    /** Titles of books, games and films sit in 《》; quoted names in “”. The marks themselves count as outside. */
    private static int[] quoteStates(char[] text, int n) {
        int[] states = new int[n];
        int state = OUTSIDE_QUOTES;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c == '》' || c == '”' || c == '」') {
                state = OUTSIDE_QUOTES;
            }
            states[i] = (c == '《' || c == '“' || c == '「') ? OUTSIDE_QUOTES : state;
            if (c == '《') {
                state = IN_BOOK_TITLE;
            } else if (c == '“' || c == '「') {
                state = IN_QUOTATION;
            }
        }
        return states;
    }
}
