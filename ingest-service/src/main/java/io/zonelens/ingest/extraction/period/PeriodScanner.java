package io.zonelens.ingest.extraction.period;

import io.zonelens.ingest.extraction.number.NumberParser;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.text.LayoutDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds period expressions in one document, sentence by sentence in reading order, and resolves them against the
 * publication date. One alternation of bounded patterns (no nested quantifiers) runs once per sentence. Anaphoric words
 * (当年, 全年, 本年度) take the last year the text named; 今年/去年 are relative to the publication date.
 */
public final class PeriodScanner {

    private static final String CN = "[0-9０-９一二两三四五六七八九十]";
    private static final String DASH = "[至到\\-－—–~～]";
    /** 2017年挂牌以来, 2019年获批设立以来: the event a zone's count runs from, between the year and 以来. */
    private static final String SINCE_AN_EVENT = "(?:\\p{IsHan}{0,3}?(?:挂牌|设立|成立|获批|运行|运营|封关|开园|启动|批复|揭牌|建设))?";
    /** Parts of a year after it or alone: 上半年, 前三季度, 第一季度, 第四季 (Hong Kong and Macau), 前10个月; the end of one (三季度末). */
    private static final String PART = "(?:第?[一二三四]季度|上半年|前三季度)末|上半年|下半年|前三季度|第?[一二三四]季度|第[一二三四]季(?!度)"
            + "|前[0-9０-９一二两三四五六七八九十]{1,2}个月";
    /** 今后五年, 未来三年: words of the years ahead, which a figure for them is aimed at. */
    private static final List<String> AHEAD_WORDS = List.of("今后", "未来");

    /** Whether the period is the years ahead (今后五年, 未来三年内, 两年内; not a bare 年内): what is said of them is a target. */
    public static boolean yearsAhead(PeriodMention period) {
        return AHEAD_WORDS.stream().anyMatch(period.text()::startsWith) || WITHIN_YEARS.matcher(period.text()).matches();
    }

    private static final Pattern WITHIN_YEARS = Pattern.compile("[0-9两二三四五六七八九十]{1,2}年内");

    /** The period expressions, in the order they are preferred at one position. */
    static final String EXPRESSIONS =
            // 2025年12月18日至2026年1月17日, 2025年11月5日至10日: a span of days
            "(?<dy1>[12][0-9]{3})年(?<dm1>[0-9]{1,2})月(?<dd1>[0-9]{1,2})日?[至到\\-－—–~～]{1,2}(?:(?<dy2>[12][0-9]{3})年)?(?:(?<dm2>[0-9]{1,2})月)?(?<dd2>[0-9]{1,2})日|"
            // 2021年, 2021年1至11月, 2021年7月份以来, 到2025年, 二〇三五年, 2021年上半年, 2021年底
            + "(?<pre>力争到|截至|截止到|截止|到|至)?(?:(?<y0>[12][0-9]{3})年?[至到\\-－—–~～]{1,2})?(?<year>[12０-９0-9][0-9０-９]{3}|[〇零一二三四五六七八九]{4})年(?<du>度)?"
                    + "(?:(?<m1>" + CN + "{1,3}?)(?:月份?)?(?:" + DASH + "{1,2}(?<m2>" + CN + "{1,3}?))?月(?<mf>份)?(?![0-9０-９一二三四五六七八九十日号])"
                    + "|(?<part>" + PART + "|底|末|初))?(?<since>" + SINCE_AN_EVENT + "以来)?"
            // 1—8月份, 7月份以来, 3月
            + "|(?<![0-9０-９〇零一二三四五六七八九十年第])(?<om1>" + CN + "{1,3}?)(?:月份?)?(?:" + DASH + "{1,2}(?<om2>" + CN + "{1,3}?))?月(?<omf>份)?(?:(?<omend>底|末)|(?![0-9０-９一二三四五六七八九十日号底中初末旬]))(?<osince>以来)?"
            // “十四五”时期, 十三五末, 第十四个五年规划
            + "|[“\"‘]?(?<plan>十[一二三四五六七八九])五[”\"’]?(?:规划)?(?<planpart>时期|期间|末|初|以来|的?(?:开局|起步|收官)之?年|首年|第一年|最后一年)?"
            + "|第(?<plan2>十[一二三四五六七八九]|[一二三四五六七八九十])个五年规划"
            // 五年累计
            + "|(?<cum>[0-9一二三四五六七八九十]{1,2})年累计"
            // 过去五年, 近三年, 五年来
            + "|(?<recent>过去|近)(?<recentn>[0-9一二三四五六七八九十]{1,2})年(?!度|底|末|初|代)(?:来)?"
            // 今后五年, 未来5年: the years ahead
            + "|(?:" + String.join("|", PeriodScanner.AHEAD_WORDS) + ")(?<comingn>[0-9０-９两一二三四五六七八九十]{1,2})年(?:内|里)?(?!度|底|末|初|代|前|后)"
            // 三年内, 两年内: the years ahead too, but not counted from an event of their own (入驻后三年内, 成立三年内, 起三年内)
            + "|(?<![0-9０-９〇零一二三四五六七八九十年第近过后起满前])(?<!成立|投产|入驻|落户|建成|设立|开业|签约|获批)(?<withinn>[0-9两二三四五六七八九十]{1,2})年内"
            + "|(?<![0-9０-９〇零一二三四五六七八九十])(?<yearsn>[0-9一二三四五六七八九十]{1,2})年来"
            // 上半年, 第一季度, 前三季度 without a year: the latest one the publication date has seen
            + "|(?<![年0-9])(?<opart>" + PART + "|(?<!前)[一二三四]季度)"
            // 今年前三季度, 去年上半年: a part of the year the word names
            + "|(?<rel>(?<![^，,。；;：:\\s])新的一年(?=[，,里])|过去一年|上一年|上年度|上年|去年|前年|今年|本年度|本年|明年|当年|同年|全年|年内|(?<![0-9０-９〇零一二三四五六七八九十])年末|(?<![0-9０-９〇零一二三四五六七八九十])年底)(?:(?<relpart>" + PART + ")"
            // 今年1-9月, 今年10月, 今年以来: months of the year the word names, or since its start
            + "|(?<rm1>" + CN + "{1,3}?)(?:月份?)?(?:" + DASH + "{1,2}(?<rm2>" + CN + "{1,3}?))?月份?(?![0-9０-９一二三四五六七八九十日号])(?<rmsince>以来)?"
            + "|(?<relsince>以来))?"
            // 目前 "now", not the 目 of 项目 before 前三季度 (重大项目前三季度完成投资)
            + "|(?<now>截至目前|当前|(?<![项题节科书栏剧名数条纲])目前|现阶段)"
            // 挂牌以来, 投产以来 with no date of their own: since the date the text named last
            + "|(?<![0-9０-９年月日])(?<event>挂牌|设立|成立|获批|运行|运营|封关|开园|启动|揭牌|投产|实施)以来";

