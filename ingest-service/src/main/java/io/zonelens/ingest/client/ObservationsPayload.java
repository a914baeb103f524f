package io.zonelens.ingest.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The body of indicator-service's PUT /internal/v1/documents/{id} (its committed contract: DocumentObservations). */
public record ObservationsPayload(String pipelineVersion, Instant extractedAt, String title, OffsetDateTime publishedAt,
                                  List<Observation> observations) {

    public record Observation(Subject subject, String indicator, String kind, String measure, Period period, Double value,
                              Double upperValue, String qualifier, String valueText, String unit, String unitText,
                              Double normalizedValue, boolean cumulative, List<String> flags, Evidence evidence) {
    }

    public record Subject(String name, String type, List<String> aliases) {
    }

    public record Period(String label, LocalDate start, LocalDate end) {
    }

    public record Evidence(String sentence, int start, int end, int sentenceStart, int sentenceEnd) {
    }
}
