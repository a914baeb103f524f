package io.zonelens.indicator.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Only ingest-service's internal token may deliver observations; reads stay open. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class AccessControlTest {

    @Test
    void aDeliveryWithoutATokenIsUnauthorizedProblemJson() {
        given().contentType("application/json").body("{}").put("/internal/v1/documents/{id}", "00000000000000ac")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void aWriterTokenMayNotUseTheInternalApi() {
        given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{}")
                .put("/internal/v1/documents/{id}", "00000000000000ac")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("role internal"));
    }

    @Test
    void aDeliveryOverTheLimitIsRefusedWithProblemJson() {
        given().auth().oauth2(TestTokens.internal()).contentType("application/json").body(new byte[1048577])
                .put("/internal/v1/documents/{id}", "00000000000000ac")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("zonelens.indicator.max-delivery-bytes"));
    }

    @Test
    void readsNeedNoToken() {
        given().queryParam("q", "进出口").get("/api/v1/indicators").then().statusCode(200);
    }
}
