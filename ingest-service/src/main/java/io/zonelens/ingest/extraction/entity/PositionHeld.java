package io.zonelens.ingest.extraction.entity;

import java.time.LocalDate;

/** A person holds a title (e.g. 滨海新区区委书记) at an organization as of a date; [start, end) spans the title. */
public record PositionHeld(String person, String title, String organization, LocalDate asOf, int start, int end, int sentenceIndex) {
}
