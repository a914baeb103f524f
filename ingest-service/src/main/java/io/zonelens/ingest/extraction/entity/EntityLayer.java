package io.zonelens.ingest.extraction.entity;

import java.util.List;

/**
 * What {@link EntityRecognizer} adds: mentions (POSITION mentions and a zone or place prefixed to a body, such as
 * 滨海新区 in 滨海新区区委, may nest inside other mentions), positions held, and sentence co-occurrence.
 */
public record EntityLayer(List<EntityMention> mentions, List<PositionHeld> positions, List<CoOccurrence> cooccurrences) {

    public EntityLayer {
        mentions = List.copyOf(mentions);
        positions = List.copyOf(positions);
        cooccurrences = List.copyOf(cooccurrences);
    }
}
