package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

/**
 * A figure for a subject, indicator and period, actual or target, with its evidence: [start, end) is the figure and
 * [evidenceStart, evidenceEnd) the sentence or table row it stands in (Java String offsets into the text).
 */
@Schema(name = "Observation", description = "A figure for a subject, indicator and period, ACTUAL or TARGET; start/end span the figure, "
        + "evidenceStart/evidenceEnd the sentence or table row (offsets into the text sent).")
public record Observation(String subject, String indicator, Kind kind, Measure measure, String periodLabel, LocalDate periodFrom,
                          LocalDate periodTo, Double value, Double upperValue, Qualifier qualifier, String valueText, String unit,
                          String unitText, Double normalizedValue, boolean cumulative, Set<String> flags, int start, int end,
                          int evidenceStart, int evidenceEnd) {

    @Schema(name = "Kind", description = "ACTUAL 实际值, TARGET 目标值")
    public enum Kind { ACTUAL, TARGET }

    /** LEVEL a quantity; GROWTH year on year; CAGR average annual growth; SHARE a proportion; CHANGE in points. */
    @Schema(name = "Measure", description = "LEVEL 总量, GROWTH 同比增长, CAGR 年均增长, SHARE 占比, CHANGE 百分点变化, MULTIPLE 倍数, RANK 位次")
    public enum Measure { LEVEL, GROWTH, CAGR, SHARE, CHANGE, MULTIPLE, RANK }
}
