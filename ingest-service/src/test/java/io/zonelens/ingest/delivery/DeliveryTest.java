package io.zonelens.ingest.delivery;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.ingest.Samples;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents reach the downstream services over real HTTP, and a service that was down receives them when it returns. */
@QuarkusTest
@TestProfile(WithDownstreamServices.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryTest {

    @Inject
    RecordedClientSpans clientSpans;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static String submit(String text) {
        return given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/documents").then().extract().path("id");
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/documents/{id}", id).then().body("status", equalTo(status)));
    }

    @Test
    void aProcessedDocumentIsSearchableInQueryService() {
        String id = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(Samples.bytes("002_16796f86e927b957.txt"))
                .post("/api/v1/documents").then().extract().path("id");
        awaitStatus(id, "PROCESSED");

        given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", "进出口总额").get("/api/v1/search")
                .then().statusCode(200)
                .body("items.find { it.documentId == '" + id + "' }.title", equalTo("以“四个聚焦”为引领 巩固提升发展首位度"))
                .body("items.find { it.documentId == '" + id + "' }.snippet", containsString("<em>进出口总额</em>"));

        // Its entities, linked: the short form is an alias of the zone, and every mention carries its evidence.
        given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", "南昌综保区").get("/api/v1/entities")
                .then().statusCode(200)
                .body("items[0].name", equalTo("南昌综合保税区"))
                .body("items[0].type", equalTo("ZONE"))
                .body("items[0].aliases", org.hamcrest.Matchers.hasItem("南昌综保区"))
                // The bare 综保区 of this document names the zone only here: no alias, so it finds no zone elsewhere.
                .body("items[0].aliases", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("综保区")));
        Number zone = given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", "南昌综保区").get("/api/v1/entities").path("items[0].id");
        given().baseUri(ServiceProcess.QUERY.baseUrl()).get("/api/v1/entities/{id}/mentions", zone.longValue())
                .then().statusCode(200)
                .body("items.documentId", org.hamcrest.Matchers.everyItem(equalTo(id)))
                .body("items[0].sentence", containsString(given().baseUri(ServiceProcess.QUERY.baseUrl())
                        .get("/api/v1/entities/{id}/mentions", zone.longValue()).path("items[0].text").toString()));
    }

    @Test
    void peopleArriveWithThePositionsTheDocumentGivesThem() {
        String id = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(Samples.bytes("000_06ab7e027c22c786.txt"))
                .post("/api/v1/documents").then().extract().path("id");
        awaitStatus(id, "PROCESSED");
        Number person = given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", "赵革").queryParam("type", "PERSON")
                .get("/api/v1/entities").path("items[0].id");
        given().baseUri(ServiceProcess.QUERY.baseUrl()).get("/api/v1/entities/{id}", person.longValue()).then().statusCode(200)
                .body("name", equalTo("赵革"))
                .body("positions.title", org.hamcrest.Matchers.hasItem(containsString("关长")))
                .body("positions[0].asOf", equalTo("2022-03-10"))
                .body("positions[0].documentId", equalTo(id));
    }

    @Test
    void aPlansIndicatorTableReachesIndicatorServiceAndAnswersProgress() {
        String id = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(Samples.bytes("003_1b9ae0e5524c20de.txt"))
                .post("/api/v1/documents").then().extract().path("id");
        awaitStatus(id, "PROCESSED");

        given().baseUri(ServiceProcess.INDICATOR.baseUrl()).queryParam("subject", "天津港保税区").queryParam("indicator", "GDP")
                .get("/api/v1/progress").then().statusCode(200)
                .body("indicator", equalTo("地区生产总值"))
                .body("baseline.value", equalTo(968.9f))
                .body("baseline.evidence.documentId", equalTo(id))
                .body("target.value", equalTo(1500.0f))
                .body("statedCagr", equalTo(10.0f))
                .body("impliedCagr", equalTo(9.1346f))
                .body("status", equalTo("NO_DATA"));
        given().baseUri(ServiceProcess.INDICATOR.baseUrl()).queryParam("documentId", id).queryParam("kind", "TARGET")
                .queryParam("measure", "CAGR").get("/api/v1/observations").then().statusCode(200)
                .body("items.period.label", org.hamcrest.Matchers.everyItem(equalTo("2021-2025")));
    }

    @Test
    void whileQueryServiceIsDownDocumentsWaitAndArriveOnceItReturns() {
        String marker = "停机测试" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ServiceProcess.QUERY.stop();
        String id;
        try {
            id = submit("综合保税区通知\n\n稿源:测试   2024-03-01 09:00\n\n本区发布" + marker + "措施。\n");
            // Processed, but not acknowledged by query-service: it stays PROCESSING while the relay retries.
            await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() ->
                    given().get("/api/v1/documents/{id}", id).then().body("status", equalTo("PROCESSING")));
        } finally {
            ServiceProcess.QUERY.start();
        }
        awaitStatus(id, "PROCESSED");
        given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", marker).get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].documentId", equalTo(id));
    }

    @Test
    void deliveriesCarryTheTraceContextOfIngestServicesCalls() {
        String marker = "追踪测试" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // Names no entity the other tests count on.
        String id = submit("2021年，" + marker + "进出口总额突破210亿元。\n");
        awaitStatus(id, "PROCESSED");
        for (ServiceProcess receiver : List.of(ServiceProcess.QUERY, ServiceProcess.INDICATOR)) {
            String traceparent = await().atMost(PATIENCE).until(() -> receiver.traceparentsReceived("/internal/v1/documents/" + id),
                    received -> !received.isEmpty()).get(0);
            // 00-{trace id}-{parent span id}-{flags}: the parent is the client span ingest-service recorded for this call.
            String[] parts = traceparent.split("-");
            assertEquals(4, parts.length, traceparent);
            assertTrue(clientSpans.mentioning(id).stream().anyMatch(span ->
                            span.getTraceId().equals(parts[1]) && span.getSpanId().equals(parts[2])),
                    "no client span of ingest-service matches " + traceparent);
        }
    }
}
