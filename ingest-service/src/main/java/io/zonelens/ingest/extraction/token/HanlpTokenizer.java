package io.zonelens.ingest.extraction.token;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HanLP Viterbi segmentation with person-name recognition, sentence by sentence, with the gazetteer names as the
 * custom dictionary. The dictionary is private to this segmenter: HanLP's global
 * CustomDictionary is left untouched.
 */
@ApplicationScoped
public class HanlpTokenizer implements PipelineStage {

    private final Segment segment;

    @Inject
    public HanlpTokenizer(Gazetteer gazetteer) {
        // HanLP's default custom dictionary plus the gazetteer names. Forcing them (enableCustomDictionaryForcing)
        // would cost a third of the speed; the Lexicon matches domain names exactly anyway.
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        gazetteer.names().forEach((name, nature) -> dictionary.insert(name, nature + " 1000"));
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enableCustomDictionary(dictionary)
                .enableOffset(true);
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            tokens.addAll(tokenize(document.text().substring(sentence.start(), sentence.end()), sentence.start()));
        }
        return document.withTokens(tokens);
    }

    /** Tokens of one piece of text, offsets shifted by {@code base}. */
    public List<Token> tokenize(String text, int base) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        int cursor = 0;
        for (Term term : terms) {
            // HanLP's offsets are unreliable after custom-dictionary merging; words are contiguous, so count.
            int start = cursor;
            int end = start + term.word.length();
            tokens.add(new Token(base + start, base + end, term.word, term.nature == null ? "x" : term.nature.toString()));
            cursor = end;
        }
        return tokens;
    }
}
