package io.zonelens.ingest.extraction.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a text sets or states as a term, a condition or a claim is not a figure of its zone, place or firm. */
class TermsAreNoFiguresTest {

    private static boolean has(List<Observation> all, double value) {
        return all.stream().anyMatch(o -> o.value() == value);
    }

    @Test
    void aDistanceToSomewhereIsWhereTheZoneLiesNotAFigure() {
        List<Observation> all = extract("芜湖经济技术开发区投资指南", "2025-09-12",
                "开发区东临长江，距芜湖宣州机场35公里，距南京禄口国际机场95公里。开发区位于芜湖市主城区北部，规划面积118平方公里。");
        assertTrue(!has(all, 35) && !has(all, 95), all::toString);
        Observation area = all.stream().filter(o -> o.value() == 118).findFirst().orElseThrow(() -> new AssertionError(all));
        assertEquals("芜湖经济技术开发区", area.subject(), "the city named after 位于 is where the zone lies, not whose area it is");
    }

    @Test
    void aLawsuitsClaimsAndCostsAreNoFigures() {
        List<Observation> all = extract("重庆瑞驰供应链管理有限公司与重庆博远电子科技有限公司仓储合同纠纷一审民事判决书", "2025-12-16", String.join("\n",
                "瑞驰公司向本院提出诉讼请求：1.判令博远公司支付拖欠的仓储费共计1,286,540.00元；2.判令博远公司承担律师费80,000元。",
                "截至2025年2月28日，博远公司尚欠费用1,286,540.00元。",
                "案件受理费17,465元，由被告重庆博远电子科技有限公司负担。"));
        assertEquals(List.of(), all);
    }

    @Test
    void aProceduresDaysAConditionATaxRateAndACapOnAGrantAreTerms() {
        List<Observation> all = extract("郑州新郑综合保税区政策解读", "2026-07-08", String.join("\n",
                "审核结果在管委会门户网站公示5个工作日。自本公示发布之日起10个工作日内提出意见。",
                "公示时间：2026年7月8日至7月14日（5个工作日）。",
                "经公示无异议后，郑州新郑综合保税区该项目从签约到开工仅用45天。",
                "年度保税维修货值首次达到1亿元、5亿元、10亿元的，分别给予一次性奖励。加工增值超过30%的货物内销免征进口关税。",
                "企业享受新片区集成电路企业15%企业所得税优惠政策。同一企业每年享受本政策的奖补资金总额原则上不超过1000万元。",
                "2025年，郑州新郑综合保税区保税维修货值48.3亿元。"));
        // A procedure named in an earlier clause leaves a project's days a figure.
        assertEquals(List.of(45.0, 48.3), all.stream().map(Observation::value).toList(), all::toString);
    }

    @Test
    void aNoticesConditionsAGrantsRateAndCapAQuotaAndItsCopiesAreTerms() {
        List<Observation> all = extract("关于组织申报2026年度扶持资金的通知", "2026-05-20", String.join("\n",
                "一、申报条件",
                "（一）企业上年度营业收入不低于1亿元；专职人员不少于10人。",
                "二、扶持标准",
                "（一）经营贡献奖励。按企业2025年度经济发展贡献给予奖励，年度最高不超过1000万元；",
                "（二）办公用房补贴。按实际租金的30%给予补贴，每平方米每月最高不超过50元。",
                "三、申报方式",
                "每个市推荐新申报基地原则上不超过2家。纸质材料一式两份。截至2025年底，宁夏回族自治区已累计认定工业设计中心56家。"));
        assertEquals(List.of(56.0), all.stream().map(Observation::value).toList(), all::toString);
        List<Observation> granted = extract("宁夏回族自治区政府工作报告", "2026-01-20", "2025年，宁夏回族自治区全年兑现科技奖补资金8600万元，单家企业最高获补500万元。");
        assertEquals(List.of(8600.0, 500.0), granted.stream().map(Observation::value).toList(), "what a grant paid is a figure: " + granted);
    }

