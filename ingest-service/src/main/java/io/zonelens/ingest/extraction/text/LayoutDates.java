package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.extraction.number.NumberParser;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an official text carries in its layout, for when nothing labels a publication time: the closing date under
 * the issuing body (落款: 天津市人民政府 / 2025年3月12日, also 二〇二五年三月十二日), a speech's dateline right under its title
 * (——2025年1月20日在云南省第十四届人民代表大会第四次会议上), the note of adoption under a resolution's, a list's or a
 * communiqué's title (（2025年3月27日湖南省第十四届人民代表大会常务委员会第十五次会议通过）), or a date alone among the
 * first lines (a bulletin's 嘉兴市统计局 / 2025年3月20日) or opening one (a paper's page line, a transcript's date and place,
 * the event's date under a record's title), or a body's name and date on one of them (minutes' 重庆市商务委员会办公室　2025年9月19日);
 * else the first signature anywhere (a notice's before the plan it issues, a decision's before its lists, a judgment's above
 * its clerks), but not a quoted text's inside a story.
 */
public final class LayoutDates {

    private static final int OPENING_LINES = 3;
    /** 2025年3月12日, as the layouts write it (numerals made Arabic first). */
    private static final String DATE = "(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日";
    private static final int CLOSING_LINES = 2;
    private static final Pattern DATELINE = Pattern.compile("^[—－-]{1,2}\\s*(" + DATE + ")");
    /**
     * The last date before the verb of adoption ending the note (the greedy run before the date leaves it the last one): a
     * city's regulation is in force once the province approved it (…通过　…批准).
     */
    private static final Pattern ADOPTION = Pattern.compile("^[（(][^（）()]*(" + DATE + ")[^（）()]*(?:通过|批准|公布|发布)[）)]$");
    /**
     * A date opening one of the first lines, maybe after the paper's name, then a page's number, a weekday, the reporters or a
     * place alone: a paper's page line (《云南日报》2024年12月9日　第3版　本报记者…, 福州日报　2024-04-22　记者…) or a transcript's date and place
     * (2026年3月24日　北京); not an event's time (2026年3月30日　上午10时).
     */
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:" + BylineParser.PAPERS_NAME + ")?[\\s　]*(" + BylineParser.PAGE_DATE + ")"
            + "[\\s　]+(?:" + BylineParser.PAGE_NUMBER + "|" + BylineParser.WEEKDAY + "|" + BylineParser.REPORTERS_RANK + "?记者|\\p{IsHan}{2,4}[\\s　]*$)");
    /**
     * A record of what was said (新闻发布会文字实录), or the script of a speech or a host's words (…颁奖典礼主持词, …上的讲话): it is
     * of the day the event it records was held.
     */
    private static final Pattern RECORD_TITLE = Pattern.compile("实录$|主持词$|讲话$|致辞$|讲话稿$");
    /**
     * A date opening a line before a weekday in brackets, a time, spaces or the line's end (a record's 2024年3月26日（星期二）
     * 上午10:00　地点：…, a script's （2026年2月27日　经开区会展中心多功能厅）); not before a comma (2013年9月29日，…挂牌成立: a record's story of that day).
     */
    private static final Pattern DATE_OPENING = Pattern.compile("^[（(]?(" + DATE + ")(?=[（(\\s　]|[上下]午|$)");
    /**
     * 重庆市商务委员会办公室　　2025年9月19日: the issuing body and its date on one line, at the head of minutes or a bulletin or
     * closing a text (陵水黎族自治县融媒体中心　2026年3月12日).
     */
    private static final Pattern ISSUER_AND_DATE = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}（）()]{1,40}?)[\\s　]+(" + DATE + ")$");
    /** 山东省人民政府办公厅, 人民陪审员袁国栋: the line a signing date stands under, the issuer or the last judge (spaces taken out). */
    private static final Pattern SIGNATORY = Pattern.compile("^(?:\\p{IsHan}[\\p{IsHan}（）()]{1,40}(?:政府|办公厅|办公室|委员会|管委会|工委|党委|指挥部|领导小组|工作组|局|厅|委|部|署|院|海关|支队|大队|总队|公司|集团|中心|协会|商会|分行|大学|学院)"
            + "|(?:审判长|审判员|代理审判员|人民陪审员)\\p{IsHan}{2,4})$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]$");
    /** 抄送：…。: the bodies a notice's copies go to, after its signature. */
    private static final Pattern COPIES_LINE = Pattern.compile("(?:抄送|抄报|分送)[：:]");
    private static final Pattern CONTACT_LINE = Pattern.compile("(?:联系人|联系电话|联系方式|电话|传真|邮箱|电子邮箱|地址|通讯地址|邮编)[：:]");
    /** 〔2019〕3号, 〔2026〕第12号: a paper's number's year and serial, after its issuer's abbreviation (靖开管发). */
    public static final String PAPERS_YEAR_AND_SERIAL = "[〔\\[［【(（](?:19|20)\\d{2}[〕\\]］】)）]第?\\d{1,5}号";
    /** 附件：…, 附件1：…, 附件一：…: the line naming a notice's attachments, before its signature. */
    private static final Pattern ATTACHMENTS_LINE = Pattern.compile("附件[0-9０-９一二三四五六七八九十]{0,2}[：:]");
    /** 2．个人名单: an attachment listed on a line of its own under the first. */
    private static final Pattern NUMBERED_ATTACHMENT = Pattern.compile("[0-9０-９]{1,2}[.．、]");
    private static final int MAX_ATTACHMENTS = 9;
    private static final Pattern CHINESE_DATE = Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private LayoutDates() {
    }

    /** A line that is a date and nothing else (2025年3月20日, （2024年10月15日）, 二〇二五年三月十二日): it dates its text, says nothing in it. */
    public static boolean dateLine(String line) {
        return dateAlone(line).isPresent();
    }

    /** The date of the text's layout; {@code title} (or null) tells a record, dated by the event's day under it. */
    static Optional<OffsetDateTime> find(List<String> paragraphs, String title) {
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - CLOSING_LINES); i--) {
            String line = paragraphs.get(i);
            Optional<OffsetDateTime> closing = dateAlone(line).or(() -> signedOnItsLine(line));
            if (closing.isPresent()) {
                return closing;
            }
        }
        boolean record = title != null && RECORD_TITLE.matcher(title.strip()).find();
        for (String line : paragraphs.subList(0, Math.min(OPENING_LINES, paragraphs.size()))) {
            Matcher opening = DATE_OPENING.matcher(withArabicDate(line.strip()));
            if (record && opening.find()) {
                return PublicationTimeParser.find(opening.group(1));
            }
            Matcher dateline = DATELINE.matcher(line.strip());
            Matcher adoption = ADOPTION.matcher(withArabicDate(line.strip()));
            Matcher leading = LEADING_DATE.matcher(withArabicDate(line.strip()));
            Optional<OffsetDateTime> date = dateline.find() ? PublicationTimeParser.find(dateline.group(1))
                    : adoption.find() ? PublicationTimeParser.find(adoption.group(1))
                    : leading.find() ? PublicationTimeParser.find(leading.group(1)) : dateAlone(line);
            if (date.isEmpty()) {
                date = signedOnItsLine(line);
            }
            if (date.isPresent()) {
                return date;
            }
        }
        return signed(paragraphs);
    }

    /**
     * ——2024年1月16日在宁安市第十八届人民代表大会第三次会议上 / 宁安市人民政府市长　韩立新: the speaker a speech's dateline names on
     * the line under it, by office and name; the speech is theirs.
     */
    static Optional<String> speaker(List<String> paragraphs) {
        for (int i = 0; i + 1 < Math.min(OPENING_LINES + 1, paragraphs.size()); i++) {
            if (DATELINE.matcher(paragraphs.get(i).strip()).find()) {
                Matcher speaker = SPEAKER.matcher(paragraphs.get(i + 1).strip());
                return speaker.matches() ? Optional.of(speaker.group(1).replaceAll("[\\s　]", "")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** 宁安市人民政府市长　韩立新, 宽甸满族自治县财政局局长　宋　涛: an office ending in a head's word, a gap, a name. */
    private static final Pattern SPEAKER = Pattern.compile("\\p{IsHan}{2,30}?(?:长|书记|主任|主席)[\\s　]+(\\p{IsHan}{2,4}|\\p{IsHan}[\\s　]\\p{IsHan}|\\p{IsHan}{2,8}·\\p{IsHan}{2,8})");

    /** 陵水黎族自治县融媒体中心　2026年3月12日: an issuer and its date on one line. */
    private static Optional<OffsetDateTime> signedOnItsLine(String line) {
        Matcher issuer = ISSUER_AND_DATE.matcher(withArabicDate(line.strip()));
        return issuer.find() && SIGNATORY.matcher(issuer.group(1)).matches() ? PublicationTimeParser.find(issuer.group(2)) : Optional.empty();
    }

    /**
     * The first date alone under its issuer or its last judge (the 落款 of a notice before the plan it issues, or of a
     * decision before its lists; a judgment's date above its clerks).
     */
    private static Optional<OffsetDateTime> signed(List<String> paragraphs) {
        // 漯河经济技术开发区管理委员会办公室 / 关于印发…的通知 / … / 现印发给你们，请认真组织实施。 / 2026年5月28日: a paper its issuer
        // heads may leave its signature out, the date alone right under its last sentence.
        boolean issuerHeadsIt = !paragraphs.isEmpty() && signatory(paragraphs.get(0));
        for (int i = 1; i < paragraphs.size(); i++) {
            Optional<OffsetDateTime> date = dateAlone(paragraphs.get(i));
            // Not a text a story quotes (…国务院 / 1992年11月19日 / 三十年来，…。): a signature closes the notice's last
            // sentence, or the bench's names, and what follows it, if anything, is a title, a label or a clerk's line.
            boolean closing = i + 1 == paragraphs.size() || !SENTENCE_END.matcher(paragraphs.get(i + 1).strip()).find()
                    || COPIES_LINE.matcher(paragraphs.get(i + 1).strip()).lookingAt();
            // The notice's contact lines may stand between its last sentence and its signature (联系人：…　联系电话：…).
            // So may the line naming its attachments (附件：2025年度纳税信用A级纳税人名单).
            boolean afterTheText = i < 2 || SENTENCE_END.matcher(paragraphs.get(i - 2).strip()).find() || signatory(paragraphs.get(i - 2))
                    || CONTACT_LINE.matcher(paragraphs.get(i - 2).strip()).lookingAt() || namesTheAttachments(paragraphs, i - 2);
            boolean underTheLastSentence = issuerHeadsIt && i >= 2 && SENTENCE_END.matcher(paragraphs.get(i - 1).strip()).find();
            if (date.isPresent() && closing && (afterTheText && signatory(paragraphs.get(i - 1)) || underTheLastSentence)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Paragraph {@code last} ends the lines naming the attachments: 附件：1．… / 2．… . */
    private static boolean namesTheAttachments(List<String> paragraphs, int last) {
        for (int j = last; j >= 0 && j > last - MAX_ATTACHMENTS; j--) {
            String line = paragraphs.get(j).strip();
            if (ATTACHMENTS_LINE.matcher(line).lookingAt()) {
                return true;
            }
            if (!NUMBERED_ATTACHMENT.matcher(line).lookingAt()) {
                return false;
            }
        }
        return false;
    }

    /** A body's (or bodies') name alone on the line, spaces aside, or the last judge's: the shape of a signature. */
    static boolean signatory(String line) {
        return SIGNATORY.matcher(line.replaceAll("[\\s　]", "")).matches();
    }

    /** The date a line holds when it holds nothing else. */
    private static Optional<OffsetDateTime> dateAlone(String line) {
        String arabic = withArabicDate(line);
        return PublicationTimeParser.isOnlyDate(arabic) ? PublicationTimeParser.find(arabic) : Optional.empty();
    }

    /** 二〇二五年三月十二日 → 2025年3月12日, every such date of the line; other text unchanged. */
    static String withArabicDate(String line) {
        Matcher date = CHINESE_DATE.matcher(line);
        StringBuilder arabic = new StringBuilder();
        while (date.find()) {
            date.appendReplacement(arabic, arabic(date.group(1)) + "年" + arabic(date.group(2)) + "月" + arabic(date.group(3)) + "日");
        }
        return date.appendTail(arabic).toString();
    }

    private static String arabic(String numeral) {
        return NumberParser.chineseValue(numeral, 0, numeral.length()).toPlainString();
    }
}
