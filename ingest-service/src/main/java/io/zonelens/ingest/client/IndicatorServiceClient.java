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

/** indicator-service's internal API; timeouts from quarkus.rest-client.indicator-service.*, retries by the relay. */
@RegisterRestClient(configKey = "indicator-service")
@Path("/internal/v1/documents")
public interface IndicatorServiceClient {

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5000)
    JsonNode putDocument(@PathParam("id") String documentId, JsonNode observations);
}
