package io.zonelens.ingest.extraction.text;

/** Normalizes documents of one {@link DocumentFormat}. Implementations are stateless and thread-safe. */
interface FormatNormalizer {

    DocumentFormat format();

    /** @param text the decoded document, never null */
    NormalizedDocument normalize(String text);
}
