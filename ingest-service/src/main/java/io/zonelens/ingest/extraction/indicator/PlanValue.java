package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;

/**
 * One baseline or target cell: {@code text} as written ("41以上", "[2200]", "1855(2019累计)", "完成上级下达任务"),
 * {@code value} null for a target in words (NON_NUMERIC), {@code period} the year it refers to ("2020", or "2019" when the
 * cell says so), {@code cumulative} for [..] five-year totals and 累计 figures. [start, end) are offsets into the text.
 */
public record PlanValue(String text, Double value, Qualifier qualifier, String period, boolean cumulative, int start, int end) {
}
