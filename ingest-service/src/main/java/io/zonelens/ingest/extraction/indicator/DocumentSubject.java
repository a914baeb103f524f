package io.zonelens.ingest.extraction.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a document's figures belong to when a sentence names no one: the zone, area or place its title (or a
 * table's caption) opens with, e.g. 天津港保税区 in 天津港保税区国民经济和社会发展第十四个五年规划….
 */
public final class DocumentSubject {

    /** 上半年厦门自贸片区主要经济指标, 1-5月天津港保税区…: the period a headline opens with is no part of the name. */
    private static final String PERIOD_FIRST = "(?>(?:今年|去年|全年)?(?:上半年|下半年|前三季度|第?[一二三四]季度|[0-9]{1,2}(?:[-—～~至][0-9]{1,2})?月份?)?)";

    // Longer kinds first, so 天津港综合保税区 is not cut at 保税区; a lazy name keeps the first kind word it reaches.
    private static final Pattern LEADING_SUBJECT = Pattern.compile(
            "^(?:\\d{4}年)?(?:“?[十一二三四五六七八九]+五”?(?:时期|期间)?)?" + PERIOD_FIRST + "([\\p{IsHan}（）()]{2,16}?"
                    + "(?:综合保税区|保税港区|保税区|(?:自由贸易试验区|自贸试验区)(?:\\p{IsHan}{2,8}?片区)?|经济技术开发区|高新技术产业开发区|经济开发区|开发区|新区|高新区|示范区|生态城|产业园|"
                    + "自治区|自治州|省|市|县|区))"
                    // 中国银行广西区分行：…: a place a firm's branch is named after is no subject of its own.
                    + "(?!分行|支行|分公司|公司|集团|银行)");


    /** 上海市浦东新区2024年政府工作报告: a district or zone right after the city is the one the title is about. */
    private static final Pattern NEXT_LEVEL = Pattern.compile("^[\\p{IsHan}]{2,8}?(?:经济技术开发区|高新技术产业开发区|综合保税区|自治州|新区|区|县|市)");
    /** Kind words that name no place by themselves (江西省综保区运行情况: the province's zones, not a zone called 综保). */
    private static final String BARE_KIND = "^(?:全|各|本|该|综保|保税|开发|高新|经开|自贸|园|城|市|辖|片|新|地)[区县市]$";
    /** 经开区召开上半年经济运行分析会: a kind word alone opening a title names no zone. */
    private static final Pattern BARE_KIND_WORD = Pattern.compile(BARE_KIND);
    private static final Pattern GENERIC_LEVEL = Pattern.compile(BARE_KIND
            + "|^(?:综保区|保税区|开发区|高新区|经开区|自贸区)|政府|人民|关于|办公|工作|报告|经济|发展");

    // A title opening with these words is about a policy or task, not a subject: 关于促进综合保税区….
    private static final Pattern NOT_A_NAME = Pattern.compile("^(关于|促进|推动|推进|加快|支持|各|全国|我国|进一步|深化|全面|聚焦|打造|建设)"
            // 厦门海关推出支持福建自贸试验区厦门片区…: a headline's verb, not a name.
            + "|推出|发布|召开|举办|印发|出台|实施|支持|助力|赋能");

    /** 奋力建设国际一流的湾区核心门户: a slogan's words, which no name of a place or zone holds (新疆生产建设兵团 may hold 建设). */
    private static final Pattern SLOGAN = Pattern.compile("的|^(?:建设|打造|奋力|奋进|推动|加快|争创|勇当|努力|谱写|书写|开创|续写|迈向|走在|当好|争做)|全[省市区县]$");