    @Test
    void theCountOfAListClosingItsHeadingIsNoFigure() {
        List<Observation> all = extract("中共屯昌县委　屯昌县人民政府关于表彰2023年度先进集体和先进个人的决定", "2024-03-01", String.join("\n",
                "2023年，全县脱贫人口人均纯收入16862元。",
                "一、先进集体（20个）", "屯昌县新兴镇人民政府", "一等奖（3个）：周营镇、常庄街道、薛城经济开发区",
                "（一）项目建设先进集体（4个）", "屯昌县乌坡镇人民政府", "二、新签约亿元以上项目（32个）"));
        assertEquals(List.of(16862.0, 32.0), all.stream().map(Observation::value).toList(), all::toString);
        // 全县 of the place whose party committee opens the title.
        assertEquals("屯昌县", all.get(0).subject(), all::toString);
    }

    @Test
    void aRatingsDefinitionIsNoFigure() {
        List<Observation> all = extract("临港芯源（688726）2025年报点评", "2026-04-08",
                "买入：以报告日后的6个月内，证券相对于同期沪深300指数涨幅在15%以上。公司2025年实现营业收入38.62亿元。");
        assertEquals(List.of(38.62), all.stream().map(Observation::value).toList(), all::toString);
        assertEquals("临港芯源", all.get(0).subject(), "a listed company opening the title by its stock code is whose figures they are");
    }

    @Test
    void aProjectsFiguresInItsOwnersNoticeAreTheOwners() {
        List<Observation> all = extract("江苏恒锂新材料科技有限公司年产2万吨锂电池电解液项目环境影响报告书征求意见稿公示", "2026-04-09",
                "项目位于常州国家高新区（新北区）春江街道，计划于2026年7月开工建设。项目总投资68000万元，其中环保投资3260万元。");
        assertTrue(all.stream().allMatch(o -> o.subject().equals("江苏恒锂新材料科技有限公司")), all::toString);
        assertTrue(has(all, 68000), all::toString);
    }

    @Test
    void theBuildingsAndRoomsOfAnAddressAreNoFigures() {
        List<Observation> all = extract("淮安综合保税区智慧监管系统建设项目中标结果公告", "2025-07-22", String.join("\n",
                "中标供应商地址：南京市江宁区秣陵街道苏源大道66号智汇园3栋",
                "地　　址：苏州工业园区星湖街328号创意产业园5栋",
                "　　地址：淮安市清江浦区翔宇大道166号金融中心4栋",
                "项目地点：淮安综合保税区，2024年综保区进出口总额52亿元。"));
        assertEquals(List.of(52.0), all.stream().map(Observation::value).toList(), all::toString);
        List<Observation> flats = extract("廉江经济开发区九洲江产业园二期征收项目第一批安置房选房结果公示", "2026-10-15", String.join("\n",
                "", "根据《中华人民共和国土地管理法》《中华人民共和国土地管理法实施条例》和经廉江市人民政府批准的《廉江经济开发区九洲江产业园二期土地征收补偿安置方案》，廉江经济开发区管理委员会会同廉江市自然资源局、开发区所在的石城镇人民政府，于2026年11月21日在开发区企业服务中心一楼大厅组织九洲江产业园二期征收项目第一批被征收户选房。选房按照签约先后确定的顺序号依次进行，廉江市公证处公证员黄振宇、开发区纪工委副书记陈志坚现场监督，全过程录音录像。", "", "本批应到选房户32户，实到30户，2户因故未到场，依照安置方案顺延至第二批选房。现将选房结果公示如下：", "", "序号　顺序号　被征收人　所属村（居）　安置房号　建筑面积（㎡）", "1　001　陈伟明　石城镇山底村　荔湾苑3栋1单元1501　118.62", "2　002　李秀芳　石城镇山底村　荔湾苑3栋1单元1502　118.62", "3　003　钟国强　石城镇山底村　荔湾苑3栋2单元1201　96.35", "4　004　黄家豪　石城镇新华村　荔湾苑5栋1单元0902　118.62", ""));
        assertTrue(flats.stream().noneMatch(o -> o.value() == 3 || o.value() == 5),
                "a building before its entrance or flat is an address: " + flats);
        List<Observation> built = extract("仪征经开区工作总结", "2026-01-15", "2025年，仪征经开区新建3栋6层标准厂房，共建设安置房15栋1200套。");
        assertTrue(built.stream().anyMatch(o -> o.value() == 3) && built.stream().anyMatch(o -> o.value() == 15), "buildings counted: " + built);
    }
}
