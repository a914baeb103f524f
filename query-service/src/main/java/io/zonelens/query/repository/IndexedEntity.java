package io.zonelens.query.repository;

import java.time.Instant;
import java.util.List;

/** What entity search needs of an entity, as the in-memory index holds it; aliases sorted. */
public record IndexedEntity(long id, String name, String type, List<String> aliases, int mentionCount, int documentCount,
                            Instant firstSeen, Instant lastSeen) {
}