    /**
     * Every character a period expression can start with. The search tests it before trying the dozen alternatives
     * at a position, which is most of what scanning costs; {@code PeriodScannerStartsTest} checks the list against
     * the expressions.
     */
    static final String STARTS = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十“\"‘"
            + "力截到至第过近上下前去今明当同全年本目现挂设成获运封开启揭投实新未";

    private static final Pattern PERIOD = Pattern.compile("(?=[" + STARTS + "])(?:" + EXPRESSIONS + ")");

    /** 年 and 月 (dates, 今年, 五年累计), 五 (“十四五”), 前/目/阶 (当前, 目前, 现阶段), 度 (第一季度), 季 (第四季), 来 (挂牌以来). */
    private static final String ANCHORS = "年月五前目阶度季来";
    private static final char BORN = '生';
    private static final String BORN_IN_FULL = "出生";
    /** 第2号 after 2023年 in 国家发展改革委令2023年第2号: the year is part of a paper's number. */
    private static final Pattern NUMBER_OF_A_PAPER = Pattern.compile("第[0-9０-９一二三四五六七八九十]{1,4}号");
    private static final int WINDOW_BEFORE = 10;
    private static final int WINDOW_AFTER = 24; // 2025年12月18日至2026年1月17日 runs 20 characters past its first 年

    private PeriodScanner() {
    }

    /** A fresh, stateful reader for one document (carries the last year named and the five-year plan in force). */
    public static Reader forDocument(LocalDate published, String title) {
        Reader reader = new Reader(published);
        if (title != null) {
            List<PeriodMention> named = new ArrayList<>();
            reader.scan(title, 0, title.length(), named); // a plan's title names its five-year plan
            reader.lastYear = null; // …but the years the title names are not what the body's 当年 refers to
            reader.lastFrom = null;
            // …except the one year a report or bulletin is about (2023年郑州市国民经济和社会发展统计公报), where its
            // body says 全年 or 年末 without a year.
            // Undated, the year the title names is the one it reports (2023年…统计公报 with no date line).
            if (named.size() == 1 && named.get(0).kind() == PeriodKind.YEAR && named.get(0).year() != null
                    && (published == null || named.get(0).year() <= published.getYear())) {
                reader.titleYear = named.get(0).year();
                reader.reportOnTitleYear = published != null && reader.titleYear == published.getYear() - 1 && Reader.REPORT_ON_A_YEAR.matcher(title).find();
                reader.reviewOfTitleYear = reader.reportOnTitleYear && Reader.REVIEW_OF_A_YEAR.matcher(title).find();
            }
            // 朔州经济开发区2026年1—10月经济运行情况 (published 17 November): the months to the one before publication are the
            // report's, and its 今年以来 ends there; a news item's text may give last month's statistics and still count to date.
            YearMonth lastMonth = published == null ? null : YearMonth.from(published).minusMonths(1);
            if (lastMonth != null && lastMonth.getYear() == published.getYear() && named.stream().anyMatch(p -> p.kind() == PeriodKind.YEAR_TO_DATE
                    && p.to() != null && YearMonth.from(p.to()).equals(lastMonth))) {
                reader.reportedMonth = lastMonth;
            }
        }
        return reader;
    }

    public static final class Reader {

        private final LocalDate published;
        private Integer lastYear;
        /** Where the last period the text named starts (2019年8月 of 2019年8月30日), for an event's 以来 after it. */
        private LocalDate lastFrom;
        private Integer titleYear;
        /** The title reports on the year before publication it names, which is the year its 本年 means. */
        private boolean reportOnTitleYear;
        /** …and names it as a year reviewed (2025年度十大新闻, 2025年度报告), where even 今年 is that year. */
        private boolean reviewOfTitleYear;
        /** The year of the chronicle heading (1992年 on a line of its own) the text is under, if any. */
        private Integer headingYear;
        /** The 全年 just resolved is this year, still ahead, not the year the text was talking about. */
        private boolean aheadOfTheYearNamed;
        private int[] plan;
        /** The last month a report titled with the months to date covers (1—10月), which its 今年以来 runs to. */
        private YearMonth reportedMonth;

