package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.client.query.api.ApiException;
import io.zonelens.ingest.client.query.api.InternalApi;
import io.zonelens.ingest.client.query.model.DocumentFacts;
import io.zonelens.ingest.config.DeliveryConfig;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.repository.DocumentEntity;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * query-service receives every document's text and metadata (for search) and its entities with evidence.
 * Connect and read timeouts: quarkus.rest-client.query-service.*; retries and circuit breaker: settable as
 * io.zonelens.ingest.client.QueryServiceDestination/put/Retry/... and .../CircuitBreaker/... (see application.properties).
 */
@Singleton
public class QueryServiceDestination extends RestDestination<DocumentFacts> {

    private final InternalApi api;

    public QueryServiceDestination(@RestClient InternalApi api, ObjectMapper mapper, DeliveryConfig config) {
        super("query-service", config.queryService().enabled(), mapper, DocumentFacts.class);
        this.api = api;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        return DeliveryPayloads.documentFacts(document, analyzed, pipelineVersion);
    }

    // Retries only what a moment may cure (connection refused, timeouts); the outbox retries the rest with backoff.
    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5000, successThreshold = 1)
    protected void put(String documentId, DocumentFacts body) throws ApiException {
        api.putDocumentFacts(documentId, body);
    }
}
