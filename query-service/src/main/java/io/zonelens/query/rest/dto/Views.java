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

    @Schema(name = "EntitySummary")
    public record EntitySummary(long id, @Schema(example = "南昌综合保税区") String name, EntityType type,
                                @Schema(example = "[\"南昌综保区\"]") List<String> aliases,
                                int mentionCount, int documentCount, Instant firstSeen, Instant lastSeen) {
    }

    @Schema(name = "EntityPage")
    public record EntityPage(List<EntitySummary> items, long total, int page, int size) {
    }

    @Schema(name = "EntityProfile")
    public record EntityProfile(long id, String name, EntityType type, List<String> aliases, int mentionCount,
                                int documentCount, Instant firstSeen, Instant lastSeen, List<DocumentRef> documents,
                                List<Position> positions, List<Related> related) {
    }

    @Schema(name = "DocumentRef")
    public record DocumentRef(String id, String title, OffsetDateTime publishedAt, int mentions) {
    }

    @Schema(name = "Position", description = "A position held, as a document states it on a date.")
    public record Position(@Schema(example = "天津海关关长") String title, @Schema(example = "天津海关") String organization,
                           LocalDate asOf, String documentId) {
    }

    @Schema(name = "RelatedEntity", description = "An entity named in the same sentences; weight counts those sentences.")
    public record Related(long id, String name, EntityType type, int weight) {
    }

    @Schema(name = "Mention", description = "Evidence: the document, the sentence and the offsets (Java String offsets, end exclusive).")
    public record Mention(String documentId, String documentTitle, OffsetDateTime publishedAt, String text, int start, int end,
                          String sentence, int sentenceStart, int sentenceEnd) {
    }

    @Schema(name = "MentionPage")
    public record MentionPage(List<Mention> items, long total, int page, int size) {
    }

    @Schema(name = "SearchHit")
    public record SearchHit(String documentId, String title, OffsetDateTime publishedAt, String source,
                            @Schema(description = "A passage with the matched words in <em>…</em>", example = "…南昌综保区<em>进出口总额</em>突破210亿元…") String snippet,
                            double score) {
    }

    @Schema(name = "SearchPage")
    public record SearchPage(List<SearchHit> items, long total, int page, int size) {
    }
}
