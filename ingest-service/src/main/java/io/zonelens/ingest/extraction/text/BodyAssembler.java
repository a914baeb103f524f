package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared last stage of every normalizer: turns candidate lines into body paragraphs. Cuts the trailing site
 * footer, moves metadata lines (source, byline, share URL) into the metadata, drops furniture and a repeated title.
 */
final class BodyAssembler {

    private BodyAssembler() {
    }

    static List<String> assemble(List<String> candidateLines, MetadataBuilder metadata) {
        List<String> lines = new ArrayList<>();
        for (String candidate : candidateLines) {
            String line = TextLines.clean(candidate);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        int contentEnd = Furniture.contentEnd(lines);
        for (String tailLine : lines.subList(contentEnd, lines.size())) {
            // "责任编辑：X" often sits among the footer lines that are cut
            BylineParser.parse(tailLine, false).ifPresent(metadata::acceptCredits);
        }
        lines = lines.subList(0, contentEnd);

        int lastContent = lastContentLine(lines);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<String> shareUrl = Furniture.shareUrl(line);
            if (shareUrl.isPresent()) {
                metadata.url(shareUrl.get());
                continue;
            }
            if (Furniture.isBareUrl(line) && (paragraphs.isEmpty() || i > lastContent)) {
                continue; // a URL above or below the text is page chrome; inside the text it is a link the text refers to
            }
            // 奉贤综保区迎来首家科创板上市企业 / 瑞泽生物今日在上交所敲钟 / 上海奉贤　2026-03-27 11:42: a header still stands at
            // the top under a subtitle.
            boolean atTop = paragraphs.isEmpty() || paragraphs.size() == 1 && aSubtitle(paragraphs.get(0));
            Optional<Byline> byline = BylineParser.parse(line, atTop);
            if (byline.isPresent()) {
                metadata.accept(byline.get());
                continue;
            }
            if (Furniture.isFurniture(line)) {
                continue;
            }
            if (paragraphs.isEmpty() && TextLines.sameText(line, metadata.title())) {
                continue; // the title repeated at the top of the body
            }
            paragraphs.add(line);
        }
        LayoutDates.find(paragraphs, metadata.title()).ifPresent(time -> metadata.publishedAt(time, MetadataBuilder.TIME_FROM_LAYOUT));
        LayoutDates.speaker(paragraphs).ifPresent(metadata::author);
        return Credits.read(paragraphs, metadata);
    }

    /** A headline's second line: short, and no sentence or clause in it. */
    private static boolean aSubtitle(String line) {
        return line.length() <= MAX_SUBTITLE && !CLAUSE_MARKS.matcher(line).find();
    }

    private static final int MAX_SUBTITLE = 40;
    /** Marks of a sentence or clause, and a salutation's or a label's colon and list (各园区、各部门：). */
    private static final java.util.regex.Pattern CLAUSE_MARKS = java.util.regex.Pattern.compile("[。！？；，,;!?：:、]");

    private static int lastContentLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (!Furniture.isBareUrl(line) && !Furniture.isFurniture(line) && BylineParser.parse(line, false).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
