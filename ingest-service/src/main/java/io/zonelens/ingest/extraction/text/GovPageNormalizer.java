package io.zonelens.ingest.extraction.text;

import java.util.List;

/**
 * A portal page flattened to text (government sites above all): a breadcrumb ("当前位置:首页> …"), the title, a
 * 发布日期/来源 line and toolbar ("字号", "扫一扫…"), the body (tables flattened one cell per line), and the site
 * footer (主办单位, 网站标识码, ICP备 …).
 */
final class GovPageNormalizer implements FormatNormalizer {

    /** The breadcrumb sits in the page header, never further down. */
    private static final int HEADER_LINES = 20;
    private static final int MIN_TITLE_HAN = 4;
    private static final int MAX_TITLE_LENGTH = 150;
    private static final int MAX_TITLE_CONTINUATION = 60;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.GOV_PAGE;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        List<String> lines = TextLines.nonEmptyLines(text);
        MetadataBuilder metadata = new MetadataBuilder();
        int afterBreadcrumb = 0;
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (Furniture.isBreadcrumb(lines.get(i))) {
                afterBreadcrumb = i + 1;
            }
        }
        LineDocuments.readHeaderMetadata(lines.subList(0, afterBreadcrumb), metadata);
        int title = LineDocuments.titleIndex(lines, afterBreadcrumb, metadata, GovPageNormalizer::isSubstantialTitle, true);
        if (title >= 0 && isWrappedTitle(lines, title)) {
            metadata.title(lines.get(title) + lines.get(title + 1));
            title++;
        } else if (title >= 0) {
            metadata.title(lines.get(title));
        }
        List<String> body = lines.subList(title >= 0 ? title + 1 : afterBreadcrumb, lines.size());
        return metadata.build(format(), BodyAssembler.assemble(body, metadata));
    }

    /** A long title wrapped onto a second line right above the 发布日期/来源 line. */
    private static boolean isWrappedTitle(List<String> lines, int title) {
        if (title + 2 >= lines.size()) {
            return false;
        }
        String continuation = lines.get(title + 1);
        return continuation.length() <= MAX_TITLE_CONTINUATION
                && !LineDocuments.endsLikeSentence(continuation)
                && !Furniture.isFurniture(continuation)
                && BylineParser.parse(continuation, true).isEmpty()
                && BylineParser.parse(lines.get(title + 2), true).isPresent();
    }

    /** A line that can be a page title: enough Chinese text, not too long, not a footer line. */
    private static boolean isSubstantialTitle(String line) {
        return TextLines.hanCount(line) >= MIN_TITLE_HAN
                && line.length() <= MAX_TITLE_LENGTH
                && Furniture.footerScore(Furniture.forRules(line)) == 0
                && !LineDocuments.endsLikeSentence(line);
    }
}
