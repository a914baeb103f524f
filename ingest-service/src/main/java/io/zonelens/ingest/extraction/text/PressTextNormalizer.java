package io.zonelens.ingest.extraction.text;

import java.util.List;

/**
 * Plain press copy: the first line is the headline, a byline follows (稿源/来源, 编辑, time), then one paragraph per
 * line, then the site's copyright and licence footer.
 */
final class PressTextNormalizer implements FormatNormalizer {

    private static final int MAX_TITLE_LENGTH = 150;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PRESS_TEXT;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        List<String> lines = TextLines.nonEmptyLines(text);
        MetadataBuilder metadata = new MetadataBuilder();
        int title = LineDocuments.titleIndex(lines, 0, metadata, line -> line.length() <= MAX_TITLE_LENGTH, false);
        return metadata.build(format(), BodyAssembler.assemble(LineDocuments.titleAndText(lines, title, metadata), metadata));
    }
}
