package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;

import java.time.OffsetDateTime;
import java.util.List;

/** The real stages, built once for all entity tests (HanLP dictionaries take a moment to load). */
final class EntityFixture {

    static final Gazetteer GAZETTEER = new Gazetteer();
    static final Lexicon LEXICON = new Lexicon(GAZETTEER);
    static final HanlpTokenizer TOKENIZER = new HanlpTokenizer(GAZETTEER);
    static final EntityRecognizer RECOGNIZER = new EntityRecognizer(LEXICON);
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private EntityFixture() {
    }

    static AnalyzedDocument analyze(String text) {
        return analyze(text, OffsetDateTime.parse("2022-03-11T14:35:31+08:00"));
    }

    static AnalyzedDocument analyze(String text, OffsetDateTime publishedAt) {
        return analyzed(AnalyzedDocument.of("test", null, publishedAt, text));
    }

    /** A text whose intake took its title off (and cut the title line). */
    static AnalyzedDocument analyzeTitled(String title, String text) {
        return analyzed(AnalyzedDocument.of("test", title, OffsetDateTime.parse("2022-03-11T14:35:31+08:00"), text));
    }

    /** A text whose intake named the outlet that published it (and cut its source line). */
    static AnalyzedDocument analyzePublishedBy(String source, String text) {
        return analyzed(AnalyzedDocument.of("test", null, OffsetDateTime.parse("2022-03-11T14:35:31+08:00"), source, text));
    }

    private static AnalyzedDocument analyzed(AnalyzedDocument document) {
        return RECOGNIZER.apply(TOKENIZER.apply(SPLITTER.apply(document)));
    }

    static List<EntityMention> mentions(String text) {
        return analyze(text).entities().mentions();
    }

    static boolean has(List<EntityMention> mentions, EntityType type, String text) {
        return mentions.stream().anyMatch(m -> m.type() == type && m.text().equals(text));
    }

    static String canonicalOf(List<EntityMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text) && m.type() != EntityType.POSITION).map(EntityMention::canonical).findFirst().orElse(null);
    }
}
