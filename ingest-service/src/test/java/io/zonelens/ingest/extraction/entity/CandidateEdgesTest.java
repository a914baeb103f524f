package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.entity.EntityFixture.analyze;
import static io.zonelens.ingest.extraction.entity.EntityFixture.has;
import static io.zonelens.ingest.extraction.entity.EntityFixture.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What no name starts with is cut off whichever source found the name, and what is no name at all is dropped. */
class CandidateEdgesTest {

    @Test
    void aListItemsNumberInBracketsOpensNoNameAndATendersCandidateHoldsNoOffice() {
        List<EntityMention> m = mentions("验收组成员单位：\n（一）海关总署；\n（二）商丘海关；\n（三）河南省商务厅。\n第二中标候选人：成都锦程数智工程有限公司，项目经理邓晓军。");
        assertTrue(has(m, EntityType.GOVERNMENT, "商丘海关"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("（")), m.toString());
        assertTrue(has(m, EntityType.POSITION, "项目经理"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.POSITION && x.text().contains("候选人")), m.toString());
    }

    @Test
    void theVerbOfAnAppointmentAndThePronounOfARemovalOpenNoName() {
        AnalyzedDocument notice = analyze("各部门：\n符永康同志任湘西高新区财政局副局长；\n吴国庆同志提名免去其宋旗镇人民政府镇长职务。");
        List<EntityMention> m = notice.entities().mentions();
        assertTrue(has(m, EntityType.GOVERNMENT, "湘西高新区财政局"), m.toString());
        assertTrue(has(m, EntityType.ZONE, "湘西高新区"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("任") || x.text().startsWith("其") || x.text().startsWith("西")), m.toString());
        assertTrue(notice.entities().positions().stream().anyMatch(h -> h.person().equals("符永康") && "湘西高新区财政局".equals(h.organization())),
                notice.entities().positions().toString());
        assertTrue(has(mentions("座谈会上，老同志任强说，要把园区建设好。"), EntityType.PERSON, "任强"), "a name after 同志 that ends there is a name");
        assertTrue(has(mentions("各部门：\n罗勇同志任安顺经开区综合行政执法大队大队长。"), EntityType.ZONE, "安顺经开区"), "任 before a listed place");
    }

    @Test
    void anInstitutionQuotedWholeIsNamedInsideItsQuotes() {
        List<EntityMention> m = mentions("缅甸腊戌“金孔雀汽车贸易公司”负责人说，通关很快。");
        assertTrue(has(m, EntityType.COMPANY, "金孔雀汽车贸易公司"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("“")), m.toString());
    }

    @Test
    void aPartysRoleInALawsuitIsNoPartOfItsName() {
        List<EntityMention> found = mentions("原告重庆瑞驰供应链管理有限公司与被告重庆博远电子科技有限公司仓储合同纠纷一案，本院于2025年8月12日立案后依法适用普通程序。"
                + "案外人上海申港通国际货运代理有限公司提出异议。");
        assertTrue(has(found, EntityType.COMPANY, "重庆瑞驰供应链管理有限公司"), found::toString);
        assertTrue(has(found, EntityType.COMPANY, "重庆博远电子科技有限公司"), found::toString);
        assertFalse(found.stream().anyMatch(m -> m.text().startsWith("原告") || m.text().startsWith("被告") || m.text().startsWith("案外人")), found::toString);
        List<EntityMention> penalised = mentions("　　当事人广东瑞铂精密科技有限公司系佛山综合保税区内加工贸易企业。竞得人秦皇岛港晟物流有限公司应于10日内签订合同。");
        assertTrue(has(penalised, EntityType.COMPANY, "广东瑞铂精密科技有限公司") && has(penalised, EntityType.COMPANY, "秦皇岛港晟物流有限公司"),
                "the party to a penalty or a land sale: " + penalised);
    }

