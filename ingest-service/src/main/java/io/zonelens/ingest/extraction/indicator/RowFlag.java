package io.zonelens.ingest.extraction.indicator;

/** Something a careful reader would question about a plan table row. */
public enum RowFlag {
    /** The stated average growth clearly contradicts the growth that baseline → target implies (11 → 16 "45% a year"). */
    INCONSISTENT_GROWTH
}
