package io.zonelens.ingest.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where a batch stands, counted from its lines. */
public record BatchProgress(UUID id, Status status, int total, int processed, int failed, List<LineError> errors,
                            List<String> documentIds, Instant createdAt) {

    public enum Status { QUEUED, RUNNING, COMPLETED }

    public record LineError(int line, String detail) {
    }
}
