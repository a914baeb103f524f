package io.zonelens.ingest.extraction.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article inside a full HTML page: removes page chrome (navigation, headers, footers, share bars,
 * sidebars) and then descends to the element that holds the prose.
 */
final class HtmlContent {

    private static final String CHROME_ELEMENTS = "nav, aside, header, footer, [hidden], [aria-hidden=true], [role=navigation]";
    /** Class/id words of page chrome, including the pinyin names Chinese CMSs use (daohang, weizhi, banquan ...). */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?:^|[-_\\s])(?:nav|navbar|navi|navigation|menu|menus|submenu|breadcrumbs?|crumbs?|footer|foot|header|topbar|top|"
                    + "toolbar|tools|share|bdshare|sharebox|social|sidebar|side|aside|copyright|banquan|related|relate|recommend|"
                    + "tuijian|comments?|pinglun|advert|ads?|adv|guanggao|pagination|pager|fenye|qrcode|erweima|ewm|gotop|backtop|"
                    + "login|search|location|position|weizhi|dqwz|fontsize|zihao|daohang|dh|yqlj|friendlinks?|links|bottom)"
                    + "(?:$|[-_\\s\\d])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CONTAINER_CHILDREN = Set.of(
            "p", "div", "br", "table", "tbody", "tr", "ul", "ol", "section", "article", "main", "blockquote", "pre", "dl",
            "h1", "h2", "h3", "h4", "h5", "h6", "font", "span", "center", "form");
    /** Chrome is never most of the page; an element holding more than this share of the text is kept whatever its name. */
    private static final double MAX_CHROME_SHARE = 0.5;
    /** Descend into a child only when it holds at least this share of the prose. */
    private static final double DOMINANT_SHARE = 0.5;
    /** A line this long outside the chosen child is prose we must not lose. */
    private static final int PROSE_LINE = 50;

    private HtmlContent() {
    }

    static void removeChrome(Document document) {
        HtmlText.removeNonText(document);
        Element body = document.body();
        int pageLength = Math.max(1, HtmlText.nonLinkLength(body));
        for (Element element : document.select(CHROME_ELEMENTS)) {
            if (isSmallPart(element, pageLength)) {
                element.remove();
            }
        }
        for (Element element : document.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                element.remove();
            }
        }
        for (Element element : body.select("[class], [id]")) {
            if (element.parent() == null || element == body) {
                continue; // already removed with an ancestor
            }
            String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (CHROME_NAME.matcher(names).find() && isSmallPart(element, pageLength)) {
                element.remove();
            }
        }
        removeLinkLists(body);
    }

    /** Lists that are mostly links (menus, related articles) are chrome wherever they sit. */
    private static void removeLinkLists(Element body) {
        for (Element list : body.select("ul, ol")) {
            if (list.parent() == null) {
                continue;
            }
            int links = list.select("a").size();
            int visible = HtmlText.visibleLength(list.text());
            int prose = HtmlText.nonLinkLength(list);
            if (links >= 3 && visible > 0 && prose <= visible * 0.2) {
                list.remove();
            }
        }
    }

    private static boolean isSmallPart(Element element, int pageLength) {
        return HtmlText.nonLinkLength(element) <= pageLength * MAX_CHROME_SHARE;
    }

    /**
     * The element holding the article: starting at body, descend into the child that holds most of the prose as long
     * as nothing outside it looks like prose (so a lead paragraph beside the main block is never cut off).
     */
    static Element contentRoot(Document document) {
        Element root = document.body();
        while (true) {
            int total = HtmlText.nonLinkLength(root);
            Element best = null;
            int bestLength = 0;
            for (Element child : root.children()) {
                int length = HtmlText.nonLinkLength(child);
                if (length > bestLength) {
                    best = child;
                    bestLength = length;
                }
            }
            if (best == null || total == 0 || bestLength < total * DOMINANT_SHARE || !isContainer(best)
                    || hasProseOutside(root, best)) {
                return root;
            }
            root = best;
        }
    }

    private static boolean isContainer(Element element) {
        for (Element child : element.children()) {
            if (CONTAINER_CHILDREN.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasProseOutside(Element parent, Element chosen) {
        if (HtmlText.visibleLength(parent.ownText()) > PROSE_LINE) {
            return true;
        }
        for (Element sibling : parent.children()) {
            if (sibling == chosen) {
                continue;
            }
            for (HtmlText.HtmlLine line : HtmlText.lines(sibling)) {
                if (line.nonLinkChars() > PROSE_LINE) {
                    return true;
                }
            }
        }
        return false;
    }
}
