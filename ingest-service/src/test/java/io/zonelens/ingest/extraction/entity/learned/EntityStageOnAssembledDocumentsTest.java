package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every CLUENER sentence, twenty to a document, with short-name definitions, document numbers and middle dots thrown
 * in where they make no sense: the entity stage reads them all, and every mention's evidence is exact (its words at
 * its offsets, inside its sentence).
 */
class EntityStageOnAssembledDocumentsTest {

    @Test
    void everyMentionsEvidenceIsExactInDocumentsOfOddText() {
        Gazetteer gazetteer = new Gazetteer();
        HanlpTokenizer tokenizer = new HanlpTokenizer(gazetteer);
        EntityRecognizer recognizer = new EntityRecognizer(new Lexicon(gazetteer));
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> sentences = new ArrayList<>();
        ClueNerCorpus corpus = ClueNerCorpus.load();
        corpus.trainingPart().forEach(s -> sentences.add(s.text()));
        corpus.heldOutPart().forEach(s -> sentences.add(s.text()));
        Random random = new Random(7);
        int mentions = 0;
        for (int first = 0; first + 20 <= sentences.size(); first += 20) {
            StringBuilder text = new StringBuilder();
            for (int i = first; i < first + 20; i++) {
                String s = sentences.get(i);
                text.append(s);
                if (random.nextInt(5) == 0) {
                    text.append("（以下简称“").append(s, 0, Math.min(3, s.length())).append("”）");
                }
                if (random.nextInt(7) == 0) {
                    text.append("国发〔2019〕").append(i).append("号");
                }
                text.append(random.nextInt(9) == 0 ? "·" : "").append('。');
            }
            AnalyzedDocument document = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("assembled", null, null, text.toString()))));
            for (EntityMention m : document.entities().mentions()) {
                Sentence sentence = document.sentences().get(m.sentenceIndex());
                assertEquals(m.text(), document.text().substring(m.start(), m.end()), m.toString());
                assertTrue(sentence.start() <= m.start() && m.end() <= sentence.end(), () -> m + " outside its sentence " + sentence);
                mentions++;
            }
        }
        assertTrue(mentions > 10_000, "mentions checked: " + mentions);
    }
}
