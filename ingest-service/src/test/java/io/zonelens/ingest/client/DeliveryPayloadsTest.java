package io.zonelens.ingest.client;

import io.zonelens.ingest.client.query.model.DocumentFacts;
import io.zonelens.ingest.client.query.model.EntityFact;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import io.zonelens.ingest.repository.DocumentEntity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What query-service receives of a document's entities: names that identify them, never one document's shorthand. */
class DeliveryPayloadsTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();

    private static DocumentFacts deliveredFor(String text) {
        AnalyzedDocument analyzed = new EntityRecognizer(new Lexicon(GAZETTEER)).apply(
                new HanlpTokenizer(GAZETTEER).apply(new SentenceSplitter().apply(AnalyzedDocument.of("d", null, null, text))));
        DocumentEntity document = new DocumentEntity();
        document.body = text;
        return DeliveryPayloads.documentFacts(document, analyzed, "test");
    }

    @Test
    void aWordThatNamesAnEntityOnlyInItsDocumentIsNoAliasAndABodyOfAnUnnamedPlaceIsNoEntity() {
        DocumentFacts facts = deliveredFor("天津港保税区加快发展，南昌综保区持续推进。保税区将持续推进。区委书记张建国主持召开区委常委会会议。");
        EntityFact zone = facts.getEntities().stream().filter(e -> e.getName().equals("天津港保税区")).findFirst().orElseThrow(() -> new AssertionError(facts.getEntities()));
        assertFalse(zone.getAliases().contains("保税区"), "保税区 is this document's shorthand: " + zone);
        EntityFact nanchang = facts.getEntities().stream().filter(e -> e.getName().equals("南昌综合保税区")).findFirst().orElseThrow();
        assertTrue(nanchang.getAliases().contains("南昌综保区"), "a short form that names the zone anywhere stays an alias: " + nanchang);
        assertTrue(facts.getEntities().stream().noneMatch(e -> e.getName().equals("区委")), "which district's committee is unknown: " + facts.getEntities());
        assertTrue(facts.getMentions().stream().noneMatch(m -> m.getText().equals("区委")));
    }
}
