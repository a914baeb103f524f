package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;

import static io.zonelens.ingest.extraction.text.SampleAcceptanceTest.assertNoParagraphContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNormalizerTest {

    private final DocumentNormalizer normalizer = new DocumentNormalizer();

    @Test
    void fullNewsPageLosesItsChromeAndKeepsItsMetadata() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.NEWS_PAGE, "text/html", "a123.html", null);
        assertEquals(DocumentFormat.HTML, document.format());
        assertEquals("东疆综合保税区前三季度进出口增长12%", document.title());
        assertEquals(OffsetDateTime.parse("2024-10-15T09:30:00+08:00"), document.publishedAt());
        assertEquals("天津日报", document.source());
        assertEquals("https://www.example-news.cn/2024/10/15/a123.html", document.url());
        assertEquals("王小明", document.author());
        assertEquals("李四", document.editor());
        assertEquals(List.of(
                "本报讯 今年前三季度，东疆综合保税区实现进出口总额 1200亿元，同比增长12%。",
                "融资租赁业务继续领跑全国，飞机、船舶租赁资产规模稳步扩大。",
                "下一步，东疆将持续推进制度创新，打造一流营商环境。"), document.paragraphs());
    }

    @Test
    void governmentHtmlPageReadsCmsMetaTagsAndKeepsTableCells() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.GOV_HTML_PAGE, "text/html", null, null);
        assertEquals("关于推进综合保税区高质量发展的实施意见", document.title());
        assertEquals(OffsetDateTime.parse("2023-05-08T09:30:00+08:00"), document.publishedAt());
        assertEquals("市商务局", document.source());
        assertEquals(List.of("各区人民政府，市政府各委、办、局：", "为推进综合保税区高质量发展，现提出如下意见。",
                "序号", "指标", "2025年目标", "1", "进出口总额（亿元）", "[2200]", "市商务局", "2023年5月6日"), document.paragraphs());
    }

    @Test
    void htmlTitleLosesItsSiteSuffixOnlyWithoutBetterEvidence() {
        String page = "<html><head><title>关于印发《自贸试验区提升方案》的通知_政策文件_天津市人民政府</title></head>"
                + "<body><p>各区人民政府：现将方案印发给你们，请认真贯彻执行。</p><p>第二段。</p></body></html>";
        assertEquals("关于印发《自贸试验区提升方案》的通知", normalizer.normalize(page, "text/html", null, null).title());

        String withH1 = "<html><head><title>综保区新闻 - 天津日报</title></head><body><h1>综保区新闻 - 特稿</h1><p>正文内容。</p><p>第二段。</p></body></html>";
        NormalizedDocument document = normalizer.normalize(withH1, "text/html", null, null);
        assertEquals("综保区新闻 - 特稿", document.title());
        assertEquals(List.of("正文内容。", "第二段。"), document.paragraphs());
    }

    @Test
    void htmlReadsTimeElementAndDecodesEntities() {
        String page = "<article><h1>保税区新政</h1><time datetime=\"2024-09-30T08:15:00+08:00\">9月30日</time>"
                + "<p>A&amp;B公司&lt;试点&gt;落地。</p><p>第二段&nbsp;内容。</p></article>";
        NormalizedDocument document = normalizer.normalize(page, null, null, null);
        assertEquals(DocumentFormat.HTML, document.format());
        assertEquals(OffsetDateTime.parse("2024-09-30T08:15:00+08:00"), document.publishedAt());
        assertEquals(List.of("9月30日", "A&B公司<试点>落地。", "第二段 内容。"), document.paragraphs());
    }

    @Test
    void flattenedGovPageWithOtherWording() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.GOV_TEXT_PAGE, "text/plain", null, null);
        assertEquals(DocumentFormat.GOV_PAGE, document.format());
        assertEquals("关于推进综合保税区高质量发展的实施意见", document.title());
        assertEquals(OffsetDateTime.parse("2023-05-08T09:30:00+08:00"), document.publishedAt());
        assertEquals("市商务局", document.source());
        assertEquals(List.of(
                "各区人民政府，市政府各委、办、局：",
                "为深入贯彻落实国务院关于促进综合保税区高水平开放高质量发展的若干意见，现提出如下实施意见。",
                "一、总体要求",
                "（一）指导思想。坚持以制度创新为核心，推动综合保税区高质量发展。",
                "市商务局",
                "2023年5月6日"), document.paragraphs());
    }

    @Test
    void gbkEncodedPressText() {
        byte[] bytes = KinDocuments.PRESS_TEXT.getBytes(Charset.forName("GBK"));
        DecodedText decoded = new TextDecoder().decode(bytes, null);
        NormalizedDocument document = normalizer.normalize(decoded.text(), "text/plain", "news.txt", null);
        assertEquals(DocumentFormat.PRESS_TEXT, document.format());
        assertEquals("临港综合保税区通过国家验收", document.title());
        assertEquals(OffsetDateTime.parse("2024-09-30T08:15:00+08:00"), document.publishedAt());
        assertEquals("中国新闻网", document.source());
        assertEquals("张三", document.author());
        assertEquals("李四", document.editor());
        assertEquals(List.of("9月29日，临港综合保税区顺利通过国家十部门联合验收。", "验收组认为，临港综合保税区基础设施完善，监管设施符合要求。"),
                document.paragraphs());
    }

    @Test
    void markdownBlocksBecomeParagraphs() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.MARKDOWN, "text/markdown", "note.md", null);
        assertEquals(DocumentFormat.MARKDOWN, document.format());
        assertEquals("海南自由贸易港封关运作准备工作", document.title());
        assertEquals(OffsetDateTime.parse("2024-12-01T00:00:00+08:00"), document.publishedAt());
        assertEquals(List.of("海南自由贸易港封关运作准备工作有序推进。详见官方网站。", "第一项：完善制度", "第二项：建设设施",
                "指标", "2023", "进出口", "100"), document.paragraphs());
    }

    @Test
    void jekyllWithoutSourceLineFallsBackToTags() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.JEKYLL_WITHOUT_SOURCE_LINE, null, null, null);
        assertEquals("自贸区'新政'发布", document.title());
        assertEquals(OffsetDateTime.parse("2023-06-01T10:00:00+08:00"), document.publishedAt());
        assertEquals("天津日报", document.source());
        assertEquals("王五", document.author());
        assertEquals(List.of("自贸区新政发布，涉及跨境贸易便利化等多项措施。"), document.paragraphs());
    }

    @Test
    void aBylinesAndCreditsPeopleAreTheirNamesWithoutTitlesOrPadding() {
        NormalizedDocument footer = normalizer.normalize("濮阳经开区首个项目开工\n来源：濮阳日报\n\n本报讯 3月19日，项目开工。\n\n编辑：苗　青　校对：王　珊",
                "text/plain", null, null);
        assertEquals("苗青", footer.editor(), footer.toString());
        NormalizedDocument closing = normalizer.normalize("辽源高新区发布团体标准\n\n本报讯 5月8日，发布会举行。（责任编辑：卓　然）", "text/plain", null, null);
        assertEquals("卓然", closing.editor(), closing.toString());
        NormalizedDocument two = normalizer.normalize("辽源高新区发布团体标准\n\n本报讯 5月8日，发布会举行。（记者 张晓云 李春明）", "text/plain", null, null);
        assertEquals("张晓云 李春明", two.author(), "two names stay two: " + two);
        NormalizedDocument titled = normalizer.normalize("数读渭南高新区2025\n\n来源：渭南日报　　2026-01-29 10:12　　作者：记者　雷　蕾　　通讯员　党晓宁\n\n刚刚过去的2025年，高新区交出成绩单。",
                "text/plain", null, null);
        assertEquals("雷蕾 党晓宁", titled.author(), "the author's title is no name; a correspondent is an author, as in every byline: " + titled);
        NormalizedDocument ranked = normalizer.normalize("数读渭南高新区2025\n\n作者：见习记者　雷　蕾\n\n刚刚过去的2025年，高新区交出成绩单。", "text/plain", null, null);
        assertEquals("雷蕾", ranked.author(), ranked.toString());
        NormalizedDocument reported = normalizer.normalize("开放日见闻\n\n本报记者　张晓云　李春明　报道\n\n3月21日，园区迎来首个开放日。", "text/plain", null, null);
        assertEquals("张晓云 李春明", reported.author(), reported.toString());
        NormalizedDocument dateline = normalizer.normalize("咸宁高新区首条低空物流航线首飞\n\n咸宁日报讯（记者　祁晓楠　通讯员　舒　畅）10月16日上午10时，无人机起飞。",
                "text/plain", null, null);
        assertEquals("祁晓楠 舒畅", dateline.author(), "a correspondent's title is no name: " + dateline);
        assertEquals("咸宁日报", dateline.source(), "a paper's own dateline names it: " + dateline);
        NormalizedDocument trainee = normalizer.normalize("咸宁高新区首条低空物流航线首飞\n\n本台讯（见习记者　祁晓楠）10月16日上午10时，无人机起飞。", "text/plain", null, null);
        assertEquals("祁晓楠", trainee.author(), "a dateline's reporter of a rank, or the station's own: " + trainee);
        NormalizedDocument portal = normalizer.normalize("咸宁高新区首条低空物流航线首飞\n来源：荆楚网\n\n咸宁日报讯（记者　祁晓楠）10月16日上午10时，无人机起飞。", "text/plain", null, null);
        assertEquals("荆楚网", portal.source(), "the source line names the source: " + portal);
        NormalizedDocument padded = normalizer.normalize("“黑色”产业算起“绿色账”\n\n来源：乌海日报　2026年8月12日\n记者　贺　敏　刘宇轩\n\n盛夏时节，走进乌海高新区。",
                "text/plain", null, null);
        assertEquals("贺敏 刘宇轩", padded.author(), padded.toString());
        assertEquals(List.of("盛夏时节，走进乌海高新区。"), padded.paragraphs(), "the byline is no paragraph: " + padded);
        NormalizedDocument paper = normalizer.normalize("边境园区里的“丝路工厂”\n\n新疆日报记者　阿依努尔·托合提　王振宇\n\n五月的博尔塔拉，风已转暖。",
                "text/plain", null, null);
        assertEquals("阿依努尔·托合提 王振宇", paper.author(), "the paper before 记者, a minority's name: " + paper);
        NormalizedDocument ranks = normalizer.normalize("开放日见闻\n\n本报记者　曾　慧　　通讯员　钟明辉\n\n3月21日，园区迎来首个开放日。", "text/plain", null, null);
        assertEquals("曾慧 钟明辉", ranks.author(), ranks.toString());
        NormalizedDocument pictures = normalizer.normalize("夜校见闻\n\n本报记者　罗　娟　普　涛　文/图\n\n3月21日，夜校开课。", "text/plain", null, null);
        assertEquals("罗娟 普涛", pictures.author(), "words and pictures by: " + pictures);
        assertEquals(List.of("3月21日，夜校开课。"), pictures.paragraphs(), pictures.toString());
        NormalizedDocument spaced = normalizer.normalize("白城经开区推行涉企检查\n\n来源：吉林日报　　作者：记者 冯雅楠 通讯员 孙宏博　　发布时间：2026-07-09\n\n7月8日，记者获悉。",
                "text/plain", null, null);
        assertEquals("冯雅楠 孙宏博", spaced.author(), "the names run to the next field: " + spaced);
        NormalizedDocument dated = normalizer.normalize("长治高新区工作站揭牌\n\n来源：长治日报　　作者：记者　王志强　通讯员　牛丽君　　2026年4月27日\n\n4月26日，工作站揭牌。",
                "text/plain", null, null);
        assertEquals("王志强 牛丽君", dated.author(), "…or to the date after them: " + dated);
        NormalizedDocument ownCorrespondent = normalizer.normalize("预制菜产业发展综述\n\n本报记者　冯　磊　本报通讯员　孔祥辉\n\n春节刚过，车间里忙碌起来。", "text/plain", null, null);
        assertEquals("冯磊 孔祥辉", ownCorrespondent.author(), "the paper's own correspondent: " + ownCorrespondent);
        assertEquals(List.of("春节刚过，车间里忙碌起来。"), ownCorrespondent.paragraphs(), ownCorrespondent.toString());
        NormalizedDocument app = normalizer.normalize("企业组团参加广交会\n\n新湖南客户端4月20日讯（湖南日报全媒体记者　肖　颖　通讯员　曾红梅　罗建军）4月19日，广交会闭幕。",
                "text/plain", null, null);
        assertEquals("肖颖 曾红梅 罗建军", app.author(), "a paper's reporter in a news app's dateline: " + app);
        assertEquals("新湖南客户端", app.source(), app.toString());
        NormalizedDocument proofread = normalizer.normalize("复工复产见闻\n\n9月13日，机器又转起来了。\n\n（本版编辑：李　灿　　校对：王小华）", "text/plain", null, null);
        assertEquals("李灿", proofread.editor(), "the page's editor, not its proofreader: " + proofread);
        NormalizedDocument noColons = normalizer.normalize("复工复产见闻\n\n9月13日，机器又转起来了。\n\n（编辑　李灿　校对　王小华）", "text/plain", null, null);
        assertEquals("李灿", noColons.editor(), "…with no colons either: " + noColons);
        NormalizedDocument appInAWord = normalizer.normalize("电子证照亮证\n\n市民登录政务服务客户端电子证照一键亮证，办事更方便。", "text/plain", null, null);
        assertNull(appInAWord.source(), "an app's name opening a word after it is no dateline: " + appInAWord);
    }

    @Test
    void anInterviewsLineAndAColumnsHeadingAreNoBylines() {
        NormalizedDocument interview = normalizer.normalize("专访\n\n记者：请问，成效如何\n\n张三：园区今年新增企业20家。", "text/plain", null, null);
        assertEquals(List.of("记者：请问，成效如何", "张三：园区今年新增企业20家。"), interview.paragraphs(), interview.toString());
        NormalizedDocument column = normalizer.normalize("边境园区里的丝路工厂\n\n经济日报记者走基层\n\n五月的博尔塔拉，风已转暖。", "text/plain", null, null);
        assertTrue(column.paragraphs().contains("经济日报记者走基层"), column.toString());
    }

    @Test
    void aPapersPageLineNamesTheSourceAndTheDayAndIsNoParagraph() {
        NormalizedDocument document = normalizer.normalize("璧山高新区首个企业开放日\n\n重庆日报　2026年3月23日　第005版：区县\n本报记者　黄　琪　实习生　邓雨涵　通讯员　胡玉洁\n\n"
                + "3月21日，璧山高新区迎来首个企业开放日。", "text/plain", null, null);
        assertEquals("重庆日报", document.source(), document.toString());
        assertEquals(OffsetDateTime.parse("2026-03-23T00:00+08:00"), document.publishedAt());
        assertEquals("黄琪 邓雨涵 胡玉洁", document.author());
        assertEquals(List.of("3月21日，璧山高新区迎来首个企业开放日。"), document.paragraphs());
        NormalizedDocument subheads = normalizer.normalize("省委农村工作会议在长春召开\n扛稳粮食安全重任　推进乡村全面振兴\n苗振宇讲话　许春江主持\n\n"
                + "吉林日报　2026年1月16日　第01版\n\n本报1月15日讯（记者　孙立峰　佟晓雨）1月15日，会议召开。", "text/plain", null, null);
        assertEquals("吉林日报", subheads.source(), "a page line under the headline's subheads: " + subheads);
        assertEquals("孙立峰 佟晓雨", subheads.author(), subheads.toString());
        NormalizedDocument byline = normalizer.normalize("北辰经开区生物医药中试基地揭牌运营\n\n来源：天津日报　2026年6月18日　第07版\n本报记者　宋佳音　通讯员　郝宏博\n\n本报讯 6月17日，基地揭牌。",
                "text/plain", null, null);
        assertEquals("宋佳音 郝宏博", byline.author(), byline.toString());
        NormalizedDocument lettered = normalizer.normalize("北辰经开区生物医药中试基地揭牌运营\n\n天津日报　2026年6月18日　第A07版\n\n本报讯 6月17日，基地揭牌。", "text/plain", null, null);
        assertEquals("天津日报", lettered.source(), "a lettered page: " + lettered);
        NormalizedDocument onTop = normalizer.normalize("邵阳日报　2026年2月25日　星期三　第2版　要闻\n\n邵阳经开区召开“新春第一会”\n\n本报讯 2月24日，大会召开。",
                "text/plain", null, null);
        assertEquals("邵阳经开区召开“新春第一会”", onTop.title(), "a page line over the headline, with its weekday and column: " + onTop);
        assertEquals("邵阳日报", onTop.source(), onTop.toString());
        assertEquals(OffsetDateTime.parse("2026-02-25T00:00+08:00"), onTop.publishedAt());
        NormalizedDocument column = normalizer.normalize("海南生态软件园数字人民币应用场景突破百个\n\n海南日报　2026年8月21日　A04版　自贸港·园区\n\n"
                + "□海南日报记者　符晓莹　通讯员　王琼丹\n\n8月20日，推进会召开。", "text/plain", null, null);
        assertEquals("海南日报", column.source(), "a page without 第, a column with a dot: " + column);
        assertEquals("符晓莹 王琼丹", column.author(), "a byline after a box: " + column);
        assertEquals(List.of("8月20日，推进会召开。"), column.paragraphs(), column.toString());
    }

    @Test
    void plainTextWithoutHeadlineHasNoTitle() {
        NormalizedDocument document = normalizer.normalize("第一段文字。\n\n第二段文字。", null, null, null);
        assertEquals(DocumentFormat.PLAIN_TEXT, document.format());
        assertNull(document.title());
        assertNull(document.publishedAt());
        assertNull(document.source());
        assertEquals(List.of("第一段文字。", "第二段文字。"), document.paragraphs());
        assertEquals("第一段文字。\n第二段文字。", document.text());
    }

    @Test
    void anOfficialNoticeWithoutATimeLabelIsDatedByItsClosingDate() {
        NormalizedDocument notice = normalizer.normalize("""
                天津市人民政府关于王建国等同志职务任免的通知
                各区人民政府，市政府各委、局：
                市人民政府决定：任命王建国为天津市商务局局长。
                天津市人民政府
                二〇二五年三月十二日
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2025-03-12T00:00:00+08:00"), notice.publishedAt());
        assertEquals("二〇二五年三月十二日", notice.paragraphs().get(notice.paragraphs().size() - 1));
        NormalizedDocument arabic = normalizer.normalize("关于印发若干措施的通知\n各有关单位：现将若干措施印发给你们。\n某某市商务局\n2024年12月31日", null, null, null);
        assertEquals(OffsetDateTime.parse("2024-12-31T00:00:00+08:00"), arabic.publishedAt());
    }

    @Test
    void aNoticeOrDecisionIsDatedByItsSignatureBeforeWhatItIssuesAndAJudgmentAboveItsClerks() {
        NormalizedDocument notice = normalizer.normalize("""
                山东省人民政府办公厅关于印发山东省开发区整合优化方案的通知
                各市人民政府，省政府各部门：
                　　《山东省开发区整合优化方案》已经省政府同意，现印发给你们，请认真贯彻执行。
                山东省人民政府办公厅
                2026年3月12日
                山东省开发区整合优化方案
                一、总体要求
                　　到2026年底，全省开发区数量控制在合理规模。
                　　各市要于2026年5月31日前报送实施方案。
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2026-03-12T00:00:00+08:00"), notice.publishedAt());
        NormalizedDocument judgment = normalizer.normalize("""
                广东省东莞市第三人民法院
                民事判决书
                　　原告东莞港恒保税仓储有限公司与被告仓储合同纠纷一案，本院依法审理。
                审　判　长　　莫丽华
                人民陪审员　　袁国栋
                二〇二五年三月二十日
                法官助理　　　郭晓彤
                书　记　员　　冼嘉怡
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2025-03-20T00:00:00+08:00"), judgment.publishedAt());
        NormalizedDocument aside = normalizer.normalize("工作简报\n一、会议听取了汇报。\n二、会议研究了事项。\n三、会议部署了工作。\n张三\n2025年3月1日\n下一步将继续推进。\n各单位要抓好落实。", null, null, null);
        assertNull(aside.publishedAt(), "a date under a person's name signs nothing");
        NormalizedDocument story = normalizer.normalize("宁波保税区迎来设立三十周年\n一、三十年历程回顾\n二、主要成就\n三、未来展望\n"
                + "　　1992年11月19日，国务院批准设立宁波保税区。批复全文如下：\n国务院关于同意设立宁波保税区的批复\n　　同意设立宁波保税区。\n国务院\n1992年11月19日\n"
                + "　　三十年来，保税区实现了跨越式发展。\n　　下一步将继续推进。", null, null, null);
        assertNull(story.publishedAt(), "a text a story quotes does not date the story");
        NormalizedDocument contacts = normalizer.normalize("""
                关于省属企业负责人2024年度薪酬情况的公告
                一、基本情况
                二、薪酬构成
                三、有关说明
                　　现将有关情况公告如下。
                联系人：企业领导人员管理处　黎晓光　　联系电话：028-86027513
                四川省政府国有资产监督管理委员会
                2026年3月20日
                抄送：省委组织部，省财政厅。
                四川省国资委办公室　　　　2026年3月20日印发
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2026-03-20T00:00:00+08:00"), contacts.publishedAt(), "contact lines between the text and its signature, copies after it");
    }

    @Test
    void minutesAreDatedByTheIssuerAndDateLineUnderTheirTitle() {
        NormalizedDocument minutes = normalizer.normalize("""
                重庆江津综合保税区、重庆永川综合保税区
                协同发展联席会议纪要
                〔2025〕第2期
                重庆市商务委员会办公室　　　　　　2025年9月19日
                　　2025年9月12日下午，会议在永川区召开。
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2025-09-19T00:00:00+08:00"), minutes.publishedAt());
        NormalizedDocument page = normalizer.normalize("“让侨商回乡投资，从综保区起步”\n——访梅州综合保税区管委会主任廖建中\n梅州日报记者　古晓岚\n"
                + "2025年10月21日　　第A03版：要闻\n　　记者：下一步有什么打算？", null, null, null);
        assertEquals(OffsetDateTime.parse("2025-10-21T00:00:00+08:00"), page.publishedAt(), "a page numbered with its section's letter");
    }

    @Test
    void aSpeechIsDatedByTheDatelineUnderItsTitle() {
        NormalizedDocument report = normalizer.normalize("""
                2025年云南省人民政府工作报告
                ——2025年1月20日在云南省第十四届人民代表大会第四次会议上
                云南省省长 王予波
                各位代表：现在，我代表省人民政府，向大会报告工作。
                过去一年，全省地区生产总值增长3.8%。
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2025-01-20T00:00:00+08:00"), report.publishedAt());
    }

    @Test
    void aResolutionOrListIsDatedByItsNoteOfAdoption() {
        NormalizedDocument list = normalizer.normalize("""
                湖南省第十四届人民代表大会常务委员会第十五次会议任免名单
                （2025年3月27日湖南省第十四届人民代表大会常务委员会第十五次会议通过）
                一、决定任命：
                刘建明为湖南省商务厅厅长。
                """, null, null, null);
        assertEquals(OffsetDateTime.parse("2025-03-27T00:00:00+08:00"), list.publishedAt());
        NormalizedDocument communique = normalizer.normalize("中国共产党宜宾市第六届委员会第十次全体会议公报\n"
                + "（二〇二五年十二月二十七日中国共产党宜宾市第六届委员会第十次全体会议通过）\n全会由市委常委会主持。", null, null, null);
        assertEquals(OffsetDateTime.parse("2025-12-27T00:00:00+08:00"), communique.publishedAt());
        NormalizedDocument approved = normalizer.normalize("长沙市养犬管理条例\n（2024年10月30日长沙市第十六届人民代表大会常务委员会第二十二次会议通过"
                + "　2024年11月28日湖南省第十四届人民代表大会常务委员会第十三次会议批准）\n第一条　为了规范养犬行为，制定本条例。", null, null, null);
        assertEquals(OffsetDateTime.parse("2024-11-28T00:00:00+08:00"), approved.publishedAt(), "a regulation is dated by its last step");
        NormalizedDocument numerals = normalizer.normalize("某某自治县条例\n（二〇二四年十月三十日某某自治县人民代表大会通过　二〇二四年十一月二十八日某某省人民代表大会常务委员会批准）\n第一条　总则。",
                null, null, null);
        assertEquals(OffsetDateTime.parse("2024-11-28T00:00:00+08:00"), numerals.publishedAt(), "in numerals too");
        NormalizedDocument session = normalizer.normalize("某某区优化营商环境若干措施\n（2025年1月10日区人民政府2025年第1次常务会议通过）\n一、总则。", null, null, null);
        assertEquals(OffsetDateTime.parse("2025-01-10T00:00:00+08:00"), session.publishedAt(), "a year after the date names the session");
        NormalizedDocument aside = normalizer.normalize("会议纪要\n（2025年3月27日下午，有关负责同志参加）\n会议研究了工作。", null, null, null);
        assertNull(aside.publishedAt(), "a note in brackets that adopts nothing dates nothing");
    }

    @Test
    void aBulletinIsDatedByTheDateUnderItsIssuer() {
        NormalizedDocument bulletin = normalizer.normalize("2024年嘉兴市国民经济和社会发展统计公报\n嘉兴市统计局\n2025年3月20日\n初步核算，全年全市实现地区生产总值7493亿元。",
                null, null, null);
        assertEquals(OffsetDateTime.parse("2025-03-20T00:00:00+08:00"), bulletin.publishedAt());
    }

    @Test
    void aPapersPageLineAndATranscriptsDateAndPlaceDateTheirText() {
        NormalizedDocument page = normalizer.normalize("开放前沿聚新能——我省综合保税区一线观察\n《云南日报》2024年12月9日　第3版　本报记者　杨丽萍\n"
                + "初冬时节，记者走进昆明综合保税区。", null, null, null);
        assertEquals(OffsetDateTime.parse("2024-12-09T00:00:00+08:00"), page.publishedAt());
        NormalizedDocument transcript = normalizer.normalize("国务院新闻办公室新闻发布会文字实录\n国务院新闻办公室\n2026年3月24日　北京\n"
                + "主持人：女士们、先生们，大家上午好。", null, null, null);
        assertEquals(OffsetDateTime.parse("2026-03-24T00:00:00+08:00"), transcript.publishedAt());
        NormalizedDocument sentence = normalizer.normalize("会议通知\n2025年3月12日，会议在北京召开。\n请准时参加。", null, null, null);
        assertNull(sentence.publishedAt(), "a sentence that opens with a date is news of that day, no dateline");
        NormalizedDocument event = normalizer.normalize("新闻发布会预告\n2026年3月30日　上午10时\n国务院新闻办公室将举行新闻发布会。", null, null, null);
        assertNull(event.publishedAt(), "an event's time dates the event, not the notice");
        NormalizedDocument bare = normalizer.normalize("“这里是我们追梦的第二故乡”\n福州日报　2024-04-22　记者　郑晓岚　实习生　林雨萱\n\n"
                + "　　清晨七点，台湾青年已经打开了他的咖啡工作室。", null, null, null);
        assertEquals(OffsetDateTime.parse("2024-04-22T00:00:00+08:00"), bare.publishedAt(), "a paper's name without title marks, the reporters after the day");
        NormalizedDocument record = normalizer.normalize("新区高质量发展新闻发布会实录\n2024年3月26日（星期二）上午10:00　　地点：市政府新闻发布厅\n"
                + "主持人：大家上午好。", null, null, null);
        assertEquals(OffsetDateTime.parse("2024-03-26T00:00:00+08:00"), record.publishedAt(), "a record is of its event's day");
        NormalizedDocument story = normalizer.normalize("中国（上海）自由贸易试验区十年建设实录\n2013年9月29日，中国（上海）自由贸易试验区正式挂牌成立。", null, null, null);
        assertNull(story.publishedAt(), "a record's story opening with the day it tells of");
        NormalizedDocument numerals = normalizer.normalize("新闻发布会文字实录\n二〇二六年三月二十四日　北京\n主持人：大家上午好。", null, null, null);
        assertEquals(OffsetDateTime.parse("2026-03-24T00:00:00+08:00"), numerals.publishedAt(), "in numerals too");
    }

    @Test
    void aPagesOwnTimeComesBeforeTheClosingDateOfANoticeItForwards() {
        NormalizedDocument page = normalizer.normalize("<html><head><title>转发关于开展外贸企业调查的通知</title></head><body>"
                + "<h1>转发关于开展外贸企业调查的通知</h1><div>2024-10-21 09:30</div>"
                + "<p>各有关单位：现将通知转发给你们，请认真贯彻执行。</p><p>苏州市商务局</p><p>2024年9月3日</p></body></html>", "text/html", null, null);
        assertEquals(OffsetDateTime.parse("2024-10-21T09:30:00+08:00"), page.publishedAt());
    }

    @Test
    void aDateInsideTheTextDatesNothing() {
        NormalizedDocument document = normalizer.normalize("会议通知\n会议定于2025年3月12日召开。\n请准时参加。", null, null, null);
        assertNull(document.publishedAt());
    }

    @Test
    void formatHintOverridesDetection() {
        String text = Samples.text("001_23098c29dc51a7a7.txt");
        NormalizedDocument document = normalizer.normalize(text, null, null, DocumentFormat.PLAIN_TEXT);
        assertEquals(DocumentFormat.PLAIN_TEXT, document.format());
        assertEquals("津滨网", document.source());
        assertNoParagraphContains(document, "1727581181804066210", "津ICP备");
    }

    @Test
    void htmlHintOnPlainTextKeepsLines() {
        NormalizedDocument document = normalizer.normalize("第一段。\n第二段。", "text/html", null, DocumentFormat.HTML);
        assertEquals(List.of("第一段。", "第二段。"), document.paragraphs());
    }

    @Test
    void emptyTextGivesAnEmptyDocument() {
        NormalizedDocument document = normalizer.normalize("", null, null, null);
        assertTrue(document.paragraphs().isEmpty());
        assertEquals("", document.text());
        assertThrows(NullPointerException.class, () -> normalizer.normalize(null, null, null, null));
    }

    @Test
    void everyHintWorksOnEverySample() {
        for (String sample : List.of("000_06ab7e027c22c786.txt", "001_23098c29dc51a7a7.txt", "002_16796f86e927b957.txt",
                "003_1b9ae0e5524c20de.txt", "004_0105666c1faa1594.txt")) {
            for (DocumentFormat hint : DocumentFormat.values()) {
                NormalizedDocument document = normalizer.normalize(Samples.text(sample), null, null, hint);
                assertEquals(hint, document.format());
                for (String paragraph : document.paragraphs()) {
                    assertTrue(!paragraph.isBlank() && paragraph.equals(paragraph.strip()), sample + " " + hint);
                }
            }
        }
    }

    @Test
    void reprintedPressTextReadsOutletDatelineAndLosesAppFurniture() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.REPRINTED_PRESS_TEXT, "text/plain", null, null);
        assertEquals(DocumentFormat.PRESS_TEXT, document.format());
        assertEquals("自贸试验区十周年：天津交出亮眼成绩单", document.title());
        assertEquals(OffsetDateTime.parse("2024-09-30T08:15:00+08:00"), document.publishedAt());
        assertEquals("新京报", document.source());
        assertEquals("张三", document.author());
        assertEquals("王五", document.editor(), "the editor line inside the cut footer is still read");
        assertEquals(List.of("新京报讯（记者 张三）9月29日，天津自贸试验区迎来挂牌十周年。", "十年来，天津自贸试验区累计形成600余项制度创新成果。"),
                document.paragraphs());
    }

    @Test
    void theSpeakerASpeechsDatelineNamesUnderItIsItsAuthor() {
        NormalizedDocument report = normalizer.normalize("宁安市2024年政府工作报告（摘要）\n发布时间：2024-01-22　　来源：宁安市人民政府办公室\n\n"
                + "——2024年1月16日在宁安市第十八届人民代表大会第三次会议上\n宁安市人民政府市长　韩立新\n\n各位代表：\n现在，我代表市人民政府作报告。\n",
                "text/plain", null, null);
        assertEquals("韩立新", report.author(), report.toString());
        NormalizedDocument spaced = normalizer.normalize("关于预算的报告\n\n——2024年1月24日在宽甸满族自治县第十九届人民代表大会第四次会议上\n"
                + "宽甸满族自治县财政局局长　宋　涛\n\n各位代表：\n", "text/plain", null, null);
        assertEquals("宋涛", spaced.author(), spaced.toString());
    }

    @Test
    void aPublicAccountsPostHeaderDatesThePostWhateverTheAccountIsCalled() {
        NormalizedDocument post = normalizer.normalize("一封来自企业的感谢信\n\n武汉经开区发布　2025年12月12日 09:18 湖北\n\n编者按：12月10日，企业发来感谢信。\n",
                "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2025-12-12T09:18:00+08:00"), post.publishedAt(), post.toString());
        assertEquals("武汉经开区发布", post.source());
        assertEquals(List.of("编者按：12月10日，企业发来感谢信。"), post.paragraphs());
        NormalizedDocument noPlace = normalizer.normalize("年货节开幕\n\n海口空港综保区　2026-01-14 18:02\n\n马年春节越来越近。\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-01-14T18:02:00+08:00"), noPlace.publishedAt(), noPlace.toString());
        // A time's label without its colon is no account.
        NormalizedDocument label = normalizer.normalize("年货节开幕\n\n发布时间 2026-01-14 18:02\n来源：海南日报\n\n马年春节越来越近。\n", "text/plain", null, null);
        assertEquals("海南日报", label.source(), label.toString());
        // Marked as the account's own (原创); a 来源 line names the outlet the post is from, before the account's name.
        NormalizedDocument original = normalizer.normalize("推进会召开\n原创　柳州高新区发布　　2024-07-05 18:32　　广西\n\n7月4日，会议召开。\n来源：柳州高新区融媒体中心\n",
                "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2024-07-05T18:32:00+08:00"), original.publishedAt(), original.toString());
        assertEquals("柳州高新区融媒体中心", original.source(), original.toString());
        // Without the minute a name and a date are no post's header: the account may be called anything.
        NormalizedDocument noMinute = normalizer.normalize("年货节开幕\n\n海口空港综保区　2026-01-14\n\n马年春节越来越近。\n", "text/plain", null, null);
        assertEquals(null, noMinute.publishedAt(), noMinute.toString());
    }

    @Test
    void aPostHeaderMayNameItsAuthorBeforeTheAccountAndCreditsMayBeSetOffByBars() {
        NormalizedDocument post = normalizer.normalize("招聘会火热举办\n原创　沂水经济技术开发区　沂水经开区发布　2026年02月27日 18:06　山东\n\n2月26日上午，招聘会举行。\n\n"
                + "文字丨张　琳　　图片丨李明轩\n编辑丨陈　曦　　审核丨刘德胜\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-02-27T18:06:00+08:00"), post.publishedAt(), post.toString());
        assertEquals("张琳", post.author(), post.toString());
        assertEquals("陈曦", post.editor(), post.toString());
        assertEquals(List.of("2月26日上午，招聘会举行。"), post.paragraphs());
        NormalizedDocument spaced = normalizer.normalize("招聘会火热举办\n\n2月26日上午，招聘会举行。\n\n文字 | 张琳　编辑 | 陈曦\n", "text/plain", null, null);
        assertEquals("张琳", spaced.author(), "a space before the bar: " + spaced);
        assertEquals("陈曦", spaced.editor(), spaced.toString());
        NormalizedDocument label = normalizer.normalize("年货节开幕\n\n本站 发布时间 2025-01-14 18:02\n来源：海南日报\n\n马年春节越来越近。\n", "text/plain", null, null);
        assertEquals("海南日报", label.source(), "a time's label is no account's name: " + label);
    }

    @Test
    void aPostHeaderUnderASubtitleOrPostedFromAPlaceStillDatesThePost() {
        NormalizedDocument post = normalizer.normalize("奉贤综保区迎来首家科创板上市企业\n瑞泽生物今日在上交所敲钟\n\n上海奉贤　2026-03-27 11:42　发表于上海\n\n"
                + "3月27日上午，瑞泽生物在上海证券交易所科创板上市。\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-03-27T11:42:00+08:00"), post.publishedAt(), post.toString());
        // A subtitle is short and says no sentence: under a paragraph a name and a time are the text's.
        NormalizedDocument prose = normalizer.normalize("瑞泽生物上市\n3月27日上午，瑞泽生物在上海证券交易所科创板上市，首日涨幅120%。\n\n上海奉贤　2026-03-27 11:42\n",
                "text/plain", null, null);
        assertEquals(null, prose.publishedAt(), prose.toString());
        // A salutation is no subtitle: a meeting's time under it is the meeting's, not the notice's date.
        NormalizedDocument notice = normalizer.normalize("关于召开2026年招商工作会议的通知\n各园区、各部门：\n时间：2026年4月10日上午9:00\n地点：管委会三楼会议室\n",
                "text/plain", null, null);
        assertTrue(notice.paragraphs().stream().anyMatch(p -> p.startsWith("时间")), notice.toString());
    }

    @Test
    void anOutletsLineWithItsDateClosingTheTextDatesIt() {
        NormalizedDocument story = normalizer.normalize("共植友谊林　同绘黎安绿\n陵水融媒讯　3月12日上午，试验区开展义务植树活动。\n"
                + "活动现场，干部职工种下椰子树。\n县委书记强调，要久久为功。\n县长要求加强养护。\n据了解，试验区已有多所高校入驻。\n"
                + "（编辑：黄小玲　责任编辑：卓振华）\n陵水黎族自治县融媒体中心　　2026年3月12日\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-03-12T00:00:00+08:00"), story.publishedAt(), story.toString());
    }

    @Test
    void aScriptsDateAndVenueInBracketsUnderItsTitleDateIt() {
        NormalizedDocument script = normalizer.normalize("绥化经济技术开发区2025年度经济工作表彰大会暨颁奖典礼主持词\n\n（2026年2月27日　经开区会展中心多功能厅）\n\n"
                + "主持人：经开区党工委副书记、管委会主任　高立群\n各位领导、同志们：\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-02-27T00:00:00+08:00"), script.publishedAt(), script.toString());
    }

    @Test
    void aPapersHeadMayHoldItsNumberAndItsSignatureMayStandUnderTheLineNamingItsAttachments() {
        NormalizedDocument notice = normalizer.normalize("靖江经济技术开发区管理委员会文件\n\n靖开管发〔2026〕9号\n\n靖江经济技术开发区管理委员会\n"
                + "关于公布2026年度重大行政决策事项目录的通知\n\n各园区、各部门：\n现将目录予以公布。\n\n附件：靖江经济技术开发区2026年度重大行政决策事项目录\n\n"
                + "靖江经济技术开发区管理委员会\n2026年2月27日\n\n（此件公开发布）\n\n附件\n\n序号｜决策事项名称\n", "text/plain", null, null);
        assertEquals("关于公布2026年度重大行政决策事项目录的通知", notice.title());
        assertEquals(OffsetDateTime.parse("2026-02-27T00:00:00+08:00"), notice.publishedAt(), notice.toString());
        // A number is no issuer: alone over the title it titles nothing.
        NormalizedDocument numbered = normalizer.normalize("靖开管发〔2026〕9号\n关于公布2026年度重大行政决策事项目录的通知\n现将目录予以公布。\n", "text/plain", null, null);
        assertEquals("靖开管发〔2026〕9号", numbered.title());
    }

    @Test
    void jointIssuersHeadWithItsFileWordOnALineOfItsOwnIsNoTitle() {
        NormalizedDocument notice = normalizer.normalize("延安市卫生健康委员会　延安市财政局\n延安市民政局　延安市公安局\n文件\n延市卫发〔2026〕8号\n\n"
                + "关于印发《延安市育儿补贴发放工作实施细则》的通知\n\n各县（市、区）卫生健康局：\n现印发给你们。\n", "text/plain", null, null);
        assertEquals("关于印发《延安市育儿补贴发放工作实施细则》的通知", notice.title());
        assertTrue(notice.text().startsWith("延安市卫生健康委员会"), "the issuers stay in the text: " + notice.text());
        NormalizedDocument spaced = normalizer.normalize("中共延安市委办公室\n延安市人民政府办公室\n延安市卫生健康委员会\n文　件\n延市办发〔2026〕8号\n\n"
                + "关于印发《延安市育儿补贴发放工作实施细则》的通知\n\n各县（市、区）：\n现印发给你们。\n", "text/plain", null, null);
        assertEquals("关于印发《延安市育儿补贴发放工作实施细则》的通知", spaced.title(), "three issuers' lines and a spaced 文　件");
    }

    @Test
    void aPaperOpeningWithItsIssuersLinesIsTitledByTheLineUnderThemAndItsTextKeepsThemAll() {
        NormalizedDocument notice = normalizer.normalize("漯河经济技术开发区管理委员会办公室\n关于印发漯河经济技术开发区2026年迎峰度夏有序用电方案的通知\n\n"
                + "漯开管办〔2026〕18号\n\n各办局、各街道：\n方案已经管委会同意，现印发给你们。\n", "text/plain", null, null);
        assertEquals("关于印发漯河经济技术开发区2026年迎峰度夏有序用电方案的通知", notice.title());
        assertNull(notice.publishedAt(), "no date yet");
        // With its issuer heading it, a paper may leave its signature out: the date alone under its last sentence dates it.
        NormalizedDocument dated = normalizer.normalize("漯河经济技术开发区管理委员会办公室\n关于印发漯河经济技术开发区2026年迎峰度夏有序用电方案的通知\n\n"
                + "各办局、各街道：\n方案已经管委会同意，现印发给你们，请认真组织实施。\n\n2026年5月28日\n\n漯河经济技术开发区2026年迎峰度夏有序用电方案\n"
                + "为做好迎峰度夏工作，制定本方案。\n", "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2026-05-28T00:00:00+08:00"), dated.publishedAt(), dated.toString());
        assertTrue(notice.text().startsWith("漯河经济技术开发区管理委员会办公室\n关于印发"), notice.text());
        NormalizedDocument joint = normalizer.normalize("三明高新技术产业开发区管理委员会\n三明市自然资源和规划局\n关于2026年第一批闲置土地认定结果的公告\n\n"
                + "根据《闲置土地处置办法》，现将认定结果公告如下。\n", "text/plain", null, null);
        assertEquals("关于2026年第一批闲置土地认定结果的公告", joint.title());
        assertTrue(joint.text().startsWith("三明高新技术产业开发区管理委员会\n三明市自然资源和规划局\n"), joint.text());
        // A headline that is no paper's title stays the title, the line above it a body's name or not.
        NormalizedDocument news = normalizer.normalize("合肥经开区召开2024年招商引资工作推进会\n\n3月5日，合肥经开区召开推进会。\n", "text/plain", null, null);
        assertEquals("合肥经开区召开2024年招商引资工作推进会", news.title());
        // A headline ending in a body's word, then a paragraph opening with 关于, or a title wrapped over two lines: the first line.
        NormalizedDocument centre = normalizer.normalize("郑州航空港区获批国家级检验检测中心\n关于该中心的建设情况，记者进行了采访。\n", "text/plain", null, null);
        assertEquals("郑州航空港区获批国家级检验检测中心", centre.title());
        NormalizedDocument broken = normalizer.normalize("三门峡市公安局交通警察支队\n三门峡经济开发区管理委员会\n关于经五路道路提升改造工程施工期间\n实施交通管制的通告\n\n"
                + "为保障施工安全，现通告如下。\n", "text/plain", null, null);
        assertEquals("关于经五路道路提升改造工程施工期间实施交通管制的通告", broken.title(), "a title set on two lines under its issuers: " + broken);
        NormalizedDocument request = normalizer.normalize("乌兰察布察哈尔高新技术产业开发区管理委员会文件\n\n察高管发〔2026〕15号　　　　签发人：贺志勇\n\n"
                + "关于申请设立乌兰察布综合保税区\n有关事项的请示\n\n市人民政府：\n现将有关事项请示如下。\n", "text/plain", null, null);
        assertEquals("关于申请设立乌兰察布综合保税区有关事项的请示", request.title(), "a request under its head and number: " + request);
        NormalizedDocument alone = normalizer.normalize("关于经五路道路提升改造工程施工期间\n实施交通管制的通告\n\n为保障施工安全，现通告如下。\n", "text/plain", null, null);
        assertEquals("关于经五路道路提升改造工程施工期间实施交通管制的通告", alone.title(), alone.toString());
        assertEquals(List.of("为保障施工安全，现通告如下。"), alone.paragraphs(), "both lines are the title: " + alone);
        NormalizedDocument subhead = normalizer.normalize("关于社保缴费基数调整\n市人社局发布最新通知\n\n7月1日起，新基数执行。\n", "text/plain", null, null);
        assertEquals("关于社保缴费基数调整", subhead.title(), "a headline and its subhead make no title of a paper: " + subhead);
    }

    @Test
    void anIssuerThenADateUnderTheTitleIsTheByline() {
        NormalizedDocument document = normalizer.normalize("""
                合肥经开区召开2024年招商引资工作推进会
                合肥经济技术开发区管委会  2024-03-06

                3月5日，合肥经开区召开2024年招商引资工作推进会。
                """, "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2024-03-06T00:00:00+08:00"), document.publishedAt());
        assertEquals("合肥经济技术开发区管委会", document.source());
        assertEquals(List.of("3月5日，合肥经开区召开2024年招商引资工作推进会。"), document.paragraphs());
        NormalizedDocument joint = normalizer.normalize("2023年宁波市国民经济和社会发展统计公报\n宁波市统计局 国家统计局宁波调查队  2024-03-20\n\n初步核算，全年全市实现地区生产总值16452.8亿元。\n",
                "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2024-03-20T00:00:00+08:00"), joint.publishedAt(), "joint issuers then the date: " + joint);
        assertEquals("宁波市统计局", joint.source());
        NormalizedDocument wire = normalizer.normalize("李强主持召开国务院常务会议\n新华社北京2024年8月2日电\n\n国务院总理李强8月2日主持召开国务院常务会议。\n",
                "text/plain", null, null);
        assertEquals(OffsetDateTime.parse("2024-08-02T00:00:00+08:00"), wire.publishedAt(), "a dateline on a line of its own dates the news");
        assertEquals(List.of("国务院总理李强8月2日主持召开国务院常务会议。"), wire.paragraphs());
        NormalizedDocument labelled = normalizer.normalize("滨海新区召开优化营商环境推进会\n发布时间 2024-03-06\n来源：天津日报\n\n会议强调，要持续优化营商环境。\n",
                "text/plain", null, null);
        assertEquals("天津日报", labelled.source(), "a label without its colon is no issuer: " + labelled);
        NormalizedDocument headline = normalizer.normalize("国务院常务会议 2024年3月6日\n\n会议研究了有关工作。\n", "text/plain", null, null);
        assertEquals("国务院常务会议 2024年3月6日", headline.title(), "a headline ending in a date is the title: " + headline);
        NormalizedDocument sentence = normalizer.normalize("标题\n会议指出 到2025年完成\n", "text/plain", null, null);
        assertEquals(null, sentence.publishedAt(), "a line that only ends in a year is no byline: " + sentence);
    }

    @Test
    void tableLayoutGovernmentPage() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.TABLE_LAYOUT_GOV_PAGE, "text/html", null, null);
        assertEquals("东疆保税港区管委会关于开展2024年度企业评审工作的通知", document.title());
        assertEquals(OffsetDateTime.parse("2024-03-15T00:00:00+08:00"), document.publishedAt());
        assertEquals("东疆保税港区管委会", document.source());
        assertEquals(List.of("各有关企业：", "为做好2024年度企业评审工作，现将有关事项通知如下：", "一、评审范围", "注册在东疆保税港区的企业。",
                "联系人：王老师，电话：022-25601234", "东疆保税港区管委会", "2024年3月15日"), document.paragraphs());
    }

    @Test
    void closingSourceNoteIsMetadataNotBody() {
        NormalizedDocument document = normalizer.normalize(KinDocuments.JEKYLL_WITH_INLINE_SOURCE, null, null, null);
        assertEquals("天津日报", document.source(), "the stated source beats the tag fallback");
        assertEquals(List.of("东疆综保区前五个月进出口增长20%。"), document.paragraphs());
    }

    @Test
    void bareUrlsAreKeptInsideTheTextAndDroppedAtItsEdges() {
        String text = "http://www.example.gov.cn/\n关于公布名单的通知\n发布日期：2024-05-01\n名单见附件：\nhttp://www.example.gov.cn/fj1.pdf\n特此通知。\nhttp://www.example.gov.cn/share";
        NormalizedDocument document = normalizer.normalize(text, "text/plain", null, null);
        assertEquals("关于公布名单的通知", document.title());
        assertNull(document.url(), "only a <…> share line names the document's URL");
        assertEquals(List.of("名单见附件：", "http://www.example.gov.cn/fj1.pdf", "特此通知。"), document.paragraphs());
    }

    @Test
    void govPageTitleWrappedOntoTwoLines() {
        String text = "您的位置：首页 > 政务公开\n天津港保税区管理委员会关于印发\n《保税维修业务管理办法》的通知\n"
                + "发布时间：2024-06-03 10:00 信息来源：天津港保税区管理委员会\n字号：大 中 小\n各有关单位：\n现将办法印发给你们。";
        NormalizedDocument document = normalizer.normalize(text, null, null, null);
        assertEquals(DocumentFormat.GOV_PAGE, document.format());
        assertEquals("天津港保税区管理委员会关于印发《保税维修业务管理办法》的通知", document.title());
        assertEquals("天津港保税区管理委员会", document.source());
        assertEquals(OffsetDateTime.parse("2024-06-03T10:00:00+08:00"), document.publishedAt());
        assertEquals(List.of("各有关单位：", "现将办法印发给你们。"), document.paragraphs());
    }
}