        private Reader(LocalDate published) {
            this.published = published;
        }

        public List<PeriodMention> scan(String text, int from, int to) {
            List<PeriodMention> found = new ArrayList<>();
            scan(text, from, to, found);
            return found;
        }

        private void scan(String text, int from, int to, List<PeriodMention> found) {
            // Every period expression contains one of a few anchor characters; the pattern only runs in a small window
            // around each anchor, so plain stretches of text cost one character test each.
            Matcher m = PERIOD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int done = from;
            for (int k = from; k < to; k++) {
                char anchor = text.charAt(k);
                // 来 anchors only 以来 (未来, 带来 are common and name no period).
                if (ANCHORS.indexOf(anchor) < 0 || k < done || anchor == '来' && (k == from || text.charAt(k - 1) != '以')) {
                    continue;
                }
                m.region(Math.max(done, k - WINDOW_BEFORE), Math.min(to, k + WINDOW_AFTER));
                while (m.find() && m.start() <= k) {
                    if (m.end() <= k || m.end() == m.start()) {
                        continue;
                    }
                    done = m.end();
                    // 1972年9月生 (a birth date), 国家发展改革委令2023年第2号 (a paper's number): no period of anything the text reports.
                    if (bornOn(text, m.end()) || NUMBER_OF_A_PAPER.matcher(text).region(m.end(), to).lookingAt()) {
                        break;
                    }
                    PeriodMention mention = resolve(m, text);
                    if (mention != null && comparedWith(text, mention.start(), mention.end())) {
                        mention = new PeriodMention(mention.start(), mention.end(), mention.text(), mention.label(), mention.from(), mention.to(),
                                PeriodKind.COMPARISON);
                    }
                    if (mention != null) {
                        found.add(mention);
                        boolean yearHeading = yearHeading(text, mention);
                        headingYear = yearHeading ? mention.year() : headingYear;
                        // A 全年 still ahead is no year the text goes on talking about.
                        // 明年是“十五五”开局之年: a year said to open or close a plan is not the year the text goes on about.
                        Integer year = mention.kind() == PeriodKind.CURRENT || mention.kind() == PeriodKind.COMPARISON
                                || PLAN_YEAR.matcher(mention.text()).find()
                                || onADateLine(text, mention.start()) && !yearHeading || aheadOfTheYearNamed || rateTheYearBefore(text, mention) ? null : mention.year();
                        aheadOfTheYearNamed = false;
                        if (year != null) {
                            lastYear = year;
                            // 到2025年 is no date an event happened on.
                            boolean past = mention.from() != null && (published == null || !mention.from().isAfter(published))
                                    && mention.kind() != PeriodKind.TARGET_YEAR && mention.kind() != PeriodKind.VISION;
                            lastFrom = past ? mention.from() : lastFrom;
                        }
                    }
                    break;
                }
            }
            holidays(text, from, to, found);
        }

        /** 生 (born) right after a date, before a mark or at the end (1972年9月生，), or 出生 (not 生产 of 2025年生产总值). */
        private static boolean bornOn(String text, int end) {
            return text.startsWith(BORN_IN_FULL, end)
                    || end < text.length() && text.charAt(end) == BORN && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
        }

        /**
         * 国庆假期, 今年春节黄金周, 2024年“五一”假期: the days of a public holiday, in the year named or else the last one
         * before publication.
         */
        private void holidays(String text, int from, int to, List<PeriodMention> found) {
            if (!Sentence.anyOf(text, from, to, "假周间")) { // every holiday ends in 假期, 黄金周, 长假 or 期间
                return;
            }
            Matcher m = HOLIDAY.matcher(text).region(from, to);
            boolean added = false;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                // 今年春节假期: the year word read on its own gives way to the holiday it dates.
                if (found.stream().anyMatch(p -> p.start() < end && start < p.end() && (p.start() < start || p.end() > end))) {
                    continue;
                }
                String name = m.group("holiday");
                Integer year = m.group("hyear") != null ? Integer.valueOf(m.group("hyear"))
                        : m.group("hrel") == null || published == null ? null
                        : Integer.valueOf(m.group("hrel").equals("去年") ? published.getYear() - 1 : published.getYear());
                LocalDate[] days = year != null ? Holidays.in(name, year) : Holidays.lastBefore(name, published);
                if (days != null) {
                    found.removeIf(p -> p.start() >= start && p.end() <= end);
                    found.add(new PeriodMention(start, end, m.group(), days[0] + "/" + days[1], days[0], days[1], PeriodKind.MONTHS));
                    added = true;
                }
            }
            if (added) {
                found.sort(java.util.Comparator.comparingInt(PeriodMention::start));
            }
        }

        /** 国庆 and 十一 are the October holiday; 双十一 (11 November) is a shopping day, no holiday. */
        private static final Pattern HOLIDAY = Pattern.compile(
                "(?:(?<hyear>[12][0-9]{3})年|(?<hrel>今年|去年))?(?<!双)[“\"‘]?(?<!双[“\"‘])(?<holiday>国庆|十一|五一|春节|元旦|清明|端午|中秋)[”\"’]?(?:节)?(?:假期|黄金周|长假|小长假|期间)");

