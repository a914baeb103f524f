package io.zonelens.query.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTermsTest {

    @Test
    void chineseRunsBecomeOverlappingBigramsAndLatinWordsLowerCaseWords() {
        assertEquals(List.of("南昌", "昌综", "综保", "保区", "gdp", "2021"), SearchTerms.of("南昌综保区GDP 2021"));
    }

    @Test
    void aLoneChineseCharacterStandsForItselfAndPunctuationSeparates() {
        assertEquals(List.of("市", "发改", "改委"), SearchTerms.of("市，发改委。"));
    }
}