    /** 苏州瑞芯智造科技股份有限公司2025年年度业绩预告: a company's registered name opening a title (not 管委会与…有限公司). */
    private static final String REGISTERED_NAME = "((?:(?![与和及、]|管委会|委员会|政府)[\\p{IsHan}（）()]){2,30}?(?:股份有限公司|有限责任公司|有限公司))";
    private static final Pattern LEADING_COMPANY = Pattern.compile("(?:" + REGISTERED_NAME
            // 中国银行广西区分行：金融“活水”…: a bank's branch speaking in its own release.
            // Not the central bank's (中国人民银行…分行), which reports on its region.
            + "|((?!中国人民银行|人民银行)\\p{IsHan}{2,12}?银行\\p{IsHan}{2,8}?(?:分行|支行)))(?=[0-9]{4}年|关于|第[一二三四]季度|半年度|年度|[：:]|\\s|$)");
    /** 江苏恒锂新材料科技有限公司年产2万吨…项目环境影响报告书公示: a firm's project in a notice on it (not a news headline). */
    private static final Pattern LEADING_PROJECT_OWNER = Pattern.compile(REGISTERED_NAME + "(?=年产|新建|扩建|技改|[0-9.]+万?吨)");
    private static final Pattern NOTICE_ON_A_PROJECT = Pattern.compile("环境影响|环评|公示|批复|备案|可行性研究|竣工验收|报告书|报告表");
    /** 临港芯源（688726）2025年报点评, 腾讯控股(00700.HK)：: a listed company by its stock code, opening a title. */
    private static final Pattern LEADING_LISTED = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}A-Za-z]{1,11})\\s*[（(](?:[0-9]{6}(?:\\.(?:SH|SZ|BJ))?|[0-9]{4,5}\\.HK)[）)]");
    /** ——在中国共产党广州市南沙区第四次代表大会上的报告, 在四川省第十四届人民代表大会…上: the host of the congress spoken to. */
    static final Pattern CONGRESS_HOST = Pattern.compile("在(?:中国共产党)?(\\p{IsHan}{2,14}?)第[一二三四五六七八九十]{1,3}(?:次代表大会|届人民代表大会)");

    /** 德国企业在江北新区投资建厂: who acts, then 在 and where; the place is what the title is about. */
    private static final Pattern PLACED_BY = Pattern.compile("^\\p{IsHan}{2,}?(?:将|拟|已)?(?:在|落户|扎根|入驻)(\\p{IsHan}{3,})$");

    /** 附件1：海口市2026年…完成情况表, 附表2: an annex's label before the title it has. */
    private static final Pattern ANNEX = Pattern.compile("^(?:附件|附表)[0-9一二三四五六七八九十]{0,2}[：:\\s]\\s*");

    private static final Pattern NOTICE_ON_A_PAPER = Pattern.compile("关于(?:印发|转发|发布|公布|批准)?《([^》]{4,})》");

    private static final Pattern VISITED = Pattern.compile("(?:——|—|──|：|:)\\s*(?:专)?访");

    private static final String PARTY = "中共";

    private DocumentSubject() {
    }

    private static String placedAfter(String name) {
        Matcher placed = PLACED_BY.matcher(name);
        return placed.matches() ? placed.group(1) : name;
    }

    public static Optional<String> from(String... titles) {
        for (String title : titles) {
            if (title == null) {
                continue;
            }
            // 苏州瑞芯智造科技股份有限公司2025年年度业绩预告: an announcement's figures are its company's.
            Matcher company = LEADING_COMPANY.matcher(title.strip());
            if (company.lookingAt()) {
                return Optional.of(company.group(1) != null ? company.group(1) : company.group(2));
            }
            Matcher owner = LEADING_PROJECT_OWNER.matcher(title.strip());
            if (owner.lookingAt() && NOTICE_ON_A_PROJECT.matcher(title).find()) {
                return Optional.of(owner.group(1));
            }
            Matcher listed = LEADING_LISTED.matcher(title.strip());
            if (listed.lookingAt()) {
                return Optional.of(listed.group(1));
            }
            Matcher host = CONGRESS_HOST.matcher(title);
            if (host.find()) {
                return Optional.of(host.group(1));
            }
            // 奋力打造内陆开放型经济新高地——访赣州综合保税区管委会主任钟建华: an interview is about the body of the one visited.
            Matcher visited = VISITED.matcher(title);
            String subjectPart = visited.find() ? title.substring(visited.end()) : ANNEX.matcher(title.strip()).replaceFirst("");
            // 关于《诸城市国土空间总体规划（2021—2035年）》的批后公告: a notice on a paper is about the paper's subject.
            Matcher paper = NOTICE_ON_A_PAPER.matcher(subjectPart.strip());
            if (paper.lookingAt()) {
                subjectPart = paper.group(1);
            }
            Matcher matcher = LEADING_SUBJECT.matcher(subjectPart.strip());
            if (matcher.find() && !NOT_A_NAME.matcher(matcher.group(1)).find() && !SLOGAN.matcher(matcher.group(1)).find()
                    && !BARE_KIND_WORD.matcher(matcher.group(1)).matches()) {
                // 中共屯昌县委　屯昌县人民政府关于表彰…: the party's committee of a place speaks of that place.
                String name = placedAfter(matcher.group(1).startsWith(PARTY) ? matcher.group(1).substring(PARTY.length()) : matcher.group(1));
                Matcher next = NEXT_LEVEL.matcher(subjectPart.strip().substring(matcher.end()));
                boolean deeper = name.endsWith("市") || name.endsWith("省") || name.endsWith("自治区");
                return Optional.of(deeper && next.find() && !GENERIC_LEVEL.matcher(next.group()).find() && !NOT_A_NAME.matcher(next.group()).find()
                        ? name + next.group() : name);
            }
        }
        return Optional.empty();
    }
}
