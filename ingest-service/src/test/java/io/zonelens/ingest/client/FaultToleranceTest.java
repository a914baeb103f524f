package io.zonelens.ingest.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.localpostgres.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A delivery to a service that does not answer is retried, then the circuit opens and spares it further calls. */
@QuarkusTest
@TestProfile(FaultToleranceTest.UnreachableQueryService.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class FaultToleranceTest {

    private static final String PAYLOAD = """
            {"pipelineVersion":"test","extractedAt":"2024-03-01T01:00:00Z","text":"天津海关关长赵革参加。",
             "entities":[],"mentions":[],"positions":[]}""";

    @Inject
    QueryServiceDestination queryService;

    @Test
    void retriesAConnectionThatFailsThenOpensTheCircuitSoTheNextDeliveryFailsAtOnce() {
        assertThrows(ProcessingException.class, () -> queryService.deliver("9f2c4be0d18a7e35", PAYLOAD));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ft_retry_retries_total{method=\"io.zonelens.ingest.client.QueryServiceDestination.put\"} 2.0"));

        assertThrows(CircuitBreakerOpenException.class, () -> queryService.deliver("9f2c4be0d18a7e35", PAYLOAD));
    }

    /** The test's own settings: nothing listens at the URL, three failed attempts open the circuit for a minute. */
    public static class UnreachableQueryService implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String put = "io.zonelens.ingest.client.QueryServiceDestination/put/";
            return Map.of("quarkus.rest-client.query-service.url", "http://localhost:" + unusedPort(),
                    put + "Retry/maxRetries", "2",
                    put + "CircuitBreaker/requestVolumeThreshold", "3",
                    put + "CircuitBreaker/failureRatio", "1.0",
                    put + "CircuitBreaker/delay", "60000");
        }

        private static int unusedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
