package io.zonelens.ingest.extraction.text;

import java.util.List;

/** Text without a recognizable layout: a short first line that reads like a headline is the title, each line a paragraph. */
final class PlainTextNormalizer implements FormatNormalizer {

    private static final int MAX_TITLE_LENGTH = 80;

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PLAIN_TEXT;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        List<String> lines = TextLines.nonEmptyLines(text);
        MetadataBuilder metadata = new MetadataBuilder();
        int title = lines.size() < 2 ? -1
                : LineDocuments.titleIndex(lines, 0, metadata, PlainTextNormalizer::isHeadline, false);
        return metadata.build(format(), BodyAssembler.assemble(LineDocuments.titleAndText(lines, title, metadata), metadata));
    }

    private static boolean isHeadline(String line) {
        return line.length() <= MAX_TITLE_LENGTH && !LineDocuments.endsLikeSentence(line);
    }
}
