package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.config.DeliveryConfig;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.repository.DocumentEntity;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.List;

/** indicator-service receives every document's observations (none until the indicator stages run). */
@Singleton
public class IndicatorServiceDestination extends RestDestination {

    private final IndicatorServiceClient client;

    public IndicatorServiceDestination(@RestClient IndicatorServiceClient client, ObjectMapper mapper, DeliveryConfig config) {
        super("indicator-service", config.indicatorService().enabled(), mapper);
        this.client = client;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        return new ObservationsPayload(pipelineVersion, Instant.now(), document.title, document.publishedAt(), List.of());
    }

    @Override
    protected void put(String documentId, JsonNode body) {
        client.putDocument(documentId, body);
    }
}
