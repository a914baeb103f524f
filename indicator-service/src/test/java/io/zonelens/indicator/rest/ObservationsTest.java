package io.zonelens.indicator.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/** Observations delivered by ingest-service are found by names and aliases, tracked against targets, and exported. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ObservationsTest {

    private static final String SENTENCE = "到2025年，地区生产总值达到1500亿元。";

    private static String newDocumentId() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private static Map<String, Object> observation(String subject, String indicator, String kind, String measure, String period,
                                                   Double value, String qualifier) {
        Map<String, Object> o = new HashMap<>();
        o.put("subject", Map.of("name", subject, "type", "ZONE", "aliases", List.of(subject.replace("保税区", "保区"))));
        o.put("indicator", indicator);
        o.put("kind", kind);
        o.put("measure", measure);
        o.put("period", Map.of("label", period, "start", period + "-01-01", "end", period + "-12-31"));
        o.put("value", value);
        o.put("qualifier", qualifier);
        o.put("unit", "CNY");
        o.put("unitText", "亿元");
        o.put("normalizedValue", value == null ? null : value * 1e8);
        o.put("cumulative", false);
        o.put("flags", List.of());
        o.put("evidence", Map.of("sentence", SENTENCE, "start", 100, "end", 107, "sentenceStart", 90, "sentenceEnd", 110));
        return o;
    }

    private static Map<String, Object> delivery(Instant extractedAt, List<Map<String, Object>> observations) {
        return Map.of("pipelineVersion", "test.1", "extractedAt", extractedAt.toString(), "title", "规划",
                "publishedAt", "2021-07-20T11:25:00+08:00", "observations", observations);
    }

    private static void put(String documentId, Map<String, Object> delivery) {
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery).put("/internal/v1/documents/{id}", documentId).then().statusCode(200);
    }

    @Test
    void aPlansBaselineTargetAndLaterActualsGiveItsProgress() {
        String zone = "测试" + newDocumentId() + "保税区";
        put(newDocumentId(), delivery(Instant.now(), List.of(
                observation(zone, "地区生产总值", "ACTUAL", "LEVEL", "2020", 968.9, "EXACT"),
                observation(zone, "地区生产总值", "TARGET", "LEVEL", "2025", 1500.0, "EXACT"),
                observation(zone, "地区生产总值", "TARGET", "CAGR", "2025", 10.0, "EXACT"))));
        put(newDocumentId(), delivery(Instant.now(), List.of(observation(zone, "GDP", "ACTUAL", "LEVEL", "2022", 1100.0, "EXACT"))));

        given().queryParam("subject", zone).queryParam("indicator", "GDP").get("/api/v1/progress").then().statusCode(200)
                .body("indicator", equalTo("地区生产总值"))
                .body("baseline.value", equalTo(968.9f))
                .body("target.value", equalTo(1500.0f))
                .body("latestActual.value", equalTo(1100.0f))
                .body("statedCagr", equalTo(10.0f))
                .body("impliedCagr", equalTo(9.1346f))
                .body("requiredCagr", equalTo(10.8918f))
                .body("shareAchieved", equalTo(0.7333f))
                // On the implied path 2022 would be 968.9 * (1500/968.9)^(2/5) = 1154.6; 1100 is below 98% of it.
                .body("status", equalTo("BEHIND"));

        given().queryParam("subject", zone.replace("保税区", "保区")).queryParam("indicator", "地区生产总值").get("/api/v1/series")
                .then().statusCode(200).body("points.period.label", equalTo(List.of("2020", "2022", "2025", "2025")));
    }

    @Test
    void conflictingFiguresFromDifferentDocumentsAreBothKeptAndMarked() {
        String zone = "冲突" + newDocumentId() + "保税区";
        put(newDocumentId(), delivery(Instant.now(), List.of(observation(zone, "进出口总额", "ACTUAL", "LEVEL", "2021", 210.0, "MORE_THAN"))));
        put(newDocumentId(), delivery(Instant.now(), List.of(observation(zone, "外贸进出口总额", "ACTUAL", "LEVEL", "2021", 215.0, "EXACT"))));
        given().queryParam("subject", zone).queryParam("indicator", "进出口").get("/api/v1/observations").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.conflict", equalTo(List.of(true, true)))
                .body("items.indicator", hasItem("外贸进出口总额"))
                .body("items[0].evidence.sentence", equalTo(SENTENCE));
    }

    @Test
    void redeliveryReplacesADocumentsObservations() {
        String zone = "重投" + newDocumentId() + "保税区";
        String id = newDocumentId();
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        put(id, delivery(first, List.of(observation(zone, "纳税总额", "ACTUAL", "LEVEL", "2020", 273.6, "EXACT"),
                observation(zone, "纳税总额", "TARGET", "LEVEL", "2025", 440.0, "EXACT"))));
        put(id, delivery(first.plusSeconds(5), List.of(observation(zone, "纳税总额", "TARGET", "LEVEL", "2025", 440.0, "EXACT"))));
        given().queryParam("documentId", id).get("/api/v1/observations").then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(first, List.of())).put("/internal/v1/documents/{id}", id)
                .then().statusCode(200).body("outcome", equalTo("STALE"));
        given().queryParam("documentId", id).get("/api/v1/observations").then().body("total", equalTo(1));
    }

    @Test
    void observationsExportAsCsvAndTheCatalogListsSynonyms() {
        String zone = "导出" + newDocumentId() + "保税区";
        put(newDocumentId(), delivery(Instant.now(), List.of(observation(zone, "进出口总额", "ACTUAL", "LEVEL", "2021", 210.0, "MORE_THAN"))));
        String csv = given().queryParam("subject", zone).get("/api/v1/observations.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFid,documentId,subject"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(zone + ",外贸进出口总额,进出口总额,ACTUAL,LEVEL,2021"), csv);

        given().queryParam("q", "进出口").get("/api/v1/indicators").then().statusCode(200)
                .body("items.find { it.name == '外贸进出口总额' }.synonyms", hasItem("进出口总额"));
        given().queryParam("subject", zone).get("/api/v1/indicators").then().body("items", hasSize(1));
    }

    @Test
    void badInputIsRefusedWithProblems() {
        Map<String, Object> noValue = observation("某保税区", "纳税总额", "TARGET", "LEVEL", "2025", null, "EXACT");
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(delivery(Instant.now(), List.of(noValue))).put("/internal/v1/documents/{id}", newDocumentId())
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("no value"));
        given().queryParam("kind", "GUESS").get("/api/v1/observations").then().statusCode(400).body("detail", containsString("ACTUAL"));
        given().get("/api/v1/progress").then().statusCode(400).body("detail", containsString("'subject'"));
        given().queryParam("subject", "不存在的区").queryParam("indicator", "GDP").get("/api/v1/progress")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("subject", "不存在的区").get("/api/v1/observations").then().statusCode(200).body("total", equalTo(0));
    }
}
