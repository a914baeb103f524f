package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static io.zonelens.ingest.extraction.entity.EntityFixture.has;
import static io.zonelens.ingest.extraction.entity.EntityFixture.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTest {

    private static List<PositionHeld> positions(String text) {
        return EntityFixture.analyze(text, OffsetDateTime.parse("2022-03-11T14:35:31+08:00")).entities().positions();
    }

    private static List<String> titlesOf(List<PositionHeld> positions, String person) {
        return positions.stream().filter(p -> p.person().equals(person)).map(PositionHeld::title).toList();
    }

    @Test
    void aTitleNamingAPrizeIsHeldByNoOne() {
        List<EntityMention> m = mentions("授予上海沪渝智能装备股份有限公司“2025年度青浦区区长质量奖”，上海华虹集团获“上海市市长质量奖”。区长王明出席。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POSITION).count(), m.toString());
        assertTrue(has(m, EntityType.POSITION, "区长"), "the district head who attends: " + m);
    }

    @Test
    void aRiverChiefIsAnOfficeAndTheRiverChiefSystemNone() {
        List<PositionHeld> p = positions("一、市级总河长、副总河长\n总河长：刘建国（市委书记）\n黄河中卫段市级河长：冯立斌（副市长）\n");
        assertTrue(titlesOf(p, "刘建国").contains("总河长"), p.toString());
        assertTrue(titlesOf(p, "冯立斌").contains("河长"), p.toString());
        List<EntityMention> m = mentions("全面推行河湖长制和林长制，落实人才服务专员制度，推进黄河长江保护，市长制定了方案。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION && List.of("河湖长", "林长", "河长", "专员").contains(x.text())), m.toString());
        assertTrue(has(m, EntityType.POSITION, "市长"), m.toString());
        // 制 opening a word of its own (制片人, 制发) names no system.
        assertTrue(has(mentions("节目主任制片人王某说。"), EntityType.POSITION, "制片人"), "制片人");
        assertTrue(has(mentions("县长制发通知。"), EntityType.POSITION, "县长"), "县长制发");
        // A forest chief is no piece of a name: 王林 of 王林长期 stays a person.
        List<EntityMention> name = mentions("王林长期在基层工作。");
        assertTrue(has(name, EntityType.PERSON, "王林"), name.toString());
        assertTrue(name.stream().noneMatch(x -> x.type() == EntityType.POSITION), name.toString());
    }

    @Test
    void inATablesRowTheTitlesFillTheCellAfterTheNameAndAreOfTheUnitBesideIt() {
        String table = """
                关于省属企业负责人2024年度薪酬情况的公告
                企业名称　　　　　　　姓名　　　职务　　　　　　　　　　任职起止时间　　　　应付年薪
                山东黄金集团有限公司　赵明远　　党委副书记、董事、总经理　2021.09—　　　　　　95.20
                山东文旅集团有限公司　窦晓丽　　党委常委、总会计师　　　2022.03—　　　　　　78.66
                """;
        List<PositionHeld> p = positions(table);
        // The firm opening the row holds the offices it has no committee for; its party committee the committee's.
        assertTrue(p.stream().anyMatch(h -> h.person().equals("赵明远") && h.title().equals("党委副书记") && h.organization().equals("山东黄金集团有限公司党委")), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("赵明远") && h.title().equals("董事") && h.organization().equals("山东黄金集团有限公司")), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("窦晓丽") && h.title().equals("总会计师") && h.organization().equals("山东文旅集团有限公司")), p.toString());
        List<PositionHeld> units = positions("""
                序号　姓名　　　工作单位　　　　　　　　　　　　　　　　职务/职称　　　　　　人才类别
                2　　　欧阳明哲　贵州安顺家喻新材料科技有限公司　　　　　总工程师　　　　　　　A类
                5　　　吴国梁　　贵州安顺长鹰航空部件有限公司　　　　　　质量管理部副部长　　　B类
                """);
        assertTrue(units.stream().anyMatch(h -> h.person().equals("欧阳明哲") && h.title().equals("总工程师") && "贵州安顺家喻新材料科技有限公司".equals(h.organization())),
                units.toString());
        assertTrue(units.stream().anyMatch(h -> h.person().equals("吴国梁") && "贵州安顺长鹰航空部件有限公司质量管理部".equals(h.organization())), units.toString());
        // The unit's cell may go on past the institution to its department, which holds the office then.
        List<PositionHeld> departments = positions("名单\n序号　姓名　工作单位　职称／职务\n1　王振宇　中国石油吉林油田分公司安全环保处　副处长\n"
                + "2　李国栋　吉林化工学院化工与材料工程学院　教授\n3　张宏伟　松原石化有限责任公司副总经理　高级工程师\n");
        assertTrue(departments.stream().anyMatch(h -> h.person().equals("王振宇") && h.title().equals("副处长")
                && "中国石油吉林油田分公司安全环保处".equals(h.organization())), departments.toString());
        assertTrue(departments.stream().anyMatch(h -> h.person().equals("李国栋") && "吉林化工学院化工与材料工程学院".equals(h.organization())), departments.toString());
        // …but an office is no department (副总经理 ends in no unit's word).
        assertTrue(departments.stream().noneMatch(h -> h.person().equals("张宏伟") && h.title().equals("高级工程师")
                && h.organization() != null && h.organization().endsWith("副总经理")), departments.toString());
        // The column of a row's firm's legal representative, beside a column of where it stands or what was found of it.
        List<PositionHeld> representatives = positions("名单\n序号　企业名称　法定代表人　所在片区\n1　中石油云南石化有限公司　刘振宇　草铺片区\n"
                + "序号　企业名称　法定代表人　主要问题\n1　安宁市鑫源建材有限公司　段建明　颗粒物无组织排放超标\n");
        for (String[] row : List.of(new String[] {"刘振宇", "中石油云南石化有限公司"}, new String[] {"段建明", "安宁市鑫源建材有限公司"})) {
            assertTrue(representatives.stream().anyMatch(h -> h.person().equals(row[0]) && h.title().equals("法定代表人") && row[1].equals(h.organization())),
                    representatives.toString());
        }
        // A numbered row (normalized, one space between cells): the firm in the cell before the name's holds its board's offices;
        // a body named in full in the title's cell keeps its own name.
        List<PositionHeld> numbered = positions("名单\n序号 企业名称 姓名 职务\n1 山东黄金集团有限公司 赵明远 党委副书记、董事、总经理\n2 贵州大学 张伟 中国工程院院士\n");
        assertTrue(numbered.stream().anyMatch(h -> h.person().equals("赵明远") && h.title().equals("董事") && "山东黄金集团有限公司".equals(h.organization())),
                numbered.toString());
        assertTrue(numbered.stream().anyMatch(h -> h.person().equals("张伟") && "中国工程院".equals(h.organization())), numbered.toString());
        // In running text a title after a space is no cell: 经理 here is nobody's office.
        assertTrue(positions("今天 王明 经理的车坏在路上了。").stream().noneMatch(h -> h.person().equals("王明")), "a space in prose is no table");
    }

    @Test
    void aTablesNamesColumnMayBeLabelledWithTheRoleItsPeopleAreListedInAndItsUnitsAreBodies() {
        List<PositionHeld> p = positions("黑龙江省人民政府新闻办公室关于公布省政府部门新闻发言人名单的公告\n"
                + "　　序号　单位　　　　　　　　新闻发言人　　职务\n"
                + "　　2　　省教育厅　　　　　　孙晓红　　　　党组成员、副厅长\n"
                + "　　5　　省公安厅　　　　　　曲长海　　　　新闻宣传处处长\n"
                + "　　25　 省统计局　　　　　　伊　丹　　　　总统计师\n");
        // The body in the cell before the name's holds the offices the title's cell gives no body for, and a division written bare.
        assertTrue(p.stream().anyMatch(h -> h.person().equals("孙晓红") && h.title().equals("副厅长") && "黑龙江省教育厅".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("曲长海") && "黑龙江省公安厅新闻宣传处".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("伊丹") && h.title().equals("总统计师") && "黑龙江省统计局".equals(h.organization())), p.toString());
        // A role's word as a value in a row is no header: the rows under it keep their names.
        String values = "名单\n序号 企业名称 姓名 职务\n1 甲科技有限公司 王五 法定代表人\n2 乙物流有限公司 赵明亮 总经理\n";
        RosterTable.Cell name = RosterTable.nameCellOfTheRowAt(values, values.indexOf("2 乙"));
        assertEquals("赵明亮", name == null ? null : values.substring(name.start(), name.end()));
    }

    @Test
    void aCongressDeputySitsInTheCongressItsTitleNamesNotInItsPlace() {
        List<PositionHeld> p = positions("关于聘任社会监督员的公告\n序号　姓名　工作单位及职务\n"
                + "1　黄建华　龙岩市人大代表、福建龙净环保股份有限公司党委副书记、副总裁\n全国人大代表、福建龙马环卫装备股份有限公司副总经理林秀珍说。");
        assertTrue(p.stream().anyMatch(h -> h.person().equals("黄建华") && h.title().equals("龙岩市人大代表") && "龙岩市人民代表大会".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("黄建华") && h.title().equals("副总裁") && "福建龙净环保股份有限公司".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("林秀珍") && "全国人民代表大会".equals(h.organization())), p.toString());
    }

    @Test
    void theSessionsPresidiumIsTheCongressNamedBeforeAndItsRostrumNoTitle() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("1月14日上午，上海市第十六届人民代表大会第四次会议在世博中心开幕。"
                + "大会主席团常务主席邬振华、沈慧敏等在主席台前排就座。");
        assertEquals("上海市人民代表大会", organizationOf(doc, "邬振华"), doc.positions.toString());
        assertEquals("上海市人民代表大会", organizationOf(doc, "沈慧敏"), doc.positions.toString());
        assertTrue(EntityFixture.mentions("大会主席团常务主席邬振华、沈慧敏在主席台前排就座。").stream()
                .noneMatch(m -> m.type() == EntityType.POSITION && m.text().equals("主席")));
    }

    @Test
    void theOfficeAfterACopulaEndingItsClauseIsThePersons() {
        List<PositionHeld> held = positions("林志明是厦门台嘉精密机械有限公司董事长，2008年来到海沧。王强是市商务局局长。张伟是董事长的儿子。");
        assertEquals(List.of("厦门台嘉精密机械有限公司董事长"), titlesOf(held, "林志明"), held.toString());
        assertEquals(List.of("市商务局局长"), titlesOf(held, "王强"), held.toString());
        assertEquals(List.of(), titlesOf(held, "张伟"), "a title that goes on into a noun is no office: " + held);
        List<EntityMention> asked = EntityFixture.mentions("主持人：请提问。\n极目新闻记者：对企业来说，这很好。");
        assertTrue(EntityFixture.has(asked, EntityType.ORGANIZATION, "极目新闻") && EntityFixture.has(asked, EntityType.POSITION, "记者"), asked.toString());
    }

    @Test
    void aChiefScientificOfficerAndAStatesExecutiveCouncillorHoldOfficesButATraderNone() {
        List<PositionHeld> held = positions("亦康源的首席科学官大卫·米勒来自美国。马来西亚彭亨州行政议员拿督斯里莫哈末·法伊沙尔·阿卜杜拉率团访问。俄罗斯商人谢尔盖表示。");
        assertEquals(List.of("首席科学官"), titlesOf(held, "大卫·米勒"), held.toString());
        assertEquals(List.of("彭亨州行政议员"), titlesOf(held, "莫哈末·法伊沙尔·阿卜杜拉"), held.toString());
        assertEquals(List.of(), titlesOf(held, "谢尔盖"), held.toString());
        assertTrue(EntityFixture.mentions("俄罗斯商人谢尔盖表示。").stream().noneMatch(m -> m.type() == EntityType.POSITION));
    }

    @Test
    void aFirmsRepresentativeOfficeAtAPlaceIsTheFirmsAndItsChiefRepresentativeHoldsOfficeThere() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("丸森商事株式会社青岛代表处首席代表佐藤健一、德国巴斯夫公司驻华代表处首席代表施密特出席。");
        assertEquals("丸森商事株式会社青岛代表处", organizationOf(doc, "佐藤健一"), doc.positions.toString());
        assertEquals("德国巴斯夫公司驻华代表处", organizationOf(doc, "施密特"), doc.positions.toString());
        assertTrue(EntityFixture.has(EntityFixture.mentions("巴斯夫公司驻华盛顿办事处主任出席。"), EntityType.COMPANY, "巴斯夫公司驻华盛顿办事处"));
    }

    @Test
    void aSitesOwnNewsIsItsStaffsAndItsFootsEditorTooButNotARepostsEditor() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("来源：江门高新区（江海区）融媒体中心　　发布时间：2024-05-17\n"
                + "　　本网讯（记者 甄颖欣 通讯员 司徒俊杰）5月16日，推介会举行。\n编辑：胡静雯　　审核：曾广源");
        assertEquals("江门高新区（江海区）融媒体中心", organizationOf(doc, "甄颖欣"), doc.positions.toString());
        assertEquals("江门高新区（江海区）融媒体中心", organizationOf(doc, "胡静雯"), doc.positions.toString());
        AnalyzedDocumentView reposted = new AnalyzedDocumentView("来源：云南日报\n　　本报讯（记者 杨丽萍）会议举行。\n责任编辑：唐晓雯");
        assertTrue(reposted.positions.stream().noneMatch(h -> h.person().equals("唐晓雯") && h.organization() != null),
                "a portal's editor of another's story: " + reposted.positions);
    }

    @Test
    void aReporterUnderTheOwnPapersDatelineWritesForThePaperTheSourceLineNames() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("绥芬河综保区跨境电商业务增长\n来源：牡丹江日报 2025-07-16\n\n"
                + "本报讯（记者 刘晓冬 通讯员 赵雪婷）7月15日，记者从绥芬河市商务局获悉。");
        assertEquals("牡丹江日报", organizationOf(doc, "刘晓冬"), doc.positions.toString());
        AnalyzedDocumentView placed = new AnalyzedDocumentView("绥芬河综保区跨境电商业务增长\n\n\n来源：牡丹江日报\n\n本报绥芬河7月15日讯 记者 刘晓冬 "
                + "绥芬河市商务局介绍了情况。");
        assertEquals("牡丹江日报", organizationOf(placed, "刘晓冬"), "a dateline naming its place, no brackets: " + placed.positions);
        AnalyzedDocumentView wired = new AnalyzedDocumentView("云南代表团审议政府工作报告\n发布时间：2026-03-06 08:12　　来源：云南日报\n\n"
                + "　　本报北京3月5日电（记者　杨晓雯　段家豪）3月5日下午，云南代表团召开全体会议。");
        assertEquals("云南日报", organizationOf(wired, "段家豪"), "a wired dateline, the source a field of its line: " + wired.positions);
        AnalyzedDocumentView reposted = new AnalyzedDocumentView("绥芬河综保区跨境电商业务增长\n来源：东北网 2025-07-16\n"
                + "本报讯（记者 刘晓冬）7月15日，记者从绥芬河市商务局获悉。");
        assertTrue(reposted.positions.stream().anyMatch(h -> h.person().equals("刘晓冬") && h.organization() == null),
                "a portal reposting a paper's story is no paper: " + reposted.positions);
        AnalyzedDocumentView unsourced = new AnalyzedDocumentView("绥芬河综保区跨境电商业务增长\n本报讯（记者 刘晓冬）7月15日，记者从绥芬河市商务局获悉。");
        assertTrue(unsourced.positions.stream().anyMatch(h -> h.person().equals("刘晓冬") && h.organization() == null),
                "本报 alone names no paper: " + unsourced.positions);
        AnalyzedDocumentView ownLine = new AnalyzedDocumentView("上合示范区与青岛片区“双区联动”\n来源：青岛日报 2025-07-16\n本报记者 孙丽娜 徐海峰 本报通讯员 高晓东\n"
                + "7月15日，记者从上合示范区获悉。");
        for (String staff : List.of("孙丽娜", "徐海峰", "高晓东")) {
            assertEquals("青岛日报", organizationOf(ownLine, staff), "a byline's own line, the paper's correspondent too: " + ownLine.positions);
        }
    }

    @Test
    void aDegreeIsNoOfficeAndAProfessionalTitleIsReadWhole() {
        List<EntityMention> roster = mentions("序号 姓名 性别 毕业院校 学历\n1 郝瑞泽 男 北京大学 硕士研究生\n2 段语嫣 女 中国人民大学 博士研究生\n");
        assertTrue(roster.stream().noneMatch(x -> x.type() == EntityType.POSITION), "a degree: " + roster);
        List<EntityMention> student = mentions("吉林医药学院药学专业硕士研究生李欣然签订了就业意向书。");
        assertTrue(student.stream().noneMatch(x -> x.type() == EntityType.POSITION), student.toString());
        List<EntityMention> supervisor = mentions("北京大学教授、博士研究生导师张三出席。");
        assertTrue(supervisor.stream().anyMatch(x -> x.type() == EntityType.POSITION && x.text().contains("导师")), "a supervisor is an office: " + supervisor);
        List<EntityMention> titles = mentions("田丽萍是湖南省林业科学院正高级工程师，蒋小琴是湖南省蔬菜研究所高级农艺师，阳立群为省派科技特派员。"
                + "设备部副部长、高级技师伊立军和焊装车间工段长佟振国出席。");
        for (String title : List.of("正高级工程师", "高级农艺师", "科技特派员", "高级技师", "工段长")) {
            assertTrue(has(titles, EntityType.POSITION, title), title + " in " + titles);
        }
    }

    @Test
    void aReporterUnderTheOwnPapersDatelineWritesForThePaperIntakeNamedTheSource() {
        String story = "绥芬河综保区跨境电商业务增长\n本报讯（记者 刘晓冬）7月15日，记者从绥芬河市商务局获悉。";
        List<PositionHeld> paper = EntityFixture.analyzePublishedBy("牡丹江日报", story).entities().positions();
        assertTrue(paper.stream().anyMatch(h -> h.person().equals("刘晓冬") && "牡丹江日报".equals(h.organization())), paper.toString());
        List<PositionHeld> portal = EntityFixture.analyzePublishedBy("东北网", story).entities().positions();
        assertTrue(portal.stream().anyMatch(h -> h.person().equals("刘晓冬") && h.organization() == null), "a portal reposting a paper's story: " + portal);
        List<PositionHeld> site = EntityFixture.analyzePublishedBy("江门高新区（江海区）融媒体中心",
                "本网讯（记者 甄颖欣）7月15日，江海区召开会议。\n编辑：胡静雯").entities().positions();
        assertTrue(site.stream().anyMatch(h -> h.person().equals("胡静雯") && "江门高新区（江海区）融媒体中心".equals(h.organization())), site.toString());
    }

    @Test
    void aBodyItsHeadsTitleAndTheNameSpacedOnARecordsLineAreOneOffice() {
        List<PositionHeld> held = positions("关于对重大事故隐患实施省级挂牌督办的通知\n督办单位：张家界市人民政府\n监管责任单位及责任人：永定区应急管理局　局长　谷建新\n"
                + "张家界市应急管理局　副局长　覃永胜");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("谷建新") && h.title().equals("局长") && "永定区应急管理局".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("覃永胜") && "张家界市应急管理局".equals(h.organization())), "a body opening its line: " + held);
        List<PositionHeld> prose = positions("会议由市应急管理局召集，局长　谷建新出席。");
        assertTrue(prose.stream().filter(h -> h.person().equals("谷建新")).allMatch(h -> h.organization() == null || !h.organization().contains("应急管理局召集")), prose.toString());
    }

    @Test
    void aLocalPapersBareBodiesAndHeadsAreOfThePlaceItIsNamedAfter() {
        String story = "本报讯　10月23日，州人民政府召开全州三季度经济运行调度会。州委副书记、州长岑永明出席会议并讲话。会上，州统计局局长陆光荣通报了情况。"
                + "兴义市市长罗俊发言，兴义市、兴仁市增速居前，兴义市要加快发展。";
        AnalyzedDocument prefecture = EntityFixture.analyzePublishedBy("《黔西南日报》", story);
        List<PositionHeld> held = prefecture.entities().positions();
        assertTrue(held.stream().anyMatch(h -> h.person().equals("岑永明") && h.title().equals("州长") && "黔西南布依族苗族自治州人民政府".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("陆光荣") && "黔西南布依族苗族自治州统计局".equals(h.organization())), held.toString());
        assertEquals("黔西南布依族苗族自治州", prefecture.entities().homePrefecture());
        AnalyzedDocument national = EntityFixture.analyzePublishedBy("人民日报", story);
        assertTrue(national.entities().positions().stream().filter(h -> h.person().equals("岑永明") && h.title().equals("州长")).allMatch(h -> h.organization() == null),
                "a paper named after no place says nothing of the 州: " + national.entities().positions());
        AnalyzedDocument province = EntityFixture.analyzePublishedBy("吉林日报", "本报讯　市政府召开常务会议，市长出席。");
        assertTrue(province.entities().positions().stream().allMatch(h -> h.organization() == null || !h.organization().startsWith("吉林市")),
                "a province's paper names no city: " + province.entities().positions());
        AnalyzedDocument listedByItsZhou = EntityFixture.analyzePublishedBy("楚雄日报", "本报讯　州人民政府召开常务会议。州长李明出席。");
        assertEquals("楚雄彝族自治州", listedByItsZhou.entities().homePrefecture(), "a prefecture listed by its 州 only: " + listedByItsZhou.entities().positions());
        List<EntityMention> city = EntityFixture.analyzePublishedBy("南平日报", "本报讯　市政府召开常务会议，市发改委汇报了项目进展。").entities().mentions();
        assertEquals("南平市发展和改革委员会", EntityFixture.canonicalOf(city, "市发改委"), "a city's paper names its city: " + city);
    }

    @Test
    void aReporterOnASourceLineWritesForTheOutletItNames() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("来源：呼伦贝尔日报  记者 乌云其其格 通讯员 郝振东\n\n满洲里综合保税区举行签约仪式。");
        assertEquals("呼伦贝尔日报", organizationOf(doc, "乌云其其格"), doc.positions.toString());
        AnalyzedDocumentView trainee = new AnalyzedDocumentView("来源：湖北日报  记者 李明 见习记者 陈曦\n\n光谷企业加快发展。");
        assertTrue(trainee.positions.stream().anyMatch(h -> h.person().equals("陈曦") && h.title().equals("见习记者") && "湖北日报".equals(h.organization())),
                trainee.positions.toString());
        AnalyzedDocumentView two = new AnalyzedDocumentView("来源：广西日报  记者 韦振宁 农秋燕 实习记者 韩松\n\n凭祥口岸货运量增长。");
        for (String reporter : List.of("韦振宁", "农秋燕", "韩松")) {
            assertEquals("广西日报", organizationOf(two, reporter), two.positions.toString());
        }
    }

    @Test
    void aBareCompanysPartyCommitteeIsTheFirmNamedJustBefore() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("位于钦州港片区的恒澜新材料（广西）有限公司生产车间里，反应塔直插云霄。公司党委书记、总经理柏志远说：“原料来自中东。”");
        assertEquals("恒澜新材料（广西）有限公司", organizationOf(doc, "柏志远"), doc.positions.toString());
    }

    @Test
    void aBareGroupsPartyCommitteeIsTheGroupNamedBeforeAndTheTitleKeepsTheCommittee() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("中国寰宇能源建设集团有限公司（以下简称“寰宇能建集团”）与乌兹别克斯坦签约。"
                + "集团党委书记、董事长钱振华出席。集团党委副书记、总经理罗启明参加。");
        for (String title : List.of("党委书记", "董事长")) {
            assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("钱振华") && h.title().equals(title)
                    && "中国寰宇能源建设集团有限公司".equals(h.organization())), doc.positions.toString());
        }
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("罗启明") && h.title().equals("党委副书记")), doc.positions.toString());
        AnalyzedDocumentView far = new AnalyzedDocumentView("中国寰宇能源建设集团有限公司（以下简称“寰宇能建集团”）与乌兹别克斯坦签约。"
                + "项目位于撒马尔罕州。项目总投资5.8亿美元。项目建成后年发电量12亿千瓦时。当地就业增加。集团党委常委、副总经理周雅琴陪同。");
        assertEquals("中国寰宇能源建设集团有限公司", organizationOf(far, "周雅琴"), far.positions.toString());
    }

    @Test
    void aClubOrPublisherNamedBareOpeningAClauseIsTheOneNamedBefore() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("厦门鹭岛足球俱乐部成立十周年。俱乐部董事长黄振宇说，球队目标明确。");
        assertEquals("厦门鹭岛足球俱乐部", organizationOf(doc, "黄振宇"), doc.positions.toString());
        AnalyzedDocumentView publisher = new AnalyzedDocumentView("小说由上海译文出版社出版。出版社副总编辑周启明表示，首印十万册。");
        assertEquals("上海译文出版社", organizationOf(publisher, "周启明"), publisher.positions.toString());
    }

    @Test
    void theCongressesOfSeveralPlacesAreNoOneBody() {
        assertTrue(mentions("武汉市、襄阳市、宜昌市等市州人大常委会负责人列席会议。").stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT && m.text().contains("等")));
    }

    @Test
    void anInstitutesOwnWordOpeningAClauseIsTheInstituteNamedJustBefore() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("邓宏伟一行走进湖南先导计算技术研究院，了解芯片研发进展。研究院院长曾凡宇介绍，研究院已孵化企业12家。");
        assertEquals("湖南先导计算技术研究院", organizationOf(doc, "曾凡宇"), doc.positions.toString());
    }

    @Test
    void aPersonInChargeNamedHoldsThatTitle() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("在黑河市边民互市贸易区，边民合作社负责人李玉梅正在为一批俄罗斯商品办理手续。");
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("李玉梅") && h.title().equals("负责人")), doc.positions.toString());
    }

    @Test
    void aBareCompanyIsTheFirmNamedLastJustBeforeNotTheOneTheDocumentNamesMost() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("楚天光纤科技股份有限公司是光谷的龙头企业。楚天光纤今年产量增长。"
                + "在距离楚天光纤不远的武汉烽源光电有限公司，工程师们正在调试光模块。公司副总经理罗慧敏告诉记者，这款产品很好。");
        assertEquals("武汉烽源光电有限公司", organizationOf(doc, "罗慧敏"), doc.positions.toString());
    }

    @Test
    void theAnnouncersOwnCompanyIsNotTheFirmItNamedLast() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("华晟智能科技股份有限公司发布公告。本公司与江苏瀚驰科技有限公司签订合同。本公司董事长张建国表示，合作前景广阔。");
        assertEquals("华晟智能科技股份有限公司", organizationOf(doc, "张建国"), doc.positions.toString());
    }

    @Test
    void aTitleOpeningTheWordForAKindOfFirmIsNoTitle() {
        List<EntityMention> m = mentions("海嘉里中心的一间律师事务所已经开业。北京金诚律师事务所律师王芳说。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POSITION && x.text().equals("律师")).count(), m.toString());
    }

    @Test
    void anAnalystsSectorBetweenHisFirmAndTitleIsPartOfTheOffice() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("中信证券银行业首席分析师肖正阳认为，华泰证券汽车行业分析师李响表示，估值修复可期。");
        assertEquals("中信证券股份有限公司", organizationOf(doc, "肖正阳"), doc.positions.toString());
        assertEquals("华泰证券股份有限公司", organizationOf(doc, "李响"), doc.positions.toString());
    }

    @Test
    void theTaggersLongerTitleEndingWithTheCueIsTheOfficeAndItsBodyIsNamedBeforeIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("丹麦马士基（中国）有限公司上海分公司物流总监陈思远介绍。新加坡贸工部高级政务部长林志豪出席。香港执业律师陈李婉仪表示。");
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("陈思远") && h.title().endsWith("物流总监")
                && "丹麦马士基（中国）有限公司上海分公司".equals(h.organization())), doc.positions.toString());
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("林志豪") && h.title().endsWith("高级政务部长")
                && "新加坡贸工部".equals(h.organization())), doc.positions.toString());
        assertTrue(doc.positions.stream().noneMatch(h -> h.person().equals("陈李婉仪") && h.organization() != null), doc.positions.toString());
    }

    @Test
    void aFirmsRepresentativeInChinaHoldsHisOfficeAtTheFirm() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("哈萨克斯坦国家铁路公司驻华代表叶尔兰·托克塔罗夫介绍，口岸通关顺畅。");
        assertEquals("哈萨克斯坦国家铁路公司", organizationOf(doc, "叶尔兰·托克塔罗夫"), doc.positions.toString());
    }

    @Test
    void aReporterOfAPapersAllMediaDeskIsThePapers() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("中非经贸合作见闻\n\n湖南日报全媒体记者 晏子琪 通讯员 隗海涛\n\n初秋时节，综保区一片繁忙。");
        assertEquals("湖南日报", organizationOf(doc, "晏子琪"), doc.positions.toString());
    }

    @Test
    void aCorporateOfficeOfAFunctionIsTheFirmsNamedBeforeIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("盛维精密医疗器械（苏州）有限公司（以下简称“盛维医疗”）正在检测。盛维医疗运营副总裁沈婧介绍，依托综保区。");
        assertEquals("盛维精密医疗器械（苏州）有限公司", organizationOf(doc, "沈婧"), doc.positions.toString());
    }

    @Test
    void aRosterLinesOfficeRunsFromAUnitAfterItsFirmOrPastWhatThePersonIsDescribedAs() {
        List<PositionHeld> p = positions("二、先进个人（16名）\n阿卜杜热合曼·买买提　开发区招商局副局长\n王志刚　深圳市援疆干部，开发区党工委委员、管委会副主任\n"
                + "买买提江·吐尔地　喀什丝路云通国际物流有限公司运营部经理\n");
        assertEquals(List.of("运营部经理"), titlesOf(p, "买买提江·吐尔地"), p.toString());
        assertEquals(List.of("喀什丝路云通国际物流有限公司"), p.stream().filter(h -> h.person().equals("买买提江·吐尔地")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("开发区党工委委员", "管委会副主任"), titlesOf(p, "王志刚"), p.toString());
    }

    @Test
    void aRosterLinesOfficesRunOnPastANoteInBracketsAWordOfWhoSentThePersonAndACommittees() {
        List<PositionHeld> p = positions("芜湖经济技术开发区管委会领导班子成员分工。\n司马文杰　管委会副主任（挂职）\n协助分管招商工作。\n"
                + "满庆丰　党工委委员、政法委员，芜湖市公安局经济技术开发区分局局长\n负责政法工作。\n"
                + "眭丽萍　党工委委员、纪工委书记、市监委派驻经开区监察专员办公室主任\n负责纪检监察工作。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("司马文杰") && x.title().equals("管委会副主任")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("满庆丰") && x.title().equals("政法委员")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("满庆丰") && x.title().equals("芜湖市公安局经济技术开发区分局局长")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("眭丽萍") && x.title().equals("纪工委书记")
                && "芜湖经济技术开发区纪工委".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("眭丽萍") && "芜湖经济技术开发区监察专员办公室".equals(x.organization())), p.toString());
        List<PositionHeld> sent = positions("南昌经济技术开发区管理委员会　领导信息\n黄振东　南昌经开区党工委委员，市纪委监委派驻南昌经开区纪检监察工作委员会书记\n简历：男。");
        assertEquals(List.of("南昌经开区党工委委员", "南昌经开区纪检监察工作委员会书记"), titlesOf(sent, "黄振东"), "a commission of both kinds sends: " + sent);
        assertTrue(EntityFixture.has(EntityFixture.mentions("南昌市纪委监委第三纪检监察室主任出席。"), EntityType.GOVERNMENT, "南昌市纪委监委"));
    }

    @Test
    void aLifesCareerLinesGiveItsSubjectTheOfficesTakenAsOfEachPeriodsStart() {
        String text = "赵德明同志生平\n\n赵德明同志，河南中牟人，1953年4月出生。\n\n1995年2月至2000年3月，任开封市委常委、副市长；\n\n"
                + "2010年11月至2013年2月，任河南省商务厅党组副书记、副厅长，兼任郑州新郑综合保税区管理委员会主任；\n\n2018年4月退休。";
        List<PositionHeld> p = positions(text);
        assertEquals(List.of("开封市委常委", "副市长", "河南省商务厅党组副书记", "副厅长", "郑州新郑综合保税区管理委员会主任"), titlesOf(p, "赵德明"), p.toString());
        assertEquals(LocalDate.of(2010, 11, 1), p.stream().filter(h -> h.title().equals("副厅长")).findFirst().orElseThrow().asOf());
        // An indented life, a colleague named in a career's line, a period alone on its line, a range of prices.
        List<PositionHeld> indented = positions("　　赵德明同志，河南中牟人。\n　　1985年7月至1990年3月，任新郑县委副书记，协助县委书记王建国工作；\n"
                + "　　1990年3月至1995年6月，任开封市副市长。\n　　1995年6月至\n　　任开封市市长。\n　　1500.50-2000.00元/吨");
        assertEquals(List.of("新郑县委副书记", "开封市副市长"), titlesOf(indented, "赵德明"), indented.toString());
        // A period opening a line of news is no career: nobody's life opens the lines before it.
        assertEquals(List.of(), positions("开封市召开大会。\n\n2025年1月至6月，任务完成过半，市长王明表示满意。").stream()
                .filter(h -> !h.person().equals("王明")).toList());
    }

    @Test
    void aDecisionsPartysLegalRepresentativeAndTheOfficesSaidOfThePartyAreTheFirms() {
        List<PositionHeld> p = positions("中华人民共和国苏州工业园区海关行政处罚决定书\n\n当事人：苏州澜迪精密电子有限公司\n\n法定代表人：许国良\n\n"
                + "以上事实，有我关对当事人法定代表人许国良、关务经理沈佳怡的查问笔录等证据为证。");
        assertTrue(p.stream().allMatch(x -> "苏州澜迪精密电子有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("沈佳怡")), p.toString());
    }

    @Test
    void aShipsOfficersAreTitlesAndTheCaptainIsAddressedBySurname() {
        String text = "记舟山保税燃料油加注船船长王海生。凌晨4点，船长王海生站在驾驶台上。王船长的感受印证着变化。";
        assertEquals(List.of("船长"), titlesOf(positions(text), "王海生").stream().distinct().toList());
        assertTrue(mentions(text).stream().anyMatch(m -> m.text().equals("王船长") && m.canonical().equals("王海生")), mentions(text).toString());
    }

    @Test
    void aChainOfOfficesGoesOnPastAZonesNoteInBracketsBeforeItsBody() {
        List<PositionHeld> p = positions("呼伦贝尔市委常委、满洲里市委书记、满洲里国家重点开发开放试验区（以下简称“满洲里试验区”）党工委书记赵春雷说。"
                + "大兴区委常委、副区长，北京大兴国际机场临空经济区（大兴）管委会主任陈立新表示。");
        assertEquals(List.of("呼伦贝尔市委常委", "满洲里市委书记", "党工委书记"), titlesOf(p, "赵春雷"), p.toString());
        assertEquals(List.of("大兴区委常委", "副区长", "管委会主任"), titlesOf(p, "陈立新"), p.toString());
    }

    @Test
    void anAmbassadorIsHeldAtTheMissionAndAnEmbassyNamedAloneIsTheOneNamedBefore() {
        String text = "访德期间，许明远拜会了中国驻德国大使林振华，感谢使馆长期以来的支持。使馆经济商务处参赞刘文博参加会见。";
        List<PositionHeld> p = positions(text);
        assertTrue(p.stream().anyMatch(x -> x.person().equals("林振华") && "中国驻德国大使馆".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("刘文博") && "中国驻德国大使馆经济商务处".equals(x.organization())), p.toString());
        List<EntityMention> m = EntityFixture.mentions(text);
        assertTrue(m.stream().anyMatch(x -> x.text().equals("使馆") && x.canonical().equals("中国驻德国大使馆")), m.toString());
        List<EntityMention> later = EntityFixture.mentions("美国驻华大使伯恩斯出席。驻美国大使谢锋说，感谢使馆的支持。");
        assertTrue(later.stream().anyMatch(x -> x.text().equals("使馆") && x.canonical().equals("中国驻美国大使馆")), "the last envoy's, China's: " + later);
        List<EntityMention> alone = EntityFixture.mentions("代表团参观了使馆区。");
        assertTrue(alone.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "no embassy named before, none meant: " + alone);
    }

    @Test
    void aZonesSupervisoryWorkCommitteeIsABodyOfThatZoneLikeItsDisciplineCommittee() {
        List<PositionHeld> p = positions("顾立恒　西安高新区党工委委员、纪工委书记、监察工委主任\n负责纪检监察工作。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("顾立恒") && x.title().equals("监察工委主任")
                && "西安高新技术产业开发区监察工委".equals(x.organization())), p.toString());
    }

    @Test
    void anOfficeInBracketsOnALineABodyLabelsIsHeldThere() {
        List<PositionHeld> p = positions(String.join("\n", "一、参会单位及人员", "　　江津海关：谭志刚（关长）", "　　江津区人民政府：黄卫东（副区长）",
                "　　陆海新通道运营有限公司：周凯（副总经理）", "　　市商务委：邓光明（党组成员、副主任）、秦丽萍（开放平台处处长）"));
        assertTrue(p.stream().anyMatch(x -> x.person().equals("谭志刚") && "江津海关".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("黄卫东") && "江津区人民政府".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("周凯") && "陆海新通道运营有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邓光明") && x.title().equals("副主任") && x.organization() != null
                && x.organization().endsWith("商务委员会")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("秦丽萍") && x.organization() != null && x.organization().endsWith("商务委员会开放平台处")),
                "a division in the brackets is the labelling body's: " + p);
    }

    @Test
    void aDeputySectionChiefIsOneTitle() {
        List<PositionHeld> p = positions("市商务局综合监管科副科长赵刚出席。");
        assertEquals(List.of("市商务局综合监管科副科长"), p.stream().filter(x -> x.person().equals("赵刚")).map(PositionHeld::title).toList(), p.toString());
    }

    @Test
    void aDivisionListedRightAfterABodysOfficialAndTheirNameIsThatBodysDivision() {
        List<PositionHeld> p = positions("梅山海关关长乐建国、综保区监管一科科长潘思远现场介绍了情况。宁波海关副关长王明、综合业务处处长张华陪同。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("潘思远") && "梅山海关综保区监管一科".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("张华") && "宁波海关综合业务处".equals(x.organization())), p.toString());
    }

    @Test
    void aMemberOfACourtsOrProcuratorsCommitteeSitsOnItAndServesTheCourtOrProcuratorateAsJudgeOrProsecutor() {
        List<PositionHeld> p = positions("任命：\n禚文博为郑州市中级人民法院审判委员会委员、审判员；\n那宏宇为郑州市人民检察院检察委员会委员、检察员。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("禚文博") && x.title().endsWith("审判委员会委员")
                && "郑州市中级人民法院审判委员会".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("禚文博") && x.title().equals("审判员") && "郑州市中级人民法院".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("那宏宇") && x.title().equals("检察员") && "郑州市人民检察院".equals(x.organization())), p.toString());
    }

    @Test
    void aReporterInADatelinesBracketsWritesForItsOutletWhateverTitleOpensThem() {
        List<PositionHeld> p = positions("精准滴灌外向型企业\n湖南日报·新湖南客户端6月12日讯（通讯员 言子墨 记者 曹婧）“从提交申请到放款只用了3天。”\n"
                + "观海新闻4月10日讯（记者 樊思雨 通讯员 王明）推介会举办。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("曹婧") && "新湖南客户端".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("樊思雨") && "观海新闻".equals(x.organization())), p.toString());
    }

    @Test
    void aFirmsOfficeNamedBareAfterAClausePlacingTheSceneAtTheFirmIsThatFirms() {
        List<PositionHeld> p = positions("6月11日，在长沙片区的湖南星沙智控装备有限公司（以下简称“星沙智控”），财务总监谭露向记者展示了结算单。"
                + "在宁波锦盛跨境电子商务有限公司的分拨中心，韩国籍总经理金敏浩向调研组展示了分拣系统。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("谭露") && "湖南星沙智控装备有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("金敏浩") && "宁波锦盛跨境电子商务有限公司".equals(x.organization())), p.toString());
        List<PositionHeld> visit = positions("记者近日走进天津泰达电子有限公司，总经理张立军介绍，今年订单增长。记者走进天津泰达电子有限公司与北京中关村科技有限公司的签约现场，总经理王海介绍了情况。");
        assertTrue(visit.stream().anyMatch(x -> x.person().equals("张立军") && "天津泰达电子有限公司".equals(x.organization())), "a clause of going there: " + visit);
        assertTrue(visit.stream().anyMatch(x -> x.person().equals("王海") && x.organization() == null), "of two firms dealing, neither: " + visit);
        List<PositionHeld> tour = positions("和志明一行调研了企业。\n　　——在云南滇新光电科技有限公司（滇新光电），总经理陈立军介绍，公司一期投资12.6亿元。");
        assertTrue(tour.stream().anyMatch(x -> x.person().equals("陈立军") && "云南滇新光电科技有限公司".equals(x.organization())),
                "a tour's stop after a dash, the short name bare in brackets: " + tour);
    }

    @Test
    void theBenchOfATribunalsJudgmentSitsAtTheTribunal() {
        List<PositionHeld> p = positions("上海市浦东新区人民法院自由贸易区法庭审结了这起保税仓储合同纠纷案。本案由审判长邬建民、审判员戴雯婕组成合议庭审理。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邬建民") && "上海浦东新区人民法院自由贸易区法庭".equals(x.organization())), p.toString());
    }

    @Test
    void soChangAfterAVerbIsWhatOneIsGoodAtNoTitle() {
        List<EntityMention> m = mentions("支持济南片区、青岛片区、烟台片区各展所长、联动发展。要发挥所长。研究所所长张伟说。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POSITION && x.text().equals("所长")).count(), m.toString());
    }

    @Test
    void aBodyNamedFromItsOwnPlaceInAChainOfTitlesIsNoDepartmentOfTheBodyBefore() {
        List<PositionHeld> p = positions("省政协委员、太原海关综合业务处处长牛建军说。区委常委、组织部部长李华出席。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("牛建军") && "太原海关综合业务处".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("李华") && "区委组织部".equals(x.organization())), p.toString());
    }

    @Test
    void namesListedAfterAPresidiumsExecutiveChairAllHoldIt() {
        List<PositionHeld> p = positions("大会主席团常务主席羊传兴、吉亚凤、邝世伟在主席台就座。");
        assertEquals(List.of("主席团常务主席"), titlesOf(p, "邝世伟"), p.toString());
    }

    @Test
    void namesListedAfterAJudgesOrAdvisersTitleAllHoldIt() {
        List<PositionHeld> p = positions("由审判长嵇文彬、审判员蓝小燕、甘兆麟，人民陪审员韦秋萍、谭德昭组成的合议庭审理。市政府决定聘任葛兰芝为市政府参事。");
        assertEquals(List.of("审判员"), titlesOf(p, "甘兆麟"), p.toString());
        assertEquals(List.of("人民陪审员"), titlesOf(p, "谭德昭"), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("葛兰芝") && x.title().endsWith("参事")), p.toString());
        List<PositionHeld> renewed = positions("二、续聘王德明、索南旦增（藏族）、刘亚平（女）为省人民政府参事，聘期至2029年6月。");
        assertEquals(List.of("省人民政府参事"), titlesOf(renewed, "索南旦增"), "a renewed appointment: " + renewed);
        assertEquals(List.of("省人民政府参事"), titlesOf(renewed, "刘亚平"), renewed.toString());
        List<PositionHeld> below = positions("青海省人民政府关于聘任参事的决定\n一、聘任下列2位同志为省人民政府参事，聘期5年：\n"
                + "马成林（回族），原省农业农村厅一级巡视员\n李秀梅（女），青海民族大学经济与管理学院院长、教授\n二、其他事项。\n张三负责联络。");
        assertTrue(titlesOf(below, "马成林").contains("省人民政府参事"), "a person opening a line under the heading: " + below);
        assertTrue(titlesOf(below, "李秀梅").contains("省人民政府参事"), below.toString());
        assertTrue(!titlesOf(below, "张三").contains("省人民政府参事"), "the list ends at the first line no person opens: " + below);
    }

    @Test
    void aFirmsDirectorOfAFunctionOrItsOfficeInACityIsTheFirms() {
        List<PositionHeld> director = positions("澳大利亚西澳铁矿资源有限公司中国区销售总监詹姆斯·奥康纳说，需求很大。");
        assertTrue(director.stream().anyMatch(p -> p.person().equals("詹姆斯·奥康纳") && p.title().endsWith("销售总监")
                && "澳大利亚西澳铁矿资源有限公司".equals(p.organization())), director.toString());
        List<PositionHeld> representative = positions("韩国熙星光学株式会社郑州法人代表金敏俊介绍。");
        assertTrue(representative.stream().anyMatch(p -> p.person().equals("金敏俊") && "韩国熙星光学株式会社".equals(p.organization())),
                representative.toString());
    }

    @Test
    void aJudgesAssistantWrittenWithSpacesIsATitleAndTheClerkWithARareSurnameIsNamed() {
        List<PositionHeld> p = positions("宁波市中级人民法院\n行政判决书\n本院认为。\n\n审　判　长　嵇文彬\n法 官 助 理　解语婷\n书　记　员　励佳琪\n");
        assertEquals(List.of("法官助理"), titlesOf(p, "解语婷"), p.toString());
        assertEquals(List.of("书记员"), titlesOf(p, "励佳琪"), p.toString());
    }

    @Test
    void membersCountedOrGreetedTogetherAreNoTitles() {
        List<EntityMention> m = mentions("全会应到委员71人，实到委员68人；应到候补委员10人。各位委员，5位委员参加。委员王五发言。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POSITION).count(), m.toString());
    }

    @Test
    void anOfficeOfACommitteeNamedBareInItsOwnReportIsHeldThere() {
        List<PositionHeld> cppcc = positions("政协西安市第十五届委员会常务委员会工作报告\n主席仝振华，副主席惠丽娜出席。秘书长申屠晓东主持。");
        assertTrue(cppcc.stream().allMatch(x -> "西安市政协".equals(x.organization())), cppcc.toString());
        List<PositionHeld> congress = positions("南京市江宁区人民代表大会常务委员会工作报告\n副主任芮秀英、眭国平参加。副区长岑立峰到会。");
        assertEquals(2, congress.stream().filter(x -> "南京市江宁区人民代表大会常务委员会".equals(x.organization())).count(), congress.toString());
        assertTrue(congress.stream().noneMatch(x -> x.person().equals("岑立峰") && x.organization() != null), congress.toString());
    }

    @Test
    void theShortNameGivenAFirmIsNoPartOfAnOffice() {
        List<PositionHeld> p = positions("上海洋泰国际物流有限公司（以下简称“洋泰物流”）总经理蒯静怡介绍。");
        assertEquals(List.of("上海洋泰国际物流有限公司总经理"), titlesOf(p, "蒯静怡"), p.toString());
        List<PositionHeld> named = positions("顶峰精密电子（昆山）有限公司（Apex Precision Electronics）总经理陈明哲、湖南星沙重工机械股份有限公司（星沙重工）董事长彭国栋出席。");
        assertEquals(List.of("顶峰精密电子（昆山）有限公司总经理"), titlesOf(named, "陈明哲"), "nor its Latin name, though its seat stays: " + named);
        assertEquals(List.of("湖南星沙重工机械股份有限公司董事长"), titlesOf(named, "彭国栋"), named.toString());
    }

    @Test
    void namesListedBeforeABareTitleAllHoldIt() {
        List<PositionHeld> p = positions("政协苏州市第十五届委员会提案答复。我委与栾俊峰、奚文涛委员进行了沟通。");
        assertEquals(List.of("委员"), titlesOf(p, "栾俊峰"), p.toString());
        assertEquals(List.of("委员"), titlesOf(p, "奚文涛"), p.toString());
    }

    @Test
    void aMemberNamedBareInAConsultativeConferencesOwnPaperIsItsMember() {
        List<PositionHeld> p = positions("政协苏州市第十五届委员会第三次会议\n提案第0236号\n联名提案人：栾俊峰　奚文涛\n我委会同市商务局与您及栾俊峰、奚文涛委员进行了当面沟通。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("奚文涛") && "苏州市政协".equals(x.organization())), p.toString());
        List<PositionHeld> other = positions("苏州市发展和改革委员会召开会议，党组成员、委员张三出席。");
        assertTrue(other.stream().noneMatch(x -> "苏州市政协".equals(x.organization())), other.toString());
    }

    @Test
    void anOfficeOfTheWritersOwnBodyIsHeldAtTheDocumentsFirstBodyOfThatKind() {
        List<PositionHeld> report = positions("郑州市商务局2023年政府信息公开工作年度报告\n调整充实局政务公开工作领导小组，由局党组书记、局长郏向东任组长。");
        assertEquals(List.of("郑州市商务局", "郑州市商务局"), report.stream().filter(x -> x.person().equals("郏向东")).map(PositionHeld::organization).toList(), report.toString());
        List<PositionHeld> reply = positions("苏州市发展和改革委员会关于政协提案的答复。该提案由我委主办。5月16日，我委党组成员、副主任荀子涵带队调研。");
        assertTrue(reply.stream().filter(x -> x.person().equals("荀子涵")).allMatch(x -> "苏州市发展和改革委员会".equals(x.organization())), reply.toString());
        assertEquals(2, reply.size(), reply.toString());
        // Named only where it signs the notice, below: the department signing.
        List<PositionHeld> notice = positions("厅机关各处室：\n为做好春运工作，由厅党组书记、厅长刘振国任组长。\n山东省交通运输厅\n2026年1月20日");
        assertEquals(List.of("山东省交通运输厅", "山东省交通运输厅"), notice.stream().filter(x -> x.person().equals("刘振国")).map(PositionHeld::organization).toList(),
                notice.toString());
    }

    @Test
    void aBenchsTitlesWrittenWithSpacesBetweenTheirCharactersAreTheTitles() {
        List<PositionHeld> p = positions("广东省深圳市中级人民法院\n刑事判决书\n本院认为，被告人犯走私罪。\n\n审 判 长\u3000钟敏华\n书　记　员\u3000莫晓彤\n");
        assertEquals(List.of("审判长"), titlesOf(p, "钟敏华"), p.toString());
        assertEquals(List.of("书记员"), titlesOf(p, "莫晓彤"), p.toString());
        assertTrue(p.stream().allMatch(x -> x.organization().equals("广东省深圳市中级人民法院")), p.toString());
    }

    @Test
    void aListedFirmsPartyCommitteeIsTheFirmsAndItsSecretaryHoldsOfficeAtTheFirm() {
        List<PositionHeld> p = positions("中国电建党委书记、董事长冼卓峰，中国电建党委常委、副总经理俞汉川出席。");
        assertTrue(p.stream().allMatch(x -> "中国电力建设集团有限公司".equals(x.organization())), p.toString());
        assertEquals(List.of("中国电建党委书记", "董事长"), titlesOf(p, "冼卓峰"), p.toString());
    }

    @Test
    void aRostersNamesMayCarryTheirLatinNamesAndTheNextTitleARegion() {
        List<PositionHeld> p = positions("埃克斯泰尔半导体公司（以下简称“埃克斯泰尔半导体”）宣布，无锡高新区工厂投产。埃克斯泰尔半导体全球总裁兼首席执行官迈克尔·多诺万（Michael Donovan）、"
                + "首席运营官桑杰·梅农（Sanjay Menon）、亚太区总裁黄嘉伦（Allen Huang）等出席。");
        assertTrue(p.stream().allMatch(x -> "埃克斯泰尔半导体公司".equals(x.organization())), p.toString());
        assertEquals(4, p.size(), p.toString());
    }

    @Test
    void howAnOfficeIsHeldInBracketsStandsBetweenTheTitleAndTheName() {
        List<PositionHeld> p = positions("广州市协作干部、县委常委、副县长（挂职）司徒嘉铭牵头推动惠水金钱桔产业。");
        assertEquals(List.of("县委常委", "副县长"), titlesOf(p, "司徒嘉铭"), p.toString());
    }

    @Test
    void aPartysLegalRepresentativeRepresentsTheFirmOfThePartyLineAndHoldsTheOfficeNamedAfter() {
        List<PositionHeld> p = positions("被告：西安芯源电子科技有限公司，住所地西安综合保税区。\n法定代表人：仝建国，该公司董事长。");
        assertEquals(List.of("法定代表人", "董事长"), titlesOf(p, "仝建国"), p.toString());
        assertTrue(p.stream().allMatch(x -> "西安芯源电子科技有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void theBenchSigningAJudgmentSitsInTheCourtGivingIt() {
        List<PositionHeld> p = positions("陕西省西安市中级人民法院\n民事判决书\n本院认为，被告应当支付货款。\n审判长　欧阳慧\n审判员　仉建军\n书记员　宓思远");
        assertEquals(3, p.stream().filter(x -> "陕西省西安市中级人民法院".equals(x.organization())).count(), p.toString());
    }

    @Test
    void aBoardsOfficeWithNoFirmNamedIsTheNoticesFirms() {
        List<PositionHeld> p = positions("重庆恒渝电子科技股份有限公司（以下简称“公司”）关于对外投资的公告。独立董事冼慧敏、蒯立发表了同意的独立意见。");
        assertEquals(List.of("重庆恒渝电子科技股份有限公司", "重庆恒渝电子科技股份有限公司"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aManagingDirectorAndAPermanentSecretaryHoldOneTitleEach() {
        List<PositionHeld> p = positions("宁波致远家居用品有限公司董事经理林国雄介绍。泰国商务部国务秘书宋·帕拉出席。");
        assertEquals(List.of("宁波致远家居用品有限公司董事经理"), titlesOf(p, "林国雄"), p.toString());
        assertEquals(List.of("泰国商务部国务秘书"), titlesOf(p, "宋·帕拉"), p.toString());
    }

    @Test
    void aReporterInANewsAgencysDatelineWritesForTheAgency() {
        List<PositionHeld> p = positions("新华社南宁9月18日电（记者刘宏伟　范思琪）第21届中国—东盟博览会开幕。");
        assertEquals(List.of("新华社", "新华社"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aMacroRegionBetweenABodyAndATitleIsPartOfTheOffice() {
        List<PositionHeld> p = positions("香港贸易发展局华南首席代表區志明表示。");
        assertEquals("香港贸易发展局", p.get(0).organization(), p.toString());
        assertEquals("香港贸易发展局华南首席代表", p.get(0).title(), p.toString());
    }

    @Test
    void aBodysOtherNameInBracketsStandsBetweenItAndTheTitle() {
        List<PositionHeld> p = positions("广西壮族自治区商务厅（口岸办）副厅长黎明出席。");
        assertEquals("广西壮族自治区商务厅", p.get(0).organization(), p.toString());
    }

    @Test
    void aListedTitleTheTaggerCutShortIsMarkedWhole() {
        List<EntityMention> m = mentions("二级巡视员李强出席。独立董事张三表示。\n责任编辑：王明");
        for (String title : List.of("二级巡视员", "独立董事", "责任编辑")) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.POSITION && x.text().equals(title)), title + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION && List.of("巡视员", "董事", "编辑").contains(x.text())), m.toString());
    }

    @Test
    void aMalaysianHonorificBetweenTitleAndNameIsNeitherAndTheTitleIsTheNamesHolders() {
        var document = EntityFixture.analyze("马中总商会会长拿督陈家兴表示。马来西亚交通部副部长拿督斯里阿都拉·卡西姆出席。");
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("陈家兴") && p.title().equals("马中总商会会长")),
                document.entities().positions().toString());
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("阿都拉·卡西姆")), document.entities().positions().toString());
        assertTrue(document.entities().mentions().stream().noneMatch(m -> m.text().startsWith("拿督")), document.entities().mentions().toString());
    }

    @Test
    void aLawyersTitleAndNoTitleInsideAFirmsName() {
        var document = EntityFixture.analyze("原告代理人、宁夏鼎诚律师事务所律师丁海鹏表示。");
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("丁海鹏") && "宁夏鼎诚律师事务所".equals(p.organization())),
                document.entities().positions().toString());
        assertEquals(1, document.entities().mentions().stream().filter(m -> m.text().equals("律师")).count(), document.entities().mentions().toString());
    }

    @Test
    void aMeetingNamedAfterItsMembersTitleIsNoTitle() {
        List<EntityMention> m = mentions("省人大常委会召开第三十五次主任会议。市长办公会议研究了有关事项。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION), m.toString());
    }

    @Test
    void aLeaguesAndABannersHeadsAreTitlesAndTheDeputysMarkEndsNoBodyAndALeaguesGovernmentIsItsAdministrativeOffice() {
        var document = EntityFixture.analyze("锡林郭勒盟副盟长王强介绍。新巴尔虎右旗旗长其木格说。");
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("王强") && "锡林郭勒盟行政公署".equals(p.organization())),
                document.entities().positions().toString());
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("其木格") && p.title().endsWith("旗长")),
                document.entities().positions().toString());
    }

    @Test
    void aBodyNamedAgainInBracketsBeforeATitleHoldsTheOffice() {
        var document = EntityFixture.analyze("厦门市台港澳办（市委台办）副主任颜丽婷出席。");
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("颜丽婷") && p.organization() != null
                        // one office under two names: the city's 台港澳办 is its party committee's 台办 too
                        && (p.organization().endsWith("台湾事务办公室") || p.organization().equals("厦门市台港澳事务办公室"))
                        && p.title().equals("厦门市台港澳办（市委台办）副主任")),
                document.entities().positions().toString());
    }

    @Test
    void thePeopleASpeakerAnswersOrGreetsByTheirTradeHoldNoOffice() {
        List<EntityMention> m = mentions("商务部副部长凌振东答记者问。各位记者朋友，大家好。记者从商务部获悉。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POSITION && x.text().equals("记者")).count(), m.toString());
    }

    @Test
    void titlesBeforeTheNameWithTheEventDateOfTheReport() {
        List<PositionHeld> p = positions("3月10日，市委常委、滨海新区区委书记连茂君用一整天时间调研。");
        assertEquals(List.of("市委常委", "滨海新区区委书记"), titlesOf(p, "连茂君"));
        assertTrue(p.stream().allMatch(x -> x.asOf().equals(LocalDate.of(2022, 3, 10))));
    }

    @Test
    void titleAfterTheNameAndBeforeIt() {
        assertEquals(List.of("天津海关关长"), titlesOf(positions("赵革，天津海关关长。"), "赵革"));
        assertEquals(List.of("天津海关关长"), titlesOf(positions("天津海关关长赵革参加。"), "赵革"));
    }

    @Test
    void aTitleWordInsideALongerWordIsNoTitle() {
        List<EntityMention> m = mentions("全国人大常委会听取报告，美国驻华大使馆发布通知，湖北省社科院长江流域经济研究所也参加。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION), m.toString());
    }

    @Test
    void theOfficeOfAPlacesHeadIsNamedWithThePlaceAndHeldAtItsGovernment() {
        List<PositionHeld> p = positions("成都市副市长王强出席活动。");
        assertEquals(List.of("成都市副市长"), titlesOf(p, "王强"));
        assertEquals("成都市人民政府", p.get(0).organization());
        List<PositionHeld> abroad = positions("纽约市市长亚当斯会见代表团。");
        assertEquals("纽约市政府", abroad.get(0).organization(), abroad.toString());
        AnalyzedDocumentView county = new AnalyzedDocumentView("安吉县2026年政府工作报告\n县政府领导班子分工：县委副书记、代县长沈一鸣主持县政府全面工作；"
                + "副县长潘玉婷负责商务工作。");
        assertEquals(List.of("安吉县委", "安吉县人民政府"), county.positions.stream().filter(h -> h.person().equals("沈一鸣")).map(PositionHeld::organization).toList(),
                "a head's office the roster passed the committee to: " + county.positions);
        assertEquals("安吉县人民政府", organizationOf(county, "潘玉婷"), county.positions.toString());
        assertTrue(county.mentions.stream().noneMatch(m -> m.type() == EntityType.PLACE && m.text().equals("代县")), "代县长 is the acting county head: " + county.mentions);
        AnalyzedDocumentView district = new AnalyzedDocumentView("上海市浦东新区区委副书记、区长吴金城出席。");
        assertTrue(district.positions.stream().noneMatch(h -> "浦东新区区人民政府".equals(h.organization())), "no such government: " + district.positions);
    }

    @Test
    void aRankedTitleIsOneTitleOfItsBody() {
        List<PositionHeld> p = positions("四川省商务厅二级巡视员张伟表示，全省综合保税区外贸增长。");
        assertEquals(List.of("四川省商务厅二级巡视员"), titlesOf(p, "张伟"));
        assertEquals("四川省商务厅", p.get(0).organization());
    }

    @Test
    void theChairOfACompanysBoardIsATitleOfTheCompany() {
        List<PositionHeld> p = positions("德国巴斯夫集团董事会主席薄睿拓在投产仪式上表示，这是巴斯夫在华最大的投资项目。");
        assertEquals(List.of("德国巴斯夫集团董事会主席"), titlesOf(p, "薄睿拓"));
        assertEquals("巴斯夫", p.get(0).organization());
    }

    @Test
    void theMayorAfterAPartyTitleIsTheCitys() {
        List<PositionHeld> p = positions("舟山市委副书记、市长何中伟表示，舟山将推进枢纽建设。");
        assertEquals(List.of("舟山市委副书记", "市长"), titlesOf(p, "何中伟"));
        assertEquals(List.of("舟山市委", "舟山市人民政府"), p.stream().map(PositionHeld::organization).toList());
    }

    @Test
    void aLevelWordBeforeATitleStandsForThePlaceOfTheTitleBefore() {
        List<PositionHeld> p = positions("新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜在霍尔果斯调研。");
        assertEquals(List.of("新疆维吾尔自治区党委副书记", "自治区主席"), titlesOf(p, "艾尔肯·吐尼亚孜"));
        assertEquals(List.of("新疆维吾尔自治区党委", "新疆维吾尔自治区人民政府"), p.stream().map(PositionHeld::organization).toList());
    }

    @Test
    void namesListedBeforeTheirFormOfAddressAndAnOfficeMovedToAfterItAreAppointed() {
        List<PositionHeld> p = positions("任命赵晓明、孙丽华同志为陕西省商务厅副厅长。宝鸡高新区党工委副书记郑小军同志调任渭南市副市长。");
        assertEquals(List.of("陕西省商务厅副厅长"), titlesOf(p, "赵晓明"), p.toString());
        assertEquals(List.of("陕西省商务厅副厅长"), titlesOf(p, "孙丽华"), p.toString());
        assertEquals(List.of("渭南市副市长"), titlesOf(p, "郑小军"), p.toString());
    }

    @Test
    void aTitleOfTheCompanyNamedBeforeIsHeldInThatCompany() {
        List<PositionHeld> p = positions("天津海盈科技有限公司落户东疆综合保税区。该公司总经理张伟表示，将扩大投资。该区管委会主任李明出席。");
        PositionHeld manager = p.stream().filter(h -> h.person().equals("张伟")).findFirst().orElseThrow(() -> new AssertionError(p));
        assertEquals("总经理", manager.title());
        assertEquals("天津海盈科技有限公司", manager.organization(), p.toString());
        List<PositionHeld> peers = positions("宁德时代与福建省签署协议。宁德时代将在福州新区投资。比亚迪股份有限公司、小米集团等车企也加快布局。该公司副总裁蒋理表示，将扩大投资。");
        assertEquals(List.of("宁德时代新能源科技股份有限公司"), peers.stream().filter(h -> h.person().equals("蒋理")).map(PositionHeld::organization).toList(),
                "the company the document is about, not the last of a list: " + peers);
        assertTrue(positions("该公司总经理张伟表示，将扩大投资。").stream().allMatch(h -> h.organization() == null),
                "with no company named before, the company is unknown");
        List<PositionHeld> next = positions("台湾宏翔纺织科技股份有限公司投资5.2亿元。宏翔纺织董事长林正雄表示满意。与宏翔纺织一同布局的，"
                + "还有来自新北市的台湾嘉弘鞋材股份有限公司。该公司总经理李国栋表示，希望扩大合作。");
        assertEquals(List.of("台湾嘉弘鞋材股份有限公司"), next.stream().filter(h -> h.person().equals("李国栋")).map(PositionHeld::organization).toList(),
                "the company named right before, however often another is named: " + next);
        List<PositionHeld> clause = positions("腾讯控股发布公告称，公司总裁刘炽平将出席投资者大会。");
        assertEquals(List.of("腾讯控股有限公司"), clause.stream().filter(h -> h.person().equals("刘炽平")).map(PositionHeld::organization).toList(),
                "a bare 公司 opening a clause is the company of the news: " + clause);
    }

    @Test
    void aDepartmentNamedByItsHeadsTitleBelongsToTheBodyBeforeIt() {
        List<PositionHeld> p = positions("海关总署新闻发言人、统计分析司司长吕大良介绍，同期进出口增长。");
        assertEquals(List.of("海关总署新闻发言人", "统计分析司司长"), titlesOf(p, "吕大良"), p.toString());
        assertEquals("海关总署统计分析司", p.get(1).organization());
        List<PositionHeld> squad = positions("专案组由侦查一处处长艾合买提·吐尔逊带队。");
        assertEquals(List.of("侦查一处处长"), titlesOf(squad, "艾合买提·吐尔逊"), "the clause's 由 is no part of the department: " + squad);
    }

    @Test
    void aDepartmentOfAPartyCommitteeAndARegionOfACompanyAreOfTheirOffice() {
        List<PositionHeld> p = positions("区委常委、组织部部长刘芳出席会议。特斯拉全球副总裁陶琳表示，上海超级工厂出口量占比超过四成。");
        assertEquals(List.of("区委常委", "组织部部长"), titlesOf(p, "刘芳"), p.toString());
        assertEquals("区委组织部", p.stream().filter(h -> h.title().equals("组织部部长")).findFirst().orElseThrow().organization());
        assertEquals(List.of("特斯拉全球副总裁"), titlesOf(p, "陶琳"), p.toString());
    }

    @Test
    void aCompanysTitleIsNeverOfAPlaceAndAFounderHoldsATitle() {
        List<PositionHeld> p = positions("博世中国总裁徐大全、信达生物创始人俞德超出席签约仪式。");
        assertTrue(p.stream().filter(h -> h.person().equals("徐大全")).noneMatch(h -> "中国".equals(h.organization())), p.toString());
        assertEquals("博世", p.stream().filter(h -> h.person().equals("徐大全")).findFirst().orElseThrow(() -> new AssertionError(p)).title().substring(0, 2));
        assertTrue(p.stream().anyMatch(h -> h.person().equals("俞德超") && h.title().endsWith("创始人")), p.toString());
    }

    @Test
    void aMemberOfABodyHoldsAPosition() {
        List<PositionHeld> p = positions("青岛西海岸新区工委委员、管委副主任刘为民在发布会上介绍。");
        assertEquals(List.of("青岛西海岸新区工委委员", "管委副主任"), titlesOf(p, "刘为民"));
    }

    @Test
    void aFullTimeDeputyHoldsTheBodysTitle() {
        List<PositionHeld> p = positions("临港新片区管委会专职副主任吴晓华介绍了洋山特殊综合保税区的最新进展。");
        assertEquals(List.of("临港新片区管委会专职副主任"), titlesOf(p, "吴晓华"));
    }

    @Test
    void aRankBeforeAListOfNamesIsHeldByEach() {
        List<PositionHeld> p = positions("省人大常委会副主任王志明，副省长李永林、张建春出席。市委书记张强、市委常委李明、王刚出席。");
        assertEquals(List.of("副省长"), titlesOf(p, "张建春"));
        assertEquals(List.of("副省长"), titlesOf(p, "李永林"));
        assertEquals(List.of("市委常委"), titlesOf(p, "王刚"));
        assertEquals(List.of("市委书记"), titlesOf(p, "张强"));
    }

    @Test
    void aSingleOfficeAFormerOneOrANamesOwnTitleIsNotTheLists() {
        assertEquals(List.of(), titlesOf(positions("感谢市长王平、李红等同志对工作的支持。"), "李红"));
        assertEquals(List.of(), titlesOf(positions("原副省长王平、李红分别作了发言。"), "李红"));
        assertEquals(List.of("主任"), titlesOf(positions("区长王平、李红主任等陪同。"), "李红"));
    }

    @Test
    void aSubdistrictsOfficeHeadsIt() {
        List<PositionHeld> p = positions("山东省青岛市黄岛区灵山卫街道办事处主任张华介绍，街道将依托青岛西海岸新区开展招商引资。");
        assertEquals(List.of("灵山卫街道办事处主任"), titlesOf(p, "张华"));
        List<EntityMention> m = mentions("南山区12个街道、黄岛区所有街道均已完成改造。");
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("街道")), m.toString());
        List<EntityMention> verb = mentions("居民可到朝阳区望京街道办理居住证。");
        assertTrue(verb.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "办理 is a verb: " + verb);
        List<EntityMention> named = mentions("成都市武侯区玉林街道办组织居民开展活动。");
        assertTrue(named.stream().noneMatch(x -> x.canonical().equals("玉林市")), "玉林 names the subdistrict: " + named);
    }

    @Test
    void anEnvoysOfficeIsHeldAtTheMissionOfTheCountrySendingThem() {
        List<PositionHeld> p = positions("美国驻华大使伯恩斯当天会见了中国商务部副部长王受文。德国驻沪总领事白思娜出席开幕式。");
        assertEquals(List.of("美国驻华大使"), titlesOf(p, "伯恩斯"));
        assertEquals("美国驻华大使馆", p.stream().filter(h -> h.person().equals("伯恩斯")).findFirst().orElseThrow().organization());
        assertEquals(List.of("德国驻沪总领事"), titlesOf(p, "白思娜"));
    }

    @Test
    void aDeputyNamedBareRightAfterTheHeadOfABodyIsTheSameBodysAndAZonesCommitteeKeepsItsKindWord() {
        List<PositionHeld> p = positions("清河经济开发区管理委员会2024年工作总结\n\n清河经济开发区管委会坚持项目为王。管委会主任邸国华带队赴江苏招商，"
                + "副主任宫雪莹、冀长顺分别牵头招商专班。");
        for (String cadre : List.of("邸国华", "宫雪莹", "冀长顺")) {
            assertEquals(List.of("清河经济开发区管理委员会"), p.stream().filter(h -> h.person().equals(cadre)).map(PositionHeld::organization).toList(), cadre + " in " + p);
        }
        List<PositionHeld> bank = positions("中国银行广西区分行行长王明介绍，副行长韦晓岚表示。");
        assertEquals(List.of("中国银行广西区分行"), bank.stream().filter(h -> h.person().equals("韦晓岚")).map(PositionHeld::organization).toList(), bank.toString());
    }

    @Test
    void aBodyNamedByItsLevelAloneChainedToAnotherTitleIsOfThePlaceBefore() {
        List<PositionHeld> p = positions("第二十七届上海国际电影节闭幕。北京光线传媒股份有限公司出品的影片获奖。上海市委宣传部副部长、市电影局局长裘嘉禾在闭幕式上宣布。");
        assertEquals(List.of("上海市委宣传部", "上海市电影局"), p.stream().filter(h -> h.person().equals("裘嘉禾")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aSocietysOfficesNamedBareAreTheSocietysTheDocumentIsAboutAndSeveralHoldADeputys() {
        List<PositionHeld> p = positions("四川省浙江商会召开年会。常务副会长单振宇、傅春燕，副会长蒋海涛、陈伟剑等12人获评。四川省浙江商会表示。");
        for (String member : List.of("单振宇", "傅春燕", "蒋海涛", "陈伟剑")) {
            assertEquals(List.of("四川省浙江商会"), p.stream().filter(h -> h.person().equals(member)).map(PositionHeld::organization).toList(), member + " in " + p);
        }
        assertEquals(List.of("常务副会长"), titlesOf(p, "傅春燕"), p.toString());
        List<PositionHeld> chair = positions("四川省浙江商会召开年会。大会由商会执行会长、成都华越控股集团有限公司董事长诸葛文涛主持。四川省浙江商会表示。");
        assertEquals(List.of("四川省浙江商会", "成都华越控股集团有限公司"), chair.stream().filter(h -> h.person().equals("诸葛文涛")).map(PositionHeld::organization).toList(),
                "the society's own word before the title: " + chair);
        List<PositionHeld> other = positions("四川省浙江商会召开年会。浙江省商会发展促进会会长郑书航出席。四川省浙江商会表示。");
        assertTrue(other.stream().noneMatch(h -> h.person().equals("郑书航") && "四川省浙江商会".equals(h.organization())), "another society's office: " + other);
    }

    @Test
    void everyReporterAndTheEditorOfABylineWriteForTheOutletItsDatelineNames() {
        List<PositionHeld> p = positions("（新华社北京3月5日电　记者　汪晓辉　杜梦妍　编辑：侯卓然）");
        for (String staff : List.of("汪晓辉", "杜梦妍", "侯卓然")) {
            assertEquals(List.of("新华社"), p.stream().filter(h -> h.person().equals(staff)).map(PositionHeld::organization).toList(), staff + " in " + p);
        }
        List<PositionHeld> local = positions("本报昆明6月17日讯（记者 刀玉香 和丽萍）6月16日，推介会举行。");
        assertEquals(List.of("记者"), titlesOf(local, "和丽萍"), "a name opening with 和: " + local);
        List<PositionHeld> consul = positions("日本国驻沈阳总领事馆驻大连领事办公室首席领事佐藤健一出席。");
        assertEquals(List.of("日本国驻沈阳总领事馆驻大连领事办公室"), consul.stream().map(PositionHeld::organization).toList(), consul.toString());
    }

    @Test
    void aFirmsLatinOrShortNameInBracketsBeforeTheTitleLeavesTheOfficeTheFirms() {
        List<PositionHeld> p = positions("丹麦诺斯特兰德集团（Nordstrand Group）全球首席执行官莫勒出席。河南民航发展投资集团有限公司（简称“河南航投”）副总经理王海涛介绍。");
        assertEquals(List.of("丹麦诺斯特兰德集团"), p.stream().filter(h -> h.person().equals("莫勒")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("河南民航发展投资集团有限公司"), p.stream().filter(h -> h.person().equals("王海涛")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aCountrysMissionAtAPlaceIsABodyAndItsDiplomatsOfficesAreIts() {
        List<PositionHeld> p = positions("韩国驻沈阳总领事馆领事朴敏俊、泰国驻昆明总领事馆商务领事巴妮达·宋西里出席。");
        assertEquals(List.of("韩国驻沈阳总领事馆"), p.stream().filter(h -> h.person().equals("朴敏俊")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("泰国驻昆明总领事馆"), p.stream().filter(h -> h.person().equals("巴妮达·宋西里")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = EntityFixture.mentions("丹麦驻华大使馆、中国驻哈萨克斯坦大使馆和美国驻华使馆经济商务处出席。");
        for (String mission : List.of("丹麦驻华大使馆", "中国驻哈萨克斯坦大使馆", "美国驻华使馆经济商务处")) {
            assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, mission), mission + " in " + m);
        }
    }

    @Test
    void aCourtsDivisionNamedInFullOrShortIsTheCourtsAndTheSpecialCourtsKeepTheirWrittenNames() {
        List<PositionHeld> p = positions("二、决定任命\n矫宏伟为青岛市中级人民法院民事审判第四庭庭长；\n朴成浩为青岛海事法院涉外商事审判庭庭长；\n"
                + "高健、韩冬梅为青岛市人民检察院检察员。\n刘强任市中院刑一庭庭长。");
        assertEquals(List.of("青岛市中级人民法院民事审判第四庭"), p.stream().filter(h -> h.person().equals("矫宏伟")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("青岛海事法院涉外商事审判庭"), p.stream().filter(h -> h.person().equals("朴成浩")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("青岛市中级人民法院刑一庭"), p.stream().filter(h -> h.person().equals("刘强")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("青岛市人民检察院检察员"), titlesOf(p, "韩冬梅"), p.toString());
        List<EntityMention> m = EntityFixture.mentions("上海金融法院、北京互联网法院审理了此案。");
        assertEquals("上海金融法院", EntityFixture.canonicalOf(m, "上海金融法院"), m.toString());
        assertEquals("北京互联网法院", EntityFixture.canonicalOf(m, "北京互联网法院"), m.toString());
    }

    @Test
    void anOfficeStationedAtAZoneAndACourtsDivisionAreBodiesOfTheirOwn() {
        List<PositionHeld> p = positions("郑州海关驻新郑综合保税区办事处主任李建国介绍通关改革。广东省高级人民法院刑二庭庭长林志远表示将从严惩处。");
        assertEquals(List.of("郑州海关驻新郑综合保税区办事处"), p.stream().filter(h -> h.person().equals("李建国")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("广东省高级人民法院刑二庭"), p.stream().filter(h -> h.person().equals("林志远")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = EntityFixture.mentions("广东省高级人民法院刑二庭庭长林志远表示将从严惩处。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("刑二庭")), m.toString());
        assertTrue(EntityFixture.has(EntityFixture.mentions("郑州海关驻新郑综合保税区办事处主任李建国介绍通关改革。"), EntityType.ZONE, "新郑综合保税区"));
    }

    @Test
    void aNoticesBareCompanyIsTheFirmItDefinesThatWordFor() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("江苏华瑞精密工业股份有限公司（以下简称“公司”或“华瑞精工”）于8月26日召开董事会。"
                + "北方华创科技集团股份有限公司等企业已在园区布局。公司董事长兼总经理沈建新表示，园区产业链配套完善。");
        assertEquals("江苏华瑞精密工业股份有限公司", organizationOf(doc, "沈建新"), doc.positions.toString());
    }

    @Test
    void aTownshipsHeadHeadsNoFirm() {
        List<PositionHeld> p = positions("沭阳县华泰新材料有限公司投产。胡集镇党委书记刘晓军、镇长张玉兰出席。");
        assertTrue(p.stream().filter(h -> h.person().equals("张玉兰")).noneMatch(h -> h.organization() != null && h.organization().endsWith("公司")), p.toString());
    }

    @Test
    void aLevelWordDoubledAtATitlesStartEndsAPlaceName() {
        List<EntityMention> m = EntityFixture.mentions("和县县长周庆华表示，将加快发展。");
        assertTrue(EntityFixture.has(m, EntityType.POSITION, "县长"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("县县长")), m.toString());
    }

    @Test
    void aCompanysBoardIsTheCompanys() {
        List<PositionHeld> p = positions("江西省委书记尹弘会见了正威国际集团董事局主席王文银一行。");
        assertEquals(List.of("正威国际集团董事局主席"), titlesOf(p, "王文银"));
        assertEquals("正威国际集团", p.stream().filter(h -> h.person().equals("王文银")).findFirst().orElseThrow().organization());
    }

    @Test
    void aFormerOfficeIsNoneHeldNow() {
        List<PositionHeld> p = positions("原天津市商务局局长张爱国，现任天津市政府副秘书长。");
        assertEquals(List.of("天津市政府副秘书长"), titlesOf(p, "张爱国"));
    }

    @Test
    void aReporterInADatelinesBracketsWritesForThePaperBeforeItsAppAndTheDateline() {
        List<PositionHeld> p = positions("新华日报·交汇点讯（记者 钱文涛 孙雨桐）第138届广交会开幕。");
        assertEquals("新华日报", p.stream().filter(h -> h.person().equals("钱文涛")).findFirst().orElseThrow().organization(), p.toString());
    }

    @Test
    void aTitleReadWithAFirmsDefinedShortNameBeforeItIsThatFirmsOffice() {
        String text = "在福建鸿途体育用品有限公司（以下简称“鸿途体育”）的保税仓库内，运动鞋正在装箱。鸿途体育副总经理施永强：“我们从越南进口面料。”";
        List<EntityMention> m = mentions(text);
        assertTrue(EntityFixture.has(m, EntityType.POSITION, "副总经理") && m.stream().filter(x -> x.text().equals("鸿途体育")).count() == 2, m.toString());
        assertEquals("福建鸿途体育用品有限公司", positions(text).stream().filter(h -> h.person().equals("施永强")).findFirst().orElseThrow().organization());
    }

    @Test
    void aRostersTitleSpacedOutToItsWidthIsTheTitleAndEveryNameSetApartOnItsLineHoldsIt() {
        List<PositionHeld> p = positions("【领导名录】\n主　　任　欧阳建新（2025年3月任）\n副 主 任　黄文琦　蔡志坚　颜宏达（2025年8月任）\n二级巡视员　吴秋萍\n");
        assertEquals(List.of("主任"), titlesOf(p, "欧阳建新"));
        for (String deputy : List.of("黄文琦", "蔡志坚", "颜宏达")) {
            assertEquals(List.of("副主任"), titlesOf(p, deputy), p.toString());
        }
    }

    @Test
    void aHeadsOfficeBareOnALineAUnitOfItsKindOpensIsThatUnits() {
        List<PositionHeld> p = positions("投资指南\n\n武汉东湖综合保税区管理委员会为武汉东湖新技术开发区管理委员会派出机构，内设以下部门：\n\n"
                + "招商服务局　负责项目洽谈。联系人：局长　廖志鹏，电话：027-87651218。\n\n综合办公室　负责会务。联系人：局长　王明。");
        assertEquals("武汉东湖综合保税区招商服务局", p.stream().filter(h -> h.person().equals("廖志鹏")).findFirst().orElseThrow().organization());
        assertTrue(p.stream().filter(h -> h.person().equals("王明")).allMatch(h -> h.organization() == null), "an office heads no 局: " + p);
    }

    @Test
    void aDelegationsLeaderHoldsHisOfficeAtTheDelegationAndTheOfficeBeforeAtItsBody() {
        List<PositionHeld> p = positions("江苏省商务厅副厅长、江苏交易团团长周海峰介绍展会情况。");
        assertEquals(List.of("江苏省商务厅副厅长", "江苏交易团团长"), titlesOf(p, "周海峰"));
    }

    @Test
    void aFormerOfficeAfterItsBodyIsATitleAndItsDivisionABodyButNoneIsHeldNow() {
        String text = "郑州海关原加工贸易监管处副处长、郑州新郑综合保税区海关原副关长邵文博严重违纪违法问题。";
        List<EntityMention> m = mentions(text);
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "加工贸易监管处"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("原")), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.POSITION, "副关长"), m.toString());
        assertEquals(List.of(), titlesOf(positions(text), "邵文博"));
    }

    @Test
    void aPartyLeadershipGroupMemberAfterTheInstitutionsTitle() {
        List<PositionHeld> p = positions("此次会议由中国社会科学院副院长、党组成员高培勇主持。");
        assertEquals(List.of("中国社会科学院副院长", "党组成员"), titlesOf(p, "高培勇"));
    }

    @Test
    void aRegionsDeputyChairIsNamedWithItsLevelWord() {
        List<PositionHeld> p = positions("自治区副主席、区党委常委蓝天立前往凭祥综合保税区检查指导工作。");
        assertEquals(List.of("自治区副主席", "区党委常委"), titlesOf(p, "蓝天立"));
    }

    @Test
    void aDepartmentOfAnInstituteIsHeadedLikeABodys() {
        List<PositionHeld> p = positions("国务院发展研究中心对外经济研究部部长赵福军表示，自贸试验区要加强压力测试。");
        assertEquals(List.of("国务院发展研究中心对外经济研究部部长"), titlesOf(p, "赵福军"));
    }

    @Test
    void officesOfBodiesNumberedBranchesAndDemocraticParties() {
        assertEquals(List.of("天津市纪委监委第三监督检查室主任"), titlesOf(positions("天津市纪委监委第三监督检查室主任刘强一行到滨海新区调研。"), "刘强"));
        assertEquals(List.of("天津市人民检察院第二分院检察长"), titlesOf(positions("天津市人民检察院第二分院检察长李明出席发布会。"), "李明"));
        assertEquals(List.of("全国政协委员", "民建中央副主席"), titlesOf(positions("全国政协委员、民建中央副主席李明提交了提案。"), "李明"));
    }

    @Test
    void anAppointeeAddressedAsMrOrMs() {
        List<PositionHeld> p = positions("天津港股份有限公司董事会同意聘任张三先生为公司总经理，聘任李红女士为公司副总经理。");
        assertEquals(List.of("总经理"), titlesOf(p, "张三"));
        assertEquals(List.of("副总经理"), titlesOf(p, "李红"));
    }

    @Test
    void aBareTitleRightAfterTheNameIsThePersons() {
        List<PositionHeld> p = positions("王文涛部长会见了新加坡客人。会见时，李强总理指出，要扩大开放。");
        assertEquals(List.of("部长"), titlesOf(p, "王文涛"));
        assertEquals(List.of("总理"), titlesOf(p, "李强"));
    }

    @Test
    void aConsulatesCountryAndPostAreNoInstitution() {
        List<EntityMention> m = mentions("新疆维吾尔自治区人民政府主席艾尔肯·吐尼亚孜在乌鲁木齐会见了哈萨克斯坦驻乌鲁木齐总领事。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution() && x.text().endsWith("驻乌鲁木齐")), m.toString());
    }

    @Test
    void anOfficeTakenOnConcurrentlyIsHeldBesideTheOneBefore() {
        List<PositionHeld> p = positions("县长李明兼任县乡村振兴领导小组办公室主任。");
        assertEquals(List.of("县长", "县乡村振兴领导小组办公室主任"), titlesOf(p, "李明"));
        assertEquals(List.of("市公安局局长"), titlesOf(positions("李明兼任市公安局局长。"), "李明"), "one office, once");
        assertEquals(List.of("副市长"), titlesOf(positions("副市长陈刚兼任市公安局局长的职务被免去。"), "陈刚"), "an office given up");
        List<PositionHeld> given = positions("任命张俊峰同志为西咸新区党工委书记，兼任西咸新区管委会主任；免去刘国中同志的西咸新区管委会主任职务。"
                + "杨凌农业高新技术产业示范区管委会主任由省农业农村厅副厅长吴振华同志兼任。");
        assertEquals(List.of("西咸新区党工委书记", "西咸新区管委会主任"), titlesOf(given, "张俊峰"), "given with the office: " + given);
        assertTrue(titlesOf(given, "吴振华").contains("杨凌农业高新技术产业示范区管委会主任"), "the office before 由: " + given);
    }

    @Test
    void titlesInBracketsAfterTheName() {
        List<PositionHeld> p = positions("王建军（重庆西永综合保税区管委会常务副主任）：今年以来，西永综保区持续推进通道建设。");
        assertEquals(List.of("重庆西永综合保税区管委会常务副主任"), titlesOf(p, "王建军"));
        assertTrue(positions("王建军（右二）与重庆西永综合保税区管委会主任交谈。").stream().noneMatch(h -> h.person().equals("王建军")),
                "a title outside the brackets is not the bracketed person's");
    }

    @Test
    void aPeoplesOrganizationOfALevelIsAnOrganizationItsChairHeads() {
        List<PositionHeld> p = EntityFixture.analyze("湖南省召开会议。省政协副主席、省工商联主席周海兵，市总工会主席李明出席。",
                OffsetDateTime.parse("2024-05-16T10:00:00+08:00")).entities().positions();
        assertEquals(List.of("省政协副主席", "省工商联主席"), titlesOf(p, "周海兵"));
        assertEquals("湖南省工商联", p.get(1).organization());
        List<EntityMention> m = mentions("省工商联主席周海兵出席。全国工商联副主席谢经荣出席。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().equals("省工商联")), m.toString());
        for (String word : GovernmentBodySource.PEOPLES_ORGANIZATIONS) {
            List<EntityMention> each = mentions("市" + word + "主席李明出席。");
            assertTrue(each.stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().equals("市" + word)), "a body word in cues.tsv: " + each);
        }
    }

    @Test
    void aHongKongPolicyBureauIsOneBodyWithItsAnd() {
        List<PositionHeld> p = positions("香港特区政府创新科技及工业局局长孙东、香港特别行政区政府财经事务及库务局局长许正宇出席。广州市教育局局长王明出席。");
        assertEquals("香港特别行政区政府创新科技及工业局", p.stream().filter(h -> h.person().equals("孙东")).findFirst().orElseThrow().organization(), p.toString());
        assertEquals("香港特别行政区政府财经事务及库务局", p.stream().filter(h -> h.person().equals("许正宇")).findFirst().orElseThrow().organization(), p.toString());
        assertEquals("广州市教育局", p.stream().filter(h -> h.person().equals("王明")).findFirst().orElseThrow().organization(), "a city's 教育局 is no Hong Kong bureau: " + p);
    }

    @Test
    void anOfficeHeldAlongsideInBracketsBeforeTheName() {
        List<PositionHeld> p = positions("武汉东湖新技术开发区党工委书记、管委会主任（武汉片区管委会主任）李强说，片区将对标高标准经贸规则。");
        assertEquals(List.of("武汉东湖新技术开发区党工委书记", "管委会主任", "武汉片区管委会主任"), titlesOf(p, "李强"));
        assertEquals("中国(湖北)自由贸易试验区武汉片区管理委员会", p.get(2).organization());
        assertTrue(positions("会见了市长（右二）李强。").stream().noneMatch(h -> h.person().equals("李强")),
                "a bracket of no titles joins nothing");
        List<PositionHeld> ranked = positions("天津港保税区管委会副主任（正局级）张三出席。商务部国际贸易谈判代表（正部长级）兼副部长王文涛出席。");
        assertEquals(List.of("天津港保税区管委会副主任"), titlesOf(ranked, "张三"), "a rank in brackets: " + ranked);
        assertEquals(List.of("商务部国际贸易谈判代表", "副部长"), titlesOf(ranked, "王文涛"), ranked.toString());
        List<PositionHeld> otherName = positions("青岛前湾保税港区管委会（青岛前湾综合保税区管委会）副主任赵国栋介绍，区内累计注册企业1.6万家。");
        assertEquals(List.of("青岛前湾保税港区管委会（青岛前湾综合保税区管委会）副主任"), titlesOf(otherName, "赵国栋"), "the office as written: " + otherName);
        assertEquals("青岛前湾保税港区管理委员会", otherName.get(0).organization());
        List<PositionHeld> housed = positions("江苏省商务厅（省自贸办）副主任王五介绍，全省自贸试验区建设成效明显。");
        assertTrue(housed.stream().noneMatch(h -> "江苏省商务厅".equals(h.organization())), "a body housed in another is no other name of it: " + housed);
    }

    @Test
    void titlesJoinedByJianAndTheBodyOfAnUnlistedArea() {
        List<PositionHeld> p = positions("天津港保税区党委委员、管委会副主任兼空港经济区管委会主任曹达出席。");
        assertEquals(List.of("天津港保税区党委委员", "管委会副主任", "空港经济区管委会主任"), titlesOf(p, "曹达"));
        assertEquals("空港经济区管理委员会", p.get(2).organization());
    }

    @Test
    void spokespeopleHeadsOfStateAndTheirCountries() {
        List<PositionHeld> p = positions("外交部发言人毛宁表示欢迎。国家主席习近平会见来访的法国总统马克龙。");
        assertEquals(List.of("外交部发言人"), titlesOf(p, "毛宁"));
        assertEquals(List.of("国家主席"), titlesOf(p, "习近平"));
        assertEquals(List.of("法国总统"), titlesOf(p, "马克龙"));
    }

    @Test
    void titlesJoinedByACommaBeforeTheName() {
        List<PositionHeld> p = positions("天津港保税区党委书记、管委会主任，天津临港经济区管委会主任尹晓峰作表态发言。");
        assertEquals(List.of("天津港保税区党委书记", "管委会主任", "天津临港经济区管委会主任"), titlesOf(p, "尹晓峰"));
        List<PositionHeld> clause = positions("区委书记张三主持会议，区长李四讲话。");
        assertEquals(List.of("区长"), titlesOf(clause, "李四"), "a clause before the comma is not a title of the next name");
    }

    @Test
    void aBylineSpaceBetweenTitleAndName() {
        List<PositionHeld> p = positions("政府工作报告\n河南省省长 王凯\n各位代表：");
        assertEquals(List.of("河南省省长"), titlesOf(p, "王凯"));
        assertTrue(EntityFixture.mentions("河南省省长 王凯\n").stream().noneMatch(m -> m.text().isBlank() || m.text().strip().length() != m.text().length()),
                "no mention starts or ends with a space");
    }

    @Test
    void bodiesOfZonesAndCourtsToo() {
        List<PositionHeld> p = positions("深圳市前海深港现代服务业合作区管理局局长曹赛先介绍。");
        assertEquals(List.of("深圳市前海深港现代服务业合作区管理局局长"), titlesOf(p, "曹赛先"));
    }

    @Test
    void nationalTitlesToo() {
        assertEquals(List.of("国务院总理"), titlesOf(positions("国务院总理李强在十四届全国人大二次会议上作政府工作报告。"), "李强"));
    }

    @Test
    void aChainOfTitlesEndingInAColonAndAnInheritedOrganization() {
        List<PositionHeld> p = positions("天津港保税区党委书记、管委会主任尹晓峰：");
        assertEquals(List.of("天津港保税区党委书记", "管委会主任"), titlesOf(p, "尹晓峰"));
        assertEquals("天津港保税区管理委员会", p.stream().filter(x -> x.title().equals("管委会主任")).findFirst().orElseThrow().organization());
    }

    @Test
    void titlesLeadingToTheNextNameAreNotThePreviousPersons() {
        List<PositionHeld> p = positions("区领导尹晓峰、赵前苗，经开区党委书记、管委会主任尤天成参加。");
        assertEquals(List.of(), titlesOf(p, "赵前苗"));
        assertEquals(List.of("经开区党委书记", "管委会主任"), titlesOf(p, "尤天成"));
    }

    @Test
    void theAuthorsTitlesGoToTheBylinePerson() {
        List<PositionHeld> p = positions("徐海波\n南昌综保区取得新成绩。\n(作者系南昌综保区党组书记、主任)");
        assertEquals(List.of("南昌综保区党组书记", "主任"), titlesOf(p, "徐海波"));
    }

    @Test
    void theHeadsOfInternationalOrganizationsHoldTheirTitlesThere() {
        List<PositionHeld> p = positions("联合国秘书长古特雷斯在纽约发表讲话。世界贸易组织总干事伊维拉表示，多边贸易体制面临挑战。");
        assertEquals(List.of("联合国"), p.stream().filter(h -> h.person().equals("古特雷斯")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("世界贸易组织"), p.stream().filter(h -> h.person().equals("伊维拉")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aBareHeadOfGovernmentIsOfTheDocumentsProvinceOrCity() {
        List<PositionHeld> p = positions("2024年江苏省政府工作报告（摘要）  省长 许昆林  过去一年，南京江北新区、苏州工业园区综合实力保持全国前列。副省长马欣出席会议。");
        assertEquals(List.of("江苏省人民政府"), p.stream().filter(h -> h.person().equals("许昆林")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("江苏省人民政府"), p.stream().filter(h -> h.person().equals("马欣")).map(PositionHeld::organization).toList(), p.toString());
        assertTrue(positions("副省长马欣出席会议。").stream().allMatch(h -> h.organization() == null), "no place, no province");
        List<PositionHeld> beijing = positions("北京经济技术开发区加快发展。市长殷勇出席会议。北京市委、北京市政府部署工作。");
        assertEquals(List.of("北京市人民政府"), beijing.stream().filter(h -> h.person().equals("殷勇")).map(PositionHeld::organization).toList(),
                "a municipality is its own city: " + beijing);
        List<PositionHeld> shanghai = positions("中国（上海）自由贸易试验区临港新片区加快发展。副省长陈小江出席会议。");
        assertTrue(shanghai.stream().filter(h -> h.person().equals("陈小江")).allMatch(h -> h.organization() == null),
                "a municipality has no 省长: " + shanghai);
        List<PositionHeld> assistant = positions("天津港保税区进出口增长。商务部部长助理唐文弘、海关总署署长助理林少彬出席。");
        assertEquals(List.of("商务部部长助理"), titlesOf(assistant, "唐文弘"), assistant.toString());
        assertEquals(List.of("海关总署署长助理"), titlesOf(assistant, "林少彬"), assistant.toString());
    }

    @Test
    void academicTitlesAreHeldAtTheirInstitutions() {
        List<PositionHeld> p = positions("中国科学院院士、清华大学教授薛其坤获得国家最高科学技术奖。");
        assertEquals(List.of("中国科学院", "清华大学"), p.stream().filter(h -> h.person().equals("薛其坤")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aBodyAfterTheZonesKindWordIsThatZonesBody() {
        List<PositionHeld> p = positions("横琴粤澳深度合作区执委会召开全体会议。合作区执委会主任李伟农主持会议。");
        assertEquals(List.of("横琴粤澳深度合作区执行委员会"), p.stream().filter(h -> h.person().equals("李伟农")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void anAppointmentNamesThePersonAndTheOfficeTaken() {
        String notice = "天津市人民政府关于王卫东等同志职务任免的通知\n经市人民政府研究决定：\n任命王卫东为天津市商务局局长；\n"
                + "任命李红梅为天津港保税区管理委员会副主任（试用期一年）；\n免去赵文华的天津经济技术开发区管理委员会副主任职务。";
        AnalyzedDocumentView doc = new AnalyzedDocumentView(notice);
        assertTrue(doc.hasPerson("王卫东") && doc.hasPerson("李红梅") && doc.hasPerson("赵文华"), doc.mentions.toString());
        assertEquals(List.of("天津市商务局局长"), titlesOf(doc.positions, "王卫东"));
        assertEquals(List.of("天津港保税区管理委员会副主任"), titlesOf(doc.positions, "李红梅"));
        assertEquals(List.of(), titlesOf(doc.positions, "赵文华"), "an office left is not held");
        assertEquals(List.of("天津市商务局局长"), titlesOf(positions("王卫东任天津市商务局局长。"), "王卫东"));
        assertEquals(List.of("天津市商务局局长"), titlesOf(positions("任命王卫东同志为天津市商务局局长。"), "王卫东"));
        assertEquals(List.of("天津港保税区党委书记"), titlesOf(positions("中共天津市委决定：陈永强同志任天津港保税区党委书记。"), "陈永强"));
        assertEquals(List.of(), titlesOf(positions("大会提名王明为天津市市长候选人。"), "王明"), "a candidate holds no office yet");
        // Under 经研究决定： a line's 同志为 appoints with no verb of its own; elsewhere 同志为 may be a clause (为人正直).
        List<PositionHeld> listed = positions("经研究决定：\n周 婷同志为五家渠经济技术开发区党政办公室副主任（正科级）；\n李文博同志为五家渠经济技术开发区规划建设局副局长。\n王强同志为人正直。");
        assertEquals(List.of("五家渠经济技术开发区党政办公室副主任"), titlesOf(listed, "周婷"), listed.toString());
        assertEquals(List.of("五家渠经济技术开发区规划建设局副局长"), titlesOf(listed, "李文博"), listed.toString());
        assertEquals(List.of(), titlesOf(listed, "王强"), listed.toString());
        List<PositionHeld> candidates = positions("干部任前公示\n王强同志为县商务局副局长拟任人选。");
        assertEquals(List.of(), titlesOf(candidates, "王强"), "no decision, and a candidate: " + candidates);
        List<PositionHeld> clause = positions("天津港保税区加快发展。市商务局聘任张伟为外贸处处长。");
        assertTrue(clause.stream().noneMatch(h -> h.organization() != null && h.organization().contains("聘任")), clause.toString());
    }

    @Test
    void theHeadOfABodyAfterItsPartyCommitteesTitleIsTheBodys() {
        List<PositionHeld> p = positions("海关总署党委书记、署长孙梅君在调研时指出。天津海关党委书记、关长赵革出席。");
        assertEquals(List.of("海关总署党委", "海关总署"), p.stream().filter(h -> h.person().equals("孙梅君")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("天津海关"), p.stream().filter(h -> h.person().equals("赵革") && h.title().equals("关长")).map(PositionHeld::organization).toList(), p.toString());
        List<PositionHeld> university = positions("清华大学党委书记、校长王强出席。");
        assertEquals(List.of("清华大学"), university.stream().filter(h -> h.title().equals("校长")).map(PositionHeld::organization).toList(), university.toString());
    }

    @Test
    void aFirstSecretaryEndsAChainOfOfficesLikeAnyOther() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("自治区党委常委、拉萨市委书记，拉萨经开区党工委第一书记普布顿珠参加调研。");
        assertEquals(List.of("自治区党委常委", "拉萨市委书记", "拉萨经开区党工委第一书记"),
                doc.positions.stream().filter(h -> h.person().equals("普布顿珠")).map(PositionHeld::title).toList(), doc.positions.toString());
    }

    @Test
    void anAutonomousPrefecturesCommitteeAndItsDeputiesBelongToThePrefecture() {
        AnalyzedDocumentView honghe = new AnalyzedDocumentView("会议期间，红河州委书记刘涛出席。");
        assertEquals("红河哈尼族彝族自治州委", organizationOf(honghe, "刘涛"), honghe.positions.toString());
        AnalyzedDocumentView doc = new AnalyzedDocumentView("延边州委书记朴忠哲会见客人。州委常委、秘书长崔明参加会见。");
        assertEquals("延边朝鲜族自治州委", organizationOf(doc, "崔明"), "a bare 州委 is the one prefecture named: " + doc.positions);
        AnalyzedDocumentView region = new AnalyzedDocumentView("广西壮族自治区党委副书记、自治区主席蓝天立会见客人。自治区副主席韦韬参加会见。");
        assertEquals("广西壮族自治区人民政府", organizationOf(region, "韦韬"), "held at the region's government, as its chairman's office is: " + region.positions);
        AnalyzedDocumentView kashgar = new AnalyzedDocumentView("乌鲁木齐市委书记杨发森、喀什地委书记曾存等参加会议。");
        assertEquals("喀什地委", organizationOf(kashgar, "曾存"), "a prefecture's (地区's) committee: " + kashgar.positions);
    }

    @Test
    void aNumberedUnitsCommitteeIsTheUnitsNotItsParentBodys() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("新疆生产建设兵团第十二师党委第一书记杨发森调研。");
        assertEquals("新疆生产建设兵团第十二师党委", organizationOf(doc, "杨发森"), doc.positions.toString());
    }

    @Test
    void theDayAPublicNoticeEndsIsNoDateOfTheOfficesItNames() {
        var doc = EntityFixture.analyze("现将拟任职干部情况予以公示：李明远，现任兰州新区党工委委员、管委会副主任。公示时间：2024年1月9日至1月15日。",
                java.time.OffsetDateTime.parse("2024-01-09T09:00:00+08:00"));
        assertTrue(!doc.entities().positions().isEmpty(), doc.entities().mentions().toString());
        assertTrue(doc.entities().positions().stream().allMatch(h -> java.time.LocalDate.of(2024, 1, 9).equals(h.asOf())), doc.entities().positions().toString());
    }

    @Test
    void namesListedBeforeOne为AreAppointedTogether() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("2月27日，晋能控股装备制造集团有限公司召开董事会会议，聘任杨永强为公司总经理，聘任张宏伟、李建国、赵军为公司副总经理。");
        for (String deputy : List.of("张宏伟", "李建国", "赵军")) {
            assertEquals("晋能控股装备制造集团有限公司", organizationOf(doc, deputy), doc.positions.toString());
        }
        assertTrue(doc.positions.stream().filter(h -> h.person().equals("赵军")).allMatch(h -> h.title().equals("副总经理")), doc.positions.toString());
    }

    @Test
    void aFirmsOfficeWithoutItsFirmIsTheFirmsTheAnnouncementNamesAndASpokespersonIsTheBodys() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("天水华天科技股份有限公司4月1日发布公告，公司于3月29日召开第八届董事会第一次会议，"
                + "选举肖胜利先生为公司第八届董事会董事长，选举肖智成先生为副董事长；同意聘任崔卫兵先生为公司总经理，聘任李宏杰先生为财务总监。");
        for (String officer : List.of("肖胜利", "肖智成", "李宏杰")) {
            assertEquals("天水华天科技股份有限公司", organizationOf(doc, officer), doc.positions.toString());
        }
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("肖胜利") && h.title().equals("董事长")), "past the board's term: " + doc.positions);
        AnalyzedDocumentView other = new AnalyzedDocumentView("太钢集团是中国宝武钢铁集团有限公司控股子公司。太钢集团党委书记、董事长李华出席签约仪式。");
        assertTrue(other.positions.stream().noneMatch(h -> "中国宝武钢铁集团有限公司".equals(h.organization())),
                "an office not given by appointment takes no other firm's name: " + other.positions);
        AnalyzedDocumentView roster = new AnalyzedDocumentView("腾讯公司总裁刘炽平、首席战略官詹姆斯·米切尔（James Mitchell）、首席财务官罗硕瀚出席业绩电话会。"
                + "西门子医疗大中华区总裁王皓出席。");
        assertEquals(organizationOf(roster, "刘炽平"), organizationOf(roster, "罗硕瀚"), "a firm leads into its roster: " + roster.positions);
        assertTrue(roster.positions.stream().filter(h -> h.person().equals("王皓")).allMatch(h -> h.organization() == null),
                "words that are no title between firm and office (医疗大中华区): " + roster.positions);
        AnalyzedDocumentView region = new AnalyzedDocumentView("大众汽车集团（中国）董事长贝瑞德出席。签约企业包括宁德时代、比亚迪、华为，董事长王传福出席。");
        assertEquals("大众汽车集团（中国）", organizationOf(region, "贝瑞德"), "a firm's region in brackets is part of its name: " + region.positions);
        assertTrue(region.positions.stream().filter(h -> h.person().equals("王传福")).allMatch(h -> h.organization() == null),
                "a comma after a list of firms leads into no office: " + region.positions);
        AnalyzedDocumentView press = new AnalyzedDocumentView("商务部2月22日举行例行新闻发布会，新闻发言人何亚东表示，1月全国新设立外商投资企业4588家。");
        assertEquals("商务部", organizationOf(press, "何亚东"), press.positions.toString());
    }

    @Test
    void tibetanNamesAfterATitle() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("拉萨经济技术开发区党工委书记次仁多吉主持会议。自治区副主席旺堆出席。");
        assertTrue(doc.hasPerson("次仁多吉"), doc.mentions.toString());
        assertTrue(doc.hasPerson("旺堆"), doc.mentions.toString());
    }

    private static String organizationOf(AnalyzedDocumentView doc, String person) {
        return doc.positions.stream().filter(h -> h.person().equals(person)).map(PositionHeld::organization).findFirst()
                .orElseThrow(() -> new AssertionError(person + " holds nothing in " + doc.positions));
    }

    @Test
    void inAFirmsProspectusABareCompanyAfterCurrentlyHoldingIsTheIssuer() {
        List<PositionHeld> held = positions("贵州黔锐微电子科技股份有限公司\n首次公开发行股票并在主板上市招股说明书（申报稿）\n\n"
                + "　　1．申国华，男，1969年出生，中国国籍。2003年7月至2012年7月，任深圳市华锐电子有限公司总经理；2013年4月创立公司前身，现任公司董事长、总经理。\n"
                + "　　2．冉晓蕾，女，1982年出生。曾任天健会计师事务所（特殊普通合伙）贵州分所高级经理，现任公司董事、副总经理。");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("申国华") && h.title().equals("董事长") && "贵州黔锐微电子科技股份有限公司".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("冉晓蕾") && h.title().equals("副总经理") && "贵州黔锐微电子科技股份有限公司".equals(h.organization())), held.toString());
        List<PositionHeld> now = positions("贵州黔锐微电子科技股份有限公司\n首次公开发行股票并在主板上市招股说明书（申报稿）\n\n"
                + "　　1．申国华，男，1969年出生。2003年7月至2012年7月，任深圳市华锐电子有限公司总经理；现为公司董事长。");
        assertTrue(now.stream().anyMatch(h -> h.person().equals("申国华") && h.title().equals("董事长") && "贵州黔锐微电子科技股份有限公司".equals(h.organization())), "现为 holds as 现任 does: " + now);
    }

    @Test
    void anElectionsResultsGiveEachPersonElectedTheOfficeInTheHeadingAbove() {
        List<PositionHeld> held = positions("儋州市新州镇第八届人民代表大会第一次会议主席团公告\n　　现将选举结果公告如下：\n"
                + "　　一、新州镇人民代表大会主席\n　　羊文川，得票59票，当选。\n"
                + "　　二、新州镇人民政府副镇长（按姓氏笔画为序）\n\n　　王建华，得票20票，未当选；\n　　李明，得票28票，未过半数，不能当选；\n　　吴天赐　得票56票，当选；\n　　黎秀金（女，黎族），得票58票，当选。\n"
                + "　　本次选举发出选票60张。");
        java.util.Map<String, String> of = new java.util.HashMap<>();
        held.forEach(h -> of.put(h.person() + " " + h.title(), h.organization()));
        assertEquals("儋州市新州镇人民代表大会", of.get("羊文川 新州镇人民代表大会主席"), held.toString());
        assertTrue(of.getOrDefault("吴天赐 新州镇人民政府副镇长", "").endsWith("新州镇人民政府"), held.toString());
        assertTrue(of.getOrDefault("黎秀金 新州镇人民政府副镇长", "").endsWith("新州镇人民政府"), "past a note on the person: " + held);
        assertTrue(held.stream().noneMatch(h -> h.person().equals("王建华") || h.person().equals("李明")), "a candidate who lost holds nothing: " + held);
    }

    @Test
    void aSocietysRosterGivesTheLabelsOfficeBesideTheOneInBracketsAndItsHeadlineItsShortName() {
        String text = "吴中台协完成第八届理事会换届　陈建宏当选会长\n"
                + "　　苏州市吴中区台湾同胞投资企业协会（简称“吴中台协”）第八届会员大会召开。\n"
                + "　　常务副会长：吴淑芬（裕晟电子科技（苏州）有限公司总经理）\n"
                + "　　副会长：李宗翰（东吴鸿泰食品（苏州）有限公司总经理）、黄志明（苏州太湖冠捷塑胶制品有限公司董事长）";
        AnalyzedDocumentView doc = new AnalyzedDocumentView(text);
        String society = "苏州市吴中区台湾同胞投资企业协会";
        assertTrue(doc.mentions.stream().anyMatch(m -> m.start() == 0 && m.text().equals("吴中台协") && society.equals(m.canonical())), doc.mentions.toString());
        assertTrue(doc.mentions.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.text().equals("吴中台")), doc.mentions.toString());
        for (String[] office : new String[][] {{"陈建宏", "会长"}, {"吴淑芬", "常务副会长"}, {"黄志明", "副会长"}, {"李宗翰", "副会长"}}) {
            assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals(office[0]) && h.title().equals(office[1]) && society.equals(h.organization())),
                    office[0] + ": " + doc.positions);
        }
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("吴淑芬") && h.title().endsWith("总经理")), doc.positions.toString());
    }

    @Test
    void theHeadOfABodyNamedAfterItsPartyBranchsSecretaryIsTheBodys() {
        List<PositionHeld> held = positions("重庆万州综合保税区管理服务中心党支部书记、主任邓洁出席。");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("邓洁") && h.title().equals("主任") && "重庆万州综合保税区管理服务中心".equals(h.organization())), held.toString());
        List<PositionHeld> village = positions("巫头村党支部书记、主任张三出席。");
        assertTrue(village.stream().noneMatch(h -> "巫头村".equals(h.organization())), "a village is no body: " + village);
    }

    @Test
    void titlesOpenedByTheirFieldOrKindAreReadWhole() {
        List<PositionHeld> held = positions("科瑞达电子（镇江）有限公司人力资源经理　金美善\n选举第四届董事会非独立董事：顾振东、徐立峰\n"
                + "卢红梅（注册安全工程师）参加检查。林正雄被聘为协会荣誉会长。");
        java.util.Map<String, String> titleOf = new java.util.HashMap<>();
        held.forEach(h -> titleOf.put(h.person(), h.title()));
        assertTrue(titleOf.getOrDefault("金美善", "").endsWith("人力资源经理"), held.toString());
        assertEquals("非独立董事", titleOf.get("徐立峰"), "not an independent director: " + held);
        assertEquals("注册安全工程师", titleOf.get("卢红梅"), held.toString());
        assertEquals("荣誉会长", titleOf.get("林正雄"), held.toString());
    }

    @Test
    void officesInBracketsAfterThePersonsSexAreTheirs() {
        List<PositionHeld> held = positions("山西省政协十三届四次会议大会发言摘登\n"
                + "　　发言人：任慧敏（女，省政协委员，九三学社山西省委会副主委，太原理工大学经济管理学院教授）代表九三学社山西省委会");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("任慧敏") && "九三学社山西省委员会".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("任慧敏") && "太原理工大学经济管理学院".equals(h.organization())), held.toString());
        assertTrue(held.stream().noneMatch(h -> h.title().equals("发言人")), "speaking at a session is no office: " + held);
        List<PositionHeld> seconded = positions("作者：顾立新（江苏省商务厅派驻，挂职青海曹家堡综合保税区管委会副主任）\n　　早上七点半从西宁出发。");
        assertTrue(seconded.stream().anyMatch(h -> h.person().equals("顾立新") && "青海曹家堡综合保税区管理委员会".equals(h.organization())),
                "after who sent the cadre: " + seconded);
    }

    @Test
    void aLeadersListsOfficeAfterANoteOnThePersonAndSpacesIsTheirs() {
        List<PositionHeld> held = positions("甘肃省人民政府关于省政府领导同志工作分工的通知\n　　马永福（回族）　副省长\n　　负责民族、宗教方面工作。\n"
                + "　　邵佳宁（女）　副省长\n　　负责教育方面工作。");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("马永福") && h.title().equals("副省长") && "甘肃省人民政府".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("邵佳宁") && h.title().equals("副省长")), held.toString());
    }

    @Test
    void inAListedFirmsNoticeUnderItsCodesLineABoardsOfficeIsTheFirmsAndEachCandidateElectedIsFound() {
        String text = "证券代码：688797　　证券简称：海陵生物　　公告编号：2024-032\n\n江苏海陵生物医药股份有限公司\n2023年年度股东大会决议公告\n\n"
                + "　　本次会议由公司董事会召集，董事长顾振东主持。\n"
                + "6、选举第四届董事会非独立董事：顾振东得票186,215,420票，占99.8863%；严晓红得票186,190,208票，占99.8728%。均当选。";
        List<PositionHeld> held = positions(text);
        assertTrue(held.stream().anyMatch(h -> h.person().equals("顾振东") && h.title().equals("董事长") && "江苏海陵生物医药股份有限公司".equals(h.organization())), held.toString());
        List<EntityMention> m = new AnalyzedDocumentView(text).mentions;
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals("严晓红")), "得票 follows a name: " + m);
        List<PositionHeld> twoCodeLines = positions("股票代码：688797　　股票简称：海陵生物\n债券代码：118032　　债券简称：海陵转债\n\n"
                + "　　江苏海陵生物医药股份有限公司\n2023年年度股东大会决议公告\n\n　　本次会议由公司董事会召集，董事长顾振东主持。");
        assertTrue(twoCodeLines.stream().anyMatch(h -> h.person().equals("顾振东") && "江苏海陵生物医药股份有限公司".equals(h.organization())),
                "under two lines of codes, an indented title: " + twoCodeLines);
    }

    @Test
    void aBareCustomsHeadIsTheHeadOfTheOneCustomsOfficeNamedBefore() {
        List<PositionHeld> held = positions("乌鲁木齐海关2025年政府信息公开工作年度报告\n　　2025年，乌鲁木齐海关持续加强政府信息公开工作。关长努尔兰·吐尔逊主持召开会议；副关长王晓峰分管政务公开。");
        assertTrue(held.stream().anyMatch(h -> h.person().equals("努尔兰·吐尔逊") && "乌鲁木齐海关".equals(h.organization())), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("王晓峰") && "乌鲁木齐海关".equals(h.organization())), held.toString());
        List<PositionHeld> two = positions("天津海关与北京海关签署协议。关长赵革出席。");
        assertTrue(two.stream().noneMatch(h -> h.person().equals("赵革") && h.organization() != null), "of two offices, neither is sure: " + two);
    }

    @Test
    void aTitleOpeningBracketsAfterABodyOrItsPartyBranchIsHeldThere() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("签约单位包括：重庆涪江精密机械有限公司党支部（书记 何俊）、天津大学（校长 李明）。");
        assertEquals("重庆涪江精密机械有限公司", organizationOf(doc, "何俊"), doc.positions.toString());
        assertEquals("天津大学", organizationOf(doc, "李明"), doc.positions.toString());
    }

    @Test
    void namesListedAfterASpacedTitleShareItAndTheNextTitleIsTheNextNames() {
        List<PositionHeld> held = positions("出席会议的有副市长 王强、李明，秘书长 赵刚。附：本案承办人员　关员 区嘉颖、黄卓然。");
        assertEquals(List.of("副市长"), titlesOf(held, "李明"), held.toString());
        assertEquals(List.of("秘书长"), titlesOf(held, "赵刚"), held.toString());
        assertEquals(List.of("关员"), titlesOf(held, "黄卓然"), "several hold a staff rank: " + held);
        List<PositionHeld> single = positions("出席会议的有集团总会计师王平、李红。");
        assertEquals(List.of(), titlesOf(single, "李红"), "one holds a chief accountant's office: " + single);
        List<PositionHeld> ranked = positions("参加评审的有高级工程师王平、李红。");
        assertEquals(List.of("高级工程师"), titlesOf(ranked, "李红"), "a ranked staff title is shared: " + ranked);
        List<PositionHeld> next = positions("参会人员：王强，秘书长 赵刚。");
        assertEquals(List.of(), titlesOf(next, "王强"), "the title before a spaced name is that name's: " + next);
    }

    @Test
    void aCourtsCommitteeAndDivisionsChainedToItsTitleAreItsAndAJudgesRankTheCourts() {
        List<PositionHeld> held = positions("五、任命：\n　　沈立峰为吉林省高级人民法院副院长、审判委员会委员；\n"
                + "　　崔明姬为吉林省高级人民法院审判委员会委员、民事审判第二庭庭长、审判员；\n"
                + "　　白雪梅为吉林省人民检察院副检察长、检察委员会委员、检察员；\n　　陈宇航为长春铁路运输检察分院检察长。");
        java.util.Map<String, String> of = new java.util.HashMap<>();
        held.forEach(h -> of.put(h.person() + " " + h.title(), h.organization()));
        assertEquals("吉林省高级人民法院审判委员会", of.get("沈立峰 审判委员会委员"), held.toString());
        assertEquals("吉林省高级人民法院民事审判第二庭", of.get("崔明姬 民事审判第二庭庭长"), held.toString());
        assertEquals("吉林省高级人民法院", of.get("崔明姬 审判员"), held.toString());
        assertEquals("吉林省人民检察院检察委员会", of.get("白雪梅 检察委员会委员"), held.toString());
        assertEquals("吉林省人民检察院", of.get("白雪梅 检察员"), held.toString());
        assertTrue(held.stream().anyMatch(h -> h.person().equals("陈宇航") && h.organization() != null && h.organization().endsWith("铁路运输检察分院")), held.toString());
        // In the congress's own paper, with the tagger reading no body in 审判委员会, the member is still the court committee's.
        List<PositionHeld> inTheCongresssPaper = positions("吉林省人民代表大会常务委员会会议表决通过了《吉林省黑土地保护条例（修订）》"
                + "《吉林省中国（长春）跨境电子商务综合试验区促进条例》，表决通过了关于批准《延边朝鲜族自治州朝鲜族文化保护条例（修正）》的决定，"
                + "表决通过了人事任免事项。\n　　五、任命：\n　　沈立峰为吉林省高级人民法院副院长、审判委员会委员；");
        assertTrue(inTheCongresssPaper.stream().anyMatch(h -> h.person().equals("沈立峰") && "吉林省高级人民法院审判委员会".equals(h.organization())),
                inTheCongresssPaper.toString());
    }

    @Test
    void aCompanysPartyCommitteeOrBoardIsTheCompanysNoBodyOfItsOwn() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("河南省机场集团有限公司党委书记、董事长张健会见了来访客人。");
        assertTrue(doc.mentions.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT), doc.mentions.toString());
        assertTrue(EntityFixture.has(doc.mentions, EntityType.COMPANY, "河南省机场集团有限公司"), doc.mentions.toString());
        assertEquals(List.of("河南省机场集团有限公司", "河南省机场集团有限公司"),
                doc.positions.stream().filter(h -> h.person().equals("张健")).map(PositionHeld::organization).toList(), doc.positions.toString());
        List<EntityMention> board = mentions("上海市副市长会见了德国西门子股份公司管理委员会成员。");
        assertTrue(board.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT), "a company's board: " + board);
    }

    @Test
    void aTransliteratedNameAfterATitleStartsAfterTheTitleAndEndsWithItsLastWord() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("上海市副市长华源会见了德国西门子股份公司管理委员会成员、首席技术官彼得·科尔特。");
        assertTrue(doc.hasPerson("彼得·科尔特"), doc.mentions.toString());
        assertEquals(List.of("首席技术官"), titlesOf(doc.positions, "彼得·科尔特"));
    }

    @Test
    void aZonesInvestmentPromotionBureauNamedAloneIsTheZonesAndSoIsTheOfficeHeldInIt() {
        List<PositionHeld> p = positions("经天津港保税区管委会研究决定，聘任刘芳为投资促进局局长。");
        assertEquals(List.of("天津港保税区投资促进局"), p.stream().filter(h -> h.person().equals("刘芳")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aMinistrysDepartmentMayHaveALongName() {
        List<PositionHeld> p = positions("海关总署自由贸易区和特殊区域发展司司长王建介绍。");
        assertEquals(List.of("海关总署自由贸易区和特殊区域发展司"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aBureauOfASpecialRegionsGovernmentOrAMinistrysCentreIsTheBodyOfTheTitleAfterIt() {
        List<PositionHeld> p = positions("澳门特别行政区政府经济及科技发展局局长戴建业出席。香港特别行政区政府投资推广署署长刘明说。"
                + "科技部火炬高技术产业开发中心主任贾敬敦表示。科技部在北京召开会议中心工作部署。");
        assertEquals(List.of("澳门特别行政区政府经济及科技发展局", "香港特别行政区政府投资推广署", "科技部火炬高技术产业开发中心"),
                p.stream().map(PositionHeld::organization).toList(), p.toString());
        assertTrue(mentions("科技部在北京召开会议中心工作部署。").stream().noneMatch(x -> x.text().contains("在北京")), "a clause is no centre's name");
        assertTrue(EntityFixture.has(mentions("科技部火炬中心与华为公司签约。"), EntityType.GOVERNMENT, "科技部火炬中心"), "a department read into a clause gives way");
    }

    @Test
    void aForeignCitysDeputyMayorIsNoHomeGovernmentsOfficer() {
        List<PositionHeld> p = positions("重庆市商务委员会发布。武汉市与德国杜伊斯堡市签署备忘录。杜伊斯堡市副市长埃娃·施密特率代表团参观。");
        assertEquals(java.util.Arrays.asList((String) null), p.stream().filter(h -> h.person().equals("埃娃·施密特")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aHeadOnALineOfAPartysDescriptionHoldsTheOfficeAtThePartyNamedAbove() {
        List<PositionHeld> p = positions("二、投资协议主体的基本情况\n\n名称：重庆西永综合保税区管理委员会\n\n性质：地方政府派出机构\n\n负责人：熊砚秋（主任）\n\n"
                + "三、投资标的基本情况\n\n1.公司名称：重庆德泓智联电子科技有限公司\n\n2.企业类型：有限责任公司\n\n3.注册资本：人民币30000万元\n\n4.法定代表人：贺启元\n");
        assertEquals(List.of("重庆西永综合保税区管理委员会"), p.stream().filter(h -> h.person().equals("熊砚秋")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("重庆德泓智联电子科技有限公司"), p.stream().filter(h -> h.person().equals("贺启元")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aTenderPartysOfficesAreHeldAtTheParty() {
        List<PositionHeld> p = positions("招标代理机构：四川正衡工程项目管理有限公司\n地址：成都市武侯区人民南路四段27号\n项目负责人：杨晓琳　　联系电话：028-85562093\n"
                + "中标人：四川天衡智建科技有限公司\n中标价格：2,836.57万元\n项目经理：罗建平（一级注册建造师）\n"
                + "第二中标候选人：成都锦程数智工程有限公司，投标报价2,871.20万元，项目经理邓晓军，综合得分88.64分；\n");
        assertEquals(List.of("四川正衡工程项目管理有限公司"), p.stream().filter(h -> h.person().equals("杨晓琳")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("四川天衡智建科技有限公司"), p.stream().filter(h -> h.person().equals("罗建平")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("成都锦程数智工程有限公司"), p.stream().filter(h -> h.person().equals("邓晓军")).map(PositionHeld::organization).toList(), p.toString());
        List<PositionHeld> oneLine = positions("采购人：四川大学　采购代理机构：四川正衡工程项目管理有限公司　项目负责人：杨晓琳\n");
        assertTrue(oneLine.stream().noneMatch(h -> h.person().equals("杨晓琳") && "四川大学".equals(h.organization())), "the last party's label before the office: " + oneLine);
    }

    @Test
    void aBareCompanyUnderALineThatNamesAFirmAloneIsThatFirm() {
        List<PositionHeld> p = positions("📍甘肃丝路陆港冷链物流有限公司\n主打进口牛羊肉的保税冷链仓储，一期冷库容量达1.5万吨。\n公司总经理马海龙告诉记者：“时间至少省了两天！”");
        assertEquals(List.of("甘肃丝路陆港冷链物流有限公司"), p.stream().filter(h -> h.person().equals("马海龙")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aPapersPageLineNamesTheOutletItsReportersWriteFor() {
        List<PositionHeld> p = positions("开放前沿聚新能——我省综合保税区一线观察\n《云南日报》2024年12月9日　第3版　本报记者　杨丽萍　段晓东\n初冬时节，记者走进昆明综合保税区。");
        assertEquals(List.of("云南日报"), p.stream().filter(h -> h.person().equals("杨丽萍")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("云南日报"), p.stream().filter(h -> h.person().equals("段晓东")).map(PositionHeld::organization).toList(), "the byline's second name: " + p);
        List<PositionHeld> plain = positions("专访\n《黑龙江日报》2024年9月2日　第5版　记者　孟庆辉　王雪\n哈尔滨片区发展迅速。");
        assertEquals(List.of("黑龙江日报"), plain.stream().filter(h -> h.person().equals("王雪")).map(PositionHeld::organization).toList(), plain.toString());
        List<PositionHeld> bare = positions("台湾青年创业就业见闻\n福州日报　2024-04-22　记者　郑晓岚　实习生　林雨萱\n清晨七点，台湾青年打开了咖啡工作室。");
        assertEquals(List.of("福州日报"), bare.stream().filter(h -> h.person().equals("林雨萱")).map(PositionHeld::organization).toList(), "no title marks: " + bare);
        List<PositionHeld> section = positions("来源：延边日报　　2024年7月12日　　第02版：综合新闻\n　　本报讯（记者 金哲洙 崔明花）　7月10日上午，一辆卡车驶出。");
        assertEquals(List.of("延边日报"), section.stream().filter(h -> h.person().equals("崔明花")).map(PositionHeld::organization).toList(), "a page's section is no outlet: " + section);
    }

    @Test
    void anInternInABylineWritesForTheOutlet() {
        List<PositionHeld> p = positions("两江新区开放通道越跑越宽\n\n来源：重庆日报  记者 冉静怡 实习生 邹子航\n\n两江新区发布数据。");
        assertEquals(List.of("重庆日报"), p.stream().filter(h -> h.person().equals("邹子航")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void titlesOfWorksMinesFarmsHospitalsAndVillagesAreOffices() {
        List<PositionHeld> p = positions("该厂厂长王立新说。副厂长李红参加。村支书刘海说。矿长孙伟表示。主任医师周敏说。村委会主任张大山介绍。高级工程师李明说。");
        assertEquals(List.of("厂长", "副厂长", "村支书", "矿长", "主任医师", "村委会主任", "高级工程师"), p.stream().map(PositionHeld::title).toList(), p.toString());
    }

    @Test
    void aDivisionOfABodyIsTheOfficeOfTheTitleAfterIt() {
        String text = "广西壮族自治区南宁市。验收组成员包括：南宁海关自贸区和特殊区域发展处处长韦志刚、自治区发展改革委开放合作处副处长陆海鹏、"
                + "自治区市场监管局登记注册局二级主任科员莫晨等。";
        List<PositionHeld> p = positions(text);
        assertEquals(List.of("南宁海关自贸区和特殊区域发展处", "广西壮族自治区发展和改革委员会开放合作处", "广西壮族自治区市场监督管理局登记注册局"),
                p.stream().map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = mentions(text);
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), "a division's field is no zone: " + m);
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.POSITION && x.text().equals("二级主任科员"))
                && m.stream().noneMatch(x -> x.type() == EntityType.POSITION && x.text().equals("科员")), "a rank is one title: " + m);
    }

    @Test
    void twoBodiesInOneClauseAreNoDivision() {
        List<EntityMention> m = mentions("镇政府将会同县人力社保局研究。友谊关海关及凭祥市公安局联合执法。");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("将会同") || x.text().contains("及")), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "友谊关海关") && EntityFixture.has(m, EntityType.GOVERNMENT, "凭祥市公安局"), m.toString());
    }

    @Test
    void aUnitOfAFirmBeforeTheTitleIsPartOfTheOfficeHeldAtTheFirm() {
        List<PositionHeld> p = positions("长飞光纤光缆股份有限公司（601869.SH）光纤拉丝车间主任张立华带领班组攻关。"
                + "烽火通信科技股份有限公司光传输产品线总监王珊珊表示。");
        assertEquals(List.of("光纤拉丝车间主任"), titlesOf(p, "张立华"), p.toString());
        assertEquals(List.of("长飞光纤光缆股份有限公司", "烽火通信科技股份有限公司"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aGeneralOfficeAfterATitleOfItsBodyIsThatBodysOffice() {
        List<PositionHeld> p = positions("吉林省人民政府召开会议。出席会议的有：省政府副秘书长、办公厅党组成员宋海涛；省自然资源厅总规划师王德华。");
        assertEquals(List.of("吉林省人民政府", "吉林省人民政府办公厅"),
                p.stream().filter(h -> h.person().equals("宋海涛")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("省自然资源厅总规划师"), titlesOf(p, "王德华"), p.toString());
    }

    @Test
    void aBylinesNamesSetOffBySpacesAndTheOutletBeforeADatedDateline() {
        List<PositionHeld> p = positions("浙江在线 7月9日讯（记者 楼佳颖  通讯员 吴晓波 金旭）晚上8点，直播间同时亮灯。");
        assertEquals("浙江在线", p.stream().filter(h -> h.person().equals("楼佳颖")).map(PositionHeld::organization).findFirst().orElse(null), p.toString());
        assertEquals(List.of("通讯员"), titlesOf(p, "金旭"), p.toString());
        List<EntityMention> m = mentions("据了解，直播间 亮灯 时间为晚上8点。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), "spaces outside a byline separate no names: " + m);
    }

    @Test
    void theRegionsChairmanInARegionsDocumentHeadsTheRegionsGovernment() {
        List<PositionHeld> p = positions("自治区党委书记刘宁、自治区主席蓝天立在南宁会见了越南客人。");
        assertEquals(List.of("广西壮族自治区人民政府"), p.stream().filter(h -> h.person().equals("蓝天立")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void theHeadAfterAZonesPartyWorkingCommitteeHeadsItsManagementCommittee() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("浙江自贸试验区舟山片区管委会党工委书记、主任何中伟与客人座谈。钱塘区委副书记、区长孙旭东见证签约。");
        assertEquals(List.of("中国(浙江)自由贸易试验区舟山片区管理委员会"),
                doc.positions.stream().filter(h -> h.person().equals("何中伟") && h.title().equals("主任")).map(PositionHeld::organization).toList(), doc.positions.toString());
        assertEquals("中国(浙江)自由贸易试验区舟山片区管理委员会", EntityFixture.canonicalOf(doc.mentions, "浙江自贸试验区舟山片区管委会"));
        assertTrue(doc.hasPerson("孙旭东"), doc.mentions.toString());
        List<PositionHeld> street = positions("街道党工委书记、主任王刚主持召开会议。");
        assertTrue(street.stream().noneMatch(h -> h.organization() != null && h.organization().contains("管理委员会")), "a subdistrict has no 管委会: " + street);
    }

    @Test
    void theHeadOfHongKongsTradeCouncilHoldsThatOffice() {
        List<PositionHeld> p = positions("前海管理局局长王锦侠与香港贸发局总裁刘会平19日在前海签署合作备忘录。");
        assertEquals(List.of("香港贸易发展局"), p.stream().filter(h -> h.person().equals("刘会平")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> zealand = mentions("新西兰贸易发展局在上海举办推介会，贸发局负责人表示将扩大合作。");
        assertTrue(zealand.stream().noneMatch(x -> x.canonical().equals("香港贸易发展局")), "another country's 贸发局: " + zealand);
    }

    @Test
    void aMemberOfThePolitburoHoldsThatSeat() {
        List<PositionHeld> p = positions("中共中央政治局委员、国务院副总理何立峰出席开幕式。");
        assertEquals(List.of("中共中央政治局委员", "国务院副总理"), p.stream().filter(h -> h.person().equals("何立峰")).map(PositionHeld::title).toList(), p.toString());
    }

    @Test
    void aBareDistrictCommitteeIsTheOneDistrictWhoseCommitteeTheDocumentNamed() {
        List<PositionHeld> p = positions("黄岛区委书记孙永红主持会议。区委副书记、区长薄涛出席，区政府有关部门负责人参加。");
        assertEquals(List.of("黄岛区委", "黄岛区人民政府"), p.stream().filter(h -> h.person().equals("薄涛")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = mentions("黄岛区委书记孙永红主持会议。区委副书记、区长薄涛出席，区政府有关部门负责人参加。");
        assertEquals("黄岛区人民政府", EntityFixture.canonicalOf(m, "区政府"), m.toString());
        List<EntityMention> two = mentions("思明区委和湖里区委负责人出席。区委副书记李明参加。");
        assertEquals("区委", EntityFixture.canonicalOf(two, "区委"), "two districts' committees named: " + two);
        List<PositionHeld> cities = positions("自治区党委常委、南宁市委书记农融介绍情况。苏州市委书记刘小涛，市委副书记、市长吴庆文陪同。");
        assertEquals(List.of("苏州市委", "苏州市人民政府"), cities.stream().filter(h -> h.person().equals("吴庆文")).map(PositionHeld::organization).toList(),
                "of two cities' committees, the one its sentence names before it: " + cities);
        List<PositionHeld> visit = positions("苏州市委书记刘小涛会见南宁市委书记农融一行，市委副书记、市长吴庆文参加。");
        assertTrue(visit.stream().noneMatch(h -> h.person().equals("吴庆文") && h.organization() != null && h.organization().startsWith("南宁")),
                "host or guest, two cities' committees in the sentence: " + visit);
    }

    @Test
    void aTitleWordInsideANameOrAfterACountOfFilmsIsNoTitle() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("兴业银行首席经济学家鲁政委称，利率很正常。《荡寇》是余力为执导的第三部长片。");
        assertEquals(List.of("首席经济学家"), doc.mentions.stream().filter(m -> m.type() == EntityType.POSITION).map(EntityMention::text).toList(),
                doc.mentions.toString());
        assertTrue(doc.hasPerson("鲁政委"), doc.mentions.toString());
    }

    @Test
    void aHeadsTitleSharingTheMinistrysLastCharacterIsWrittenFromTheMinistrysName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("俄国防部长谢尔久科夫此前曾宣布裁军。该省保监局局长张兴说。");
        assertTrue(EntityFixture.has(doc.mentions, EntityType.POSITION, "俄国防部长"), doc.mentions.toString());
        assertEquals(List.of("俄罗斯国防部"), doc.positions.stream().filter(h -> h.person().equals("谢尔久科夫")).map(PositionHeld::organization).toList());
        assertTrue(EntityFixture.has(doc.mentions, EntityType.GOVERNMENT, "省保监局"), doc.mentions.toString());
    }

    @Test
    void aTradeNegotiatorIsATitleAndTheTitleChainedAfterItIsOfTheSameBody() {
        List<PositionHeld> p = positions("商务部国际贸易谈判代表兼副部长王受文会见了德国客人。");
        assertEquals(List.of("商务部", "商务部"), p.stream().filter(h -> h.person().equals("王受文")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aCountrysMinistryIsItsOwnAndItsHeadSharesTheLastCharacterOfItsName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("美国商务部长雷蒙多宣布加征关税，俄罗斯外交部发表声明，日本经济产业省表示关切。");
        assertTrue(doc.mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).map(EntityMention::canonical).toList()
                .containsAll(List.of("美国商务部", "俄罗斯外交部", "日本经济产业省")), doc.mentions.toString());
        assertTrue(doc.mentions.stream().noneMatch(m -> m.canonical().equals("商务部")), "not China's: " + doc.mentions);
        List<EntityMention> partly = mentions("美国司法部分领域存在问题。");
        assertTrue(partly.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT), "司法|部分: " + partly);
        assertEquals(List.of("美国商务部"), doc.positions.stream().filter(h -> h.person().equals("雷蒙多")).map(PositionHeld::organization).toList(),
                doc.positions.toString());
        assertEquals(List.of("外交部"), positions("外交部长王毅在北京会见了来访的法国外长。").stream().map(PositionHeld::organization).toList());
    }

    @Test
    void oneVerbOfAppointmentAppointsEveryNameOfTheListAfterIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(
                "经研究，决定任命刘伟为省商务厅厅长，王丽为省发展改革委副主任，陈强为省财政厅副厅长。免去赵明的省商务厅副厅长职务，孙亮为省商务厅副厅长。");
        assertEquals(List.of("省商务厅厅长"), titlesOf(doc.positions, "刘伟"));
        assertEquals(List.of("省发展改革委副主任"), titlesOf(doc.positions, "王丽"));
        assertEquals(List.of("省财政厅副厅长"), titlesOf(doc.positions, "陈强"));
        assertEquals(List.of(), titlesOf(doc.positions, "孙亮"), "an office left lends its verb to no one");
        AnalyzedDocumentView thinking = new AnalyzedDocumentView("任命刘伟为省商务厅厅长，会议认为，王丽为此做了大量工作。");
        assertEquals(List.of(), titlesOf(thinking.positions, "王丽"), "认为 names no one for anything: " + thinking.positions);
        List<EntityMention> verbs = mentions("选举时间定为11月5日，本次选举程序分为三个阶段，推选方式改为差额选举。");
        assertTrue(verbs.stream().noneMatch(m -> m.type() == EntityType.PERSON), "a verb ending in 为 ends no name: " + verbs);
    }

    @Test
    void itemsWithDottedNamesKeepTheHeadingsVerbForTheItemsAfterThem() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "　　任命：", "　　艾尔肯·吐尔逊为自治区发展和改革委员会副主任；",
                "　　马建新为自治区商务厅副厅长；", "　　阿依古丽·买买提为自治区外事办公室副主任；", "　　张铭为自治区统计局副局长。"));
        assertEquals(List.of("自治区商务厅副厅长"), titlesOf(doc.positions, "马建新"), doc.positions.toString());
        assertEquals(List.of("自治区统计局副局长"), titlesOf(doc.positions, "张铭"), doc.positions.toString());
    }

    @Test
    void theItemsOfANoticesListOfAppointmentsAppointUnderTheirHeadingsVerb() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "经2026年9月15日市政府第68次常务会议研究决定：", "一、任命",
                "汪晓梅为合肥市商务局局长；", "唐慧芳为合肥高新技术产业开发区管理委员会副主任，免去其合肥市科学技术局副局长职务；",
                "钱玉洁为合肥市统计局副局长。", "二、免去", "马俊峰的合肥市商务局局长职务，另有任用；", "苏婉清的合肥市统计局副局长职务。",
                "三、其他", "钱玉洁为此做了大量工作。"));
        assertEquals(List.of("合肥市商务局局长"), titlesOf(doc.positions, "汪晓梅"), doc.positions.toString());
        assertEquals(List.of("合肥高新技术产业开发区管理委员会副主任"), titlesOf(doc.positions, "唐慧芳"), "an office left is none held: " + doc.positions);
        assertEquals(List.of("合肥市统计局副局长"), titlesOf(doc.positions, "钱玉洁"), doc.positions.toString());
        assertTrue(doc.hasPerson("马俊峰") && doc.hasPerson("苏婉清"), "those removed are named too: " + doc.mentions);
        assertEquals(List.of(), titlesOf(doc.positions, "马俊峰"), "an office left: " + doc.positions);
        AnalyzedDocumentView decided = new AnalyzedDocumentView(String.join("\n", "决定任命：", "张明远为合肥市商务局局长；", "决定免去：",
                "王建国的合肥市商务局局长职务。"));
        assertEquals(List.of("合肥市商务局局长"), titlesOf(decided.positions, "张明远"), decided.positions.toString());
        assertEquals(List.of(), titlesOf(decided.positions, "王建国"), decided.positions.toString());
        AnalyzedDocumentView proposed = new AnalyzedDocumentView(String.join("\n", "根据江西省人民政府省长的提请，决定任命：",
                "刘承志为江西省人民政府副省长；", "何建国为江西省发展和改革委员会主任。"));
        assertEquals(List.of("江西省人民政府副省长"), titlesOf(proposed.positions, "刘承志"), "on whose proposal opens the heading: " + proposed.positions);
        assertEquals(List.of("江西省发展和改革委员会主任"), titlesOf(proposed.positions, "何建国"), proposed.positions.toString());
        AnalyzedDocumentView set = new AnalyzedDocumentView(String.join("\n", "根据选举法第十条的规定，市人大常委会会议决定设立仁怀市选举委员会，"
                + "主持代表选举工作，并任命：", "王德昌为仁怀市选举委员会主任；", "罗世勇、袁丽萍为仁怀市选举委员会副主任。"));
        assertEquals(List.of("仁怀市选举委员会主任"), titlesOf(set.positions, "王德昌"), "any clauses may open the heading: " + set.positions);
        assertEquals(List.of("仁怀市选举委员会副主任"), titlesOf(set.positions, "袁丽萍"), set.positions.toString());
    }

    @Test
    void aListsItemsIndentedWithFullWidthSpacesMayGiveTheSexAndPeopleAfterEachName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "一、决定任命：", "　　巴特尔为呼和浩特市发展和改革委员会主任；",
                "　　乌兰图雅（女，蒙古族）为呼和浩特市民族事务委员会主任；", "　　马文斌（回族）为呼和浩特市财政局局长。", "二、任命：",
                "　　其木格（女，蒙古族）为呼和浩特市中级人民法院副院长；",
                "　　宝音德力格尔（蒙古族）、陈思远、郭丽娜（女）为呼和浩特市中级人民法院审判员。"));
        assertEquals(List.of("呼和浩特市发展和改革委员会主任"), titlesOf(doc.positions, "巴特尔"), doc.positions.toString());
        assertEquals(List.of("呼和浩特市民族事务委员会主任"), titlesOf(doc.positions, "乌兰图雅"), doc.positions.toString());
        assertEquals(List.of("呼和浩特市财政局局长"), titlesOf(doc.positions, "马文斌"), doc.positions.toString());
        // HanLP reads 其/木/格 as words: the sex and people after them vouch for a name in such an item.
        assertEquals(List.of("呼和浩特市中级人民法院副院长"), titlesOf(doc.positions, "其木格"), doc.mentions.toString());
        for (String judge : List.of("宝音德力格尔", "陈思远", "郭丽娜")) {
            assertEquals(List.of("呼和浩特市中级人民法院审判员"), titlesOf(doc.positions, judge), judge + " in " + doc.positions);
        }
        List<EntityMention> prose = mentions("其中（女，蒙古族）为数不少。");
        assertTrue(prose.stream().noneMatch(m -> m.type() == EntityType.PERSON), "no item under a heading of appointments: " + prose);
    }

    @Test
    void aTitleThen为NamesItsHolderNotTheNameBeforeIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("投资合作局局长为卢佳琪，口岸物流局局长为马海龙。集团董事长为郭宏波，总经理为薛明。");
        assertEquals(List.of("口岸物流局局长"), titlesOf(doc.positions, "马海龙"), doc.positions.toString());
        assertTrue(titlesOf(doc.positions, "卢佳琪").stream().noneMatch(title -> title.contains("口岸物流局")), "not the next holder's: " + doc.positions);
        assertEquals(List.of("董事长"), titlesOf(doc.positions, "郭宏波"), doc.positions.toString());
        AnalyzedDocumentView award = new AnalyzedDocumentView("颁奖仪式上，副市长为王海等10名劳动模范颁发证书。");
        assertTrue(titlesOf(award.positions, "王海").isEmpty(), "为 giving something for the name: " + award.positions);
    }

    @Test
    void aLeadersPageGivesEachOneALineAndTheOfficesOnALabelledLineUnderIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "营口经济技术开发区领导分工", "", "王振东",
                "　　职务：营口市委常委，营口经济技术开发区党工委书记，鲅鱼圈区委书记", "　　分工：主持党工委全面工作。", "", "李慧敏（女）",
                "　　职务：党工委委员、管委会副主任", "　　分管：教育局、民政局。"));
        assertEquals(List.of("营口市委常委", "营口经济技术开发区党工委书记", "鲅鱼圈区委书记"), titlesOf(doc.positions, "王振东"), doc.positions.toString());
        assertEquals(List.of("党工委委员", "管委会副主任"), titlesOf(doc.positions, "李慧敏"), doc.positions.toString());
    }

    @Test
    void aLeadersListInColumnsGivesTheTitleToItsNameAndToTheNamesAloneOnTheLinesUnderIt() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "喀什综合保税区", "【领导名录】",
                "　　党工委书记　　　　　　艾尔肯·吐尔逊（2025年4月任）", "　　　　　　　　　　　　　王振国（2025年4月免）",
                "　　管委会副主任　　　　　　买买提江·艾合买提", "　　　　　　　　　　　　　　刘　洋（深圳援疆，挂职）",
                "【大事记】", "　　　　　　　张明到综保区调研。"));
        assertEquals(List.of("党工委书记"), titlesOf(doc.positions, "艾尔肯·吐尔逊"), doc.positions.toString());
        assertEquals(List.of(), titlesOf(doc.positions, "王振国"), "removed (免): " + doc.positions);
        assertEquals("喀什综合保税区管理委员会", organizationOf(doc, "刘洋"), doc.positions.toString());
        assertEquals(List.of(), titlesOf(doc.positions, "张明"), "no longer under the list: " + doc.positions);
        AnalyzedDocumentView prose = new AnalyzedDocumentView("　　党工委书记　　　　艾尔肯·吐尔逊\n　　　　王振东同志主持管委会日常工作。\n会议由副主任　　　　张建国主持。");
        assertEquals(List.of(), titlesOf(prose.positions, "王振东"), "a sentence under the list: " + prose.positions);
        assertEquals(List.of(), titlesOf(prose.positions, "张建国"), "spaces in a sentence: " + prose.positions);
    }

    @Test
    void aRoleTakenInAGroupTheSentenceSetsUpIsHeldThereAndNotByTheNextName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("中共南昌市委常委会召开会议\n会议决定，成立由市长龚文斌任组长，常务副市长刘志宏任副组长的市综合保税区发展领导小组。"
                + "成立以市长王海为组长、副市长张建国为副组长的市招商引资工作领导小组。");
        assertEquals("南昌市综合保税区发展领导小组", doc.positions.stream().filter(h -> h.person().equals("龚文斌") && h.title().equals("组长"))
                .map(PositionHeld::organization).findFirst().orElse(null), doc.positions.toString());
        assertTrue(titlesOf(doc.positions, "刘志宏").contains("副组长"), doc.positions.toString());
        assertEquals(List.of("副市长", "副组长"), titlesOf(doc.positions, "张建国"), "王海's 组长 is not his: " + doc.positions);
        AnalyzedDocumentView untitled = new AnalyzedDocumentView("会议决定，成立由王海任组长、张建国任副组长的市招商引资工作领导小组。");
        assertEquals(List.of("副组长"), titlesOf(untitled.positions, "张建国"), "once: " + untitled.positions);
        assertEquals("市招商引资工作领导小组", organizationOf(untitled, "张建国"), "with the group: " + untitled.positions);
        AnalyzedDocumentView noPlace = new AnalyzedDocumentView("驻马店市2025年度城市体检报告\n我市成立了由市长杜明远任组长、副市长高卫平任副组长的城市体检工作领导小组。");
        assertEquals("城市体检工作领导小组", noPlace.positions.stream().filter(h -> h.person().equals("杜明远") && h.title().equals("组长"))
                .map(PositionHeld::organization).findFirst().orElse(null), "a group for a work named after whom it is led by: " + noPlace.positions);
        assertTrue(noPlace.positions.stream().anyMatch(h -> h.person().equals("高卫平") && h.title().equals("副组长") && "城市体检工作领导小组".equals(h.organization())),
                noPlace.positions.toString());
        AnalyzedDocumentView kind = new AnalyzedDocumentView("关于做好城市体检工作的通知\n各县区要成立由政府主要负责同志任组长的专项工作领导小组。");
        assertTrue(kind.mentions.stream().noneMatch(m -> m.text().equals("专项工作领导小组")), "a kind of group is no body: " + kind.mentions);
        AnalyzedDocumentView wrapped = new AnalyzedDocumentView("出席会议的有：市长王海、\n副市长张建国、秘书长李明。");
        assertEquals(List.of("副市长"), titlesOf(wrapped.positions, "张建国"), "a list broken across lines: " + wrapped.positions);
    }

    @Test
    void aRoleTakenInAGroupTheSentenceSetUpBeforeIsHeldThere() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("湖北省交通运输厅关于做好春运工作的通知\n"
                + "厅成立2026年春运工作领导小组，厅党组书记、厅长谭永刚任组长，厅党组成员、副厅长余建华、雷明任副组长。");
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("谭永刚") && h.title().equals("组长") && h.organization().endsWith("春运工作领导小组")),
                doc.positions.toString());
        assertTrue(doc.positions.stream().anyMatch(h -> h.person().equals("雷明") && h.title().equals("副组长") && h.organization().endsWith("春运工作领导小组")),
                doc.positions.toString());
        AnalyzedDocumentView ledBy = new AnalyzedDocumentView("重庆市人民政府　重庆警备区关于2026年度征兵工作的命令\n"
                + "市征兵工作领导小组由副市长陈光明任组长，重庆警备区副司令员王守军、市政府副秘书长向丽华任副组长。");
        assertTrue(ledBy.positions.stream().anyMatch(h -> h.person().equals("王守军") && h.title().equals("副组长") && "重庆市征兵工作领导小组".equals(h.organization())),
                ledBy.positions.toString());
        // The army's commands are bodies, named after their place as written.
        assertEquals("重庆警备区", organizationOf(ledBy, "王守军"), ledBy.positions.toString());
        // A group named before but neither set up nor said to be led there gives nobody a role.
        AnalyzedDocumentView met = new AnalyzedDocumentView("市招商引资工作领导小组召开会议，副市长张建国任组长期间成效明显。");
        assertTrue(met.positions.stream().noneMatch(h -> h.title().equals("组长") && "市招商引资工作领导小组".equals(h.organization())), met.positions.toString());
        AnalyzedDocumentView formed = new AnalyzedDocumentView("市安全生产委员会由各成员单位抽调人员组成工作专班，李四任组长。");
        assertTrue(formed.positions.stream().noneMatch(h -> "市安全生产委员会".equals(h.organization()) || "安全生产委员会".equals(h.organization())),
                formed.positions.toString());
        // A kind of group any body may set up is no body's name.
        assertTrue(EntityFixture.mentions("各县区要成立相应工作领导小组，由县长任组长。").stream().noneMatch(x -> x.text().equals("相应工作领导小组")), "a kind of group");
    }

    @Test
    void anAnnouncementsOfficesLabelledUnderASubsidiarysNumberedHeadingAreTheSubsidiarys() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "宁波甬海智联科技股份有限公司关于投资设立全资子公司的公告",
                "　　为完善宁波甬海智联科技股份有限公司（以下简称“公司”）产业布局，公司拟设立子公司。", "二、投资标的基本情况",
                "　　（一）甬海智联（宁波梅山）供应链管理有限公司", "　　1.注册资本：人民币5,000万元", "　　2.法定代表人：俞晓峰",
                "　　3.经营范围：供应链管理服务；保税仓储；进出口代理；技术进出口；货物进出口；国际货物运输代理。", "　　4.出资方式：公司以货币出资，持股100%。",
                "　　5.拟任执行董事兼总经理：俞晓峰；监事：沈佳怡。"));
        String subsidiary = "甬海智联（宁波梅山）供应链管理有限公司";
        assertTrue(doc.positions.stream().filter(h -> h.person().equals("俞晓峰")).allMatch(h -> subsidiary.equals(h.organization())), doc.positions.toString());
        assertEquals(List.of("法定代表人", "执行董事", "总经理"), titlesOf(doc.positions, "俞晓峰"), doc.positions.toString());
        assertEquals(subsidiary, organizationOf(doc, "沈佳怡"), doc.positions.toString());
    }

    @Test
    void aCandidatesHeadsOnIndentedLabelledLinesAreTheCandidatesTheLabelAboveNames() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "智慧监管信息化平台建设项目中标候选人公示",
                "第一中标候选人：中电科技（成都）有限公司", "　　投标报价：2,298.16万元　　综合得分：92.47分", "　　项目负责人：邓文杰（一级建造师）",
                "第二中标候选人：四川天府云联科技股份有限公司", "　　项目负责人：贺明远"));
        assertEquals("中电科技（成都）有限公司", organizationOf(doc, "邓文杰"), doc.positions.toString());
        assertEquals("四川天府云联科技股份有限公司", organizationOf(doc, "贺明远"), doc.positions.toString());
    }

    @Test
    void aVillagesPartyBranchIsABodyAndItsSecretaryHoldsOfficeThere() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("江平镇巫头村党支部书记龚海燕说，村里发展很快。万尾村党总支书记、村委会主任苏春发介绍。");
        assertTrue(doc.mentions.stream().anyMatch(m -> m.type() == EntityType.GOVERNMENT && m.text().equals("巫头村党支部")), doc.mentions.toString());
        assertEquals("巫头村党支部", organizationOf(doc, "龚海燕"), doc.positions.toString());
        assertEquals("万尾村党总支", organizationOf(doc, "苏春发"), doc.positions.toString());
    }

    @Test
    void aTitleChainedToOneOfNoBodyIsStillTheHomeGovernmentsHead() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("云南代表团审议政府工作报告\n云南省代表团召开全体会议。代表团副团长、省长何绍林参加审议。");
        assertEquals("云南省人民政府", doc.positions.stream().filter(h -> h.person().equals("何绍林") && h.title().equals("省长"))
                .map(PositionHeld::organization).findFirst().orElse(null), doc.positions.toString());
        AnalyzedDocumentView visit = new AnalyzedDocumentView("云南日报讯　老挝琅勃拉邦省代表团访问昆明。代表团团长、省长坎蓬表示感谢。");
        assertTrue(visit.positions.stream().noneMatch(h -> "云南省人民政府".equals(h.organization())), "a visiting province's head: " + visit.positions);
    }

    @Test
    void anOfficeOpeningTheClauseRightAfterTheInstitutionANumberedItemOpensWithIsThatInstitutions() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "本次签约机构及负责人如下：",
                "　　1．中国农业大学三亚研究院种子生物技术中心，负责人黎明辉教授；", "　　2．华中农业大学海南崖州湾种业研究院，院长周文涛教授。",
                "海南大学代表，院长王明出席。"));
        assertEquals("中国农业大学三亚研究院种子生物技术中心", organizationOf(doc, "黎明辉"), doc.positions.toString());
        assertEquals("华中农业大学海南崖州湾种业研究院", organizationOf(doc, "周文涛"), doc.positions.toString());
        assertTrue(doc.positions.stream().noneMatch(h -> h.person().equals("王明") && "海南大学".equals(h.organization())), "no numbered item: " + doc.positions);
    }

    @Test
    void aCongressNoticesListsApproveCommitteeOfficesAndRemoveNamesHanLpGluedToTheirParticle() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "一、决定免去", "何振东的云南省商务厅厅长职务；",
                "周立新的云南省财政厅厅长职务。", "二、任命", "杨春燕为云南省人民代表大会财政经济委员会副主任委员；", "三、批准任命",
                "赵永祥为红河哈尼族彝族自治州人民检察院检察长。"));
        assertTrue(doc.hasPerson("何振东") && doc.hasPerson("周立新"), "HanLP reads 周立|新的: " + doc.mentions);
        assertEquals(List.of(), titlesOf(doc.positions, "周立新"), "an office left: " + doc.positions);
        assertEquals(List.of("云南省人民代表大会财政经济委员会副主任委员"), titlesOf(doc.positions, "杨春燕"), doc.positions.toString());
        assertEquals(List.of("红河哈尼族彝族自治州人民检察院检察长"), titlesOf(doc.positions, "赵永祥"), doc.positions.toString());
    }

    @Test
    void aCourtsBenchNamesItsJudgesAfterTheirTitlesInZoneDocumentsToo() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("西永综保区内仓储物毁损一案，合议庭由审判长高雯、审判员谭志峰、人民陪审员陈晓东组成。");
        assertTrue(doc.hasPerson("高雯") && doc.hasPerson("谭志峰") && doc.hasPerson("陈晓东"), doc.mentions.toString());
        assertEquals(List.of("人民陪审员"), titlesOf(doc.positions, "陈晓东"), doc.positions.toString());
    }

    @Test
    void aCommitteeOfTheCommitteeChainedToItsTitleIsThatCommittees() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("厦门市委常委会召开会议，市委常委、政法委书记苏建华，市委常委、县委书记李明出席。");
        assertEquals(List.of("市委常委", "政法委书记"), titlesOf(doc.positions, "苏建华"), doc.positions.toString());
        assertEquals("厦门市委政法委", doc.positions.stream().filter(p -> p.person().equals("苏建华") && p.title().equals("政法委书记"))
                .findFirst().orElseThrow().organization(), doc.positions.toString());
    }

    @Test
    void aBylinesReportersWriteForTheOutletItsDatelineNamesAndItsNamesStandApart() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("广西日报讯（记者　黄柳青　通讯员　覃晓敏）钦州港片区日前发布新举措。");
        assertEquals("广西日报", doc.positions.stream().filter(p -> p.person().equals("黄柳青")).findFirst().orElseThrow().organization(), doc.positions.toString());
        assertEquals(List.of("通讯员"), titlesOf(doc.positions, "覃晓敏"), doc.positions.toString());
        AnalyzedDocumentView three = new AnalyzedDocumentView("本报讯（记者　李娜　阿依古丽　王磊）第八届亚欧博览会开幕。");
        assertTrue(three.hasPerson("李娜") && three.hasPerson("阿依古丽") && three.hasPerson("王磊"), three.mentions.toString());
        assertEquals(List.of("记者"), titlesOf(three.positions, "王磊"), three.positions.toString());
        AnalyzedDocumentView site = new AnalyzedDocumentView("海盐新闻网讯（记者　张三）12日上午，海盐县融媒体中心报道。");
        assertTrue(EntityFixture.has(site.mentions, EntityType.ORGANIZATION, "海盐新闻网") && EntityFixture.has(site.mentions, EntityType.ORGANIZATION, "海盐县融媒体中心"),
                site.mentions.toString());
    }

    @Test
    void anOfficeTakenOnSecondmentIsHeldAndAnEnvoyIsHeldAtTheMissionOfTheCountryItsFormalNameSends() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("任命陈思远同志挂职任烟台市商务局副局长。日本国驻上海总领事田中浩二出席。");
        assertEquals(List.of("烟台市商务局副局长"), titlesOf(doc.positions, "陈思远"), doc.positions.toString());
        assertEquals("日本驻上海总领事馆", doc.positions.stream().filter(p -> p.person().equals("田中浩二")).findFirst().orElseThrow().organization(), doc.positions.toString());
    }

    @Test
    void anOfficeTakenAfterTheOneInBracketsIsHeldTooUnlessItsTermEnds() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView(String.join("\n", "经研究，同意下列同志挂职：",
                "陈思远（商务部外贸发展事务局综合处处长）挂职任烟台市商务局副局长，挂职时间一年；",
                "杨帆（济南市历下区人民政府副区长）挂职任烟台市科学技术局副局长期满，免去其挂职职务。"));
        assertEquals(List.of("商务部外贸发展事务局综合处处长", "烟台市商务局副局长"), titlesOf(doc.positions, "陈思远"), doc.positions.toString());
        assertEquals(List.of("济南市历下区人民政府副区长"), titlesOf(doc.positions, "杨帆"), doc.positions.toString());
    }

    @Test
    void aZonesOtherNameInBracketsBeforeItsCommitteeIsNoPartOfTheCommitteesName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("任命姜文博为烟台经济技术开发区（烟台黄渤海新区）管理委员会副主任。");
        assertEquals("烟台经济技术开发区管理委员会", doc.positions.get(0).organization(), doc.positions.toString());
        assertTrue(doc.mentions.stream().noneMatch(m -> m.type() == EntityType.ZONE && m.text().contains("（")), doc.mentions.toString());
        // So is the place an area lies in, before its committee or the committee's bureau; the short name links to it.
        AnalyzedDocumentView area = new AnalyzedDocumentView("受理机构：中国（河北）自由贸易试验区大兴机场片区（廊坊）管理委员会行政审批局。片区管委会行政审批局负责受理。");
        java.util.Set<String> bureaus = area.mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.text().endsWith("行政审批局"))
                .map(EntityMention::canonical).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("中国(河北)自由贸易试验区大兴机场片区管理委员会行政审批局"), bureaus, area.mentions.toString());
    }

    @Test
    void aNameHanLpGluedToTheCopulaAfterAnAppointingVerbIsStillTheName() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("省委常委会决定，提名张华为省人民政府副省长候选人。");
        assertTrue(doc.hasPerson("张华"), doc.mentions.toString());
        assertTrue(doc.mentions.stream().noneMatch(m -> m.text().contains("华为")), doc.mentions.toString());
        assertEquals(List.of(), titlesOf(doc.positions, "张华"), "a candidate holds no office yet");
    }

    @Test
    void aCompanyAppointingSomeoneIsTheCompanyOfTheOffice() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("昨日，中国平安发布公告称，公司董事会同意聘任谢永林为公司总经理。");
        assertTrue(doc.hasPerson("谢永林"), doc.mentions.toString());
        assertTrue(doc.mentions.stream().noneMatch(m -> m.type() == EntityType.COMPANY && m.text().contains("谢永林")), doc.mentions.toString());
        List<EntityMention> glued = mentions("任命期间，张华为公司带来了巨大收益。");
        assertTrue(glued.stream().noneMatch(m -> m.type() == EntityType.COMPANY), "HanLP's 张华为/nr and 公司 make a clause: " + glued);
        assertEquals(List.of("中国平安保险(集团)股份有限公司"),
                doc.positions.stream().filter(h -> h.person().equals("谢永林")).map(PositionHeld::organization).toList(), doc.positions.toString());
    }

    @Test
    void seniorAndRotatingCorporateTitlesAreTitlesOfTheCompany() {
        List<PositionHeld> p = positions("华为技术有限公司轮值董事长徐直军发布新芯片。腾讯公司高级副总裁汤道生表示，将加大投入。");
        assertEquals(List.of("华为技术有限公司轮值董事长"), titlesOf(p, "徐直军"));
        assertEquals(List.of("腾讯公司高级副总裁"), titlesOf(p, "汤道生"));
    }

    @Test
    void theSeatOfAnOrganizationIsNoBody() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("联合国秘书长古特雷斯在纽约联合国总部发表讲话。");
        assertTrue(doc.mentions.stream().noneMatch(m -> m.type() == EntityType.GOVERNMENT), doc.mentions.toString());
    }

    @Test
    void aRostersTitlesBeforeTheColonAreHeldByEveryNameAfterIt() {
        List<PositionHeld> p = positions("青岛前湾综合保税区管理委员会领导班子\n党工委书记、主任：王志刚\n党工委委员、副主任：孙明  赵丽华\n");
        assertEquals(List.of("党工委书记", "主任"), titlesOf(p, "王志刚"));
        assertEquals(List.of("党工委委员", "副主任"), titlesOf(p, "孙明"));
        assertEquals(List.of("党工委委员", "副主任"), titlesOf(p, "赵丽华"));
        assertEquals("青岛前湾综合保税区党工委", p.get(0).organization());
    }

    @Test
    void aBureauListedAfterAnotherBureausHeadIsItsPeerNoUnitOfIt() {
        List<PositionHeld> p = positions("成立漯河经济技术开发区有序用电工作领导小组：\n组 长：管委会主任 董志刚\n"
                + "成 员：经济发展局局长邵华、应急管理局局长闫东升、财政局副局长娄丽君、各街道办事处主任。");
        assertTrue(p.stream().noneMatch(x -> x.organization() != null && x.organization().contains("经济发展局应急管理局")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("闫东升") && x.organization() != null && x.organization().endsWith("应急管理局")), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("娄丽君") && x.organization() != null && x.organization().endsWith("财政局")), p.toString());
        // A unit of the body is still the body's: 梅山海关关长乐建国、综保区监管一科科长潘思远.
        List<PositionHeld> unit = positions("梅山海关关长乐建国、综保区监管一科科长潘思远出席。");
        assertTrue(unit.stream().anyMatch(x -> x.person().equals("潘思远") && x.organization() != null && x.organization().startsWith("梅山海关")), unit.toString());
    }

    @Test
    void theFirmOpeningAnItemOfAListOnALineHoldsTheOfficeInBracketsAfterTheItemsName() {
        List<PositionHeld> p = positions("五、重点企业防汛责任人\n湖南德山智能装备有限公司：彭国强（总经理）；常德沅澧食品有限公司：熊丽萍（副总经理）；"
                + "湖南湘北新材料股份有限公司：龙振宇（安全总监）。\n");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("熊丽萍") && "常德沅澧食品有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("龙振宇") && "湖南湘北新材料股份有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void aPersonInATablesColumnLabelledWithAnOfficeHoldsItAtTheFirmTheRowNames() {
        List<PositionHeld> p = positions("一、企业（单位）纳税人欠税情况\n"
                + "序号 纳税人名称 纳税人识别号 法定代表人（负责人） 经营地点 欠税税种 欠税余额（元） 其中：本期新发生欠税余额（元）\n"
                + "1 茂名市鼎晟石化物流有限公司 91440900MA51K3XR7K 邓伟强 茂名高新区七迳镇园区大道18号 增值税 1,286,457.62 312,880.00\n"
                + "2 广东茂石环保科技有限公司 91440900MA4UQ72N5B 林国栋 茂名高新区高新中心区科创路6号 企业所得税 608,215.40 0.00\n");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邓伟强") && x.title().equals("法定代表人") && "茂名市鼎晟石化物流有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("林国栋") && x.title().equals("法定代表人") && "广东茂石环保科技有限公司".equals(x.organization())), p.toString());
        // The row's subject, not its host (依托单位); a label in ASCII brackets too.
        List<PositionHeld> labs = positions("序号 实验室名称 依托单位 实验室主任(负责人) 备注\n"
                + "1 河北省先进轨道交通装备重点实验室 中车唐山机车车辆有限公司 杜振国 无\n");
        assertTrue(labs.stream().anyMatch(x -> x.person().equals("杜振国") && x.title().equals("实验室主任")
                && "河北省先进轨道交通装备重点实验室".equals(x.organization())), labs.toString());
        assertTrue(labs.stream().noneMatch(x -> "中车唐山机车车辆有限公司".equals(x.organization())), labs.toString());
    }

    @Test
    void anOfficeSaidOnATablesRowWithNoInstitutionIsHeldAtTheOneTheRowNamesInACellBeforeIt() {
        List<PositionHeld> p = positions("序号　装备名称　申报单位　所在地　技术负责人\n"
                + "1　百万吨级二氧化碳捕集离心压缩机组　沈阳北方透平装备股份有限公司　沈阳市　副总经理、总工程师　邵立波\n"
                + "2　船用LNG燃料供气系统　葫芦岛渤船重工配套有限公司　葫芦岛市　副总工程师　迟文博\n");
        assertTrue(p.stream().filter(x -> x.person().equals("邵立波")).allMatch(x -> "沈阳北方透平装备股份有限公司".equals(x.organization()))
                && p.stream().filter(x -> x.person().equals("邵立波")).count() == 2, p.toString());
        assertEquals("葫芦岛渤船重工配套有限公司", p.stream().filter(x -> x.person().equals("迟文博")).map(PositionHeld::organization).findFirst().orElse(null), p.toString());
        // The institution alone before the office; one after it too (推荐单位 … 工作单位) leaves the row unsaid.
        List<PositionHeld> alone = positions("单位　职务　姓名\n沈阳北方透平装备股份有限公司　副总经理　邵立波\n");
        assertEquals("沈阳北方透平装备股份有限公司", alone.stream().filter(x -> x.person().equals("邵立波")).map(PositionHeld::organization).findFirst().orElse(null), alone.toString());
        List<PositionHeld> bracketed = positions("序号　企业名称　隐患内容　责任人　监管部门\n1　宁夏恒盛化工有限公司　液氯储罐区未按规定设置紧急切断装置　王志军（董事长）　开发区应急管理局\n");
        assertEquals("宁夏恒盛化工有限公司", bracketed.stream().filter(x -> x.person().equals("王志军")).map(PositionHeld::organization).findFirst().orElse(null),
                "an office in brackets after the name: " + bracketed);
        // Two institutions on the row: which one the office is held at, the row does not say.
        List<PositionHeld> two = positions("序号　项目名称　牵头单位　合作单位　负责人\n"
                + "1　船用LNG燃料供气系统　葫芦岛渤船重工配套有限公司　大连海创智能装备有限公司　副总工程师　迟文博\n");
        assertTrue(two.stream().anyMatch(x -> x.title().equals("副总工程师"))
                && two.stream().filter(x -> x.title().equals("副总工程师")).allMatch(x -> x.organization() == null), two.toString());
    }

    @Test
    void aTablesHeaderMayGiveUnitsAndKindsAndTheUnitRunningAListedPlaceHoldsTheOffice() {
        // A label's unit in brackets, a kind's label (所属领域) after the names' column.
        List<PositionHeld> firms = positions("序号 企业名称 法定代表人 所属领域 2025年营业收入（万元） 近三年营业收入年均增长率\n"
                + "1 河源市丰达智能科技有限公司 钟振华 电子信息 86420 38.6%\n2 广东龙川精密光电有限公司 黄明辉 光电显示 52310 31.2%\n");
        assertTrue(firms.stream().anyMatch(x -> x.person().equals("黄明辉") && x.title().equals("法定代表人") && "广东龙川精密光电有限公司".equals(x.organization())), firms.toString());
        // A long label after the names' column is no name, so no form's value.
        List<PositionHeld> funded = positions("序号 项目名称 承担单位 项目负责人 拟资助金额（万元）\n1 大尺寸光伏组件封装胶膜研发 江苏中宜新材料科技有限公司 蒋振宇 150\n");
        assertTrue(funded.stream().anyMatch(x -> x.person().equals("蒋振宇") && "江苏中宜新材料科技有限公司".equals(x.organization())), "a sum's label with its unit: " + funded);
        List<PositionHeld> entered = positions("序号 项目名称 参赛单位（团队） 项目负责人\n1 高比能钠离子电池正极材料产业化 江西钠川新能源科技有限公司 饶志远\n");
        assertTrue(entered.stream().anyMatch(x -> x.person().equals("饶志远") && "江西钠川新能源科技有限公司".equals(x.organization())), "an entrant unit: " + entered);
        List<PositionHeld> fined = positions("序号 企业名称 统一社会信用代码 法定代表人 处罚决定书文号 处罚事由 罚款金额（万元）\n"
                + "1 湖南宁坤新能源材料有限公司 91430182MA4T6K2R7E 侯振宇 长环宁罚〔2025〕31号 未按规定运行废气处理设施 12.6\n");
        assertTrue(fined.stream().anyMatch(x -> x.person().equals("侯振宇") && "湖南宁坤新能源材料有限公司".equals(x.organization())), fined.toString());
        // A listed place is no institution: the unit that runs it is the one its 负责人 heads.
        List<PositionHeld> shelters = positions("序号 场所名称 地址 类别 有效避难面积（平方米） 可容纳人数（人） 管理单位 负责人 联系电话\n"
                + "1 百色高新区体育公园 龙景街道东笋路与城东大道交会处 Ⅱ类 32000 12000 百色高新区社会事务局 黄秀莲 0776-2822105\n");
        assertTrue(shelters.stream().anyMatch(x -> x.person().equals("黄秀莲") && x.title().equals("负责人") && x.organization() != null
                && x.organization().endsWith("社会事务局")), shelters.toString());
        // A head named by the kind of institution the row lists heads that one, not the unit hosting it.
        List<PositionHeld> labs = positions("序号 实验室名称 依托单位 负责人 备注\n1 智能传感重点实验室 河北工业大学 苏晓蕾 无\n");
        assertTrue(labs.stream().noneMatch(x -> "河北工业大学".equals(x.organization())), "a host runs nothing: " + labs);
        // A legal representative is the named party's only, never the fining body's.
        List<PositionHeld> shop = positions("序号 当事人名称 法定代表人 处罚决定书文号 执法单位\n1 宁乡市张记五金店 张建国 宁环罚〔2025〕3号 长沙市生态环境局\n");
        assertTrue(shop.stream().noneMatch(x -> "长沙市生态环境局".equals(x.organization())), shop.toString());
        // A form's line pairs each label with its value: no header.
        assertTrue(positions("姓名 张三 性别 男 职务 负责人\n姓名 李四 性别 女 职务 负责人\n").stream().noneMatch(x -> x.person().equals("李四") && x.organization() != null));
    }

    @Test
    void aRoleInANamedGroupTakenByOneNamedWithAnOfficeIsHeldAsWellAsThatOffice() {
        List<PositionHeld> p = positions("县长李明任县疫情防控工作指挥部指挥长。副县长王强担任县乡村振兴领导小组副组长。\n");
        assertEquals(List.of("县长", "县疫情防控工作指挥部指挥长"), titlesOf(p, "李明"), p.toString());
        assertEquals(List.of("副县长", "县乡村振兴领导小组副组长"), titlesOf(p, "王强"), p.toString());
        // Led by one named after it: 由…任指挥长.
        List<PositionHeld> led = positions("县疫情防控工作指挥部由县长李明任指挥长。\n");
        assertTrue(led.stream().anyMatch(x -> x.person().equals("李明") && x.title().equals("指挥长") && "县疫情防控工作指挥部".equals(x.organization())), led.toString());
        // Another office taken so may be a move: only the office named before is read.
        assertEquals(List.of("副市长"), titlesOf(positions("副市长王五任市长。\n"), "王五"));
    }

    @Test
    void aFloodControlHeadquartersRosterGivesItsRolesAtTheHeadquartersTheHeadingNames() {
        List<PositionHeld> p = positions("一、区防汛抗旱指挥部\n指 挥 长：龚建平 常德经济技术开发区党工委副书记\n常务副指挥长：向明辉 常德经济技术开发区党工委委员\n"
                + "常德经济技术开发区防汛抗旱指挥部\n");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("向明辉") && x.title().equals("常务副指挥长")
                && "常德经济技术开发区防汛抗旱指挥部".equals(x.organization())), p.toString());
    }

    @Test
    void aGroupsRosterGivesTheRoleBeforeTheColonAndTheOfficesAfterTheName() {
        List<PositionHeld> p = positions("关于调整省春运工作领导小组成员的通知\n经省政府同意，现将调整后的领导小组成员名单通知如下：\n"
                + "组　长：刘振国　省政府副省长\n副组长：邢　伟　省交通运输厅厅长\n关　越　省公安厅副厅长\n成　员：丛　林　省发展改革委副主任\n"
                + "王建华　省商务厅副厅长\n湖北省人民政府办公厅\n");
        assertEquals(List.of("组长", "省政府副省长"), titlesOf(p, "刘振国"), p.toString());
        assertEquals(List.of("副组长", "省交通运输厅厅长"), titlesOf(p, "邢伟"));
        // A name opening the line under a role's line (indented to the names, which intake does not keep) holds that role too.
        assertEquals(List.of("副组长", "省公安厅副厅长"), titlesOf(p, "关越"));
        List<PositionHeld> prose = positions("成立某某工作领导小组。\n副组长：李小红　副市长\n王明任领导小组办公室主任。\n");
        assertTrue(prose.stream().noneMatch(x -> x.person().equals("王明") && x.title().equals("副组长")), "a line of prose is no roster row: " + prose);
        // A common word spaced out to a name's width (丛林) is a name where offices after it end the line; 成　员, spaced out to
        // the labels' width, makes the names under it the group's members.
        assertEquals(List.of("成员", "省发展改革委副主任"), titlesOf(p, "丛林"));
        assertEquals(List.of("成员", "省商务厅副厅长"), titlesOf(p, "王建华"));
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邢伟") && "湖北省交通运输厅".equals(x.organization())), p.toString());
    }

    @Test
    void aHeadsOfficeHeldAtAPlaceIsHeldAtItsGovernmentTheDocumentNames() {
        List<PositionHeld> p = positions("天津市静海区人民政府印发民心工程。区委副书记、区长刘卫东任组长，常务副区长赵永刚任副组长。");
        assertTrue(p.stream().anyMatch(h -> h.person().equals("刘卫东") && h.title().equals("区长") && "天津市静海区人民政府".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("赵永刚") && h.title().equals("常务副区长") && "天津市静海区人民政府".equals(h.organization())), p.toString());
        // A bare head's title of a level whose one government the paper names is held there.
        List<PositionHeld> bare = positions("天津市静海区人民政府印发民心工程。\n牵头区领导：副区长　周丽芳\n");
        assertTrue(bare.stream().anyMatch(h -> h.person().equals("周丽芳") && "天津市静海区人民政府".equals(h.organization())), bare.toString());
        List<PositionHeld> two = positions("天津市静海区人民政府与天津市西青区人民政府签约。\n牵头区领导：副区长　周丽芳\n");
        assertTrue(two.stream().noneMatch(h -> h.person().equals("周丽芳") && h.organization() != null), "two districts' governments: " + two);
    }

    @Test
    void aRostersRolesWithNoGroupAreHeldInTheOneGroupTheDocumentSetsUpOrAdjusts() {
        List<PositionHeld> p = positions("为加快创建，决定成立介休市创建国家全域旅游示范区工作领导小组。\n一、领导小组组成人员\n"
                + "组　　长：任建军　市委副书记、市长\n常务副组长：段丽萍　市委常委、常务副市长\n");
        assertTrue(p.stream().anyMatch(h -> h.person().equals("任建军") && h.title().equals("组长")
                && "介休市创建国家全域旅游示范区工作领导小组".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("段丽萍") && h.title().equals("常务副组长")
                && "介休市创建国家全域旅游示范区工作领导小组".equals(h.organization())), p.toString());
        List<PositionHeld> adjusted = positions("经省政府同意，调整省春运工作领导小组成员。\n组　长：刘振国　省政府副省长\n");
        assertTrue(adjusted.stream().anyMatch(h -> h.person().equals("刘振国") && h.title().equals("组长") && "省春运工作领导小组".equals(h.organization())),
                adjusted.toString());
        // A task force set up in a plan's sentence holds the roles taken there.
        List<PositionHeld> taskForce = positions("成立南宫市毛毡羊剪绒产业集群发展工作专班，由市委副书记、市长冯海涛任组长，副市长高丽娟任副组长。");
        assertTrue(taskForce.stream().anyMatch(h -> h.person().equals("高丽娟") && h.title().equals("副组长")
                && "南宫市毛毡羊剪绒产业集群发展工作专班".equals(h.organization())), taskForce.toString());
        // A bare role in prose, not opening a roster's line, is of some other team.
        List<PositionHeld> inspection = positions("决定成立城市体检工作领导小组。\n第一督导组组长张伟带队检查。");
        assertTrue(inspection.stream().noneMatch(h -> h.person().equals("张伟") && "城市体检工作领导小组".equals(h.organization())), inspection.toString());
        // Levels before the group's word make a kind; a task holding a level (创建三级医院) names one.
        assertTrue(EntityFixture.mentions("成立市区两级工作专班，由市长任组长。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "levels");
        assertTrue(EntityFixture.mentions("县卫健局成立县人民医院创建三级医院工作领导小组。").stream()
                .anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().endsWith("创建三级医院工作领导小组")), "a task holding a level");
        // A role spaced out to the labels' width (副 组 长) reaches the names on the lines under it; 成员 unspaced is no title.
        List<PositionHeld> spaced = positions("决定成立红桥区城市更新工作领导小组。\n副 组 长：马　骏　　副区长\n李春燕　　副区长\n"
                + "成　　员：王立军　　区政府办公室主任\n陈　明　　区发展和改革委员会主任\n");
        assertEquals(List.of("副组长", "副区长"), titlesOf(spaced, "李春燕"), spaced.toString());
        assertTrue(spaced.stream().anyMatch(h -> h.person().equals("陈明") && h.title().equals("成员") && "红桥区城市更新工作领导小组".equals(h.organization())),
                spaced.toString());
        assertTrue(EntityFixture.mentions("各成员单位要落实责任。各成 员单位要按照分工落实。").stream().noneMatch(x -> x.type() == EntityType.POSITION),
                "成员单位, spaced by a stray space or not");
        // Two groups set up: which one a bare role is of is not said.
        List<PositionHeld> two = positions("成立市招商工作领导小组和市安全生产工作领导小组。\n组　长：王明　市长\n");
        assertTrue(two.stream().noneMatch(h -> h.title().equals("组长") && h.organization() != null), two.toString());
    }

    @Test
    void aDepartmentHanlpReadsAsOneWordIsStillTheBodysAndBiographiesMayShareASentence() {
        List<PositionHeld> p = positions("天津港保税区加快发展。李明，男，现任市科技局财务处副处长；王芳，女，现任天津市商务局人事处处长。");
        assertEquals(List.of("市科技局财务处副处长"), titlesOf(p, "李明"), p.toString());
        assertEquals(List.of("天津市商务局人事处处长"), titlesOf(p, "王芳"), p.toString());
    }

    @Test
    void aLeadersListLineAndABiographysNextSentenceNameTheirOffices() {
        List<PositionHeld> list = positions("河南省人民政府领导同志工作分工\n\n王凯  省长\n主持省政府全面工作。\n\n孙守刚  副省长\n负责发展改革工作。");
        assertEquals(List.of("省长"), titlesOf(list, "王凯"), list.toString());
        assertEquals(List.of("副省长"), titlesOf(list, "孙守刚"), list.toString());
        List<PositionHeld> bio = positions("领导简介\n陈锋，男，汉族，1970年10月生，中共党员。现任郑州航空港经济综合实验区党工委书记、管委会主任。");
        assertEquals(List.of("郑州航空港经济综合实验区党工委书记", "管委会主任"), titlesOf(bio, "陈锋"), bio.toString());
        List<PositionHeld> career = positions("附：任职人员简况\n于海涛，男，汉族，1974年9月生，中共党员。曾任青岛前湾综合保税区管委会主任，现任青岛市发展和改革委员会党组书记。");
        assertEquals(List.of("青岛市发展和改革委员会党组书记"), titlesOf(career, "于海涛"), "after the offices held before: " + career);
        List<PositionHeld> districts = positions("武清区委书记倪祥玉表示，将重点发展跨境电商。");
        assertEquals(List.of("武清区委"), districts.stream().map(PositionHeld::organization).toList(), "a district no list knows: " + districts);
    }

    @Test
    void anotherPersonsCurrentOfficeIsNotHeld() {
        assertEquals(List.of(), titlesOf(positions("天津港保税区加快发展。王明表示，将接替现任党工委书记张华的工作。"), "王明"));
        assertEquals(List.of(), titlesOf(positions("改革开放的总设计师邓小平提出了这一构想。"), "邓小平"));
    }

    @Test
    void aBiographysCurrentOfficeIsHeldAndTheOneToComeIsNot() {
        List<PositionHeld> p = positions("天津港保税区加快发展。李明，男，1975年5月生，现任天津港保税区管委会副主任，拟任天津港保税区管委会主任。"
                + "王芳，女，1980年3月生，现任市商务局对外贸易处处长，拟任市商务局副局长。");
        assertEquals(List.of("天津港保税区管委会副主任"), titlesOf(p, "李明"));
        assertEquals(List.of("市商务局对外贸易处处长"), titlesOf(p, "王芳"));
        assertEquals(List.of("天津市商务局对外贸易处"), p.stream().filter(h -> h.person().equals("王芳")).map(PositionHeld::organization).toList(),
                "a department no list knows, of a body named before it: " + p);
    }

    /** One analysis of a text, its mentions and positions side by side. */
    private static final class AnalyzedDocumentView {
        final List<EntityMention> mentions;
        final List<PositionHeld> positions;

        AnalyzedDocumentView(String text) {
            var entities = EntityFixture.analyze(text).entities();
            mentions = entities.mentions();
            positions = entities.positions();
        }

        boolean hasPerson(String name) {
            return EntityFixture.has(mentions, EntityType.PERSON, name);
        }
    }

    @Test
    void aBiographyGivesTheOfficeHeldNowNotThoseHeldBefore() {
        List<PositionHeld> p = positions("赵刚同志历任西安市委副书记、市长，陕西省委常委、西安市委书记，现任陕西省委副书记、省长。");
        assertEquals(List.of("陕西省委副书记", "省长"), titlesOf(p, "赵刚"), p.toString());
        List<PositionHeld> since = positions("王忠林，男，1962年生，山东枣庄人。2021年起任湖北省委副书记、省长，此前任武汉市委书记、济南市委书记。");
        assertEquals(List.of("湖北省委副书记", "省长"), titlesOf(since, "王忠林"), since.toString());
        assertEquals(List.of("湖北省人民政府"), since.stream().filter(h -> h.title().equals("省长")).map(PositionHeld::organization).toList(), since.toString());
    }

    @Test
    void aDeputysMilitaryTitleKeepsItsRank() {
        List<PositionHeld> p = positions("兵团党委常委、副司令员彭家瑞，副政委张文全出席。");
        assertTrue(titlesOf(p, "彭家瑞").contains("副司令员"), p.toString());
        assertEquals(List.of("副政委"), titlesOf(p, "张文全"), p.toString());
    }

    @Test
    void aBiographysCurrentOfficeMayFollowSentencesOfFormerOnes() {
        List<PositionHeld> p = positions("张敏，女，汉族，1980年2月生，湖北孝感人，管理学硕士。曾任宜昌市委常委、宜昌高新区党工委书记。现任湖北省商务厅党组成员、副厅长，拟任襄阳市委常委、副市长。");
        assertEquals(List.of("湖北省商务厅党组成员", "副厅长"), titlesOf(p, "张敏"), p.toString());
        List<PositionHeld> since = positions("殷勇，男，汉族，1969年8月生。历任中国人民银行副行长、国家外汇管理局局长。2022年10月起任北京市委副书记、市长。");
        assertEquals(List.of("北京市委副书记", "市长"), titlesOf(since, "殷勇"), since.toString());
    }

    @Test
    void aProspectussBiographyGivesTheOfficesHeldSinceAYearAtTheIssuer() {
        String prospectus = "苏州澜芯微电子股份有限公司招股说明书\n\n陆承志先生，1975年出生，中国国籍，东南大学微电子学博士。2001年7月至2007年6月，任苏州工业园区管理委员会科技发展局项目主管；"
                + "2021年11月至今，任发行人董事长、总经理。\n\n顾婉清女士，1984年出生，董事会秘书。2019年加入澜芯有限，现任发行人董事会秘书、财务总监。";
        List<PositionHeld> p = positions(prospectus);
        assertEquals(List.of("董事长", "总经理"), titlesOf(p, "陆承志"), "not the office held before: " + p);
        assertEquals(List.of("董事会秘书", "财务总监"), titlesOf(p, "顾婉清"), p.toString());
        assertTrue(p.stream().allMatch(h -> h.organization().equals("苏州澜芯微电子股份有限公司")), "发行人 is the firm the prospectus is of: " + p);
    }

    @Test
    void aBareCompanyAfterASentencePointingAtTheFirmNamedBeforeIsThatFirm() {
        List<PositionHeld> p = positions("新疆天山红番茄制品有限公司出口增长，天山红公司董事长阿依古丽·热合曼告诉记者，天山红公司节约了成本。"
                + "汽车零部件则来自新疆驰远汽车零部件有限公司。这家企业主要为乌兹别克斯坦的整车厂配套生产制动系统。公司总经理陈立军说，订单饱满。");
        assertEquals(List.of("新疆驰远汽车零部件有限公司"), p.stream().filter(h -> h.person().equals("陈立军")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void anInstitutesAnaphorMayPointAtAFirmRegisteredUnderItsWordButACompanysNeverAtALawFirm() {
        List<PositionHeld> p = positions("上海东海深蓝海洋装备研究院有限公司是上海重点培育的海洋装备研发机构。该院院长许文博说，平台已建成。");
        assertEquals(List.of("上海东海深蓝海洋装备研究院有限公司"), p.stream().filter(h -> h.person().equals("许文博")).map(PositionHeld::organization).toList(), p.toString());
        List<PositionHeld> lawyers = positions("委托诉讼代理人：林晓彤，广东南粤衡正律师事务所律师。\n\n委托诉讼代理人：何俊，该公司法务专员。");
        assertTrue(lawyers.stream().noneMatch(h -> h.person().equals("何俊") && "广东南粤衡正律师事务所".equals(h.organization())), lawyers.toString());
    }

    @Test
    void aFirmsPartyOrganizationNamesTheFirmWithoutThePartysNameAndAnUnreadOnesCommitteeIsNoBodyNamedBefore() {
        List<EntityMention> m = mentions("签约的企业党组织是：中共河南豫航国际物流有限公司支部委员会、中共郑州瑞讯智能终端制造有限公司委员会。");
        assertTrue(has(m, EntityType.COMPANY, "河南豫航国际物流有限公司") && has(m, EntityType.COMPANY, "郑州瑞讯智能终端制造有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("中共") && x.type() == EntityType.COMPANY), m.toString());
        List<PositionHeld> p = positions("航空港区党工委组织部部长施文博，以及瑞讯智能终端党委书记温建新出席。");
        assertTrue(p.stream().noneMatch(h -> h.person().equals("温建新") && h.organization() != null && h.organization().contains("组织部")),
                "a firm's committee is no department's: " + p);
    }

    @Test
    void aProgrammesHostIsAnOffice() {
        List<PositionHeld> p = positions("主持人林晓：听众朋友们上午好，这里是《湾区会客厅》。");
        assertEquals(List.of("主持人"), titlesOf(p, "林晓"), p.toString());
    }

    @Test
    void aTitleAfterANameIsHeldAtTheInstitutionRightBeforeTheNameButAMembersIsNot() {
        List<PositionHeld> p = positions("授予华中科技大学韩德明教授湖北省科学技术突出贡献奖。该提案由民建青岛市委员会于海涛委员领衔。");
        assertEquals(List.of("华中科技大学"), p.stream().filter(h -> h.person().equals("韩德明")).map(PositionHeld::organization).toList(), p.toString());
        assertTrue(p.stream().noneMatch(h -> h.person().equals("于海涛") && h.organization() != null), p.toString());
    }

    @Test
    void aJudgmentsPartyLineMakesTheLegalRepresentativeUnderItThatFirms() {
        List<PositionHeld> p = positions("民事判决书\n\n原告：广州南沙瑞港供应链管理有限公司，住所地广东省广州市南沙区海滨路171号。\n\n法定代表人：陈志鹏，该公司总经理。"
                + "\n\n被告：广东嘉禾冷链物流有限公司，住所地广东省东莞市麻涌镇。\n\n法定代表人：罗永康，该公司执行董事。");
        assertEquals(List.of("广州南沙瑞港供应链管理有限公司"), p.stream().filter(h -> h.person().equals("陈志鹏") && h.title().equals("法定代表人"))
                .map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("广东嘉禾冷链物流有限公司"), p.stream().filter(h -> h.person().equals("罗永康") && h.title().equals("法定代表人"))
                .map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aProspectussCurrentOfficeComesBeforeOneHeldSinceAYearAndItsAdvisersAreNoIssuersStaff() {
        List<PositionHeld> p = positions("江苏银河农村商业银行股份有限公司招股说明书\n\n陆承志先生，1975年出生，2008年起任甲公司副总经理，现任发行人董事长。"
                + "\n\n发行人律师张三出具法律意见书。");
        assertEquals(List.of("董事长"), titlesOf(p, "陆承志"), p.toString());
        assertEquals(List.of("江苏银河农村商业银行股份有限公司"), p.stream().filter(h -> h.person().equals("陆承志")).map(PositionHeld::organization).toList(),
                "an issuer may be a bank: " + p);
        assertTrue(p.stream().noneMatch(h -> h.person().equals("张三") && "江苏银河农村商业银行股份有限公司".equals(h.organization())), p.toString());
    }

    @Test
    void aCommitteeAfterAnAppointingOrPointingWordIsNoUnreadNamesAndAnAcademicianIsNoUniversitys() {
        List<EntityMention> m = mentions("中国进出口银行召开会议，陈怀宇现任党委书记、董事长。");
        assertEquals("中国进出口银行党委", EntityFixture.canonicalOf(m, "党委"), m.toString());
        List<PositionHeld> p = positions("浙江大学李兰娟院士出席。");
        assertTrue(p.stream().noneMatch(h -> "浙江大学".equals(h.organization())), p.toString());
    }

    @Test
    void aKoreanFirmsAndAMinistrysTitlesAndACustomsOfficersAreOffices() {
        List<PositionHeld> p = positions("韩国仁川自由经济区厅次长朴成民出席。韩国大宇精工株式会社代表理事朴敏俊签约。拉萨海关关员边巴次仁正和同事核对。");
        assertEquals(List.of("韩国仁川自由经济区厅次长"), titlesOf(p, "朴成民"), p.toString());
        assertEquals(List.of("韩国大宇精工株式会社代表理事"), titlesOf(p, "朴敏俊"), p.toString());
        assertEquals(List.of("拉萨海关关员"), titlesOf(p, "边巴次仁"), "a Tibetan name before an adverb: " + p);
    }

    @Test
    void aBareDistrictCommitteeIsTheOneDistrictsWhoseCommitteeIsNamedNotAZonesWorkingCommittee() {
        List<PositionHeld> p = positions("青岛西海岸新区工委书记、黄岛区委书记赵振东出席。签约代表：区委常委、副区长王海涛；区委常委、董家口经济区工委书记吴振华。");
        assertEquals(List.of("黄岛区委", "黄岛区人民政府"), p.stream().filter(h -> h.person().equals("王海涛")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("黄岛区委", "董家口经济区工委"), p.stream().filter(h -> h.person().equals("吴振华")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aDistrictNamedWithAndWithoutItsCityIsOnePlaceAndAZonesCommitteeNoDistrictsBody() {
        List<PositionHeld> p = positions("浦东新区区委书记朱芝松，区委副书记、区长吴金城出席大会。上海市浦东新区人民政府、中国（上海）自由贸易试验区管理委员会联合发布方案。");
        // The head's office is held at the government the document names for the district (not at the place).
        assertEquals(List.of("上海浦东新区区委", "上海浦东新区人民政府"), p.stream().filter(h -> h.person().equals("吴金城")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void anExecutivesPrefixedTitleIsOfTheCompanyBeforeItAndAFormerCommitteeOfficeIsNoOnesNow() {
        List<PositionHeld> p = positions("港铁公司行政总裁金泽培表示，工程将于今年内动工。拼多多联合创始人、董事长兼联席CEO陈磊表示，业绩稳定。");
        assertEquals(List.of("港铁公司"), p.stream().filter(h -> h.person().equals("金泽培")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("拼多多联合创始人", "董事长", "联席CEO"), titlesOf(p, "陈磊"), p.toString());
        List<PositionHeld> former = positions("天津市第一中级人民法院一审宣判中国华融资产管理股份有限公司原党委书记、董事长赖小民受贿案。");
        assertEquals(List.of(), titlesOf(former, "赖小民"), former.toString());
        List<EntityMention> m = mentions("天津市第一中级人民法院一审宣判中国华融资产管理股份有限公司原党委书记、董事长赖小民受贿案。");
        assertTrue(m.stream().noneMatch(x -> x.canonical().contains("第一党委")), "a court names no zone's committee: " + m);
    }

    @Test
    void aBarePartyCommitteeIsTheNearestInstitutionsNamedBeforeIt() {
        List<PositionHeld> p = positions("湖北省人民政府与中国宝武签署协议。中国宝武总经理、党委副书记侯安贵出席。");
        assertEquals(List.of("中国宝武钢铁集团有限公司", "中国宝武钢铁集团有限公司党委"),
                p.stream().filter(h -> h.person().equals("侯安贵")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = mentions("国家金融监督管理总局局长李云泽主持召开党委会议。");
        assertEquals("国家金融监督管理总局党委", EntityFixture.canonicalOf(m, "党委"), m.toString());
        List<PositionHeld> again = positions("中国进出口银行党委召开会议，党委书记、董事长陈怀宇主持。");
        assertEquals(List.of("中国进出口银行党委", "中国进出口银行"),
                again.stream().filter(h -> h.person().equals("陈怀宇")).map(PositionHeld::organization).toList(), again.toString());
        assertTrue(mentions("湖北省人民政府与中国宝武签署协议。").stream().noneMatch(x -> x.text().contains("签署")), "a verb ends a listed name");
    }

    @Test
    void theTradeNegotiatorsTitleChainsWithTheMinistrysOffice() {
        List<PositionHeld> p = positions("商务部副部长兼国际贸易谈判副代表凌激参加会见。商务部国际贸易谈判代表兼副部长李成钢表示。");
        assertEquals(List.of("商务部副部长", "国际贸易谈判副代表"), titlesOf(p, "凌激"), p.toString());
        assertEquals(List.of("商务部", "商务部"), p.stream().filter(h -> h.person().equals("李成钢")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aComradeInARosterAndABareOfficeGivenInFullBeforeKeepTheirBodies() {
        List<PositionHeld> p = positions("义乌市委书记林毅同志、市长叶帮锐到综保区调研。林毅书记强调，要用好金华海关、义乌海关的政策支持。");
        assertEquals(List.of("义乌市人民政府"), p.stream().filter(h -> h.person().equals("叶帮锐")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("义乌市委", "义乌市委"), p.stream().filter(h -> h.person().equals("林毅")).map(PositionHeld::organization).toList(), p.toString());
        assertTrue(p.stream().noneMatch(h -> h.person().equals("强调")), "a verb after a title is what its holder does: " + p);
        List<EntityMention> m = EntityFixture.mentions("林毅书记强调，要用好金华海关、义乌海关的政策支持。");
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "金华海关"), "好 is the verb's complement: " + m);
    }

    @Test
    void aTitleAfterTheNamesARosterTitleLeadsIntoIsOfThatTitlesBody() {
        List<PositionHeld> p = positions("浙江大学党委书记任少波、校长杜江峰出席。市人大常委会党组书记、主任李修松，副主任王翠凤、叶露中，秘书长朱建平参加会议。");
        assertEquals(List.of("浙江大学"), p.stream().filter(h -> h.person().equals("杜江峰")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("市人民代表大会常务委员会"), p.stream().filter(h -> h.person().equals("叶露中")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("市人民代表大会常务委员会"), p.stream().filter(h -> h.person().equals("朱建平")).map(PositionHeld::organization).toList(), p.toString());
        List<PositionHeld> level = positions("上海海关关长周晓燕，副市长华源参加。清华大学党委书记邱勇，教授李四出席。");
        assertTrue(level.stream().filter(h -> h.person().equals("华源") || h.person().equals("李四"))
                .allMatch(h -> h.organization() == null || !h.organization().contains("海关") && !h.organization().contains("清华")), level.toString());
        List<PositionHeld> levels = positions("成都市委书记曹立军、市长王凤朝出席。阿里巴巴集团董事会主席蔡崇信、首席执行官吴泳铭参加。"
                + "中国电子科技集团有限公司党组书记、董事长王海波，党组副书记、总经理张登洲出席。");
        assertEquals(List.of("成都市人民政府"), levels.stream().filter(h -> h.person().equals("王凤朝")).map(PositionHeld::organization).toList(), levels.toString());
        assertEquals(List.of("阿里巴巴集团"), levels.stream().filter(h -> h.person().equals("吴泳铭")).map(PositionHeld::organization).toList(), levels.toString());
        assertEquals(List.of("中国电子科技集团有限公司", "中国电子科技集团有限公司"),
                levels.stream().filter(h -> h.person().equals("张登洲")).map(PositionHeld::organization).toList(), levels.toString());
        List<PositionHeld> place = positions("市长王平、书记李红出席。");
        assertTrue(place.stream().filter(h -> h.person().equals("李红")).allMatch(h -> h.organization() == null), "a city has no 书记 of its own: " + place);
    }

    @Test
    void appointmentsAndBiographiesInTheirOtherLayouts() {
        assertEquals(List.of("广州市商务局局长"), titlesOf(positions("市政府决定：李波任广州市商务局局长。"), "李波"));
        assertEquals(List.of("广州市财政局局长"), titlesOf(positions("市人大常委会决定任命：张明为广州市财政局局长。"), "张明"));
        assertEquals(List.of("北京市海淀区人民政府副区长"), titlesOf(positions("赵立新，女，1979年出生，现为北京市海淀区人民政府副区长。"), "赵立新"));
        assertEquals(List.of("长沙经济技术开发区党工委书记"), titlesOf(positions("高翔（1975— ），男，现任长沙经济技术开发区党工委书记。"), "高翔"));
        assertEquals(List.of("上海外高桥保税区管理局副局长"),
                titlesOf(positions("王强，男，汉族，2019年起任上海浦东新区商务委员会副主任，现任上海外高桥保税区管理局副局长。"), "王强"));
    }

    @Test
    void aBodysOwnPartyCommitteeAndACountysUnderItsCitysName() {
        List<PositionHeld> p = positions("上海海关召开会议，党委书记、关长李伟主持。长沙县委书记沈裕谋调研。");
        assertEquals(List.of("上海海关党委", "上海海关"), p.stream().filter(h -> h.person().equals("李伟")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("长沙县委"), p.stream().filter(h -> h.person().equals("沈裕谋")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aCompanyWordAfterAnAddressedAppointeeIsTheCompanyNamed() {
        List<PositionHeld> p = positions("贵州茅台酒股份有限公司董事会选举张德芹先生为公司董事长。");
        assertEquals(List.of("贵州茅台酒股份有限公司"), p.stream().filter(h -> h.person().equals("张德芹")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aPersonMovingToAnOfficeHoldsTheNewOneNotTheOneLeft() {
        assertEquals(List.of("市发展改革委主任"), titlesOf(positions("市政府副秘书长王五调任市发展改革委主任。"), "王五"));
        assertEquals(List.of("总经理"), titlesOf(positions("该公司副总经理王强接任总经理。"), "王强"));
        assertEquals(List.of("天津市商务局局长"), titlesOf(positions("张三升任天津市商务局局长。"), "张三"));
        assertEquals(List.of("董事长"), titlesOf(positions("刘洋继续担任董事长。"), "刘洋"));
        assertEquals(List.of("高新区党工委书记"), titlesOf(positions("赵军继续担任高新区党工委书记。"), "赵军"));
    }

    @Test
    void aNameAfterAChairmanIsNotReadWithTheTitlesLastCharacterAsASurname() {
        List<PositionHeld> p = positions("公司董事长孙飘扬表示，将加大投入。");
        assertEquals(List.of("董事长"), titlesOf(p, "孙飘扬"), p.toString());
    }

    @Test
    void aTitleWordRunningIntoAPlacesNameIsNoTitle() {
        List<EntityMention> m = mentions("福州市长乐区委书记李四出席。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION && x.text().equals("市长")), m.toString());
        assertEquals(List.of("长乐区委书记"), titlesOf(positions("福州市长乐区委书记李四出席。"), "李四"));
        List<EntityMention> province = mentions("福建省福州市长乐区委书记郭华带队调研。");
        assertTrue(province.stream().noneMatch(x -> x.type() == EntityType.POSITION && x.text().equals("市长")), province.toString());
    }

    @Test
    void aPersonProposedForAnOfficeIsNotPartOfTheBodysName() {
        List<EntityMention> m = mentions("经市委研究，李晓燕拟任市委组织部副部长。李强拟任市商务局局长。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals("李晓燕")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("市委组织部")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("市商务局")), m.toString());
    }

    @Test
    void aLatinNameInBracketsIsWholeAfterATitleAndNoNameAfterAFirm() {
        List<PositionHeld> p = positions("博世集团首席执行官（Stefan Hartung）表示。");
        assertEquals(List.of("罗伯特·博世有限公司"), p.stream().filter(h -> h.person().equals("Stefan Hartung")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = mentions("西门子医疗集团（Siemens Healthineers AG）在深圳设立研发中心。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("Siemens")), m.toString());
    }

    @Test
    void aNameBeforeAFirmsTitleAndThePersonHoldingItIsTheFirm() {
        List<PositionHeld> p = positions("隆基董事长钟宝申表示，将继续加大投入。");
        assertEquals(List.of("隆基"), p.stream().filter(h -> h.person().equals("钟宝申")).map(PositionHeld::organization).toList(), p.toString());
        assertTrue(mentions("隆基董事长钟宝申表示。").stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("隆基")));
    }

    @Test
    void aSuccessorTakesTheOfficeInTheBodyOfTheOneLeft() {
        List<PositionHeld> p = positions("华为技术有限公司副总裁李明接任总裁。");
        assertEquals(List.of("华为技术有限公司"), p.stream().filter(h -> h.person().equals("李明")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("总裁"), titlesOf(p, "李明"), p.toString());
    }

    @Test
    void envoysAreHeldAtTheMissionOfTheCountrySendingThemChinaWhenNoneIsNamed() {
        List<PositionHeld> p = positions("驻日本大使吴江浩出席招待会。中国驻美国大使谢锋表示。");
        assertEquals(List.of("中国驻日本大使馆"), p.stream().filter(h -> h.person().equals("吴江浩")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("中国驻美国大使馆"), p.stream().filter(h -> h.person().equals("谢锋")).map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void qualifiedTitlesKeepTheirQualifier() {
        assertEquals(List.of("北京大学常务副校长"), titlesOf(positions("北京大学常务副校长张三出席。"), "张三"));
        assertEquals(List.of("柬埔寨副首相"), titlesOf(positions("柬埔寨副首相孙占托访华。"), "孙占托"));
        assertEquals(List.of("腾讯公司首席战略官"), titlesOf(positions("腾讯公司首席战略官张三出席。"), "张三"));
    }

    @Test
    void anOfficeGivenUpIsNoneHeld() {
        assertEquals(List.of(), positions("淘天集团首席执行官戴珊因个人原因不再担任相关职务。"));
    }

    @Test
    void aPresentOfficeAfterTheNameAndItsCommaJoinedBodiesOfficesAreHeld() {
        assertEquals(List.of("北京市人民政府市长"), titlesOf(positions("殷勇现任北京市人民政府市长。"), "殷勇"));
        assertEquals(List.of("北京市委副书记", "北京市人民政府市长", "党组书记"), titlesOf(positions("殷勇，现任北京市委副书记，北京市人民政府市长、党组书记。"), "殷勇"));
    }

    @Test
    void aBrandBeforeAFirmsTitleIsTheFirmAndAFourCharacterAppointeeIsWhole() {
        assertEquals(List.of("Apple"), positions("Apple首席执行官蒂姆·库克访华。").stream().map(PositionHeld::organization).toList());
        assertEquals(List.of("市财政局局长"), titlesOf(positions("任命欧阳慧敏为市财政局局长。"), "欧阳慧敏"));
    }

    @Test
    void aUnitNoListKnowsBetweenTwoTitlesIsOfTheBodyBeforeIt() {
        List<PositionHeld> p = positions("阿里巴巴集团副总裁、法务部总经理俞思瑛出席。");
        assertEquals(List.of("阿里巴巴集团副总裁", "法务部总经理"), titlesOf(p, "俞思瑛"), p.toString());
        assertEquals(List.of("阿里巴巴集团", "阿里巴巴集团法务部"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void aBranchOfANationalBodyHasItsOwnPartyCommittee() {
        List<PositionHeld> p = positions("中国人民银行江苏省分行党委书记、行长李四表示。");
        assertEquals(List.of("中国人民银行江苏省分行党委", "中国人民银行江苏省分行"), p.stream().map(PositionHeld::organization).toList(), p.toString());
    }

    @Test
    void announcementsAppointToTheCompanyTheyAreAbout() {
        List<PositionHeld> cfo = positions("华夏银行股份有限公司（以下简称“公司”）董事会同意聘任张海燕女士为公司首席财务官。");
        assertEquals(List.of("华夏银行股份有限公司"), cfo.stream().filter(h -> h.person().equals("张海燕")).map(PositionHeld::organization).toList(), cfo.toString());
        List<PositionHeld> chair = positions("中国工商银行股份有限公司董事会选举廖林先生为本行董事长。");
        assertEquals(List.of("中国工商银行股份有限公司"), chair.stream().filter(h -> h.person().equals("廖林")).map(PositionHeld::organization).toList(), chair.toString());
        List<PositionHeld> two = positions("董事会同意聘任李明为公司总经理，王强为公司副总经理。");
        assertEquals(List.of("副总经理"), titlesOf(two, "王强"), two.toString());
    }

    @Test
    void anAppointeeAddressedAsMsTakesTheOfficeAndAResignationReportEndsOne() {
        assertEquals(List.of("财务总监"), titlesOf(positions("聘任蒋焰女士为公司财务总监。"), "蒋焰"));
        assertEquals(List.of(), positions("董事会近日收到公司副总裁兼首席财务官刘学文女士的书面辞职报告。"));
    }

    @Test
    void anOfficeSomeoneTakesBeforeACommaIsNotTheNextPersons() {
        List<PositionHeld> p = positions("市商务局局长张伟调任市发展和改革委员会主任，副局长王强接任。");
        assertTrue(titlesOf(p, "王强").stream().noneMatch(t -> t.contains("发展和改革委员会")), p.toString());
        assertEquals(List.of("市发展和改革委员会主任"), titlesOf(p, "张伟"), p.toString());
    }

    @Test
    void anActingGovernorIsNoGovernorAndADepartmentOfANamedZoneHoldsItsHeadsOffice() {
        List<PositionHeld> acting = positions("海南省人民政府代省长周立新表示，要全力推进封关运作。");
        assertTrue(titlesOf(acting, "周立新").stream().anyMatch(title -> title.endsWith("代省长")), acting::toString);
        List<PositionHeld> head = positions("横琴粤澳深度合作区经济发展局局长聂新平介绍，本次共签约项目28个。");
        assertTrue(head.stream().anyMatch(p -> p.person().equals("聂新平") && "横琴粤澳深度合作区经济发展局".equals(p.organization())), head::toString);
    }

    @Test
    void aFirmHeadingAListsItemHoldsTheItemsBareOfficesAndSoDoesTheCompanyAfterAPreposition() {
        List<PositionHeld> p = positions(String.join("\n", "1.海南翔宇航空技术有限公司投资22亿元建设宽体客机维修基地项目，由公司董事长邵振宇代表签约；",
                "2.华药康泰（海南）生物制药有限公司投资15.6亿元建设生物药生产基地，总经理林若涵签约。"));
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邵振宇") && "海南翔宇航空技术有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().anyMatch(x -> x.person().equals("林若涵") && "华药康泰（海南）生物制药有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void theCompanyAfterAPrepositionIsTheFirmItsSentenceOpensWithAndTheOtherSidesOfficeIsNotTheItemsFirms() {
        List<PositionHeld> p = positions(String.join("\n", "1.海南自贸港数字经济发展有限公司与法国泰雷兹集团合作建设数据中心，由公司董事长邵振宇代表签约；",
                "2.哈尔滨电气集团有限公司与俄罗斯电力公司合作，俄方总经理伊万·彼得罗夫出席。"));
        assertTrue(p.stream().anyMatch(x -> x.person().equals("邵振宇") && "海南自贸港数字经济发展有限公司".equals(x.organization())), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.person().equals("伊万·彼得罗夫") && "哈尔滨电气集团有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void aDistrictRunWithAZoneNamesItsBodiesByTheLevelAndTheZoneInBracketsAndASpacedNameOpensAnAppointmentsItem() {
        List<PositionHeld> p = positions("经区（经开区）党工委（区委）研究，区（经开区）管委会（人民政府）决定：\n任命：\n"
                + "艾克拜尔·吐尔洪为区（经开区）发展和改革委员会主任；\n周 洁为区（经开区）商务局（口岸办公室）局长（主任）；\n"
                + "李 蕾为区（经开区）财政局副局长（试用期一年）；\n");
        assertTrue(p.stream().anyMatch(h -> h.person().equals("艾克拜尔·吐尔洪") && "区（经开区）发展和改革委员会".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("周洁") && "区（经开区）商务局".equals(h.organization())), p.toString());
        assertTrue(p.stream().anyMatch(h -> h.person().equals("李蕾") && h.title().endsWith("副局长")), p.toString());
        List<EntityMention> m = EntityFixture.mentions("李蕾为区（经开区）财政局副局长。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("区（")), "the zone starts inside the brackets: " + m);
        assertTrue(EntityFixture.mentions("全区（不含经开区）财政收入增长。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "a note in brackets");
        List<EntityMention> run = EntityFixture.mentions("乌鲁木齐经济技术开发区（头屯河区）召开会议。\n李蕾为区（经开区）财政局副局长。");
        assertTrue(run.stream().anyMatch(x -> x.type() == EntityType.ZONE && x.text().equals("经开区") && x.canonical().equals("乌鲁木齐经济技术开发区")),
                "the zone in brackets is the one the document names: " + run);
        List<EntityMention> bare = EntityFixture.mentions("永州经济技术开发区召开会议。经开区财政局负责资金拨付。");
        assertTrue(bare.stream().anyMatch(x -> x.type() == EntityType.ZONE && x.text().equals("经开区") && x.canonical().equals("永州经济技术开发区")),
                "a bare zone opening a body linked to it is that zone: " + bare);
    }

    @Test
    void aChainOfOfficesRunsThroughAZonesOtherNameInBracketsAndAWorksLeadingGroup() {
        List<PositionHeld> p = positions("金华市委常委、金义新区（金东区）党工委书记、金义综保区管委会主任郑海涛说。"
                + "厦门市委常委、副市长，金砖创新基地建设工作领导小组副组长陈晓峰表示。");
        assertEquals(List.of("金华市委常委", "金义新区（金东区）党工委书记", "金义综保区管委会主任"), titlesOf(p, "郑海涛"));
        assertEquals(List.of("厦门市委常委", "副市长", "金砖创新基地建设工作领导小组副组长"), titlesOf(p, "陈晓峰"));
        assertTrue(p.stream().anyMatch(x -> x.title().endsWith("副组长") && "金砖创新基地建设工作领导小组".equals(x.organization())), p.toString());
    }

    @Test
    void aBareCompanyAfterAFounderNamedForTheFirmThat该公司StandsForIsThatFirm() {
        List<PositionHeld> p = positions("澳资企业澳琴中医药科技（横琴）有限公司与合作区经济发展局签署协议。该公司由澳门本地药企濠江堂药业集团于2019年在横琴设立，"
                + "目前已有11个产品完成注册。公司董事长何浩铭介绍，产能可达3500吨。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("何浩铭") && "澳琴中医药科技（横琴）有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void anOfficeOthersGiveAPersonNamedWithATitleIsHeldTooAndABareInstitutesWordBeforeAFirstHoldersTitleIsTheInstituteNamedBefore() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("西北工业大学与西安高新区共建西安智能无人系统研究院。会上，西北工业大学教授张卫东被聘为研究院首任院长。"
                + "由研究院牵头组建的西安智能无人系统产业创新联盟正式成立，刘晓峰当选联盟首任理事长。王海当选为市长。");
        assertTrue(doc.positions.stream().anyMatch(x -> x.person().equals("张卫东") && "西北工业大学".equals(x.organization())), doc.positions.toString());
        assertTrue(doc.positions.stream().anyMatch(x -> x.person().equals("张卫东") && x.title().endsWith("院长")
                && "西安智能无人系统研究院".equals(x.organization())), doc.positions.toString());
        assertEquals("西安智能无人系统产业创新联盟", organizationOf(doc, "刘晓峰"), doc.positions.toString());
        assertEquals(List.of("市长"), titlesOf(doc.positions, "王海"));
    }

    @Test
    void aDepartmentOfAZoneWhoseNameEndsInNoWordForAZoneKeepsAChainOfOfficesWhole() {
        List<PositionHeld> p = positions("广州市委常委、黄埔区委书记、广州开发区党工委书记、中新广州知识城开发建设办公室主任郭志远出席活动。");
        assertEquals(List.of("广州市委常委", "黄埔区委书记", "广州开发区党工委书记", "中新广州知识城开发建设办公室主任"), titlesOf(p, "郭志远"));
        assertTrue(p.stream().anyMatch(x -> "中新广州知识城开发建设办公室".equals(x.organization())), p.toString());
    }

    @Test
    void aGuestsLineOfTitlesEndingInADoctoralSupervisorIsHeldAtTheSchoolAndHongKongAndMacaoArePlaces() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("嘉宾\n蒋维东 复旦大学经济学院教授、博士生导师\n\n超过400名港澳律师、建筑师、医师在前海执业。");
        assertEquals(List.of("复旦大学经济学院教授", "博士生导师"), titlesOf(doc.positions, "蒋维东"));
        assertTrue(EntityFixture.has(doc.mentions, EntityType.PLACE, "港澳") && EntityFixture.has(doc.mentions, EntityType.POSITION, "律师")
                && EntityFixture.has(doc.mentions, EntityType.POSITION, "建筑师"), doc.mentions.toString());
    }

    @Test
    void aFirmsOfficeNamedBareInAReportWhoseTitleTheFirmOpensIsTheFirms() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("海晟港航物流股份有限公司2023年年度报告（节选）\n\n报告期内，公司董事会共召开会议9次。"
                + "董事长周启航、总经理孙立群带队开展考核。");
        assertEquals("海晟港航物流股份有限公司", organizationOf(doc, "周启航"), doc.positions.toString());
        assertEquals("海晟港航物流股份有限公司", organizationOf(doc, "孙立群"), doc.positions.toString());
    }

    @Test
    void aFirmsOfficeNamedBareInANumberedItemASubsidiaryOpensIsTheSubsidiarys() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("海晟港航物流股份有限公司2023年年度报告（节选）\n七、主要控股参股公司分析\n"
                + "1. 连云港瑞丰石化新材料有限公司，注册地为连云港综合保税区，公司持股70%。执行董事蔡志远，总经理孙立峰。\n"
                + "董事长周启航带队开展考核。");
        assertEquals("连云港瑞丰石化新材料有限公司", organizationOf(doc, "蔡志远"), doc.positions.toString());
        assertEquals("连云港瑞丰石化新材料有限公司", organizationOf(doc, "孙立峰"), doc.positions.toString());
        assertEquals("海晟港航物流股份有限公司", organizationOf(doc, "周启航"), "outside the item, the reporting firm's: " + doc.positions);
        AnalyzedDocumentView partner = new AnalyzedDocumentView("海晟港航物流股份有限公司2023年年度报告（节选）\n"
                + "1. 连云港瑞丰石化新材料有限公司，与巴斯夫（中国）有限公司签署合作协议。总经理施密特表示满意。\n");
        assertTrue(partner.positions.stream().noneMatch(h -> "连云港瑞丰石化新材料有限公司".equals(h.organization())), "another firm named in the item: " + partner.positions);
    }

    @Test
    void aPortfolioInBracketsBetweenTheTitleAndTheNameIsNoBreakAndAnAlternateMemberIsATitle() {
        assertEquals(List.of("香港科技大学副校长"), titlesOf(positions("香港科技大学副校长（研究及发展）梁志恒教授表示，合作前景广阔。"), "梁志恒"));
        List<PositionHeld> p = positions("中共四川省委第十二届委员会第九次全体会议召开。全会递补省委候补委员林子钦为省委委员。");
        assertTrue(p.stream().anyMatch(x -> x.person().equals("林子钦") && x.title().equals("省委候补委员") && "四川省委".equals(x.organization())), p.toString());
    }

    @Test
    void aBorderCityNamedWithItsLevelIsTheListedCityAndItsMayorHeldAtItsGovernment() {
        AnalyzedDocumentView doc = new AnalyzedDocumentView("二连浩特与蒙古国扎门乌德隔界相望。扎门乌德市市长其木格出席。木姐与瑞丽山水相连，木姐市政府表示欢迎。");
        assertTrue(doc.mentions.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.text().equals("扎门乌德市") && m.canonical().equals("扎门乌德")), doc.mentions.toString());
        assertEquals("扎门乌德市政府", organizationOf(doc, "其木格"), doc.positions.toString());
        assertTrue(doc.mentions.stream().anyMatch(m -> m.type() == EntityType.GOVERNMENT && m.canonical().equals("木姐市政府")), doc.mentions.toString());
    }

    @Test
    void aListOfPeopleGivesEachTheOfficeAfterTheirNameWhateverNoteStandsBetween() {
        List<PositionHeld> p = positions("二、先进个人\n1. 林秀娟（女），片区管委会政策研究处副处长\n"
                + "2. 赫尔曼·施密特（Hermann Schmidt，德国籍），南京瀚策智能装备有限公司首席科学家，B类。\n"
                + "3. 陈绍棠，南京锐矽集成电路设计有限公司首席技术官，B类。");
        assertEquals(List.of("片区管委会政策研究处副处长"), titlesOf(p, "林秀娟"), p.toString());
        assertEquals(List.of("南京瀚策智能装备有限公司首席科学家"), titlesOf(p, "赫尔曼·施密特"), p.toString());
        assertEquals(List.of("南京锐矽集成电路设计有限公司首席技术官"), titlesOf(p, "陈绍棠"), p.toString());
    }

    @Test
    void aTitleWhoseWordBeforeEndsInAUnitsCharacterAsAVerbIsStillTheTaggersLongerTitle() {
        List<PositionHeld> p = positions("西交利物浦大学执行校长顾立新介绍，学校与园区企业共建了实验室。新加坡国立大学苏州研究院院长助理黄文杰表示，研究院已累计孵化科技企业200余家。");
        assertEquals(List.of("西交利物浦大学执行校长"), titlesOf(p, "顾立新"), p.toString());
        assertEquals(List.of("新加坡国立大学苏州研究院院长助理"), titlesOf(p, "黄文杰"), p.toString());
        assertTrue(EntityFixture.mentions("新加坡国立大学苏州研究院院长助理黄文杰表示，研究院已累计孵化科技企业200余家。").stream()
                .noneMatch(x -> x.text().equals("研究院")), "an institute's kind word alone is no body");
    }

    @Test
    void anOfficeOfABodyNamedWithTheBodyItBelongsToIsTheBodysOwn() {
        List<PositionHeld> p = positions("6. 吴俊杰，厦门海关所属东渡海关副关长");
        assertEquals(List.of("厦门海关所属东渡海关副关长"), titlesOf(p, "吴俊杰"), p.toString());
        assertEquals("东渡海关", p.get(0).organization(), p.toString());
    }

    @Test
    void anOfficeOfAFirmsOrAHospitalsUnitAfterTheNameIsHeldAtTheFirm() {
        List<PositionHeld> p = positions("13. 庄一鸣，厦门海沧港腾集装箱码头有限公司操作部经理\n19. 蒋若琳（女），南京鼓楼医院江北国际医院生殖医学中心副主任医师，D类。"
                + "\n12. 何书瑶（女），南京医科大学第四附属医院神经外科副主任医师，D类。");
        assertEquals(List.of("厦门海沧港腾集装箱码头有限公司"), p.stream().filter(h -> h.person().equals("庄一鸣")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("南京鼓楼医院江北国际医院"), p.stream().filter(h -> h.person().equals("蒋若琳")).map(PositionHeld::organization).toList(), p.toString());
        assertEquals(List.of("神经外科副主任医师"), titlesOf(p, "何书瑶"), p.toString());
    }

    @Test
    void aHospitalsDepartmentAfterItsHeadsOfficeIsTheHospitals() {
        List<PositionHeld> p = positions("手术由康宁国际医院院长、心血管内科主任医师许明哲教授主刀，在麻醉科副主任医师林佩的配合下完成。");
        assertEquals(List.of("康宁国际医院院长", "心血管内科主任医师"), titlesOf(p, "许明哲"), p.toString());
        assertEquals("康宁国际医院心血管内科", p.get(1).organization(), p.toString());
        // The anaesthetics department is no unit of the body named before.
        assertTrue(p.stream().filter(h -> h.person().equals("林佩")).allMatch(h -> h.organization() == null), p.toString());
    }

    @Test
    void aBoardInAFirmsOwnReportIsTheFirmsAndItsSupervisorsToo() {
        List<PositionHeld> p = positions("重庆两江新区产城融合发展集团有限公司2024年度环境、社会及治理（ESG）报告\n"
                + "董事会成员为：董事长唐振宇，外部董事刘秉文。监事会主席赵国庆，职工监事冉小红。");
        for (String person : List.of("唐振宇", "刘秉文", "赵国庆", "冉小红")) {
            assertEquals(List.of("重庆两江新区产城融合发展集团有限公司"), p.stream().filter(h -> h.person().equals(person)).map(PositionHeld::organization).toList(),
                    p.toString());
        }
        assertEquals(List.of("外部董事"), titlesOf(p, "刘秉文"), p.toString());
    }

    @Test
    void aTitleBeforeAWordOfATierABodyOrAServiceNamesNoOffice() {
        List<EntityMention> m = EntityFixture.mentions("董事会决策、经理层执行。法国在武汉设立的唯一领事机构。为企业提供专员服务。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION), m.toString());
    }

    @Test
    void aFundsLimitedPartnerIsNoOfficeButAResearchAssistantAndABrokersAnalystHoldOne() {
        List<EntityMention> m = mentions("开展合格境外有限合伙人（以下简称QFLP）试点。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION), m.toString());
        List<PositionHeld> p = positions("证券分析师：邵启航\n研究助理：陆知远\n国泰海通证券分析师贺明川认为，该行对公业务稳健。");
        assertEquals(List.of("研究助理"), titlesOf(p, "陆知远"), p.toString());
        assertEquals(List.of("国泰海通证券分析师"), titlesOf(p, "贺明川"), p.toString());
    }

    @Test
    void aTitleIsSharedAlongAListWhoseNamesCarryNotesInBrackets() {
        List<PositionHeld> p = positions("外部董事刘秉文（重庆大学教授）、钟颖（高级会计师）、马骏驰、冉启航。");
        for (String person : List.of("刘秉文", "马骏驰", "冉启航")) {
            assertEquals(List.of("外部董事"), titlesOf(p, person), p.toString());
        }
    }

    @Test
    void aBylinesCameramanWorksForTheOutletButCameraEquipmentIsNoOffice() {
        List<PositionHeld> p = positions("来源：徐州广播电视台《徐州新闻》  记者 韩振宇 刘思雨  摄像 周凯\n\n基地摄像设备齐全。");
        assertEquals(List.of("徐州广播电视台"), p.stream().filter(h -> h.person().equals("周凯")).map(PositionHeld::organization).toList(), p.toString());
        List<EntityMention> m = mentions("基地摄像设备齐全。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION), m.toString());
    }

    @Test
    void aPeoplesNameOfFourCharactersIsANoteButAnOfficeInLatinLettersIsNone() {
        List<PositionHeld> p = positions("1. 阿依别克（柯尔克孜族），乌鲁木齐海关综合业务处处长");
        assertEquals(List.of("乌鲁木齐海关综合业务处处长"), titlesOf(p, "阿依别克"), p.toString());
    }

    @Test
    void aTitleBeforeAVerbOfServingStillNamesItsHoldersOffice() {
        List<PositionHeld> p = positions("市委书记王强服务群众，深入基层。摄像/周凯");
        assertEquals(List.of("市委书记"), titlesOf(p, "王强"), p.toString());
    }

    @Test
    void aFirmsBrandBeforeARegionAndADirectorsTitleIsTheFirmNamedInFull() {
        List<PositionHeld> p = positions("德国汉堡北锚海工技术有限公司在青岛设厂。北锚海工亚太区总监马库斯·韦伯说。");
        assertEquals(List.of("德国汉堡北锚海工技术有限公司"), p.stream().filter(h -> h.person().equals("马库斯·韦伯")).map(PositionHeld::organization).toList(),
                p.toString());
    }
}
