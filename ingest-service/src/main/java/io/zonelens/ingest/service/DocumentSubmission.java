package io.zonelens.ingest.service;

import io.zonelens.ingest.extraction.text.DocumentFormat;

import java.time.OffsetDateTime;

/**
 * A document as a client sent it, already decoded to text. The metadata fields, when given, win over what is
 * read from the content; all but {@code text} may be null.
 */
public record DocumentSubmission(String text, String charset, String mediaType, String filename, DocumentFormat format,
                                 String title, String url, String source, OffsetDateTime publishedAt) {

    public static DocumentSubmission ofText(String text, String charset, String mediaType, String filename, DocumentFormat format) {
        return new DocumentSubmission(text, charset, mediaType, filename, format, null, null, null, null);
    }

    /** A client's format hint; null when none was given. */
    public static DocumentFormat parseFormat(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DocumentFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw RejectedInputException.invalid(e.getMessage());
        }
    }
}
