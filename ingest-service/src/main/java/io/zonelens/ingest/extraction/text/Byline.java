package io.zonelens.ingest.extraction.text;

import java.time.OffsetDateTime;

/**
 * Metadata read from one byline-like line ("稿源:津滨网 编辑:高志翔 2024-09-30 00:08", "（文章来源：滨城时报）").
 * Any field may be null.
 *
 * @param agency        the issuing organ of a government disclosure table (发文机关) or a public account's name in its post's
 *                      header, a weaker source than a 来源 line
 * @param timePriority  how much the time can be trusted, see {@link MetadataBuilder}
 */
record Byline(String source, String agency, OffsetDateTime publishedAt, int timePriority,
              String author, String editor, String title) {
}