        private static final Pattern COMPARISON_CLOSE = Pattern.compile("[”\"’]?(?:相比|比较|对比)");

        /** 1.6倍, 两倍: a multiple right after the year (not 列为2026年的十大项目). */
        private static final Pattern MULTIPLE_AFTER = Pattern.compile("[0-9.一二两三四五六七八九十]+倍");

        /**
         * 比上年增长, 较2015年增加, 比2023年同期, 是去年同期的1.6倍: the period a figure is compared with, not the figure's own.
         */
        private static boolean comparedWith(String text, int start, int end) {
            // 由2020年的230亿元增长到410亿元, 由上年的第8位上升至第6位: the year a change starts from.
            boolean baseline = start > 0 && "由从".indexOf(text.charAt(start - 1)) >= 0 && text.startsWith("的", end)
                    && end + 1 < text.length() && (Character.isDigit(text.charAt(end + 1)) || text.charAt(end + 1) == '第');
            // 是2024年的1.6倍, 相当于2020年的两倍: the year a multiple is of.
            boolean base = start > 0 && ("是为".indexOf(text.charAt(start - 1)) >= 0 || text.startsWith("相当于", Math.max(0, start - 3)))
                    && text.startsWith("的", end) && MULTIPLE_AFTER.matcher(text).region(end + 1, Math.min(text.length(), end + 9)).lookingAt();
            // 与“十三五”末相比: the period a comparison frames.
            boolean framed = start > 0 && "与同和跟".indexOf(text.charAt(start - 1)) >= 0
                    && COMPARISON_CLOSE.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt();
            return start > 0 && "比较".indexOf(text.charAt(start - 1)) >= 0 || text.startsWith("同期", end) || baseline || base || framed;
        }

