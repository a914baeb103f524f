package io.zonelens.ingest.extraction.text;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Helpers for documents that are text lines: finding the title line past the page's header chrome. */
final class LineDocuments {

    private LineDocuments() {
    }

    /**
     * Index of the title line at or after {@code from}, or -1. Header chrome (breadcrumbs, toolbars, navigation rows,
     * share URLs) is skipped and header metadata lines are read on the way.
     *
     * @param isTitle         what a title looks like in this format
     * @param skipNonTitles   true to keep looking past lines that are not titles (portal pages put stray lines above
     *                        the title); false when the first content line must be the title or there is none
     */
    static int titleIndex(List<String> lines, int from, MetadataBuilder metadata, Predicate<String> isTitle, boolean skipNonTitles) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<String> url = Furniture.shareUrl(line);
            if (url.isPresent()) {
                metadata.url(url.get());
                continue;
            }
            if (Furniture.isFurniture(line) || Furniture.isBareUrl(line) || Furniture.isNavigationList(line)) {
                continue;
            }
            Optional<Byline> byline = BylineParser.parse(line, true);
            if (byline.isPresent()) {
                metadata.accept(byline.get());
                continue;
            }
            if (isTitle.test(line)) {
                return i;
            }
            if (!skipNonTitles) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Sets the metadata's title from the line at {@code title} (none where -1) and returns the text's lines: those under the
     * title. 漯河经济技术开发区管理委员会办公室 / 关于印发…的通知: a paper that opens with its issuers' names (up to
     * {@value #MAX_ISSUERS_LINES} lines of them, several to a line or not, with its head's 文件 on a line of its own and its number
     * among them) and then its title is titled by the line under them, and
     * its text keeps the issuers' lines and the title, as the paper has them (the issuers are named there, and the title is what
     * the paper's number stands for).
     */
    static List<String> titleAndText(List<String> lines, int title, MetadataBuilder metadata) {
        if (title < 0) {
            return lines;
        }
        // 三明高新技术产业开发区管理委员会 / 三明市自然资源和规划局 / 关于…的公告: joint issuers, a line each or one line.
        // 靖江经济技术开发区管理委员会文件 / 靖开管发〔2026〕9号 / 靖江经济技术开发区管理委员会 / 关于…的通知: a paper's number
        // may stand under its head, among the issuers' lines.
        int issuers = 0;
        int names = 0;
        boolean issuerNamed = false;
        boolean numbered = false;
        boolean headed = false;
        // Up to MAX_ISSUERS_LINES lines of names; the head's 文件 and the number are over and above them.
        while (title + issuers + 1 < lines.size() && !PAPERS_TITLE.matcher(lines.get(title + issuers)).matches()) {
            String line = lines.get(title + issuers);
            boolean number = issuerNamed && !numbered && PAPERS_NUMBER.matcher(line.strip()).matches();
            // 延安市卫生健康委员会　延安市财政局 / 延安市民政局　延安市公安局 / 文件: joint issuers' head, 文件 (or 文　件) on a line of its own.
            boolean head = issuerNamed && !headed && SPACES.matcher(line).replaceAll("").equals(PAPERS_HEAD_WORD);
            if (head || number) {
                headed |= head;
                numbered |= number;
                issuers++;
                continue;
            }
            if (names == MAX_ISSUERS_LINES || !issuersLine(line)) {
                break;
            }
            issuerNamed = true;
            names++;
            issuers++;
        }
        String brokenTitle = titleBrokenInTwo(lines, title + issuers);
        if (issuerNamed && (PAPERS_TITLE.matcher(lines.get(title + issuers)).matches() || brokenTitle != null)) {
            metadata.title(brokenTitle != null ? brokenTitle : lines.get(title + issuers));
            return lines.subList(title, lines.size());
        }
        String brokenFirst = titleBrokenInTwo(lines, title);
        metadata.title(brokenFirst != null ? brokenFirst : lines.get(title));
        return lines.subList(title + (brokenFirst != null ? 2 : 1), lines.size());
    }

    /**
     * 关于经五路道路提升改造工程施工期间 / 实施交通管制的通告: a paper's title set on two lines, joined; null where the line at
     * {@code at} is a title whole, or no 关于 opens it, or the two lines make none.
     */
    private static String titleBrokenInTwo(List<String> lines, int at) {
        if (at + 1 >= lines.size() || !lines.get(at).strip().startsWith("关于") || PAPERS_TITLE.matcher(lines.get(at)).matches()) {
            return null;
        }
        // 关于社保缴费基数调整 / 市人社局发布最新通知: a headline and its subhead make no 关于…的 title.
        String joined = lines.get(at).strip() + lines.get(at + 1).strip();
        return PAPERS_TITLE.matcher(joined).matches() && joined.contains("的") ? joined : null;
    }

    /**
     * A body's name alone on its line, or several (中共衡水市委办公室　衡水市人民政府办公室), maybe with 文件 after them as a paper's
     * head has it (某某市人民政府文件): shaped as a signature is ({@link LayoutDates#signatory}), and no title opening with 关于.
     */
    private static boolean issuersLine(String line) {
        return !line.startsWith("关于") && LayoutDates.signatory(PAPERS_HEAD.matcher(line).replaceFirst(""));
    }

    private static final String PAPERS_HEAD_WORD = "文件";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s　]+");
    private static final java.util.regex.Pattern PAPERS_HEAD = java.util.regex.Pattern.compile("[\\s　]*" + PAPERS_HEAD_WORD + "$");
    private static final int MAX_ISSUERS_LINES = 3;
    /** 靖开管发〔2026〕9号, 晋文物函〔2026〕41号: a paper's number on its line, maybe with its signer (阜高管呈〔2026〕7号　签发人：于海涛). */
    private static final java.util.regex.Pattern PAPERS_NUMBER = java.util.regex.Pattern.compile("\\p{IsHan}{1,10}" + LayoutDates.PAPERS_YEAR_AND_SERIAL
            + "(?:[\\s　]+签发人[：:]\\p{IsHan}{2,4})?");
    /** A paper's title: …通知, …公告, …方案 and the like (关于… too), with no mark of a sentence in it. */
    private static final java.util.regex.Pattern PAPERS_TITLE = java.util.regex.Pattern.compile(
            "[^，,。；;：:]{2,80}(?:通知|通报|公告|公示|通告|决定|决定书|认定书|意见|方案|办法|规定|细则|批复|函|报告|请示|纪要|决议|命令|规划|计划|名单)");

    /** Reads metadata from header lines that are not part of the body (above the breadcrumb or title). */
    static void readHeaderMetadata(List<String> lines, MetadataBuilder metadata) {
        for (String line : lines) {
            BylineParser.parse(line, true).ifPresent(metadata::accept);
            Furniture.shareUrl(line).ifPresent(metadata::url);
        }
    }

    /** Ends like a sentence or a clause, so it is a paragraph rather than a headline. */
    static boolean endsLikeSentence(String line) {
        return line.matches(".*[。；;，,：:、]$");
    }
}
