package io.zonelens.ingest.client;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.repository.DocumentEntity;

/** A service that receives each processed document's facts through the outbox. */
public interface Destination {

    /** Stable name, stored with each outbox row. */
    String name();

    /** Off (by configuration) means documents do not wait for this destination. */
    boolean enabled();

    /** What this destination is sent for a processed document, as the JSON its contract defines. */
    Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion);

    /** Delivers a stored payload; idempotent on the receiving side. Throws when not acknowledged. */
    void deliver(String documentId, String payloadJson);
}
