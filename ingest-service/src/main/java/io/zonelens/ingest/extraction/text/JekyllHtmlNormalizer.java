package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jekyll posts: metadata from the front matter, body from the HTML paragraphs after it. Trailing markdown lines
 * (share URL, "返回…" links) are handled as furniture; the closing "（文章来源：…）" paragraph is the source.
 */
final class JekyllHtmlNormalizer implements FormatNormalizer {

    @Override
    public DocumentFormat format() {
        return DocumentFormat.JEKYLL_HTML;
    }

    @Override
    public NormalizedDocument normalize(String text) {
        MetadataBuilder metadata = new MetadataBuilder();
        Optional<FrontMatter> frontMatter = FrontMatter.parse(text);
        frontMatter.ifPresent(header -> header.applyTo(metadata));

        List<String> lines = new ArrayList<>();
        for (String line : HtmlText.fragmentLines(frontMatter.map(FrontMatter::body).orElse(text))) {
            // A line made only of markdown links is navigation: leave it whole so the furniture rules see it.
            lines.add(Furniture.isFurniture(line) ? line : MarkdownText.links(line));
        }
        List<String> paragraphs = BodyAssembler.assemble(lines, metadata);
        frontMatter.flatMap(FrontMatter::sourceFromTags).ifPresent(metadata::siteName);
        return metadata.build(format(), paragraphs);
    }
}
