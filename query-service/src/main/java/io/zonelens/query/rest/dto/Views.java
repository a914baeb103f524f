package io.zonelens.query.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the public API answers. */
public final class Views {

    private Views() {
    }

    @Schema(name = "EntitySummary", description = "An entity in a search result: its canonical name, aliases and how often documents name it.")
    public record EntitySummary(@Schema(example = "42") long id, @Schema(example = "南昌综合保税区") String name, EntityType type,
                                @Schema(description = "Other ways documents write it", example = "[\"南昌综保区\"]") List<String> aliases,
                                @Schema(description = "Mentions across all documents", example = "12") int mentionCount,
                                @Schema(description = "Documents that name it", example = "3") int documentCount,
                                @Schema(description = "Publication time of the first document naming it") Instant firstSeen,
                                @Schema(description = "Publication time of the latest document naming it") Instant lastSeen) {
    }

    @Schema(name = "EntityPage", description = "A page of entities; total counts every match.")
    public record EntityPage(List<EntitySummary> items, @Schema(example = "1") long total, @Schema(example = "0") int page,
                             @Schema(example = "20") int size) {
    }

    @Schema(name = "EntityProfile", description = "Everything known about one entity: names, counts, the documents naming it, positions held and entities named alongside it.")
    public record EntityProfile(@Schema(example = "7") long id, @Schema(example = "赵革") String name, EntityType type,
                                @Schema(example = "[]") List<String> aliases, @Schema(example = "2") int mentionCount,
                                @Schema(example = "1") int documentCount, Instant firstSeen, Instant lastSeen,
                                @Schema(description = "Documents naming it, most mentions first") List<DocumentRef> documents,
                                @Schema(description = "Positions held (people only), as each document states them") List<Position> positions,
                                @Schema(description = "Entities named in the same sentences, strongest first") List<Related> related) {
    }

    @Schema(name = "DocumentRef", description = "A document that names the entity, and how often.")
    public record DocumentRef(@Schema(example = "9f2c4be0d18a7e35") String id, @Schema(example = "连茂君深入新区各综合保税区调研") String title,
                              @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt,
                              @Schema(description = "Mentions in this document", example = "2") int mentions) {
    }

    @Schema(name = "Position", description = "A position held, as a document states it on a date.")
    public record Position(@Schema(example = "天津海关关长") String title, @Schema(example = "天津海关") String organization,
                           @Schema(description = "The date the document states it for", example = "2022-03-10") LocalDate asOf,
                           @Schema(example = "9f2c4be0d18a7e35") String documentId) {
    }

    @Schema(name = "RelatedEntity", description = "An entity named in the same sentences; weight counts those sentences.")
    public record Related(@Schema(example = "11") long id, @Schema(example = "连茂君") String name, EntityType type,
                          @Schema(example = "1") int weight) {
    }

    @Schema(name = "Mention", description = "Evidence: the document, the sentence and the offsets (Java String offsets, end exclusive).")
    public record Mention(@Schema(example = "9f2c4be0d18a7e35") String documentId,
                          @Schema(example = "连茂君深入新区各综合保税区调研") String documentTitle,
                          @Schema(example = "2022-03-11T14:35:31+08:00") OffsetDateTime publishedAt,
                          @Schema(description = "The words as written", example = "赵革") String text,
                          @Schema(description = "Offset of the mention in the document text", example = "41") int start,
                          @Schema(example = "43") int end,
                          @Schema(example = "天津海关关长赵革参加。") String sentence,
                          @Schema(description = "Offset of the sentence in the document text", example = "35") int sentenceStart,
                          @Schema(example = "46") int sentenceEnd) {
    }

    @Schema(name = "MentionPage", description = "A page of mentions; total counts every mention of the entity.")
    public record MentionPage(List<Mention> items, @Schema(example = "2") long total, @Schema(example = "0") int page,
                              @Schema(example = "20") int size) {
    }

    @Schema(name = "SearchHit", description = "A document containing every word searched for.")
    public record SearchHit(@Schema(example = "9f2c4be0d18a7e35") String documentId,
                            @Schema(example = "以“四个聚焦”为引领 巩固提升发展首位度") String title,
                            @Schema(example = "2022-01-17T07:42:37+08:00") OffsetDateTime publishedAt,
                            @Schema(example = "南昌日报") String source,
                            @Schema(description = "A passage with the matched words in <em>…</em>", example = "…南昌综保区<em>进出口总额</em>突破210亿元…") String snippet,
                            @Schema(description = "PostgreSQL ts_rank; higher is better", example = "0.0991") double score) {
    }

    @Schema(name = "SearchPage", description = "A page of search hits; total counts every matching document.")
    public record SearchPage(List<SearchHit> items, @Schema(example = "1") long total, @Schema(example = "0") int page,
                             @Schema(example = "20") int size) {
    }
}
