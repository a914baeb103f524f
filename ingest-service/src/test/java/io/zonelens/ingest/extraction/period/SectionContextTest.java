package io.zonelens.ingest.extraction.period;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SectionContextTest {

    private static final String REPORT = String.join("\n",
            "各位代表:",
            "一、2023年工作回顾",
            "过去一年,地区生产总值增长5.2%。",
            "（一）产业升级",
            "高技术制造业增加值增长9.7%。",
            "二、2024年经济社会发展总体要求和主要预期目标",
            "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。",
            "三、2024年重点工作",
            "新增就业30万人。");

    @Test
    void tellsTheReviewFromThePlanForTheYear() {
        SectionContext context = SectionContext.of(REPORT);
        assertEquals(SectionContext.Section.UNKNOWN, context.at(REPORT.indexOf("各位代表")));
        assertEquals(SectionContext.Section.REVIEW, context.at(REPORT.indexOf("5.2%")));
        assertEquals(SectionContext.Section.REVIEW, context.at(REPORT.indexOf("9.7%")), "sub-headings keep the section");
        assertEquals(SectionContext.Section.PLAN, context.at(REPORT.indexOf("5%左右")));
        assertEquals(SectionContext.Section.PLAN, context.at(REPORT.indexOf("30万人")));
    }

    @Test
    void aPlanSentenceInsideAnUnmarkedTextStillCounts() {
        String text = "会议指出,过去一年成绩来之不易。\n今年主要预期目标是增长6%左右。";
        SectionContext context = SectionContext.of(text);
        assertEquals(SectionContext.Section.PLAN, context.at(text.indexOf("6%")));
    }
}
