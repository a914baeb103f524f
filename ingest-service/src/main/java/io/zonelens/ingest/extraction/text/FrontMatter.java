package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll/Hugo style front matter: a block of {@code key: value} lines between {@code ---} fences at the very
 * start of a document. Only the flat subset of YAML that such headers use is read (scalars, quoted scalars,
 * {@code [a, b]} and {@code - item} lists); that is enough for title, date, tags and the like.
 *
 * @param fields keys lower-cased, values unquoted, in document order
 * @param body   everything after the closing fence
 */
record FrontMatter(Map<String, List<String>> fields, String body) {

    private static final Pattern FENCE = Pattern.compile("^\\s*---\\s*$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^\\s*(?:---|\\.\\.\\.)\\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*))?\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+(.*)$|^-\\s+(.*)$");
    /** A fence with no key lines is a markdown rule, not front matter; give up on very long headers too. */
    private static final int MAX_HEADER_LINES = 200;

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** The first value of a key, or null. */
    String first(String key) {
        List<String> values = fields.get(key.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> all(String key) {
        return fields.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    /** Title, date, source, author, editor and URL fields, as Jekyll and Hugo themes name them. */
    void applyTo(MetadataBuilder metadata) {
        metadata.title(first("title"));
        for (String key : List.of("date", "published", "publishdate", "pubdate", "published_at")) {
            PublicationTimeParser.parse(first(key))
                    .ifPresent(time -> metadata.publishedAt(time, MetadataBuilder.TIME_DECLARED));
        }
        metadata.source(first("source"));
        metadata.author(first("author") != null ? first("author") : first("authors"));
        metadata.editor(first("editor"));
        for (String key : List.of("url", "link", "source_url", "original_url", "canonical_url", "canonical")) {
            String value = first(key);
            if (value != null && value.matches("(?i)^(?:https?:)?//\\S+$")) {
                metadata.url(value.startsWith("//") ? "http:" + value : value);
            }
        }
    }

    /**
     * Sites that tag posts with their channel ("tags: 滨城时报新闻") name the outlet there: the tag minus its trailing
     * 新闻 is the weakest evidence of the source.
     */
    Optional<String> sourceFromTags() {
        for (String key : List.of("tags", "tag")) {
            for (String tags : all(key)) {
                // Jekyll also accepts several tags separated by spaces on one line
                for (String tag : tags.strip().split("\\s+")) {
                    if (tag.endsWith("新闻") && tag.length() > 2) {
                        return Optional.of(tag.substring(0, tag.length() - 2));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static boolean startsWithFrontMatter(String text) {
        return parse(text).isPresent();
    }

    static Optional<FrontMatter> parse(String text) {
        List<String> lines = TextLines.split(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !FENCE.matcher(lines.get(first)).matches()) {
            return Optional.empty();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String currentKey = null;
        for (int i = first + 1; i < lines.size() && i - first <= MAX_HEADER_LINES; i++) {
            String line = lines.get(i);
            if (CLOSING_FENCE.matcher(line).matches()) {
                if (fields.isEmpty()) {
                    return Optional.empty();
                }
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return Optional.of(new FrontMatter(freeze(fields), body));
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (currentKey != null && item.matches()) {
                fields.get(currentKey).add(unquote(item.group(1) != null ? item.group(1) : item.group(2)));
                continue;
            }
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (!keyValue.matches()) {
                if (currentKey != null && Character.isWhitespace(line.charAt(0))) {
                    continue; // nested YAML we do not need
                }
                return Optional.empty();
            }
            currentKey = keyValue.group(1).toLowerCase(Locale.ROOT);
            List<String> values = fields.computeIfAbsent(currentKey, key -> new ArrayList<>());
            String raw = keyValue.group(2) == null ? "" : keyValue.group(2).strip();
            if (raw.startsWith("[") && raw.endsWith("]")) {
                for (String part : raw.substring(1, raw.length() - 1).split(",")) {
                    if (!part.isBlank()) {
                        values.add(unquote(part.strip()));
                    }
                }
            } else if (!raw.isEmpty()) {
                values.add(unquote(raw));
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> fields) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        fields.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return frozen;
    }

    /** Removes YAML quotes: "…" with backslash escapes, '…' with doubled quotes. */
    static String unquote(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = value.substring(1, value.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char next = inner.charAt(++i);
                    switch (next) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        default -> out.append(next);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        // an unquoted scalar may carry a trailing comment
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
