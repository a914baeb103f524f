package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.entity.EntityFixture.analyze;
import static io.zonelens.ingest.extraction.entity.EntityFixture.canonicalOf;
import static io.zonelens.ingest.extraction.entity.EntityFixture.has;
import static io.zonelens.ingest.extraction.entity.EntityFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each pattern family on sentences of the kind the samples hold, and on generic phrases that must stay generic. */
class PatternTest {

    @Test
    void aFactoryIsNamedFromItsPlaceOrStateRunThroughItsProductsToTheFactoryWord() {
        List<EntityMention> m = mentions("扬州经济技术开发区讯。1963年8月任扬州柴油机厂技术员。历任国营长征电器一厂技术员。扬州化工厂区扩建，全省电厂检修。");
        assertTrue(has(m, EntityType.COMPANY, "扬州柴油机厂") && has(m, EntityType.COMPANY, "国营长征电器一厂"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && (x.text().startsWith("扬州化工") || x.text().endsWith("电厂"))),
                "a factory's grounds and a kind of plant name no factory: " + m);
        List<EntityMention> kinds = mentions("扬州经济技术开发区讯。近年来江苏化工厂安全事故频发。父亲曾在一家国营化工厂当工人。江苏盐城一化工厂发生爆炸。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "a place or 国营 before a kind of plant: " + kinds);
    }

    @Test
    void aPartyCommitteesWorkCommitteeIsNamedFromTheCommitteeOnAndXixiansNewCitiesAreZones() {
        List<EntityMention> m = mentions("省委教育工委副书记王涛出席。海南省委自贸港工委办主任汤明辉介绍。秦汉新城党工委书记柴某出席。");
        assertTrue(has(m, EntityType.GOVERNMENT, "省委教育工委") && has(m, EntityType.GOVERNMENT, "海南省委自贸港工委办"), m.toString());
        assertEquals("西咸新区秦汉新城", canonicalOf(m, "秦汉新城"), m.toString());
    }

    @Test
    void aCitysHospitalIsNamedFromTheCityWhereHanlpGluedTheCitysLevelOntoTheHospital() {
        List<EntityMention> m = mentions("兴城市中医院与沉湖管委会签约。海城市中医院派出专家。兴城市场很大。");
        assertTrue(has(m, EntityType.ORGANIZATION, "兴城市中医院") && has(m, EntityType.ORGANIZATION, "海城市中医院"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("与")), "a hospital and a body are two names: " + m);
        assertTrue(mentions("兴城市场很大。").isEmpty(), "兴城市场 is a market");
    }

    @Test
    void aProvincesFirstZoneOfAKindIsNoZoneName() {
        List<EntityMention> m = mentions("绥芬河综合保税区是黑龙江省首个综合保税区，也是全省唯一的保税区。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("黑龙江")), m.toString());
    }

    @Test
    void governmentRightAfterAnotherBodysWordIsThatBodysBusinessNoGovernment() {
        List<EntityMention> m = mentions("宁波海关政府信息公开申请答复书。宁波市政府信息公开。");
        assertTrue(has(m, EntityType.GOVERNMENT, "宁波海关") && has(m, EntityType.GOVERNMENT, "宁波市政府"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("宁波海关政府")), m.toString());
    }

    @Test
    void aShortNameAndATradeBeforeAnOfficersTitleAreAFirmAndARegisteredNameStartsAfterIncludes() {
        List<EntityMention> m = mentions("星岚通信创始人甘思远表示，瑞霖医药副总经理张文出席。公司医药总经理王五说。竞得者还包括安徽滨湖嘉业置业有限公司。");
        assertTrue(has(m, EntityType.COMPANY, "星岚通信") && has(m, EntityType.COMPANY, "瑞霖医药"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("公司医药")), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "安徽滨湖嘉业置业有限公司"), m.toString());
    }

    @Test
    void aDemocraticPartysCommitteeIsAnOrganizationNoCommunistPartyCommittee() {
        List<EntityMention> m = mentions("九三学社新疆区委会委员段秀芬代表发言。民盟浙江省委会主委李明华出席。");
        assertTrue(has(m, EntityType.ORGANIZATION, "九三学社新疆区委会") && has(m, EntityType.ORGANIZATION, "民盟浙江省委会"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
    }

    @Test
    void aVerbTheFirmsShortNameHoldsIsPartOfItsRegisteredName() {
        List<EntityMention> m = mentions("重庆渝新通达供应链管理有限公司（以下简称“渝新通达”）总经理汪倩说，渝新通达发往东盟的集装箱增长。");
        assertTrue(has(m, EntityType.COMPANY, "重庆渝新通达供应链管理有限公司"), m.toString());
        assertEquals("重庆渝新通达供应链管理有限公司", canonicalOf(m, "渝新通达"), m.toString());
    }

    @Test
    void anInnovationDistrictIsNoNewAreaAndAFreeTradeAreasGroundIsNoZoneOfItsOwn() {
        List<EntityMention> m = mentions("两江协同创新区和两江新区。前海蛇口片区新设企业1200家。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("新区")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("前海")), m.toString());
    }

    @Test
    void aZoneNamedByTwoCharactersHanLPSplitsIsNamedAfterItsPlaceButACountIsNoName() {
        List<EntityMention> m = mentions("湘潭九华经济技术开发区位于湘江西岸。湘潭三大园区和株洲一个开发区。");
        assertTrue(has(m, EntityType.ZONE, "湘潭九华经济技术开发区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("湘潭三大园区") || x.text().equals("株洲一个开发区")), m.toString());
    }

    @Test
    void theOutletsASourceLineNamesAreOrganizations() {
        List<EntityMention> m = mentions("（来源：每日甘肃网-甘肃日报）\n来源：天山网\n资金来源：自筹。");
        for (String outlet : List.of("每日甘肃网", "甘肃日报", "天山网")) {
            assertTrue(has(m, EntityType.ORGANIZATION, outlet), outlet + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("自筹")), m.toString());
    }

    @Test
    void aBroadcastersMediaCentreOnASourceLineOrInABylineIsAnOutlet() {
        List<EntityMention> m = mentions("来源：三峡广电融媒体中心  记者 覃思雨\n三峡广电记者覃思雨、向磊报道。");
        assertTrue(has(m, EntityType.ORGANIZATION, "三峡广电融媒体中心"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "三峡广电"), m.toString());
    }

    @Test
    void aLogisticsParkIsAZoneAndItsDefinedShortNameToo() {
        List<EntityMention> m = mentions("上合组织（连云港）国际物流园（以下简称“上合物流园”）累计开行班列612列，上合物流园全面推行新模式。");
        assertTrue(has(m, EntityType.ZONE, "上合组织（连云港）国际物流园"), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("上合物流园") && x.canonical().equals("上合组织(连云港)国际物流园")).count(), m.toString());
    }

    @Test
    void twoFieldsJoinedByHeNameOneBodyButTwoBodiesJoinedByHeStayTwo() {
        List<EntityMention> m = mentions("三亚市旅游和文化广电体育局局长张明出席。天津市商务局和发展改革委联合发文。");
        assertTrue(has(m, EntityType.GOVERNMENT, "三亚市旅游和文化广电体育局"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "天津市商务局") && m.stream().noneMatch(x -> x.text().startsWith("天津市商务局和")), m.toString());
    }

    @Test
    void aTitleInBookMarksIsAPolicyOnlyWhereItReadsLikeADocumentInZoneNewsToo() {
        List<EntityMention> m = mentions("上海自贸试验区临港新片区举办发布会，长篇小说《潮起滴水湖》首发，主演出席《深蓝航道》首映。"
                + "临港新片区出台《临港新片区支持文化产业发展若干政策》，简称《数字文化十条》。");
        assertTrue(has(m, EntityType.POLICY, "临港新片区支持文化产业发展若干政策") && has(m, EntityType.POLICY, "数字文化十条"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("潮起滴水湖") || x.text().equals("深蓝航道")), m.toString());
    }

    @Test
    void shortNamesBeforeTheNationalRankAndTheKindAreEachTheListedZone() {
        List<EntityMention> m = mentions("推动凭祥、东兴国家级边境经济合作区建设。");
        assertEquals("凭祥边境经济合作区", canonicalOf(m, "凭祥"), m.toString());
        assertEquals("东兴边境经济合作区", canonicalOf(m, "东兴"), m.toString());
    }

    @Test
    void aProductNamedAfterAPlaceIsNoPlace() {
        List<EntityMention> m = mentions("越南客商在普洱市采购普洱茶和绍兴酒。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.PLACE && x.canonical().equals("普洱市")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("绍兴")), m.toString());
    }

    @Test
    void aLevelsZonesOfAKindAndBigCitiesNameNoZoneOrPlace() {
        List<EntityMention> m = mentions("各市要于5月31日前将整合优化实施方案报省开发区工作领导小组办公室。31个大城市城镇调查失业率为5.1%。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("报")), "报 is the verb before 省: " + m);
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().equals("大城市")), "大城 is a county, 大城市 no city: " + m);
        assertTrue(has(mentions("河北省廊坊市大城县召开会议。"), EntityType.PLACE, "大城县"));
        assertTrue(has(mentions("渠县经济开发区今年引进项目。"), EntityType.ZONE, "渠县经济开发区"), "a county HanLP knows before its zone");
    }

    @Test
    void aDisciplineCommitteesStandingCommitteeIsABody() {
        List<EntityMention> m = mentions("经湖南省纪委常委会会议研究，决定给予彭志远开除党籍处分。");
        assertTrue(has(m, EntityType.GOVERNMENT, "湖南省纪委常委会"), m.toString());
    }

    @Test
    void aCommitteeNamedByItsFieldsIsNoPersonsName() {
        List<EntityMention> m = mentions("科教卫体委员会围绕全省重点工作开展调研。省人大科教卫体委员会上半年开展了三次调研。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("卫体")), m.toString());
        List<EntityMention> member = mentions("政协委员王明委员会上发言。");
        assertTrue(has(member, EntityType.PERSON, "王明"), "a member at the meeting: " + member);
    }

    @Test
    void aBodyOfALevelAfterACountOfPlacesIsNoneInParticular() {
        assertTrue(mentions("全省16市商务局要加强监测。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT));
        assertTrue(mentions("16个市商务局参加会议。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT));
    }

    @Test
    void aPartyCommitteeWithItsTermIsThePlacesCommitteeAndACitysSpecialEconomicZoneIsAZone() {
        List<EntityMention> m = mentions("中国共产党福建省第十一届委员会第八次全体会议公报。支持厦门经济特区建设。");
        assertEquals("福建省委", canonicalOf(m, "中国共产党福建省第十一届委员会"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "厦门经济特区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("经济特区")), m.toString());
    }

    @Test
    void aPeriodOrAPersonBeforeABareCompanyWordNamesNoFirm() {
        List<EntityMention> m = mentions("一季度公司出货量增长。庹振华告诉记者，下个月公司将投产。郗文韬先生现任公司副总经理。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void aBranchNamedByANounNoListHoldsAndACustomsOfficeInBracketsAreBodies() {
        List<EntityMention> m = mentions("黎德胜调任湖北省人民检察院汉江分院工作。主管海关：天津海关（东疆海关）。");
        assertTrue(has(m, EntityType.GOVERNMENT, "湖北省人民检察院汉江分院"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "东疆海关"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void anOutletNamedRightBeforeItsReporterInABylineIsAnOrganization() {
        List<EntityMention> m = mentions("德宏团结报记者 喊应香\n【南国早报记者 莫天宇】\n解放日报·上观新闻记者 王强\n日前本报记者走访了企业。");
        for (String outlet : List.of("德宏团结报", "南国早报", "上观新闻")) {
            assertTrue(has(m, EntityType.ORGANIZATION, outlet), outlet + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().contains("本报")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "莫天宇"), "no bracket in the name: " + m);
    }

    @Test
    void aSpanOfTheTaggerNeverKeepsTheQuotesOrTheWordOfBelongingAroundAName() {
        List<EntityMention> m = mentions("上海洋泰国际物流有限公司（以下简称“洋泰物流”）总经理蒯静怡介绍。所属洋山海关开展查验。");
        assertEquals("上海洋泰国际物流有限公司", canonicalOf(m, "洋泰物流"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "洋山海关"), m.toString());
    }

    @Test
    void aCountrysFormalNameReadAcrossTheWordForWithinIsTheCountry() {
        List<EntityMention> m = mentions("我们会在日本国内积极推介大连。");
        assertTrue(has(m, EntityType.PLACE, "日本") && m.stream().noneMatch(x -> x.text().equals("日本国")), m.toString());
    }

    @Test
    void aPeriodBetweenAPlaceAndAZoneKindMakesNoZonesName() {
        List<EntityMention> m = mentions("合肥市全年综保区进出口增长。");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("全年")), m.toString());
    }

    @Test
    void anInstitutionsNameHoldsNoVerbLinkingAClause() {
        List<EntityMention> m = mentions("航空港区管委会副主任郜永胜带着招商局的同志跑了东莞四趟。把宜宾作为集团在西部地区最重要的新能源基地。"
                + "二是嘉善经开区管委会要会同县自然资源和规划局，加快建设。");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("带着") || x.text().contains("作为") || x.text().contains("会同")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "郜永胜") && has(m, EntityType.GOVERNMENT, "嘉善经开区管委会"), m.toString());
    }

    @Test
    void townshipsListedTogetherArePlacesWhateverHanLPReadsOneOfThemAs() {
        List<EntityMention> m = mentions("湖潮乡、马场镇、党武镇完成农村人居环境整治。");
        assertTrue(has(m, EntityType.PLACE, "马场镇") && m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aZoneAndALocativeBeforeAFirmsNameSayWhereTheFirmIs() {
        List<EntityMention> m = mentions("凭祥综保区内广西友谊关电子科技有限公司总经理黎福生说，公司前三季度增长。");
        assertTrue(has(m, EntityType.COMPANY, "广西友谊关电子科技有限公司") && has(m, EntityType.ZONE, "凭祥综保区"), m.toString());
        List<EntityMention> glued = mentions("入驻芜湖综合保税区安徽江湾机器人科技股份有限公司的生产线投产。昆山综合保税区昆山华晟电脑有限公司出口增长。");
        assertTrue(has(glued, EntityType.COMPANY, "安徽江湾机器人科技股份有限公司") && has(glued, EntityType.ZONE, "芜湖综合保税区"), glued.toString());
        assertTrue(has(glued, EntityType.COMPANY, "昆山华晟电脑有限公司") && has(glued, EntityType.ZONE, "昆山综合保税区"), glued.toString());
    }

    @Test
    void aRegionOfThePlaceBeforeItIsAWordOfTheFirmsNameButAPlacesRegionBeforeDeStaysOut() {
        List<EntityMention> m = mentions("新疆西部牧业股份有限公司捐赠100万元。黄河上游水电开发有限责任公司参加。位于甘肃西部的酒泉钢铁有限公司。");
        assertTrue(has(m, EntityType.COMPANY, "新疆西部牧业股份有限公司") && has(m, EntityType.COMPANY, "黄河上游水电开发有限责任公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "酒泉钢铁有限公司"), m.toString());
    }

    @Test
    void aBrandInQuotationMarksOpensTheFirmsNameAndTheMarksAreNoPartOfItsCanonicalName() {
        List<EntityMention> m = mentions("呼和浩特综合保税区迎来客商。俄罗斯伊尔库茨克“贝加尔食品”公司代表德米特里·帕夫洛夫更关注常温奶。“西伯利亚冬季”体育用品公司参展。");
        assertEquals("贝加尔食品公司", canonicalOf(m, "“贝加尔食品”公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "“西伯利亚冬季”体育用品公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("贝加尔")), m.toString());
    }

    @Test
    void aCellOfATablesRowShapedLikeATownshipsNameIsOne() {
        List<EntityMention> m = mentions("序号　所在街道　诉求量　办结率\n3　李亲顾镇　618　100\n4　茅台镇　12　100\n5　北城街道　3　4\n6　乡镇合计　633　100\n"
                + "7　特色小镇　3　4\n8　涉农街道　4　5\n9　主要街道　5　6");
        for (String township : List.of("李亲顾镇", "茅台镇", "北城街道")) {
            assertTrue(has(m, EntityType.PLACE, township), township + ": " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON || x.text().startsWith("乡镇") || x.text().startsWith("所在")
                || x.text().endsWith("小镇") || x.text().startsWith("涉农") || x.text().startsWith("主要")), m.toString());
        // A cell naming a township's head by the township's own level (镇镇长) ends the name there, however HanLP cuts it.
        List<EntityMention> heads = mentions("成　员：阿布力克木·阿吾提　玉奇吾斯塘乡乡长\n依力哈木·托乎提　比西巴格乡乡长\n艾则孜·阿不来提　阿拉哈格镇镇长\n");
        for (String township : List.of("玉奇吾斯塘乡", "比西巴格乡", "阿拉哈格镇")) {
            assertTrue(has(heads, EntityType.PLACE, township), township + ": " + heads);
        }
    }

    @Test
    void aTownshipNamedWithAnAdjectiveBeforeItsCommitteeIsOne() {
        List<EntityMention> m = mentions("平安镇党委书记邹德胜作述职报告。两个镇政府参加。");
        assertTrue(has(m, EntityType.GOVERNMENT, "平安镇党委") && has(m, EntityType.PLACE, "平安镇"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("两个")), m.toString());
    }

    @Test
    void aTownshipBeforeItsOwnCommitteeOrGovernmentIsOneWithNoCountyBeforeIt() {
        List<EntityMention> m = mentions("西塘镇党委书记沈明出席。湖潮乡党委书记贲文亮介绍。马场镇人民政府与高峰镇政府签约。");
        for (String body : List.of("西塘镇党委", "湖潮乡党委", "马场镇人民政府", "高峰镇政府")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + ": " + m);
        }
        assertTrue(has(m, EntityType.PLACE, "湖潮乡"), m.toString());
        // HanLP reads 任姚庄 as a person's name: the verb is no part of the township.
        assertTrue(has(mentions("訾雅婷，任姚庄镇党委副书记。"), EntityType.GOVERNMENT, "姚庄镇党委"));
        List<EntityMention> kinds = mentions("各乡镇党委要落实责任，全镇党委和该镇政府加强管理。");
        assertTrue(kinds.stream().noneMatch(x -> x.text().startsWith("各") || x.text().startsWith("全") || x.text().startsWith("该")), kinds.toString());
    }

    @Test
    void aProvincesKeyLaboratoryIsNamedForItsFieldAndTheKindAloneIsNone() {
        List<EntityMention> m = mentions("决定认定河北省先进轨道交通装备重点实验室等32家实验室为2025年度河北省重点实验室。");
        assertTrue(has(m, EntityType.ORGANIZATION, "河北省先进轨道交通装备重点实验室"), m.toString());
        assertFalse(has(m, EntityType.ORGANIZATION, "河北省重点实验室"), m.toString());
        List<EntityMention> kinds = mentions("2025年湖南省新增重点实验室12家，3家获批河北省级重点实验室。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), kinds.toString());
    }

    @Test
    void aSubdistrictNoListKnowsBeforeItsOwnCommitteeIsPartOfItsName() {
        List<EntityMention> m = mentions("名单\n黎春燕（樟木桥街道党工委书记）　尹德昌（樟木桥街道水利站站长）\n");
        assertTrue(has(m, EntityType.GOVERNMENT, "樟木桥街道党工委"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("街道党工委")), m.toString());
    }

    @Test
    void aFloodControlHeadquartersAndASafetyCommitteeAreBodiesOfTheirLevelOrZone() {
        List<EntityMention> m = mentions("根据常德市防汛抗旱指挥部要求，国家防汛抗旱总指挥部、湖南省防汛抗旱指挥部和县森林防灭火指挥部部署，市安委会办公室通报。"
                + "常德经济技术开发区防汛抗旱指挥部\n");
        for (String body : List.of("国家防汛抗旱总指挥部", "湖南省防汛抗旱指挥部", "县森林防灭火指挥部", "市安委会办公室", "常德经济技术开发区防汛抗旱指挥部")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + ": " + m);
        }
        // Where its office sits, in brackets after it, is the host body, no division of the headquarters.
        List<EntityMention> hosted = mentions("重庆长寿经济技术开发区。书面报告经开区防汛抗旱指挥部办公室（设在经开区应急管理局），严禁迟报。");
        assertTrue(has(hosted, EntityType.GOVERNMENT, "经开区应急管理局"), hosted.toString());
        assertTrue(hosted.stream().noneMatch(x -> x.text().startsWith("设在")), hosted.toString());
    }

    @Test
    void aHeadquartersForAWorkIsNamedForItsWholeTaskFromThePlaceOrZoneThatSetsItUp() {
        // HanLP reads 清雪 as a name and 除冰 as a proper noun: neither cuts the task short.
        List<EntityMention> m = mentions("延吉高新区冬季清雪除冰工作指挥部总指挥李明哲作部署。会议决定成立区安全生产专项整治工作指挥部。");
        assertTrue(has(m, EntityType.GOVERNMENT, "延吉高新区冬季清雪除冰工作指挥部"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "区安全生产专项整治工作指挥部"), m.toString());
        // Set up by a verb, or with an office in it, it needs no place; 清雪/nr right before it is no person either.
        List<EntityMention> unplaced = mentions("会议决定成立冬季清雪除冰工作指挥部。冬季清雪除冰工作指挥部总指挥李明哲作部署。延吉高新区冬季清雪工作指挥部成立。");
        assertEquals(2, unplaced.stream().filter(x -> x.text().equals("冬季清雪除冰工作指挥部")).count(), unplaced.toString());
        assertTrue(has(unplaced, EntityType.GOVERNMENT, "延吉高新区冬季清雪工作指挥部"), unplaced.toString());
        // Any body may set one up: a kind of headquarters is no name.
        assertTrue(mentions("各乡镇要成立相应工作指挥部。").stream().noneMatch(x -> x.text().endsWith("指挥部")));
    }

    @Test
    void aNounHanlpCutFromTheWordBeforeNamesNoAreaOfABody() {
        // 及时/报: HanLP reads 及/时报/区, and 时报 is no area before 区.
        List<EntityMention> m = mentions("责任人发生变动的，由所在单位及时报区防汛抗旱指挥部办公室更新。");
        assertTrue(has(m, EntityType.GOVERNMENT, "区防汛抗旱指挥部办公室"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("时报")), m.toString());
    }

    @Test
    void aFormerCountysNameIsTheVerbOfAppointmentAndTheLevelOfTheBodyAfterItUnlessAPlaceStandsBefore() {
        List<EntityMention> m = mentions("嘉善县委组织部公示。宓晓东，现任县商务局副局长，拟任县发展和改革局局长。");
        assertEquals("嘉善县商务局", canonicalOf(m, "县商务局"), m.toString());
        assertEquals("嘉善县发展和改革局", canonicalOf(m, "县发展和改革局"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("任县")), m.toString());
        assertTrue(has(mentions("河北省邢台市任县人民政府发布通知。"), EntityType.GOVERNMENT, "河北省邢台市任县人民政府"));
    }

    @Test
    void anErasZonesAreNoneInParticularAndTheCouncilsJointConferenceIsABody() {
        List<EntityMention> m = EntityFixture.mentions("对新时代自贸试验区建设作出系统部署。要发挥国务院自由贸易试验区工作部际联席会议统筹协调作用。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "国务院自由贸易试验区工作部际联席会议"), m.toString());
    }

    @Test
    void aPartyCommitteesWorkingCommitteeAndItsOfficeAreOneBody() {
        List<EntityMention> m = EntityFixture.mentions("省委自由贸易港工作委员会办公室主任侯正宇出席，市委办公室负责。");
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "省委自由贸易港工作委员会办公室"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "市委办公室"), m.toString());
    }

    @Test
    void aFirmsNameRunsThroughATradeNameHanlpCutAndThroughAnOrdinalNumberingItsUnit() {
        List<EntityMention> m = EntityFixture.mentions("长兴经济开发区统一管理。现在，天能控股集团有限公司、超威集团入驻。去年，浙江和泰储能科技有限公司总投资45亿元。"
                + "中国水利水电第七工程局有限公司承建，中铁第四勘察设计院集团有限公司设计。");
        for (String firm : List.of("天能控股集团有限公司", "浙江和泰储能科技有限公司", "中国水利水电第七工程局有限公司", "中铁第四勘察设计院集团有限公司")) {
            assertTrue(EntityFixture.has(m, EntityType.COMPANY, firm), firm + " " + m);
        }
    }

    @Test
    void aBrandCutIntoOneCharacterWordsAroundAConjunctionOrBeforeANewTradeStaysInTheFirmsName() {
        // 大连/ns 东/f 和/cc 精/a 机/ng; 新型/b 显示/v: a verb after a distinguishing word is the trade, no clause.
        List<EntityMention> m = EntityFixture.mentions("签约企业包括豫航新型显示科技（郑州）有限公司、大连东和精机有限公司和苏州纳芯微电子股份有限公司。");
        for (String firm : List.of("豫航新型显示科技（郑州）有限公司", "大连东和精机有限公司", "苏州纳芯微电子股份有限公司")) {
            assertTrue(EntityFixture.has(m, EntityType.COMPANY, firm), firm + " " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("（")), m.toString());
        List<EntityMention> clause = EntityFixture.mentions("长兴经济开发区。该厂主要供应上海大众汽车有限公司。");
        assertTrue(EntityFixture.has(clause, EntityType.COMPANY, "上海大众汽车有限公司"), "a verb governing the firm after 主要/b stays a verb: " + clause);
    }

    @Test
    void aProvincesOneCharacterNameBeforeADirectionOpensAZonesName() {
        List<EntityMention> m = EntityFixture.mentions("川西北生态示范区建设加快。");
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "川西北生态示范区"), m.toString());
    }

    @Test
    void aDepartmentNamedRightAfterItsCommitteeOrGovernmentIsOneBody() {
        List<EntityMention> m = EntityFixture.mentions("宁东能源化工基地管理委员会经济发展局负责审批。省人大常委会代表工作委员会、省政府督查室参加。");
        for (String body : List.of("宁东能源化工基地管理委员会经济发展局", "省人大常委会代表工作委员会", "省政府督查室")) {
            assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, body), body + " " + m);
        }
    }

    @Test
    void anOfficeAListedOrganizationKeepsInAPlaceIsOneOrganization() {
        List<EntityMention> m = EntityFixture.mentions("新华社湖南分社记者提问。日本贸易振兴机构（JETRO）大连代表处首席代表出席。");
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "新华社湖南分社"), m.toString());
        assertTrue(EntityFixture.has(EntityFixture.mentions("北京交通大学雄安校区项目负责人韩立新说。"), EntityType.ORGANIZATION, "北京交通大学雄安校区"), "a university's campus in a place");
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "日本贸易振兴机构（JETRO）大连代表处"), m.toString());
        assertEquals("日本贸易振兴机构大连代表处", EntityFixture.canonicalOf(m, "日本贸易振兴机构（JETRO）大连代表处"), m.toString());
    }

    @Test
    void aUniversitysCampusInACityIsOneOrganizationNamedInBracketsOrWithACampusWord() {
        List<EntityMention> m = EntityFixture.mentions("香港科技大学（广州）协理副校长梁志伟说，哈尔滨工业大学（深圳）也参加。"
                + "引进四川大学宜宾园区、四川轻化工大学宜宾校区和电子科技大学宜宾研究院。");
        for (String campus : List.of("香港科技大学（广州）", "哈尔滨工业大学（深圳）", "四川大学宜宾园区", "四川轻化工大学宜宾校区", "电子科技大学宜宾研究院")) {
            assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, campus), campus + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), "a campus is no zone: " + m);
        List<EntityMention> seats = EntityFixture.mentions("入选高校包括浙江大学（杭州）、南京大学（南京）、东北大学（沈阳）、中国科学技术大学（合肥），"
                + "并与莫斯科大学（俄罗斯）签署协议。");
        for (String university : List.of("浙江大学", "南京大学")) {
            assertTrue(EntityFixture.has(seats, EntityType.ORGANIZATION, university), "a university's own seat in brackets says where it is: " + seats);
        }
        assertTrue(seats.stream().noneMatch(x -> x.text().endsWith("）") && x.type() == EntityType.ORGANIZATION), seats.toString());
        List<PositionHeld> positions = EntityFixture.analyze("香港科技大学（广州）协理副校长梁志伟说。").entities().positions();
        assertEquals("香港科技大学（广州）", positions.get(0).organization(), positions.toString());
    }

    @Test
    void theCommitteesOfEveryAreaAreNoDistrictsCommittee() {
        List<EntityMention> m = EntityFixture.mentions("曹妃甸综合保税区。中国（河北）自由贸易试验区各片区管委会，各综合保税区管理机构：");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
    }

    @Test
    void aCrossBorderZoneNamesBothSidesOfTheBorderWithTheirCountries() {
        List<EntityMention> m = EntityFixture.mentions("中国凭祥—越南同登跨境经济合作区建设加快，中国老挝磨憨—磨丁经济合作区发展迅速。");
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "中国凭祥—越南同登跨境经济合作区"), m.toString());
        assertEquals("中老磨憨—磨丁经济合作区", EntityFixture.canonicalOf(m, "中国老挝磨憨—磨丁经济合作区"), m.toString());
    }

    @Test
    void aContractBetweenPartiesIsNoPolicyButACodeOfLawIs() {
        List<EntityMention> m = EntityFixture.mentions("双方签订《电子元器件采购框架协议》，芯源公司出具《担保函》。依据《中华人民共和国民法典》第五百零九条。");
        assertEquals(List.of("中华人民共和国民法典"), m.stream().filter(x -> x.type() == EntityType.POLICY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void inAnAddressAZoneNamedAfterItsCityStartsAtItsOwnName() {
        List<EntityMention> m = EntityFixture.mentions("供应商地址：江西省南昌市南昌经济技术开发区枫林西大街1188号。住所地陕西省西安市西安综合保税区天驰路9号。");
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "南昌经济技术开发区"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "西安综合保税区"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "南昌市") && EntityFixture.has(m, EntityType.PLACE, "西安市"), m.toString());
    }

    @Test
    void aJudgmentsPartiesAreNamedWithoutTheVerbsAndPrepositionsBeforeThem() {
        List<EntityMention> m = EntityFixture.mentions("陕西长庚供应链管理有限公司（以下简称长庚公司）与西安芯源电子科技有限公司（以下简称芯源公司）买卖合同纠纷一案，"
                + "西安综合保税区。长庚公司诉请：1．判令芯源公司支付货款。芯源公司向长庚公司出具担保函。其承担责任后，有权向西安芯源电子科技有限公司追偿。");
        List<String> firms = m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList();
        assertTrue(firms.stream().allMatch(firm -> firm.equals("长庚公司") || firm.equals("芯源公司") || firm.endsWith("有限公司")
                && (firm.startsWith("陕西") || firm.startsWith("西安"))), firms.toString());
        assertEquals(9, firms.size(), firms.toString());
    }

    @Test
    void whatAFirmIsToTheIssuerIsNoPartOfItsName() {
        List<EntityMention> m = EntityFixture.mentions("重庆西永综合保税区。公司拟设立项目公司重庆恒渝芯联封测科技有限公司。保荐机构西南证券股份有限公司出具核查意见。");
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "重庆恒渝芯联封测科技有限公司"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "西南证券股份有限公司"), m.toString());
    }

    @Test
    void theProcurementSitesANoticeIsPublishedOnAreOrganizations() {
        List<EntityMention> m = EntityFixture.mentions("开发区管委会公告。本项目招标公告在江西省公共资源交易网、中国政府采购网江西分网同步发布。");
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "江西省公共资源交易网"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "中国政府采购网"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void chinaAndAPartnerCountryOpenTheNameOfAZoneTheyBuildTogether() {
        List<EntityMention> m = mentions("马中关丹产业园、中俄互市贸易区、东兴互市贸易区发展良好。集中产业园区。");
        for (String zone : List.of("马中关丹产业园", "中俄互市贸易区", "东兴互市贸易区")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().contains("集中")), m.toString());
    }

    @Test
    void aMarineEconomyDevelopmentDemonstrationZoneIsAKindOfZone() {
        List<EntityMention> m = mentions("推进珲春海洋经济发展示范区建设。威海海洋经济发展示范区获批。");
        for (String zone : List.of("珲春海洋经济发展示范区", "威海海洋经济发展示范区")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
    }

    @Test
    void twoCitiesOfOneProvinceEachByItsFirstCharacterOpenTheNameOfAZoneTheyBuildTogether() {
        List<EntityMention> m = mentions("广清经济特别合作区管委会主任陈立新介绍，湛茂经济合作区正在筹建。");
        for (String zone : List.of("广清经济特别合作区", "湛茂经济合作区")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertTrue(has(m, EntityType.GOVERNMENT, "广清经济特别合作区管委会"), m.toString());
        // 南 of 南宁 and 北 of 北海, both of 广西, but a locative here.
        List<EntityMention> directions = mentions("推动南北经济合作区协同发展。推动山林经济合作区建设。");
        assertTrue(directions.stream().noneMatch(x -> x.text().contains("南北") || x.text().contains("山林")), "a word, not two cities: " + directions);
    }

    @Test
    void aCityCountyOrCrossingBeforeItsPortOfEntryIsThePortButNotAProvincesOrAListsPorts() {
        List<EntityMention> m = mentions("东宁市位于黑龙江东南部。东宁口岸和友谊关口岸通关顺畅，满洲里口岸繁忙。广西口岸货运量增长。绥芬河、密山和虎林口岸扩能。东宁将加快建设。");
        for (String crossing : List.of("东宁口岸", "友谊关口岸", "满洲里口岸")) {
            assertTrue(has(m, EntityType.PLACE, crossing), crossing + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("广西口岸") || x.text().equals("虎林口岸")), m.toString());
        // 综保区与二连浩特口岸: a joiner after a zone lists no places.
        assertTrue(has(mentions("实现综保区与二连浩特口岸的监管互认。"), EntityType.PLACE, "二连浩特口岸"));
        assertTrue(mentions("推进空港口岸、海港口岸和陆路口岸建设。").stream().noneMatch(x -> x.type() == EntityType.PLACE), "kinds of port, no places");
        assertEquals("东宁市", canonicalOf(m, "东宁"), m.toString());
        List<EntityMention> river = mentions("昆明海关所属河口海关获悉，河口口岸进口水果增长。");
        assertTrue(has(river, EntityType.PLACE, "河口口岸"), "a county HanLP's dictionary knows as a river's mouth: " + river);
    }

    @Test
    void aPlaceNoListKnowsButHanlpDoesOrAZonesGroundOrAModeBeforeAPortNamesThePort() {
        List<EntityMention> m = mentions("在城陵矶港三期码头，城陵矶口岸进口粮食。开通至上海洋山港的航线。产品经由横琴口岸进入澳门。经珲春公路口岸进来的货物。");
        for (String port : List.of("城陵矶港", "城陵矶口岸", "上海洋山港", "横琴口岸", "珲春公路口岸")) {
            assertTrue(has(m, EntityType.PLACE, port), port + " in " + m);
        }
        assertTrue(mentions("天津口岸进出口增长。").stream().noneMatch(x -> x.text().equals("天津口岸")), "a province-level city's ports are all of its ports");
    }

    @Test
    void aTownshipAfterItsCountyIsAPlaceWhereHanlpSplitsItsName() {
        List<EntityMention> m = mentions("实施翠屏区李庄镇、长宁县竹海镇等中心镇提升工程。");
        assertTrue(has(m, EntityType.PLACE, "李庄镇") && has(m, EntityType.PLACE, "竹海镇"), m.toString());
    }

    @Test
    void countiesOfOneCharacterAreListed() {
        List<EntityMention> m = mentions("宜宾市辖江安县、长宁县、高县、珙县、筠连县。要提高县域经济水平。");
        assertTrue(has(m, EntityType.PLACE, "高县") && has(m, EntityType.PLACE, "珙县"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("高县域")), m.toString());
    }

    @Test
    void anAirportOrStationNamedAfterItsPlaceIsAPlaceOfItsOwn() {
        List<EntityMention> m = mentions("货物经兰州中川国际机场运往中亚，郑州新郑国际机场货邮吞吐量增长，香港机场开通快速通道。"
                + "列车从西安国际港站和重庆团结村中心站发出，游客抵达黄山北站。郑州机场海关关长出席。");
        for (String facility : List.of("兰州中川国际机场", "郑州新郑国际机场", "香港机场", "西安国际港站", "重庆团结村中心站", "黄山北站")) {
            assertTrue(has(m, EntityType.PLACE, facility), facility + " in " + m);
        }
        List<EntityMention> scenic = mentions("黄山风景区接待游客12万人次，长沙橘子洲景区人气旺，全市5A景区8个。");
        assertTrue(has(scenic, EntityType.PLACE, "黄山风景区") && has(scenic, EntityType.PLACE, "长沙橘子洲景区"), scenic.toString());
        assertTrue(scenic.stream().noneMatch(x -> x.text().contains("5A")), scenic.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "郑州机场海关"), m.toString());
        List<EntityMention> shredded = mentions("经南昌昌北国际机场进境的冰鲜水产品增长。广东全省机场旅客增长。浙江省内机场繁忙。");
        assertTrue(has(shredded, EntityType.PLACE, "南昌昌北国际机场"), "a name HanLP cut into a morpheme and a direction: " + shredded);
        assertTrue(shredded.stream().noneMatch(x -> x.text().endsWith("省机场") || x.text().endsWith("内机场")), shredded.toString());
    }

    @Test
    void aBodysNameStopsAtATitleAVerbOrAPrepositionBeforeIt() {
        List<EntityMention> m = mentions("界首高新区党工委书记韩涛率领高新区招商局赴上海招商。区安委办组织区应急管理局开展检查。由威远镇人民政府负责落实。"
                + "余志强现任鄂州市华容区蒲团乡党委委员。");
        for (String body : List.of("界首高新区党工委", "高新区招商局", "区安委办", "区应急管理局", "威远镇人民政府", "蒲团乡党委")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        assertTrue(has(m, EntityType.PLACE, "华容区"), m.toString());
        List<EntityMention> divisions = mentions("省司法厅律师工作处处长王明出席。县总工会和人社局联合发文。");
        assertTrue(has(divisions, EntityType.GOVERNMENT, "省司法厅律师工作处"), "a title before no name is a division's word: " + divisions);
        assertTrue(divisions.stream().noneMatch(x -> x.text().contains("和")), "an institution's word before 和 ends a body: " + divisions);
        assertTrue(m.stream().noneMatch(x -> x.text().contains("韩涛率领") || x.text().startsWith("组织") || x.text().startsWith("由")
                || x.text().startsWith("区蒲团")), m.toString());
    }

    @Test
    void aListedPlaceSpelledFromInsideALongerOneToItsSideIsTheLongerOne() {
        List<EntityMention> m = mentions("打造京津冀南部重要制造业基地。河南部分地区降雨。");
        assertTrue(has(m, EntityType.PLACE, "京津冀") && has(m, EntityType.PLACE, "河南"), m.toString());
        assertFalse(has(m, EntityType.PLACE, "冀南"), m.toString());
    }

    @Test
    void aPlacesNameHanlpReadsAsAGivenNameAfterASurnameInARostersCellIsNoPlace() {
        List<EntityMention> m = mentions("列席：\n县交通运输局 马海林 县公安局交警大队 陶永胜\n海林市、宁安市负责。");
        assertFalse(has(m, EntityType.PLACE, "海林"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "海林市"), m.toString());
    }

    @Test
    void aScenicAreaKeepsTheCharacterOpeningItsNameAndALakeOrMountainHanlpKnowsIsAPlace() {
        List<EntityMention> m = mentions("游客在小南海景区和镜泊湖游览，登上五指山，再到大黑山风景区。嘉陵江沿岸。");
        for (String place : List.of("小南海景区", "镜泊湖", "五指山", "大黑山风景区", "嘉陵江")) {
            assertTrue(has(m, EntityType.PLACE, place), place + " in " + m);
        }
        assertFalse(has(m, EntityType.PLACE, "南海景区") || has(m, EntityType.PLACE, "黑山风景区"), m.toString());
    }

    @Test
    void theBodiesOfTownshipLevelsListedAfterEveryAreNoneInParticular() {
        List<EntityMention> m = mentions("县直各部门和各镇、乡人民政府要建立工作台账。怀宁县人民政府发布通知。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("乡人民政府")), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "怀宁县人民政府"), m.toString());
    }

    @Test
    void countiesListedTogetherWithoutTheirLevelAreThoseCounties() {
        List<EntityMention> m = mentions("支持同江、东宁、抚远、饶河等口岸发展。绥芬河、东宁、密山和虎林口岸。推动发展、改革、开放。");
        assertEquals("同江市", canonicalOf(m, "同江"), m.toString());
        assertEquals("饶河县", canonicalOf(m, "饶河"), m.toString());
        assertEquals("虎林市", canonicalOf(m, "虎林"), m.toString());
        assertTrue(m.stream().noneMatch(x -> List.of("发展", "改革", "开放").contains(x.text())), m.toString());
        List<EntityMention> two = mentions("加快建设义乌至东阳、浦江的城际铁路。");
        assertEquals("东阳市", canonicalOf(two, "东阳"), "two are enough beside a place of their province: " + two);
        assertEquals("浦江县", canonicalOf(two, "浦江"), two.toString());
    }

    @Test
    void aCountyNamedLikeACommonWordIsOneAmongEnoughCountiesOfItsProvinceAndNoneIsCutAcrossTheListsClosing() {
        List<EntityMention> m = mentions("推动宁都、石城、兴国、会昌、寻乌、安远、大余、崇义、上犹等县工业园区提质。");
        for (String county : List.of("宁都县", "石城县", "兴国县", "会昌县", "上犹县")) {
            assertTrue(m.stream().anyMatch(x -> x.canonical().equals(county)), county + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().contains("等")), "等县 closes the list: " + m);
        assertTrue(mentions("要把科技兴国、人才强国、教育兴国落实好。").stream().noneMatch(x -> x.type() == EntityType.PLACE), "slogans name no counties");
        assertTrue(mentions("推动宁都、兴国两地合作。").stream().noneMatch(x -> x.canonical().equals("兴国县")), "beside one county, no");
        assertTrue(mentions("寿光、晋江、宁都、兴国等地发展较快。").stream().noneMatch(x -> x.canonical().equals("兴国县")), "beside three of other provinces, no");
    }

    @Test
    void aLocativeBeforeACompanyWordMakesAPhraseNoName() {
        List<EntityMention> m = mentions("一、报告期内公司从事的业务情况\n区内公司增加。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void threeOrMoreTownshipsOrSubdistrictsListedTogetherArePlacesWhateverWordsHanlpMakesOfThem() {
        List<EntityMention> m = mentions("鹤龙湖镇、南湖洲镇、樟树镇、六塘乡等乡镇加快发展。新建中心镇、特色镇、重点镇。");
        for (String township : List.of("鹤龙湖镇", "南湖洲镇", "樟树镇", "六塘乡")) {
            assertTrue(has(m, EntityType.PLACE, township), township + " in " + m);
        }
        assertEquals(4, m.stream().filter(x -> x.type() == EntityType.PLACE).count(), m.toString());
        List<EntityMention> subdistricts = mentions("稠城街道、北苑街道、稠江街道、江东街道深化城市有机更新。主要街道、重点街道、背街小巷整治。");
        for (String subdistrict : List.of("稠城街道", "北苑街道", "稠江街道", "江东街道")) {
            assertTrue(has(subdistricts, EntityType.PLACE, subdistrict), subdistrict + ", the list's last item running on into its clause, in " + subdistricts);
        }
        assertEquals(4, subdistricts.stream().filter(x -> x.type() == EntityType.PLACE).count(), subdistricts.toString());
    }

    @Test
    void aListedInstitutionAnAdverbAndAConjunctionEndTheFirstOfTwoInstitutions() {
        List<EntityMention> m = mentions("目前，西北农林科技大学已与哈萨克国立农业大学签署协议。学校国际合作与交流处处长蔺晓峰介绍。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "a school's office is no body of the state: " + m);
        for (String university : List.of("西北农林科技大学", "哈萨克国立农业大学")) {
            assertTrue(has(m, EntityType.ORGANIZATION, university), university + " in " + m);
        }
    }

    @Test
    void aCustomsOfficeIsNamedBeforeItsHeadsTitleWhateverHanlpReadsItsNameAs() {
        List<EntityMention> m = mentions("长春兴隆综合保税区举行活动。兴隆海关关长仉德明介绍，长春海关将支持兴隆海关推出便利措施。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("兴隆海关")).count(), m.toString());
        List<EntityMention> afterAPreposition = mentions("据二连海关关长韩立新介绍，今年以来，二连海关联合蒙古国扎门乌德海关推行“绿色通道”互认。");
        assertEquals(2, afterAPreposition.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("二连海关")).count(), afterAPreposition.toString());
        assertTrue(mentions("向新任海关关长表示祝贺。与两位海关关长座谈。向这些海关关长通报。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT),
                "a term, a count or a pointer, no name");
    }

    @Test
    void aBodyWordOpeningAListedBodysNameEndsNoOtherBody() {
        List<EntityMention> m = mentions("上饶综合保税区须经海关总署会同有关部门验收合格后，方可开展有关业务。");
        assertTrue(has(m, EntityType.GOVERNMENT, "海关总署") && has(m, EntityType.ZONE, "上饶综合保税区"), m.toString());
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).count(), m.toString());
    }

    @Test
    void anAccentedLatinWordIsOneWordOfAFirmsName() {
        List<EntityMention> m = mentions("葡萄牙里斯本的Atlântico Capital资产管理公司与横琴澳葡金融服务有限公司合资设立公司。");
        assertTrue(has(m, EntityType.COMPANY, "Atlântico Capital资产管理公司"), m.toString());
    }

    @Test
    void aProvincesPartNamedByItsCharacterAndADirectionIsARegionNotTheNortheast() {
        List<EntityMention> m = mentions("加快打造赣东北开放型经济发展新高地，推动渝东北和浙西南协同发展。");
        for (String region : List.of("赣东北", "渝东北", "浙西南")) {
            assertTrue(has(m, EntityType.PLACE, region), region + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("东北")), m.toString());
    }

    @Test
    void aCitysAirPortOfEntryIsAPlaceThoughHanlpReadsAFirmInIt() {
        List<EntityMention> m = mentions("成都航空口岸出入境人员增长。成都航空开通新航线。");
        assertTrue(has(m, EntityType.PLACE, "成都航空口岸") && has(m, EntityType.COMPANY, "成都航空"), m.toString());
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.COMPANY).count(), m.toString());
    }

    @Test
    void aCrossingNamedByATransliterationNoListKnowsIsACrossingNotTheCountryInsideIt() {
        List<EntityMention> m = mentions("货物经阿日哈沙特口岸入境。卡拉苏口岸和红其拉甫口岸通关。");
        assertTrue(has(m, EntityType.PLACE, "阿日哈沙特口岸"), "经 glued to the first piece is no part of it: " + m);
        assertTrue(has(m, EntityType.PLACE, "卡拉苏口岸"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("沙特")), m.toString());
        assertTrue(has(mentions("在沙特口岸装船。"), EntityType.PLACE, "沙特"), "a country alone before 口岸 stays the country");
        List<EntityMention> province = mentions("货物经新疆卡拉苏口岸出境。");
        assertTrue(has(province, EntityType.PLACE, "卡拉苏口岸") && has(province, EntityType.PLACE, "新疆"), "a province of China's is where it is: " + province);
    }

    @Test
    void aCustomsHouseNamesItsPlaceWhereHanLPReadThePlacesLastCharacterIntoTheBodysWord() {
        // 满洲/里海/关: 里海 is a sea.
        List<EntityMention> m = mentions("满洲里海关缉私分局破获一起走私案。");
        assertEquals("满洲里市", canonicalOf(m, "满洲里"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("里海")), m.toString());
    }

    @Test
    void aCountrysNameBeforeAWordOfLanguageNamesNoPlace() {
        List<EntityMention> m = mentions("具备韩国语能力考试四级以上证书，中国语言文学专业优先。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE), m.toString());
        List<EntityMention> other = mentions("对于关税问题，美国语焉不详。在中国语境下推进开放。");
        assertTrue(has(other, EntityType.PLACE, "美国") && has(other, EntityType.PLACE, "中国"), "语 opening another word: " + other);
    }

    @Test
    void aPortCrossingOrAirportNamedAfterItsPlacesNamesThemToo() {
        List<EntityMention> m = mentions("霍尔果斯市加快发展，霍尔果斯口岸通关顺畅。宁波舟山港货物吞吐量增长。西安咸阳国际机场开通新航线。");
        assertEquals("霍尔果斯市", canonicalOf(m, "霍尔果斯"), "of the crossing, the city: " + m);
        for (String place : List.of("宁波", "舟山", "西安", "咸阳")) {
            assertTrue(has(m, EntityType.PLACE, place), place + " in " + m);
        }
        // 防城港 is a city whose name ends in 港: its 防城 is no place of it.
        List<EntityMention> city = mentions("赴钦州、北海、防城港三市调研，加快钦州港、防城港、北海港协同发展。");
        assertFalse(has(city, EntityType.PLACE, "防城"), city.toString());
        assertTrue(has(city, EntityType.PLACE, "钦州"), city.toString());
    }

    @Test
    void aPartySchoolIsAnOrganizationAndUniversityBeforeAWordOfSchoolingIsALevel() {
        List<EntityMention> m = mentions("湘潭大学哲学专业大学学历，中央党校研究生学历，省委党校大学学历。中共湖南省委党校副校长王明出席。");
        for (String school : List.of("湘潭大学", "中央党校", "省委党校", "中共湖南省委党校")) {
            assertTrue(has(m, EntityType.ORGANIZATION, school), school + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().contains("专业") || x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(has(mentions("内蒙古自治区党委党校举办培训。"), EntityType.ORGANIZATION, "内蒙古自治区党委党校"));
        assertTrue(mentions("全省各市委党校负责人参加。全省各市、县委党校校长出席。").stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION),
                "every city's or county's school");
        assertTrue(has(mentions("自治区党委党校副校长王明出席。"), EntityType.ORGANIZATION, "自治区党委党校"), "a region's school by its level");
        assertTrue(has(mentions("湘潭大学本科生来园区实习。"), EntityType.ORGANIZATION, "湘潭大学"), "a university before its own undergraduates");
    }

    @Test
    void aGovernmentsNewsAccountOnASourceLineIsAnOutletAndACountOfCountiesNoCounty() {
        assertTrue(has(mentions("2024-05-10 09:12　来源：雄安发布\n\n雄安新区举行签约仪式。"), EntityType.ORGANIZATION, "雄安发布"));
        List<EntityMention> m = mentions("雄县县长褚慧玲分别介绍了两县承接配套产业情况。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().endsWith("两县")), m.toString());
    }

    @Test
    void aJointLaboratoryIsNamedByItsFieldEvenWhereTheFieldReadsAsAVerb() {
        assertTrue(has(mentions("合肥先进计算联合实验室揭牌。"), EntityType.ORGANIZATION, "合肥先进计算联合实验室"));
        assertTrue(mentions("天津推动建设联合实验室。").stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), "a verb governing the laboratory is no field");
        // So are an alliance and a centre of innovation.
        assertTrue(has(mentions("联合32家企业组建的西安智能无人系统产业创新联盟正式成立。"), EntityType.ORGANIZATION, "西安智能无人系统产业创新联盟"));
        assertTrue(has(mentions("安徽省智能网联汽车创新中心揭牌。"), EntityType.ORGANIZATION, "安徽省智能网联汽车创新中心"));
        // 深港, the pair of places, anchors what the two run together.
        assertTrue(has(mentions("深港生物医药联合实验室在福田保税区揭牌。"), EntityType.ORGANIZATION, "深港生物医药联合实验室"));
    }

    @Test
    void aFirmsBusinessVerbAfterTheLastPieceOfABrandHanlpDidNotKnowIsPartOfItsName() {
        List<EntityMention> m = mentions("河南芯联显示技术有限公司董事长袁振华介绍，公司投资120亿元。");
        assertTrue(has(m, EntityType.COMPANY, "河南芯联显示技术有限公司"), m.toString());
    }

    @Test
    void anInstituteOfResearchIsNamedByItsFieldEvenWhereTheFieldReadsAsAVerb() {
        assertTrue(has(mentions("邓宏伟一行走进湖南先导计算技术研究院。"), EntityType.ORGANIZATION, "湖南先导计算技术研究院"));
    }

    @Test
    void aProgrammeOrPaperInTitleMarksIsAnOutletAndNamesNoPlace() {
        List<EntityMention> m = mentions("欢迎收看《湖北新闻》。据《人民日报》报道。");
        assertTrue(has(m, EntityType.ORGANIZATION, "湖北新闻") && has(m, EntityType.ORGANIZATION, "人民日报"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE), m.toString());
        List<EntityMention> papers = mentions("厦门海沧港综合保税区发展迅速。《闽西导报》等媒体近期也对此进行了报道。《南方周末》刊文。《统计公报》显示，《海关总署信息专报》刊发。");
        assertTrue(has(papers, EntityType.ORGANIZATION, "闽西导报") && has(papers, EntityType.ORGANIZATION, "南方周末"), papers.toString());
        assertTrue(papers.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && (x.text().endsWith("公报") || x.text().endsWith("专报"))),
                "a communiqué or a bulletin is no paper: " + papers);
        List<EntityMention> general = mentions("据《波士顿环球报》报道，球队签下新援。");
        assertTrue(general.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), "general news calls a paper in title marks a book: " + general);
    }

    @Test
    void aForeignFreeZoneRunsBackToItsPlaceOverTheCharactersHanLPBrokeItsNameInto() {
        List<EntityMention> m = mentions("伊润食品将在迪拜杰贝阿里自由区设立海外仓。");
        // 杰贝阿里 is a listed port: the zone is named with its city, as 天津东疆保税港区 is.
        assertTrue(has(m, EntityType.ZONE, "迪拜杰贝阿里自由区") && has(m, EntityType.PLACE, "迪拜") && has(m, EntityType.PLACE, "杰贝阿里"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().equals("阿里")), "阿里 of 杰贝阿里 is no firm: " + m);
    }

    @Test
    void aNameTheListsFindInsideAnotherWordAnchorsNoInstitution() {
        List<EntityMention> m = mentions("全区已建成数据中心22个，其中超大型数据中心14个。");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("中超")), "中超 of 其中超大型 is no league: " + m);
    }

    @Test
    void foundingAFirmOrAimingToBeACentreNamesNoInstitution() {
        List<EntityMention> m = mentions("去年在沣东新城注册公司，今年拿到订单。为郑州建设国家中心城市提供支撑。喀什打造“中亚商品集散中心”。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY || x.type() == EntityType.ORGANIZATION), m.toString());
        assertTrue(has(m, EntityType.ZONE, "沣东新城"), m.toString());
    }

    @Test
    void aFirmsBusinessVerbBeforeItsSeatInBracketsOrATradesWordIsPartOfItsName() {
        List<EntityMention> m = mentions("两江新区果园港集中签约。川江港航物流发展（重庆）有限公司与果园港公司合作；恒通达国际供应链管理（重庆）有限公司投资18亿元；"
                + "重庆陆港通达国际多式联运有限公司投资。赣州高新区引进江西远航新能源汽车零部件有限公司等项目。");
        for (String firm : List.of("川江港航物流发展（重庆）有限公司", "恒通达国际供应链管理（重庆）有限公司", "重庆陆港通达国际多式联运有限公司", "江西远航新能源汽车零部件有限公司")) {
            assertTrue(has(m, EntityType.COMPANY, firm), firm + " in " + m);
        }
    }

    @Test
    void aZonesFirmWhoseNameSaysItIntegratesIndustryAndTownIsOneFirm() {
        List<EntityMention> m = mentions("重庆两江新区产城融合发展集团有限公司2024年度环境、社会及治理（ESG）报告");
        assertTrue(has(m, EntityType.COMPANY, "重庆两江新区产城融合发展集团有限公司"), m.toString());
    }

    @Test
    void aFirmsBusinessVerbAfterTradeNounsAfterItsBrandIsPartOfItsName() {
        assertTrue(has(mentions("项目总投资68亿元；安徽瀚驰智能驾驶科技有限公司智能驾驶域控制器研发及生产基地项目落地。"), EntityType.COMPANY, "安徽瀚驰智能驾驶科技有限公司"));
    }

    @Test
    void aZonesDepartmentHoldsNoOtherPlacesLevelNorWhereDataComeFrom() {
        List<EntityMention> m = mentions("资料来源：开发区数据来自市商务局、市发展改革委；其他数据均来自市统计局。");
        assertTrue(has(m, EntityType.GOVERNMENT, "市商务局") && m.stream().noneMatch(x -> x.text().startsWith("开发区数据")), m.toString());
        List<EntityMention> source = mentions("外商投资、开发区数据来源于徐州市商务局。徐州经济技术开发区发展。");
        assertTrue(has(source, EntityType.GOVERNMENT, "徐州市商务局") && source.stream().noneMatch(x -> x.text().startsWith("开发区数据")), source.toString());
    }

    @Test
    void whatAPlaceIsOrBecomesToAFirmAndTheWorkAProjectDoesNameNoInstitution() {
        for (String text : List.of("海南是集团面向亚太的新门户。", "我们相信海南会成为集团在中国增长最快的区域。", "多家企业赴马来西亚布局生产基地。",
                "实施岳阳三荷机场改扩建、长江干线岸线整治等项目。")) {
            List<EntityMention> m = mentions(text);
            assertTrue(m.stream().noneMatch(x -> x.type().isInstitution()), text + " " + m);
        }
        List<EntityMention> brands = mentions("全面推进顺丰、江西旅游跨境购等重大重点项目的建设。");
        assertTrue(has(brands, EntityType.COMPANY, "江西旅游跨境购"), "a brand ending in a one-character verb: " + brands);
    }

    @Test
    void aBodysDepartmentHoldsNoPersonsName() {
        List<EntityMention> m = mentions("办公室设在市商务局，市商务局局长涂建明兼任办公室主任。");
        assertTrue(has(m, EntityType.PERSON, "涂建明") && m.stream().noneMatch(x -> x.text().contains("涂建明") && x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(has(mentions("区商务局外贸发展科科长李明出席。"), EntityType.GOVERNMENT, "区商务局外贸发展科"), "a division still is");
    }

    @Test
    void twoCountriesParkInACityIsAZone() {
        List<EntityMention> m = mentions("中德（芜湖）产业合作园开工。中日（大连）地方发展合作示范区建设。");
        assertTrue(has(m, EntityType.ZONE, "中德（芜湖）产业合作园") && has(m, EntityType.ZONE, "中日（大连）地方发展合作示范区"), m.toString());
    }

    @Test
    void listedZonesWrittenOneAfterAnotherAreNamesOfTheirOwn() {
        List<EntityMention> m = mentions("住所地中国（江苏）自由贸易试验区连云港片区连云港综合保税区保税物流中心3号楼。");
        assertTrue(has(m, EntityType.ZONE, "中国（江苏）自由贸易试验区连云港片区") && has(m, EntityType.ZONE, "连云港综合保税区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("中国（江苏）自由贸易试验区连云港片区连云港")), m.toString());
    }

    @Test
    void partnersJoinedByADashOpenTheirJointParksName() {
        List<EntityMention> m = mentions("中国—东盟（南宁）跨境电商产业园揭牌。推动马来西亚—中国关丹产业园建设。");
        assertTrue(has(m, EntityType.ZONE, "中国—东盟（南宁）跨境电商产业园") && has(m, EntityType.ZONE, "马来西亚—中国关丹产业园"), m.toString());
        List<EntityMention> route = mentions("开通连云港—霍尔果斯经济开发区的中欧班列。");
        assertTrue(route.stream().noneMatch(x -> x.text().startsWith("连云港—")), "two cities joined by a dash are a route: " + route);
    }

    @Test
    void theCustomsSupervisionOfABondedZoneIsNoCustomsOffice() {
        List<EntityMention> m = mentions("重庆西永综合保税区发布。子公司将遵守综合保税区海关监管规定。郑州新郑综合保税区开展业务。"
                + "在新郑综保区海关监管作业场所内完成查验。新郑海关关长出席。张家港保税区海关查获。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().contains("综保区海关") || x.text().contains("综合保税区海关")), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "新郑海关") && has(m, EntityType.GOVERNMENT, "张家港保税区海关"), m.toString());
        assertTrue(has(mentions("由成都高新综合保税区海关监管。"), EntityType.GOVERNMENT, "成都高新综合保税区海关"), "a zone named in full may name an office");
    }

    @Test
    void aLeadingGroupSetUpByALevelIsThatLevelsBodyAtHome() {
        List<EntityMention> m = mentions("山东省人民政府工作报告。山东省商务厅发布。发挥省推进自由贸易试验区建设工作领导小组作用，省推进对外开放工作领导小组办公室要加强统筹。"
                + "成立规划实施领导小组。");
        assertEquals("山东省推进自由贸易试验区建设工作领导小组", canonicalOf(m, "省推进自由贸易试验区建设工作领导小组"), m.toString());
        assertEquals("山东省推进对外开放工作领导小组办公室", canonicalOf(m, "省推进对外开放工作领导小组办公室"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("省推进")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("规划实施领导小组")), "no level sets it up: " + m);
    }

    @Test
    void aMacroRegionBeforeAKindOfZoneNamesAClassNoZone() {
        List<EntityMention> m = mentions("支持中西部和东北地区综合保税区承接加工贸易梯度转移。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
    }

    @Test
    void anOrchestraOrAConcertHallTheTaggerCallsABodyIsAnOrganization() {
        List<EntityMention> m = mentions("德国莱茵青年交响乐团在长沙音乐厅演出，湖南湘江交响乐团协办。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
    }

    @Test
    void aVisitToAFirmIsNoPartOfItsName() {
        List<EntityMention> m = mentions("6月12日，杭州干部走访瀚驰科技有限公司，了解生产情况。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().contains("干部")), m.toString());
    }

    @Test
    void aCustomsOfficeListedBesideAnotherRunsBackNoFurtherThanAPrepositionOrAConjunction() {
        List<EntityMention> m = mentions("2024年，在南京海关、苏州工业园区海关的大力支持下，综保区坚持创新。");
        assertTrue(has(m, EntityType.GOVERNMENT, "南京海关"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("在")), m.toString());
        List<EntityMention> joined = mentions("舟山海关全面推行直供监管模式，与宁波海关、上海海关建立长三角协同机制。");
        assertTrue(has(joined, EntityType.GOVERNMENT, "宁波海关") && joined.stream().noneMatch(x -> x.text().startsWith("与")), joined.toString());
    }

    @Test
    void aTownshipInBracketsAfterAFirmIsWhereTheFirmIs() {
        List<EntityMention> m = mentions("附件\n上海淀湖供应链科技有限公司（华新镇）\n上海虹桥云鼎数字科技有限公司（徐泾镇）\n上海某某机械厂（原红旗乡）");
        for (String township : List.of("华新镇", "徐泾镇")) {
            assertTrue(has(m, EntityType.PLACE, township), township + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        assertFalse(has(m, EntityType.PLACE, "原红旗乡"), "a former township is no firm's place now: " + m);
    }

    @Test
    void surveyTeamsDisciplineCommitteesAndPartnershipsAreNamedWhole() {
        List<EntityMention> m = mentions("国家统计局连云港调查队发布数据。经开区纪检监察工委、经开区纪工委参加。"
                + "天健会计师事务所（特殊普通合伙）、天津东疆远景股权投资合伙企业（有限合伙）、北京市金杜律师事务所参与。");
        for (String body : List.of("国家统计局连云港调查队", "经开区纪检监察工委", "经开区纪工委")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        List<EntityMention> byline = mentions("旬阳市统计局 国家统计局旬阳调查队\n2025年，面对复杂多变的外部环境，全市上下坚持稳中求进。");
        assertTrue(has(byline, EntityType.GOVERNMENT, "国家统计局旬阳调查队"), "a surveyed place HanLP does not read as one: " + byline);
        assertTrue(has(mentions("北京市恒信律师事务所银川分所律师白雪松出庭。"), EntityType.COMPANY, "北京市恒信律师事务所银川分所"), "a firm's branch");
        for (String firm : List.of("天健会计师事务所（特殊普通合伙）", "天津东疆远景股权投资合伙企业（有限合伙）", "北京市金杜律师事务所")) {
            assertTrue(has(m, EntityType.COMPANY, firm), firm + " in " + m);
        }
    }

    @Test
    void aCountyNamedWithoutItsLevelAfterItsProvinceIsAPlaceAndBeforeAKindAZonesName() {
        List<EntityMention> m = mentions("贾润生，男，山西平遥人。福建晋江、湖南湘阴发展较快，江西新建项目和青海平安建设推进。"
                + "高密经济开发区、梅河口高新技术产业开发区、江苏灌云经济开发区和吉林综合保税区位列前茅。规划新建经济开发区。");
        assertEquals("平遥县", canonicalOf(m, "平遥"), m.toString());
        assertEquals("进贤县", canonicalOf(mentions("刘承志，男，江西进贤人，研究生学历。"), "进贤"), "a native place, though 进贤 is a verb too");
        assertTrue(mentions("刘承志，男，江西进贤人，研究生学历。").stream().noneMatch(x -> x.type() == EntityType.POSITION), "a level of schooling is no office");
        assertEquals("晋江市", canonicalOf(m, "晋江"), m.toString());
        assertEquals("湘阴县", canonicalOf(m, "湘阴"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("新建") || x.text().equals("平安") || x.text().contains("新建经济")), m.toString());
        for (String zone : List.of("高密经济开发区", "梅河口高新技术产业开发区", "江苏灌云经济开发区", "吉林综合保税区")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
    }

    @Test
    void aCountyHanlpReadsAsACountIsAZonesNameBeforeItsKindAndARenamedCountyItsNewLevel() {
        List<EntityMention> m = mentions("万年高新区召开会议。上饶市万年高新区召开会议。湘潭三大园区和株洲一个开发区。无为经济开发区召开会议，无为市委书记出席。");
        assertTrue(has(m, EntityType.ZONE, "万年高新区") && has(m, EntityType.ZONE, "上饶市万年高新区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && (x.text().contains("三大") || x.text().contains("一个"))), "counts name no zone: " + m);
        assertEquals("无为市", canonicalOf(m, "无为市"), "无为县 is 无为市 since 2019: " + m);
        assertTrue(has(m, EntityType.GOVERNMENT, "无为市委"), m.toString());
    }

    @Test
    void aCountyOfFourCharactersNamedWithoutItsLevelBeforeAKindIsAZoneAndItsBodyIsWhole() {
        List<EntityMention> m = mentions("和林格尔新区管委会主任出席。内蒙古和林格尔新区发展迅速。");
        assertTrue(has(m, EntityType.GOVERNMENT, "和林格尔新区管委会") && has(m, EntityType.ZONE, "和林格尔新区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "内蒙古和林格尔新区"), m.toString());
        List<EntityMention> area = mentions("中国（浙江）自由贸易试验区舟山片区建设提速。自贸试验区舟山片区管委会副主任出席。");
        assertEquals("中国(浙江)自由贸易试验区舟山片区管理委员会", canonicalOf(area, "舟山片区管委会"), "a body opened at a bare zone word is the area's: " + area);
    }

    @Test
    void aZonesWorkOfficeIsABodyButTwoLevelsJoinedOrASigningNameNone() {
        List<EntityMention> m = mentions("中国（四川）自由贸易试验区工作办公室与中国（重庆）自由贸易试验区工作办公室签约。两地有关市（州）、区县政府参加。"
                + "川南临港片区与果园港片区签署长江航运物流合作协议。");
        assertTrue(has(m, EntityType.GOVERNMENT, "中国（四川）自由贸易试验区工作办公室") && has(m, EntityType.GOVERNMENT, "中国（重庆）自由贸易试验区工作办公室"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("县政府") || x.text().contains("签署")), m.toString());
        assertTrue(has(m, EntityType.ZONE, "果园港片区"), m.toString());
    }

    @Test
    void fireAndTrafficPoliceDetachmentsAreBodiesAndANumberedSquadAfterOneIsInsideIt() {
        List<EntityMention> m = mentions("郑州市公安局交通警察支队三大队民警庹明亮介绍。金水区消防救援大队赶到现场。郑州市消防救援支队发布提示。市交警支队提醒。");
        assertTrue(has(m, EntityType.GOVERNMENT, "郑州市公安局交通警察支队三大队"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "金水区消防救援大队"), m.toString());
        assertEquals("郑州市交警支队", canonicalOf(m, "市交警支队"), m.toString());
    }

    @Test
    void aPartyCommitteesInspectionTeamsAndTheCentresAreBodies() {
        List<EntityMention> m = mentions("省委第四巡视组向经开区党工委反馈巡视情况。省委巡视办、中央第五生态环境保护督察组参加。市委第二巡察组组长张强出席。十二届省委第三轮巡视启动。");
        for (String body : List.of("省委第四巡视组", "省委巡视办", "中央第五生态环境保护督察组", "市委第二巡察组")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().contains("第三轮")), m.toString());
    }

    @Test
    void anInstitutionNamedWholeOnceIsWholeWhereverItIsRepeated() {
        List<EntityMention> m = mentions("接入电话的是携程国旅，然后携程国旅委托三亚辰龙，三亚辰龙再将保单销售给原告。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.COMPANY && x.text().equals("三亚辰龙")).count(), m.toString());
    }

    @Test
    void anAcademysOrUniversitysInstituteIsNamedByFieldsThatMayReadAsVerbs() {
        List<EntityMention> m = mentions("中国科学院计算技术研究所研究员王强介绍。云南大学中国西南沿边开放研究中心主任赵丽君说。");
        assertTrue(has(m, EntityType.ORGANIZATION, "中国科学院计算技术研究所") && has(m, EntityType.ORGANIZATION, "云南大学中国西南沿边开放研究中心"), m.toString());
    }

    @Test
    void anOrganizationsBranchInAPlaceIsPartOfItsNameAndManyCountriesOrAFirmsRegionNameNone() {
        List<EntityMention> m = mentions("中国欧盟商会上海分会主席李明出席。多国商协会与领事机构代表参加。企业设立华东区域总部。支持中北部地区综保区发展。");
        assertTrue(has(m, EntityType.ORGANIZATION, "中国欧盟商会上海分会"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().contains("商协会") || x.text().equals("华东区域") || x.type() == EntityType.ZONE), m.toString());
    }

    @Test
    void aFirmsHeadquartersInACountryAndAClauseOpenedByBaNameNoInstitution() {
        List<EntityMention> m = mentions("昆山综合保税区。总经理托马斯·贝克尔表示，德国总部计划将研发转移至昆山。卡尔·施密特说：“德国总部把亚洲研发中心放在长沙经开区。”");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution() && x.text().contains("总部")), m.toString());
        assertTrue(has(m, EntityType.PLACE, "德国"), m.toString());
    }

    @Test
    void aOneCharacterCountyAfterItsCityAnExchangeAndATaiwanInvestmentZoneWithoutItsCity() {
        List<EntityMention> m = mentions("建设地点阳泉市盂县。贵阳大数据交易所和贵安新区数据中心集群。海沧台商投资区累计引进台资企业560余家。");
        assertTrue(has(m, EntityType.PLACE, "盂县") && has(m, EntityType.COMPANY, "贵阳大数据交易所"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().endsWith("数据中心")), "centres massed in a cluster are none in particular: " + m);
        assertEquals("厦门海沧台商投资区", canonicalOf(m, "海沧台商投资区"));
    }

    @Test
    void aCentresStationIsAFacilityNoOrganization() {
        List<EntityMention> m = mentions("港务区已形成以西安综合保税区、西安铁路集装箱中心站为支撑的体系。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
    }

    @Test
    void aSeaNamedAfterACountryIsNoPlaceAndASideOfTalksNoPerson() {
        List<EntityMention> m = mentions("经日本海航线运往韩国。韩方代表表示欢迎。");
        assertFalse(has(m, EntityType.PLACE, "日本"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
    }

    @Test
    void aDivisionHanLPGluesToTheWordBeforeItsHeadsTitleEndsThereAndIsTheSameDivisionWhereverRepeated() {
        List<EntityMention> m = mentions("天津海关缉私局在东疆海关、天津海关企业管理和稽查处的配合下破获案件。天津海关企业管理和稽查处副处长庹佳宁带队。"
                + "天津海关严厉查处走私。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("天津海关企业管理和稽查处")).count(), m.toString());
        assertFalse(has(m, EntityType.GOVERNMENT, "天津海关严厉查处"), m.toString());
    }

    @Test
    void theCustomsOfficeADistrictCustomsAnswersToInBracketsIsNamedWithoutTheVerb() {
        List<EntityMention> m = mentions("珲春海关（隶属长春海关）在珲春公路口岸推行新模式。天津海关（东疆海关）推出新举措。");
        assertTrue(has(m, EntityType.GOVERNMENT, "长春海关") && !has(m, EntityType.GOVERNMENT, "隶属长春海关"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "东疆海关"), m.toString());
    }

    @Test
    void aSideOfAContractAndAClauseEndingInAVerbOrPrepositionOpenNoFirmsName() {
        List<EntityMention> m = mentions("浦东法院审结一起综合保税区仓储合同纠纷案，判决仓储方上海博聿供应链管理有限公司（以下简称“博聿公司”）赔偿货主"
                + "上海裕丰国际贸易有限公司（以下简称“裕丰公司”）货物损失。关于合同中的责任限额条款，该条款系博聿公司提供的格式条款，"
                + "博聿公司未能证明已就该条款向裕丰公司进行提示和说明，且该条款不合理地免除了其责任。");
        assertTrue(has(m, EntityType.COMPANY, "上海裕丰国际贸易有限公司") && !has(m, EntityType.COMPANY, "货主上海裕丰国际贸易有限公司"), m.toString());
        assertTrue(m.stream().filter(x -> x.type() == EntityType.COMPANY).allMatch(x -> x.text().startsWith("上海") || x.text().equals("博聿公司")
                || x.text().equals("裕丰公司")), m.toString());
    }

    @Test
    void theFreeTradeAreaOfAnAgreementNamedByItsPartiesIsNoZone() {
        List<EntityMention> m = mentions("中国—东盟自贸区3.0版升级议定书签署。中韩自贸区实施以来，广西自贸区南宁片区进出口增长。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.canonical().contains("东盟")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("中韩")), m.toString());
        assertTrue(has(m, EntityType.ZONE, "广西自贸区南宁片区"), m.toString());
    }

    @Test
    void aCourtsTribunalForAnAreaOrFieldIsABodyAndNoZone() {
        List<EntityMention> m = mentions("近日，上海市浦东新区人民法院自由贸易区法庭（以下简称“浦东法院自贸区法庭”）审结了这起案件。浦东法院自贸区法庭经审理认为。"
                + "深圳市龙岗区人民法院坪地法庭受理。龙岗区人民法院依法在法庭上宣判。");
        assertTrue(has(m, EntityType.GOVERNMENT, "上海市浦东新区人民法院自由贸易区法庭") && has(m, EntityType.GOVERNMENT, "深圳市龙岗区人民法院坪地法庭"), m.toString());
        assertEquals("上海浦东新区人民法院自由贸易区法庭", canonicalOf(m, "浦东法院自贸区法庭"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().contains("法院")), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "龙岗区人民法院"), m.toString());
    }

    @Test
    void aCustomsOfficeNamedAfterACitysFirstTwoCharactersBesideTheCityIsFoundWhereverRepeated() {
        List<EntityMention> m = mentions("二连浩特重点开发开放试验区管委会常务副主任邬海峰，二连海关关长栗宏亮出席。栗宏亮介绍，二连海关在公路口岸推行新模式。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("二连海关")).count(), m.toString());
    }

    @Test
    void aPossessiveBetweenNounsAfterAPlaceIsPartOfAFirmsNameAndNoZoneRunsAcrossAFacilityAndItsConjunction() {
        List<EntityMention> m = mentions("蒙欣物流与蒙古国戈壁之路物流有限责任公司签订合作协议。产品可依托成都天府国际机场和成都国际铁路港走向国际市场。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().endsWith("戈壁之路物流有限责任公司")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().contains("机场和")), m.toString());
    }

    @Test
    void aDistrictsDevelopmentBureauAFirmsKindBeforeItsNameAndIndonesiaForShort() {
        List<EntityMention> m = mentions("广州市黄埔区发展改革局表示，区发展改革局牵头推进。推动国企黄埔城投集团转型。与印尼、泰国企业签约。");
        assertEquals("广州市黄埔区发展和改革局", canonicalOf(m, "区发展改革局"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "黄埔城投集团") && !has(m, EntityType.COMPANY, "国企黄埔城投集团"), m.toString());
        assertEquals("印度尼西亚", canonicalOf(m, "印尼"), m.toString());
    }

    @Test
    void aBaseNamedAtLengthAndGivenAShortNameIsAnOrganizationButAPlantIsNone() {
        List<EntityMention> m = mentions("发挥农业自贸片区和上合组织农业技术交流培训示范基地（以下简称“上合基地”）作用。上合基地已累计举办培训班。建设生产基地和研发基地。");
        assertTrue(has(m, EntityType.ORGANIZATION, "上合组织农业技术交流培训示范基地"), m.toString());
        assertEquals("上海合作组织农业技术交流培训示范基地", canonicalOf(m, "上合基地"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("生产基地") || x.text().endsWith("研发基地")), m.toString());
        List<EntityMention> joined = mentions("建设科技创新与成果转化示范基地（以下简称“双创基地”）。");
        assertTrue(joined.stream().noneMatch(x -> x.text().equals("成果转化示范基地")), "与 inside the base's own name: " + joined);
    }

    @Test
    void aLakeNamedAfterACityIsNoCity() {
        List<EntityMention> m = mentions("赛道经过昆明池、斗门街道。游览颐和园昆明湖。昆明市举办活动。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.PLACE && x.canonical().equals("昆明市")).count(), m.toString());
    }

    @Test
    void aDivisionNamedWithAnAdverbTaggedWordOpeningANounIsOneBody() {
        List<EntityMention> m = mentions("国家外汇管理局湖南省分局经常项目管理处处长龚建华介绍。省财政厅经常到处检查。");
        assertTrue(has(m, EntityType.GOVERNMENT, "国家外汇管理局湖南省分局经常项目管理处"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().contains("经常到")), m.toString());
    }

    @Test
    void japansAndKoreasRegionsArePlacesAndNoChineseCityTheyOpenWith() {
        List<EntityMention> m = mentions("企业可以把北海道的扇贝、冲绳县的水果在综保区集散，横滨和济州岛的客商也来了。");
        assertTrue(has(m, EntityType.PLACE, "北海道") && !has(m, EntityType.PLACE, "北海"), "北海 is a Guangxi city: " + m);
        assertTrue(has(m, EntityType.PLACE, "冲绳县") && has(m, EntityType.PLACE, "横滨") && has(m, EntityType.PLACE, "济州岛"), m.toString());
    }

    @Test
    void theNortheastIsARegionUnlessItIsADirection() {
        List<EntityMention> m = mentions("推动东北全面振兴。项目位于城区东北方向。两岸签署ECFA以来。");
        assertEquals(1, m.stream().filter(x -> x.text().equals("东北")).count(), m.toString());
        assertEquals("海峡两岸经济合作框架协议", canonicalOf(m, "ECFA"));
    }

    @Test
    void anEthnicTownshipIsAPlaceAndATownshipListedWithOneNeedsNoCounty() {
        List<EntityMention> m = mentions("走访河口镇、桥头苗族壮族乡老寨村。全县有3个民族乡，各少数民族乡发展良好。");
        assertTrue(has(m, EntityType.PLACE, "河口镇") && has(m, EntityType.PLACE, "桥头苗族壮族乡"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().endsWith("民族乡")), m.toString());
        List<EntityMention> body = mentions("河口县桥头苗族壮族乡党委书记李明。");
        assertTrue(has(body, EntityType.GOVERNMENT, "桥头苗族壮族乡党委"), body.toString());
    }

    @Test
    void aLoneAdverbCharacterBetweenAPlaceAndAFirmsNameIsPartOfTheBrand() {
        List<EntityMention> m = mentions("厦门正新橡胶工业有限公司在海沧投资。");
        assertTrue(has(m, EntityType.COMPANY, "厦门正新橡胶工业有限公司"), m.toString());
        assertFalse(has(mentions("宁波又新建电子有限公司。"), EntityType.COMPANY, "宁波又新建电子有限公司"), "a verb after the adverb makes a clause");
        // 郢/g 都/d, 尧/nz 都/d: the adverb after a character of the brand after its place; 东/f 和/cc: so is 和.
        List<EntityMention> brands = mentions("18 荆门市 钟祥市郢都酱菜有限公司 郢都\n13 临汾市襄汾县 南贾村关帝庙 县级 临汾市尧都文化发展集团有限公司 20年\n"
                + "济宁东和精密部件有限公司总经理小野寺浩二说。");
        for (String firm : List.of("钟祥市郢都酱菜有限公司", "临汾市尧都文化发展集团有限公司", "济宁东和精密部件有限公司")) {
            assertTrue(has(brands, EntityType.COMPANY, firm), firm + ": " + brands);
        }
        assertTrue(has(mentions("济宁和临沂有限公司签约。"), EntityType.PLACE, "济宁"), "和 between two places joins them");
        List<EntityMention> ports = mentions("青岛港和日照港集团有限公司签署协议。");
        assertTrue(has(ports, EntityType.COMPANY, "日照港集团有限公司"), "和 before another place joins no brand: " + ports);
    }

    @Test
    void thePartyAFirmIsAndAPlacesLevelOpenNoFirmsNameAndPlacesListedBeforeTheirFirmsAreNoFirms() {
        List<EntityMention> m = mentions("委托第三方机构山西晋源会计师事务所有限公司进行审核。瞄准常州、济宁及浙江宁波等地的配套企业开展招商。");
        assertTrue(has(m, EntityType.COMPANY, "山西晋源会计师事务所有限公司"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "宁波") && m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().contains("宁波")), m.toString());
        // 地 opening 地产 is no place's word: the list still names firms.
        assertTrue(has(mentions("万科、保利、碧桂园等地产企业拿地放缓。"), EntityType.COMPANY, "碧桂园"));
        // The tagger starts a firm after a county-level city HanLP does not know (锡林浩特/n 市/n): the place opens the name.
        List<EntityMention> sellers = mentions("锡林郭勒盟锡林浩特市草原明珠商店销售的、标称锡林浩特市蒙香源食品有限公司生产的牛肉干，"
                + "呼伦贝尔市海拉尔区友谊超市销售的、标称扎兰屯市岭南酒业有限公司生产的白酒不合格。");
        assertTrue(has(sellers, EntityType.COMPANY, "锡林浩特市蒙香源食品有限公司") && has(sellers, EntityType.COMPANY, "扎兰屯市岭南酒业有限公司"), sellers.toString());
    }

    @Test
    void aPersonTakingAnOfficeAtAFirmIsNoPartOfItsNameNorAreTheMembersSharedOfABody() {
        List<EntityMention> m = mentions("会上宣布：周海峰任甘肃省算力产业集团有限公司党委书记、董事长；孙立伟任党委副书记。部分自治区政协委员参加会议。");
        assertTrue(has(m, EntityType.COMPANY, "甘肃省算力产业集团有限公司") && has(m, EntityType.PERSON, "周海峰"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "自治区政协") && m.stream().noneMatch(x -> x.text().startsWith("部分")), m.toString());
        List<EntityMention> twoCharacters = mentions("王强担任甘肃省算力产业集团有限公司董事长。全体市人大代表出席。");
        assertTrue(has(twoCharacters, EntityType.COMPANY, "甘肃省算力产业集团有限公司") && has(twoCharacters, EntityType.PERSON, "王强"), twoCharacters.toString());
        assertTrue(twoCharacters.stream().noneMatch(x -> x.text().startsWith("全体")), twoCharacters.toString());
    }

    @Test
    void aPlacesCongressMayBeNamedWithItsTermAndNoOrdinal() {
        List<EntityMention> m = mentions("江西省十四届人大四次会议开幕。南昌市第十六届人大常委会第五次会议召开。");
        assertTrue(has(m, EntityType.GOVERNMENT, "江西省十四届人大"), m.toString());
        assertEquals("江西省人民代表大会", canonicalOf(m, "江西省十四届人大"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "南昌市第十六届人大常委会"), m.toString());
    }

    @Test
    void theDayClosingADateOpensNoName() {
        List<EntityMention> m = mentions("截至2026年3月31日本局管辖范围内共有欠税企业7户。日本客商3月1日来访。");
        assertEquals(1, m.stream().filter(x -> x.text().equals("日本")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("日本局") || x.text().startsWith("本局")), m.toString());
        assertTrue(mentions("截至３月３１日本局管辖范围内。").stream().noneMatch(x -> x.text().contains("本")), "full-width digits");
    }

    @Test
    void aLevelStandingAloneBeforeABodysFieldWordsIsTheBodysLevel() {
        List<EntityMention> m = mentions("要求省大数据发展管理局、省住房城乡建设厅加快推进。");
        assertTrue(has(m, EntityType.GOVERNMENT, "省大数据发展管理局") && has(m, EntityType.GOVERNMENT, "省住房城乡建设厅"), m.toString());
    }

    @Test
    void aParkOfAListedZoneNamedByItsPlaceOrTradeIsAZoneOfItsOwn() {
        List<EntityMention> m = mentions("西宁经济技术开发区南川工业园区建设光伏产业集群，长春新区北湖科技园和西咸新区泾河新城同步推进。");
        assertTrue(has(m, EntityType.ZONE, "西宁经济技术开发区南川工业园区") && has(m, EntityType.ZONE, "西宁经济技术开发区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "长春新区北湖科技园") && has(m, EntityType.ZONE, "西咸新区泾河新城"), m.toString());
        List<EntityMention> clause = mentions("长春新区打造科技园。");
        assertFalse(clause.stream().anyMatch(x -> x.text().endsWith("科技园")), "a verb before the park makes a clause: " + clause);
        List<EntityMention> visit = mentions("市长白玛扎西到拉萨经济技术开发区、拉萨综合保税区调研园区建设。");
        assertFalse(visit.stream().anyMatch(x -> x.text().endsWith("园区")), "a visit's verb HanLP reads as a noun names no park: " + visit);
    }

    @Test
    void theCountrysRegionsArePlacesAndALakeNamedAfterAProvinceIsNone() {
        List<EntityMention> m = mentions("产品辐射华东、华南和西北地区。游览青海湖、塔尔寺。");
        assertTrue(has(m, EntityType.PLACE, "华东") && has(m, EntityType.PLACE, "西北地区"), m.toString());
        assertEquals("华南地区", canonicalOf(m, "华南"));
        assertFalse(has(m, EntityType.PLACE, "青海"), m.toString());
    }

    @Test
    void companiesEndingInALegalFormRunBackToTheListBoundaryAndPastTheGoverningVerb() {
        List<EntityMention> m = mentions("深入古德里奇航空结构服务(中国)有限公司、美克国际家私加工(天津)有限公司等企业项目。");
        assertTrue(has(m, EntityType.COMPANY, "古德里奇航空结构服务(中国)有限公司"));
        assertTrue(has(m, EntityType.COMPANY, "美克国际家私加工(天津)有限公司"));
    }

    @Test
    void aRegisteredNameRunsFromTheVerbThatGovernsIt() {
        List<EntityMention> m = mentions("在郑州新郑综合保税区，楼阳生详细了解超聚变数字技术有限公司生产情况。政府成立合资公司。");
        assertEquals(List.of("超聚变数字技术有限公司"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aCourtsOrderIsNoPartOfTheCompanyItIsAddressedTo() {
        List<EntityMention> m = mentions("判令上海携程国际旅行社有限公司赔偿梁玉祥损失2000元，并责令深圳市腾讯计算机系统有限公司删除相关内容。");
        assertTrue(has(m, EntityType.COMPANY, "上海携程国际旅行社有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "深圳市腾讯计算机系统有限公司"), m.toString());
    }

    @Test
    void aPeriodALocationOrAnAccordingToBeforeANameIsNoPartOfIt() {
        List<EntityMention> m = mentions("另据双流海关消息，一季度区内英特尔产品（成都）有限公司进出口额增长。");
        assertTrue(has(m, EntityType.GOVERNMENT, "双流海关"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "英特尔产品（成都）有限公司"), m.toString());
    }

    @Test
    void whatACityAimsToBeIsNoOrganization() {
        List<EntityMention> m = mentions("金普新区要加快建设东北亚国际航运中心和区域商贸中心。国家合成生物技术创新中心在天津揭牌。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().endsWith("航运中心")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("商贸中心")), m.toString());
        assertTrue(has(mentions("中国国际贸易中心举办展会。"), EntityType.ORGANIZATION, "中国国际贸易中心"));
        List<EntityMention> project = mentions("苏州工业园综合保税区全球维修中心项目：总投资20亿元，2026年建成。");
        assertTrue(project.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), "a centre a project builds: " + project);
        List<EntityMention> hub = mentions("深化面向南亚东南亚辐射中心建设，推动开放平台提质增效。");
        assertTrue(hub.stream().noneMatch(x -> x.text().endsWith("辐射中心")), hub.toString());
        List<EntityMention> subCentre = mentions("支持南充、达州建设川东北省域经济副中心。为加快建设成渝地区经济副中心。");
        assertTrue(subCentre.stream().noneMatch(x -> x.text().endsWith("副中心")), subCentre.toString());
    }

    @Test
    void aListItemIsANameFromItsFirstCharacterAndBusinessFormsAreNoFirms() {
        List<EntityMention> m = mentions("在郑州新郑综合保税区，楼阳生详细了解富士康科技集团、超聚变数字技术有限公司生产经营情况。培育保税维修、跨境电商等新业态企业100家以上。");
        assertTrue(has(m, EntityType.COMPANY, "超聚变数字技术有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("跨境电商")), m.toString());
    }

    @Test
    void aLocalityWordOpeningAListItemIsTheNamesFirstCharacter() {
        List<EntityMention> m = mentions("连云港综合保税区今年新增注册企业56家，其中江苏恒瑞医药股份有限公司、中复神鹰碳纤维股份有限公司等龙头企业在区内设立了子公司。");
        assertTrue(has(m, EntityType.COMPANY, "中复神鹰碳纤维股份有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "江苏恒瑞医药股份有限公司"), m.toString());
    }

    @Test
    void entrepreneursAfterAListAreNoFirms() {
        List<EntityMention> m = mentions("阿里巴巴集团董事会主席蔡崇信、腾讯控股有限公司首席执行官马化腾、宁德时代新能源科技股份有限公司董事长曾毓群等企业家参加座谈。");
        assertTrue(has(m, EntityType.PERSON, "曾毓群"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().contains("曾毓群")), m.toString());
    }

    @Test
    void airportEconomyZonesAndTheirCommittees() {
        List<EntityMention> m = mentions("北京大兴国际机场临空经济区（廊坊）管委会与顺丰控股股份有限公司签订协议。青岛胶东临空经济示范区管委会副主任刘强介绍情况。");
        assertTrue(has(m, EntityType.ZONE, "北京大兴国际机场临空经济区"), m.toString());
        assertEquals("北京大兴国际机场临空经济区管理委员会", canonicalOf(m, "北京大兴国际机场临空经济区（廊坊）管委会"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "青岛胶东临空经济示范区管委会"), m.toString());
    }

    @Test
    void aListedZoneNamedWithAPlaceOfItsProvince() {
        List<EntityMention> m = mentions("据悉，杭州萧山经济技术开发区、嘉兴秀洲高新区已纳入培育名单。");
        assertEquals("萧山经济技术开发区", canonicalOf(m, "杭州萧山经济技术开发区"), m.toString());
        List<EntityMention> elsewhere = mentions("天津萧山经济技术开发区并不存在。");
        assertEquals("天津萧山经济技术开发区", canonicalOf(elsewhere, "天津萧山经济技术开发区"), "a place of another province names another zone: " + elsewhere);
    }

    @Test
    void aLeadingGroupsOfficeIsABodyNamedForItsTask() {
        List<EntityMention> m = mentions("粤港澳大湾区建设领导小组办公室、广东省推进粤港澳大湾区建设领导小组办公室联合召开会议。");
        assertTrue(has(m, EntityType.GOVERNMENT, "粤港澳大湾区建设领导小组办公室"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "广东省推进粤港澳大湾区建设领导小组办公室"), m.toString());
        List<EntityMention> unnamed = mentions("成立了由区长任组长的领导小组办公室。");
        assertTrue(unnamed.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), unnamed.toString());
        assertTrue(has(mentions("县长李明兼任县乡村振兴领导小组办公室主任。"), EntityType.GOVERNMENT, "县乡村振兴领导小组办公室"));
        assertTrue(has(mentions("区政府决定成立区优化营商环境工作领导小组办公室。"), EntityType.GOVERNMENT, "区优化营商环境工作领导小组办公室"));
    }

    @Test
    void aListedCompanysPlantInAListOfProjectsNamesTheCompany() {
        List<EntityMention> m = mentions("我们坚持把招商引资作为“一号工程”，比亚迪郑州基地、宁德时代洛阳基地等重大项目建成投产。");
        assertEquals("比亚迪股份有限公司", canonicalOf(m, "比亚迪"), m.toString());
        assertEquals("宁德时代新能源科技股份有限公司", canonicalOf(m, "宁德时代"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("基地")), m.toString());
    }

    @Test
    void aPrepositionHanLPReadsIntoANameIsNoPartOfTheBody() {
        List<EntityMention> m = mentions("经市人民政府同意，现将《天津市推进综合保税区高质量发展实施方案》印发给你们。");
        assertTrue(has(m, EntityType.GOVERNMENT, "市人民政府"), m.toString());
        List<EntityMention> county = mentions("沙县人民政府发布通知。");
        assertTrue(has(county, EntityType.GOVERNMENT, "沙县人民政府"), "沙县 is a county: " + county);
    }

    @Test
    void aListedNameSpelledAcrossTwoWordsIsNotNamed() {
        List<EntityMention> m = mentions("商务部联合国家发展改革委印发通知。天津市场监管委发布公告。联合国秘书长古特雷斯发表讲话。");
        assertEquals(1, m.stream().filter(x -> x.text().equals("联合国")).count(), m.toString());
        assertEquals("天津市市场监督管理委员会", canonicalOf(m, "天津市场监管委"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "天津") && !has(m, EntityType.PLACE, "天津市"), m.toString());
    }

    @Test
    void firmsListedBeforeEnterprisesAreCompaniesWhenTheyEndInACompanyWord() {
        List<EntityMention> m = mentions("钦州港片区调研。中船集团、华谊集团、恒逸集团等企业代表参加座谈。");
        assertEquals(List.of("中船集团", "华谊集团", "恒逸集团"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> activities = mentions("洋山特殊综合保税区集聚国际中转集拼、国际分拨、保税研发等企业500家。");
        assertTrue(activities.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "a list of activities: " + activities);
        List<EntityMention> kinds = mentions("天津港保税区吸引物流公司、贸易公司、外资公司等企业落户。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "a list of kinds of company: " + kinds);
        List<EntityMention> officers = mentions("江苏天铭新材料有限公司董事长刘洋、徐州鼎盛智能装备有限公司总经理赵磊等企业代表参加活动。");
        assertTrue(has(officers, EntityType.PERSON, "赵磊") && !has(officers, EntityType.COMPANY, "总经理赵磊"), "an officer listed: " + officers);
    }

    @Test
    void firmsListedByBrandAndTradeBeforeATradesFirmsAreCompanies() {
        List<EntityMention> m = mentions("苏州工业园区前三季度增长。信达生物、博瑞医药等创新药企加快发展，京东方、惠科等面板企业带动了配套。");
        assertTrue(has(m, EntityType.COMPANY, "信达生物") && has(m, EntityType.COMPANY, "博瑞医药"), m.toString());
        assertEquals("京东方科技集团股份有限公司", canonicalOf(m, "京东方"), "京东方 is no 京东: " + m);
        List<EntityMention> petrochemicals = mentions("钦州港片区加快扩产。北部湾港集团、华谊集团、恒逸石化等龙头企业加快扩产，精细化工、石油化工等企业跟进。");
        assertTrue(has(petrochemicals, EntityType.COMPANY, "恒逸石化"), petrochemicals.toString());
        assertTrue(petrochemicals.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().endsWith("化工")), petrochemicals.toString());
        List<EntityMention> trades = mentions("苏州工业园区加快发展生物医药、汽车电子等产业企业。");
        assertTrue(trades.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "trades are no firms: " + trades);
        List<EntityMention> industries = mentions("苏州工业园区集聚了锂电材料、储能科技等企业。");
        assertTrue(industries.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "industries are no firms: " + industries);
    }

    @Test
    void theOutletADatelineNamesIsAnOrganization() {
        List<EntityMention> m = mentions("天山网讯（记者 李明）近日，乌鲁木齐综合保税区迎来首批跨境电商包裹。");
        assertTrue(has(m, EntityType.ORGANIZATION, "天山网"), m.toString());
        List<EntityMention> wire = mentions("中新网上海11月21日电（记者 缪璐）上海临港新片区管委会21日对外发布消息。");
        assertTrue(has(wire, EntityType.ORGANIZATION, "中新网"), wire.toString());
        assertTrue(wire.stream().noneMatch(x -> x.type() == EntityType.COMPANY), wire.toString());
    }

    @Test
    void aCompanyRunningIntoTheFirstCharacterOfACommonWordEndsWithItsName() {
        List<EntityMention> m = mentions("据报道，软银集团计划出售其持有的阿里巴巴部分股份。");
        assertTrue(has(m, EntityType.COMPANY, "阿里巴巴"), m.toString());
        assertFalse(has(m, EntityType.COMPANY, "阿里巴巴部"), m.toString());
    }

    @Test
    void aStreetBeforeACompanyIsItsAddressAndACountedItemNoProject() {
        List<EntityMention> m = mentions("当车辆行驶至小榄工业大道基信锁芯公司对开路段时，将骑自行车的蒋某撞倒。");
        assertTrue(has(m, EntityType.COMPANY, "基信锁芯公司"), m.toString());
        List<EntityMention> silkRoad = mentions("天津港保税区加快发展。丝路基金有限责任公司参与了投资。");
        assertTrue(has(silkRoad, EntityType.COMPANY, "丝路基金有限责任公司"), "路 alone is no street: " + silkRoad);
        List<EntityMention> parks = mentions("中国北京农业生态谷五大园区等重大项目给房山带来了投资。");
        assertTrue(parks.stream().noneMatch(x -> x.type() == EntityType.COMPANY), parks.toString());
    }

    @Test
    void aSpecialAdministrativeRegionsGovernmentIsNoDistricts() {
        List<EntityMention> m = mentions("横琴粤澳深度合作区加快建设。香港特区政府财政司司长陈茂波发表财政预算案。新疆生产建设兵团第四师也在推进申报。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().startsWith("香港特区政府")), m.toString());
        assertFalse(has(m, EntityType.GOVERNMENT, "区政府"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "新疆生产建设兵团"), m.toString());
    }

    @Test
    void aCountBetweenANameAndAnOrganizationWordDescribesSeveral() {
        List<EntityMention> m = mentions("推动中国电信、中国移动、中国联通三大运营商数据中心扩容。");
        assertTrue(has(m, EntityType.COMPANY, "中国联通"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
        List<EntityMention> ordinal = mentions("中国电子科技集团公司第十四研究所研制了新型雷达。");
        assertTrue(has(ordinal, EntityType.ORGANIZATION, "中国电子科技集团公司第十四研究所"), "an ordinal is no count: " + ordinal);
    }

    @Test
    void governmentsOfCountriesCountedAreNoBody() {
        List<EntityMention> m = mentions("苏州工业园区是中国和新加坡两国政府间的重要合作项目，西交利物浦大学为园区输送了人才。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "西交利物浦大学"), m.toString());
    }

    @Test
    void anOrganizationsKindWordAloneNamesNone() {
        List<EntityMention> m = mentions("支持西安交通大学、西北工业大学建设世界一流大学。办好人民满意的大学。");
        assertEquals(List.of("西安交通大学", "西北工业大学"),
                m.stream().filter(x -> x.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void anInstituteOfAListedUniversityIsAnOrganization() {
        List<EntityMention> m = mentions("中国人民大学国家发展与战略研究院研究员王晋斌接受了采访。");
        assertTrue(has(m, EntityType.ORGANIZATION, "中国人民大学国家发展与战略研究院"), m.toString());
        List<EntityMention> listed = mentions("西北工业大学、长安大学和中国科学院西安光学精密机械研究所也分别与其签约。正在与西北大学、陕西师范大学洽谈共建产业技术研究院事宜。");
        assertTrue(has(listed, EntityType.ORGANIZATION, "长安大学") && has(listed, EntityType.ORGANIZATION, "陕西师范大学"),
                "a conjunction or a verb between a university and an institute joins them into no name: " + listed);
        List<EntityMention> applying = mentions("支持上饶、鹰潭申报综合保税区。");
        assertTrue(applying.stream().noneMatch(x -> x.text().contains("申报")), "a verb between a place and a kind word makes no name: " + applying);
        List<EntityMention> authority = mentions("各地商务主管部门要会同开发区管理机构认真分析考核结果。");
        assertTrue(authority.stream().noneMatch(x -> x.type().isInstitution()), "the authority of a kind of zone is none in particular: " + authority);
        List<EntityMention> cities = mentions("苏州市经贸代表团赴德国法兰克福、斯图加特、慕尼黑等地考察。");
        assertTrue(cities.stream().noneMatch(x -> x.type().isInstitution()), "a list closed by 等地 holds places: " + cities);
    }

    @Test
    void countiesDistrictsAndCountyLevelCitiesTheListsLeaveOutArePlaces() {
        List<EntityMention> m = mentions("安吉县、德清县、长兴县和南浔区、吴兴区被评为示范县。湖南省浏阳市和长沙县经济总量超过千亿元。伊犁哈萨克自治州霍城县加快发展。");
        assertEquals(List.of("安吉县", "德清县", "长兴县", "南浔区", "吴兴区", "湖南省", "浏阳市", "长沙县", "伊犁哈萨克自治州", "霍城县"),
                m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> banners = mentions("内蒙古赤峰市巴林右旗、巴林左旗加快发展。");
        assertTrue(has(banners, EntityType.PLACE, "巴林右旗") && has(banners, EntityType.PLACE, "巴林左旗"), "not Bahrain: " + banners);
        List<EntityMention> general = mentions("全县共有贫困县3个，百强县名单公布。核心区、生活区、主城区、老城区和各区县协同发展。建设世界一流科技园区和风景区。");
        assertTrue(general.stream().noneMatch(x -> x.type() == EntityType.PLACE), general.toString());
    }

    @Test
    void aVerbBeforeThePlaceThatOpensABodyIsNoPartOfIt() {
        List<EntityMention> m = mentions("海关总署署长孙梅君在调研广州海关时指出，要支持粤港澳大湾区发展。");
        assertTrue(has(m, EntityType.GOVERNMENT, "广州海关") && m.stream().noneMatch(x -> x.text().startsWith("调研")), m.toString());
    }

    @Test
    void whereAFirmIsIsNoPartOfItsName() {
        List<EntityMention> m = mentions("园区内三一重工股份有限公司、山河智能装备股份有限公司等龙头企业营业收入均实现增长。区内华为技术有限公司营业收入增长。");
        assertTrue(has(m, EntityType.COMPANY, "三一重工股份有限公司") && has(m, EntityType.COMPANY, "华为技术有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("内")), m.toString());
    }

    @Test
    void theBigBanksShortNamesAreTheBanksButNotInsideAnotherWord() {
        List<EntityMention> m = mentions("农行、中行和工行、建行纷纷下调存款利率。会议在中行政中心举行。");
        assertEquals(List.of("中国农业银行股份有限公司", "中国银行股份有限公司", "中国工商银行股份有限公司", "中国建设银行股份有限公司"),
                m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::canonical).toList(), m.toString());
    }

    @Test
    void aUnitNamedAfterTheBodyItBelongsToHasThatBodyInsideItsName() {
        List<EntityMention> m = mentions("南宁海关党委委员、副关长莫文涛出席。积极对接广东省委统战部。洛阳海关综保区监管科科长刘红梅介绍。天津市人民政府办公厅印发通知。");
        for (String body : List.of("南宁海关", "广东省委", "洛阳海关", "天津市人民政府")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("海关")), "a body word alone is no parent: " + m);
        // 中共郑州海关委员会: a body's party committee named in full, with the body inside it after the party's name.
        List<EntityMention> committee = mentions("被中共郑州海关委员会评为优秀共产党员。");
        assertTrue(has(committee, EntityType.GOVERNMENT, "中共郑州海关委员会") && has(committee, EntityType.GOVERNMENT, "郑州海关"), committee.toString());
        List<EntityMention> listed = mentions("海关总署自贸区和特殊区域发展司、国家发展改革委地区经济司、国家税务总局河南省税务局参加验收。");
        assertEquals("国家发展和改革委员会", canonicalOf(listed, "国家发展改革委"), "a listed body opening the unit's name: " + listed);
        for (String body : List.of("海关总署", "国家税务总局")) {
            assertTrue(has(listed, EntityType.GOVERNMENT, body), body + " in " + listed);
        }
    }

    @Test
    void aPartyCommitteesStandingCommitteeIsABody() {
        List<EntityMention> m = mentions("省委常委会召开会议。自治区党委书记陈小江主持召开自治区党委常委会会议。天津市委常委会会议审议通过了有关方案。");
        // The committee is named inside its standing committee's name too (省委 of 省委常委会).
        assertEquals(List.of("省委常委会", "省委", "自治区党委", "自治区党委常委会", "天津市委常委会", "天津市委"),
                m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).map(EntityMention::text).toList(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
    }

    @Test
    void aParkChinaRunsWithAnotherCountryMayBeNamedAfterThePairAlone() {
        List<EntityMention> m = mentions("中德生态园和中韩产业园、中白工业园合作不断深化，中印尼经贸创新发展示范园区建设取得新成效。");
        assertEquals(List.of("中德生态园", "中韩产业园", "中白工业园", "中印尼经贸创新发展示范园区"),
                m.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::text).toList(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY || x.type() == EntityType.ORGANIZATION), m.toString());
        List<EntityMention> clause = mentions("中德两国共建产业园区，中方在示范区内投资。");
        assertTrue(clause.stream().noneMatch(x -> x.type() == EntityType.ZONE), clause.toString());
    }

    @Test
    void aParkOfAListedZoneNamedByItsPlaceIsAZone() {
        List<EntityMention> m = mentions("成都高新综合保税区双流园区迎来首批保税维修业务。");
        assertTrue(has(m, EntityType.ZONE, "成都高新综合保税区双流园区"), m.toString());
    }

    @Test
    void aNumberedEngineeringBureauOfAConstructionGroupIsACompany() {
        List<EntityMention> m = mentions("据了解，该项目由中建三局承建，总投资约15亿元。中铁十八局集团有限公司和中交一公局、中建八局参与建设。");
        assertTrue(has(m, EntityType.COMPANY, "中建三局") && has(m, EntityType.COMPANY, "中交一公局"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        List<EntityMention> named = mentions("据了解，中铁大桥局、中交二航局参与建设。");
        assertTrue(named.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), named.toString());
    }

    @Test
    void aDistrictNoDictionaryKnowsIsAPlaceRightAfterItsCity() {
        List<EntityMention> m = mentions("无锡市新吴区副区长张建国表示，深圳市坪山区和杭州市钱塘区也将加快布局。北京市中心城区、天津市城六区交通拥堵。");
        List<String> places = m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList();
        assertTrue(places.containsAll(List.of("新吴区", "坪山区", "钱塘区")), m.toString());
        assertTrue(places.stream().noneMatch(p -> p.equals("中心城区") || p.equals("城六区")), m.toString());
        List<EntityMention> words = mentions("上海市的郊区面积较大，北京市对辖区内企业开展检查，杭州市将城区划分为三块，深圳市在城区设立服务站。");
        assertTrue(words.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().endsWith("区")), "a function word is no name: " + words);
        List<EntityMention> areaWords = mentions("东营市东营区和泉州市泉港区加快发展。");
        assertTrue(has(areaWords, EntityType.PLACE, "东营区") && has(areaWords, EntityType.PLACE, "泉港区"), "营区, 港区 after one character: " + areaWords);
    }

    @Test
    void aNameBeforeAStreetWordNamesTheStreetAndAZonesShortNameInsideItIsNoSecondMention() {
        List<EntityMention> m = mentions("在北京市海淀区中关村大街举行的发布会上，小米集团发布新款手机。中关村科技园区发展迅速。");
        assertEquals(List.of("中关村科技园区"), m.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aSubordinateBodyAfterItsSuperiorIsABodyOfItsOwn() {
        List<EntityMention> m = mentions("国家税务总局天津市税务局、天津海关所属东疆海关参加。");
        assertTrue(has(m, EntityType.GOVERNMENT, "天津海关") && has(m, EntityType.GOVERNMENT, "东疆海关"), m.toString());
    }

    @Test
    void aGenericCompanyDescriptionIsNotAName() {
        List<EntityMention> m = mentions("支持与区政府成立合资公司，引进外商独资人身保险公司。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void brandNamesBeforeACompanyHeadNounAreCompanies() {
        List<EntityMention> m = mentions("组织瑞普生物等龙头企业加快建设概念验证平台，助力云遥宇航等商业航天企业应用场景落地。");
        assertTrue(has(m, EntityType.COMPANY, "瑞普生物"));
        assertTrue(has(m, EntityType.COMPANY, "云遥宇航"));
        assertFalse(has(m, EntityType.COMPANY, "组织瑞普生物"));
    }

    @Test
    void zonesAnchoredOnAPlaceOrProperNameAreZonesButGenericPhrasesAreNot() {
        List<EntityMention> m = mentions("深入新区各综合保税区调研。综合保税区作为开发开放的桥头堡。建成临港综合保税区一期。");
        assertTrue(has(m, EntityType.ZONE, "临港综合保税区"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.ZONE && x.text().endsWith("综合保税区") && !x.text().equals("临港综合保税区")), m.toString());
    }

    @Test
    void aProvincesZonesOfAKindAreNoZoneButItsFreeTradeZoneAndAMunicipalitysZoneAre() {
        List<EntityMention> m = mentions("1-10月，江苏综合保税区进出口规模居全国第1位，江苏开发区稳中向好。安徽自贸试验区挂牌三周年。上海综合保税区管委会召开会议。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.ZONE && x.text().startsWith("江苏")), m.toString());
        assertTrue(has(m, EntityType.ZONE, "安徽自贸试验区") && has(m, EntityType.ZONE, "上海综合保税区"), m.toString());
    }

    @Test
    void aZoneWhoseNameNoListKnowsTakesTheNameTheTaggerReadsAndSoDoesItsCommittee() {
        List<EntityMention> m = mentions("川渝高竹新区管委会主任李明表示，将加快建设。");
        assertTrue(has(m, EntityType.ZONE, "川渝高竹新区"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "川渝高竹新区管委会"), m.toString());
        List<EntityMention> office = mentions("国务院自由贸易试验区工作部际联席会议办公室印发通知。");
        assertTrue(office.stream().noneMatch(x -> x.type() == EntityType.ZONE), "a listed body names no zone: " + office);
        List<EntityMention> project = mentions("长沙经开区签约项目中，三一重工股份有限公司新能源装备产业园项目总投资45亿元。");
        assertTrue(project.stream().noneMatch(x -> x.text().equals("新能源装备产业园")), "a park named after a firm is its project: " + project);
        // Not 新区管委会 read as the one new area of a province the document names.
        assertTrue(m.stream().noneMatch(x -> x.text().equals("新区管委会")), m.toString());
    }

    @Test
    void aSideOfThePlaceIsPartOfAZonesName() {
        List<EntityMention> m = mentions("重庆西部物流园综合保税区今年进出口额增长20%。");
        assertTrue(has(m, EntityType.ZONE, "重庆西部物流园综合保税区"), m.toString());
    }

    @Test
    void parksDescribedInCommonWordsBorrowNoNameFromTheTagger() {
        List<EntityMention> m = mentions("高水平建设海水淡化示范基地、氢能产业园、基础材料产业园、粮油产业园等一批主题园区。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().endsWith("产业园")), m.toString());
    }

    @Test
    void aVerbAfterABodyIsWhatTheBodyDoesNoPartOfTheFirmsName() {
        List<EntityMention> m = mentions("合肥知识产权法庭审结皖芯动力科技（合肥）有限公司诉某公司侵害发明专利权纠纷案。");
        assertTrue(has(m, EntityType.COMPANY, "皖芯动力科技（合肥）有限公司"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "合肥知识产权法庭"), m.toString());
    }

    @Test
    void aZonesAdministeringServiceCentreIsABodyAPlacesAnInstitution() {
        List<EntityMention> m = mentions("台州综合保税区管理服务中心副主任徐国庆参加检查。佛山市人才管理服务中心开展培训。");
        assertTrue(has(m, EntityType.GOVERNMENT, "台州综合保税区管理服务中心"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "佛山市人才管理服务中心"), m.toString());
    }

    @Test
    void newAreaInsideAPartyCommitteeTitleIsTheZoneAndTheCommitteeIsABody() {
        AnalyzedDocument document = analyze("市委常委、滨海新区区委书记连茂君参加。");
        List<EntityMention> m = document.entities().mentions();
        assertTrue(has(m, EntityType.ZONE, "滨海新区"));
        assertTrue(has(m, EntityType.GOVERNMENT, "滨海新区区委"));
        // The title word is the mention; the office held is the body with its title.
        assertTrue(has(m, EntityType.POSITION, "书记"), m.toString());
        assertFalse(has(m, EntityType.POSITION, "滨海新区区委书记"), m.toString());
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.title().equals("滨海新区区委书记")), document.entities().positions().toString());
    }

    @Test
    void aPartyCommitteeBeforeAZoneKindNamesABodysRemitNotAZone() {
        List<EntityMention> m = mentions("记者从海南省委自由贸易港工作委员会办公室获悉。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().startsWith("海南省委")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().contains("省委")), m.toString());
    }

    @Test
    void aZonesManagementOfficeIsABody() {
        AnalyzedDocument document = analyze("昆山综保区管理办公室主任朱建华介绍。");
        assertTrue(has(document.entities().mentions(), EntityType.GOVERNMENT, "昆山综保区管理办公室"), document.entities().mentions().toString());
        assertTrue(document.entities().positions().stream().anyMatch(p -> p.title().equals("昆山综保区管理办公室主任")), document.entities().positions().toString());
    }

    @Test
    void aDistrictRightAfterItsCityNeedsNoLevelWordButALongerNameThereWins() {
        List<EntityMention> m = mentions("宁波北仑、杭州萧山和广州南沙新区片区。");
        assertEquals("北仑区", canonicalOf(m, "北仑"), m.toString());
        assertEquals("萧山区", canonicalOf(m, "萧山"), m.toString());
        assertFalse(has(m, EntityType.PLACE, "南沙"), m.toString());
        assertFalse(has(mentions("荆州公安局通报。"), EntityType.PLACE, "公安"), "a common word, though 公安县 lies in Jingzhou");
        List<EntityMention> landmarks = mentions("上海黄浦江两岸灯光璀璨，南京玄武湖游人如织。");
        assertTrue(landmarks.stream().noneMatch(x -> x.text().equals("黄浦") || x.text().equals("玄武")), "a district's name inside a landmark's: " + landmarks);
    }

    @Test
    void aFairOrForumIsNamedFromItsEditionOrAnAnchorAndTheEditionIsNoPartOfIt() {
        List<EntityMention> fairs = mentions("第八届中国—亚欧博览会开幕，第九届中国（武汉）国际物流博览会同期举行，第五届中俄科技创新合作论坛在哈尔滨举办。");
        assertTrue(has(fairs, EntityType.ORGANIZATION, "中国—亚欧博览会") && has(fairs, EntityType.ORGANIZATION, "中国（武汉）国际物流博览会")
                && has(fairs, EntityType.ORGANIZATION, "中俄科技创新合作论坛"), fairs.toString());
        assertTrue(fairs.stream().noneMatch(m -> m.type() == EntityType.COMPANY || m.text().equals("中国")), "no firm, no country inside: " + fairs);
        List<EntityMention> anchored = mentions("全球数字贸易博览会和中国国际服务贸易交易会相继举办，第七届进博会期间签约。");
        assertTrue(has(anchored, EntityType.ORGANIZATION, "全球数字贸易博览会") && has(anchored, EntityType.ORGANIZATION, "中国国际服务贸易交易会"), anchored.toString());
        assertEquals("中国国际进口博览会", canonicalOf(anchored, "进博会"), "a national fair's short name");
        List<EntityMention> none = mentions("2024年成功举办论坛3场，主论坛上，这次博览会成果丰硕，中国举办论坛。");
        assertTrue(none.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), "no edition or anchor, or a verb of holding one: " + none);
    }

    @Test
    void aCountryInSportsNewsIsItsTeamAndElsewhereAPlace() {
        List<EntityMention> match = mentions("姜山：挪威本轮主场面对荷兰。");
        assertTrue(has(match, EntityType.ORGANIZATION, "挪威"), match.toString());
        List<EntityMention> teams = mentions("希腊球队客战不佳，他将代表西班牙U21国家队出战，法国队也来了。");
        assertTrue(has(teams, EntityType.ORGANIZATION, "希腊球队") && has(teams, EntityType.ORGANIZATION, "西班牙U21国家队")
                && has(teams, EntityType.ORGANIZATION, "法国队"), teams.toString());
        assertFalse(has(mentions("中国队员表现出色。"), EntityType.ORGANIZATION, "中国队"), "a team's member is no team");
        assertTrue(mentions("上轮主场险些击败瓦伦西亚队。").stream().noneMatch(x -> x.text().equals("西亚队")), "no place inside a longer name");
        List<EntityMention> delegations = mentions("江苏交易团团长周海峰介绍，中国代表团出席。");
        assertTrue(has(delegations, EntityType.ORGANIZATION, "江苏交易团") && has(delegations, EntityType.ORGANIZATION, "中国代表团"), delegations.toString());
        List<EntityMention> war = mentions("以色列与伊朗的对战持续升级，美国呼吁停火。");
        assertTrue(has(war, EntityType.PLACE, "以色列"), "no ball game, no team: " + war);
        List<EntityMention> staff = mentions("赛后，中国队友纷纷安慰他。");
        assertTrue(staff.stream().noneMatch(x -> x.text().equals("中国队")), "teammates are no team: " + staff);
    }

    @Test
    void aZoneRunWithAPartnerSpelledOutAfterChinaAndADashIsOneName() {
        List<EntityMention> m = mentions("中国—东盟产业合作区钦州园区引进项目45个。");
        assertTrue(has(m, EntityType.ZONE, "中国—东盟产业合作区"), m.toString());
    }

    @Test
    void bodiesArePlaceOrLevelPlusBodyWord() {
        List<EntityMention> m = mentions("天津市商务局与天津海关、市发改委、天津港保税区管理委员会共同推动。");
        assertTrue(has(m, EntityType.GOVERNMENT, "天津市商务局"));
        assertTrue(has(m, EntityType.GOVERNMENT, "天津海关"));
        assertTrue(has(m, EntityType.GOVERNMENT, "市发改委"));
        assertTrue(has(m, EntityType.GOVERNMENT, "天津港保税区管理委员会"));
    }

    @Test
    void aCentralBodyNamedAfterTheStateIsTheBodyAndABodysPeopleAreNoBody() {
        List<EntityMention> m = mentions("中华人民共和国交通运输部与哈方签署协议。被人力资源社会保障部评为先进。中国政府高度重视。诠释了新时代海关人的初心使命。");
        assertEquals("交通运输部", canonicalOf(m, "中华人民共和国交通运输部"), m.toString());
        assertEquals("人力资源和社会保障部", canonicalOf(m, "人力资源社会保障部"), m.toString());
        assertEquals("中国政府", canonicalOf(m, "中国政府"), "no people's government of a country: " + m);
        assertTrue(m.stream().noneMatch(x -> x.text().contains("海关")), m.toString());
    }

    @Test
    void aBankRegisteredInFullBeforeTheBranchItsPlaceOrZoneNamesIsOneFirm() {
        List<EntityMention> m = mentions("开户银行：招商银行股份有限公司武汉光谷支行、中国工商银行股份有限公司武汉东湖开发区支行。");
        assertTrue(has(m, EntityType.COMPANY, "招商银行股份有限公司武汉光谷支行") && has(m, EntityType.COMPANY, "中国工商银行股份有限公司武汉东湖开发区支行"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
    }

    @Test
    void aPapersOwnTitleSpanningYearsIsItsOwnNotTheCitedPaperOfTheSameWords() {
        List<EntityMention> m = mentions("锦州经济技术开发区管理委员会\n关于做好2025—2026年采暖期城市供热工作的通知\n锦开管发〔2025〕41号\n"
                + "根据《锦州市人民政府办公室关于做好2025—2026年采暖期城市供热工作的通知》，现通知如下。");
        assertEquals("关于做好2025—2026年采暖期城市供热工作的通知", canonicalOf(m, "锦开管发〔2025〕41号"), m.toString());
        assertEquals("关于做好2025—2026年采暖期城市供热工作的通知", canonicalOf(m, "关于做好2025—2026年采暖期城市供热工作的通知"), m.toString());
    }

    @Test
    void aLegislativePlansItemNamesAPlacesRegulationWithoutTitleMarks() {
        List<EntityMention> m = mentions("一、初次审议的法规案\n1．辽宁省黑土地保护条例（修订）（省人大农业与农村委员会提请，5月）\n"
                + "2．中国（辽宁）自由贸易试验区条例（修订）（省人民政府提请，3月）\n3．制定相关条例（省人民政府提请）\n");
        assertTrue(has(m, EntityType.POLICY, "辽宁省黑土地保护条例"), m.toString());
        assertTrue(has(m, EntityType.POLICY, "中国（辽宁）自由贸易试验区条例"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POLICY && x.text().contains("相关")), m.toString());
        // A news digest's item that reports on regulations names none.
        List<EntityMention> digest = mentions("1．辽宁省人大常委会审议通过两部条例。\n");
        assertTrue(digest.stream().noneMatch(x -> x.type() == EntityType.POLICY), digest.toString());
    }

    @Test
    void theCentresEightRulesAreAPolicyCitedWithoutTitleMarks() {
        List<EntityMention> m = mentions("卢振宇违反中央八项规定精神，多次收受购物卡。");
        assertEquals("中共中央政治局关于改进工作作风、密切联系群众的八项规定", canonicalOf(m, "中央八项规定"), m.toString());
    }

    @Test
    void aScheduleOrAProcedureInTitleMarksIsAPolicy() {
        List<EntityMention> m = mentions("系统学习《中华人民共和国进出口税则》。其中《综保区仓储货物按状态分类监管作业流程优化》被评为优秀。");
        assertTrue(has(m, EntityType.POLICY, "中华人民共和国进出口税则") && has(m, EntityType.POLICY, "综保区仓储货物按状态分类监管作业流程优化"), m.toString());
    }

    @Test
    void aBigDataBureauIsNamedWholeThoughHanLPReadsBigAsAnAdjective() {
        List<EntityMention> m = mentions("贵州省大数据发展管理局与市大数据管理局联合发布。");
        assertTrue(has(m, EntityType.GOVERNMENT, "贵州省大数据发展管理局"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "市大数据管理局"), m.toString());
    }

    @Test
    void aCustomsOfficeNamedAfterAPortIsABodyAfterItsSuperiorOrListedBesideAnother() {
        List<EntityMention> m = mentions("厦门海关所属东渡海关、海沧海关同步推出便利措施。");
        assertTrue(has(m, EntityType.GOVERNMENT, "东渡海关") && has(m, EntityType.GOVERNMENT, "海沧海关"), m.toString());
        List<EntityMention> verb = mentions("厦门海关推动东渡海关、海沧海关协同监管。");
        assertTrue(has(verb, EntityType.GOVERNMENT, "东渡海关"), verb.toString());
        assertTrue(verb.stream().noneMatch(x -> x.text().startsWith("推动")), verb.toString());
        List<EntityMention> kinds = mentions("天津海关所属直属海关、各地海关、天津海关协同监管。企业应向所属主管海关申报。加强与拱北海关、周边海关的协作。");
        assertTrue(kinds.stream().noneMatch(x -> List.of("直属海关", "各地海关", "主管海关", "周边海关").contains(x.text())), "kinds and scopes: " + kinds);
        List<EntityMention> comma = mentions("厦门海关表示，推动东渡海关、海沧海关协同监管。");
        assertTrue(comma.stream().noneMatch(x -> x.text().startsWith("推动")), "a verb after a comma is no part of the name: " + comma);
    }

    @Test
    void aCustomsOfficeNamedAfterAPlaceHanLPReadsAsANameIsABodyOnItsOwn() {
        List<EntityMention> m = mentions("乌昌海关负责监管。重庆西永综合保税区（西永海关）开展业务。");
        assertTrue(has(m, EntityType.GOVERNMENT, "乌昌海关") && has(m, EntityType.GOVERNMENT, "西永海关"), m.toString());
        List<EntityMention> kinds = mentions("推进智慧海关建设。中方海关和蒙方海关加强合作，入全省海关系统。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "kinds, sides and scopes of customs: " + kinds);
    }

    @Test
    void customsWithoutAPlaceIsNotABody() {
        assertFalse(mentions("强化与海关等部门的协同。").stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT));
    }

    @Test
    void zonesOfEveryKindAreAPlaceWithNounsAndAZoneWord() {
        List<EntityMention> m = mentions("支持郑州航空港经济综合实验区、河南郑州出口加工区和三亚崖州湾科技城建设，推动跨境电子商务综合试验区和省级开发区提质增效。");
        assertTrue(has(m, EntityType.ZONE, "郑州航空港经济综合实验区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "河南郑州出口加工区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "三亚崖州湾科技城"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.ZONE && (x.text().contains("跨境") || x.text().contains("省级"))), m.toString());
    }

    @Test
    void aSectorsValleyAfterAPlaceAndANewAreasDirectlyRunPartAreZones() {
        List<EntityMention> m = mentions("支持中原科技城、中原医学科学城、中原农谷建设，合肥中国声谷、济南药谷加快发展。");
        for (String zone : List.of("中原农谷", "合肥中国声谷", "济南药谷")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
        List<EntityMention> direct = mentions("天府新区成都直管区新签约项目12个，两江新区直管区新签约项目156个。");
        assertTrue(has(direct, EntityType.ZONE, "天府新区成都直管区") && has(direct, EntityType.ZONE, "两江新区直管区"), "a new area's directly run part: " + direct);
    }

    @Test
    void parksRunWithAnotherCountryAndBorderPilotZonesAreZones() {
        List<EntityMention> m = mentions("中马钦州产业园区、广西东兴国家重点开发开放试验区建设成效明显，加快建设中德（沈阳）高端装备制造产业园。");
        assertTrue(has(m, EntityType.ZONE, "中马钦州产业园区"), m.toString());
        assertEquals("钦州市", EntityFixture.canonicalOf(m, "钦州"), "the place after the partners' pair is named too: " + m);
        assertEquals("巴中市", EntityFixture.canonicalOf(mentions("巴中经济开发区加快发展。"), "巴中"), "巴中 is a city, no pair");
        assertEquals("东兴国家重点开发开放试验区", EntityFixture.canonicalOf(m, "广西东兴国家重点开发开放试验区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "中德（沈阳）高端装备制造产业园"), m.toString());
        List<EntityMention> among = mentions("其中德阳经济技术开发区增长最快。");
        assertTrue(has(among, EntityType.ZONE, "德阳经济技术开发区"), "其中 is no partner pair: " + among);
    }

    @Test
    void anInstitutionsWordBeforeAnUnlistedAreaNamesItsBody() {
        List<EntityMention> m = mentions("天津港保税区管委会副主任张磊，中心商务区管委会副主任王欣出席发布会。");
        assertTrue(has(m, EntityType.GOVERNMENT, "中心商务区管委会"), m.toString());
    }

    @Test
    void aTitleAfterAProperNameTheTaggerTookAlongIsTheTitleAlone() {
        List<EntityMention> m = mentions("新东方创始人俞敏洪近日在直播中表示，将继续坚持农产品赛道。");
        assertTrue(has(m, EntityType.POSITION, "创始人"), m.toString());
        assertFalse(has(m, EntityType.POSITION, "新东方创始人"), m.toString());
    }

    @Test
    void aBodyOfAnUnlistedZoneTakesTheZonesNameAndTheZoneIsFoundToo() {
        List<EntityMention> m = mentions("临港综合保税区管委会和三亚崖州湾科技城管理局签署协议。");
        assertTrue(has(m, EntityType.GOVERNMENT, "临港综合保税区管委会"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "临港综合保税区"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "三亚崖州湾科技城管理局"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "三亚崖州湾科技城"), m.toString());
    }

    @Test
    void aCustomsOfAnUnlistedPlaceIsNamedWithItsNouns() {
        List<EntityMention> m = mentions("成都海关所属成都双流机场海关关长陈明介绍。张家口崇礼县常委政法委书记出席。");
        assertTrue(has(m, EntityType.GOVERNMENT, "成都双流机场海关"), m.toString());
        assertFalse(has(m, EntityType.GOVERNMENT, "张家口崇礼县常委政法委"), m.toString());
    }

    @Test
    void aZoneOfAnUnlistedPlaceIsNamedFromItsProperNounsThroughItsCommonNouns() {
        List<EntityMention> m = mentions("博鳌乐城国际医疗旅游先行区管理局局长顾刚介绍，先行区今年已引进创新药械30余种。");
        assertTrue(has(m, EntityType.ZONE, "博鳌乐城国际医疗旅游先行区"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "博鳌乐城国际医疗旅游先行区管理局"), m.toString());
        List<EntityMention> kinds = mentions("天津港保税区推动综保区航空产业园和自贸区机场片区建设。");
        assertFalse(has(kinds, EntityType.ZONE, "综保区航空产业园"), "a zone word is no proper name: " + kinds);
    }

    @Test
    void inAZoneDocumentACompanyEndingInACentreIsAPlansWording() {
        List<EntityMention> m = mentions("天津港保税区加快发展。要支持武汉建设国家科技创新中心，推动东风汽车集团有限公司加强合作。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().endsWith("中心")), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "东风汽车集团有限公司"), m.toString());
    }

    @Test
    void inAZoneDocumentACompanyNamedByCharactersNoDictionaryJoinsIsAName() {
        List<EntityMention> m = mentions("厦门象屿综合保税区加快发展。副市长一行实地察看了ABB（厦门）工业中心有限公司和宸鸿科技集团的生产线。");
        assertTrue(has(m, EntityType.COMPANY, "宸鸿科技集团"), m.toString());
    }

    @Test
    void aTimeWordBeforeAZoneIsNotPartOfItsName() {
        List<EntityMention> m = mentions("一季度苏州工业园区综合保税区实现进出口总额约680亿元。");
        assertTrue(has(m, EntityType.ZONE, "苏州工业园区综合保税区"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().startsWith("一季度")), m.toString());
    }

    @Test
    void officialFullWidthBracketsMatchTheListsNames() {
        List<EntityMention> m = mentions("中国（山东）自由贸易试验区青岛片区上半年实际使用外资8.2亿美元。");
        assertTrue(has(m, EntityType.ZONE, "中国（山东）自由贸易试验区青岛片区"), m.toString());
        assertEquals("中国(山东)自由贸易试验区青岛片区", canonicalOf(m, "中国（山东）自由贸易试验区青岛片区"));
    }

    @Test
    void aBodyWordAfterAVerbIsNoBody() {
        List<EntityMention> m = mentions("他在会上作政府工作报告。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
    }

    @Test
    void aDescriptionOfACompanyIsNoCompany() {
        List<EntityMention> m = mentions("上海一家小型催账公司介入后，现在博彩公司也开出赔率，大众对此议论纷纷。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && (x.text().contains("一家") || x.text().startsWith("现在"))), m.toString());
        assertFalse(has(m, EntityType.COMPANY, "大众"), m.toString());
    }

    @Test
    void inGeneralNewsTheTaggersCompaniesAndTitlesMayCrossTheTokenizersWords() {
        // HanLP reads 齐鲁银/行前, 松/下等 and 专家组; the tagger's spans stand.
        assertTrue(has(mentions("“这是干净的重组。”齐鲁银行前董事长张复说。"), EntityType.COMPANY, "齐鲁银行"));
        assertTrue(has(mentions("招商银行现金管理客户包括西门子、爱立信、松下等跨国公司。"), EntityType.COMPANY, "松下"));
        assertTrue(has(mentions("本场专家组均认为主队可博。"), EntityType.POSITION, "专家"));
    }

    @Test
    void aBodysNameStartsAfterTheWordsThatLeadUpToIt() {
        List<EntityMention> m = mentions("4月12日，记者从苏州工业园区管委会获悉，一季度苏州工业园区综合保税区实现进出口总额1200亿元。");
        assertTrue(has(m, EntityType.GOVERNMENT, "苏州工业园区管委会"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() != EntityType.POSITION && x.text().startsWith("记者")), m.toString());
    }

    @Test
    void aNoticeAddressingEveryBodyOfALevelNamesNoneOfThem() {
        List<EntityMention> m = mentions("各地级以上市人民政府，省政府各部门、各直属机构：现将《广州南沙新区建设方案》印发给你们。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("市人民政府")), m.toString());
        List<EntityMention> levels = mentions("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：为推动综合保税区发展，现提出以下意见。");
        assertTrue(levels.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().endsWith("人民政府")), levels.toString());
    }

    @Test
    void formerIsNoPartOfABodysNameAndAlternativesAreTwoBodies() {
        List<EntityMention> m = mentions("深圳媒体的报道称，6月25日，原龙岗区坂田街道执法队副队长卢斐斐被判刑。就应立法赋予地方部门如居委会或派出所这样的职能。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution() && (x.text().startsWith("原") || x.text().contains("或"))), m.toString());
    }

    @Test
    void aPronounPointingAtABodyIsNoPartOfItsName() {
        List<EntityMention> m = mentions("江苏省档案局局长张华一行到访，其省档案局将加强合作。");
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("其")), m.toString());
        assertEquals("江苏省档案局", canonicalOf(m, "省档案局"), m.toString());
    }

    @Test
    void aBrandInsideAWordOrAcrossTwoOrAWorksTitleOrUsedAsAVerbIsNoCompany() {
        List<EntityMention> m = mentions("我们应该用友好的态度去接受她们。推广游戏《沃尔沃》免费玩。很自然的联想到石油。三星发布新手机。地点：北京东方君悦大酒店。");
        assertEquals(List.of("三星"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void exchangesAndBrandsAreCompaniesUnderTheirShortForms() {
        List<EntityMention> m = mentions("连香港富豪也买入银行股以稳定人心。据港交所资料显示，上交所和深交所昨日均上涨。");
        assertEquals("香港交易及结算所有限公司", canonicalOf(m, "港交所"), m.toString());
        assertEquals("上海证券交易所", canonicalOf(m, "上交所"), m.toString());
        assertEquals("深圳证券交易所", canonicalOf(m, "深交所"), m.toString());
    }

    @Test
    void inGeneralNewsABareCompanyWordNeedsTheTaggersCompanyToo() {
        List<EntityMention> m = mentions("信用卡寄到公司，信用额度竟然只有10元。从历藏公司出具的发票看，两者相符。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && (x.text().contains("寄到") || x.text().equals("历藏公司"))), m.toString());
    }

    @Test
    void aBodyOfOneFunctionIsNamedByItsWordAlone() {
        List<EntityMention> m = mentions("发改委昨天公布了新的价格调整方案，政府表示欢迎。");
        assertTrue(has(m, EntityType.GOVERNMENT, "发改委"), m.toString());
        assertFalse(has(m, EntityType.GOVERNMENT, "政府"), m.toString());
    }

    @Test
    void aPlaceAndACompanyWordSayWhereNotWhich() {
        List<EntityMention> m = mentions("据香港公司透露，谈判仍在继续。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void inAZoneDocumentAListedCompanyWithACommonNounAfterItStaysTheCompany() {
        List<EntityMention> m = mentions("天津港保税区推动联合利华新品、海河乳业新厂等项目建设，京东国家馆开馆。");
        assertTrue(has(m, EntityType.COMPANY, "联合利华"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().equals("联合利华新品") || x.text().equals("京东国家馆")), m.toString());
    }

    @Test
    void aDescriptionBeforeACompanysNameIsNoPartOfIt() {
        List<EntityMention> m = mentions("比赛之后博彩公司调整了赔率。作为中国最大制笔企业贝发集团的股东，著名投资公司鼎晖宣布增持。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && (x.text().contains("之后") || x.text().contains("企业")
                || x.text().startsWith("著名"))), m.toString());
    }

    @Test
    void aDashBetweenTwoPlacesJoinsThemInACompanysName() {
        List<EntityMention> m = mentions("广西北部湾国际港务集团有限公司、中国—东盟信息港股份有限公司等企业代表参加仪式。");
        assertTrue(has(m, EntityType.COMPANY, "中国—东盟信息港股份有限公司"), m.toString());
    }

    @Test
    void aKindOfCompanyBeforeANameIsNoPartOfIt() {
        List<EntityMention> m = mentions("该项目由宁德时代新能源科技股份有限公司的全资子公司邦普循环科技有限公司负责实施。");
        assertTrue(has(m, EntityType.COMPANY, "邦普循环科技有限公司"), m.toString());
        List<EntityMention> held = mentions("该公司控股子公司天津港物流发展有限公司今年营收增长。");
        assertTrue(has(held, EntityType.COMPANY, "天津港物流发展有限公司"), held.toString());
    }

    @Test
    void aCountedCompanyIsAKindOfCompanyNotOneNamed() {
        List<EntityMention> m = mentions("卢森堡货运航空公司、顺丰航空等20余家货运航空公司在郑州机场开通全货机航线。");
        assertTrue(has(m, EntityType.COMPANY, "卢森堡货运航空公司"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().endsWith("家货运航空公司") || x.text().equals("货运航空公司")), m.toString());
    }

    @Test
    void aFirmWhoseNameIsWithheldIsNoneNamed() {
        List<EntityMention> m = mentions("近日，南京海关所属金陵海关为江苏某新能源科技有限公司办理了原产地证书，某某贸易公司也受益。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
        assertTrue(has(mentions("江苏新能源科技有限公司办理了原产地证书。"), EntityType.COMPANY, "江苏新能源科技有限公司"));
        List<EntityMention> lettered = mentions("利用综合保税区走私。深圳市B报关服务有限公司（以下简称“B公司”）报关员。违法所得归A公司所有，吴某某虽非A公司人员。TCL科技集团签约。");
        assertTrue(lettered.stream().filter(x -> x.type() == EntityType.COMPANY).allMatch(x -> x.text().equals("TCL科技集团")), lettered.toString());
    }

    @Test
    void inAZoneDocumentAPlaceWithCommonNounsIsNoInstitution() {
        List<EntityMention> m = mentions("天津港保税区用足用好加强与北京产业体系融合的政策措施，鼓励技术转移机构对接北京科技成果资源。"
                + "座谈会上，各相关开发区和部门负责同志紧密结合实际发言。");
        assertFalse(m.stream().anyMatch(x -> x.text().equals("北京产业") || x.text().equals("北京科技") || x.text().endsWith("部门")), m.toString());
        List<EntityMention> ministries = mentions("天津港保税区积极争取国家各部委支持，对接国家部委政策。");
        assertFalse(ministries.stream().anyMatch(x -> x.text().endsWith("部委")), ministries.toString());
    }

    @Test
    void aClauseOrAWebAddressIsNoName() {
        List<EntityMention> m = mentions("天津港保税区做好风险整治。严控政府债务增量,妥善处置风险。网址 http://www.tjftz.gov.cn/share.html?infoCode=NW20220 版权所有。");
        assertFalse(m.stream().anyMatch(x -> x.text().equals("严控政府") || x.text().equals("infoCode")), m.toString());
    }

    @Test
    void inAZoneDocumentAStateCentreIsAnInstitutionAndAQuotedNameNone() {
        List<EntityMention> m = mentions("天津港保税区推动国家海洋技术中心、国家实验室建设，构建东北亚贸易新格局，评选“海河工匠”。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("海河工匠")), m.toString());
    }

    @Test
    void aSpanClosingABracketItDidNotOpenIsNoName() {
        List<EntityMention> m = mentions("11月28日，2024中国（天津）国际汽车展览会在国家会展中心（天津）开幕。");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("）") && !x.text().contains("（")), m.toString());
    }

    @Test
    void aCommonNounEndingInACompanyWordIsNoCompany() {
        List<EntityMention> m = mentions("客户包括西门子、爱立信、松下等跨国公司和多家上市公司。");
        assertTrue(has(m, EntityType.COMPANY, "松下"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().endsWith("跨国公司")), m.toString());
    }

    @Test
    void inAZoneDocumentCommonNounsAreNoCompaniesAndRolesNoTitles() {
        List<EntityMention> m = mentions("天津港保税区大力发展物联网、新材料、智能汽车产业，组织党员志愿者开展服务。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY || x.type() == EntityType.ORGANIZATION), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.POSITION), m.toString());
        List<EntityMention> quoted = mentions("天津港保税区评选“海河工匠”，表彰技术能手。");
        assertTrue(quoted.stream().noneMatch(x -> x.text().endsWith("”") || x.text().startsWith("“")), quoted.toString());
    }

    @Test
    void universitiesNamedAfterTheirPlaceAreOrganizations() {
        List<EntityMention> m = mentions("郑州大学、河南大学与企业签约。");
        assertTrue(has(m, EntityType.ORGANIZATION, "郑州大学"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "河南大学"), m.toString());
    }

    @Test
    void organizationsNeedAnAnchor() {
        List<EntityMention> m = mentions("加强与天津大学滨海工业研究院深度合作，对接国家海洋技术中心，走进企业生产车间、检测实验室。");
        assertTrue(has(m, EntityType.ORGANIZATION, "天津大学滨海工业研究院"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "国家海洋技术中心"));
        assertFalse(m.stream().anyMatch(x -> x.text().contains("实验室") || x.text().contains("车间")));
    }

    @Test
    void mediaNamesArePlacePlusNewspaperOrSatelliteChannel() {
        assertTrue(has(mentions("（文章来源：南昌日报）"), EntityType.ORGANIZATION, "南昌日报"));
        List<EntityMention> channels = mentions("浙江卫视播出了节目，湖南卫视跟进。记者从卫视频道获悉。");
        assertTrue(has(channels, EntityType.ORGANIZATION, "浙江卫视") && has(channels, EntityType.ORGANIZATION, "湖南卫视"), channels.toString());
        assertTrue(channels.stream().noneMatch(x -> x.text().contains("卫视频")), channels.toString());
    }

    @Test
    void aNewspaperInBookTitleMarksIsNoPolicy() {
        List<EntityMention> m = mentions("《天津日报》刊文指出，国家统计局发布的《2023年国民经济和社会发展统计公报》显示外贸增长。");
        assertTrue(has(m, EntityType.ORGANIZATION, "天津日报"), m.toString());
        assertFalse(has(mentions("《经济参考报》刊文指出。"), EntityType.POLICY, "经济参考报"));
        List<EntityMention> other = mentions("来源：《21世纪经济报道》。太原武宿综合保税区登上《山西新闻联播》。");
        assertTrue(other.stream().noneMatch(x -> x.type() == EntityType.POLICY), "a paper or a news programme: " + other);
        assertTrue(has(m, EntityType.POLICY, "2023年国民经济和社会发展统计公报"), m.toString());
    }

    @Test
    void aNationalBodysBranchInAPlaceIsOneBody() {
        List<EntityMention> m = mentions("中国人民银行天津市分行、国家外汇管理局天津市分局和国家税务总局江苏省税务局联合出台措施，海关总署广东分署参加。");
        for (String body : List.of("中国人民银行天津市分行", "国家外汇管理局天津市分局", "国家税务总局江苏省税务局", "海关总署广东分署")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY), m.toString());
        assertTrue(has(mentions("中国国际贸易促进委员会青岛市分会组织企业参展。"), EntityType.ORGANIZATION, "中国国际贸易促进委员会青岛市分会"));
        assertTrue(has(mentions("国家开发银行天津市分行为园区企业提供贷款。"), EntityType.COMPANY, "国家开发银行天津市分行"));
    }

    @Test
    void aBodysSessionIsNoPartOfTheBodysName() {
        List<EntityMention> m = mentions("国务院总理李强代表国务院向十四届全国人大二次会议作政府工作报告。");
        assertTrue(m.stream().noneMatch(e -> e.type() == EntityType.GOVERNMENT && e.text().contains("会议")), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "全国人大"), m.toString());
    }

    @Test
    void aManagementCommitteeRunsAnAreaForTheStateAndIsNamedWithTheZoneBeforeIt() {
        List<EntityMention> m = mentions("四川天府新区成都直管区管委会主任王永冰一行赴成都高新综合保税区调研。");
        assertTrue(has(m, EntityType.GOVERNMENT, "四川天府新区成都直管区管委会"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "四川天府新区"), "the zone stays known: " + m);
        List<EntityMention> cooperation = mentions("比亚迪股份有限公司在深汕特别合作区投资建设汽车工业园。");
        assertTrue(has(cooperation, EntityType.ZONE, "深汕特别合作区"), cooperation.toString());
    }

    @Test
    void aJapaneseCompanysLegalFormEndsItsName() {
        List<EntityMention> m = mentions("丰田汽车株式会社与广汽集团签署协议。");
        assertTrue(has(m, EntityType.COMPANY, "丰田汽车株式会社"), m.toString());
    }

    @Test
    void aCountrysOneCharacterNameBeforeAMinistryOrGovernmentMakesItThatCountrys() {
        List<EntityMention> m = mentions("美国防部长盖茨表示，俄国防部随后发表声明。虽然俄政府一再宣称此次演习并不针对其他国家。");
        assertEquals("美国国防部", canonicalOf(m, "美国防部"), m.toString());
        assertEquals("俄罗斯国防部", canonicalOf(m, "俄国防部"), m.toString());
        assertEquals("俄罗斯政府", canonicalOf(m, "俄政府"), m.toString());
        List<EntityMention> ours = mentions("12日国务院常务会议审议通过了有关方案。中美商务部长级会谈在北京举行。");
        assertEquals("国务院", canonicalOf(ours, "国务院"), "a date is no country: " + ours);
        assertEquals("商务部", canonicalOf(ours, "商务部"), "中美 is two countries: " + ours);
    }

    @Test
    void aNameHanLpBrokeIntoCharactersKeepsThemBeforeItsBodyWord() {
        List<EntityMention> m = mentions("将针对特拉华州高等法院的裁决提出上诉。");
        assertTrue(has(m, EntityType.GOVERNMENT, "特拉华州高等法院"), m.toString());
    }

    @Test
    void aNationalBodysBranchInAZoneIsOneBody() {
        List<EntityMention> m = mentions("其次是，国家税务总局贵阳综合保税区税务局科员三招录4人。");
        assertTrue(has(m, EntityType.GOVERNMENT, "国家税务总局贵阳综合保税区税务局"), m.toString());
    }

    @Test
    void aDistrictNoDictionaryKnowsIsAPlaceAndItsCommitteeAndHeadAreItsOwn() {
        AnalyzedDocument doc = analyze("坪山区委书记陈清会见了客人。深圳市光明区区长刘胜介绍了有关情况。");
        List<EntityMention> m = doc.entities().mentions();
        assertTrue(has(m, EntityType.GOVERNMENT, "坪山区委"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "光明区"), m.toString());
        assertEquals(List.of("坪山区委", "光明区人民政府"), doc.entities().positions().stream().map(p -> p.organization()).toList(), doc.entities().positions().toString());
        List<EntityMention> words = mentions("要振兴区域经济，繁荣临江市场。浙江省长兴县的县域经济发展较快。打造新兴城市和滨海城市。");
        assertEquals(List.of("浙江省", "长兴县"), words.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), words.toString());
    }

    @Test
    void aCompanysNameStartsAfterTheCopulaAndABranchsCentreIsTheCompanysInGeneralNews() {
        List<EntityMention> m = mentions("本届比赛是浙江缔顺科技有限公司主办的。已经推出香港旅游卡的建行深圳分行信用卡中心表示。广发行人士介绍说。");
        assertTrue(has(m, EntityType.COMPANY, "浙江缔顺科技有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "建行深圳分行信用卡中心"), m.toString());
        assertEquals("广发银行股份有限公司", canonicalOf(m, "广发行"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
    }

    @Test
    void aPersonsNameAndTheVerbAfterItSayWhoDidWhatAndOpenNoFirmsName() {
        List<EntityMention> m = mentions("经查，鑫源达公司实际控制人孙德彪伙同公司报关部经理巴特尔相互勾结。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().contains("孙德彪")), m.toString());
        assertTrue(has(m, EntityType.PERSON, "孙德彪"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "鑫源达公司"), "a one-character verb is a brand's piece (鑫源/nr 达/v): " + m);
        assertTrue(has(mentions("深圳市王建国投资有限公司成立。"), EntityType.COMPANY, "深圳市王建国投资有限公司"), "a trade's verb stays in the name");
    }

    @Test
    void aVerbOfSettingAFirmUpBeforeAPlaceIsNoPartOfTheNewFirmsName() {
        List<EntityMention> m = mentions("报告期内，公司新设江苏港瑞新材料研究院有限公司；注销子公司上海港瑞化工贸易有限公司。");
        assertEquals(List.of("江苏港瑞新材料研究院有限公司", "上海港瑞化工贸易有限公司"),
                m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aCountedRegisteredNameStartsAfterTheCountAndABrandBeforeAVenueWordNamesTheVenue() {
        List<EntityMention> m = mentions("经银监会批准的山东首批3家农村商业银行股份有限公司全部挂牌开业。比如说迪斯尼乐园。");
        assertEquals(List.of("农村商业银行股份有限公司"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aTransliteratedNameKeepsTheFirstSyllableHanLPReadsAsAVerbOrAdverb() {
        List<EntityMention> m = mentions("尤文图斯主场迎战拉齐奥队，比勒菲尔德队客场挑战帕纳辛奈科。");
        for (String club : List.of("尤文图斯", "拉齐奥队", "比勒菲尔德队", "帕纳辛奈科")) {
            assertTrue(has(m, EntityType.ORGANIZATION, club), club + " in " + m);
        }
    }

    @Test
    void aQuoteClosedInsideANameIsOpenedByIt() {
        List<EntityMention> m = mentions("据悉，“俏江南”餐饮集团近日在成都开设新店。");
        assertTrue(has(m, EntityType.COMPANY, "“俏江南”餐饮集团"), m.toString());
    }

    @Test
    void aFirmsNameOpeningAPlaceNamesThePlaceExceptInZoneDocuments() {
        List<EntityMention> venue = mentions("这次活动在中信山语湖举行。");
        assertTrue(venue.stream().noneMatch(x -> x.type() == EntityType.COMPANY), venue.toString());
        List<EntityMention> project = mentions("推动中粮佳悦大豆榨油扩建项目完成投产，支持综合保税区发展。");
        assertTrue(project.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().startsWith("中粮")), project.toString());
        List<EntityMention> zoneVenue = mentions("这次活动在中信山语湖举行，综合保税区企业代表参加。");
        assertTrue(zoneVenue.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().startsWith("中信")), zoneVenue.toString());
        List<EntityMention> premises = mentions("腾讯湾区总部大厦在深圳后海落成。");
        assertTrue(premises.stream().anyMatch(x -> x.type() == EntityType.COMPANY && x.text().startsWith("腾讯")), premises.toString());
    }

    @Test
    void aBrandHanLPKnowsNoWordOfIsAFirmInAListOfFirms() {
        List<EntityMention> m = mentions("广汽埃安、宁德时代、隆基绿能等企业加快布局。王明、李华等企业代表参加。广汽埃安、比亚迪等车企扩产。");
        assertEquals(List.of("广汽埃安", "宁德时代", "隆基绿能", "广汽埃安", "比亚迪"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
        assertEquals(List.of("王明", "李华"), m.stream().filter(x -> x.type() == EntityType.PERSON).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> kinds = mentions("引进华为、专精特新、高精尖等企业，培育独角兽、瞪羚等企业30家。");
        assertEquals(List.of("华为"), kinds.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), "ranks of firms: " + kinds);
        List<EntityMention> bracketed = mentions("三星电子（苏州）半导体有限公司、艾默生电气、强生（中国）医疗器材有限公司等外资企业相继增资。");
        assertEquals(List.of("三星电子（苏州）半导体有限公司", "艾默生电气", "强生（中国）医疗器材有限公司"),
                bracketed.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), "a list goes on past a bracketed region: " + bracketed);
    }

    @Test
    void aListedFirmsPlantWhereItStandsIsTheFirmsNotAFirm() {
        List<EntityMention> m = mentions("特斯拉上海超级工厂、上汽集团、中国商飞等一批重大项目相继落地。位于临港的特斯拉上海超级工厂产量大增。");
        assertEquals(List.of("特斯拉", "上汽集团", "中国商飞", "特斯拉"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void tradeAgreementsCitedByTheirShortNamesArePoliciesUnderTheirFullNames() {
        List<EntityMention> m = mentions("用好RCEP规则，积极对接CPTPP和DEPA等高标准经贸规则。《区域全面经济伙伴关系协定》正式生效。");
        assertEquals(List.of("RCEP", "CPTPP", "DEPA", "区域全面经济伙伴关系协定"), m.stream().map(EntityMention::text).toList(), m.toString());
        assertTrue(m.stream().allMatch(x -> x.type() == EntityType.POLICY), m.toString());
        assertEquals("区域全面经济伙伴关系协定", canonicalOf(m, "RCEP"));
    }

    @Test
    void anInstituteOfTwoFieldsIsOneOrganization() {
        List<EntityMention> m = mentions("中国社会科学院世界经济与政治研究所研究员张明认为。北京大学国家发展研究院和清华大学研究所签约。");
        assertEquals(List.of("中国社会科学院世界经济与政治研究所", "北京大学国家发展研究院", "清华大学研究所"),
                m.stream().filter(x -> x.type() == EntityType.ORGANIZATION).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void everyBodyOfLevelsListedWithOneInBracketsIsNone() {
        List<EntityMention> m = mentions("各区（市）县政府，市政府各部门：（责任单位：市商务局，各有关区（市）县政府）。各市（州）人民政府、各县（市、区）人民政府要抓好落实。");
        assertEquals(List.of("市政府", "市商务局"), m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> provinces = mentions("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：通道运输能力更强、枢纽布局更合理。");
        assertTrue(provinces.stream().noneMatch(x -> x.text().equals("直辖市人民政府") || x.text().equals("枢纽布局")),
                "every body of a level, and a word that only ends in 局: " + provinces);
    }

    @Test
    void aPlaceOpeningAThingsNameIsNoPlaceThere() {
        List<EntityMention> m = mentions("和田玉、大理石和蒙古包涨价。中国人喜欢红木家具，美军被投送至中亚地区。推进中国式现代化。");
        assertEquals(List.of("中国", "中亚"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void theRegionsPlansNameArePlaces() {
        List<EntityMention> m = mentions("推动黄河流域生态保护，推进北部湾、东北地区和长江中游城市群开放。");
        assertEquals(List.of("黄河流域", "北部湾", "东北地区", "长江中游城市群"),
                m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void whatACityAimsToBeIsNoBodyWhicheverKindTheTaggerGuesses() {
        List<EntityMention> m = mentions("支持上海国际金融中心、香港国际金融中心建设，深化内地与港澳合作。");
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("金融中心")), m.toString());
    }

    @Test
    void aPronounBeforeAKnownNameIsNoSyllableOfIt() {
        List<EntityMention> m = mentions("该李宁公司负责人表示，新品将于下月上市。");
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("该")), m.toString());
    }

    @Test
    void anUnquotedTitleMayCarryItsPeriodInBrackets() {
        List<EntityMention> m = mentions("重庆市人民政府办公厅关于印发重庆市推进西部陆海新通道建设实施方案（2023—2025年）的通知。");
        assertTrue(has(m, EntityType.POLICY, "关于印发重庆市推进西部陆海新通道建设实施方案（2023—2025年）的通知"), m.toString());
    }

    @Test
    void aZoneAfterItsCountyMayHoldCharactersHanLpReadsAsNoNounsAndItsCommitteeIsItsOwn() {
        List<EntityMention> m = mentions("任命刘雨桐为长丰县双凤经济开发区管理委员会主任。");
        assertTrue(has(m, EntityType.ZONE, "长丰县双凤经济开发区"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "长丰县双凤经济开发区管理委员会"), m.toString());
    }

    @Test
    void aBodyStartsAfterAPrepositionHanLpReadAsANameAndEveryBodyOfALevelIsNone() {
        List<EntityMention> m = mentions("全会由市委常委会主持。各县（市）、区人民政府，市政府各部门：");
        assertTrue(has(m, EntityType.GOVERNMENT, "市委常委会"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("全会") || x.text().equals("区人民政府")), m.toString());
    }

    @Test
    void townshipsListedTogetherArePlacesThoughNoCountyComesBefore() {
        List<EntityMention> m = mentions("古田镇、才溪镇获评省级生态乡镇，乡镇企业发展迅速。");
        assertEquals(List.of("古田镇", "才溪镇"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), "a township's name is no person's: " + m);
        List<EntityMention> likeACity = mentions("蛟洋镇、南阳镇入选全省百强镇，两个镇、三个乡获评先进。");
        assertEquals(List.of("蛟洋镇", "南阳镇"), likeACity.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(),
                "a township named like a city (南阳) is the township: " + likeACity);
        List<EntityMention> people = mentions("村党支部书记王志镇和村委会主任李德乡商量后决定，推动镇与镇、乡与乡之间的合作。");
        assertTrue(people.stream().noneMatch(x -> x.type() == EntityType.PLACE), "two persons joined by 和, and a phrase: " + people);
    }

    @Test
    void bodyWordsLongerThanHanLpsWordsAreReadWithoutFailing() {
        List<EntityMention> m = mentions("任命上官婉清为省退役军人事务局副局长。市政务服务和数据管理局牵头负责此项工作。");
        assertTrue(has(m, EntityType.GOVERNMENT, "省退役军人事务局"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "市政务服务和数据管理局"), m.toString());
    }

    @Test
    void aTownshipIsOneWhereWhatStandsAboutItSaysSoWhateverWordsHanlpMakesOfIt() {
        List<EntityMention> m = mentions("""
                梓山镇潭头村党支部书记张发明说。县人大代表、银坑镇农民黄冬生说。
                以高昌区葡萄镇、亚尔镇为核心。位于牙克石市免渡河镇的试验场。本次拟征收土地位于木乐镇大垌村。
                推进上八里镇、黄水乡发展。对唐官屯镇、陈官屯镇实施。在团泊镇、大邱庄镇试点。在梨树镇、四棵树乡、孤家子镇召开。
                赵建平　绵山镇镇长
                冯海军　义安镇镇长
                """);
        for (String township : List.of("梓山镇", "银坑镇", "葡萄镇", "免渡河镇", "木乐镇", "上八里镇", "唐官屯镇", "团泊镇", "大邱庄镇", "梨树镇",
                "绵山镇", "义安镇")) {
            assertTrue(has(m, EntityType.PLACE, township), township + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("在") || x.type() == EntityType.PERSON && x.text().endsWith("镇")), m.toString());
        // Kinds of township, and words that hold 镇 or 乡, are none (nor is a title's 镇 a level).
        List<EntityMention> kinds = mentions("建设特色小镇和中心镇，推动城镇化和乡村振兴，全市乡镇和千强镇带动全镇村民增收。副镇长李明出席。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.PLACE), kinds.toString());
        // A verb, a scope or a count before the level is no township's name, nor a preposition or particle in it.
        List<EntityMention> verbs = mentions("会上，带动全镇农民增收。各村要督促乡政府落实。他就读于镇中学。，带动返乡农民工就业。周边三镇居民受益。");
        assertTrue(verbs.stream().noneMatch(x -> x.type() == EntityType.PLACE), verbs.toString());
        // …while a village's or county's level may end a township's name, and a conjunction stand before one.
        List<EntityMention> levels = mentions("黄村镇农民和和平镇村民参加。重点在旧县镇、交口河镇建设基地。");
        for (String township : List.of("黄村镇", "和平镇", "旧县镇")) {
            assertTrue(has(levels, EntityType.PLACE, township), township + " in " + levels);
        }
    }

    @Test
    void townshipsListedWithoutTheirLevelBeforeItAreTownshipsNotPersons() {
        List<EntityMention> m = mentions("在丁栾、满村、樊相等镇建设基地。冀屯、吴村、峪河3个镇整体推进。感德、西坪、祥华等乡镇茶园提质。");
        for (String township : List.of("丁栾", "满村", "樊相", "冀屯", "吴村", "峪河", "感德", "西坪", "祥华")) {
            assertTrue(has(m, EntityType.PLACE, township), township + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        // The level a list closes with is each item's; of 等乡镇, which one is not said.
        assertEquals(List.of("丁栾镇", "满村镇", "樊相镇", "冀屯镇", "吴村镇", "峪河镇", "感德", "西坪", "祥华"),
                m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::canonical).toList(), m.toString());
        // 等 before a count is no part of the last item; persons listed before 等乡亲 or 等镇领导 stay persons.
        List<EntityMention> counted = mentions("丁栾、满村、樊相等3个镇建设基地。村民张建国、李秀英等乡亲赶来。王明、李华等镇领导出席。");
        assertTrue(has(counted, EntityType.PLACE, "樊相") && !has(counted, EntityType.PLACE, "樊相等"), counted.toString());
        for (String person : List.of("张建国", "李秀英", "王明", "李华")) {
            assertTrue(has(counted, EntityType.PERSON, person), person + " in " + counted);
        }
        // A common word among the names (张榜, to post a notice) is a township too; a list mostly of words names kinds.
        List<EntityMention> mixed = mentions("在蕲州、漕河、横车、赤东、张榜、刘河等镇建设一批基地。推动工业、农业、赤东等镇协同。");
        assertTrue(has(mixed, EntityType.PLACE, "张榜") && !has(mixed, EntityType.PERSON, "张榜"), mixed.toString());
        assertTrue(!has(mixed, EntityType.PLACE, "工业") && !has(mixed, EntityType.PLACE, "农业"), mixed.toString());
        // The first may follow its county (随县|厉山), whole (浏阳市|大瑶, not 市大瑶).
        List<EntityMention> after = mentions("推进随县厉山、殷店等乡镇特色园区建设。支持浏阳市大瑶、官渡等镇发展。");
        assertTrue(has(after, EntityType.PLACE, "厉山") && has(after, EntityType.PLACE, "殷店") && !has(after, EntityType.PERSON, "殷店"), after.toString());
        assertTrue(has(after, EntityType.PLACE, "大瑶") && !has(after, EntityType.PLACE, "市大瑶"), after.toString());
    }

    @Test
    void aMeasureWordHanlpReadsAloneOpensNoCountysName() {
        List<EntityMention> m = mentions("通过微信公众号和县融媒体中心直播平台同步直播。个旧市和蒙自市联合举办。");
        assertTrue(!has(m, EntityType.PLACE, "号和县"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "个旧市") && has(m, EntityType.PLACE, "蒙自市"), m.toString());
    }

    @Test
    void aTownshipNamedForItsPeoplesMayBeAMinzuTownshipAndItsNameOfFourCharacters() {
        List<EntityMention> m = mentions("查巴奇鄂温克民族乡查巴奇村和得力其尔鄂温克民族乡德胜村。他在三江口蒙古族乡工作。");
        assertTrue(has(m, EntityType.PLACE, "查巴奇鄂温克民族乡") && !has(m, EntityType.PERSON, "查巴奇"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "三江口蒙古族乡"), m.toString());
        // A name of one character only right after its listed county; no word before the name is part of it.
        List<EntityMention> one = mentions("错那市勒门巴民族乡和平。该市有满族乡3个。作为全省唯一红旗满族乡。");
        assertTrue(has(one, EntityType.PLACE, "勒门巴民族乡") && !has(one, EntityType.PLACE, "有满族乡"), one.toString());
        assertTrue(has(one, EntityType.PLACE, "红旗满族乡") && !has(one, EntityType.PLACE, "唯一红旗满族乡"), one.toString());
        List<EntityMention> more = mentions("阿荣旗查巴奇鄂温克民族乡、音河达斡尔鄂温克民族乡和红旗满族乡。该村位于勿角藏族乡境内。");
        for (String township : List.of("查巴奇鄂温克民族乡", "音河达斡尔鄂温克民族乡", "红旗满族乡", "勿角藏族乡")) {
            assertTrue(has(more, EntityType.PLACE, township), township + " in " + more);
        }
        // A name of four characters where a name may start: after its county, a mark or a preposition.
        List<EntityMention> four = mentions("怀柔区喇叭沟门满族乡召开会议。会议在喇叭沟门满族乡举行。得力其尔鄂温克民族乡德胜村。");
        assertTrue(four.stream().filter(mention -> mention.type() == EntityType.PLACE && mention.text().equals("喇叭沟门满族乡")).count() == 2, four.toString());
        assertTrue(has(four, EntityType.PLACE, "得力其尔鄂温克民族乡"), four.toString());
        List<EntityMention> opened = mentions("目前红旗满族乡发展较快。今年喇叭沟门满族乡发展较快。");
        assertTrue(has(opened, EntityType.PLACE, "红旗满族乡") && has(opened, EntityType.PLACE, "喇叭沟门满族乡"), "no time word opens a name: " + opened);
    }

    @Test
    void aTownshipIsAPlaceOnlyRightAfterItsCountyOrDistrictOrListedWithAnother() {
        List<EntityMention> m = mentions("佛山市顺德区北滘镇党委书记梁国民介绍。全县各乡镇要加强管理，乡镇企业发展迅速。");
        assertTrue(has(m, EntityType.GOVERNMENT, "北滘镇党委"), m.toString());
        // The township its committee is of is a place inside the body; the kinds of township in the next sentence are none.
        assertEquals(List.of("佛山市", "顺德区", "北滘镇"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aTownshipABodyIsOfIsAPlaceInsideItAndWhereverTheDocumentRepeatsIt() {
        List<EntityMention> m = mentions("海盐县百步镇党委书记朱晓峰带队调研。他说，百步镇地处长三角核心区域，全镇各村积极配合。");
        assertTrue(has(m, EntityType.GOVERNMENT, "海盐县百步镇党委"), m.toString());
        assertEquals(List.of("海盐县", "百步镇", "百步镇", "长三角"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void inGeneralNewsTheTaggersCompanyBoundariesAndTypesOverruleWeakerGuesses() {
        List<EntityMention> m = mentions("下面请出本次活动的承办方富龙集团董事长王诚。原告应以携程国际旅行社有限公司、携程商务公司为适格被告。苏富比和佳士得是全球主要珠宝拍卖商。一位宝钢集团内部人士私下承认。");
        List<String> companies = m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList();
        assertEquals(List.of("富龙集团", "携程国际旅行社有限公司", "携程商务公司", "苏富比", "佳士得", "宝钢集团"), companies, m.toString());
    }

    @Test
    void aBranchOfABranchIsOneBodyWithItsListedAdministrationNamedInside() {
        List<EntityMention> m = mentions("报名人数最多的职位是国家税务总局贵州省税务局贵州双龙航空港经济区税务局的职位。");
        // No piece of it a body of its own; the listed administration opening it is named inside it (in a zone's document).
        assertEquals(List.of("国家税务总局贵州省税务局贵州双龙航空港经济区税务局", "国家税务总局"),
                m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void zonesOfAPartOfTheCountryAreNoZoneInParticular() {
        List<EntityMention> m = mentions("支持东部地区综合保税区发展研发设计，引导中西部地区综合保税区承接产业转移，沿海地区综保区、西部综合保税区和边境地区综合保税区。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
        assertTrue(has(mentions("湖州南太湖新区加快建设。"), EntityType.ZONE, "湖州南太湖新区"));
        assertTrue(has(mentions("南太湖新区地区生产总值增长9.1%。"), EntityType.ZONE, "南太湖新区"), "a direction opening the sentence");
        List<EntityMention> two = mentions("闵行区将依托大虹桥科创走廊和南虹桥片区，长宁区正加快建设东虹桥片区。");
        assertTrue(has(two, EntityType.ZONE, "南虹桥片区") && has(two, EntityType.ZONE, "东虹桥片区"), "after a conjunction or a verb: " + two);
        List<EntityMention> named = mentions("西部科学城今年上半年引进重大项目35个。北部新区去年完成固定资产投资500亿元。");
        assertTrue(has(named, EntityType.ZONE, "西部科学城") && has(named, EntityType.ZONE, "北部新区"), "zones named after a part of a city: " + named);
    }

    @Test
    void aPlaceBuildingWhatItAimsToBeIsNoInstitution() {
        List<EntityMention> m = mentions("支持汕头、湛江建设省域副中心城市。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution()), m.toString());
        assertTrue(has(m, EntityType.PLACE, "湛江"), m.toString());
        List<EntityMention> centre = mentions("北京建设工程质量检测中心发布了检测报告。");
        assertTrue(centre.stream().anyMatch(x -> x.type().isInstitution() && x.text().equals("北京建设工程质量检测中心")), centre.toString());
    }

    @Test
    void twoListedCompaniesTogetherAreTheirJointVentureAndAnAgencyEndsBeforeThePlace() {
        List<EntityMention> m = mentions("中粮万科长阳半岛工地再迎开放。奔驰汽车代理北京鹏龙星徽汽车销售服务有限公司。"
                + "长安号运营主体西安国际陆港多式联运有限公司相关负责人介绍。");
        assertEquals(List.of("中粮万科", "奔驰", "北京鹏龙星徽汽车销售服务有限公司", "西安国际陆港多式联运有限公司"),
                m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aCountysNameSpelledAcrossTwoWordsIsNoPlace() {
        List<EntityMention> m = mentions("广东山区五市加快发展。华中山区要振兴山区经济。相应城市和中韩城市发展论坛。珠海城区、常德城区和上海港区。香港北区区议会。");
        assertEquals(List.of("广东", "华中", "珠海", "常德", "上海", "香港"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(),
                m.toString());
        List<EntityMention> towns = mentions("长兴县两个镇入选。萧山区所有镇都建成。推进萧山区中心镇建设。长兴县小城镇环境综合整治。");
        assertTrue(towns.stream().noneMatch(x -> x.text().endsWith("镇") || x.text().endsWith("镇政府")), towns.toString());
    }

    @Test
    void aBrandCutIntoSingleCharactersKeepsItsFirst() {
        List<EntityMention> m = mentions("苏州高新区管委会副主任顾文斌与通快（中国）有限公司、费斯托（中国）有限公司代表签署合作协议。");
        assertTrue(has(m, EntityType.COMPANY, "通快（中国）有限公司") && has(m, EntityType.COMPANY, "费斯托（中国）有限公司"), m.toString());
    }

    @Test
    void aUnitOfAnyKindBeforeAFirmIsNoPartOfItsName() {
        List<EntityMention> m = mentions("广州市中级人民法院作出一审判决。被告单位广州恒昌进出口贸易有限公司犯走私普通货物罪，判处罚金人民币800万元。");
        assertEquals(List.of("广州恒昌进出口贸易有限公司"), m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void jointVenturesAreNotListsOrTwoNamesOfOneCompanyAndACompanysCommitteeIsNoPartOfIt() {
        List<EntityMention> m = mentions("中国移动中国联通中国电信三大运营商。鸿海富士康在郑州投资。东风本田汽车有限公司新工厂投产。该项目由中信投资天津有限公司负责建设。华为公司党委书记周代琪出席。");
        assertEquals(List.of("中国移动", "中国联通", "中国电信", "鸿海", "富士康", "东风本田汽车有限公司", "中信投资天津有限公司", "华为公司"),
                m.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList(), m.toString());
        List<EntityMention> headline = mentions("基金893亿元暗增银行股招行浦发最受青睐");
        assertTrue(has(headline, EntityType.COMPANY, "招行") && has(headline, EntityType.COMPANY, "浦发"), headline.toString());
        List<EntityMention> bay = mentions("腾讯湾区总部大厦正式启用。");
        assertTrue(has(bay, EntityType.COMPANY, "腾讯"), "湾区 is no venue: " + bay);
    }

    @Test
    void bodiesJoinedByAConjunctionAreTwo() {
        List<EntityMention> m = mentions("省人大常委会、省政协、省纪委监委和省法院、省检察院的工作取得新成效。");
        for (String body : List.of("省纪委监委", "省检察院")) {
            assertTrue(has(m, EntityType.GOVERNMENT, body), body + " in " + m);
        }
        assertFalse(m.stream().anyMatch(x -> x.text().contains("和省")), m.toString());
        List<EntityMention> belonging = mentions("天津海关所属东疆海关关长刘辉表示，将为企业开辟绿色通道。");
        assertTrue(has(belonging, EntityType.GOVERNMENT, "天津海关"), belonging.toString());
        assertFalse(belonging.stream().anyMatch(x -> x.text().contains("所属")), belonging.toString());
    }

    @Test
    void centralAsAnAdjectiveEndsNoOrganization() {
        List<EntityMention> m = mentions("推动郑州国家中心城市建设，支持洛阳建设中原城市群副中心城市。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
    }

    @Test
    void inGeneralNewsATitleInBookMarksIsAPolicyOnlyWhenItReadsLikeADocument() {
        List<EntityMention> m = mentions("暴雪娱乐宣布《魔兽世界》新资料片明年上线。发改委发布《外商投资准入特别管理措施（负面清单）（2024年版）》。");
        assertFalse(has(m, EntityType.POLICY, "魔兽世界"), m.toString());
        assertTrue(has(m, EntityType.POLICY, "外商投资准入特别管理措施（负面清单）（2024年版）"), m.toString());
    }

    @Test
    void aForeignCountryFieldsAndTheirMinistryNameABodyNoListHolds() {
        List<EntityMention> m = mentions("哈萨克斯坦贸易和一体化部副部长努尔兰诺夫、乌兹别克斯坦投资、工业和贸易部第一副部长拉希德·卡里莫夫出席，美国西部城市代表也来了。");
        assertTrue(has(m, EntityType.GOVERNMENT, "哈萨克斯坦贸易和一体化部") && has(m, EntityType.GOVERNMENT, "乌兹别克斯坦投资、工业和贸易部"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().equals("美国西部")), m.toString());
        List<PositionHeld> held = analyze("乌兹别克斯坦投资、工业和贸易部第一副部长拉希德·卡里莫夫出席。").entities().positions();
        assertEquals("乌兹别克斯坦投资、工业和贸易部", held.get(0).organization(), held.toString());
    }

    @Test
    void chinaAndAPartnersOneCharacterNameFoundAnInstitutionOrAllianceAndUniversitiesGoByTheirShortNames() {
        List<EntityMention> m = mentions("哈工大与俄方共建中俄先进材料联合研究院，中德智能制造研究院同期落户，中俄工科大学联盟也已成立。");
        assertTrue(has(m, EntityType.ORGANIZATION, "中俄先进材料联合研究院") && has(m, EntityType.ORGANIZATION, "中德智能制造研究院")
                && has(m, EntityType.ORGANIZATION, "中俄工科大学联盟"), m.toString());
        assertEquals("哈尔滨工业大学", canonicalOf(m, "哈工大"), m.toString());
    }

    @Test
    void customsAntiSmugglingBureausAndAssociationsOfTwoTradesAreNamedWhole() {
        List<EntityMention> m = mentions("南宁海关缉私局侦办一起走私案，海关总署缉私局统一部署。中国石油和化学工业联合会发布报告。");
        assertTrue(has(m, EntityType.GOVERNMENT, "南宁海关缉私局") && has(m, EntityType.GOVERNMENT, "海关总署缉私局"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "中国石油和化学工业联合会") && !has(m, EntityType.COMPANY, "中国石油"), m.toString());
    }

    @Test
    void aCountrysOneCharacterNameAfterItsPartnerIsTheCountry() {
        List<EntityMention> m = mentions("满洲里对俄贸易额达120亿元。中俄边境经贸合作不断深化。顺丰速运英德仓库发货。人民对美好生活的向往。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PLACE && x.text().equals("俄") && x.canonical().equals("俄罗斯")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("德") || x.text().equals("美")), m.toString());
        // 中 of 中俄, the partner before, is China; not 中 of 其中越来越.
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.PLACE && x.text().equals("中") && x.canonical().equals("中国")).count(), m.toString());
        assertTrue(mentions("其中越来越多企业参与。").stream().noneMatch(x -> x.type() == EntityType.PLACE), "其中越来越");
        // 越中贸易, 美中关系: a country's character before China's, then a noun of their dealings; not an idiom (美中不足).
        List<EntityMention> reversed = mentions("友谊关口岸是越中贸易的重要通道。美中关系出现变化。美中不足的是价格。");
        assertEquals(List.of("越南", "中国", "美国", "中国"), reversed.stream().filter(x -> x.text().length() == 1).map(EntityMention::canonical).toList(), reversed.toString());
        // 中韩、中日产业链, 中韩“海上高速公路”: a list's mark or a quote between China and its partner and what they share.
        List<EntityMention> listed = mentions("推动中韩、中日产业链深度融合，打造中韩“海上高速公路”。");
        assertEquals(List.of("中国", "韩国", "中国", "日本", "中国", "韩国"), listed.stream().filter(x -> x.text().length() == 1).map(EntityMention::canonical).toList(), listed.toString());
        // 与德鑫磁材合作: a country's character opening a firm's short name, a piece of a name after it, is no partner.
        List<EntityMention> firm = mentions("在位于赣州经开区的赣州德鑫磁材科技有限公司（以下简称“德鑫磁材”）车间里，磁体被装入包装箱。"
                + "德鑫磁材总经理黄志远说，企业入驻综保区后减少资金占用。研究员潘振宇带领的团队，正在与德鑫磁材合作攻关磁体技术。");
        assertTrue(firm.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().equals("德")), firm.toString());
        for (String partner : List.of("与俄贸易增长。", "满洲里与俄企签约12个项目。")) {
            assertTrue(has(mentions(partner), EntityType.PLACE, "俄"), partner);
        }
    }

    @Test
    void aDistrictBeforeTheCityAZoneIsNamedAfterSaysWhereTheZoneIs() {
        List<EntityMention> m = mentions("清晨6时，南康区赣州国际陆港，龙门吊来回穿梭。");
        assertTrue(has(m, EntityType.ZONE, "赣州国际陆港") && has(m, EntityType.PLACE, "南康区"), m.toString());
    }

    @Test
    void aNationalCouncilsCommitteeOfACityIsABranchOfIt() {
        List<EntityMention> m = mentions("协办：钦州海关、中国国际贸易促进委员会钦州市委员会。");
        assertTrue(has(m, EntityType.ORGANIZATION, "中国国际贸易促进委员会钦州市委员会"), m.toString());
    }

    @Test
    void anEcoparkIsAZoneAndItsCommitteeABodyAndASiteJoinedToABodyIsNoPartOfIt() {
        List<EntityMention> m = mentions("签约代表：青岛中德生态园管委主任张立群。落户园区：青岛中德生态园。");
        assertTrue(has(m, EntityType.GOVERNMENT, "青岛中德生态园管委") && has(m, EntityType.ZONE, "青岛中德生态园"), m.toString());
        List<EntityMention> joined = mentions("南京海关打通了驻江北新区监管现场与金陵海关的监管数据。");
        assertTrue(has(joined, EntityType.GOVERNMENT, "金陵海关"), joined.toString());
        assertTrue(joined.stream().noneMatch(x -> x.text().contains("与")), joined.toString());
    }

    @Test
    void aTownshipHanLpReadsAsAPlaceAfterAWordOfBeingSomewhereIsAPlace() {
        List<EntityMention> m = mentions("主持人：您的工厂在长安镇？我们工厂在虎门镇，货物从虎门运到香港。");
        assertTrue(has(m, EntityType.PLACE, "长安镇") && has(m, EntityType.PLACE, "虎门镇"), m.toString());
    }

    @Test
    void aBodyWordAfterAnAssociationOpensAUnitOfItNoBodyOfTheState() {
        List<EntityMention> m = mentions("中国欧盟商会政府事务部副总监李思涵表示，建议已提交。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().startsWith("中国欧盟商会")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().contains("人民政府")), "no government invented: " + m);
    }

    @Test
    void functionalAreasOfANewAreaAreZonesWithTheirCommittees() {
        List<EntityMention> m = mentions("落户园区：董家口经济区。区委常委、董家口经济区工委书记吴振华出席。推动天津滨海航空产业区建设。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().equals("董家口经济区")).count(), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "董家口经济区工委"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "天津滨海航空产业区"), "no firm: " + m);
        assertTrue(mentions("保税区作为开放型经济区，发展外向型经济区。").stream().noneMatch(x -> x.type() == EntityType.ZONE && x.text().endsWith("经济区")),
                "a kind of economy's area names no zone");
        assertTrue(mentions("推动成渝经济区建设，对接北部湾经济区。").stream().noneMatch(x -> x.type() == EntityType.ZONE),
                "a region's economic area is a region of planning");
    }

    @Test
    void townshipsListedTogetherAndSubdistrictsWithNamesOfTheirOwnArePlaces() {
        List<EntityMention> m = mentions("永兴镇、兴隆镇入选省级乡村振兴示范镇。鱼泉街道“七彩部落”开园。新建黄家坝街道幼儿园。");
        for (String place : List.of("兴隆镇", "鱼泉街道", "黄家坝街道")) {
            assertTrue(has(m, EntityType.PLACE, place), place + " in " + m);
        }
        List<EntityMention> streets = mentions("城市街道两侧种植行道树。老城区街道办事处开展整治。洋浦新都区的街道亮起灯火。");
        assertTrue(streets.stream().noneMatch(x -> x.text().endsWith("街道")), streets.toString());
    }

    @Test
    void newsAppsOnlineOutletsAndGovernmentSitesAreOrganizations() {
        List<EntityMention> m = mentions("来源：中国政府网。浙江在线记者楼佳颖报道。湖南日报·新湖南客户端2月26日讯。据央视新闻客户端报道。");
        for (String outlet : List.of("中国政府网", "浙江在线", "新湖南客户端", "央视新闻客户端")) {
            assertTrue(has(m, EntityType.ORGANIZATION, outlet), outlet + " in " + m);
        }
        List<EntityMention> site = mentions("用户可在线办理业务，通过手机客户端查询。房源情况将在海淀区政府网站公布。");
        assertTrue(site.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), site.toString());
        assertTrue(has(site, EntityType.GOVERNMENT, "海淀区政府"), site.toString());
    }

    @Test
    void spacesJustInsideTitleMarksAreNoPartOfTheTitle() {
        List<EntityMention> m = mentions("本报评论员  《 人民日报 》（ 2024年08月05日 01 版）。推进自贸试验区建设，落实《 国务院关于促进综合保税区高水平开放高质量发展的若干意见 》。");
        assertTrue(has(m, EntityType.ORGANIZATION, "人民日报") && m.stream().noneMatch(x -> x.text().contains(" ")), m.toString());
        assertTrue(has(m, EntityType.POLICY, "国务院关于促进综合保税区高水平开放高质量发展的若干意见"), m.toString());
    }

    @Test
    void inlandPortsEcologicalAreasAndIndustrialClustersAreZones() {
        List<EntityMention> m = mentions("推动赣州国际陆港、上饶国际陆港协同发展。依托成都国际铁路港。松原经济技术开发区、白山工业集中区主要负责同志参加。"
                + "支持西安航空基地、西安航天基地、曲江新区、浐灞生态区特色发展。邯郸国际陆港保税物流中心（B型）进出口增长。");
        for (String zone : List.of("赣州国际陆港", "上饶国际陆港", "成都国际铁路港", "白山工业集中区", "浐灞生态区", "邯郸国际陆港保税物流中心（B型）")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("基地")), "the end of a longer item is no bare zone: " + m);
    }

    @Test
    void aCountedKindWordIsZonesInGeneralAndATradesIndustryBelongsToAZonesName() {
        List<EntityMention> m = mentions("西安综合保税区发展迅速。力争2个以上综保区在全国绩效评估中进入A类。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.ZONE).count(), m.toString());
        List<EntityMention> jinzhong = mentions("现任晋中国家农业高新技术产业示范区党工委副书记。推动重点产业示范区建设。");
        assertTrue(has(jinzhong, EntityType.ZONE, "晋中国家农业高新技术产业示范区"), jinzhong.toString());
        assertTrue(jinzhong.stream().noneMatch(x -> x.text().startsWith("推动") || x.text().startsWith("重点")), jinzhong.toString());
    }

    @Test
    void farmersCooperativesAreRegisteredLikeFirms() {
        List<EntityMention> m = mentions("南康区唐江镇新江脐橙专业合作社理事长黄春花介绍，全镇合作社发展迅速，新江村股份经济合作社分红。");
        assertTrue(has(m, EntityType.COMPANY, "南康区唐江镇新江脐橙专业合作社") && has(m, EntityType.COMPANY, "新江村股份经济合作社"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().equals("合作社")), "the kind alone names none: " + m);
        List<EntityMention> repeated = mentions("唐江镇党委书记曾志勇深入村企调研。成立南康区唐江镇新江脐橙专业合作社。");
        assertTrue(has(repeated, EntityType.PLACE, "唐江镇"), "the township the firm's name runs through, repeated: " + repeated);
        List<EntityMention> kinds = mentions("全村发展脐橙种植专业合作社3家，该合作社获评江西省农民专业合作社省级示范社。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "a kind of cooperative, and a clause, name none: " + kinds);
    }

    @Test
    void aTitleItsKindOfWorkIntroducesIsNoPolicyInZoneDocumentsEither() {
        List<EntityMention> m = mentions("洋浦经济开发区内，电影《南海潮声》开机，手游《山海行纪》上线，园区落实《洋浦经济开发区条例》。");
        assertFalse(has(m, EntityType.POLICY, "南海潮声") || has(m, EntityType.POLICY, "山海行纪"), m.toString());
        assertTrue(has(m, EntityType.POLICY, "洋浦经济开发区条例"), m.toString());
    }

    @Test
    void policiesAreQuotedTitlesAndUnquotedAboutTitles() {
        List<EntityMention> m = mentions("落实国务院《关于促进综合保税区高水平开放高质量发展的若干意见》。解读国务院关于进一步支持天津滨海新区高质量发展的若干政策措施，并回答记者提问。");
        assertTrue(has(m, EntityType.POLICY, "关于促进综合保税区高水平开放高质量发展的若干意见"));
        assertTrue(has(m, EntityType.POLICY, "关于进一步支持天津滨海新区高质量发展的若干政策措施"));
        List<EntityMention> quoted = mentions("财政部 海关总署 税务总局关于海南自由贸易港原辅料“零关税”政策的通知（财关税〔2020〕42号）");
        assertTrue(has(quoted, EntityType.POLICY, "关于海南自由贸易港原辅料“零关税”政策的通知"), "a quoted term inside: " + quoted);
    }

    @Test
    void aFiveYearPlanIsCitedByItsNumberAndAPeriodIsNone() {
        List<EntityMention> m = mentions("按照“十四五”规划要求推进，十四五规划纲要明确要求。“十四五”时期规划建设一批项目，“十四五”以来规划加快落实。");
        assertEquals(List.of("“十四五”规划", "十四五规划纲要"),
                m.stream().filter(x -> x.type() == EntityType.POLICY).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void the政府OfAPublicFinanceTermIsNoGovernment() {
        List<EntityMention> m = mentions("全市政府性基金预算收入612.4亿元。通过财政部政府债券发行系统招标发行。青岛市政府债务余额控制在限额内。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().contains("政府")), "政府性基金, 政府债券, 政府债务: " + m);
        assertTrue(has(m, EntityType.GOVERNMENT, "财政部"));
        assertTrue(has(mentions("青岛市政府印发实施方案。"), EntityType.GOVERNMENT, "青岛市政府"));
    }

    @Test
    void aLevelInsideAnotherWordMakesNoBody() {
        List<EntityMention> m = mentions("园区委托第三方机构开展评估。开发区委托设计院编制规划。共同构成上海自贸试验区海关特殊监管区域体系。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "委托, 海关特殊监管区域: " + m);
        assertTrue(has(mentions("中共天津市委员会召开全会。黄岛区委书记孙永红主持。"), EntityType.GOVERNMENT, "黄岛区委"));
        assertTrue(has(mentions("他在市委常委会议上讲话。"), EntityType.GOVERNMENT, "市委常委会"));
        List<EntityMention> two = mentions("社区委员会成员与城市委员会代表进行了座谈。");
        assertTrue(two.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().contains("与")), two.toString());
    }

    @Test
    void courtsByTheirShortNamesAndCongressesWithoutTheirTerm() {
        List<EntityMention> m = mentions("省高院和市中院负责人参加。福建省第十四届人民代表大会常务委员会第十次会议召开。");
        assertEquals("福建省高级人民法院", canonicalOf(m, "省高院"), "the document's province: " + m);
        assertEquals("市中级人民法院", canonicalOf(m, "市中院"), m.toString());
        assertEquals("福建省人民代表大会常务委员会", canonicalOf(m, "福建省第十四届人民代表大会常务委员会"), m.toString());
    }

    @Test
    void aVisitsVerbIsNoPartOfTheCompanyVisited() {
        List<EntityMention> m = mentions("他在调研恒力石化（大连）有限公司时强调，要加快发展。");
        assertTrue(has(m, EntityType.COMPANY, "恒力石化（大连）有限公司"), m.toString());
    }

    @Test
    void chinaOpeningANationalNameIsNoPlaceMentionedButTheBracketedProvinceIs() {
        List<EntityMention> m = mentions("中国（陕西）自由贸易试验区累计形成创新成果655项。他现任中国人民银行副行长。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("中国")), m.toString());
        assertTrue(has(m, EntityType.PLACE, "陕西"), m.toString());
        List<EntityMention> area = mentions("中国（湖北）自由贸易试验区武汉片区新增企业1200家。");
        assertTrue(has(area, EntityType.ZONE, "中国（湖北）自由贸易试验区"), "an area's zone, not only its province: " + area);
    }

    @Test
    void aFreeTradeZonesAreaByItsCityAndTheShortKind() {
        List<EntityMention> m = mentions("厦门自贸片区新增全国首创举措12项，绥芬河自贸片区也有新进展。");
        assertEquals("中国(福建)自由贸易试验区厦门片区", canonicalOf(m, "厦门自贸片区"), m.toString());
        assertEquals("中国(黑龙江)自由贸易试验区绥芬河片区", canonicalOf(m, "绥芬河自贸片区"), m.toString());
        List<EntityMention> twoPlaces = mentions("前海蛇口自贸片区发布新一批制度创新成果。");
        assertEquals("中国(广东)自由贸易试验区深圳前海蛇口片区", canonicalOf(twoPlaces, "前海蛇口自贸片区"),
                "the longest listed area, not one named after 蛇口 alone: " + twoPlaces);
        List<EntityMention> province = mentions("参加江苏自贸片区工作推进会。");
        assertTrue(province.stream().noneMatch(x -> x.type() == EntityType.ZONE), "no area is named after a province: " + province);
    }

    @Test
    void aParkChinaRunsWithAnotherCountryMayNameItsCityInBrackets() {
        List<EntityMention> m = mentions("要加快中德（合肥）合作智慧产业园、中日（马鞍山）智能装备产业园建设。");
        assertTrue(has(m, EntityType.ZONE, "中德（合肥）合作智慧产业园"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "中日（马鞍山）智能装备产业园"), m.toString());
    }

    @Test
    void shortNamesListedBeforeAListedZoneShareItsKind() {
        List<EntityMention> m = mentions("支持满洲里、二连浩特边境经济合作区创新发展。天津自贸试验区与北京、河北自贸试验区开展合作。");
        assertEquals("满洲里边境经济合作区", canonicalOf(m, "满洲里"), m.toString());
        assertEquals("中国(北京)自由贸易试验区", canonicalOf(m, "北京"), m.toString());
        List<EntityMention> unlisted = mentions("推动绥芬河、黑河、东宁边境经济合作区扩区调位。");
        assertEquals("绥芬河边境经济合作区", canonicalOf(unlisted, "绥芬河"), "before an unlisted zone of the kind too: " + unlisted);
        assertEquals("黑河边境经济合作区", canonicalOf(unlisted, "黑河"), unlisted.toString());
    }

    @Test
    void aListedZonesOwnNameBeforeAnotherKindStillNamesAZone() {
        List<EntityMention> m = mentions("重庆两路寸滩综合保税区进出口额增长。");
        assertTrue(has(m, EntityType.ZONE, "重庆两路寸滩综合保税区"), "renamed from the listed 重庆两路寸滩保税港区: " + m);
    }

    @Test
    void aWordTyingAFirmToItsParentEndsTheParentsName() {
        List<EntityMention> m = mentions("新疆中泰（集团）有限责任公司所属新疆中泰化学股份有限公司启动扩能项目。江西铜业集团有限公司所属江西铜业股份有限公司签订协议。");
        for (String firm : List.of("新疆中泰（集团）有限责任公司", "新疆中泰化学股份有限公司", "江西铜业集团有限公司", "江西铜业股份有限公司")) {
            assertTrue(has(m, EntityType.COMPANY, firm), firm + " in " + m);
        }
    }

    @Test
    void aBanksCardCentreIsOneCompanyWithTheBankAndItsBranch() {
        List<EntityMention> m = mentions("招商银行信用卡中心负责人表示，中信银行深圳分行信用卡中心和交通银行太平洋信用卡中心也有回应。");
        for (String centre : List.of("招商银行信用卡中心", "中信银行深圳分行信用卡中心", "交通银行太平洋信用卡中心")) {
            assertTrue(has(m, EntityType.COMPANY, centre), centre + " in " + m);
        }
        List<EntityMention> generic = mentions("一家大型商业银行信用卡中心负责人告诉记者。");
        assertTrue(generic.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "no bank named: " + generic);
    }

    @Test
    void aBoundVerbMorphemeOpeningACompanysNameIsPartOfIt() {
        List<EntityMention> m = mentions("合肥经开区综合保税区内，联宝（合肥）电子科技有限公司贡献超过六成。中国建设银行青岛西海岸新区分行发放首笔贷款。");
        assertTrue(has(m, EntityType.COMPANY, "联宝（合肥）电子科技有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("中国")), m.toString());
    }

    @Test
    void laboratoriesNamedAfterALandmarkAreOrganizations() {
        List<EntityMention> m = mentions("支持之江实验室、鹏城实验室、崂山实验室、怀柔实验室建设。");
        for (String lab : List.of("之江实验室", "鹏城实验室", "崂山实验室", "怀柔实验室")) {
            assertTrue(has(m, EntityType.ORGANIZATION, lab), lab + " in " + m);
        }
    }

    @Test
    void aCompanysNameStartsWithTheListedPlaceHanlpReadItsFirstCharacterApartFrom() {
        List<EntityMention> m = mentions("据了解，今年以来，延吉高新区开展招商活动9次。\n\n4｜垫江县鑫达机械制造有限公司｜桂溪组团｜5｜储气罐压力表超期\n\n"
                + "张立新  中国航发沈阳黎明航空发动机有限责任公司数控加工中心高级技师\n");
        assertTrue(has(m, EntityType.COMPANY, "垫江县鑫达机械制造有限公司"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.text().startsWith("中国航发沈阳黎明航空发动机有限责任公司")), m.toString());
    }

    @Test
    void oneCompanysNameEndsWhereItsCompanyWordDoesAndTheNextStartsAfterItsRole() {
        List<EntityMention> m = mentions("赛力斯集团股份有限公司控股股东重庆小康控股有限公司增持公司股份。东方财富信息股份有限公司控股股东沈军增持公司股份。");
        assertTrue(has(m, EntityType.COMPANY, "赛力斯集团股份有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "重庆小康控股有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "东方财富信息股份有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("股东")), m.toString());
        List<EntityMention> shares = mentions("重庆小康控股有限公司增持公司股份。");
        assertEquals(List.of("重庆小康控股有限公司"), shares.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::text).toList());
    }

    @Test
    void unquotedTitlesMayHoldAStateCouncilNamesPlaceOrAKindInBracketsAndEndInALetter() {
        List<EntityMention> m = mentions("国务院关于同意设立中国（新疆）自由贸易试验区的批复（国函〔2023〕101号）。海关总署关于同意设立常州武进保税物流中心（B型）的批复。"
                + "商务部办公厅关于印发自由贸易试验区第五批“最佳实践案例”的函。");
        assertTrue(has(m, EntityType.POLICY, "关于同意设立中国（新疆）自由贸易试验区的批复"), m.toString());
        assertTrue(has(m, EntityType.POLICY, "关于同意设立常州武进保税物流中心（B型）的批复"), m.toString());
        assertTrue(has(m, EntityType.POLICY, "关于印发自由贸易试验区第五批“最佳实践案例”的函"), m.toString());
        List<EntityMention> maths = mentions("他在课上讲解了关于三角形面积的函数关系。");
        assertTrue(maths.stream().noneMatch(x -> x.type() == EntityType.POLICY), maths.toString());
    }

    @Test
    void aCityAndADirectionBeforeAZonesOwnNameArePartOfIt() {
        List<EntityMention> m = mentions("2023年，湖州南太湖新区实现地区生产总值520亿元。济南新旧动能转换起步区完成固定资产投资120亿元。");
        assertTrue(has(m, EntityType.ZONE, "湖州南太湖新区"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "济南新旧动能转换起步区"), m.toString());
        assertTrue(has(mentions("浙江南浔经开区和江苏南通经开区签约。"), EntityType.ZONE, "浙江南浔经开区"));
    }

    @Test
    void foreignCitiesHongKongAndMacaoBodiesAndVenues() {
        List<EntityMention> m = mentions("世界卫生组织总干事谭德塞在日内瓦举行的新闻发布会上表示，疫情仍在持续。廉政公署今日落案起诉一名前政府土地测量师。"
                + "律政司司长林定国出席。展会在洛杉矶国际会议中心举行。");
        assertTrue(has(m, EntityType.PLACE, "日内瓦"), m.toString());
        assertEquals("香港特别行政区廉政公署", canonicalOf(m, "廉政公署"), m.toString());
        assertEquals("香港特别行政区律政司", canonicalOf(m, "律政司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().endsWith("会议中心")), "a venue: " + m);
    }

    @Test
    void anFtzAreasBodyNamesTheProvinceInItsBracketsToo() {
        List<EntityMention> m = mentions("中国（福建）自由贸易试验区福州片区管委会发布措施。");
        assertTrue(has(m, EntityType.PLACE, "福建"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "中国（福建）自由贸易试验区福州片区"), m.toString());
    }

    @Test
    void aBondedLogisticsCentresTypeIsPartOfItsNameAndWhatABodyDoesIsNoBody() {
        List<EntityMention> m = mentions("同意设立温州保税物流中心（B型）。加强海关监管。");
        assertTrue(has(m, EntityType.ZONE, "温州保税物流中心（B型）"), m.toString());
        List<EntityMention> centre = mentions("泉州石湖港保税物流中心（B型）通过验收。");
        assertEquals("泉州石湖港保税物流中心", canonicalOf(centre, "泉州石湖港保税物流中心（B型）"), centre.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("海关监管")), m.toString());
    }

    @Test
    void aListedBankThePlaceItsBranchServesAndTheBranchWordAreOneCompany() {
        List<EntityMention> m = mentions("中国银行广西区分行党委书记、行长覃振华表示，中国银行南宁分行将加大支持。工商银行在各地设立支行。");
        assertTrue(has(m, EntityType.COMPANY, "中国银行广西区分行"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "中国银行南宁分行"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "a branch's party committee is no body: " + m);
        assertTrue(m.stream().noneMatch(x -> x.text().contains("支行")), m.toString());
    }

    @Test
    void aBankNamedAfterItsRegionOrCityIsACompanyNotThePlace() {
        List<EntityMention> m = mentions("南宁片区已有北部湾银行、成都农商银行等12家银行机构完成系统改造。");
        assertTrue(has(m, EntityType.COMPANY, "北部湾银行"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "成都农商银行"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().equals("北部湾")), m.toString());
    }

    @Test
    void anExchangeNamedAfterItsCityIsACompanyHowEverHanlpCutsIt() {
        List<EntityMention> m = mentions("东京商品交易所橡胶期货强势上扬，纽约商品交易所原油期货下跌。全国两家证券交易所今日休市。");
        assertTrue(has(m, EntityType.COMPANY, "东京商品交易所") && has(m, EntityType.COMPANY, "纽约商品交易所"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("证券交易所")), m.toString());
    }

    @Test
    void aTownshipListedWithAnotherRunsFromTheMarkBeforeItWhateverHanLPReadsInItsStem() {
        List<EntityMention> m = mentions("大肚川镇新建果蔬冷链仓储中心；老黑山镇、东宁镇分别建成黑木耳菌包厂。");
        assertTrue(has(m, EntityType.PLACE, "老黑山镇") && has(m, EntityType.PLACE, "东宁镇"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("黑山镇")), m.toString());
    }

    @Test
    void parksOfAZoneAndCooperationParksAreZonesButABareParkWordIsNone() {
        List<EntityMention> m = mentions("推动霍尔果斯经济开发区伊宁园区、清水河配套园区建设，加快乌鲁木齐国际陆港区建设，建成京藏产业合作园标准厂房。"
                + "支持勐腊（磨憨）重点开发开放试验区发展。园区企业增长很快，该园区和全市各园区都在发展。");
        for (String zone : List.of("霍尔果斯经济开发区伊宁园区", "乌鲁木齐国际陆港区", "京藏产业合作园", "勐腊（磨憨）重点开发开放试验区")) {
            assertTrue(has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("园区") && x.text().length() <= 4), m.toString());
        List<EntityMention> generic = mentions("要补齐园区基础设施短板，推动钦州港片区与东盟国家园区互联互通。");
        assertTrue(generic.stream().noneMatch(x -> x.text().endsWith("园区")), "no listed place before the park word: " + generic);
    }

    @Test
    void aCitysMetropolitanRegionAndOneNamedByItsCitiesInQuotationMarksArePlaces() {
        List<EntityMention> m = mentions("加快“宜荆荆恩”城市群和武汉都市圈建设，推动南京都市圈发展。建设都市圈。");
        for (String region : List.of("“宜荆荆恩”城市群", "武汉都市圈", "南京都市圈")) {
            assertTrue(has(m, EntityType.PLACE, region), region + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("都市圈")), m.toString());
    }

    @Test
    void aBodyNamesNoPersonWhoActsForItAndEndsBeforeAConjunctionHanLPReadsIntoIt() {
        List<EntityMention> m = mentions("蔺海涛代表省人民政府作报告。推动省发展改革委以及省商务厅合作。");
        assertTrue(has(m, EntityType.PERSON, "蔺海涛") && has(m, EntityType.GOVERNMENT, "省人民政府"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "省发展改革委") && has(m, EntityType.GOVERNMENT, "省商务厅"), m.toString());
    }

    @Test
    void aPartyCommitteesOfficeNamedForShortByItsFieldIsABodyOfItsOwn() {
        List<EntityMention> m = mentions("苏州市委书记王明说。责任单位：市委改革办、市委编办、市商务局。省委网信办主任王强说。市委决定办。");
        assertEquals("苏州市委改革办", EntityFixture.canonicalOf(m, "市委改革办"), m.toString());
        List<EntityMention> xiamen = mentions("厦门市委书记王明说。厦门市台港澳办（市委台办）副主任颜丽婷说。");
        assertEquals("厦门市委台湾事务办公室", EntityFixture.canonicalOf(xiamen, "市委台办"), "a listed office word keeps its committee's place: " + xiamen);
        List<EntityMention> fujian = mentions("福建省委台办、省政府台办副主任涂海鹰出席。涂海鹰表示，省委台办、省政府台办将支持平潭。");
        assertEquals("福建省委台湾事务办公室", EntityFixture.canonicalOf(fujian, "省委台办"), "named as its committee's in full is: " + fujian);
        assertEquals("福建省人民政府台湾事务办公室", EntityFixture.canonicalOf(fujian, "省政府台办"), "an office of a level's government: " + fujian);
        assertEquals("山东省人民政府新闻办公室", EntityFixture.canonicalOf(mentions("山东省政府新闻办举行发布会。"), "山东省政府新闻办"), "a government's office keeps its full form");
        List<EntityMention> changchun = mentions("来源：长春市人民政府新闻办公室。刘雅琴，长春市政府新闻办公室副主任。整理：长春市政府新闻办。");
        assertEquals(List.of("长春市人民政府新闻办公室"), changchun.stream().filter(x -> x.text().contains("新闻办")).map(EntityMention::canonical).distinct().toList(),
                "one office, however much of its name is written: " + changchun);
        assertTrue(has(m, EntityType.GOVERNMENT, "市委编办"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "省委网信办"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("市委决定办")), "a verb of what the committee does: " + m);
    }

    @Test
    void societiesFoundationsTradeGuildsSchoolsAndClubsAreOrganizationsNamedFromTheirPlaceOrZone() {
        List<EntityMention> m = mentions("广东省自由贸易试验区研究会会长陈东说。台湾区电机电子工业同业公会理事长黄士杰出席。北京市第四中学校长王明到场。");
        for (String organization : List.of("广东省自由贸易试验区研究会", "台湾区电机电子工业同业公会", "北京市第四中学")) {
            assertTrue(has(m, EntityType.ORGANIZATION, organization), organization + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("台湾区")), m.toString());
    }

    @Test
    void aBrandsFirstCharacterReadAsAPrepositionAfterThePlaceOpeningTheClauseIsTheFirmsName() {
        List<EntityMention> m = mentions("浙江同屹律师事务所合伙人司徒静怡表示，区内企业要用足政策。");
        assertTrue(has(m, EntityType.COMPANY, "浙江同屹律师事务所"), m.toString());
        assertTrue(has(m, EntityType.PERSON, "司徒静怡"), m.toString());
    }

    @Test
    void aBodyWordsLastCharacterOpeningAnotherWordIsThatWords() {
        List<EntityMention> m = mentions("石家庄市政府办公会议就经济适用房的问题召集有关部门商讨对策。区政府办负责人介绍。");
        assertTrue(has(m, EntityType.GOVERNMENT, "石家庄市政府"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("石家庄市政府办")), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "区政府办"), "a body word standing alone keeps its last character: " + m);
    }

    @Test
    void aTradesWordsAfterAPlaceOrZoneArePartOfTheFirmsNameAndNeverAFirmByThemselves() {
        List<EntityMention> m = mentions("建设单位：芜湖综保区建设投资有限公司、芜湖三山经开区建设投资集团有限公司。淄博柯林斯过滤技术有限公司入选。"
                + "珠海横琴澳科创新科技有限公司成立于2021年。管理人为河南正昇会计师事务所有限公司。陕西延长石油（集团）有限责任公司董事长出席。"
                + "南京北岸开放发展集团有限公司发布公告。");
        for (String firm : List.of("芜湖综保区建设投资有限公司", "芜湖三山经开区建设投资集团有限公司", "淄博柯林斯过滤技术有限公司", "珠海横琴澳科创新科技有限公司",
                "河南正昇会计师事务所有限公司", "陕西延长石油（集团）有限责任公司", "南京北岸开放发展集团有限公司")) {
            assertTrue(has(m, EntityType.COMPANY, firm), firm + " in " + m);
        }
        List<EntityMention> acting = mentions("滨海新区成立新能源科技有限公司。东疆累计注册租赁公司超过4500家。支持天津港保税区引进科技有限公司。");
        assertTrue(acting.stream().noneMatch(x -> x.type() == EntityType.COMPANY && (x.text().startsWith("滨海新区") || x.text().startsWith("东疆")
                || x.text().equals("科技有限公司"))), acting.toString());
    }

    @Test
    void aPeopleNamedAfterAPlaceIsNoPlaceAndAZoneStartsAtTheLongestPlace() {
        List<EntityMention> m = mentions("白雪琴，女，蒙古族，内蒙古呼和浩特人。朝鲜族群众来到延边朝鲜族自治州。内蒙古准格尔经济开发区大路工业园区部分企业超标排放。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("蒙古") || x.text().equals("朝鲜")), m.toString());
        assertTrue(has(m, EntityType.PLACE, "延边朝鲜族自治州"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "内蒙古准格尔经济开发区大路工业园区"), m.toString());
    }

    @Test
    void thePartyACadreJoinedIsTheParty() {
        List<EntityMention> m = mentions("赵宏伟，男，汉族，1994年12月加入中国共产党，1995年7月参加工作。");
        assertTrue(has(m, EntityType.GOVERNMENT, "中国共产党"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE), m.toString());
    }

    @Test
    void aPlaceAndAPortWordIsAPortNotTheCity() {
        List<EntityMention> m = mentions("日照港集装箱吞吐量增长，日照港集团表示，青岛港、宁波舟山港均增长。日照港口建设，沪港通开通，粤港澳大湾区。");
        for (String port : List.of("日照港", "青岛港", "宁波舟山港")) {
            assertTrue(has(m, EntityType.PLACE, port), port + " in " + m);
        }
        assertTrue(has(m, EntityType.COMPANY, "日照港集团"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("沪港") || x.text().equals("日照港口")), m.toString());
        List<EntityMention> province = mentions("班列运抵广西钦州港，换装后发往新加坡。");
        assertTrue(has(province, EntityType.PLACE, "钦州港") && has(province, EntityType.PLACE, "广西"), province.toString());
    }

    @Test
    void aPortHanLpKnowsAsOnePlaceWordOrOneListedAfterAPortIsAPort() {
        List<EntityMention> m = mentions("班列将抵达深圳盐田港。货物经威海港和石岛港出运。郑州航空港建设提速。");
        for (String port : List.of("盐田港", "威海港", "石岛港")) {
            assertTrue(has(m, EntityType.PLACE, port), port + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().endsWith("航空港")), "a hub is no port: " + m);
        List<EntityMention> again = mentions("货物经威海港和石岛港出运。一季度石岛港完成集装箱吞吐量4.2万标箱。");
        assertEquals(2, again.stream().filter(x -> x.type() == EntityType.PLACE && x.text().equals("石岛港")).count(), "a port found once is found again: " + again);
        assertTrue(again.stream().filter(x -> x.text().equals("石岛港")).noneMatch(EntityMention::contextual),
                "a port named again by its own name is no name of this document only: " + again);
    }

    @Test
    void aPortsOwnNameBetweenItsCityAndThePortWordIsAPortAndAnAreaAfterItsPortIsAPortArea() {
        List<EntityMention> m = mentions("重庆果园港和武汉阳逻港吞吐量增长，天津港北疆港区、青岛前湾港区繁忙。货物从重庆到钦州港，赣州至深圳港。海南自贸港和郑州航空港建设提速。");
        for (String port : List.of("重庆果园港", "武汉阳逻港", "北疆港区", "青岛前湾港区", "钦州港", "深圳港")) {
            assertTrue(has(m, EntityType.PLACE, port), port + " in " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().matches("重庆到钦州港|赣州至深圳港|海南自贸港|郑州航空港")), m.toString());
    }

    @Test
    void aNameBeforeAStockCodeIsAListedFirmAndTheShortNameWithTheCodeIsItsOtherName() {
        List<EntityMention> m = mentions("纳芯微（688052.SH）、东山精密（002384.SZ）扩产。中新苏州工业园区开发集团股份有限公司（中新集团，601512.SH）副总裁周立平表示。");
        assertTrue(has(m, EntityType.COMPANY, "纳芯微") && has(m, EntityType.COMPANY, "东山精密"), m.toString());
        assertEquals("中新苏州工业园区开发集团股份有限公司", EntityFixture.canonicalOf(m, "中新集团"), m.toString());
        List<PositionHeld> held = EntityFixture.analyze("中新苏州工业园区开发集团股份有限公司（中新集团，601512.SH）副总裁周立平表示。").entities().positions();
        assertTrue(held.stream().anyMatch(p -> p.person().equals("周立平") && "中新苏州工业园区开发集团股份有限公司".equals(p.organization())), held.toString());
    }

    @Test
    void aPeoplesCongressWithItsTermAndItsSpecialCommitteesAreBodies() {
        List<EntityMention> m = mentions("在江西省第十四届人民代表大会第四次会议上。杨春燕为云南省人民代表大会财政经济委员会副主任委员。坚持和完善人民代表大会制度。");
        assertEquals("江西省人民代表大会", EntityFixture.canonicalOf(m, "江西省第十四届人民代表大会"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "云南省人民代表大会财政经济委员会"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("人民代表大会")), m.toString());
    }

    @Test
    void aBrandBeforeItsSeatInBracketsOpensTheFirmsNameWhateverHanlpTagsIt() {
        List<EntityMention> m = mentions("精密模具项目；乐天（盐城）商业管理有限公司与盐城市城南新区签约。");
        assertTrue(has(m, EntityType.COMPANY, "乐天（盐城）商业管理有限公司"), m.toString());
    }

    @Test
    void anAccentedLatinNameInBracketsAfterAPersonIsNoFirm() {
        List<EntityMention> m = mentions("博世中国执行副总裁施特凡·克鲁格（Stefan Krüger）在接受采访时说。");
        assertTrue(has(m, EntityType.PERSON, "施特凡·克鲁格"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY && x.text().startsWith("Stefan")), m.toString());
    }

    @Test
    void aConventionOfATradeOrOfMerchantsIsAnEventButABodysMeetingIsNot() {
        List<EntityMention> m = mentions("办好2025世界VR产业大会、世界赣商大会。召开2024年全市招商引资动员大会。在江西省第十四届人民代表大会第四次会议上。");
        assertTrue(has(m, EntityType.ORGANIZATION, "世界VR产业大会") && has(m, EntityType.ORGANIZATION, "世界赣商大会"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().endsWith("动员大会")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().contains("人民代表大会")), m.toString());
    }

    @Test
    void aPlaceInsideASetPhraseIsNoPlace() {
        List<EntityMention> m = mentions("要拿出真金白银支持企业，实现社会长治久安。白银市和长治市加快发展。");
        assertTrue(has(m, EntityType.PLACE, "白银市") && has(m, EntityType.PLACE, "长治市"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("白银") || x.text().equals("长治")), m.toString());
    }

    @Test
    void aListItemsNumberIsNoPartOfTheFirmItOpens() {
        List<EntityMention> m = mentions("（一）黑龙江北溟新材料股份有限公司（以下简称“公司”）于2026年5月11日召开董事会。");
        assertTrue(has(m, EntityType.COMPANY, "黑龙江北溟新材料股份有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("（")), m.toString());
    }

    @Test
    void aVillageRightAfterItsTownshipIsAPlace() {
        List<EntityMention> m = mentions("成都市船山区永兴镇龙凤村党委书记罗德明介绍。");
        assertTrue(has(m, EntityType.PLACE, "龙凤村"), m.toString());
        // A kind of village, a count or a common word before 村 or 社区 names none.
        List<EntityMention> kinds = mentions("成都市船山区永兴镇新农村、永兴镇行政村党支部、永兴镇所有村，永兴镇十二个村、三个社区。黄岛区灵山卫街道城市社区、农村社区。");
        assertTrue(kinds.stream().noneMatch(x -> x.type() == EntityType.PLACE && (x.text().endsWith("村") || x.text().endsWith("社区"))), kinds.toString());
    }

    @Test
    void aVerbOpeningALineBeforeAPlaceGovernsTheFirmItDoesNotStartIt() {
        // In a zone's document the firm's pattern outranks the tagger's edges, so its start must be right by itself.
        List<EntityMention> m = mentions("受南阳卧龙综保建设投资有限公司委托，南阳市公共资源交易中心对其位于南阳卧龙综合保税区内的仓库进行公开招租。");
        assertTrue(has(m, EntityType.COMPANY, "南阳卧龙综保建设投资有限公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("受")), m.toString());
    }

    @Test
    void aFirmsHeadquartersIsWhereItSitsNotPartOfItsName() {
        List<EntityMention> m = mentions("沐曦总部位于上海。");
        assertTrue(has(m, EntityType.COMPANY, "沐曦"), m.toString());
    }

    @Test
    void aQualifierOrABodyBeforeAZoneKindNamesNoZone() {
        List<EntityMention> m = mentions("建设高水平自由贸易试验区。该区获评海关总署综合保税区发展绩效评估A类。加快建设创新型产业集群示范区。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "海关总署"), m.toString());
    }

    @Test
    void registeredNamesKeepWhatTheFirmDoesAndStartInsideTheirBracket() {
        assertTrue(has(mentions("北京亦庄国际投资发展有限公司设立基金。"), EntityType.COMPANY, "北京亦庄国际投资发展有限公司"));
        assertTrue(has(mentions("上海临港经济发展（集团）有限公司与多家企业签约。"), EntityType.COMPANY, "上海临港经济发展（集团）有限公司"));
        List<EntityMention> m = mentions("恒瑞医药（江苏恒瑞医药股份有限公司）今日发布公告。");
        assertTrue(has(m, EntityType.COMPANY, "江苏恒瑞医药股份有限公司"), m.toString());
        assertTrue(has(m, EntityType.COMPANY, "恒瑞医药"), m.toString());
    }

    @Test
    void aNameJoinedByTheConjunctionItStartsWithIsNotGuessed() {
        List<EntityMention> m = mentions("伊利集团在和林格尔新区投资建设基地。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("林格尔新区")), m.toString());
    }

    @Test
    void everyLevelABodysNameRunsThroughIsAPlace() {
        List<EntityMention> m = mentions("河北省保定市人民政府发布通知。山东省潍坊市寿光市委书记赵绪春出席。");
        assertTrue(has(m, EntityType.PLACE, "河北省") && has(m, EntityType.PLACE, "保定市"), m.toString());
        assertTrue(has(m, EntityType.PLACE, "潍坊市"), m.toString());
        // 大理白族自治州|委 as HanLP reads it: the prefecture whole, not the county-level city 大理.
        List<EntityMention> prefecture = mentions("大理白族自治州委常委、副州长李明出席。");
        assertEquals("大理白族自治州", prefecture.stream().filter(x -> x.type() == EntityType.PLACE).findFirst().orElseThrow().canonical(), prefecture.toString());
    }

    @Test
    void aDistrictOrCountyNamedWithoutItsLevelInAListedZonesNameIsAPlaceOfTheZonesProvince() {
        List<EntityMention> m = mentions("深圳福田保税区、郑州新郑综合保税区、中国（河北）自由贸易试验区正定片区和曹妃甸综合保税区签约。");
        for (String[] place : new String[][] {{"福田", "福田区"}, {"新郑", "新郑市"}, {"正定", "正定县"}, {"曹妃甸", "曹妃甸区"}}) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals(place[0]) && x.canonical().equals(place[1])), m.toString());
        }
        // 滨海县 is in 江苏, not 天津; 红河 is the prefecture's short name too (红河州), not only 红河县's.
        List<EntityMention> other = mentions("天津滨海新区和红河综合保税区签约。");
        assertTrue(other.stream().noneMatch(x -> x.type() == EntityType.PLACE && (x.text().equals("滨海") || x.text().equals("红河"))), other.toString());
    }

    @Test
    void aCountyNamedWithoutItsLevelInAPortsNameIsAPlaceAndAnAirportHanlpReadIntoANameIsFound() {
        List<EntityMention> m = mentions("河南省。郑州新郑国际机场货邮吞吐量增长，信阳淮滨港通江达海。宁波栎社国际机场旅客吞吐量增长。南昌市红谷滩区副区长出席。");
        for (String[] place : new String[][] {{"新郑", "新郑市"}, {"淮滨", "淮滨县"}, {"红谷滩区", "红谷滩区"}}) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals(place[0]) && x.canonical().equals(place[1])), m.toString());
        }
        assertTrue(has(m, EntityType.PLACE, "宁波栎社国际机场"), "HanLP reads 宁波栎/nr: " + m);
    }

    @Test
    void theCorpsCitiesSetUpBeforeTheListsCodesArePlaces() {
        List<EntityMention> m = mentions("可克达拉市加快发展，北屯市、昆玉市和双河市同步推进。");
        for (String city : List.of("可克达拉市", "北屯市", "昆玉市", "双河市")) {
            assertTrue(has(m, EntityType.PLACE, city), city + " in " + m);
        }
    }

    @Test
    void aKindInBracketsAfterAnotherKindNamesNoZoneAndAUniversitysFacultyIsOneOrganization() {
        List<EntityMention> m = mentions("宁波市统计局发布。全市综合保税区（保税区）实现进出口1200亿元。董事长宋雪是北京大学医学部博士。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
        assertTrue(has(mentions("北京经济技术开发区。董事长宋雪是北京大学医学部博士。"), EntityType.ORGANIZATION, "北京大学医学部"), "in a zone document too");
    }

    @Test
    void aCountyNamedWithoutItsLevelInAnUnlistedZonesNameIsOneOfTheDocumentsProvince() {
        List<EntityMention> m = mentions("合肥市招商引资签约会。项目落户肥东经济开发区、长丰双凤经济开发区和庐江高新区。");
        for (String[] place : new String[][] {{"肥东", "肥东县"}, {"长丰", "长丰县"}, {"庐江", "庐江县"}}) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals(place[0]) && x.canonical().equals(place[1])), m.toString());
        }
        List<EntityMention> other = mentions("日照市商务局发布。日照经济开发区与丹东东港经济开发区签约。");
        assertTrue(other.stream().noneMatch(x -> x.text().equals("东港") && x.canonical().equals("东港区")), "东港 after 丹东 is of 丹东's province: " + other);
    }

    @Test
    void aZonesPublicServiceCentresAndAPartyCommitteesOrABureausDepartmentsAreNamedByTheirWork() {
        List<EntityMention> m = mentions("招聘单位为湖南湘江新区投资促进事务中心、湖南湘江新区规划建设服务中心和湖南湘江新区产业发展促进中心。"
                + "考察工作由湖南湘江新区党工委组织人事部会同招聘单位组织实施。监督部门：武汉东湖新技术开发区财政局政府采购监督管理办公室。");
        for (String centre : List.of("湖南湘江新区投资促进事务中心", "湖南湘江新区规划建设服务中心", "湖南湘江新区产业发展促进中心")) {
            assertTrue(has(m, EntityType.ORGANIZATION, centre), m.toString());
        }
        assertTrue(has(m, EntityType.GOVERNMENT, "湖南湘江新区党工委组织人事部"), m.toString());
        assertEquals("武汉东湖新技术开发区财政局政府采购监督管理办公室", canonicalOf(m, "武汉东湖新技术开发区财政局政府采购监督管理办公室"), "政府 opens the office's field: " + m);
        assertTrue(mentions("区税务局协助市场监管局开展检查。").stream().noneMatch(x -> x.text().equals("区税务局协助市场监管局")), "two bureaus working together");
        List<EntityMention> abroad = mentions("该公司在德国设立欧洲服务中心，在韩国仁川设有售后服务中心。");
        assertTrue(abroad.stream().noneMatch(x -> x.text().contains("设")), abroad.toString());
    }

    @Test
    void aPortAreaNamedOnItsOwnAndAnAirportOfAPlaceHanlpKnowsArePlaces() {
        List<EntityMention> m = mentions("依托青岛港前湾港区和董家口港区，曹妃甸港区矿石码头，梅山港区的桥吊。依托正定国际机场开通航线，虹桥机场航线网络。"
                + "洋山保税港区发展，两个港区，该港区。");
        for (String place : List.of("董家口港区", "曹妃甸港区", "梅山港区", "正定国际机场", "虹桥机场")) {
            assertTrue(has(m, EntityType.PLACE, place), place + ": " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && (x.text().endsWith("保税港区") || x.text().equals("两个港区") || x.text().equals("该港区"))), m.toString());
        List<EntityMention> kinds = mentions("全省港口平稳运行，重点港区吞吐量增长，核心港区加快建设。");
        assertTrue(kinds.stream().noneMatch(x -> x.text().endsWith("港区")), "a common word is no port area's name: " + kinds);
    }

    @Test
    void aFirmsRoleBeforeAnotherFirmsNameStartsNeitherName() {
        List<EntityMention> m = mentions("渣打银行给予客户stonecastle公司一笔贷款。");
        assertTrue(has(m, EntityType.COMPANY, "stonecastle公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("给予")), m.toString());
    }

    @Test
    void aRegionsZoneInOneCityNamesTheCityInBrackets() {
        assertTrue(has(mentions("高水平建设西部（重庆）科学城。"), EntityType.ZONE, "西部（重庆）科学城"));
        assertTrue(mentions("支持企业在全市（重庆）开发区落户。").stream().noneMatch(x -> x.type() == EntityType.ZONE));
    }

    @Test
    void aPlacesIndustryIsNoFirm() {
        List<EntityMention> m = mentions("重庆市汽车产量232.8万辆，增长4.5%。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), m.toString());
        assertTrue(has(m, EntityType.PLACE, "重庆市"), m.toString());
    }

    @Test
    void twoInstitutionsWorkingTogetherAreTwo() {
        List<EntityMention> m = mentions("宁波片区会同宁波海关优化监管。");
        assertTrue(has(m, EntityType.GOVERNMENT, "宁波海关"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("会同")), m.toString());
        assertTrue(has(mentions("德州仪器在成都设厂。"), EntityType.COMPANY, "德州仪器"));
        List<EntityMention> two = mentions("验收组听取了南充市和成都海关的工作汇报。南宁海关所属友谊关海关关长黄志强介绍。");
        assertTrue(has(two, EntityType.GOVERNMENT, "成都海关"), "a place alone and 和 before a body: " + two);
        assertTrue(has(two, EntityType.GOVERNMENT, "友谊关海关"), "所属 ends the body above: " + two);
        assertTrue(two.stream().noneMatch(x -> x.text().contains("和") || x.text().contains("所属")), two.toString());
    }

    @Test
    void everyZoneOfAKindAndAStrategyForThemNameNone() {
        List<EntityMention> m = mentions("自2013年上海自贸试验区设立以来，各自贸试验区已累计复制推广制度创新成果349项。实施自贸试验区提升战略。");
        assertEquals(List.of("上海自贸试验区"), m.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void shortNamesListedBeforeACountAndAKindAreThoseZonesWhereListed() {
        List<EntityMention> m = mentions("阿拉山口、喀什、霍尔果斯、乌鲁木齐4个综合保税区进出口增长。全省建设3个综合保税区。");
        assertEquals(List.of("阿拉山口", "喀什", "乌鲁木齐"), m.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::text).toList(),
                "an item no list knows as such a zone stays a place: " + m);
    }

    @Test
    void aPortAreaNamedOnItsOwnMayFollowAParticleOrAPronounAndASideOfTownOpensIt() {
        List<EntityMention> m = mentions("公司控股的海沧港区集装箱码头运营良好。其中城西港区完成41.8万标箱。发展的重点港区建设。");
        assertTrue(has(m, EntityType.PLACE, "海沧港区") && has(m, EntityType.PLACE, "城西港区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("重点港区")), m.toString());
    }

    @Test
    void aProvincesCharacterAndATradesBeforeAGroupWordAreAProvincialFirmsBrand() {
        List<EntityMention> m = mentions("营口综合保税区发展。辽港集团副总经理宋海滨介绍，浙能集团也有投资，各集团参加。");
        assertTrue(has(m, EntityType.COMPANY, "辽港集团") && has(m, EntityType.COMPANY, "浙能集团"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("各集团")), m.toString());
        assertTrue(has(mentions("京投集团发布公告。"), EntityType.COMPANY, "京投集团"));
    }
}
