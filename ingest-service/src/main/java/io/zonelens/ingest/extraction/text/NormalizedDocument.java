package io.zonelens.ingest.extraction.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A raw document reduced to its metadata and body paragraphs. Metadata fields are null when the
 * document does not give them; format and paragraphs are never null.
 */
public record NormalizedDocument(String title, OffsetDateTime publishedAt, String source, String url,
                                 String author, String editor, DocumentFormat format, List<String> paragraphs) {

    public NormalizedDocument {
        Objects.requireNonNull(format, "format");
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    /** The body: paragraphs joined by "\n". */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
