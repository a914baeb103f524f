package io.zonelens.query.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** With zonelens.auth.reads=authenticated, reads need a valid token (any role); health stays open for probes. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ReadsClosed.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ClosedReadsTest {

    public static class ReadsClosed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zonelens.auth.reads", "authenticated");
        }
    }

    @Test
    void aReadWithoutATokenIsUnauthorized() {
        AccessControlTest.problem(given().queryParam("q", "综保区").get("/api/v1/entities").then(), 401, "bearer token")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aReadWithAValidTokenIsAnswered() {
        given().auth().oauth2(TestTokens.withGroups("reader")).queryParam("q", "综保区").get("/api/v1/entities").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
