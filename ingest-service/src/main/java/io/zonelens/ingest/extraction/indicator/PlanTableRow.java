package io.zonelens.ingest.extraction.indicator;

import java.util.List;
import java.util.Set;

/**
 * One indicator of a plan table: the baseline is an ACTUAL, the target, {@code milestones} (targets of years between
 * baseline and target, 2025 in a table of 2020, 2025 and 2035) and {@code targetCagrPercent} are TARGETs.
 * {@code baseline} is null when the row gives none; {@code impliedCagrPercent} is what baseline → target works out to
 * (null when either is missing, in words or cumulative); {@code attribute} is 预期性/约束性 when the table has that column.
 * [start, end) span the row's cells in the text.
 */
public record PlanTableRow(int no, String section, String indicator, String unit, PlanValue baseline, List<PlanValue> milestones, PlanValue target,
                           Double targetCagrPercent, Double impliedCagrPercent, Set<RowFlag> flags, String attribute,
                           int start, int end) {
}
