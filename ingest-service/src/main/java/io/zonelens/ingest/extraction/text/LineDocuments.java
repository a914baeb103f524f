package io.zonelens.ingest.extraction.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Helpers for documents that are text lines: finding the title line past the page's header chrome. */
final class LineDocuments {

    private LineDocuments() {
    }

    /**
     * Index of the title line at or after {@code from}, or -1. Header chrome (breadcrumbs, toolbars, navigation rows,
     * share URLs) is skipped and header metadata lines are read on the way.
     *
     * @param isTitle         what a title looks like in this format
     * @param skipNonTitles   true to keep looking past lines that are not titles (portal pages put stray lines above
     *                        the title); false when the first content line must be the title or there is none
     */
    static int titleIndex(List<String> lines, int from, MetadataBuilder metadata, Predicate<String> isTitle, boolean skipNonTitles) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<String> url = Furniture.shareUrl(line);
            if (url.isPresent()) {
                metadata.url(url.get());
                continue;
            }
            if (Furniture.isFurniture(line) || Furniture.isBareUrl(line) || Furniture.isNavigationList(line)) {
                continue;
            }
            Optional<Byline> byline = BylineParser.parse(line, true);
            if (byline.isPresent()) {
                metadata.accept(byline.get());
                continue;
            }
            if (isTitle.test(line)) {
                return i;
            }
            if (!skipNonTitles) {
                return -1;
            }
        }
        return -1;
    }

    /** Reads metadata from header lines that are not part of the body (above the breadcrumb or title). */
    static void readHeaderMetadata(List<String> lines, MetadataBuilder metadata) {
        for (String line : lines) {
            BylineParser.parse(line, true).ifPresent(metadata::accept);
            Furniture.shareUrl(line).ifPresent(metadata::url);
        }
    }

    /** Ends like a sentence or a clause, so it is a paragraph rather than a headline. */
    static boolean endsLikeSentence(String line) {
        return line.matches(".*[。；;，,：:、]$");
    }
}
