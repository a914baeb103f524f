package io.zonelens.ingest.extraction.entity.learned;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The emission scores, laid out and summed for speed, against the plainest sum of the model's weights: every
 * feature's stored weight (a whole multiple of the model's scale) added up, then scaled once. Bit for bit, since a
 * score that moved in its last bit could change a tie in Viterbi and so a span. (Until the fifty-fifth round the
 * scaled weights were added as floats in key order; the exact sums gave the same spans on every CLUENER sentence.)
 */
class TaggerModelTest {

    @Test
    void scoresEqualThePlainSumOfTheWeightsBitForBit() throws IOException {
        TaggerModel model;
        try (InputStream in = getClass().getResourceAsStream(LearnedEntityTagger.DEFAULT_MODEL)) {
            model = TaggerModelCodec.read(in);
        }
        LongIntMap rows = new LongIntMap(model.featureCount());
        for (int row = 0; row < model.featureCount(); row++) {
            rows.put(model.featureKey(row), row);
        }
        FeatureExtractor features = new FeatureExtractor(new CueLexicon(), model.gazetteer());
        List<String> texts = new ArrayList<>(DecodingSpeed.sampleParagraphs());
        ClueNerCorpus.load().heldOutPart().forEach(sentence -> texts.add(sentence.text()));
        int tags = model.tags().size();
        float scale = model.weightScale();
        for (String text : texts) {
            int n = text.length();
            long[] keys = features.extract(text, WordSegments.of(text));
            long[] multiples = new long[n * tags];
            for (int k = 0; k < keys.length; k++) {
                int row = rows.get(keys[k]);
                if (row == LongIntMap.MISSING) {
                    continue;
                }
                for (int entry = model.rowStart(row); entry < model.rowStart(row + 1); entry++) {
                    multiples[k / FeatureExtractor.TEMPLATES * tags + model.entryTag(entry)]
                            += TaggerModel.quantize(model.entryWeight(entry), scale);
                }
            }
            float[] expected = new float[n * tags];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = multiples[i] * scale;
            }
            float[] actual = new float[n * tags];
            model.scoreEmissions(keys, n, FeatureExtractor.TEMPLATES, actual);
            for (int i = 0; i < expected.length; i++) {
                int at = i;
                assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]),
                        () -> "score " + at + " of \"" + text + "\"");
            }
        }
    }
}
