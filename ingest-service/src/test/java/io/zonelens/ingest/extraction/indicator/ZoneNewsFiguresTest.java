package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zone news reports figures for the year so far: 今年前三季度 is January to September, 前10个月 January to October. */
class ZoneNewsFiguresTest {

    private static List<Observation> observations(String text) {
        return ExtractionFixture.PIPELINE.run(AnalyzedDocument.of("news", null,
                OffsetDateTime.parse("2024-11-20T09:00:00+08:00"), text)).indicators();
    }

    @Test
    void theYearSoFarIsFromJanuaryToTheMonthItNames() {
        List<Observation> all = observations("今年前三季度，苏州工业园区实现进出口额450亿元，同比增长8.2%。前10个月，苏州工业园区实际使用外资12亿美元。");
        Observation trade = all.stream().filter(o -> o.measure() == Observation.Measure.LEVEL && o.unit().equals("CNY")).findFirst().orElseThrow();
        assertEquals("进出口额", trade.indicator(), "实现 is the verb, not the indicator: " + all);
        assertEquals("2024-01/2024-09", trade.periodLabel(), all.toString());
        Observation investment = all.stream().filter(o -> o.unit().equals("USD")).findFirst().orElseThrow();
        assertEquals("2024-01/2024-10", investment.periodLabel(), all.toString());
    }

    @Test
    void aFallIsANegativeRate() {
        List<Observation> all = observations("一季度，浦东新区实际使用外资24.3亿美元，同比下降8.1%。1-9月，昆山开发区进出口总额同比下降4.2%，其中进口降幅为6.1%。");
        assertEquals(-8.1, growthOf(all, "实际使用外资"), all.toString());
        assertEquals(-4.2, growthOf(all, "进出口总额"), all.toString());
        assertEquals(-6.1, growthOf(all, "进口"), all.toString());
    }

    @Test
    void thePeriodAFigureIsComparedWithIsNotItsOwn() {
        List<Observation> all = observations("1-9月，昆山开发区实现营业收入4200亿元，同比增长3.1%，比上年同期提高1.2个百分点；规上工业产值占营业收入比重为68.4%。"
                + "2023年，昆山开发区实现地区生产总值1312.6亿元，比上年增长5.5%。");
        Observation share = all.stream().filter(o -> o.value() == 68.4).findFirst().orElseThrow();
        assertEquals("2024-01/2024-09", share.periodLabel(), all.toString());
        assertEquals(5.5, all.stream().filter(o -> o.measure() == Observation.Measure.GROWTH && o.periodLabel().equals("2023"))
                .findFirst().orElseThrow(() -> new AssertionError("比上年增长 missed: " + all)).value());
    }

    @Test
    void aClauseWithOnlyAVerbContinuesTheIndicatorAndTheFrameOfAChangeNamesNone() {
        List<Observation> all = observations("去年，该区进出口总额为318.6亿元；今年1-10月已完成296.4亿元。过去五年，杭州高新区营业收入由5400亿元增加到1.2万亿元。");
        Observation ytd = ExtractionFixture.valued(all, 296.4);
        assertEquals("进出口总额", ytd.indicator(), all.toString());
        assertEquals("2024-01/2024-10", ytd.periodLabel(), all.toString());
        assertEquals("营业收入", all.stream().filter(o -> o.value() == 1.2).findFirst().orElseThrow().indicator(), all.toString());
    }

    @Test
    void aStockCountedAtAMonthsEndIsCumulativeAndAShareOfAWholeIsAShare() {
        List<Observation> all = observations("截至10月底，苏州工业园区累计实际使用外资超过400亿美元，占全省实际使用外资的12.9%。9月份，张家港保税区进出口同比增长12.3%，环比增长5.6%。");
        Observation stock = ExtractionFixture.valued(all, 400.0);
        assertEquals("2024-10", stock.periodLabel(), all.toString());
        assertEquals(true, stock.cumulative(), all.toString());
        assertEquals(Observation.Measure.SHARE, all.stream().filter(o -> o.value() == 12.9).findFirst().orElseThrow().measure(), all.toString());
        Observation monthOnMonth = all.stream().filter(o -> o.value() == 5.6).findFirst().orElseThrow();
        assertEquals("进出口", monthOnMonth.indicator(), all.toString());
        assertTrue(monthOnMonth.flags().contains("ON_PREVIOUS_PERIOD"), all.toString());
    }

    @Test
    void figuresListedAfter分别GoOneToOneWithTheSubjectsOrIndicatorsListedBefore() {
        List<Observation> zones = observations("1-10月，漕河泾开发区和紫竹高新区分别实现营业收入3216亿元和1187亿元，同比分别增长5.4%和9.3%。");
        assertEquals(List.of("3216.0 营业收入 LEVEL", "1187.0 营业收入 LEVEL", "5.4 营业收入 GROWTH", "9.3 营业收入 GROWTH"),
                zones.stream().map(o -> o.value() + " " + o.indicator() + " " + o.measure()).toList(), zones.toString());
        assertEquals(zones.get(0).subject(), zones.get(2).subject(), zones.toString());
        assertEquals(zones.get(1).subject(), zones.get(3).subject(), zones.toString());
        assertTrue(!zones.get(0).subject().equals(zones.get(1).subject()), zones.toString());
        List<Observation> indicators = observations("全年，苏州工业园区工业营业收入2345亿元、利润总额156亿元，分别增长6.3%、8.9%。");
        assertEquals(6.3, growthOf(indicators, "工业营业收入"), indicators.toString());
        assertEquals(8.9, growthOf(indicators, "利润总额"), indicators.toString());
    }

