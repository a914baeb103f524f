package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanTableReaderTest {

    private final PlanTableReader reader = new PlanTableReader();

    /** A plan's indicator table as a web page flattens it: one cell per paragraph. */
    private static final List<String> TABLE = List.of(
            "到2025年,主要指标如下。",
            "表1 “十四五”时期某综合保税区主要指标",
            "序号", "指标", "2020", "目标", "2025", "年均增长",
            "一、经济发展",
            "1", "进出口总额(亿元)", "1000", "1600", "10%",
            "2", "外资企业数量(家)", "11", "16", "45%",
            "3", "累计实际利用外资(亿美元)", "6.59", "[38]", "5%",
            "4", "高技术产业占比(%", "33.1", "41以上",
            "二、绿色生态",
            "5", "发明专利拥有量(件)", "1855(2019累计)", "3600", "12%",
            "6", "单位GDP能耗降幅(%", "完成上级下达任务",
            "7", "每千人口拥有执业(助理)医师数(人)", "2.57", "2.85",
            "8", "地表水水质", "达到考核要求", "完成上级下达任务",
            "9", "规模以上企业(家)", "9", "10",
            "10", "企业数量(万家)", "3.45", "5", "8%",
            "备注:[]表示五年累计数",
            "第三章 开放发展");

    private PlanTableRow row(int no) {
        List<PlanTable> tables = reader.read(TABLE);
        assertEquals(1, tables.size());
        return tables.get(0).rows().get(no - 1);
    }

    @Test
    void readsTheHeaderCaptionAndEveryRow() {
        PlanTable table = reader.read(TABLE).get(0);
        assertEquals("“十四五”时期某综合保税区主要指标", table.title());
        assertEquals(2020, table.baselineYear());
        assertEquals(2025, table.targetYear());
        assertEquals(10, table.rows().size());
        assertEquals(List.of("经济发展", "经济发展", "经济发展", "经济发展", "绿色生态"),
                table.rows().subList(0, 5).stream().map(PlanTableRow::section).toList());
    }

    @Test
    void aRowIsABaselineActualATargetAndItsGrowth() {
        PlanTableRow row = row(1);
        assertEquals("进出口总额", row.indicator());
        assertEquals("亿元", row.unit());
        assertEquals(new PlanValue("1000", 1000.0, Qualifier.EXACT, "2020", false, row.baseline().start(), row.baseline().end()), row.baseline());
        assertEquals(1600.0, row.target().value());
        assertEquals("2025", row.target().period());
        assertEquals(10.0, row.targetCagrPercent());
        assertEquals(9.86, row.impliedCagrPercent(), 0.01);
        assertEquals(Set.of(), row.flags());
    }

    @Test
    void flagsGrowthThatContradictsBaselineAndTarget() {
        assertEquals(Set.of(RowFlag.INCONSISTENT_GROWTH), row(2).flags());
        assertEquals(7.8, row(2).impliedCagrPercent(), 0.05);
        assertEquals(Set.of(), row(10).flags(), "3.45 → 5 is 7.7% a year, close enough to 8%");
    }

    @Test
    void bracketsMarkFiveYearTotalsWhichAreNotCheckedAgainstGrowth() {
        PlanTableRow row = row(3);
        assertEquals("亿美元", row.unit());
        assertTrue(row.target().cumulative());
        assertEquals(38.0, row.target().value());
        assertEquals("[38]", row.target().text());
        assertNull(row.impliedCagrPercent());
    }

    @Test
    void aBrokenBracketStillGivesTheUnitAndQualifiersAreRead() {
        PlanTableRow row = row(4);
        assertEquals("高技术产业占比", row.indicator());
        assertEquals("%", row.unit());
        assertEquals(Qualifier.AT_LEAST, row.target().qualifier());
        assertEquals(41.0, row.target().value());
        assertNull(row.targetCagrPercent());
    }

    @Test
    void aNoteInTheCellGivesItsOwnYear() {
        PlanValue baseline = row(5).baseline();
        assertEquals(1855.0, baseline.value());
        assertEquals("2019", baseline.period());
        assertTrue(baseline.cumulative());
        assertFalse(row(5).flags().contains(RowFlag.INCONSISTENT_GROWTH), "six years from 2019, not five");
    }

    @Test
    void targetsInWordsAreNonNumericAndALoneCellIsTheTarget() {
        PlanTableRow row = row(6);
        assertNull(row.baseline());
        assertEquals(Qualifier.NON_NUMERIC, row.target().qualifier());
        assertNull(row.target().value());
        assertEquals("完成上级下达任务", row.target().text());
        assertEquals(Qualifier.NON_NUMERIC, row(8).baseline().qualifier());
        assertNull(row(8).unit());
    }

    @Test
    void onlyTheLastBracketOfTheNameIsTheUnit() {
        assertEquals("每千人口拥有执业(助理)医师数", row(7).indicator());
        assertEquals("人", row(7).unit());
    }

    @Test
    void aValueEqualToTheNextRowNumberIsStillAValue() {
        PlanTableRow row = row(9);
        assertEquals(9.0, row.baseline().value());
        assertEquals(10.0, row.target().value());
        assertEquals(10, row(10).no());
    }

    @Test
    void evidenceOffsetsPointIntoTheJoinedText() {
        String text = String.join("\n", TABLE);
        PlanTableRow row = reader.read(text).get(0).rows().get(2);
        assertTrue(text.substring(row.start(), row.end()).startsWith("3\n累计实际利用外资"));
        assertEquals("[38]", text.substring(row.target().start(), row.target().end()));
    }

    @Test
    void readsTheAttributeColumnOfNationalPlans() {
        List<PlanTable> tables = reader.read(List.of(
                "序号", "指标", "2020年", "2025年", "年均/累计", "属性",
                "一、经济发展",
                "1", "国内生产总值增长(%)", "2.3", "保持在合理区间", "", "预期性",
                "2", "全员劳动生产率增长(%)", "2.5", "高于GDP增长", "", "预期性",
                "3", "单位GDP能源消耗降低(%)", "", "", "[13.5]", "约束性"));
        assertEquals(1, tables.size());
        PlanTable table = tables.get(0);
        assertEquals(2020, table.baselineYear());
        assertEquals(2025, table.targetYear());
        assertEquals(List.of("预期性", "预期性", "约束性"), table.rows().stream().map(PlanTableRow::attribute).toList());
        assertEquals(Qualifier.NON_NUMERIC, table.rows().get(0).target().qualifier());
        assertEquals("保持在合理区间", table.rows().get(0).target().text());
        assertTrue(table.rows().get(2).target().cumulative(), "a lone [13.5] is the five-year total");
    }

    @Test
    void readsAUnitColumnWhenTheTableHasOne() {
        PlanTable table = reader.read(List.of(
                "序号", "指标名称", "单位", "2020年", "2025年", "年均增长",
                "1", "地区生产总值", "亿元", "968.9", "1500", "10%",
                "2", "常住人口", "万人", "8", "12")).get(0);
        assertEquals(List.of("亿元", "万人"), table.rows().stream().map(PlanTableRow::unit).toList());
        assertEquals(968.9, table.rows().get(0).baseline().value());
        assertEquals(10.0, table.rows().get(0).targetCagrPercent());
        assertEquals(12.0, table.rows().get(1).target().value());
    }

    @Test
    void aTargetsColumnAloneWithAGrowthColumnAfterItGivesTheTargetAndItsGrowth() {
        PlanTable table = reader.read(List.of(
                "序号", "指标", "2030年目标", "年均增长（%）",
                "1", "地区生产总值（亿元）", "1500", "4.6",
                "2", "常住人口（万人）", "12")).get(0);
        PlanTableRow product = table.rows().get(0);
        assertNull(product.baseline(), "no column names a baseline's year");
        assertEquals(1500.0, product.target().value());
        assertEquals(4.6, product.targetCagrPercent());
        assertEquals(12.0, table.rows().get(1).target().value());
    }

    @Test
    void readsATablePastedRowByRowWithACategoryColumn() {
        String text = String.join("\n",
                "到2025年，新区地区生产总值突破6000亿元。",
                "表1 “十四五”时期主要发展指标",
                "类别 序号 指标名称 单位 2020年 2025年 年均增长 属性",
                "经济发展 1 地区生产总值 亿元 3721.7 6000 8% 预期性",
                "经济发展 2 一般公共预算收入 亿元 272.3 350 5% 预期性",
                "开放合作 3 实际使用外资 亿美元 25.6 [30] — 预期性",
                "创新驱动 4 研发经费投入强度 % 2.8 3.5 [0.7] 预期性",
                "绿色发展 5 单位地区生产总值能耗降低 % — — 完成省下达任务 约束性",
                "注：[ ]内为五年累计数。");
        List<PlanTable> tables = reader.read(text);
        assertEquals(1, tables.size(), tables.toString());
        List<PlanTableRow> rows = tables.get(0).rows();
        assertEquals(List.of("地区生产总值", "一般公共预算收入", "实际使用外资", "研发经费投入强度", "单位地区生产总值能耗降低"),
                rows.stream().map(PlanTableRow::indicator).toList());
        assertEquals(List.of("经济发展", "经济发展", "开放合作", "创新驱动", "绿色发展"), rows.stream().map(PlanTableRow::section).toList());
        assertEquals(3721.7, rows.get(0).baseline().value());
        assertEquals("3721.7", text.substring(rows.get(0).baseline().start(), rows.get(0).baseline().end()), "cells keep their offsets");
        assertEquals(8.0, rows.get(0).targetCagrPercent());
        assertEquals("亿美元", rows.get(2).unit());
        assertTrue(rows.get(2).target().cumulative());
        assertNull(rows.get(3).targetCagrPercent(), "[0.7] is a five years' sum, no yearly rate");
        assertNull(rows.get(4).baseline(), "— holds no value");
        assertEquals("约束性", rows.get(4).attribute());
        assertEquals(List.of(), reader.read("序号 指标 2020年 2025年\n我们 要 加快 发展。"), "prose after a header is no row");
    }

    @Test
    void theTableEndsAtTheNoteAndProseHasNoTables() {
        PlanTableRow last = row(10);
        assertEquals(8.0, last.targetCagrPercent());
        assertEquals(List.of(), reader.read(List.of("序号", "到2025年,地区生产总值达到1500亿元。")));
        assertEquals(List.of(), reader.read(List.of("2025年,地区生产总值达到1500亿元。")));
    }
    @Test
    void aPlansNumberedIndicatorLinesAreATableEvenPastALineInWords() {
        List<PlanTable> tables = reader.read(List.of("专栏1 “十五五”时期新区经济社会发展主要指标", "一、经济发展",
                "1.地区生产总值（亿元）：2025年5020，2030年6700以上，年均增长6%左右，预期性。",
                "2.居民人均可支配收入增长（%）：与经济增长基本同步，预期性。",
                "3.实际使用外资（亿美元）：“十四五”累计42.6，“十五五”累计60，预期性。",
                "4.每千人口拥有执业（助理）医师数（人）：2025年3.4，2030年4.0，预期性。", "注：2025年数据为预计数。"));
        assertEquals(1, tables.size(), tables.toString());
        PlanTable table = tables.get(0);
        assertEquals("“十五五”时期新区经济社会发展主要指标", table.title());
        PlanTableRow product = table.rows().get(0);
        assertEquals("地区生产总值", product.indicator());
        assertEquals("亿元", product.unit());
        assertEquals(5020.0, product.baseline().value());
        assertEquals("2030", product.target().period());
        assertEquals(Qualifier.AT_LEAST, product.target().qualifier());
        assertEquals(6.0, product.targetCagrPercent());
        PlanTableRow investment = table.rows().get(1);
        assertTrue(investment.target().cumulative() && "2030".equals(investment.target().period()), investment.toString());
        assertEquals("2025", investment.baseline().period());
        assertEquals("每千人口拥有执业（助理）医师数", table.rows().get(2).indicator());
    }
    @Test
    void numberedLinesOfAYearsResultsAreNoPlanTable() {
        assertTrue(reader.read(List.of("一、主要经济指标完成情况", "1.地区生产总值（亿元）：2025年完成935.6，增长6.1%。",
                "2.一般公共预算收入（亿元）：2025年完成88.7，增长3.2%。")).isEmpty());
    }

    @Test
    void readsAPlansTablePastedLineByLineUnderAHeaderWithoutRowNumbers() {
        List<PlanTable> tables = reader.read(List.of("专栏1　“十五五”文化和旅游发展主要指标",
                "指标名称　单位　2025年　2030年　年均增长（%）　属性",
                "旅游总花费　亿元　1025　1480　7.6　预期性",
                "过夜游客人均停留天数　天　2.1　2.8　—　预期性",
                "其中：5A级旅游景区　家　1　2　—　预期性",
                "公共图书馆免费开放率　%　100　100　—　约束性",
                "A级物流企业数量　家　18　40　〔22〕　预期性",
                "单位地区生产总值能耗降低　%　—　—　完成自治区下达指标　约束性",
                "第三章　空间布局"));
        assertEquals(1, tables.size(), tables.toString());
        PlanTable table = tables.get(0);
        assertEquals("“十五五”文化和旅游发展主要指标", table.title());
        assertEquals(2025, table.baselineYear());
        assertEquals(2030, table.targetYear());
        assertEquals(List.of("旅游总花费", "过夜游客人均停留天数", "5A级旅游景区", "公共图书馆免费开放率", "A级物流企业数量", "单位地区生产总值能耗降低"),
                table.rows().stream().map(PlanTableRow::indicator).toList());
        PlanTableRow spending = table.rows().get(0);
        assertEquals("亿元", spending.unit());
        assertEquals(1025.0, spending.baseline().value());
        assertEquals("2025", spending.baseline().period());
        assertEquals(1480.0, spending.target().value());
        assertEquals("2030", spending.target().period());
        assertEquals(7.6, spending.targetCagrPercent());
        assertEquals("预期性", spending.attribute());
        assertNull(table.rows().get(1).targetCagrPercent());
        assertEquals("约束性", table.rows().get(3).attribute());
        assertNull(table.rows().get(4).targetCagrPercent(), "〔22〕 is five years' total change, no yearly rate");
    }

    @Test
    void aMiddleYearsColumnIsAMilestoneAndACategoryCellMayCoverSeveralRows() {
        List<PlanTable> tables = reader.read(List.of("三、主要规划指标", "",
                "类别　指标名称　单位　2020年　2025年　2035年　属性",
                "底线管控　耕地保有量　万亩　—　≥178.36　≥178.36　约束性",
                "用水总量　亿立方米　2.86　≤3.05　≤3.22　约束性",
                "结构效率　常住人口城镇化率　%　61.8　65.5　72　预期性",
                "四、国土空间开发保护格局",
                "构建“一主两副”的国土空间总体格局。"));
        assertEquals(1, tables.size(), tables.toString());
        List<PlanTableRow> rows = tables.get(0).rows();
        assertEquals(3, rows.size());
        assertNull(rows.get(0).baseline());
        assertEquals(Qualifier.AT_LEAST, rows.get(0).target().qualifier());
        PlanTableRow water = rows.get(1);
        assertEquals("底线管控", water.section());
        assertEquals(2.86, water.baseline().value());
        assertEquals(1, water.milestones().size());
        assertEquals("2025", water.milestones().get(0).period());
        assertEquals(Qualifier.AT_MOST, water.milestones().get(0).qualifier());
        assertEquals("2035", water.target().period());
        assertEquals("结构效率", rows.get(2).section());
    }

    @Test
    void aTableOfAPlansResultsIsNoPlanTableThoughItsCaptionNamesThePlan() {
        assertTrue(reader.read(List.of("表1　“十四五”时期主要经济指标完成情况", "指标　单位　2020年　2025年　年均增长（%）",
                "地区生产总值　亿元　2810　3985　7.2", "一般公共预算收入　亿元　186　231　4.4")).isEmpty());
        // A plan's by its caption alone, or by a column saying it is a target.
        assertEquals(1, reader.read(List.of("专栏1　“十五五”时期主要指标", "指标　单位　2025年　2030年",
                "地区生产总值　亿元　5020　6700", "一般公共预算收入　亿元　231　300")).size());
        List<PlanTable> aimed = reader.read(List.of("指标　单位　2030年目标", "地区生产总值　亿元　6700", "一般公共预算收入　亿元　300"));
        assertEquals(1, aimed.size(), aimed.toString());
        assertNull(aimed.get(0).rows().get(0).baseline());
        assertEquals("2030", aimed.get(0).rows().get(0).target().period());
    }

    @Test
    void aRowThatDoesNotFitItsColumnsEndsTheTableAndABorderLineIsPassedOver() {
        List<PlanTable> tables = reader.read(List.of("专栏1　“十五五”时期主要指标", "类别　指标名称　单位　2020年　2025年　2035年　属性",
                "结构效率　森林覆盖率　%　22.7　23.5　25　预期性", "| | | | | | |", "人均公园绿地面积　平方米　14　15　16　预期性",
                "结构效率　常住人口城镇化率　%　　65.5　72　预期性"));
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("森林覆盖率", "人均公园绿地面积"), tables.get(0).rows().stream().map(PlanTableRow::indicator).toList(),
                "a blank cell dropped would shift the row along: " + tables);
    }

    @Test
    void aGrowthColumnBesideAMilestoneIsThePlansFiveYears() {
        PlanTableRow row = reader.read(List.of("专栏1　“十四五”时期主要指标", "指标名称　单位　2020年　2025年　2035年　年均增长（%）　属性",
                "地区生产总值　亿元　1000　1403　2000　7　预期性", "常住人口　万人　100　102　105　—　预期性")).get(0).rows().get(0);
        assertEquals(7.0, row.targetCagrPercent());
        assertTrue(row.flags().isEmpty(), "7% is 2020 to 2025, not to 2035: " + row);
    }

    @Test
    void aStatisticsTableOfResultsUnderAHeaderIsNoPlanTable() {
        assertTrue(reader.read(List.of("表2　2025年主要经济指标完成情况",
                "指标　单位　2024年　2025年　增长（%）",
                "地区生产总值　亿元　2810　2985　6.2",
                "一般公共预算收入　亿元　186　195　4.8")).isEmpty());
    }

    @Test
    void aNumberedTableOfATargetEachYearGivesEveryYearsTarget() {
        List<PlanTable> tables = reader.read(List.of("表1　某市茶产业发展主要指标",
                "序号　指标名称　单位　2025年（基期）　2026年　2027年　2028年　指标属性",
                "1　茶园面积　万亩　10.8　11.1　11.3　11.5　预期性",
                "其中：标准化生态茶园　万亩　5.6　6.4　7.2　8.0　约束性",
                "2　茶叶产量　吨　4350　4900　5450　6000　预期性",
                "三、重点任务"));
        assertEquals(1, tables.size(), tables.toString());
        PlanTableRow area = tables.get(0).rows().get(0);
        assertEquals("茶园面积", area.indicator());
        assertEquals("2025", area.baseline().period());
        assertEquals(10.8, area.baseline().value());
        assertEquals(List.of("2026:11.1", "2027:11.3"), area.milestones().stream().map(m -> m.period() + ":" + m.value()).toList());
        assertEquals("2028", area.target().period());
        assertEquals(11.5, area.target().value());
        assertNull(area.targetCagrPercent(), "no column of growth: " + area);
        assertEquals("标准化生态茶园", tables.get(0).rows().get(1).indicator(), "a part of the row above, unnumbered");
        assertEquals(6000.0, tables.get(0).rows().get(2).target().value());
    }

    @Test
    void aBaseYearsColumnMakesAPlansTableAndWhoAnswersForARowIsNoValue() {
        List<PlanTable> tables = reader.read(List.of("主要指标如下：",
                "序号｜指标名称｜单位｜2023年（基期）｜2024年｜2025年｜2026年｜责任单位",
                "1｜羊绒产业营业收入｜亿元｜335｜362｜390｜420｜县工信局",
                "2｜产业工人职业技能培训｜人次｜—｜5000｜5000｜5000｜县人社局"));
        assertEquals(1, tables.size(), tables.toString());
        PlanTableRow training = tables.get(0).rows().get(1);
        assertNull(training.baseline(), training.toString());
        assertEquals(5000.0, training.target().value());
        assertEquals("2026", training.target().period());
    }

    @Test
    void aListOfProjectsAndATableOfOneYearsResultsAreNoPlanTables() {
        assertTrue(reader.read(List.of("序号　项目名称　建设地点　主要建设内容　总投资　2026年计划投资　建设性质",
                "1　大米产业园精深加工项目　某经济开发区　建设稻米生产线　86000　32000　新开工",
                "2　米糠油及米蛋白项目　某经济开发区　年加工米糠5万吨　28000　15000　新开工")).isEmpty());
        assertTrue(reader.read(List.of("序号", "指标", "2025年完成", "1", "地区生产总值(亿元)", "1200", "2", "税收收入(亿元)", "86"))
                .isEmpty(), "no column is a target's, so a row's cell is of no year the table names");
    }

    @Test
    void twoCellsUnderATargetsColumnAloneGiveATargetAndNoBaselineOfNoYear() {
        PlanTableRow row = reader.read(List.of("序号", "指标", "2030年目标", "1", "地区生产总值(亿元)", "1200", "1500", "2", "税收收入(亿元)", "86", "100"))
                .get(0).rows().get(0);
        assertNull(row.baseline(), row.toString());
        assertEquals("2030", row.target().period());
        assertEquals(1500.0, row.target().value());
    }
}
