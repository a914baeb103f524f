package io.zonelens.ingest.extraction.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.entity.EntityFixture.canonicalOf;
import static io.zonelens.ingest.extraction.entity.EntityFixture.has;
import static io.zonelens.ingest.extraction.entity.EntityFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTest {

    private final PersonNameFilter filter = new PersonNameFilter(EntityFixture.GAZETTEER);

    @Test
    void aPapersBylineOnALineOfItsOwnListsItsNamesAndTheItemsOfAListOfPortsAreNoNames() {
        List<EntityMention> m = mentions("海南日报记者　符晓岚　通讯员　羊智勇　吉家宁\n本报洋浦12月2日讯　加快友谊关、东兴、水口、龙邦等口岸提质扩能。"
                + "海南弘澜油脂科技有限公司关务经理王兆麟说。");
        assertTrue(has(m, EntityType.PERSON, "吉家宁") && has(m, EntityType.PERSON, "王兆麟"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && (x.text().equals("龙邦") || x.text().equals("关务"))), m.toString());
        List<EntityMention> leaders = mentions("王沪宁、李强等国家领导人出席。张明等地方干部参加。");
        assertTrue(has(leaders, EntityType.PERSON, "李强") && has(leaders, EntityType.PERSON, "张明"), "a list of people, no places: " + leaders);
    }

    @Test
    void aBurmeseNameAfterATitleTakesTheLastSyllableHanLPLeftBeforeAPrepositionInADocumentAboutMyanmar() {
        List<EntityMention> m = mentions("缅甸掸邦木姐县县长吴觉敏登在会上表示，两国合作前景广阔。吴觉敏登说，合作很好。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.PERSON).allMatch(x -> x.text().equals("吴觉敏登")), m.toString());
    }

    @Test
    void whenAfterAnAdjectiveAndACodesLettersAreNoNames() {
        List<EntityMention> m = mentions("必要时可由组长或副组长召集临时会议。项目编号：BJJK-2024-Z0637。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aNameSpacedOutInRunningTextIsANameAfterATitleAFirmOrAByline() {
        List<EntityMention> m = mentions("市政府副市长孙立华，市科技局局长赵　峰，出席。科技创新局局长肖　玲介绍。重庆鼎信重工机械有限公司何　伟获得一等奖。"
                + "本报讯（记者 廖思佳　通讯员 钟　锐）4月18日，活动举行。王　强等15名同志获奖。");
        for (String name : List.of("赵　峰", "肖　玲", "何　伟", "钟　锐", "王　强")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        // Intake keeps one plain space for the layout's.
        assertTrue(has(mentions("市科技局局长赵 峰，出席。"), EntityType.PERSON, "赵 峰"));
        // Before 同志, opening its line or after the verb that appoints or removes (with intake's plain space).
        List<EntityMention> comrades = mentions("经研究决定：\n周 婷同志为五家渠经济技术开发区党政办公室副主任（正科级）；\n免去刘 洋同志的副局长职务。\n办公室主任由赵 敏同志兼任。");
        for (String name : List.of("周 婷", "刘 洋", "赵 敏")) {
            assertTrue(has(comrades, EntityType.PERSON, name), name + " in " + comrades);
        }
        assertTrue(mentions("主任和　副主任出席。").stream().noneMatch(x -> x.type() == EntityType.PERSON), "a title after the space: no name");
        // A common word spaced out (黎明, dawn) is a name where the person's sex opens a biography after it.
        assertTrue(has(mentions("黎　明，男，土家族，1985年7月生，贵州沿河人。"), EntityType.PERSON, "黎　明"));
        assertTrue(has(mentions("现将拟任职干部情况予以公示：\n黎 明，男，土家族，1985年7月生，贵州沿河人。"), EntityType.PERSON, "黎 明"));
        assertTrue(mentions("迎来黎　明。").stream().noneMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void namesSpacedOutToARostersWidthAreNamesWithoutTheSpacesAndASpacedLabelIsNone() {
        List<EntityMention> m = mentions("审　判　长　况　蓉\n审　判　员　旷　伟\n法官助理　卿　雨\n");
        assertEquals("旷伟", m.stream().filter(x -> x.text().equals("旷　伟")).findFirst().orElseThrow().canonical(), m.toString());
        assertTrue(has(m, EntityType.PERSON, "卿　雨") && has(m, EntityType.PERSON, "况　蓉"), m.toString());
        List<EntityMention> roster = mentions("成　员：司马骏　　国家发展改革委利用外资和境外投资司处长");
        assertTrue(roster.stream().filter(x -> x.type() == EntityType.PERSON).allMatch(x -> x.text().equals("司马骏")), roster.toString());
        List<EntityMention> attended = mentions("出席：汤晓峰　陈立民　方　蕾　傅建国　王海宁\n请假：林　静（出差）\n");
        for (String name : List.of("汤晓峰", "陈立民", "方　蕾", "傅建国", "王海宁", "林　静")) {
            assertTrue(has(attended, EntityType.PERSON, name), "on an attendance list: " + name + " in " + attended);
        }
        List<EntityMention> authors = mentions("来源：郑州海关　　发布时间：2024-05-22　　作者：孙晓楠　崔浩\n　　近日，法院作出一审判决。");
        assertTrue(has(authors, EntityType.PERSON, "孙晓楠") && has(authors, EntityType.PERSON, "崔浩"), "a page's authors after their label: " + authors);
        List<EntityMention> indented = mentions("一、会议纪要\n　　出席：汤晓峰　方　蕾　傅建国\n");
        assertTrue(has(indented, EntityType.PERSON, "方　蕾"), "an indented attendance list: " + indented);
        List<EntityMention> prose = mentions("会议地点：东　楼　三层会议室。");
        assertTrue(prose.stream().noneMatch(x -> x.type() == EntityType.PERSON), "no attendance list: " + prose);
    }

    @Test
    void theSecondNameOfAListOpenedByATitleAndANameHanLPCutEndsAtItsVerb() {
        List<EntityMention> m = mentions("另一路由消防员达瓦次仁、巩一帆佩戴空气呼吸器进入楼内搜救。");
        assertTrue(has(m, EntityType.PERSON, "达瓦次仁") && has(m, EntityType.PERSON, "巩一帆"), m.toString());
    }

    @Test
    void aThreeCharacterNameEndingIn和IsWholeButAnAndBetweenTwoNamesStillSplitsThem() {
        List<EntityMention> m = mentions("公司董事长隋景和表示，项目进展顺利。副总经理晏清和说，订单增长。王明和李强出席了会议。");
        assertTrue(has(m, EntityType.PERSON, "隋景和") && has(m, EntityType.PERSON, "晏清和"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "王明") && has(m, EntityType.PERSON, "李强"), m.toString());
    }

    @Test
    void aNewspaperAndItsVideoChannelJoinedByADotAreNoName() {
        List<EntityMention> m = mentions("据大河报·豫视频报道，郑州航空港区新开两条航线。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aDottedNamesPartHanLPCutsIntoPiecesIsWholeAndEndsBeforeTheWordAfterIt() {
        List<EntityMention> m = mentions("美籍外援德肖恩·普勒姆全场贡献20分。德国指挥家马库斯·施泰因巴赫出席。主帅索·维拉克表示满意。");
        assertTrue(has(m, EntityType.PERSON, "德肖恩·普勒姆"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "马库斯·施泰因巴赫"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "索·维拉克"), m.toString());
    }

    @Test
    void aDottedNameIsWholeWhereHanLPGluesItToTheNounBeforeItOrAPartIsAPlacesName() {
        List<EntityMention> m = mentions("来自肯尼亚的红茶商人格蕾丝·瓦姆布伊则在综保区内租下了展示厅。科特迪瓦可可商人库阿西·阿曼第一次来湖南。");
        assertTrue(has(m, EntityType.PERSON, "格蕾丝·瓦姆布伊"), "商/人格/蕾丝: " + m);
        assertTrue(has(m, EntityType.PERSON, "库阿西·阿曼") && !has(m, EntityType.PLACE, "阿曼"), "阿曼 beside a part that is no word: " + m);
        assertTrue(mentions("中国·天津，安徽·合肥报道。").stream().noneMatch(x -> x.type() == EntityType.PERSON), "datelines are places only");
    }

    @Test
    void aYearsCharacterOpensNoDottedNameAndACountryBesideWordsIsAPlace() {
        List<EntityMention> m = mentions("（三）办好2026年中国·互助土族“纳顿”文化旅游节暨青稞酒文化节。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        assertTrue(has(m, EntityType.PLACE, "中国"), m.toString());
    }

    @Test
    void aWordOfThreeHanlpKnowsIsNoNameAfterATitle() {
        List<EntityMention> m = mentions("均已按期办结，办结率100%，代表委员满意率100%，群众满意度98%。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        assertTrue(mentions("主任杨柳讲话。").stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals("杨柳")), "a word of two is a name after a title");
    }

    @Test
    void aMongolianNameOnlyTheTaggerReadsAfterATitleIsFoundWhereverTheDocumentRepeatsIt() {
        List<EntityMention> m = mentions("市委副书记、市长乌力吉木仁出席活动。\n\n乌力吉木仁表示，将加快建设。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PERSON && x.text().equals("乌力吉木仁")).count(), m.toString());
    }

    @Test
    void aBylinesNameWithARareSurnameEndsAtTheSpaceBeforeTheNext() {
        List<EntityMention> m = mentions("延边日报讯（记者 玄美兰 孔德辉 通讯员 池允浩）近日，会议召开。玄机已现。");
        assertTrue(has(m, EntityType.PERSON, "玄美兰") && has(m, EntityType.PERSON, "孔德辉"), m.toString());
        assertEquals(3, m.stream().filter(x -> x.type() == EntityType.PERSON).count(), "玄 alone opens no name: " + m);
    }

    @Test
    void aBylinesNameOfSixCharactersHanLPReadsAsTwoNamesIsOne() {
        List<EntityMention> m = mentions("锡林郭勒日报讯（记者 其其格 通讯员 敖特根巴雅尔）8月26日，推进会举行。");
        assertTrue(has(m, EntityType.PERSON, "敖特根巴雅尔") && has(m, EntityType.PERSON, "其其格"), m.toString());
    }

    @Test
    void aNameListedAfterOneOpenedByARareSurnameHanLPReadsAloneIsFound() {
        List<EntityMention> m = mentions("市委副书记廖文澜，市委常委曾宪彰、谢瑶琳、郄建国、刘思危、缪宇航出席会议。");
        assertTrue(has(m, EntityType.PERSON, "刘思危") && has(m, EntityType.PERSON, "郄建国"), "郄/nz 建国/vi、刘思危: " + m);
    }

    @Test
    void aJapaneseNameAfterATitleIsWholeWhateverItsGivenNameReadsAs() {
        List<EntityMention> m = mentions("领事办公室所长中村雅人，首席代表出席。东和精机株式会社董事、中国区总裁高桥和也同时担任大连日本商工会会长。");
        assertTrue(has(m, EntityType.PERSON, "中村雅人") && has(m, EntityType.PERSON, "高桥和也"), "雅人 is a word, 高桥/和/也: " + m);
        assertFalse(mentions("石川市长出席。").stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().length() == 4));
    }

    @Test
    void aTitleAndACommonWordQuotedTogetherAreACoinedTermNoTitleAndName() {
        List<EntityMention> m = mentions("推动更多“院士智慧”转化为现实生产力。他说“院士王明”来了。");
        assertFalse(has(m, EntityType.PERSON, "智慧"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "王明"), m.toString());
    }

    @Test
    void theHeadOfATaskForceIsATitleNoName() {
        List<EntityMention> m = mentions("成立工作专班，由牵头单位主要负责人任专班组长。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aWordQuotedAloneBeforeANounItQualifiesIsACoinedTermNoName() {
        List<EntityMention> m = mentions("港务区已形成以西安综合保税区为支撑的“陆港”体系。");
        assertFalse(has(m, EntityType.PERSON, "陆港"), m.toString());
        List<EntityMention> manner = mentions("四是加强“关地”协同，与江西省商务厅合作。“王强”表示同意。");
        assertFalse(has(manner, EntityType.PERSON, "关地"), manner.toString());
        assertTrue(has(manner, EntityType.PERSON, "王强"), manner.toString());
        assertTrue(has(mentions("“李明”回忆说。"), EntityType.PERSON, "李明"), "a pseudonym before what the person does");
    }

    @Test
    void aPersonAppointedWithTheirSexInBracketsIsFoundAndTakesTheOffice() {
        String text = "任命冯书瑶（女）为江苏省科学技术厅厅长；";
        assertTrue(has(mentions(text), EntityType.PERSON, "冯书瑶"));
        assertEquals(List.of("江苏省科学技术厅"), EntityFixture.analyze(text).entities().positions().stream()
                .filter(p -> p.person().equals("冯书瑶")).map(PositionHeld::organization).toList());
    }

    @Test
    void aNameThatOpensWithAWordIsOneAfterATitleBeforeWhatTheHolderDoes() {
        List<EntityMention> m = mentions("2026年1月13日，巡视组向中共云南省委书记简明泽进行了反馈。");
        assertTrue(has(m, EntityType.PERSON, "简明泽"), "简明 is a word, 进行 what the person does: " + m);
    }

    @Test
    void aWordEndingWithTheUnitItsHeadsTitleNamesIsNoName() {
        List<EntityMention> m = mentions("成　员：陈晓东（新区应急管理局副局长）、何志勇（新区建设局质安站站长）");
        assertFalse(has(m, EntityType.PERSON, "安站"), "质安站 + 站长: " + m);
        assertTrue(has(m, EntityType.PERSON, "何志勇"), m.toString());
        List<EntityMention> names = mentions("王建军军长出席会议。李俊庭庭长主持会议。王振科科长主持会议。");
        assertTrue(has(names, EntityType.PERSON, "王建军") && has(names, EntityType.PERSON, "李俊庭") && has(names, EntityType.PERSON, "王振科"),
                "a given name may end as a unit does: " + names);
    }

    @Test
    void aNameListedAfterANameWithANoteInBracketsIsOne() {
        // (after the notice's opening paragraph, where the tagger reads no name there either)
        List<EntityMention> m = mentions("　　为深入贯彻《新时代产业工人队伍建设改革方案》，大力弘扬劳模精神、劳动精神、工匠精神，由吉安市总工会、吉安市人力资源和社会保障局、井冈山综合保税区管理委员会、吉安高新技术产业开发区管理委员会联合主办，井冈山经济技术开发区工会委员会、吉安高新区工会工作委员会承办，吉安职业技术学院协办的2024年“综保杯”职工职业技能竞赛，于9月24日至26日在井冈山综合保税区实训基地和吉安职业技术学院工程训练中心举行。"
                + "竞赛共设电子装配工、电工、焊工、数控车工、叉车司机、关务技能6个项目，来自两区63家企业的412名职工报名参赛，经理论考试和实操比拼，共决出一等奖6名、二等奖12名、三等奖18名。现将获奖名单公布如下：\n\n一、电子装配工\n　　一等奖：刘小芳（江西华屏显示科技有限公司）\n"
                + "　　二等奖：肖美玲（吉安市晶辉光电有限公司）、胡晓军（江西赣鑫电路板股份有限公司）");
        assertTrue(has(m, EntityType.PERSON, "胡晓军"), m.toString());
    }

    @Test
    void anAppointedMongolianOrTibetanNameIsFoundWithNoSurname() {
        String text = "　　八、批准任命：\n　　南哲浩为延边朝鲜族自治州人民检察院检察长；\n　　乌云其木格为松原市人民检察院检察长；\n"
                + "　　任命次仁多吉为西藏自治区商务厅副厅长。";
        List<EntityMention> m = mentions(text);
        assertTrue(has(m, EntityType.PERSON, "乌云其木格") && has(m, EntityType.PERSON, "次仁多吉"), m.toString());
        assertEquals(List.of("松原市人民检察院"), EntityFixture.analyze(text).entities().positions().stream()
                .filter(p -> p.person().equals("乌云其木格")).map(PositionHeld::organization).toList());
    }

    @Test
    void inAZoneDocumentANameTheTaggerAndHanLPBothReadBeforeAVerbIsOne() {
        List<EntityMention> m = mentions("两岸青年融合发展对接会在海沧综保区举行。来自新竹的台胞创业者詹淑慧分享自己的“登陆”故事。");
        assertTrue(has(m, EntityType.PERSON, "詹淑慧"), m.toString());
    }

    @Test
    void inAZoneDocumentANameBothReadIsOneBeforeAWordThatFollowsNamesOrAfterAParticle() {
        String zone = "东丽经开区举办职工集体婚礼。";
        for (String[] sentence : new String[][] {
                {"新娘李梦瑶在隔壁的天津航宇精工科技有限公司做人事专员。", "李梦瑶"},
                {"在广东佳禾新能源材料有限公司做质检员的郑丽娟说，她和丈夫都在园区上班。", "郑丽娟"},
                {"包装车间的年轻操作工李晓燕告诉记者，她老家在湟中。", "李晓燕"},
                {"坐在第一排的于海涛是焊装车间的班组长。", "于海涛"}}) {
            List<EntityMention> m = mentions(zone + sentence[0]);
            assertTrue(has(m, EntityType.PERSON, sentence[1]), sentence[1] + " in " + m);
        }
        List<EntityMention> list = mentions(zone + "扩大联合利华、金佰利等日用消费品生产规模。全球能源管理巨头施耐德在经开区投资。据金佰利介绍，项目顺利。");
        assertTrue(list.stream().noneMatch(x -> x.type() == EntityType.PERSON), "brands, and a list's end: " + list);
    }

    @Test
    void inAZoneDocumentANameAfterAWordHanLPKnowsAsAnOccupationIsOne() {
        List<EntityMention> m = mentions("东丽经开区举办职工技能比赛。48岁的宏达纺织挡车工王桂芳已经是第二次参赛了。");
        assertTrue(has(m, EntityType.PERSON, "王桂芳"), m.toString());
    }

    @Test
    void aNameEndsBeforeAWordThatFollowsNamesEvenWhereHanLPGluesItsFirstCharacterOn() {
        List<EntityMention> m = mentions("南昌大学科学技术处处长、教授龚振宇任评审委员会主任。食品学院教授任海燕受聘担任公司科技副总。"
                + "开发区党工委书记、管委会主任曾庆荣将为监督员颁发聘书。");
        for (String name : List.of("龚振宇", "任海燕", "曾庆荣")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        List<EntityMention> named = mentions("王志镇说，项目进展顺利。他是苏北人，在园区工作。");
        assertTrue(has(named, EntityType.PERSON, "王志镇"), "a name ending in a level word before a mark: " + named);
        assertTrue(!has(named, EntityType.PERSON, "苏北人"), named.toString());
        List<EntityMention> today = mentions("国务院总理李强今将出席开幕式。");
        assertTrue(has(today, EntityType.PERSON, "李强") && !has(today, EntityType.PERSON, "李强今"), today.toString());
    }

    @Test
    void aNameCellRightAfterAUnitsCellInATablesRowIsTheUnitsPerson() {
        List<EntityMention> m = mentions("联系人：装备工业一处　宁　涛　　电话：024-86892213\n　　　　驻厅纪检监察组　吕欣然　　电话：024-86892651\n"
                + "林芝市民政局社会救助科　次仁旺堆　0894-5822××6\n省委第一巡视组　马福海　中共海东市委员会　0972-8613011\n"
                + "2　江西建昌药谷智能装备有限公司　揭晓峰\n市教育局　　　王立群　　　25　　　5　　　　0　　　83.3%　满意\n"
                + "市委第三巡察组　姜永胜　李美善　市卫生健康局党组、官地镇党委　0433-6219303");
        for (String name : List.of("吕欣然", "次仁旺堆", "马福海", "揭晓峰", "王立群", "姜永胜", "李美善")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        List<EntityMention> notNames = mentions("责任单位　市商务局　王庄村　牵头\n市发展改革委　　市财政局　　高新区管委会\n"
                + "13　荆州市　荆州市沙市区万福楼酱园有限公司　万福楼\n11　葫芦岛市中心医院　普通外科　主任医师");
        assertTrue(notNames.stream().noneMatch(x -> x.type() == EntityType.PERSON), notNames.toString());
    }

    @Test
    void wordsThatFollowNamesJoinedDashesTeamsAndTownshipsAreNoNames() {
        List<EntityMention> m = mentions("清镇市工业和信息化局局长吴启航向记者解释：“它不是实体电厂。”主产区推广“茶—林—草”复合生态模式。"
                + "拔河决赛中，乌钢代表队以2比1战胜兴安热电有限责任公司代表队。\n序号　乡镇　诉求量　办结率\n3　李亲顾镇　618　100\n4　王庄乡　12　100");
        assertTrue(has(m, EntityType.PERSON, "吴启航"), m.toString());
        assertTrue(m.stream().filter(x -> x.type() == EntityType.PERSON).allMatch(x -> x.text().equals("吴启航")), m.toString());
    }

    @Test
    void aRosterLinesNameBeforeASpaceAndItsOfficesIsOneWhateverItsSurname() {
        List<EntityMention> m = mentions("现将芜湖经开区管委会领导班子成员工作分工调整如下：\n\n宓振华　党工委书记、管委会主任\n\n主持全面工作。\n\n"
                + "笪晓军　党工委委员、管委会副主任\n\n殳晨　管委会主任助理\n\n协助主任工作。");
        assertTrue(has(m, EntityType.PERSON, "宓振华") && has(m, EntityType.PERSON, "笪晓军") && has(m, EntityType.PERSON, "殳晨"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && (x.text().contains("　") || x.text().equals("笪晓军"))), m.toString());
    }

    @Test
    void aBodysWordAfterARoleAndBeforeItsTitleIsNoName() {
        List<EntityMention> m = mentions("应急指挥部\n总　指　挥：管委会主任　关庆林\n副总指挥：管委会副主任　佟立新；抚顺市公安局高新技术产业开发区分局局长　付国强");
        assertTrue(has(m, EntityType.PERSON, "关庆林") && has(m, EntityType.PERSON, "佟立新"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("管委会")), m.toString());
    }

    @Test
    void aNameSetOffBySpacesInATablesRowWithItsPeopleAfterItIsOne() {
        List<EntityMention> m = mentions("补选的代表名单\n　　选举单位　　姓名　　职务\n　　柳州市　　蒙立新（仫佬族）　柳州市委副书记、市长\n"
                + "　　钦州市　　陆嘉琪（女）　钦州综合保税区管理委员会主任");
        assertTrue(has(m, EntityType.PERSON, "蒙立新") && has(m, EntityType.PERSON, "陆嘉琪"), m.toString());
    }

    @Test
    void everyIndentedLineOfAListWithNoStopsOpensWithItsName() {
        // Indented lines; a long body's or firm's name before the office that ends each line.
        List<EntityMention> m = mentions("先进个人名单（3名）\n　　蒋雯雯　高新区经济发展局外经外贸科科长\n　　恽俊杰　常州武进综合保税区投资开发有限公司总经理\n"
                + "　　芮文博　高新区行政审批局企业服务科科员");
        assertTrue(has(m, EntityType.PERSON, "蒋雯雯") && has(m, EntityType.PERSON, "恽俊杰") && has(m, EntityType.PERSON, "芮文博"), m.toString());
        List<EntityMention> prose = mentions("工作要点\n　　蒋雯雯　高新区经济发展局外经外贸科科长陪同调研");
        assertTrue(prose.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().startsWith("蒋")), "no office ends the line: " + prose);
        List<EntityMention> posts = mentions("招聘岗位\n１　　司机　男　　1名");
        assertTrue(posts.stream().noneMatch(x -> x.type() == EntityType.PERSON), "a post before the sex column is no name: " + posts);
    }

    @Test
    void aDottedNamesLastPartRunsThroughABrandAndAnAdverbHanLPReadsInItAndStopsAtAVerb() {
        List<EntityMention> m = mentions("据合作中心管委会主任叶尔波拉提·巴合提别克介绍，出入人员突破500万人次。“可免签进入。”叶尔波拉提·巴合提别克说。"
                + "开发区管委会副主任古丽娜尔·沙吾提发布了措施。常务副主任哈力木拉提·玉素甫表示，将落实方案。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("叶尔波拉提·巴合提别克")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "no brand 别克 inside the name: " + m);
        assertTrue(has(m, EntityType.PERSON, "古丽娜尔·沙吾提") && has(m, EntityType.PERSON, "哈力木拉提·玉素甫"), m.toString());
    }

    @Test
    void rareSurnamesOfAppointmentNoticesOpenTheNamesTheyAppointOrRemove() {
        List<EntityMention> m = mentions("免去：\n买文秀的郑州市中级人民法院审判员职务；\n靳海波的郑州市人民检察院检察员职务。\n"
                + "经市人民政府研究，决定：\n任命寇子恒为郑州市交通运输局副局长；\n任命帖晓东为郑州市人民政府办公厅副主任。");
        assertTrue(has(m, EntityType.PERSON, "买文秀") && has(m, EntityType.PERSON, "帖晓东"), m.toString());
    }

    @Test
    void aDottedNameEndsBeforeAPrepositionItRanIntoBeforeANumber() {
        List<EntityMention> m = mentions("埃塞俄比亚选手梅塞雷特·格塔丘以2小时27分15秒获得女子全程冠军。女子组中，格塔丘全程领跑。");
        assertTrue(has(m, EntityType.PERSON, "梅塞雷特·格塔丘") && !has(m, EntityType.PERSON, "梅塞雷特·格塔丘以"), m.toString());
    }

    @Test
    void aDottedNameIsAPersonsInAZoneDocumentToo() {
        List<EntityMention> m = mentions("中新广州知识城举行动工仪式。公司首席技术官、荷兰籍专家扬·范德维尔德在知识城工作已近五年。"
                + "法国籍酿酒师皮埃尔-伊夫·勒克莱尔正在查看新酒。约旦客商萨米尔·哈达德表示满意。");
        for (String name : List.of("扬·范德维尔德", "皮埃尔-伊夫·勒克莱尔", "萨米尔·哈达德")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void aPeopleInBracketsAfterTheNameVouchesForANameAfterATitle() {
        List<EntityMention> m = mentions("酒井哈尼族乡勐根村党总支书记娜妥（拉祜族）说，村里的咖啡卖到了泰国。");
        assertTrue(has(m, EntityType.PERSON, "娜妥"), m.toString());
        List<EntityMention> chairman = mentions("云南澜湄国际物流集团有限公司（澜湄物流）董事长岩温香（傣族）建议，完善规则。");
        assertTrue(has(chairman, EntityType.PERSON, "岩温香"), "after the longest title, not 董事: " + chairman);
    }

    @Test
    void aSpeakerAtASymposiumIsNamedBeforeWhatTheSpeakerDoes() {
        List<EntityMention> m = mentions("南开大学滨海开发研究院执行院长、教授蔺宏伟比较了天津滨海新区综合保税区与石家庄综保区的发展路径。");
        assertTrue(has(m, EntityType.PERSON, "蔺宏伟"), m.toString());
    }

    @Test
    void aNameFollowsANationalityOrPeopleAndTradeOrAnHonourAsItFollowsATitle() {
        List<EntityMention> m = mentions("日本籍企业家佐藤由纪获得白玉兰纪念奖。时代楷模亓红梅、全国劳动模范詹国栋等先进典型不断涌现。"
                + "台胞青年林宥辰在平潭创业。台江县苗绣传承人龙金花、册亨县布依族茶农韦光荣受到表彰。");
        for (String name : List.of("佐藤由纪", "亓红梅", "詹国栋", "林宥辰", "龙金花", "韦光荣")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        assertTrue(mentions("一批湖南籍企业在此落户。布依族群众增收。侨胞和家人在一起。").stream().noneMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void aNameFollowsWhereAPersonLivesOrComesFromAndAPlacesYouth() {
        // HanLP reads 黄/a 秀英/nz and 陈美/nr 玲/nz: only where they stand says they are names.
        List<EntityMention> m = mentions("厦门海沧港综合保税区开展业务。凭祥市友谊镇边民黄秀英加入边民互助组。来自高雄的陈美玲则走了另一条路。"
                + "1996年出生的新竹青年吴建宏是创业基地的学员。");
        for (String name : List.of("黄秀英", "陈美玲", "吴建宏")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        List<EntityMention> none = mentions("厦门海沧港综合保税区开展业务。来自北京的专家说。来自广州的企业表示。台湾青年创业。台湾青年高度评价。市民代表发言。居民消费价格指数上涨。");
        assertTrue(none.stream().noneMatch(x -> x.type() == EntityType.PERSON), none.toString());
    }

    @Test
    void aNameHanlpGluedToTheDengAfterItKeepsItsLastCharacter() {
        assertTrue(has(mentions("高级技师覃德高等先进典型不断涌现。"), EntityType.PERSON, "覃德高"));
        assertTrue(mentions("讲师王芳高等数学讲得好。").stream().noneMatch(x -> x.text().equals("王芳高")));
        // 启动区|建设: an area's character glued to a common word is no surname; after a title 区 is one.
        List<EntityMention> area = mentions("河北雄安新区启动区建设加快。董事长区嘉豪说。");
        assertTrue(area.stream().noneMatch(x -> x.text().equals("区建设")), area.toString());
        assertTrue(has(area, EntityType.PERSON, "区嘉豪"), area.toString());
    }

    @Test
    void namesListedAfterATitledNameASurnameOpensShareTheTitle() {
        List<EntityMention> m = mentions("中新天津生态城举行活动。大会主席团常务主席单国庆、祁慧芳、杜文渊在主席台前排就座。");
        assertTrue(has(m, EntityType.PERSON, "祁慧芳"), m.toString());
    }

    @Test
    void aDottedSloganHoldingAProvinceIsNoName() {
        List<EntityMention> m = mentions("全年开展“巴适四川·消费焕新”系列促消费活动。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aFirmsOfficerAddressedBySurnameAndTitleIsThatOfficer() {
        List<EntityMention> m = mentions("满洲里森诺木业有限公司开工。森诺木业董事长韩国峰介绍了项目。韩总告诉记者，公司计划扩产。韩总理访华。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals("韩总") && x.canonical().equals("韩国峰")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().startsWith("韩总理")), m.toString());
        List<EntityMention> founder = mentions("台湾高雄人郭俊宏2012年来到厦门，创办了厦门宏翔航空零部件有限公司。郭总充满信心。");
        assertTrue(founder.stream().anyMatch(x -> x.text().equals("郭总") && x.canonical().equals("郭俊宏")), "a founder holding no office: " + founder);
        List<EntityMention> subject = mentions("清晨七点，马文礼已经站在商铺门口。今年48岁的马文礼是甘肃临夏人。如今，他的公司年营业额过亿。"
                + "马文礼说，班列改变了一切。马总的生意发生质的变化。");
        assertTrue(subject.stream().anyMatch(x -> x.text().equals("马总") && x.canonical().equals("马文礼")), "a story's subject: " + subject);
        List<EntityMention> two = mentions("公司董事长韩国峰、总经理韩立新出席。韩总表示满意。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("韩总")), "two of the surname: " + two);
    }

    @Test
    void aQuestionAfterAReportersTitleAndColonIsSpeechNoName() {
        List<EntityMention> m = mentions("第一财经记者：海关在优化口岸营商环境方面有哪些新举措？主持人：王凯，省政府新闻办副主任。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("海关")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "王凯"), m.toString());
    }

    @Test
    void anAdverbOrPrepositionGoingOnWithTheSentenceEndsNoName() {
        List<EntityMention> m = mentions("四川蜀芯集成电路有限公司总经理唐婧则建议，进一步完善本地配套。老挝国家工商会副主席宋萨·本塔冯在致辞中表示，合作很好。");
        assertTrue(has(m, EntityType.PERSON, "唐婧") && has(m, EntityType.PERSON, "宋萨·本塔冯"), m.toString());
    }

    @Test
    void aVerbOfSayingGluedToADottedNamesLastPartEndsNoName() {
        List<EntityMention> m = mentions("工商会总经理莉娜·贝克尔说，巴伐利亚企业看好江苏。");
        assertTrue(has(m, EntityType.PERSON, "莉娜·贝克尔"), m.toString());
    }

    @Test
    void aBylinesNameAfterAColonIsFoundBeforeItsReportWord() {
        assertTrue(has(mentions("本报记者：王凯报道"), EntityType.PERSON, "王凯"));
    }

    @Test
    void anOfficialAddressedBySurnameAndTitleIsThePersonOfThatSurnameHoldingIt() {
        List<EntityMention> m = mentions("绥芬河海关副关长冼志明介绍。“通关时间缩短。”冼关长说，今年以来快速增长。"
                + "村党支部书记马海军说，搬迁顺利。“吃水难。”马书记说。港务区管委会副主任许文韬出席。据许主任介绍，今年增长。");
        for (String[] addressed : new String[][] {{"冼关长", "冼志明"}, {"马书记", "马海军"}, {"许主任", "许文韬"}}) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals(addressed[0]) && x.canonical().equals(addressed[1])),
                    addressed[0] + " " + m);
        }
        // The title inside the address is part of it, no office named there.
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION && x.text().equals("主任") && m.stream().anyMatch(
                p -> p.type() == EntityType.PERSON && p.start() <= x.start() && x.end() <= p.end())), m.toString());
    }

    @Test
    void anOfficerAddressedByADeputysTitleOrATwoCharacterSurnameIsThePersonHoldingIt() {
        String text = "中国星网副总经理周海洋出席。周副总经理透露，项目明年开工。南昌海关副关长廖文彬介绍。【邹晓岚】谢谢廖副关长。刚才廖副关长提到，今年增长。"
                + "大连冈田冷藏物流有限公司总经理冈田隆志说。冈田总经理透露。";
        List<EntityMention> m = mentions(text);
        for (String[] addressed : new String[][] {{"周副总经理", "周海洋"}, {"廖副关长", "廖文彬"}, {"冈田总经理", "冈田隆志"}}) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals(addressed[0]) && x.canonical().equals(addressed[1])),
                    addressed[0] + " " + m);
        }
        assertEquals(2, m.stream().filter(x -> x.text().equals("廖副关长")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && List.of("周副", "谢廖", "冈田").contains(x.text())), m.toString());
        List<EntityMention> fullNames = mentions("总经理李明华说。李明总经理表示同意。综合部主任任强副总经理出席。");
        assertTrue(fullNames.stream().noneMatch(x -> x.canonical().equals("李明华") && x.start() > 5), "李明 is a name of its own, no surname: " + fullNames);
        List<PositionHeld> positions = EntityFixture.analyze(text).entities().positions();
        assertTrue(positions.stream().allMatch(p -> List.of("周海洋", "廖文彬", "冈田隆志").contains(p.person())), "no office for a name cut from an address: " + positions);
    }

    @Test
    void aPersonAddressedByCourtesyTitleIsTheOnePersonOfThatSurnameTheDocumentNames() {
        List<EntityMention> m = mentions("冷链公司总经理陈俊杰说，园区很大。陈先生透露，园区一期投运。据王女士介绍，增长很快。副关长廖文彬先生介绍。");
        assertEquals("陈俊杰", EntityFixture.canonicalOf(m, "陈先生"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("王女士") || x.text().equals("彬先生")), "no one of the surname named: " + m);
    }

    @Test
    void anAddressedTitleOfTwoPeopleOfTheSurnameIsNoOnesName() {
        List<EntityMention> m = mentions("市委书记王建国、区委书记王立新出席。王书记强调，要抓好落实。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("王书记")), m.toString());
    }

    @Test
    void aDottedNameEndsBeforeTheVerbOfLeadingGluedToIt() {
        List<EntityMention> m = mentions("杜伊斯堡市副市长埃娃·施密特率代表团参观了光谷科技会展中心。");
        assertTrue(has(m, EntityType.PERSON, "埃娃·施密特"), m.toString());
    }

    @Test
    void aNameWhoseSurnameIsAModalVerbIsFoundBeforeTheReportItGives() {
        assertTrue(has(mentions("北仑海关副关长应晓汇报了穿山港区“船边直提”情况。"), EntityType.PERSON, "应晓"));
    }

    @Test
    void aTitleOfTheScreenOrTheStudioOpensAName() {
        List<EntityMention> m = mentions("券商首席分析师尉迟冬青认为，市场回暖。节目总导演东方昕然介绍，首席制作人汪若涵参与。");
        assertTrue(has(m, EntityType.PERSON, "尉迟冬青"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "东方昕然") && has(m, EntityType.PERSON, "汪若涵"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("和首席")), m.toString());
    }

    @Test
    void aThreeCharacterNameReadWholeOnceIsWholeWhereHanLPReadsOnlyItsGivenName() {
        List<EntityMention> m = mentions("海关关员蔺海涛介绍了通关流程。请问海涛，新政策何时实施？");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.PERSON).allMatch(x -> x.text().equals("蔺海涛")), m.toString());
    }

    @Test
    void aTwoCharacterSurnamesNameClosesAListBeforeItsVerb() {
        List<EntityMention> m = mentions("省委常委向兆龙、田茂松、麻建新、欧阳振华出席会议。");
        assertTrue(has(m, EntityType.PERSON, "欧阳振华"), m.toString());
    }

    @Test
    void aNameAfterATwoCharacterSurnameTakesALastCharacterHanLPReadsAsAnAdverb() {
        List<EntityMention> m = mentions("欧阳一凡（党工委委员、管委会副主任）。原由涂向阳同志负责的工作，由欧阳一凡同志负责。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("欧阳一凡")).count(), m.toString());
    }

    @Test
    void aDottedNamesPartBeforeAFormOfAddressIsThatPersonAndAnAdverbGluedToItsLastPartIsNoPartOfIt() {
        List<EntityMention> m = mentions("泰国暹罗东方贸易集团董事长颂猜·通萨出席。颂猜先生说，集团将扩大投资。颂猜·通萨则看中了区位优势。"
                + "德国舍弗勒公司工程师托马斯·韦伯介绍。韦伯先生笑着说。");
        assertEquals("颂猜·通萨", canonicalOf(m, "颂猜"), m.toString());
        assertEquals("托马斯·韦伯", canonicalOf(m, "韦伯"), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("颂猜·通萨")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("则")), m.toString());
    }

    @Test
    void aSpanOfTimePointedAtIsNoName() {
        assertTrue(mentions("始于2019年。那一年，公司在汉诺威工业博览会上签约。这一天，他很高兴。").stream().noneMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void aVehicleEmissionStandardIsNoName() {
        List<EntityMention> m = mentions("禁止国四及以下排放标准的重型货车通行。国四及以下车辆限行，国六车辆可以通行。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void theNameAQuestionIsPutToBeforeItsTitleIsAName() {
        List<EntityMention> m = mentions("记者：请问万丽萍主任，政策何时落地？");
        assertTrue(has(m, EntityType.PERSON, "万丽萍") && has(m, EntityType.POSITION, "主任"), m.toString());
        List<EntityMention> bodies = mentions("请问国台办发言人，两岸关系如何？请问商务部部长，政策何时出台？");
        assertTrue(bodies.stream().noneMatch(x -> x.type() == EntityType.PERSON), "a body asked by its spokesperson's title: " + bodies);
    }

    @Test
    void aTransliteratedNameEndingInHeBeforeAColonKeepsIt() {
        List<EntityMention> m = mentions("蒙古国汗山羊绒有限责任公司总经理巴特孟和：“我们每年向中国出口原绒。”");
        assertTrue(has(m, EntityType.PERSON, "巴特孟和"), m.toString());
    }

    @Test
    void aNameTakesALastCharacterHanLPCouldNotPlaceButASitesWordStaysOut() {
        List<EntityMention> m = mentions("会议由张伟岚同志主持。黄晓岚同志任市商务局局长。");
        assertTrue(has(m, EntityType.PERSON, "张伟岚"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "黄晓岚"), m.toString());
        assertFalse(has(mentions("景区在慈光阁、云谷寺等主要出入口增设临时停车场。"), EntityType.PERSON, "云谷寺"));
    }

    @Test
    void aTitleOfAddressOrAVerbOfLeadingEndsANameAfterATitleAndRareSurnamesOpenOne() {
        assertTrue(has(mentions("学院院长隗振宇教授表示，学生很好。"), EntityType.PERSON, "隗振宇"));
        assertTrue(has(mentions("由省政府副秘书长郗文博牵头，省商务厅参与。"), EntityType.PERSON, "郗文博"));
        assertTrue(has(mentions("省政府副秘书长鲜于明哲出席。"), EntityType.PERSON, "鲜于明哲"));
        List<EntityMention> trial = mentions("法院审理了市政协原副主席暨国栋受贿一案。大会开幕式暨签约仪式举行，主任暨总经理出席。");
        assertTrue(has(trial, EntityType.PERSON, "暨国栋"), trial.toString());
        assertEquals(1, trial.stream().filter(x -> x.type() == EntityType.PERSON).count(), trial.toString());
    }

    @Test
    void theYisClanNamesAndTuoAfterATitleOpenNames() {
        List<EntityMention> m = mentions("凉山州委常委吉克木呷讲话，副州长曲比阿果主持。副县长拓新民出席。局长拓展了业务。");
        assertTrue(has(m, EntityType.PERSON, "吉克木呷") && has(m, EntityType.PERSON, "曲比阿果"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "拓新民"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("拓展")), m.toString());
    }

    @Test
    void aDottedNameEndsBeforeAVerbOfSpeakingAndNoNameEndsIn说() {
        List<EntityMention> m = mentions("喀什海关综合业务科科长迪力夏提·艾合买提提醒，企业可提前申报。吉方客户代表专程赶到现场验货，连说“很满意”。");
        assertTrue(has(m, EntityType.PERSON, "迪力夏提·艾合买提"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("连说")), m.toString());
    }

    @Test
    void aLongNameReadWholeOnceIsWholeWhereItWasReadCut() {
        List<EntityMention> m = mentions("缅甸商务部贸易司司长吴敏梭昂出席会议并讲话。吴敏梭昂表示，缅中两国经贸往来密切。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.PERSON).allMatch(x -> x.text().equals("吴敏梭昂")), m.toString());
    }

    @Test
    void rareTwoCharacterSurnamesAndSurnamesOfTheDaiAfterATitleOpenNames() {
        assertTrue(has(mentions("远筑集团项目经理亓官耀东说。"), EntityType.PERSON, "亓官耀东"));
        assertTrue(has(mentions("德宏州商务局党组书记、局长思永贵出席。"), EntityType.PERSON, "思永贵"));
        assertTrue(mentions("赫连续增长，濮阳市召开会议，局长思路清晰。").stream().noneMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void theLastNameOfAListEndsAtWhatEachOfThemDoesAndANameHanLPSplitStandsBetweenNamesReadWhole() {
        List<EntityMention> deputies = mentions("签约仪式上，管委会副主任詹书怡、樊立成、童雅琴分别代表合肥经开区签约。");
        assertTrue(has(deputies, EntityType.PERSON, "童雅琴"), deputies.toString());
        // 邬/明达: HanLP splits the name; the names read whole on either side run up to a title and a verb it knows.
        List<EntityMention> leaders = mentions("舟山市召开大会，市领导乐嘉良、邬明达、孔繁卓出席。");
        assertTrue(has(leaders, EntityType.PERSON, "邬明达"), leaders.toString());
        List<EntityMention> firms = mentions("天津港保税区引进卡特彼勒、庞巴迪、金佰利等企业。");
        assertTrue(firms.stream().noneMatch(x -> x.type() == EntityType.PERSON), firms.toString());
    }

    @Test
    void aRostersNamesWithTheirOfficeInBracketsArePersonsHoldingIt() {
        String text = "西安高新区管委会主任办公会议纪要\n列席：周振宇（管委会办公室主任）、刘佳（综合保税区管理办公室主任）、陈立军（财政局局长）、"
                + "黄志强（西安高新丝路综保投资发展有限公司董事长）\n请假：杜明（出差）";
        List<EntityMention> m = mentions(text);
        for (String name : List.of("周振宇", "刘佳", "陈立军", "黄志强", "杜明")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " " + m);
        }
        List<PositionHeld> p = EntityFixture.analyze(text).entities().positions();
        assertTrue(p.stream().anyMatch(x -> x.person().equals("黄志强") && "西安高新丝路综保投资发展有限公司".equals(x.organization())), p.toString());
        // A firm's or a body's role in brackets is no office of a person.
        assertTrue(mentions("签约双方：高新区管委会（甲方）、西安辰芯公司（乙方）。").stream().noneMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void namesListedAfterATitledNameShareTheTitleInAZoneDocument() {
        List<EntityMention> m = mentions("东宁边境经济合作区申建材料正式上报商务部。常务副市长李文涛、副市长朴英姬、宋立强等政府班子成员将分兵把口、压实责任。");
        for (String name : List.of("李文涛", "朴英姬", "宋立强")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void namesWithoutSurnamesListedTogetherVouchForEachOtherAndAConjunctionClosesTheList() {
        List<EntityMention> m = mentions("各位代表，副市长旦增罗布、扎西平措和政府党组成员索朗卓嘎将分别牵头开放平台。");
        for (String name : List.of("旦增罗布", "扎西平措", "索朗卓嘎")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().contains("扎西")), m.toString());
    }

    @Test
    void twoNamesOfTheStockAfterATitleAreOneNameBeforeAnyVerb() {
        List<EntityMention> m = mentions("会上，拉萨经济技术开发区党工委书记、管委会主任索朗多吉通报了综保区建设运营情况。");
        assertTrue(has(m, EntityType.PERSON, "索朗多吉"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("索朗")), m.toString());
    }

    @Test
    void aConjunctionBeforeTheFirstOfAListOfNamesLeavesItAName() {
        List<EntityMention> m = mentions("对保税港区服务中心等6个集体，以及陈文涛、农丽娟、韦国庆等12名个人进行表扬。");
        for (String name : List.of("陈文涛", "农丽娟", "韦国庆")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        List<EntityMention> trades = mentions("推动汽车和电子、机械等产业发展，以及金融、王建国等人才引进。");
        assertTrue(has(trades, EntityType.PERSON, "王建国"), trades.toString());
        assertTrue(trades.stream().noneMatch(x -> x.type() == EntityType.PERSON && !x.text().equals("王建国")), "a word before a name is no name: " + trades);
    }

    @Test
    void namesOfAJudgmentsPartiesAListOfAuthorsAndADisciplineNoticeAreWhole() {
        List<String> cases = List.of(
                "自治区政府副秘书长、办公厅主任孟庆和，以及自治区发展改革委负责同志参加。|孟庆和",
                "执笔：公孙怡、訾宁、阿依努尔·买买提、邝一鸣。|訾宁",
                "执笔：公孙怡、訾宁、阿依努尔·买买提、邝一鸣。|邝一鸣",
                "招聘咨询：芜湖经开区党政办公室人事科，联系人阚玉洁、俞晓彤，电话0553-1234567。|阚玉洁",
                "委托诉讼代理人：司马晓晴，陕西恒泰明律师事务所律师。|司马晓晴",
                "法定代表人：仝建国，该公司董事长。|仝建国",
                "宝鸡高新区管委会原党工委委员、副主任厍建军违规收受礼品礼金。|厍建军",
                "日本国驻沈阳总领事馆总领事森川隆志在致辞中表示。|森川隆志",
                "山东鲁东精密维修服务有限公司总经理申屠永刚向他反映。|申屠永刚");
        for (String c : cases) {
            String[] parts = c.split("\\|");
            List<EntityMention> m = mentions(parts[0]);
            assertTrue(has(m, EntityType.PERSON, parts[1]), parts[1] + " " + m);
        }
    }

    @Test
    void aNameBetweenTwoItemsOfAListOfNamesIsOneWhereHanlpCutTheItemBefore() {
        List<EntityMention> m = EntityFixture.mentions("开发区管理委员会公告。评审专家：宗晓岚、涂建平、阚敏、万俊熙（采购人代表）。");
        for (String name : List.of("宗晓岚", "涂建平", "阚敏", "万俊熙")) {
            assertTrue(EntityFixture.has(m, EntityType.PERSON, name), name + " " + m);
        }
    }

    @Test
    void everyContactOfAListIsAPerson() {
        List<EntityMention> m = EntityFixture.mentions("经济技术开发区管理委员会公告。项目联系人：詹雅琪、笪文涛\n联系方式：0791-86597312");
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "詹雅琪"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "笪文涛"), m.toString());
    }

    @Test
    void aNoticesContactIsAPersonAfterTheUnitToo() {
        List<EntityMention> m = mentions("会务联系人：省经济和信息化厅办公室 方静怡，联系电话：0551-62871234。\n联系人：省商务厅外资处 郄立军 0311-87909876\n联系人：办公室，电话12345");
        assertTrue(has(m, EntityType.PERSON, "方静怡") && has(m, EntityType.PERSON, "郄立军"), m.toString());
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PERSON).count(), m.toString());
        List<EntityMention> list = mentions("联系人：国家发展改革委利用外资和境外投资司　李文博；商务部外国投资管理司　赵雪晴；科技部火炬高技术产业开发中心　孙敏杰。");
        for (String contact : List.of("李文博", "赵雪晴", "孙敏杰")) {
            assertTrue(has(list, EntityType.PERSON, contact), contact + " " + list);
        }
        List<EntityMention> bare = mentions("联系人：张晓东；李海燕，电话：0791-86597312。");
        assertTrue(has(bare, EntityType.PERSON, "张晓东") && has(bare, EntityType.PERSON, "李海燕"), bare.toString());
    }

    @Test
    void aStreetBeforeItsNumberIsNoName() {
        List<EntityMention> m = mentions("会议地点：合肥市蜀山区长江西路199号。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aNameWithATwoCharacterSurnameRunsToAVerbOrARepresentingAfterIt() {
        List<EntityMention> m = mentions("成都高新区党工委书记欧阳卫国代表双方签约。巡视组组长司马文俊反馈。书记欧阳志强代表双方签约。");
        for (String name : List.of("欧阳卫国", "司马文俊", "欧阳志强")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void surnamesThatAreMostlyWordsStartNamesWhereAnAppointmentATitleOrABiographySaysOneStands() {
        List<EntityMention> m = mentions("一、任命\n1. 任命续文娟为山西省工业和信息化厅副厅长；\n2. 任命权东升为潇河产业园区管理委员会主任；\n"
                + "二、免去\n1. 免去弓培元的太原理工大学副校长职务；\n2. 免去暴国栋的山西省能源局副局长职务。\n"
                + "员晓东，男，汉族，1982年8月生。\n兰州新区党工委委员、管委会副主任殳立强出席。\n续签协议畅通渠道，行使任命权的机关。");
        for (String name : List.of("续文娟", "权东升", "弓培元", "暴国栋", "员晓东", "殳立强")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        assertEquals(6, m.stream().filter(x -> x.type() == EntityType.PERSON).count(), m.toString());
    }

    @Test
    void aVietnameseWomansNameIsHerSurnameThenShiThenAGivenNameOfTwo() {
        assertTrue(has(mentions("越南工贸部副部长阮氏芳华表示欢迎。"), EntityType.PERSON, "阮氏芳华"));
        assertTrue(has(mentions("总经理阮氏清香表示。"), EntityType.PERSON, "阮氏清香"), "a given name may be a word (清香)");
        List<EntityMention> also = mentions("越方企业谅山绿野农产品股份公司总经理黎氏香也在综保区设立了分拣中心。");
        assertTrue(has(also, EntityType.PERSON, "黎氏香"), "也 follows a name of three: " + also);
    }

    @Test
    void huiAndDaiSurnamesStartNamesAfterATitle() {
        List<EntityMention> m = mentions("人民陪审员撒海燕参加。\n记者 刀玉香 和丽萍\n刀具市场火爆，纳税人增加。");
        assertTrue(has(m, EntityType.PERSON, "撒海燕") && has(m, EntityType.PERSON, "刀玉香"), m.toString());
        assertEquals(3, m.stream().filter(x -> x.type() == EntityType.PERSON).count(), m.toString());
    }

    @Test
    void daiAndJingpoNamesStartNamesAfterATitleAndInABylineAfterTheSourcesDate() {
        List<EntityMention> m = mentions("来源：德宏团结报 2025-05-27　记者 岩温香 线丽萍\n瑞丽海关关长木然勒当介绍，德宏片区管委会副主任勒排早扎说，岩石和玉米丰收。");
        for (String name : List.of("岩温香", "线丽萍", "木然勒当", "勒排早扎")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        assertEquals(4, m.stream().filter(x -> x.type() == EntityType.PERSON).count(), m.toString());
        assertTrue(mentions("他神情木然地看着，出土了石刀和石斧。").stream().noneMatch(x -> x.type() == EntityType.PERSON), "clan names that are words, no title before");
        assertTrue(mentions("副主任木然地看着大家。担任党委书记第五年，他很忙。").stream().noneMatch(x -> x.type() == EntityType.PERSON),
                "a clan name's word after a title, and another two-character surname's shape");
        assertTrue(has(mentions("来源：新疆生产建设兵团日报 ２０２５－０５－２７ 08:30 记者 王晓雯 宋家豪 李梦"), EntityType.PERSON, "李梦"),
                "a full-width date and a time on the source line");
        assertTrue(has(mentions("来源：河南日报 2025-03-12　记者 王晓雯 宋家豪"), EntityType.PERSON, "宋家豪"), "the second name of a byline after the date");
    }

    @Test
    void twoNamesOfTheStockHanlpReadsAsNamesAreOneNameAnywhereButOpeningATownship() {
        List<EntityMention> m = mentions("来自乌兰巴托的蒙古国商人巴特巴雅尔已在二连浩特做了十多年生意。扎西多吉说，哈斯巴特尔也来了。");
        for (String name : List.of("巴特巴雅尔", "扎西多吉", "哈斯巴特尔")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("巴特") || x.text().equals("巴雅尔")), m.toString());
        assertTrue(has(mentions("据二连浩特市委常委、副市长图门吉日嘎拉介绍。"), EntityType.PERSON, "图门吉日嘎拉"));
        assertTrue(mentions("尼玛顿珠达木夏乡17年施工35户。").stream().noneMatch(x -> x.type() == EntityType.PERSON), "a township's name");
        for (String sentence : List.of("扎西多吉带领村民修路。", "蒙古国商人巴特巴雅尔回到家乡创业。")) {
            assertTrue(mentions(sentence).stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().length() >= 4),
                    "村 or 乡 in a common word after the name: " + mentions(sentence));
        }
    }

    @Test
    void zhengzaiAfterANameIsNoPartOfIt() {
        List<EntityMention> m = mentions("傣族边民玉香正在为合作社打包。哈萨克斯坦商人叶尔兰·托克塔罗夫正在挑选货物。");
        assertTrue(has(m, EntityType.PERSON, "玉香") && has(m, EntityType.PERSON, "叶尔兰·托克塔罗夫"), m.toString());
    }

    @Test
    void aListedFirmsNameBesideATransliteratedNameIsAPersonsPart() {
        List<EntityMention> m = mentions("来自巴基斯坦拉合尔的商人穆罕默德·阿里已在上合示范区开设了一家进口商店。");
        assertTrue(has(m, EntityType.PERSON, "穆罕默德·阿里"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void mongolianNamesHaveNoSurnameAndRunToTheirBoundary() {
        List<EntityMention> m = mentions("二连浩特市委书记巴雅尔赛罕、市长那顺乌日图出席。锡林郭勒盟行政公署副盟长额尔敦巴雅尔介绍。\n记者 乌云其其格 苏日娜");
        for (String name : List.of("巴雅尔赛罕", "那顺乌日图", "额尔敦巴雅尔", "乌云其其格", "苏日娜")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void twoNamesOfTheStockHanlpCutsAcrossTheirSeamAreOneName() {
        List<EntityMention> m = mentions("名单\n次仁央宗　西藏自治区社会科学院经济战略研究所所长、研究员\n拉巴卓玛　西藏民族大学管理学院教授\n");
        for (String name : List.of("次仁央宗", "拉巴卓玛")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void anAmdoTibetanNameOfFourIsOneName() {
        assertTrue(has(mentions("果洛州委书记桑杰才让出席。"), EntityType.PERSON, "桑杰才让"));
    }

    @Test
    void saidEndsNoNameBeforeAFullStop() {
        List<EntityMention> m = mentions("市委台办副主任李明说。");
        assertTrue(has(m, EntityType.PERSON, "李明"), m.toString());
    }

    @Test
    void aVerbOfAddressBeforeASurnameAndATrainsNameAreNoNames() {
        List<EntityMention> m = mentions("谢谢宋副厅长。“齐鲁号”欧亚班列开行。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void everyNameOnABylinesOwnLineIsAPerson() {
        List<EntityMention> m = mentions("兰州新区加快发展。\n本报记者 赵文静 宋明轩\n兰州新区是国家级新区。");
        assertTrue(has(m, EntityType.PERSON, "赵文静") && has(m, EntityType.PERSON, "宋明轩"), m.toString());
    }

    @Test
    void japaneseNamesOfFourAfterATitle() {
        List<EntityMention> m = mentions("丰田汽车公司社长佐藤恒治一行到访。松下电器（中国）有限公司总裁本间哲朗出席签约仪式。");
        assertTrue(has(m, EntityType.PERSON, "佐藤恒治"), m.toString());
        List<EntityMention> consul = mentions("日本驻上海总领事赤松秀一出席活动。株式会社久保田社长北尾裕一表示。");
        assertTrue(has(consul, EntityType.PERSON, "赤松秀一") && has(consul, EntityType.PERSON, "北尾裕一"), consul.toString());
        assertTrue(has(m, EntityType.PERSON, "本间哲朗"), m.toString());
        List<EntityMention> chinese = mentions("记者石川表示，会议将于明天召开。");
        assertTrue(chinese.stream().noneMatch(x -> x.text().length() == 4 && x.type() == EntityType.PERSON), "石川表示 is a name and a verb: " + chinese);
    }

    @Test
    void aNameWithATwoCharacterSurnameRunsOnToItsBoundary() {
        List<EntityMention> m = mentions("欧阳志强，男，汉族，1978年3月出生。上官宏伟、诸葛文涛等参加会议。");
        assertTrue(has(m, EntityType.PERSON, "欧阳志强") && has(m, EntityType.PERSON, "上官宏伟") && has(m, EntityType.PERSON, "诸葛文涛"), m.toString());
        assertTrue(has(mentions("欧阳明说，要加快发展。"), EntityType.PERSON, "欧阳明"), "a verb after the name is no part of it");
    }

    @Test
    void aBiographysHeaderNamesItsPersonBeforeTheSex() {
        List<EntityMention> m = mentions("娄底市管领导干部任前公示\n\n上官宏伟，女，汉族，1985年9月出生，湖南娄底人。");
        assertTrue(has(m, EntityType.PERSON, "上官宏伟"), m.toString());
        var document = EntityFixture.analyze("欧阳志强，男，汉族，1978年3月出生。现任娄底市发展和改革委员会党组成员、副主任。");
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.person().equals("欧阳志强") && p.title().equals("副主任")),
                document.entities().positions().toString());
    }

    @Test
    void anAdverbAfterATitleIsNoName() {
        List<EntityMention> m = mentions("审议中，常委会委员普遍认为条例草案已经成熟。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.PERSON), m.toString());
        assertTrue(has(mentions("市委书记杨柳出席。"), EntityType.PERSON, "杨柳"), "a name that is also a noun stays a name");
    }

    @Test
    void aHeaderCellOfAVerbAfterATitlesCellIsNoName() {
        List<EntityMention> header = mentions("被评议单位　　主要负责人　满意　基本满意　不满意　满意率\n市卫生健康委员会　　郑晓冬　　27　　3　　0　　90.0%");
        assertFalse(header.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.text().equals("满意")), header.toString());
        assertTrue(has(header, EntityType.PERSON, "郑晓冬"), header.toString());
        assertTrue(has(mentions("局长　杨柳出席。"), EntityType.PERSON, "杨柳"), "a noun spaced after a title stays a name");
        assertTrue(has(mentions("本报讯（记者　高明）3月5日，园区开放。"), EntityType.PERSON, "高明"), "an adjective's name in a byline stays a name");
    }

    @Test
    void anAndBeforeAVerbIsTheNamesOwn() {
        List<EntityMention> m = mentions("广西北部湾经济区规划建设管理办公室主任黄永和出席活动。市长李明和副市长王强出席会议。");
        assertTrue(has(m, EntityType.PERSON, "黄永和"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "李明") && has(m, EntityType.PERSON, "王强"), "an and joining two people stays out: " + m);
    }

    @Test
    void aDottedNameTheTaggerReadsAsAFirmIsTheFirm() {
        List<EntityMention> m = mentions("主流公司中，威廉·希尔、立博分别开出1.20的主胜赔率。");
        assertTrue(has(m, EntityType.COMPANY, "威廉·希尔"), m.toString());
        assertFalse(has(m, EntityType.PERSON, "威廉·希尔"), m.toString());
    }

    @Test
    void rareAndTwoCharacterSurnamesInAListOfNames() {
        List<EntityMention> m = mentions("会上，单霁翔、仉振、亓凤华分别发言。欧阳东、司马南、上官云、李明出席。");
        for (String name : List.of("仉振", "上官云", "欧阳东", "司马南")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void aNameListedWithPlacesIsAPlaceAndSetPhrasesAreNoNames() {
        List<EntityMention> m = mentions("包括罗平、宜良在内的多个县市参加了推介会。金山银山就是绿水青山。出席会议的有张伟、李明、王芳等同志。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("宜良") && x.type() == EntityType.PERSON), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("金山银山")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "李明"), m.toString());
        for (String mixed : List.of("会议邀请了上海、王芳、李强三位专家。", "小组成员：王涛、天津、赵磊。", "参加座谈的有张伟、北京市发改委、李明等单位和个人。")) {
            List<EntityMention> people = mentions(mixed);
            assertTrue(people.stream().filter(x -> x.type() == EntityType.PERSON).count() >= 2, "names listed with people stay names: " + people);
        }
    }

    @Test
    void aLatinWordOpeningInLowerCaseWithACapitalInsideIsAProductNotAPerson() {
        List<EntityMention> m = mentions("苹果公司CEO库克表示，iPhone在中国市场的销量保持增长。");
        assertTrue(has(m, EntityType.PERSON, "库克"), m.toString());
        assertFalse(has(m, EntityType.PERSON, "iPhone"), m.toString());
    }

    @Test
    void aGivenNameMayEndInWhatIsElsewhereAConjunctionOrACopula() {
        List<EntityMention> m = mentions("被告代理律师闫大为在答辩状中称。从考古学的角度，胡文和理清了四川石刻艺术的轨迹。");
        assertTrue(has(m, EntityType.PERSON, "闫大为") && has(m, EntityType.PERSON, "胡文和"), m.toString());
        List<EntityMention> words = mentions("王明和李红出席了会议。经研究，决定提名张华为省人民政府副省长候选人。");
        assertEquals(List.of("王明", "李红", "张华"), words.stream().filter(x -> x.type() == EntityType.PERSON).map(EntityMention::text).toList(), words.toString());
    }

    @Test
    void zoneFragmentsCommonWordsAndNonSurnamesAreNotNames() {
        assertFalse(filter.accept("东疆"));
        assertFalse(filter.accept("都有"));
        assertFalse(filter.accept("敢闯"));
        assertFalse(filter.accept("诺和"));
        assertFalse(filter.acceptLearned("区里"), "a level's government spoken of");
        assertTrue(mentions("同时，区里正在规划建设梅山国际物流枢纽二期。").stream().noneMatch(m -> m.type() == EntityType.PERSON));
        assertTrue(filter.accept("连茂君"));
    }

    @Test
    void aSurnameWithAFormOfAddressNamesNobodyInParticular() {
        for (String reference : List.of("张女士", "饶先生", "方总", "李某", "罗×", "张经理", "王局长")) {
            assertFalse(filter.accept(reference), reference);
            assertFalse(filter.acceptLearned(reference), reference);
        }
        List<EntityMention> m = mentions("据张女士介绍，方总和李某当天都不在公司。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aNameBeforeTongzhiIsAPersonWhateverStandsBeforeIt() {
        List<EntityMention> m = mentions("在以习近平同志为核心的党中央坚强领导下，我们战胜了各种困难挑战。");
        assertTrue(has(m, EntityType.PERSON, "习近平"), m.toString());
    }

    @Test
    void aNameRightBeforeATitleIsAPersonWhateverStandsBeforeIt() {
        List<EntityMention> m = mentions("全面落实习近平总书记重要讲话精神。委员，管委副主任刘为民。");
        assertTrue(has(m, EntityType.PERSON, "习近平"), m.toString());
        assertFalse(has(m, EntityType.PERSON, "管委"), "a body word HanLP reads as a name is no person: " + m);
    }

    @Test
    void aNameInPartsJoinedByAMiddleDotIsOnePerson() {
        List<EntityMention> m = mentions("新华社乌鲁木齐5月20日电（记者 艾力·吐尔逊）喀什综合保税区加快建设。喀什地区行署专员买买提·依明陪同调研。");
        assertTrue(has(m, EntityType.PERSON, "艾力·吐尔逊"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "买买提·依明"), m.toString());
        List<EntityMention> ceo = mentions("苹果公司CEO蒂姆·库克也于同期到访上海浦东新区。");
        assertTrue(has(ceo, EntityType.PERSON, "蒂姆·库克"), "HanLP reads it as one transliterated name (nrf): " + ceo);
        List<EntityMention> dateline = mentions("中国·天津滨海新区推介会在北京举行。");
        assertTrue(dateline.stream().noneMatch(x -> x.type() == EntityType.PERSON), dateline.toString());
    }

    @Test
    void aNameAfterATitleMayBeFollowedByWhenItHappened() {
        List<EntityMention> m = mentions("香港特区行政长官李家超4月10日率团访问前海深港现代服务业合作区。澳门特区行政长官岑浩辉此前也曾到访横琴粤澳深度合作区。");
        assertTrue(has(m, EntityType.PERSON, "李家超"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "岑浩辉"), m.toString());
    }

    @Test
    void lessCommonSurnamesStartNamesAfterATitle() {
        List<EntityMention> m = mentions("汇丰控股行政总裁祈耀年表示，汇丰看好中国市场。外交部副部长傅莹、台湾地区领导人萧美琴、北京大学教授阎学通出席。");
        for (String name : List.of("祈耀年", "傅莹", "萧美琴", "阎学通")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void aTimeWordHanlpGluedToAForeignNameIsNoPartOfIt() {
        List<EntityMention> m = mentions("据报道，苹果公司首席执行官库克本周将访问中国。");
        assertTrue(has(m, EntityType.PERSON, "库克"), m.toString());
        assertFalse(has(m, EntityType.PERSON, "库克本"), m.toString());
        List<EntityMention> ivanka = mentions("据报道，伊万卡本周将访问日本。");
        assertFalse(has(ivanka, EntityType.PERSON, "伊万卡本"), ivanka.toString());
        List<EntityMention> chinese = mentions("副主任王建明年轻时曾在天津工作。");
        assertTrue(has(chinese, EntityType.PERSON, "王建明"), "a Chinese name keeps its last character: " + chinese);
    }

    @Test
    void anOrdinalsFirstCharacterGluedToANameIsNoPartOfIt() {
        List<EntityMention> m = mentions("深圳新鹏城队长戴维第88分钟扳平比分。");
        assertTrue(has(m, EntityType.PERSON, "戴维"), m.toString());
        assertFalse(has(m, EntityType.PERSON, "戴维第"), m.toString());
    }

    @Test
    void anEndOfARouteFromAPlaceIsNoPerson() {
        List<EntityMention> m = mentions("成都国际铁路港综保区开通中欧班列“成都—罗兹”冷链专列。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        List<EntityMention> madrid = mentions("义乌—马德里中欧班列今年开行超过500列，连接中国与西班牙。");
        assertTrue(madrid.stream().noneMatch(x -> x.text().equals("马德里") && x.type() != EntityType.PLACE), "nor a club: " + madrid);
    }

    @Test
    void wordsAfterAVerbOfAppointmentAreNoNames() {
        List<EntityMention> m = mentions("要完善选举程序，改革选举方式，免除关税、免除费用，明确任用干部的标准。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aNameRightAfterATitleIsAPersonEvenWhenHanlpCutsItWrong() {
        List<EntityMention> m = mentions("天津海关关长赵革参加。滨海新区区委常委、副区长罗平：");
        assertTrue(has(m, EntityType.PERSON, "赵革"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "罗平"));
        assertFalse(has(m, EntityType.PLACE, "罗平"));
    }

    @Test
    void aNameWhoseLastCharacterHanlpGluesToTheNextVerbIsWhole() {
        // HanLP reads 李国/强调/研 and 王/强调/研; 调研 follows the names 李国强 and 王强.
        assertTrue(has(mentions("市委书记李国强调研天津港保税区。"), EntityType.PERSON, "李国强"));
        assertTrue(has(mentions("市委书记王强调研天津港保税区。"), EntityType.PERSON, "王强"));
        assertTrue(has(mentions("市委书记李国强调，要加快发展。"), EntityType.PERSON, "李国"), "强调 after the name stays a verb");
    }

    @Test
    void aNameWhoseLastCharacterHanlpGluesToAOneCharacterFollowerIsWhole() {
        // HanLP reads 王/强将/接任: 将 (will) follows the name 王强.
        List<EntityMention> m = mentions("华明科技公司副总经理王强将接任总经理一职。");
        assertTrue(has(m, EntityType.PERSON, "王强"), m.toString());
    }

    @Test
    void inAZoneDocumentTheTaggersNamesNeedATitleOrASurnameWhereANameStands() {
        List<EntityMention> m = mentions("天津港保税区引进卡特彼勒、庞巴迪、金佰利等企业，严控两高项目，建设智汇谷和智创谷，推动(QFLP)试点。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.PERSON), m.toString());
        List<EntityMention> named = mentions("天津港保税区全面落实习近平总书记视察天津重要讲话精神。美国苹果公司首席执行官蒂姆·库克访问天津港保税区。");
        assertTrue(has(named, EntityType.PERSON, "习近平"), named.toString());
        assertTrue(has(named, EntityType.PERSON, "蒂姆·库克"), named.toString());
    }

    @Test
    void inAZoneDocumentANameOpeningANumberedItemStandsWhereANameStands() {
        List<EntityMention> m = mentions("""
                1．赵宏伟，男，汉族，1972年5月生，现任大同市人民政府副市长，拟任大同市委常委人选。
                2．李秀梅，女，汉族，1976年9月生，现任山西省商务厅副厅长，拟任山西转型综合改革示范区党工委副书记。
                """);
        assertTrue(has(m, EntityType.PERSON, "赵宏伟") && has(m, EntityType.PERSON, "李秀梅"), m.toString());
    }

    @Test
    void inAZoneDocumentANameRightAfterATitleTheTaggerReadsIsAName() {
        List<EntityMention> m = mentions("在日照综合保税区，中国外运山东有限公司日照分公司经理刘洪涛说，他们正联合。在桥吊上工作了十一年的司机符永强探出头来。");
        assertTrue(has(m, EntityType.PERSON, "刘洪涛") && has(m, EntityType.PERSON, "符永强"), m.toString());
        List<PositionHeld> held = EntityFixture.analyze("在平潭综合实验区，台湾跑者协会领队陈俊宏说，欢迎大家。").entities().positions();
        assertTrue(held.stream().anyMatch(p -> p.person().equals("陈俊宏") && "台湾跑者协会".equals(p.organization())), held.toString());
    }

    @Test
    void aNameInBookTitleMarksIsAWorksTitle() {
        List<EntityMention> m = mentions("大众软件：新手玩家《云之遥》全攻略。喜剧片《查理》获得提名。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void namesInsideCompaniesAndZonesAreNotPersons() {
        List<EntityMention> m = mentions("深入古德里奇航空结构服务(中国)有限公司。东疆综合保税区要突出优势。诺和诺德落地我国首例生物制品分段生产试点。");
        assertFalse(has(m, EntityType.PERSON, "古德里"));
        assertFalse(has(m, EntityType.PERSON, "东疆"));
        assertFalse(has(m, EntityType.PERSON, "诺和"));
    }

    @Test
    void wordsInRunningTextAreNotNames() {
        List<EntityMention> m = mentions("雄安新区和北京城市副中心作为北京新两翼，都有各自的定位。敢闯敢试、改革攻坚的创新精神。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void listedNamesAfterALeadershipWordArePersons() {
        List<EntityMention> m = mentions("天津海关副关长刘辉，区领导尹晓峰、赵前苗，经开区党委书记、管委会主任尤天成参加。");
        for (String name : List.of("刘辉", "尹晓峰", "赵前苗", "尤天成")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void aPersonNamedOnceIsThatPersonWhereverTheDocumentRepeatsTheName() {
        List<EntityMention> m = mentions("河南省委书记楼阳生到郑州航空港经济综合实验区调研。在郑州新郑综合保税区，楼阳生详细了解企业生产经营情况。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PERSON && x.text().equals("楼阳生")).count(), m.toString());
    }

    @Test
    void aListedWordBetweenATitleAndWhatFollowsNamesIsAName() {
        List<EntityMention> m = mentions("霍尔果斯市委书记吴江表示，将推动霍尔果斯经济开发区发展。吴江区委书记李明到园区调研。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.PERSON && x.text().equals("吴江")).count(), m.toString());
        assertTrue(has(m, EntityType.PERSON, "李明"), m.toString());
    }

    @Test
    void anItemShapedLikeANameInAListOfNamesIsAName() {
        List<EntityMention> m = mentions("出席会议的有：省领导陆治原、刘强、宋军继，省政府秘书长张海波。北京、天津、上海三地联合发布。");
        assertTrue(has(m, EntityType.PERSON, "宋军继"), "HanLP reads 宋军/继, its neighbour 刘强 whole: " + m);
        assertTrue(m.stream().filter(x -> x.type() == EntityType.PERSON).noneMatch(x -> x.text().length() == 2 && "北京天津上海".contains(x.text())), m.toString());
    }

    @Test
    void givenNamesMayEndIn元Or人WhereTheTwoCharactersAreNoCommonWord() {
        List<EntityMention> m = mentions("晋江市委副书记、市长王明元，石狮市委书记李志元出席。副市长王立人出席。管委会主任宋开元表示，要办好。");
        for (String name : List.of("王明元", "李志元", "王立人", "宋开元")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        List<EntityMention> words = mentions("今年新增3万人就业，王家人都来了，人均收入增长5000元。");
        assertTrue(words.stream().noneMatch(x -> x.type() == EntityType.PERSON), "万人, 家人 are words: " + words);
    }

    @Test
    void aCharacterAndAWordThatFollowsNamesAfterATitleIsNoName() {
        List<EntityMention> m = mentions("沈觅在会见艾默生电气公司全球总裁兼首席执行官时表示，欢迎投资。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("时表示")), m.toString());
    }

    @Test
    void latinNamesAfterATitleAndDottedNamesHanLPCutsShortAreWhole() {
        List<EntityMention> m = mentions("苹果公司首席执行官Tim Cook与英伟达创始人Jensen Huang会面。伊犁哈萨克自治州州长阿迪力江·阿不都热依木出席活动。");
        assertTrue(has(m, EntityType.PERSON, "Tim Cook"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "Jensen Huang"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "阿迪力江·阿不都热依木"), m.toString());
        List<EntityMention> broken = mentions("自治区商务厅厅长阿不都沙拉木·阿不都热合曼作交流发言。");
        assertTrue(has(broken, EntityType.PERSON, "阿不都沙拉木·阿不都热合曼"), "parts HanLP broke into function words: " + broken);
        List<EntityMention> opening = mentions("自治区党委常委、自治区人民政府副主席阿不都热依木·买买提出席会议。欧盟委员会主席让-克洛德·容克表示欢迎。");
        assertTrue(has(opening, EntityType.PERSON, "阿不都热依木·买买提"), "a first part whose opening HanLP broke into characters: " + opening);
        assertTrue(has(opening, EntityType.PERSON, "让-克洛德·容克"), "a hyphenated first name: " + opening);
    }

    @Test
    void holdingAnotherTitleIsNoSurnameAfterATitle() {
        List<EntityMention> m = mentions("领导小组由市长任组长，分管副市长任副组长。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        assertTrue(has(mentions("董事长任正非出席。"), EntityType.PERSON, "任正非"), "a name of the surname 任 stays one");
    }

    @Test
    void aRosterLinesDottedNameRunsBackToTheLinesStartOverWhateverHanLPTagsItsCharacters() {
        // 努/v 尔/Rg 比/p 亚/b ·…: a preposition's 比 among the first part's characters.
        List<EntityMention> m = mentions("二、先进个人\n努尔比亚·阿不都拉　开发区财政局预算科副科长\n迪丽努尔·艾则孜　开发区社会事务局就业服务中心主任\n");
        assertTrue(has(m, EntityType.PERSON, "努尔比亚·阿不都拉"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "迪丽努尔·艾则孜"), m.toString());
        // 阿/b 不/d 都热/nr 合/v 曼·: a piece of two HanLP reads as a name's among them.
        List<EntityMention> six = mentions("表彰名单\n阿不都热合曼·吐尔逊  图木舒克市天缘农产品加工有限公司总经理\n");
        assertTrue(has(six, EntityType.PERSON, "阿不都热合曼·吐尔逊"), six.toString());
        List<EntityMention> unspaced = mentions("二、先进个人\n努尔比亚·阿不都拉开发区财政局预算科副科长\n");
        assertTrue(unspaced.stream().noneMatch(x -> x.text().startsWith("努尔比")), "no space, no roster line: " + unspaced);
    }

    @Test
    void anAppointmentListsDottedNamesAreWholeHoweverHanLPBreaksOrGluesThem() {
        List<EntityMention> m = mentions(String.join("\n", "　　任命：", "　　艾尔肯·吐尔逊为自治区发展和改革委员会副主任；",
                "　　努尔兰·哈斯木为中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会主任（兼）；",
                "　　热合曼·阿不来提为中国（新疆）自由贸易试验区霍尔果斯片区管理委员会副主任；",
                "　　迪力夏提·依明为喀什经济开发区管理委员会副主任。", "　　免去：",
                "　　买买提江·吾守尔的中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会主任职务。"));
        // 哈/b 斯木为/nr, 依/v 明为/nr: the 为 glued to the last part; 热/a 合/v 曼/ag: a first part broken to the line's start.
        for (String name : List.of("努尔兰·哈斯木", "热合曼·阿不来提", "迪力夏提·依明", "买买提江·吾守尔")) {
            assertTrue(has(m, EntityType.PERSON, name), name + ": " + m);
        }
        List<EntityMention> afterTheVerb = mentions("任命阿不都热依木·艾合买提为国家疾病预防控制局副局长。");
        assertTrue(has(afterTheVerb, EntityType.PERSON, "阿不都热依木·艾合买提"), "back to the verb of appointment: " + afterTheVerb);
        List<EntityMention> starring = mentions("由克里斯蒂娜·里奇主演的爱情喜剧片上映。");
        assertTrue(has(starring, EntityType.PERSON, "克里斯蒂娜·里奇"), "a line's start under no heading takes no preposition: " + starring);
    }

    @Test
    void aPreAppointmentNoticesItemsNameTheirPersonsAfterAChineseNumeral() {
        // 拟任… after the offices held once made the tagger drop the name, and 一、 was no item number.
        List<EntityMention> m = mentions("一、杨志刚，男，汉族，1975年9月生，四川三台人，现任绵阳市商务局局长，拟任绵阳综合保税区管理委员会主任（正县级）。\n"
                + "四、泽郎多吉，男，藏族，1981年6月生，四川平武人，现任平武县委副书记，拟提名为北川羌族自治县县长候选人。");
        assertTrue(has(m, EntityType.PERSON, "杨志刚"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "泽郎多吉"), "a people after the sex vouches for a name of no surname: " + m);
        assertTrue(mentions("研究，男，汉族，现任平武县委副书记。").stream().noneMatch(x -> x.type() == EntityType.PERSON), "but not for a common word");
        assertTrue(mentions("当事人，男，汉族，1985年生，现住某市。").stream().noneMatch(x -> x.text().equals("当事人")), "nor for a role");
    }

    @Test
    void aVerbOfSayingGluedToANameAndWhatJoinsTwoTitlesAreNoPartOfAName() {
        List<EntityMention> m = mentions("博纳影业董事长于冬称，电影市场正在回暖。台积电董事长魏哲家表示看好人工智能。拼多多联合创始人、董事长兼联席CEO陈磊表示，业绩稳定。");
        assertTrue(has(m, EntityType.PERSON, "于冬"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "魏哲家"), "a given name may end in 家: " + m);
        assertTrue(has(mentions("王明现为北京市海淀区人民政府副区长。"), EntityType.PERSON, "王明"));
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && (x.text().equals("于冬称") || x.text().equals("兼联席"))), m.toString());
    }

    @Test
    void aTwoCharacterSurnameStartsANameOfThreeOrFour() {
        List<EntityMention> m = mentions("省政府副秘书长上官云飞、欧阳晓晖出席。行政总裁司徒建强先生指出，政策有效。");
        for (String name : List.of("上官云飞", "欧阳晓晖", "司徒建强")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void whatATitlesHolderDoesIsNoName() {
        List<EntityMention> m = mentions("王强主任严格要求，刘洋董事长高兴地说，陈书记向来宾介绍，林毅书记强调。市委书记吴江表示，总监张大伟认为。");
        assertEquals(List.of("王强", "刘洋", "林毅", "吴江", "张大伟"), m.stream().filter(x -> x.type() == EntityType.PERSON).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> named = mentions("市长张扬表示，副县长许可出席。");
        assertEquals(List.of("张扬", "许可"), named.stream().filter(x -> x.type() == EntityType.PERSON).map(EntityMention::text).toList(),
                "with no name before the title, a word after it may be a name: " + named);
    }

    @Test
    void aDottedNameRightAfterATitleStartsWithTheTitlesEndWhateverHanLpTagsItsFirstCharacter() {
        List<EntityMention> m = EntityFixture.mentions("新疆金叶农业发展股份有限公司总裁努尔兰·托合提发言，主任在会上讲话。");
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "努尔兰·托合提"), m.toString());
    }

    @Test
    void aNameBeforeAFormOfAddressOpeningABiographyIsAName() {
        List<EntityMention> m = mentions("许嘉敏女士，1981年出生，中国国籍。2015年至2020年任无锡高新区新动能产业发展集团有限公司投资部总经理。");
        assertTrue(has(m, EntityType.PERSON, "许嘉敏"), m.toString());
    }

    @Test
    void aDottedNamesLastCharacterHanLpGluedToAFollowingVerbIsTheNames() {
        List<EntityMention> m = mentions("乌鲁木齐海关党委委员、副关长努尔兰·哈力木拉提出席启动仪式。");
        assertTrue(has(m, EntityType.PERSON, "努尔兰·哈力木拉提"), "提|出席, not 提出|席: " + m);
    }

    @Test
    void aNameAfterWhereThePersonLivesOrIsFromOrBeforeADateIsAPersonsInAZoneDocument() {
        List<EntityMention> m = mentions("东兴综合保税区发展良好。东兴互市贸易区里，边民李秀兰正在申报。台湾高雄人郭俊宏2012年来到厦门。郭俊宏回忆说，创业不易。");
        assertTrue(has(m, EntityType.PERSON, "李秀兰"), m.toString());
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PERSON && x.text().equals("郭俊宏")).count(), m.toString());
    }

    @Test
    void leadingADelegationGluedToADottedNameEndsIt() {
        List<EntityMention> m = mentions("老挝工业与贸易部副部长本米·占塔冯率团访问昆明片区。");
        assertTrue(has(m, EntityType.PERSON, "本米·占塔冯"), m.toString());
    }

    @Test
    void aMongolianNameOfTheStockWithTuAfterItIsOneName() {
        List<EntityMention> m = mentions("呼和浩特市委副书记、市长乌力吉图在调研时强调，要抓住机遇。");
        assertTrue(has(m, EntityType.PERSON, "乌力吉图"), m.toString());
    }

    @Test
    void whatAThingTurnsFromOrIntoInQuotesIsNoName() {
        List<EntityMention> m = mentions("“中老铁路让老挝从‘陆锁国’变成了‘陆联国’。”他说。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aMeasureWordsCharacterWithNoNumberBeforeOpensATransliteratedName() {
        List<EntityMention> m = mentions("德国海德堡大学医院心脏中心克劳斯·韦伯（Klaus Weber）教授通过远程会诊系统全程参与。");
        assertTrue(has(m, EntityType.PERSON, "克劳斯·韦伯"), m.toString());
    }

    @Test
    void aNumberedItemOpeningWithAWordIsNoNameAndAPronounsMeasureWordOpensNoTransliteration() {
        List<EntityMention> m = mentions("2. 由此，公司聘任张三为总经理。\n3. 这名约翰·史密斯表示满意。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && (x.text().equals("由此") || x.text().startsWith("名"))), m.toString());
    }

    @Test
    void dottedPartsSetWholeBetweenQuotationMarksWithACommonWordAreASlogan() {
        List<EntityMention> m = EntityFixture.mentions("“侨都新机遇·综保启新程”招商推介会举行。实施“塞上英才·永宁”人才工程。“阿依古丽·买买提”是她的名字。");
        assertFalse(m.stream().anyMatch(mention -> mention.type() == EntityType.PERSON && mention.text().contains("机遇")), m.toString());
        assertFalse(m.stream().anyMatch(mention -> mention.type() == EntityType.PERSON && mention.text().contains("英才")), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "阿依古丽·买买提"), "a name in quotation marks is still a name: " + m);
    }

    @Test
    void aCodesPrefixAndASpacedHeadingAreNoNames() {
        List<EntityMention> m = EntityFixture.mentions("公　告\n　　地块编号：秦开（2024）-017\n　　土地位置：秦皇岛经济技术开发区");
        assertTrue(m.stream().noneMatch(mention -> mention.type() == EntityType.PERSON), m.toString());
        List<EntityMention> executive = EntityFixture.mentions("川南汇智光伏总经理、德籍高管托马斯·韦伯介绍情况。");
        assertTrue(EntityFixture.has(executive, EntityType.PERSON, "托马斯·韦伯"), "a nationality and a title before a dotted name: " + executive);
    }

    @Test
    void laiIsACommonSurnameWhereHanLPReadsAName() {
        List<EntityMention> m = EntityFixture.mentions("副市长毛晓燕、赖文斌出席会议。要抓住浙江自贸试验区衢州联动创新区的机遇。");
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "赖文斌"), m.toString());
        List<EntityMention> words = EntityFixture.mentions("企业赖以生存的信赖关系不能破坏，无赖行为要惩处。");
        assertTrue(words.stream().noneMatch(mention -> mention.type() == EntityType.PERSON), "赖 in words: " + words);
    }

    @Test
    void theCellUnderATablesNameColumnIsANameSpacedOutToTheColumnsWidthToo() {
        List<EntityMention> m = mentions("""
                安顺高新区人才公寓配租结果公示
                序号　姓名　　　工作单位　　　　　　　　　　　　　　　　职务/职称　　　　　　人才类别
                1　　　龙启文　　贵州安顺航宇精密制造有限公司　　　　　　研究员级高级工程师　　A类
                8　　　潘　婷　　贵州黔辉智能装备有限公司　　　　　　　　技术员　　　　　　　　C类
                11　　　班永芳　　安顺市第二高级中学　　　　　　　　　　　一级教师　　　　　　　C类
                """);
        assertTrue(has(m, EntityType.PERSON, "龙启文"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "班永芳"), m.toString());
        assertEquals("潘婷", m.stream().filter(x -> x.type() == EntityType.PERSON && x.text().startsWith("潘")).map(EntityMention::canonical).findFirst().orElse(null),
                m.toString());
    }

    @Test
    void aStudiosHostAndADealsGoBetweenAreColumnsOfNames() {
        List<EntityMention> m = mentions("名单\n序号　工作室名称　主持人　工作单位　学科\n6　陶文斌名师工作室　陶文斌　马关县第一中学　高中生物\n"
                + "序号　引进项目　项目单位　中介人（单位）　认定实际投资额（万元）\n1　年产鞋底项目　福建海欣鞋材有限公司　许国栋　3200\n");
        for (String name : List.of("陶文斌", "许国栋")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
    }

    @Test
    void aPartsHeadingOrABlankLineBetweenATablesRowsLeavesThemUnderItsHeader() {
        List<EntityMention> m = mentions("""
                安全生产专家库拟入库专家名单公示
                一、危险化学品类（2人）
                序号　姓名　工作单位　职称／职务
                1　王振宇　中国石油吉林油田分公司安全环保处　正高级工程师
                2　刘淑芳　吉林化工学院安全工程系　副教授

                二、石油天然气开采类（2人）

                3　沈宝山　松原市特种设备检验中心　高级工程师
                4　林大勇　吉林油田钻井工程公司　高级工程师
                """);
        for (String name : List.of("沈宝山", "林大勇")) {
            assertTrue(has(m, EntityType.PERSON, name), name + " in " + m);
        }
        // A line of prose still ends the table: the row under it has no header.
        List<EntityMention> prose = mentions("名单\n序号　姓名　工作单位　职务\n1　王振宇　吉林化工学院　教授\n以上同志经评审确定，现予公示。\n3　沈宝山　松原市特种设备检验中心　高级工程师\n");
        assertFalse(has(prose, EntityType.PERSON, "沈宝山"), prose.toString());
    }

    @Test
    void aNameSpacedOutToTheWidthOfThreeCharactersIsOneInARostersCellOrAListsItem() {
        List<EntityMention> m = mentions("名单\n　　　　　李　芳　省社会科学院院长\n本文件主要起草人：周立平、胡晓婷、程　敏、冯志宏。\n白　洁　　黑龙江嫩江律师事务所高级合伙人\n");
        // A form's label and value pairs (姓名 张三 性别 男) make no table: its next line's label is no name.
        List<EntityMention> form = mentions("登记表\n姓名 张三 性别 男 民族 汉\n任职时间 2020.01 任职文号 安委〔2020〕1号\n");
        assertTrue(form.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().startsWith("任职")), form.toString());
        for (String name : List.of("李芳", "程敏", "白洁")) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.canonical().equals(name)), name + " in " + m);
        }
        // A word spaced out to a column's width is no name, nor are its pieces, nor a label that is a common word.
        List<EntityMention> labels = mentions("登记表\n主　任　王　明　同志\n性　别　男\n");
        assertTrue(labels.stream().noneMatch(x -> x.type() == EntityType.PERSON && (x.text().startsWith("任") || x.text().startsWith("性"))), labels.toString());
    }

    @Test
    void aCommonVerbAfterATitleIsNoNameUnlessAVerbFollowsItAsOneFollowsAName() {
        List<EntityMention> m = mentions("三、挂职副院长安排（部分）\n副院长王强出席。市长张开出席。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("安排")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "张开"), m.toString());
        assertTrue(has(mentions("副市长张开在会上讲话。"), EntityType.PERSON, "张开"), "a preposition after the name");
    }

    @Test
    void theVerbOfHoldingBetweenTwoTitlesIsNoName() {
        List<EntityMention> m = mentions("安阳市成立大气污染防治攻坚领导小组，由市委书记、市长任双组长。副市长任志强出席。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("任双")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "任志强"), m.toString());
    }

    @Test
    void theColumnLabelledWithTheOfficeItsPeopleHoldAtTheRowsUnitIsOneOfNames() {
        List<EntityMention> m = mentions("名单\n序号 实验室名称 依托单位 实验室主任\n1 河北省先进轨道交通装备重点实验室 燕山大学 牛建平\n"
                + "3 河北省钢铁冶金低碳工艺重点实验室 华北理工大学 史红军\n");
        for (String name : List.of("牛建平", "史红军")) {
            assertTrue(has(m, EntityType.PERSON, name), name + ": " + m);
        }
    }

    @Test
    void theOneANoticeMakesAnswerableIsNamedAfterTheWordAsAContactIs() {
        List<EntityMention> m = mentions("德山电排站：行政责任人谢海波（区规划建设局局长助理），技术责任人蒋晓峰（常德经开区城市建设投资有限公司副总经理）；"
                + "各级责任人要在汛期坚守岗位，责任人发生变动的，由所在单位报告。");
        for (String name : List.of("谢海波", "蒋晓峰")) {
            assertTrue(has(m, EntityType.PERSON, name), name + ": " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && !List.of("谢海波", "蒋晓峰").contains(x.text())), m.toString());
        // 责任人 in running prose, with neither a kind before it nor a colon after it, labels no name.
        List<EntityMention> prose = mentions("对相关责任人严肃处理。对责任人严肃问责。");
        assertTrue(prose.stream().noneMatch(x -> x.type() == EntityType.PERSON), prose.toString());
    }

    @Test
    void aCommonWordSpacedOutToANamesWidthIsANameWhereTheOfficesAfterItEndTheLine() {
        // As the normalized text has it: layout spaces, ideographic ones too, are one space.
        List<EntityMention> m = mentions("各市（州）人民政府，省直有关部门：\n现将调整后的领导小组成员名单通知如下：\n副组长：邢 伟 省交通运输厅厅长\n关 越 省公安厅副厅长\n"
                + "成 员：丛 林 省发展改革委副主任\n王建华 省商务厅副厅长\n");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PERSON && x.canonical().equals("丛林")), m.toString());
        List<EntityMention> alone = mentions("名单\n丛 林\n");
        assertTrue(alone.stream().noneMatch(x -> x.type() == EntityType.PERSON), alone.toString());
        // A roster's own label spaced out, with no colon after it, is none.
        List<EntityMention> label = mentions("名单\n成 员 王建华 省商务厅副厅长\n顾 问 李明 省发展改革委副主任\n");
        assertTrue(label.stream().noneMatch(x -> x.type() == EntityType.PERSON && (x.canonical().equals("成员") || x.canonical().equals("顾问"))), label.toString());
    }
}
