package io.zonelens.ingest.extraction.entity;

/** A span some source believes is an entity; [start, end) in document offsets. Candidates overlap until resolved. */
public record EntityCandidate(EntityType type, int start, int end, String source, double confidence) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(EntityCandidate other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(EntityCandidate other) {
        return start <= other.start && other.end <= end;
    }
}
