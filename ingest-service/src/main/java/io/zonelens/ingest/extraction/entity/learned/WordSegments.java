package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import io.zonelens.ingest.extraction.token.Token;

import java.util.List;

/**
 * A sentence's words as the tagger reads them: the pipeline's own tokens ({@link HanlpTokenizer}: HanLP's Viterbi
 * segmentation with person names and the gazetteer as custom dictionary). Training segments CLUENER with the same
 * tokenizer, so the tagger needs no segmentation of its own; reusing the pipeline's words saves a second HanLP pass
 * over every sentence, which had been a fifth of extraction time (README, "Entity model"). Changing the tokenizer or
 * the gazetteer changes the tagger's input: rebuild the model after either.
 *
 * @param starts  for each character, the start of its word
 * @param ends    for each character, the end (exclusive) of its word
 * @param natures for each character, its word's part of speech as a small hash (nr person, ns place, nt organization …)
 */
record WordSegments(int[] starts, int[] ends, int[] natures) {

    /** The tokenizer the tagger was trained with, for text that does not come with the pipeline's tokens. */
    private static final class OwnTokenizer {
        static final HanlpTokenizer TOKENIZER = new HanlpTokenizer(new Gazetteer());
    }

    /** The words of {@code text}, segmented as the pipeline would segment it. */
    static WordSegments of(String text) {
        return of(text, OwnTokenizer.TOKENIZER.tokenize(text, 0));
    }

    /** The words of {@code text} from its tokens, which cover it in order (their offsets may be shifted by any base). */
    static WordSegments of(String text, List<Token> words) {
        int n = text.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] natures = new int[n];
        int cursor = 0;
        for (Token word : words) {
            // Words are contiguous; count rather than trust offsets.
            int start = cursor;
            int end = Math.min(n, start + word.word().length());
            int nature = word.pos().hashCode();
            for (int i = start; i < end; i++) {
                starts[i] = start;
                ends[i] = end;
                natures[i] = nature;
            }
            cursor = end;
        }
        for (int i = cursor; i < n; i++) {
            starts[i] = i;
            ends[i] = i + 1;
            natures[i] = 0;
        }
        return new WordSegments(starts, ends, natures);
    }
}
