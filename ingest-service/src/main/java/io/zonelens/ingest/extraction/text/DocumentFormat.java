package io.zonelens.ingest.extraction.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes of raw documents ZoneLens knows how to normalize. */
public enum DocumentFormat {
    /** Jekyll front matter followed by an HTML (or mixed HTML/markdown) body. */
    JEKYLL_HTML,
    /** A full HTML page or an HTML fragment. */
    HTML,
    /** Plain press text: title line, byline (稿源/编辑/date), paragraphs, site footer. */
    PRESS_TEXT,
    /** A portal page flattened to text: breadcrumb, title, 发布日期/来源 line, toolbar, footer. */
    GOV_PAGE,
    /** Markdown, optionally with front matter. */
    MARKDOWN,
    /** Anything else: one paragraph per line. */
    PLAIN_TEXT;

    /**
     * Parses a user-supplied hint like "jekyll_html", "html", "press_text" (case-insensitive;
     * '-' and ' ' are accepted in place of '_').
     *
     * @throws IllegalArgumentException listing the accepted values when the hint is unknown
     */
    public static DocumentFormat parse(String value) {
        if (value != null) {
            String key = value.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
            for (DocumentFormat format : values()) {
                if (format.name().equals(key)) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("Unknown document format '" + value + "'; accepted values: " + acceptedValues());
    }

    /** The hint spellings accepted by {@link #parse(String)}, comma separated. */
    public static String acceptedValues() {
        return Arrays.stream(values())
                .map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
