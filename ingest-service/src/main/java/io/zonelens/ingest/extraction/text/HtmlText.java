package io.zonelens.ingest.extraction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders HTML to text lines (one per block element, {@code <br>} or table cell) over jsoup, and sniffs markup. */
final class HtmlText {

    /** Elements that start and end a line of text. */
    static final Set<String> BLOCK_ELEMENTS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "option", "legend");

    private static final Pattern DOCUMENT_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MARKUP_TAG = Pattern.compile(
            "</?(?:p|div|br|span|table|tr|td|th|h[1-6]|ul|ol|li|a|img|strong|b|em|i|u|font|section|article|blockquote|pre|meta|title|body)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    /** A markdown autolink line; left alone, jsoup would read it as a tag named "http:". */
    private static final Pattern AUTOLINK_LINE = Pattern.compile("^\\s*<((?:https?:)?//[^\\s<>]+)>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final String NON_TEXT_ELEMENTS = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "select, option, input, button, textarea";

    private HtmlText() {
    }

    /** One rendered line; {@code nonLinkChars} counts its visible characters outside {@code <a>}. */
    record HtmlLine(String text, int nonLinkChars) {
    }

    /** A complete HTML document (doctype or html/head/body opening). */
    static boolean looksLikeHtmlDocument(String text) {
        return DOCUMENT_START.matcher(text).find();
    }

    /** Text carrying real markup (at least two HTML tags), as opposed to text that merely mentions '<'. */
    static boolean looksLikeHtml(String text) {
        if (looksLikeHtmlDocument(text)) {
            return true;
        }
        Matcher matcher = MARKUP_TAG.matcher(text);
        int tags = 0;
        while (matcher.find()) {
            if (++tags >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines of an HTML fragment that may mix markup with markdown-style lines (Jekyll bodies): autolink lines are
     * kept as text and blank lines separate blocks, as they would in markdown.
     */
    static List<String> fragmentLines(String fragment) {
        StringBuilder html = new StringBuilder();
        for (String line : TextLines.split(fragment)) {
            Matcher autolink = AUTOLINK_LINE.matcher(line);
            if (autolink.matches()) {
                // keep the angle brackets as text so the line is still recognized as the share link
                html.append("<p>").append(Entities.escape("<" + autolink.group(1) + ">")).append("</p>");
            } else if (line.isBlank()) {
                html.append("<br>");
            } else {
                html.append(line);
            }
            html.append('\n');
        }
        Document document = Jsoup.parseBodyFragment(html.toString());
        removeNonText(document);
        List<String> lines = new ArrayList<>();
        for (HtmlLine line : lines(document.body())) {
            lines.add(line.text());
        }
        return lines;
    }

    /** Removes elements whose text is never document text (scripts, styles, form controls). */
    static void removeNonText(Document document) {
        document.select(NON_TEXT_ELEMENTS).remove();
    }

    static List<HtmlLine> lines(Element root) {
        LineCollector collector = new LineCollector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.lines;
    }

    /** Visible characters of the element outside links: how much prose it holds. */
    static int nonLinkLength(Element element) {
        int[] count = {0};
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && linkDepth[0] == 0) {
                    count[0] += visibleLength(text.getWholeText());
                } else if (node instanceof Element child && "a".equals(child.normalName())) {
                    linkDepth[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element child && "a".equals(child.normalName())) {
                    linkDepth[0]--;
                }
            }
        }, element);
        return count[0];
    }

    static int visibleLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                length++;
            }
        }
        return length;
    }

    /** Walks the DOM, breaking lines at block boundaries and {@code <br>}, keeping {@code <pre>} line breaks. */
    private static final class LineCollector implements NodeVisitor {
        private final List<HtmlLine> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if ("br".equals(name) || BLOCK_ELEMENTS.contains(name)) {
                    flush();
                }
                if ("a".equals(name)) {
                    linkDepth++;
                } else if ("pre".equals(name)) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if ("a".equals(name)) {
                    linkDepth--;
                } else if ("pre".equals(name)) {
                    preDepth--;
                }
                if (BLOCK_ELEMENTS.contains(name)) {
                    flush();
                }
            }
        }

        private void appendText(String text) {
            if (preDepth == 0) {
                append(text.replace('\n', ' ').replace('\r', ' '));
                return;
            }
            String[] parts = text.split("\\r\\n|\\r|\\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush();
                }
                append(parts[i]);
            }
        }

        private void append(String text) {
            current.append(text);
            if (linkDepth > 0) {
                linkChars += visibleLength(text);
            }
        }

        void flush() {
            String text = TextLines.clean(current.toString());
            if (!text.isEmpty()) {
                lines.add(new HtmlLine(text, Math.max(0, visibleLength(text) - linkChars)));
            }
            current.setLength(0);
            linkChars = 0;
        }
    }
}
