package io.zonelens.ingest.extraction.entity;

/** A candidate that survived overlap resolution, with the sentence it belongs to. */
record ResolvedCandidate(EntityCandidate candidate, int sentenceIndex) {
}
