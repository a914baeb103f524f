package io.zonelens.ingest.extraction.number;

/**
 * A figure found in the text: [start, end) are Java String offsets into the document text and cover the qualifier words
 * too (突破210亿元). {@code value} is the number as written before any 万/亿 (210 for 210亿元); {@code upperValue} is
 * the high end of a RANGE; {@code unit} is canonical ("CNY", "person", "%", "TEU"), {@code unitText} as written
 * ("亿元"); {@code normalizedValue} is in base units (2.1e10 CNY); for %, 个百分点, 倍 and ranks it is the value itself (‰ a tenth of it),
 * and for a RANGE it is the low end's. Written shares (百分之三十, 三分之一) come out as PERCENT (30, 33.33…).
 */
public record Quantity(int start, int end, String text, double value, Double upperValue, Qualifier qualifier, String unit,
                       String unitText, Double normalizedValue, QuantityKind kind) {
}
