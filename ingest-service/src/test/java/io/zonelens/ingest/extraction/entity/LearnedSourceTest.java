package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.token.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the tagger's spans are redrawn to the words HanLP reads as institutions (the tagger's cut-offs in general news). */
class LearnedSourceTest {

    @Test
    void theGovernmentsInformationAPlacesEconomyAndDepartmentsAreNoMinistryOrGovernment() {
        List<EntityMention> m = EntityFixture.mentions("石嘴山市发展和改革委员会共收到和处理政府信息公开申请7件。我委政府信息公开工作取得成效。"
                + "审议石嘴山市国民经济和社会发展计划执行情况。各设区市工信部门、司法部门要加强调度。商务部门户网站发布。在商务部门口。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && (x.text().endsWith("政府") || x.text().endsWith("经济")
                || x.text().equals("工信部") || x.text().equals("司法部"))), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "商务部"), m.toString());
    }

    @Test
    void placesAndAPlaceInBracketsAreNoInstitution() {
        List<EntityMention> m = EntityFixture.mentions("中欧（中亚）班列开行300列。俄罗斯伊尔库茨克客商更关注常温奶。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution()), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "伊尔库茨克"), m.toString());
    }

    @Test
    void whereTheWritersOwnPaperFilesFromIsAPlaceAndACountryPostedToACityNoBody() {
        List<EntityMention> m = EntityFixture.mentions("本报慕尼黑6月12日电（记者方志诚）推介会在慕尼黑举行。中国驻慕尼黑总领事徐慧敏致辞。");
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "慕尼黑") && m.stream().noneMatch(x -> x.type().isInstitution()), m.toString());
    }

    @Test
    void aSpanEndingInAZonesKindWordIsNoBody() {
        List<EntityMention> m = EntityFixture.mentions("四、对海南自由贸易港洋浦保税港区、海口综合保税区内符合条件的企业，适用政策。全省各综合保税区、保税物流中心（B型）发展良好。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.ZONE, "洋浦保税港区") && !EntityFixture.has(m, EntityType.ZONE, "保税物流中心"), m.toString());
    }

    @Test
    void aLanguageIsNoInstitution() {
        List<EntityMention> m = EntityFixture.mentions("用哈萨克语和俄语向中亚消费者推介。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution()), m.toString());
    }

    @Test
    void thePeopleOfAPlaceAreNoBody() {
        List<EntityMention> m = EntityFixture.mentions("广州市协作干部、县委常委、副县长（挂职）司徒嘉铭牵头推动惠水金钱桔产业。");
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("干部")), m.toString());
    }

    @Test
    void aPlaceStandingForItsBodiesIsNoBody() {
        List<EntityMention> m = EntityFixture.mentions("昨天，永嘉有关部门介绍，省海洋与渔业局和永嘉县政府决定禁渔。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT && x.text().equals("永嘉")), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.GOVERNMENT, "永嘉县政府"), m.toString());
    }

    @Test
    void aHospitalIsAnOrganizationWhateverLevelRunsIt() {
        List<EntityMention> m = EntityFixture.mentions("湘阴县人民医院、市第一人民医院、县中医医院参加。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.GOVERNMENT), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.type() == EntityType.ORGANIZATION && x.text().equals("市第一人民医院")), m.toString());
    }

    @Test
    void aPlaceAndALatinAcronymNameASchemeNoInstitution() {
        List<EntityMention> m = EntityFixture.mentions("天津市QFLP试点扩容，上海FT账户增加。");
        assertTrue(m.stream().noneMatch(x -> x.type().isInstitution()), m.toString());
    }

    @Test
    void theLettersOfAnEmailOrWebAddressAreNoName() {
        List<EntityMention> m = EntityFixture.mentions("电子邮箱：hbswtkfq@163.com。请将回执发送至hbswtkfq@163.com，详见www.ccpit.org网站。");
        assertTrue(m.stream().noneMatch(x -> x.text().matches("[A-Za-z0-9@.]+")), m.toString());
    }

    @Test
    void aBareCooperativeIsNoFirm() {
        List<EntityMention> m = EntityFixture.mentions("合作社负责人陶永福介绍。");
        assertFalse(m.stream().anyMatch(x -> x.type() == EntityType.COMPANY), m.toString());
    }

    @Test
    void whereABiographysPersonIsFromAndTheLevelOfADegreeAreNoInstitutions() {
        List<EntityMention> m = EntityFixture.mentions("欧阳志强，男，汉族，1978年3月出生，湖南涟源人，中央党校大学学历，1999年7月参加工作。");
        assertTrue(m.stream().noneMatch(x -> x.text().endsWith("人") && x.type() != EntityType.PERSON), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.ORGANIZATION, "中央党校"), m.toString());
    }

    @Test
    void aCompanyStartingInsideAnOrganizationsWordStartsWithTheWord() {
        SentenceView view = view("隶属于|香格里拉酒店集团|。", "v", "nt", "w");
        int cutOff = "隶属于香格".length();
        assertEquals("隶属于".length(), LearnedSource.startOfOrganizationWord(view, cutOff));
    }

    @Test
    void aStartInsideAnyOtherWordStands() {
        // 方富龙 is HanLP's person name swallowing 方 of 承办方; 富龙集团 starts where the tagger says.
        SentenceView view = view("承办|方富龙|集团", "v", "nr", "nis");
        assertEquals("承办方".length(), LearnedSource.startOfOrganizationWord(view, "承办方".length()));
    }

    @Test
    void aCompanyEndingInsideAnInstitutionsWordEndsWithTheWord() {
        SentenceView view = view("工行|信贷|管理部|的", "nt", "n", "nis", "ude1");
        assertEquals("工行信贷管理部".length(), LearnedSource.endOfInstitutionWord(view, "工行信贷管".length()));
    }

    @Test
    void anEndInsideAnyOtherWordStands() {
        // HanLP's 松/下等: 松下 ends inside 下等 (b), and stays 松下.
        SentenceView view = view("松|下等|跨国|公司", "v", "b", "b", "nis");
        assertEquals("松下".length(), LearnedSource.endOfInstitutionWord(view, "松下".length()));
    }

    /** A sentence of general news (no zone) from words separated by {@code |}, with their parts of speech. */
    private static SentenceView view(String words, String... parts) {
        String[] split = words.split("\\|");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < split.length; i++) {
            tokens.add(new Token(at, at + split[i].length(), split[i], parts[i]));
            at += split[i].length();
        }
        String text = String.join("", split);
        return new SentenceView(text, new Sentence(0, 0, text.length()), tokens, List.of(), false);
    }

    @Test
    void aFirmsHeadOfficeOrItsBusinessInARegionIsTheFirm() {
        assertEquals(List.of("光大银行"), learnedCompanies("继农行后，光大银行总行对房贷新政执行细则作出明确规定。", "光大银行总行"));
        assertEquals(List.of("汇丰集团"), learnedCompanies("上周汇丰集团中国区首席经济学家屈宏斌也表示。", "汇丰集团中国区"));
        assertEquals(List.of("工商银行"), learnedCompanies("昨日起，工商银行深圳地区各网点提高了取款收费。", "工商银行深圳地区"));
        // A firm named after its district is no firm's business there.
        assertEquals(List.of("中关村发展集团"), learnedCompanies("中关村发展集团发布公告。", "中关村发展集团"));
    }

    @Test
    void aDescriptionBeforeOneCommonWordModifiesItAndStartsNoName() {
        List<EntityMention> m = EntityFixture.mentions("渣打企业银行在内地录得1.77亿美元的盈利。");
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "渣打企业银行"), m.toString());
        assertFalse(EntityFixture.has(m, EntityType.COMPANY, "银行"), m.toString());
        assertEquals(List.of("诺瓦根公司"), learnedCompanies("瑞士生物制药企业诺瓦根公司今日宣布。", "瑞士生物制药企业诺瓦根公司"));
    }

    @Test
    void firmsByTheirCapitalsOriginABanksChannelsAndLatinPlacesAreNoFirms() {
        assertEquals(List.of(), learnedCompanies("外资行纷纷遭遇资金流的难题。", "外资行"));
        assertEquals(List.of(), learnedCompanies("中资金融机构新增存款356.5亿元。", "中资金融机构"));
        assertEquals(List.of(), learnedCompanies("通过工行的电子银行办理。", "电子银行"));
        assertEquals(List.of(), learnedCompanies("温泉就在mounttearoha下的坡地上。", "mounttearoha"));
        assertEquals(List.of(), learnedCompanies("酒店位于barklystreet。", "barklystreet"));
        assertEquals(List.of("rosevrobank"), learnedCompanies("俄罗斯欧洲银行（rosevrobank）发布公告。", "rosevrobank"));
    }

    /** The companies the learned source makes of the tagger's company spans (given) in one sentence of general news. */
    private static List<String> learnedCompanies(String sentence, String... spans) {
        io.zonelens.ingest.extraction.pipeline.AnalyzedDocument document = EntityFixture.TOKENIZER.apply(EntityFixture.SPLITTER.apply(
                io.zonelens.ingest.extraction.pipeline.AnalyzedDocument.of("t", null, null, sentence)));
        List<io.zonelens.ingest.extraction.entity.learned.TaggedSpan> tagged = java.util.Arrays.stream(spans)
                .map(span -> new io.zonelens.ingest.extraction.entity.learned.TaggedSpan("company", sentence.indexOf(span), sentence.indexOf(span) + span.length()))
                .toList();
        SentenceView view = new SentenceView(sentence, new Sentence(0, 0, sentence.length()), document.tokens(),
                EntityFixture.LEXICON.scan(sentence, 0, sentence.length()), false, tagged);
        return new LearnedSource(null, new PersonNameFilter(EntityFixture.GAZETTEER)).candidates(view).stream()
                .filter(c -> c.type() == EntityType.COMPANY).map(c -> sentence.substring(c.start(), c.end())).toList();
    }

    @Test
    void aFirmsOtherNameInBracketsAndAFirmInItsLegalFormAreFirms() {
        List<EntityMention> skf = EntityFixture.mentions("瑞典SKF集团（斯凯孚）追加投资5000万美元。");
        assertFalse(skf.stream().anyMatch(m -> m.type() == EntityType.PERSON), skf.toString());
        assertTrue(EntityFixture.has(skf, EntityType.COMPANY, "斯凯孚"), skf.toString());
        List<EntityMention> nidec = EntityFixture.mentions("日本企业Nidec尼得科株式会社投资1.1亿美元建设工厂。");
        assertTrue(EntityFixture.has(nidec, EntityType.COMPANY, "Nidec尼得科株式会社"), nidec.toString());
    }
    @Test
    void aCountryAndItsCityInAZoneDocumentArePlacesNoOrganization() {
        List<EntityMention> m = EntityFixture.mentions("厦门自贸片区内，中欧（厦门）班列开往波兰罗兹、德国杜伊斯堡、俄罗斯莫斯科和哈萨克斯坦阿拉木图等地。");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.PLACE, "莫斯科"), m.toString());
    }
    @Test
    void aFirmsDescriptionBeforeItsNameIsNoPartOfIt() {
        List<EntityMention> m = EntityFixture.mentions("德国精密传动设备制造商哈特曼集团宣布投资2.8亿欧元。瑞士生物制药企业诺瓦根公司已将其分拨中心迁至洋山特殊综合保税区。");
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "哈特曼集团"), m.toString());
        assertTrue(EntityFixture.has(m, EntityType.COMPANY, "诺瓦根公司"), m.toString());
    }
}
