package io.zonelens.ingest.extraction.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A person holds a title (e.g. 滨海新区区委书记) at an organization as of a date; [start, end) spans the title. */
@Schema(name = "PositionHeld", description = "A person holds a title (天津海关关长) at an organization (天津海关) as of a date; start/end span the title.")
public record PositionHeld(String person, String title, String organization, LocalDate asOf, int start, int end, int sentenceIndex) {
}
