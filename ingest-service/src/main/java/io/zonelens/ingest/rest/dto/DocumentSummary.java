package io.zonelens.ingest.rest.dto;

import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

@Schema(name = "DocumentSummary", description = "A document in a list: its metadata without the body.")
public record DocumentSummary(String id, String title, OffsetDateTime publishedAt, String source, String format,
                              DocumentStatus status, Instant receivedAt) {

    public static DocumentSummary of(DocumentEntity document) {
        return new DocumentSummary(document.id, document.title, document.publishedAt(), document.source, document.format,
                document.status, document.receivedAt);
    }
}
