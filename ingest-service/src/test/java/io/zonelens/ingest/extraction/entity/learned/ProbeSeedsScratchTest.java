package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Test;

import java.nio.file.*;
import java.util.*;

class ProbeSeedsScratchTest {
    @Test
    void probe() throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        HanlpTokenizer tokenizer = new HanlpTokenizer(gazetteer);
        Lexicon lexicon = new Lexicon(gazetteer);
        EntityRecognizer recognizer = Boolean.getBoolean("probe.patterns") ? new EntityRecognizer(lexicon, EntityRecognizer.patternSources(gazetteer), io.zonelens.ingest.extraction.entity.SourceRanking.standard()) : new EntityRecognizer(lexicon);
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (System.getProperty("probe.dir") != null) { try (var s = Files.list(Path.of(System.getProperty("probe.dir")))) { s.sorted().forEach(files::add); } } else {
        try (var s = Files.list(Path.of("/work/shared/seeds"))) { s.sorted().forEach(files::add); }
        try (var s = Files.list(Path.of("/work/probe-docs"))) { s.sorted().forEach(files::add); } catch (Exception e) { }
        try (var s = Files.list(Path.of("/work/probe-docs2"))) { s.sorted().forEach(files::add); } catch (Exception e) { }
        }
        for (Path f : files) {
            String text = Files.readString(f);
            AnalyzedDocument d = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("c", null, null, text))));
            TreeSet<String> seen = new TreeSet<>();
            d.entities().mentions().forEach(m -> seen.add(m.type() + "\t" + m.text() + "\t" + m.canonical()));
            seen.forEach(x -> out.add(f.getFileName() + "\t" + x));
            d.entities().positions().forEach(p -> out.add(f.getFileName() + "\tHELD\t" + p.person() + "\t" + p.title() + "\t" + p.organization()));
        }
        Files.write(Path.of(System.getProperty("probe.out", "/work/seeds-out.txt")), out);
    }
}
