package io.zonelens.ingest.extraction.entity.learned;

/**
 * An entity found by the learned tagger.
 *
 * @param label a CLUENER label name (name, position, government, company, organization, address, book, game, movie, scene)
 * @param start first character, a Java String offset
 * @param end   one past the last character (exclusive)
 */
public record TaggedSpan(String label, int start, int end) {

    public TaggedSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    public String textIn(String text) {
        return text.substring(start, end);
    }
}
