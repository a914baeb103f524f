package io.zonelens.ingest.extraction.entity;

/** A resolved and linked entity mention: [start, end) Java String offsets into the document text, end exclusive. */
public record EntityMention(EntityType type, int start, int end, String text, String canonical, int sentenceIndex) {
}
