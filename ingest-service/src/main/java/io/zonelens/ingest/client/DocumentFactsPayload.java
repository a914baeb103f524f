package io.zonelens.ingest.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of query-service's PUT /internal/v1/documents/{id} (its committed contract: DocumentFacts). */
public record DocumentFactsPayload(String pipelineVersion, Instant extractedAt, String title, OffsetDateTime publishedAt,
                                   String source, String url, String text, List<Entity> entities, List<Mention> mentions,
                                   List<Position> positions) {

    public record Entity(String key, String type, String name, List<String> aliases) {
    }

    public record Mention(String entity, String text, int start, int end, int sentenceStart, int sentenceEnd) {
    }

    public record Position(String person, String title, String organization, LocalDate asOf, int start, int end,
                           int sentenceStart, int sentenceEnd) {
    }
}
