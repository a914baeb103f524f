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
    public record Observation(@Schema(example = "1024") long id,
                              @Schema(description = "The subject's canonical name", example = "南昌综合保税区") String subject,
                              @Schema(description = "The canonical indicator", example = "外贸进出口总额") String indicator,
                              @Schema(description = "The words the document used", example = "进出口总额") String indicatorText,
                              @Schema(example = "ACTUAL") ObservationTypes.Kind kind, @Schema(example = "LEVEL") ObservationTypes.Measure measure,
                              Period period, @Schema(example = "210") Double value, @Schema(description = "High end of a RANGE") Double upperValue,
                              @Schema(example = "MORE_THAN") ObservationTypes.Qualifier qualifier,
                              @Schema(description = "The words of a NON_NUMERIC target", example = "力争进入全国前列") String valueText,
                              @Schema(example = "CNY") String unit, @Schema(example = "亿元") String unitText,
                              @Schema(description = "value in base units", example = "2.1E10") Double normalizedValue,
                              @Schema(description = "A total over several years rather than a yearly figure") boolean cumulative,
                              @Schema(example = "[]") List<String> flags,
                              @Schema(description = "Another document gives a different value for the same subject, indicator, kind, measure and period") boolean conflict,
                              Evidence evidence) {
    }

    @Schema(name = "ObservationEvidence", description = "The document, the sentence and the figure's offsets (Java String offsets, end exclusive).")
    public record Evidence(@Schema(example = "9f2c4be0d18a7e35") String documentId,
                           @Schema(example = "2021年，南昌综保区进出口总额突破210亿元，同比增长109%。") String sentence,
                           @Schema(example = "18") int start, @Schema(example = "23") int end,
                           @Schema(example = "0") int sentenceStart, @Schema(example = "33") int sentenceEnd) {
    }

    @Schema(name = "ObservationPage", description = "A page of observations; total counts every match.")
    public record ObservationPage(List<Observation> items, @Schema(example = "1") long total, @Schema(example = "0") int page,
                                  @Schema(example = "20") int size) {
    }

    @Schema(name = "Indicator", description = "A canonical indicator with the synonyms documents use for it.")
    public record Indicator(@Schema(example = "3") long id, @Schema(example = "外贸进出口总额") String name,
                            @Schema(example = "[\"进出口总额\", \"进出口\"]") List<String> synonyms,
                            @Schema(description = "How many observations it has", example = "12") long observations) {
    }

    @Schema(name = "IndicatorPage", description = "The matching indicators.")
    public record IndicatorPage(List<Indicator> items, @Schema(example = "1") long total) {
    }

    @Schema(name = "Series", description = "Actuals and targets in time order")
    public record Series(@Schema(example = "天津港保税区") String subject, @Schema(example = "地区生产总值") String indicator,
                         @Schema(description = "Actuals and targets, earliest period first") List<Observation> points) {
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
    public record Progress(@Schema(example = "天津港保税区") String subject, @Schema(example = "地区生产总值") String indicator,
                           Observation baseline, Observation target, Observation latestActual,
                           @Schema(description = "Percent per year", example = "10") Double statedCagr,
                           @Schema(description = "Percent per year", example = "9.1346") Double impliedCagr,
                           @Schema(description = "Percent per year") Double requiredCagr,
                           @Schema(description = "latest actual / target") Double shareAchieved,
                           @Schema(example = "NO_DATA") Status status) {

        @Schema(name = "Status", description = "ACHIEVED, ON_TRACK (at least 98% of the implied path), BEHIND, or NO_DATA (no target, baseline and later actual)")
        public enum Status { ACHIEVED, ON_TRACK, BEHIND, NO_DATA }
    }
}
