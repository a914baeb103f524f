package io.zonelens.ingest.extraction.indicator;

import java.util.List;

/** A plan's indicator table as found in the text: its title (when a caption precedes it), column years and rows. */
public record PlanTable(String title, Integer baselineYear, Integer targetYear, List<PlanTableRow> rows, int start, int end) {
}
