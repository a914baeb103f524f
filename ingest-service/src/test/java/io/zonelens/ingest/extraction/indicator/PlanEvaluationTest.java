package io.zonelens.ingest.extraction.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plan's mid-term evaluation sets each figure reached against the plan's target for it. */
class PlanEvaluationTest {

    private static final String EVALUATION = "《纲要》提出地区生产总值年均增长8%左右，到2025年达到4500亿元。"
            + "2022年新区地区生产总值达到3486亿元，年均增长6.9%，低于规划目标1.1个百分点，2023年上半年完成1812亿元，增长6.3%。"
            + "一般公共预算收入2022年完成265.4亿元，完成2025年目标（330亿元）的80.4%。\n"
            + "2022年全社会研发经费投入强度达到3.92%，提前实现“2025年达到3.8%”的规划目标；高新技术企业数量达到2106家，完成目标（2500家）的84.2%。"
            + "每万人口高价值发明专利拥有量42.6件，已超过规划目标（40件）。";

    private final List<Observation> all = extract("南京江北新区“十四五”规划纲要实施中期评估报告", "2023-11-28", EVALUATION);

    @Test
    void aTargetInBracketsOrQuotedIsTheTargetOfTheIndicatorBeforeIt() {
        Observation target = valued(all, 2500);
        assertEquals("高新技术企业数量", target.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, target.kind(), all.toString());
        assertEquals("2025", target.periodLabel(), all.toString());
        assertEquals("一般公共预算收入", valued(all, 330).indicator(), all.toString());
        assertEquals("全社会研发经费投入强度", valued(all, 3.8).indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, valued(all, 40).kind(), all.toString());
    }

    @Test
    void theShareOfTheTargetReachedIsACompletionRateAsOfTheFigureReached() {
        Observation reached = valued(all, 80.4);
        assertEquals("一般公共预算收入目标完成率", reached.indicator(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, reached.kind(), all.toString());
        assertEquals("2022", reached.periodLabel(), all.toString());
        assertEquals("高新技术企业数量目标完成率", valued(all, 84.2).indicator(), all.toString());
    }

    @Test
    void whatWasReachedStaysAnActualOfItsOwnYearWhateverTargetTheSentenceQuotesOrFallsShortOf() {
        Observation firms = valued(all, 2106);
        assertEquals(Observation.Kind.ACTUAL, firms.kind(), all.toString());
        assertEquals("2022", firms.periodLabel(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(all, 42.6).kind(), all.toString());
        Observation halfYear = valued(all, 1812);
        assertEquals("地区生产总值", halfYear.indicator(), "the rate set against its target lends no name: " + all);
        assertEquals(Observation.Kind.ACTUAL, halfYear.kind(), all.toString());
        assertEquals("地区生产总值增速低于规划目标", valued(all, 1.1).indicator(), all.toString());
    }
}