    @Test
    void theZoneAFirmIsInAndTheSubjectStudiedAtAUniversityAreNoPartOfTheirNames() {
        List<EntityMention> m = mentions("综保区内广州翼航维修工程有限公司开展保税维修业务。张浩然，上海海关学院海关管理专业本科。陈思佳，南京审计大学会计学专业硕士。"
                + "王明，厦门大学经济学院国际贸易专业毕业。");
        assertTrue(has(m, EntityType.COMPANY, "广州翼航维修工程有限公司"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "上海海关学院") && has(m, EntityType.ORGANIZATION, "南京审计大学"), m.toString());
        assertTrue(has(m, EntityType.ORGANIZATION, "厦门大学经济学院"), "a school of the university is the last name before the subject: " + m);
        List<EntityMention> table = mentions("拟聘用人员名单\n４　　陈思佳　女　　财务会计　南京审计大学会计学　　　　　　江苏沭阳农村商业银行股份有限公司\n"
                + "５　　马雪琳　女　　法务专员　中国人民大学附属中学　　　　　江苏泗水律师事务所");
        assertTrue(has(table, EntityType.ORGANIZATION, "南京审计大学"), "a table's cell: " + table);
        assertTrue(has(table, EntityType.ORGANIZATION, "中国人民大学附属中学"), "a school the university runs is no subject: " + table);
        assertTrue(has(table, EntityType.PERSON, "陈思佳") && has(table, EntityType.PERSON, "马雪琳"), "a numbered row's name before its sex: " + table);
        List<EntityMention> units = mentions("浙江大学医学院附属第一医院专业技术人员招聘公告。园区内蒙古草原红太阳食品有限公司扩建投产。");
        assertTrue(units.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().equals("浙江大学医学院")), "a hospital is no subject: " + units);
        assertTrue(units.stream().noneMatch(x -> x.text().startsWith("蒙古")), "内 opens 内蒙古: " + units);
    }

    @Test
    void anAddressBeforeAFirmsNameIsNoPartOfIt() {
        List<EntityMention> found = mentions("联系地址：开封市龙亭区宋都御街北段河南国梁律师事务所开封分所。北京路河南商会举行年会。");
        assertTrue(has(found, EntityType.COMPANY, "河南国梁律师事务所开封分所"), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("开封市龙亭区宋都") && m.type() != EntityType.PLACE), found::toString);
        List<EntityMention> railway = mentions("中国铁路上海局集团有限公司发布春运方案。");
        assertTrue(has(railway, EntityType.COMPANY, "中国铁路上海局集团有限公司"), "铁路 is no street: " + railway);
        List<EntityMention> branch = mentions("重庆涪江精密机械有限公司党支部组织学习，重庆涪江精密机械有限公司团支部开展活动。");
        assertTrue(branch.stream().noneMatch(m -> m.type() == EntityType.COMPANY && (m.text().endsWith("党支部") || m.text().endsWith("团"))), branch::toString);
    }

    @Test
    void aCaptionsClosingBracketAndASocialMediaSignAreNoPartOfANameAfterThem() {
        List<EntityMention> found = mentions("（同期声）海南澳泰油脂科技有限公司副总经理 王丽娟。@广州港集团 发布消息称，南沙港区集装箱吞吐量创新高。");
        assertTrue(has(found, EntityType.COMPANY, "海南澳泰油脂科技有限公司"), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("）海南") || m.text().startsWith("@")), found::toString);
    }

    @Test
    void aFirmsStandingOrTradeBeforeItsNameIsNoPartOfIt() {
        List<EntityMention> m = mentions("本地龙头浙江义商云链数字科技股份有限公司上线平台。本地药企濠江堂药业集团设立公司。");
        assertTrue(has(m, EntityType.COMPANY, "浙江义商云链数字科技股份有限公司") && has(m, EntityType.COMPANY, "濠江堂药业集团"), m.toString());
        assertTrue(mentions("上海龙头股份有限公司发布公告。").stream().noneMatch(x -> x.text().equals("股份有限公司")), "龙头 before no place is the firm's own name");
    }

    @Test
    void zonesAListNamesElsewhereOrCountedAfterTheirKindAreNoneNamed() {
        List<EntityMention> m = mentions("附件1所列综合保税区内企业可申请，上述综合保税区除外。沿运河布局临港产业园3个。苏州工业园区3个项目获批。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ZONE && !x.text().equals("苏州工业园区")), m.toString());
        assertTrue(has(m, EntityType.ZONE, "苏州工业园区"), m.toString());
        List<EntityMention> firmsCounted = mentions("其中苏州工业园区32家，昆山开发区18家。");
        assertTrue(has(firmsCounted, EntityType.ZONE, "苏州工业园区") && has(firmsCounted, EntityType.ZONE, "昆山开发区"), "firms counted in zones: " + firmsCounted);
    }

    @Test
    void aModelsNameAfterABrandIsNoPersonsName() {
        List<EntityMention> m = mentions("新机“云帆Fold 3”采用自研芯片。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.PERSON), m.toString());
        List<EntityMention> rank = mentions("郑钦文WTA1000武汉站夺冠，郑钦文表示很开心。");
        assertEquals(2, rank.stream().filter(x -> x.type() == EntityType.PERSON && x.text().equals("郑钦文")).count(), "a tournament's rank is no model: " + rank);
    }

    @Test
    void theWritersWordForItsOwnBodyIsNoPartOfAUnitsName() {
        List<EntityMention> found = mentions("7月15日14时20分许，我局桂溪派出所接群众报警称。");
        assertTrue(has(found, EntityType.GOVERNMENT, "桂溪派出所"), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("局") || m.text().startsWith("我")), found::toString);
    }

    @Test
    void aPieceOfACreditCodeOrThe中国Of中国特色社会主义IsNoName() {
        List<EntityMention> found = mentions("28. 成都极光量子信息技术有限公司 统一社会信用代码：91510100MA6DJ8LY5K。坚持以习近平新时代中国特色社会主义思想为指导。");
        assertTrue(found.stream().noneMatch(m -> m.text().equals("DJ8LY5K") || m.text().equals("MA6DJ8LY5K")), found::toString);
        assertFalse(has(found, EntityType.PLACE, "中国"), found::toString);
    }

    @Test
    void aContractBetweenPartiesIsNoPolicyAndAnEngineerAddressedByTitleIsNoName() {
        List<EntityMention> found = mentions("双方签订《保税仓储物流服务合同》，约定在两路寸滩综合保税区内仓储。联系人：周工，联系电话：0519-85126688。");
        assertFalse(has(found, EntityType.POLICY, "保税仓储物流服务合同"), found::toString);
        assertFalse(has(found, EntityType.PERSON, "周工"), found::toString);
    }

    @Test
    void aCasesPartiesEitherSideOf诉OrOfAVerbAreTwoFirms() {
        List<EntityMention> found = mentions("原告鑫瀚公司诉重庆西永恒通保税物流有限公司仓储合同纠纷一案。法院判决恒通公司赔偿损失。");
        assertTrue(has(found, EntityType.COMPANY, "鑫瀚公司") && has(found, EntityType.COMPANY, "重庆西永恒通保税物流有限公司"), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("诉")), found::toString);
        List<EntityMention> paying = mentions("判决恒通公司赔偿鑫瀚公司损失。");
        assertTrue(has(paying, EntityType.COMPANY, "恒通公司") && paying.stream().noneMatch(m -> m.text().contains("赔偿")), paying::toString);
        List<EntityMention> inAZone = mentions("西永综保区内，法院判决恒通公司赔偿鑫瀚公司损失。");
        assertTrue(has(inAZone, EntityType.COMPANY, "鑫瀚公司") && inAZone.stream().noneMatch(m -> m.text().contains("赔偿")), inAZone::toString);
    }

    @Test
    void aBankInvestingInAnotherIsNotOneNameWithIt() {
        List<EntityMention> found = mentions("有媒体发表关于“招商银行投资永隆银行浮亏逾百亿港元”的报道。两位客户在星展银行香港分行投资accumulator受损。");
        assertTrue(has(found, EntityType.COMPANY, "招商银行") && has(found, EntityType.COMPANY, "星展银行香港分行"), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("投资")), found::toString);
    }

    @Test
    void aCustomsDepartmentForZonesIsNoZoneAndGoodsArrivingAtAZoneAreNoPartOfItsName() {
        List<EntityMention> found = mentions("青岛海关自贸区和特殊区域发展处处长陈卫东介绍，货物运抵前湾综保区卡口后即可放行，运抵综保区的货物增多。");
        assertTrue(found.stream().noneMatch(m -> m.text().equals("青岛海关自贸区") || m.text().startsWith("运抵")), found::toString);
        List<PositionHeld> held = analyze("青岛海关自贸区和特殊区域发展处处长陈卫东介绍。").entities().positions();
        assertEquals("青岛海关自贸区和特殊区域发展处", held.get(0).organization(), held::toString);
    }

    @Test
    void aBanksCorporateBusinessDepartmentIsNoFirm() {
        List<EntityMention> found = mentions("任命张三为中国进出口银行山东省分行公司业务处处长。");
        assertTrue(has(found, EntityType.COMPANY, "中国进出口银行山东省分行") && found.stream().noneMatch(m -> m.text().endsWith("分行公司")), found::toString);
    }

    @Test
    void aFirmsBusinessRegionBeforeItsOfficeOrSeatIsNoPartOfItsNameButOfTheOffice() {
        String text = "丹麦诺斯塔食品集团（以下简称“诺斯塔”）亚太总部落户虹桥。诺斯塔亚太区总裁安德斯·汉森表示，诺斯塔亚太总部将统筹中国市场。"
                + "日本光和精密仪器株式会社中国区总部选址长宁。该公司中国区总经理佐藤健一介绍，订单增长。";
        List<EntityMention> found = mentions(text);
        assertTrue(found.stream().filter(m -> m.type() == EntityType.COMPANY && m.text().startsWith("诺斯塔")).allMatch(m -> m.text().equals("诺斯塔")), found::toString);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("亚太")), found::toString);
        List<PositionHeld> held = analyze(text).entities().positions();
        assertTrue(held.stream().anyMatch(p -> p.person().equals("安德斯·汉森") && p.title().endsWith("亚太区总裁") && "丹麦诺斯塔食品集团".equals(p.organization())), held::toString);
        assertTrue(held.stream().anyMatch(p -> p.person().equals("佐藤健一") && p.title().equals("中国区总经理") && p.organization() != null), held::toString);
    }

    @Test
    void theCompanyOfAHoldingsKindBeforeAFirmsNameIsNoPartOfIt() {
        List<EntityMention> found = mentions("公司参股公司日照岚山海晟码头有限公司完成改造。");
        assertTrue(has(found, EntityType.COMPANY, "日照岚山海晟码头有限公司") && found.stream().noneMatch(m -> m.text().startsWith("公司日照")), found::toString);
    }

    @Test
    void aFirmsHavingABranchSomewhereNamesNoBranch() {
        String text = "如今，他创办的文礼商贸公司已在阿拉木图设有分公司和仓库。马文礼说，公司在阿拉木图设有分公司和仓库。";
        List<EntityMention> found = mentions(text);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("设有")), found::toString);
    }
}
