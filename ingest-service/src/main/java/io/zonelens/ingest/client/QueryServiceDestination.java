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

/** query-service receives every document's text and metadata (for search) and its entities with evidence. */
@Singleton
public class QueryServiceDestination extends RestDestination {

    private final QueryServiceClient client;

    public QueryServiceDestination(@RestClient QueryServiceClient client, ObjectMapper mapper, DeliveryConfig config) {
        super("query-service", config.queryService().enabled(), mapper);
        this.client = client;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        return new DocumentFactsPayload(pipelineVersion, Instant.now(), document.title, document.publishedAt(), document.source,
                document.url, document.body, List.of(), List.of(), List.of());
    }

    @Override
    protected void put(String documentId, JsonNode body) {
        client.putDocument(documentId, body);
    }
}
