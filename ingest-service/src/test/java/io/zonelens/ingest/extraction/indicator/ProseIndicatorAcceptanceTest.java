package io.zonelens.ingest.extraction.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures a careful reader finds in the samples' prose (seeds.json proseIndicators) come out with subject, kind,
 * measure, period, value, unit and qualifier, through the whole pipeline.
 */
class ProseIndicatorAcceptanceTest {

    /** The bar: 90% of the 23 (all 23 come out today). */
    private static final int REQUIRED = 21;

    @Test
    void proseFiguresComeOutWithSubjectKindMeasurePeriodValueUnitAndQualifier() {
        Map<String, AnalyzedDocument> byDocument = new HashMap<>();
        List<String> missed = new ArrayList<>();
        int matched = 0;
        JsonNode seeds = Samples.acceptance().get("proseIndicators");
        for (JsonNode seed : seeds) {
            AnalyzedDocument document = byDocument.computeIfAbsent(seed.get("document").asText(), ExtractionFixture::analyze);
            Map<String, List<String>> aliases = SubjectAliases.of(document);
            if (document.indicators().stream().anyMatch(o -> matches(o, aliases.getOrDefault(o.subject(), List.of()), seed))) {
                matched++;
            } else {
                missed.add(seed.get("document").asText().substring(0, 3) + " " + seed.get("indicator").asText() + " "
                        + seed.get("value").asText() + seed.get("unit").asText());
            }
        }
        System.out.printf("prose indicators: %d/%d; missed: %s%n", matched, seeds.size(), missed);
        assertTrue(matched >= REQUIRED, matched + "/" + seeds.size() + " prose figures; missed " + missed);
    }

    /** The subject may be named by its canonical name or any way the document writes it (indicator-service matches both). */
    private static boolean matches(Observation o, List<String> subjectAliases, JsonNode seed) {
        List<String> subjects = Arrays.asList(seed.get("subject").asText().split("\\|"));
        return (subjects.contains(o.subject()) || subjectAliases.stream().anyMatch(subjects::contains))
                && o.kind().name().equals(seed.get("kind").asText())
                && o.measure().name().equals(seed.get("measure").asText())
                && o.qualifier().name().equals(seed.get("qualifier").asText())
                && o.value() != null && Math.abs(o.value() - seed.get("value").asDouble()) < 1e-9
                && seed.get("unit").asText().equals(o.unitText())
                && periodMatches(o, seed.get("period").asText());
    }

    /** "2021" is that calendar year; "2021-01/2021-11" runs from the first month to the last. */
    private static boolean periodMatches(Observation o, String period) {
        if (o.periodFrom() == null || o.periodTo() == null) {
            return false;
        }
        if (period.matches("\\d{4}")) {
            int year = Integer.parseInt(period);
            return o.periodTo().getYear() == year && o.periodFrom().getYear() == year;
        }
        String[] range = period.split("/");
        LocalDate from = LocalDate.parse(range[0] + "-01");
        LocalDate to = LocalDate.parse(range[1] + "-01");
        return o.periodFrom().withDayOfMonth(1).equals(from) && o.periodTo().withDayOfMonth(1).equals(to);
    }
}
