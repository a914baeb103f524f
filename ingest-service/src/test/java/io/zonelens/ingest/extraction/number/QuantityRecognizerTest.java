package io.zonelens.ingest.extraction.number;

import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityRecognizerTest {

    private final QuantityScanner scanner = new QuantityScanner();

    private List<Quantity> scan(String text) {
        return scanner.scan(text, 0, text.length());
    }

    private Quantity only(String text) {
        List<Quantity> found = scan(text);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "进出口总额突破210亿元|突破210亿元|MORE_THAN",
            "收入占比超过40%|超过40%|MORE_THAN",
            "举办促消费活动超千场|超千场|MORE_THAN",
            "引进人才逾3000人|逾3000人|MORE_THAN",
            "成交额近35亿元|近35亿元|NEARLY",
            "接近50%|接近50%|NEARLY",
            "投资约12亿元|约12亿元|APPROX",
            "增长6%左右|6%左右|APPROX",
            "占比达到41%以上|41%以上|AT_LEAST",
            "增速不低于6%|不低于6%|AT_LEAST",
            "控制在3%以内|3%以内|AT_MOST",
            "不超过5万吨|不超过5万吨|AT_MOST",
            "新增就业30多万人|30多万人|MORE_THAN",
            "签约项目32个|32个|EXACT"})
    void readsTheQualifierAroundAFigure(String text, String span, Qualifier qualifier) {
        Quantity quantity = only(text);
        assertEquals(qualifier, quantity.qualifier());
        assertEquals(span, quantity.text());
        assertEquals(text.indexOf(span), quantity.start());
        assertEquals(text.indexOf(span) + span.length(), quantity.end());
    }

    @Test
    void rangesKeepBothEnds() {
        Quantity growth = only("预期增长6.5%－7%");
        assertEquals(Qualifier.RANGE, growth.qualifier());
        assertEquals(6.5, growth.value());
        assertEquals(7.0, growth.upperValue());
        assertEquals(QuantityKind.PERCENT, growth.kind());

        Quantity other = only("目标6%-6.5%");
        assertEquals(6.0, other.value());
        assertEquals(6.5, other.upperValue());

        Quantity money = only("投资10-15亿元");
        assertEquals(Qualifier.RANGE, money.qualifier());
        assertEquals(10.0, money.value());
        assertEquals(15.0, money.upperValue());
        assertEquals("亿元", money.unitText());
        assertEquals(1e9, money.normalizedValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "210亿元|210|亿元|CNY|2.1E10",
            "6.59亿美元|6.59|亿美元|USD|6.59E8",
            "1980亿澳门元|1980|亿澳门元|MOP|1.98E11",
            "15亿港元|15|亿港元|HKD|1.5E9",
            "2.7万人|2.7|万人|person|27000",
            "135万平米|135|万平米|m2|1350000",
            "1069标准箱|1069|标准箱|TEU|1069",
            "5万吨标准煤|5|万吨标准煤|tce|50000",
            "0.66小时|0.66|小时|h|0.66",
            "49微克/立方米|49|微克/立方米|ug/m3|49",
            "1.5万亿元|1.5|万亿元|CNY|1.5E12",
            "1.39万亿斤|1.39|万亿斤|kg|6.95E11",
            "1650万公里|1650|万公里|m|1.65E10",
            "80万元/人|80|万元/人|CNY/person|800000",
            "5621户|5621|户|户|5621",
            "2.3亿元|2.3|亿元|CNY|2.3E8"})
    void normalizesUnitsWithTheirMagnitude(String text, double value, String unitText, String unit, double normalized) {
        Quantity quantity = only(text);
        assertEquals(value, quantity.value());
        assertEquals(unitText, quantity.unitText());
        assertEquals(unit, quantity.unit());
        assertEquals(normalized, quantity.normalizedValue(), normalized * 1e-12);
        assertEquals(QuantityKind.AMOUNT, quantity.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "同比增长109%|109|PERCENT|%",
            "提高7.9个百分点|7.9|PERCENTAGE_POINTS|个百分点",
            "较同期限国债收益率上浮8个基点|8|PERCENTAGE_POINTS|个基点",
            "同比增长40倍|40|MULTIPLE|倍",
            "排名第40位|40|RANK|位",
            "居中西部综保区首位|1|RANK|首位",
            "位居全省榜首|1|RANK|榜首",
            "占比达百分之三十|30|PERCENT|百分之",
            "同比增长两成|20|PERCENT|成",
            "占全市四成以上|40|PERCENT|成"})
    void tellsTheKinds(String text, double value, QuantityKind kind, String unitText) {
        Quantity quantity = only(text);
        assertEquals(value, quantity.value());
        assertEquals(kind, quantity.kind());
        assertEquals(unitText, quantity.unitText());
    }

    @Test
    void firstPlaceIsARankOnlyAfterAVerbOfRanking() {
        assertEquals(List.of(), scan("始终把安全生产放在首位"), "a priority");
        assertEquals(List.of(), scan("位居首位外资企业"), "not where the clause goes on");
        assertEquals(List.of(), scan("引进首位外籍专家"), "the first of several");
    }

    @Test
    void topPlacesOfARankingAreARankAtMostAfterAVerbOfEnteringThem() {
        Quantity topTen = only("综合实力跻身全国前十，");
        assertEquals(QuantityKind.RANK, topTen.kind());
        assertEquals(10.0, topTen.value(), 1e-9);
        assertEquals(Qualifier.AT_MOST, topTen.qualifier());
        assertEquals(30.0, only("首次进入前30名。").value(), 1e-9);
        assertEquals(100.0, only("入围全国百强县。").value(), 1e-9);
        assertEquals(List.of(), scan("前三季度进入快车道"), "a period");
        assertEquals(List.of(), scan("引进世界500强企业。"), "firms of a list, no verb of entering");
        assertTrue(scan("进入前30名的经开区中").stream().noneMatch(q -> q.kind() == QuantityKind.RANK), "a group, not a place held");
        assertTrue(scan("收入进入全市前10%，").stream().noneMatch(q -> q.kind() == QuantityKind.RANK), "a share");
        assertTrue(scan("球队首要目标是确保进入前四名。").stream().noneMatch(q -> q.kind() == QuantityKind.RANK), "a plain verb in no sentence about rankings");
        assertTrue(scan("蓉城有望在赛季结束时保持在积分榜前三。").stream().noneMatch(q -> q.kind() == QuantityKind.RANK), "a league's table");
    }

    @Test
    void aRatioIsAMultipleAfterItsWordOrWrittenAgainstOne() {
        Quantity gap = only("城乡居民收入倍差缩小到2.31，");
        assertEquals(QuantityKind.MULTIPLE, gap.kind());
        assertEquals(2.31, gap.value(), 1e-9);
        List<Quantity> narrowed = scan("城乡居民收入比由2.4:1缩小至2.3:1。");
        assertEquals(List.of(2.4, 2.3), narrowed.stream().map(Quantity::value).toList());
        assertTrue(narrowed.stream().allMatch(q -> q.kind() == QuantityKind.MULTIPLE));
        assertEquals(List.of(), scan("主队以3:1战胜客队"), "a score");
        assertEquals(List.of(), scan("同比2.3，"), "no ratio after 同比");
        assertEquals(List.of(), scan("按照比例为1:1000绘制"), "a scale");
        assertEquals(List.of(), scan("明显低于全国平均的2.34:1，"), "no word of a ratio before it");
        assertEquals(List.of(), scan("两队交锋的胜负比为5:1，"), "a record");
    }

    @Test
    void placesMovedInARankingMayBeCountedAs位次() {
        assertEquals("个位次", only("较上年前移3个位次").unitText());
    }

    @Test
    void chineseNumeralsMayHaveADecimalPoint() {
        Quantity investment = only("实际利用外资三点六亿美元");
        assertEquals(3.6, investment.value(), 1e-9);
        assertEquals(3.6e8, investment.normalizedValue(), 1);
        assertEquals("三点六亿美元", investment.text());
        assertEquals(6.3, only("按年增长百分之六点三").value(), 1e-9);
        assertEquals(23.5, only("占比百分之二十三点五").value(), 1e-9);
    }

    @Test
    void aTimeOfDayOrAWordWith点IsNoDecimal() {
        assertEquals(List.of(), scan("会议于九点三十分开始"), "a time of day");
        assertEquals(List.of(), scan("抓住一点点机会"), "a word");
    }

    @Test
    void 成CountsTenthsOnlyWhereItIsNoVerbOrWord() {
        assertEquals(List.of(), new QuantityScanner().scan("政策一成不变，任务已完成。", 0, 11), "一成不变, 完成");
    }

    @Test
    void writtenFractionsAreShares() {
        Quantity third = only("占全市三分之一");
        assertEquals(QuantityKind.PERCENT, third.kind());
        assertEquals(100.0 / 3, third.value(), 1e-9);
        assertEquals("三分之一", third.text());
    }

    @Test
    void symbolQualifiersOfTablesAreRead() {
        assertEquals(Qualifier.AT_LEAST, QualifierWords.of("≥41"));
        assertEquals(Qualifier.MORE_THAN, QualifierWords.of(">5"));
        assertEquals(Qualifier.AT_MOST, QualifierWords.of("<3"));
        assertEquals(Qualifier.AT_LEAST, QualifierWords.of("92以上"));
        assertEquals(Qualifier.EXACT, QualifierWords.of("1500"));
    }

    @Test
    void figuresShortOfAValueAreAtMostIt() {
        assertEquals(Qualifier.AT_MOST, only("两头在外业务占比不足30%").qualifier());
        assertEquals(Qualifier.AT_MOST, only("支出进度低于60%").qualifier());
        assertEquals("不足30%", only("两头在外业务占比不足30%").text(), "两头在外 is no count of livestock");
    }

    @Test
    void 约InsideAWordIsNotAbout() {
        assertEquals(Qualifier.EXACT, only("集中签约6个项目").qualifier());
        assertEquals("6个项目", only("集中签约6个项目").text());
        assertEquals(Qualifier.EXACT, only("为企业节约3200万元").qualifier());
        assertEquals(Qualifier.APPROX, only("总投资约50亿元").qualifier());
    }

    @Test
    void ranksListedTogetherShareTheirUnit() {
        List<Quantity> ranks = scan("分别位居全国第一、第三位");
        assertEquals(2, ranks.size());
        assertEquals(List.of(1.0, 3.0), ranks.stream().map(Quantity::value).toList());
        assertTrue(ranks.stream().allMatch(q -> q.kind() == QuantityKind.RANK));
    }

    @Test
    void ordersOfMagnitudeCount() {
        Quantity grade = only("形成两个600亿级产业集群".substring(4));
        assertEquals(600.0, grade.value());
        assertEquals("亿级", grade.unitText());
        assertEquals(6e10, grade.normalizedValue());
        assertNull(grade.unit());

        Quantity trillion = only("形成超万亿集群");
        assertEquals(Qualifier.MORE_THAN, trillion.qualifier());
        assertEquals(1e12, trillion.normalizedValue());

        assertEquals("万亿级", only("打造万亿级产业").unitText());
    }

    @Test
    void chineseNumeralsWithUnitsAreFigures() {
        Quantity quantity = only("新建三千万元项目");
        assertEquals(3000.0, quantity.value());
        assertEquals("万元", quantity.unitText());
        assertEquals(3e7, quantity.normalizedValue());
        assertEquals(4.0, only("四个聚焦").value());
        assertEquals(10.0, only("新增十家").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2021年,南昌综保区", "到二〇三五年", "9月29日召开", "1—8月份", "2021年1至11月", "“十四五”时期", "PM2.5浓度",
            "5G基站", "近五年", "过去三年", "五年来", "千方百计", "万商云集", "一是坚持", "零部件", "01", "1727581181804066210", "发布7.0版方案"})
    void datesCodesAndWordsAreNotFigures(String text) {
        assertEquals(List.of(), scan(text), text);
    }

    @Test
    void findsEveryFigureOfASentenceInOnePass() {
        String text = "2021年，进出口总额突破210亿元，同比增长109%；跨境电商交易额突破60亿元，同比增长40倍；签约项目32个，注册企业60家。";
        List<Quantity> found = scan(text);
        assertEquals(List.of("突破210亿元", "109%", "突破60亿元", "40倍", "32个", "60家"), found.stream().map(Quantity::text).toList());
        for (Quantity quantity : found) {
            assertEquals(quantity.text(), text.substring(quantity.start(), quantity.end()));
        }
    }

    @Test
    void theStageAddsTheQuantitiesLayerAfterSentences() {
        Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter(), new QuantityRecognizer(), new PeriodRecognizer()));
        AnalyzedDocument document = pipeline.run(AnalyzedDocument.of("d", null, null, "投资210亿元。\n就业2.7万人。"));
        assertEquals(Set.of(Layer.TEXT, Layer.SENTENCES, Layer.QUANTITIES, Layer.PERIODS), document.layers());
        assertEquals(List.of("210亿元", "2.7万人"), document.quantities().stream().map(Quantity::text).toList());
        assertEquals("2.7万人", document.text().substring(document.quantities().get(1).start(), document.quantities().get(1).end()));
    }

    @Test
    void aLongRunOfDigitsAndUnitsStaysLinear() {
        String text = "1".repeat(50_000) + "亿元" + "十".repeat(50_000) + "%".repeat(1000);
        long start = System.nanoTime();
        scan(text);
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
    }
}
