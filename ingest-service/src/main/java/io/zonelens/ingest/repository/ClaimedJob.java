package io.zonelens.ingest.repository;

/** A job this worker holds the lease on, and the attempt it is on. */
public record ClaimedJob(long jobId, String documentId, int attempt) {
}
