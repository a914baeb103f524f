package io.zonelens.ingest.extraction.pipeline;

/** What a stage can require of a document and add to it; the pipeline checks every stage finds what it needs. */
public enum Layer {
    /** The normalized body and its metadata, present from the start. */
    TEXT,
    SENTENCES,
    /** HanLP words with parts of speech. */
    TOKENS,
    /** Entity mentions, canonical names, positions held and co-occurrence. */
    ENTITIES
}
