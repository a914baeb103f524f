package io.zonelens.ingest.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractRequest", description = "Text to analyze; publishedAt resolves relative periods (今年, 上年).")
public record ExtractRequest(
        @Schema(required = true, example = "2021年，南昌综保区进出口总额突破210亿元，同比增长109%。") String text,
        @Schema(example = "2022-01-17T07:42:37+08:00") String publishedAt,
        @Schema(example = "以“四个聚焦”为引领 巩固提升发展首位度") String title) {
}
