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
    /** The gazetteer's place names, for a name HanLP reads after 同志 that is the appointing verb and a place (任安顺/nr). */
    private final Set<String> places;

    @Inject
    public HanlpTokenizer(Gazetteer gazetteer) {
        // HanLP's default custom dictionary plus the gazetteer names. Forcing them (enableCustomDictionaryForcing)
        // would cost a third of the speed; the Lexicon matches domain names exactly anyway.
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        gazetteer.names().forEach((name, nature) -> dictionary.insert(name, nature + " 1000"));
        this.places = gazetteer.names().entrySet().stream().filter(name -> name.getValue().startsWith("ns")).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        // Indexed below (a term's next one is looked at): HanLP returns a linked list, so copied to an array first.
        List<Term> terms = new ArrayList<>(segment.seg(text));
        List<Token> tokens = new ArrayList<>(terms.size());
        int cursor = 0;
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            // HanLP's offsets are unreliable after custom-dictionary merging; words are contiguous, so count.
            int start = cursor;
            int end = start + term.word.length();
            String nature = term.nature == null ? "x" : term.nature.toString();
            Token before = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (term.word.equals(FORMER_COUNTY) && !followsAPlace(tokens)) {
                appointingVerbAndLevel(tokens, base + start);
            } else if (appointedAfterComrade(before, term.word, nature, k + 1 < terms.size() ? terms.get(k + 1) : null)) {
                // 向平同志任湘/nr 西/f 高新区…: after 同志, 任 is the verb of the appointment, not a surname.
                tokens.add(new Token(base + start, base + start + 1, "任", "v"));
                tokens.add(new Token(base + start + 1, base + end, term.word.substring(1), "n"));
            } else if (before != null && before.end() == base + start && latinWord(before.word()) && latinWord(term.word)) {
                // Atl/nx â/w ntico/nx: HanLP cuts a Latin word at each accented letter; the word is one, as HanLP reads others.
                tokens.set(tokens.size() - 1, new Token(before.start(), base + end, before.word() + term.word, LATIN_WORD));
            } else {
                tokens.add(new Token(base + start, base + end, term.word, nature));
            }
            cursor = end;
        }
        return tokens;
    }

    /**
     * 现任县商务局副局长, 拟任县发展和改革局局长: HanLP's dictionary knows 任县 (a county of Hebei until 2020) and reads it
     * there, in every biography that names a county's office. Unless a place stands before it (邢台市任县), it is the
     * verb 任 (with 现, 拟 … before it, one word) and the level 县 of the body after it.
     */
    private static void appointingVerbAndLevel(List<Token> tokens, int start) {
        Token before = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (before != null && before.end() == start && before.word().length() == 1 && VERB_OPENERS.contains(before.word())) {
            tokens.set(tokens.size() - 1, new Token(before.start(), start + 1, before.word() + "任", "v"));
        } else {
            tokens.add(new Token(start, start + 1, "任", "v"));
        }
        tokens.add(new Token(start + 1, start + 2, "县", "n"));
    }

    private static final String FORMER_COUNTY = "任县";
    private static final String COMRADE = "同志";

    /**
     * A name HanLP reads opening with 任 right after 同志, where 任 is the appointing verb: the rest is a listed place
     * (任安顺/nr 经开区), or the name of what the person is appointed to goes on after it (任湘/nr 西/f 高新区), where a
     * person's name would end (老同志任强说).
     */
    private boolean appointedAfterComrade(Token before, String word, String nature, Term next) {
        if (before == null || !before.word().equals(COMRADE) || !nature.startsWith("nr") || word.length() < 2 || word.length() > 3 || word.charAt(0) != '任') {
            return false;
        }
        String nextNature = next == null || next.nature == null ? "w" : next.nature.toString();
        return places.contains(word.substring(1))
                || word.length() == 2 && (nextNature.startsWith("f") || nextNature.startsWith("n") && !nextNature.startsWith("nr"));
    }
    private static final String LATIN_WORD = "nx";

    /** Letters of the Latin script only, accented ones (â, é, ü) among them; digits too after the first. */
    private static boolean latinWord(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        // A loop, not a stream: asked of every word, nearly all of them Chinese and rejected at the first character.
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (!Token.latinLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
    /** Characters that make one verb with 任 (现任, 拟任, 兼任, 调任 …). */
    private static final Set<String> VERB_OPENERS = Set.of("现", "拟", "曾", "兼", "调", "转", "升", "改", "出", "担", "留", "继", "后", "历", "新", "专");

    private static boolean followsAPlace(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).pos().startsWith("ns");
    }
}
