package io.zonelens.ingest.extraction.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberParserTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // Arabic, decimals, thousands separators, full-width
            "968.9|968.9", "1500|1500", "0.66|0.66", "1,350|1350", "12,345,678.5|12345678.5", "２０２５|2025", "３．５|3.5",
            // Chinese
            "一|1", "十|10", "十五|15", "二十三|23", "一百零五|105", "两千|2000", "三千五百|3500", "一万二千|12000",
            "十二万三千四百五十六|123456", "三千万|30000000", "一亿二千万|120000000", "千|1000", "万|10000", "万亿|1000000000000",
            "三万亿|3000000000000", "壹佰|100",
            // digit by digit: years and codes
            "二〇三五|2035", "二〇二一|2021", "一九九八|1998",
            // mixed
            "2.7万|27000", "1.5万亿|1500000000000", "210亿|21000000000", "1.39万亿|1390000000000", "3千|3000",
            // fractions and 百分之
            "百分之五十|50", "百分之0.5|0.5", "四分之一|0.25", "1/4|0.25", "三分之二|0.6666666666666667"})
    void readsEveryWrittenForm(String written, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(NumberParser.parse(written).round(java.math.MathContext.DECIMAL64)),
                () -> written + " → " + NumberParser.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "十四五", "十十", "百千", "两三", "abc", "12abc", "2.7万人", "万元"})
    void refusesWhatIsNotOneNumber(String written) {
        assertNull(NumberParser.parse(written));
    }

    @Test
    void aCommaNotFollowedByExactlyThreeDigitsIsAClauseComma() {
        assertEquals(4, NumberParser.arabicEnd("1500,年均增长", 0));
        assertEquals(2, NumberParser.arabicEnd("12,34", 0));
        assertEquals(5, NumberParser.arabicEnd("1,350亿元", 0));
    }

    @Test
    void givesDoublesToo() {
        assertEquals(2.7e4, NumberParser.parseDouble("2.7万"));
        assertNull(NumberParser.parseDouble("完成上级下达任务"));
    }
}
