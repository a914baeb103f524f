package io.zonelens.ingest.extraction.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowTablesTest {

    @Test
    void aYearsTargetColumnIsATargetAndItsCompletionColumnASharePerCentAsOfTheTablesPeriod() {
        List<Observation> all = extract("2026年1—10月龙南经济技术开发区经济运行情况", "2026-11-12",
                "指标名称　单位　1—10月完成　同比增长（%）　年度目标　完成进度（%）\n规模以上工业总产值　亿元　386.42　9.8　460　84.0\n"
                        + "固定资产投资　—　—　7.2　8.0（增速）　—\n实际使用外资　万美元　6830　—　8000　85.4");
        Observation target = valued(all, 460.0);
        assertEquals(Observation.Kind.TARGET, target.kind(), all.toString());
        assertEquals("规模以上工业总产值", target.indicator(), all.toString());
        Observation completion = valued(all, 85.4);
        assertEquals(Observation.Measure.SHARE, completion.measure(), all.toString());
        assertEquals("%", completion.unit(), "a share's per cent, not the row's 万美元: " + all);
        assertEquals("2026-01/2026-10", completion.periodLabel(), all.toString());
        Observation growthTarget = valued(all, 8.0);
        assertEquals(Observation.Measure.GROWTH, growthTarget.measure(), "a note says the target is a growth rate: " + all);
        assertEquals(Observation.Kind.TARGET, growthTarget.kind(), all.toString());
        assertEquals("2026", growthTarget.periodLabel(), "a year's target, not the months to date: " + all);
    }

    @Test
    void rowsOfPlacesGiveEachPlaceTheFiguresOfEveryColumnAndAChangeIsOfTheFigureBeforeIt() {
        List<Observation> all = extract("2023年广州市各区地区生产总值", "2024-02-06",
                "2023年广州市各区地区生产总值\n单位：亿元，%\n地区 地区生产总值 比上年增长\n全市 30355.73 4.6\n天河区 6601.24 4.4\n黄埔区 4316.20 5.5");
        assertEquals("广州市", valued(all, 30355.73).subject(), "全市 is the city the title names: " + all);
        assertEquals("亿元", valued(all, 6601.24).unitText(), "the caption's unit: " + all);
        Observation growth = valued(all, 4.4);
        assertEquals("天河区", growth.subject(), all.toString());
        assertEquals("地区生产总值", growth.indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, growth.measure(), all.toString());
        assertEquals("2023", growth.periodLabel(), all.toString());
        assertEquals(6, all.size(), all.toString());
        List<Observation> bracketed = extract("2023年广州市各区地区生产总值", "2024-02-06",
                "2023年广州市各区地区生产总值（单位：亿元）\n地区 地区生产总值 比上年增长\n全市 30355.73 4.6\n天河区 6601.24 4.4\n黄埔区 4316.20 5.5");
        assertEquals("亿元", valued(bracketed, 6601.24).unitText(), "a caption's unit in brackets, less the bracket: " + bracketed);
    }

    @Test
    void rowsOfIndicatorsAreTheDocumentsWithTheirUnitsAndTheColumnsPeriod() {
        for (String separator : List.of(" ", "|")) {
            String text = String.join("\n", "2023年1-6月天津经济技术开发区主要经济指标",
                    String.join(separator, "指标名称", "单位", "1-6月", "同比增长（%）"),
                    String.join(separator, "地区生产总值", "亿元", "1621.3", "4.1"),
                    String.join(separator, "外贸进出口总额", "亿元", "1358.4", "-6.5"));
            List<Observation> all = extract("2023年上半年天津经济技术开发区主要经济指标", "2023-08-10", text);
            Observation trade = valued(all, -6.5);
            assertEquals("天津经济技术开发区", trade.subject(), all.toString());
            assertEquals("外贸进出口总额", trade.indicator(), all.toString());
            assertEquals("2023-01/2023-06", trade.periodLabel(), "the change is over the months of the figure before it: " + all);
            assertEquals("亿元", valued(all, 1621.3).unitText(), all.toString());
        }
    }

    @Test
    void aPlanAgainstItsResultsGivesEachColumnItsKindAndYearAndEachGrowthRowItsMeasure() {
        List<Observation> all = extract("附件：海口市2026年国民经济和社会发展主要预期目标完成情况表", "2027-01-20", String.join("\n",
                "指标 | 单位 | 2026年目标 | 完成情况 | 是否完成", "一、经济发展",
                "地区生产总值增速 | % | 7左右 | 6.4 | 未完成",
                "城镇调查失业率 | % | 5.5以内 | 4.8 | 完成",
                "居民人均可支配收入增速 | % | 与经济增长基本同步 | 5.9 | 完成",
                "单位地区生产总值能耗降低 | % | 完成省下达任务 | 3.1 | 完成",
                "五、开放平台（重点园区）",
                "海口综合保税区进出口总额 | 亿元 | 400 | 436.2 | 完成"));
        Observation aimed = valued(all, 7.0);
        assertEquals("海口市", aimed.subject(), "an annex's label is no part of the title's subject: " + all);
        assertEquals("地区生产总值", aimed.indicator(), all.toString());
        assertEquals(Observation.Kind.TARGET, aimed.kind(), all.toString());
        assertEquals(Observation.Measure.GROWTH, aimed.measure(), all.toString());
        assertEquals(io.zonelens.ingest.extraction.number.Qualifier.APPROX, aimed.qualifier(), all.toString());
        Observation reached = valued(all, 6.4);
        assertEquals(Observation.Kind.ACTUAL, reached.kind(), all.toString());
        assertEquals("2026", reached.periodLabel(), "a result is of the year its target column names: " + all);
        assertEquals(io.zonelens.ingest.extraction.number.Qualifier.AT_MOST, valued(all, 5.5).qualifier(), all.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(all, 5.9).kind(), "a row with a target in words goes on: " + all);
        assertEquals("单位地区生产总值能耗", valued(all, -3.1).indicator(), "a fall is a negative growth: " + all);
        Observation zone = valued(all, 436.2);
        assertEquals("海口综合保税区", zone.subject(), "the zone a row's label opens with: " + all);
        assertEquals("进出口总额", zone.indicator(), all.toString());
    }

    @Test
    void aPlansColumnsOfTwoYearsAreEachTheirOwnYear() {
        List<Observation> all = extract("青岛市2026年国民经济和社会发展计划执行情况与2027年计划草案", "2027-01-18", String.join("\n",
                "指标名称 | 2026年计划 | 2026年预计完成 | 2027年计划",
                "地区生产总值增长（%） | 6 | 6.2 | 5.5",
                "实际使用外资（亿美元） | 60 | 58.3 | 60",
                "研发经费投入强度（%） | 3.2 | 3.25 | 3.3"));
        Observation next = valued(all, 5.5);
        assertEquals("2027", next.periodLabel(), all.toString());
        assertEquals(Observation.Kind.TARGET, next.kind(), all.toString());
        assertEquals("地区生产总值", next.indicator(), all.toString());
        Observation estimated = valued(all, 6.2);
        assertEquals(Observation.Kind.ACTUAL, estimated.kind(), "预计完成 is what came of the plan: " + all);
        assertEquals("2026", estimated.periodLabel(), all.toString());
        assertEquals(Observation.Measure.SHARE, valued(all, 3.25).measure(), all.toString());
        assertEquals(9, all.size(), all.toString());
    }

    @Test
    void aProductsRowIsNamedWithItsColumnAndProseWithSpacesIsNoTable() {
        List<Observation> all = extract("2023年宁波市国民经济和社会发展统计公报", "2024-03-26",
                "产品名称 单位 产量 比上年增长（%）\n汽车 万辆 146.2 12.7\n集成电路 亿块 36.8 21.5");
        assertEquals("集成电路产量", valued(all, 36.8).indicator(), all.toString());
        assertTrue(extract(null, "2024-03-26", "Ningbo port handled 36 million TEU in 2023\nand 12 more lines of 5 words\nwith 3 and 4 numbers").isEmpty());
    }
    @Test
    void aTableGoesOnPastItsBlocksHeadingsRowsWithAGapAndANotedCellAndAPartLosesItsQizhong() {
        List<Observation> all = extract("2026年1-5月嘉善县主要经济指标", "2026-06-20", String.join("\n",
                "一、工业", "指标名称 | 单位 | 1-5月累计 | 同比增长%",
                "规模以上工业总产值 | 亿元 | 812.36 | 8.4", "  其中：高新技术产业产值 | 亿元 | 563.21 | 11.2",
                "规上工业产品销售率 | % | 98.3 | -0.4（百分点）", "", "二、投资", "固定资产投资 | 亿元 | — | 6.5",
                "房地产开发投资 | 亿元 | 38.27 | -9.6"));
        assertEquals("高新技术产业产值", valued(all, 563.21).indicator(), all.toString());
        Observation points = valued(all, -0.4);
        assertEquals(Observation.Measure.CHANGE, points.measure(), all.toString());
        assertEquals("pp", points.unit(), all.toString());
        Observation investment = valued(all, 6.5);
        assertEquals("固定资产投资", investment.indicator(), all.toString());
        assertEquals("2026-01/2026-05", investment.periodLabel(), "the period of the column before it, though empty: " + all);
        assertEquals("房地产开发投资", valued(all, -9.6).indicator(), all.toString());
    }
    @Test
    void aHeadingOverRowsOfPlacesEndsATableOfIndicatorsAndAProjectListIsItsFirmsInvestments() {
        List<Observation> all = extract("2026年1-5月嘉兴市主要经济指标", "2026-06-20", String.join("\n",
                "指标名称 | 单位 | 1-5月累计 | 同比增长%", "规模以上工业增加值 | 亿元 | 812.36 | 8.4", "固定资产投资 | 亿元 | — | 6.5",
                "五、分区域规上工业增加值", "南湖区 | 亿元 | 52.3 | 6.7", "秀洲区 | 亿元 | 48.1 | 5.2"));
        assertTrue(all.stream().noneMatch(o -> o.indicator().contains("南湖区")), all.toString());
        List<Observation> projects = extract("芜湖经开区2026年第一季度招商引资项目集中签约", "2026-03-31", String.join("\n",
                "序号  项目名称  签约企业  投资规模  开工年份", "1  年产10万吨新能源电池正极材料项目  安徽锐锂新材料科技有限公司  总投资25亿元  2026",
                "2  新能源汽车一体化压铸件生产基地项目  芜湖星铸汽车零部件有限公司  总投资18.6亿元  2026"));
        Observation first = valued(projects, 25);
        assertEquals("安徽锐锂新材料科技有限公司", first.subject(), projects.toString());
        assertEquals("年产10万吨新能源电池正极材料项目总投资", first.indicator(), projects.toString());
        assertTrue(projects.stream().noneMatch(o -> o.value() == 2026), "a year is no figure of a project: " + projects);
    }

    @Test
    void aRankedTableOfProvincesGivesEachProvinceItsFiguresAndItsRank() {
        List<Observation> all = extract("2025年全国综合保税区进出口情况", "2026-01-20", String.join("\n",
                "2025年全国综合保税区进出口值排名前三位的省（区、市）情况如下：",
                "排名 | 省（区、市） | 综保区数量（个） | 进出口值（亿元） | 同比增速（%）",
                "1 | 江苏 | 23 | 11862.5 | 3.2", "2 | 广东 | 17 | 10245.8 | 6.1", "3 | 上海 | 10 | 7931.4 | 2.8"));
        Observation trade = valued(all, 10245.8);
        assertEquals("广东省", trade.subject(), all.toString());
        assertEquals("进出口值", trade.indicator(), all.toString());
        assertEquals("2025", trade.periodLabel(), all.toString());
        Observation rank = all.stream().filter(o -> o.measure() == Observation.Measure.RANK && o.subject().equals("广东省")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(2.0, rank.value(), all.toString());
        assertEquals("进出口值排名", rank.indicator(), all.toString());
        assertEquals(Observation.Measure.GROWTH, valued(all, 6.1).measure(), all.toString());
    }

    @Test
    void aNumberedTableOfFirmsOrZonesGivesEachRowsFirmOrZoneItsFiguresNotThePlans() {
        List<Observation> all = extract("南昌高新区新增11家小巨人企业", "2026-07-21", String.join("\n", "名单如下：",
                "序号 | 企业名称 | 主营产品 | 2025年营业收入（亿元） | 研发投入占比",
                "1 | 江西赣芯半导体科技股份有限公司 | 功率半导体器件 | 6.82 | 9.6%",
                "2 | 南昌光韵智能科技有限公司 | 车载光学模组 | 4.15 | 7.8%"));
        Observation revenue = valued(all, 4.15);
        assertEquals("南昌光韵智能科技有限公司", revenue.subject(), all.toString());
        assertEquals("营业收入", revenue.indicator(), all.toString());
        assertEquals("2025", revenue.periodLabel(), all.toString());
        assertEquals(Observation.Measure.SHARE, valued(all, 9.6).measure(), all.toString());
        List<Observation> areas = extract("2025年国家级新区发展评价", "2026-03-01", String.join("\n", "2025年国家级新区综合评价前两位如下：",
                "序号 | 新区名称 | 所在省份 | 地区生产总值（亿元） | 增速（%） | 综合得分",
                "1 | 上海浦东新区 | 上海 | 17900 | 5.8 | 92.6", "2 | 广州南沙新区 | 广东 | 2786 | 7.4 | 88.3"));
        assertEquals("上海浦东新区", valued(areas, 17900.0).subject(), areas.toString());
        assertEquals("地区生产总值", valued(areas, 17900.0).indicator(), areas.toString());
    }

    @Test
    void aRowsSignedGrowthAndPipesAroundItsCellsAreReadAsAnyRows() {
        List<Observation> all = extract("中国银行广西区分行2025年服务南宁片区情况", "2026-02-26", String.join("\n", "主要指标如下：",
                "| 指标 | 2025年 | 同比 |", "| 片区融资支持（亿元） | 186.3 | +27.4% |", "| 国际结算量（亿美元） | 97.8 | +19.6% |"));
        Observation growth = valued(all, 27.4);
        assertEquals(Observation.Measure.GROWTH, growth.measure(), all.toString());
        assertEquals("片区融资支持", growth.indicator(), all.toString());
        assertEquals("2025", valued(all, 97.8).periodLabel(), all.toString());
    }

    @Test
    void aRankIsInTheFigureItsCaptionNamesATableOfPersonsGivesNoIndicatorsAndAPlansCityIndicatorsAreNoPlaces() {
        List<Observation> all = extract("2025年综保区所在城市经济情况", "2026-02-01", String.join("\n",
                "综保区所在城市中地区生产总值排名靠前的城市如下：", "排名 | 城市 | 常住人口（万人） | 地区生产总值（亿元）",
                "1 | 上海 | 2480 | 53926.7", "2 | 北京 | 2183 | 49843.1",
                "招商之星如下：", "排名 | 姓名 | 引进到位资金（亿元） | 签约项目（个）", "1 | 王海燕 | 36.5 | 12", "2 | 李志强 | 28.3 | 9"));
        assertTrue(all.stream().filter(o -> o.measure() == Observation.Measure.RANK).allMatch(o -> o.indicator().equals("地区生产总值排名")), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 36.5), "persons' figures: " + all);
        List<Observation> plan = extract("江西赣江新区城市建设规划", "2026-03-01", String.join("\n", "主要指标如下：",
                "序号 | 城市建设指标 | 单位 | 2025年 | 2030年目标", "1 | 建成区绿化覆盖率 | % | 43.5 | 45", "2 | 人均公园绿地面积 | 平方米 | 14.2 | 16"));
        Observation green = valued(plan, 45.0);
        assertEquals("建成区绿化覆盖率", green.indicator(), plan.toString());
        assertEquals(Observation.Kind.TARGET, green.kind(), plan.toString());
        assertEquals(Observation.Kind.ACTUAL, valued(plan, 43.5).kind(), plan.toString());
    }

    @Test
    void aColumnOfRanksGivesEachRowItsRankOverTheMonthsOfTheFiguresAndFullWidthBarsPartCells() {
        List<Observation> all = extract("2024年1—9月泰州医药高新区经济运行情况", "2024-10-20",
                "指标名称｜单位｜1—9月｜同比增长（%）｜增幅全市位次\n地区生产总值｜亿元｜612.84｜6.1｜3\n工业应税销售｜亿元｜1076.5｜7.4｜2");
        assertEquals(Observation.Measure.LEVEL, valued(all, 612.84).measure(), all.toString());
        Observation rank = valued(all, 3.0);
        assertEquals(Observation.Measure.RANK, rank.measure(), "a rank, not 3 亿元: " + all);
        assertEquals("地区生产总值增幅全市位次", rank.indicator(), all.toString());
        assertEquals("2024-01/2024-09", rank.periodLabel(), all.toString());
        assertEquals("rank", rank.unit(), all.toString());
        assertEquals(6, all.size(), all.toString());
        List<Observation> moved = extract("2024年1—9月泰州医药高新区经济运行情况", "2024-10-20",
                "指标名称｜单位｜1—9月｜增速（%）｜增速全市排名｜排名较上月变化\n地区生产总值｜亿元｜612.84｜6.1｜3｜+2\n工业应税销售｜亿元｜1076.5｜7.4｜4｜-1");
        assertTrue(moved.stream().noneMatch(o -> o.indicator().contains("变化")), "a change of rank is no figure: " + moved);
        assertEquals(Observation.Measure.RANK, valued(moved, 3.0).measure(), moved.toString());
    }

    @Test
    void theCountsOfAnAnnualReportOnDisclosureAreNoIndicators() {
        assertTrue(extract("石嘴山市发展和改革委员会2025年政府信息公开工作年度报告", "2026-01-20",
                "信息内容|本年制发件数|本年废止件数|现行有效件数\n规章|0|0|0\n行政规范性文件|2|1|9\n"
                        + "申请人情况|自然人|商业企业|科研机构|总计\n一、本年新收政府信息公开申请数量|8|1|0|9\n二、上年结转政府信息公开申请数量|0|0|0|0")
                .isEmpty());
    }

    @Test
    void aUnitCellAndAChangeInWordsKeepARowAndARowOfGrowthAloneAimsAtAGrowth() {
        List<Observation> all = extract("2025年1—10月某高新区经济运行简析", "2025-11-18",
                "指标名称｜单位｜1—10月完成｜同比增长（%）｜全年目标｜完成进度（%）\n规模以上工业企业数｜家｜137｜净增9家｜140｜—\n"
                        + "规模以上工业总产值｜亿元｜386.42｜8.7｜460｜84.0\n固定资产投资｜—｜—｜10.2｜10｜—");
        assertEquals(Observation.Kind.ACTUAL, valued(all, 137.0).kind(), "a row with a unit and a change in words is a row: " + all);
        assertEquals(Observation.Kind.TARGET, valued(all, 140.0).kind(), all.toString());
        Observation investment = valued(all, 10.0);
        assertEquals(Observation.Measure.GROWTH, investment.measure(), "no amount in the row, so its target is a growth: " + all);
        assertEquals(Observation.Kind.TARGET, investment.kind(), all.toString());
        assertEquals(Observation.Measure.LEVEL, valued(all, 460.0).measure(), all.toString());
        List<Observation> withheld = extract("2025年1—10月某高新区经济运行简析", "2025-11-18",
                "指标名称｜单位｜1—10月完成｜同比增长（%）｜全年目标\n地方一般公共预算收入｜亿元｜—｜5.2｜25\n税收收入｜亿元｜8.1｜4.0｜12");
        assertEquals(Observation.Measure.LEVEL, valued(withheld, 25.0).measure(), "a unit of amounts aims at an amount: " + withheld);
    }

    @Test
    void rowsOfACountysPartsAreTheirsOverTheQuarterTheCaptionNamesAndTheirRanksAreRanks() {
        List<Observation> all = extract("关于2026年一季度全县重大项目推进情况的通报", "2026-04-10",
                "一季度各板块亿元以上产业项目推进情况\n\n板块｜新开工（个）｜年度目标（个）｜完成投资（亿元）｜综合排名\n"
                        + "射阳经济开发区｜9｜24｜20.8｜1\n合德镇｜2｜8｜4.2｜3");
        Observation started = valued(all, 9.0);
        assertEquals("射阳经济开发区", started.subject(), all.toString());
        assertEquals("2026-01/2026-03", started.periodLabel(), "the caption's quarter: " + all);
        Observation target = valued(all, 24.0);
        assertEquals(Observation.Kind.TARGET, target.kind(), all.toString());
        assertEquals("2026", target.periodLabel(), "a year's target, in the caption's year: " + all);
        assertEquals("合德镇", valued(all, 4.2).subject(), all.toString());
        assertEquals(Observation.Measure.RANK, valued(all, 3.0).measure(), all.toString());
    }

    @Test
    void rowsOfIndustriesUnderABlockHeadAreTheIndustriesFiguresNotPlaces() {
        List<Observation> all = extract("2026年1—9月射阳县工业经济运行情况", "2026-10-20",
                "分板块产值情况\n\n板块｜产值（亿元）｜同比增长（%）\n电子信息｜120.5｜10.2\n装备制造｜86.3｜7.5");
        Observation electronics = valued(all, 120.5);
        assertEquals("电子信息产值", electronics.indicator(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.subject().equals("电子信息") || o.subject().equals("装备制造")), all.toString());
    }

    @Test
    void theTotalRowOfATableOfPlacesIsNoPlacesAndNamesNoWhole() {
        List<Observation> all = extract("2026年一季度全县重大项目推进情况通报", "2026-04-10",
                "各板块项目推进情况\n\n板块｜新开工（个）｜年度目标（个）\n射阳港经济开发区｜2｜8\n临海镇｜3｜9\n合 计｜5｜17");
        assertEquals("射阳港经济开发区", valued(all, 8.0).subject(), all.toString());
        assertTrue(all.stream().noneMatch(o -> o.value() == 17.0 || o.value() == 5.0), "the sum is no row's and no zone's: " + all);
    }
}
