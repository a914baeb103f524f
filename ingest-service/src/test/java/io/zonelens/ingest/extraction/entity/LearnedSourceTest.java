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
