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
        @NotBlank String pipelineVersion,
        @NotNull Instant extractedAt,
        String title,
        OffsetDateTime publishedAt,
        @NotNull List<@Valid @NotNull ObservationFact> observations) {

    @Schema(name = "ObservationFact")
    public record ObservationFact(
            @NotNull @Valid SubjectRef subject,
            @NotBlank @Schema(description = "The indicator as the document names it", example = "进出口总额") String indicator,
            @NotNull Kind kind,
            @NotNull Measure measure,
            @NotNull @Valid Period period,
            @Schema(example = "210") Double value,
            @Schema(description = "High end of a RANGE") Double upperValue,
            @NotNull Qualifier qualifier,
            @Schema(description = "The words of a NON_NUMERIC target", example = "力争进入全国前列") String valueText,
            @Schema(example = "CNY") String unit,
            @Schema(example = "亿元") String unitText,
            @Schema(description = "value in base units", example = "2.1E10") Double normalizedValue,
            boolean cumulative,
            List<String> flags,
            @NotNull @Valid Evidence evidence) {
    }

    @Schema(name = "SubjectRef", description = "Whom the figure belongs to: canonical name, type and aliases")
    public record SubjectRef(@NotBlank @Schema(example = "南昌综合保税区") String name, @Schema(example = "ZONE") String type,
                             @Schema(example = "[\"南昌综保区\"]") List<String> aliases) {
    }

    @Schema(name = "Period")
    public record Period(@NotBlank @Schema(example = "2021") String label, @Schema(example = "2021-01-01") LocalDate start,
                         @Schema(example = "2021-12-31") LocalDate end) {
    }

    @Schema(name = "Evidence", description = "The sentence and the figure's offsets in the document (Java String offsets, end exclusive)")
    public record Evidence(@NotBlank String sentence, int start, int end, int sentenceStart, int sentenceEnd) {
    }
}
