package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A government work report: last year's results are actuals, this year's expected goals are targets. */
class WorkReportTest {

    private static final String REPORT = String.join("\n",
            "一、2023年工作回顾",
            "过去一年，全省地区生产总值增长6.0%，城镇新增就业112万人。",
            "二、2024年经济社会发展总体要求和主要预期目标",
            "今年发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业100万人以上；居民消费价格涨幅3%左右。");

    private static List<Observation> observations() {
        return ExtractionFixture.PIPELINE.run(AnalyzedDocument.of("report", "2024年浙江省政府工作报告",
                OffsetDateTime.parse("2024-01-23T09:00:00+08:00"), REPORT)).indicators();
    }

    private static Observation find(List<Observation> all, String indicator, Observation.Kind kind, Observation.Measure measure) {
        return all.stream().filter(o -> o.indicator().startsWith(indicator) && o.kind() == kind && o.measure() == measure)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + measure + " " + indicator + " in " + all));
    }

    @Test
    void theReviewGivesLastYearsActualsAndThePlanThisYearsTargets() {
        List<Observation> all = observations();
        Observation growth = find(all, "地区生产总值", Observation.Kind.ACTUAL, Observation.Measure.GROWTH);
        assertEquals(6.0, growth.value());
        assertEquals(2023, growth.periodTo().getYear());
        assertEquals("浙江省", growth.subject());

        Observation goal = find(all, "地区生产总值", Observation.Kind.TARGET, Observation.Measure.GROWTH);
        assertEquals(5.5, goal.value());
        assertEquals(Qualifier.APPROX, goal.qualifier());
        assertEquals(2024, goal.periodTo().getYear());

        Observation jobs = find(all, "城镇新增就业", Observation.Kind.TARGET, Observation.Measure.LEVEL);
        assertEquals(100.0, jobs.value());
        assertEquals(Qualifier.AT_LEAST, jobs.qualifier());
        assertEquals("万人", jobs.unitText());

        Observation prices = find(all, "居民消费价格", Observation.Kind.TARGET, Observation.Measure.GROWTH);
        assertEquals(3.0, prices.value());
        assertEquals(1, all.stream().filter(o -> o.kind() == Observation.Kind.ACTUAL && o.indicator().startsWith("城镇新增就业")).count());
    }

    @Test
    void targetsSetAfterAReviewSentenceAreTargetsAndAnEstimateOfLastYearIsAnActual() {
        List<Observation> all = ExtractionFixture.PIPELINE.run(AnalyzedDocument.of("report", "2024年湖北省政府工作报告",
                OffsetDateTime.parse("2024-01-24T09:00:00+08:00"),
                "过去一年，全省地区生产总值增长6.3%。今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长5%。"
                        + "预计2023年，天津市地区生产总值增长4.5%左右。")).indicators();
        assertEquals(Observation.Kind.TARGET, all.stream().filter(o -> o.value() == 5.5).findFirst().orElseThrow().kind(), all.toString());
        assertEquals(Observation.Kind.TARGET, all.stream().filter(o -> o.value() == 5.0).findFirst().orElseThrow().kind(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, all.stream().filter(o -> o.value() == 4.5).findFirst().orElseThrow().kind(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, all.stream().filter(o -> o.value() == 6.3).findFirst().orElseThrow().kind(), all.toString());
    }
}
