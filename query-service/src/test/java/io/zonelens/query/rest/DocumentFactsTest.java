package io.zonelens.query.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** What ingest-service delivers is stored with its evidence, replaced on redelivery, and found by the public API. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentFactsTest {

    private static final String TEXT = "2021年，南昌综保区进出口总额突破210亿元。南昌综合保税区党组书记、主任徐海波表示，要加快发展。";

    private static String newDocumentId() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong()).replace('-', '0');
    }

    private static Map<String, Object> delivery(String zoneName, Instant extractedAt, boolean withPerson) {
        int zoneStart = TEXT.indexOf("南昌综保区");
        int secondSentence = TEXT.indexOf("南昌综合保税区党组");
        List<Map<String, Object>> entities = new java.util.ArrayList<>(List.of(
                Map.of("key", "z", "type", "ZONE", "name", zoneName, "aliases", List.of("南昌综保区"))));
        List<Map<String, Object>> mentions = new java.util.ArrayList<>(List.of(
                Map.of("entity", "z", "text", "南昌综保区", "start", zoneStart, "end", zoneStart + 5, "sentenceStart", 0, "sentenceEnd", secondSentence),
                Map.of("entity", "z", "text", "南昌综合保税区", "start", secondSentence, "end", secondSentence + 7, "sentenceStart", secondSentence, "sentenceEnd", TEXT.length())));
        List<Map<String, Object>> positions = new java.util.ArrayList<>();
        if (withPerson) {
            int person = TEXT.indexOf("徐海波");
            entities.add(Map.of("key", "p", "type", "PERSON", "name", "徐海波" + zoneName.length()));
            mentions.add(Map.of("entity", "p", "text", "徐海波", "start", person, "end", person + 3, "sentenceStart", secondSentence, "sentenceEnd", TEXT.length()));
            positions.add(Map.of("person", "p", "title", "南昌综合保税区党组书记", "organization", "南昌综合保税区", "asOf", "2022-01-17",
                    "start", secondSentence, "end", person, "sentenceStart", secondSentence, "sentenceEnd", TEXT.length()));
            // The same office named again further on: more evidence, not another position.
            positions.add(Map.of("person", "p", "title", "南昌综合保税区党组书记", "organization", "南昌综合保税区", "asOf", "2022-01-17",
                    "start", person, "end", person + 3, "sentenceStart", secondSentence, "sentenceEnd", TEXT.length()));
        }
        return Map.of("pipelineVersion", "test.1", "extractedAt", extractedAt.toString(), "title", "南昌综保区年报",
                "publishedAt", "2022-01-17T07:42:37+08:00", "source", "南昌日报", "text", TEXT,
                "entities", entities, "mentions", mentions, "positions", positions);
    }

    private static long entityIdNamed(String name) {
        return ((Number) given().queryParam("q", name).get("/api/v1/entities").path("items[0].id")).longValue();
    }

    @Test
    void aDeliveryIsStoredWithEvidenceAndFoundByNameAliasAndSearch() {
        String zone = "南昌综合保税区" + newDocumentId();
        String id = newDocumentId();
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(zone, Instant.now(), true)).put("/internal/v1/documents/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("STORED"));

        long zoneId = entityIdNamed(zone);
        given().queryParam("q", zone).get("/api/v1/entities").then().statusCode(200)
                .body("items[0].name", equalTo(zone))
                .body("items[0].type", equalTo("ZONE"))
                .body("items[0].aliases", contains("南昌综保区"))
                .body("items[0].mentionCount", equalTo(2))
                .body("items[0].documentCount", equalTo(1))
                .body("items[0].firstSeen", equalTo("2022-01-16T23:42:37Z"));

        // A page past the last still tells how many there are.
        given().queryParam("q", zone).queryParam("page", 3).get("/api/v1/entities").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(1));

        given().get("/api/v1/entities/{id}/mentions", zoneId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].documentId", equalTo(id))
                .body("items[0].text", equalTo("南昌综保区"))
                .body("items[0].sentence", equalTo("2021年，南昌综保区进出口总额突破210亿元。"))
                .body("items[0].start", equalTo(TEXT.indexOf("南昌综保区")));

        long personId = entityIdNamed("徐海波" + zone.length());
        given().get("/api/v1/entities/{id}", personId).then().statusCode(200)
                .body("positions", hasSize(1))
                .body("positions[0].title", equalTo("南昌综合保税区党组书记"))
                .body("positions[0].asOf", equalTo("2022-01-17"))
                .body("related.name", hasItem(zone))
                .body("documents[0].id", equalTo(id));

        given().queryParam("q", "进出口总额").get("/api/v1/search").then().statusCode(200)
                .body("items.documentId", hasItem(id))
                .body("items.find { it.documentId == '" + id + "' }.snippet", containsString("<em>进出口总额</em>"));
    }

    @Test
    void redeliveryReplacesTheDocumentsFactsAndAnOlderDeliveryIsIgnored() {
        String zone = "南昌综合保税区" + newDocumentId();
        String id = newDocumentId();
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(zone, first, true)).put("/internal/v1/documents/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(zone, first, true)).put("/internal/v1/documents/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("UNCHANGED"));

        // Reprocessed without the person: the person's mention and position go, nothing is appended twice.
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(zone, first.plusSeconds(60), false)).put("/internal/v1/documents/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("STORED"));
        long personId = entityIdNamed("徐海波" + zone.length());
        given().get("/api/v1/entities/{id}", personId).then().body("mentionCount", equalTo(0)).body("positions", hasSize(0));
        given().queryParam("q", zone).get("/api/v1/entities").then().body("items[0].mentionCount", equalTo(2));

        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(zone, first, true)).put("/internal/v1/documents/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("STALE"));
        given().get("/api/v1/entities/{id}", personId).then().body("mentionCount", equalTo(0));
    }

    @Test
    void aDeliveryWhosePartsDoNotFitIsRefusedAndStoresNothing() {
        String id = newDocumentId();
        Map<String, Object> broken = new java.util.HashMap<>(delivery("南昌综合保税区", Instant.now(), false));
        broken.put("mentions", List.of(Map.of("entity", "nobody", "text", "南昌", "start", 0, "end", 2, "sentenceStart", 0, "sentenceEnd", 5)));
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(broken).put("/internal/v1/documents/{id}", id)
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("nobody"));
        given().queryParam("q", "南昌综保区年报").get("/api/v1/search").then().body("items.documentId", org.hamcrest.Matchers.not(hasItem(id)));

        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body("{\"pipelineVersion\":").put("/internal/v1/documents/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(Map.of("text", "x")).put("/internal/v1/documents/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery("南昌综合保税区", Instant.now(), false)).put("/internal/v1/documents/{id}", "NOT-AN-ID")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badQueriesAre400AndUnknownEntitiesAre404() {
        given().get("/api/v1/search").then().statusCode(400).contentType("application/problem+json").body("detail", containsString("'q'"));
        given().queryParam("type", "ANIMAL").get("/api/v1/entities").then().statusCode(400).body("detail", containsString("ANIMAL"));
        given().queryParam("size", "0").get("/api/v1/entities").then().statusCode(400).body("detail", containsString("'size'"));
        given().get("/api/v1/entities/{id}", 999999999).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/entities/{id}/mentions", "abc").then().statusCode(404).contentType("application/problem+json");
    }
}
