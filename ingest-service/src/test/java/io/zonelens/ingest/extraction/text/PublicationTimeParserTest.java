package io.zonelens.ingest.extraction.text;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationTimeParserTest {

    @Test
    void readsTheFormsChineseSitesUse() {
        assertTime("2024-09-30T00:08:00+08:00", "稿源:津滨网   编辑:高志翔   2024-09-30 00:08");
        assertTime("2021-07-20T11:25:00+08:00", "发布日期: 2021-07-20 11:25      来源: 天津港保税区");
        assertTime("2024-09-30T08:15:00+08:00", "2024年9月30日 08:15");
        assertTime("2024-09-30T08:15:00+08:00", "2024年09月30日08:15");
        assertTime("2024-09-30T08:15:30+08:00", "2024年9月30日 08时15分30秒");
        assertTime("2024-09-30T00:00:00+08:00", "2024/09/30");
        assertTime("2024-09-30T00:00:00+08:00", "时间：2024.9.30");
        assertTime("2024-09-30T00:00:00+08:00", "（2024年9月30日）");
        assertTime("2024-09-30T08:15:30+08:00", "2024-09-30 08:15:30");
    }

    @Test
    void keepsAnExplicitOffset() {
        assertTime("2022-03-11T14:35:31+08:00", "2022-03-11 14:35:31 +0800");
        assertTime("2024-10-15T01:30:00Z", "2024-10-15T01:30:00Z");
        assertTime("2024-10-15T09:30:00+09:00", "2024-10-15T09:30:00.000+09:00");
        assertEquals(OffsetDateTime.parse("2022-03-11T14:35:31+08:00"), PublicationTimeParser.parse("2022-03-11 14:35:31 +0800").orElseThrow());
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertFalse(PublicationTimeParser.find("“十四五”时期(2021-2025年)").isPresent());
        assertFalse(PublicationTimeParser.find("1727581181804066210").isPresent());
        assertFalse(PublicationTimeParser.find("2024-13-45").isPresent());
        assertFalse(PublicationTimeParser.parse("").isPresent());
        assertFalse(PublicationTimeParser.parse(null).isPresent());
    }

    @Test
    void aRangeAfterATimeIsNotAnOffset() {
        assertTime("2024-09-30T08:00:00+08:00", "2024-09-30 08:00-2024-10-01");
    }

    @Test
    void recognizesDateOnlyLines() {
        assertTrue(PublicationTimeParser.isOnlyDate("2024-09-30 00:08"));
        assertTrue(PublicationTimeParser.isOnlyDate("【2024年9月30日】"));
        assertFalse(PublicationTimeParser.isOnlyDate("2024年9月30日,天津市政府召开新闻发布会"));
    }

    private static void assertTime(String expected, String text) {
        Optional<OffsetDateTime> parsed = PublicationTimeParser.find(text);
        assertTrue(parsed.isPresent(), () -> "no time in " + text);
        assertEquals(OffsetDateTime.parse(expected), parsed.get(), text);
    }
}
