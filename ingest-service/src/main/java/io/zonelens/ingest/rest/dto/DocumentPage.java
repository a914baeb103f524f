package io.zonelens.ingest.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DocumentPage", description = "A page of documents, most recently received first; total counts them all.")
public record DocumentPage(List<DocumentSummary> items, @Schema(example = "5") long total, @Schema(example = "0") int page,
                           @Schema(example = "20") int size) {
}
