package io.zonelens.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zonelens.ingest.Samples;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five samples, posted as a client would, come back with the metadata a careful reader finds. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class SampleIntakeTest {

    @Test
    void everySampleIsStoredWithItsExactTitleTimeAndSourceAndNoPageFurniture() {
        JsonNode expectations = Samples.acceptance().get("documents");
        for (String file : Samples.FILES) {
            JsonNode expected = expectations.get(file);
            Response created = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").queryParam("filename", file)
                    .body(Samples.bytes(file))
                    .post("/api/v1/documents");
            assertTrue(created.statusCode() == 201 || created.statusCode() == 200, file + " answered " + created.statusCode());
            String id = created.path("id");

            Response stored = given().get("/api/v1/documents/{id}", id);
            assertEquals(200, stored.statusCode());
            assertEquals(expected.get("title").asText(), stored.path("title"), file);
            assertEquals(OffsetDateTime.parse(expected.get("publishedAt").asText()), OffsetDateTime.parse(stored.path("publishedAt")), file);
            assertEquals(expected.get("publishedAt").asText(), stored.path("publishedAt"), file + ": the source's offset is kept");
            assertEquals(expected.get("source").asText(), stored.path("source"), file);
            String text = stored.path("text");
            for (JsonNode furniture : expected.get("bodyMustNotContain")) {
                assertFalse(text.contains(furniture.asText()), file + " body still holds " + furniture.asText());
            }
            List<String> paragraphs = stored.path("paragraphs");
            assertEquals(String.join("\n", paragraphs), text);
        }
    }

    @Test
    void aStoredSampleIsProcessedInTheBackground() {
        String id = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(Samples.bytes(Samples.FILES.get(2)))
                .post("/api/v1/documents").path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/documents/{id}", id).then().body("status", equalTo("PROCESSED")));
    }
}
