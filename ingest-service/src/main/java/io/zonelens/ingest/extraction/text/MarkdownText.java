package io.zonelens.ingest.extraction.text;

import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/** Reduces inline markdown (links, images, emphasis, code, inline HTML) to its visible text. */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?:)?//[^\\s<>]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*(?![\\w*])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>");

    private MarkdownText() {
    }

    /** Links become their text and images disappear; everything else is left alone (for HTML-rendered lines). */
    static String links(String line) {
        if (!line.contains("](")) {
            return line;
        }
        return LINK.matcher(IMAGE.matcher(line).replaceAll("")).replaceAll("$1");
    }

    /** The visible text of one line of markdown. */
    static String inline(String line) {
        String text = links(line);
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$1");
        text = STRIKE.matcher(text).replaceAll("$1");
        text = TAG.matcher(text).replaceAll("");
        return Parser.unescapeEntities(text, false);
    }
}
