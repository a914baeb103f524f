package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.NumberParser;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.number.QualifierWords;
import io.zonelens.ingest.extraction.number.UnitCatalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's indicator table written as numbered lines, one indicator each, the way a 专栏 of a 规划纲要 often prints it:
 * <pre>
 * 专栏1 “十五五”时期主要指标
 * 一、经济发展
 * 1.地区生产总值（亿元）：2025年5020，2030年6700以上，年均增长6%左右，预期性。
 * 7.实际使用外资（亿美元）：“十四五”累计42.6，“十五五”累计60，预期性。
 * </pre>
 * Read into the same rows as {@link PlanTableReader}'s tables: the first value is the baseline, the last one of a later
 * year the target, 年均增长 the target's average growth; a five-year plan's 累计 is a total over its years.
 */
final class IndicatorLines {

    private static final Pattern LINE = Pattern.compile(
            "\\s*([0-9]{1,2})[.．、]\\s*([^：:，。]{2,40}?)[（(]([^（）()]{1,8})[）)][：:](.+?)[。.；;]?\\s*");
    private static final Pattern YEAR_VALUE = Pattern.compile("((?:19|20)[0-9]{2})年(?:底|末)?(?:为|达到?)?(.+)");
    private static final Pattern PLAN_VALUE = Pattern.compile("[“\"]?十([一二三四五六七八九])五[”\"]?(?:时期|期间)?(累计|年均)?(.+)");
    private static final Pattern AVERAGE_GROWTH = Pattern.compile("年均(?:增长|增速)(.+?)%?");
    /** A section's head between the lines (一、经济发展) and a caption above them (专栏1 …主要指标) a few lines up. */
    private static final Pattern SECTION = Pattern.compile("\\s*[一二三四五六七八九十]{1,3}、\\p{IsHan}{2,12}\\s*");
    private static final int CAPTION_LOOKBACK = 3;
    static final Pattern PLAN_CAPTION = Pattern.compile("规划|纲要|目标|十[一二三四五六七八九]五|预期");
    private static final int MIN_LINES = 2;

    private final UnitCatalog units = UnitCatalog.standard();

    /** The tables in these paragraphs (offsets into them joined by "\n"). */
    List<PlanTable> read(List<String> paragraphs) {
        List<PlanTable> tables = new ArrayList<>();
        int[] starts = starts(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (row(paragraphs.get(i), starts[i], null) == null) {
                continue;
            }
            int first = i;
            String section = null;
            List<PlanTableRow> rows = new ArrayList<>();
            for (; i < paragraphs.size(); i++) {
                String line = paragraphs.get(i);
                PlanTableRow row = row(line, starts[i], section);
                if (row != null) {
                    rows.add(row);
                } else if (indicatorLine(line) != null) {
                    continue; // 12.居民人均可支配收入增长（%）：与经济增长基本同步: a target in words, no figure
                } else if (SECTION.matcher(line).matches()) {
                    section = line.strip().substring(line.strip().indexOf('、') + 1);
                } else if (!line.isBlank()) {
                    break;
                }
            }
            // Only a plan's: its caption says so, or its lines say which targets bind (预期性, 约束性); a report's numbered
            // results (1.地区生产总值（亿元）：2025年完成935.6，增长6.1%) are prose.
            String caption = caption(paragraphs, first);
            boolean aPlan = caption != null && PLAN_CAPTION.matcher(caption).find() || rows.stream().anyMatch(row -> row.attribute() != null);
            if (rows.size() >= MIN_LINES && aPlan) {
                PlanTableRow sample = rows.stream().filter(r -> r.baseline() != null && r.target() != null && r.baseline().period() != null
                        && r.target().period() != null).findFirst().orElse(rows.get(0));
                Integer baselineYear = sample.baseline() == null || sample.baseline().period() == null ? null : Integer.valueOf(sample.baseline().period());
                Integer targetYear = sample.target() == null || sample.target().period() == null ? null : Integer.valueOf(sample.target().period());
                tables.add(new PlanTable(caption, baselineYear, targetYear, List.copyOf(rows), rows.get(0).start(),
                        rows.get(rows.size() - 1).end()));
            }
            i--;
        }
        return tables;
    }

    /** Where each paragraph starts in the paragraphs joined by "\n". */
    static int[] starts(List<String> paragraphs) {
        int[] starts = new int[paragraphs.size()];
        for (int i = 0, offset = 0; i < paragraphs.size(); offset += paragraphs.get(i).length() + 1, i++) {
            starts[i] = offset;
        }
        return starts;
    }

    /** The line as a numbered indicator with its unit, or null. */
    private Matcher indicatorLine(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() && units.parse(m.group(3).strip()) != null ? m : null;
    }

    private PlanTableRow row(String line, int offset, String section) {
        Matcher m = indicatorLine(line);
        if (m == null) {
            return null;
        }
        List<PlanValue> values = new ArrayList<>();
        Double cagr = null;
        String attribute = null;
        int at = m.start(4);
        for (String item : m.group(4).split("[，,]")) {
            int start = offset + at;
            at += item.length() + 1;
            String body = item.strip();
            Matcher year = YEAR_VALUE.matcher(body);
            Matcher plan = PLAN_VALUE.matcher(body);
            Matcher growth = AVERAGE_GROWTH.matcher(body);
            if (PlanTableReader.ATTRIBUTES.contains(body)) {
                attribute = body;
            } else if (year.matches()) {
                values.add(value(item, year.group(2), year.group(1), false, start));
            } else if (plan.matches()) {
                // 十N五, the plan of the (10 + N)th five years, ends in 2005 + 5N: 十四五 in 2025, 十五五 in 2030.
                int last = 2005 + 5 * NumberParser.chineseDigit(plan.group(1).charAt(0));
                values.add(value(item, plan.group(3), String.valueOf(last), "累计".equals(plan.group(2)), start));
            } else if (growth.matches() && !m.group(3).contains("%")) {
                BigDecimal number = PlanTableReader.numberIn(growth.group(1));
                cagr = number == null ? null : number.doubleValue();
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        PlanValue baseline = values.size() >= 2 ? values.get(0) : null;
        PlanValue target = values.get(values.size() - 1);
        List<PlanValue> milestones = values.size() > 2 ? List.copyOf(values.subList(1, values.size() - 1)) : List.of();
        return new PlanTableRow(Integer.parseInt(m.group(1)), section, m.group(2).strip(), m.group(3).strip(), baseline, milestones, target, cagr,
                PlanTableReader.impliedGrowth(baseline, target), Set.of(), attribute, offset + m.start(1), offset + m.end(4));
    }

    private static PlanValue value(String item, String written, String period, boolean cumulative, int start) {
        BigDecimal number = PlanTableReader.numberIn(written);
        int lead = item.length() - item.stripLeading().length();
        return new PlanValue(item.strip(), number == null ? null : number.doubleValue(), number == null ? Qualifier.NON_NUMERIC : QualifierWords.of(written),
                period, cumulative, start + lead, start + item.stripTrailing().length());
    }

    /** 专栏1 “十五五”时期…主要指标 a few lines above the first line given, less its number. */
    static String caption(List<String> paragraphs, int first) {
        for (int i = first - 1; i >= 0 && i >= first - CAPTION_LOOKBACK; i--) {
            String caption = PlanTableReader.captionIn(paragraphs.get(i).strip());
            if (caption != null) {
                return caption;
            }
        }
        return null;
    }
}