        private PeriodMention resolve(Matcher m, String text) {
            int start = m.start();
            int end = m.end();
            if (m.group("dy1") != null) {
                return days(m, text);
            }
            if (m.group("year") != null) {
                return explicitYear(m, text);
            }
            if (m.group("om1") != null) {
                Integer m1 = month(m.group("om1"));
                Integer m2 = m.group("om2") == null ? m1 : month(m.group("om2"));
                if (m1 == null || m2 == null || m2 < m1) {
                    return null;
                }
                // A bare 3月 is usually a day's date in news; 3月份, 3月以来 and 9月 opening a clause (9月，…) are periods.
                boolean opensAClause = end < text.length() && "，,：:".indexOf(text.charAt(end)) >= 0
                        && (start == 0 || "，,。；;！？\n ".indexOf(text.charAt(start - 1)) >= 0);
                // 截至10月底: the month a stock is counted at the end of (厂房10月底完工 is a date).
                String before = text.substring(Math.max(0, start - 3), start);
                boolean monthEnd = m.group("omend") != null && m.group("om2") == null && (before.endsWith("截至") || before.endsWith("截止") || before.endsWith("截止到"));
                // 9月当月, 二季度单月: the month on its own, as against the months to date.
                boolean monthAlone = m.group("om2") == null && (text.startsWith("当月", end) || text.startsWith("单月", end));
                if (m.group("om2") == null && m.group("omf") == null && m.group("osince") == null && !opensAClause && !monthEnd && !monthAlone) {
                    return null;
                }
                // months are reported once they are over, so 1—8月份 published in August means last year's; 7月以来 may be this month,
                // and so may 截至2月底 published on 27 February (a stock counted at the month's end, told as it closes)
                boolean since = m.group("osince") != null;
                int lastMonth = since ? m1 : m2;
                // …in a chronicle, an entry's opening month (12月，…) is of the year its heading names.
                boolean entry = headingYear != null && opensALine(text, start);
                Integer year = entry ? headingYear : published == null ? null
                        : (since || monthEnd ? lastMonth <= published.getMonthValue() : lastMonth < published.getMonthValue()) ? published.getYear()
                        : published.getYear() - 1;
                return months(start, end, text, year, m1, m2, m.group("osince") != null);
            }
            if (m.group("plan") != null || m.group("plan2") != null) {
                Integer n = intOf(m.group("plan") != null ? m.group("plan") : m.group("plan2"));
                if (n == null) {
                    return null;
                }
                int first = n == 1 ? 1953 : n == 2 ? 1958 : 1966 + 5 * (n - 3);
                // 比“十三五”末增加8000亿元: the plan compared with is not the one in force (its 五年累计 is the later plan's).
                if (!comparedWith(text, start, end)) {
                    plan = new int[] {first, first + 4};
                }
                String part = m.group("planpart");
                // “十四五”规划收官之年, 十五五开局之年: the plan's last or first year.
                // …but only what a year is said to be (今年是“十五五”开局之年; not 为“十五五”开局之年打基础).
                boolean saidToBe = text.substring(Math.max(0, start - 3), start).contains("是") || opensAClause(text, start);
                if (part != null && !part.equals("末") && !part.equals("初") && !part.equals("时期") && !part.equals("期间") && !part.equals("以来") && !saidToBe) {
                    part = null;
                }
                if ("末".equals(part) || part != null && (part.endsWith("收官之年") || part.endsWith("收官年") || part.equals("最后一年"))) {
                    return year(start, end, text, first + 4, PeriodKind.YEAR);
                }
                if ("初".equals(part) || part != null && (part.endsWith("开局之年") || part.endsWith("开局年") || part.endsWith("起步之年")
                        || part.endsWith("起步年") || part.equals("首年") || part.equals("第一年"))) {
                    return year(start, end, text, first, PeriodKind.YEAR);
                }
                if ("以来".equals(part)) {
                    return since(start, end, text, LocalDate.of(first, 1, 1), String.valueOf(first));
                }
                return span(start, end, text, first, first + 4, PeriodKind.FIVE_YEAR_PLAN);
            }
            if (m.group("cum") != null) {
                return plan == null ? new PeriodMention(start, end, m.group(), m.group(), null, null, PeriodKind.CUMULATIVE)
                        : span(start, end, text, plan[0], plan[1], PeriodKind.CUMULATIVE);
            }
            if (m.group("opart") != null) {
                int[] range = partOfYear(m.group("opart"));
                if (range == null) {
                    return null;
                }
                // 四季度将冲刺全年目标 (in October): a part still ahead, said in the future, is this year's; so is one under way
                // (下半年有何打算 in July), unless it is the year's start (上半年 in a January report is last year's).
                boolean underWay = published != null && range[0] > 1 && range[0] <= published.getMonthValue()
                        // not in a text about an earlier year (二季度 in an April review of last year)
                        && (lastYear == null || lastYear == published.getYear());
                Integer year = published == null ? null
                        : range[1] < published.getMonthValue() || underWay || AHEAD.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()
                        ? published.getYear() : published.getYear() - 1;
                return months(start, end, text, year, range[0], range[1], false);
            }
            if (m.group("recent") != null || m.group("yearsn") != null) {
                Integer n = intOf(m.group("recent") != null ? m.group("recentn") : m.group("yearsn"));
                if (n == null || published == null || n < 1 || n > 30) {
                    return null;
                }
                // 过去五年 in a January work report ends last year; 六年来 in an August anniversary piece runs into this one.
                int last = published.getMonthValue() > 6 ? published.getYear() : published.getYear() - 1;
                return n == 1 ? year(start, end, text, last, PeriodKind.RELATIVE_YEAR)
                        : span(start, end, text, last - n + 1, last, PeriodKind.RECENT_YEARS);
            }
            if (m.group("comingn") != null || m.group("withinn") != null) {
                Integer n = intOf(m.group("comingn") != null ? m.group("comingn") : m.group("withinn"));
                if (n == null || published == null && plan == null || n < 2 || n > 30) {
                    return null;
                }
                // 今后五年 in a January plan starts this year; said late in a year, next year; in an undated plan, its first year.
                int first = published == null ? plan[0] : published.getMonthValue() > 6 ? published.getYear() + 1 : published.getYear();
                // …and five years from a plan's first year are that plan, whose 五年累计 the text then means.
                boolean aPlan = n == 5 && (first - 1) % 5 == 0;
                if (aPlan) {
                    plan = new int[] {first, first + 4};
                }
                return span(start, end, text, first, first + n - 1, aPlan ? PeriodKind.FIVE_YEAR_PLAN : PeriodKind.YEARS);
            }
            if (m.group("rel") != null) {
                // 本年新收政府信息公开申请 in a 2025年…年度报告 published in January 2026: the year the report is on (not 本年度将力争…).
                // …and 今年 in a review of the year before (满洲里综合保税区2025年度十大新闻, published in January 2026).
                boolean thisYearsWord = reportOnTitleYear && (m.group("rel").equals("本年") || m.group("rel").equals("本年度")
                        // not 今年1月上旬, 今年以来: the weeks since the review's year ended
                        || m.group("rel").equals("今年") && reviewOfTitleYear && m.group("relpart") == null && m.group("rm1") == null && m.group("relsince") == null);
                boolean aimed = thisYearsWord && AIMED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt();
                boolean reportsYear = thisYearsWord && !aimed && (lastYear == null || lastYear <= titleYear); // not under 二、2026年工作计划
                Integer year = reportsYear ? titleYear : aimed ? Integer.valueOf(published.getYear()) : relativeYear(m.group("rel"));
                // …去年，宁波保税区实现进出口额1320亿元。⏎…表示，全年进出口额有望突破1400亿元 (in November): the whole year still
                // ahead is this one, not the last the text named.
                if (year != null && published != null && year == published.getYear() - 1 && published.getMonthValue() > 3
                        && ANAPHORIC_YEARS.contains(m.group("rel")) && m.group("relpart") == null && m.group("rm1") == null
                        && STILL_AHEAD.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                        && !YEAR_NAMED.matcher(text).region(Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1, start).find()) {
                    year = published.getYear();
                    aheadOfTheYearNamed = true;
                }
                if (m.group("relpart") != null) {
                    int[] range = partOfYear(m.group("relpart"));
                    return range == null ? null : months(start, end, text, year, range[0], range[1], false);
                }
                if (m.group("rm1") != null) {
                    Integer m1 = month(m.group("rm1"));
                    Integer m2 = m.group("rm2") == null ? m1 : month(m.group("rm2"));
                    return m1 == null || m2 == null || m2 < m1 ? null : months(start, end, text, year, m1, m2, m.group("rmsince") != null);
                }
                if (m.group("relsince") != null && year != null) {
                    return since(start, end, text, LocalDate.of(year, 1, 1), String.valueOf(year));
                }
                // 今年, 全年 in an undated text naming no year: this year, whichever it is (labelled as written, no dates).
                if (year == null && m.group("relsince") == null && YEARLESS.contains(m.group("rel"))) {
                    return new PeriodMention(start, end, text.substring(start, end), text.substring(start, end), null, null, PeriodKind.RELATIVE_YEAR);
                }
                return year == null ? null : year(start, end, text, year, PeriodKind.RELATIVE_YEAR);
            }
            if (m.group("event") != null) {
                if (lastFrom == null) {
                    // 挂牌以来 with no date named: to date, from a start the text does not give.
                    return published == null ? null
                            : new PeriodMention(start, end, text.substring(start, end), "/" + YearMonth.from(published), null, published, PeriodKind.SINCE);
                }
                return since(start, end, text, lastFrom, lastFrom.getDayOfYear() == 1 ? String.valueOf(lastFrom.getYear()) : YearMonth.from(lastFrom).toString());
            }
            if (m.group("now") != null && published != null) {
                return new PeriodMention(start, end, m.group(), String.valueOf(published.getYear()), published, published, PeriodKind.CURRENT);
            }
            return null;
        }

