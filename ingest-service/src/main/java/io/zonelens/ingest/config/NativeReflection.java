package io.zonelens.ingest.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.zonelens.ingest.client.indicator.model.DocumentObservations;
import io.zonelens.ingest.client.indicator.model.Evidence;
import io.zonelens.ingest.client.indicator.model.Kind;
import io.zonelens.ingest.client.indicator.model.Measure;
import io.zonelens.ingest.client.indicator.model.Qualifier;
import io.zonelens.ingest.client.indicator.model.ObservationFact;
import io.zonelens.ingest.client.indicator.model.Period;
import io.zonelens.ingest.client.indicator.model.SubjectRef;
import io.zonelens.ingest.client.query.model.DocumentFacts;
import io.zonelens.ingest.client.query.model.EntityFact;
import io.zonelens.ingest.client.query.model.EntityType;
import io.zonelens.ingest.client.query.model.MentionFact;
import io.zonelens.ingest.client.query.model.PositionFact;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.service.ExtractionResult;
import io.zonelens.ingest.service.JsonDocument;

/**
 * Types Jackson reads or writes outside REST endpoints (the stored result, outbox payloads, NDJSON lines). A native
 * image keeps only what is registered; REST request and response types, the generated clients' included, are
 * registered by Quarkus itself, but the outbox writes and reads the generated payload models with the ObjectMapper.
 */
@RegisterForReflection(targets = {
        ExtractionResult.class, Sentence.class, Observation.class,
        DocumentFacts.class, EntityFact.class, MentionFact.class, PositionFact.class, EntityType.class,
        DocumentObservations.class, ObservationFact.class, SubjectRef.class, Period.class, Evidence.class,
        Kind.class, Measure.class, Qualifier.class,
        JsonDocument.class})
public final class NativeReflection {

    private NativeReflection() {
    }
}
