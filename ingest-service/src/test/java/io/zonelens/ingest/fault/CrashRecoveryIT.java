package io.zonelens.ingest.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.delivery.ServiceProcess;
import io.zonelens.localpostgres.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ingest-service killed (SIGKILL) in the middle of a batch: after a restart the batch finishes, every line becomes
 * exactly one document, every document is processed and delivered once, and query-service holds each one once.
 * Runs the built jars as real processes, so it is a failsafe test.
 */
class CrashRecoveryIT {

    private static final int LINES = 120;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> datasource;

    @BeforeAll
    static void startServices() {
        datasource = PostgresTestResource.datasource();
        // A short lease, so the restarted replica takes over the dead one's claims within the test.
        ServiceProcess.launchAll(datasource, Map.of("zonelens.ingest.worker.lease", "PT3S", "zonelens.delivery.lease", "PT3S"));
    }

    @AfterAll
    static void stopServices() {
        ServiceProcess.stopAll();
    }

    @Test
    void aBatchInterruptedByACrashFinishesAfterRestartWithNothingLostOrDoubled() throws SQLException {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String body = IntStream.range(0, LINES).mapToObj(i -> line(marker(run, i))).collect(Collectors.joining("\n")) + "\n";
        String ingest = ServiceProcess.INGEST.baseUrl();

        String batch = given().baseUri(ingest).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/batch").then().statusCode(202).extract().path("id");

        // Kill it once part of the batch is in and before all of it is.
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() ->
                given().baseUri(ingest).get("/api/v1/jobs/{id}", batch).<Integer>path("processed") > 0);
        int processedAtCrash = given().baseUri(ingest).get("/api/v1/jobs/{id}", batch).path("processed");
        ServiceProcess.INGEST.kill();
        assertTrue(processedAtCrash < LINES, "the crash came after the whole batch was in: " + processedAtCrash);

        ServiceProcess.INGEST.start();
        await().atMost(PATIENCE).untilAsserted(() -> given().baseUri(ingest).get("/api/v1/jobs/{id}", batch).then()
                .body("status", equalTo("COMPLETED")).body("processed", equalTo(LINES)).body("failed", equalTo(0)));
        List<String> documents = given().baseUri(ingest).get("/api/v1/jobs/{id}", batch).path("documentIds");
        assertEquals(LINES, documents.stream().distinct().count(), "one document per line");
        await().atMost(PATIENCE).until(() -> documents.stream().allMatch(id ->
                "PROCESSED".equals(given().baseUri(ingest).get("/api/v1/documents/{id}", id).path("status"))));

        try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement()) {
            String ids = documents.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            assertEquals(LINES, count(statement, "select count(*) from ingest.processing_job where document_id in (" + ids + ")"),
                    "one processing job per document");
            assertEquals(LINES, count(statement, "select count(*) from ingest.extraction_result where document_id in (" + ids + ")"),
                    "one extraction result per document");
            assertEquals(2L * LINES, count(statement, "select count(*) from ingest.outbox where document_id in (" + ids + ")"),
                    "one delivery per document and destination");
        }
        // Every document arrived in query-service, and once: its facts are keyed by document id.
        given().baseUri(ServiceProcess.QUERY.baseUrl()).queryParam("q", "崩溃恢复" + run).get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(LINES));
    }

    private static String marker(String run, int i) {
        return "崩溃恢复" + run + "号" + i;
    }

    /** A realistic document (a sample) made unique by its marker, so each line is its own document. */
    private static String line(String marker) {
        try {
            return JSON.writeValueAsString(Map.of("content", Samples.text("002_16796f86e927b957.txt")
                            .replaceFirst("</p>", "</p>\n<p>本文编号" + marker + "。</p>"),
                    "source", "故障测试"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
