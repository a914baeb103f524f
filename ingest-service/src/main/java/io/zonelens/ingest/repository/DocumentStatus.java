package io.zonelens.ingest.repository;

/** RECEIVED → PROCESSING → PROCESSED, or FAILED with a reason after the last attempt. */
public enum DocumentStatus {
    RECEIVED, PROCESSING, PROCESSED, FAILED
}
