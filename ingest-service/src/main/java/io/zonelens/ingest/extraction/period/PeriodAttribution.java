package io.zonelens.ingest.extraction.period;

import io.zonelens.ingest.extraction.pipeline.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which period a figure at an offset belongs to, as a reader decides: the nearest period before it in its sentence, else
 * the nearest after it in the sentence, else the last one earlier in its paragraph, else the year the document mostly
 * talks about (marked {@code inferred}), else, where the document names no period at all, the day it was published
 * for a total to date or a dated event (inferred too). Sentences and periods must be in text order.
 */
public final class PeriodAttribution {

    private final String text;
    private final List<Sentence> sentences;
    private final List<PeriodMention> periods;
    private final PeriodMention dominantYear;
    /** A part of a year the text's first paragraph names (1—7月, 上半年), its report period; null if none. */
    private final PeriodMention leadPeriod;

    /** 实施范围179.66平方公里: how large a zone is, which even a plan states as it stands. */
    private static final java.util.regex.Pattern EXTENT = java.util.regex.Pattern.compile("规划面积|总面积|占地面积|围网面积|实施范围|占地");

    /**
     * What a figure counted to date (累计, 截至, 目前, 共有), an event (11月7日, 签约, 开工, 投产) or a zone's extent
     * (规划面积, 围网面积, 实施范围, 占地) says.
     */
    private static final java.util.regex.Pattern AS_PUBLISHED = java.util.regex.Pattern.compile(
            "累计|截至|截止|目前|现有|共有|已有|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|签约|开工|投产|落户|揭牌|开园|举行|" + EXTENT.pattern());

    /** A document that names no period at all is about the day it was published (null when that is unknown too). */
    private final PeriodMention published;

    public PeriodAttribution(String text, List<Sentence> sentences, List<PeriodMention> periods) {
        this(text, sentences, periods, null, null);
    }

    /** For a document: its sentences and periods, the day it was published and the year its title names. */
    public static PeriodAttribution of(io.zonelens.ingest.extraction.pipeline.AnalyzedDocument document) {
        return new PeriodAttribution(document.text(), document.sentences(), document.periods(),
                document.publishedAt() == null ? null : document.publishedAt().toLocalDate(), titleYear(document.title()));
    }

    private static final java.util.regex.Pattern LAST_YEAR = java.util.regex.Pattern.compile("(?<![0-9])([12][0-9]{3})年(?!.*[12][0-9]{3}年)");

    /** 商务部公布2023年国家级经开区综合发展水平考核评价结果: the (last) year a title names, or null. */
    public static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher year = LAST_YEAR.matcher(title);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** {@code titleYear}: the year the document's title names (商务部公布2023年…考核评价结果), or null. */
    private PeriodAttribution(String text, List<Sentence> sentences, List<PeriodMention> periods, java.time.LocalDate publishedOn, Integer titleYear) {
        this.text = text;
        this.sentences = sentences;
        this.periods = periods;
        this.dominantYear = dominantYear(text, periods);
        this.leadPeriod = leadPeriod(text, periods);
        this.onlyAimsAhead = periods.stream().allMatch(period -> period.kind() == PeriodKind.TARGET_YEAR || period.kind() == PeriodKind.VISION);
        this.published = publishedOn == null ? null : onTheDay(publishedOn, String.valueOf(publishedOn.getYear()));
        // Only a past year: a work report titled with the year it opens (2024年福建省政府工作报告) reviews the year before.
        this.titleYear = titleYear == null || publishedOn == null || titleYear >= publishedOn.getYear() ? null : wholeYear(titleYear);
    }

    /**
     * Whether the text names no period but years aimed at (到2027年, 二〇三五年): a plan's 实施范围179.66平方公里 is as published
     * all the same.
     */
    private final boolean onlyAimsAhead;

    /** The year a title names for a text that names none itself. */
    private final PeriodMention titleYear;

    public record Attributed(PeriodMention period, boolean inferred) {
    }