    @Test
    void aCurrencyNamedAfterItsUnitStandsAlone() {
        List<Observation> all = observations("今年以来，苏州工业园区新增企业4236家，新增注册资本合计约186亿元人民币。");
        assertEquals("新增注册资本", all.stream().filter(o -> o.value() == 186.0).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).indicator(), all.toString());
    }

    @Test
    void anAmountGainedOrLostAgainstAComparisonIsAChangeAndATotalIsNoLevelOfWhatWasAdded() {
        List<Observation> all = observations("截至9月末，苏州工业园区高新技术企业总数达到6200余家，较去年末增加约800家。1-9月，苏州工业园区进出口额115.6亿元，比去年同期减少8.2亿元。"
                + "今年以来，苏州工业园区新增总部类企业68家，累计达到580家。");
        Observation gained = ExtractionFixture.valued(all, 800.0);
        assertEquals(Observation.Measure.CHANGE, gained.measure(), all.toString());
        assertEquals("高新技术企业总数", gained.indicator(), all.toString());
        Observation lost = all.stream().filter(o -> o.value() == -8.2).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(Observation.Measure.CHANGE, lost.measure(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 580.0 && o.indicator().equals("新增总部类企业")), all.toString());
    }

    @Test
    void aPercentageAfterAGrowthInTheSameSentenceIsAGrowthToo() {
        List<Observation> all = observations("2024年，苏州工业园区要确保地区生产总值增长5%以上，力争达到5.5%。");
        assertEquals(Observation.Measure.GROWTH, all.stream().filter(o -> o.value() == 5.5).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).measure(), all.toString());
    }

    @Test
    void aYearlyRateToAPlansLastYearRunsOverThePlanAndTenthsAreShares() {
        List<Observation> all = observations("“十四五”期间，苏州工业园区将加快发展，到2025年，地区生产总值年均增长8%左右。今年前三季度，苏州工业园区外贸进出口额同比增长两成。");
        Observation rate = all.stream().filter(o -> o.measure() == Observation.Measure.CAGR).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("2021/2025", rate.periodLabel(), all.toString());
        assertEquals(Observation.Kind.TARGET, rate.kind(), "a yearly rate to a target year not past is aimed at: " + all);
        List<Observation> review = ExtractionFixture.extract(null, "2025-10-20", "“十四五”期间，苏州工业园区地区生产总值年均增长6.1%。近三年，苏州工业园区进出口额年均增长9.2%。");
        assertEquals(List.of(Observation.Kind.ACTUAL, Observation.Kind.ACTUAL), review.stream().map(Observation::kind).toList(), "rates of years under review: " + review);
        assertEquals(20.0, growthOf(all, "外贸进出口额"), all.toString());
        List<Observation> added = observations("截至10月底，青岛前湾综合保税区新设立企业同比增加35%。");
        assertEquals(35.0, growthOf(added, "新设立企业"), "增加 with a percentage is a growth rate: " + added);
    }

    @Test
    void aYearToDateTotalWithItsOwnPeriodAnExactFigureAfterABoundAndAShareOfTheWholeContinueTheIndicator() {
        List<Observation> all = observations("10月份，苏州工业园区实现社会消费品零售总额82.6亿元，1-10月累计实现781.3亿元。苏州工业园区规上工业总产值突破4000亿元，达到4128亿元。"
                + "苏州工业园区实际利用外资18.3亿美元，占全市四成以上。");
        Observation ytd = ExtractionFixture.valued(all, 781.3);
        assertEquals("社会消费品零售总额", ytd.indicator(), all.toString());
        assertEquals("2024-01/2024-10", ytd.periodLabel(), all.toString());
        assertEquals("规上工业总产值", ExtractionFixture.valued(all, 4128.0).indicator());
        Observation share = ExtractionFixture.valued(all, 40.0);
        assertEquals("实际利用外资", share.indicator(), all.toString());
        assertEquals(Observation.Measure.SHARE, share.measure(), all.toString());
    }

    @Test
    void anIndicatorNamedBefore分别IsEveryListedFiguresAndAZoneWordIsKeptInAName() {
        List<Observation> all = observations("2024年，成都市地区生产总值增长5.2%，增速比上年提高0.4个百分点；城乡居民人均可支配收入分别增长4.5%和6.3%。上海自贸试验区保税区域累计注册企业3.2万家。");
        assertEquals(List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"), all.stream().filter(o -> o.value() == 4.5 || o.value() == 6.3)
                .map(Observation::indicator).distinct().toList(), all.toString());
        assertTrue(all.stream().anyMatch(o -> o.indicator().startsWith("保税区域")), all.toString());
        List<Observation> back = observations("2023年，苏州工业园区加快发展，开发区实现营业收入9000亿元，片区新增内外资企业836户。");
        assertEquals(List.of("营业收入", "新增内外资企业"), back.stream().map(Observation::indicator).toList(), "a zone word refers back to the subject: " + back);
    }

    private static double growthOf(List<Observation> all, String indicator) {
        return all.stream().filter(o -> o.indicator().equals(indicator) && o.measure() == Observation.Measure.GROWTH).findFirst()
                .orElseThrow(() -> new AssertionError("no growth of " + indicator + " in " + all)).value();
    }

    @Test
    void anIndicatorMayStandBetweenTheZonesListedAndTheir分别() {
        List<Observation> all = observations("2023年，苏州工业园综合保税区、昆山综合保税区、南京综合保税区进出口值分别为3057.8亿元、1823.6亿元和1136.2亿元。"
                + "苏州工业园综合保税区和昆山综合保税区进出口增速分别为86.2%和52.7%。");
        assertEquals(List.of("苏州工业园综合保税区", "昆山综合保税区", "南京综合保税区", "苏州工业园综合保税区", "昆山综合保税区"),
                all.stream().map(Observation::subject).toList(), all.toString());
        assertEquals(Observation.Measure.GROWTH, all.get(3).measure(), all.toString());
    }

    @Test
    void zonesRankedByAnIndicatorBeforeTheir分别GetTheFiguresInTurn() {
        List<Observation> all = observations("前10个月，苏州工业园综合保税区、深圳前海综合保税区、重庆西永综合保税区进出口额位居前三，分别为3256亿元、2180亿元和1940亿元。");
        assertEquals(List.of("苏州工业园综合保税区 进出口额 3256.0", "深圳前海综合保税区 进出口额 2180.0", "重庆西永综合保税区 进出口额 1940.0"),
                all.stream().map(o -> o.subject() + " " + o.indicator() + " " + o.value()).toList(), all.toString());
    }

    @Test
    void aGrowthSetAgainstAWiderWholesIsThatIndicatorsRateAgainstIt() {
        List<Observation> all = observations("上半年两江新区实现地区生产总值2400亿元，同比增长7.5%，高于全市平均水平1.4个百分点。全省进出口增长8.5%，增速高于全国4.5个百分点。");
        assertEquals(List.of("地区生产总值增速高于全市平均水平 1.4", "进出口增速高于全国 4.5"), all.stream().filter(o -> o.measure() == Observation.Measure.CHANGE)
                .map(o -> o.indicator() + " " + o.value()).toList(), all.toString());
    }

    @Test
    void aZonesExtentAndThoseOfThePartsItContainsAreTheirAreasAsPublished() {
        List<Observation> all = observations("自贸试验区的实施范围179.66平方公里，涵盖三个片区：乌鲁木齐片区134.6平方公里（含新疆生产建设兵团第十二师30.8平方公里，"
                + "含乌鲁木齐综合保税区2.41平方公里），喀什片区28.48平方公里。");
        assertEquals(List.of("实施范围 179.66", "面积 134.6", "乌鲁木齐综合保税区 面积 2.41", "面积 28.48"), all.stream()
                .map(o -> (o.subject().contains("综合保税区") ? o.subject() + " " : "") + o.indicator() + " " + o.value()).toList(), all.toString());
        assertTrue(all.stream().allMatch(o -> o.flags().contains("PERIOD_INFERRED")), all.toString());
        List<Observation> planned = observations("中国（新疆）自由贸易试验区的实施范围179.66平方公里。\n到2027年，自贸试验区进出口总额力争达到1000亿元。");
        assertEquals(2024, ExtractionFixture.valued(planned, 179.66).periodTo().getYear(), "a plan's aims leave its extent as published: " + planned);
        List<Observation> aims = observations("长春新区保税维修实施方案。到2026年，保税维修业务规模达到100亿元。鼓励企业开展保税维修业务，新落户保税维修企业不少于5家。");
        assertTrue(aims.stream().noneMatch(o -> o.value() == 5 && o.kind() == Observation.Kind.ACTUAL), "a plan's aim is no fact: " + aims);
        List<Observation> parts = observations("天津港保税区规划面积120平方公里，其中建设用地80平方公里。");
        assertEquals(List.of("规划面积 120.0", "建设用地 80.0"), parts.stream().map(o -> o.indicator() + " " + o.value()).toList(), parts.toString());
    }

    @Test
    void aHeadlinesShortZoneNameIsTheZoneAndAZoneItsCommitteeSpeaksOfIsTheSubject() {
        List<Observation> all = ExtractionFixture.extract("义乌综保区一季度进出口额同比增长46.2%", "2024-04-12",
                "一季度完成进出口额28.6亿元，同比增长46.2%。中国（浙江）自由贸易试验区金义片区管委会副主任王建华介绍，片区今年计划新引进外贸企业200家。"
                        + "\n义乌综合保税区于2020年封关运作。");
        assertEquals("义乌综合保税区", ExtractionFixture.valued(all, 28.6).subject(), all.toString());
        Observation firms = ExtractionFixture.valued(all, 200.0);
        assertEquals("中国(浙江)自由贸易试验区金义片区", firms.subject(), all.toString());
        assertEquals("新引进外贸企业", firms.indicator(), all.toString());
        List<Observation> executive = observations("今年1—5月，前海合作区实际使用外资42.6亿美元。横琴粤澳深度合作区执委会副主任聂新平介绍，合作区澳资企业增长至6800余家。");
        assertEquals("横琴粤澳深度合作区", ExtractionFixture.valued(executive, 6800.0).subject(), "an executive committee speaks of its own zone: " + executive);
    }

    @Test
    void aGrowthSaidInTimesIsAGrowthInPerCentNotAMultiple() {
        List<Observation> all = ExtractionFixture.extract("大南海石化工业区发展综述", "2024-03-01",
                "2023年，大南海石化工业区税收收入68.2亿元，同比增长2.1倍，出口额是上年的1.6倍，进口额增长超3倍。");
        Observation grown = ExtractionFixture.valued(all, 2.1);
        assertEquals(Observation.Measure.GROWTH, grown.measure(), all.toString());
        assertEquals(210.0, grown.normalizedValue(), 1e-9, "grown by 210%, to 3.1 times: " + all);
        assertEquals("%", grown.unit(), all.toString());
        assertEquals(Observation.Measure.MULTIPLE, ExtractionFixture.valued(all, 1.6).measure(), all.toString());
        assertEquals(Observation.Measure.GROWTH, ExtractionFixture.valued(all, 3).measure(), all.toString());
    }

    @Test
    void aMultipleOfAnEarlierBaseIsOfTheIndicatorBefore() {
        List<Observation> all = observations("八年来，武汉东湖综合保税区累计新设企业超过11万家，是挂牌前的4.5倍。");
        Observation multiple = all.stream().filter(o -> o.measure() == Observation.Measure.MULTIPLE).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("新设企业", multiple.indicator(), all.toString());
        assertEquals(4.5, multiple.value(), all.toString());
        List<Observation> average = observations("2024年，苏州工业园区进出口额达到320亿元，为全省平均水平的3倍。");
        assertTrue(average.stream().noneMatch(o -> o.measure() == Observation.Measure.MULTIPLE), "a multiple of a wider whole's average: " + average);
    }

    @Test
    void aCountBetweenAVerbAndItsNounNamesTheIndicatorWithBoth() {
        List<Observation> all = observations("今年以来，天津港保税区引进10个重大项目，新增3家上市公司，培育了20家专精特新“小巨人”企业。"
                + "天津港保税区要在3个方面发力，加快推进10项改革任务。");
        assertEquals(List.of("引进重大项目 10.0 个", "新增上市公司 3.0 家", "培育专精特新小巨人企业 20.0 家"),
                all.stream().map(o -> o.indicator() + " " + o.value() + " " + o.unit()).toList(), "no figure where no verb brings in what is counted: " + all);
        List<Observation> more = observations("今年以来，天津港保税区新增12家规模以上工业企业，引进5个亿元以上项目，建成5个重点项目。"
                + "天津港保税区新增4家企业获评国家高新技术企业。");
        assertEquals(List.of("新增规模以上工业企业 12.0", "引进亿元以上项目 5.0", "建成重点项目 5.0"),
                more.stream().map(o -> o.indicator() + " " + o.value()).toList(), "a verb after the noun makes it a clause's subject: " + more);
    }

    @Test
    void aZonesAreasListedAndCountedAfterItLeaveTheFigureTheZones() {
        List<Observation> all = ExtractionFixture.extract(null, "2025-01-20",
                "2024年，中国（云南）自由贸易试验区昆明、红河、德宏三个片区新增市场主体1.2万户，形成制度创新成果36项。");
        Observation firms = ExtractionFixture.valued(all, 1.2);
        assertEquals("中国(云南)自由贸易试验区", firms.subject(), all.toString());
        assertEquals("新增市场主体", firms.indicator(), all.toString());
        assertEquals("中国(云南)自由贸易试验区", ExtractionFixture.valued(all, 36.0).subject(), all.toString());
    }

    @Test
    void aFigureOfSeveralZonesNamedTogetherIsNoneOfTheirsAlone() {
        List<Observation> all = observations("海口综合保税区、洋浦保税港区今年上半年货物进出口总值达到268.5亿元，同比增长21.6%。"
                + "苏州工业园区等开发区营业收入增长5%。海口综合保税区与洋浦保税港区实际使用外资3亿美元。天津港保税区上半年进出口额500亿元。");
        assertEquals(List.of("天津港保税区 500.0"), all.stream().map(o -> o.subject() + " " + o.value()).toList(), all.toString());
    }

    @Test
    void aPieceThatNamesNoPeriodIsAboutTheDayItWasPublished() {
        List<Observation> all = observations("山东自贸试验区累计新设企业11.8万家，实际使用外资74.3亿美元。");
        Observation firms = ExtractionFixture.valued(all, 11.8);
        assertEquals(java.time.LocalDate.of(2024, 11, 20), firms.periodTo(), all.toString());
        assertTrue(firms.flags().contains("PERIOD_INFERRED"), all.toString());
    }

    @Test
    void sharesAZoneContributedAreNamedAfterThemAndItsAreaIsNoFigure() {
        List<Observation> all = observations("四年来，山东自贸试验区以不到全省千分之一的面积，贡献了全省10.1%的进出口和约16.8%的实际使用外资。");
        Observation trade = ExtractionFixture.valued(all, 10.1);
        assertEquals("进出口", trade.indicator(), all.toString());
        assertEquals(Observation.Measure.SHARE, trade.measure(), all.toString());
        assertEquals("中国(山东)自由贸易试验区", trade.subject(), all.toString());
        assertEquals("实际使用外资", all.stream().filter(o -> o.value() == 16.8).findFirst().orElseThrow().indicator(), all.toString());
        assertEquals(2, all.size(), "the area is no figure: " + all);
    }

    @Test
    void sinceAnEventWithNoDateOfItsOwnRunsFromTheDateNamedBefore() {
        List<Observation> all = observations("2019年8月30日，中国（山东）自由贸易试验区正式挂牌。挂牌以来，山东自贸试验区累计新设企业11.8万家。");
        Observation firms = ExtractionFixture.valued(all, 11.8);
        assertEquals(2019, firms.periodFrom().getYear(), all.toString());
        assertEquals(java.time.LocalDate.of(2024, 11, 20), firms.periodTo(), "to the day of publication: " + all);
    }

    @Test
    void aFirmTheClauseRefersBackToOwnsItsFiguresAndAVenueOwnsNone() {
        List<Observation> all = observations("4月15日晚，宁德时代发布2024年一季度报告。一季度，公司实现营业收入797.7亿元，同比下降10.4%。"
                + "2024年11月，格尔木昆仑经济技术开发区招商推介会在西宁举行，现场签约项目9个。");
        Observation revenue = ExtractionFixture.valued(all, 797.7);
        assertEquals("宁德时代新能源科技股份有限公司", revenue.subject(), all.toString());
        assertEquals("营业收入", revenue.indicator(), all.toString());
        assertEquals("格尔木昆仑经济技术开发区", all.stream().filter(o -> o.value() == 9.0).findFirst().orElseThrow().subject(), all.toString());
    }

    @Test
    void aFreeTradeAreaAHeadlineShortensIsTheAreaTheBodyNames() {
        List<Observation> all = ExtractionFixture.extract("厦门自贸片区推出航运物流新政", "2024-11-20",
                "中国（福建）自由贸易试验区厦门片区管委会印发若干措施。今年以来新增航运物流企业186家。");
        assertEquals("中国(福建)自由贸易试验区厦门片区", all.stream().filter(o -> o.value() == 186.0).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).subject(), all.toString());
    }

    @Test
    void aFirmReferredBackToAndAnAlreadyBeforeTheVerbAreNoPartOfTheIndicator() {
        List<Observation> all = observations("截至10月底，海南自由贸易港封关运作准备工作已完成约九成。今年以来，该行已为前海企业提供跨境融资超过300亿元。");
        assertEquals("封关运作准备工作", ExtractionFixture.valued(all, 90.0).indicator());
        String financing = ExtractionFixture.valued(all, 300.0).indicator();
        assertTrue(!financing.startsWith("该行") && !financing.startsWith("已") && financing.endsWith("提供跨境融资"), financing);
        List<Observation> trade = observations("今年前三季度，洋浦经济开发区石化产业加快发展，该行业产值达到1200亿元。");
        assertEquals("该行业产值", ExtractionFixture.valued(trade, 1200.0).indicator());
    }

    @Test
    void aDistrictNamedAfterItsCityOwnsItsFigure() {
        List<Observation> all = observations("2023年，横琴粤澳深度合作区、广州南沙地区生产总值分别增长5.0%和5.8%。");
        Observation nansha = ExtractionFixture.valued(all, 5.8);
        assertEquals("南沙区", nansha.subject(), all.toString());
        assertEquals("地区生产总值", nansha.indicator(), all.toString());
    }

    @Test
    void aYearlyRateToAThreeYearPlansLastYearRunsOverThePlanItsTitleNames() {
        List<Observation> all = ExtractionFixture.extract("浙江省推进综合保税区高质量发展三年行动方案（2025—2027年）", "2025-02-18",
                "到2027年，全省综合保税区进出口总额力争突破6000亿元，年均增长8%以上。");
        Observation rate = ExtractionFixture.valued(all, 8.0);
        assertEquals("2025/2027", rate.periodLabel(), all.toString());
        assertEquals(Observation.Kind.TARGET, rate.kind(), all.toString());
        assertEquals("2027", all.stream().filter(o -> o.value() == 6000.0).findFirst().orElseThrow().periodLabel(), "a level is the last year's: " + all);
        List<Observation> staged = ExtractionFixture.extract("浙江省推进综合保税区高质量发展三年行动方案（2025——2027年）", "2025-02-18",
                "到2027年，全省综合保税区进出口总额年均增长8%以上。\n2025年为启动阶段，2026—2027年为全面提升阶段。");
        assertEquals("2025/2027", ExtractionFixture.valued(staged, 8.0).periodLabel(),
                "the title's span, not a stage's: " + staged);
    }

    @Test
    void whatIsExpectedIsATargetAndGoingOnNamesNoIndicator() {
        List<Observation> all = observations("据河南机场集团统计，郑州机场今年货邮吞吐量有望突破70万吨，继续位居全国第六位。");
        Observation cargo = ExtractionFixture.valued(all, 70.0);
        // The airport is a place of its own, the figure's subject.
        assertEquals("郑州机场", cargo.subject(), all.toString());
        assertEquals("货邮吞吐量", cargo.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, cargo.kind(), all.toString());
        assertTrue(all.stream().filter(o -> o.value() == 6.0).noneMatch(o -> o.indicator().equals("继续")), all.toString());
        List<Observation> outlook = observations("受益于政策红利，园区外贸有望持续向好，1—10月，洋浦经济开发区外贸进出口总额1012亿元，同比增长15.2%。");
        assertEquals(Observation.Kind.ACTUAL, ExtractionFixture.valued(outlook, 1012.0).kind(),
                "an outlook in an earlier clause: " + outlook);
    }

    @Test
    void aCooperationZonesWordReferringBackIsNoPartOfTheIndicator() {
        List<Observation> all = observations("磨憨—磨丁经济合作区管委会常务副主任段钢表示，合作区今年1至10月进出口货运量达到1100万吨。");
        assertEquals("进出口货运量", ExtractionFixture.valued(all, 1100.0).indicator());
    }

    @Test
    void whatAZoneServesAsIsNoSubjectOfItsFigures() {
        List<Observation> all = observations("洋浦经济开发区作为海南自由贸易港先行先试区域，今年前三季度实现外贸进出口总额1012亿元，同比增长15.2%。");
        assertEquals("洋浦经济开发区", ExtractionFixture.valued(all, 1012.0).subject(),
                all.toString());
    }

    @Test
    void anUndatedFigureTakesThePublicationDayOnlyAsATotalToDateOrADatedEventsResult() {
        assertTrue(observations("全省地区生产总值54355.1亿元，增长4.5%。").isEmpty(), "an undated extract says no year");
        List<Observation> since = observations("到2025年，累计形成制度创新成果1000项以上。\n广州南沙新区片区挂牌以来累计形成制度创新成果642项。");
        Observation done = ExtractionFixture.valued(since, 642.0);
        assertEquals(Observation.Kind.ACTUAL, done.kind(), "a target year named before is no date the zone opened on: " + since);
    }

    @Test
    void ranksWithoutTheirWordAreInTheAssessmentTheSentenceOpensWithAndRanksGivenOutInTurnGoToTheNamedInTurn() {
        List<Observation> all = observations("2023年国家级经开区综合发展水平考核评价中，苏州工业园区连续八年位列第一，广州经济技术开发区位列第二。"
                + "2023年，苏州工业园综合保税区进出口3325.6亿元，昆山综合保税区进出口3215.3亿元，分列全国综保区第三位和第四位。"
                + "2023年，浙江省有5家经开区进入全国前30名。");
        Observation first = all.stream().filter(o -> o.measure() == Observation.Measure.RANK && o.value() == 1.0).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("苏州工业园区", first.subject(), all.toString());
        assertEquals("国家级经开区综合发展水平考核评价", first.indicator(), all.toString());
        assertEquals("苏州工业园综合保税区", all.stream().filter(o -> o.measure() == Observation.Measure.RANK && o.value() == 3.0)
                .findFirst().orElseThrow().subject(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 30.0), "前30名 is a threshold: " + all);
    }

    @Test
    void unitsOfPiecesAndPerMilleAndAMinusAfter为() {
        List<Observation> all = observations("2023年，合肥市集成电路产量18.2亿块，增长42.1%。全市出生率为6.15‰；人口自然增长率为-2.51‰。");
        assertEquals("集成电路产量", ExtractionFixture.valued(all, 42.1).indicator(),
                "the growth of the figure just named, not of the one before: " + all);
        assertTrue(all.stream().anyMatch(o -> o.value() == 18.2), all.toString());
        assertEquals("人口自然增长率", all.stream().filter(o -> o.value() == -2.51).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).indicator(), all.toString());
        // Per mille is a tenth of a per cent when normalized.
        assertEquals(0.615, ExtractionFixture.valued(all, 6.15).normalizedValue(), 1e-9, all::toString);
    }

    @Test
    void aFirmOpeningTheSentenceOwnsWhatItDidAndWhereItStandsAndAPartnerOwnNothing() {
        List<Observation> all = observations("晋能控股装备制造集团有限公司总部位于山西转型综合改革示范区晋城开发区，2023年实现营业收入1045.6亿元，利润总额38.2亿元。"
                + "晶科能源股份有限公司10月28日晚间公告，公司全资子公司拟与沙特阿拉伯公共投资基金下属企业共同设立合资公司。"
                + "今年前三季度，公司实现营业收入877.57亿元。");
        assertEquals("晋能控股装备制造集团有限公司", all.stream().filter(o -> o.value() == 1045.6).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).subject(), all.toString());
        assertTrue(all.stream().filter(o -> o.value() == 877.57).allMatch(o -> o.subject().startsWith("晶科能源")), all.toString());
    }

    @Test
    void aFirmHeadingAListsItemOwnsTheItemsFiguresWhateverProjectItNames() {
        List<Observation> all = ExtractionFixture.extract("城陵矶综保区集中签约12个项目", "2027-03-22", String.join("\n",
                "3月21日，岳阳城陵矶综合保税区2027年重大项目集中签约仪式举行。此次集中签约项目12个，总投资186.5亿元。", "本次签约项目具体如下：",
                "1.湖南创芯微电子有限公司：半导体封装测试基地项目，总投资28.0亿元，达产后年产值45亿元、年税收1.6亿元；",
                "7.顺泰跨境电商（湖南）有限公司：跨境电商产业园项目，总投资6.5亿元，达产后年交易额50亿元；",
                "11.江苏通捷航运集团有限公司：城陵矶港区集装箱智慧场站项目，总投资22.1亿元，达产后年营业收入18亿元。"));
        assertEquals("湖南创芯微电子有限公司", ExtractionFixture.valued(all, 45.0).subject(), all.toString());
        assertEquals("顺泰跨境电商（湖南）有限公司", ExtractionFixture.valued(all, 6.5).subject(), "a one-character verb opening an item is the name's: " + all);
        assertEquals("江苏通捷航运集团有限公司", ExtractionFixture.valued(all, 22.1).subject(), all.toString());
    }

    @Test
    void aFirmsOfficerSpeakingOfWhatTheFirmDidGivesTheFirmsFiguresNotTheCitys() {
        List<Observation> all = ExtractionFixture.extract("喀什市召开民营企业家座谈会", "2026-04-12", String.join("\n",
                "4月10日，喀什市召开民营企业家座谈会。",
                "新疆帕米尔纺织科技有限公司董事长王立群说：“我们去年实现产值18.6亿元，同比增长12.4%。”",
                "新疆昆仑雪菊生物科技有限公司总经理古丽米拉·阿不都表示，企业带动周边农户2300余户。",
                "喀什东方汽车零部件制造有限公司副总经理陈志刚说，全市汽车零部件产业去年产值增长15%。"));
        assertEquals("新疆帕米尔纺织科技有限公司", ExtractionFixture.valued(all, 18.6).subject(), all.toString());
        assertEquals("新疆帕米尔纺织科技有限公司", ExtractionFixture.valued(all, 12.4).subject(), all.toString());
        assertEquals("新疆昆仑雪菊生物科技有限公司", ExtractionFixture.valued(all, 2300.0).subject(), all.toString());
        assertEquals("喀什市", ExtractionFixture.valued(all, 15.0).subject(), "an officer speaking of the city's industry: " + all);
        List<Observation> local = ExtractionFixture.extract("喀什经济开发区纺织企业座谈会", "2026-04-12", String.join("\n",
                "喀什经济开发区召开纺织企业座谈会。",
                "喀什睿鸿棉业有限公司负责人介绍，当地棉纱产量去年达到45万吨，增长12%，但公司订单仍增长40%。",
                "喀什鲁泰纺织有限公司投产当天，自治区商务厅副厅长王强表示，全疆纺织服装产业投资今年将达到300亿元。"));
        assertTrue(local.stream().noneMatch(o -> o.subject().startsWith("喀什睿鸿") && o.value() != 40.0), "what is said of the place: " + local);
        assertEquals("喀什睿鸿棉业有限公司", ExtractionFixture.valued(local, 40.0).subject(), "the firm named again: " + local);
        assertTrue(!ExtractionFixture.valued(local, 300.0).subject().startsWith("喀什鲁泰"), "an official speaks after a firm is named: " + local);
    }

    @Test
    void aBanksReleaseGivesTheBankWhatItDidForTheFirmsOfTheZoneItServes() {
        List<Observation> all = ExtractionFixture.extract("中国银行广西区分行：金融“活水”精准滴灌南宁片区企业", "2026-02-26", String.join("\n",
                "2月25日，记者从中国银行广西壮族自治区分行获悉，2025年该行累计为中国（广西）自由贸易试验区南宁片区企业提供各类融资支持186.3亿元，同比增长27.4%，服务片区企业2860户。",
                "2025年，中国银行广西区分行为南宁片区企业办理国际结算量97.8亿美元，同比增长19.6%。",
                "跨境人民币结算量412亿元，同比增长33.1%。",
                "中国（广西）自由贸易试验区南宁片区管委会副主任蒙立强表示，片区2025年新设企业7126家。"));
        assertEquals("中国银行广西壮族自治区分行", ExtractionFixture.valued(all, 186.3).subject(), all.toString());
        assertEquals("中国银行广西壮族自治区分行", ExtractionFixture.valued(all, 2860.0).subject(), "the zone it served takes none of its figures: " + all);
        assertEquals("中国银行广西区分行", ExtractionFixture.valued(all, 97.8).subject(), all.toString());
        assertEquals("中国银行广西区分行", ExtractionFixture.valued(all, 412.0).subject(), "the release's own bank, from its title: " + all);
        assertEquals("中国(广西)自由贸易试验区南宁片区", ExtractionFixture.valued(all, 7126.0).subject(), all.toString());
        List<Observation> words = ExtractionFixture.extract("柳州市汽车产业运行情况", "2026-05-10", String.join("\n",
                "柳州银行与广西汽车集团有限公司签署战略合作协议。该行业全年实现利润总额186亿元，同比增长9.1%。",
                "今年该行动计划完成投资86亿元。该行全年为汽车产业链企业发放贷款126亿元。"));
        assertEquals("柳州市", ExtractionFixture.valued(words, 186.0).subject(), "该行业 is the industry: " + words);
        assertEquals("柳州市", ExtractionFixture.valued(words, 86.0).subject(), "该行动计划 is the plan: " + words);
        assertEquals("柳州银行", ExtractionFixture.valued(words, 126.0).subject(), "该行 is the bank, not the last firm: " + words);
        List<Observation> regulator = ExtractionFixture.extract("中国人民银行广西壮族自治区分行：2025年全区金融运行平稳", "2026-01-20",
                "2025年末，全区本外币各项贷款余额4.9万亿元，同比增长8.1%。");
        assertTrue(!ExtractionFixture.valued(regulator, 8.1).subject().contains("银行"), "a regulator reports on its region: " + regulator);
    }

    @Test
    void aShareOfTheYearsTaskIsHowMuchOfItsTargetWasReachedAndATargetTaskInBracketsIsTheTarget() {
        List<Observation> all = ExtractionFixture.extract("呼和浩特经开区1—8月招商引资情况通报", "2026-09-05", String.join("\n",
                "1—8月，全区招商引资签约总额612.8亿元，完成年度目标任务（800亿元）的76.6%。",
                "第一名：金山园区，签约额215.3亿元，完成年度任务的82.1%。"));
        Observation target = ExtractionFixture.valued(all, 800.0);
        assertEquals(Observation.Kind.TARGET, target.kind(), all.toString());
        assertEquals("招商引资签约总额", target.indicator(), all.toString());
        assertEquals("招商引资签约总额目标完成率", ExtractionFixture.valued(all, 76.6).indicator(), all.toString());
        Observation task = ExtractionFixture.valued(all, 82.1);
        assertEquals(Observation.Measure.SHARE, task.measure(), all.toString());
        assertEquals("签约额目标完成率", task.indicator(), all.toString());
    }

    @Test
    void aRankingsNameHoldsNoMoveScoreOrRanksBeforeAndARankAfterTheYearBeforeIsOfThisYear() {
        List<Observation> all = ExtractionFixture.extract("2026中国县域经济百强榜单发布", "2026-08-05",
                "昆山市以综合得分92.86分连续第22年位列榜首，江阴市、张家港市、常熟市分列第二至第四位。"
                        + "其中，太仓市由上年的第8位上升至第6位，如皋市上升5位至第16位。"
                        + "百强区榜单中，南京市江宁区位列全国第5位，比上年上升1位。"
                        + "苏州工业园综合保税区综合排名全国第1位，2026年实现进出口总额5830亿元；昆山综合保税区排名第3位。");
        Observation sixth = ExtractionFixture.valued(all, 6.0);
        assertEquals("2026", sixth.periodLabel(), "上年 is the rank it moved from: " + all);
        assertTrue(all.stream().filter(o -> o.measure() == Observation.Measure.RANK)
                .noneMatch(o -> o.indicator().matches(".*(?:上升|分|第二至|连续).*")), all.toString());
        Observation fifth = ExtractionFixture.valued(all, 5.0);
        assertEquals("江宁区", fifth.subject(), "江宁|区位|列: the district is named: " + all);
        assertEquals("百强区榜单", fifth.indicator(), all.toString());
        assertEquals("综合排名", ExtractionFixture.valued(all, 3.0).indicator(), "another zone's rank after a figure is in the last ranking: " + all);
    }

    @Test
    void theRankAMoveStartsFromIsNoFigureAndTopPlacesAreNamedByTheirGroup() {
        List<Observation> all = ExtractionFixture.extract("2026年国家级新区评价结果发布", "2026-12-01",
                "2026年，青岛西海岸新区地区生产总值增长7.1%，综合实力在国家级新区中由上年的第6位上升至第4位。"
                        + "2026年，云翔公司产品良品率保持在99.6%以上，进入全球手机主板代工企业前十。"
                        + "2026年，南昌县、丰城市地区生产总值位列全省县域前二，其中南昌县完成1128.6亿元。");
        assertTrue(all.stream().noneMatch(o -> o.value() == 6.0), "last year's rank: " + all);
        assertEquals("综合实力在国家级新区", ExtractionFixture.valued(all, 4.0).indicator(), all.toString());
        assertEquals("全球手机主板代工企业排名", ExtractionFixture.valued(all, 10.0).indicator(), all.toString());
        assertEquals("地区生产总值", ExtractionFixture.valued(all, 1128.6).indicator(), "a rank leaves the figure it ranks: " + all);
    }

    @Test
    void aFeaturesFirmNamedInsideItsFirstSentenceIs公司AfterPlacesItOnlyMentions() {
        List<Observation> all = ExtractionFixture.extract("一家综保区企业的十年逆袭", "2026-06-08",
                "走进昆山综合保税区B区的昆山瑞维精密电子维修有限公司，技术员正对来自墨西哥、越南的主板进行维修。今年1—5月，公司已承接境外保税维修订单286万件，同比增长41%。\n"
                        + "2025年，公司实现营业收入9.6亿元，同比增长27.8%。\n"
                        + "昆山综合保税区是全国首批综合保税区之一。2025年，昆山综合保税区实现进出口总额3416亿元。");
        assertEquals("昆山瑞维精密电子维修有限公司", ExtractionFixture.valued(all, 286.0).subject(), all.toString());
        assertEquals("昆山瑞维精密电子维修有限公司", ExtractionFixture.valued(all, 9.6).subject(), "a later paragraph's 公司: " + all);
        assertEquals("昆山综合保税区", ExtractionFixture.valued(all, 3416.0).subject(), all.toString());
    }

    @Test
    void aScopeAnEarlierClauseGivesHoldsInTheSameStretchOfTheSentence() {
        List<Observation> all = ExtractionFixture.extract("天水市2024年政府工作报告", "2024-02-05",
                "2023年，全市生产总值完成865.3亿元。天水经济技术开发区规上工业总产值达到265亿元。麻辣烫带火全市文旅，全年接待游客4256万人次。");
        assertEquals("天水市", ExtractionFixture.valued(all, 4256.0).subject(), all.toString());
    }

    @Test
    void aGrowthRankIsOfTheGrowthAndARankInTheTitlesRankingKeepsItsYear() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-01-20", "2023年，宜宾市地区生产总值完成3806.1亿元、增长8.2%，增速居全省第1位，经济总量稳居全省第3位。");
        assertEquals("地区生产总值增速在全省排名", all.stream().filter(o -> o.measure() == Observation.Measure.RANK && o.value() == 1.0).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString())).indicator(), all.toString());
        List<Observation> titled = ExtractionFixture.extract("商务部公布2023年国家级经开区综合发展水平考核评价结果", "2024-01-05",
                "浙江省有5家经开区进入全国前30名。其中，杭州经济技术开发区位列第8位，宁波经济技术开发区位列第11位。");
        Observation eighth = ExtractionFixture.valued(titled, 8.0);
        assertEquals("杭州经济技术开发区", eighth.subject(), titled.toString());
        assertEquals("2023", eighth.periodLabel(), "the year the title names: " + titled);
    }

    @Test
    void aTrainCountKeepsItsNameAndLatinUnitsAreRead() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-01-10", "2023年，大连港开行海铁联运班列3480列，增长9.6%。全市光伏组件产能达到85GW，锂电池产能达到110GWh。");
        assertTrue(ExtractionFixture.valued(all, 3480.0).indicator().endsWith("班列"), all.toString());
        assertEquals("GWh", ExtractionFixture.valued(all, 110.0).unitText(), all.toString());
    }

    @Test
    void aSigningWithNoDateIsOfItsPublicationAndAParkNamedAfterAFirmOwnsItsFigures() {
        List<Observation> signed = ExtractionFixture.extract("苏州工业园区签约", "2024-02-19", "苏州工业园区举行重点项目集中签约活动，现场集中签约项目46个，总投资超过520亿元。");
        assertEquals("苏州工业园区", ExtractionFixture.valued(signed, 46.0).subject(), signed.toString());
        List<Observation> park = ExtractionFixture.extract(null, "2024-01-15", "恒力集团董事长陈建华介绍，恒力长兴岛产业园累计投资超过1200亿元，2023年实现营业收入2650亿元。");
        assertTrue(!ExtractionFixture.valued(park, 2650.0).subject().startsWith("恒力集团"), "the park named after the firm: " + park);
    }

    @Test
    void aRankAfterAFigureRanksThatFigureAndTradingPartnersOwnNothing() {
        List<Observation> rank = ExtractionFixture.extract(null, "2024-01-18", "2023年，郑州新郑综合保税区进出口总额4013.2亿元，居全国综保区第2位。");
        assertEquals("进出口总额", ExtractionFixture.valued(rank, 2.0).indicator(), rank.toString());
        List<Observation> first = ExtractionFixture.extract(null, "2024-01-18", "2023年，重庆西永综合保税区进出口总额2200亿元，居中西部综保区首位。");
        assertEquals(Observation.Measure.RANK, ExtractionFixture.valued(first, 1.0).measure(), first.toString());
        assertEquals("进出口总额在中西部综保区排名", ExtractionFixture.valued(first, 1.0).indicator(), first.toString());
        List<Observation> among = ExtractionFixture.extract("深圳市2024年经济运行情况", "2025-01-25", "2024年，全市地区生产总值3.68万亿元，增长5.8%，规模稳居内地城市首位。"
                + "\n成都高新综合保税区进出口额4215亿元，连续多年居中西部综保区首位。\n江苏省有27家国家级经开区，数量居全国首位。");
        assertEquals(List.of("地区生产总值在内地城市排名", "进出口额在中西部综保区排名", "国家级经开区"), among.stream().filter(o -> o.measure() == Observation.Measure.RANK)
                .map(Observation::indicator).toList(), "the word for a size or count names nothing; a group narrower than the nation's is named: " + among);
        List<Observation> groups = ExtractionFixture.extract(null, "2026-01-25", "2025年，南昌经济技术开发区综合排名第28位，位居全省榜首。"
                + "2025年，井冈山经济技术开发区人居环境质量排名全国第9位。2025年，九江经济技术开发区进出口额增速位居全省首位。该区始终把企业需求排在首位。");
        assertEquals("全省排名", ExtractionFixture.valued(groups, 1.0).indicator().substring(ExtractionFixture.valued(groups, 1.0).indicator().length() - 4), groups.toString());
        assertEquals("人居环境质量", ExtractionFixture.valued(groups, 9.0).indicator(), "人居 is no verb of ranking: " + groups);
        assertTrue(groups.stream().anyMatch(o -> o.indicator().equals("进出口额增速在全省排名")), groups.toString());
        assertEquals(2, groups.stream().filter(o -> o.value() == 1.0).count(), "a priority put first is no rank: " + groups);
        List<Observation> inTurn = ExtractionFixture.extract(null, "2022-01-25", "2021年，天津口岸出口通关时间0.66小时、进口通关时间35.44小时，分别位居全国主要沿海省市第一、第三位。");
        assertEquals(ExtractionFixture.valued(inTurn, 0.66).indicator(), ExtractionFixture.valued(inTurn, 1.0).indicator(), inTurn.toString());
        assertEquals("进口通关时间", ExtractionFixture.valued(inTurn, 3.0).indicator(), inTurn.toString());
        List<Observation> moved = ExtractionFixture.extract(null, "2026-01-25", "在2025年国家级经开区综合发展水平考核评价中，南通经济技术开发区位列第19名，"
                + "较上年前移4位；海安经开区统筹协调指标较上年提升23位。全区新增院士2位。");
        Observation up = ExtractionFixture.valued(moved, -4);
        assertEquals(Observation.Measure.CHANGE, up.measure(), "places moved up are a fall in the rank's number: " + moved);
        assertEquals("国家级经开区综合发展水平考核评价", up.indicator(), moved.toString());
        assertEquals("统筹协调指标排名", ExtractionFixture.valued(moved, -23).indicator(), moved.toString());
        assertEquals(Observation.Measure.LEVEL, ExtractionFixture.valued(moved, 2).measure(), "people counted in 位 are no ranking: " + moved);
        List<Observation> shortened = ExtractionFixture.extract(null, "2025-10-25", "前三季度，凭祥综合保税区通关时间较2024年同期压缩了31%，审批时限缩短50%，查验时间较上年再压缩20%。");
        assertEquals("通关时间", ExtractionFixture.valued(shortened, -31).indicator(), shortened.toString());
        assertEquals(Observation.Measure.GROWTH, ExtractionFixture.valued(shortened, -50).measure(), shortened.toString());
        assertEquals("查验时间", ExtractionFixture.valued(shortened, -20).indicator(), shortened.toString());
        List<Observation> trade = ExtractionFixture.extract(null, "2023-11-20",
                "东盟继续保持广西第一大贸易伙伴地位，前10个月广西对东盟进出口2603.5亿元。其中，对越南进出口2140.9亿元。");
        assertTrue(trade.stream().allMatch(o -> o.subject().equals("广西壮族自治区")), trade.toString());
        List<Observation> imported = ExtractionFixture.extract(null, "2025-10-25", "前三季度，凭祥综合保税区进出口总值1020亿元。其中，进口越南水果186.3万吨。");
        assertEquals("进口越南水果", ExtractionFixture.valued(imported, 186.3).indicator(), imported.toString());
        assertEquals("广西凭祥综合保税区", ExtractionFixture.valued(imported, 186.3).subject(), imported.toString());
    }

    @Test
    void aProjectAbroadOwnsNoFirmsFiguresAndAnUndatedReviewFigureTakesNoYearFromItsTitle() {
        List<Observation> firm = ExtractionFixture.extract(null, "2023-10-30", "晶科能源股份有限公司10月28日晚间公告，公司拟在沙特建设电池项目，总投资约9.85亿美元。"
                + "今年前三季度，公司实现营业收入877.57亿元。");
        assertEquals("晶科能源股份有限公司", ExtractionFixture.valued(firm, 877.57).subject(), firm.toString());
        assertTrue(ExtractionFixture.extract("2024年福建省政府工作报告", "2024-01-29", "全省地区生产总值54355.1亿元，增长4.5%。").isEmpty(),
                "a report titled with the year it opens reviews the year before: no year is known");
    }

    @Test
    void whereAZoneStandsIsNoNewSubjectAndANewFirmOwnsItsCapital() {
        List<Observation> zone = ExtractionFixture.extract(null, "2023-12-28",
                "安庆综合保税区于2022年3月经国务院批准设立，位于安庆经济技术开发区内，一期围网面积0.98平方公里，总投资约5.2亿元。");
        assertEquals("安庆综合保税区", ExtractionFixture.valued(zone, 5.2).subject(), zone.toString());
        List<Observation> venture = ExtractionFixture.extract(null, "2024-02-28", "2023年，山西转型综合改革示范区营业收入增长6%。\n"
                + "会议还审议通过了合资设立晋能天地煤机科技有限公司的议案，新公司注册资本5亿元。");
        assertEquals("晋能天地煤机科技有限公司", ExtractionFixture.valued(venture, 5.0).subject(), venture.toString());
    }

    @Test
    void aNationalityCountsTheZonesFirmsAndVerbsOfGatheringOrHoldingNameNothing() {
        List<Observation> firms = ExtractionFixture.extract(null, "2024-09-12",
                "今年1至8月，绥芬河片区实现对俄进出口额186.7亿元。目前，片区已聚集中俄经贸合作企业1200余家，其中俄罗斯籍投资企业136家。");
        assertEquals("中俄经贸合作企业", ExtractionFixture.valued(firms, 1200).indicator(), firms.toString());
        assertEquals("俄罗斯籍投资企业", ExtractionFixture.valued(firms, 136).indicator(), firms.toString());
        assertTrue(firms.stream().allMatch(o -> o.subject().equals("中国(黑龙江)自由贸易试验区绥芬河片区")), firms.toString());
        List<Observation> share = ExtractionFixture.extract(null, "2024-09-12",
                "黑龙江省商务厅表示，到2025年，全省对俄贸易额力争突破1500亿元，占全国对俄贸易的比重保持在6%以上。");
        assertEquals("对俄贸易额占全国对俄贸易比重", ExtractionFixture.valued(share, 6).indicator(), share.toString());
        List<Observation> port = ExtractionFixture.extract(null, "2024-11-18",
                "西安国际港务区党工委书记曹军表示，港务区将力争到2025年中欧班列年开行量稳定在5000列以上。");
        assertEquals("中欧班列年开行量", ExtractionFixture.valued(port, 5000).indicator(), port.toString());
    }

    @Test
    void aCrossBorderZoneByItsShortNameSpeaksThroughItsCommittee() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-09-12",
                "中国（云南）自由贸易试验区昆明片区、中老磨憨—磨丁经济合作区等平台叠加。"
                        + "昆明市委常委、磨憨—磨丁合作区党工委书记曹永胜说，今年以来合作区已引进企业230余家。");
        assertEquals("中老磨憨—磨丁经济合作区", ExtractionFixture.valued(all, 230).subject(), all.toString());
    }

    @Test
    void undatedTheLeadPeriodWithoutItsYearGoesOnAndAPlanSaidWithWillIsATarget() {
        List<Observation> all = ExtractionFixture.PIPELINE.run(io.zonelens.ingest.extraction.pipeline.AnalyzedDocument.of("text", null, null,
                "重庆日报讯 10月25日，记者从重庆两江新区管委会获悉，前三季度，两江新区实现地区生产总值3525.4亿元。\n"
                        + "其中，汽车产业实现产值1832亿元，增长15.5%。")).indicators();
        assertEquals("前三季度", ExtractionFixture.valued(all, 1832).periodLabel(), all.toString());
        List<Observation> plan = ExtractionFixture.extract(null, "2024-04-01",
                "雄安新区管委会主任张国华说，2024年新区将安排重点项目212个。2023年末城镇调查失业率降到5.1%。");
        assertEquals(Observation.Kind.TARGET, ExtractionFixture.valued(plan, 212).kind(), plan.toString());
        assertEquals("城镇调查失业率", ExtractionFixture.valued(plan, 5.1).indicator(), plan.toString());
        List<Observation> fivePlan = ExtractionFixture.extract("天府新区“十四五”规划主要目标", "2021-09-10",
                "“十四五”期间，新区将累计完成固定资产投资1.5万亿元。");
        assertEquals(Observation.Kind.TARGET, ExtractionFixture.valued(fivePlan, 1.5).kind(), fivePlan.toString());
    }

    @Test
    void aZonesOtherNameInBracketsAndWhereThingsAreLeaveNamesAndAYearStillAheadIsThisOne() {
        List<Observation> all = ExtractionFixture.extract("宁波保税区：前10个月外贸进出口额同比增长9.8%", "2024-11-12",
                "今年1—10月，宁波保税区（出口加工区）完成外贸进出口额1156亿元。1—10月，区内跨境电商进口单量达到4520万单。\n"
                        + "去年，宁波保税区实现进出口额1320亿元。区内企业宁波均胜电子股份有限公司海外营收占比超过六成。\n"
                        + "宁波保税区管委会主任陈贤表示，全年进出口额有望突破1400亿元。");
        assertEquals("外贸进出口额", ExtractionFixture.valued(all, 1156).indicator(), all.toString());
        assertEquals("跨境电商进口单量", ExtractionFixture.valued(all, 4520).indicator(), all.toString());
        Observation share = ExtractionFixture.valued(all, 60);
        assertEquals("宁波均胜电子股份有限公司", share.subject(), all.toString());
        assertEquals("海外营收占比", share.indicator(), all.toString());
        Observation ahead = ExtractionFixture.valued(all, 1400);
        assertEquals(2024, ahead.periodTo().getYear(), all.toString());
        assertEquals(Observation.Kind.TARGET, ahead.kind(), all.toString());
    }

    @Test
    void aFirmsReportSaysCompanyParagraphAfterParagraphAndSpeaksOfWhatItWillSell() {
        List<Observation> all = ExtractionFixture.extract("赛力斯集团2023年营收突破三百亿元", "2024-04-29",
                "2023年，赛力斯集团股份有限公司实现营业收入358.4亿元。\n公司2024年一季度实现营业收入265亿元。\n公司海外营收占比为8.5%。\n"
                        + "公司表示，全年将力争实现新能源汽车销量40万辆。");
        for (double figure : new double[] {265, 8.5, 40}) {
            assertEquals("赛力斯集团股份有限公司", ExtractionFixture.valued(all, figure).subject(), all.toString());
        }
        assertEquals(Observation.Kind.TARGET, ExtractionFixture.valued(all, 40).kind(), all.toString());
        List<Observation> flights = ExtractionFixture.extract(null, "2024-05-20",
                "2023年，北京市航班起降5.8万架次，出口量上升12%，单位GDP能耗降3.1%，全年累计进出口将近2000亿元。");
        assertEquals("航班起降", ExtractionFixture.valued(flights, 5.8).indicator(), flights.toString());
        assertEquals(Observation.Measure.GROWTH, ExtractionFixture.valued(flights, 12).measure(), flights.toString());
        assertEquals(-3.1, ExtractionFixture.valued(flights, -3.1).value(), flights.toString());
        assertEquals(2023, ExtractionFixture.valued(flights, 2000).periodTo().getYear(), "将近 is no future: " + flights);
    }

    @Test
    void undatedThisYearIsTheTitlesYearOrThisYearAsWritten() {
        List<Observation> bulletin = ExtractionFixture.PIPELINE.run(io.zonelens.ingest.extraction.pipeline.AnalyzedDocument.of("text",
                "2023年宁波市国民经济和社会发展统计公报", null, "初步核算，全年全市实现地区生产总值16452.8亿元，比上年增长5.5%。")).indicators();
        assertEquals(2023, ExtractionFixture.valued(bulletin, 16452.8).periodTo().getYear(), bulletin.toString());
        List<Observation> news = ExtractionFixture.PIPELINE.run(io.zonelens.ingest.extraction.pipeline.AnalyzedDocument.of("text", null, null,
                "中哈霍尔果斯国际边境合作中心今年接待出入境旅客超过520万人次。")).indicators();
        assertEquals("今年", ExtractionFixture.valued(news, 520).periodLabel(), news.toString());
    }

    @Test
    void aFirmsPartnerIsNoCompanyReferredBackToAndAReportsDisclosureDatesNothing() {
        List<Observation> all = ExtractionFixture.extract("中创新航2024年一季度营收增长", "2024-04-29",
                "中创新航科技集团股份有限公司4月28日晚间披露2024年一季报。公司2024年一季度实现营业收入62亿元。\n"
                        + "分产品看，动力电池销量4260万千瓦时，同比增长12.3%。\n公司与宁德时代新能源科技股份有限公司签订战略合作协议。\n"
                        + "公司研发投入9.6亿元，占营业收入的5.2%。\n公司表示，预计全球储能电池出货量有望突破300GWh。");
        assertTrue(all.stream().noneMatch(o -> o.subject().startsWith("宁德时代")), all.toString());
        assertEquals("中创新航科技集团股份有限公司", ExtractionFixture.valued(all, 9.6).subject(), all.toString());
        assertTrue(all.stream().filter(o -> o.value() == 4260).allMatch(o -> o.kind() == Observation.Kind.ACTUAL), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 300 && o.subject().startsWith("中创新航")), "the market is not the firm's: " + all);
        List<Observation> parent = ExtractionFixture.extract("瑞丰动力一季度营收增长", "2024-04-26",
                "瑞丰动力科技股份有限公司发布2024年一季度报告。\n瑞丰储能技术有限公司为公司全资子公司，主要生产储能电池。\n"
                        + "公司一季度实现营业收入41.7亿元。");
        assertEquals("瑞丰动力科技股份有限公司", ExtractionFixture.valued(parent, 41.7).subject(), "a subsidiary is no 公司: " + parent);
        List<Observation> undated = ExtractionFixture.PIPELINE.run(io.zonelens.ingest.extraction.pipeline.AnalyzedDocument.of("text", null, null,
                "前三季度，滨海新区地区生产总值增长6.9%。\n去年同期，全区地区生产总值增速为5.2%。")).indicators();
        assertTrue(undated.stream().noneMatch(o -> o.value() == 5.2 && "前三季度".equals(o.periodLabel())), undated.toString());
    }

    @Test
    void aDayWithoutItsYearDatesItsEventInThePublicationsYear() {
        List<Observation> all = ExtractionFixture.extract("南宁综保区签约23个项目", "2024-03-19",
                "2015年9月，南宁综合保税区获批设立。2015年12月，综保区通过验收，当年进出口5亿元。\n"
                        + "3月18日，南宁综合保税区举行招商推介会，签约项目23个，总投资156亿元。");
        assertEquals(java.time.LocalDate.of(2024, 3, 18), ExtractionFixture.valued(all, 23).periodTo(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, ExtractionFixture.valued(all, 23).kind(), all.toString());
    }

    @Test
    void aBodyOpeningAFiguresNameIsWhoDoesWhatIsCounted() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-10-28",
                "洋浦经济开发区今年新增市场主体3512户。今年以来洋浦海关共监管船籍港登记国际船舶45艘。霍尔果斯海关共验放进出境车辆21.6万辆次。");
        assertEquals("监管船籍港登记国际船舶", ExtractionFixture.valued(all, 45).indicator(), all.toString());
        assertEquals("验放进出境车辆", ExtractionFixture.valued(all, 21.6).indicator(), all.toString());
    }

    @Test
    void aFirmsPlantAbroadOwnsNoneOfTheFirmsFiguresAndTheFirmOwnsItsShareOfAMarket() {
        List<Observation> firm = ExtractionFixture.extract(null, "2024-10-19",
                "前三季度，宁德时代新能源科技股份有限公司实现营业收入2590.45亿元。公司将继续推进匈牙利德布勒森工厂建设。"
                        + "截至9月末，公司货币资金余额2669亿元。前三季度宁德时代动力电池装车量占国内市场的份额达到45.9%。");
        assertTrue(firm.stream().allMatch(o -> o.subject().equals("宁德时代新能源科技股份有限公司")), firm.toString());
        assertEquals(Observation.Measure.SHARE, ExtractionFixture.valued(firm, 45.9).measure(), firm.toString());
    }

    @Test
    void aBoundPassedThenTheExactFigureIsOneFigure() {
        List<Observation> trains = ExtractionFixture.extract("西安国际港务区：中欧班列今年开行量突破4000列", "2024-11-18",
                "11月16日，中欧班列（西安）今年累计开行量突破4000列，达到4012列，同比增长9.1%。");
        assertEquals(List.of(4012.0, 9.1), trains.stream().map(Observation::value).toList(), trains.toString());
    }

    @Test
    void aPlansFiguresAreThoseOfThePlaceWhoseBodyIssuedIt() {
        List<Observation> plan = ExtractionFixture.extract("西安国际港务区：中欧班列今年开行量突破4000列", "2024-11-18",
                "西安国际港务区今年中欧班列开行量突破4000列。\n陕西省人民政府办公厅此前印发的《陕西省推动中欧班列高质量发展实施方案》提出，"
                        + "到2027年，中欧班列（西安）开行量力争突破6000列。");
        assertEquals("陕西省", ExtractionFixture.valued(plan, 6000).subject(), plan.toString());
    }

    @Test
    void firmsGivenAsExamplesAndAZonesAreaInBracketsNameNothingMeasured() {
        List<Observation> cars = ExtractionFixture.extract(null, "2024-10-30",
                "两江新区着力打造汽车产业集群，长安汽车、赛力斯、理想汽车等整车企业前三季度产量合计突破120万辆。");
        assertEquals("整车企业产量", ExtractionFixture.valued(cars, 120).indicator(), cars.toString());
        List<Observation> area = ExtractionFixture.extract(null, "2024-12-03", "今年1至11月，南京综合保税区（江北片区）实现进出口额156亿元。");
        assertEquals("进出口额", ExtractionFixture.valued(area, 156).indicator(), area.toString());
        assertEquals("南京综合保税区", ExtractionFixture.valued(area, 156).subject(), area.toString());
    }

    @Test
    void aFigureOfFirmsListedTogetherIsNoOnesAlone() {
        List<Observation> joint = ExtractionFixture.extract(null, "2024-10-30", "沪深两市成交活跃。贵州茅台、宁德时代成交额超过50亿元。");
        assertTrue(joint.stream().noneMatch(o -> o.value() == 50), joint.toString());
        List<Observation> signed = ExtractionFixture.extract(null, "2024-10-30", "前三季度，合肥经开区与华为、比亚迪签约项目投资120亿元。");
        assertEquals("合肥经济技术开发区", ExtractionFixture.valued(signed, 120).subject(), signed.toString());
    }

    @Test
    void aShortNameDefinedForTheSubjectAndACountsVerbNameNothingMeasured() {
        List<Observation> defined = ExtractionFixture.extract(null, "2024-10-25",
                "中国—上海合作组织地方经贸合作示范区（以下简称“上合示范区”）前三季度实现进出口额385.2亿元，同比增长19.8%。");
        assertEquals("进出口额", ExtractionFixture.valued(defined, 385.2).indicator(), defined.toString());
        List<Observation> count = ExtractionFixture.extract(null, "2024-08-02", "截至目前，全国共有综合保税区170个。");
        assertEquals("综合保税区", ExtractionFixture.valued(count, 170).indicator(), count.toString());
    }

    @Test
    void aFirmOpeningASentenceAfterALinkingWordOwnsWhatItDidUnlessGivenAsAnExample() {
        List<Observation> results = ExtractionFixture.extract(null, "2024-08-20",
                "蔚来将在合肥建设第三工厂。此外，小米集团公布二季度业绩，营收达到889亿元。");
        assertEquals("小米集团", ExtractionFixture.valued(results, 889).subject(), results.toString());
        List<Observation> examples = ExtractionFixture.extract("合肥经开区新能源产业加快发展", "2024-08-02",
                "合肥经开区新能源产业加快发展。同时，宁德时代、比亚迪等一批龙头企业加快布局，全年完成投资120亿元。");
        assertEquals("合肥经济技术开发区", ExtractionFixture.valued(examples, 120).subject(), examples.toString());
        List<Observation> housing = ExtractionFixture.extract(null, "2024-08-02", "2023年，北京市共有产权住房累计供应5000套。");
        assertEquals("共有产权住房累计供应", ExtractionFixture.valued(housing, 5000).indicator(), housing.toString());
    }

    @Test
    void kindsOfFirmsPlantsAndZonesAndSeveralGroupsAreNoFirmsOrPlantSites() {
        List<Observation> firms = ExtractionFixture.extract(null, "2024-03-01",
                "今年以来，合肥市引进华为、比亚迪等龙头企业12家。全年新登记市场主体15万户，公司类市场主体6万户。");
        assertEquals("公司类市场主体", ExtractionFixture.valued(firms, 6).indicator(), firms.toString());
        assertTrue(firms.stream().noneMatch(o -> o.subject().endsWith("公司")), firms.toString());
        List<Observation> plants = ExtractionFixture.extract(null, "2024-03-01",
                "2023年，江苏新增智能工厂120家，浙江新增智能工厂90家，广东已建成智能工厂150家。");
        assertEquals("浙江省", ExtractionFixture.valued(plants, 90).subject(), plants.toString());
        assertEquals("广东省", ExtractionFixture.valued(plants, 150).subject(), plants.toString());
        List<Observation> clusters = ExtractionFixture.extract(null, "2024-03-01", "2023年，河南省集聚区主营业务收入突破5万亿元。");
        assertEquals("集聚区主营业务收入", ExtractionFixture.valued(clusters, 5).indicator(), clusters.toString());
        List<Observation> groups = ExtractionFixture.extract(null, "2024-03-01", "2023年，合肥市3家企业营业收入超过100亿元，1家企业营业收入达到500亿元。");
        assertEquals(2, groups.stream().filter(o -> o.value() == 100.0 || o.value() == 500.0).count(), "two groups, two figures: " + groups);
    }

    @Test
    void aPlanOfSeveralPlacesOrOfTheDocumentsZoneIsNoIssuersOwn() {
        List<Observation> zone = ExtractionFixture.extract("南京江北新区发展总体规划发布", "2024-03-01",
                "南京市人民政府印发的《南京江北新区发展总体规划》提出，到2025年，地区生产总值力争达到5000亿元。");
        assertEquals("南京江北新区", ExtractionFixture.valued(zone, 5000).subject(), zone.toString());
        List<Observation> two = ExtractionFixture.extract(null, "2024-03-01",
                "重庆市人民政府办公厅、四川省人民政府办公厅联合印发《成渝地区双城经济圈建设规划》，提出到2025年，经济总量达到8万亿元左右。");
        assertTrue(two.stream().noneMatch(o -> o.subject().equals("四川省")), two.toString());
    }

    @Test
    void aPlaceInWhatIsBeingBuiltIsNoSubject() {
        List<Observation> hub = ExtractionFixture.extract("郑州航空港区：上半年完成航空货邮吞吐量41.2万吨", "2024-07-22",
                "郑州航空港经济综合实验区（以下简称“航空港区”）上半年完成航空货邮吞吐量41.2万吨。"
                        + "航空港区党工委书记赵新中表示，航空港区将加快建设郑州国际航空货运枢纽，力争全年货邮吞吐量突破80万吨。");
        assertEquals("郑州航空港经济综合实验区", ExtractionFixture.valued(hub, 80).subject(), hub.toString());
    }

    @Test
    void aTargetYearSomeoneStatesIsTheirSentencesAimOnly() {
        List<Observation> trade = ExtractionFixture.extract(null, "2024-12-10",
                "今年1至11月，杭州跨境电商综试区实现跨境电商进出口额1486亿元。\n杭州市副市长孙旭东表示，到2027年，杭州跨境电商进出口额力争突破2500亿元。"
                        + "杭州综合保税区入驻企业达到860家。");
        assertEquals(Observation.Kind.TARGET, ExtractionFixture.valued(trade, 2500).kind(), trade.toString());
        assertEquals(Observation.Kind.ACTUAL, ExtractionFixture.valued(trade, 860).kind(), trade.toString());
    }

    @Test
    void whenOneThingIsExpectedToHappenIsNoPeriodOfTheSentencesAfterIt() {
        List<Observation> supply = ExtractionFixture.extract("肇庆高新区举行新闻发布会", "2026-10-30",
                "今年前三季度，肇庆高新区电池出货量同比增长27%；储能电芯项目已完成主体厂房封顶，预计明年二季度投产。"
                        + "我们还推动园区内12家配套企业进入头部企业供应链，本地配套率由去年的31%提高到38%。");
        Observation reached = ExtractionFixture.valued(supply, 38);
        assertEquals(Observation.Kind.ACTUAL, reached.kind(), supply.toString());
        assertEquals("2026-01/2026-09", reached.periodLabel(), supply.toString());
        Observation start = ExtractionFixture.valued(supply, 31);
        assertEquals("本地配套率", start.indicator(), "the value a change starts from, last year's: " + supply);
        assertEquals("2025", start.periodLabel(), supply.toString());
        List<Observation> aimed = ExtractionFixture.extract("肇庆高新区举行新闻发布会", "2026-10-30",
                "今年前三季度，肇庆高新区电池出货量同比增长27%；储能电芯项目力争于明年二季度投产。本地配套率提高到38%。");
        assertEquals("2026-01/2026-09", ExtractionFixture.valued(aimed, 38).periodLabel(), "an event aimed at is dated alike: " + aimed);
    }

    @Test
    void aKindWordAloneOpeningTheTitleNamesNoSubject() {
        List<Observation> all = ExtractionFixture.extract("经开区召开上半年经济运行分析暨重点项目推进会议", "2024-07-12",
                "7月10日，双鸭山经济技术开发区召开上半年经济运行分析会。\n孙国栋指出，上半年主要指标实现“双过半”。他强调，下半年要紧扣“项目为王”，"
                        + "确保年内建成投产项目达到12个以上，新签约项目总额突破60亿元。");
        assertEquals("双鸭山经济技术开发区", ExtractionFixture.valued(all, 60).subject(), all.toString());
    }

    @Test
    void aChangeFromTheSamePeriodLastYearStartsFromThatPeriodsLevel() {
        List<Observation> all = ExtractionFixture.extract("苏州工业园区前三季度经济运行", "2025-10-12",
                "苏州工业园区前三季度实际使用外资由去年同期的8.2亿美元增长到9.6亿美元，研发投入强度由上年的3.1%提高到3.4%。");
        Observation start = ExtractionFixture.valued(all, 8.2);
        assertEquals("实际使用外资", start.indicator(), all.toString());
        assertEquals("2024-01/2024-09", start.periodLabel(), "the same months of last year: " + all);
        assertEquals("实际使用外资", ExtractionFixture.valued(all, 9.6).indicator(), all.toString());
        assertEquals("2025-01/2025-09", ExtractionFixture.valued(all, 9.6).periodLabel(), all.toString());
        assertEquals(Observation.Measure.SHARE, ExtractionFixture.valued(all, 3.1).measure(), "a rate's starting point is a share: " + all);
        List<Observation> unmarked = ExtractionFixture.extract("苏州工业园区前三季度经济运行", "2025-10-12",
                "苏州工业园区前三季度实际使用外资由去年同期8.2亿美元增长到9.6亿美元。");
        assertEquals("2024-01/2024-09", ExtractionFixture.valued(unmarked, 8.2).periodLabel(), unmarked.toString());
    }

    @Test
    void theSentenceUnderAHeadingOfOneIndustryGivesThatIndustrysFigures() {
        List<Observation> all = ExtractionFixture.extract("无为经济开发区2026年1—10月经济运行情况", "2026-11-21",
                "1—10月，无为经济开发区经济运行稳中有进。\n二、重点产业运行情况\n（一）高端装备制造产业。实现产值158.3亿元，增长11.6%。"
                        + "其中，电线电缆行业实现产值96.1亿元。\n（二）电子信息产业。实现产值38.2亿元。\n（三）做大做强文旅康养产业。全年接待游客2500万人次以上。");
        assertEquals("高端装备制造产业产值", ExtractionFixture.valued(all, 158.3).indicator(), all.toString());
        assertEquals("高端装备制造产业产值", ExtractionFixture.valued(all, 11.6).indicator(), all.toString());
        assertEquals("电线电缆行业产值", ExtractionFixture.valued(all, 96.1).indicator(), "a part names its own: " + all);
        assertEquals("电子信息产业产值", ExtractionFixture.valued(all, 38.2).indicator(), all.toString());
        assertEquals("接待游客", ExtractionFixture.valued(all, 2500).indicator(), "a task's heading names no figure: " + all);
        List<Observation> task = ExtractionFixture.extract("孝义市政府工作报告", "2026-01-12",
                "2025年，孝义市经济运行稳中有进。\n（三）做大做强文旅康养产业。实现旅游综合收入85亿元。");
        assertEquals("旅游综合收入", ExtractionFixture.valued(task, 85).indicator(), "nor one opening with its verb: " + task);
    }

    @Test
    void wherePeopleTravelledToOwnsNoneOfWhatTheyDid() {
        List<Observation> all = ExtractionFixture.extract("延吉高新区赴韩国开展招商推介", "2026-09-22",
                "据了解，今年以来，延吉高新区坚持“走出去”与“请进来”相结合，先后赴京津冀、长三角以及韩国、日本开展招商活动9次，"
                        + "新引进项目21个，协议总投资46.3亿元。");
        Observation trips = ExtractionFixture.valued(all, 9);
        assertEquals("延吉高新技术产业开发区", trips.subject(), all.toString());
        assertEquals("开展招商活动", trips.indicator(), all.toString());
        assertEquals("延吉高新技术产业开发区", ExtractionFixture.valued(all, 46.3).subject(), all.toString());
    }

    @Test
    void aHeadlinesZoneWithShortWordsIsTheZoneTheBodyNames() {
        List<Observation> area = ExtractionFixture.extract("广西自贸试验区钦州港片区：前三季度对东盟贸易增长28%", "2024-10-28",
                "今年前三季度，中国（广西）自由贸易试验区钦州港片区对东盟进出口额286.5亿元。北部湾港集团、华谊集团等企业在片区投资建设的重大项目前三季度完成投资320亿元。");
        assertEquals("中国(广西)自由贸易试验区钦州港片区", ExtractionFixture.valued(area, 320).subject(), area.toString());
        assertEquals("2024-01/2024-09", ExtractionFixture.valued(area, 320).periodLabel(), area.toString());
    }

    @Test
    void aCountOfWhatAPlaceHasIsOfWhatFollowsIt() {
        List<Observation> zones = ExtractionFixture.extract(null, "2025-01-08", "截至2024年底，江苏省有27家国家级经开区，数量居全国首位。");
        assertEquals("国家级经开区", ExtractionFixture.valued(zones, 27).indicator(), zones.toString());
        assertEquals("江苏省", ExtractionFixture.valued(zones, 27).subject(), zones.toString());
    }

    @Test
    void aPortNamedAfterTwoPlacesIsNeithersAloneButThePortsOwnSubject() {
        List<Observation> port = ExtractionFixture.extract("2023年宁波市国民经济和社会发展统计公报", "2024-03-20",
                "全年全市实现地区生产总值16452.8亿元。全年宁波舟山港完成货物吞吐量13.24亿吨，比上年增长4.9%。");
        assertEquals("宁波舟山港", ExtractionFixture.valued(port, 13.24).subject(), port.toString());
        assertEquals("货物吞吐量", ExtractionFixture.valued(port, 13.24).indicator(), port.toString());
    }

    @Test
    void anInterviewsQuestionOnTheSecondHalfIsThisYearsAndTheAnswersTargetsTooWithoutTheirFrame() {
        List<Observation> all = ExtractionFixture.extract("专访南昌经济技术开发区管委会主任", "2024-07-26",
                "上半年，南昌经济技术开发区实现地区生产总值386.5亿元。\n记者：下半年有哪些打算？全年目标能否实现？\n"
                        + "答：全年我们确定的目标是地区生产总值增长8%，实际利用外资3亿美元。");
        Observation growth = ExtractionFixture.valued(all, 8);
        assertEquals("地区生产总值", growth.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, growth.kind(), all.toString());
        assertEquals(2024, growth.periodTo().getYear(), all.toString());
    }

    @Test
    void aFirmsPlantAndItsLatinNameLeaveTheFirmItsFiguresAndAZoneWordOpeningAClauseIsTheDocumentsZone() {
        List<Observation> plant = ExtractionFixture.extract("特斯拉上海超级工厂三季度交付量创新高", "2024-10-15",
                "特斯拉（Tesla）上海超级工厂第三季度（Q3）共交付整车22.4万辆，环比增长15.6%。");
        assertEquals("特斯拉", ExtractionFixture.valued(plant, 22.4).subject(), plant.toString());
        assertEquals("上海超级工厂交付整车", ExtractionFixture.valued(plant, 22.4).indicator(), plant.toString());
        List<Observation> zone = ExtractionFixture.extract("横琴粤澳深度合作区澳资企业突破6000家", "2024-09-18",
                "据澳门特区政府统计暨普查局数据，澳门上半年本地生产总值实质增长10.4%。上半年，合作区地区生产总值完成225.7亿元，同比增长4.6%。");
        assertEquals("横琴粤澳深度合作区", ExtractionFixture.valued(zone, 225.7).subject(), zone.toString());
        assertEquals("横琴粤澳深度合作区", ExtractionFixture.valued(zone, 4.6).subject(), zone.toString());
    }

    @Test
    void anEventsAndATotalsWordsAndTheRankedGroupNameNothingMeasured() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-05-20", "3月12日，睢宁经济开发区举行重大项目集中签约仪式，此次共签约项目18个。"
                + "1-4月，昆山综合保税区进出口值居全国综保区第4位。2023年度参评的156个综合保税区中，评估为A类的综合保税区共44个。");
        assertEquals("签约项目", ExtractionFixture.valued(all, 18).indicator(), all.toString());
        assertEquals("进出口值", ExtractionFixture.valued(all, 4).indicator(), all.toString());
        assertEquals("评估为A类的综合保税区", ExtractionFixture.valued(all, 44).indicator(), all.toString());
        List<Observation> sized = ExtractionFixture.extract(null, "2024-07-20", "上半年，青岛前湾综合保税区实现进出口额312.5亿元，同比增长16.8%，规模居全国综保区第6位。"
                + "澳门上半年本地生产总值1980亿澳门元，实质增长10.4%。");
        assertEquals("进出口额", ExtractionFixture.valued(sized, 6).indicator(), sized.toString());
        assertEquals("本地生产总值", ExtractionFixture.valued(sized, 10.4).indicator(), sized.toString());
    }

    @Test
    void aPlaceOpeningItsClauseHoldsItsCountOfTheSetTheSentenceOpensWith() {
        List<Observation> all = ExtractionFixture.extract(null, "2026-01-25", "2025年，在综合排名前30名的国家级经开区中，江苏占9家，浙江占4家。"
                + "2025年，全国共有国家级经开区232家，江苏有27家。");
        Observation jiangsu = ExtractionFixture.valued(all, 9);
        assertEquals("江苏省", jiangsu.subject(), all.toString());
        assertEquals("综合排名前30名的国家级经开区", jiangsu.indicator(), all.toString());
        assertEquals("浙江省", ExtractionFixture.valued(all, 4).subject(), all.toString());
        assertEquals("国家级经开区", ExtractionFixture.valued(all, 27).indicator(), "else the indicator before: " + all);
    }

    @Test
    void anAnnouncementsFiguresAreItsCompanysAndAnAmountGainedAgainstAComparisonIsAChange() {
        List<Observation> all = ExtractionFixture.extract("苏州瑞芯智造科技股份有限公司2025年年度业绩预告", "2026-01-24",
                "证券代码：688713    证券简称：瑞芯智造\n公司总部位于苏州工业园区综合保税区。\n"
                + "经财务部门初步测算，预计2025年年度实现营业收入18.6亿元到19.4亿元，与上年同期相比，将增加3.2亿元到4.0亿元，同比增长20.78%到25.97%。");
        assertTrue(all.stream().allMatch(o -> o.subject().equals("苏州瑞芯智造科技股份有限公司")), all.toString());
        assertEquals("营业收入", ExtractionFixture.valued(all, 18.6).indicator(), all.toString());
        assertEquals(Observation.Measure.CHANGE, ExtractionFixture.valued(all, 3.2).measure(), all.toString());
    }

    @Test
    void firmsOrPeopleFromOutsideTheMainlandAreCountedInTheZoneNotOwnedByTheirHome() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-10-25", "前三季度，横琴粤澳深度合作区实现地区生产总值350亿元，同比增长3.2%。"
                + "澳门企业投资项目19个，总投资额120亿元。截至9月底，合作区内澳资企业达6500家。");
        assertTrue(all.stream().allMatch(o -> o.subject().equals("横琴粤澳深度合作区")), all.toString());
        assertEquals("澳门企业投资项目", ExtractionFixture.valued(all, 19).indicator(), all.toString());
        List<Observation> home = ExtractionFixture.extract(null, "2024-10-25", "澳门特别行政区统计暨普查局公布，上半年澳门本地生产总值1980亿澳门元。");
        assertEquals("澳门特别行政区", ExtractionFixture.valued(home, 1980).subject(), home.toString());
        List<Observation> brought = ExtractionFixture.extract(null, "2026-01-21", "阿克苏市深化与浙江对口合作，去年引进浙江企业26家。");
        assertEquals("阿克苏市", ExtractionFixture.valued(brought, 26).subject(), "firms brought in are counted where they come to: " + brought);
    }

    @Test
    void whatAFigureIsComparedWithNamesNothingAndARateOrRatioBeforeIsWhatMoved() {
        List<Observation> all = ExtractionFixture.extract(null, "2024-12-05", "截至2024年11月底，高新区拥有国家高新技术企业2860家，较2023年底净增312家。"
                + "2023年，合肥高新区研发投入强度为6.8%，高于全市3.5个百分点。1-10月，武汉市房地产开发投资下降8.9%，降幅比1-9月收窄0.7个百分点。"
                + "截至8月底，横琴粤澳深度合作区注册资本1492亿元，较合作区成立之初增长超过40%；实际使用外资24.6亿美元，占全区同期的28%。");
        Observation added = ExtractionFixture.valued(all, 312);
        assertEquals("国家高新技术企业", added.indicator(), all.toString());
        assertEquals(Observation.Measure.CHANGE, added.measure(), all.toString());
        assertEquals("研发投入强度高于全市", ExtractionFixture.valued(all, 3.5).indicator(), all.toString());
        assertEquals("房地产开发投资降幅", ExtractionFixture.valued(all, -0.7).indicator(), all.toString());
        assertEquals("注册资本", ExtractionFixture.valued(all, 40).indicator(), all.toString());
        assertEquals("实际使用外资", ExtractionFixture.valued(all, 28).indicator(), all.toString());
    }

    @Test
    void aZoneWordOpeningASentenceAfterAPartnersIsTheDocumentsAndAFigureFirmsDriveIsTheZones() {
        List<Observation> partner = ExtractionFixture.extract("两江新区上半年汽车产量增长", "2024-07-20",
                "6月，两江新区与四川天府新区签署合作协议。天府新区上半年地区生产总值增长7.1%。今年，新区规模以上工业产值增长9.5%。");
        assertEquals("重庆两江新区", ExtractionFixture.valued(partner, 9.5).subject(), partner.toString());
        List<Observation> driven = ExtractionFixture.extract(null, "2024-07-20", "上半年，合肥新站高新区新型显示产业加快发展，京东方、维信诺带动园区新型显示产业产值增长18%。");
        assertEquals(1, driven.stream().filter(o -> o.value() == 18).count(), driven.toString());
    }

    @Test
    void aTargetNamedWithItsIndicatorAndANominalGrowthKeepTheirNamesAndAProvincesZonesKeepTheirKind() {
        List<Observation> all = ExtractionFixture.extract("2025年湖南省政府工作报告", "2025-01-20",
                "过去一年，全省地区生产总值增长4.8%左右，名义增长3.9%；浙江高新区研发投入强度达到4.2%。2025年主要预期目标是：全年进出口目标为6000亿元。");
        assertEquals("进出口目标", ExtractionFixture.valued(all, 6000).indicator(), all.toString());
        assertTrue(!ExtractionFixture.valued(all, 3.9).indicator().equals("地区生产总值"), "nominal is no headline growth: " + all);
        assertTrue(ExtractionFixture.valued(all, 4.2).indicator().contains("高新区"), all.toString());
    }

    @Test
    void aMacauReleaseInTraditionalCharactersIsReadAsTheSameTextInSimplifiedOnes() {
        List<Observation> all = ExtractionFixture.extract("橫琴粵澳深度合作區執委會公布經濟運行情況", "2026-02-06",
                "二〇二五年，合作區全年實現地區生產總值五百二十八億元人民幣，按年增長百分之六點三；固定資產投資按年增長百分之八點一。");
        Observation product = ExtractionFixture.valued(all, 528);
        assertEquals("横琴粤澳深度合作区", product.subject(), all.toString());
        assertEquals("地区生产总值", product.indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, ExtractionFixture.valued(all, 6.3).measure(), all.toString());
        assertEquals("固定资产投资", ExtractionFixture.valued(all, 8.1).indicator(), all.toString());
    }

    @Test
    void aFirmInvestingInAZoneOwnsTheInvestmentAndAHeadlinesActorIsNoSubject() {
        List<Observation> all = ExtractionFixture.extract("德国企业在江北新区投资建厂", "2026-03-12",
                "巴斯夫公司将在南京江北新区投资12亿欧元建设新能源材料基地，预计2027年建成投产。德国企业在江北新区累计投资超过20亿美元。");
        Observation basf = ExtractionFixture.valued(all, 12);
        assertEquals("巴斯夫", basf.subject(), all.toString());
        assertEquals("投资", basf.indicator(), all.toString());
        Observation german = ExtractionFixture.valued(all, 20);
        assertEquals("南京江北新区", german.subject(), all.toString());
        assertEquals("德国企业累计投资", german.indicator(), all.toString());
        assertEquals("江北新区", DocumentSubject.from("德国企业在江北新区投资建厂").orElseThrow());
    }

    @Test
    void aFirmsInvestmentIsItsOwnWhereverItIsMadeAndEndsWithItsPartOfTheList() {
        List<Observation> all = ExtractionFixture.extract("临港新片区外资项目持续加码", "2025-10-30",
                "2025年，临港新片区外资项目持续加码。此外，施耐德电气宣布在临港新增投资8000万欧元，扩建低压电气产品工厂；瑞典SKF集团（斯凯孚）追加投资5000万美元。"
                        + "特斯拉此次追加投资约2亿美元，用于建设储能电池生产线。值得注意的是，巴斯夫在广东湛江投资约100亿欧元建设一体化基地。");
        Observation schneider = ExtractionFixture.valued(all, 8000);
        assertEquals("施耐德电气", schneider.subject(), all.toString());
        assertEquals("新增投资", schneider.indicator(), all.toString());
        Observation skf = ExtractionFixture.valued(all, 5000);
        assertEquals("追加投资", skf.indicator(), all.toString());
        assertTrue(!skf.subject().equals("施耐德电气"), "a firm's scope ends at the ；: " + all);
        assertEquals("特斯拉", ExtractionFixture.valued(all, 2).subject(), all.toString());
        assertEquals("巴斯夫", ExtractionFixture.valued(all, 100).subject(), all.toString());
    }

    @Test
    void whatAProcedureTookBeforeNamesNothingAndTheTimeItNowTakesKeepsTheName() {
        List<Observation> all = ExtractionFixture.extract("四川自贸试验区制度创新案例", "2025-11-12",
                "2025年，项目从拿地到开工时间由平均180天压缩至60天，通关时间由原来的平均15天缩短至3天。全省省级及以上开发区由原119个调整为115个。");
        assertEquals("项目从拿地到开工时间", ExtractionFixture.valued(all, 60).indicator(), all.toString());
        assertEquals("通关时间", ExtractionFixture.valued(all, 3).indicator(), all.toString());
        assertEquals("省级及以上开发区", ExtractionFixture.valued(all, 115).indicator(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 180 || o.value() == 119), "a value before with no year names no period's level: " + all);
    }

    @Test
    void moneyAVerbBringsInIsNamedByTheKindOfMoneyAfterItButNotWhatAPolicyOffers() {
        List<Observation> all = ExtractionFixture.extract("青岛市发行专项债券", "2026-02-27",
                "2026年，青岛西海岸新区基础设施配套工程获得12.3亿元专项债券资金。对新引进的领军人才团队，给予最高500万元创业资助。");
        assertEquals("专项债券资金", ExtractionFixture.valued(all, 12.3).indicator(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 500), "a policy's offer is no figure: " + all);
    }

    @Test
    void aFallOnTheMonthAfterASemicolonKeepsItsIndicatorAndAChangeMayStartAtTheYearsStart() {
        List<Observation> all = ExtractionFixture.extract("澳门一月份商品出口", "2026-02-26",
                "二零二六年一月，澳门商品出口总值为十二点三亿澳门元，按年上升百分之八点六；按月下跌百分之四点二。"
                        + "2025年，一个月银行同业拆息由年初的4.3%回落至年底的3.5%。");
        Observation monthly = ExtractionFixture.valued(all, -4.2);
        assertEquals("商品出口总值", monthly.indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, monthly.measure(), all.toString());
        assertTrue(monthly.flags().contains("ON_PREVIOUS_PERIOD"), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 4.3), "the rate at the year's start is no level of the year: " + all);
        assertTrue(all.stream().anyMatch(o -> o.value() == 3.5), all.toString());
    }

    @Test
    void aChannelStaysInTheNameItDefinesAndMoneyOfARelativeClauseIsNoFigure() {
        List<Observation> all = ExtractionFixture.extract("洋浦经济开发区营商环境", "2025-12-20",
                "2025年，洋浦经济开发区通过“一网通办”渠道办理的事项占比达到92%。巴斯夫在广东湛江投资100亿欧元建设的一体化基地已全面投产。"
                        + "乾隆御道文化街区项目由著名文旅企业华侨城集团投资18亿元建设。");
        assertTrue(ExtractionFixture.valued(all, 92).indicator().contains("一网通办"), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 100), all.toString());
        assertEquals("投资", ExtractionFixture.valued(all, 18).indicator(), all.toString());
    }

    @Test
    void aPolicysConditionsAndWhatItGrantsAreItsTermsNotFigures() {
        List<Observation> all = ExtractionFixture.extract("东湖高新区出台人才新政", "2026-02-10",
                "2026年，东湖高新区每年遴选创新创业领军人才100名左右。对年营业收入首次突破10亿元、50亿元的企业，分别给予200万元、500万元奖励；"
                        + "对符合条件的高层次人才首次购买商品住房的，按购房价款的30%给予购房补贴。对2025年新引进的企业，东湖高新区共兑现资金18.6亿元。");
        assertEquals(List.of(100.0, 18.6), all.stream().map(Observation::value).toList(), all.toString());
    }

    @Test
    void aZoneKindOpeningAClauseIsTheOneZoneOfThatKindTheDocumentNamesThoughAPlaceIsNamedMore() {
        List<Observation> all = ExtractionFixture.extract("澳门特区政府与合作区执委会召开联席会议", "2026-02-06",
                "澳门特别行政区政府与横琴粤澳深度合作区执行委员会举行联席会议，澳门特区政府多个部门出席。澳门各界积极参与。"
                        + "会议通报，2025年合作区实现地区生产总值587亿元，按年增长6.3%。澳门居民在合作区就业人数持续增加。");
        assertEquals("横琴粤澳深度合作区", ExtractionFixture.valued(all, 587).subject(), all.toString());
    }

    @Test
    void aHongKongQuarterIsAQuarterAndGrowthOnTheQuarterIsOnThePeriodBefore() {
        List<Observation> all = ExtractionFixture.extract("香港特区政府公布第四季本地生产总值", "2026-02-26",
                "香港二零二五年第四季本地生产总值按年上升百分之二点五；经季节性调整后，本地生产总值按季增长百分之零点四。货物出口总额在第四季按年上升百分之七点二。");
        Observation yearly = ExtractionFixture.valued(all, 2.5);
        assertEquals(Observation.Kind.ACTUAL, yearly.kind(), all.toString());
        assertEquals("2025-10/2025-12", yearly.periodLabel(), all.toString());
        assertTrue(ExtractionFixture.valued(all, 0.4).flags().contains("ON_PREVIOUS_PERIOD"), all.toString());
        assertEquals("货物出口总额", ExtractionFixture.valued(all, 7.2).indicator(), all.toString());
    }

    @Test
    void aFigureRightAfterALabelAndItsColonIsTheLabelsLessTheItemsNumber() {
        List<Observation> all = ExtractionFixture.extract("重庆西永综合保税区智能卡口改造项目中标结果公告", "2026-03-18",
                "一、项目名称：重庆西永综合保税区智能卡口改造项目\n三、中标金额：1386.52万元（人民币壹仟叁佰捌拾陆万伍仟贰佰元整）\n四、项目总投资：2.3亿元\n"
                        + "2025年西永综保区主要指标：进出口总额：3218亿元；实际使用外资：3.2亿美元。");
        assertEquals("中标金额", ExtractionFixture.valued(all, 1386.52).indicator(), all.toString());
        assertEquals("项目总投资", ExtractionFixture.valued(all, 2.3).indicator(), all.toString());
        assertEquals("进出口总额", ExtractionFixture.valued(all, 3218).indicator(), all.toString());
        assertEquals("实际使用外资", ExtractionFixture.valued(all, 3.2).indicator(), all.toString());
    }
    @Test
    void aCurrencyNamedBeforeItsFigureIsItsUnitAndNoPartOfTheNameAndCasesCountIn起() {
        List<Observation> all = ExtractionFixture.extract("黄埔海关公布综合保税区行政处罚典型案例", "2026-01-09",
                "2025年4月，广州黄埔综合保税区内某企业申报总价为美元86.5万元，货值人民币612.4万元。"
                        + "2025年，黄埔海关共办理行政处罚案件46起，案值人民币2.37亿元，同比分别下降11.5%和增长8.3%。");
        Observation price = ExtractionFixture.valued(all, 86.5);
        assertEquals("USD", price.unit(), all.toString());
        assertTrue(price.indicator().endsWith("申报总价"), all.toString());
        assertEquals("货值", ExtractionFixture.valued(all, 612.4).indicator(), all.toString());
        assertTrue(ExtractionFixture.valued(all, 46).indicator().endsWith("案件"), all.toString());
        assertTrue(ExtractionFixture.valued(all, -11.5).indicator().endsWith("案件"), "分别 pairs the fall with the cases: " + all);
    }

    @Test
    void aLinesDecorationAndItsSectionsHeadAreNoPartOfANameNorIsTheYearAnAssessmentIsNamedAfterTheYearOfWhatFollows() {
        List<Observation> all = ExtractionFixture.extract("重庆西永综合保税区", "2026-04-20",
                "【概况】2025年，西永综保区实现进出口总额2376.4亿元。在海关总署组织的2024年度综合保税区发展绩效评估中位列全国第4位。\n"
                        + "【招商引资】全年新签约项目36个。\n✅新增国家高新技术企业680家");
        Observation signed = ExtractionFixture.valued(all, 36);
        assertEquals("新签约项目", signed.indicator(), all.toString());
        assertEquals("2025", signed.periodLabel(), all.toString());
        assertEquals("2024", ExtractionFixture.valued(all, 4).periodLabel(), "the rank is the assessment's year's: " + all);
        assertEquals("新增国家高新技术企业", ExtractionFixture.valued(all, 680).indicator(), all.toString());
    }
    @Test
    void moneyInAnAccountOfBriberyIsNoFigureAndAFirmsOwnReportNamesItsFiguresWithoutTheWordForIt() {
        List<Observation> bribes = ExtractionFixture.extract("芜湖市纪委监委通报开发区领域违纪违法典型问题", "2025-11-14",
                "经查，芜湖经济技术开发区党工委原副书记周振华利用职务便利为他人谋取利益，非法收受他人财物共计人民币1863万余元；"
                        + "孙立平先后32次收受辖区企业负责人所送礼金共计人民币28.6万元。芜湖经开区2025年实现地区生产总值1025亿元。");
        assertEquals(List.of(1025.0), bribes.stream().map(Observation::value).toList(), bribes.toString());
        List<Observation> report = ExtractionFixture.extract("津航精密科技股份有限公司2025年年度报告摘要", "2026-03-27",
                "报告期内，公司实现营业收入48.62亿元，同比增长14.37%。");
        assertEquals("营业收入", ExtractionFixture.valued(report, 48.62).indicator(), report.toString());
    }
    @Test
    void aLineThatPointsToTheListBelowLendsItsYearToTheListsLines() {
        List<Observation> all = ExtractionFixture.extract("2026成都高新区创新合伙人大会来了", "2026-03-18",
                "3月28日，2026成都高新区创新合伙人大会将隆重开幕。\n2025年，成都高新区交出了一份亮眼答卷👇\n✅地区生产总值达到3210亿元，同比增长7.2%\n"
                        + "✅新增国家高新技术企业680家");
        Observation product = ExtractionFixture.valued(all, 3210);
        assertEquals(Observation.Kind.ACTUAL, product.kind(), all.toString());
        assertEquals("2025", product.periodLabel(), all.toString());
        assertEquals("2025", ExtractionFixture.valued(all, 680).periodLabel(), all.toString());
    }
    @Test
    void theRulesOfThisRoundKeepTheirBounds() {
        List<Observation> work = ExtractionFixture.extract("2026年嘉兴市南湖区政府工作报告", "2026-01-20",
                "2025年，深入开展工程建设领域行贿受贿问题专项整治，全年政府投资项目完成投资86.5亿元。关区跨境人民币结算额2860亿元。\n"
                        + "【进出口总额】6218.4亿元\n园区写字楼单价1.5万起。");
        assertEquals(86.5, ExtractionFixture.valued(work, 86.5).value(), "no bribe taken in its clause: " + work);
        assertTrue(ExtractionFixture.valued(work, 2860).indicator().contains("跨境人民币"), work.toString());
        assertEquals("进出口总额", ExtractionFixture.valued(work, 6218.4).indicator(), "a head with nothing after it is the label: " + work);
        assertTrue(work.stream().noneMatch(o -> "起".equals(o.unit())), "a price from 1.5万 up counts nothing: " + work);
        List<Observation> assessed = ExtractionFixture.extract("银川经济技术开发区2025年发展综述", "2026-01-10",
                "2024年获批扩区以来，开发区发展提速。在自治区2025年度开发区综合考核评价中位列第3位。\n全年新增注册企业46家。");
        assertEquals("2025", ExtractionFixture.valued(assessed, 46).periodLabel(), "an assessment of the year spoken of is that year: " + assessed);
        List<Observation> report = ExtractionFixture.extract("津航精密科技股份有限公司2025年年度报告摘要", "2026-03-27",
                "报告期内，园区企业所得税入库3.2亿元。");
        assertTrue(report.isEmpty() || ExtractionFixture.valued(report, 3.2).indicator().startsWith("企业"), report.toString());
    }

    @Test
    void aVerbOfDrivingOrHavingOpeningTheClauseIsNoPartOfTheIndicatorsName() {
        List<Observation> all = ExtractionFixture.extract("两江新区2026年工作报告", "2026-02-06",
                "2026年，推动电子信息产业产值增长12%。开发区建有国家级科技企业孵化器3家，同步建设人才公寓4200套。");
        assertEquals(List.of("电子信息产业产值", "国家级科技企业孵化器", "人才公寓"), all.stream().map(Observation::indicator).toList(), all::toString);
    }

    @Test
    void aZonesExtentInAnApprovalOfTheYearIsSetNotAimedAtAndAnInvestmentAFirmIsReadyToMakeIsAimedAt() {
        List<Observation> all = ExtractionFixture.extract("国务院关于同意扩展中国（安徽）自由贸易试验区实施范围的批复", "2026-05-22",
                "2026年，中国（安徽）自由贸易试验区扩区后实施范围179.52平方公里。新加坡鸿洋供应链集团第一期准备投资1.2亿美元。");
        assertEquals(Observation.Kind.ACTUAL, all.stream().filter(o -> o.value() == 179.52).findFirst().orElseThrow().kind(), all::toString);
        assertEquals(Observation.Kind.TARGET, all.stream().filter(o -> o.value() == 1.2).findFirst().orElseThrow().kind(), all::toString);
        List<Observation> results = ExtractionFixture.extract(null, "2026-04-08",
                "今年一季度，园区虚拟现实产业实现营业收入28亿元，模拟芯片设计企业实现营收9.6亿元。经公开招标，拟中标金额1386万元。");
        assertTrue(results.stream().allMatch(o -> o.kind() == Observation.Kind.ACTUAL), "虚拟, 模拟 and 拟中标 aim at nothing: " + results);
    }

    @Test
    void whatIsReportedAgainstTheYearBeforeIsAResultEarlyInTheYear() {
        List<Observation> all = ExtractionFixture.extract(null, "2026-01-19",
                "据海口海关统计，封关运作首月（2025年12月18日至2026年1月17日），海南一线进境货物货值286.4亿元。2026年，全省新增经营主体5.82万户，同比增长18.3%。");
        assertEquals("2025-12-18/2026-01-17", all.stream().filter(o -> o.value() == 286.4).findFirst().orElseThrow().periodLabel(), all::toString);
        assertTrue(all.stream().allMatch(o -> o.kind() == Observation.Kind.ACTUAL), all::toString);
    }

    @Test
    void anInterviewIsAboutTheZoneOfTheOneVisited() {
        List<Observation> all = ExtractionFixture.extract("奋力打造内陆开放型经济新高地——访赣州综合保税区管委会主任钟建华", "2025-12-22",
                "钟建华：过去五年，我们的进出口额从2020年的58.3亿元增长到2025年的176亿元，赣州的开放平台越来越多。");
        assertEquals("赣州综合保税区", all.stream().filter(o -> o.value() == 176).findFirst().orElseThrow().subject(), all::toString);
    }

    @Test
    void placesListedBeforeASpanOfWordsAndRespectivelyTakeTheirFiguresInTurn() {
        List<Observation> all = ExtractionFixture.extract(null, "2025-12-10",
                "2025年1—11月，重庆、四川、贵州三地经钦州港的铁海联运班列分别发送货物21.4万标箱、13.8万标箱和6.2万标箱。宜宾港、泸州港分别完成铁海联运4.1万标箱和3.6万标箱。"
                + "厦门海沧港综合保税区、厦门象屿综合保税区1—11月分别实现进出口额412亿元和286亿元。");
        assertEquals(List.of("重庆市", "四川省", "贵州省", "宜宾港", "泸州港", "厦门海沧港综合保税区", "厦门象屿综合保税区"),
                all.stream().map(Observation::subject).toList(), all::toString);
    }

    @Test
    void aProceduresWindowDatesNothingByItsDaysAndATaskOrAPlannedCampaignIsNoResult() {
        List<Observation> all = ExtractionFixture.extract(null, "2026-01-10", String.join("\n",
                "海南省首批企业备案申报时间为2026年2月1日至3月15日，可惠及企业300家。",
                "今年，海口综合保税区进出口总额5500亿元、同比增长8%的任务已分解到月。",
                "海南省将于2026年1月20日至2月28日开展离岛免税促消费活动，活动期间发放消费券3000万元。"));
        assertEquals("2026", all.stream().filter(o -> o.value() == 300).findFirst().orElseThrow().periodLabel(), all::toString);
        assertTrue(all.stream().filter(o -> o.value() == 5500 || o.value() == 3000).allMatch(o -> o.kind() == Observation.Kind.TARGET), all::toString);
    }

    @Test
    void aMonthAloneAndWhatDrivesGrowthAreNamedByTheIndicatorTheSentenceSpokeOf() {
        List<Observation> all = ExtractionFixture.extract(null, "2025-10-20",
                "1—9月，横琴粤澳深度合作区规模以上工业增加值同比增长12.7%，其中9月当月增长18.2%。"
                + "1—9月，横琴粤澳深度合作区第三产业增加值334.95亿元，占地区生产总值的比重为86.5%，拉动GDP增长5.3个百分点。");
        assertEquals("规模以上工业增加值", all.stream().filter(o -> o.value() == 18.2).findFirst().orElseThrow().indicator(), all::toString);
        assertEquals("第三产业增加值拉动GDP", all.stream().filter(o -> o.value() == 5.3).findFirst().orElseThrow().indicator(), all::toString);
    }

    @Test
    void aZonesKindAloneInTheHeadlineIsTheZoneTheBodysBareKindStandsForAndAShareOfThePlanIsAnActual() {
        List<Observation> all = ExtractionFixture.extract("观摩比拼促攻坚！高新区召开2024年二季度重点项目建设现场推进会", "2024-07-05",
                "7月4日，柳州高新区召开重点项目建设现场推进会。与会人员来到柳州智联汽车电子产业园一期。\n▲与会人员察看柳州智联汽车电子产业园一期\n"
                + "据了解，今年高新区共安排区级重点项目56个。1—6月，累计完成投资26.8亿元，占年度计划的56.7%。");
        assertTrue(all.stream().allMatch(o -> o.subject().equals("柳州高新技术产业开发区")), all::toString);
        assertEquals(Observation.Kind.ACTUAL, ExtractionFixture.valued(all, 56.7).kind(), all::toString);
    }
}
