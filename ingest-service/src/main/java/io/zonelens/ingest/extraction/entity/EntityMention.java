package io.zonelens.ingest.extraction.entity;

/**
 * A resolved and linked entity mention: [start, end) Java String offsets into the document text, end exclusive.
 * {@code contextual}: the text names the entity only in this document (保税区 for 天津港保税区, 市发改委 for
 * 天津市发展和改革委员会, 《意见》 for the full title), so it is not an alias of the entity elsewhere.
 */
public record EntityMention(EntityType type, int start, int end, String text, String canonical, int sentenceIndex, boolean contextual) {

    /**
     * 区委, 市商务局 where the document never says which district or city: a body the linker found no place for, its
     * name starting with the level alone.
     */
    public boolean bodyOfAnUnnamedPlace() {
        return type == EntityType.GOVERNMENT && !canonical.isEmpty() && PositionExtractor.LEVELS.indexOf(canonical.charAt(0)) >= 0;
    }

    /** The same mention read as another type (a short name a document defined for a body or company). */
    public EntityMention withType(EntityType newType) {
        return new EntityMention(newType, start, end, text, canonical, sentenceIndex, contextual);
    }

    /** A mention whose text names the entity on its own. */
    public EntityMention(EntityType type, int start, int end, String text, String canonical, int sentenceIndex) {
        this(type, start, end, text, canonical, sentenceIndex, false);
    }
}
