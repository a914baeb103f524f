package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * query-service's internal API. Timeouts come from quarkus.rest-client.query-service.*; retries are the outbox
 * relay's (with backoff, until delivered); the circuit breaker spares a service that is down a call per row.
 */
@RegisterRestClient(configKey = "query-service")
@Path("/internal/v1/documents")
public interface QueryServiceClient {

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5000)
    JsonNode putDocument(@PathParam("id") String documentId, JsonNode facts);
}
