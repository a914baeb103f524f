package io.zonelens.ingest.rest.dto;

import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Document", description = "A document as stored: metadata, normalized body and processing status.")
public record DocumentView(
        @Schema(example = "9f2c4be0d18a7e35") String id,
        @Schema(example = "连茂君深入新区各综合保税区调研") String title,
        @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt,
        @Schema(example = "滨城时报") String source,
        String url,
        String author,
        @Schema(example = "高志翔") String editor,
        @Schema(example = "JEKYLL_HTML") String format,
        String filename,
        @Schema(example = "UTF-8") String charset,
        @Schema(description = "The body, paragraphs separated by newlines.") String text,
        List<String> paragraphs,
        DocumentStatus status,
        @Schema(description = "Why processing failed, when status is FAILED.") String failureReason,
        Instant receivedAt,
        Instant processedAt) {

    public static DocumentView of(DocumentEntity document) {
        return new DocumentView(document.id, document.title, document.publishedAt(), document.source, document.url,
                document.author, document.editor, document.format, document.filename, document.charset, document.body,
                document.paragraphs(), document.status, document.failureReason, document.receivedAt, document.processedAt);
    }
}
