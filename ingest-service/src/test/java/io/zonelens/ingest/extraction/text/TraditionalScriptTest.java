package io.zonelens.ingest.extraction.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraditionalScriptTest {

    private static final String MACAU = "橫琴粵澳深度合作區執行委員會經濟發展局局長梁寶珊表示，二〇二五年合作區地區生產總值按年增長百分之六點三。";

    @Test
    void aTraditionalTextIsReadCharacterForCharacterInSimplifiedOnes() {
        String simplified = TraditionalScript.toSimplified(MACAU);
        assertEquals("横琴粤澳深度合作区执行委员会经济发展局局长梁宝珊表示，二〇二五年合作区地区生产总值按年增长百分之六点三。", simplified);
        assertEquals(MACAU.length(), simplified.length(), "offsets stay the same");
    }

    @Test
    void aSimplifiedTextIsLeftAsItIs() {
        String text = "乾隆年间修建的古镇位于天津港保税区附近，2025年接待游客120万人次。";
        assertFalse(TraditionalScript.isTraditional(text));
        assertSame(text, TraditionalScript.toSimplified(text));
    }

    @Test
    void aTraditionalDocumentIsNormalizedWithItsHeaderLines() {
        NormalizedDocument document = new DocumentNormalizer().normalize(
                "橫琴合作區經濟持續向好\n發布時間：2026-02-06\n\n" + MACAU + "\n", "text/plain", null, null);
        assertTrue(TraditionalScript.isTraditional(MACAU));
        assertEquals("横琴合作区经济持续向好", document.title());
        assertEquals(2026, document.publishedAt().getYear());
    }
}
