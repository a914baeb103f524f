package io.zonelens.ingest.repository;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RECEIVED → PROCESSING → PROCESSED, or FAILED with a reason after the last attempt. */
@Schema(name = "DocumentStatus", description = "RECEIVED, then PROCESSING, then PROCESSED once every destination acknowledged it, or FAILED (see failureReason)")
public enum DocumentStatus {
    RECEIVED, PROCESSING, PROCESSED, FAILED
}
