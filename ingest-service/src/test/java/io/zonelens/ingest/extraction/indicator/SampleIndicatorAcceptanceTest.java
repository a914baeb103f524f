package io.zonelens.ingest.extraction.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodAttribution;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * seeds.json's indicator facts, read from the samples through the real normalizer: all 38 rows of the 003 plan table,
 * and every prose figure as a recognized quantity whose period a reader would attribute to it.
 */
class SampleIndicatorAcceptanceTest {

    private static final JsonNode SEEDS = Samples.acceptance();
    private static final Pipeline PIPELINE = new Pipeline(List.of(new SentenceSplitter(), new QuantityRecognizer(), new PeriodRecognizer()));
    private static final Map<String, AnalyzedDocument> ANALYZED = new HashMap<>();

    private static NormalizedDocument normalized(String file) {
        return new DocumentNormalizer().normalize(Samples.text(file), "text/plain", null, null);
    }

    private static synchronized AnalyzedDocument analyzed(String file) {
        return ANALYZED.computeIfAbsent(file, f -> {
            NormalizedDocument document = normalized(f);
            return PIPELINE.run(AnalyzedDocument.of(f, document.title(), document.publishedAt(), document.text()));
        });
    }

    private static PlanTable planTable() {
        JsonNode seed = SEEDS.get("planTable");
        List<PlanTable> tables = new PlanTableReader().read(normalized(seed.get("document").asText()).paragraphs());
        assertEquals(1, tables.size(), "one indicator table in the plan");
        return tables.get(0);
    }

    @Test
    void thePlanTableHasItsTitleYearsAndAll38Rows() {
        PlanTable table = planTable();
        assertEquals(SEEDS.get("planTable").get("title").asText(), table.title());
        assertEquals(2020, table.baselineYear());
        assertEquals(2025, table.targetYear());
        assertEquals(38, table.rows().size());
    }

    @TestFactory
    List<DynamicTest> everyPlanRowComesOutExactly() {
        PlanTable table = planTable();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode seed : SEEDS.get("planTable").get("rows")) {
            int no = seed.get("no").asInt();
            tests.add(DynamicTest.dynamicTest("row " + no + " " + seed.get("indicator").asText(), () -> {
                PlanTableRow row = table.rows().get(no - 1);
                assertEquals(no, row.no());
                assertEquals(seed.get("section").asText(), row.section(), "section");
                assertEquals(seed.get("indicator").asText(), row.indicator(), "indicator");
                assertEquals(seed.get("unit").isNull() ? null : seed.get("unit").asText(), row.unit(), "unit");
                assertCell(seed.get("baseline"), row.baseline(), "baseline");
                assertCell(seed.get("target"), row.target(), "target");
                Double cagr = seed.get("targetCagrPercent").isNull() ? null : seed.get("targetCagrPercent").asDouble();
                assertEquals(cagr, row.targetCagrPercent(), "targetCagrPercent");
                assertEquals(no == 23, row.flags().contains(RowFlag.INCONSISTENT_GROWTH),
                        () -> "flags " + row.flags() + ", implied growth " + row.impliedCagrPercent());
                String text = normalized(SEEDS.get("planTable").get("document").asText()).text();
                assertEquals(String.valueOf(no), text.substring(row.start(), row.start() + String.valueOf(no).length()), "evidence");
            }));
        }
        return tests;
    }

    private static void assertCell(JsonNode seed, PlanValue actual, String what) {
        if (seed == null || seed.isNull()) {
            assertNull(actual, what);
            return;
        }
        assertNotNull(actual, what);
        assertEquals(seed.get("text").asText(), actual.text(), what + " text");
        assertEquals(seed.get("value").isNull() ? null : seed.get("value").asDouble(), actual.value(), what + " value");
        assertEquals(seed.get("qualifier").asText(), actual.qualifier().name(), what + " qualifier");
        assertEquals(seed.get("period").asText(), actual.period(), what + " period");
        assertEquals(seed.has("cumulative") && seed.get("cumulative").asBoolean(), actual.cumulative(), what + " cumulative");
    }

    @TestFactory
    List<DynamicTest> everyProseFigureIsAQuantityWithItsPeriod() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode seed : SEEDS.get("proseIndicators")) {
            String name = seed.get("document").asText().substring(0, 3) + " " + seed.get("indicator").asText() + " "
                    + seed.get("value").asText() + seed.get("unit").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> assertTrue(findsProseFigure(seed), () -> "not found: " + seed)));
        }
        return tests;
    }

    @Test
    void coversAll23ProseFigures() {
        int covered = 0;
        for (JsonNode seed : SEEDS.get("proseIndicators")) {
            covered += findsProseFigure(seed) ? 1 : 0;
        }
        System.out.println("prose figures covered: " + covered + "/" + SEEDS.get("proseIndicators").size());
        assertEquals(23, covered);
    }

    private static boolean findsProseFigure(JsonNode seed) {
        AnalyzedDocument document = analyzed(seed.get("document").asText());
        PeriodAttribution periods = new PeriodAttribution(document.text(), document.sentences(), document.periods());
        boolean inferredAllowed = seed.has("periodInferred") && seed.get("periodInferred").asBoolean();
        for (Quantity quantity : document.quantities()) {
            if (Math.abs(quantity.value() - seed.get("value").asDouble()) < 1e-9
                    && seed.get("unit").asText().equals(quantity.unitText())
                    && seed.get("qualifier").asText().equals(quantity.qualifier().name())) {
                PeriodAttribution.Attributed period = periods.periodAt(quantity.start());
                if (period != null && period.period().label().equals(seed.get("period").asText())
                        && (inferredAllowed || !period.inferred())) {
                    return true;
                }
            }
        }
        return false;
    }
}
