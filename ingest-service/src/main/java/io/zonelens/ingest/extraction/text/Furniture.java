package io.zonelens.ingest.extraction.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for page furniture: the navigation, toolbars, captions and site footers that surround the text of a
 * news or government page. Rules describe families of furniture (all breadcrumbs, all ICP licence lines), never
 * one site. Every pattern runs on {@link TextLines#fold folded} lines, so half- and full-width punctuation match alike.
 */
final class Furniture {

    /** Furniture lines are short; a long line that mentions a furniture word is content. */
    private static final int SHORT_LINE = 40;

    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[\\[(]?\\s*(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|你当前的位置|当前所在位置|您所在的位置|所在位置|现在位置|当前栏目)\\s*[:>]");
    /** "首页 > 政务公开 > 最新文件" without a label. */
    private static final Pattern BREADCRUMB_PATH = Pattern.compile(
            "^(?:首页|主页|网站首页|home)\\s*(?:>>?|»|›|→|/|-)\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT_SIZE = Pattern.compile(
            "^[\\[(]?\\s*(?:字号|字体|字体大小|文字大小|选择字号)\\s*(?::|$|\\s*[\\[(]?\\s*[大中小])");
    private static final Pattern BIG_MIDDLE_SMALL = Pattern.compile("^(?:[\\[(]?\\s*[大中小]\\s*[\\])]?\\s*){3}$");
    /** Words that only appear on short lines as toolbar furniture. */
    private static final Pattern TOOLBAR_WORDS = Pattern.compile(
            "扫一扫|(?:扫描|扫码).{0,10}(?:二维码|手机|打开|关注|阅读|分享|本页|当前页)|二维码.{0,6}(?:分享|关注|打开)|"
                    + "分享到|分享至|打印本页|打印此页|打印页面|打印文章|打印正文|关闭窗口|关闭本页|关闭页面|"
                    + "在手机(?:上)?打开|手机扫描|加入收藏|收藏本页|返回顶部|我要纠错|复制链接|"
                    + "关注.{0,8}(?:公众号|微信号|官方微博|客户端|视频号)|分享让更多人看到|阅读原文|长按.{0,6}(?:识别|关注|二维码)|点个?在看|欢迎(?:转发|分享)|"
                    + "\\[打印]|\\[关闭]|\\[收藏]|\\[分享]|\\[返回]|\\[纠错]|\\(打印\\)|\\(关闭\\)");
    /** Tokens that make up a toolbar line when nothing else is on it, e.g. "【打印】【关闭】". */
    private static final Pattern TOOLBAR_TOKEN = Pattern.compile(
            "打印|关闭|收藏|分享|保存|纠错|微信|微博|QQ空间|QQ|复制链接|返回顶部|顶部|设为首页|网站地图|无障碍|长者模式|关怀版|"
                    + "繁體|繁体|简体|English|登录|注册|朗读|放大|缩小|默认|字号|字体|大|中|小|[\\[\\]()<>:|/·•、,\\s-]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MULTI_CHAR_TOOLBAR_TOKEN = Pattern.compile(
            "打印|关闭|收藏|分享|纠错|微信|微博|QQ|复制链接|返回顶部|设为首页|网站地图|无障碍|长者模式|关怀版|繁體|繁体|简体|登录|注册|朗读|字号|字体");
    private static final Pattern BULLETS_ONLY = Pattern.compile("^[•·●○■□◆◇▪▶►>*|\\-_=~.。、\\s]+$");
    private static final Pattern RETURN_NAV = Pattern.compile(
            "^[\\[(]?\\s*返回(?:[^|。,;]{0,14}(?:首页|顶部|列表|目录|上页|上一页|上一级|栏目|频道|新闻|主页|专题|页面|原文|正文))?\\s*[\\])]?"
                    + "(?:\\s*\\|\\s*[\\[(]?\\s*返回.*)?$");
    /** A line made only of markdown links, e.g. "[返回新闻](//x)｜[返回首页](//y)". */
    private static final Pattern MARKDOWN_LINKS_ONLY = Pattern.compile(
            "^(?:\\s*!?\\[[^\\]]*]\\([^)]*\\)\\s*[|/·>»\\-]*\\s*)+$");
    private static final Pattern MARKDOWN_IMAGE_ONLY = Pattern.compile("^!\\[[^\\]]*]\\([^)]*\\)$");
    private static final Pattern PREVIOUS_NEXT = Pattern.compile("^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\\s*(?::|$)");
    private static final Pattern COUNTER = Pattern.compile("^(?:浏览|阅读|点击|访问)(?:次数|量|数|人次|率)?\\s*:\\s*\\d*");
    /** A markdown autolink line, {@code <http://host/share.html>}: the share link of the page. */
    private static final Pattern SHARE_URL_LINE = Pattern.compile("^<\\s*((?:https?:)?//[^\\s<>]+)\\s*>$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL_LINE = Pattern.compile("^(?:https?:)?//[^\\s<>]+$|^www\\.[^\\s<>]+$", Pattern.CASE_INSENSITIVE);
    /** Picture ids and upload file names left behind where an image was. */
    private static final Pattern PICTURE_ID = Pattern.compile("^\\d{10,}$");
    private static final Pattern IMAGE_FILE = Pattern.compile("^[\\w.\\-]+\\.(?:jpe?g|png|gif|webp|bmp|svg)$", Pattern.CASE_INSENSITIVE);
    /** "(图片为资料图)", "【资料图】", "(图片来源：网络)". */
    private static final Pattern BRACKETED_CAPTION = Pattern.compile(
            "^[\\[(]\\s*(?:(?:图片|图|照片|资料图|配图|题图|视频)[^\\])]{0,40}"
                    + "|[^\\])]{0,30}(?:资料图|资料图片|图片来源|来源于网络|网络图片|图片由|摄影)[^\\])]{0,30})[\\])]$");
    private static final Pattern IMAGE_SOURCE = Pattern.compile("^(?:图片来源|图片来自|图片提供|摄影|供图|题图)\\s*[:/]");
    /** Staff credit lines: 责任编辑, 审核, 校对 ... */
    private static final Pattern STAFF_LINE = Pattern.compile(
            "^[\\[(]?\\s*(?:责任编辑|值班编辑|网络编辑|编辑|责编|审核|审校|校对|初审|复审|终审|编审|监制|制作|统筹)\\s*:");
    /** Headings that start the "related articles" tail of a page. */
    private static final Pattern TAIL_HEADING = Pattern.compile(
            "^[\\[(]?\\s*(?:相关阅读|相关新闻|相关文章|相关推荐|相关报道|推荐阅读|热点推荐|热门推荐|热门文章|热点新闻|猜你喜欢|"
                    + "网友评论|发表评论|我要评论|精彩推荐|更多新闻|更多阅读)\\s*[\\])]?\\s*:?$");

    /** Markers that only site footers carry. */
    private static final List<Pattern> STRONG_FOOTER = List.of(
            Pattern.compile("版权所有|版权归.{0,12}所有|all rights reserved|copyright|©|\\(c\\)\\s*(?:19|20)\\d{2}", Pattern.CASE_INSENSITIVE),
            Pattern.compile("icp\\s*(?:备|证|:)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("公网安备|网安备"),
            Pattern.compile("网站标识码|网站识别码"),
            Pattern.compile("(?:推荐|建议|最佳)(?:使用|采用|用)?.{0,30}浏览器|分辨率\\s*\\d|浏览器.{0,10}(?:浏览|访问)"),
            Pattern.compile("未经.{0,20}(?:授权|许可|同意).{0,12}(?:禁止|不得|严禁)"),
            Pattern.compile("(?:新闻信息服务|网络文化经营|视听节目|出版服务|电信业务经营|网络出版)许可证"),
            Pattern.compile("违法和不良信息举报|不良信息举报中心|举报入口"),
            Pattern.compile("(?:^|[\\s|])(?:(?:主办|承办|协办)(?:单位)?|(?:主管|运维|维护)单位)\\s*:"),
            Pattern.compile("政府网站找错|网站纠错"),
            // "某某办公厅主办 某某中心承办" without colons
            Pattern.compile("(?:^|\\s)[^\\s,.。由]{2,30}(?:主办|承办)(?=\\s|$)"),
            // reprint disclaimers: "本文系转载…不代表本网观点", "如有侵权请联系删除"
            Pattern.compile("(?:声明|免责)\\s*:.{0,80}(?:转载|观点|版权|侵权)|转载.{0,30}(?:不代表|出于传递)|如有侵权.{0,10}(?:联系|删除)|不代表本(?:网|站|平台|号)(?:的)?(?:观点|立场)"));
    /** Markers that footers carry but content can too (contact details, site links). */
    private static final List<Pattern> WEAK_FOOTER = List.of(
            Pattern.compile("举报电话|举报邮箱|举报热线"),
            Pattern.compile("(?:邮箱|e-?mail|电子邮件)\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:电话|传真|热线)\\s*:"),
            Pattern.compile("(?:地址|邮编|邮政编码)\\s*:"),
            Pattern.compile("技术支持"),
            Pattern.compile("网站地图|联系我们|关于我们|免责声明|隐私政策|设为首页|加入收藏|使用帮助"),
            Pattern.compile("许可证"));
    /** Four single characters in a row separated by spaces: a letter-spaced line such as "人 民 网 版 权 所 有". */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?:(?<![\\p{IsHan}])[\\p{IsHan}] ){4,}");
    private static final Pattern SPACED_HAN = Pattern.compile("(?<=[\\p{IsHan},]) (?=[\\p{IsHan},])");
    private static final Pattern SITE_LINKS = Pattern.compile("网站地图|联系我们|关于我们|免责声明|隐私政策|设为首页|加入收藏|使用帮助|技术支持");
    /** Footer lines are at most this long; a long paragraph that mentions "版权所有" is content. */
    private static final int MAX_FOOTER_LINE = 200;
    /** After a footer begins, only stray short lines (logos' alt text, counters) may follow. */
    private static final int MAX_STRAY_LINE = 60;
    private static final int MAX_STRAY_TOTAL = 200;
    private static final int MAX_RELATED_TITLE = 80;

    private Furniture() {
    }

    /** The form rules match on: folded, cleaned, and with letter-spaced Han ("版 权 所 有") closed up. */
    static String forRules(String line) {
        String folded = TextLines.fold(TextLines.clean(line));
        return LETTER_SPACED.matcher(folded).find() ? SPACED_HAN.matcher(folded).replaceAll("") : folded;
    }

    /** True for any single line that is furniture wherever it appears. */
    static boolean isFurniture(String line) {
        String folded = forRules(line);
        if (folded.isEmpty()) {
            return true;
        }
        return isBreadcrumb(folded)
                || FONT_SIZE.matcher(folded).find() && folded.length() <= SHORT_LINE
                || BIG_MIDDLE_SMALL.matcher(folded).matches()
                || isToolbar(folded)
                || BULLETS_ONLY.matcher(folded).matches()
                || RETURN_NAV.matcher(folded).matches() && folded.length() <= SHORT_LINE
                || MARKDOWN_LINKS_ONLY.matcher(folded).matches()
                || MARKDOWN_IMAGE_ONLY.matcher(folded).matches()
                || PREVIOUS_NEXT.matcher(folded).find()
                || COUNTER.matcher(folded).find() && folded.length() <= SHORT_LINE
                || SHARE_URL_LINE.matcher(folded).matches()
                || PICTURE_ID.matcher(folded).matches()
                || IMAGE_FILE.matcher(folded).matches()
                || BRACKETED_CAPTION.matcher(folded).matches()
                || IMAGE_SOURCE.matcher(folded).find() && folded.length() <= SHORT_LINE
                || STAFF_LINE.matcher(folded).find() && folded.length() <= 60
                || isStandaloneFooterLine(folded);
    }

    static boolean isBreadcrumb(String line) {
        String folded = forRules(line);
        return (BREADCRUMB.matcher(folded).find() || BREADCRUMB_PATH.matcher(folded).matches()) && folded.length() <= 120;
    }

    /** A short row of site links such as "首页 | 政务公开 | 新闻中心 | 互动交流". */
    static boolean isNavigationList(String line) {
        String folded = TextLines.fold(TextLines.clean(line));
        if (folded.length() > 120) {
            return false;
        }
        boolean separated = folded.matches(".*[|/·•].*");
        String[] items = separated ? folded.split("\\s*[|/·•]\\s*") : folded.split("\\s+");
        if (items.length < (separated ? 3 : 4)) {
            return false;
        }
        for (String item : items) {
            if (item.length() > 8 || PublicationTimeParser.containsDate(item)) {
                return false;
            }
        }
        return true;
    }

    /** The URL of a share line like {@code <http://host/x.html>}. */
    static Optional<String> shareUrl(String line) {
        Matcher matcher = SHARE_URL_LINE.matcher(TextLines.clean(line));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String url = matcher.group(1);
        return Optional.of(url.startsWith("//") ? "http:" + url : url);
    }

    /** A line that is nothing but a URL; chrome at the edges of a page, content (a link to an attachment) inside it. */
    static boolean isBareUrl(String line) {
        return BARE_URL_LINE.matcher(TextLines.clean(line)).matches();
    }

    /**
     * Index where the page's trailing furniture begins (the site footer or a "related articles" list), or
     * {@code lines.size()} when there is none. A footer block begins at a line with a footer-only marker
     * (版权所有, ICP备, 网站标识码 ...) after which nothing substantial follows; site-link rows just above it belong to it.
     */
    static int contentEnd(List<String> lines) {
        int n = lines.size();
        // Suffix statistics of "stray" lines: neither footer nor furniture.
        int[] strayTotal = new int[n + 1];
        int[] strayLongest = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            String folded = forRules(lines.get(i));
            boolean stray = footerScore(folded) == 0 && !isFurniture(lines.get(i)) && !isBareUrl(lines.get(i));
            int length = stray ? folded.length() : 0;
            strayTotal[i] = strayTotal[i + 1] + length;
            strayLongest[i] = Math.max(strayLongest[i + 1], length);
        }
        for (int i = 0; i < n; i++) {
            String folded = forRules(lines.get(i));
            if (isFooterStart(folded) && strayTotal[i + 1] <= MAX_STRAY_TOTAL && strayLongest[i + 1] <= MAX_STRAY_LINE) {
                return extendFooterUpwards(lines, i);
            }
            if (TAIL_HEADING.matcher(folded).matches() && strayLongest[i + 1] <= MAX_RELATED_TITLE) {
                return i;
            }
        }
        return n;
    }

    private static int extendFooterUpwards(List<String> lines, int start) {
        int begin = start;
        while (begin > 0) {
            String folded = forRules(lines.get(begin - 1));
            boolean siteLinks = SITE_LINKS.matcher(folded).find() && folded.length() <= 80;
            boolean contactBlock = footerScore(folded) >= 2 && folded.length() <= 80 && !folded.contains("联系人");
            if (!siteLinks && !contactBlock) {
                break;
            }
            begin--;
        }
        return begin;
    }

    private static boolean isFooterStart(String folded) {
        return folded.length() <= MAX_FOOTER_LINE && strongMarkers(folded) > 0;
    }

    /** Footer lines met alone, e.g. a licence line in the middle of flattened page chrome. */
    private static boolean isStandaloneFooterLine(String folded) {
        if (folded.length() > MAX_FOOTER_LINE) {
            return false;
        }
        int strong = strongMarkers(folded);
        return strong >= 2 && folded.length() <= MAX_FOOTER_LINE || strong == 1 && folded.length() <= SHORT_LINE;
    }

    /** 2 per footer-only marker, 1 per marker that content can also carry. */
    static int footerScore(String folded) {
        if (folded.length() > MAX_FOOTER_LINE) {
            return 0;
        }
        int score = 2 * strongMarkers(folded);
        for (Pattern pattern : WEAK_FOOTER) {
            if (pattern.matcher(folded).find()) {
                score++;
            }
        }
        return score;
    }

    private static int strongMarkers(String folded) {
        int count = 0;
        for (Pattern pattern : STRONG_FOOTER) {
            if (pattern.matcher(folded).find()) {
                count++;
            }
        }
        return count;
    }

    /** A page toolbar line: font size switch, print/close/share buttons, "scan to open on phone". */
    static boolean isPageToolbar(String line) {
        String folded = forRules(line);
        return FONT_SIZE.matcher(folded).find() && folded.length() <= SHORT_LINE
                || BIG_MIDDLE_SMALL.matcher(folded).matches()
                || isToolbar(folded);
    }

    private static boolean isToolbar(String folded) {
        if (folded.length() <= SHORT_LINE && TOOLBAR_WORDS.matcher(folded).find()) {
            return true;
        }
        // Lines made only of toolbar tokens: "【打印】【关闭】", "分享：微信 微博 QQ空间".
        return folded.length() <= SHORT_LINE
                && MULTI_CHAR_TOOLBAR_TOKEN.matcher(folded).find()
                && TOOLBAR_TOKEN.matcher(folded).replaceAll("").isEmpty();
    }
}
