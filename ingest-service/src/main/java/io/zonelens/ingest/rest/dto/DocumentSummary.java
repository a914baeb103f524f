package io.zonelens.ingest.rest.dto;

import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;

@Schema(name = "DocumentSummary", description = "A document in a list: its metadata without the body.")
public record DocumentSummary(@Schema(example = "9f2c4be0d18a7e35") String id, @Schema(example = "连茂君深入新区各综合保税区调研") String title,
                              @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt, @Schema(example = "滨城时报") String source,
                              @Schema(example = "JEKYLL_HTML") String format, @Schema(example = "PROCESSED") DocumentStatus status,
                              Instant receivedAt) {

    public static DocumentSummary of(DocumentEntity document) {
        return new DocumentSummary(document.id, document.title, document.publishedAt(), document.source, document.format,
                document.status, document.receivedAt);
    }
}
