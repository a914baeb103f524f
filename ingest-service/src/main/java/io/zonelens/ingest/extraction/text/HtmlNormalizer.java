package io.zonelens.ingest.extraction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML pages and fragments. Metadata comes from markup first (meta tags, h1, {@code <time>}, canonical link), then
 * from byline lines; the body is the prose of the content element, rendered one line per block and table cell.
 */
final class HtmlNormalizer implements FormatNormalizer {

    /** Link-only lines before the first and after the last line with this much prose are navigation residue. */
    private static final int PROSE_LINE = 20;
    private static final int HEADER_DATE_LINE = 80;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        MetadataBuilder metadata = new MetadataBuilder();
        if (!HtmlText.looksLikeHtml(text)) {
            // Declared HTML but really text: keep its line structure instead of letting the parser merge lines.
            return metadata.build(format(), BodyAssembler.assemble(TextLines.split(text), metadata));
        }
        Document document = Jsoup.parse(text);
        metadata.title(HtmlMetadata.title(document));
        HtmlMetadata.publishedAt(document).ifPresent(time -> metadata.publishedAt(time, MetadataBuilder.TIME_DECLARED));
        HtmlMetadata.source(document).ifPresent(metadata::source);
        HtmlMetadata.url(document).ifPresent(metadata::url);
        HtmlMetadata.author(document).ifPresent(metadata::author);
        // The page header (often removed as chrome below) carries the 来源/发布时间 line; keep its lines for metadata.
        List<String> pageLines = texts(HtmlText.lines(document.body()));

        HtmlContent.removeChrome(document);
        Element content = HtmlContent.contentRoot(document);
        List<String> paragraphs = BodyAssembler.assemble(withoutNavigationEdges(HtmlText.lines(content)), metadata);

        List<String> aboveFooter = pageLines.subList(0, Furniture.contentEnd(pageLines));
        for (String line : aboveFooter) {
            BylineParser.parse(line, false).ifPresent(metadata::accept);
        }
        // Last resort: a short header line with a date, above the first body paragraph ("原创 上海临港 2024-09-30 18:02").
        String firstParagraph = paragraphs.isEmpty() ? null : paragraphs.get(0);
        for (String line : aboveFooter) {
            if (line.equals(firstParagraph)) {
                break;
            }
            if (line.length() <= HEADER_DATE_LINE) {
                PublicationTimeParser.find(line).ifPresent(time -> metadata.publishedAt(time, MetadataBuilder.TIME_GUESSED));
            }
        }
        HtmlMetadata.siteName(document).ifPresent(metadata::siteName);
        return metadata.build(format(), paragraphs);
    }

    /** Drops link-only lines (menus, tag clouds) above the first and below the last line of prose. */
    private static List<String> withoutNavigationEdges(List<HtmlText.HtmlLine> lines) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).nonLinkChars() >= PROSE_LINE) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            HtmlText.HtmlLine line = lines.get(i);
            boolean linkOnly = line.nonLinkChars() == 0;
            boolean outsideProse = first < 0 || i < first || i > last;
            if (!(linkOnly && outsideProse)) {
                kept.add(line.text());
            }
        }
        return kept;
    }

    private static List<String> texts(List<HtmlText.HtmlLine> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (HtmlText.HtmlLine line : lines) {
            texts.add(line.text());
        }
        return texts;
    }
}
