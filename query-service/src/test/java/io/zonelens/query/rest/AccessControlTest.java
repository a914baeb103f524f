package io.zonelens.query.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Only ingest-service's internal token may deliver; reads and the operational endpoints stay open. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    private static final String DOCUMENT = "00000000000000ac";

    static ValidatableResponse problem(ValidatableResponse response, int status, String detail) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("title", org.hamcrest.Matchers.notNullValue())
                .body("type", containsString("urn:zonelens:problem:")).body("detail", containsString(detail));
    }

    private static ValidatableResponse deliver(String token) {
        var request = given().contentType("application/json").body(Map.of("text", "x"));
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.put("/internal/v1/documents/{id}", DOCUMENT).then();
    }

    @Test
    void aDeliveryWithoutATokenIsUnauthorizedAndSaysHowToAuthenticate() {
        problem(deliver(null), 401, "bearer token").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anExpiredOrForgedTokenIsUnauthorized() {
        problem(deliver(TestTokens.expiredWriter()), 401, "not accepted").header("WWW-Authenticate", "Bearer");
        problem(deliver(TestTokens.forgedWriter()), 401, "not accepted");
        problem(deliver("not-a-jwt"), 401, "not accepted");
    }

    @Test
    void aWriterTokenMayNotUseTheInternalApi() {
        problem(deliver(TestTokens.writer()), 403, "role internal");
    }

    @Test
    void theInternalTokenGetsPastAccessControl() {
        // Past authorization the body is checked: this one lacks required fields.
        deliver(TestTokens.internal()).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void readsAndOperationalEndpointsNeedNoToken() {
        given().queryParam("q", "综保区").get("/api/v1/entities").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void anotherOriginGetsNoCorsPermissionUnlessConfigured() {
        given().header("Origin", "https://elsewhere.example").queryParam("q", "综保区").get("/api/v1/entities")
                .then().statusCode(200).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aDeliveryOverTheLimitIsRefusedBeforeItIsRead() {
        // %test.zonelens.query.max-delivery-bytes is 1 MiB
        problem(given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(new byte[1048577])
                .put("/internal/v1/documents/{id}", DOCUMENT).then(), 413, "zonelens.query.max-delivery-bytes");
    }
}
