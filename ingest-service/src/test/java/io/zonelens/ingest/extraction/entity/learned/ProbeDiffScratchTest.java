package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Test;

import java.util.*;

class ProbeDiffScratchTest {
    private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "name", EntityType.POSITION, "position",
            EntityType.GOVERNMENT, "government", EntityType.COMPANY, "company", EntityType.ORGANIZATION, "organization");

    @Test
    void probe() throws Exception {
        ClueNerCorpus corpus = ClueNerCorpus.load();
        LearnedEntityTagger tagger = LearnedEntityTagger.loadDefault();
        if (System.getProperty("probe.model") != null) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(System.getProperty("probe.model")))) { tagger = new LearnedEntityTagger(TaggerModelCodec.read(in)); }
            var f = LearnedEntityTagger.class.getDeclaredField("defaultTagger");
            f.setAccessible(true);
            f.set(null, tagger);
        }
        Gazetteer gazetteer = new Gazetteer();
        HanlpTokenizer tokenizer = new HanlpTokenizer(gazetteer);
        EntityRecognizer recognizer = new EntityRecognizer(new Lexicon(gazetteer));
        SentenceSplitter splitter = new SentenceSplitter();
        String focus = System.getProperty("probe.label", "company");
        List<AnnotatedSentence> part = Boolean.getBoolean("probe.tune") ? corpus.tuningPart() : corpus.heldOutPart();
        List<String> lines = new ArrayList<>();
        for (AnnotatedSentence s : part) {
            String text = s.text();
            AnalyzedDocument d = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("c", null, null, text))));
            Set<TaggedSpan> stage = new HashSet<>();
            for (EntityMention m : d.entities().mentions()) {
                String l = LABELS.get(m.type());
                if (l != null && l.equals(focus)) stage.add(new TaggedSpan(l, m.start(), m.end()));
            }
            Set<TaggedSpan> tagged = new HashSet<>();
            for (TaggedSpan t : tagger.tag(text)) if (t.label().equals(focus)) tagged.add(t);
            Set<TaggedSpan> gold = new HashSet<>();
            for (TaggedSpan g : s.entities()) if (g.label().equals(focus)) gold.add(g);
            for (TaggedSpan g : gold) {
                boolean inT = tagged.contains(g), inS = stage.contains(g);
                if (inT != inS) lines.add((inT ? "LOST-TP\t" : "GAINED-TP\t") + text.substring(g.start(), g.end()) + "\t" + show(stage, text) + "\t| " + text);
            }
            for (TaggedSpan t : stage) if (!gold.contains(t) && !tagged.contains(t)) lines.add("NEW-FP\t" + text.substring(t.start(), t.end()) + "\tgold " + show(gold, text) + "\t| " + text);
            for (TaggedSpan t : tagged) if (!gold.contains(t) && !stage.contains(t)) lines.add("REMOVED-FP\t" + text.substring(t.start(), t.end()) + "\tgold " + show(gold, text) + "\t| " + text);
        }
        Collections.sort(lines);
        final LearnedEntityTagger t2 = tagger;
        System.out.print("TAGGER\n" + EntityEvaluation.of(t2::tag, part, ClueNerCorpus.LABELS).table());
        System.out.print("STAGE\n" + EntityEvaluation.of(text -> {
            AnalyzedDocument d = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("c", null, null, text))));
            List<TaggedSpan> spans = new ArrayList<>();
            for (EntityMention m : d.entities().mentions()) { String l = LABELS.get(m.type()); if (l != null) spans.add(new TaggedSpan(l, m.start(), m.end())); }
            return spans; }, part, ClueNerCorpus.LABELS).table());
        lines.forEach(System.out::println);
    }

    static String show(Set<TaggedSpan> spans, String text) {
        StringBuilder b = new StringBuilder();
        for (TaggedSpan t : spans) b.append(text, t.start(), t.end()).append(' ');
        return b.toString();
    }
}
