package io.zonelens.indicator.rest.dto;

import io.zonelens.indicator.rest.dto.DocumentObservations.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the public API answers. */
public final class Views {

    private Views() {
    }

    @Schema(name = "Observation", description = "A figure for a subject, indicator and period, with its evidence. "
            + "conflict: another document gives a different value for the same subject, indicator, kind, measure and period.")
    public record Observation(long id, @Schema(example = "南昌综合保税区") String subject, @Schema(example = "外贸进出口总额") String indicator,
                              @Schema(example = "进出口总额") String indicatorText, ObservationTypes.Kind kind, ObservationTypes.Measure measure,
                              Period period, Double value, Double upperValue, ObservationTypes.Qualifier qualifier, String valueText,
                              String unit, String unitText, Double normalizedValue, boolean cumulative, List<String> flags,
                              boolean conflict, Evidence evidence) {
    }

    @Schema(name = "ObservationEvidence")
    public record Evidence(String documentId, String sentence, int start, int end, int sentenceStart, int sentenceEnd) {
    }

    @Schema(name = "ObservationPage")
    public record ObservationPage(List<Observation> items, long total, int page, int size) {
    }

    @Schema(name = "Indicator")
    public record Indicator(long id, @Schema(example = "外贸进出口总额") String name,
                            @Schema(example = "[\"进出口总额\", \"进出口\"]") List<String> synonyms, long observations) {
    }

    @Schema(name = "IndicatorPage")
    public record IndicatorPage(List<Indicator> items, long total) {
    }

    @Schema(name = "Series", description = "Actuals and targets in time order")
    public record Series(String subject, String indicator, List<Observation> points) {
    }

    @Schema(name = "Progress", description = """
            How a subject tracks against its latest target for an indicator (LEVEL figures, cumulative ones aside).
            baseline: the latest ACTUAL before the target's period, preferring the target's own document.
            impliedCagr: (target / baseline)^(1 / years) - 1; statedCagr: the document's own TARGET CAGR.
            requiredCagr: growth per year still needed from the latest actual to reach the target in its year.
            shareAchieved: latest actual / target.
            status: NO_DATA without a target, a baseline and a later actual; ACHIEVED when the latest actual reaches the
            target; ON_TRACK when it is at least 98% of the value on the implied path for its year; BEHIND otherwise.
            Where the target is below the baseline (a figure meant to fall), the comparisons are reversed.""")
    public record Progress(String subject, String indicator, Observation baseline, Observation target, Observation latestActual,
                           Double statedCagr, Double impliedCagr, Double requiredCagr, Double shareAchieved, Status status) {

        public enum Status { ACHIEVED, ON_TRACK, BEHIND, NO_DATA }
    }
}
