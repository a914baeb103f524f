package io.zonelens.ingest.extraction.period;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a place in a work report or plan lies in a review of what was done (一、2023年工作回顾, 过去一年) or in
 * the plan for the coming period (今年…主要预期目标, 2024年重点工作), so a figure there is an actual or a target.
 * Top-level headings (一、…) open a section; a paragraph that opens with a review or plan cue marks just that paragraph.
 */
public final class SectionContext {

    public enum Section { REVIEW, PLAN, UNKNOWN }

    private static final List<String> REVIEW_CUES = List.of("回顾", "过去一年", "过去五年", "过去的一年", "工作总结", "主要成绩", "主要成效", "取得的成绩");
    private static final List<String> PLAN_CUES = List.of("预期目标", "主要目标", "工作安排", "总体要求", "重点工作", "重点任务", "工作部署",
            "目标任务", "工作建议", "主要任务");
    private static final int HEADING_MAX = 40;

    private final List<int[]> spans = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private SectionContext() {
    }

    public static SectionContext of(String text) {
        SectionContext context = new SectionContext();
        Section current = Section.UNKNOWN;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end).strip();
            Section own = current;
            if (isTopHeading(paragraph)) {
                current = classify(paragraph);
                own = current;
            } else {
                Section cue = classify(paragraph.length() > HEADING_MAX ? paragraph.substring(0, HEADING_MAX) : paragraph);
                int planAt = paragraph.indexOf("预期目标");
                if (cue == Section.REVIEW && (paragraph.startsWith("过去") || paragraph.length() <= HEADING_MAX)) {
                    own = Section.REVIEW;
                } else if (planAt >= 0 && paragraph.contains("今年")) {
                    own = Section.PLAN;
                } else if (cue == Section.PLAN && paragraph.length() <= HEADING_MAX) {
                    current = Section.PLAN;
                    own = Section.PLAN;
                }
            }
            context.spans.add(new int[] {start, end});
            context.sections.add(own);
            start = end + 1;
        }
        return context;
    }

    public Section at(int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (offset >= spans.get(i)[0] && offset <= spans.get(i)[1]) {
                return sections.get(i);
            }
        }
        return Section.UNKNOWN;
    }

    /** 一、…, 二、… (not （一）): the report's top-level parts. */
    private static boolean isTopHeading(String paragraph) {
        int mark = paragraph.indexOf('、');
        if (mark < 1 || mark > 3 || paragraph.length() > HEADING_MAX) {
            return false;
        }
        for (int i = 0; i < mark; i++) {
            if ("一二三四五六七八九十".indexOf(paragraph.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Section classify(String text) {
        for (String cue : REVIEW_CUES) {
            if (text.contains(cue)) {
                return Section.REVIEW;
            }
        }
        for (String cue : PLAN_CUES) {
            if (text.contains(cue)) {
                return Section.PLAN;
            }
        }
        return Section.UNKNOWN;
    }
}
