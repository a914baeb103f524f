package io.zonelens.ingest.extraction.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five samples through the real normalizer and stages, against acceptance/seeds.json. */
class SampleEntityAcceptanceTest {

    private static final Map<String, AnalyzedDocument> RESULTS = new HashMap<>();
    private static JsonNode seeds;

    @BeforeAll
    static void analyzeSamples() {
        seeds = Samples.acceptance();
        for (String file : Samples.FILES) {
            NormalizedDocument normalized = new DocumentNormalizer().normalize(Samples.text(file), "text/plain", null, null);
            AnalyzedDocument document = AnalyzedDocument.of(file, normalized.title(), normalized.publishedAt(), normalized.text());
            document = EntityFixture.SPLITTER.apply(document);
            RESULTS.put(file, EntityFixture.RECOGNIZER.apply(EntityFixture.TOKENIZER.apply(document)));
        }
    }

    @Test
    void atLeastNinetyPercentOfTheSeedEntitiesAreFoundWithTheirType() {
        int total = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (var document : iterable(seeds.get("entities").fields())) {
            List<EntityMention> mentions = RESULTS.get(document.getKey()).entities().mentions();
            for (JsonNode seed : document.getValue()) {
                total++;
                List<String> types = List.of(seed.get(0).asText().split("\\|"));
                String text = seed.get(1).asText();
                boolean hit = mentions.stream().anyMatch(m -> types.contains(m.type().name()) && (m.text().equals(text) || m.canonical().equals(text)));
                if (hit) {
                    found++;
                } else {
                    missed.add(document.getKey().substring(0, 3) + " " + seed);
                }
            }
        }
        System.out.printf("entities found: %d/%d = %.1f%%; missed: %s%n", found, total, 100.0 * found / total, missed);
        assertTrue(found >= 0.9 * total, "found " + found + "/" + total + ", missed " + missed);
    }

    @Test
    void everyAliasPairIsLinkedToOneCanonicalName() {
        List<String> unlinked = new ArrayList<>();
        for (JsonNode pair : seeds.get("aliases")) {
            String alias = pair.get(0).asText();
            String name = pair.get(1).asText();
            boolean linked = RESULTS.values().stream().anyMatch(document -> {
                List<EntityMention> mentions = document.entities().mentions();
                String aliasCanonical = EntityFixture.canonicalOf(mentions, alias);
                String nameCanonical = EntityFixture.canonicalOf(mentions, name);
                return aliasCanonical != null && (aliasCanonical.equals(name) || aliasCanonical.equals(nameCanonical));
            });
            if (!linked) {
                unlinked.add(alias + "=" + name);
            }
        }
        System.out.println("aliases linked: " + (seeds.get("aliases").size() - unlinked.size()) + "/" + seeds.get("aliases").size() + " unlinked " + unlinked);
        assertEquals(List.of(), unlinked);
    }

    @Test
    void everySeedPositionIsAttachedToItsPersonWithTitlesAndDate() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode seed : seeds.get("positions")) {
            String person = seed.get("person").asText();
            LocalDate asOf = LocalDate.parse(seed.get("asOf").asText());
            List<PositionHeld> held = RESULTS.get(seed.get("document").asText()).entities().positions().stream()
                    .filter(p -> p.person().equals(person)).toList();
            for (JsonNode title : seed.get("titles")) {
                boolean ok = held.stream().anyMatch(p -> p.title().equals(title.asText()) && asOf.equals(p.asOf()));
                if (!ok) {
                    wrong.add(person + ":" + title.asText() + " held " + held);
                }
            }
        }
        System.out.println("positions wrong: " + wrong);
        assertEquals(List.of(), wrong);
    }

    @Test
    void noneOfTheMustNotBeEntitiesIsProduced() {
        List<String> produced = new ArrayList<>();
        for (JsonNode seed : seeds.get("mustNotBeEntities")) {
            for (AnalyzedDocument document : RESULTS.values()) {
                if (EntityFixture.has(document.entities().mentions(), EntityType.valueOf(seed.get(0).asText()), seed.get(1).asText())) {
                    produced.add(document.documentId() + " " + seed);
                }
            }
        }
        System.out.println("false positives from mustNotBeEntities: " + produced);
        assertEquals(List.of(), produced);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
