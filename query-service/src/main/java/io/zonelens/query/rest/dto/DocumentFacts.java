package io.zonelens.query.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything ingest-service found in one document; a newer delivery replaces the older one whole. */
@Schema(name = "DocumentFacts", description = "One document's metadata, text and extracted entities with evidence (internal).")
public record DocumentFacts(
        @NotBlank @Schema(example = "sentences.1+entities.1") String pipelineVersion,
        @NotNull @Schema(description = "When ingest-service produced these facts; an older delivery never replaces a newer one.") Instant extractedAt,
        @Schema(example = "连茂君深入新区各综合保税区调研") String title,
        @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt,
        @Schema(example = "滨城时报") String source,
        String url,
        @NotNull String text,
        @NotNull List<@Valid EntityFact> entities,
        @NotNull List<@Valid MentionFact> mentions,
        @NotNull List<@Valid PositionFact> positions) {

    @Schema(name = "EntityFact")
    public record EntityFact(
            @NotBlank @Schema(description = "Names this entity within the delivery", example = "ZONE:南昌综合保税区") String key,
            @NotNull EntityType type,
            @NotBlank @Schema(example = "南昌综合保税区") String name,
            @Schema(example = "[\"南昌综保区\"]") List<String> aliases) {
    }

    @Schema(name = "MentionFact", description = "Where an entity is named: Java String offsets into text, end exclusive.")
    public record MentionFact(@NotBlank String entity, @NotBlank String text, int start, int end, int sentenceStart, int sentenceEnd) {
    }

    @Schema(name = "PositionFact", description = "A position a person holds, as stated in the document.")
    public record PositionFact(@NotBlank String person, @NotBlank @Schema(example = "天津海关关长") String title,
                               @Schema(example = "天津海关") String organization, java.time.LocalDate asOf,
                               int start, int end, int sentenceStart, int sentenceEnd) {
    }
}
