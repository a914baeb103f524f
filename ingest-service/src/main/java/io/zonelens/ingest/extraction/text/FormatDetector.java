package io.zonelens.ingest.extraction.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognizes a document's {@link DocumentFormat} from its content, with the media type and file name as hints.
 * Content wins where it is unambiguous (front matter, a complete HTML document), because uploads are often
 * mislabelled text/plain or text/html.
 */
final class FormatDetector {

    /** Page chrome and byline sit in the first lines of a document. */
    private static final int HEADER_LINES = 25;
    private static final int BYLINE_LINES = 6;
    private static final int MAX_HEADLINE = 150;

    private static final Pattern DISCLOSURE_LABEL = Pattern.compile("^(?:索引号|发文机关|成文日期|主题分类|发文字号|信息来源|公开方式)\\s*:");
    private static final Pattern GOVERNMENT_SITE = Pattern.compile("网站标识码|网站识别码|\\.gov\\.cn|政府信息公开|政务公开");
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile(
            "^#{1,6}\\s+\\S|^\\s*[-*+]\\s+\\S|^\\s*\\d{1,3}\\.\\s+\\S|^>\\s|\\[[^\\]]+]\\([^)]+\\)|^\\|.*\\|$|\\*\\*[^*]+\\*\\*|^```");
    private static final int MARKDOWN_MIN_SIGNALS = 3;

    DocumentFormat detect(String text, String mediaType, String filename) {
        var frontMatter = FrontMatter.parse(text);
        if (frontMatter.isPresent()) {
            return HtmlText.looksLikeHtml(frontMatter.get().body()) ? DocumentFormat.JEKYLL_HTML : DocumentFormat.MARKDOWN;
        }
        if (HtmlText.looksLikeHtmlDocument(text)) {
            return DocumentFormat.HTML;
        }
        String type = baseType(mediaType);
        String extension = extension(filename);
        boolean markup = HtmlText.looksLikeHtml(text);
        if (markup) {
            // Two or more real tags: an HTML fragment, whatever it was labelled.
            return DocumentFormat.HTML;
        }
        if ("text/markdown".equals(type) || "text/x-markdown".equals(type) || "md".equals(extension) || "markdown".equals(extension)) {
            return DocumentFormat.MARKDOWN;
        }
        List<String> lines = TextLines.nonEmptyLines(text);
        List<String> header = lines.subList(0, Math.min(lines.size(), HEADER_LINES));
        if (portalScore(text, header) >= 2) {
            return DocumentFormat.GOV_PAGE;
        }
        // An ATX heading on the first line is markdown's own headline; press text never starts with "# ".
        if (!lines.isEmpty() && lines.get(0).startsWith("# ")) {
            return DocumentFormat.MARKDOWN;
        }
        if (hasPressByline(lines)) {
            return DocumentFormat.PRESS_TEXT;
        }
        if (markdownSignals(lines) >= MARKDOWN_MIN_SIGNALS) {
            return DocumentFormat.MARKDOWN;
        }
        return DocumentFormat.PLAIN_TEXT;
    }

    /** Evidence of a flattened portal page: breadcrumb, toolbar, disclosure table, government site markers. */
    private static int portalScore(String text, List<String> header) {
        boolean breadcrumb = false;
        boolean toolbar = false;
        boolean disclosure = false;
        for (String line : header) {
            String folded = TextLines.fold(line);
            breadcrumb |= Furniture.isBreadcrumb(line);
            toolbar |= Furniture.isPageToolbar(line);
            disclosure |= DISCLOSURE_LABEL.matcher(folded).find();
        }
        int score = (breadcrumb ? 2 : 0) + (toolbar ? 1 : 0) + (disclosure ? 2 : 0);
        if (GOVERNMENT_SITE.matcher(text).find()) {
            score++;
        }
        return score;
    }

    /** A headline followed within a few lines by a byline (稿源/来源/编辑/记者) or a time line. */
    private static boolean hasPressByline(List<String> lines) {
        if (lines.size() < 2 || lines.get(0).length() > MAX_HEADLINE) {
            return false;
        }
        for (int i = 1; i < Math.min(lines.size(), BYLINE_LINES); i++) {
            var byline = BylineParser.parse(lines.get(i), true);
            if (byline.isPresent() && (byline.get().source() != null || byline.get().publishedAt() != null
                    || byline.get().author() != null || byline.get().editor() != null)) {
                return true;
            }
        }
        return false;
    }

    private static int markdownSignals(List<String> lines) {
        int signals = 0;
        for (String line : lines) {
            if (MARKDOWN_SYNTAX.matcher(line).find()) {
                signals++;
            }
        }
        return signals;
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int parameters = mediaType.indexOf(';');
        return (parameters >= 0 ? mediaType.substring(0, parameters) : mediaType).strip().toLowerCase(Locale.ROOT);
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
