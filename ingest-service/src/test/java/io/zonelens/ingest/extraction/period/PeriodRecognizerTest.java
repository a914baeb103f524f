package io.zonelens.ingest.extraction.period;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodRecognizerTest {

    private static List<PeriodMention> periods(String text, String publishedAt) {
        return periods(text, publishedAt, null);
    }

    private static List<PeriodMention> periods(String text, String publishedAt, String title) {
        OffsetDateTime published = publishedAt == null ? null : LocalDate.parse(publishedAt).atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        AnalyzedDocument document = new SentenceSplitter().apply(AnalyzedDocument.of("d", title, published, text));
        return new PeriodRecognizer().apply(document).periods();
    }

    private static PeriodMention only(String text, String publishedAt) {
        List<PeriodMention> found = periods(text, publishedAt);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.get(0);
    }

    @Test
    void theEndOfAPartOfTheYearIsItsLastMonth() {
        assertEquals("2026-09", only("三季度末，金融机构本外币存款余额4.21万亿元。", "2026-10-28").label());
        assertEquals("2026-06", only("2026年上半年末，贷款余额3.1万亿元。", "2026-07-20").label());
        assertEquals("2026-07/2026-09", only("2026年三季度，出口增长5%。", "2026-10-28").label(), "the quarter itself");
    }

    @Test
    void aQuarterUnderWayInAReviewOfAnEarlierYearIsThatYears() {
        List<PeriodMention> found = periods("2024年，昆山综合保税区进出口增长。二季度进出口额806亿元。", "2025-04-25");
        assertEquals("2024-04/2024-06", found.get(found.size() - 1).label(), found.toString());
    }

    @ParameterizedTest(name = "{0} (published {1})")
    @CsvSource(delimiter = '|', value = {
            // text | published | mention | label | from | to | kind
            "2021年,南昌综保区取得新成绩|2022-01-17|2021年|2021|2021-01-01|2021-12-31|YEAR",
            "2021年底,市场主体达到3万户|2022-01-17|2021年底|2021|2021-01-01|2021-12-31|YEAR",
            "2021年1至11月,进口1069标准箱|2022-02-25|2021年1至11月|2021-01/2021-11|2021-01-01|2021-11-30|YEAR_TO_DATE",
            "2021年7月,天津获批试点|2022-02-25|2021年7月|2021-07|2021-07-01|2021-07-31|MONTHS",
            "2024年上半年,增长5%|2024-09-30|2024年上半年|2024-01/2024-06|2024-01-01|2024-06-30|YEAR_TO_DATE",
            "2024年前三季度,增长5%|2024-11-30|2024年前三季度|2024-01/2024-09|2024-01-01|2024-09-30|YEAR_TO_DATE",
            "今年前三季度,进出口额450亿元|2024-10-20|今年前三季度|2024-01/2024-09|2024-01-01|2024-09-30|YEAR_TO_DATE",
            "去年上半年,增长5%|2024-10-20|去年上半年|2023-01/2023-06|2023-01-01|2023-06-30|YEAR_TO_DATE",
            "前10个月,实际使用外资12亿美元|2024-11-20|前10个月|2024-01/2024-10|2024-01-01|2024-10-31|YEAR_TO_DATE",
            "2024年前两个月,进口增长|2024-11-20|2024年前两个月|2024-01/2024-02|2024-01-01|2024-02-29|YEAR_TO_DATE",
            "今年三季度,增长5%|2024-11-20|今年三季度|2024-07/2024-09|2024-07-01|2024-09-30|MONTHS",
            "今年1-9月,完成进出口总额3210.5亿元|2024-10-20|今年1-9月|2024-01/2024-09|2024-01-01|2024-09-30|YEAR_TO_DATE",
            "今年10月,出口增长|2024-11-20|今年10月|2024-10|2024-10-01|2024-10-31|MONTHS",
            "今年以来,新增企业1200家|2024-11-20|今年以来|2024-01/2024-11|2024-01-01|2024-11-20|SINCE",
            "9月,义乌市实现进出口额542.3亿元|2024-10-10|9月|2024-09|2024-09-01|2024-09-30|MONTHS",
            "比2023年同期增长9.3%|2024-10-20|2023年|2023|2023-01-01|2023-12-31|COMPARISON",
            "截至10月底,累计注册市场主体超过60万户|2024-11-20|10月底|2024-10|2024-10-01|2024-10-31|MONTHS",
            "截至2月底,已发行新增专项债券128.6亿元|2026-02-27|2月底|2026-02|2026-02-01|2026-02-28|MONTHS",
            "第四季,本地生产总值按年上升2.5%|2026-02-26|第四季|2025-10/2025-12|2025-10-01|2025-12-31|MONTHS",
            "1—8月份高技术制造业增加值增长了9.7%|2024-09-30|1—8月份|2024-01/2024-08|2024-01-01|2024-08-31|YEAR_TO_DATE",
            "1-11月进口增长|2024-03-01|1-11月|2023-01/2023-11|2023-01-01|2023-11-30|YEAR_TO_DATE",
            "7月份以来新增落户企业5621户|2024-09-30|7月份以来|2024-07/2024-09|2024-07-01|2024-09-30|SINCE",
            "2021年以来累计引进项目|2022-06-01|2021年以来|2021/2022|2021-01-01|2022-06-01|SINCE",
            "自2017年挂牌以来累计形成制度创新成果215项|2024-03-01|2017年挂牌以来|2017/2024|2017-01-01|2024-03-01|SINCE",
            "国庆假期，接待游客20万人次|2024-10-08|国庆假期|2024-10-01/2024-10-07|2024-10-01|2024-10-07|MONTHS",
            "重大项目前三季度完成投资320亿元|2024-10-28|前三季度|2024-01/2024-09|2024-01-01|2024-09-30|YEAR_TO_DATE",
            "今年春节假期，离岛免税销售额24.9亿元|2024-02-20|今年春节假期|2024-02-09/2024-02-15|2024-02-09|2024-02-15|MONTHS",
            "“五一”假期，旅客达50万人次|2024-03-06|“五一”假期|2023-05-01/2023-05-05|2023-05-01|2023-05-05|MONTHS",
            "“十四五”时期,加快发展|2021-07-20|“十四五”时期|2021/2025|2021-01-01|2025-12-31|FIVE_YEAR_PLAN",
            "十三五期间成效显著|2021-07-20|十三五期间|2016/2020|2016-01-01|2020-12-31|FIVE_YEAR_PLAN",
            "国民经济和社会发展第十四个五年规划|2021-07-20|第十四个五年规划|2021/2025|2021-01-01|2025-12-31|FIVE_YEAR_PLAN",
            "比“十三五”末提高7.9个百分点|2021-07-20|“十三五”末|2020|2020-01-01|2020-12-31|COMPARISON",
            "到2025年,地区生产总值达到1500亿元|2021-07-20|到2025年|2025|2025-01-01|2025-12-31|TARGET_YEAR",
            "力争到2025年,占比超过40%|2021-07-20|力争到2025年|2025|2025-01-01|2025-12-31|TARGET_YEAR",
            "二〇三五年远景目标|2021-07-20|二〇三五年|2035|2035-01-01|2035-12-31|VISION",
            "到2035年基本实现现代化|2021-07-20|到2035年|2035|2035-01-01|2035-12-31|VISION",
            "截至2021年底,共有企业300家|2022-03-01|截至2021年底|2021|2021-01-01|2021-12-31|YEAR",
            "上年增长5%|2022-03-01|上年|2021|2021-01-01|2021-12-31|RELATIVE_YEAR",
            "去年完成投资|2022-03-01|去年|2021|2021-01-01|2021-12-31|RELATIVE_YEAR",
            "今年主要预期目标|2024-01-20|今年|2024|2024-01-01|2024-12-31|RELATIVE_YEAR",
            "过去一年,我们攻坚克难|2024-01-20|过去一年|2023|2023-01-01|2023-12-31|RELATIVE_YEAR",
            "过去五年,经济总量翻番|2023-01-15|过去五年|2018/2022|2018-01-01|2022-12-31|RECENT_YEARS",
            "今后五年,要努力实现以下目标|2026-01-21|今后五年|2026/2030|2026-01-01|2030-12-31|FIVE_YEAR_PLAN",
            "未来3年,新增企业100家|2024-09-10|未来3年|2025/2027|2025-01-01|2027-12-31|YEARS",
            "当前,已建成加氢站12座|2024-09-30|当前|2024|2024-09-30|2024-09-30|CURRENT",
            "第一季度增长4.5%|2024-05-10|第一季度|2024-01/2024-03|2024-01-01|2024-03-31|YEAR_TO_DATE",
            "上半年增长5%|2024-03-05|上半年|2023-01/2023-06|2023-01-01|2023-06-30|YEAR_TO_DATE",
            "下半年有何打算|2024-07-26|下半年|2024-07/2024-12|2024-07-01|2024-12-31|MONTHS",
            "1—8月份增长|2024-08-20|1—8月份|2023-01/2023-08|2023-01-01|2023-08-31|YEAR_TO_DATE",
            "五年来累计完成投资|2023-01-15|五年来|2018/2022|2018-01-01|2022-12-31|RECENT_YEARS",
            "近三年年均增长6.2%|2024-03-05|近三年|2021/2023|2021-01-01|2023-12-31|RECENT_YEARS",
            "2021—2023年累计增长|2024-03-05|2021—2023年|2021/2023|2021-01-01|2023-12-31|YEARS",
            "2024年9月29日召开|2024-09-30|2024年|2024|2024-01-01|2024-12-31|YEAR"})
    void resolvesEachFormAgainstThePublicationDate(String text, String published, String mention, String label,
                                                    String from, String to, PeriodKind kind) {
        PeriodMention period = only(text, published);
        assertEquals(mention, period.text());
        assertEquals(text.indexOf(mention), period.start());
        assertEquals(text.indexOf(mention) + mention.length(), period.end());
        assertEquals(label, period.label());
        assertEquals(LocalDate.parse(from), period.from());
        assertEquals(LocalDate.parse(to), period.to());
        assertEquals(kind, period.kind());
    }

    @Test
    void aBirthDateAndAPapersNumberAreNoPeriodsOfWhatTheTextReports() {
        assertEquals(List.of(), periods("武建军，男，汉族，1972年9月生，群众。", "2026-08-03"), "a birth date");
        assertEquals(List.of(), periods("赵秀兰，1958年3月出生，中共党员。", "2026-08-03"), "出生");
        assertEquals(List.of(), periods("根据《固定资产投资项目节能审查办法》（国家发展改革委令2023年第2号）审查。", "2026-03-18"), "a paper's number");
        assertEquals("2025", only("2025年生产总值增长5%。", "2026-01-20").label(), "生产 after a year is no birth");
    }

    @Test
    void aFutureYearIsATargetEvenWithout到() {
        assertEquals(PeriodKind.TARGET_YEAR, only("2025年,形成两个产业集群", "2021-07-20").kind());
        assertEquals(PeriodKind.YEAR, only("2020年,地区生产总值969亿元", "2021-07-20").kind());
    }

    @Test
    void withoutAPublicationDate到StillMarksATargetAndRelativeYearsStayOpen() {
        assertEquals(PeriodKind.TARGET_YEAR, only("到2025年,达到1500亿元", null).kind());
        assertEquals(List.of(), periods("去年完成投资", null));
        PeriodMention months = only("1—8月份增长9.7%", null);
        assertNull(months.from());
        assertEquals("1—8月份", months.label(), "unresolved months keep their words as label");
    }

    @Test
    void anaphoricYearsTakeTheYearTheTextIsAbout() {
        List<PeriodMention> found = periods("2021年7月,天津获批试点。全年本市引进首店88家,成为本年度之最。", "2022-02-25");
        assertEquals(List.of("2021-07", "2021", "2021"), found.stream().map(PeriodMention::label).toList());
        assertEquals(List.of("全年", "本年度"), found.subList(1, 3).stream().map(PeriodMention::text).toList());
    }

    @Test
    void aChroniclesMonthsAreOfTheYearHeadingThem() {
        List<PeriodMention> found = periods("1992年\n12月，开发区全年实现工业产值12.6亿元。\n1993年\n11月，台商工业区启动建设。", "2025-12-30");
        assertEquals(List.of("1992", "1992-12", "1992", "1993", "1993-11"), found.stream().map(PeriodMention::label).toList());
    }

    @Test
    void aPlansOpeningOrClosingYearIsThatYear() {
        List<PeriodMention> found = periods("过去一年是“十四五”规划收官之年。今年是“十五五”开局之年。", "2026-03-05");
        assertEquals(List.of("2025", "2026"), found.stream().filter(p -> p.kind() == PeriodKind.YEAR).map(PeriodMention::label).toList(), found.toString());
    }

    @Test
    void aPlanComparedWithIsNotThePlanInForce() {
        List<PeriodMention> found = periods("“十四五”时期，全区地区生产总值比“十三五”末增加8000亿元以上，外贸进出口总额五年累计实现3.4万亿元。", "2026-01-30");
        assertEquals("2021/2025", found.get(found.size() - 1).label(), found.toString());
    }

    @Test
    void aSpanOfDaysIsOnePeriod() {
        List<PeriodMention> found = periods("据海口海关统计，封关运作首月（2025年12月18日至2026年1月17日），一线进境货物货值286.4亿元。第八届进博会于2025年11月5日至10日举行。", "2026-01-19");
        assertEquals(List.of("2025-12-18/2026-01-17", "2025-11-05/2025-11-10"), found.stream().map(PeriodMention::label).toList());
    }

    @Test
    void yearsOnLinesOfTheirOwnThatHeadATablesColumnsHeadNoChronicle() {
        List<PeriodMention> found = periods("指标\n2024年\n2025年\n1—2月，新片区规上工业总产值完成968亿元。", "2026-03-20");
        assertEquals("2026-01/2026-02", found.get(found.size() - 1).label(), found.toString());
    }

    @Test
    void aMonthInsideAParagraphAfterAChronicleIsNotOfItsLastYear() {
        List<PeriodMention> found = periods("2022年\n12月，综保区全年实现进出口总值52.6亿元。\n今年以来，1—2月综保区实现进出口总值28.4亿元。", "2026-03-20");
        assertEquals("2026-01/2026-02", found.get(found.size() - 1).label(), found.toString());
    }

    @Test
    void sinceTheYearBeganInAReportTitledWithTheMonthsToTheOneBeforePublicationIsThoseMonths() {
        List<PeriodMention> report = periods("今年以来，开发区全力稳增长。", "2026-11-17", "朔州经济开发区2026年1—10月经济运行情况简析");
        assertEquals("2026-01/2026-10", report.get(0).label(), report.toString());
        List<PeriodMention> news = periods("今年以来，新签约项目23个。1—10月，地区生产总值增长5%。", "2026-11-19", "经开区前十月签约项目23个");
        assertEquals("2026-01/2026-11", news.get(0).label(), "a news item's statistics leave 今年以来 to date: " + news);
    }

    @Test
    void thisYearInAnAnnualReportOnTheYearBeforeIsThatYear() {
        List<PeriodMention> found = periods("本年新收政府信息公开申请87件；本年度共办理人大代表建议21件。", "2026-01-23",
                "天津经济技术开发区管委会2025年政府信息公开工作年度报告");
        assertEquals(List.of("2025", "2025"), found.stream().map(PeriodMention::label).toList());
        List<PeriodMention> aimed = periods("本年度综保区将力争实现进出口总值200亿元。", "2026-01-23", "连云港综合保税区2025年工作总结");
        assertEquals("2026", aimed.get(0).label(), "what the report aims at for 本年度 is the year ahead");
        List<PeriodMention> news = periods("本年一季度，综保区实现进出口总值46.2亿元。", "2026-04-20", "2019年封关的连云港综合保税区交出开门红答卷");
        assertEquals("2026-01/2026-03", news.get(0).label(), "a title naming a past year is no report on it");
        List<PeriodMention> review = periods("3月18日，满洲里铁路口岸今年第1000列中欧班列顺利出境。全年经满洲里口岸进出境的中欧班列达5286列。", "2026-01-07",
                "满洲里综合保税区2025年度十大新闻揭晓");
        assertEquals(List.of("2025", "2025"), review.stream().map(PeriodMention::label).toList(), "今年 in a review of the year before is that year");
    }

    @Test
    void fiveYearTotalsBelongToThePlanInForce() {
        List<PeriodMention> found = periods("五年累计完成固定资产投资2200亿元。", "2021-07-20",
                "天津港保税区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要");
        assertEquals(1, found.size());
        assertEquals(PeriodKind.CUMULATIVE, found.get(0).kind());
        assertEquals("2021/2025", found.get(0).label());
    }

    @Test
    void daysAndTimesOfDayAreNotPeriods() {
        assertEquals(List.of(), periods("9月29日,市政府召开新闻发布会", "2024-09-30"));
        assertEquals(List.of(), periods("10月底主体完工", "2024-09-30"));
        assertEquals(List.of(), periods("双十一期间消费额同比增长18%", "2024-11-20"), "a shopping day is no October holiday");
        assertTrue(periods("去年双“十一”期间，全市网络零售额增长12%", "2024-11-20").stream().noneMatch(p -> p.label().contains("十一")));
    }

    @Test
    void attributesAFigureToTheNearestPeriodAReaderWouldPick() {
        String text = "2021年,进出口总额突破210亿元,在2020年考核中排名第40位。\n出口通关时间0.66小时。";
        AnalyzedDocument document = new SentenceSplitter().apply(AnalyzedDocument.of("d", null,
                OffsetDateTime.parse("2022-01-17T07:42:37+08:00"), text));
        List<PeriodMention> found = new PeriodRecognizer().apply(document).periods();
        PeriodAttribution attribution = new PeriodAttribution(text, document.sentences(), found);
        assertEquals("2021", attribution.periodAt(text.indexOf("210")).period().label());
        assertEquals("2020", attribution.periodAt(text.indexOf("第40位")).period().label());
        PeriodAttribution.Attributed inferred = attribution.periodAt(text.indexOf("0.66"));
        assertEquals("2021", inferred.period().label());
        assertTrue(inferred.inferred());
        assertFalse(attribution.periodAt(text.indexOf("210")).inferred());
    }
}
