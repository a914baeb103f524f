package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Test;

class ProbeOneScratchTest {
    @Test
    void probe() throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        HanlpTokenizer tokenizer = new HanlpTokenizer(gazetteer);
        EntityRecognizer recognizer = new EntityRecognizer(new Lexicon(gazetteer));
        SentenceSplitter splitter = new SentenceSplitter();
        LearnedEntityTagger tagger = LearnedEntityTagger.loadDefault();
        for (String text : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/probe-texts.txt"))) {
            if (text.isBlank()) continue;
            AnalyzedDocument d = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("c", null, null, text))));
            System.out.println("TEXT " + text);
            System.out.println("TOKENS " + d.tokens().stream().map(t -> t.word() + "/" + t.pos()).toList());
            System.out.println("TAGGER " + tagger.tag(text).stream().map(t -> t.label() + ":" + text.substring(t.start(), t.end())).toList());
            System.out.println("STAGE " + d.entities().mentions().stream().map(m -> m.type() + ":" + m.text() + "=" + m.canonical()).toList());
            System.out.println("POSITIONS " + d.entities().positions());
        }
    }
}
