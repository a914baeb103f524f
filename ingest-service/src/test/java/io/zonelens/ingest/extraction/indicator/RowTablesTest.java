package io.zonelens.ingest.extraction.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowTablesTest {

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
}
