package io.zonelens.ingest.extraction.pipeline;

/** What a stage can require of a document and add to it; the pipeline checks every stage finds what it needs. */
public enum Layer {
    /** The normalized body and its metadata, present from the start. */
    TEXT,
    SENTENCES,
    /** Numbers with their qualifier, unit and normalized value (extraction.number). */
    QUANTITIES,
    /** Periods (years, months, five-year plans, target years) resolved against the publication date (extraction.period). */
    PERIODS,
    /** Observations: subject, indicator, kind, measure, period, value, evidence (extraction.indicator). */
    INDICATORS,
    /** HanLP words with parts of speech. */
    TOKENS,
    /** Entity mentions, canonical names, positions held and co-occurrence. */
    ENTITIES
}
