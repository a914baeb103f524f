package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;

import java.time.LocalDate;
import java.util.Set;

/**
 * A figure for a subject, indicator and period, actual or target, with its evidence: [start, end) is the figure and
 * [evidenceStart, evidenceEnd) the sentence or table row it stands in (Java String offsets into the text).
 */
public record Observation(String subject, String indicator, Kind kind, Measure measure, String periodLabel, LocalDate periodFrom,
                          LocalDate periodTo, Double value, Double upperValue, Qualifier qualifier, String valueText, String unit,
                          String unitText, Double normalizedValue, boolean cumulative, Set<String> flags, int start, int end,
                          int evidenceStart, int evidenceEnd) {

    public enum Kind { ACTUAL, TARGET }

    /** LEVEL a quantity; GROWTH year on year; CAGR average annual growth; SHARE a proportion; CHANGE in points. */
    public enum Measure { LEVEL, GROWTH, CAGR, SHARE, CHANGE, MULTIPLE, RANK }
}
