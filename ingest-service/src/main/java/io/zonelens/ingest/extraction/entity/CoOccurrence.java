package io.zonelens.ingest.extraction.entity;

/** Two linked entities named in the same sentence (canonical names, first in text order). */
public record CoOccurrence(String first, EntityType firstType, String second, EntityType secondType, int sentenceIndex) {
}