        private static final Pattern PLAN_YEAR = Pattern.compile("五[”\"’]?(?:规划)?的?(?:开局|起步|收官|首年|第一年|最后一年)");
        private static final Pattern PROCEDURE_WINDOW = Pattern.compile("公示|申报|报名|受理|有效期|执行期|实施期|征求意见|截止|提交");

        /** 封关运作首月（2025年12月18日至2026年1月17日）: the days from one date to another. */
        private PeriodMention days(Matcher m, String text) {
            // 公示期为…, 申报时间为…, 有效期: a window of a procedure dates no figure by its days, only by its year.
            if (PROCEDURE_WINDOW.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                return year(m.start(), m.end("dy1") + 1, text, Integer.parseInt(m.group("dy1")), PeriodKind.YEAR);
            }
            int fromYear = Integer.parseInt(m.group("dy1"));
            int fromMonth = Integer.parseInt(m.group("dm1"));
            int toYear = m.group("dy2") != null ? Integer.parseInt(m.group("dy2")) : fromYear;
            int toMonth = m.group("dm2") != null ? Integer.parseInt(m.group("dm2")) : fromMonth;
            LocalDate from = dayOf(fromYear, fromMonth, Integer.parseInt(m.group("dd1")));
            LocalDate to = dayOf(toYear, toMonth, Integer.parseInt(m.group("dd2")));
            if (from == null || to == null || to.isBefore(from)) {
                return null;
            }
            return new PeriodMention(m.start(), m.end(), m.group(), from + "/" + to, from, to, PeriodKind.MONTHS);
        }

        /** The day, or null where there is no such day (2月30日). */
        static LocalDate dayOf(int year, int month, int day) {
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }

        private PeriodMention explicitYear(Matcher m, String text) {
            BigDecimal value = NumberParser.parse(m.group("year"));
            if (value == null) {
                return null;
            }
            int year = value.intValue();
            if (m.group("y0") != null) {
                int first = Integer.parseInt(m.group("y0"));
                if (first < year && m.group("m1") == null && m.group("part") == null && m.group("since") == null) {
                    return span(m.start(), m.end(), text, first, year, PeriodKind.YEARS); // 2021—2023年
                }
            }
            String pre = m.group("pre");
            // 到2025年 is a target; 截至2021年底 is an actual as of then; the prefix is part of the mention only when it says so
            boolean toward = pre != null && (pre.equals("到") || pre.equals("至") || pre.equals("力争到"));
            int start = pre != null && !toward && !pre.startsWith("截") ? m.start("year") : m.start();
            int end = m.end();
            if (m.group("m1") != null) {
                Integer m1 = month(m.group("m1"));
                Integer m2 = m.group("m2") == null ? m1 : month(m.group("m2"));
                if (m1 == null || m2 == null || m2 < m1) {
                    return year(start, m.end("du") >= 0 ? m.end("du") : m.end("year") + 1, text, year, PeriodKind.YEAR);
                }
                return months(start, end, text, year, m1, m2, m.group("since") != null);
            }
            String part = m.group("part");
            int[] range = part == null || part.equals("底") || part.equals("末") || part.equals("初") ? null : partOfYear(part);
            if (range != null) {
                return months(start, end, text, year, range[0], range[1], m.group("since") != null);
            }
            if (m.group("since") != null) {
                return since(start, end, text, LocalDate.of(year, 1, 1), String.valueOf(year));
            }
            PeriodKind kind = PeriodKind.YEAR;
            if (published != null && year >= published.getYear() + 10) {
                kind = PeriodKind.VISION;
            } else if (published != null ? year > published.getYear() : toward) {
                kind = PeriodKind.TARGET_YEAR;
            }
            return year(start, end, text, year, kind);
        }