    public Attributed periodAt(int offset) {
        Sentence sentence = sentenceAt(offset);
        if (sentence != null) {
            PeriodMention before = null;
            PeriodMention after = null;
            for (PeriodMention period : periods) {
                if (period.kind() == PeriodKind.COMPARISON) {
                    continue;
                }
                if (period.start() >= sentence.start() && period.end() <= sentence.end()) {
                    if (period.end() <= offset && !quotedBefore(period, offset)) {
                        before = period;
                    } else if (after == null && period.start() >= offset) {
                        after = period;
                    }
                }
            }
            if (before != null) {
                return new Attributed(before, false);
            }
            if (after != null && !ownedByALaterFigure(after, offset, sentence)) {
                return new Attributed(after, false);
            }
            int paragraphStart = text.lastIndexOf('\n', sentence.start()) + 1;
            PeriodMention earlier = null;
            for (PeriodMention period : periods) {
                if (period.start() >= paragraphStart && period.end() <= sentence.start() && period.kind() != PeriodKind.COMPARISON && carriesOn(period)
                        && !quotedBefore(period, offset)) {
                    earlier = period;
                }
            }
            if (earlier != null) {
                return new Attributed(earlier, false);
            }
            // Not where the sentence names the period compared with (去年同期，全区地区生产总值增速为5.2%).
            boolean compared = COMPARED_PERIOD_FIRST.matcher(text).region(sentence.start(), offset).find();
            PeriodMention openedBefore = compared ? null : periodAnEarlierParagraphOpenedWith(paragraphStart);
            openedBefore = openedBefore != null && goesOnInThePeriodBefore(openedBefore, paragraphStart, sentence, offset) ? openedBefore : null;
            if (openedBefore != null) {
                return new Attributed(openedBefore, true);
            }
            PeriodMention heading = headingPeriodBefore(paragraphStart);
            if (heading != null) {
                return new Attributed(heading, false);
            }
            // 3月18日，南宁综合保税区举行…签约项目23个 (published 19 March) in a text mostly about its history: what the event gave is
            // of that day, in the year the document was published in (the year before for a month still ahead of it).
            java.util.regex.Matcher day = published == null ? null : DAY.matcher(text).region(sentence.start(), offset);
            if (day != null && day.find() && dominantYear != null && dominantYear.year() != null) {
                int month = Integer.parseInt(day.group(1));
                int year = month <= published.from().getMonthValue() ? published.from().getYear() : published.from().getYear() - 1;
                java.time.LocalDate date = PeriodScanner.Reader.dayOf(year, month, Integer.parseInt(day.group(2)));
                if (year != dominantYear.year() && date != null) {
                    return new Attributed(onTheDay(date, date.toString()), true);
                }
            }
            // 1—7月，郑州航空港经济综合实验区外贸运行平稳。⏎一、对外贸易。…: a statistics release names its months once, up front.
            // Undated, a lead period without its year (前三季度) goes on only where no year is named at all.
            if (leadPeriod != null && leadPeriod.end() <= offset && !compared
                    && (dominantYear == null || leadPeriod.year() != null && leadPeriod.year().equals(dominantYear.year()))) {
                return new Attributed(leadPeriod, true);
            }
            // 园区已累计入驻企业326家 in a paragraph of its own, in news of the year it was published in: a total to date holds as
            // published (not in a bulletin on the year before).
            if (published != null && (dominantYear == null || java.util.Objects.equals(dominantYear.year(), published.from().getYear()))
                    && TO_DATE.matcher(text).region(sentence.start(), offset).find()) {
                return new Attributed(published, true);
            }
        }
        // 山东自贸试验区累计新设企业11.8万家, 11月7日…签约项目32个 in a piece that names no period: a total to date or what a
        // dated event gave holds as it is published (not 全省地区生产总值… in an undated extract of a work report).
        // 新的一年，我们将力争新引进项目150个, “下一步，我们将新增企业50家。” in a January report mostly about the year before:
        // what is aimed at is this year's.
        int paragraphStart = sentence == null ? 0 : text.lastIndexOf('\n', sentence.start()) + 1;
        boolean aimedAt = sentence != null && (AIMED.matcher(text).region(sentence.clauseStartBefore(text, offset), offset).find()
                || FORWARD_OPENING.matcher(text).region(paragraphStart, sentence.end()).lookingAt());
        if (dominantYear != null && aimedAt && published != null && dominantYear.year() != null && dominantYear.year() < published.from().getYear()) {
            int year = published.from().getYear();
            return new Attributed(wholeYear(year), true);
        }
        return dominantYear != null ? new Attributed(dominantYear, true)
                : titleYear != null ? new Attributed(titleYear, true)
                : published != null && sentence != null && (periods.isEmpty() && AS_PUBLISHED.matcher(text).region(sentence.start(), offset).find()
                        || onlyAimsAhead && EXTENT.matcher(text).region(sentence.start(), offset).find())
                ? new Attributed(published, true) : null;
    }

