package io.zonelens.ingest.extraction.number;

/** What a figure measures: a level or count, a share (%), a change in percentage points, a multiple (倍) or a rank (第40位). */
public enum QuantityKind {
    AMOUNT, PERCENT, PERCENTAGE_POINTS, MULTIPLE, RANK
}
