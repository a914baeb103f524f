package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptance facts of seeds.json for the five sample documents, decoded from bytes as the service would. */
class SampleAcceptanceTest {

    private final TextDecoder decoder = new TextDecoder();
    private final DocumentNormalizer normalizer = new DocumentNormalizer();

    @TestFactory
    List<DynamicTest> everySampleMeetsItsSeeds() throws IOException {
        JsonNode documents = new ObjectMapper().readTree(Samples.acceptanceJson()).get("documents");
        assertNotNull(documents, "seeds.json has no documents");
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = documents.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> assertSeeds(entry.getKey(), entry.getValue())));
        }
        assertEquals(5, tests.size());
        return tests;
    }

    private void assertSeeds(String fileName, JsonNode expected) {
        NormalizedDocument document = normalize(fileName);
        assertEquals(expected.get("title").asText(), document.title(), "title");
        assertEquals(OffsetDateTime.parse(expected.get("publishedAt").asText()), document.publishedAt(), "publishedAt");
        assertEquals(expected.get("source").asText(), document.source(), "source");
        assertFalse(document.paragraphs().isEmpty(), "paragraphs");
        for (JsonNode forbidden : expected.get("bodyMustNotContain")) {
            for (String paragraph : document.paragraphs()) {
                assertFalse(paragraph.contains(forbidden.asText()), () -> "paragraph contains '" + forbidden.asText() + "': " + paragraph);
            }
        }
        for (String paragraph : document.paragraphs()) {
            assertEquals(paragraph.strip(), paragraph, "paragraphs are trimmed");
            assertFalse(paragraph.isEmpty(), "no empty paragraphs");
        }
    }

    @Test
    void jekyllPostsKeepTheirParagraphsAndLoseTheirMarkup() {
        NormalizedDocument document = normalize("000_06ab7e027c22c786.txt");
        assertEquals(DocumentFormat.JEKYLL_HTML, document.format());
        assertEquals(4, document.paragraphs().size());
        assertTrue(document.paragraphs().get(0).startsWith("天津北方网讯：3月10日，市委常委、滨海新区区委书记连茂君用一整天时间"));
        assertTrue(document.paragraphs().get(3).endsWith("东疆保税港区党委书记、管委会主任杨柳参加。(津云新闻编辑张晶晶)"));
        assertEquals("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203112306263483", document.url());
        assertEquals("张晶晶", document.editor());
        assertNoParagraphContains(document, "文章来源", "<", "](", "http");
    }

    @Test
    void opinionPieceKeepsItsAuthorLine() {
        NormalizedDocument document = normalize("002_16796f86e927b957.txt");
        assertEquals("徐海波", document.paragraphs().get(0));
        assertEquals("徐海波", document.author());
        assertTrue(document.paragraphs().contains("聚焦量质双增坚定不移加快项目推进"));
        assertEquals("(作者系南昌综保区党组书记、主任)", document.paragraphs().get(document.paragraphs().size() - 1));
        assertNoParagraphContains(document, "文章来源", "南昌日报）");
    }

    @Test
    void jekyllWithLeadKeepsBoldLead() {
        NormalizedDocument document = normalize("004_0105666c1faa1594.txt");
        assertEquals("京津冀协同发展八周年", document.paragraphs().get(0));
        assertTrue(document.paragraphs().get(1).startsWith("天津北方网讯：大力发展会展经济"));
        assertTrue(document.paragraphs().get(document.paragraphs().size() - 1).endsWith("(津云新闻记者赵颖妍)"));
        assertEquals("赵颖妍", document.author());
    }

    @Test
    void pressTextDropsPictureIdsCaptionsAndFooter() {
        NormalizedDocument document = normalize("001_23098c29dc51a7a7.txt");
        assertEquals(DocumentFormat.PRESS_TEXT, document.format());
        assertEquals("高志翔", document.editor());
        List<String> paragraphs = document.paragraphs();
        assertTrue(paragraphs.get(0).startsWith("9月29日,天津市政府新闻办召开新闻发布会"), paragraphs.get(0));
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("五是“四宜”美丽“滨城”建设呈现了新气象"));
        assertTrue(paragraphs.contains("市发改委党组书记、主任戴永康:"));
        assertTrue(paragraphs.contains("图为设立在滨海新区的“京津通办”自助服务厅"));
        assertTrue(paragraphs.contains("01"), "short section numbers are content");
        assertNoParagraphContains(document, "图片为资料图", "稿源", "版权所有", "举报", "许可证", "干货满满");
        for (String paragraph : paragraphs) {
            assertFalse(paragraph.matches("\\d{10,}"), paragraph);
        }
    }

    @Test
    void govPageKeepsTheFlattenedTableCellsInOrder() {
        NormalizedDocument document = normalize("003_1b9ae0e5524c20de.txt");
        assertEquals(DocumentFormat.GOV_PAGE, document.format());
        List<String> paragraphs = document.paragraphs();
        assertEquals("天津港保税区国民经济和社会发展", paragraphs.get(0));
        int header = paragraphs.indexOf("序号");
        assertTrue(header > 0, "table header survives");
        assertEquals(List.of("序号", "指标", "2020", "目标", "2025", "年均增长", "一、经济发展", "1", "地区生产总值(亿元)", "968.9", "1500", "10%"),
                paragraphs.subList(header, header + 12));
        assertInOrder(paragraphs, "968.9", "[2200]", "41以上", "备注:[]表示五年累计数");
        assertTrue(paragraphs.get(paragraphs.size() - 1).startsWith("加强监测评估。"), paragraphs.get(paragraphs.size() - 1));
        assertNoParagraphContains(document, "主办单位", "津公网安备", "邮箱", "字号:", "发布日期", "当前位置");
    }

    private NormalizedDocument normalize(String fileName) {
        DecodedText decoded = decoder.decode(Samples.bytes(fileName), null);
        return normalizer.normalize(decoded.text(), "text/plain", fileName, null);
    }

    private static void assertInOrder(List<String> paragraphs, String... expected) {
        int previous = -1;
        for (String paragraph : expected) {
            int index = paragraphs.indexOf(paragraph);
            assertTrue(index > previous, () -> "'" + paragraph + "' missing or out of order");
            previous = index;
        }
    }

    static void assertNoParagraphContains(NormalizedDocument document, String... fragments) {
        for (String paragraph : document.paragraphs()) {
            for (String fragment : fragments) {
                assertFalse(paragraph.contains(fragment), () -> "paragraph contains '" + fragment + "': " + paragraph);
            }
        }
    }
}
