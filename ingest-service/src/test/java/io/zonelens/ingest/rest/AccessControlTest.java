package io.zonelens.ingest.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Writes need a writer token; reads, health and the API description are open. A refused write stores nothing. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static long documentCount() {
        return ((Number) given().get("/api/v1/documents").path("total")).longValue();
    }

    @Test
    void aWriteWithoutATokenIsUnauthorizedAndStoresNothing() {
        long before = documentCount();
        given().contentType("text/plain; charset=UTF-8").body("2021年，南昌综保区进出口总额突破210亿元。").post("/api/v1/documents")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("detail", containsString("role writer"));
        given().contentType("application/x-ndjson").body("{\"content\":\"第一篇\"}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents/batch")
                .then().statusCode(401).contentType("application/problem+json");
        given().contentType("text/plain; charset=UTF-8").body("连茂君").post("/api/v1/extract").then().statusCode(401);
        assertEqualCount(before);
    }

    @Test
    void aTokenWithoutTheWriterRoleIsForbidden() {
        given().auth().oauth2(TestTokens.internal()).contentType("text/plain; charset=UTF-8").body("南昌综保区。")
                .post("/api/v1/documents").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("detail", containsString("role writer"));
    }

    @Test
    void anExpiredOrForgedWriterTokenIsUnauthorized() {
        for (String token : new String[]{TestTokens.expiredWriter(), TestTokens.forgedWriter()}) {
            given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").body("南昌综保区。").post("/api/v1/documents")
                    .then().statusCode(401).contentType("application/problem+json").body("detail", containsString("not accepted"));
        }
    }

    @Test
    void readsHealthAndTheApiDescriptionAreOpen() {
        given().get("/api/v1/documents").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    private static void assertEqualCount(long before) {
        given().get("/api/v1/documents").then().body("total", equalTo((int) before));
    }
}
