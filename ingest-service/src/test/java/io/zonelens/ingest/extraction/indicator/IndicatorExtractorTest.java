package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan's indicator table becomes baseline, target and target-growth observations for the plan's subject. */
class IndicatorExtractorTest {

    /** The table's observations (the plan's prose figures are ProseIndicatorAcceptanceTest's). */
    private static List<Observation> observationsOf(String sample) {
        var document = ExtractionFixture.analyze(sample);
        return document.indicators().stream()
                .filter(o -> o.evidenceStart() >= tableStart(document.text()))
                .filter(o -> document.text().substring(o.evidenceStart(), o.evidenceEnd()).contains("\n"))
                .toList();
    }

    private static int tableStart(String text) {
        return new PlanTableReader().read(text).get(0).start();
    }

    private static Observation find(List<Observation> observations, String indicator, Observation.Kind kind, Observation.Measure measure) {
        return observations.stream()
                .filter(o -> o.indicator().equals(indicator) && o.kind() == kind && o.measure() == measure)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + measure + " of " + indicator));
    }

    @Test
    void everyRowOfThePlanTableGivesBaselineTargetAndStatedGrowthForThePlansSubject() {
        List<Observation> observations = observationsOf("003_1b9ae0e5524c20de.txt");
        assertTrue(observations.stream().allMatch(o -> o.subject().equals("天津港保税区")));

        Observation baseline = find(observations, "地区生产总值", Observation.Kind.ACTUAL, Observation.Measure.LEVEL);
        assertEquals("2020", baseline.periodLabel());
        assertEquals(968.9, baseline.value());
        assertEquals("CNY", baseline.unit());
        assertEquals("亿元", baseline.unitText());
        assertEquals(9.689e10, baseline.normalizedValue(), 1);
        Observation target = find(observations, "地区生产总值", Observation.Kind.TARGET, Observation.Measure.LEVEL);
        assertEquals("2025", target.periodLabel());
        assertEquals(1500.0, target.value());
        Observation growth = find(observations, "地区生产总值", Observation.Kind.TARGET, Observation.Measure.CAGR);
        assertEquals("2021-2025", growth.periodLabel());
        assertEquals(10.0, growth.value());

        long rows = observations.stream().map(Observation::indicator).distinct().count();
        assertEquals(38, rows);
    }

    @Test
    void aMilestonesColumnIsATargetOfItsYearAndTheGrowthIsThePlansToIt() {
        List<Observation> all = ExtractionFixture.extract("诸城市国土空间总体规划（2021—2035年）", "2023-06-01", String.join("\n",
                "三、主要规划指标", "指标名称　单位　2020年　2025年　2035年　年均增长（%）　属性",
                "常住人口城镇化率　%　61.8　65.5　72　1.2　预期性", "用水总量　亿立方米　2.86　≤3.05　≤3.22　—　约束性"));
        Observation milestone = ExtractionFixture.valued(all, 65.5);
        assertEquals(Observation.Kind.TARGET, milestone.kind(), all.toString());
        assertEquals("2025", milestone.periodLabel(), all.toString());
        assertEquals("诸城市", milestone.subject(), all.toString());
        assertEquals(Qualifier.AT_MOST, ExtractionFixture.valued(all, 3.05).qualifier(), all.toString());
        assertEquals("2021-2025", ExtractionFixture.valued(all, 1.2).periodLabel(), "the growth runs to the first milestone: " + all);
        assertEquals(Observation.Kind.ACTUAL, ExtractionFixture.valued(all, 61.8).kind(), all.toString());
    }

    @Test
    void cumulativeQualifiedAndWordTargetsKeepWhatTheTableSays() {
        List<Observation> observations = observationsOf("003_1b9ae0e5524c20de.txt");
        Observation investment = find(observations, "累计固定资产投资总额", Observation.Kind.TARGET, Observation.Measure.LEVEL);
        assertTrue(investment.cumulative());
        assertEquals("2021-2025", investment.periodLabel());
        assertEquals(2200.0, investment.value());

        Observation share = observations.stream().filter(o -> o.indicator().startsWith("工业战略性新兴产业增加值") && o.kind() == Observation.Kind.TARGET)
                .findFirst().orElseThrow();
        assertEquals(Observation.Measure.SHARE, share.measure());
        assertEquals(Qualifier.AT_LEAST, share.qualifier());
        assertEquals(41.0, share.value());

        assertTrue(observations.stream().anyMatch(o -> o.qualifier() == Qualifier.NON_NUMERIC && o.valueText() != null && o.value() == null),
                "a target stated in words is kept in words");
        assertTrue(observations.stream().anyMatch(o -> o.flags().contains("INCONSISTENT_GROWTH")), "row 23 is flagged");
    }

    @Test
    void everyObservationPointsAtItsFigureInsideItsRow() {
        NormalizedDocument normalized = new DocumentNormalizer().normalize(Samples.text("003_1b9ae0e5524c20de.txt"), "text/plain", null, null);
        for (Observation o : observationsOf("003_1b9ae0e5524c20de.txt")) {
            assertTrue(o.evidenceStart() <= o.start() && o.end() <= o.evidenceEnd() && o.start() < o.end(), o.toString());
            if (o.measure() != Observation.Measure.CAGR && o.value() != null) {
                assertTrue(normalized.text().substring(o.start(), o.end()).contains(String.valueOf(o.value().intValue())), o.toString());
            }
        }
    }

    @Test
    void aDocumentsSubjectIsTheZoneOrPlaceItsTitleOpensWith() {
        assertEquals(Optional.of("天津港保税区"), DocumentSubject.from("天津港保税区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"));
        assertEquals(Optional.of("南昌综合保税区"), DocumentSubject.from("南昌综合保税区2023年工作总结"));
        // The party's committee of a place, with the place's government, speaks of that place.
        assertEquals(Optional.of("枣庄市薛城区"), DocumentSubject.from("中共枣庄市薛城区委 枣庄市薛城区人民政府关于表彰2023年度全区高质量发展先进集体的决定"));
        assertEquals(Optional.of("天津港综合保税区"), DocumentSubject.from("“十四五”时期天津港综合保税区经济社会发展主要指标"));
        assertEquals(Optional.of("浙江省"), DocumentSubject.from(null, "浙江省国民经济和社会发展统计公报"));
        assertEquals(Optional.empty(), DocumentSubject.from("关于促进综合保税区高水平开放高质量发展的若干意见"));
        assertEquals(Optional.of("西双版纳傣族自治州"), DocumentSubject.from("西双版纳傣族自治州“十五五”文化和旅游发展规划（节选）"));
        assertEquals(Optional.of("云南省西双版纳傣族自治州"), DocumentSubject.from("云南省西双版纳傣族自治州2025年国民经济和社会发展统计公报"),
                "the prefecture after its province");
        assertTrue(DocumentSubject.from("浙江温州2025年经济运行情况").filter(name -> name.endsWith("州")).isEmpty(), "a city's 州 ends no prefecture's name");
        assertEquals(Optional.of("诸城市"), DocumentSubject.from("关于《诸城市国土空间总体规划（2021—2035年）》的批后公告"),
                "a notice on a paper is about the paper's subject");
    }

    @Test
    void aTitlesSubjectIsTheDeepestPlaceItNamesWithoutThePeriodItOpensWith() {
        assertEquals(Optional.of("厦门自贸片区"), DocumentSubject.from("上半年厦门自贸片区主要经济指标"));
        assertEquals(Optional.of("上海市浦东新区"), DocumentSubject.from("上海市浦东新区2024年政府工作报告"));
        assertEquals(Optional.of("江西省"), DocumentSubject.from("江西省综保区运行情况"), "the province's zones, not a zone called 综保");
        assertEquals(Optional.of("郑州市"), DocumentSubject.from("2023年郑州市国民经济和社会发展统计公报"));
        assertEquals(Optional.empty(), DocumentSubject.from("2025年前三季度全省经济运行稳中有进"), "全省 is the text's scope word, no name");
        assertEquals(Optional.of("广州市南沙区"), DocumentSubject.from("奋力建设国际一流的湾区核心门户 ——在中国共产党广州市南沙区第四次代表大会上的报告（摘要）"),
                "a slogan names no one; the congress spoken to does");
        assertEquals(Optional.of("平潭综合实验区"), DocumentSubject.from("平潭综合实验区管委会与台湾统一企业股份有限公司2026年合作项目集中签约"),
                "a company after a body and 与 opens no title");
        assertEquals(Optional.of("苏州瑞芯智造科技股份有限公司"), DocumentSubject.from("苏州瑞芯智造科技股份有限公司2025年年度业绩预告"));
        assertTrue(DocumentSubject.from("新疆生产建设兵团第八师石河子经济技术开发区2025年外贸进出口增长23%").orElseThrow().endsWith("石河子经济技术开发区"));
    }
}