        /** First and last month of 上半年, 下半年, 前三季度, 第N季度, 前N个月 (the last alone after 末); null for more months than a year has. */
        private static int[] partOfYear(String part) {
            // 三季度末, 上半年末: a stock at the part's last month.
            if (part.endsWith("末")) {
                int[] whole = partOfYear(part.substring(0, part.length() - 1));
                return whole == null ? null : new int[] {whole[1], whole[1]};
            }
            if (part.endsWith("个月")) {
                Integer months = intOf(part.substring(1, part.length() - 2));
                return months == null || months < 1 || months > 12 ? null : new int[] {1, months};
            }
            return switch (part) {
                case "上半年" -> new int[] {1, 6};
                case "下半年" -> new int[] {7, 12};
                case "前三季度" -> new int[] {1, 9};
                default -> {
                    int q = NumberParser.chineseDigit(part.charAt(part.indexOf('季') - 1));
                    yield new int[] {q * 3 - 2, q * 3};
                }
            };
        }

        /** Whether a year mention is a chronicle's heading, alone on its line. */
        private static boolean yearHeading(String text, PeriodMention mention) {
            int lineStart = text.lastIndexOf('\n', mention.start()) + 1;
            int lineEnd = text.indexOf('\n', mention.start());
            return mention.kind() == PeriodKind.YEAR && chronicleYearLine(text, lineStart, lineEnd < 0 ? text.length() : lineEnd);
        }

        /**
         * 1992年 on a line of its own, over a chronicle's entries for that year: the next line is a sentence, and neither
         * neighbouring line is a bare year too (2024年, 2025年 on lines of their own head a table's columns).
         */
        static boolean chronicleYearLine(String text, int lineStart, int lineEnd) {
            // Asked of every line walked past: only a short one can be a year alone.
            if (lineEnd - lineStart > MAX_YEAR_LINE || !YEAR_HEADING.matcher(text.substring(lineStart, lineEnd).strip()).matches()) {
                return false;
            }
            String next = nextLine(text, lineEnd);
            return (next.indexOf('，') >= 0 || next.indexOf('。') >= 0) && !YEAR_HEADING.matcher(previousLine(text, lineStart)).matches()
                    && !YEAR_HEADING.matcher(next).matches();
        }

        private static final int MAX_YEAR_LINE = 12;

        private static boolean opensAClause(String text, int at) {
            return "，,。；;：:\n".indexOf(charBefore(text, at)) >= 0;
        }

        private static boolean opensALine(String text, int at) {
            return charBefore(text, at) == '\n';
        }

        /** The character before {@code at} past spaces on its line: a line break where the line starts there, as at the text's start. */
        private static char charBefore(String text, int at) {
            int before = at - 1;
            while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            return before < 0 ? '\n' : text.charAt(before);
        }

        /** The nearest non-blank line after the line ending at {@code lineEnd}, stripped ("" at the end of the text). */
        private static String nextLine(String text, int lineEnd) {
            for (int at = lineEnd; at < text.length(); ) {
                int end = text.indexOf('\n', at + 1);
                end = end < 0 ? text.length() : end;
                String line = text.substring(at + 1, end).strip();
                if (!line.isEmpty()) {
                    return line;
                }
                at = end;
            }
            return "";
        }

        /** The nearest non-blank line before the line starting at {@code lineStart}, stripped ("" at the start of the text). */
        private static String previousLine(String text, int lineStart) {
            for (int at = lineStart - 1; at > 0; ) {
                int start = text.lastIndexOf('\n', at - 1) + 1;
                String line = text.substring(start, at).strip();
                if (!line.isEmpty()) {
                    return line;
                }
                at = start - 1;
            }
            return "";
        }

        private static final Pattern YEAR_HEADING = Pattern.compile("[12][0-9]{3}年[：:]?");

