package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extractPublishedBy;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aBudgetsFigureIsItsTargetAndTheExecutedOneItsResultUnderTheBudgetsIndicator() {
        List<Observation> all = extract("合肥经济技术开发区2026年预算执行情况和2027年预算草案的报告", "2027-01-15",
                "2026年，全区一般公共预算收入预算数为98.6亿元，执行数为101.3亿元，完成预算的102.7%，同比增长5.8%。"
                        + "2027年，一般公共预算收入预计安排105.4亿元，增长4%。");
        Observation budget = valued(all, 98.6);
        assertEquals("一般公共预算收入", budget.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, budget.kind(), all.toString());
        Observation executed = valued(all, 101.3);
        assertEquals("一般公共预算收入", executed.indicator(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, executed.kind(), all.toString());
        assertEquals("一般公共预算收入预算完成率", valued(all, 102.7).indicator(), all.toString());
        assertEquals("一般公共预算收入", valued(all, 5.8).indicator(), all.toString());
        Observation next = valued(all, 105.4);
        assertEquals("一般公共预算收入", next.indicator(), all.toString());
        assertEquals("2027", next.periodLabel(), all.toString());
    }

    @Test
    void aRatioIsAMultipleTopPlacesAreARankAtMostAndPlacesMovedAreTheRankingsOwn() {
        List<Observation> all = extract("江西省2026年政府工作报告", "2027-01-20",
                "2026年，全省地区生产总值增长5.6%，城乡居民收入倍差缩小到2.31，综合实力在全国的位次前移2位，跻身全国前十。"
                        + "全省营商环境评价位列全国第8位，较上年前移3个位次。"
                        + "南昌经济技术开发区在国家级经开区综合发展水平考核评价中位列全国第23位，首次进入前30名。"
                        + "浙江省有5家经开区进入全国前30名。");
        Observation gap = valued(all, 2.31);
        assertEquals(Observation.Measure.MULTIPLE, gap.measure(), all.toString());
        assertEquals("城乡居民收入倍差", gap.indicator(), all.toString());
        Observation topTen = valued(all, 10.0);
        assertEquals(Observation.Measure.RANK, topTen.measure(), all.toString());
        assertEquals(Qualifier.AT_MOST, topTen.qualifier(), all.toString());
        assertEquals("江西省", topTen.subject(), all.toString());
        assertEquals("综合实力在全国的位次排名", topTen.indicator(), "the ranking whose places moved: " + all);
        Observation moved = valued(all, -3.0);
        assertEquals("江西省", moved.subject(), "全国 after 位列 is the ranking's group, no subject: " + all);
        assertEquals("营商环境评价", moved.indicator(), all.toString());
        List<Observation> top30 = all.stream().filter(o -> o.value() == 30.0).toList();
        assertEquals(1, top30.size(), "the places five zones entered are no rank of the province's: " + all);
        assertEquals("南昌经济技术开发区", top30.get(0).subject(), all.toString());
        assertEquals("国家级经开区综合发展水平考核评价", top30.get(0).indicator(), all.toString());
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



    @Test
    void theNationsFiguresAreChinasWhenTheReportSaysWeOrTheWholeCountry() {
        List<Observation> all = extract(null, "2024-03-05",
                "过去一年，我国国内生产总值超过126万亿元，增长5.2%。2023年，全国港口完成货物吞吐量169.73亿吨，增长8.2%。上海港集装箱吞吐量4915.8万标准箱。");
        assertEquals("中国", valued(all, 5.2).subject());
        assertEquals("中国", valued(all, 169.73).subject());
        assertEquals("上海港", valued(all, 4915.8).subject());
    }

    @Test
    void townshipsCountedInAListOfTheirKindAreItsPartsNotTheSubjectOfTheFiguresAfterThem() {
        List<Observation> all = extract("诸城市国土空间总体规划（2021—2035年）", "2024-01-25",
                "规划范围为诸城市行政辖区，包括密州、龙都、舜王3个街道和昌城、百尺河、辛兴、林家村、皇华、贾悦、石桥子、相州、桃林、枳沟10个镇，国土总面积2183平方公里。"
                        + "2023年，在丁栾、满村、樊相等镇发展蔬菜基地4.6万亩。");
        assertEquals("诸城市", valued(all, 2183.0).subject(), all.toString());
        assertTrue(valued(all, 4.6).indicator().startsWith("丁栾"), "the counted townships stay in the figure's name: " + all);
        // A village the land lies in, or a town bounding a park, is no subject of the figures about them.
        List<Observation> land = extract(null, "2024-03-20", "阿拉善高新区化工园区东至乌斯太镇巴音敖包路，西至贺兰山东麓防洪渠，规划面积38.6平方公里。"
                + "桂平长安工业园区二期拟征收土地位于木乐镇大垌村和西山镇石龙村，2024年征收土地总面积38.6462公顷。");
        assertTrue(!valued(land, 38.6).subject().endsWith("镇") && !valued(land, 38.6462).subject().endsWith("村"), land.toString());
    }

    @Test
    void aLakeOrRiverOpeningASentenceOwnsNoneOfTheCountysFigures() {
        List<Observation> all = extract("宁安市政府工作报告", "2024-01-20",
                "2023年，宁安市地区生产总值增长5.8%。镜泊湖、牡丹江干流水质稳定保持Ⅲ类以上，空气质量优良天数比例达到94.2%。");
        assertEquals("宁安市", valued(all, 94.2).subject(), all.toString());
    }

    @Test
    void theWholeProvinceOrCityIsTheOneTheDocumentIsAboutNotAZoneItNames() {
        List<Observation> province = extract(null, "2024-01-25",
                "湖北省政府工作报告\n2023年，全省地区生产总值增长6%。武汉东湖新技术开发区实现企业总收入1.6万亿元。");
        assertEquals("湖北省", valued(province, 6.0).subject());
        List<Observation> city = extract("青岛市政府工作报告", "2024-02-02",
                "2023年，全市生产总值15760.34亿元，增长5.9%。青岛前湾综合保税区进出口增长8.6%。");
        assertEquals("青岛市", valued(city, 15760.34).subject());
        assertEquals("青岛市", valued(city, 5.9).subject());
        assertEquals("青岛前湾综合保税区", valued(city, 8.6).subject());
    }

    @Test
    void aRankAmongTheNationsIsTheRankedOnes() {
        List<Observation> all = extract(null, "2021-03-01", "2020年，南昌综合保税区进出口额增长12%，在2020年全国发展绩效评估考核中排名第40位。");
        assertEquals("南昌综合保税区", all.stream().filter(o -> o.measure() == Observation.Measure.RANK).findFirst().orElseThrow().subject(), all.toString());
    }

    @Test
    void theWholeAShareIsOfIsNoSubjectOfTheFiguresAfterIt() {
        List<Observation> all = extract(null, "2024-02-06",
                "2023年，成都高新综合保税区实现进出口总额3768.1亿元，占四川省外贸进出口总额的39.4%。保税维修业务货值28.6亿元，增长46.5%。");
        assertEquals("成都高新综合保税区", valued(all, 39.4).subject());
        assertEquals("成都高新综合保税区", valued(all, 28.6).subject());
        List<Observation> area = extract(null, "2024-03-20", "2023年，乌鲁木齐片区新设企业3815家，占乌鲁木齐市的16.2%；实现外贸进出口118.6亿元。");
        Observation share = valued(area, 16.2);
        assertEquals(Observation.Measure.SHARE, share.measure());
        assertEquals("新设企业", share.indicator());
    }

    @Test
    void aMonthInALaterClauseOrOnItsOwnIsThatClausesPeriod() {
        List<Observation> all = extract(null, "2024-07-16", "上半年，山东省地区生产总值46814.2亿元。全省规模以上工业增加值同比增长8.4%，其中6月份增长7.1%。");
        assertEquals("2024-01-01", valued(all, 8.4).periodFrom().toString(), all.toString());
        assertEquals("2024-06-01", valued(all, 7.1).periodFrom().toString(), all.toString());
        List<Observation> month = extract(null, "2023-10-20", "前三季度，郑州新郑综合保税区实现进出口总值3156.2亿元。9月当月，综保区进出口412.8亿元，环比增长15.4%。");
        assertEquals("2023-09-01", valued(month, 412.8).periodFrom().toString(), month.toString());
        assertEquals("2023-09-30", valued(month, 412.8).periodTo().toString(), month.toString());
    }

    @Test
    void aBasisOfComparisonNamesNoIndicatorAndATwoYearAverageIsAYearlyRateOverBoth() {
        List<Observation> revenue = extract(null, "2024-01-24", "2023年，天津市一般公共预算收入1846.6亿元，同口径下降6.4%。");
        assertEquals("一般公共预算收入", valued(revenue, -6.4).indicator(), revenue.toString());
        List<Observation> output = extract(null, "2024-03-20", "2023年，贵州省地区生产总值增长4.9%，两年平均增长5.2%。");
        Observation average = valued(output, 5.2);
        assertEquals("地区生产总值", average.indicator(), output.toString());
        assertEquals(Observation.Measure.CAGR, average.measure());
        assertEquals("2022-01-01", average.periodFrom().toString());
        assertEquals("2023-12-31", average.periodTo().toString());
    }

    @Test
    void aFreeTradeZonesOfficialNameIsNoPartOfTheIndicator() {
        List<Observation> all = extract(null, "2024-03-08", "2023年，中国（浙江）自由贸易试验区宁波片区实现进出口总额5126亿元，同比增长6.3%。");
        assertEquals("进出口总额", valued(all, 5126.0).indicator(), all.toString());
        assertEquals("中国(浙江)自由贸易试验区宁波片区", valued(all, 5126.0).subject(), all.toString());
    }

    @Test
    void theNationOrProvinceAShareIsMeasuredAgainstIsNotItsSubject() {
        List<Observation> all = extract(null, "2024-01-20", "2023年，广东省外贸进出口8.3万亿元，占同期我国外贸总值的23.1%。浙江自贸试验区以全省不到4%的面积贡献了全省17.5%的外贸进出口。");
        assertEquals("广东省", valued(all, 23.1).subject(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 17.5 && o.subject().equals("浙江省")), all.toString());
    }

    @Test
    void aReportSayingTheWholeProvinceThroughoutIsAboutTheProvinceNotAZoneItNamesMost() {
        List<Observation> all = extract(null, "2024-01-25", "湖北省政府工作报告\n过去一年，全省经济回升向好，全省上下共同努力。全省地区生产总值增长6%。"
                + "武汉东湖新技术开发区企业总收入1.6万亿元。东湖高新区新增高新技术企业1000家。\n固定资产投资增长5%。");
        assertEquals("湖北省", valued(all, 5.0).subject(), all.toString());
    }

    @Test
    void aListAsLongAsTheOneBeforeGoesOnWithItsIndicator() {
        List<Observation> all = extract(null, "2024-01-24", "2023年，浙江省一般公共预算收入8600亿元，同口径增长7.0%；城乡居民人均可支配收入分别达到74997元和40311元，分别增长4.9%和7.3%。");
        assertEquals("城镇居民人均可支配收入", valued(all, 74997.0).indicator(), "城乡 is 城镇 and 农村, in that order: " + all);
        assertEquals("农村居民人均可支配收入", valued(all, 40311.0).indicator(), all.toString());
        assertEquals("城镇居民人均可支配收入", valued(all, 4.9).indicator(), all.toString());
        assertEquals("农村居民人均可支配收入", valued(all, 7.3).indicator(), all.toString());
    }

    @Test
    void aPlanNamedToSayWhereTheYearStandsInItIsNotThePeriodOfTheTargetsAfterIt() {
        List<Observation> all = extract("滦平县政府工作报告", "2024-01-10", "二、2024年主要目标\n"
                + "2024年是实现“十四五”规划目标任务的关键一年。综合考虑各方面因素，全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长6%。");
        assertEquals("2024", valued(all, 6.0).periodLabel(), all.toString());
        assertEquals(Observation.Kind.TARGET, valued(all, 6.0).kind(), all.toString());
    }

    @Test
    void theWholeCityIsTheCityWhoseBodyIssuesThePaperNotTheOneItNamesMost() {
        List<Observation> all = extractPublishedBy("南安市工业和信息化局", "2026-06-18",
                "泉州市石材行业协会、泉州市南安生态环境局积极配合。全市现有石材企业3200余家，其中规模以上工业企业186家，泉州市石材产业集群优势明显。");
        assertEquals("南安市", valued(all, 186.0).subject(), all.toString());
    }

    @Test
    void aSecondListRightAfterOneWithRespectivelyGoesOneToOneWithoutItsOwn() {
        List<Observation> all = extract(null, "2026-01-08", "2025年，西昌市城镇、农村居民人均可支配收入分别达到49860元和23150元，增长4.6%和6.7%。");
        assertEquals("城镇居民人均可支配收入", valued(all, 4.6).indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, valued(all, 4.6).measure(), all.toString());
        assertEquals("农村居民人均可支配收入", valued(all, 6.7).indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, valued(all, 6.7).measure(), all.toString());
    }

    @Test
    void aMonthAloneOrAMonthOfThePeriodDoesNotCarryIntoTheNextSentence() {
        List<Observation> all = extract(null, "2024-09-20", "1-8月，苏州工业园区进出口4000亿元。8月当月，园区进出口628.7亿元。园区新增外资项目96个。");
        assertEquals("2024-01-01", valued(all, 96.0).periodFrom().toString(), all.toString());
        List<Observation> june = extract(null, "2024-07-16", "上半年，山东省规模以上工业增加值同比增长8.4%，其中6月份增长7.1%。固定资产投资增长5%。");
        assertEquals("2024-01-01", valued(june, 5.0).periodFrom().toString(), june.toString());
    }

    @Test
    void aNationalReportThatNamesNoPlaceIsAboutChina() {
        List<Observation> all = extract("政府工作报告", "2024-03-05", "过去一年，经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人。"
                + "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。我国货物贸易进出口总值41.76万亿元。");
        assertEquals("中国", valued(all, 5.2).subject(), all.toString());
        assertEquals(Observation.Kind.TARGET, valued(all, 1200.0).kind(), all.toString());
        assertEquals("货物贸易进出口总值", valued(all, 41.76).indicator(), all.toString());
    }

    @Test
    void aReportGivenToAProvincesCongressIsThatProvincesThoughItsTitleNamesNone() {
        List<Observation> all = extract("政府工作报告", "2025-01-14", "政府工作报告\n——2025年1月14日在四川省第十四届人民代表大会第三次会议上\n"
                + "一、2024年工作回顾\n过去一年，全省地区生产总值达到6.47万亿元、增长5.7%。城镇新增就业108.6万人。\n"
                + "二、2025年主要目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。");
        assertEquals("四川省", valued(all, 108.6).subject(), all.toString());
        assertEquals("四川省", valued(all, 5.5).subject(), all.toString());
        List<Observation> national = extract("政府工作报告", "2025-03-05", "政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n"
                + "过去一年，城镇新增就业1256万人。");
        assertEquals("中国", valued(national, 1256.0).subject(), national.toString());
    }

    @Test
    void theYearAChangeStartsFromIsNeitherTheFiguresNorPartOfItsName() {
        List<Observation> all = extract("兰州新区2025年政府工作报告", "2025-01-20",
                "“十四五”以来，地区生产总值由2020年的230亿元增长到410亿元，年均增长12.3%；累计引进项目860个。");
        Observation reached = valued(all, 410.0);
        assertEquals("地区生产总值", reached.indicator(), all.toString());
        assertTrue(reached.periodFrom().getYear() >= 2021, all.toString());
        assertTrue(valued(all, 860.0).periodFrom().getYear() >= 2021, all.toString());
        List<Observation> ratio = extract("2024年长春市政府工作报告", "2024-01-20", "2023年，全市城镇化率由2022年的53.2%提高到54.6%，研发经费投入强度从2020年的2.41%提高到2.73%。");
        assertEquals("城镇化率", valued(ratio, 54.6).indicator(), "a baseline of a percentage: " + ratio);
        assertEquals("研发经费投入强度", valued(ratio, 2.73).indicator(), ratio.toString());
        Observation start = valued(all, 230.0);
        assertEquals("地区生产总值", start.indicator(), "the level a change starts from, in its year: " + all);
        assertEquals("2020", start.periodLabel(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, start.kind(), all.toString());
        assertEquals("2022", valued(ratio, 53.2).periodLabel(), ratio.toString());
    }

    @Test
    void theDayAReportWasGivenOnIsNotTheYearItIsAbout() {
        List<Observation> all = extract("浙江省2025年政府工作报告（摘要）", "2025-01-14", "——2025年1月13日在浙江省第十四届人民代表大会第三次会议上\n"
                + "2024年，全省生产总值达到9.01万亿元，增长5.5%。\n开发区整合提升扎实推进，全省经济开发区、高新区工业增加值增长7.8%。\n"
                + "2025年全省经济社会发展的主要预期目标是：全省生产总值增长5.5%左右。");
        Observation parks = valued(all, 7.8);
        assertEquals(Observation.Kind.ACTUAL, parks.kind(), all.toString());
        assertEquals(2024, parks.periodTo().getYear(), all.toString());
        List<Observation> titled = extract("河南省2025年政府工作报告（摘要）", "2025-01-16", "河南省2025年政府工作报告（摘要）\n"
                + "2024年，全省地区生产总值增长5.1%。\n郑州航空港经济综合实验区地区生产总值突破1400亿元。中国（河南）自由贸易试验区累计形成制度创新成果620项。\n"
                + "2025年全省经济社会发展主要预期目标是：地区生产总值增长5.5%左右。");
        assertEquals(2024, valued(titled, 620).periodTo().getYear(), "the title's year is the one the report is given in: " + titled);
        List<Observation> aims = extract("2025年湖州市政府工作报告", "2025-01-20", "过去一年，全市地区生产总值增长5.8%。\n"
                + "湖州经济技术开发区新引进亿元以上项目46个。今年，开发区将聚焦新能源汽车产业链，力争规上工业产值突破1000亿元。\n"
                + "2025年全市发展的主要预期目标是：地区生产总值增长6%左右。");
        assertEquals(Observation.Kind.ACTUAL, valued(aims, 46).kind(), "years named for aims are not the year reviewed: " + aims);
        assertEquals(2024, valued(aims, 46).periodTo().getYear(), aims.toString());
        assertEquals(Observation.Kind.TARGET, valued(aims, 1000).kind(), aims.toString());
    }

    @Test
    void undatedReviewFiguresTakeTheYearTheirHeadingNamesNotThisYearsSentenceLaterOn() {
        List<Observation> all = extract("2024年福建省政府工作报告", "2024-01-29",
                "一、2023年工作回顾\n全省地区生产总值54355.1亿元，增长4.5%。\n二、2024年工作安排\n今年是新中国成立75周年。");
        Observation output = valued(all, 54355.1);
        assertEquals(Observation.Kind.ACTUAL, output.kind(), all.toString());
        assertEquals(2023, output.periodTo().getYear(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 75.0), all.toString());
    }

    @Test
    void aParagraphNamingNoPeriodGoesOnInTheOneTheParagraphBeforeOpenedWith() {
        List<Observation> all = extract("山东省2024年政府工作报告", "2024-01-22",
                "过去一年，全省生产总值增长6%左右。\n青岛西海岸新区地区生产总值增长7.5%。烟台综合保税区进出口增长12%。\n"
                        + "2024年主要预期目标是：全省生产总值增长5%以上。");
        for (double reviewed : new double[] {7.5, 12.0}) {
            Observation actual = valued(all, reviewed);
            assertEquals(Observation.Kind.ACTUAL, actual.kind(), all.toString());
            assertEquals(2023, actual.periodTo().getYear(), all.toString());
        }
        assertEquals(Observation.Kind.TARGET, valued(all, 5.0).kind(), all.toString());
        // Not a target year, nor a date opening the paragraph before: those figures keep the document's year.
        List<Observation> after = extract("洋浦经济开发区新闻", "2024-10-28",
                "到2025年，洋浦力争实现地区生产总值突破1000亿元。\n洋浦经济开发区今年新增市场主体3512户。\n"
                        + "2024年3月18日，洋浦经济开发区发布报告。\n洋浦经济开发区完成固定资产投资326亿元。");
        assertEquals(2024, valued(after, 326.0).periodTo().getYear(), after.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(after, 326.0).kind(), after.toString());
        assertEquals("地区生产总值", valued(after, 1000.0).indicator(), "洋浦 before 力争 is who aims: " + after);
    }

    @Test
    void aimsQuotesTotalsToDateAndParagraphsAfterHistoryDoNotGoOnInThePeriodBefore() {
        List<Observation> all = extract("2024年滨江市政府工作报告", "2024-01-22",
                "过去一年，全市地区生产总值增长6%。\n新的一年，我们将力争新引进亿元以上项目150个。\n"
                        + "“下一步，我们将新增企业50家。”\n2020年，洋浦保税港区被确定为先行试点区域。\n洋浦累计引进各类企业1.2万家。");
        for (double aimed : new double[] {150.0, 50.0}) {
            assertEquals(Observation.Kind.TARGET, valued(all, aimed).kind(), all.toString());
            assertEquals(2024, valued(all, aimed).periodTo().getYear(), all.toString());
        }
        assertTrue(all.stream().filter(o -> o.value() == 1.2).allMatch(o -> o.periodTo() == null || o.periodTo().getYear() != 2020), all.toString());
    }

    @Test
    void obtainedPutToUseAndPlannedSizesInAReviewStayLastYearsActuals() {
        List<Observation> all = extract("2024年滨江县政府工作报告", "2024-01-20",
                "过去一年，全县地区生产总值增长6%。\n积极向上争取中央预算内投资、地方政府专项债券资金等36.2亿元，创历史新高。\n"
                        + "坚持将新增财力的75%以上用于民生，城镇新增就业6120人。\n新开工计划总投资亿元以上项目218个。\n"
                        + "新增市场主体1.8万户，其中新增企业4200户，总数达到12.6万户。");
        for (double reviewed : new double[] {36.2, 6120.0, 218.0}) {
            assertEquals(Observation.Kind.ACTUAL, valued(all, reviewed).kind(), all.toString());
            assertEquals(2023, valued(all, reviewed).periodTo().getYear(), all.toString());
        }
        assertEquals("市场主体总数", valued(all, 12.6).indicator(), "the total of what was added first, not of its part: " + all);
        List<Observation> obtained = extract("滨江县2023年工作总结", "2024-04-20",
                "2023年，全县地区生产总值增长6%。全年争取上级各类专项资金2.3亿元，为历年最多。全年亩均税收达到42.6万元。");
        assertEquals(2023, valued(obtained, 2.3).periodTo().getYear(), obtained.toString());
        assertEquals(2023, valued(obtained, 42.6).periodTo().getYear(), obtained.toString());
    }

    @Test
    void theNewYearOpeningAClauseIsTheYearPlannedAndNothingElse() {
        List<Observation> looking = extract("江泽经开区交出年度答卷", "2024-01-08",
                "站在新的一年门槛上回望，江泽经济技术开发区2023年实现地区生产总值612亿元。\n以饱满的热情迎接新的一年，园区全年新增规上工业企业38家。");
        assertEquals(2023, valued(looking, 612.0).periodTo().getYear(), looking.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(looking, 38.0).kind(), looking.toString());
        List<Observation> december = extract("金湖高新区：新的一年再出发", "2024-12-20",
                "今年以来，金湖高新技术产业开发区新增企业120家。\n新的一年，园区将新建标准厂房25万平方米。\n实施重点项目30个，年度计划投资65亿元。");
        assertEquals(2025, valued(december, 25.0).periodTo().getYear(), december.toString());
        assertEquals(2025, valued(december, 65.0).periodTo().getYear(), "the plan goes on after 新的一年: " + december);
        List<Observation> history = extract("梧州湾综保区上半年进出口增长", "2024-07-15",
                "今年上半年，梧州湾综合保税区进出口额增长18%。今年以来新增企业20家。\n2017年，梧州湾综合保税区获批设立，当年实现进出口15.6亿元。\n"
                        + "经过几年的发展，综保区集聚各类企业210余家。");
        assertTrue(valued(history, 210.0).periodTo() == null || valued(history, 210.0).periodTo().getYear() != 2017, history.toString());
    }

    @Test
    void whatAnEarlierClauseActsOnIsNoSubjectAndATotalAloneIsOfWhatWasAddedTo() {
        List<Observation> all = extract("2024年苏州市政府工作报告", "2024-01-16",
                "二、2024年工作安排\n推动苏州工业园区、昆山经济技术开发区等开发区创新提升，实际使用外资力争达到75亿美元。\n"
                        + "新增国家高新技术企业2360家，总数达到15700家。");
        assertEquals("苏州市", valued(all, 75.0).subject(), all.toString());
        assertEquals("国家高新技术企业总数", valued(all, 15700.0).indicator(), all.toString());
        List<Observation> acted = extract(null, "2024-04-20", "南京海关推动江宁综合保税区加快发展，今年前3个月实现进出口56亿元。"
                + "设立各类产业基金12只，认缴规模80亿元，总规模达到260亿元。浦东新区国家级高新技术企业新增520家，总量超过4800家。");
        assertEquals("江宁综合保税区", valued(acted, 56.0).subject(), "one zone acted on is still the one doing: " + acted);
        assertEquals("总规模", valued(acted, 260.0).indicator(), acted.toString());
        assertEquals("国家级高新技术企业总量", valued(acted, 4800.0).indicator(), acted.toString());
    }

    @Test
    void grossDomesticProductIsTheNationsAndAPlaceNamedInsideAnEarlierSentenceIsNoSubject() {
        List<Observation> gdp = extract(null, "2024-03-05", "2023年，国内生产总值超过126万亿元，增长5.2%。加快海南自由贸易港建设。");
        assertEquals("中国", valued(gdp, 5.2).subject(), gdp.toString());
        List<Observation> sichuan = extract(null, "2024-01-25", "2023年，四川省地区生产总值增长6%。科伦博泰在香港联交所成功上市。数字经济核心产业增加值达到1026.8亿元。");
        assertEquals("四川省", valued(sichuan, 1026.8).subject(), sichuan.toString());
    }

    @Test
    void aChangesStartingValueIsNoFigureOfThePeriodAndTheValueReachedKeepsTheIndicator() {
        List<Observation> all = extract("2024年四川省政府工作报告", "2024-01-25", "2023年，四川省研发投入强度由1.1%提高到1.9%。");
        assertTrue(all.stream().noneMatch(o -> o.value() == 1.1), all.toString());
        assertEquals("研发投入强度", valued(all, 1.9).indicator(), all.toString());
    }

    @Test
    void aPortKeepsItsNameAndAFirmsFiguresAreTheFirms() {
        List<Observation> port = extract("2024年青岛市政府工作报告", "2024-01-25", "2023年，青岛港货物吞吐量7.0亿吨，增长5%。");
        assertEquals("青岛港", valued(port, 7.0).subject(), port.toString());
        assertEquals("货物吞吐量", valued(port, 7.0).indicator(), port.toString());
        List<Observation> firm = extract(null, "2024-01-25", "2023年，两江新区规上工业产值增长8%。赛力斯集团实现营业收入358.4亿元，增长5%。");
        assertEquals("重庆两江新区", valued(firm, 8.0).subject(), firm.toString());
        assertEquals("营业收入", valued(firm, 358.4).indicator(), firm.toString());
        assertEquals(valued(firm, 358.4).subject(), valued(firm, 5.0).subject(), firm.toString());
        assertTrue(valued(firm, 358.4).subject().startsWith("赛力斯"), firm.toString());
    }

    @Test
    void firmsListedAsExamplesOwnNoFigureAndAPlacesIndustryIsNoFirm() {
        List<Observation> all = extract("2024年青岛市政府工作报告", "2024-01-25",
                "2023年，青岛市中船集团、中集集团、北船重工等企业新接订单增长40%以上。重庆汽车产量55.9万辆。");
        assertEquals("青岛市", valued(all, 40.0).subject(), all.toString());
        assertEquals("重庆市", valued(all, 55.9).subject(), all.toString());
    }

    @Test
    void aTitlesShortNameIsTheZoneTheTextLinksItToAndAHeadlinesYearIsNoSectionsYear() {
        List<Observation> all = extract("成都高新区2023年工作总结", "2024-02-01",
                "成都高新区召开2024年工作会议\n2023年，成都高新区经济运行稳中有进，2023年新增企业2万家。\n电子信息产业规模突破4600亿元，增长8.6%。");
        assertEquals("成都高新技术产业开发区", valued(all, 8.6).subject(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(all, 8.6).kind(), all.toString());
    }

    @Test
    void aHeadlineThatOpensWithNoNameButNamesOneZoneIsAboutThatZoneNotTheCityNamedMost() {
        String body = "年货节在海口空港综合保税区举办。\n海口市商务局、海口市人民政府办公室联合主办，海口市各区参与。有关负责人介绍，力争全年跨境电商交易额突破80亿元。";
        List<Observation> oneZone = extract("全球好物“保税价”！海口空港综合保税区首届进口商品年货节开幕", "2026-01-14", body);
        assertEquals("海口空港综合保税区", valued(oneZone, 80.0).subject(), oneZone.toString());
        List<Observation> twoZones = extract("全球好物“保税价”！海口空港综合保税区与洋浦保税港区联合举办年货节", "2026-01-14",
                body.replace("海口空港综合保税区", "海口空港综合保税区和洋浦保税港区"));
        assertEquals("海口市", valued(twoZones, 80.0).subject(), twoZones.toString());
        // A national release naming one zone in its headline is still about the nation.
        List<Observation> national = extract("海关总署：前11个月全国综合保税区进出口增长6.2%　洋山特殊综合保税区居首", "2025-12-10",
                "海关总署发布数据。前11个月，综合保税区进出口3.2万亿元。洋山特殊综合保税区进出口增长明显。");
        assertEquals("中国", valued(national, 3.2).subject(), national.toString());
    }

    @Test
    void aPlaceWhosePlatformTheWorkIsDoneThroughOwnsNoneOfItsFigures() {
        List<Observation> all = extract("大庆高新区2026年第二批部门联合抽查结果公示", "2026-10-20",
                "大庆高新技术产业开发区于2026年8月4日至9月12日开展了第二批部门联合随机抽查。\n本次抽查通过黑龙江省“双随机、一公开”监管工作平台，从区内登记在册的市场主体中随机抽取检查对象42户，随机匹配执法检查人员36名。");
        assertEquals("大庆高新技术产业开发区", valued(all, 42.0).subject(), all.toString());
    }

    @Test
    void aFirmInvestingOrReportingOwnsItsFigureAndADatesYearIsNoPartOfItsName() {
        List<Observation> all = extract("2024年江苏省政府工作报告", "2024-01-25",
                "2023年，苏州工业园区新增外资项目50个。德国博世集团追加投资3亿美元。2023年辽宁港口集团完成货物吞吐量4.6亿吨，同比增长6.3%。");
        assertEquals("罗伯特·博世有限公司", valued(all, 3.0).subject(), all.toString());
        assertEquals("辽宁港口集团", valued(all, 4.6).subject(), all.toString());
        assertEquals("货物吞吐量", valued(all, 4.6).indicator(), all.toString());
    }

    @Test
    void aReleasesLeadPeriodAndAListsIntroductionLendTheirPeriodsToTheLinesBelow() {
        List<Observation> release = extract(null, "2023-08-20", "1—7月，郑州航空港经济综合实验区外贸运行平稳。\n一、对外贸易。全区实现进出口总值2738.9亿元，同比增长5%。");
        assertEquals("2023-01/2023-07", valued(release, 2738.9).periodLabel(), release.toString());
        List<Observation> plan = extract(null, "2023-03-01", "到2025年，广州经济技术开发区主要指标如下：\n（一）经济实力显著增强，地区生产总值达到5800亿元左右。\n（二）实际使用外资累计达到100亿美元。");
        assertEquals(Observation.Kind.TARGET, valued(plan, 5800.0).kind(), plan.toString());
        assertEquals("实际使用外资", valued(plan, 100.0).indicator(), plan.toString());
    }

    @Test
    void aPartOfTheYearStillAheadSaidInTheFutureIsThisYearsTarget() {
        List<Observation> all = extract(null, "2023-10-20", "三季度，宁波片区外贸进出口450亿元。四季度将冲刺全年目标，确保片区全年外贸进出口突破600亿元。");
        Observation goal = valued(all, 600.0);
        assertEquals(Observation.Kind.TARGET, goal.kind(), all.toString());
        assertEquals(2023, goal.periodTo().getYear(), all.toString());
        assertEquals("外贸进出口", goal.indicator(), all.toString());
    }

    @Test
    void theSourceOrPartnerPlaceIsNoSubjectAndATotalIsOfWhatWasAdded() {
        List<Observation> source = extract(null, "2024-01-20", "据兰州海关统计，2023年兰州新区综合保税区进出口额增长20%。其中，保税加工进出口12.6亿元。");
        assertEquals("兰州新区综合保税区", valued(source, 12.6).subject(), source.toString());
        List<Observation> partner = extract(null, "2024-01-20", "2023年，广西凭祥综合保税区对越南进出口82.3亿元，增长15%。");
        assertEquals("对越南进出口", valued(partner, 82.3).indicator(), partner.toString());
        assertTrue(valued(partner, 82.3).subject().contains("凭祥"), partner.toString());
        List<Observation> total = extract(null, "2024-01-20", "2023年，苏州工业园区新增注册企业1.1万户，累计达到4.5万户。");
        assertEquals("注册企业", valued(total, 4.5).indicator(), total.toString());
    }

    @Test
    void aCountryNamedByOneCharacterIsAPartnerNoSubject() {
        List<Observation> all = extract(null, "2024-01-20", "2023年，满洲里市对俄贸易额达120亿元，增长8.6%。");
        assertTrue(valued(all, 120.0).subject().contains("满洲里"), all.toString());
    }

    @Test
    void aTargetReachedIsAnActualCompletionRateAndMakesNoLaterFigureATarget() {
        List<Observation> all = extract(null, "2024-01-18", "2023年，天津港保税区实际利用外资18.6亿美元，完成全年目标的112%。新增市场主体5000户。");
        Observation rate = valued(all, 112.0);
        assertEquals("实际利用外资目标完成率", rate.indicator(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, rate.kind(), all.toString());
        List<Observation> half = extract(null, "2023-07-20", "上半年，南京经济技术开发区固定资产投资完成年度目标的61.5%，实际使用外资3.2亿美元，增长20%。");
        assertEquals("固定资产投资目标完成率", valued(half, 61.5).indicator(), half.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(half, 3.2).kind(), half.toString());
    }

    @Test
    void anIntroductionWithoutAPeriodPassesOnItsHeadingsAndABracketedDistrictIsTheZones() {
        List<Observation> plan = extract("2024年青岛市政府工作报告", "2024-01-22",
                "一、2023年工作回顾\n2023年，全市生产总值增长5.9%。\n二、2024年工作安排\n重点抓好以下工作：\n（一）实施市级重点项目500个，完成投资2200亿元。");
        assertEquals(Observation.Kind.TARGET, valued(plan, 2200.0).kind(), plan.toString());
        assertEquals(2024, valued(plan, 2200.0).periodTo().getYear(), plan.toString());
        List<Observation> district = extract(null, "2024-04-20", "据统计，一季度，广州开发区（黄埔区）实现地区生产总值1087.2亿元，同比增长4.1%。");
        assertEquals("地区生产总值", valued(district, 1087.2).indicator(), district.toString());
    }

    @Test
    void aBracketedNameIsNoSubjectAndWhatWasDoneToDateIsNoTarget() {
        List<Observation> alias = extract(null, "2024-01-20", "2023年，郑州新郑综合保税区（郑州航空港经济综合实验区）完成进出口总值2318亿元。");
        assertEquals("郑州新郑综合保税区", valued(alias, 2318.0).subject(), alias.toString());
        List<Observation> route = extract(null, "2024-01-20", "2023年，霍尔果斯经济开发区外贸增长。中欧（中亚）班列通行1628列，同比增长18.7%。");
        assertEquals("霍尔果斯经济开发区", valued(route, 1628.0).subject(), route.toString());
        List<Observation> since = extract("辽宁自贸试验区沈阳片区建设方案", "2023-06-01",
                "一、总体要求\n自2017年4月挂牌以来，沈阳片区累计形成制度创新成果312项，新设企业7.2万家。");
        assertEquals(Observation.Kind.ACTUAL, valued(since, 312.0).kind(), since.toString());
        List<Observation> ahead = extract(null, "2023-04-21", "钦州港片区管委会主任黄志良表示，二季度片区将力争外贸进出口突破400亿元。");
        assertEquals(Observation.Kind.TARGET, valued(ahead, 400.0).kind(), ahead.toString());
        assertEquals(2023, valued(ahead, 400.0).periodTo().getYear(), ahead.toString());
    }

    @Test
    void aListOfZonesInBracketsIsNoSubjectAndATargetInItsOwnClauseStaysOne() {
        List<Observation> all = extract("2024年陕西省政府工作报告", "2024-01-20",
                "2023年，全省7个综合保税区（西安综合保税区、西安高新综合保税区、杨凌综合保税区）合计实现进出口2000亿元，增长5%。全省经济稳中有进，全省上下共同努力。");
        assertEquals("陕西省", valued(all, 2000.0).subject(), all.toString());
        assertTrue(!valued(all, 2000.0).indicator().contains("西安"), all.toString());
        assertEquals("综合保税区进出口", valued(all, 2000.0).indicator(), "no count, sum or light verb: " + all);
        List<Observation> plan = extract(null, "2024-01-20", "“十四五”以来，四川省研发投入强度提高到1.9%，低于规划目标值2.5%。");
        assertEquals(Observation.Kind.ACTUAL, valued(plan, 1.9).kind(), plan.toString());
        assertEquals(Observation.Kind.TARGET, valued(plan, 2.5).kind(), plan.toString());
    }

    @Test
    void aProvinceTheDocumentNeverNamesIsTheOneItsZonesLieIn() {
        List<Observation> all = extract(null, "2024-02-01",
                "2023年，我省综合保税区进出口总值800亿元，同比增长6%。南昌综合保税区进出口额400亿元，赣州综合保税区进出口额200亿元。");
        assertEquals("江西省", valued(all, 800.0).subject(), all.toString());
        assertEquals("综合保税区进出口总值", valued(all, 800.0).indicator(), all.toString());
        assertEquals("南昌综合保税区", valued(all, 400.0).subject(), all.toString());
    }

    @Test
    void aListOfIndicatorsBefore分别GivesEachFigureItsOwnWithTheWordsTheyShare() {
        List<Observation> all = extract(null, "2024-02-01", "2023年，南昌市第一产业、第二产业、第三产业增加值分别增长3.5%、5.2%和6.1%。"
                + "城镇、农村居民人均消费支出分别为31578元和19162元。出口、进口分别完成800亿元和400亿元，分别增长12%、下降5%。"
                + "天津港保税区实际利用外资、固定资产投资和税收收入分别增长15.2%、8.6%和5.3%。");
        assertEquals("第二产业增加值", valued(all, 5.2).indicator(), all.toString());
        assertEquals("农村居民人均消费支出", valued(all, 19162.0).indicator(), all.toString());
        assertEquals("出口", valued(all, 12.0).indicator(), all.toString());
        assertEquals("进口", valued(all, -5.0).indicator(), "a later figure says its own direction: " + all);
        assertEquals("固定资产投资", valued(all, 8.6).indicator(), "items of unlike length share nothing: " + all);
        List<Observation> industries = extract(null, "2024-02-01", "2023年，我国高技术制造业、装备制造业增加值分别增长2.7%、6.8%。");
        assertEquals("装备制造业增加值", valued(industries, 6.8).indicator(), "the last item ends where the others' ending does: " + industries);
        assertEquals("高技术制造业增加值", valued(industries, 2.7).indicator(), industries.toString());
        List<Observation> measuredOnce = extract(null, "2025-01-20", "2025年，云南省绿色铝、光伏、新能源电池产业产值分别达到1500亿元、1000亿元和800亿元。"
                + "云南白药集团新项目总投资45亿元，建成后预计年产值可达100亿元。");
        assertEquals("绿色铝产业产值", valued(measuredOnce, 1500.0).indicator(), "what is measured, named once, is each item's: " + measuredOnce);
        assertEquals("光伏产业产值", valued(measuredOnce, 1000.0).indicator(), measuredOnce.toString());
        assertEquals("新能源电池产业产值", valued(measuredOnce, 800.0).indicator(), measuredOnce.toString());
        assertEquals("年产值", valued(measuredOnce, 100.0).indicator(), "建成后预计 and 可 frame the figure: " + measuredOnce);
        List<Observation> measuredEach = extract(null, "2025-01-20", "2024年，南昌市地区生产总值、一般公共预算收入、规上工业增加值分别增长5.2%、3.1%和6.8%。"
                + "江西省固定资产投资、社会消费品零售总额和外贸进出口额分别增长4.1%、5.5%和7.7%。");
        assertEquals(List.of("地区生产总值", "一般公共预算收入", "规上工业增加值", "固定资产投资", "社会消费品零售总额", "外贸进出口额"),
                measuredEach.stream().map(Observation::indicator).toList(), "items measured already keep their own: " + measuredEach);
    }

    @Test
    void aBulletinsDateLineUnderItsTitleSetsNoYearForItsText() {
        List<Observation> bulletin = extract("2024年嘉兴市国民经济和社会发展统计公报", "2025-03-20",
                "嘉兴市统计局\n2025年3月20日\n初步核算，全年全市实现地区生产总值7493亿元，比上年增长5.9%。");
        assertEquals("2024", valued(bulletin, 7493.0).periodLabel(), bulletin.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(bulletin, 5.9).kind(), bulletin.toString());
        List<Observation> inWords = extract("2024年嘉兴市国民经济和社会发展统计公报", "2025-03-20",
                "嘉兴市统计局\n二〇二五年三月二十日\n初步核算，全年全市实现地区生产总值7493亿元，比上年增长5.9%。");
        assertEquals("2024", valued(inWords, 7493.0).periodLabel(), "a date line in Chinese numerals too: " + inWords);
    }

    @Test
    void aBulletinsYearIsTheOneItsTitleNamesAndANationalReportIsAboutChina() {
        List<Observation> bulletin = extract("2023年郑州市国民经济和社会发展统计公报", "2024-03-28",
                "全年全市固定资产投资比上年下降6.8%。年末全市常住人口1300万人。");
        assertEquals(Observation.Kind.ACTUAL, valued(bulletin, -6.8).kind(), bulletin.toString());
        assertEquals(2023, valued(bulletin, -6.8).periodTo().getYear(), bulletin.toString());
        assertEquals("固定资产投资", valued(bulletin, -6.8).indicator(), "no 比 left of 比上年: " + bulletin);
        assertEquals(2023, valued(bulletin, 1300.0).periodTo().getYear(), "年末 is the end of the title's year: " + bulletin);
        List<Observation> national = extract("政府工作报告", "2024-03-05",
                "过去一年，国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人。粮食产量13908亿斤。");
        assertEquals("中国", valued(national, 1244.0).subject(), national.toString());
        List<Observation> release = extract("国家统计局：8月份国民经济持续恢复向好", "2023-09-15",
                "8月份，社会消费品零售总额37933亿元，同比增长4.6%。31个大城市城镇调查失业率为5.3%。");
        assertEquals("中国", valued(release, 37933.0).subject(), "a place named in passing is not what a national release is about: " + release);
        List<Observation> surveyed = extract("国家统计局内蒙古调查总队关于2025年内蒙古粮食产量数据的公告", "2025-12-15",
                "2025年内蒙古自治区粮食产量数据公告如下。全区粮食播种面积10482.6万亩，比上年增加56.3万亩。通辽市粮食播种面积2076.5万亩。东部地区增产较多。");
        assertEquals("内蒙古自治区", valued(surveyed, 10482.6).subject(), "the national bureau's survey team of a place: " + surveyed);
        List<Observation> regional = extract("2026年广西壮族自治区政府工作报告", "2026-01-20",
                "过去一年，全区地区生产总值增长5.1%。南宁市地区生产总值增长6%。今年全区地区生产总值预期增长5%左右。");
        assertEquals("广西壮族自治区", valued(regional, 5.1).subject(), "全区 of an autonomous region: " + regional);
        List<Observation> committee = extract("自治区党委全面深化改革委员会召开第十二次会议", "2026-03-24",
                "3月23日下午，自治区党委书记主持召开会议。会议指出，2025年西藏自治区一批改革成果取得实效，全区经营主体达到55.6万户，同比增长9.8%。");
        assertEquals("西藏自治区", valued(committee, 55.6).subject(), "the bare level is no region's name: " + committee);
        List<Observation> district = extract("区委常委会召开会议", "2026-03-24",
                "会议指出，今年以来兴庆区全区规上工业增加值增长8.2%。兴庆区要抓好项目，全区上下要实干。银川市兴庆区位于宁夏回族自治区。");
        assertEquals("兴庆区", valued(district, 8.2).subject(), "a district's report in an autonomous region says 全区 of the district: " + district);
        List<Observation> parts = extract(null, "2024-01-19", "2023年，全国165个综合保税区实现进出口6.56万亿元。其中，出口3.44万亿元。成都高新综合保税区进出口4826.5亿元。");
        assertEquals("中国", valued(parts, 3.44).subject(), "其中 goes on with the sentence before: " + parts);
        assertEquals("综合保税区进出口", valued(parts, 6.56).indicator(), parts.toString());
    }

    @Test
    void aReleaseTitledWithTheScopeWordAndAPartyCongressReportAreTheirPlaces() {
        List<Observation> release = extract("2025年前三季度全省经济运行稳中有进", "2025-10-22", "2025年前三季度全省经济运行稳中有进\n来源：江西省统计局\n"
                + "前三季度全省地区生产总值26312.5亿元，同比增长5.4%。江西省统计局副局长介绍，全省规模以上工业增加值增长7.1%。");
        assertEquals("江西省", valued(release, 26312.5).subject(), release.toString());
        List<Observation> congress = extract("奋力建设国际一流的湾区核心门户 ——在中国共产党广州市南沙区第四次代表大会上的报告（摘要）", "2026-05-26",
                "过去五年，全区地区生产总值由2020年的1833亿元增长到2025年的2692亿元。");
        assertEquals("广州市南沙区", valued(congress, 2692).subject(), congress.toString());
        List<Observation> prefecture = extract(null, "2026-10-24", "黔西南州召开经济运行调度会。会上，州统计局通报：前三季度全州实现地区生产总值1186.4亿元，"
                + "兴义市增长6.3%，兴义市、兴仁市和义龙新区增速居前。黔西南州要确保全年目标。");
        assertEquals("黔西南布依族苗族自治州", valued(prefecture, 1186.4).subject(), "全州 is the autonomous prefecture's: " + prefecture);
        assertEquals("地区生产总值", valued(prefecture, 1186.4).indicator(), "the scope word is no part of the indicator: " + prefecture);
        List<Observation> paper = extractPublishedBy("黔西南日报", "2026-10-24", "本报讯　州人民政府召开全州经济运行调度会。会上，州政府与黔南州签订协作协议。"
                + "前三季度全州实现地区生产总值1186.4亿元，兴义市增长6.3%。");
        assertEquals("黔西南布依族苗族自治州", valued(paper, 1186.4).subject(), "the paper's prefecture, not one named once: " + paper);
        List<Observation> county = extract(null, "2026-10-24", "全州县召开经济运行调度会。全州县前三季度实现地区生产总值186.4亿元。");
        assertEquals("全州县", valued(county, 186.4).subject(), "the county 全州县 is no scope word: " + county);
    }

    @Test
    void anOutlinesGoalsForTheComingFiveYearsAreThePlansNotTheVisionsItLooksTo() {
        List<Observation> outline = extract("阿克苏市国民经济和社会发展第十五个五年规划纲要", "2026-01-21", "第一节　发展基础\n\n"
                + "“十四五”时期，全市经济实力跃上新台阶。2025年，全市地区生产总值达到565.3亿元。\n\n第二节　主要目标\n\n"
                + "锚定2035年远景目标，综合考虑发展趋势和条件，今后五年经济社会发展要努力实现以下主要目标：\n\n"
                + "——经济发展质量效益明显提升。地区生产总值年均增长6.5%左右，到2030年突破780亿元。\n\n"
                + "——人民生活品质持续改善。城镇新增就业五年累计5万人以上，城镇调查失业率控制在5.5%以内。");
        for (double value : new double[] {6.5, 5}) {
            assertEquals("2026/2030", valued(outline, value).periodLabel(), value + " in " + outline);
        }
    }

    @Test
    void whatIsPromisedForTheYearsAheadIsATargetForThem() {
        List<Observation> interview = extract("让金融活水精准流向园区", "2026-03-10",
                "去年12月，中国农业银行赣州分行与瑞金市人民政府签订了战略合作协议，未来三年内将为瑞金提供意向性融资100亿元。");
        assertEquals("2026/2028", valued(interview, 100).periodLabel(), interview.toString());
        assertEquals(Observation.Kind.TARGET, valued(interview, 100).kind(), interview.toString());
        assertEquals("提供意向性融资", valued(interview, 100).indicator(), "the years ahead are no part of the indicator: " + interview);
        List<Observation> plan = extract("丹阳市眼镜产业高质量发展三年行动方案", "2026-03-10", "丹阳市将在三年内新增二类以上医疗器械注册证20张。");
        assertEquals("2026/2028", valued(plan, 20).periodLabel(), plan.toString());
        assertEquals(Observation.Kind.TARGET, valued(plan, 20).kind(), plan.toString());
        List<Observation> reward = extract("丹阳市眼镜产业高质量发展三年行动方案", "2026-03-10", "丹阳市对新引进企业，入驻后三年内新增产值5亿元以上的给予奖励。");
        assertTrue(reward.stream().noneMatch(o -> "2026/2028".equals(o.periodLabel())), "years counted from an event of their own: " + reward);
    }

    @Test
    void theYearAMultipleIsOfIsNoPeriodTheTextGoesOnIn() {
        List<Observation> all = extract("2025年西永综合保税区十大亮点", "2026-01-07", "2025年，西永综合保税区外贸规模再创新高。\n"
                + "三、全年保税维修货值达到126.8亿元，是2024年的1.6倍。\n五、全年签约项目38个，协议投资额216亿元。");
        assertEquals(2025, valued(all, 1.6).periodTo().getYear(), all.toString());
        assertEquals(2025, valued(all, 38).periodTo().getYear(), all.toString());
        List<Observation> projects = extract(null, "2026-01-07", "2025年，西永综合保税区外贸规模再创新高。"
                + "纬创资通二期、英业达智能制造基地等12个重点项目建成投产，全年完成固定资产投资58.4亿元，增长12.1%。");
        assertEquals("重庆西永综合保税区", valued(projects, 58.4).subject(), "firms' projects given as examples own no figure: " + projects);
        List<Observation> listed = extract(null, "2026-01-07", "扩建项目被列为2026年的十大重点项目，全年计划完成投资36亿元。");
        assertTrue(listed.isEmpty() || valued(listed, 36).periodTo().getYear() == 2026, "a year named with a count is no multiple's: " + listed);
    }

    @Test
    void aShareNamedByItsWholeIsTheShareOfTheIndicatorJustNamed() {
        List<Observation> all = extract("九江市2025年国民经济和社会发展统计公报", "2026-03-07", "高技术制造业增加值增长12.4%，占规模以上工业增加值的比重为21.7%。"
                + "全年居民消费价格比上年上涨0.3%。");
        assertEquals("高技术制造业增加值占规模以上工业增加值比重", valued(all, 21.7).indicator(), all.toString());
        assertEquals(Observation.Measure.SHARE, valued(all, 21.7).measure(), all.toString());
        assertEquals("居民消费价格", valued(all, 0.3).indicator(), all.toString());
        List<Observation> ratios = extract("九江市2025年国民经济和社会发展统计公报", "2026-03-07", "年末规模以上工业企业资产负债比为61.3%。年度内新增市场主体3.2万户。");
        assertEquals("规模以上工业企业资产负债比", valued(ratios, 61.3).indicator(), "a ratio's own 比 stays: " + ratios);
        assertTrue(valued(ratios, 3.2).indicator().endsWith("新增市场主体") && !valued(ratios, 3.2).indicator().startsWith("内"), ratios.toString());
    }

    @Test
    void aBudgetReportsShareOfItsBudgetIsACompletionRateAndTheGrowthAfterItIsTheRevenues() {
        List<Observation> all = ExtractionFixture.extract("关于合肥市2025年预算执行情况的报告", "2026-01-20",
                "受合肥市人民政府委托，现将预算执行情况报告如下。2025年，全市一般公共预算收入完成786.4亿元，为预算的101.3%，增长5.2%。一般公共预算支出1205.6亿元，完成调整预算的97.6%，下降3.1%。"
                        + "全年实际利用外资18.6亿美元，完成全年目标的112%，增长8%。");
        Observation rate = ExtractionFixture.valued(all, 101.3);
        assertEquals("一般公共预算收入预算完成率", rate.indicator(), all.toString());
        assertEquals(Observation.Measure.SHARE, rate.measure(), all.toString());
        assertEquals("一般公共预算收入", ExtractionFixture.valued(all, 5.2).indicator(), all.toString());
        assertEquals("一般公共预算支出预算完成率", ExtractionFixture.valued(all, 97.6).indicator(), all.toString());
        assertEquals("一般公共预算支出", ExtractionFixture.valued(all, -3.1).indicator(), all.toString());
        assertEquals("实际利用外资目标完成率", ExtractionFixture.valued(all, 112).indicator(), all.toString());
        assertEquals("实际利用外资", ExtractionFixture.valued(all, 8).indicator(), all.toString());
    }

    @Test
    void everyItemOfANumberedListOfGoalsIsATargetOfTheYearItsHeadingNames() {
        List<Observation> all = extract("海南省2026年政府工作报告", "2026-01-29", String.join("\n",
                "一、2025年工作回顾",
                "全省地方一般公共预算收入增长3.4%，城镇新增就业14.3万人。",
                "二、2026年主要预期目标",
                "综合考虑各方面因素，建议全省经济社会发展主要预期目标是：",
                "1.地区生产总值增长5.5%左右；",
                "2.地方一般公共预算收入增长5%；",
                "3.城镇新增就业12万人以上，城镇调查失业率控制在5.5%以内；",
                "4.居民消费价格涨幅3%左右。"));
        for (double goal : new double[] {5.0, 12.0, 3.0}) {
            Observation target = all.stream().filter(o -> o.value() == goal && o.kind() == Observation.Kind.TARGET).findFirst()
                    .orElseThrow(() -> new AssertionError("no target " + goal + " in " + all));
            assertEquals(2026, target.periodTo().getYear());
        }
        assertEquals(2025, valued(all, 14.3).periodTo().getYear());
    }

    @Test
    void theYearsInTheTitleOfOneListedAgreementDoNotDateTheNext() {
        List<Observation> all = extract(null, "2026-07-16", String.join("\n",
                "2026年7月15日，广东—黑龙江对口合作座谈会在哈尔滨举行。会上签署以下合作协议：",
                "1.《广东省人民政府 黑龙江省人民政府对口合作2026—2028年实施方案》；",
                "2.《佛双产业园共建协议》，佛山华拓机械装备有限公司投资18亿元建设智能装备产业园。"));
        assertEquals("2026", valued(all, 18).periodLabel(), all::toString);
    }

    @Test
    void aLevelReachedOverAPlansYearsIsTheLevelAtTheirEndAndATotalOverThemIsTheirs() {
        List<Observation> all = extract("南京江北新区2026年工作报告", "2026-02-10",
                "“十四五”时期，新区地区生产总值由2020年的2300亿元增长到3360亿元，年均增长7.9%，研发投入占地区生产总值比重达到4.3%，五年累计实际使用外资85亿美元。");
        assertEquals("2025", valued(all, 3360).periodLabel(), all::toString);
        assertEquals("2025", valued(all, 4.3).periodLabel(), all::toString);
        assertEquals("2021/2025", valued(all, 7.9).periodLabel(), all::toString);
        assertEquals("2021/2025", valued(all, 85).periodLabel(), all::toString);
    }

    @Test
    void aNewEnumeratedPointCarriesNoZoneOverAndTheNationsCountedZonesAreTheNations() {
        List<Observation> all = extract("2026年四川省政府工作报告", "2026-01-27",
                "2025年，全省经济稳中有进。三是改革开放纵深推进。天府新区地区生产总值达到5750亿元，增长7.2%。四是民生保障持续加强。城镇新增就业103万人。");
        assertEquals("四川省", valued(all, 103).subject(), all::toString);
        List<Observation> national = extract("2026年国务院政府工作报告", "2026-03-05",
                "2025年，海南自由贸易港封关运作顺利启动。232家国家级经济技术开发区实现地区生产总值16万亿元左右。");
        assertEquals("中国", valued(national, 16).subject(), national::toString);
    }

    @Test
    void aSubheadingNamingNoYearPassesOnTheYearOfTheHeadingAboveIt() {
        List<Observation> all = extract("喀什经济开发区管委会2025年工作总结和2026年工作计划", "2026-01-15", String.join("\n",
                "一、2025年工作总结",
                "（一）经济运行稳中有进",
                "全年新签约项目68个，协议投资额326.5亿元。",
                "二、2026年工作计划",
                "（一）全力推进项目建设",
                "实施重点项目86个，年度计划投资150亿元。"));
        assertEquals("2025", valued(all, 68).periodLabel(), all::toString);
        Observation projects = valued(all, 86);
        assertEquals("2026", projects.periodLabel(), all::toString);
        assertEquals(Observation.Kind.TARGET, projects.kind(), all::toString);
    }

    @Test
    void aYearSaidToOpenAPlanIsNotTheYearTalkedAboutNorDoesAShareOfATotalOverYearsMoveToTheirEnd() {
        List<Observation> all = extract("南京江北新区2025年工作总结", "2025-12-20", String.join("\n",
                "“十五五”开局之年，新区将力争地区生产总值增长6%以上。",
                "全年，南京江北新区预计实现地区生产总值3480亿元。",
                "2021—2025年，新区外贸进出口总额达到3.9万亿元，占全市外贸比重80%。"));
        assertEquals("2026", valued(all, 6).periodLabel(), all::toString);
        assertEquals("2025", valued(all, 3480).periodLabel(), all::toString);
        assertEquals("2021/2025", valued(all, 80).periodLabel(), all::toString);
    }

    @Test
    void aParagraphsLeadInSpeaksForItsPointsAndZonesCountedInASetAreNotTheNations() {
        List<Observation> all = extract("2026年南宁市政府工作报告", "2026-01-20",
                "2025年，南宁综合保税区发展提速。一是平台扩容。二是项目落地。三是外贸增长，全年实现进出口额360亿元。");
        assertEquals("南宁综合保税区", valued(all, 360).subject(), all::toString);
        List<Observation> set = extract("2026年国务院政府工作报告", "2026-03-05",
                "2025年，232家国家级经开区中，苏州工业园区实现地区生产总值4000亿元。");
        assertEquals("苏州工业园区", valued(set, 4000).subject(), set::toString);
    }

    @Test
    void aRateAfterAWordOfHowLittleIsStillAGrowthAndAPartTakenOrAnIntensityIsAShare() {
        List<Observation> all = extract("2025年桂平市国民经济和社会发展统计公报", "2026-03-20",
                "2025年，桂平市住宿餐饮业零售额增长仅1.3%，工业用电量下降仅0.5%，园区产值增速只有4%左右。"
                        + "全市规上光伏企业亏损面达到41.7%，全社会研发经费投入强度达到1.62%，企业法务人员中具有法律职业资格的仅占46.3%。"
                        + "家禽出栏2631.54万羽。");
        assertEquals(Observation.Measure.GROWTH, valued(all, 1.3).measure(), all.toString());
        assertEquals(-0.5, valued(all, -0.5).value(), "a fall, however small: " + all);
        assertEquals(Observation.Measure.GROWTH, valued(all, 4.0).measure(), "只有 is no part of the name: " + all);
        assertEquals("产值", valued(all, 4.0).indicator(), all.toString());
        for (double share : List.of(41.7, 1.62, 46.3)) {
            assertEquals(Observation.Measure.SHARE, valued(all, share).measure(), share + " in " + all);
        }
        assertEquals("企业法务人员中具有法律职业资格", valued(all, 46.3).indicator(), all.toString());
        assertEquals("羽", valued(all, 2631.54).unitText().substring(1), "poultry is counted by the bird (羽): " + all);
    }

    @Test
    void aDeadlineStillAheadIsATargetAndItsBeforeIsNoPartOfTheName() {
        List<Observation> all = extract("沧州临港经开区召开化工园区安全发展推进会", "2026-10-15",
                "沧州临港经济技术开发区年底前实现园区企业间原料管道互供15条以上，今年年底前新增屋顶光伏装机容量4.6万千瓦。");
        Observation pipes = valued(all, 15.0);
        assertEquals("企业间原料管道互供", pipes.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, pipes.kind(), all.toString());
        assertEquals("新增屋顶光伏装机容量", valued(all, 4.6).indicator(), all.toString());
    }

    @Test
    void theOtherOfOtherIncomeIsPartOfTheName() {
        List<Observation> all = extract("庆阳市卫生健康委员会2025年度部门整体支出绩效自评报告", "2026-03-20",
                "2025年，庆阳市卫生健康委员会财政拨款收入8625.4万元，其他收入86.5万元，其它支出12.3万元。");
        assertEquals("其他收入", valued(all, 86.5).indicator(), all.toString());
        assertEquals("其它支出", valued(all, 12.3).indicator(), all.toString());
        List<Observation> requests = extract("石嘴山市2023年政府信息公开工作年度报告", "2024-01-20",
                "2023年，石嘴山市本年新收政府信息公开申请数量：自然人6件，商业企业1件，其他2件，总计9件。");
        assertTrue(requests.stream().noneMatch(o -> o.indicator().equals("其他") || o.indicator().equals("他")), "the rest names nothing alone: " + requests);
    }
}