    /**
     * 提前实现“2025年达到3.8%”的规划目标；高新技术企业数量达到2106家: a period in a short quoted phrase is the phrase's, not
     * what follows it (unlike a speech quoted: “一年来，…。”).
     */
    private boolean quotedBefore(PeriodMention period, int offset) {
        // Looked for only as far as a short phrase reaches: this is asked for every period before every figure.
        int open = -1;
        for (int i = period.start() - 1; i >= Math.max(0, period.end() - QUOTED_PHRASE) && open < 0; i--) {
            char c = text.charAt(i);
            if (c == '”') {
                return false;
            }
            open = c == '“' ? i : -1;
        }
        if (open < 0) {
            return false;
        }
        for (int i = period.end(); i < Math.min(offset, open + QUOTED_PHRASE + 1); i++) {
            if (text.charAt(i) == '”') {
                return true;
            }
        }
        return false;
    }

    private static final int QUOTED_PHRASE = 16;

    /**
     * 其中6月份增长7.1%。, 8月当月进出口628.7亿元。: a part of the period being reported (a month of it, the month alone) is
     * its sentence's; the sentences after it go on with the whole.
     */
    private boolean carriesOn(PeriodMention period) {
        String before = text.substring(Math.max(0, period.start() - 3), period.start());
        return !(text.startsWith("当月", period.end()) || text.startsWith("单月", period.end()) || before.endsWith("其中") || before.endsWith("其中，")
                || quotedAim(period) || forecastEvent(period) || planAYearStandsIn(period));
    }

    private static final java.util.regex.Pattern A_YEAR_IS = java.util.regex.Pattern.compile("(?:[0-9]{4}年|今年|明年)是[^。；;\\n]{0,40}$");
    private static final java.util.regex.Pattern ITS_YEAR = java.util.regex.Pattern.compile("[^。；;\\n]{0,30}?(?:一年|之年)");

    /**
     * 2024年是实现“十四五”规划目标任务的关键一年: a plan named to say where a year stands in it, not the period the
     * sentences after it report (…主要预期目标是：地区生产总值增长6%左右 is the year's).
     */
    private boolean planAYearStandsIn(PeriodMention period) {
        return period.kind() == PeriodKind.FIVE_YEAR_PLAN
                // 今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年: the year may be said to be other things first.
                && A_YEAR_IS.matcher(text).region(Math.max(0, period.start() - 46), period.start()).find()
                && ITS_YEAR.matcher(text).region(period.end(), text.length()).lookingAt();
    }

    /**
     * 预计明年二季度投产: when one thing is expected to happen, not the period the sentences after it report (本地配套率由去年的31%提高到38%).
     */
    private boolean forecastEvent(PeriodMention period) {
        return FORECAST_BEFORE.matcher(text).region(Math.max(0, period.start() - 4), period.start()).find()
                && EVENT_AFTER.matcher(text).region(period.end(), text.length()).lookingAt();
    }

