package io.zonelens.ingest.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of a document, for single submissions and for each line of an NDJSON batch. */
@Schema(name = "DocumentRequest", description = "A document and, optionally, metadata that wins over what is read from it.")
public record JsonDocument(
        @Schema(required = true, description = "The document: Jekyll front matter + HTML, HTML, press text or plain text.",
                example = "9月29日，天津市政府新闻办召开新闻发布会……") String content,
        @Schema(example = "连茂君深入新区各综合保税区调研") String title,
        @Schema(example = "https://www.tjftz.gov.cn/contents/1.html") String url,
        @Schema(example = "滨城时报") String source,
        @Schema(description = "ISO-8601; without an offset, China time (+08:00) is assumed.", example = "2022-03-11T14:35:31+08:00")
        String publishedAt,
        @Schema(description = "Format hint; detected when absent.", enumeration = {"JEKYLL_HTML", "HTML", "PRESS_TEXT", "GOV_PAGE", "MARKDOWN", "PLAIN_TEXT"})
        String format,
        @Schema(example = "000_06ab7e027c22c786.txt") String filename) {
}
