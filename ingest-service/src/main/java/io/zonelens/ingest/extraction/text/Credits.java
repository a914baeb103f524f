package io.zonelens.ingest.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata that news copy states inside its paragraphs rather than in a byline: a paper's own dateline (濮阳日报讯), the dateline credit
 * ("新华社海口10月8日电（记者 赵颖全、严钰景）", "…讯（湖南日报全媒体记者　肖　颖　通讯员　曾红梅）"), a closing credit
 * ("(津云新闻记者赵颖妍)", "（编辑 张晶晶）", "（本版编辑：李　灿　　校对：王小华）", the proofreader left out), a closing
 * source ("…参加。（来源：天津日报）"), and an opinion piece's author line ("徐海波") confirmed by a closing "(作者系…)".
 * Credits stay in the body; a closing source is metadata and is cut from its paragraph.
 */
final class Credits {

    /** Credits and sources close one of the last paragraphs. */
    private static final int TAIL_PARAGRAPHS = 3;
    /** Datelines open one of the first paragraphs, after a headline's subheads maybe (扛稳粮食安全重任 / 苗振宇讲话　许春江主持). */
    private static final int LEAD_PARAGRAPHS = 4;
    private static final String NAMES = BylineParser.BRACKETED_NAMES;
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "\\(\\s*[^()]{0,15}?(责任编辑|编辑|记者|作者|通讯员)\\s*:?\\s*" + NAMES + "(?:\\s+(?:校对|审核|审校|终审)\\s*:?\\s*"
                    + BylineParser.BRACKETED_NAMES_TEXT + ")?\\s*\\)\\s*$");
    private static final Pattern DATELINE_CREDIT = Pattern.compile(
            "^[^。,;]{0,30}?(?:讯|电)\\s*\\(\\s*" + BylineParser.REPORTERS_TITLE + "\\s*:?\\s*" + NAMES + "\\s*[)\\s]");
    private static final String APP = "客户端";
    /** 濮阳日报讯, 咸宁日报咸安3月5日讯, 新湖南客户端4月20日讯: a paper's or a news app's own dateline. */
    private static final Pattern PAPERS_DATELINE = Pattern.compile("^\\s*(" + BylineParser.PAPERS_NAME + "|\\p{IsHan}{1,6}" + APP + ")(?:\\p{IsHan}{2,6}?)?(?:[0-9]{1,2}月[0-9]{1,2}日)?[讯电]");
    private static final Pattern CLOSING_SOURCE = Pattern.compile(
            "\\(\\s*(?:文章|稿件|新闻|信息|内容)?来源\\s*:\\s*([^()]{1,30}?)\\s*\\)\\s*$");
    private static final Pattern AUTHOR_DESCRIPTION = Pattern.compile("^\\(\\s*作者(?:系|为|是|单位)");
    private static final Pattern PERSON_NAME = Pattern.compile("^[\\p{IsHan}·]{2,4}(?:[ 、][\\p{IsHan}·]{2,4})?$");

    private Credits() {
    }

    /** Reads credits into the metadata; returns the paragraphs without closing source notes. */
    static List<String> read(List<String> paragraphs, MetadataBuilder metadata) {
        List<String> body = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(body.size(), LEAD_PARAGRAPHS); i++) {
            Matcher dateline = DATELINE_CREDIT.matcher(TextLines.fold(body.get(i)));
            if (dateline.find()) {
                metadata.author(body.get(i).substring(dateline.start(1), dateline.end(1)));
            }
            // 濮阳日报讯（记者…）, 咸宁日报咸安3月5日讯: a paper's own dateline names it, where no source line has.
            Matcher papers = PAPERS_DATELINE.matcher(TextLines.fold(body.get(i)));
            // …客户端电子证照: an app's name must close a dateline, not open a word after it.
            if (papers.lookingAt() && (!papers.group(1).endsWith(APP) || papers.end() == body.get(i).length()
                    || !Character.isIdeographic(body.get(i).charAt(papers.end())))) {
                metadata.source(body.get(i).substring(papers.start(1), papers.end(1)));
            }
        }
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - TAIL_PARAGRAPHS); i--) {
            String paragraph = body.get(i);
            String folded = TextLines.fold(paragraph);
            Matcher source = CLOSING_SOURCE.matcher(folded);
            if (source.find()) {
                metadata.source(paragraph.substring(source.start(1), source.end(1)));
                String rest = paragraph.substring(0, source.start()).strip();
                if (rest.isEmpty()) {
                    body.remove(i);
                } else {
                    body.set(i, rest);
                }
                continue;
            }
            Matcher credit = CLOSING_CREDIT.matcher(folded);
            if (credit.find()) {
                String names = paragraph.substring(credit.start(2), credit.end(2)).strip();
                if (credit.group(1).endsWith("编辑")) {
                    metadata.editor(names);
                } else {
                    metadata.author(names);
                }
            }
        }
        if (!body.isEmpty() && PERSON_NAME.matcher(body.get(0)).matches()) {
            boolean describedAsAuthor = body.stream()
                    .skip(1)
                    .anyMatch(paragraph -> AUTHOR_DESCRIPTION.matcher(TextLines.fold(paragraph)).find());
            if (describedAsAuthor) {
                metadata.author(body.get(0));
            }
        }
        return body;
    }
}