        /**
         * 嘉兴市统计局 / 2025年3月20日 under a bulletin's title: a date alone on its line dates the document; the year it
         * names is not the one the text goes on to speak of (全年, 年末).
         */
        private static boolean onADateLine(String text, int at) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            return lineEnd - lineStart <= MAX_DATE_LINE && LayoutDates.dateLine(text.substring(lineStart, lineEnd));
        }

        private static final int MAX_DATE_LINE = 24;

        /**
         * 2025年，…在2024年度综合保税区发展绩效评估中位列全国第4位: an assessment named after a year before the one the text
         * speaks of rates that year; the 全年 of the text's next section is still the year it speaks of (not so for
         * 2024年获批扩区以来…在2025年度开发区综合考核评价中).
         */
        private boolean rateTheYearBefore(String text, PeriodMention mention) {
            return mention.kind() == PeriodKind.YEAR && mention.text().endsWith("年度") && lastYear != null && mention.year() != null
                    && mention.year() < lastYear && ASSESSMENT_AFTER.matcher(text).region(mention.end(), text.length()).lookingAt();
        }

        private static final java.util.regex.Pattern ASSESSMENT_AFTER = java.util.regex.Pattern.compile(
                "[^，,。；;：:\\n]{0,24}?(?:评估|考核|评价|评比|评选|排名|排行榜|榜单)");

        /** What says a period is still ahead: 将, 要, 力争, 确保, 冲刺, 预计, 计划, 争取 after it. */
        private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile("[，,]?\\p{IsHan}{0,4}?(?:将|要|力争|确保|冲刺|预计|计划|争取)");

        /** 全年进出口额有望突破, 全年将实现: what says a whole year is still ahead (not 预计, which in a January report estimates the year past, nor 争取, which also means obtained). */
        /** 本年度综保区将力争…, 今年，管委会将…: the clause, or the one after a comma right after the word, aims. */
        private static final java.util.regex.Pattern AIMED_AFTER = java.util.regex.Pattern.compile("[，,]?[^，,。；;]{0,10}?(?:将(?!近|及)|力争|确保|计划|预计|预期|目标|争取|拟)");
        /** 2025年度十大新闻, 2025年度工作总结: a review of the year the title names (not a 年度 press conference or 公示). */
        private static final java.util.regex.Pattern REVIEW_OF_A_YEAR = java.util.regex.Pattern.compile(
                "[0-9]{4}年度(?:十大新闻|大事记|盘点|回顾|综述|工作总结|总结|年鉴)|[0-9]{4}年(?:十大新闻|大事记|年度盘点|工作回顾)");
        /** 2025年政府信息公开工作年度报告, 2025年工作总结: a report on the year its title names. */
        private static final java.util.regex.Pattern REPORT_ON_A_YEAR = java.util.regex.Pattern.compile("年度报告|工作报告|工作总结|年报|统计公报|年度");
        private static final java.util.regex.Pattern STILL_AHEAD = java.util.regex.Pattern.compile("\\p{IsHan}{0,8}?(?:有望|将(?!近|及)|力争|确保|冲刺)");

        /** 2023年，…全年累计…: the sentence names its year itself. */
        private static final java.util.regex.Pattern YEAR_NAMED = java.util.regex.Pattern.compile("[0-9０-９]{4}年|去年|上年");

        private static final java.util.Set<String> THIS_YEAR = java.util.Set.of("今年", "本年", "年内");
        private static final java.util.Set<String> YEARLESS = java.util.Set.of("今年", "本年", "全年", "当年", "本年度");

        /** Words for the year the text is talking about, whatever year it was published in. */
        private static final java.util.Set<String> ANAPHORIC_YEARS = java.util.Set.of("当年", "同年", "全年", "本年度", "年末", "年底");

        private Integer relativeYear(String word) {
            if (published == null && !ANAPHORIC_YEARS.contains(word)) {
                // 今年 in an undated 2024年…政府工作报告: the year its title names, where the text named none before.
                return lastYear != null ? lastYear : THIS_YEAR.contains(word) ? titleYear : null;
            }
            int now = published == null ? 0 : published.getYear();
            return switch (word) {
                case "今年", "本年", "年内" -> now;
                // 新的一年 in a January report is this year; in December, the next.
                case "新的一年" -> published.getMonthValue() >= 11 ? now + 1 : now;
                case "上年", "上年度", "上一年", "去年", "过去一年" -> now - 1;
                case "前年" -> now - 2;
                case "明年" -> now + 1;
                // anaphoric: the year the text is talking about
                default -> lastYear != null ? lastYear : titleYear != null ? titleYear : published == null ? null : now;
            };
        }

        private PeriodMention months(int start, int end, String text, Integer year, int m1, int m2, boolean since) {
            if (m1 < 1 || m2 > 12) {
                return null;
            }
            String written = text.substring(start, end);
            if (year == null) {
                return new PeriodMention(start, end, written, written, null, null, since ? PeriodKind.SINCE : PeriodKind.MONTHS);
            }
            LocalDate from = LocalDate.of(year, m1, 1);
            if (since) {
                return since(start, end, text, from, YearMonth.of(year, m1).toString());
            }
            LocalDate to = YearMonth.of(year, m2).atEndOfMonth();
            String label = PeriodMention.monthsLabel(YearMonth.of(year, m1), YearMonth.of(year, m2));
            return new PeriodMention(start, end, written, label, from, to, m1 == 1 && m2 > 1 ? PeriodKind.YEAR_TO_DATE : PeriodKind.MONTHS);
        }

        private PeriodMention since(int start, int end, String text, LocalDate from, String fromLabel) {
            String written = text.substring(start, end);
            if (published == null || published.isBefore(from)) {
                return new PeriodMention(start, end, written, fromLabel + "/", from, null, PeriodKind.SINCE);
            }
            // 今年以来 in November: the months to date (2025-01/2025-11), not 2025/2025; in a report on 1—10月, those months.
            boolean thisYear = fromLabel.length() == 4 && from.getYear() == published.getYear();
            if (thisYear && reportedMonth != null) {
                return new PeriodMention(start, end, written, YearMonth.from(from) + "/" + reportedMonth, from, reportedMonth.atEndOfMonth(), PeriodKind.SINCE);
            }
            String since = thisYear ? YearMonth.from(from).toString() : fromLabel;
            String toLabel = fromLabel.length() == 4 && !thisYear ? String.valueOf(published.getYear()) : YearMonth.from(published).toString();
            return new PeriodMention(start, end, written, since + "/" + toLabel, from, published, PeriodKind.SINCE);
        }

        private static PeriodMention year(int start, int end, String text, int year, PeriodKind kind) {
            return new PeriodMention(start, end, text.substring(start, end), String.valueOf(year),
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), kind);
        }

        private static PeriodMention span(int start, int end, String text, int first, int last, PeriodKind kind) {
            return new PeriodMention(start, end, text.substring(start, end), first + "/" + last,
                    LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), kind);
        }

        private static Integer month(String written) {
            Integer value = intOf(written);
            return value == null || value < 1 || value > 12 ? null : value;
        }

        private static Integer intOf(String written) {
            BigDecimal value = NumberParser.parse(written);
            return value == null ? null : value.intValue();
        }
    }
}
