package io.zonelens.ingest.extraction.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.entity.EntityFixture.analyze;
import static io.zonelens.ingest.extraction.entity.EntityFixture.canonicalOf;
import static io.zonelens.ingest.extraction.entity.EntityFixture.has;
import static io.zonelens.ingest.extraction.entity.EntityFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkingTest {

    @Test
    void aCPPCCNamedWithItsTermFirstAndItsStandingCommitteeInShortAreThePlaces() {
        List<EntityMention> m = mentions("政协第十三届福建省委员会常务委员会工作报告。省政协常委会全年召开会议6次。省政协主席王明出席。");
        assertEquals("福建省政协常务委员会", canonicalOf(m, "政协第十三届福建省委员会常务委员会"), m.toString());
        assertEquals("福建省政协常务委员会", canonicalOf(m, "省政协常委会"), m.toString());
    }

    @Test
    void aBareDistrictsBodyListedAfterANationalBodysBranchIsTheBranchsDistricts() {
        List<EntityMention> m = EntityFixture.mentions("国家税务总局枣庄市薛城区税务局、区司法局、区信访局获奖。");
        assertEquals("枣庄市薛城区司法局", EntityFixture.canonicalOf(m, "区司法局"), m.toString());
        // A county named with one character (曹县) after the national body's name.
        List<EntityMention> cao = EntityFixture.mentions("经县政府研究，决定成立领导小组。国家税务总局曹县税务局局长高峰。");
        assertEquals("曹县人民政府", EntityFixture.canonicalOf(cao, "县政府"), cao.toString());
    }

    @Test
    void aLevelsCongressWithItsTermBetweenIsTheHomeRegionsCongress() {
        List<EntityMention> m = mentions("广西壮族自治区人民代表大会常务委员会公告。补选的自治区第十四届人民代表大会代表名单如下。");
        assertEquals("广西壮族自治区人民代表大会", canonicalOf(m, "自治区第十四届人民代表大会"), m.toString());
    }

    @Test
    void aPlacesProcuratorateInShortIsItsPeoplesProcuratorate() {
        List<EntityMention> m = mentions("天津市检察院与河北省人民检察院签署协作意见。");
        assertEquals("天津市人民检察院", canonicalOf(m, "天津市检察院"), m.toString());
    }

    @Test
    void aZonesWorkingCommitteeIsItsPartyCommitteeAndTheBareBodiesAfterItAreThatZones() {
        List<EntityMention> m = mentions("中共益阳综合保税区工作委员会\n关于整改进展情况的通报\n　　根据部署，巡察组对中共益阳综合保税区工作委员会开展了巡察。"
                + "综保区党工委成立整改工作领导小组，党工委书记、管委会主任曾志平任组长。纪工委书记汤卫红负责监督。");
        assertEquals("益阳综合保税区党工委", canonicalOf(m, "益阳综合保税区工作委员会"), m.toString());
        assertEquals("益阳综合保税区党工委", canonicalOf(m, "党工委"), m.toString());
        assertEquals("益阳综合保税区管理委员会", canonicalOf(m, "管委会"), m.toString());
        assertEquals("益阳综合保税区纪工委", canonicalOf(m, "纪工委"), m.toString());
        List<EntityMention> legislature = mentions("省人大常委会法制工作委员会主任王明出席。");
        assertTrue(legislature.stream().noneMatch(x -> x.canonical().endsWith("党工委")), "a congress's working committee is its own: " + legislature);
    }

    @Test
    void aBarePrefecturesCommitteeIsTheCommitteeOfThePrefectureTheDocumentIsAbout() {
        List<EntityMention> m = mentions("德宏傣族景颇族自治州人民政府副州长岳麻通出席。岳麻通说，德宏州与缅甸山水相连。今年以来，州委、州政府依托瑞丽试验区推进开放。");
        assertEquals("德宏傣族景颇族自治州委", canonicalOf(m, "州委"), m.toString());
    }

    @Test
    void aPrefecturesBodiesNamedByTheirLevelAloneAreThoseOfThePrefectureTheDocumentIsAbout() {
        List<EntityMention> m = mentions("德宏州与缅甸山水相连。州委、州政府高度重视，州人大常委会和州商务局参加。州政府副州长岩温表示，将加快建设。");
        assertEquals("德宏傣族景颇族自治州人民政府", canonicalOf(m, "州政府"), m.toString());
        assertEquals("德宏傣族景颇族自治州商务局", canonicalOf(m, "州商务局"), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("州政府")).count(), "州政府 opening a sentence is a body too: " + m);
        assertFalse(has(mentions("加州政府和苏州政府表示欢迎。"), EntityType.GOVERNMENT, "州政府"), "州 ending a place's name is no level");
    }

    @Test
    void aBareProvincialBodyIsTheProvincesTheDocumentNamesMostNotAnAutonomousRegionsWhichHasNone() {
        List<EntityMention> m = mentions("浙江省第十二批援疆干部人才欢送会在杭州举行\n浙江省委副书记陈建平出席。援疆干部将赴新疆阿克苏地区，新疆维吾尔自治区、"
                + "新疆生产建设兵团第一师和阿克苏地区的同志表示感谢。省委常委、组织部部长周丽华主持。新疆各族群众向浙江省委、省政府表示感谢。"
                + "省委组织部、省发展改革委负责同志参加。");
        assertTrue(m.stream().filter(x -> x.text().equals("省委")).allMatch(x -> x.canonical().equals("浙江省委")), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("省委")).count(), m.toString());
        // A national paper naming provinces has no home 省: its bare 省商务厅 is no province's.
        List<EntityMention> national = mentions("商务部关于开展试点工作的通知\n江苏省、浙江省、山东省、广东省商务主管部门：试点成效明显。省商务厅要加强指导。");
        assertTrue(national.stream().filter(x -> x.text().equals("省商务厅")).noneMatch(x -> x.canonical().startsWith("江苏") || x.canonical().startsWith("浙江")), national.toString());
        assertEquals("浙江省委组织部", canonicalOf(m, "省委组织部"), m.toString());
        assertEquals("浙江省人民政府", canonicalOf(m, "省政府"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().startsWith("新疆省")), m.toString());
    }

    @Test
    void aBareStandingCommitteeIsTheOneOfTheDocumentsCityOrProvince() {
        List<EntityMention> m = mentions("市委常委会召开会议。3月17日下午，赣州市委书记钟立恒主持召开市委常委会会议。");
        assertEquals("赣州市委常委会", canonicalOf(m, "市委常委会"), m.toString());
        List<EntityMention> province = mentions("浙江省委常委会召开会议，省委常委会审议通过。");
        assertEquals("浙江省委常委会", canonicalOf(province, "省委常委会"), province.toString());
        // So is a department of a bare 市委.
        List<EntityMention> department = mentions("赣州市委书记钟立恒主持会议。市纪委监委、市委组织部要加强监督。");
        assertEquals("赣州市委组织部", canonicalOf(department, "市委组织部"), department.toString());
    }

    @Test
    void aLeaguesAndAnAutonomousPrefecturesBodiesNamedByTheLevelAloneAreTheDocumentsOnes() {
        List<EntityMention> league = mentions("二连浩特市位于锡林郭勒盟，锡林郭勒盟加快开放。盟发改委、盟商务局将会同自治区商务厅制定方案。");
        assertEquals("锡林郭勒盟发展和改革委员会", canonicalOf(league, "盟发改委"), league.toString());
        List<EntityMention> prefecture = mentions("伊犁哈萨克自治州州长李某说，伊犁州发展很快，据自治州商务局统计，出口增长。");
        assertEquals("伊犁哈萨克自治州商务局", canonicalOf(prefecture, "自治州商务局"), prefecture.toString());
        List<EntityMention> both = mentions("延边州加快发展，延边州与兴安盟合作，兴安盟、兴安盟企业参加。州委书记李某出席。");
        assertEquals("延边朝鲜族自治州委", canonicalOf(both, "州委"), "a league named more is no prefecture: " + both);
    }

    @Test
    void aBareCityCommitteeAfterAnotherCitysBodyInItsSentenceIsThatCitys() {
        List<EntityMention> m = mentions("石家庄市委常委、正定县委书记王五主持会议。石家庄综保区加快发展。"
                + "唐山市委副书记、市长高俊峰，市委常委、曹妃甸区委书记杜建民陪同调研。石家庄市委书记赵六表示欢迎。");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("市委") && x.canonical().equals("唐山市委")), m.toString());
        List<EntityMention> municipality = mentions("天津市委书记王五主持会议。天津港保税区加快发展，天津市商务局参加。"
                + "唐山市委副书记、市长高俊峰，市委常委杜建民陪同调研。");
        assertTrue(municipality.stream().anyMatch(x -> x.text().equals("市委") && x.canonical().equals("唐山市委")), "in a municipality's document too: " + municipality);
        List<EntityMention> visit = mentions("郑州市委书记安伟主持会议，郑州市商务局参加。郑州航空港区加快发展。唐山市政府考察团来郑考察，市委书记安伟会见了考察团。");
        assertTrue(visit.stream().anyMatch(x -> x.text().equals("市委") && x.canonical().equals("郑州市委")), "a visit between them: the host's: " + visit);
    }

    @Test
    void aBareZoneWordEndingAListIsNoneOfTheZonesListedBeforeIt() {
        List<EntityMention> m = mentions("中蒙二连浩特—扎门乌德经济合作区建设推进会举行。经济合作区建设以来，基础设施不断完善，"
                + "二连浩特边境经济合作区、二连浩特国家重点开发开放试验区和经济合作区“三区联动”的格局正在形成。");
        List<String> bare = m.stream().filter(x -> x.text().equals("经济合作区")).map(EntityMention::canonical).toList();
        assertEquals(List.of("中蒙二连浩特—扎门乌德经济合作区", "中蒙二连浩特—扎门乌德经济合作区"), bare, m.toString());
    }

    @Test
    void aPortAreasKindWordAloneIsThePortAreaTheDocumentNames() {
        List<EntityMention> m = mentions("推介会在西安国际港务区举行。会上，港务区与哈萨克斯坦企业签署协议。");
        assertEquals("西安国际港务区", canonicalOf(m, "港务区"), m.toString());
    }

    @Test
    void aDepartmentNamedBareAfterACommitteeMembersTitleIsThatCommittees() {
        List<EntityMention> m = mentions("厦门市委常委、统战部部长荆若兰出席。海沧区委常委、组织部部长练思远出席。");
        assertEquals("厦门市委统战部", canonicalOf(m, "统战部"), m.toString());
        assertEquals("海沧区委组织部", canonicalOf(m, "组织部"), m.toString());
    }

    @Test
    void theCommissionsNamedBareAfterACommitteeMembersTitleAreThePlaces() {
        List<EntityMention> m = mentions("铜川市委常委、纪委书记、监委主任赵立群出席。");
        assertEquals("铜川市纪委", canonicalOf(m, "纪委"), m.toString());
        assertEquals("铜川市监察委员会", canonicalOf(m, "监委"), "the supervisory commission beside the discipline commission: " + m);
        List<PositionHeld> held = EntityFixture.analyze("铜川市委常委、纪委书记、监委主任赵立群出席。").entities().positions();
        assertTrue(held.stream().anyMatch(h -> h.person().equals("赵立群") && h.title().endsWith("市委常委")), "the chain of titles holds: " + held);
        assertTrue(held.stream().anyMatch(h -> h.person().equals("赵立群") && "铜川市纪委".equals(h.organization())), held.toString());
        List<PositionHeld> firm = EntityFixture.analyze("山东能源集团有限公司党委常委、纪委书记刘德胜出席。").entities().positions();
        assertTrue(firm.stream().anyMatch(h -> h.person().equals("刘德胜") && h.title().equals("纪委书记") && h.organization().startsWith("山东能源集团有限公司")),
                "a firm's commission is the firm's: " + firm);
        List<EntityMention> zone = mentions("苏州工业园区党工委常委、纪委书记李四出席。");
        assertTrue(zone.stream().noneMatch(x -> x.text().equals("纪委") && x.canonical().length() > 2), "a zone's committee is no place's: " + zone);
        List<EntityMention> banner = mentions("乌审旗旗委常委、纪委书记袁鹏云出席。");
        assertEquals("乌审旗纪委", canonicalOf(banner, "纪委"), "a place named with its level twice is named once: " + banner);
    }

    @Test
    void aCommitteesOfficeTheCuesKnowEndsBeforeAVerbOfWhatItDoes() {
        List<EntityMention> m = mentions("她告诉记者，公司成立之初，海沧区委台办帮助协调了免租办公空间。");
        assertTrue(has(m, EntityType.GOVERNMENT, "海沧区委台办"), m.toString());
    }

    @Test
    void departmentsListedAfterOneNamedWithItsMinistryAreThatMinistrys() {
        List<EntityMention> m = mentions("海关总署自贸区和特殊区域发展司司长訾云鹏，加工贸易及保税监管司副司长贲晓东，统计分析司副司长柏嘉宁，"
                + "商务部自由贸易试验区港建设协调司副司长尚书瑶出席发布会。");
        assertEquals("海关总署加工贸易及保税监管司", canonicalOf(m, "加工贸易及保税监管司"), m.toString());
        assertEquals("海关总署统计分析司", canonicalOf(m, "统计分析司"), m.toString());
        assertEquals("商务部自由贸易试验区港建设协调司", canonicalOf(m, "商务部自由贸易试验区港建设协调司"), m.toString());
    }

    @Test
    void aShortKindWordAfterTheKindNamedInGeneralIsNoZoneOfTheDocuments() {
        List<EntityMention> m = mentions("加快洋浦经济开发区建设。实施国家级经济技术开发区创新提升行动，推动经开区由要素驱动向创新驱动转变。"
                + "推进沿边重点开发开放试验区、边境经济合作区发展。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("经开区") || x.text().equals("沿边重点开发开放试验区")), m.toString());
        List<EntityMention> lanzhou = mentions("逄志刚介绍，兰州新区作为西北地区第一个国家级新区，去年新区地区生产总值增长超过10%。");
        assertEquals("甘肃兰州新区", canonicalOf(lanzhou, "新区"), "the sentence names its own new area first: " + lanzhou);
    }

    @Test
    void aJapaneseFirmsBrandOfTwoCharactersIsTheFirm() {
        List<EntityMention> m = mentions("东和精机株式会社董事高桥和也说：“东和在大连已经深耕28年，今后将继续扩大投资。”");
        assertEquals("东和精机株式会社", canonicalOf(m, "东和"), m.toString());
    }

    @Test
    void shortNamesCountedBeforeTheirKindAreTheZonesTheDocumentNames() {
        List<EntityMention> m = mentions("大连大窑湾综合保税区和大连湾里综合保税区发展迅速。对大窑湾、湾里两个综保区内的企业实施便利化。");
        assertEquals("大连湾里综合保税区", canonicalOf(m, "湾里"), m.toString());
    }

    @Test
    void aBareDisciplineWorkingCommitteeIsItsZonesAndItsSecretaryTitleIsSplitLikeTheWorkingCommittees() {
        List<EntityMention> m = mentions("合肥经济技术开发区召开警示教育大会。经开区党工委委员、纪工委书记訾建平通报典型案例，纪工委将持续监督。");
        assertTrue(m.stream().filter(x -> x.text().equals("纪工委")).allMatch(x -> x.type() == EntityType.GOVERNMENT
                && x.canonical().equals("合肥经济技术开发区纪工委")), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("纪工委")).count(), m.toString());
    }

    @Test
    void aZoneNamedWhereABodyKeepsAnOfficeIsTheOneOfThatNameTheDocumentNamesElsewhere() {
        List<EntityMention> m = mentions("青岛前湾综保区跨境电商产业园开园。青岛前湾综合保税区位于黄岛区。黄岛海关驻前湾综保区办事处主任亓鹏介绍。");
        assertEquals("青岛前湾综合保税区", m.stream().filter(x -> x.type() == EntityType.ZONE && x.start() == 37).findFirst().orElseThrow().canonical(), m.toString());
    }

    @Test
    void thePortAreaOrPortNamedAfterAComprehensiveBondedZonesGroundIsNoZone() {
        List<EntityMention> m = mentions("宁波梅山综合保税区进出口增长。宁波舟山港梅山港区吞吐量增长，梅山口岸通关便利。天津东疆保税港区发展，东疆港区建设加快。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("梅山")), m.toString());
        assertEquals("天津东疆保税港区", canonicalOf(m, "东疆"), m.toString());
    }

    @Test
    void departmentsListedAfterOneNamedWithItsZoneAreThatZonesToo() {
        List<EntityMention> m = mentions("西咸新区公安局、交通运输局、应急管理局、卫生健康局等部门全力保障赛事。武汉经开区科技创新局、经济发展局负责人参加。");
        assertEquals("陕西西咸新区交通运输局", canonicalOf(m, "交通运输局"), m.toString());
        assertEquals("陕西西咸新区卫生健康局", canonicalOf(m, "卫生健康局"), m.toString());
        assertEquals("武汉经济技术开发区科技创新局", canonicalOf(m, "武汉经开区科技创新局"), m.toString());
        assertEquals("武汉经济技术开发区经济发展局", canonicalOf(m, "经济发展局"), m.toString());
    }

    @Test
    void aBareKindWordOpeningAClauseIsTheOneZoneOfItsKindTheSentenceNamedBefore() {
        List<EntityMention> m = mentions("河口边境经济合作区发展迅速。瑞丽边境经济合作区管委会主任邴国辉说，边合区新建的标准厂房已全部签约。");
        assertEquals("瑞丽边境经济合作区", canonicalOf(m, "边合区"), m.toString());
    }

    @Test
    void aBanksBranchNamedWithoutTheBankIsTheBranchOfTheOneBankTheDocumentNames() {
        String text = "交通银行湖南省分行党委书记、行长钮子健表示，该行在岳阳分行城陵矶支行设立自贸金融服务中心。";
        List<EntityMention> m = mentions(text);
        assertEquals("交通银行岳阳分行城陵矶支行", canonicalOf(m, "岳阳分行城陵矶支行"), m.toString());
        // A place or zone named right before a branch's word is that bank's branch too.
        List<EntityMention> places = mentions("交通银行湖南省分行表示，该行在长沙分行营业部、长沙经开区支行、郴州分行等设立服务中心。");
        assertEquals("交通银行长沙分行营业部", canonicalOf(places, "长沙分行营业部"), places.toString());
        assertEquals("交通银行长沙经开区支行", canonicalOf(places, "长沙经开区支行"), places.toString());
        assertEquals("交通银行郴州分行", canonicalOf(places, "郴州分行"), places.toString());
        // Not a place before 分行业 (by industry), nor another bank's branch.
        List<EntityMention> others = mentions("交通银行湖南省分行表示。长沙市分行业增加值增长。长沙农商行岳麓支行参加。");
        assertTrue(others.stream().noneMatch(x -> x.canonical().startsWith("交通银行") && !x.text().startsWith("交通银行")), others.toString());
    }

    @Test
    void aFirmsAnaphorPointsToNoBankAndABanksToNoOtherFirm() {
        List<PositionHeld> p = EntityFixture.analyze("交通银行长沙经开区支行、交通银行长沙经开区支行为企业服务。岳阳港盛粮油进出口有限公司去年进口大豆。"
                + "“用汇集中。”公司董事长殷国富说。", java.time.OffsetDateTime.parse("2022-03-11T14:35:31+08:00")).entities().positions();
        assertTrue(p.stream().anyMatch(x -> x.person().equals("殷国富") && "岳阳港盛粮油进出口有限公司".equals(x.organization())), p.toString());
    }

    @Test
    void aZonesOwnReportCallingItByItsKindMeansTheZoneAndItsParksBodiesAreTheParks() {
        List<EntityMention> m = mentions("苏州工业园区综合保税区2024年工作总结\n\n2024年，在园区党工委、管委会的坚强领导下，在苏州工业园区海关的支持下，"
                + "综合保税区（以下简称“综保区”）坚持以制度创新为核心。全年综保区实现进出口总额2217.6亿元。园区海关推行改革。");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("综保区") && x.start() > 85 && x.canonical().equals("苏州工业园综合保税区")), m.toString());
        assertEquals("苏州工业园区党工委", canonicalOf(m, "园区党工委"), m.toString());
        assertEquals("苏州工业园区管理委员会", canonicalOf(m, "管委会"), m.toString());
        assertEquals("苏州工业园区海关", canonicalOf(m, "园区海关"), m.toString());
        // A provincial notice defining the kind for all its zones still means the kind.
        List<EntityMention> notice = mentions("经国务院批准设立的综合保税区（以下简称综保区）应当加强管理。综保区内企业享受政策。");
        assertTrue(notice.stream().noneMatch(x -> x.type() == EntityType.ZONE), notice.toString());
        List<EntityMention> province = mentions("赣州综合保税区获批设立。全省综合保税区（以下简称综保区）要加强管理。综保区内企业享受政策。");
        assertTrue(province.stream().noneMatch(x -> x.text().equals("综保区") && x.canonical().startsWith("赣州")), province.toString());
    }

    @Test
    void theParkWordIsTheDevelopmentZoneOrParkTheDocumentIsAbout() {
        List<EntityMention> m = mentions("浏阳经开区举行银企对接会\n\n浏阳经济技术开发区经济发展局局长周志刚介绍，园区2026年企业融资需求旺盛。"
                + "曾庆华表示，园区将建立企业融资服务清单。浏阳经开区将按月召开银企对接会。");
        assertTrue(m.stream().filter(x -> x.text().equals("园区")).count() == 2
                && m.stream().filter(x -> x.text().equals("园区")).allMatch(x -> x.canonical().equals("浏阳经济技术开发区")), m.toString());
        List<EntityMention> two = mentions("合肥现代产业园区与合肥经开区签约。合肥经开区、合肥经开区和合肥现代产业园区出席。园区管委会主任讲话。");
        assertEquals("合肥现代产业园区管理委员会", canonicalOf(two, "园区管委会"), "the one park named a park: " + two);
    }

    @Test
    void aZonesCityWordStandingBareIsTheCityTheDocumentNamesButNotOneAWordOpens() {
        List<EntityMention> m = mentions("中新天津生态城举行活动。生态城管委会副主任出席，落户生态城的企业增加，双方考察了生态城中新友好图书馆。"
                + "三亚崖州湾科技城举行签约。科技城管理局局长王海介绍。");
        // Two standing alone, and the one its committee's name holds, nested.
        assertEquals(3, m.stream().filter(x -> x.text().equals("生态城") && x.canonical().equals("中新天津生态城")).count(), m.toString());
        assertEquals("三亚崖州湾科技城管理局", canonicalOf(m, "科技城管理局"), m.toString());
        List<EntityMention> beijing = mentions("中关村科学城新增新型研发机构9家；怀柔科学城平台投入运行；未来科学城能源谷集聚企业超过400家。");
        assertTrue(beijing.stream().noneMatch(x -> x.text().equals("科学城")), beijing.toString());
        assertTrue(has(beijing, EntityType.ZONE, "未来科学城"), beijing.toString());
    }

    @Test
    void officesNamedShortAfterTheStateCouncilOrALevelAreNamedInFull() {
        List<EntityMention> m = mentions("福建省人民政府工作报告。省台港澳办、省商务厅要会同国务院台办、商务部推动发展。省港澳办、省通信管理局、省科委参加。");
        assertEquals("国务院台湾事务办公室", canonicalOf(m, "国务院台办"), m.toString());
        assertEquals("福建省台港澳事务办公室", canonicalOf(m, "省台港澳办"), m.toString());
        assertEquals("福建省港澳事务办公室", canonicalOf(m, "省港澳办"), m.toString());
        assertEquals("福建省通信管理局", canonicalOf(m, "省通信管理局"), m.toString());
        assertEquals("福建省科学技术委员会", canonicalOf(m, "省科委"), m.toString());
    }

    @Test
    void aFirmsTradeNameAsLongAsItsWholeNameAfterThePlaceIsItsShortName() {
        List<EntityMention> m = mentions("此次签约的项目包括满洲里森诺木业有限公司年产30万立方米实木家具部件项目。森诺木业董事长韩国峰在接受记者采访时说。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.COMPANY && x.canonical().equals("满洲里森诺木业有限公司")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.text().equals("森诺")), m.toString());
    }

    @Test
    void aCountOfTheBodiesListedIsTheirShortNameTogetherNotTheLastOnes() {
        List<EntityMention> m = mentions("商务部、海关总署、税务总局（以下简称“3部门”）决定开展试点。报3部门备案。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("3部门") && x.canonical().equals("国家税务总局")), m.toString());
    }

    @Test
    void aNewAreasBarePartyCommitteeIsItsDistrictCommittee() {
        List<EntityMention> m = mentions("天津市滨海新区人民政府发布。区委、区政府高度重视。");
        assertEquals("天津滨海新区区委", canonicalOf(m, "区委"), m.toString());
        assertEquals("天津滨海新区人民政府", canonicalOf(m, "区政府"), m.toString());
    }

    @Test
    void aCountysBareNameIsTheCountyEvenWhereItsZoneWasNamedFirstAndOtherZonesOpenWithIt() {
        List<EntityMention> m = EntityFixture.mentions("举办2026沭阳经济技术开发区投资推介会。我代表中共沭阳县委、沭阳县人民政府表示欢迎。"
                + "向关心支持沭阳发展的各界朋友致以感谢！江苏沭阳综合物流园区加快建设。");
        List<EntityMention> bare = m.stream().filter(x -> x.text().equals("沭阳") && x.contextual()).toList();
        assertEquals(1, bare.size(), m.toString());
        assertEquals("沭阳县", bare.get(0).canonical(), m.toString());
        assertEquals(EntityType.PLACE, bare.get(0).type(), m.toString());
    }

    @Test
    void aBareAreaIsTheOneAreaOfAPilotFreeTradeZoneTheDocumentNames() {
        List<EntityMention> m = mentions("中国（浙江）自由贸易试验区舟山片区管委会召开会议。片区今年新增企业300家。三个片区协同发展。老城片区改造。");
        assertEquals(1, m.stream().filter(x -> x.text().equals("片区")).count(), m.toString());
        assertEquals("中国(浙江)自由贸易试验区舟山片区", canonicalOf(m, "片区"), m.toString());
    }

    @Test
    void aPaperIssuedByACitysBodyIsThatCitysWhateverCitiesItNamesAfter() {
        List<EntityMention> m = mentions("中共青岛市委组织部关于市管干部任职前公示的通告\n\n经市委研究，现将拟任职干部情况公示如下。"
                + "王明，现任胶州市委副书记，拟任胶州市委书记。李强，现任胶州市人民政府市长。");
        assertEquals("青岛市委", canonicalOf(m, "市委"), m.toString());
    }

    @Test
    void aCountysShortNameInADocumentOfAnotherProvinceThatNamesNothingOfItsOwnStaysAsWritten() {
        List<EntityMention> fujian = mentions("福州新区福清片区加快发展。福清市江阴港城经济区内，江阴港集装箱吞吐量增长。江阴海关优化监管。");
        assertEquals("江阴", canonicalOf(fujian, "江阴"), fujian.toString());
        List<EntityMention> jiangsu = mentions("江苏省商务厅发布。昆山、江阴等地外贸增长。江阴综合保税区进出口增长。");
        assertEquals("江阴市", canonicalOf(jiangsu, "江阴"), jiangsu.toString());
    }

    @Test
    void aBareNameOfADistrictOrNewAreaIsItsOwnThoughZonesInsideOpenWithIt() {
        List<EntityMention> district = EntityFixture.mentions("广州市南沙区委书记黄志坚出席。南沙开发区（自贸区南沙片区）管委会主任出席。南沙将坚持立足湾区。港澳青年在南沙创业。");
        // Twice alone, and once inside 南沙开发区, the zone in the district.
        assertTrue(district.stream().filter(x -> x.text().equals("南沙") && x.contextual()).count() == 2
                && district.stream().filter(x -> x.text().equals("南沙")).allMatch(x -> x.canonical().equals("南沙区")), district.toString());
        List<EntityMention> newArea = EntityFixture.mentions("广州南沙新区举行发布会。南沙综保区、南沙片区发展迅速。港澳青年在南沙创业。");
        assertTrue(newArea.stream().anyMatch(x -> x.text().equals("南沙") && x.canonical().equals("广州南沙新区")), newArea.toString());
    }

    @Test
    void aBareNameAZoneWasShortenedToInBracketsStillNamesTheZone() {
        List<EntityMention> m = EntityFixture.mentions("清晨七点，平潭综合实验区（以下简称“平潭实验区”）有台湾创业园。黄冠宇落户平潭。");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("平潭") && x.canonical().equals("平潭综合实验区")), m.toString());
    }

    @Test
    void anAutonomousCountysBareNameIsTheCounty() {
        List<EntityMention> m = EntityFixture.mentions("河口正在建设冷库。河口瑶族自治县县委书记盘文华说，水果通过河口进入中国市场。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("河口") && x.canonical().equals("河口瑶族自治县")).count(), m.toString());
    }

    @Test
    void aCountysBareNameIsTheCountyWhereACustomsHouseIsNamedAfterItInAProvinceTheDocumentNames() {
        List<EntityMention> fujian = EntityFixture.mentions("马尾海关副关长许丽萍说，在位于马尾的福州综合保税区，企业很多。");
        assertEquals("马尾区", canonicalOf(fujian, "马尾"), fujian.toString());
        List<EntityMention> yunnan = EntityFixture.mentions("昆明海关所属河口海关获悉，河口正在建设冷库。");
        assertEquals("河口瑶族自治县", canonicalOf(yunnan, "河口"), "河口区 is in Shandong, which the document does not name: " + yunnan);
        List<EntityMention> nowhere = EntityFixture.mentions("马尾海关副关长许丽萍说，马尾松长势很好，马尾的形状像松针。");
        assertTrue(nowhere.stream().noneMatch(x -> x.text().equals("马尾") && x.type() == EntityType.PLACE), "no province named: " + nowhere);
    }

    @Test
    void aTeamNamedByItsCityIsTheOneTeamOfThatCityNamedInFull() {
        List<EntityMention> m = EntityFixture.mentions("中超第12轮，厦门鹭岛恒信队主场迎战合肥庐阳城建队。上半场厦门队率先破门，合肥队扳平。中国足协派出裁判组。");
        assertEquals("厦门鹭岛恒信队", EntityFixture.canonicalOf(m, "厦门队"), m.toString());
        assertEquals("合肥庐阳城建队", EntityFixture.canonicalOf(m, "合肥队"), m.toString());
        assertEquals("中国足球协会", EntityFixture.canonicalOf(m, "中国足协"), m.toString());
        List<EntityMention> brigade = EntityFixture.mentions("深圳市消防救援支队出动救援。赛后深圳队主教练表示满意，国家队集训名单公布。");
        assertTrue(brigade.stream().noneMatch(x -> x.canonical().equals("深圳市消防救援支队") && !x.text().startsWith("深圳市")), brigade.toString());
    }

    @Test
    void aZoneNamedInsideABodysNameHasItsOwnPlaceInsideIt() {
        List<EntityMention> m = EntityFixture.mentions("兰州新区管委会主任王强介绍，重庆西永综合保税区管委会副主任李明出席。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals("兰州") && x.start() == 0), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.PLACE && x.text().equals("重庆")), m.toString());
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.PLACE && x.text().equals("兰州")).count(), m.toString());
    }

    @Test
    void aBareCommitteeIsTheOneCommitteeOfItsZoneTheDocumentNamesInFull() {
        List<EntityMention> m = mentions("四川天府新区成都管理委员会与重庆两江新区管理委员会签署协议，天府新区党工委委员、管委会副主任敬海川和"
                + "两江新区党工委委员、管委会副主任苟建勇代表双方签约。");
        List<String> committees = m.stream().filter(x -> x.text().equals("管委会")).map(EntityMention::canonical).toList();
        assertEquals(List.of("四川天府新区成都管理委员会", "重庆两江新区管理委员会"), committees, m.toString());
    }

    @Test
    void aForeignGroupHanLPSpellsCharacterByCharacterIsAFirmAndItsBrandAloneIsTheGroupNotItsSubsidiary() {
        List<EntityMention> m = mentions("维斯川德亚太基地开工。瑞典企业维斯川德集团在临港新片区投资。该项目由维斯川德集团在华全资子公司"
                + "维斯川德（上海）精密传动有限公司投资建设。维斯川德是全球领先企业。");
        assertTrue(has(m, EntityType.COMPANY, "维斯川德集团"), m.toString());
        assertTrue(m.stream().filter(x -> x.text().equals("维斯川德")).allMatch(x -> x.canonical().equals("维斯川德集团")), m.toString());
        assertEquals("维斯川德（上海）精密传动有限公司", canonicalOf(m, "维斯川德（上海）精密传动有限公司"), m.toString());
    }

    @Test
    void aMinistryInAChainOfTitlesAfterAForeignCountryIsThatCountrysMinistry() {
        List<EntityMention> m = mentions("老挝副总理兼外交部长沙伦赛会见了代表团。外交部发言人表示欢迎。");
        assertEquals("老挝外交部", m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.start() == 6).findFirst().orElseThrow().canonical(), m.toString());
        assertEquals("外交部", m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.start() >= 20).findFirst().orElseThrow().canonical(), m.toString());
    }

    @Test
    void aBodyNamedOnceAfterItsCityIsTheSameBodyWithoutTheCity() {
        List<EntityMention> m = mentions("海口美兰机场海关加强监管。海口江东新区管理局发布通知。美兰机场海关关员查获走私物品。江东新区管理局局长出席。");
        assertEquals("海口美兰机场海关", canonicalOf(m, "美兰机场海关"), m.toString());
        assertEquals("海口江东新区管理局", canonicalOf(m, "江东新区管理局"), m.toString());
    }

    @Test
    void anUnlistedZoneWithWordsCutFromInsideItIsTheZoneNamedInFullButAListedOneStaysItself() {
        List<EntityMention> m = mentions("中韩地方经济合作示范区建设再提速\n\n4月18日，中韩自贸区地方经济合作示范区建设推进会在威海举行。");
        assertEquals("中韩自贸区地方经济合作示范区", canonicalOf(m, "中韩地方经济合作示范区"), m.toString());
        List<EntityMention> two = mentions("宁波经济技术开发区和宁波石化经济技术开发区签约。");
        assertEquals("宁波经济技术开发区", canonicalOf(two, "宁波经济技术开发区"), two.toString());
    }

    @Test
    void aDottedForeignNamesFirstOrLastPartAloneIsThatPerson() {
        List<EntityMention> m = mentions("瑞典代表团团长马蒂亚斯·奥斯特伦德出席。马蒂亚斯表示，合作前景广阔。巴西球员若昂·里贝拉托进球。里贝拉托赛后说很高兴。");
        assertEquals("马蒂亚斯·奥斯特伦德", canonicalOf(m, "马蒂亚斯"), m.toString());
        assertEquals("若昂·里贝拉托", canonicalOf(m, "里贝拉托"), m.toString());
        List<EntityMention> given = mentions("该公司董事长阿依古丽·热合曼告诉记者，出口增长。阿依古丽算了一笔账，物流成本下降。");
        assertEquals("阿依古丽·热合曼", canonicalOf(given, "阿依古丽"), "a dotted name's first part alone: " + given);
        List<EntityMention> tibetan = mentions("公司总经理德吉卓玛告诉记者，出口增长。说起这位伙伴，德吉总经理笑着说，合作多年。");
        assertEquals("德吉卓玛", canonicalOf(tibetan, "德吉"), "a Tibetan name's first half: " + tibetan);
    }

    @Test
    void aCourtNamedShortAfterItsZoneOrLevelIsThePeoplesCourt() {
        List<EntityMention> m = mentions("苏州工业园区人民法院执行干警蹲守。园区法院随即启动机制。舟山市中级人民法院受理。市中级法院审理。");
        assertEquals("苏州工业园区人民法院", canonicalOf(m, "园区法院"), m.toString());
        assertEquals("舟山市中级人民法院", canonicalOf(m, "市中级法院"), m.toString());
        List<EntityMention> province = mentions("湖南省委召开会议，省法院、省检察院负责同志参加。");
        assertEquals("湖南省高级人民法院", canonicalOf(province, "省法院"), province.toString());
    }

    @Test
    void aBareZoneWordIsNoneOfSeveralZonesOfItsKindNamedAboutAsOften() {
        List<EntityMention> m = mentions("支持郑州新郑综合保税区、洛阳综合保税区发展保税研发。综保区进出口值增长8%以上。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("综保区")), m.toString());
        List<EntityMention> one = mentions("郑州新郑综合保税区发展保税研发。支持郑州新郑综合保税区扩区，洛阳综合保税区跟进。综保区进出口值增长8%以上。");
        assertEquals("郑州新郑综合保税区", canonicalOf(one, "综保区"), one.toString());
    }

    @Test
    void aSpecialCooperationZonesKindHoldsNoBareCooperationZoneOfAnother() {
        List<EntityMention> m = mentions("推进前海深港现代服务业合作区建设。支持广清经济特别合作区、深汕特别合作区发展。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("合作区")), "合作区 of 经济特别合作区 is no bare word for 前海's: " + m);
        assertTrue(has(m, EntityType.ZONE, "深汕特别合作区"), m.toString());
    }

    @Test
    void anUnlistedZoneNamedWithItsPlaceOnceIsTheZoneItsShortNameNames() {
        List<EntityMention> m = mentions("郑州市郑东新区管委会与航空港区签约。郑东新区金融岛入驻机构300家。湘潭九华经济技术开发区位于湘江西岸，九华经济技术开发区引进项目。");
        assertEquals("郑州市郑东新区", canonicalOf(m, "郑东新区"), m.toString());
        assertEquals("湘潭九华经济技术开发区", canonicalOf(m, "九华经济技术开发区"), m.toString());
        List<EntityMention> industry = mentions("宿迁市沭阳县跨境电商产业园开园。对跨境电商产业园实行动态管理。");
        assertTrue(industry.stream().noneMatch(x -> x.text().equals("跨境电商产业园")), "an industry HanLP tags as a proper noun is a trade too: " + industry);
        List<EntityMention> kind = mentions("公布省级跨境电子商务产业园名单。9．宿迁市沭阳县跨境电子商务产业园。对跨境电子商务产业园实行动态管理。");
        assertTrue(kind.stream().noneMatch(x -> x.text().equals("跨境电子商务产业园")), "a trade's common words and the kind name a kind of park: " + kind);
    }

    @Test
    void aForeignBodyOrFirmNamedWithAndWithoutItsCountryIsOneButAMinistryAbroadIsNotOurs() {
        List<EntityMention> m = mentions("俄罗斯阿穆尔州政府代表团来访。阿穆尔州政府副州长出席。俄罗斯阿穆尔绿谷农业有限责任公司签约。"
                + "阿穆尔绿谷农业有限责任公司将投资。美国商务部宣布制裁，商务部回应。");
        assertEquals(1, m.stream().filter(x -> x.text().endsWith("阿穆尔州政府")).map(EntityMention::canonical).distinct().count(), m.toString());
        assertEquals(1, m.stream().filter(x -> x.text().endsWith("绿谷农业有限责任公司")).map(EntityMention::canonical).distinct().count(), m.toString());
        assertEquals("美国商务部", canonicalOf(m, "美国商务部"), m.toString());
    }

    @Test
    void aBodyWordListedWithMinistriesIsTheCentralBody() {
        List<EntityMention> m = mentions("国务院关于同意设立宜宾综合保税区的批复\n由海关总署会同发展改革委、财政部、商务部等部门加强指导。");
        assertEquals("国家发展和改革委员会", canonicalOf(m, "发展改革委"), m.toString());
    }

    @Test
    void aShortNameFoundBeforeItsDefinitionInTheHeadlineIsTheDefinedEntity() {
        List<EntityMention> m = mentions("江澜汽车合肥二期工厂开工\n本报讯 安徽江澜新能源汽车有限公司（以下简称“江澜汽车”）二期工厂昨日开工。");
        assertTrue(m.stream().filter(x -> x.text().equals("江澜汽车")).allMatch(x -> x.canonical().equals("安徽江澜新能源汽车有限公司")), m.toString());
    }

    @Test
    void aBareParkWordIsTheDocumentsParkOnlyWhereNoZoneIsNamedMoreOften() {
        List<EntityMention> park = mentions("苏州工业园区举办论坛。园区生物医药产业发展迅速，支持园区企业落户。物流园区很多。");
        assertEquals(2, park.stream().filter(x -> x.text().equals("园区") && x.canonical().equals("苏州工业园区")).count(), park.toString());
        List<EntityMention> report = mentions("海南自由贸易港建设加快，海南自由贸易港发展。上海外高桥保税物流园区扩区。推动园区共建。");
        assertTrue(report.stream().noneMatch(x -> x.text().equals("园区")), report.toString());
    }

    @Test
    void aBareKindAfterARanksBoundOrAConditionIsZonesInGeneral() {
        List<EntityMention> m = mentions("合肥经济技术开发区发展很好。各省级以上开发区管委会要抓好落实。鼓励有条件的经开区先行先试。推动三大片区联动发展。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("开发区管委会") || x.text().equals("经开区") || x.text().endsWith("片区")), m.toString());
    }

    @Test
    void aZonesShortNameBeforeAPartOfThePlaceIsNoZone() {
        List<EntityMention> m = mentions("明确在洋山保税港区和浦东机场综合保税区等区域内试点。在芦潮港区域、小洋山岛区域和浦东机场南部区域形成联动。");
        // The airport is a place, no zone.
        assertTrue(m.stream().noneMatch(x -> x.text().equals("浦东机场") && x.type() != EntityType.PLACE), m.toString());
    }

    @Test
    void aKindWordListedWithOtherKindsOfSpecialCustomsAreasIsTheKind() {
        List<EntityMention> m = mentions("自1990年我国设立第一个保税区——上海外高桥保税区以来，海关特殊监管区域先后经历了保税区、出口加工区、保税物流园区、跨境工业区等形态。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("保税区")), m.toString());
    }

    @Test
    void aBareZoneBodyInAZonesOwnPaperIsTheWritersWhereItsSentenceNamesNoOtherZone() {
        List<EntityMention> m = mentions("赣州经济技术开发区管委会2025年工作总结\n2025年，赣州经开区党工委、管委会坚持以工业强区为主导。"
                + "赣州综合保税区进出口增长。区党工委书记钟毓麟、管委会主任赖晓峰先后带队招商。");
        assertEquals("赣州经济技术开发区党工委", canonicalOf(m, "区党工委"), m.toString());
        assertTrue(m.stream().filter(x -> x.text().equals("管委会")).allMatch(x -> x.canonical().equals("赣州经济技术开发区管理委员会")), m.toString());
    }

    @Test
    void aBareZoneWordInAZonesOwnPaperIsTheWritersHoweverOftenThePaperNamesTheZonesItVisited() {
        List<EntityMention> m = mentions("阜新高新技术产业开发区管理委员会\n关于赴江苏常州考察学习液压装备产业发展经验的报告\n"
                + "3月17日，高新区党工委书记于海涛带队，管委会副主任白金龙等一行赴常州考察。考察组走访了常州国家高新技术产业开发区。"
                + "常州国家高新区管委会副主任周建平介绍了经验。常州国家高新区集聚企业120余家。高新区现有液压企业63家。");
        assertEquals("阜新高新技术产业开发区党工委", canonicalOf(m, "高新区党工委"), m.toString());
        assertEquals("阜新高新技术产业开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
        assertTrue(m.stream().filter(x -> x.text().equals("高新区")).allMatch(x -> x.canonical().equals("阜新高新技术产业开发区")), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("高新区")).count(), m.toString());
        // A zone named in its committee's name before the bare word ties it to that zone.
        List<EntityMention> visited = mentions("阜新高新技术产业开发区管理委员会\n关于赴江苏常州考察学习的报告\n"
                + "考察组走访了常州国家高新技术产业开发区。常州国家高新区管委会副主任周建平介绍了高新区液压产业的发展经验。");
        assertTrue(visited.stream().filter(x -> x.text().equals("高新区")).allMatch(x -> x.canonical().equals("常州高新技术产业开发区"))
                && visited.stream().anyMatch(x -> x.text().equals("高新区")), visited.toString());
    }

    @Test
    void aBareZonesCommitteeNamesNoZoneForABareWordAfterItAndItsZoneIsOneMention() {
        // 吉林 of 吉林通化医药… is the province, and 高新区管委会 is the document's zone's committee, not 吉林高新区's.
        List<EntityMention> m = mentions("通化医药高新区举办招聘会\n3月5日，吉林通化医药高新技术产业开发区举办招聘会。"
                + "高新区管委会副主任朴成浩表示，对新引进的毕业生，高新区将给予每人每月最高1500元的生活补贴。");
        assertTrue(m.stream().filter(x -> x.text().equals("高新区")).allMatch(x -> x.canonical().equals("通化医药高新技术产业开发区")), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("高新区")).count(), m.toString());
    }

    @Test
    void aBareZoneBodyInANoticeIsTheSignatorysZoneNotThatOfTheParkNamedLastBeforeIt() {
        List<EntityMention> m = mentions("抚高新管办发〔2026〕15号\n各部门、各街道：\n现将预案印发给你们。\n抚顺高新区管委会办公室\n2026年5月8日\n"
                + "本预案适用于抚顺高新技术产业开发区（含抚顺精细化工产业园、高新区新材料产业园）。\n总指挥：管委会主任　关庆林");
        assertEquals("抚顺高新技术产业开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
    }

    @Test
    void theWritersWordForItselfIsTheBodySigningTheTextNotOneItCites() {
        List<EntityMention> m = mentions("一、基本情况\n2025年，我局依据清单实施行政许可事项186项。内蒙古自治区市场监督管理局对我局开展专项检查2次。基本院校不受影响。\n"
                + "包头稀土高新技术产业开发区行政审批和政务服务局\n2026年1月23日");
        assertTrue(m.stream().filter(x -> x.text().equals("我局")).count() == 2
                && m.stream().filter(x -> x.text().equals("我局")).allMatch(x -> x.canonical().equals("包头稀土高新技术产业开发区行政审批和政务服务局")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("本院")), "inside a word: " + m);
        List<EntityMention> branch = mentions("关于企业环境行政处罚信用修复的公示\n当事人可向我分局提出申请。我委会同市交通运输局办理。\n长沙市生态环境局宁乡分局\n2026年7月8日");
        assertEquals("长沙市生态环境局宁乡分局", canonicalOf(branch, "我分局"), "a branch's word for itself: " + branch);
        List<EntityMention> parentFirst = mentions("关于信用修复的公示\n根据长沙市生态环境局部署，长沙市生态环境局宁乡分局开展工作，当事人可向我分局提出申请。");
        assertEquals("长沙市生态环境局宁乡分局", canonicalOf(parentFirst, "我分局"), "a branch, not its parent named first: " + parentFirst);
        List<EntityMention> jointly = mentions("关于征求意见的公告\n我委会同市交通运输局编制了规划。\n河池市发展和改革委员会\n2026年5月8日");
        assertEquals("河池市发展和改革委员会", canonicalOf(jointly, "我委"), "我委 before 会同: " + jointly);
    }

    @Test
    void aRepliesWordForItsAddresseeIsTheOneItsSalutationNames() {
        List<EntityMention> firm = mentions("关于入河排污口设置的批复\n池环排口〔2026〕3号\n池州经开区水务发展有限公司：\n你公司报送的申请收悉。你公司应向我局报告。");
        assertEquals(2, firm.stream().filter(x -> x.text().equals("你公司") && "池州经开区水务发展有限公司".equals(x.canonical())).count(), firm.toString());
        List<EntityMention> body = mentions("关于项目节能报告的审查意见\n宁夏吴忠金积工业园区管理委员会：\n你委《关于项目节能报告审查的请示》收悉。请你委督促项目单位落实。");
        assertEquals("宁夏吴忠金积工业园区管理委员会", canonicalOf(body, "你委"), body.toString());
        List<EntityMention> many = mentions("关于做好安全生产工作的通知\n各区县人民政府，市直有关部门：\n你单位要高度重视。");
        assertTrue(many.stream().noneMatch(x -> x.text().equals("你单位")), "several addressees are none: " + many);
        List<EntityMention> unlike = mentions("关于信用修复的复函\n池州经开区水务发展有限公司：\n你委来函收悉。");
        assertTrue(unlike.stream().noneMatch(x -> x.text().equals("你委")), "a firm is no 委: " + unlike);
        List<EntityMention> entrusted = mentions("关于项目验收的复函\n宁夏吴忠金积工业园区管理委员会：\n你委托的第三方机构已完成评估。");
        assertTrue(entrusted.stream().noneMatch(x -> x.text().equals("你委")), "你委托 is no 你委: " + entrusted);
    }

    @Test
    void anInstitutionNamedByItsLevelAloneIsTheOneWhoseNameEndsWithIt() {
        List<EntityMention> m = mentions("3月2日，中共青海省委党校（青海省行政学院）举行春季学期开学典礼。省委党校校长张立宏出席。");
        assertEquals("中共青海省委党校", canonicalOf(m, "省委党校"), m.toString());
        // Two provinces' museums leave the bare one unlinked.
        List<EntityMention> two = mentions("浙江省博物馆与湖南省博物馆联合办展。省博物馆馆长出席。");
        assertTrue(two.stream().filter(x -> x.text().equals("省博物馆")).noneMatch(x -> x.canonical().startsWith("浙江") || x.canonical().startsWith("湖南")), two.toString());
    }

    @Test
    void theNationsActIsNotTheProvincesOwnVersionOfItButAZonesActKeepsItsShortName() {
        List<EntityMention> m = mentions("根据《优化营商环境条例》《福建省优化营商环境条例》，结合本区实际。依照《天津港保税区管理条例》，按《管理条例》办理。");
        assertEquals("优化营商环境条例", canonicalOf(m, "优化营商环境条例"), m.toString());
        assertEquals("天津港保税区管理条例", canonicalOf(m, "管理条例"), m.toString());
        // The nation's own name is no place's: 海关法 is 中华人民共和国海关法; a special economic zone's act is its city's.
        List<EntityMention> national = mentions("依照《中华人民共和国海关法》，违反《海关法》的。根据《优化营商环境条例》《深圳经济特区优化营商环境条例》办理。");
        assertEquals("中华人民共和国海关法", canonicalOf(national, "海关法"), national.toString());
        assertEquals("优化营商环境条例", canonicalOf(national, "优化营商环境条例"), national.toString());
    }

    @Test
    void aNationalPaperNamingManyProvincesZonesHasNoHomeProvinceForABareFreeTradeZone() {
        List<EntityMention> m = mentions("商务部办公厅关于综合保税区发展绩效评估结果的通报\n"
                + "广东：深圳前海综合保税区\n江苏：昆山综合保税区\n山东：烟台综合保税区\n浙江：宁波梅山综合保税区\n四川：成都高新综合保税区\n"
                + "河南：郑州新郑综合保税区\n湖南：长沙黄花综合保税区\n"
                + "各地要推动综保区与自贸试验区联动发展。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("自贸试验区") && x.canonical().startsWith("中国(")), "no province's: " + m);
        List<EntityMention> own = mentions("广东省商务厅关于推进综合保税区高质量发展的通知\n广州南沙综合保税区、深圳前海综合保税区要推动综保区与自贸试验区联动发展。");
        assertEquals("中国(广东)自由贸易试验区", canonicalOf(own, "自贸试验区"), "a province's own paper: " + own);
    }

    @Test
    void aBareZoneBodyOnAZonesOwnPageOfItsLeadersIsThatZonesWhereItsSentenceNamesNoOtherZone() {
        List<EntityMention> m = mentions("营口经济技术开发区（中国（辽宁）自由贸易试验区营口片区）领导分工\n\n张宏宇\n职务：营口综合保税区管理委员会主任\n"
                + "\n李慧敏（女）\n职务：党工委委员、管委会副主任\n分管：教育局、民政局。");
        assertEquals("营口经济技术开发区党工委", canonicalOf(m, "党工委"), m.toString());
        assertEquals("营口经济技术开发区管理委员会", canonicalOf(m, "管委会"), "not the bonded zone's, named on the line before: " + m);
        List<EntityMention> news = mentions("营口经济技术开发区举行招商推介会\n营口综合保税区进出口增长。管委会主任王五出席。");
        assertEquals("营口综合保税区管理委员会", canonicalOf(news, "管委会"), "a news title names no writer: " + news);
        List<EntityMention> visit = mentions("沈阳经济技术开发区赴苏州工业园区考察学习机构设置\n苏州工业园区管委会下设11个局。管委会精简高效。");
        assertNotEquals("沈阳经济技术开发区管理委员会", canonicalOf(visit, "管委会"), "a headline naming the page word: " + visit);
    }

    @Test
    void aDepartmentInBracketsRightAfterItsMinistryIsThatMinistrys() {
        List<EntityMention> m = mentions("报送商务部（自贸区港建设协调司），抄送海关总署（自由贸易区和特殊区域发展司）。联系人：商务部自贸区港建设协调司　孙立航");
        assertEquals("商务部自贸区港建设协调司", canonicalOf(m, "自贸区港建设协调司"), m.toString());
        assertEquals("海关总署自由贸易区和特殊区域发展司", canonicalOf(m, "自由贸易区和特殊区域发展司"), m.toString());
    }

    @Test
    void departmentsNamedBareInAProvincesPaperAreThatProvincesAndSoAreTheOnesListedAfterThem() {
        List<EntityMention> m = mentions("四川省人民政府关于同意四川什邡经济开发区扩区的批复\n成都市、德阳市人民政府，省发展改革委：\n"
                + "抄送：省委办公厅，经济和信息化厅、科技厅、财政厅、商务厅。");
        assertEquals("四川省经济和信息化厅", canonicalOf(m, "经济和信息化厅"), m.toString());
        assertEquals("四川省科学技术厅", canonicalOf(m, "科技厅"), m.toString());
        assertEquals("四川省商务厅", canonicalOf(m, "商务厅"), m.toString());
        List<EntityMention> national = mentions("国务院办公厅关于印发方案的通知\n各省商务厅、财政厅要加强指导。");
        assertTrue(national.stream().noneMatch(x -> x.text().equals("财政厅")), "every province's: " + national);
    }

    @Test
    void aBareZoneBodyInAYearbooksEntryTitledByTheZoneIsThatZonesNotTheZoneOfABureauNamedBefore() {
        List<EntityMention> m = mentions("喀什综合保税区\n【机构设置】　驻区单位有国家税务总局喀什经济开发区税务局等。\n【领导名录】\n"
                + "　　党工委书记　　艾尔肯·吐尔逊\n　　管委会副主任　　刘洋");
        assertEquals("喀什综合保税区党工委", canonicalOf(m, "党工委"), m.toString());
        assertEquals("喀什综合保税区管理委员会", canonicalOf(m, "管委会"), m.toString());
        List<EntityMention> news = mentions("税务新闻\n国家税务总局喀什经济开发区税务局近日召开会议。党工委书记王五出席。");
        assertEquals("喀什经济开发区党工委", canonicalOf(news, "党工委"), "the zone the bureau is named after: " + news);
        List<EntityMention> listed = mentions("海关总署关于公布综合保税区验收结果的公告\n重庆西永综合保税区\n郑州新郑综合保税区\n验收组听取了管委会汇报。");
        assertNotEquals("重庆西永综合保税区管理委员会", canonicalOf(listed, "管委会"), "zones listed one to a line: " + listed);
    }

    @Test
    void aBareCommitteeInAPlanIsTheIssuersNamedOnItsOwnLineUnderTheTitle() {
        List<EntityMention> m = mentions("芜湖经济技术开发区国民经济和社会发展第十五个五年规划纲要（节选）\n\n芜湖经济技术开发区管理委员会\n\n2026年2月\n\n"
                + "芜湖综合保税区进出口增长。\n\n一、加强组织领导。成立由管委会主任陈立群任组长的规划实施领导小组。");
        assertEquals("芜湖经济技术开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
        List<EntityMention> news = mentions("经开区新闻\n芜湖经济技术开发区管理委员会近日召开全体会议。\n芜湖综合保税区进出口增长。\n管委会主任王五出席。");
        assertEquals("芜湖综合保税区管理委员会", canonicalOf(news, "管委会"), "a body in a lead sentence is no issuer: " + news);
    }

    @Test
    void customsAloneDoingSomethingIsTheOneCustomsHouseTheDocumentNames() {
        List<EntityMention> m = mentions("舟山海关关长张三出席。今年以来海关在舟山片区推出多项措施。海关将继续推进智慧口岸建设。"
                + "海关监管区域扩大，海关特殊监管区域发展。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("海关") && x.canonical().equals("舟山海关") && x.contextual()).count(), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("海关")).count(), "customs in a term is no body: " + m);
        List<EntityMention> two = mentions("宁波海关和舟山海关出席。海关将继续推进智慧口岸建设。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("海关")), "of two customs houses, neither: " + two);
        assertTrue(mentions("海关将继续推进智慧口岸建设。").stream().noneMatch(x -> x.text().equals("海关")), "with none named, none");
        for (String general : List.of("舟山海关关长张三出席。各地海关将加大支持。该类货物由海关负责查验。",
                "舟山海关关长张三出席。海关总署近日出台十六条措施，海关将全力支持自贸试验区建设。",
                "俄罗斯海关代表团来访。今年以来海关在满洲里口岸推出多项便利措施。")) {
            List<EntityMention> none = mentions(general);
            assertTrue(none.stream().noneMatch(x -> x.text().equals("海关")), "customs in general, the administration's or abroad: " + none);
        }
    }

    @Test
    void theIssuersOfficeDatedOnItsLineNamesTheCommitteesOfAPartnerNamedLaterTheWriters() {
        List<EntityMention> m = mentions("四川天府新区2024年工作总结和2025年工作计划（摘要）\n四川天府新区党工委管委会办公室　2025年1月20日\n\n"
                + "深化与重庆两江新区协同发展。\n由党工委书记、成都市委常委王海峰同志牵头，管委会主任孙嘉宁同志具体负责。");
        assertEquals("四川天府新区党工委", canonicalOf(m, "党工委"), m.toString());
        assertEquals("四川天府新区管理委员会", canonicalOf(m, "管委会"), "a city's committee before it says nothing of the zone: " + m);
    }

    @Test
    void aKindWhoseExperienceIsCopiedOrWhoseStrategyIsNamedIsEveryZoneOfTheKind() {
        List<EntityMention> m = mentions("中国（山东）自由贸易试验区青岛片区发布。深化与自贸试验区联动。复制推广自贸试验区改革试点经验。推广自贸试验区制度创新成果。");
        assertEquals(1, m.stream().filter(x -> x.text().equals("自贸试验区")).count(), m.toString());
    }

    @Test
    void aBareKindWordInADocumentCountingManyZonesAndNamingSeveralAsOftenMeansTheKind() {
        List<EntityMention> m = mentions("十二年前，中国（上海）自由贸易试验区在浦东挂牌。我国已先后设立22个自由贸易试验区。"
                + "上海自贸试验区临港新片区、广东自贸试验区南沙片区、福建自贸试验区厦门片区各有特色。自贸试验区的“试”，贵在敢闯敢试。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("自贸试验区")), m.toString());
        // A count in the tens written with the short kind word, and two zones named as often as each other.
        List<EntityMention> two = mentions("商务部推动22个自贸试验区对接高标准经贸规则。2025年，自贸试验区实际使用外资2785亿元。"
                + "中国（上海）自由贸易试验区临港新片区、中国（新疆）自由贸易试验区霍尔果斯片区等形成了一批标志性成果。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("自贸试验区")), two.toString());
    }

    @Test
    void placesListedBeforeTheLastOnesBodyNameThatBodyOfTheirsToo() {
        List<EntityMention> m = mentions("责任单位：省商务厅，成都市、绵阳市、宜宾市、泸州市人民政府。");
        for (String city : List.of("成都市", "绵阳市", "宜宾市")) {
            assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals(city) && x.canonical().equals(city + "人民政府")), m.toString());
            assertTrue(has(m, EntityType.PLACE, city), m.toString());
        }
        assertTrue(m.stream().noneMatch(x -> x.text().equals("成都")), "no place nested in the place: " + m);
        List<EntityMention> places = mentions("天津市、北京市和河北省人民政府联合发文。");
        assertTrue(places.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("天津市")), "another level: " + places);
    }

    @Test
    void aBareBodyNamedWithItsTermIsStillThePlacesBody() {
        List<EntityMention> m = mentions("南京市江宁区人大常委会工作报告。区十八届人大常委会召开会议，区人大常委会主任濮建军讲话。");
        assertEquals("南京市江宁区人民代表大会常务委员会", canonicalOf(m, "区十八届人大常委会"), m.toString());
    }

    @Test
    void aBareNewAreaIsTheOneNewAreaTheDocumentNamesButNotANewPartOfTownInGeneral() {
        List<EntityMention> m = mentions("河北雄安新区加快建设。新区已出台支持政策，央企在新区布局。城市新区和老城区协调发展。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("新区") && x.canonical().equals("河北雄安新区")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.start() == 31), m.toString());
        List<EntityMention> partners = mentions("两江新区与四川天府新区签署合作协议。新区规模以上工业产值增长9.5%。");
        assertTrue(partners.stream().noneMatch(x -> x.text().equals("新区")), partners.toString());
    }

    @Test
    void theYouthLeaguesCommitteeNamedByItsLevelAloneIsThatOfThePlaceWhoseBareBodiesTheDocumentNames() {
        List<EntityMention> m = mentions("嘉善县召开青年工作会议。县委书记王五讲话，团县委书记张三主持。");
        assertEquals("共青团嘉善县委员会", canonicalOf(m, "团县委"), m.toString());
    }

    @Test
    void aGovernmentsGeneralOfficeIsOneBodyHoweverShortItsName() {
        List<EntityMention> m = mentions("嘉善县召开会议。县政府办主任李四、县府办副主任王二出席，嘉善县人民政府办公室承办。");
        assertEquals("嘉善县人民政府办公室", canonicalOf(m, "县政府办"), m.toString());
        assertEquals("嘉善县人民政府办公室", canonicalOf(m, "县府办"), m.toString());
    }

    @Test
    void anAcronymGivenInsideAnInstitutionsNameStandsForItWhereItOpensAnotherName() {
        List<EntityMention> m = mentions("日本贸易振兴机构（JETRO）大连代表处首席代表石川博之介绍。JETRO大连代表处今年举办活动。");
        assertEquals("日本贸易振兴机构大连代表处", canonicalOf(m, "JETRO大连代表处"), m.toString());
    }

    @Test
    void shortNamesGivenRespectivelyNameTheListedZonesInTheirOrderWhereverTheyStand() {
        List<EntityMention> m = mentions("经开综保区进出口500亿元，空港综保区增长20%。"
                + "合肥经开综合保税区、合肥综合保税区、合肥空港综合保税区分别简称“经开综保区”“合肥综保区”“空港综保区”。");
        assertEquals("合肥经济技术开发区综合保税区", canonicalOf(m, "经开综保区"), m.toString());
        assertEquals("合肥空港综合保税区", canonicalOf(m, "空港综保区"), m.toString());
    }

    @Test
    void aCommonWordReadIntoANameBeforeACommitteeIsNoPlaceAndTheCountysBareBodiesStayItsOwn() {
        List<EntityMention> m = mentions("嘉善县人民政府常务会议纪要。会议原则同意该方案，由县经信局修改完善，按程序报县委审定后印发实施。");
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("程序")), m.toString());
        assertEquals("嘉善县经济和信息化局", canonicalOf(m, "县经信局"), m.toString());
    }

    @Test
    void aDocumentNamingMacaoMoreOftenThanItsProvinceIsStillThatProvincesForItsBareProvincialBodies() {
        List<EntityMention> m = mentions("横琴粤澳深度合作区执委会与澳门特区政府召开会议。澳门特区政府经济及科技发展局、澳门贸易投资促进局参加。"
                + "钟立衡表示，省委、省政府全力支持合作区。");
        assertEquals("广东省委", canonicalOf(m, "省委"), m.toString());
        assertEquals("广东省人民政府", canonicalOf(m, "省政府"), m.toString());
    }

    @Test
    void aCitysBodyNamedOnceWithItsProvinceIsTheSameBodyWithoutIt() {
        List<EntityMention> m = mentions("公诉机关广东省深圳市人民检察院。深圳市人民检察院指派检察员出庭。");
        assertEquals("广东省深圳市人民检察院", canonicalOf(m, "深圳市人民检察院"), m.toString());
    }

    @Test
    void aPlacesPoliticalConsultativeConferenceIsOneBodyHoweverItsNameIsWritten() {
        List<EntityMention> m = mentions("政协苏州市第十五届委员会第三次会议提案。苏州市政协主席出席。中国人民政治协商会议苏州市委员会召开会议。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).allMatch(x -> x.canonical().equals("苏州市政协")), m.toString());
    }

    @Test
    void theYouthLeaguesCommitteeOfAPlaceIsNoPartyCommittee() {
        List<EntityMention> m = mentions("嘉善县召开会议。共青团嘉善县委书记褚一鸣出席。");
        assertTrue(has(m, EntityType.ORGANIZATION, "共青团嘉善县委"), m.toString());
        assertEquals("共青团嘉善县委员会", canonicalOf(m, "共青团嘉善县委"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().equals("嘉善县委")), m.toString());
        List<EntityMention> inFull = mentions("共青团广州市南沙区委员会书记吴佩琳介绍，港澳青年创业基地已建成。");
        assertTrue(has(inFull, EntityType.ORGANIZATION, "共青团广州市南沙区委员会"), inFull.toString());
        assertTrue(inFull.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), inFull.toString());
    }

    @Test
    void aPartyCommitteeAfterADepartmentNamedByItsLevelIsThatDepartments() {
        List<EntityMention> m = mentions("嘉善县召开会议。訾雅婷，曾任姚庄镇党委副书记，任县市场监督管理局党委委员。");
        assertEquals("嘉善县市场监督管理局党委", m.stream().filter(x -> x.text().equals("党委")).findFirst().map(EntityMention::canonical).orElse(null), m.toString());
    }

    @Test
    void aZonesCommitteeNamedByTheEndOfTheZonesNameIsTheZones() {
        List<EntityMention> m = mentions("西安国际港务区发展很快。港务区管委会主任王明说，港务区将扩大开放。");
        assertEquals("西安国际港务区管理委员会", EntityFixture.canonicalOf(m, "港务区管委会"), m.toString());
        List<EntityMention> sco = mentions("上海合作组织地方经贸合作示范区管委会主任李强说。");
        assertEquals("中国—上海合作组织地方经贸合作示范区管理委员会", EntityFixture.canonicalOf(sco, "上海合作组织地方经贸合作示范区管委会"), "named without 中国—: " + sco);
    }

    @Test
    void aFirmsNameInLatinLettersInBracketsAfterItIsTheFirmWhereverItStands() {
        List<EntityMention> m = mentions("哈萨克斯坦铁路快运公司（KTZ Express）和普洛斯中国（GLP China）合作。KTZ Express表示将扩大合作。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("KTZ Express") && x.canonical().equals("哈萨克斯坦铁路快运公司")).count(), m.toString());
        assertEquals("普洛斯集团", EntityFixture.canonicalOf(m, "GLP China"), m.toString());
        List<EntityMention> logistics = mentions("京东物流、天猫国际和国泰君安证券在西安港务区布局。");
        assertEquals("京东物流股份有限公司", EntityFixture.canonicalOf(logistics, "京东物流"), "a listed subsidiary is no part of its group: " + logistics);
        assertEquals("西安国际港务区", EntityFixture.canonicalOf(logistics, "西安港务区"), logistics.toString());
    }

    @Test
    void aDigestsSectionLabelIsNoPartOfANameAndAPlayersNationalityIsNoTeam() {
        List<EntityMention> m = mentions("【财经】人民银行浙江省分行：上半年全省新增普惠小微贷款4100亿元。中超第18轮：成都蓉城客场2比1逆转上海海港，蓉城队巴西籍外援梅开二度。"
                + "科大讯飞联合中国科大共建联合实验室。（综合新华社、中新社、本报记者报道）");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("【")), m.toString());
        assertTrue(has(m, EntityType.PLACE, "巴西"), m.toString());
        assertEquals("中国科学技术大学", EntityFixture.canonicalOf(m, "中国科大"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "中新社"), m.toString());
    }

    @Test
    void aBareZoneWordAfterARegionsKindMeansZonesOfThatKind() {
        List<EntityMention> m = mentions("中国（广东）自由贸易试验区南沙片区发展很快。内陆自贸试验区要加快发展，沿边综保区也要发展，自贸试验区要先行先试。");
        assertTrue(m.stream().noneMatch(x -> x.start() >= 22 && x.start() < 40 && x.type() == EntityType.ZONE), m.toString());
        assertEquals(1, m.stream().filter(x -> x.text().equals("自贸试验区") && x.canonical().equals("中国(广东)自由贸易试验区")).count(), m.toString());
    }

    @Test
    void aListedBrandInsideAWordOpensNoFirmsName() {
        List<EntityMention> m = mentions("山东上合国际供应链管理有限公司与乌兹别克斯坦撒马尔罕纺织集团签订棉纱年进口协议。");
        assertTrue(has(m, EntityType.COMPANY, "乌兹别克斯坦撒马尔罕纺织集团"), m.toString());
    }

    @Test
    void aFirmsShortNameInBracketsRightAfterItMadeOfItsCharactersIsTheFirm() {
        List<EntityMention> m = mentions("开工建设东宁经济开发区进口粮食加工园，推动九三粮油工业集团有限公司（九三集团）、云南省建设投资控股集团有限公司（云南建投）"
                + "等企业项目落地。九三集团、云南建投表示。北京大学（北大）教授说。");
        assertTrue(m.stream().filter(x -> x.text().equals("九三集团")).allMatch(x -> x.canonical().equals("九三粮油工业集团有限公司")), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("云南建投") && x.canonical().equals("云南省建设投资控股集团有限公司")).count(), m.toString());
        assertEquals("北京大学", EntityFixture.canonicalOf(m, "北大"), m.toString());
        assertTrue(DefinedShortNames.abbreviates("广汇集团", "新疆广汇实业投资（集团）有限责任公司"));
        assertFalse(DefinedShortNames.abbreviates("盐城", "乐天商业管理有限公司"));
    }

    @Test
    void aCountyLevelCitysWorkReportIsItsHomeAndABareBodyListedAfterAnotherPlacesBodyIsThatPlaces() {
        List<EntityMention> m = EntityFixture.mentions("东宁市人民政府市长　邵振宇。过去一年，在牡丹江市委、市政府和东宁市委的坚强领导下，绥芬河综合保税区、"
                + "绥芬河海关、绥芬河市商务局支持我市发展。市政府将在市委领导下，自觉接受市人大的监督。");
        List<String> bare = m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().startsWith("市")).map(EntityMention::canonical).toList();
        assertEquals(List.of("牡丹江市人民政府", "东宁市人民政府", "东宁市委", "东宁市人民代表大会"), bare, m.toString());
    }

    @Test
    void aZoneNamedWithoutItsCountysLevelIsTheZoneNamedWithItAndItsBareWordsAreThatZones() {
        List<EntityMention> m = mentions("澄迈老城经济开发区企业复工见闻\n澄迈县老城经济开发区位于澄迈县。工作组进驻老城经济开发区，开发区规模以上工业企业复工率达到95%。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.ZONE).allMatch(x -> x.canonical().equals("澄迈县老城经济开发区")), m.toString());
        assertEquals(4, m.stream().filter(x -> x.type() == EntityType.ZONE).count(), m.toString());
        // Short zone names beside longer ones link nothing, and break nothing.
        List<EntityMention> short_ = mentions("福州新区和长春新区签约，福州新区管委会出席。");
        assertEquals(List.of("福州新区", "长春新区", "福州新区"), short_.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::canonical).toList(), short_.toString());
    }

    @Test
    void aLevelsBareBureauOfMergedFieldsAndItsCommitteesDepartmentByItsShortNameAreThePlacesNamedBefore() {
        List<EntityMention> m = mentions("文山壮族苗族自治州教育体育局印发通知。州教育体育局给予每个工作室每年3万元。州委政法委、州公安局联合发文。"
                + "州住房和城乡建设管理局负责。");
        assertEquals(List.of("文山壮族苗族自治州教育体育局", "文山壮族苗族自治州委政法委", "文山壮族苗族自治州住房和城乡建设管理局"),
                m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().startsWith("州") && !x.text().equals("州委") && !x.text().equals("州公安局"))
                        .map(EntityMention::canonical).toList(), m.toString());
    }

    @Test
    void aCountysNameHanlpKnowsOnlyAsAProperNounIsTheCountyInADocumentNamingItInFull() {
        List<EntityMention> m = mentions("永康市位于浙江中部。永康是“中国五金之都”，来自永康的企业很多。");
        assertEquals(List.of("永康市", "永康市", "永康市"), m.stream().filter(x -> x.text().startsWith("永康")).map(EntityMention::canonical).toList(), m.toString());
        assertTrue(mentions("永康是“中国五金之都”。").stream().noneMatch(x -> x.text().equals("永康")), "named bare only, it is no place");
    }

    @Test
    void aFirmNamedByTheOpeningOfItsRegisteredNameIsTheOneFirmSoNamed() {
        List<EntityMention> m = mentions("四川芯辰微电子封装测试有限公司落户宜宾。芯辰微电子董事长杨建华表示，芯辰微电子将扩产。");
        assertTrue(m.stream().filter(x -> x.text().equals("芯辰微电子")).allMatch(x -> x.canonical().equals("四川芯辰微电子封装测试有限公司"))
                && m.stream().anyMatch(x -> x.text().equals("芯辰微电子")), m.toString());
        List<EntityMention> regional = mentions("林国栋考察了川南汇智光伏科技（宜宾）有限公司。川南汇智光伏总经理托马斯·韦伯介绍。");
        assertEquals("川南汇智光伏科技（宜宾）有限公司", canonicalOf(regional, "川南汇智光伏"), "a trade word between the opening and the seat: " + regional);
        List<EntityMention> branded = mentions("投资方：芯睿智能装备（深圳）股份有限公司\n签约人：芯睿智能总经理 欧阳立新");
        assertEquals("芯睿智能装备（深圳）股份有限公司", canonicalOf(branded, "芯睿智能"), "a subsidiary named after its brand goes by its trade name too: " + branded);
    }

    @Test
    void aTitleReadOnFromInsideAFirmsShortNameIsTheTitleAfterTheName() {
        List<EntityMention> m = mentions("杭州星穹互动网络科技有限公司研发游戏。星穹互动创始人、首席执行官林逸飞表示，公司将推出新版本。");
        assertEquals("杭州星穹互动网络科技有限公司", canonicalOf(m, "星穹互动"), m.toString());
        assertTrue(has(m, EntityType.POSITION, "创始人") && !has(m, EntityType.POSITION, "互动创始人") && !has(m, EntityType.PERSON, "星穹"), m.toString());
    }

    @Test
    void listedZonesAndDistrictsByTheNamesTheirNewsUse() {
        List<EntityMention> m = mentions("金义综保区管委会主任李四说。山西综改示范区党工委书记张三发言。杨凌示范区位于陕西，在杨凌学到的温室种植技术。");
        assertEquals("金义综合保税区管理委员会", canonicalOf(m, "金义综保区管委会"), m.toString());
        assertEquals("山西转型综合改革示范区", canonicalOf(m, "山西综改示范区"), m.toString());
        assertEquals("杨陵区", canonicalOf(m, "杨凌"), m.toString());
    }

    @Test
    void aZoneNamedBeforeItsOtherNameInItsBodysNameIsNamedThere() {
        List<EntityMention> m = mentions("南沙开发区（自贸区南沙片区）党工委书记黄志坚说。");
        assertTrue(has(m, EntityType.GOVERNMENT, "南沙开发区（自贸区南沙片区）党工委") && has(m, EntityType.ZONE, "南沙开发区"), m.toString());
        List<EntityMention> seat = mentions("中德（芜湖）产业合作园管委会成立。");
        assertTrue(has(seat, EntityType.ZONE, "中德（芜湖）产业合作园"), "a seat in brackets before the zone's word: " + seat);
    }

    @Test
    void aFreeTradeCommitteeIsTheCommitteeOfItsCitysAreaAndABorderPilotZoneGoesByItsPlaceAndKind() {
        List<EntityMention> m = mentions("中国（福建）自由贸易试验区厦门片区挂牌十年。厦门市委常委、自贸委主任林建新表示。厦门自贸委相关负责人介绍。东兴试验区管委会主任何振邦说。"
                + "越南芒街市与东兴市隔河相望，芒街市人民委员会副主席到访。");
        assertEquals("中国(福建)自由贸易试验区厦门片区管理委员会", canonicalOf(m, "自贸委"), m.toString());
        assertEquals("中国(福建)自由贸易试验区厦门片区管理委员会", canonicalOf(m, "厦门自贸委"), m.toString());
        assertEquals("东兴国家重点开发开放试验区管理委员会", canonicalOf(m, "东兴试验区管委会"), m.toString());
        assertEquals("芒街市", canonicalOf(m, "芒街市"), m.toString());
        assertEquals("芒街市人民委员会", canonicalOf(m, "芒街市人民委员会"), m.toString());
    }

    @Test
    void aCommitteesStaffingOfficeAndTheStateCouncilsTariffCommissionAreBodiesOfTheirOwn() {
        List<EntityMention> m = mentions("湖北省人大常委会执法检查组报告。建议省委编办会同省商务厅研究。国务院关税税则委员会对税目调整另行发布。");
        assertEquals("湖北省委机构编制委员会办公室", canonicalOf(m, "省委编办"), m.toString());
        assertTrue(has(m, EntityType.GOVERNMENT, "国务院关税税则委员会") && !has(m, EntityType.GOVERNMENT, "国务院"), m.toString());
    }

    @Test
    void aListedOrganizationsShortNameOpeningALongerNameIsWrittenInFull() {
        List<EntityMention> m = mentions("上合组织国家特色商品博览会开幕。上海合作组织国家特色商品博览会在青岛举行。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.ORGANIZATION).map(EntityMention::canonical).distinct().count(), m.toString());
    }

    @Test
    void aBodyAbbreviatedAfterItsFullNameIsThatBodyButAParentBodyIsNone() {
        List<EntityMention> m = mentions("澳门特别行政区政府经济及科技发展局局长戴美诗表示，澳门经科局将与合作区经济发展局建立机制。"
                + "海关总署广东分署督导工作，海关总署部署。");
        assertEquals("澳门特别行政区政府经济及科技发展局", canonicalOf(m, "澳门经科局"), m.toString());
        assertEquals("海关总署", m.stream().filter(x -> x.text().equals("海关总署") && x.start() > 50).findFirst().map(EntityMention::canonical).orElse(null), m.toString());
    }

    @Test
    void aCourtsTribunalNamedWithoutTheCourtIsThatTribunal() {
        List<EntityMention> m = mentions("上海市浦东新区人民法院自由贸易区法庭公开开庭审理一起纠纷案。审判长、自由贸易区法庭副庭长周婧主持庭审。");
        assertEquals("上海浦东新区人民法院自由贸易区法庭", canonicalOf(m, "自由贸易区法庭"), m.toString());
    }

    @Test
    void anAirportNamedShortIsTheOneAirportTheDocumentNamesInFull() {
        List<EntityMention> m = mentions("郑州新郑国际机场货运增长，郑州机场开通航线。");
        assertEquals("郑州新郑国际机场", canonicalOf(m, "郑州机场"), m.toString());
    }

    @Test
    void aKindWordAloneAfterAZoneNamedByItsPlaceIsThatPlacesZoneOfTheKind() {
        List<EntityMention> m = mentions("喀什经济开发区、综合保税区面向中亚。那头连着喀什经济开发区和综合保税区。天津港保税区和综合保税区。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("综合保税区") && x.canonical().equals("喀什综合保税区")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("综合保税区") && x.start() > 40), "天津综合保税区 is no listed zone: " + m);
        List<EntityMention> body = mentions("喀什经济开发区、综合保税区管委会主任张三说。");
        assertTrue(body.stream().anyMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("综合保税区管委会")), "the zones' shared body stays: " + body);
    }

    @Test
    void theWesternBordersSpecialDevelopmentZonesAreListedAndTheirBodiesNamedAfterThem() {
        List<EntityMention> m = mentions("喀什经济开发区面向中亚。喀什经开区党工委副书记、管委会常务副主任陈志鹏说。");
        assertEquals("喀什经济开发区党工委", canonicalOf(m, "喀什经开区党工委"), m.toString());
        assertEquals("喀什经济开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
    }

    @Test
    void aTitlesShortNameGivenAfterACommaIsTheTitle() {
        List<EntityMention> m = mentions("起草了《川南临港片区深化改革创新三年行动方案》，简称“三年行动方案”。三年行动方案提出。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("三年行动方案") && x.canonical().equals("川南临港片区深化改革创新三年行动方案")).count(), m.toString());
    }

    @Test
    void aShortNameDefinedAfterARemarkOnTheNameIsTheFirm() {
        List<EntityMention> m = mentions("●投资标的名称：重庆德泓智联电子科技有限公司（暂定名，最终以市场监督管理部门核准登记的名称为准，以下简称“重庆德泓”）。重庆德泓注册资本为人民币30000万元。");
        assertTrue(m.stream().filter(x -> x.text().equals("重庆德泓")).allMatch(x -> x.type() == EntityType.COMPANY && x.canonical().equals("重庆德泓智联电子科技有限公司"))
                && m.stream().anyMatch(x -> x.text().equals("重庆德泓")), m.toString());
    }

    @Test
    void aShortNameDefinedAfterAFirmsLatinNameIsTheFirm() {
        List<EntityMention> m = mentions("埃克斯泰尔半导体公司（Exstell Semiconductor, Inc.，以下简称“埃克斯泰尔半导体”）今日宣布，无锡高新区工厂投产。埃克斯泰尔半导体表示。");
        assertTrue(m.stream().filter(x -> x.text().equals("埃克斯泰尔半导体")).allMatch(x -> x.canonical().equals("埃克斯泰尔半导体公司")), m.toString());
    }

    @Test
    void aWorkingCommitteeOrOfficeOfABodyNamedByItsLevelIsTheHomeProvincesBodys() {
        List<EntityMention> m = mentions("安徽省开发区条例。省人大常委会法制工作委员会主任方红梅介绍，省政府督查室参加。安徽省合肥市。");
        assertEquals("安徽省人民代表大会常务委员会法制工作委员会", canonicalOf(m, "省人大常委会法制工作委员会"), m.toString());
        assertEquals("安徽省人民政府督查室", canonicalOf(m, "省政府督查室"), m.toString());
    }

    @Test
    void departmentsListedAfterAnAutonomousRegionsAreThatRegionsToo() {
        List<EntityMention> m = mentions("内蒙古自治区党委书记祁俊峰调研，自治区发展改革委、商务厅、交通运输厅负责同志陪同。");
        assertEquals("内蒙古自治区商务厅", canonicalOf(m, "商务厅"), m.toString());
        assertEquals("内蒙古自治区交通运输厅", canonicalOf(m, "交通运输厅"), m.toString());
    }

    @Test
    void theCityWhoseMayorTheDocumentNamesIsItsCityHoweverOftenItNamesAnothersZones() {
        List<EntityMention> m = mentions("7月23日，牡丹江市市长尉迟国栋主持召开市政府常务会议，研究绥芬河综合保税区扩能提质事项。"
                + "会议听取了市商务局、绥芬河市人民政府关于绥芬河综合保税区运行情况的汇报。绥芬河综保区进出口增长。市发改委要会同绥芬河海关推进。");
        assertEquals("牡丹江市商务局", canonicalOf(m, "市商务局"), m.toString());
        assertEquals("牡丹江市发展和改革委员会", canonicalOf(m, "市发改委"), m.toString());
        // So is the city whose government holds the meeting, though another city's mayor speaks at it.
        List<EntityMention> held = mentions("市政府召开第五次全体会议\n2月25日上午，南平市人民政府召开第五次全体会议。"
                + "武夷新区、南平工业园区、邵武经济开发区、武夷山经济开发区新增规上工业企业96家。市委副书记、市长林振华出席。市审计局局长作报告。邵武市市长吴俊杰作了表态发言。");
        assertEquals("南平市审计局", canonicalOf(held, "市审计局"), held.toString());
        List<EntityMention> passing = mentions("市政府常务会议召开\n南平市市长林振华主持召开市政府常务会议。\n会议指出，要办好由福州市人民政府举行的数字中国建设峰会的对接工作。市商务局要做好准备。");
        assertEquals("南平市商务局", canonicalOf(passing, "市商务局"), "a city named in passing further on: " + passing);
    }

    @Test
    void aPlaceNamedOnlyInACitedTitleIsNotWhereTheDocumentIsFrom() {
        List<EntityMention> m = EntityFixture.mentions("国务院办公厅印发意见。复制推广《全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案》中的试点措施。"
                + "支持自贸试验区所在省份选择国家级经济技术开发区。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && x.canonical().contains("上海")), m.toString());
    }

    @Test
    void aBareZoneWordListedWithOtherKindsOfZoneNamesTheKind() {
        List<EntityMention> m = EntityFixture.mentions("在鄂尔多斯综合保税区，祁俊峰听取汇报。推动开发区、综保区、口岸联动发展，普遍叠加自贸区、综合保税区政策。综保区进出口增长。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().equals("综保区")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("自贸区")), m.toString());
    }

    @Test
    void moreDepartmentsOfALevelAreBodiesAndTheirShortFormsLinkToTheirOfficialNames() {
        List<EntityMention> m = mentions("安徽省人民政府通知。省市场监管局、省能源局、合肥海关参加。省药监局、省文旅局出席。");
        assertEquals("安徽省能源局", canonicalOf(m, "省能源局"), m.toString());
        assertEquals("安徽省药品监督管理局", canonicalOf(m, "省药监局"), m.toString());
        assertEquals("安徽省文化和旅游局", canonicalOf(m, "省文旅局"), m.toString());
    }

    @Test
    void bodiesOfEveryCityOrOfZonesInGeneralAreNoneInParticular() {
        List<EntityMention> m = mentions("各市经济和信息化局、有关开发区管委会要落实。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(mentions("天津市经济和信息化局发文。").stream().anyMatch(x -> x.text().equals("天津市经济和信息化局")));
    }

    @Test
    void aDepartmentsShortFieldIsItsOfficialOne() {
        List<EntityMention> m = mentions("山东省科学技术厅发文，省科技厅要求落实。省市场监管厅参加。");
        assertEquals("山东省科学技术厅", canonicalOf(m, "省科技厅"), m.toString());
        assertEquals("山东省市场监督管理厅", canonicalOf(m, "省市场监管厅"), m.toString());
    }

    @Test
    void aBareCooperationZoneOrExperimentalZoneIsTheOneTheDocumentNamesAndOfTwoTheOneItsSentenceNamed() {
        List<EntityMention> m = mentions("平潭综合实验区管委会表示，实验区将加快发展。今年1—5月，前海合作区实际使用外资42.6亿美元。"
                + "横琴粤澳深度合作区执委会副主任聂新平介绍，合作区澳资企业增长至6800余家。");
        assertEquals("平潭综合实验区", canonicalOf(m, "实验区"), m.toString());
        assertEquals("横琴粤澳深度合作区", canonicalOf(m, "合作区"), m.toString());
        assertTrue(mentions("全国各类合作区和实验区加快发展。").stream().noneMatch(x -> x.type() == EntityType.ZONE));
    }

    @Test
    void aBareNewAreaOfAFreeTradeZoneIsTheOneTheDocumentNames() {
        List<EntityMention> m = mentions("中国（上海）自由贸易试验区临港新片区今年吸引外资。新片区管委会副主任王强表示，新片区将加快发展。");
        assertEquals("中国(上海)自由贸易试验区临港新片区", canonicalOf(m, "新片区"), m.toString());
        assertEquals("中国(上海)自由贸易试验区临港新片区管理委员会", canonicalOf(m, "新片区管委会"), m.toString());
    }

    @Test
    void aPrefecturesAndABannersBodiesAndAPortsCommitteeAbroadAreStateBodies() {
        List<EntityMention> m = mentions("锡林郭勒盟行政公署副盟长额尔敦巴雅尔率团赴蒙古国。喀什地区行署副专员赵建国出席。"
                + "凭祥综合保税区与越南谅山省同登口岸管理委员会共建平台。在新巴尔虎右旗，旗委书记其木格介绍。");
        assertTrue(has(m, EntityType.GOVERNMENT, "锡林郭勒盟行政公署") && has(m, EntityType.GOVERNMENT, "越南谅山省同登口岸管理委员会"), m.toString());
        assertEquals("喀什地区行政公署", canonicalOf(m, "喀什地区行署"));
        assertEquals("新巴尔虎右旗委", canonicalOf(m, "旗委"));
    }

    @Test
    void aDocumentNumberCitedAgainAloneIsThePolicyItsFirstCitationNamed() {
        List<EntityMention> m = mentions("根据《财政部 税务总局关于海南自由贸易港企业所得税优惠政策的通知》（财税〔2020〕31号），企业可享受优惠。各地要落实财税〔2020〕31号要求。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("财税〔2020〕31号") && x.canonical().startsWith("财政部 税务总局关于")).count(), m.toString());
    }

    @Test
    void aHighTechZoneListedAsAnIndustrialParkIsNamedShortAsAnyOther() {
        List<EntityMention> m = mentions("大连高新区党工委书记那晓光介绍，大连高新技术产业园区集聚企业。沈阳浑南高新区也来学习。高新区将加快发展。");
        assertEquals("大连高新技术产业园区", canonicalOf(m, "大连高新区"));
        assertEquals("大连高新技术产业园区", canonicalOf(m, "高新区"), "the bare word is the zone of its kind named most: " + m);
    }

    @Test
    void shortZoneFormsLinkToTheFullName() {
        List<EntityMention> m = mentions("南昌综保区联动南昌经开区，深化与广州白云机场综保区的合作。");
        assertEquals("南昌综合保税区", canonicalOf(m, "南昌综保区"));
        assertEquals("南昌经济技术开发区", canonicalOf(m, "南昌经开区"));
        assertEquals("广州白云机场综合保税区", canonicalOf(m, "广州白云机场综保区"));
    }

    @Test
    void thePartysNameBeforeACommitteeIsPartOfItsNameAndLinksItToTheCommitteeNamedWithout() {
        List<EntityMention> m = mentions("现任中共双峰县委常委、组织部部长。双峰县委召开全会。中共中央、国务院印发意见。");
        assertTrue(has(m, EntityType.GOVERNMENT, "中共双峰县委"), m.toString());
        assertEquals("双峰县委", canonicalOf(m, "中共双峰县委"));
        assertTrue(has(m, EntityType.PLACE, "双峰县"), "the committee's place, after the party's name: " + m);
        assertEquals("中共中央", canonicalOf(m, "中共中央"));
    }

    @Test
    void aBareCommitteeAfterAnUnlistedZonesPartyCommitteeIsThatZonesAndAKindWordAloneNamesNone() {
        List<EntityMention> m = mentions("李秀梅，现任山西省商务厅副厅长，拟任山西转型综合改革示范区党工委副书记、管委会主任。");
        assertEquals("山西转型综合改革示范区管理委员会", canonicalOf(m, "管委会"), m.toString());
        List<EntityMention> kind = mentions("太原市委常委王强。薛文斌，现任示范区党工委副书记、管委会常务副主任。");
        assertTrue(kind.stream().noneMatch(x -> x.canonical().endsWith("管理委员会") && !x.canonical().equals(x.text())
                && (x.canonical().startsWith("太原") || x.canonical().startsWith("示范区"))), kind.toString());
    }

    @Test
    void aDevelopmentZonesNameWithoutItsKindIsThatZoneUnlessItNamesACity() {
        List<EntityMention> m = mentions("西安高新技术产业开发区发布数据。平潭综合实验区管委会发布。平潭综合实验区建设提速。西安是古都。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("西安") && x.type() != EntityType.PLACE), "西安 names a city: " + m);
    }

    @Test
    void anOfficeOfAVerticalLineIsNamedAsWrittenNotAsTheProvincesBody() {
        List<EntityMention> m = mentions("交通运输部海南海事局发布通告，海南海事局表示将加强监管。");
        assertTrue(m.stream().filter(x -> x.text().equals("海南海事局")).allMatch(x -> x.canonical().equals("海南海事局")), m.toString());
    }

    @Test
    void theFreeTradePortIsHainansWhereTheDocumentNamesIt() {
        List<EntityMention> m = mentions("海南自由贸易港建设加快，自贸港政策落地，企业跟着自贸港一起成长。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("自贸港") && x.canonical().equals("海南自由贸易港")).count(), m.toString());
    }

    @Test
    void aListedBodysShortNameOpeningItsBranchIsTheBodysBranch() {
        List<EntityMention> m = mentions("人民银行淄博市分行发布数据。外汇局广东省分局表示支持。");
        assertEquals("中国人民银行淄博市分行", canonicalOf(m, "人民银行淄博市分行"), m.toString());
        assertEquals("国家外汇管理局广东省分局", canonicalOf(m, "外汇局广东省分局"), m.toString());
    }

    @Test
    void aCrossBorderEcommerceZoneNamedAfterANewAreaIsOneZone() {
        List<EntityMention> m = mentions("中国（石家庄）跨境电子商务综合试验区、中国（雄安新区）跨境电子商务综合试验区进出口增长。");
        assertEquals("中国(雄安新区)跨境电子商务综合试验区", canonicalOf(m, "中国（雄安新区）跨境电子商务综合试验区"), m.toString());
    }

    @Test
    void aShortDevelopmentZoneIsTheKindOfDevelopmentZoneTheDocumentNames() {
        List<EntityMention> m = mentions("芜湖三山经济开发区管委会发布公告。芜湖三山经开区建设加快。");
        assertEquals("芜湖三山经济开发区", canonicalOf(m, "芜湖三山经开区"), m.toString());
        assertEquals("合肥经济技术开发区", canonicalOf(mentions("合肥经开区增长。"), "合肥经开区"));
        // Its bodies and the zone inside them too.
        List<EntityMention> bodies = mentions("长汀经济开发区召开会议。长汀经开区党工委书记出席。");
        assertEquals("长汀经济开发区党工委", canonicalOf(bodies, "长汀经开区党工委"), bodies.toString());
        assertEquals("长汀经济开发区", canonicalOf(bodies, "长汀经开区"), bodies.toString());
    }

    @Test
    void aListedZonesNameWithoutItsKindIsThatZoneInADocumentNamingItInFullEvenInsideItsBodysName() {
        List<EntityMention> m = mentions("记者从东疆综合保税区管委会获悉，截至9月底，东疆累计注册租赁公司超过4500家。");
        assertEquals("天津东疆综合保税区", canonicalOf(m, "东疆"), m.toString());
        assertTrue(mentions("东疆累计注册租赁公司超过4500家。").stream().noneMatch(x -> x.text().equals("东疆")), "not where the zone is never named in full");
        List<EntityMention> venue = mentions("东疆综合保税区管委会主办。会议在东疆湾国际会议中心一层海河厅举行。");
        assertTrue(venue.stream().noneMatch(x -> x.text().equals("东疆") && x.start() > 10), "a bay named after the zone is a place of its own: " + venue);
        List<EntityMention> chinas = mentions("第五届中国（天津）自贸试验区租赁论坛开幕。中国（天津）自由贸易试验区管理委员会主办。");
        assertEquals("中国(天津)自由贸易试验区", canonicalOf(chinas, "中国（天津）自贸试验区"), "the zone written short: " + chinas);
        List<EntityMention> district = mentions("广州南沙综合保税区今年进出口增长20%。南沙将建设国际航运枢纽。");
        assertTrue(district.stream().noneMatch(x -> x.text().equals("南沙") && x.type() == EntityType.ZONE), "南沙 is the district's name first: " + district);
        List<EntityMention> county = mentions("赵德明任郑州新郑综合保税区管理委员会主任。新郑市委、市政府敬献花圈。1994年5月新郑撤县设市。");
        assertTrue(county.stream().filter(x -> x.text().equals("新郑")).allMatch(x -> x.canonical().equals("新郑市"))
                && county.stream().filter(x -> x.text().equals("新郑")).count() == 2, "the county named too is what its bare name means: " + county);
    }

    @Test
    void aBareNameAWiderZoneAndTheBondedZoneInsideItOpenWithIsTheWiderZone() {
        List<EntityMention> m = mentions("洋浦经济开发区货物贸易额增长21.6%。洋浦保税港区先行先试。到2025年，洋浦力争实现地区生产总值突破1000亿元。");
        assertEquals("洋浦经济开发区", canonicalOf(m, "洋浦"), m.toString());
        List<EntityMention> one = mentions("洋浦保税港区先行先试。到2025年，洋浦力争实现地区生产总值突破1000亿元。");
        assertEquals("洋浦保税港区", canonicalOf(one, "洋浦"), "with only the bonded zone named, 洋浦 is it: " + one);
    }

    @Test
    void aBareNameBeforeAFacilitysWordNamesTheFacilityNotTheZone() {
        List<EntityMention> m = mentions("郑州新郑综合保税区进出口总值完成4718亿元。郑州新郑国际机场货邮吞吐量完成82.5万吨。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("新郑") && x.type() == EntityType.ZONE), m.toString());
    }

    @Test
    void aZoneInsideItsCommitteesNameIsTheOneTheCommitteeIsLinkedTo() {
        List<EntityMention> m = mentions("青岛前湾综合保税区举行签约活动。青岛西海岸新区管委会副主任、前湾综保区管委会主任孙志刚表示。");
        assertEquals("青岛前湾综合保税区", canonicalOf(m, "前湾综保区"), "not Ningbo's 前湾: " + m);
    }

    @Test
    void aZoneNamedOnlyInItsCommitteesNameIsTheOneItsShortFormMeans() {
        List<EntityMention> m = mentions("南京经济技术开发区管委会副主任王海涛介绍情况。下一步，经开区将加快发展，管委会将出台措施。");
        assertEquals("南京经济技术开发区", canonicalOf(m, "经开区"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.text().equals("管委会") && x.canonical().equals("南京经济技术开发区管理委员会")), m.toString());
    }

    @Test
    void aBareZoneWordOpeningALinkedBodyIsThatBodysZone() {
        List<EntityMention> m = mentions("苏州高新区党工委书记方文浜表示，高新区管委会与苏州科技大学签署了协议。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().equals("高新区"))
                .allMatch(x -> x.canonical().equals("苏州高新技术产业开发区")), m.toString());
    }

    @Test
    void centralAgenciesByTheirShortNames() {
        List<EntityMention> m = mentions("海关总署会同商务部、财政部、税务总局、金融监管总局等部门出台措施。");
        assertEquals("国家税务总局", canonicalOf(m, "税务总局"), m.toString());
        assertEquals("国家金融监督管理总局", canonicalOf(m, "金融监管总局"), m.toString());
    }

    @Test
    void aListedCompanyWithABareCompanyWordIsThatCompany() {
        List<EntityMention> m = mentions("格力集团与珠海市国资委签署合作协议，阿里集团和腾讯公司也参加了。");
        assertEquals("腾讯控股有限公司", canonicalOf(m, "腾讯公司"), m.toString());
        assertEquals("阿里巴巴集团", canonicalOf(m, "阿里集团"), m.toString());
        assertEquals("格力集团", canonicalOf(m, "格力集团"), "a group is not its listed subsidiary (格力电器): " + m);
        List<EntityMention> trade = mentions("中信证券研究部认为，券商板块估值处于历史低位。");
        assertTrue(trade.stream().noneMatch(x -> x.text().equals("券商")), "a word for a trade's firms names none: " + trade);
    }

    @Test
    void carriersByTheirLatinNames() {
        List<EntityMention> m = mentions("DHL、FedEx等国际快递巨头均在郑州航空港经济综合实验区设立了分拨中心。");
        assertEquals("敦豪", canonicalOf(m, "DHL"), m.toString());
        assertEquals("联邦快递", canonicalOf(m, "FedEx"), m.toString());
    }

    @Test
    void aListedZoneNamedWithItsProvinceAndCityOrWithItsCitysLevelWord() {
        List<EntityMention> m = mentions("浙江杭州萧山经济技术开发区和长沙市临空经济示范区均有新进展。");
        assertEquals("萧山经济技术开发区", canonicalOf(m, "浙江杭州萧山经济技术开发区"), m.toString());
        assertEquals("长沙临空经济示范区", canonicalOf(m, "长沙市临空经济示范区"), m.toString());
        List<EntityMention> region = mentions("顺义区临空经济区域协同发展成效明显。");
        assertTrue(region.stream().noneMatch(x -> x.type() == EntityType.ZONE), "区域 is a region, no zone: " + region);
    }

    @Test
    void jingkaiquShortensAnEconomicDevelopmentZoneToo() {
        List<EntityMention> m = mentions("洋浦经济开发区管理委员会召开新闻发布会。下一步，经开区将继续落实方案，洋浦经开区还将扩大开放。");
        assertEquals("洋浦经济开发区", canonicalOf(m, "经开区"), m.toString());
        assertEquals("洋浦经济开发区", canonicalOf(m, "洋浦经开区"), m.toString());
        List<EntityMention> both = mentions("南昌经济技术开发区与进贤经济开发区签署合作协议，经开区将共享招商资源。");
        assertEquals("南昌经济技术开发区", canonicalOf(both, "经开区"), "an economic and technological zone named comes first: " + both);
    }

    @Test
    void aZoneCalledByItsNameAndQuIsThatZone() {
        List<EntityMention> m = mentions("洋浦经济开发区管理委员会召开新闻发布会。洋浦区党工委委员、管委会副主任陈国强表示，管委会将进一步优化营商环境。");
        assertEquals("洋浦经济开发区党工委", canonicalOf(m, "洋浦区党工委"), m.toString());
        assertTrue(m.stream().filter(x -> x.text().equals("管委会")).allMatch(x -> x.canonical().equals("洋浦经济开发区管理委员会")), m.toString());
        List<EntityMention> two = mentions("洋浦保税港区与洋浦经济开发区实行一体化管理。洋浦区党工委书记出席会议。");
        assertEquals("洋浦经济开发区党工委", canonicalOf(two, "洋浦区党工委"), "the widest zone so named: " + two);
    }

    @Test
    void aBodysGeneralOfficeIsNamedAfterTheBody() {
        List<EntityMention> m = mentions("抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。天津市人民政府办公厅 2023年12月20日印发");
        assertEquals("天津市委办公厅", canonicalOf(m, "市委办公厅"), m.toString());
        assertEquals("天津市政协办公厅", canonicalOf(m, "市政协办公厅"), m.toString());
    }

    @Test
    void qianhaiAndHengqinByTheirShortNames() {
        List<EntityMention> m = mentions("今年以来，前海新增注册港资企业1200家。前海管理局局长黄敏表示。横琴执委会主任李伟农出席发布会。");
        assertEquals("前海深港现代服务业合作区", canonicalOf(m, "前海"), m.toString());
        assertEquals("前海深港现代服务业合作区管理局", canonicalOf(m, "前海管理局"), m.toString());
        assertEquals("横琴粤澳深度合作区执行委员会", canonicalOf(m, "横琴执委会"), m.toString());
    }

    @Test
    void aBareBondedZoneIsTheBondedZoneNamedNotAComprehensiveOne() {
        List<EntityMention> m = mentions("天津港保税区与天津泰达综合保税区签署协议。保税区党委书记洪世聪出席，保税区将扩大开放。");
        assertEquals("天津港保税区党委", canonicalOf(m, "保税区党委"), m.toString());
        assertEquals("天津港保税区", canonicalOf(m, "保税区"), m.toString());
    }

    @Test
    void shortNamesListedBeforeTheirKindAreZonesOfThatKind() {
        List<EntityMention> m = mentions("在绩效评估中，郑州新郑、重庆西永、昆山等综合保税区位列A类。天津港、东疆、泰达等3个综合保税区进出口增长。");
        assertEquals("郑州新郑综合保税区", canonicalOf(m, "郑州新郑"), m.toString());
        assertEquals("昆山综合保税区", canonicalOf(m, "昆山"), m.toString());
        assertEquals("天津港综合保税区", canonicalOf(m, "天津港"), m.toString());
        assertEquals("天津泰达综合保税区", canonicalOf(m, "泰达"), m.toString());
        List<EntityMention> other = mentions("要推动天津港保税区、东疆等区域加快发展。");
        assertTrue(other.stream().noneMatch(x -> x.text().equals("东疆") && x.type() == EntityType.ZONE), "区域 is no zone's kind: " + other);
        List<EntityMention> summed = mentions("吴江、常熟、郑州等经开区进步明显。");
        assertEquals("郑州经济技术开发区", canonicalOf(summed, "郑州"), summed.toString());
        assertTrue(summed.stream().noneMatch(x -> x.text().equals("经开区")), "the kind after 等 sums up the list: " + summed);
    }

    @Test
    void aZonesNameWithoutItsPlaceIsTheZoneTheDocumentNames() {
        List<EntityMention> m = mentions("成都高新综合保税区迎来新一批企业。高新综保区将围绕集成电路产业持续优化营商环境。");
        assertEquals("成都高新综合保税区", canonicalOf(m, "高新综保区"), m.toString());
        List<EntityMention> two = mentions("成都高新综合保税区和西安高新综合保税区签约。高新综保区将联动发展。");
        assertEquals("高新综合保税区", canonicalOf(two, "高新综保区"), "two zones could be meant: " + two);
    }

    @Test
    void aListedCompanyNamedWithItsCountryIsThatCompany() {
        List<EntityMention> m = mentions("日本丰田汽车公司宣布，丰田将在上海建设新工厂；上海大众汽车有限公司同日发布新车。");
        assertEquals("丰田汽车", canonicalOf(m, "日本丰田汽车公司"), m.toString());
        assertEquals("丰田汽车", canonicalOf(m, "丰田"), m.toString());
        assertEquals("上海大众汽车有限公司", canonicalOf(m, "上海大众汽车有限公司"), "a city's venture is a company of its own: " + m);
    }

    @Test
    void aDevelopmentZonesShortNameAndItsBodies() {
        List<EntityMention> m = mentions("昆山开发区党工委书记管凤良，昆山开发区管委会主任周旭东出席。青岛西海岸新区工委委员、管委副主任刘为民介绍。");
        assertEquals("昆山经济技术开发区", canonicalOf(m, "昆山开发区"), m.toString());
        assertEquals("昆山经济技术开发区管理委员会", canonicalOf(m, "昆山开发区管委会"), m.toString());
        assertEquals("青岛西海岸新区管理委员会", canonicalOf(m, "管委"), m.toString());
        // An unlisted zone's committee is named after the zone written out, as the zone itself is.
        List<EntityMention> unlisted = mentions("聊城高新区管委会要加强招商。达州东部经开区党工委牵头。");
        assertEquals("聊城高新技术产业开发区管理委员会", canonicalOf(unlisted, "聊城高新区管委会"), unlisted.toString());
        assertEquals("达州东部经济技术开发区党工委", canonicalOf(unlisted, "达州东部经开区党工委"), unlisted.toString());
        List<EntityMention> levels = mentions("市高新区管委会要加强招商。");
        assertTrue(levels.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.canonical().contains("市高新技术产业开发区")), "a level is no zone's name: " + levels);
    }

    @Test
    void placesListedBeforeAFreeTradeZonesAreaAreItsAreas() {
        List<EntityMention> m = mentions("中国(江苏)自由贸易试验区南京、苏州、连云港片区新增企业。天津自贸试验区天津港、天津机场、滨海新区中心商务片区也在增长。");
        assertEquals("中国(江苏)自由贸易试验区南京片区", canonicalOf(m, "南京"), m.toString());
        assertEquals("中国(江苏)自由贸易试验区苏州片区", canonicalOf(m, "苏州"), m.toString());
        assertEquals("中国(天津)自由贸易试验区天津港片区", canonicalOf(m, "天津港"), m.toString());
        assertEquals("中国(天津)自由贸易试验区天津机场片区", canonicalOf(m, "天津机场"), m.toString());
        assertEquals("无锡市", canonicalOf(mentions("南京、苏州、无锡等城市加快发展。"), "无锡"), "a list of cities stays cities");
    }

    @Test
    void freeTradeZoneShortFormsShareOneCanonicalName() {
        List<EntityMention> m = mentions("推动天津自贸试验区创新升级。打造一流天津自贸区。");
        assertEquals(canonicalOf(m, "天津自贸试验区"), canonicalOf(m, "天津自贸区"));
    }

    @Test
    void aCityLevelBodyIsNamedAfterTheDocumentsHomeCity() {
        List<EntityMention> m = mentions("天津港保税区和滨海新区在天津。市发改委党组书记、主任戴永康：");
        assertEquals("天津市发展和改革委员会", canonicalOf(m, "市发改委"));
    }

    @Test
    void aCityLevelBodyIsNamedAfterTheCityTheDocumentIsAbout() {
        List<EntityMention> m = mentions("2024年郑州市政府工作报告。我代表市人民政府，向大会报告工作。郑州新郑综合保税区进出口总值增长，郑州经开区排名上升。市委、市发展改革委要抓好落实。");
        assertEquals("郑州市人民政府", canonicalOf(m, "市人民政府"), m.toString());
        assertEquals("郑州市委", canonicalOf(m, "市委"), m.toString());
        List<EntityMention> several = mentions("杭州、宁波、温州三市综合保税区进出口增长。市委书记多次调研。");
        assertEquals("市委", canonicalOf(several, "市委"), "no city stands out: " + several);
    }

    @Test
    void aGovernmentIsItsPeoplesGovernmentWhateverTheShortForm() {
        List<EntityMention> m = mentions("2024年浙江省政府工作报告。我代表省人民政府，向大会报告工作。省政府将加快建设杭州综合保税区。");
        assertEquals("浙江省人民政府", canonicalOf(m, "浙江省政府"), m.toString());
        assertEquals("浙江省人民政府", canonicalOf(m, "省政府"), m.toString());
        assertEquals("浙江省人民政府", canonicalOf(m, "省人民政府"), m.toString());
        List<EntityMention> abroad = mentions("美国政府宣布加征关税。香港特区政府发表声明。");
        assertEquals("美国政府", canonicalOf(abroad, "美国政府"), "only the mainland's governments are people's: " + abroad);
        assertEquals("香港特别行政区政府", canonicalOf(abroad, "香港特区政府"), "the region's full name, no people's government: " + abroad);
    }

    @Test
    void aKindWordAfterAScopeMeansZonesOfThatKindInGeneral() {
        List<EntityMention> m = mentions("成都高新综合保税区进出口总额1326.5亿元，继续位居全国综保区前列。成都高新区在全国高新区综合排名中位列第3。");
        assertEquals(List.of("成都高新综合保税区"), m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().contains("综")).map(EntityMention::text).toList(), m.toString());
        assertEquals(List.of("成都高新区"), m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().contains("高新区")).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void theRegionsBodiesAreTheHomeAutonomousRegions() {
        List<EntityMention> m = mentions("自治区党委常委、钦州市委书记许永锞在中国（广西）自由贸易试验区钦州港片区调研。自治区商务厅副厅长李贵参加调研。");
        assertEquals("广西壮族自治区党委", canonicalOf(m, "自治区党委"), m.toString());
        assertEquals("广西壮族自治区商务厅", canonicalOf(m, "自治区商务厅"), m.toString());
        List<EntityMention> sichuan = mentions("四川省推进综合保税区发展。省经济和信息化厅、省经信厅按职责分工负责。");
        assertEquals("四川省经济和信息化厅", canonicalOf(sichuan, "省经信厅"), sichuan.toString());
        assertEquals("四川省经济和信息化厅", canonicalOf(sichuan, "省经济和信息化厅"), sichuan.toString());
    }

    @Test
    void theProvincialPartyCommitteeIsTheHomeProvinces() {
        List<EntityMention> m = mentions("浙江省杭州综合保税区进出口增长。省委书记多次赴义乌调研。");
        assertEquals("浙江省委", canonicalOf(m, "省委"));
    }

    @Test
    void aListedZonesShortNameAfterAPlaceOfAnotherProvinceIsAnotherZone() {
        List<EntityMention> m = mentions("支持绍兴滨海新区、温州瓯江口新区建设。天津滨海新区加快发展。");
        assertEquals("绍兴滨海新区", canonicalOf(m, "绍兴滨海新区"));
        assertEquals("温州瓯江口新区", canonicalOf(m, "温州瓯江口新区"));
        assertEquals("天津滨海新区", canonicalOf(m, "天津滨海新区"));
    }

    @Test
    void theTwoTianjinPortZonesStayApartAndABareBondedZoneIsTheOneTheDocumentNames() {
        List<EntityMention> m = mentions("天津港保税区与天津港综合保税区两区整合。保税区将持续推进。");
        assertNotEquals(canonicalOf(m, "天津港保税区"), canonicalOf(m, "天津港综合保税区"));
        assertEquals("天津港保税区", canonicalOf(m, "保税区"));
    }

    @Test
    void aBareZoneWordAfterAWordOfScopeOrCountMeansZonesOfItsKindInGeneral() {
        List<EntityMention> m = mentions("郑州新郑综合保税区进出口4012.3亿元，占全国综保区进出口的5.8%。全国22个自贸试验区实际使用外资2468亿元，上海自贸试验区临港新片区增长较快。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("综保区") || x.text().equals("自贸试验区")), m.toString());
        List<EntityMention> one = mentions("郑州新郑综合保税区进出口4012.3亿元。综保区将持续推进保税维修。");
        assertEquals("郑州新郑综合保税区", canonicalOf(one, "综保区"), one.toString());
        List<EntityMention> two = mentions("厦门海沧港综合保税区和厦门象屿综合保税区进出口增长。厦门象屿综合保税区开展保税维修。力争全年两大综保区进出口额突破700亿元。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("综保区")), "两大综保区 are both: " + two);
    }

    @Test
    void aRegisteredFirmsTradeNameAndFirstWordOfItsTradeIsThatFirmUnlessItIsACommonWord() {
        List<EntityMention> m = mentions("海南翔宇航空技术有限公司投资22亿元。北京市城市建设投资有限公司投资5亿元。翔宇航空董事长邵振宇说，城市建设投入加大。");
        assertEquals("海南翔宇航空技术有限公司", canonicalOf(m, "翔宇航空"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("城市建设")), m.toString());
    }

    @Test
    void aCitysCommitteeNamedLikeItsPrefectureIsTheCitysAndAPrefectureIsNoHomeCity() {
        List<EntityMention> m = mentions("喀什地委委员、喀什市委书记艾尔肯·吐尼亚孜主持召开座谈会，市委常委、常务副市长周建军参加。市委将持续优化营商环境。");
        assertEquals("喀什地委", canonicalOf(m, "喀什地委"), m.toString());
        assertEquals("喀什市委", canonicalOf(m, "喀什市委"), m.toString());
        assertEquals("喀什市委", canonicalOf(m, "市委"), m.toString());
    }

    @Test
    void aShortPolicyTitleLinksToTheFullTitleInTheSameDocument() {
        List<EntityMention> m = mentions("解读国务院关于进一步支持天津滨海新区高质量发展的若干政策措施。将如何推动《若干政策措施》落地实施？");
        assertEquals("关于进一步支持天津滨海新区高质量发展的若干政策措施", canonicalOf(m, "若干政策措施"));
    }

    @Test
    void aBareManagementCommitteeBelongsToTheZoneNamedBeforeIt() {
        List<EntityMention> m = mentions("天津港保税区党委书记、管委会主任尹晓峰：");
        assertEquals("天津港保税区管理委员会", canonicalOf(m, "管委会"));
    }

    @Test
    void wordsThatNameAnEntityOnlyInThisDocumentAreMarkedContextualSoTheyNeverBecomeItsAliases() {
        List<EntityMention> m = mentions("天津港保税区和南昌综保区在推进。保税区将持续推进。市发改委党组书记、主任戴永康：");
        assertEquals(List.of("保税区", "市发改委"), m.stream().filter(EntityMention::contextual).map(EntityMention::text).toList(), m.toString());
        assertEquals("南昌综合保税区", canonicalOf(m, "南昌综保区"), "a short form that names the zone anywhere is an alias");
    }

    @Test
    void aShortNameTheDocumentDefinesIsThatEntityWhereverItIsUsed() {
        List<EntityMention> m = mentions("天津港保税区管理委员会（以下简称“管委会”）负责组织实施。天津滨海高新技术产业开发区（简称“天津高新区”）与保税区联动发展。"
                + "天津临港投资控股有限公司（以下简称“临港控股”）参与建设。管委会将每季度对临港控股项目进度进行考核。");
        assertEquals(List.of("天津港保税区管理委员会"), m.stream().filter(x -> x.text().equals("管委会")).map(EntityMention::canonical).distinct().toList(), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("临港控股") && x.type() == EntityType.COMPANY
                && x.canonical().equals("天津临港投资控股有限公司")).count(), "the definition's own and the later uses: " + m);
        assertTrue(m.stream().filter(x -> x.text().equals("临港控股")).allMatch(EntityMention::contextual));
        List<EntityMention> listed = mentions("中远海运集团有限公司（以下简称“中远海运”）参与建设天津港。");
        assertEquals(List.of("中国远洋海运集团有限公司"), listed.stream().filter(x -> x.type() == EntityType.COMPANY).map(EntityMention::canonical).distinct().toList(),
                "a definition ties an unlisted long form to the listed company: " + listed);
    }

    @Test
    void aDocumentNumberIsThePolicyItNumbersOrAPolicyKnownByItsNumber() {
        List<EntityMention> m = mentions("国务院关于促进综合保税区高水平开放高质量发展的若干意见\n国发〔2019〕3号\n为贯彻落实《国务院关于印发中国（海南）自由贸易试验区总体方案的通知》"
                + "（国发〔2018〕34号）精神，根据国办发〔2020〕12号文件要求，现提出以下意见。");
        assertEquals("关于促进综合保税区高水平开放高质量发展的若干意见", canonicalOf(m, "国发〔2019〕3号"), m.toString());
        assertEquals("国务院关于印发中国（海南）自由贸易试验区总体方案的通知", canonicalOf(m, "国发〔2018〕34号"), m.toString());
        assertEquals("国办发〔2020〕12号", canonicalOf(m, "国办发〔2020〕12号"), m.toString());
        assertTrue(m.stream().filter(x -> x.text().contains("〔")).allMatch(x -> x.type() == EntityType.POLICY && !x.contextual()));
        List<EntityMention> excerpt = mentions("四川省人民政府关于同意四川什邡经济开发区等6个省级开发区扩区调区的批复（节选）\n川府函〔2025〕236号\n德阳市人民政府：");
        assertEquals("关于同意四川什邡经济开发区等6个省级开发区扩区调区的批复", canonicalOf(excerpt, "川府函〔2025〕236号"), "a title marked an excerpt: " + excerpt);
        // The issuer's abbreviation in a number holds no title (高管 of 阜高管呈).
        List<EntityMention> report = mentions("关于赴江苏常州考察学习的报告\n阜高管呈〔2026〕7号\n市委、市政府：现将有关情况报告如下。");
        assertTrue(report.stream().noneMatch(x -> x.type() == EntityType.POSITION), report.toString());
    }

    @Test
    void aTitleDefinesItsShortNameInBookMarksToo() {
        List<EntityMention> m = mentions("全面落实《广州南沙深化面向世界的粤港澳全面合作总体方案》（以下简称《南沙方案》）。南沙方案明确了目标。");
        assertEquals(List.of("广州南沙深化面向世界的粤港澳全面合作总体方案"),
                m.stream().filter(x -> x.text().equals("南沙方案")).map(EntityMention::canonical).distinct().toList(), m.toString());
        List<EntityMention> kind = mentions("《诸城市国土空间总体规划（2021—2035年）》（以下简称《规划》）已经批复。现将《规划》主要内容公告如下。规划范围为诸城市行政区域。");
        assertEquals(List.of(31, 43), kind.stream().filter(x -> x.text().equals("规划")).map(EntityMention::start).toList(), "a paper's kind alone names it only in its marks: " + kind);
        assertTrue(kind.stream().filter(x -> x.text().equals("规划")).allMatch(x -> x.canonical().equals("诸城市国土空间总体规划（2021—2035年）")), kind.toString());
        List<EntityMention> headline = mentions("国土空间规划实施工作稳步推进\n《诸城市国土空间总体规划（2021—2035年）》（以下简称《规划》）已经批复。");
        assertTrue(headline.stream().noneMatch(x -> x.text().equals("规划") && x.start() < 10), "nor in the headline outside its marks: " + headline);
        List<EntityMention> measures = mentions("《关于支持综合保税区高质量发展的若干措施》（以下简称《措施》）印发。各项措施落实到位。");
        assertEquals(1, measures.stream().filter(x -> x.text().equals("措施")).count(), measures.toString());
    }

    @Test
    void aBareZoneWordPointedBackAtIsTheLastZoneOfItsKindNamed() {
        List<EntityMention> m = mentions("位于双流区的成都高新综合保税区今年完成验收。成都天府国际空港综合保税区今年完成了一期工程验收。该综保区将重点发展航空维修。");
        assertEquals("成都天府国际空港综合保税区", m.stream().filter(x -> x.text().equals("综保区")).map(EntityMention::canonical).findFirst().orElse(null), m.toString());
    }

    @Test
    void aCountysBareBodiesAreTheCountysWhenItsCommitteeIsNamedWithThePartysName() {
        List<EntityMention> m = mentions("中共沭阳县委、沭阳县人民政府召开会议，县税务局、县人民法院负责人参加。");
        assertEquals("沭阳县税务局", canonicalOf(m, "县税务局"), m.toString());
        assertEquals("沭阳县人民法院", canonicalOf(m, "县人民法院"), m.toString());
    }

    @Test
    void aDefinitionMayGiveSeveralShortNames() {
        List<EntityMention> m = mentions("江苏华瑞精密工业股份有限公司（以下简称“公司”或“华瑞精工”）召开董事会。华瑞精工拟投资建设新项目，其全资子公司负责实施。");
        assertEquals("江苏华瑞精密工业股份有限公司", canonicalOf(m, "华瑞精工"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("公司")), "公司 inside 子公司 is no mention of the firm: " + m);
    }

    @Test
    void aBodyWordJoinedByAPlusNamesAModelOfGovernanceNoBody() {
        List<EntityMention> m = mentions("郑州经济技术开发区管委会主任王强表示，全省184个开发区完成“管委会+公司”改革，完善“海关+综保区管委会+企业”协作机制。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT).count(), m.toString());
    }

    @Test
    void anAcronymInBracketsAfterANameIsThatName() {
        List<EntityMention> m = mentions("用好《区域全面经济伙伴关系协定》（RCEP）规则，RCEP生效实施以来，天津港保税区对东盟出口增长20%。");
        assertEquals(List.of("区域全面经济伙伴关系协定"), m.stream().filter(x -> x.text().equals("RCEP")).map(EntityMention::canonical).distinct().toList(), m.toString());
        assertEquals(2, m.stream().filter(x -> x.text().equals("RCEP")).count(), m.toString());
        List<EntityMention> longer = mentions("用好《区域全面经济伙伴关系协定》（RCEP）规则，RCEPA计划启动。");
        assertEquals(1, longer.stream().filter(x -> x.text().startsWith("RCEP")).count(), "RCEPA is another word: " + longer);
    }

    @Test
    void aFreeTradeZonesShortNameAndOneOfItsAreasIsThatArea() {
        List<EntityMention> m = mentions("安徽自贸试验区合肥片区、浙江自贸试验区宁波片区加快发展。以上项目由天津港保税区管委会投资促进局负责跟踪服务。");
        assertEquals("中国(安徽)自由贸易试验区合肥片区", canonicalOf(m, "安徽自贸试验区合肥片区"), m.toString());
        assertEquals("中国(浙江)自由贸易试验区宁波片区", canonicalOf(m, "浙江自贸试验区宁波片区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COMPANY), "a bureau is a body: " + m);
    }

    @Test
    void aCitysFreeTradeAreaIsThatAreaOfItsFreeTradeZone() {
        List<EntityMention> m = mentions("苏州工业园区管委会副主任、苏州自贸片区管委会副主任孙华出席签约仪式。");
        assertEquals("中国(江苏)自由贸易试验区苏州片区", canonicalOf(m, "苏州自贸片区"), m.toString());
    }

    @Test
    void aDistrictOrNewAreaNamedInFullIsThatPlaceWhereTheDocumentDropsItsLevelWord() {
        List<EntityMention> m = mentions("广州市南沙区今年外贸增长12%。南沙将建设国际航运枢纽。浦东新区发布规划，浦东将加快发展。");
        EntityMention nansha = m.stream().filter(x -> x.text().equals("南沙")).findFirst().orElseThrow(() -> new AssertionError(m.toString()));
        assertEquals(EntityType.PLACE, nansha.type(), m.toString());
        assertEquals("南沙区", nansha.canonical(), m.toString());
        assertTrue(nansha.contextual(), "南沙 alone names the district only in this document: " + nansha);
        assertEquals("上海浦东新区", canonicalOf(m, "浦东"), m.toString());
    }

    @Test
    void aGroupASubsidiaryIsNamedAfterIsAFirmWhereTheDocumentNamesItAlone() {
        List<EntityMention> m = mentions("项目实施主体为酒钢集团兰州新区不锈钢有限公司。酒钢集团党委书记、董事长陈得信出席签约仪式。");
        assertEquals("酒钢集团", canonicalOf(m, "酒钢集团"), "the group, not its subsidiary: " + m);
        List<EntityMention> same = mentions("中国宝武钢铁集团有限公司与园区签约。中国宝武钢铁集团董事长胡望明出席。");
        assertEquals("中国宝武钢铁集团有限公司", canonicalOf(same, "中国宝武钢铁集团"), "the group is the registered firm: " + same);
    }

    @Test
    void theBrandBeforeASubsidiarysBracketedSeatIsAFirmWhereTheDocumentNamesItAlone() {
        List<EntityMention> m = mentions("SK海力士（无锡）半导体有限公司二期项目开工。SK海力士中国区总裁金东燮出席。");
        assertEquals("SK海力士", canonicalOf(m, "SK海力士"), "the brand, not its subsidiary: " + m);
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE), "中国区 is the firm's region: " + m);
        List<PositionHeld> held = analyze("SK海力士（无锡）半导体有限公司二期项目开工。SK海力士中国区总裁金东燮出席。").entities().positions();
        assertTrue(held.stream().anyMatch(p -> p.person().equals("金东燮") && "SK海力士".equals(p.organization())), held.toString());
        List<EntityMention> common = mentions("电子（中国）有限公司在园区投资。电子信息产业加快发展。");
        assertTrue(common.stream().noneMatch(x -> x.text().equals("电子")), "a common word is no brand: " + common);
    }

    @Test
    void aChineseBrandBeforeASeatInAChineseCityIsTheLocalFirmTheDocumentNames() {
        String text = "昆山综合保税区签约。顶峰精密电子（昆山）有限公司落户。顶峰精密电子总经理陈明哲表示。金棕榈（钦州）食品有限公司投产。"
                + "金棕榈公司总经理李国华说。";
        List<EntityMention> m = mentions(text);
        assertEquals("顶峰精密电子（昆山）有限公司", canonicalOf(m, "顶峰精密电子"), m.toString());
        assertEquals("金棕榈（钦州）食品有限公司", canonicalOf(m, "金棕榈公司"), "the bare 公司 after the brand is the name's: " + m);
        List<PositionHeld> held = analyze(text).entities().positions();
        assertTrue(held.stream().anyMatch(p -> p.person().equals("李国华") && "金棕榈（钦州）食品有限公司".equals(p.organization())), held.toString());
        List<EntityMention> group = mentions("西安高新区签约。比亚迪集团（西安）有限公司投产。比亚迪集团董事长王传福表示。");
        assertTrue(group.stream().noneMatch(x -> x.text().equals("比亚迪集团") && x.canonical().contains("（西安）")), "a group stays the group: " + group);
    }

    @Test
    void aFirmsTradeNameRunsToTheEndOfAThreeCharacterTradeWord() {
        List<EntityMention> m = mentions("北京智擎机器人技术有限公司入驻园区，智擎机器人在展会上亮相。昆山鼎晟电路板有限公司扩产，鼎晟电路板董事长蔡宗翰表示。");
        assertEquals("北京智擎机器人技术有限公司", canonicalOf(m, "智擎机器人"), m.toString());
        assertEquals("昆山鼎晟电路板有限公司", canonicalOf(m, "鼎晟电路板"), m.toString());
    }

    @Test
    void aBareNewAreaIsOneTheDocumentNamesNotTheOneItsProvinceLists() {
        List<EntityMention> m = mentions("11月2日，宜宾三江新区重大项目集中开工。宜宾市委副书记、三江新区党工委书记王涛出席开工仪式。");
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "宜宾三江新区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().contains("天府")), "天府新区 is not in the text: " + m);
    }

    @Test
    void aBareDistrictNameTheDocumentNeverNamesInFullIsNoPlace() {
        List<EntityMention> m = mentions("南沙将建设国际航运枢纽。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("南沙")), "南沙 could be the islands: " + m);
        List<EntityMention> coastal = mentions("天津市滨海新区召开会议。SM滨海城市购物广场开业。");
        assertTrue(coastal.stream().noneMatch(x -> x.text().equals("滨海")), "滨海 is \"coastal\" before it is a place: " + coastal);
    }

    @Test
    void aNationalBodysRegionalHeadquartersIsOneBody() {
        List<EntityMention> m = mentions("中国人民银行上海总部、国家外汇管理局上海市分局联合印发通知。");
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "中国人民银行上海总部"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "国家外汇管理局上海市分局"), m.toString());
    }

    @Test
    void nationalPlatformsAreZonesAndTheirBodiesTheirs() {
        List<EntityMention> m = mentions("长三角生态绿色一体化发展示范区执委会发布成果。天津滨海—中关村科技园新增企业。郑州航空港区党工委书记袁三军调研。");
        assertEquals("长三角生态绿色一体化发展示范区执行委员会", canonicalOf(m, "长三角生态绿色一体化发展示范区执委会"), m.toString());
        assertEquals("天津滨海—中关村科技园", canonicalOf(m, "天津滨海—中关村科技园"), "not Beijing's 中关村: " + m);
        assertEquals("郑州航空港经济综合实验区党工委", canonicalOf(m, "郑州航空港区党工委"), m.toString());
    }

    @Test
    void departmentsListedAfterOneNamedWithItsLevelAreThatGovernments() {
        List<EntityMention> m = mentions("四川省人民政府工作报告。省发展改革委、经济和信息化厅、商务厅、科技厅要加强协同。");
        assertEquals("四川省经济和信息化厅", canonicalOf(m, "经济和信息化厅"), m.toString());
        assertEquals("四川省商务厅", canonicalOf(m, "商务厅"), m.toString());
        assertEquals("四川省科学技术厅", canonicalOf(m, "科技厅"), m.toString());
        List<EntityMention> named = mentions("浙江省人民政府工作报告。省商务厅、杭州海关、国家知识产权局要加强协同。");
        assertEquals("杭州海关", canonicalOf(named, "杭州海关"), "a listed body is named already: " + named);
        assertEquals("国家知识产权局", canonicalOf(named, "国家知识产权局"), named.toString());
    }

    @Test
    void aClauseAfterAMinistryIsNoDepartment() {
        List<EntityMention> m = mentions("交通运输部约谈马士基等国际船司。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().endsWith("司")), m.toString());
    }

    @Test
    void aDepartmentNamedAfterItsWorkIsOneBodyAndNoZone() {
        List<EntityMention> m = mentions("来源：海关总署自贸区和特殊区域发展司。南方日报记者黄叙浩报道。");
        assertTrue(has(m, EntityType.GOVERNMENT, "海关总署自贸区和特殊区域发展司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "南方日报"), m.toString());
    }

    @Test
    void aBodysBranchOrDivisionForAZoneIsOneBodyAndNoZoneNamedAfterTheBody() {
        List<EntityMention> m = mentions("成都高新区发布通报。成都市公安局高新区分局依法处理。联系单位：昆明市商务局自贸区发展处。");
        assertTrue(has(m, EntityType.GOVERNMENT, "成都市公安局高新区分局") && has(m, EntityType.GOVERNMENT, "昆明市商务局自贸区发展处"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && (x.text().contains("公安局") || x.text().contains("商务局"))), m.toString());
        List<EntityMention> bracketed = mentions("于2024年9月30日前报海关总署（自贸区和特殊区域发展司）。");
        assertTrue(has(bracketed, EntityType.GOVERNMENT, "自贸区和特殊区域发展司")
                && bracketed.stream().noneMatch(x -> x.type() == EntityType.ZONE), bracketed.toString());
    }

    @Test
    void aBareKindWordIsTheZoneABodysDepartmentIsNamedAfterAndABorderZonesShortFormIsLinked() {
        List<EntityMention> m = mentions("位于高新区天府大道中段1366号。请立即向成都高新区社会事业局反映。");
        assertEquals("成都高新技术产业开发区", canonicalOf(m, "高新区"), m.toString());
        List<EntityMention> border = mentions("满洲里边境经济合作区招商活动举行。推动工业园区与边合区协同招商。满洲里边合区发展很快。");
        assertEquals(List.of("满洲里边境经济合作区", "满洲里边境经济合作区"), border.stream()
                .filter(x -> x.text().endsWith("边合区")).map(EntityMention::canonical).toList(), border.toString());
    }

    @Test
    void theCountyLevelCityADocumentIsAboutOwnsItsBareCityBodies() {
        List<EntityMention> m = mentions("呼伦贝尔日报讯 满洲里市对俄贸易持续增长。满洲里口岸进出口货运量创新高。满洲里综合保税区新增企业12家。"
                + "市商务局、满洲里海关将优化服务。");
        assertEquals("满洲里市商务局", canonicalOf(m, "市商务局"), m.toString());
    }

    @Test
    void aDocumentNamedWithoutItsIssuerIsTheOneNamedWithIt() {
        List<EntityMention> m = mentions("国务院关于同意设立牡丹江综合保税区的批复 国函〔2024〕63号 黑龙江省人民政府、海关总署：同意设立。"
                + "8月30日，中国政府网公布《国务院关于同意设立牡丹江综合保税区的批复》（国函〔2024〕63号）。");
        assertEquals(1, m.stream().filter(x -> x.type() == EntityType.POLICY).map(EntityMention::canonical).distinct().count(), m.toString());
    }

    @Test
    void theYouthLeaguesCommitteesAreOrganizationsOfTheirPlace() {
        List<EntityMention> m = mentions("天津市召开会议。团市委、市妇联联合举办活动。天津团市委发布通知。团区工委为企业授牌。");
        assertEquals(List.of("共青团天津市委员会", "共青团天津市委员会"), m.stream().filter(x -> x.text().endsWith("团市委"))
                .map(EntityMention::canonical).toList(), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "团区工委") && m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().endsWith("委")), m.toString());
    }

    @Test
    void aMinistrysDepartmentIsOneBodyUnderTheMinistrysName() {
        List<EntityMention> m = mentions("商务部外资司有关负责人表示，将指导各地经开区加快转型升级。国家发展改革委外资司司长华中出席。海关总署公司化改革。");
        assertEquals("商务部外资司", canonicalOf(m, "商务部外资司"), m.toString());
        assertEquals("国家发展和改革委员会外资司", canonicalOf(m, "国家发展改革委外资司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE), "各地经开区 is zones in general: " + m);
        assertTrue(has(m, EntityType.GOVERNMENT, "海关总署") && m.stream().noneMatch(x -> x.text().endsWith("公司")), m.toString());
        List<EntityMention> offices = mentions("商务部办公厅印发通知。国家发展改革委地区振兴司有关负责人表示，将会同国务院港澳事务办公室推进合作。");
        assertTrue(has(offices, EntityType.GOVERNMENT, "商务部办公厅") && has(offices, EntityType.GOVERNMENT, "国务院港澳事务办公室"),
                "a ministry's office is one body with it: " + offices);
        assertEquals("国家发展和改革委员会地区振兴司", canonicalOf(offices, "国家发展改革委地区振兴司"), "a verb inside names the department's task: " + offices);
        List<EntityMention> bureaus = mentions("国务院自由贸易试验区工作部际联席会议办公室印发通知，商务部外贸发展事务局承办。");
        assertTrue(has(bureaus, EntityType.GOVERNMENT, "国务院自由贸易试验区工作部际联席会议办公室")
                && has(bureaus, EntityType.GOVERNMENT, "商务部外贸发展事务局"), "a council's office and a bureau of affairs: " + bureaus);
    }

    @Test
    void aBareBodyAfterAListedZonesShortNameIsThatZonesBody() {
        List<EntityMention> m = mentions("武汉东湖新技术开发区召开大会。东湖高新区党工委书记、管委会主任郑卫东作工作报告。");
        assertEquals("武汉东湖新技术开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
        List<EntityMention> unlisted = mentions("中国（贵州）自由贸易试验区申建工作取得积极进展。");
        assertEquals("中国(贵州)自由贸易试验区", canonicalOf(unlisted, "中国（贵州）自由贸易试验区"), "named like the listed ones: " + unlisted);
    }

    @Test
    void aBareBodyAfterABareZoneWordsBodyIsTheNamedZonesBody() {
        List<EntityMention> m = mentions("合肥经开区召开推进会。合肥经开区党工委书记吴劲松讲话，经开区党工委副书记、管委会主任尹明兴主持会议。");
        assertEquals("合肥经济技术开发区管理委员会", canonicalOf(m, "管委会"), m.toString());
    }

    @Test
    void aBareNameListedAmongZonesIsTheZoneNamedAfterIt() {
        List<EntityMention> m = mentions("横琴、前海、南沙、河套等重大合作平台建设取得新进展。南沙将建设国际航运枢纽。河套灌区水利建设加快。");
        assertEquals("广州南沙新区", canonicalOf(m, "南沙"), m.toString());
        assertEquals("河套深港科技创新合作区", canonicalOf(m, "河套"), m.toString());
        assertEquals(1, m.stream().filter(x -> x.text().equals("南沙")).count(), "alone, 南沙 is not the zone: " + m);
        List<EntityMention> places = mentions("北京、上海、南沙等地举办活动。");
        assertTrue(places.stream().noneMatch(x -> x.type() == EntityType.ZONE), "among places a bare name is no zone: " + places);
        assertEquals("广州南沙新区", canonicalOf(mentions("重点推进南沙、横琴、前海等平台建设。"), "南沙"), "the list may open with the bare name");
        assertEquals("河套深港科技创新合作区", canonicalOf(mentions("加快建设前海、河套、西丽湖国际科教城、光明科学城等重大平台。"), "河套"),
                "a list runs on past a name no list knows");
        List<EntityMention> platforms = mentions("前海深港现代服务业合作区、横琴粤澳深度合作区、广州南沙新区、深汕、知识城、河套等平台建设提速。");
        assertEquals("深汕特别合作区", canonicalOf(platforms, "深汕"), platforms.toString());
        assertEquals("中新广州知识城", canonicalOf(platforms, "知识城"), platforms.toString());
        List<EntityMention> words = mentions("天津港保税区、天津经济技术开发区、机场、港口等区域联动发展。");
        assertTrue(words.stream().noneMatch(x -> x.text().equals("机场") || x.text().equals("港口")), "a free-trade area only among its zone's areas: " + words);
    }

    @Test
    void aDefinedShortNamesBodiesAreTheDefinedZones() {
        List<EntityMention> m = mentions("今年上半年，郑州航空港经济综合实验区（以下简称“航空港区”）完成航空货邮吞吐量41.2万吨；郑州新郑综合保税区进出口总值1826亿元。"
                + "航空港区党工委书记、管委会主任赵新中表示，航空港区将加快建设。");
        assertEquals("郑州航空港经济综合实验区党工委", canonicalOf(m, "航空港区党工委"), m.toString());
        assertEquals("郑州航空港经济综合实验区管理委员会", canonicalOf(m, "管委会"), m.toString());
        List<EntityMention> city = mentions("郑州航空港经济综合实验区（以下简称“航空港区”）召开大会。航空港区党工委书记、市委常委李四出席会议。");
        assertFalse(canonicalOf(city, "市委").startsWith("郑州航空港"), "a place's committee after the zone's is no zone's: " + city);
    }

    @Test
    void aCongresssTermIsNoPartOfItsName() {
        List<EntityMention> m = mentions("杭州市十五届人大常委会第二十次会议召开。杭州市人大常委会主任出席。");
        assertEquals("杭州市人民代表大会常务委员会", canonicalOf(m, "杭州市十五届人大常委会"), m.toString());
    }

    @Test
    void bodiesAddressedToEveryPlaceNameNoneInParticular() {
        List<EntityMention> m = mentions("济南高新区作典型发言。各市市委书记、市长，各开发区党工委书记、管委会主任参加会议。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        List<EntityMention> counted = mentions("郑州经济技术开发区获评先进。出席会议的有全省184个开发区党工委书记。");
        assertTrue(counted.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), "a count is every zone of the kind: " + counted);
        List<EntityMention> related = mentions("天津港保税区加快发展。（责任单位：市商务局、天津海关，各相关区人民政府）");
        assertTrue(related.stream().noneMatch(x -> x.text().equals("区人民政府")), "各相关区 is every district: " + related);
        assertEquals("天津市规划资源局", canonicalOf(mentions("天津港保税区加快发展。（责任单位：市发展改革委、市规划资源局）"), "市规划资源局"),
                "a department no cue knows is the home government's too");
        List<EntityMention> cityLooks = mentions("天津港保税区加快发展。（责任单位：市发展改革委、市容园林委）");
        assertTrue(cityLooks.stream().noneMatch(x -> x.canonical().startsWith("天津市容")), "市容 is a word, not 市 + 容: " + cityLooks);
        List<EntityMention> notice = mentions("各区人民政府，市政府各委、办、局，各直属机构：现将有关措施印发给你们。");
        assertEquals(List.of("市政府"), notice.stream().filter(x -> x.type() == EntityType.GOVERNMENT).map(EntityMention::text).toList(),
                "a notice's addressees are every district's government and every department of the city's: " + notice);
        List<EntityMention> glued = mentions("国务院各部委、各直属机构，天津市及各区人民政府：现将有关措施印发给你们。");
        assertEquals(List.of("国务院"), glued.stream().filter(x -> x.type() == EntityType.GOVERNMENT).map(EntityMention::text).toList(), glued.toString());
        List<EntityMention> own = mentions("天津港保税区召集各企业代表、管委会负责人座谈。");
        assertEquals("天津港保税区管理委员会", canonicalOf(own, "管委会"), "各企业 is no level: " + own);
    }

    @Test
    void aBodysOrderOrNoticeIsThePolicyItNumbers() {
        List<EntityMention> m = mentions("商务部 海关总署 国家税务总局关于促进综合保税区维修业务发展的公告\n\n商务部 海关总署 国家税务总局公告2024年第8号\n\n"
                + "企业应当按照《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）办理手续，并执行海关总署公告2023年第15号。");
        assertEquals("关于促进综合保税区维修业务发展的公告", canonicalOf(m, "商务部 海关总署 国家税务总局公告2024年第8号"), m.toString());
        assertEquals("中华人民共和国海关综合保税区管理办法", canonicalOf(m, "海关总署令第256号"), m.toString());
        assertEquals("海关总署公告2023年第15号", canonicalOf(m, "海关总署公告2023年第15号"), m.toString());
        assertEquals(4, m.stream().filter(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("海关总署")).count(),
                "the issuers stay bodies: " + m);
    }

    @Test
    void aCitysCrossBorderECommerceZoneIsOneWhateverItsForm() {
        List<EntityMention> m = mentions("中国（湖州）跨境电子商务综合试验区建设成效明显。杭州跨境电商综试区进出口增长。湖州莫干山国家高新技术产业开发区协同发力。");
        assertEquals("中国(湖州)跨境电子商务综合试验区", canonicalOf(m, "中国（湖州）跨境电子商务综合试验区"), m.toString());
        assertEquals("中国(杭州)跨境电子商务综合试验区", canonicalOf(m, "杭州跨境电商综试区"), m.toString());
        assertEquals("中国(湖州)跨境电子商务综合试验区", canonicalOf(mentions("湖州市跨境电商综试区建设加快。"), "湖州市跨境电商综试区"));
        assertEquals("湖州莫干山高新技术产业开发区", canonicalOf(m, "湖州莫干山国家高新技术产业开发区"), "the state level written in or left out: " + m);
        List<EntityMention> general = mentions("宁波国家高新区排名第11位。商务部支持国家高新区和国家级经开区建设。");
        assertEquals(List.of("宁波国家高新区"), general.stream().filter(x -> x.type() == EntityType.ZONE).map(EntityMention::text).toList(), general.toString());
    }

    @Test
    void aBodyAfterABareZoneWordIsThatOfTheZoneTheDocumentIsAbout() {
        List<EntityMention> m = mentions("苏州工业园区举行重点项目签约仪式。园区党工委书记沈觅表示，园区将进一步优化营商环境。");
        assertEquals("苏州工业园区党工委", canonicalOf(m, "园区党工委"), m.toString());
    }

    @Test
    void aBareCommitteeAfterAListedNewAreasCommitteeIsTheNewAreas() {
        List<EntityMention> m = mentions("兰州新区党工委书记、管委会主任杨维俊表示，兰州新区综合保税区将扩大进口。");
        assertEquals("甘肃兰州新区管理委员会", canonicalOf(m, "管委会"), "not the bonded zone named after it: " + m);
    }

    @Test
    void aShortNameTwoProvincesZonesShareIsTheOneOfTheDocumentsProvince() {
        List<EntityMention> m = mentions("青岛前湾综保区今年新引进项目32个，前湾综保区已成为山东对外开放的重要平台。");
        assertTrue(m.stream().filter(x -> x.type() == EntityType.ZONE && x.text().contains("综保区"))
                .allMatch(x -> x.canonical().equals("青岛前湾综合保税区")), m.toString());
        List<EntityMention> list = mentions("前湾综保区、大窑湾综保区和象屿综保区加快发展。");
        assertTrue(has(list, EntityType.ZONE, "前湾综保区"), "still a zone where no province says which: " + list);
    }

    @Test
    void aBareZoneWordIsTheZoneNamedFirstWhenSeveralAreNamedAsOften() {
        List<EntityMention> m = mentions("赣州市召开赣州综保区建设推进会。会议强调，综保区要对标南昌综保区、九江综保区，加快发展。");
        assertEquals("赣州综合保税区", canonicalOf(m, "综保区"), "the meeting's zone, not one it is compared with: " + m);
        List<EntityMention> council = mentions("中国贸促会与中国国际贸易促进委员会");
        assertEquals("中国国际贸易促进委员会", canonicalOf(council, "中国贸促会"), council.toString());
    }

    @Test
    void aBareZoneWordBeforeABodyIsTheListedZoneOfItsKindANamedZoneOpensWithOrTheHomeCitys() {
        List<EntityMention> m = mentions("合肥经济技术开发区综合保税区进出口增长。合肥市委常委、经开区党工委书记范明远说。");
        assertEquals("合肥经济技术开发区党工委", canonicalOf(m, "经开区党工委"), m.toString());
        List<EntityMention> city = mentions("长沙市召开大会。长沙市委常委、经开区党工委书记李明说。");
        assertEquals("长沙经济技术开发区党工委", canonicalOf(city, "经开区党工委"), city.toString());
    }

    @Test
    void aBareZoneWordIsNoZoneReadInsideAFirmsShortName() {
        List<EntityMention> m = mentions("交通银行上海自贸试验区新片区分行（以下简称“交行新片区分行”）为企业服务。交行新片区分行已为临港新片区内的412家企业服务。"
                + "邱文俊表示，新片区正推进改革。");
        assertTrue(m.stream().noneMatch(x -> x.canonical().equals("交行新片区")), m.toString());
    }

    @Test
    void aDepartmentNoCueKnowsNamedAfterAListedZonesShortNameIsNamedAfterTheZoneInFull() {
        List<EntityMention> m = mentions("分管西安高新区财政局、西安高新区投资合作局、西安高新区机关工作委员会。");
        assertEquals("西安高新技术产业开发区财政局", canonicalOf(m, "西安高新区财政局"), m.toString());
        assertEquals("西安高新技术产业开发区投资合作局", canonicalOf(m, "西安高新区投资合作局"), m.toString());
        assertEquals("西安高新技术产业开发区机关工作委员会", canonicalOf(m, "西安高新区机关工作委员会"), m.toString());
    }

    @Test
    void aDepartmentNamedAloneByItsFieldInAPaperAZonesCommitteeIssuesIsThatCommittees() {
        List<EntityMention> m = mentions("西安高新区管委会主任办公会议纪要\n会议议定：由经济发展局会同财政局核定，自然资源和规划分局、党政办公室配合，经司法局审查。");
        assertEquals("西安高新技术产业开发区经济发展局", canonicalOf(m, "经济发展局"), m.toString());
        assertEquals("西安高新技术产业开发区财政局", canonicalOf(m, "财政局"), m.toString());
        assertEquals("西安高新技术产业开发区自然资源和规划分局", canonicalOf(m, "自然资源和规划分局"), m.toString());
        assertEquals("西安高新技术产业开发区党政办公室", canonicalOf(m, "党政办公室"), m.toString());
        assertEquals("西安高新技术产业开发区司法局", canonicalOf(m, "司法局"), m.toString());
        List<EntityMention> office = mentions("西安高新区管委会主任办公会议纪要\n列席：周振宇（管委会办公室主任）。");
        assertEquals("西安高新技术产业开发区管理委员会办公室", canonicalOf(office, "管委会办公室"), office.toString());
        List<EntityMention> market = mentions("西安高新区管委会主任办公会议纪要\n配合单位：市场监管局、应急管理局。");
        assertEquals("西安高新技术产业开发区市场监督管理局", canonicalOf(market, "市场监管局"), "市场 is no level: " + market);
        List<EntityMention> city = mentions("西安高新区管委会主任办公会议纪要\n会议要求市商务局配合。");
        assertTrue(has(city, EntityType.GOVERNMENT, "市商务局"), "a body named from its level on is no bare department: " + city);
        // In news no zone's committee issues, a bare bureau may be any place's: it is not named after the zone.
        List<EntityMention> news = mentions("西安高新区举行推介会。由经济发展局会同财政局核定补贴。");
        assertTrue(news.stream().noneMatch(x -> x.canonical().endsWith("经济发展局") && x.canonical().startsWith("西安")), news.toString());
    }

    @Test
    void aDepartmentNamedAloneInAnAppointmentNoticeTheCommitteeSignsIsThatCommittees() {
        List<EntityMention> m = mentions("怀高党工发〔2026〕27号\n\n各部门：\n\n杨志军同志任党政综合办公室主任，免去其经济发展局局长职务；\n"
                + "龙海波同志任怀化国际陆港建设发展有限公司副总经理；\n\n免去：\n杨　帆同志财政金融局副局长职务。\n\n"
                + "怀化高新技术产业开发区管理委员会\n2026年10月9日");
        assertEquals("怀化高新技术产业开发区党政综合办公室", canonicalOf(m, "党政综合办公室"), m.toString());
        assertEquals("怀化高新技术产业开发区经济发展局", canonicalOf(m, "经济发展局"), "after 其: " + m);
        assertEquals("怀化高新技术产业开发区财政金融局", canonicalOf(m, "财政金融局"), "after 同志: " + m);
        assertTrue(m.stream().noneMatch(x -> x.text().contains("同志")), "同志 closes the name before: " + m);
        assertTrue(has(m, EntityType.COMPANY, "怀化国际陆港建设发展有限公司"), m.toString());
    }

    @Test
    void theDepartmentsAZonesCommitteeSetsOutAreThatCommitteesNotItsParents() {
        List<EntityMention> m = mentions("投资指南\n\n武汉东湖综合保税区管理委员会为武汉东湖新技术开发区管理委员会派出机构，内设以下部门：\n\n"
                + "综合办公室　负责文电、会务。\n\n招商服务局　负责项目洽谈。\n\n"
                + "厦门片区管理委员会为厦门市人民政府派出机构，内设综合处、政策研究处、制度创新处、投资促进处等4个处室。");
        assertEquals("武汉东湖综合保税区综合办公室", canonicalOf(m, "综合办公室"), m.toString());
        assertEquals("武汉东湖综合保税区招商服务局", canonicalOf(m, "招商服务局"), m.toString());
        for (String division : List.of("综合处", "政策研究处", "制度创新处", "投资促进处")) {
            assertEquals("中国(福建)自由贸易试验区厦门片区" + division, canonicalOf(m, division), m.toString());
        }
        // Not the committee of the sentence before, nor a place (卡口处), nor the people of the committee's units (内设机构).
        List<EntityMention> before = mentions("简报\n\n会议由海沧保税港区管委会主持。厦门片区管理委员会为厦门市人民政府派出机构，内设综合处、投资促进处。车辆在卡口处排队。");
        assertEquals("中国(福建)自由贸易试验区厦门片区综合处", canonicalOf(before, "综合处"), before.toString());
        assertTrue(before.stream().noneMatch(x -> x.text().equals("卡口处")), before.toString());
        List<EntityMention> units = mentions("简报\n\n西永综保区管委会各内设机构负责人、海关、税务局相关人员参会。");
        assertTrue(units.stream().noneMatch(x -> x.canonical().endsWith("税务局") && x.canonical().startsWith("重庆")), units.toString());
        // 内设 is no part of a department's name, and the office set out first is one without a field.
        List<EntityMention> setOut = mentions("二、机构设置\n西永综保区管委会内设办公室、党群工作部、经济发展局。");
        for (String department : List.of("办公室", "党群工作部", "经济发展局")) {
            assertEquals("重庆西永综合保税区" + department, canonicalOf(setOut, department), setOut.toString());
        }
    }

    @Test
    void aDepartmentNamedAfterTheZonesWordForItselfIsTheZonesAndAKindAfterALongListIsGeneral() {
        List<EntityMention> m = mentions("南京经济技术开发区出台措施。本措施由经开区经济发展局负责解释。合肥综合保税区发布通知。由综保区管委会经济发展局负责解释。");
        assertEquals("南京经济技术开发区经济发展局", canonicalOf(m, "经开区经济发展局"), m.toString());
        assertEquals("合肥综合保税区管理委员会经济发展局", canonicalOf(m, "综保区管委会经济发展局"), m.toString());
        assertTrue(mentions("在开发区设立办公室。各新区要成立领导小组办公室。").stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT));
        List<EntityMention> inside = mentions("东莞滨海湾新区建设提速。请径向滨海湾新区管委会经济发展局反映。");
        assertTrue(has(inside, EntityType.ZONE, "滨海湾新区"), "a zone's word inside its name opens no department: " + inside);
        List<EntityMention> list = mentions("评估结果显示，郑州新郑综合保税区、重庆西永综合保税区、昆山综合保税区、苏州工业园综合保税区、成都高新综合保税区位列A类。"
                + "连续两年评估结果为C类的综保区将被整改。");
        assertTrue(list.stream().noneMatch(x -> x.text().equals("综保区")), "the kind after a list of five means them all: " + list);
    }

    @Test
    void aDepartmentOfABareLevelsCommitteeIsThatOfThePlaceWhoseCommitteeIsNamed() {
        List<EntityMention> m = mentions("中共南昌市委召开会议。市委组织部要抓好落实。");
        assertEquals("南昌市委组织部", canonicalOf(m, "市委组织部"), m.toString());
        List<EntityMention> county = mentions("中国共产党永宁县第十四次代表大会报告。县委组织部要实施人才工程，县委宣传部要铸牢意识。");
        assertEquals("永宁县委宣传部", canonicalOf(county, "县委宣传部"), county.toString());
        List<EntityMention> offices = mentions("中共镇雄县委书记杨正华讲话。县委办公室、县政府督查室要会同县纪委抓落实。");
        assertEquals("镇雄县委办公室", canonicalOf(offices, "县委办公室"), "the committee's general office: " + offices);
        assertEquals("镇雄县人民政府督查室", canonicalOf(offices, "县政府督查室"), "an office of the level's government: " + offices);
        List<EntityMention> inFull = mentions("中共镇雄县委书记杨正华讲话。县人民政府督查室要跟踪问效。");
        assertEquals("镇雄县人民政府督查室", canonicalOf(inFull, "县人民政府督查室"), "the government named in full: " + inFull);
    }

    @Test
    void aZonesNameBeforeItsUpgradeIsTheListedZone() {
        List<EntityMention> m = mentions("1992年任扬州经济开发区管理委员会副主任。扬州经济技术开发区发展迅速。洋浦经济开发区建设加快。");
        assertEquals("扬州经济技术开发区", canonicalOf(m, "扬州经济开发区"), m.toString());
        assertEquals("扬州经济技术开发区管理委员会", canonicalOf(m, "扬州经济开发区管理委员会"), m.toString());
        assertEquals("洋浦经济开发区", canonicalOf(m, "洋浦经济开发区"), "a zone listed by its own name keeps it: " + m);
    }

    @Test
    void aZoneAndTheDistrictItIsRunWithJoinedByADotNameOneCommittee() {
        List<EntityMention> m = mentions("黄石经济技术开发区·铁山区管委会\n主任办公会议纪要\n\n　　7月16日下午，管委会主任欧阳振华主持召开主任办公会议。");
        assertTrue(has(m, EntityType.GOVERNMENT, "黄石经济技术开发区·铁山区管委会"), m.toString());
        assertEquals(canonicalOf(m, "黄石经济技术开发区·铁山区管委会"), canonicalOf(m, "管委会"), "the bare committee is the joint one: " + m);
        List<EntityMention> minutes = mentions("黄石经济技术开发区·铁山区管委会\n主任办公会议纪要\n\n　　会议要求：由管委会办公室负责督办，管委会督查室跟踪问效。");
        assertEquals("黄石经济技术开发区·铁山区管理委员会办公室", canonicalOf(minutes, "管委会办公室"), "a bare committee's unit is the issuer's: " + minutes);
    }

    @Test
    void aCitysBureauNoCueKnowsIsNamedInWordsOfItsField() {
        List<EntityMention> m = mentions("宜宾市经济合作和新兴产业局、泸州市商务局负责同志汇报了情况。成都市将设立数据局。");
        assertTrue(has(m, EntityType.GOVERNMENT, "宜宾市经济合作和新兴产业局"), m.toString());
        assertFalse(m.stream().anyMatch(mention -> mention.type() == EntityType.GOVERNMENT && mention.text().startsWith("成都市")), "a clause is no bureau's name: " + m);
        List<EntityMention> clause = mentions("宜宾市商务局协助经济合作局开展检查。兰州新区管委会办公室和经济发展局联合发文。");
        assertFalse(has(clause, EntityType.GOVERNMENT, "宜宾市商务局协助经济合作局") || has(clause, EntityType.GOVERNMENT, "兰州新区管委会办公室和经济发展局"),
                "a verb or 和 after a whole body joins two bodies: " + clause);
        List<EntityMention> having = mentions("宜宾市有经济合作局、商务局等部门参加。");
        assertFalse(has(having, EntityType.GOVERNMENT, "宜宾市有经济合作局"), having.toString());
        List<EntityMention> zone = mentions("马来西亚企业家考察团走访粤桂合作特别试验区。");
        assertTrue(has(zone, EntityType.ZONE, "粤桂合作特别试验区"), zone.toString());
    }

    @Test
    void aMergedBureauJoinsItsFieldsWithAndAfterItsLevel() {
        List<EntityMention> m = mentions("区文化体育和旅游局、县农业农村和水利局、县科学技术和工业信息化局、县文化体育广播电视和旅游局负责落实。");
        for (String bureau : List.of("区文化体育和旅游局", "县农业农村和水利局", "县科学技术和工业信息化局", "县文化体育广播电视和旅游局")) {
            assertTrue(has(m, EntityType.GOVERNMENT, bureau), bureau + " in " + m);
        }
        List<EntityMention> two = mentions("县委组织部和县财政局负责落实。市商务局和发改委联合发文。");
        assertTrue(has(two, EntityType.GOVERNMENT, "县委组织部") && has(two, EntityType.GOVERNMENT, "县财政局"), "a body word before 和 ends a body: " + two);
        assertFalse(two.stream().anyMatch(mention -> mention.text().contains("和")), two.toString());
    }

    @Test
    void aZoneCommitteesDepartmentMayJoinTwoFieldsWithAnd() {
        List<EntityMention> m = mentions("兰州新区商务和经济合作局局长马建华介绍了有关情况。开发区和高新区管委会要加强协调。");
        assertEquals("甘肃兰州新区商务和经济合作局", canonicalOf(m, "兰州新区商务和经济合作局"), m.toString());
        assertFalse(m.stream().anyMatch(mention -> mention.text().startsWith("开发区和")), "two bodies joined, no one department: " + m);
    }

    @Test
    void aFreeTradeZoneMayBeNamedWithItsProvinceWrittenOut() {
        List<EntityMention> m = mentions("四川省自由贸易试验区和湖北省自贸试验区联合发布制度创新案例。");
        assertEquals("中国(四川)自由贸易试验区", canonicalOf(m, "四川省自由贸易试验区"));
        assertEquals("中国(湖北)自由贸易试验区", canonicalOf(m, "湖北省自贸试验区"));
    }

    @Test
    void aCountysBareBodiesAreTheOneCountyTheDocumentNamesEvenWhenOnlyInsideABody() {
        List<EntityMention> m = mentions("海盐县百步镇党委书记朱晓峰带领县经信局、县商务局相关负责人走访企业，县教育局参加。");
        assertEquals("海盐县经济和信息化局", canonicalOf(m, "县经信局"), m.toString());
        assertEquals("海盐县商务局", canonicalOf(m, "县商务局"), m.toString());
        List<EntityMention> two = mentions("海盐县、嘉善县两地联动，县商务局牵头。");
        assertEquals("县商务局", canonicalOf(two, "县商务局"), "of two counties neither is sure: " + two);
        // A county named with one character and its level (房县, listed with the others of its kind), named after its bodies.
        List<EntityMention> fang = mentions("县委副书记、县长吴建平主持召开县人民政府常务会议。房县黄酒是我县最具特色的传统产业。");
        assertEquals("房县人民政府", canonicalOf(fang, "县人民政府"), fang.toString());
        List<EntityMention> qing = mentions("县委、县政府坚强领导。“青县羊角脆”获评国家地理标志产品。");
        assertEquals("青县人民政府", canonicalOf(qing, "县政府"), qing.toString());
        // One named by its short name (乳源 for 乳源瑶族自治县).
        List<EntityMention> ruyuan = mentions("常务副县长邓志文在县政府主持召开专题会议。县财政局、乳源经济开发区管委会、广东电网有限责任公司韶关乳源供电局参加会议。");
        assertEquals("乳源瑶族自治县财政局", canonicalOf(ruyuan, "县财政局"), ruyuan.toString());
        List<EntityMention> neighbour = mentions("翁源县人民政府办公室通知：县财政局赴乳源学习考察。");
        assertEquals("翁源县财政局", canonicalOf(neighbour, "县财政局"), "a neighbour's short name beside a full name: " + neighbour);
        // 库车县 became 库车市 in 2019; its city bodies are its own.
        List<EntityMention> kuqa = mentions("为推进库车小白杏产业，决定成立领导小组。\n成　员：刘国强　市人民政府办公室副主任\n库车市人民政府办公室");
        assertEquals("库车市人民政府办公室", canonicalOf(kuqa, "市人民政府办公室"), kuqa.toString());
    }

    @Test
    void aPolicysShortNameDefinedAfterItsNumberAndACountrysFormalNameLinkToTheirEntities() {
        List<EntityMention> m = mentions("新区落实《国务院关于支持贵州在新时代西部大开发上闯新路的意见》（国发〔2022〕2号，以下简称“国发2号文件”），按照国发2号文件要求推进。"
                + "大韩民国驻上海总领事金成勋出席。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.POLICY && x.text().equals("国发2号文件")
                && x.canonical().equals("国务院关于支持贵州在新时代西部大开发上闯新路的意见")).count(), m.toString());
        assertEquals("韩国", canonicalOf(m, "大韩民国"), m.toString());
    }

    @Test
    void aKindOfZoneGivenAShortNameWithNoZonesNameBeforeItMeansTheKindWhereverItStandsBare() {
        List<EntityMention> m = mentions("为支持本省经国务院批准设立的综合保税区（以下简称综保区）提升开放水平，杭州综合保税区先行先试，省商务厅会同杭州海关做好综保区发展绩效评估。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && !x.text().equals("杭州综合保税区")), "the kind, no zone: " + m);
        List<EntityMention> named = mentions("天津港保税区（以下简称保税区）管委会发布通知，保税区企业增长。");
        assertEquals(3, named.stream().filter(x -> x.type() == EntityType.ZONE && x.canonical().equals("天津港保税区")).count(), named.toString());
    }

    @Test
    void aTownshipsBareBodiesAreTheOneTownshipWhoseBodyTheDocumentNames() {
        List<EntityMention> m = mentions("南康区唐江镇党委书记曾志勇带领镇党委委员走访企业，赣州农村商业银行唐江支行提供贷款。镇党委、镇政府高度重视。");
        assertEquals(2, m.stream().filter(x -> x.text().equals("镇党委") && x.canonical().equals("唐江镇党委")).count(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().endsWith("银行党委")), "no firm's committee: " + m);
        assertEquals("唐江镇人民政府", canonicalOf(m, "镇政府"), m.toString());
    }

    @Test
    void aCustomsOfficeNamedAfterAZoneIsNamedAsWritten() {
        List<EntityMention> m = mentions("兰州新区海关监管进出口货物，兰州新区党工委书记出席。前海海关开展业务。");
        assertEquals("兰州新区海关", canonicalOf(m, "兰州新区海关"), m.toString());
        assertEquals("前海海关", canonicalOf(m, "前海海关"), m.toString());
        assertEquals("甘肃兰州新区党工委", canonicalOf(m, "兰州新区党工委"), "a zone's own committee takes its name: " + m);
    }

    @Test
    void aForeignNamesLastPartStandingAloneAfterItIsThatPerson() {
        List<EntityMention> m = mentions("美国驻上海总领事馆商务领事詹姆斯·卡特表示，卡特说中美合作前景广阔。");
        assertEquals(2, m.stream().filter(x -> x.type() == EntityType.PERSON && x.canonical().equals("詹姆斯·卡特")).count(), m.toString());
        List<EntityMention> two = mentions("詹姆斯·卡特和吉米·卡特先后发言，卡特说。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("卡特") && x.canonical().contains("·")), "of two such names neither is sure: " + two);
    }

    @Test
    void aGlossarysQuotedShortNamesAreTheFirmNamedAfterThemButTheWritersWeIsNone() {
        List<EntityMention> m = mentions("本报告中“我们”“两江产城集团”均指重庆两江新区产城融合发展集团有限公司。两江产城集团全年营业收入增长。");
        assertEquals("重庆两江新区产城融合发展集团有限公司", canonicalOf(m, "两江产城集团"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("我们")), m.toString());
    }

    @Test
    void aDivisionOfABareAreasCommitteeIsTheDivisionOfTheNamedAreasCommittee() {
        List<EntityMention> m = mentions("中国（福建）自由贸易试验区厦门片区管理委员会关于表彰先进集体的决定\n\n一、先进集体\n\n1. 片区管委会政策研究处\n2. 片区管委会贸易发展处");
        assertEquals("中国(福建)自由贸易试验区厦门片区管理委员会政策研究处", canonicalOf(m, "片区管委会政策研究处"), m.toString());
    }

    @Test
    void aBarePilotAreaOpeningAClauseIsTheDocumentsButADescribedOneIsNone() {
        List<EntityMention> m = mentions("海南博鳌乐城国际医疗旅游先行区管理局介绍，先行区已累计引进特许药械400余种。");
        assertEquals("海南博鳌乐城国际医疗旅游先行区", canonicalOf(m, "先行区"), m.toString());
        List<EntityMention> described = mentions("遂潼川渝毗邻地区一体化发展先行区获批。推进宜宾协同改革先行区建设。");
        assertTrue(described.stream().noneMatch(x -> x.text().equals("先行区")), described.toString());
    }

    @Test
    void aBareDevelopmentOrPilotZoneOpeningAClauseIsTheDocumentsButNotADescribedOrListedOne() {
        List<EntityMention> m = mentions("霍尔果斯经济开发区加快建设。今年以来，开发区完成固定资产投资50亿元。二连浩特重点开发开放试验区加快建设，推动试验区与综保区政策叠加。");
        assertEquals("霍尔果斯经济开发区", canonicalOf(m, "开发区"), m.toString());
        assertEquals("二连浩特国家重点开发开放试验区", canonicalOf(m, "试验区"), m.toString());
        List<EntityMention> general = mentions("南昌经济技术开发区加快建设。推动综保区与各县区、开发区全面对接。浙江被列为海峡两岸出版交流试验区。全省各类开发区要加快发展。"
                + "要求各县区和开发区抓好落实。要求各县区与开发区抓好落实。这些开发区大多位于沿海。上世纪90年代，各地纷纷设立开发区。");
        assertTrue(general.stream().noneMatch(x -> x.text().equals("开发区") || x.text().equals("试验区")), general.toString());
        List<EntityMention> pointed = mentions("霍尔果斯经济开发区加快建设。该开发区已引进企业300家。但开发区仍面临人才短缺。中国纺织工业联合会将与开发区共建。");
        assertEquals(3, pointed.stream().filter(x -> x.text().equals("开发区") && x.canonical().equals("霍尔果斯经济开发区")).count(), pointed.toString());
        assertEquals("二连浩特国家重点开发开放试验区", canonicalOf(mentions("二连浩特重点开发开放试验区加快建设，并推动试验区与综保区政策叠加。"), "试验区"));
    }

    @Test
    void aSurnameBeforeADeputysTitleOrATwoCharacterSurnameBeforeATitleAddressesItsOneHolder() {
        List<EntityMention> m = mentions("中国科学院青海盐湖研究所副所长李振东介绍了情况。“我们会一起。”李副所长说。郴州市商务局主任欧阳志刚说，欧阳主任给记者算了一笔账。");
        assertEquals("李振东", canonicalOf(m, "李副所长"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("李副")), m.toString());
    }

    @Test
    void theGuestsASpeakerGreetsAreNoPlace() {
        List<EntityMention> m = mentions("各位来宾，女士们，先生们，欢迎来到武汉。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("来宾")), m.toString());
    }

    @Test
    void aListedFirmsShortNameGivenWithItsCodeInBracketsIsTheFirm() {
        List<EntityMention> m = mentions("中联自贸供应链管理股份有限公司（证券简称：中联供应链，证券代码：002972.SZ）：公司主营供应链服务。我们首推中联供应链。");
        assertTrue(has(m, EntityType.COMPANY, "中联自贸供应链管理股份有限公司"), m.toString());
        assertEquals("中联自贸供应链管理股份有限公司", canonicalOf(m, "中联供应链"), m.toString());
    }

    @Test
    void theAcronymOfAFigureIsNoInstitution() {
        List<EntityMention> m = mentions("预计公司2025—2026年EPS分别为0.85元、0.97元，维持买入评级。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("EPS")), m.toString());
    }

    @Test
    void aDemocraticPartysCommitteeIsOneByEitherWordAndTheSocietysOwn社省委IsIts() {
        List<EntityMention> m = mentions("九三学社黑龙江省委员会\n　　2025年8月至10月，九三学社黑龙江省委会组成专题调研组。"
                + "调研组由社省委副主委谭玉珩任组长，成员包括社省委参政议政处处长鄂文斌。");
        assertEquals("九三学社黑龙江省委员会", canonicalOf(m, "九三学社黑龙江省委会"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.text().equals("省委") && x.type() == EntityType.ORGANIZATION && x.canonical().equals("九三学社黑龙江省委员会")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().equals("黑龙江省委")), "no Communist Party committee: " + m);
    }

    @Test
    void anInspectionTeamNamedWithoutItsNumberIsTheOneNumberedTeamNamed() {
        List<EntityMention> m = mentions("中央第十一巡视组对云南省进行了常规巡视。中央巡视组组长卓元岱反馈了巡视情况。");
        assertEquals("中央第十一巡视组", canonicalOf(m, "中央巡视组"), m.toString());
        List<EntityMention> two = mentions("中央第五生态环境保护督察组进驻。中央第三生态环境保护督察组也进驻。中央生态环境保护督察组组长王明说。");
        assertEquals("中央生态环境保护督察组", canonicalOf(two, "中央生态环境保护督察组"), "of two teams, neither: " + two);
    }

    @Test
    void aBorderInspectionStationIsABodyNamedAfterItsPortAsWritten() {
        List<EntityMention> m = mentions("厦门出入境边防检查总站开展联合执法。青岛边防检查站加强口岸管控。");
        assertEquals("厦门出入境边防检查总站", canonicalOf(m, "厦门出入境边防检查总站"), m.toString());
        assertEquals("青岛边防检查站", canonicalOf(m, "青岛边防检查站"), m.toString());
    }

    @Test
    void aDivisionOfABareZonesAuthorityIsTheNamedZonesAuthoritys() {
        List<EntityMention> m = mentions("三亚崖州湾科技城管理局表示，科技城将加快建设。科技城管理局产业促进处处长邢月娥介绍。");
        assertEquals("三亚崖州湾科技城管理局产业促进处", canonicalOf(m, "科技城管理局产业促进处"), m.toString());
    }

    @Test
    void aPlotsBoundBeforeABareZoneWordNamesNoZone() {
        List<EntityMention> m = mentions("合肥经济技术开发区综合保税区。该地块东至园区道路，西至综保区围网巡逻道。");
        assertEquals("合肥经济技术开发区综合保税区", canonicalOf(m, "综保区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("西至")), m.toString());
    }

    @Test
    void aShortNameForABodySharedAlongAListOfPlacesIsNoneOfTheLastPlacesButOneForABodyAfterAPersonIsItsOwn() {
        List<EntityMention> m = mentions("第八条 合肥市、芜湖市、蚌埠市人民政府（以下简称片区所在地市人民政府）应当落实主体责任。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("片区所在地市人民政府") && x.canonical().equals("蚌埠市人民政府")), m.toString());
        List<EntityMention> own = mentions("自治区商务厅副厅长刘雅琴、呼伦贝尔市发展和改革委员会（以下简称“市发改委”）副主任赵德明出席。市发改委表示支持。");
        assertEquals("呼伦贝尔市发展和改革委员会", canonicalOf(own, "市发改委"), own.toString());
    }

    @Test
    void aTermForSeveralIsNoGlossaryOfOne() {
        List<EntityMention> two = mentions("本方案中“两区”指北京自贸试验区和国家服务业扩大开放综合示范区。");
        assertTrue(two.stream().noneMatch(x -> x.text().equals("两区")), two.toString());
    }

    @Test
    void aListedFirmsShortNameMayBeGivenAsItsStockShortName() {
        List<EntityMention> m = mentions("东海湾港口集团股份有限公司（股票简称：东海湾港，股票代码：601697）发布公告。东海湾港业绩增长。");
        assertEquals("东海湾港口集团股份有限公司", canonicalOf(m, "东海湾港"), m.toString());
    }

    @Test
    void aPlaceWordTheTaggerTakesForAClubIsAPlaceWhereItIsJoinedToAPlace() {
        List<EntityMention> m = mentions("三天后将通过香港发往迪拜和米兰。“汉堡和青岛都是重要的港口城市。”AC米兰和国际米兰的比赛精彩。");
        assertTrue(has(m, EntityType.PLACE, "米兰") && has(m, EntityType.PLACE, "汉堡"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "国际米兰"), m.toString());
        // 北京 opens a firm's name there, no place of the list.
        List<EntityMention> firms = mentions("长安和北京汽车发布销量。");
        assertTrue(firms.stream().noneMatch(x -> x.text().equals("长安") && x.type() == EntityType.PLACE), firms.toString());
    }

    @Test
    void aGovernmentsOfficeAndItsDivisionKeepTheOfficesWordWhole() {
        List<EntityMention> m = mentions("孔丽娜　哈尔滨市人民政府办公室法制科副科长、公职律师");
        assertEquals("哈尔滨市人民政府办公室法制科", canonicalOf(m, "哈尔滨市人民政府办公室法制科"), m.toString());
        assertEquals("哈尔滨市人民政府办公室", canonicalOf(m, "哈尔滨市人民政府办公室"), m.toString());
    }

    @Test
    void aCommissionsOfficeKeepsTheCommissionsWordWhole() {
        List<EntityMention> m = mentions("联系电话：0911-8012××0\n\n延安市卫生健康委员会办公室　　　　2026年2月10日印发");
        assertEquals("延安市卫生健康委员会办公室", canonicalOf(m, "延安市卫生健康委员会办公室"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.canonical().contains("员会员会")), m.toString());
    }

    @Test
    void aCongresssCommitteeNamedBareIsOfTheCongressNamedBeforeIt() {
        List<EntityMention> m = mentions("甘肃省人大常委会开展专题询问。省人大常委会委员、财政经济委员会副主任委员杨立新提问。法制工作委员会主任周志宏主持。");
        assertEquals("甘肃省人民代表大会财政经济委员会", canonicalOf(m, "财政经济委员会"), m.toString());
        assertEquals("甘肃省人民代表大会常务委员会法制工作委员会", canonicalOf(m, "法制工作委员会"), m.toString());
        // The end of another committee's name (a CPPCC's) is no congress's committee.
        List<EntityMention> cppcc = mentions("市政协召开协商会，社会和法制委员会主任李明汇报。市人大常委会副主任王刚出席。");
        assertTrue(cppcc.stream().noneMatch(x -> x.canonical().contains("人民代表大会法制委员会")), cppcc.toString());
        // With no congress named, the committee keeps its bare name.
        List<EntityMention> alone = mentions("财政经济委员会副主任委员杨立新提问。");
        assertEquals("财政经济委员会", canonicalOf(alone, "财政经济委员会"), alone.toString());
    }

    @Test
    void aShortNameTheTextSaysItCallsABodyBelowStandsForIt() {
        List<EntityMention> m = mentions("商务部（以下称调查机关）发布公告，决定对进口聚碳酸酯二元醇（以下称被调查产品）进行反倾销立案调查。调查机关向利害关系方发放问卷。");
        assertEquals(List.of("商务部", "商务部"), m.stream().filter(x -> x.text().equals("调查机关")).map(EntityMention::canonical).toList(), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("被调查产品")), m.toString());
    }

    @Test
    void aBodyNamedAfterABareZoneWordHoldsTheZoneItIsLinkedTo() {
        List<EntityMention> m = mentions("萍乡经济技术开发区召开会议。经开区经济发展局局长彭志勇出席。");
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.ZONE && x.text().equals("经开区") && x.canonical().equals("萍乡经济技术开发区")), m.toString());
        // Where the body is linked to no zone, its bare word names none either.
        List<EntityMention> unlinked = mentions("经开区建设局局长易海涛出席。");
        assertTrue(unlinked.stream().noneMatch(x -> x.type() == EntityType.ZONE), unlinked.toString());
    }

    @Test
    void bareBodiesAreOfThePlaceOrZoneWhoseBodyTheSourceLineNamesAsIssuer() {
        List<EntityMention> county = EntityFixture.analyzePublishedBy("临泽县人民政府办公室",
                "8月12日下午，县长韩志刚主持召开县人民政府第41次常务会议。会议要求县农业农村局会同县财政局抓好落实，沙河镇、平川镇配合。").entities().mentions();
        assertEquals("临泽县人民政府", canonicalOf(county, "县人民政府"), county.toString());
        assertEquals("临泽县农业农村局", canonicalOf(county, "县农业农村局"), county.toString());
        List<EntityMention> zone = EntityFixture.analyzePublishedBy("鹰潭高新区经济发展局",
                "今年以来，在区党工委、管委会的坚强领导下，全区上下紧紧围绕全年目标任务，经济运行总体保持稳中向好态势。").entities().mentions();
        assertEquals("鹰潭高新技术产业开发区管理委员会", canonicalOf(zone, "管委会"), zone.toString());
        List<EntityMention> city = EntityFixture.analyzePublishedBy("南安市工业和信息化局",
                "我局会同市发改局、市自然资源局、泉州市南安生态环境局认真研究，现答复如下。泉州市石材行业协会积极配合。").entities().mentions();
        assertEquals("南安市发展和改革局", canonicalOf(city, "市发改局"), "a county's city issues the paper: " + city);
        List<EntityMention> titled = EntityFixture.analyzeTitled("临泽县人民政府第41次常务会议纪要", "会议要求县农业农村局会同县财政局抓好落实。")
                .entities().mentions();
        assertEquals("临泽县财政局", canonicalOf(titled, "县财政局"), "a title opened by the county's government: " + titled);
        List<EntityMention> news = EntityFixture.analyzePublishedBy("新华网", "会议要求县农业农村局会同县财政局抓好落实。").entities().mentions();
        assertEquals("县农业农村局", canonicalOf(news, "县农业农村局"), "an outlet names no county: " + news);
    }

    @Test
    void aZonesPaperNamesItsOwnDepartmentsBareOrItsDistrictsBodiesWhereTheZoneIsNamedAfterOne() {
        List<EntityMention> zone = EntityFixture.analyzePublishedBy("绥化经济技术开发区安全生产委员会办公室",
                "按照区安委会统一部署，区应急管理局会同区市场监督管理局开展安全生产大检查，区委、区政府高度重视。").entities().mentions();
        assertEquals("绥化经济技术开发区应急管理局", canonicalOf(zone, "区应急管理局"), zone.toString());
        assertEquals("绥化经济技术开发区安全生产委员会", canonicalOf(zone, "区安委会"), zone.toString());
        assertEquals("区委", canonicalOf(zone, "区委"), "a zone has no party committee of a district: " + zone);
        List<EntityMention> district = EntityFixture.analyzePublishedBy("北京密云经济开发区管委会",
                "今年以来，开发区认真落实区委、区政府稳增长各项部署，会同区住建委加快项目审批。").entities().mentions();
        assertEquals("密云区委", canonicalOf(district, "区委"), district.toString());
        assertEquals("密云区住房和城乡建设委员会", canonicalOf(district, "区住建委"), district.toString());
        assertEquals("北京密云经济开发区", canonicalOf(district, "开发区"), district.toString());
        List<EntityMention> port = EntityFixture.analyzePublishedBy("连云港经济技术开发区管委会",
                "经开区财政局会同区财政局做好资金拨付，江苏省商务厅给予支持。").entities().mentions();
        assertEquals("连云港经济技术开发区财政局", canonicalOf(port, "区财政局"), "连云 of 连云港 names no district here: " + port);
    }
}
