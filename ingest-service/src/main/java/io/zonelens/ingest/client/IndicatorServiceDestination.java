package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.client.indicator.api.ApiException;
import io.zonelens.ingest.client.indicator.api.InternalApi;
import io.zonelens.ingest.client.indicator.model.DocumentObservations;
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
 * indicator-service receives every document's observations with their evidence. Timeouts, retries and circuit
 * breaker are configured as for {@link QueryServiceDestination}, under this class's name.
 */
@Singleton
public class IndicatorServiceDestination extends RestDestination<DocumentObservations> {

    private final InternalApi api;

    public IndicatorServiceDestination(@RestClient InternalApi api, ObjectMapper mapper, DeliveryConfig config) {
        super("indicator-service", config.indicatorService().enabled(), mapper, DocumentObservations.class);
        this.api = api;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        return DeliveryPayloads.documentObservations(document, analyzed, pipelineVersion);
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, delayUnit = ChronoUnit.MILLIS, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5000, successThreshold = 1)
    protected void put(String documentId, DocumentObservations body) throws ApiException {
        api.putDocumentObservations(documentId, body);
    }
}
