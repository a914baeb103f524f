package io.zonelens.ingest.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a batch stands, counted from its lines. */
@Schema(name = "BatchProgress", description = "A batch job: lines counted, lines taken in, lines that failed with why, and the documents taken in.")
public record BatchProgress(@Schema(example = "3f1c2a9e-5b7d-4e08-9a51-0c6d2f4b8e17") UUID id, @Schema(example = "COMPLETED") Status status,
                            @Schema(description = "Lines in the batch", example = "2") int total,
                            @Schema(description = "Lines taken in so far", example = "1") int processed,
                            @Schema(description = "Lines that could not be taken in", example = "1") int failed,
                            List<LineError> errors,
                            @Schema(example = "[\"9f2c4be0d18a7e35\"]") List<String> documentIds, Instant createdAt) {

    @Schema(name = "Status", description = "QUEUED, RUNNING, then COMPLETED once every line is taken in or failed")
    public enum Status { QUEUED, RUNNING, COMPLETED }

    @Schema(name = "LineError", description = "A line that failed, by its number from 1.")
    public record LineError(@Schema(example = "2") int line, @Schema(example = "'content' is required") String detail) {
    }
}
