package io.zonelens.ingest.extraction.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceViewTest {

    @Test
    void aHanCharacterIsOneOfTheHanScriptWhereverItStandsInUnicode() {
        List<String> disagreeing = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean asAChar = !Character.isBmpCodePoint(c) || SentenceView.isHan((char) c) == han;
            if (!asAChar || SentenceView.isHan(new String(Character.toChars(c))) != han) {
                disagreeing.add("U+" + Integer.toHexString(c));
            }
        }
        assertEquals(List.of(), disagreeing);
    }

    @Test
    void aNameIsHanAndItsPunctuationIsNot() {
        assertTrue(SentenceView.isHan("上海浦东新区"));
        assertTrue(SentenceView.isHan("〇々𠀀")); // 〇 and 々 stand among the punctuation; 𠀀 beyond the basic plane
        assertFalse(SentenceView.isHan("浦东，"));
        assertFalse(SentenceView.isHan("《浦东》"));
        assertFalse(SentenceView.isHan("浦东A区"));
    }
}
