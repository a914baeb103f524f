package io.zonelens.indicator.rest.dto;

import io.zonelens.indicator.rest.dto.ObservationTypes.Kind;
import io.zonelens.indicator.rest.dto.ObservationTypes.Measure;
import io.zonelens.indicator.rest.dto.ObservationTypes.Qualifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Every figure ingest-service found in one document; a newer delivery replaces the older one whole. */
@Schema(name = "DocumentObservations", description = "One document's observations with evidence (internal).")
public record DocumentObservations(
        @NotBlank @Schema(description = "The pipeline that produced these observations", example = "sentences.1+entities.1+indicators.1") String pipelineVersion,
        @NotNull @Schema(description = "When ingest-service produced them; an older delivery never replaces a newer one.") Instant extractedAt,
        @Schema(example = "以“四个聚焦”为引领 巩固提升发展首位度") String title,
        @Schema(example = "2022-01-17T07:42:37+08:00") OffsetDateTime publishedAt,
        @NotNull List<@Valid @NotNull ObservationFact> observations) {

    @Schema(name = "ObservationFact", description = "One figure as the document states it: whose, which indicator, actual or target, what it measures, for which period.")
    public record ObservationFact(
            @NotNull @Valid SubjectRef subject,
            @NotBlank @Schema(description = "The indicator as the document names it", example = "进出口总额") String indicator,
            @NotNull @Schema(example = "ACTUAL") Kind kind,
            @NotNull @Schema(example = "LEVEL") Measure measure,
            @NotNull @Valid Period period,
            @Schema(example = "210") Double value,
            @Schema(description = "High end of a RANGE") Double upperValue,
            @NotNull @Schema(description = "How the document qualifies the value (突破 MORE_THAN, 约 APPROX, ...)", example = "MORE_THAN") Qualifier qualifier,
            @Schema(description = "The words of a NON_NUMERIC target", example = "力争进入全国前列") String valueText,
            @Schema(example = "CNY") String unit,
            @Schema(example = "亿元") String unitText,
            @Schema(description = "value in base units", example = "2.1E10") Double normalizedValue,
            @Schema(description = "A total over several years rather than a yearly figure") boolean cumulative,
            @Schema(description = "What a reader should check, e.g. a plan-table row that does not add up", example = "[]") List<String> flags,
            @NotNull @Valid Evidence evidence) {
    }

    @Schema(name = "SubjectRef", description = "Whom the figure belongs to: canonical name, type and aliases")
    public record SubjectRef(@NotBlank @Schema(example = "南昌综合保税区") String name, @Schema(example = "ZONE") String type,
                             @Schema(example = "[\"南昌综保区\"]") List<String> aliases) {
    }

    @Schema(name = "Period", description = "The period a figure is for: a label and its first and last day.")
    public record Period(@NotBlank @Schema(example = "2021") String label, @Schema(example = "2021-01-01") LocalDate start,
                         @Schema(example = "2021-12-31") LocalDate end) {
    }

    @Schema(name = "Evidence", description = "The sentence and the figure's offsets in the document (Java String offsets, end exclusive)")
    public record Evidence(@NotBlank @Schema(example = "2021年，南昌综保区进出口总额突破210亿元，同比增长109%。") String sentence,
                           @Schema(description = "Offset of the figure in the document text", example = "18") int start, @Schema(example = "23") int end,
                           @Schema(example = "0") int sentenceStart, @Schema(example = "33") int sentenceEnd) {
    }
}
