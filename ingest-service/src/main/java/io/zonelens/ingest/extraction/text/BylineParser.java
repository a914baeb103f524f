package io.zonelens.ingest.extraction.text;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes byline and metadata lines (source, date, editor, author, disclosure-table fields) and reads their
 * values. Patterns run on {@link TextLines#fold folded} text, so "来源：X" and "来源:X", "（…）" and "(…)" are alike.
 */
public final class BylineParser {

    /** Metadata lines are short; a long line mentioning 来源 is a sentence. */
    private static final int MAX_BYLINE = 120;
    /** A label must not be the tail of a longer word: 数据来源, 资金来源 and 回答记者 are not labels. */
    private static final String LABEL_START = "(?<![\\p{IsHan}A-Za-z])";
    /** A value runs to the next space, separator or bracket (a credit's padded name aside: {@link #PADDED_NAME}). */
    private static final String VALUE_TEXT = "[^\\s|()\\[\\],;。:<>]{1,40}";
    private static final String VALUE = "(" + VALUE_TEXT + ")";
    /** 苗　青: a two-character name set with a space between its characters, as credits align names of two and three (the metadata joins them). */
    private static final String PADDED_NAME = "\\p{IsHan} \\p{IsHan}(?=$|[\\s)、,])";
    /** 阿依努尔·托合提, 阿依努尔·托合提·买买提, 乌云•其其格: a minority's name is longer, its parts joined by a dot. */
    private static final String NAME = "(?:" + PADDED_NAME + "|\\p{IsHan}{1,8}(?:[·•・]\\p{IsHan}{1,8}){1,3}|[\\p{IsHan}·]{2,4})";
    /**
     * 本报通讯员, 本报特约通讯员, 实习生: a co-author's title between a byline's names, its outlet before it maybe; never a credit's
     * next label (校对, 审核), which ends the names.
     */
    private static final String NAME_OR_TITLE = "(?!(?:校对|审核|审校|终审)(?:\\s|:|$))(?:" + BylineParser.OWN_OUTLET + "?(?:特约|见习)?(?:通讯员|实习生)|" + NAME + ")";
    /**
     * 宋佳音　郝宏博, 贺　敏　刘宇轩, 曾　慧　　通讯员　钟明辉: the words of two to four characters a byline's line lists, by spaces; titles
     * among them (通讯员, 实习生) too, which {@link MetadataBuilder#names} drops.
     */
    private static final String NAMES_TEXT = NAME + "(?:[ 、]+" + NAME_OR_TITLE + ")*";
    static final String NAMES = "(" + NAMES_TEXT + ")";
    /** The names inside a credit's brackets, where a comma may part them too (（记者 张晓云，李春明）). */
    static final String BRACKETED_NAMES_TEXT = NAME + "(?:[ 、,]+" + NAME_OR_TITLE + ")*";
    static final String BRACKETED_NAMES = "(" + BRACKETED_NAMES_TEXT + ")";

    /** 来源, 稿源, 文章来源: what labels a piece's source (the entity stage reads a reporter's outlet after it too). */
    public static final String SOURCE_LABEL = "(?:(?:文章|稿件|新闻|信息|内容|消息)来源|来源|稿源|出处)";
    private static final String AGENCY_LABEL = "(?:发文机关|发布机构|发文单位|发布单位|发布部门|来源单位)";
    private static final String EDITOR_LABEL = "(?:责任编辑|值班编辑|网络编辑|编辑|责编)";
    private static final String AUTHOR_LABEL = "(?:作者|撰稿人|撰稿|撰文|文字|文)";
    private static final String PUBLISH_TIME_LABEL = "(?:发布|发表|发稿|更新|上传|录入)(?:日期|时间)";
    private static final String OTHER_TIME_LABEL = "(?:成文|印发|生效)日期";
    private static final String BARE_TIME_LABEL = "(?:日期|时间)";
    private static final String COUNTER_LABEL = "(?:浏览|阅读|点击|访问)(?:次数|量|数|人次)?";
    private static final String DISCLOSURE_LABEL = "(?:索引号|主题分类|发文字号|文号|有效性|公开方式|主题词|体裁分类|组配分类|服务对象|废止日期|"
            + "信息类别|公开范围|公开时限|所属机构|标题|文件名称|字号)";

    /** A source line's label and colon in the text as written (来源：, full-width colon and spaces too), before the outlet. */
    public static final String SOURCE_LINE_OPENING = "[\\s　]*" + SOURCE_LABEL + "[：:][\\s　]*";
    /** A reporter's rank written before 记者 (见习记者, 实习记者, 首席记者). */
    public static final String REPORTERS_RANK = "(?:特约|见习|实习|首席)";
    /**
     * 《云南日报》, 福州日报: a paper's name, in title marks or not, as its page line opens (《云南日报》2024年12月9日　第3版　本报记者…,
     * 福州日报　2024-04-22　记者　郑晓岚).
     */
    public static final String PAPERS_NAME = "(?:《\\p{IsHan}{2,12}报》|\\p{IsHan}{2,10}报)";
    /** 2024年12月9日 or 2024-04-22: the day a page line gives after the paper's name. */
    public static final String PAGE_DATE = "(?:19|20)\\d{2}(?:年\\d{1,2}月\\d{1,2}日|-\\d{1,2}-\\d{1,2})";
    /** 本报, 本台, 新华社: the word an outlet's staff title opens with, the publishing outlet's own or a news agency's. */
    public static final String OWN_OUTLET = "(?:本报|本台|本网|新华社|中新社)";
    /** 记者, 本报记者, 见习记者, 本报全媒体记者, 新华社记者: a reporter's title in a byline, the outlet's own or an agency's. */
    public static final String OWN_REPORTERS_TITLE = OWN_OUTLET + "?(?:全媒体)?" + REPORTERS_RANK + "?记者";
    /** The same, or with the paper's name (新疆日报记者, 重庆日报全媒体记者). */
    static final String REPORTERS_TITLE = "(?:" + OWN_OUTLET + "|" + PAPERS_NAME + ")?(?:全媒体)?" + REPORTERS_RANK + "?记者";
    /** 星期三: the weekday a page line may give after its date. */
    public static final String WEEKDAY = "星期[一二三四五六日天]";
    /** 第3版, 第03版, 第A2版, 第五版, A05版: the page a page line names (in full-width figures too, for callers that read unfolded text). */
    public static final String PAGE_NUMBER = "(?:第[A-ZＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}|[A-ZＡ-Ｚ][0-9０-９]{1,3})版";
    private static final Pattern SOURCE = Pattern.compile(LABEL_START + SOURCE_LABEL + "\\s*:\\s*" + VALUE);
    private static final Pattern AGENCY = Pattern.compile(LABEL_START + AGENCY_LABEL + "\\s*:\\s*" + VALUE);
    private static final Pattern EDITOR = Pattern.compile(LABEL_START + EDITOR_LABEL + "\\s*:\\s*(" + PADDED_NAME + "|" + VALUE_TEXT + ")");
    /** The next labelled field on a byline's line, after a space: 　发布时间：, 　编辑：. */
    private static final String NEXT_FIELD = "\\s+(?:" + String.join("|", SOURCE_LABEL, AGENCY_LABEL, EDITOR_LABEL, PUBLISH_TIME_LABEL, OTHER_TIME_LABEL,
            BARE_TIME_LABEL, COUNTER_LABEL) + ")\\s*:";
    /**
     * 作者：记者　雷　蕾　　通讯员　党晓宁, 作者：见习记者　雷　蕾: an author's label may name the author's title before the name, and the names
     * may run to the line's end, to the next field (作者：记者 冯雅楠 通讯员 孙宏博　　发布时间：…) or to a date (…　牛丽君　　2026年4月27日);
     * else the value is one word.
     */
    private static final Pattern AUTHOR = Pattern.compile(LABEL_START + AUTHOR_LABEL + "\\s*:\\s*(?:" + REPORTERS_TITLE + "\\s*|通讯员\\s*)?(" + NAMES_TEXT
            + "(?=\\s*$|" + NEXT_FIELD + "|\\s+" + PAGE_DATE + ")|" + PADDED_NAME + "|" + VALUE_TEXT + ")");
    private static final Pattern REPORTER = Pattern.compile(
            LABEL_START + REPORTERS_TITLE + "\\s*:?\\s*" + NAMES + "(?=$|[\\s,;)\\]]|报道|摄)");
    private static final Pattern PUBLISH_TIME = Pattern.compile(LABEL_START + PUBLISH_TIME_LABEL + "\\s*:");
    private static final Pattern OTHER_TIME = Pattern.compile(LABEL_START + "(?:" + OTHER_TIME_LABEL + "|" + BARE_TIME_LABEL + ")\\s*:");
    /** Disclosure tables name the document "标题"; a bare "名称:" is as often a company in a tender notice. */
    private static final Pattern TITLE = Pattern.compile("^(?:标题|文件名称)\\s*:\\s*(.+)$");

    /** Labels that make a line metadata when it starts with one. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:" + String.join("|", SOURCE_LABEL, AGENCY_LABEL, EDITOR_LABEL,
            AUTHOR_LABEL, PUBLISH_TIME_LABEL, OTHER_TIME_LABEL, COUNTER_LABEL, DISCLOSURE_LABEL) + ")\\s*:");
    /** "时间：…" opens a meeting notice's content as often as a header; only trusted before any paragraph. */
    private static final Pattern LEADING_BARE_TIME = Pattern.compile("^" + BARE_TIME_LABEL + "\\s*:");
    /**
     * 本报记者 张三, 新疆日报记者　阿依努尔·托合提, □南方日报记者　麦嘉琪 (a box the page sets before it), 本报记者　罗　娟　文/图
     * (words and pictures): a paper's reporter is set apart from the names (not 经济日报记者走基层, a column's heading).
     */
    private static final Pattern LEADING_REPORTER = Pattern.compile("^[□■]?\\s*(?:" + OWN_REPORTERS_TITLE + "\\s*:?\\s*|" + PAPERS_NAME + "(?:全媒体)?" + REPORTERS_RANK
            + "?记者(?:\\s*:\\s*|\\s+))" + NAMES + "\\s*(?:报道|摄|文/图|图/文)?$");
    /**
     * 吉林日报　2026年11月6日　第03版, 重庆日报　2026年3月23日　第005版：区县, 邵阳日报　2026年2月25日　星期三　第2版　要闻,
     * 海南日报　2026年8月21日　A04版　自贸港·园区: a paper's page line, its name and day, maybe its weekday, page and column.
     */
    private static final Pattern PAGE_LINE = Pattern.compile("^(" + PAPERS_NAME + ")\\s*(" + PAGE_DATE + ")\\s*(?:" + WEEKDAY + "\\s*)?"
            + "(?:" + PAGE_NUMBER + "(?:(?:\\s*:\\s*|\\s+)[\\p{IsHan}·]{1,8})?)?$");
    /** An unlabelled outlet after a leading date: "2024年09月30日 08:15 新京报". */
    private static final Pattern OUTLET = Pattern.compile(
            "^[\\p{IsHan}A-Za-z·-]{1,15}(?:报|网|社|台|新闻|日报|晚报|客户端|杂志|周刊|在线|频道|资讯)$");
    /** A wire service's dateline on a line of its own: 新华社北京2024年8月2日电. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{IsHan}]{2,12}?([12][0-9]{3}年[0-9]{1,2}月[0-9]{1,2}日)电$");
    /** An outlet or an issuing body by its last word, never a label (发布时间, 施行日期) or a headline (…会议). */
    private static final String ISSUER = "[\\p{IsHan}A-Za-z·()]{1,28}"
            + "(?:报|网|社|台|新闻|客户端|杂志|周刊|频道|管委会|委员会|人民政府|政府|办公室|办公厅|局|厅|委|部|署|海关|中心|队)";
    /** One issuer or several, joint (宁波市统计局 国家统计局宁波调查队), then the date. */
    private static final Pattern ISSUER_THEN_DATE = Pattern.compile("^(" + ISSUER + "(?:\\s+" + ISSUER + ")*)\\s+(\\S.{5,30})$");
    /** The provinces and regions a social-media post's header gives as where it was posted from (its IP location). */
    private static final String POSTED_FROM = "(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
            + "四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)";
    /**
     * A public account's post header: its name, the day and the minute it was posted, and where from (海口空港综保区　2026-01-14
     * 18:02 海南, 武汉经开区发布　2025年12月12日 09:18 湖北, 上海奉贤　2026-03-27 11:42　发表于上海), maybe marked as its own (原创). The
     * account may be named anything, so the minute must be there. The post's author may stand before the account's name (原创
     * 察哈尔经开区　察哈尔经济技术开发区　2026年09月03日 18:30　内蒙古); the account is then the second name.
     */
    private static final Pattern ACCOUNT_THEN_DATE = Pattern.compile("^(?:原创\\s+)?([\\p{IsHan}A-Za-z0-9·]{2,24})(?:\\s+([\\p{IsHan}A-Za-z·][\\p{IsHan}A-Za-z0-9·]{1,23}))?"
            + "\\s+(\\S.{5,30}?\\d{1,2}:\\d{2})(?:\\s+(?:发表于|发布于)?" + POSTED_FROM + ")?$");
    private static final Pattern TIME_LABEL_WORD = Pattern.compile(BARE_TIME_LABEL + "$");
    private static final Pattern WEEKDAY_OR_SEPARATORS = Pattern.compile("^(?:(?:星期|周|礼拜)[一二三四五六日天].*|[|/·\\s-]*)$");
    /** A single 来源/编辑/作者 label is enough on a line this short: "【我要纠错】 责任编辑：王子锋". */
    private static final int SHORT_CREDIT_LINE = 40;
    private static final List<Pattern> CREDIT_LABELS = List.of(SOURCE, EDITOR, AUTHOR);
    private static final int MAX_CHROME_PREFIX = 12;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。!?;,、%]");
    private static final List<Pattern> COUNTED_LABELS = List.of(SOURCE, AGENCY, EDITOR, AUTHOR, PUBLISH_TIME,
            Pattern.compile(LABEL_START + OTHER_TIME_LABEL + "\\s*:"), Pattern.compile(LABEL_START + COUNTER_LABEL + "\\s*:"));

    private BylineParser() {
    }

    /** 编辑丨陈　曦, 文字 | 张琳: a bar right after a credit's label stands for its colon (the line keeps its length: values are cut from the original). */
    private static String withBarsAsColons(String folded) {
        return CREDIT_BAR.matcher(folded).replaceAll("$1$2:");
    }

    private static final Pattern CREDIT_BAR = Pattern.compile("(" + LABEL_START + "(?:" + String.join("|", SOURCE_LABEL, EDITOR_LABEL, AUTHOR_LABEL,
            "图片|摄影|审核|初审|复审|终审|校对|监制") + "))(\\s?)[丨|]");

    /**
     * Reads a line as metadata.
     *
     * @param atTop true while no body paragraph has been seen; bare dates and "时间:" lines only count there
     * @return the metadata, or empty when the line is not a metadata line
     */
    static Optional<Byline> parse(String line, boolean atTop) {
        String original = unwrapBrackets(TextLines.clean(line));
        if (original.isEmpty() || original.length() > MAX_BYLINE) {
            return Optional.empty();
        }
        String folded = withBarsAsColons(TextLines.fold(original));
        int labels = 0;
        for (Pattern label : COUNTED_LABELS) {
            if (label.matcher(folded).find()) {
                labels++;
            }
        }
        boolean hasDate = PublicationTimeParser.containsDate(folded);
        boolean metadata = LEADING_LABEL.matcher(folded).lookingAt()
                || LEADING_REPORTER.matcher(folded).matches()
                || labels >= 2
                || labels == 1 && hasDate && folded.length() <= 80
                || labels == 1 && folded.length() <= SHORT_CREDIT_LINE && hasCreditAfterChrome(folded)
                || atTop && (LEADING_BARE_TIME.matcher(folded).lookingAt() || PublicationTimeParser.isOnlyDate(folded));
        if (metadata) {
            return Optional.of(read(original, folded));
        }
        // A page line may stand under a headline's subheads, which the body's paragraphs already hold.
        Matcher page = PAGE_LINE.matcher(folded);
        if (page.matches()) {
            return Optional.of(new Byline(sourceName(original.substring(page.start(1), page.end(1))), null,
                    PublicationTimeParser.find(page.group(2)).orElse(null), MetadataBuilder.TIME_FROM_TEXT, null, null, null));
        }
        return atTop ? datedHeader(original, folded) : Optional.empty();
    }

    /**
     * A 来源/编辑/作者 label preceded only by a few characters of chrome ("【我要纠错】 责任编辑：X"), never by a sentence:
     * "…增长20%。（来源：天津日报）" is a paragraph with a closing source note.
     */
    private static boolean hasCreditAfterChrome(String folded) {
        for (Pattern label : CREDIT_LABELS) {
            Matcher matcher = label.matcher(folded);
            if (matcher.find()) {
                String prefix = folded.substring(0, matcher.start());
                return prefix.length() <= MAX_CHROME_PREFIX && !SENTENCE_PUNCTUATION.matcher(prefix).find();
            }
        }
        return false;
    }

    /**
     * A header line that opens with the date, optionally followed by the outlet: "2024年09月30日 08:15 新京报"; or the
     * outlet or issuing body (by its last word), a space, and the date alone: "合肥经济技术开发区管委会  2024-03-06".
     */
    private static Optional<Byline> datedHeader(String original, String folded) {
        int dateEnd = PublicationTimeParser.leadingDateEnd(folded);
        Matcher dateline = DATELINE.matcher(folded);
        if (dateEnd < 0 && dateline.matches()) {
            OffsetDateTime time = PublicationTimeParser.find(dateline.group(1)).orElse(null);
            return time == null ? Optional.empty() : Optional.of(new Byline(null, null, time, MetadataBuilder.TIME_FROM_TEXT, null, null, null));
        }
        if (dateEnd < 0) {
            Matcher issuer = ISSUER_THEN_DATE.matcher(folded);
            boolean account = false;
            int dateGroup = 2;
            if (!issuer.matches() || !PublicationTimeParser.isOnlyDate(issuer.group(2))) {
                issuer = ACCOUNT_THEN_DATE.matcher(folded);
                account = true;
                dateGroup = 3;
                // 发布时间 2025-01-14 18:02: a time's label without its colon is no account.
                if (issuer.matches() && (TIME_LABEL_WORD.matcher(issuer.group(1)).find() || issuer.group(2) != null && TIME_LABEL_WORD.matcher(issuer.group(2)).find())) {
                    return Optional.empty();
                }
            }
            if (!issuer.matches() || !PublicationTimeParser.isOnlyDate(issuer.group(dateGroup))) {
                return Optional.empty();
            }
            OffsetDateTime time = PublicationTimeParser.find(issuer.group(dateGroup)).orElse(null);
            int named = account && issuer.group(2) != null ? 2 : 1;
            String issuers = original.substring(issuer.start(named), issuer.end(named));
            String first = issuers.split("\\s+")[0];
            // A public account's name gives way to a 来源 line naming the outlet the post is from.
            return Optional.of(account ? new Byline(null, first, time, MetadataBuilder.TIME_FROM_TEXT, null, null, null)
                    : new Byline(first, null, time, MetadataBuilder.TIME_FROM_TEXT, null, null, null));
        }
        String rest = original.substring(dateEnd).strip();
        String outlet = null;
        if (OUTLET.matcher(TextLines.fold(rest)).matches()) {
            outlet = rest;
        } else if (!rest.isEmpty() && !WEEKDAY_OR_SEPARATORS.matcher(rest).matches()) {
            return Optional.empty();
        }
        OffsetDateTime time = PublicationTimeParser.find(folded).orElse(null);
        return Optional.of(new Byline(outlet, null, time, MetadataBuilder.TIME_FROM_TEXT, null, null, null));
    }

    private static Byline read(String original, String folded) {
        String source = sourceName(value(SOURCE, original, folded));
        String agency = sourceName(value(AGENCY, original, folded));
        String editor = value(EDITOR, original, folded);
        String author = value(AUTHOR, original, folded);
        if (author == null) {
            author = value(REPORTER, original, folded);
        }
        String title = value(TITLE, original, folded);

        OffsetDateTime time = null;
        int priority = MetadataBuilder.TIME_FROM_TEXT;
        Matcher publish = PUBLISH_TIME.matcher(folded);
        Matcher other = OTHER_TIME.matcher(folded);
        if (publish.find()) {
            time = PublicationTimeParser.find(folded.substring(publish.end())).orElse(null);
            priority = MetadataBuilder.TIME_LABELLED_PUBLICATION;
        } else if (other.find()) {
            time = PublicationTimeParser.find(folded.substring(other.end())).orElse(null);
        }
        if (time == null && title == null) {
            time = PublicationTimeParser.find(folded).orElse(null);
        }
        return new Byline(source, agency, time, priority, author, editor, title);
    }

    private static String value(Pattern pattern, String original, String folded) {
        Matcher matcher = pattern.matcher(folded);
        if (!matcher.find()) {
            return null;
        }
        String value = original.substring(matcher.start(1), matcher.end(1)).strip();
        return value.isEmpty() ? null : value;
    }

    /** Drops wrappers like 《》 and rejects values that are URLs or dates rather than names. */
    private static String sourceName(String value) {
        if (value == null) {
            return null;
        }
        String name = value.replaceAll("^[《“\"']+|[》”\"']+$", "").strip();
        if (name.isEmpty() || name.matches("(?i)(?:https?|www).*") || PublicationTimeParser.containsDate(name)) {
            return null;
        }
        return name;
    }

    /** "（文章来源：滨城时报）" and "【编辑：张三】" are read without their brackets. */
    static String unwrapBrackets(String line) {
        String folded = TextLines.fold(line);
        if (folded.length() >= 2) {
            char first = folded.charAt(0);
            char last = folded.charAt(folded.length() - 1);
            if ((first == '(' && last == ')') || (first == '[' && last == ']')) {
                String inner = line.substring(1, line.length() - 1);
                // "(一) … (二)" is not one bracketed span
                if (inner.indexOf(first == '(' ? '(' : '[') < 0 && TextLines.fold(inner).indexOf(first == '(' ? '(' : '[') < 0) {
                    return inner.strip();
                }
            }
        }
        return line;
    }
}
