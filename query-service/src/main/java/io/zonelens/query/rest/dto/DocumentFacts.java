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
        @NotBlank @Schema(description = "The pipeline that produced these facts", example = "sentences.1+entities.1") String pipelineVersion,
        @NotNull @Schema(description = "When ingest-service produced these facts; an older delivery never replaces a newer one.") Instant extractedAt,
        @Schema(example = "连茂君深入新区各综合保税区调研") String title,
        @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt,
        @Schema(example = "滨城时报") String source,
        @Schema(example = "https://www.tjbh.gov.cn/contents/12345.html") String url,
        @NotNull @Schema(description = "The normalized body, paragraphs separated by newlines; offsets point into it", example = "3月10日，市委常委、滨海新区区委书记连茂君深入新区各综合保税区调研。天津海关关长赵革参加。") String text,
        @NotNull List<@Valid EntityFact> entities,
        @NotNull List<@Valid MentionFact> mentions,
        @NotNull List<@Valid PositionFact> positions) {

    @Schema(name = "EntityFact", description = "An entity the document names, under its canonical name.")
    public record EntityFact(
            @NotBlank @Schema(description = "Names this entity within the delivery", example = "ZONE:南昌综合保税区") String key,
            @NotNull EntityType type,
            @NotBlank @Schema(example = "南昌综合保税区") String name,
            @Schema(example = "[\"南昌综保区\"]") List<String> aliases) {
    }

    @Schema(name = "MentionFact", description = "Where an entity is named: Java String offsets into text, end exclusive.")
    public record MentionFact(@NotBlank @Schema(description = "The key of an entity in this delivery", example = "PERSON:赵革") String entity,
                              @NotBlank @Schema(description = "The words as written", example = "赵革") String text,
                              @Schema(example = "41") int start, @Schema(example = "43") int end,
                              @Schema(example = "35") int sentenceStart, @Schema(example = "46") int sentenceEnd) {
    }

    @Schema(name = "PositionFact", description = "A position a person holds, as stated in the document.")
    public record PositionFact(@NotBlank @Schema(description = "The key of the person in this delivery", example = "PERSON:赵革") String person,
                               @NotBlank @Schema(example = "天津海关关长") String title,
                               @Schema(example = "天津海关") String organization,
                               @Schema(description = "The date the document states it for", example = "2022-03-10") java.time.LocalDate asOf,
                               @Schema(description = "Offsets of the phrase stating the position", example = "35") int start, @Schema(example = "43") int end,
                               @Schema(example = "35") int sentenceStart, @Schema(example = "46") int sentenceEnd) {
    }
}
