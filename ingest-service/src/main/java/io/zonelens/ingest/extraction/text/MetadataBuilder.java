package io.zonelens.ingest.extraction.text;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Collects a document's metadata while a normalizer reads it. The first value offered for a field wins,
 * except the publication time, where a more trustworthy kind of evidence replaces a weaker one.
 * One instance per document: not shared between threads.
 */
final class MetadataBuilder {

    /** Structured metadata: front matter, HTML meta tags, {@code <time datetime>}. */
    static final int TIME_DECLARED = 4;
    /** A line labelled 发布时间/发布日期. */
    static final int TIME_LABELLED_PUBLICATION = 3;
    /** A date in a byline, or under a weaker label (成文日期, 时间). */
    static final int TIME_FROM_TEXT = 2;
    /** An unlabelled date near the top of a page, outside the body. */
    static final int TIME_GUESSED = 1;
    /** A date the body's layout gives (a closing date, a speech's dateline): a page's own time comes first. */
    static final int TIME_FROM_LAYOUT = 0;

    private String title;
    private OffsetDateTime publishedAt;
    private int timePriority = -1;
    private String source;
    private String agency;
    private String siteName;
    private String url;
    private String author;
    private String editor;

    String title() {
        return title;
    }

    boolean hasSource() {
        return source != null;
    }

    void title(String value) {
        if (title == null) {
            title = normalized(value);
        }
    }

    void publishedAt(OffsetDateTime value, int priority) {
        if (value != null && priority > timePriority) {
            publishedAt = value;
            timePriority = priority;
        }
    }

    void source(String value) {
        if (source == null) {
            source = normalized(value);
        }
    }

    /** The issuing organ (发文机关); used as the source only when no 来源 is given. */
    void agency(String value) {
        if (agency == null) {
            agency = normalized(value);
        }
    }

    /** The site's own name; the weakest evidence of the source. */
    void siteName(String value) {
        if (siteName == null) {
            siteName = normalized(value);
        }
    }

    void url(String value) {
        if (url == null) {
            url = normalized(value);
        }
    }

    void author(String value) {
        if (author == null) {
            author = normalized(names(value));
        }
    }

    /**
     * The names in a byline's or credit's value, without the titles between them or the spaces padding a two-character name:
     * 宋佳音　通讯员　郝宏博 → 宋佳音 郝宏博, 祁晓楠　通讯员 → 祁晓楠, 雷　蕾 → 雷蕾.
     */
    static String names(String value) {
        if (value == null) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>();
        String halfName = null;
        for (String word : value.strip().split("[\\s\u3000]+")) {
            // The words stay as written; only the test for a title reads them folded.
            if (STAFF_TITLE.matcher(TextLines.fold(word)).matches()) {
                halfName = null;
            } else if (halfName != null && aHanCharacter(word)) {
                names.set(names.size() - 1, halfName + word);
                halfName = null;
            } else {
                names.add(word);
                halfName = aHanCharacter(word) ? word : null;
            }
        }
        return String.join(" ", names);
    }

    /** 苗 of 苗　青: half a padded name (a Latin initial, J of J K Rowling, is none). */
    private static boolean aHanCharacter(String word) {
        return word.length() == 1 && Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HAN;
    }

    private static final java.util.regex.Pattern STAFF_TITLE = java.util.regex.Pattern.compile(
            BylineParser.OWN_OUTLET + "?(?:全媒体)?(?:" + BylineParser.REPORTERS_RANK + "?记者|通讯员|实习生|摄影|摄|摄影报道|报道|责任编辑|编辑|校对|审核)");

    void editor(String value) {
        if (editor == null) {
            editor = normalized(names(value));
        }
    }

    void accept(Byline byline) {
        source(byline.source());
        agency(byline.agency());
        author(byline.author());
        editor(byline.editor());
        title(byline.title());
        publishedAt(byline.publishedAt(), byline.timePriority());
    }

    /** Only the people: for lines of a page's tail, whose sources and dates may belong to other articles. */
    void acceptCredits(Byline byline) {
        author(byline.author());
        editor(byline.editor());
    }

    NormalizedDocument build(DocumentFormat format, List<String> paragraphs) {
        String effectiveSource = source != null ? source : agency != null ? agency : siteName;
        return new NormalizedDocument(title, publishedAt, effectiveSource, url, author, editor, format, paragraphs);
    }

    private static String normalized(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = TextLines.clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
