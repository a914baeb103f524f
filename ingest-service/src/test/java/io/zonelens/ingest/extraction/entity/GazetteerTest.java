package io.zonelens.ingest.extraction.entity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private final Gazetteer gazetteer = EntityFixture.GAZETTEER;

    @Test
    void aSlogansVerbAndItsCountyAreNoCounty() {
        List<EntityMention> slogan = EntityFixture.mentions("坚持“产业兴县、开放活县、生态立县”，实施科技兴县战略，推进工业富县。"
                + "大力实施“工业强县、农业稳县、文旅兴县”战略。");
        assertTrue(slogan.stream().noneMatch(m -> m.type() == EntityType.PLACE), slogan.toString());
        List<EntityMention> county = EntityFixture.mentions("代表团前往兴县调研。山西兴县发展很快。革命老区兴县是晋绥边区首府所在地。");
        assertEquals(3, county.stream().filter(m -> m.type() == EntityType.PLACE && m.text().equals("兴县")).count(),
                "a county after a verb, its province or a noun it is called by: " + county);
    }

    @Test
    void aGroupAndItsListedSubsidiaryAreTwoFirms() {
        List<EntityMention> m = EntityFixture.mentions("华虹集团、华虹半导体、吉利汽车和浙江吉利控股集团有限公司加快布局，宝丰能源、远景科技、和元生物签约。");
        assertEquals("上海华虹(集团)有限公司", EntityFixture.canonicalOf(m, "华虹集团"), m.toString());
        assertEquals("吉利汽车控股有限公司", EntityFixture.canonicalOf(m, "吉利汽车"), m.toString());
        for (String firm : List.of("宝丰能源", "远景科技", "和元生物")) {
            assertTrue(EntityFixture.has(m, EntityType.COMPANY, firm), firm + " in " + m);
        }
        assertEquals("远景科技集团", EntityFixture.canonicalOf(m, "远景科技"), m.toString());
        List<EntityMention> volvo = EntityFixture.mentions("沃尔沃汽车和远景能源签约，沃尔沃集团的卡车也来了。");
        assertEquals("沃尔沃汽车公司", EntityFixture.canonicalOf(volvo, "沃尔沃汽车"), volvo.toString());
        assertEquals("远景能源有限公司", EntityFixture.canonicalOf(volvo, "远景能源"), volvo.toString());
    }

    @Test
    void theHainanFreeTradePortsKeyParksAndOtherStateApprovedPlatformsAreZonesAndTheirBodiesTheirs() {
        List<EntityMention> m = EntityFixture.mentions("重点园区包括博鳌乐城国际医疗旅游先行区、海口江东新区、三亚崖州湾科技城、文昌国际航天城、海南生态软件园、"
                + "陵水黎安国际教育创新试验区和三亚中央商务区。湖南建设中非经贸深度合作先行区。崖州湾科技城管理局局长王海出席。");
        m = new java.util.ArrayList<>(m);
        m.addAll(EntityFixture.mentions("建设两岸融合发展示范区，推进江西内陆开放型经济试验区和景德镇国家陶瓷文化传承创新试验区建设。"));
        for (String zone : List.of("博鳌乐城国际医疗旅游先行区", "海口江东新区", "三亚崖州湾科技城", "文昌国际航天城", "海南生态软件园",
                "陵水黎安国际教育创新试验区", "三亚中央商务区", "中非经贸深度合作先行区", "两岸融合发展示范区", "江西内陆开放型经济试验区",
                "景德镇国家陶瓷文化传承创新试验区")) {
            assertTrue(EntityFixture.has(m, EntityType.ZONE, zone), zone + " in " + m);
        }
        assertEquals("三亚崖州湾科技城管理局", EntityFixture.canonicalOf(m, "崖州湾科技城管理局"), m.toString());
        // 知识城 alone is Guangzhou's, and a park named after it is a zone of its own.
        List<EntityMention> city = EntityFixture.mentions("项目位于知识城集成电路产业园。知识城管委会将为每个项目配备秘书。");
        assertTrue(EntityFixture.has(city, EntityType.ZONE, "知识城集成电路产业园"), city.toString());
        assertEquals("中新广州知识城管理委员会", EntityFixture.canonicalOf(city, "知识城管委会"), city.toString());
    }

    @Test
    void xiongansFirstAreasFawsShortNameAndTheDigitalChinaSummitAreListed() {
        List<EntityMention> m = EntityFixture.mentions("雄东片区、容东片区、容西片区和昝岗片区建设有序推进。长春市一汽配套企业增多。数字中国建设峰会在福州举办。");
        assertEquals("河北雄安新区容东片区", EntityFixture.canonicalOf(m, "容东片区"), m.toString());
        assertEquals("中国第一汽车集团有限公司", EntityFixture.canonicalOf(m, "一汽"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "数字中国建设峰会"), m.toString());
        // A listed zone and a verb after it make a clause, no body the tagger may read there.
        List<EntityMention> clause = EntityFixture.mentions("明确对在启动区、容东片区设立总部或区域总部的疏解企业给予支持。");
        assertTrue(clause.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), clause.toString());
    }

    @Test
    void aListedCityAbroadAndALevelWordNameTheRegionAroundIt() {
        List<EntityMention> m = EntityFixture.mentions("双方在撒马尔罕州建设示范区。阿拉木图州农户增收。会议在阿拉木图举行。");
        for (String region : List.of("撒马尔罕州", "阿拉木图州")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, region), region + " in " + m);
        }
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "阿拉木图"), m.toString());
    }

    @Test
    void twoCountiesNamedWithoutTheirLevelAreCountiesWhereTheListClosesWithOtherPlaces() {
        List<EntityMention> m = EntityFixture.mentions("推动青州、昌乐等地建设出口农产品示范基地。");
        assertEquals("青州市", EntityFixture.canonicalOf(m, "青州"), m.toString());
        assertEquals("昌乐县", EntityFixture.canonicalOf(m, "昌乐"), m.toString());
    }

    @Test
    void aGreatRiverOrSeaIsAPlaceButNotInAStreetsOrAFirmsName() {
        List<EntityMention> m = EntityFixture.mentions("货物经长江水运出海，黄海沿岸港口和马六甲海峡航线繁忙。"
                + "东至渤海五十路，南至珠江道。新兴金融汇集渤海人寿、平安人寿等机构。");
        for (String water : List.of("长江", "黄海", "马六甲海峡")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, water), water + " " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().matches("渤海|珠江")), m.toString());
        List<EntityMention> course = EntityFixture.mentions("长江沿岸城市合作加快。中方愿同俄罗斯一道推动合作，从北京一路南下。");
        for (String place : List.of("长江", "俄罗斯", "北京")) {
            assertTrue(EntityFixture.has(course, EntityType.PLACE, place), place + " " + course);
        }
    }

    @Test
    void aKoreanMetropolitanCityWithItsLevelIsTheCity() {
        List<EntityMention> m = EntityFixture.mentions("企业赴韩国平泽和仁川广域市考察，釜山港航线开通。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "平泽"), m.toString());
        assertEquals("仁川", EntityFixture.canonicalOf(m, "仁川广域市"), m.toString());
    }

    @Test
    void partsOfAProvinceAndPairsOfCountriesAreRegions() {
        List<EntityMention> m = EntityFixture.mentions("支持南充、达州建设川东北省域经济副中心，加快成德眉资同城化发展。从天府新区到川南港口。拓展至欧美的航线，面向日韩。");
        for (String region : List.of("川东北", "成德眉资", "川南", "欧美", "日韩")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, region), region + " " + m);
        }
    }

    @Test
    void aForeignProvinceOrStateRightAfterItsCountryIsAPlaceEvenWhereHanlpSplitsItsName() {
        List<EntityMention> m = EntityFixture.mentions("越南北宁省代表团访问园区。澳大利亚新南威尔士州州长会见。哈萨克斯坦阿拉木图州企业参展。"
                + "日本经济产业省官员出席。美国多个州和美国各州。");
        for (String place : List.of("北宁省", "新南威尔士州", "阿拉木图州")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, place), place + " " + m);
        }
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().matches("经济产业省|多个州|各州|个州")), m.toString());
    }

    @Test
    void placeNamesSpelledAcrossAnOceanAMountainsSideOrAnUnknownWordAreNoPlaces() {
        List<EntityMention> m = EntityFixture.mentions("建设面向印度洋的开放门户。贺兰山东麓葡萄酒出口增长。进口俄罗斯樟子松原木12万立方米。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && List.of("印度", "山东", "松原").contains(x.text())), m.toString());
        // HanLP's misreadings of a name stay names: 舟/山海关, 法/国籍.
        List<EntityMention> kept = EntityFixture.mentions("市商务局、舟山海关参加。总经理、法国籍的皮埃尔·勒菲弗说。建设东北海陆大通道。");
        for (String place : List.of("舟山", "法国", "东北")) {
            assertTrue(EntityFixture.has(kept, EntityType.PLACE, place), place + " in " + kept);
        }
    }

    @Test
    void aRiversNameBeforeItsBridgeOrWaterwayIsTheRiverAndAZoneNamedAfterARiverLeavesItsNameToIt() {
        List<EntityMention> river = EntityFixture.mentions("黑龙江公路大桥通车。推动黑龙江（阿穆尔河）国际航运。黑龙江省委书记出席。");
        assertTrue(river.stream().noneMatch(x -> x.text().equals("黑龙江")), river.toString());
        List<EntityMention> zone = EntityFixture.mentions("江西赣江新区建设加快。加快赣江、信江高等级航道建设。");
        assertTrue(zone.stream().noneMatch(x -> x.text().equals("赣江") && x.start() < 6), zone.toString());
        assertTrue(EntityFixture.has(zone, EntityType.PLACE, "赣江"), zone.toString());
        List<EntityMention> city = EntityFixture.mentions("福建省晋江市委书记出席。推动综保区与晋江鞋服产业集群联动发展。");
        assertEquals("晋江市", city.stream().filter(x -> x.text().equals("晋江")).findFirst().map(EntityMention::canonical).orElse(null),
                "a city named after a river is what its bare name means: " + city);
        List<EntityMention> course = EntityFixture.mentions("福建省晋江市委书记出席。晋江流域治理加快。");
        assertTrue(course.stream().noneMatch(x -> x.text().equals("晋江") && x.start() > 10), "where its course is spoken of, the river: " + course);
    }

    @Test
    void aCountyNamedWithOneCharacterAndXianIsAPlaceWhereAWordStartsAtIt() {
        List<EntityMention> m = EntityFixture.mentions("雄县、单县和易县的代表出席。要振兴县域经济，建成县级医院。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "雄县") && EntityFixture.has(m, EntityType.PLACE, "单县")
                && EntityFixture.has(m, EntityType.PLACE, "易县"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("兴县") || x.text().equals("成县")), m.toString());
        List<EntityMention> gansu = EntityFixture.mentions("康县、文县南部降水量超过900毫米。建设健康县城，推进循环县域经济，争创小康县，整治市容县貌。");
        assertTrue(EntityFixture.has(gansu, EntityType.PLACE, "康县") && EntityFixture.has(gansu, EntityType.PLACE, "文县"), gansu.toString());
        assertEquals(2, gansu.stream().filter(x -> x.type() == EntityType.PLACE).count(), "inside 健康县城, 小康县 or 市容县貌 no county: " + gansu);
        List<EntityMention> more = EntityFixture.mentions("叶县、泗县、忠县、藤县和佳县的代表出席。");
        for (String county : List.of("叶县", "泗县", "忠县", "藤县", "佳县")) {
            assertTrue(EntityFixture.has(more, EntityType.PLACE, county), county + " in " + more);
        }
    }

    @Test
    void taiwansCitiesAndCountiesArePlacesAndTaiwanIsNoDocumentsProvinceForItsBareBodies() {
        List<EntityMention> m = EntityFixture.mentions("厦门市召开两岸企业家峰会，来自台湾新竹、台中、高雄等地的台商出席。在平台中发布信息。省委常委张三主持。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "新竹") && EntityFixture.has(m, EntityType.PLACE, "高雄"), m.toString());
        assertEquals(1, m.stream().filter(x -> x.text().equals("台中")).count(), "not 台中 of 平台中: " + m);
        assertEquals("福建省委", EntityFixture.canonicalOf(m, "省委"), "a document naming Taiwan's places is still Fujian's: " + m);
    }

    @Test
    void aLevelCharacterAfterAPlaceOfThatLevelMakesNoLongerPlace() {
        List<EntityMention> m = EntityFixture.mentions("娄底市市管领导干部任前公示。");
        assertEquals(List.of("娄底市"), m.stream().filter(x -> x.type() == EntityType.PLACE).map(EntityMention::text).toList(), m.toString());
    }

    @Test
    void aForeignStateHanlpKnowsIsAPlaceAndACitysNameBeforeABayIsTheBay() {
        List<EntityMention> m = EntityFixture.mentions("工厂位于美国亚利桑那州凤凰城，巴伐利亚州首府是慕尼黑。推介会在慕尼黑举行。胶州湾海域治理。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "亚利桑那州") && EntityFixture.has(m, EntityType.PLACE, "巴伐利亚州"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "慕尼黑"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("胶州")), m.toString());
    }

    @Test
    void aPlaceWordRightAfterAForeignCountryIsACityOfItButNotAClub() {
        List<EntityMention> m = EntityFixture.mentions("电机直接出口到德国斯图加特和匈牙利。德国拜仁队获胜。美国黑帮电影上映。肯尼亚马赛马拉草原很美。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "斯图加特"), m.toString());
        // A common word HanLP knows (黑帮, and so 海防 of 越南海防 too), a club, the first word of a longer name: none.
        for (String none : List.of("拜仁", "黑帮", "马赛")) {
            assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE && x.text().equals(none)), none + " in " + m);
        }
    }

    @Test
    void aShortNameSpelledAcrossTwoWordsOrEndingAForeignNameIsNoneButAForeignRegionsLevelEndsThatRegion() {
        List<EntityMention> m = EntityFixture.mentions("推进钦州港东航道扩建工程。俄罗斯斯维尔德洛夫斯克州代表团到访。东航集团签约。");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("东航") || x.text().equals("克州")), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "斯维尔德洛夫斯克州"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "东航集团"), m.toString());
    }

    @Test
    void aCityAfterAWordOfGoingThereOrACountryBefore籍IsAPlaceButAClubNamedAfterItIsNot() {
        List<EntityMention> m = EntityFixture.mentions("新华社记者发自马德里。代表团飞赴里斯本，随后前往米兰，再至法兰克福。塞尔维亚籍球员米洛什进球。AC米兰战胜国际米兰。");
        for (String city : List.of("马德里", "里斯本", "米兰", "法兰克福", "塞尔维亚")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, city), city + ": " + m);
        }
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "AC米兰") && EntityFixture.has(m, EntityType.ORGANIZATION, "国际米兰"), m.toString());
    }

    @Test
    void aPlaceNamedAfterItsRiverBeforeAWordOfTheRiversCourseIsTheRiver() {
        List<EntityMention> m = EntityFixture.mentions("加强牡丹江干流水质监测，推进黑龙江流域生态保护。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PLACE), m.toString());
    }

    @Test
    void theContinentsAndTheirRegionsArePlaces() {
        List<EntityMention> m = EntityFixture.mentions("产品销往欧洲、非洲和中亚市场，深化中国—中东欧国家合作。工程机械驶向东非，对阿拉伯国家出口增长。");
        for (String region : List.of("欧洲", "非洲", "中亚", "中东欧", "东非", "阿拉伯国家")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, region), region + " in " + m);
        }
    }

    @Test
    void universitiesNamedWithoutAPlaceAreListed() {
        List<EntityMention> m = EntityFixture.mentions("电子科技大学与成都高新区签署协议。对外经济贸易大学、中南财经政法大学、暨南大学参加。");
        for (String university : List.of("电子科技大学", "对外经济贸易大学", "中南财经政法大学", "暨南大学")) {
            assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, university), university + " in " + m);
        }
    }

    @Test
    void citiesAndStatesAbroadThatTradeAndFreightNewsNameArePlaces() {
        List<EntityMention> m = EntityFixture.mentions("航线连通卢森堡、列日、芝加哥和阿拉木图。在墨西哥蒙特雷建设工厂。更多彭亨的棕榈油运抵。与波格拉尼奇内区签约。");
        for (String[] place : new String[][] {{"列日", "列日"}, {"蒙特雷", "蒙特雷"}, {"彭亨", "彭亨州"}, {"波格拉尼奇内区", "波格拉尼奇内"}}) {
            assertEquals(place[1], EntityFixture.canonicalOf(m, place[0]), m.toString());
        }
    }

    @Test
    void theBorderRegionsOfChinasNeighboursArePlacesAndTheirGovernmentsTheirOwn() {
        List<EntityMention> m = EntityFixture.mentions("越南老街省与河口县隔河相望。哈巴罗夫斯克边疆区政府副主席叶莲娜·库兹涅佐娃出席。俄罗斯滨海边疆区与黑龙江省接壤。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "老街省") && EntityFixture.has(m, EntityType.PLACE, "滨海边疆区")
                && EntityFixture.has(m, EntityType.PLACE, "俄罗斯"), "the country and its region, as 越南 and 老街省: " + m);
        assertEquals("哈巴罗夫斯克边疆区政府", EntityFixture.canonicalOf(m, "哈巴罗夫斯克边疆区政府"), "no people's government abroad");
        assertTrue(EntityFixture.has(m, EntityType.PERSON, "叶莲娜·库兹涅佐娃"), "a transliteration's bound morphemes are name characters: " + m);
        List<EntityMention> department = EntityFixture.mentions("河口县人民政府与越南老街省工贸厅举行年度会晤。");
        assertTrue(EntityFixture.has(department, EntityType.GOVERNMENT, "老街省工贸厅"), "a region's department abroad: " + department);
    }

    @Test
    void mongoliasCharacterIsAPartnerOnlyBesideAnotherCountrysAndUlaanbaatarMayTakeCity() {
        List<EntityMention> m = EntityFixture.mentions("推动中俄蒙三国合作，开通至乌兰巴托市的航线。");
        assertEquals("蒙古国", EntityFixture.canonicalOf(m, "蒙"), m.toString());
        assertEquals("乌兰巴托", EntityFixture.canonicalOf(m, "乌兰巴托市"), m.toString());
        List<EntityMention> blindfold = EntityFixture.mentions("大家一定对蒙眼的泰美斯女神印象深刻。");
        assertTrue(blindfold.stream().noneMatch(mention -> mention.type() == EntityType.PLACE), blindfold.toString());
        List<EntityMention> trade = EntityFixture.mentions("对蒙贸易增长，与蒙合作深化。鄂托克旗中蒙医院建成。");
        assertEquals(2, trade.stream().filter(mention -> mention.canonical().equals("蒙古国")).count(), "dealings, not Mongolian medicine: " + trade);
    }

    @Test
    void aForeignMinistrysDepartmentIsNamedAfterTheMinistry() {
        List<EntityMention> m = EntityFixture.mentions("泰国商务部国际贸易促进厅副厅长颂猜·詹通出席。美国商务部发言人表示反对。");
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "泰国商务部国际贸易促进厅"), "the department with its ministry: " + m);
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "美国商务部") && !EntityFixture.has(m, EntityType.GOVERNMENT, "美国商务部发言人"),
                "a spokesman is no department: " + m);
        List<EntityMention> two = EntityFixture.mentions("美国商务部和联邦调查局联合调查此案。");
        assertTrue(EntityFixture.has(two, EntityType.GOVERNMENT, "美国商务部") && !EntityFixture.has(two, EntityType.GOVERNMENT, "美国商务部和联邦调查局"),
                "two bodies joined: " + two);
        List<EntityMention> bis = EntityFixture.mentions("美国商务部工业与安全局将12家企业列入实体清单。");
        assertTrue(EntityFixture.has(bis, EntityType.GOVERNMENT, "美国商务部工业与安全局"), "two fields joined inside a department: " + bis);
    }

    @Test
    void anAutonomousCountyIsNamedByItsPlaceNameAndLevelToo() {
        List<EntityMention> m = EntityFixture.mentions("河口县商务局局长罗秀英介绍，河口县与越南老街省隔河相望。石柱县加快发展。");
        assertEquals("河口瑶族自治县", EntityFixture.canonicalOf(m, "河口县"));
        assertEquals("石柱土家族自治县", EntityFixture.canonicalOf(m, "石柱县"));
        assertEquals("河口瑶族自治县商务局", EntityFixture.canonicalOf(m, "河口县商务局"));
    }

    @Test
    void loadsTheNationalListsFromTheClasspath() {
        Map<String, Long> byKind = gazetteer.entries().stream().collect(Collectors.groupingBy(GazetteerEntry::kind, Collectors.counting()));
        assertEquals(22, byKind.get("FTZ"), "22 pilot free trade zones");
        assertEquals(19, byKind.get("NEW_AREA"), "19 state-level new areas");
        assertEquals(10, byKind.get("TRANSFER_ZONE"), "the ten national demonstration zones for taking in industry moving inland");
        assertTrue(byKind.get("COMPREHENSIVE_BONDED_ZONE") >= 164, "most of the ~166 comprehensive bonded zones");
        assertEquals(15, byKind.get("BONDED_ZONE"), "the 15 bonded zones of 1990-1996");
        assertEquals(14, byKind.get("BONDED_PORT_AREA"), "the 14 bonded port areas of 2005-2010");
        assertEquals(69, byKind.get("FTZ_AREA"), "every area of the 22 pilot free trade zones");
        assertTrue(byKind.get("ETDZ") >= 239, "the 232 state-level economic and technological development zones of 2024 and some that left the list");
        assertEquals(17, byKind.get("BORDER_ZONE"), "the 17 state-level border economic cooperation zones");
        assertEquals(9, byKind.get("KEY_PILOT_ZONE"), "the nine national key development and opening pilot zones on the borders");
        assertEquals(177, byKind.get("HIDZ"), "the 178 state-level high-tech zones but 苏州工业园区, listed as a cooperation zone");
        assertEquals(6, byKind.get("CROSS_BORDER_ZONE"), "the cross-border zones at Zhuhai, Horgos, Mohan, Erenhot, Dongxing and Pingxiang");
        assertEquals(293, byKind.get("CITY"), "the prefecture-level cities");
        assertEquals(333, byKind.get("CITY") + byKind.get("AUTONOMOUS_PREFECTURE") + byKind.get("PREFECTURE") + byKind.get("LEAGUE"),
                "every prefecture-level division");
        assertEquals(34, byKind.get("PROVINCE") + byKind.get("MUNICIPALITY"));
        assertEquals(194, byKind.get("COUNTRY"), "the countries of the world but 黑山, also a county of Liaoning");
        assertTrue(byKind.get("DISTRICT") + byKind.get("COUNTY") + byKind.get("COUNTY_CITY") > 2600, "the county-level divisions");
    }

    @Test
    void aCountyLevelDivisionIsKnownWithItsProvince() {
        GazetteerEntry pingshan = gazetteer.lookup("坪山区").get(0);
        assertEquals(List.of(EntityType.PLACE, "DISTRICT", "广东"), List.of(pingshan.type(), pingshan.kind(), pingshan.province()));
        assertEquals("COUNTY", gazetteer.lookup("城步苗族自治县").get(0).kind());
        assertTrue(gazetteer.lookup("鼓楼区").isEmpty(), "a name four cities share says nothing alone");
    }

    @Test
    void aliasesAndDerivedShortFormsLeadToTheCanonicalName() {
        assertEquals("南昌综合保税区", gazetteer.lookup("南昌综保区").get(0).canonical());
        assertEquals("南昌经济技术开发区", gazetteer.lookup("南昌经开区").get(0).canonical());
        assertEquals("中国(天津)自由贸易试验区", gazetteer.lookup("天津自贸区").get(0).canonical());
        assertEquals("天津滨海新区", gazetteer.lookup("滨海新区").get(0).canonical());
        assertEquals("天津市", gazetteer.lookup("天津").get(0).canonical());
        assertEquals("襄阳经济技术开发区", gazetteer.lookup("襄阳经开区").get(0).canonical());
        assertEquals("延边朝鲜族自治州", gazetteer.lookup("延边州").get(0).canonical());
        assertEquals("上海外高桥保税区", gazetteer.lookup("外高桥保税区").get(0).canonical());
        assertEquals("昆山市", gazetteer.lookup("昆山").get(0).canonical());
        assertEquals("雄安综合保税区", gazetteer.lookup("雄安综保区").get(0).canonical());
        assertEquals("瑞丽边境经济合作区", gazetteer.lookup("瑞丽边合区").get(0).canonical());
        assertEquals("中蒙二连浩特—扎门乌德经济合作区", gazetteer.lookup("二连浩特—扎门乌德经济合作区").get(0).canonical());
    }

    @Test
    void aZoneIsFoundWithoutItsCityWhenWhatRemainsIsStillItsName() {
        assertEquals("武汉东湖新技术开发区", gazetteer.lookup("东湖新技术开发区").get(0).canonical());
        assertEquals("济南章锦综合保税区", gazetteer.lookup("章锦综合保税区").get(0).canonical());
        assertEquals("济南章锦综合保税区", gazetteer.lookup("章锦综保区").get(0).canonical());
        // Generic without the city, or shared by zones of several cities.
        assertTrue(gazetteer.lookup("高新综合保税区").isEmpty());
        assertTrue(gazetteer.lookup("空港综合保税区").isEmpty());
        assertTrue(gazetteer.lookup("汽车经济技术开发区").isEmpty());
    }

    @Test
    void noNameLeadsToTwoEntriesExceptJilinAndTheTwoQianwanZones() {
        Map<String, java.util.Set<String>> canonicalsByName = new java.util.HashMap<>();
        for (String name : gazetteer.allNames()) {
            var canonicals = gazetteer.lookup(name).stream().map(GazetteerEntry::canonical).collect(Collectors.toSet());
            if (canonicals.size() > 1) {
                canonicalsByName.put(name, canonicals);
            }
        }
        // 吉林 is both the province and its city; documents mean the province more often, and it is listed first.
        // 前湾综合保税区 is Ningbo's and Qingdao's: the document's province decides (LinkingTest).
        assertEquals(java.util.Set.of("吉林", "前湾综合保税区", "前湾综保区"), canonicalsByName.keySet(), canonicalsByName.toString());
        assertEquals("海南省", gazetteer.lookup("海南").get(0).canonical());
    }

    @Test
    void keepsTheBondedZoneAndTheComprehensiveBondedZoneOfTianjinPortApart() {
        assertEquals("天津港保税区", gazetteer.lookup("天津港保税区").get(0).canonical());
        assertEquals("天津港综合保税区", gazetteer.lookup("天津港综合保税区").get(0).canonical());
    }

    @Test
    void zoneFragmentsAreKnownSoTheyAreNotMistakenForPersons() {
        assertTrue(gazetteer.isNameOrFragment("东疆"));
        assertFalse(gazetteer.isNameOrFragment("连茂君"));
    }

    @Test
    void theLexiconScansGazetteerNamesAndCuesInOnePass() {
        String text = "天津海关关长赵革参加";
        var hits = EntityFixture.LEXICON.scan(text, 0, text.length());
        assertTrue(hits.stream().anyMatch(h -> h.hasType(EntityType.PLACE) && text.substring(h.start(), h.end()).equals("天津")));
        assertTrue(hits.stream().anyMatch(h -> h.cue(Cue.CueFamily.GOV_BODY) != null && text.substring(h.start(), h.end()).equals("海关")));
        assertTrue(hits.stream().anyMatch(h -> h.cue(Cue.CueFamily.TITLE) != null && text.substring(h.start(), h.end()).equals("关长")));
    }

    @Test
    void districtsSetUpAfterTheDivisionCodesTheListsCameFromAreListedToo() {
        List<EntityMention> m = EntityFixture.mentions("杭州市委常委、钱塘区委书记张三表示，钱塘区和临平区协同发展，龙港市也派员参会。");
        for (String place : List.of("钱塘区", "临平区", "龙港市")) {
            assertTrue(EntityFixture.has(m, EntityType.PLACE, place), place + " in " + m);
        }
        List<EntityMention> renamed = EntityFixture.mentions("米林市民政局和祁阳县人民政府联合发文，横县也派员参会。");
        assertEquals("米林市", EntityFixture.canonicalOf(renamed, "米林市"), renamed.toString());
        assertEquals("祁阳市", EntityFixture.canonicalOf(renamed, "祁阳县"), "a county renamed a city is known by its old name too: " + renamed);
        assertEquals("横州市", EntityFixture.canonicalOf(renamed, "横县"), renamed.toString());
    }
}
