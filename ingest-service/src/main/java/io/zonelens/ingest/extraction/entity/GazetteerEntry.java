package io.zonelens.ingest.extraction.entity;

/** One real-world thing from a gazetteer file: canonical name, type, finer kind (CITY, ETDZ, …) and province. */
public record GazetteerEntry(String canonical, EntityType type, String kind, String province) {
}
