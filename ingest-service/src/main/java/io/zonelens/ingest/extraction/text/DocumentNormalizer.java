package io.zonelens.ingest.extraction.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Normalizes a decoded raw document: recognizes its format, strips page furniture, keeps the paragraphs and reads
 * title, publication time, source, URL, author and editor. Stateless and thread-safe.
 */
@ApplicationScoped
public final class DocumentNormalizer {

    private final FormatDetector detector = new FormatDetector();
    private final Map<DocumentFormat, FormatNormalizer> normalizers;

    public DocumentNormalizer() {
        Map<DocumentFormat, FormatNormalizer> byFormat = new EnumMap<>(DocumentFormat.class);
        for (FormatNormalizer normalizer : List.of(new JekyllHtmlNormalizer(), new HtmlNormalizer(), new PressTextNormalizer(),
                new GovPageNormalizer(), new MarkdownNormalizer(), new PlainTextNormalizer())) {
            byFormat.put(normalizer.format(), normalizer);
        }
        normalizers = Collections.unmodifiableMap(byFormat);
    }

    /**
     * @param text       the decoded document
     * @param mediaType  the base media type without parameters ("text/plain", "text/html", "text/markdown"), may be null
     * @param filename   the uploaded file name, may be null
     * @param formatHint the caller's format, may be null (then the format is detected)
     * @return never null; title, publishedAt, source, url, author and editor are null when the document lacks them
     */
    public NormalizedDocument normalize(String text, String mediaType, String filename, DocumentFormat formatHint) {
        Objects.requireNonNull(text, "text");
        // Read in simplified characters, header lines (發布時間) and all.
        String content = TraditionalScript.toSimplified(text.indexOf('\uFEFF') < 0 ? text : text.replace("\uFEFF", ""));
        DocumentFormat format = formatHint != null ? formatHint : detector.detect(content, mediaType, filename);
        return normalizers.get(format).normalize(content);
    }
}