    private static final java.util.regex.Pattern FORECAST_BEFORE = java.util.regex.Pattern.compile("(?:预计|计划|拟|将|有望|力争)(?:于|在)?$");
    private static final java.util.regex.Pattern EVENT_AFTER = java.util.regex.Pattern.compile(
            "(?:前|底前|内)?(?:全面|正式|基本)?(?:建成)?(?:投产|投用|建成|开工|竣工|完工|运营|开业|达产|投入使用|交付)");

    /**
     * …副市长孙旭东表示，到2027年，…力争突破2500亿元。杭州综合保税区…入驻企业达到860家: a target year someone states is their
     * sentence's aim; the sentences after it say what is.
     */
    private boolean quotedAim(PeriodMention period) {
        if (period.kind() != PeriodKind.TARGET_YEAR && period.kind() != PeriodKind.VISION) {
            return false;
        }
        int sentenceStart = Math.max(text.lastIndexOf('。', period.start()), text.lastIndexOf('\n', period.start())) + 1;
        return SAID.matcher(text).region(sentenceStart, period.start()).find();
    }

    private static final java.util.regex.Pattern SAID = java.util.regex.Pattern.compile("(?:表示|指出|强调|介绍|称|说)[，,：:]");

    /** 增长8.4%，其中6月份增长7.1%: a period opening a later clause with a figure of its own is that figure's. */
    private boolean ownedByALaterFigure(PeriodMention period, int offset, Sentence sentence) {
        boolean laterClause = text.substring(offset, period.start()).chars().anyMatch(c -> "，,；;：:".indexOf(c) >= 0);
        int clauseEnd = period.end();
        while (clauseEnd < sentence.end() && "，,；;：:。".indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        return laterClause && text.substring(period.end(), clauseEnd).chars().anyMatch(Character::isDigit);
    }

    /** A year a text implies but names nowhere (the year its title names, the year of publication). */
    private static PeriodMention wholeYear(int year) {
        return new PeriodMention(0, 0, "", String.valueOf(year), java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31),
                PeriodKind.YEAR);
    }

    /** A day a text implies (the day it was published, a day it dates an event by), labelled as given. */
    private static PeriodMention onTheDay(java.time.LocalDate day, String label) {
        return new PeriodMention(0, 0, "", label, day, day, PeriodKind.CURRENT);
    }

    /**
     * Whether a figure reads on in the period of the paragraphs before it: not what is aimed at in a period already past
     * (下一步，…力争新引进企业50家; 新的一年，…; a quote), and not a total to date (累计引进各类企业1.2万家). What is aimed at
     * goes on in a period not yet past (新的一年，…⏎实施重点项目120个，年度计划投资165亿元).
     */
    private boolean goesOnInThePeriodBefore(PeriodMention before, int paragraphStart, Sentence sentence, int offset) {
        boolean past = published == null || before.to() == null || before.to().getYear() < published.from().getYear();
        boolean aiming = FORWARD_OPENING.matcher(text).region(paragraphStart, sentence.end()).lookingAt()
                || AIMS.matcher(text).region(sentence.start(), offset).find();
        return !(past && aiming) && !TO_DATE.matcher(text).region(sentence.start(), offset).find();
    }

    /** 去年同期，全区地区生产总值增速为5.2%: the sentence is about the period compared with (not 比去年同期压缩35%). */
    private static final java.util.regex.Pattern COMPARED_PERIOD_FIRST = java.util.regex.Pattern.compile("(?:去年|上年|前年)同期[，,]");
    /** 3月18日: a day with no year; the month is group 1, the day group 2. */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日");
    private static final java.util.regex.Pattern TO_DATE = java.util.regex.Pattern.compile("累计|截至|截止|目前|现有|共有|已有");
    /**
     * An aim in the figure's own clause: not 争取, which also means obtained (争取中央预算内投资), nor 将, also 把, nor 计划总投资, a
     * plan's size; and a target completed is no aim (完成年度目标任务的115%).
     */
    private static final java.util.regex.Pattern AIMED = java.util.regex.Pattern.compile("力争|确保|(?<!完成\\p{IsHan}{0,4})目标");
    /** Any word of aiming in the sentence, which keeps a past period from going on into it. */
    private static final java.util.regex.Pattern AIMS = java.util.regex.Pattern.compile("力争|确保|争取|将(?!近|及)|计划|目标|预期|预计");
    private static final java.util.regex.Pattern FORWARD_OPENING = java.util.regex.Pattern.compile("\\s*(?:[“\"]|新的一年|下一步|下阶段|下一阶段|今后|接下来|未来)");

