package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown, with or without front matter: headings, list items, quote lines and table cells each become a
 * paragraph; soft-wrapped lines of one paragraph are joined; inline markup is reduced to text.
 */
final class MarkdownNormalizer implements FormatNormalizer {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(?:={3,}|-{3,})\\s*$");
    private static final Pattern RULE = Pattern.compile("^(?:\\*\\s*){3,}$|^(?:-\\s*){3,}$|^(?:_\\s*){3,}$");
    private static final Pattern FENCE = Pattern.compile("^(?:```|~~~).*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|.*\\|$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?[\\s:|-]*-{3,}[\\s:|-]*\\|?$");

    @Override
    public DocumentFormat format() {
        return DocumentFormat.MARKDOWN;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        MetadataBuilder metadata = new MetadataBuilder();
        Optional<FrontMatter> frontMatter = FrontMatter.parse(text);
        frontMatter.ifPresent(header -> header.applyTo(metadata));
        List<String> lines = blocks(frontMatter.map(FrontMatter::body).orElse(text), metadata);
        List<String> paragraphs = BodyAssembler.assemble(lines, metadata);
        frontMatter.flatMap(FrontMatter::sourceFromTags).ifPresent(metadata::siteName);
        return metadata.build(format(), paragraphs);
    }

    /** One line per block; the first heading becomes the title when none was declared. */
    private static List<String> blocks(String markdown, MetadataBuilder metadata) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inFence = false;
        for (String raw : TextLines.split(markdown)) {
            String line = raw.strip();
            if (FENCE.matcher(line).matches()) {
                flush(paragraph, blocks);
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                blocks.add(raw);
                continue;
            }
            if (line.isEmpty() || RULE.matcher(line).matches() && paragraph.isEmpty()) {
                flush(paragraph, blocks);
                continue;
            }
            if (SETEXT_UNDERLINE.matcher(line).matches()) {
                // the paragraph above was a heading
                if (!paragraph.isEmpty()) {
                    metadata.title(paragraph.toString());
                }
                flush(paragraph, blocks);
                continue;
            }
            // Furniture, share URLs and bylines stay whole lines so the body assembler recognizes them.
            if (Furniture.isFurniture(line) || Furniture.shareUrl(line).isPresent() || BylineParser.parse(line, true).isPresent()) {
                flush(paragraph, blocks);
                blocks.add(line);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                flush(paragraph, blocks);
                String headingText = MarkdownText.inline(heading.group(2));
                if (blocks.isEmpty() || heading.group(1).length() == 1) {
                    metadata.title(headingText);
                }
                blocks.add(headingText);
                continue;
            }
            if (TABLE_ROW.matcher(line).matches()) {
                flush(paragraph, blocks);
                if (!TABLE_SEPARATOR.matcher(line).matches()) {
                    for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                        blocks.add(MarkdownText.inline(cell.strip()));
                    }
                }
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                flush(paragraph, blocks);
                blocks.add(MarkdownText.inline(item.group(1)));
                continue;
            }
            Matcher quote = QUOTE.matcher(line);
            String content = MarkdownText.inline(quote.matches() ? quote.group(1) : line);
            String joined = TextLines.joinWrapped(paragraph.toString(), content.strip());
            paragraph.setLength(0);
            paragraph.append(joined);
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
