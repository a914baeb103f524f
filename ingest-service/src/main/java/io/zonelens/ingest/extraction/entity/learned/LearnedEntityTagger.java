package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.token.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Named-entity recognizer learned from CLUENER2020: a character-level linear tagger (an averaged structured
 * perceptron and a CRF trained on the same features, their weights mixed; BIOES tags, constrained Viterbi). Labels are CLUENER's: name, position, government, company,
 * organization, address, book, game, movie, scene. Thread-safe: the model is immutable and every call
 * works in its own arrays.
 */
public final class LearnedEntityTagger {

    /** The committed model, on the classpath so it loads the same from a jar or a native image. */
    static final String DEFAULT_MODEL = "/models/cluener-tagger.bin";

    private static volatile LearnedEntityTagger defaultTagger;

    private final TaggerModel model;
    private final FeatureExtractor features;
    private final ViterbiDecoder decoder;

    LearnedEntityTagger(TaggerModel model) {
        this.model = model;
        this.features = new FeatureExtractor(new CueLexicon(), model.gazetteer());
        this.decoder = new ViterbiDecoder(model.tags());
    }

    /** The tagger with the committed CLUENER model, read once per JVM. */
    public static LearnedEntityTagger loadDefault() {
        LearnedEntityTagger tagger = defaultTagger;
        if (tagger == null) {
            synchronized (LearnedEntityTagger.class) {
                tagger = defaultTagger;
                if (tagger == null) {
                    tagger = load(DEFAULT_MODEL);
                    defaultTagger = tagger;
                }
            }
        }
        return tagger;
    }

    static LearnedEntityTagger load(String resource) {
        try (InputStream in = LearnedEntityTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("tagger model " + resource + " is not on the classpath");
            }
            return new LearnedEntityTagger(TaggerModelCodec.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tagger model " + resource, e);
        }
    }

    /**
     * Entities in {@code text}, in order, with end-exclusive String offsets. Segments the text as the pipeline
     * does; a caller holding the pipeline's tokens passes them to {@link #tag(String, List)} instead.
     */
    public List<TaggedSpan> tag(String text) {
        return text.isEmpty() ? List.of() : tag(text, WordSegments.of(text));
    }

    /** Entities in {@code text}, a sentence the pipeline's tokenizer cut into {@code words}. */
    public List<TaggedSpan> tag(String text, List<Token> words) {
        return text.isEmpty() ? List.of() : tag(text, WordSegments.of(text, words));
    }

    private List<TaggedSpan> tag(String text, WordSegments words) {
        int n = text.length();
        long[] keys = features.extract(text, words);
        float[] emissions = new float[n * model.tags().size()];
        model.scoreEmissions(keys, n, FeatureExtractor.TEMPLATES, emissions);
        int[] best = new int[n];
        decoder.decode(emissions, n, model.transitions(), model.startWeights(), best);
        return model.tags().decode(best, n);
    }
}
