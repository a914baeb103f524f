package io.zonelens.ingest.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.zonelens.ingest.client.DocumentFactsPayload;
import io.zonelens.ingest.client.ObservationsPayload;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.service.ExtractionResult;
import io.zonelens.ingest.service.JsonDocument;

/**
 * Types Jackson reads or writes outside REST endpoints (the stored result, outbox payloads, NDJSON lines). A native
 * image keeps only what is registered; REST request and response types are registered by Quarkus itself.
 */
@RegisterForReflection(targets = {
        ExtractionResult.class, Sentence.class, Observation.class,
        DocumentFactsPayload.class, DocumentFactsPayload.Entity.class, DocumentFactsPayload.Mention.class, DocumentFactsPayload.Position.class,
        ObservationsPayload.class, ObservationsPayload.Observation.class, ObservationsPayload.Subject.class,
        ObservationsPayload.Period.class, ObservationsPayload.Evidence.class,
        JsonDocument.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
