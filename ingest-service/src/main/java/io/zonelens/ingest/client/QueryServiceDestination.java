package io.zonelens.ingest.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.repository.DocumentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.List;

/** query-service receives every document's text and metadata (for search) and its entities with evidence. */
@ApplicationScoped
public class QueryServiceDestination implements Destination {

    private final QueryServiceClient client;
    private final ObjectMapper mapper;
    private final boolean enabled;

    public QueryServiceDestination(@RestClient QueryServiceClient client, ObjectMapper mapper,
                                   @ConfigProperty(name = "zonelens.delivery.query-service.enabled", defaultValue = "true") boolean enabled) {
        this.client = client;
        this.mapper = mapper;
        this.enabled = enabled;
    }

    @Override
    public String name() {
        return "query-service";
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        return new DocumentFactsPayload(pipelineVersion, Instant.now(), document.title, document.publishedAt(), document.source,
                document.url, document.body, List.of(), List.of(), List.of());
    }

    @Override
    public void deliver(String documentId, String payloadJson) {
        try {
            client.putDocument(documentId, mapper.readTree(payloadJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of document " + documentId + " is not JSON", e);
        }
    }
}
