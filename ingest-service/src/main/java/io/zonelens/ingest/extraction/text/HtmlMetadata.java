package io.zonelens.ingest.extraction.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads metadata that an HTML page declares in markup: Open Graph and article meta tags, the meta tags Chinese
 * government CMSs emit (ArticleTitle, PubDate, ContentSource, SiteName), {@code <time datetime>}, canonical links.
 */
final class HtmlMetadata {

    private static final List<String> TITLE_META = List.of("og:title", "articletitle", "twitter:title");
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "published_time",
            "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "firstpublishedtime",
            "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "og:release_date",
            "release_date", "weibo:article:create_at", "parsely-pub-date", "sailthru.date", "date");
    private static final List<String> SOURCE_META = List.of("contentsource", "source", "article:source", "og:source");
    private static final List<String> SITE_META = List.of("og:site_name", "sitename", "application-name");
    private static final List<String> AUTHOR_META = List.of("article:author", "author", "dc.creator");
    private static final List<String> URL_META = List.of("og:url", "url");
    /** Elements that CMSs name after the publication time: publish_time, pubtime, post-date, fabu_time ... */
    private static final String DATE_ELEMENT = "[id~=(?i)^(?:.*[-_])?(?:pub|publish|published|post|release|fabu|fb)[-_]?(?:time|date|day)(?:[-_].*)?$], "
            + "[class~=(?i)^(?:.*[-_])?(?:pub|publish|published|post|release|fabu|fb)[-_]?(?:time|date|day)(?:[-_].*)?$]";
    private static final Pattern LOGO_LIKE = Pattern.compile("logo|brand|site-?name|masthead", Pattern.CASE_INSENSITIVE);
    /** " - 站点", "_栏目_站点", " | 站点": what CMSs append to {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*");
    private static final int MIN_TITLE_LENGTH = 4;

    private HtmlMetadata() {
    }

    /** og:title / ArticleTitle meta, else the article's h1, else {@code <title>} without its site suffix. */
    static String title(Document document) {
        Optional<String> declared = meta(document, TITLE_META);
        if (declared.isPresent()) {
            return declared.get();
        }
        String pageTitle = TextLines.clean(document.title());
        Element best = null;
        for (Element h1 : document.select("h1")) {
            String text = TextLines.clean(h1.text());
            if (text.length() < MIN_TITLE_LENGTH || isLogo(h1)) {
                continue;
            }
            if (best == null || !pageTitle.contains(TextLines.clean(best.text())) && pageTitle.contains(text)) {
                best = h1;
            }
        }
        if (best != null) {
            return TextLines.clean(best.text());
        }
        return pageTitle.isEmpty() ? null : withoutSiteSuffix(pageTitle);
    }

    static String withoutSiteSuffix(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1 && parts[0].strip().length() >= MIN_TITLE_LENGTH) {
            return parts[0].strip();
        }
        return title;
    }

    static Optional<OffsetDateTime> publishedAt(Document document) {
        for (String name : PUBLISHED_META) {
            Optional<OffsetDateTime> time = meta(document, List.of(name)).flatMap(PublicationTimeParser::parse);
            if (time.isPresent()) {
                return time;
            }
        }
        for (Element element : document.select("[itemprop=datePublished], time[datetime], time[pubdate], " + DATE_ELEMENT)) {
            String value = element.hasAttr("content") ? element.attr("content")
                    : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            Optional<OffsetDateTime> time = PublicationTimeParser.parse(value);
            if (time.isPresent()) {
                return time;
            }
        }
        return Optional.empty();
    }

    static Optional<String> source(Document document) {
        return meta(document, SOURCE_META).filter(value -> !looksLikeUrl(value) && value.length() <= 40);
    }

    static Optional<String> siteName(Document document) {
        return meta(document, SITE_META).filter(value -> value.length() <= 40);
    }

    static Optional<String> author(Document document) {
        return meta(document, AUTHOR_META).filter(value -> !looksLikeUrl(value) && value.length() <= 30);
    }

    static Optional<String> url(Document document) {
        for (Element link : document.select("link[rel=canonical][href]")) {
            String href = link.attr("href").strip();
            if (looksLikeUrl(href)) {
                return Optional.of(href);
            }
        }
        return meta(document, URL_META).filter(HtmlMetadata::looksLikeUrl);
    }

    /** The first non-blank content of a meta tag whose name, property or itemprop is one of the keys (case-insensitive). */
    static Optional<String> meta(Document document, List<String> keys) {
        List<Element> metas = document.select("meta[content]");
        for (String key : keys) {
            for (Element meta : metas) {
                if (matches(meta, "name", key) || matches(meta, "property", key) || matches(meta, "itemprop", key)) {
                    String content = TextLines.clean(meta.attr("content"));
                    if (!content.isEmpty()) {
                        return Optional.of(content);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Element meta, String attribute, String key) {
        return meta.attr(attribute).strip().toLowerCase(Locale.ROOT).equals(key);
    }

    /** Site logos are often an h1 in the page header; the article title is not. */
    private static boolean isLogo(Element h1) {
        for (Element element = h1; element != null; element = element.parent()) {
            String name = element.normalName();
            if ("header".equals(name) || "nav".equals(name)) {
                return true;
            }
            if (LOGO_LIKE.matcher(element.className() + " " + element.id()).find()) {
                return true;
            }
        }
        return !h1.select("img").isEmpty() && TextLines.clean(h1.text()).length() < 12;
    }

    private static boolean looksLikeUrl(String value) {
        return value.toLowerCase(Locale.ROOT).matches("^(?:https?:)?//\\S+$");
    }
}