    /**
     * 过去一年，全省生产总值增长6%左右…⏎青岛西海岸新区地区生产总值增长7.5%。: the period the first clause of the nearest earlier
     * paragraph naming any names (过去一年，, 2023年，, 公司2024年一季度实现…; not 在2020年考核中 later in it), for a paragraph
     * naming none; up to a heading; not a date's year (2024年3月18日，…发布), a target year, 目前, history, or where that
     * paragraph reports no figures of it.
     */
    private PeriodMention periodAnEarlierParagraphOpenedWith(int paragraphStart) {
        for (int lineEnd = paragraphStart - 1; lineEnd > 0; ) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd);
            String stripped = line.strip();
            if (isHeading(stripped) || introduces(stripped) || PeriodScanner.Reader.chronicleYearLine(text, lineStart, lineEnd)) {
                return null;
            }
            int firstClauseEnd = lineStart;
            while (firstClauseEnd < lineEnd && Sentence.CLAUSE_BREAKS.indexOf(text.charAt(firstClauseEnd)) < 0) {
                firstClauseEnd++;
            }
            PeriodMention opening = null;
            int openingEnd = -1;
            boolean namesAny = false;
            for (PeriodMention period : periods) {
                if (period.start() >= lineStart && period.end() <= lineEnd && period.kind() != PeriodKind.COMPARISON) {
                    // The first period, in the paragraph's first clause (公司2024年一季度实现…), and any right after it.
                    if (!namesAny && period.start() < firstClauseEnd || opening != null && period.start() == openingEnd) {
                        opening = period;
                        openingEnd = period.end();
                    }
                    namesAny = true;
                }
            }
            if (namesAny) {
                if (opening == null) {
                    return null;
                }
                int sentenceEnd = openingEnd;
                while (sentenceEnd < lineEnd && text.charAt(sentenceEnd) != '。') {
                    sentenceEnd++;
                }
                // A period framing the paragraph (过去一年，…) has its figures anywhere in it, one inside a clause in its own sentence
                // (not 披露2024年一季报。公司…; 2020年，洋浦保税港区被确定为…试点区域。 has none).
                boolean framing = openingEnd < lineEnd && "，,".indexOf(text.charAt(openingEnd)) >= 0;
                boolean opensWithIt = openingEnd < lineEnd && !isDigit(text.charAt(openingEnd))
                        && text.substring(openingEnd, framing ? lineEnd : sentenceEnd).chars().anyMatch(PeriodAttribution::isDigit);
                // History: a year before last (2017年，…获批设立 before 经过几年的发展，…集聚各类企业210余家), a span since a year before
                // this one (自2019年封关运作以来，综保区累计…).
                boolean history = opening.from() != null && (published == null ? opening.kind() == PeriodKind.SINCE
                        : opening.kind() == PeriodKind.SINCE ? opening.from().getYear() < published.from().getYear()
                        : opening.from().getYear() < published.from().getYear() - 1);
                return opensWithIt && !history && carriesOn(opening) && !NOT_CARRIED_OVER.contains(opening.kind()) ? opening : null;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static final java.util.Set<PeriodKind> NOT_CARRIED_OVER = java.util.EnumSet.of(PeriodKind.TARGET_YEAR, PeriodKind.VISION, PeriodKind.CURRENT);

    private static boolean isHeading(String line) {
        return !line.isEmpty() && line.length() <= HEADING_MAX && !line.endsWith("。") && NUMBERED_HEADING.matcher(line).lookingAt();
    }

    /** 第二章 0, 一、 1, （一） 2, 1. 3: how high a kind of number stands in an outline. */
    private static int headingLevel(String numbering) {
        return numbering.startsWith("第") ? 0 : numbering.equals("一、") ? 1 : numbering.equals("（一）") ? 2 : 3;
    }

    /** The kind of list number a line opens with (一、 and 二、 are one kind, 1. and 2. another), or null. */
    private static String numbering(String line) {
        java.util.regex.Matcher number = NUMBERED_HEADING.matcher(line);
        if (!number.lookingAt()) {
            return null;
        }
        String mark = number.group();
        return Character.isDigit(mark.charAt(0)) ? "1" + mark.charAt(mark.length() - 1)
                : "（(".indexOf(mark.charAt(0)) >= 0 ? "（一）" : mark.startsWith("第") ? "第" + mark.charAt(mark.length() - 1) : "一、";
    }

    /**
     * 一、2023年工作回顾: the period the heading over the figure's paragraph names, for figures whose paragraph names none;
     * only the nearest heading counts (第二章 发展基础 under a 十四五 title names no period of its own).
     */
    private PeriodMention headingPeriodBefore(int paragraphStart) {
        int paragraphEnd = text.indexOf('\n', paragraphStart);
        String numbering = numbering(text.substring(paragraphStart, paragraphEnd < 0 ? text.length() : paragraphEnd).strip());
        // The level of the nearest heading passed that names no period: only a heading above it may lend one.
        int passedLevel = Integer.MAX_VALUE;
        for (int lineEnd = paragraphStart - 1; lineEnd > 0; ) {
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            String line = text.substring(lineStart, lineEnd).strip();
            // 2.地方一般公共预算收入增长5%； under 1.地区生产总值增长5.5%左右；: an item numbered like the figure's own is a sibling
            // in the same list, not a heading over it (nor is the period of 1.《…2026—2028年实施方案》 the next agreement's).
            if (numbering != null && numbering.equals(numbering(line))) {
                lineEnd = lineStart - 1;
                continue;
            }
            // 到2025年，…主要指标如下：, 2025年，成都高新区交出了一份亮眼答卷👇: a line that introduces the ones after it lends
            // them its period too.
            boolean introduces = introduces(line);
            boolean heading = isHeading(line);
            int level = heading ? headingLevel(numbering(line)) : Integer.MAX_VALUE;
            if (heading && level >= passedLevel) {
                lineEnd = lineStart - 1; // a sibling or a deeper heading of the one passed
                continue;
            }
            if (heading || introduces || PeriodScanner.Reader.chronicleYearLine(text, lineStart, lineEnd)) {
                for (PeriodMention period : periods) {
                    // 四、“十五五”规划编制工作: a plan the heading's work is on is its topic, not its period; so is the vision an
                    // introducing line looks to (锚定2035年远景目标，…今后五年…要努力实现以下主要目标：; not 第三节　2035年远景目标).
                    boolean topic = period.kind() == PeriodKind.FIVE_YEAR_PLAN && (period.text().endsWith("规划") || text.startsWith("规划", period.end()))
                            || !heading && text.startsWith(VISION_GOALS, period.end());
                    if (period.start() >= lineStart && period.end() <= lineEnd && period.kind() != PeriodKind.COMPARISON && !topic) {
                        return period;
                    }
                }
                // 重点抓好以下工作：under 二、2024年工作安排: an introduction without a period of its own passes on the heading's;
                // so does （一）全力推进项目建设 under 二、2026年工作计划, to a heading above it (not a chapter's: 第二章 发展基础).
                if (!introduces && (!heading || level == 0)) {
                    return null;
                }
                passedLevel = heading ? level : passedLevel;
            }
            lineEnd = lineStart - 1;
        }
        return null;
    }

    private static final String VISION_GOALS = "远景目标";

    /** Read from the line's end only: it is asked of every line above a figure the text dates nowhere else. */
    private static boolean introduces(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '\uFE0F')) {
            end--;
        }
        String body = line.substring(0, end);
        return INTRODUCING_ENDS.stream().anyMatch(body::endsWith);
    }

    private static final java.util.List<String> INTRODUCING_ENDS = java.util.List.of("：", ":", "如下", "👇", "⬇", "↓");

    private static final int HEADING_MAX = 40;
    /** 一、, （二）, 第三章, 4. : a numbered heading (a headline such as 成都高新区召开2024年工作会议 is none). */
    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile(
            "(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分篇]|\\d{1,2}[.、．])");

    private Sentence sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    private static PeriodMention leadPeriod(String text, List<PeriodMention> periods) {
        int firstLine = text.strip().isEmpty() ? 0 : text.indexOf('\n', text.length() - text.stripLeading().length());
        int end = firstLine < 0 ? text.length() : firstLine;
        return periods.stream().filter(p -> p.end() <= end && p.kind() != PeriodKind.COMPARISON && (p.year() != null && p.from() != null && p.to() != null
                && !(p.from().getDayOfYear() == 1 && p.to().getMonthValue() == 12 && p.to().getDayOfMonth() == 31)
                || p.from() == null && (p.kind() == PeriodKind.YEAR_TO_DATE || p.kind() == PeriodKind.MONTHS))).findFirst().orElse(null);
    }

    /** What follows a year in its sentence when the year is named for an aim (将, not 将近; 力争, 确保, 目标). */
    private static final java.util.regex.Pattern AIM_AFTER = java.util.regex.Pattern.compile("[^。；;\\n]{0,20}?(?:将(?!近|其|来)|力争|确保|目标)");

    private static boolean inAWorkReportsTitle(String text, PeriodMention period) {
        int lineEnd = text.indexOf('\n', period.end());
        return text.lastIndexOf('\n', period.start()) < 0 && text.substring(period.end(), lineEnd < 0 ? text.length() : lineEnd).contains("政府工作报告");
    }

    private static boolean onASpeechsDateline(String text, PeriodMention period) {
        int lineStart = text.lastIndexOf('\n', period.start()) + 1;
        return text.substring(lineStart, period.start()).strip().matches("[—－-]{1,2}");
    }

    /** The calendar year named most often by explicit or relative year mentions (ties: the earliest named). */
    private static PeriodMention dominantYear(String text, List<PeriodMention> periods) {
        // 今年，开发区将…, 2025年全市发展的主要预期目标是: a year named for what is aimed at is the one a report plans, not the one it
        // is about; it counts only where every year is named so (a plan).
        PeriodMention reported = dominantYear(text, periods, false);
        return reported != null ? reported : dominantYear(text, periods, true);
    }

    private static PeriodMention dominantYear(String text, List<PeriodMention> periods, boolean aimsCount) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, PeriodMention> firstOf = new HashMap<>();
        for (PeriodMention period : periods) {
            Integer year = period.year();
            // ——2025年1月13日在浙江省第十四届人民代表大会第三次会议上, 河南省2025年政府工作报告: the day or year a report was given in,
            // not the year it is about.
            if (onASpeechsDateline(text, period) || inAWorkReportsTitle(text, period)
                    || !aimsCount && AIM_AFTER.matcher(text).region(period.end(), text.length()).lookingAt()) {
                continue;
            }
            // 新的一年 names the year a report plans, not the one it is mostly about.
            if (year != null && period.kind() != PeriodKind.TARGET_YEAR && period.kind() != PeriodKind.VISION
                    && period.kind() != PeriodKind.CURRENT && period.kind() != PeriodKind.COMPARISON && !period.text().equals("新的一年")) {
                counts.merge(year, 1, Integer::sum);
                firstOf.putIfAbsent(year, period);
            }
        }
        PeriodMention best = null;
        int bestCount = 0;
        for (PeriodMention period : periods) {
            Integer year = period.year();
            if (year != null && firstOf.get(year) == period && counts.get(year) > bestCount) {
                bestCount = counts.get(year);
                best = firstOf.get(year);
            }
        }
        return best == null ? null : new PeriodMention(best.start(), best.end(), best.text(), String.valueOf(best.year()),
                best.from().withDayOfYear(1), best.from().withMonth(12).withDayOfMonth(31), PeriodKind.YEAR);
    }
}
