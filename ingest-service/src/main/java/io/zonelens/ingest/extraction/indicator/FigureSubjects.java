package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.entity.EntityLinker;
import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.entity.SentenceView;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.number.QuantityKind;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose a prose figure is, in this order: a zone or place listed before 分别 (the caller's), the whole a scope word in the
 * figure's clause stands for (全国, 全省, 全市) or a firm the clause names as the figure's owner, the same for the rest of
 * the sentence until a name is given, the nation for 国内生产总值, the nearest zone or place before it in its sentence
 * or opening an earlier sentence of its paragraph, and else the document's subject (its title's, the place it calls
 * 全省 or 全市 throughout, the one it names most, or China for a national report naming none).
 */
final class FigureSubjects {

    static final Set<EntityType> SUBJECT_TYPES = Set.of(EntityType.ZONE, EntityType.PLACE);
    /** China is the nation's scope, not a name's; 东盟 and 欧盟 are trading partners, never whose trade it is. */
    private static final Set<String> NOT_SUBJECTS = Set.of("中国", "我国", "全国", "东盟", "欧盟");
    private static final String NATION = "中国";

    private final String text;
    private final List<EntityMention> named;
    private final List<EntityMention> firms;
    private final List<EntityMention> firmsAndInstitutions;
    /** Every zone named, inside a body's name too (横琴粤澳深度合作区执行委员会). */
    private final List<EntityMention> zones;
    private final Scopes scopes;
    private final Optional<String> documentSubject;
    /** Bodies named after a place (陕西省人民政府办公厅), with that place: who issues a plan. */
    private final List<Issuer> issuers;
    /** The scope or firm an earlier clause of the sentence gave, and where that clause starts. */
    private Optional<String> sentenceScope = Optional.empty();
    private int scopeClause;
    /** Whether that scope is a firm's, which ends at a ； whose part names another firm. */
    private boolean scopeFromAFirm;
    /** Where names that end the sentence's scope may start: after the clause that set it, or after a firm's figure. */
    private int scopeNamesFrom;

    private record Issuer(int start, int end, String place) {
    }

    private FigureSubjects(String text, List<EntityMention> named, List<EntityMention> firms, List<EntityMention> firmsAndInstitutions,
                           List<EntityMention> zones, Scopes scopes, Optional<String> documentSubject, List<Issuer> issuers) {
        this.issuers = issuers;
        this.text = text;
        this.named = named;
        this.firms = firms;
        this.firmsAndInstitutions = firmsAndInstitutions;
        this.zones = zones;
        this.scopes = scopes;
        this.documentSubject = documentSubject;
    }

    static FigureSubjects of(AnalyzedDocument document, Optional<String> titleName) {
        String text = document.text();
        List<EntityMention> mentions = document.entities().mentions();
        // 成都高新区 in the title is the 成都高新技术产业开发区 the text links it to.
        // 新疆霍尔果斯经济开发区 in the title is the 霍尔果斯经济开发区 the text names, whose name ends it.
        // 义乌综保区 in a headline is the 义乌综合保税区 the body names.
        // 厦门自贸片区 in a headline is the 中国（福建）自由贸易试验区厦门片区 the body names.
        Optional<String> titleSubject = titleName.map(name -> mentions.stream()
                // 密云经济开发区 in the title is the 北京密云经济开发区 its source line names, whose name it ends.
                .filter(m -> SUBJECT_TYPES.contains(m.type()) && (m.text().length() >= 4 && name.endsWith(m.text())
                        || m.type() == EntityType.ZONE && name.length() >= 4 && m.canonical().endsWith(name)
                        || m.canonical().equals(EntityLinker.withFullSuffix(name)) || anAreaOf(name, m) || sameZoneSpelledOut(name, m)))
                // 鹰潭高新区 in a title the body never names: its full name, as the text would link it.
                .max(Comparator.comparingInt(m -> m.text().length())).map(EntityMention::canonical).orElse(EntityLinker.withFullSuffix(name)))
                .or(() -> congressHost(text, mentions));
        // The nation stands as a document's subject (a national work report) but never as the nearest one (我国首例).
        // Nor a place inside a body's name (据兰州海关统计: 兰州), nor a partner (对越南进出口, 郑州—卢森堡航线), nor one in
        // brackets: another name for the one before it (郑州新郑综合保税区（郑州航空港经济综合实验区）), a part of a firm's name
        // (恒逸（文莱）石化) or a route's end (中欧（中亚）班列).
        Covering institutions = covering(mentions, m -> m.type().isInstitution());
        Covering customs = covering(mentions, m -> m.type() == EntityType.GOVERNMENT && m.text().endsWith("海关"));
        // 金义片区管委会副主任介绍，片区今年计划…, 横琴粤澳深度合作区执委会副主任介绍，合作区…: a zone inside its own committee's name
        // (管委会, 执委会, 管理局, 党工委) is what the committee speaks of.
        Covering committees = covering(mentions, m -> m.type() == EntityType.GOVERNMENT && ZONE_COMMITTEE.matcher(m.text()).find());
        List<int[]> areaLists = areaLists(text, mentions);
        // 宁波舟山港: a port named after two places is neither's alone; its figures stay with the document's subject.
        Set<Integer> placeEnds = mentions.stream().filter(m -> m.type() == EntityType.PLACE).map(EntityMention::end).collect(Collectors.toSet());
        java.util.function.Predicate<EntityMention> jointPort = m -> m.type() == EntityType.PLACE && text.startsWith("港", m.end())
                && placeEnds.contains(m.start());
        List<EntityMention> named = outermost(mentions.stream().filter(m -> SUBJECT_TYPES.contains(m.type()) && !NOT_SUBJECTS.contains(m.canonical())
                && (!institutions.coversLonger(m) || m.type() == EntityType.ZONE && committees.coversLonger(m))
                && !partner(text, m) && !destination(text, m) && !bracketed(text, m) && !venue(text, m) && !role(text, m) && !served(text, m) && !siteOfAFacility(text, m) && !jointPort.test(m)
                && !countedTownship(text, m) && !whereSomethingLies(text, m) && !naturalFeature(m) && areaLists.stream().noneMatch(list -> list[0] <= m.start() && m.end() <= list[1])).toList());
        List<EntityMention> firms = outermost(mentions.stream().filter(m -> m.type() == EntityType.COMPANY).toList());
        List<EntityMention> firmsAndInstitutions = outermost(mentions.stream().filter(m -> m.type() == EntityType.COMPANY || m.type() == EntityType.ORGANIZATION).toList());
        Scopes scopes = Scopes.of(mentions, titleSubject, Optional.ofNullable(document.entities().homeProvince()),
                Optional.ofNullable(document.entities().homePrefecture()), Optional.ofNullable(document.entities().issuingCity()));
        // A work report says 全省 or 全市 of its own place throughout, the zones it names are parts of it; what the document
        // names, not what it refers to by context (a generic 综保区 linked to one zone); a national report may name no
        // place at all: what it says of 全国 and 我国 is China's.
        // A national release or report (国家统计局：…, 商务部：…, 政府工作报告 with no place) is about China whatever places it
        // names in passing (31个大城市, 法国对华投资).
        boolean national = titleSubject.isEmpty() && document.title() != null && NATIONAL_TITLE.matcher(document.title().strip()).find();
        Optional<String> documentSubject = titleSubject.or(() -> scopes.usedThroughout(text))
                .or(() -> national ? Optional.of(NATION) : Optional.empty())
                .or(() -> theZoneATitleNames(document.title(), mentions))
                // Not the city a customs district is named after (海口 of 海口海关 reports Hainan's trade), a partner, a venue
                // or a bracketed name; a zone inside its committee's name counts (钦州港片区管委会).
                .or(() -> mostMentioned(outermost(mentions.stream().filter(m -> SUBJECT_TYPES.contains(m.type()) && !m.contextual()
                        && !customs.coversLonger(m) && !partner(text, m) && !bracketed(text, m) && !venue(text, m)).toList())))
                .or(() -> text.contains("我国") || text.contains("全国") || text.contains("国内生产总值") ? Optional.of(NATION) : Optional.empty());
        // A body's place starts where it does (陕西省 of 陕西省人民政府办公厅); looked up by start, as documents name thousands.
        Map<Integer, EntityMention> placesByStart = new java.util.HashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.PLACE && !NOT_SUBJECTS.contains(m.canonical())).forEach(m -> placesByStart.putIfAbsent(m.start(), m));
        // The body named in full issues, not the parent named inside its name (陕西省人民政府 of …办公厅).
        List<Issuer> issuers = outermost(mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).toList()).stream()
                .filter(m -> placesByStart.containsKey(m.start()) && placesByStart.get(m.start()).end() < m.end())
                .map(body -> new Issuer(body.start(), body.end(), placesByStart.get(body.start()).canonical())).toList();
        List<EntityMention> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE && !m.contextual()).toList();
        return new FigureSubjects(text, named, firms, firmsAndInstitutions, zones, scopes, documentSubject, issuers);
    }

    private static boolean anAreaOf(String titleName, EntityMention zone) {
        return zone.type() == EntityType.ZONE && titleName.endsWith(FREE_TRADE_AREA) && titleName.length() > FREE_TRADE_AREA.length()
                && zone.canonical().endsWith(titleName.substring(0, titleName.length() - FREE_TRADE_AREA.length()) + "片区");
    }

    private static final String FREE_TRADE_AREA = "自贸片区";

    /** 广西自贸试验区钦州港片区 in a headline is the 中国(广西)自由贸易试验区钦州港片区 the body names: one name, short words written out. */
    private static boolean sameZoneSpelledOut(String titleName, EntityMention zone) {
        return zone.type() == EntityType.ZONE && spelledOut(titleName).equals(spelledOut(zone.canonical()));
    }

    private static String spelledOut(String name) {
        return name.replaceFirst("^中国[（(]", "").replaceAll("[（()）]", "").replace("自贸试验区", "自由贸易试验区").replace("自贸区", "自由贸易试验区")
                .replace("综保区", "综合保税区").replace("经开区", "经济技术开发区").replace("高新区", "高新技术产业开发区");
    }

    /**
     * ——2025年1月14日在四川省第十四届人民代表大会第三次会议上: a report given to a place's people's congress (or its party
     * congress) is that place's (a 政府工作报告 titled without one); the national congress (第十四届全国人民代表大会) names none.
     */
    private static Optional<String> congressHost(String text, List<EntityMention> mentions) {
        Matcher congress = DocumentSubject.CONGRESS_HOST.matcher(text).region(0, Math.min(text.length(), CONGRESS_WITHIN));
        if (!congress.find()) {
            return Optional.empty();
        }
        int hostEnd = congress.end(1);
        return mentions.stream().filter(m -> SUBJECT_TYPES.contains(m.type()) && m.end() == hostEnd && m.start() >= congress.start(1))
                .min(Comparator.comparingInt(EntityMention::start)).map(EntityMention::canonical);
    }

    /**
     * 全球好物“保税价”！海口空港综合保税区首届进口商品年货节开幕, 《问政萍乡》实录：聚焦萍乡经济技术开发区营商环境: a headline
     * that opens with no name but names one zone (as the body does) is about that zone, not the city the body names most; a
     * text saying 全省 or 全市 throughout, or a national release, keeps its scope (tried after them).
     */
    private static Optional<String> theZoneATitleNames(String title, List<EntityMention> mentions) {
        if (title == null) {
            return Optional.empty();
        }
        List<EntityMention> inTitle = mentions.stream().filter(m -> m.type() == EntityType.ZONE && !m.contextual() && m.text().length() >= 4
                && title.contains(m.text())).toList();
        // 中国（福建）自由贸易试验区厦门片区 holds the whole zone's name; the area is the one named.
        List<String> named = inTitle.stream().filter(m -> inTitle.stream().noneMatch(other -> other.text().length() > m.text().length()
                && other.text().contains(m.text()))).map(EntityMention::canonical).distinct().toList();
        if (inTitle.isEmpty()) {
            // 观摩比拼促攻坚！高新区召开…推进会: a zone's kind alone in the headline is the one zone the body's bare kind stands for.
            named = mentions.stream().filter(m -> m.type() == EntityType.ZONE && m.contextual() && BARE_KIND_IN_A_TITLE.matcher(title).find()
                    && title.contains(m.text())).map(EntityMention::canonical).distinct().toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A zone's kind opening the headline or a clause of it (高新区召开…, ！经开区…), so no name stands before it. */
    private static final java.util.regex.Pattern BARE_KIND_IN_A_TITLE = java.util.regex.Pattern.compile(
            "(?:^|[！!？?，,：:　 ])(?:高新区|经开区|综保区|开发区|新区|自贸区|片区|园区)");

    /** Where a speech's dateline stands: under the title and the speaker. */
    private static final int CONGRESS_WITHIN = 300;

    /**
     * 中国（云南）自由贸易试验区昆明、红河、德宏三个片区: the places listed right after a zone, counted as its areas, name the
     * zone's parts; what follows is said of the zone. The spans [start, end) of such lists.
     */
    /**
     * 土地位于木乐镇大垌村和西山镇石龙村，总面积…, 东至乌斯太镇巴音敖包路: a township or village said to be where the land or a park
     * lies, or one of its bounds, is no subject of the figures about it.
     */
    static boolean whereSomethingLies(String text, EntityMention place) {
        return place.type() == EntityType.PLACE && TOWNSHIP_OR_VILLAGE.matcher(place.canonical()).find()
                && (located(text, place) || BOUND_BEFORE.matcher(text).region(Math.max(0, place.start() - 2), place.start()).matches());
    }

    private static final Pattern TOWNSHIP_OR_VILLAGE = Pattern.compile("(?:[镇乡村]|社区|街道)$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("[东西南北]至");

    /**
     * 镜泊湖、牡丹江干流水质稳定保持Ⅲ类以上，空气质量优良天数比例达到94.2%: a lake, mountain or river no list names owns no
     * figure; the county or the scenic area run around it does.
     */
    static boolean naturalFeature(EntityMention place) {
        return place.type() == EntityType.PLACE && place.canonical().equals(place.text()) && NATURAL_FEATURE.matcher(place.text()).matches();
    }

    /** Not 湾 or 山: regions and cities are named so too (北部湾, 旧金山, 武夷山). */
    private static final Pattern NATURAL_FEATURE = Pattern.compile("\\p{IsHan}{2,}[湖江河峡]");

    /**
     * 昌城、百尺河…枳沟10个镇, 丁栾、满村、樊相等镇: a township counted in a list of its kind is a part the clause enumerates, not
     * what the figures after it are of (诸城's 国土总面积 after its ten towns).
     */
    static boolean countedTownship(String text, EntityMention place) {
        return place.type() == EntityType.PLACE
                && COUNTED_TOWNSHIPS.matcher(text).region(place.end(), Math.min(text.length(), place.end() + MAX_COUNTED_LIST)).lookingAt();
    }

    private static final int MAX_COUNTED_LIST = 80;
    private static final Pattern COUNTED_TOWNSHIPS = Pattern.compile(
            "(?:[、和]\\p{IsHan}{2,4}?)*(?:等?[0-9一二三四五六七八九十两]{1,2}个|等)(?:乡镇|镇|乡|街道)(?![长政委党亲村民干领群])");

    private static List<int[]> areaLists(String text, List<EntityMention> mentions) {
        List<int[]> lists = new java.util.ArrayList<>();
        for (EntityMention zone : mentions) {
            if (zone.type() != EntityType.ZONE) {
                continue;
            }
            java.util.regex.Matcher list = AREA_LIST.matcher(text).region(zone.end(), Math.min(text.length(), zone.end() + MAX_AREA_LIST));
            if (list.lookingAt()) {
                lists.add(new int[] {zone.end(), list.end()});
            }
        }
        return lists;
    }

    private static final int MAX_AREA_LIST = 40;
    /** 三个片区, 5个区块: a count of a zone's areas. */
    static final String AREAS_COUNTED = "[0-9一二三四五六七八九十两]+个(?:片区|区块|园区|组团|功能区)";
    private static final Pattern AREA_LIST = Pattern.compile("(?:\\p{IsHan}{2,4}[、和及])+\\p{IsHan}{2,4}?" + AREAS_COUNTED);

    private static final Pattern ZONE_COMMITTEE = Pattern.compile("(?:管委会|管理委员会|执委会|执行委员会|管理局|党工委)$");

    private static Covering covering(List<EntityMention> mentions, java.util.function.Predicate<EntityMention> which) {
        return new Covering(mentions.stream().filter(which)
                .sorted(Comparator.comparingInt(EntityMention::start).thenComparing(Comparator.comparingInt(EntityMention::end).reversed())).toList());
    }

    /**
     * 推介会在西宁举行, 在沙特建设…项目: where an event is held or a project abroad is built is not whose figures follow (a
     * zone a firm invests in is: 在合肥经开区投资建设…，总投资15.2亿元).
     */
    static boolean venue(String text, EntityMention place) {
        boolean after在 = place.start() > 0 && text.charAt(place.start() - 1) == '在';
        // 在沙特建设…项目: a project abroad is no figure of the country it is built in.
        boolean builtAbroad = after在 && place.type() == EntityType.PLACE && !DOMESTIC.matcher(place.canonical()).find()
                && BUILDING.matcher(text).region(place.end(), text.length()).lookingAt();
        return after在 && VENUE_VERB.matcher(text).region(place.end(), text.length()).lookingAt() || builtAbroad;
    }

    /**
     * 推进匈牙利德布勒森工厂建设, 特斯拉上海超级工厂: where a firm's plant stands owns none of the figures said of the firm;
     * nor does the place whose platform the work is done through (通过黑龙江省“双随机、一公开”监管工作平台…随机抽取检查对象42户).
     */
    static boolean siteOfAFacility(String text, EntityMention place) {
        return place.type() == EntityType.PLACE && (FACILITY.matcher(text).region(place.end(), text.length()).lookingAt()
                || place.start() >= 2 && MEANS.matcher(text).region(place.start() - 2, place.start()).matches()
                        && PLATFORM.matcher(text).region(place.end(), text.length()).lookingAt());
    }

    private static final Pattern MEANS = Pattern.compile("通过|依托|借助|利用|登录");
    /** Not 系统 alone, an adverb too (依托江苏省系统推进…). */
    private static final Pattern PLATFORM = Pattern.compile("[^，,。；;：:\\n]{0,20}?(?:平台|(?:服务|管理|监管|信息|业务)系统|网站|服务网|小程序|客户端)");

    /** A plant's own name may stand between (德布勒森); not a verb or a kind of plant (江苏新增智能工厂120家). */
    private static final Pattern FACILITY = Pattern.compile("(?:(?!新增|建成|新建|认定|拥有|培育|打造|建设|已|共|有|累计|智能|数字|绿色|灯塔|示范)\\p{IsHan}){0,5}?"
            + "(?:超级工厂|工厂|生产基地|基地|厂区|生产线)");

    /** 总部位于…晋城开发区: where a firm stands, which owns no figure the firm's clause gives. */
    static boolean located(String text, EntityMention place) {
        return LOCATED.matcher(text).region(Math.max(0, place.start() - 22), place.start()).find();
    }

    private static final Pattern BUILDING = Pattern.compile("(?:投资)?(?:建设|设立|建厂|布局)");
    /** Names of places in China end in their level (省, 市, 县 …) or are its regions and the nation. */
    private static final Pattern DOMESTIC = Pattern.compile("[省市区县州盟旗镇乡]$|^(?:中国|香港|澳门|台湾|京津冀|长江三角洲|珠江三角洲|长江经济带|雄安)");

    private static final Pattern VENUE_VERB = Pattern.compile("(?:隆重|成功|正式)?(?:举行|召开|举办|开幕|闭幕)");
    /** 总部位于山西…, 坐落于, 落户: where a firm stands. */
    private static final Pattern LOCATED = Pattern.compile("(?:位于|坐落于|地处|落户于?|总部设在|设在)[^，,。；;]{0,16}$");

    /** 洋浦经济开发区作为海南自由贸易港先行先试区域，今年…实现: what something serves as is a role, not whose figures follow. */
    static boolean role(String text, EntityMention place) {
        return place.start() >= 2 && (text.startsWith("作为", place.start() - 2)
                // 航空港区将加快建设郑州国际航空货运枢纽，力争…: a place in what is being built is part of an aim, not its subject.
                || place.type() == EntityType.PLACE && AIM_BEFORE.matcher(text).region(Math.max(0, place.start() - 2), place.start()).matches());
    }

    private static final Pattern AIM_BEFORE = Pattern.compile("建设|打造|建成");

    /** 该行…服务片区企业2860户: the zone or place whose firms a verb of service governs is whom the figure's owner served. */
    static boolean served(String text, EntityMention place) {
        return place.start() >= 2 && SERVICE_VERB.matcher(text).region(place.start() - 2, place.start()).matches()
                && SERVED_CLIENTS.matcher(text).region(place.end(), text.length()).lookingAt();
    }

    private static final Pattern SERVICE_VERB = Pattern.compile("服务|惠及|覆盖|帮扶|扶持");
    private static final Pattern SERVED_CLIENTS = Pattern.compile("(?:内|区内)?(?:企业|客户|商户|市场主体)");

    /**
     * 先后赴京津冀、长三角以及韩国、日本开展招商活动9次: where those who report travelled to, in the list after 赴, owns none of
     * what they did there.
     */
    static boolean destination(String text, EntityMention place) {
        return place.type() == EntityType.PLACE && TRAVELLED_TO.matcher(text).region(Math.max(0, place.start() - MAX_DESTINATIONS), place.start()).find();
    }

    private static final Pattern TRAVELLED_TO = Pattern.compile("(?:(?<!以)赴|前往|奔赴|远赴)(?:[\\p{IsHan}、]*?(?:、|以及|和|及))?$");
    private static final int MAX_DESTINATIONS = 24;

    /**
     * A place a preposition, 进口 or 出口 (进口越南水果), or a route's dash or bracket puts after something else is that
     * figure's partner; a country before 籍 (俄罗斯籍投资企业), and a place outside the mainland before its firms or
     * people (澳门企业投资项目19个, 韩国投资者, 香港居民, 德国制药企业), or any place whose firms or people a verb brings in
     * (引进浙江企业), says whose firms or people are counted, not whose figure it is.
     */
    static boolean partner(String text, EntityMention place) {
        // 对俄贸易, 中俄贸易额: a country named by one character is named as a partner.
        return place.text().length() == 1
                || place.start() > 0 && PARTNER_MARKS.indexOf(text.charAt(place.start() - 1)) >= 0 || text.startsWith("籍", place.end())
                || place.start() >= 2 && (text.startsWith("进口", place.start() - 2) || text.startsWith("出口", place.start() - 2))
                || place.start() > 0 && text.charAt(place.start() - 1) == '、' && TRADED_LIST.matcher(text).region(Math.max(0, place.start() - 16), place.start()).find()
                || place.type() == EntityType.PLACE && (!DOMESTIC.matcher(place.canonical()).find() || SARS_AND_TAIWAN.matcher(place.canonical()).find()
                        || ATTRACTING.matcher(text).region(Math.max(0, place.start() - MAX_ATTRACTING), place.start()).find())
                        && ORIGIN_OF.matcher(text).region(place.end(), text.length()).lookingAt();
    }

    /** 每年引进浙江企业20家以上, 吸引了广东客商: the place whose firms or people are brought in is where they come from. */
    private static final Pattern ATTRACTING = Pattern.compile("(?:引进|招引|吸引|引入|承接)了?$");
    private static final int MAX_ATTRACTING = 3;

    /** 进口越南、泰国水果: the later places of a list a trade verb opens are partners too. */
    private static final Pattern TRADED_LIST = Pattern.compile("(?:进口|出口)[\\p{IsHan}、]{1,14}、$");
    private static final Pattern SARS_AND_TAIWAN = Pattern.compile("^(?:香港|澳门|台湾)");
    private static final Pattern ORIGIN_OF = Pattern.compile("(?:(?!入境|出境|来|赴|访)\\p{IsHan}){0,3}?(?:企业|投资者|投资企业|投资项目|资本|客商|商人|同胞|居民|游客|旅客|青年|籍|专业人士|人才)");

    private static final String PARTNER_MARKS = "对向自往与—－-";

    /** 国家统计局内蒙古调查总队, 国家统计局宁波调查队: the national bureau's survey team of a place reports on that place. */
    private static final Pattern NATIONAL_TITLE = Pattern.compile("^政府工作报告$|全国|我国|国务院|国家统计局(?!\\p{IsHan}{2,10}?调查总?队)|商务部|海关总署|国家发展改革委|国家发改委"
            + "|财政部|工业和信息化部|工信部|中国人民银行|国家外汇管理局|国家税务总局");

    /**
     * Inside brackets opened shortly before it: （西安综合保税区、…、杨凌综合保税区） lists them all; not where the bracket opens
     * with 含 or 其中 and gives the part's own figure.
     */
    static boolean bracketed(String text, EntityMention place) {
        int open = openBracketBefore(text, place.start(), place.start() - MAX_BRACKETED);
        // （含乌鲁木齐综合保税区2.41平方公里）: a part the bracket gives figures of is no other name (浙江农行（含宁波）
        // only says what the figure covers).
        return open >= 0 && !(PART_OPENS.matcher(text).region(open + 1, place.start()).lookingAt()
                && PART_FIGURE.matcher(text).region(place.end(), text.length()).lookingAt());
    }

    /** Where the bracket {@code offset} lies inside opens, looking back no further than {@code limit} or a sentence's end; else -1. */
    static int openBracketBefore(String text, int offset, int limit) {
        for (int i = offset - 1; i >= 0 && i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return i;
            }
            if (c == '）' || c == ')' || c == '。' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static final int MAX_BRACKETED = 150;
    private static final Pattern PART_OPENS = Pattern.compile("(?:含|包含|其中|包括)");
    private static final Pattern PART_FIGURE = Pattern.compile("[^）)，,。；;、等]{0,10}?[0-9０-９]");

    /**
     * Whose a table row is: the zone or place named at [start, end), the whole a scope word (全市, 全省) stands for, else
     * the document's subject when the label names none of these; empty when nothing is known.
     */
    Optional<String> ofRowLabel(String label, int start, int end) {
        // A row's firm (江西赣芯半导体科技股份有限公司 under 企业名称) is as much a subject as a place.
        Optional<EntityMention> named = java.util.stream.Stream.concat(this.named.stream(), firms.stream()).filter(m -> m.start() == start && m.end() == end).findFirst();
        if (named.isPresent()) {
            return Optional.of(named.get().canonical());
        }
        Matcher scope = SCOPE.matcher(label);
        return scope.matches() && scopes.standsFor(scope.group(1)) ? scopes.of(scope.group(1)).or(() -> documentSubject) : Optional.empty();
    }

    /** Whose the figures are where nothing else names anyone (a table of indicators under the document's title). */
    Optional<String> documentSubject() {
        return documentSubject;
    }

    /** The zones and places named, outermost ones only, in text order. */
    List<EntityMention> named() {
        return named;
    }

    /** A new sentence drops the scope of the last one, unless it goes on with its parts (其中，出口3.44万亿元). */
    void newSentence(Sentence sentence) {
        if (!text.startsWith("其中", firstCharacter(sentence))) {
            sentenceScope = Optional.empty();
        }
    }

    private int firstCharacter(Sentence sentence) {
        int at = sentence.start();
        while (at < sentence.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The firm that owns the figure at {@code offset}, named in its clause (see {@link #firmBefore}). */
    Optional<EntityMention> owner(int clauseStart, int offset, int sentenceStart) {
        return firmBefore(text, firms, named, clauseStart, offset).or(() -> firmReferredTo(clauseStart, offset, sentenceStart))
                .or(() -> firmOpening(sentenceStart, clauseStart, offset));
    }

    /**
     * 晋能控股装备制造集团有限公司总部位于…晋城开发区，2023年实现营业收入1045.6亿元: a firm the sentence opens with owns the
     * figures of a later clause that says what was done, where no zone or place is named after it (where it stands is
     * none: 恒力集团董事长…介绍，恒力长兴岛产业园…实现营业收入 is the park's).
     */
    private Optional<EntityMention> firmOpening(int sentenceStart, int clauseStart, int offset) {
        Optional<EntityMention> firm = firms.stream().filter(m -> m.start() >= sentenceStart && m.end() <= clauseStart).findFirst()
                .filter(m -> NUMBERED_OPENING.matcher(text).region(sentenceStart, m.start()).matches());
        // 1.湖南创芯微电子有限公司：半导体封装测试基地项目，总投资28.0亿元，达产后年产值45亿元: a firm heading a list's item owns
        // the item's figures.
        boolean itemHead = firm.isPresent() && "：:".indexOf(text.charAt(firm.get().end())) >= 0;
        boolean doneInTheClause = itemHead || firm.isPresent() && officerSpeaksOfTheFirm(firm.get(), clauseStart, offset)
                || DONE.matcher(text).region(clauseStart, offset).lookingAt();
        // Not one of firms given as examples (同时，宁德时代、比亚迪等一批龙头企业…完成投资120亿元), nor of their projects
        // (纬创资通二期、英业达智能制造基地等12个重点项目建成投产，全年完成固定资产投资…).
        // The project an item's head names after its colon (城陵矶港区集装箱智慧场站项目) is no place of the figures.
        int project = itemHead ? ProseObservations.firstClauseBreak(text, firm.get().end() + 1, text.length()) : -1;
        return firm.filter(m -> doneInTheClause && "、等".indexOf(text.charAt(m.end())) < 0 && !EXAMPLES_LISTED.matcher(text).region(m.end(), clauseStart).lookingAt()
                && named.stream().noneMatch(n -> n.start() >= m.end() && n.start() < offset && !located(text, n) && n.start() >= project));
    }

    /**
     * 贵州茅台、宁德时代成交额超过50亿元: firms listed together opening the figure's clause, none of them given as an example
     * (not 长安汽车、赛力斯等整车企业), own it jointly: it is no one subject's.
     */
    boolean ownedByFirmsListedTogether(int clauseStart, int offset) {
        List<EntityMention> inClause = ProseObservations.mentionsWithin(firms, clauseStart, offset);
        if (inClause.size() < 2 || !OPENING_WORDS.matcher(text).region(clauseStart, inClause.get(0).start()).matches()) {
            return false;
        }
        int listed = 1;
        while (listed < inClause.size() && inClause.get(listed).start() == inClause.get(listed - 1).end() + 1
                && "、和与及".indexOf(text.charAt(inClause.get(listed - 1).end())) >= 0) {
            listed++;
        }
        EntityMention last = inClause.get(listed - 1);
        // Not firms that drive someone else's figure (京东方、维信诺带动园区新型显示产业产值增长18%).
        return listed >= 2 && last.end() < offset && text.charAt(last.end()) != '等' && !DRIVING.matcher(text).region(last.end(), offset).lookingAt();
    }

    /**
     * 新疆帕米尔纺织科技有限公司董事长王立群说：“我们去年实现产值18.6亿元: the firm's officer speaks of the firm's figures. A
     * clause of the quote that speaks of a place, market or industry (当地棉纱产量…，增长12%) is theirs, and so are the clauses after
     * it until one names the firm again (但公司订单仍增长40%).
     */
    private boolean officerSpeaksOfTheFirm(EntityMention firm, int clauseStart, int offset) {
        if (!OFFICER_SPEAKS.matcher(text).region(firm.end(), clauseStart).lookingAt() || SCOPE_IN_A_QUOTE.matcher(text).region(clauseStart, offset).find()) {
            return false;
        }
        boolean firmNamedAgain = THE_FIRM_IN_A_QUOTE.matcher(text).region(clauseStart, offset).find()
                || ProseObservations.mentionsWithin(firms, clauseStart, offset).stream().anyMatch(m -> m.canonical().equals(firm.canonical()));
        return firmNamedAgain || !SCOPE_IN_A_QUOTE.matcher(text).region(firm.end(), clauseStart).find();
    }

    /** 董事长王立群说：“, 总经理古丽米拉·阿不都表示，: an officer of the firm before, named, speaking. */
    private static final Pattern OFFICER_SPEAKS = Pattern.compile("(?:(?!政府|海关|管委)[^，,。；;：:“”、与和及厅局署]){2,16}?(?:说|表示|介绍|称|透露|坦言|谈到)[，,：:]\\s*“?");
    /** 我们, 公司, 企业: the firm itself, in its officer's words. */
    private static final Pattern THE_FIRM_IN_A_QUOTE = Pattern.compile("我们|我公司|本公司|公司|企业|集团|我厂");
    /** 全市, 园区, 当地, 行业, 市场: words of a place's, zone's, market's or industry's scope that a firm's officer may speak of. */
    private static final Pattern SCOPE_IN_A_QUOTE = Pattern.compile("全[国省市区县州疆球地]|园区|[我本][国省市区县州]|开发区|新区|综保区|片区|当地|整个|行业|产业|市场|渗透率");

    private static final Pattern EXAMPLES_LISTED = Pattern.compile("[^，,。；;]{0,12}、[^，,。；;]*等");

    /** Time words, a date or a linking word before the firm that opens a sentence (10月28日晚间，, 此外，). */
    private static final Pattern OPENING_WORDS = Pattern.compile("(?:此外|另外|同时|据悉|据了解|目前)?[\\s0-9０-９年月日上下午晚间，,、今去全]*");
    /** 1., （2）, 三、: an item's number before its opening words. */
    private static final Pattern NUMBERED_OPENING = Pattern.compile("(?:[0-9]{1,2}[.、．]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?"
            + OPENING_WORDS.pattern());

    /** 2023年实现营业收入, 前三季度完成产值: a clause that says what the owner did. */
    private static final Pattern DONE = Pattern.compile("\\s*(?:[0-9]{4}年|今年|去年|全年|前三季度|上半年|一季度|[0-9]{1,2}[-—～~至]?[0-9]{0,2}月)?[，,]?\\s*(?:共|累计|已)?(?:实现|完成|营收|营业收入|净利润|销售|产值|交付|总投资|投资|持股)");

    /**
     * 公司, 该公司, 集团 opening a clause that says what it did, or 公司表示，… of what it does: the firm named last before in this
     * paragraph, else the firm the report is about (the first to open a sentence).
     */
    private Optional<EntityMention> firmReferredTo(int clauseStart, int offset, int sentenceStart) {
        // 公司表示，全年将力争实现新能源汽车销量40万辆: the firm speaking of what it does (not of its market: 渗透率有望突破50%).
        boolean speaking = clauseStart > sentenceStart && FIRM_SPEAKS.matcher(text).region(sentenceStart, clauseStart).lookingAt()
                && FIRMS_OWN.matcher(text).region(clauseStart, offset).find() && !A_MARKET.matcher(text).region(clauseStart, offset).find();
        if (!speaking && !FIRM_ANAPHOR.matcher(text).region(clauseStart, offset).lookingAt()) {
            return Optional.empty();
        }
        int before = speaking ? sentenceStart : clauseStart;
        // 该行 is a bank: the last bank named, not a partner firm named after it.
        boolean aBank = !speaking && BANK_ANAPHOR.matcher(text).region(clauseStart, offset).lookingAt();
        int paragraphStart = text.lastIndexOf('\n', clauseStart) + 1;
        // A results report says 公司 paragraph after paragraph. Never a firm a sentence sets against 公司, a partner, subsidiary
        // or supplier (瑞丰储能技术有限公司为公司全资子公司, 天源锂业股份有限公司…与公司签订长期供货协议), nor one given as an example
        // (引进华为、比亚迪等龙头企业), nor past a zone or place named since (宁德市规上工业… after the firm's report is the city's).
        Set<String> againstTheCompany = firmsSetAgainstTheCompany();
        java.util.function.Predicate<EntityMention> candidate = m -> m.end() <= before && "、等".indexOf(text.charAt(m.end())) < 0
                && !againstTheCompany.contains(m.canonical()) && (!aBank || m.text().endsWith("行") || m.canonical().contains("银行"));
        Optional<EntityMention> inParagraph = firms.stream().filter(m -> m.start() >= paragraphStart && candidate.test(m)).reduce((a, b) -> b);
        // A feature on one firm names it first, inside its first sentence (走进…的昆山瑞维精密电子维修有限公司，…), and says 公司
        // after (not a supplier a later paragraph names).
        return inParagraph.or(() -> firms.stream().filter(m -> m.start() < paragraphStart && candidate.test(m) && opensASentence(m)).findFirst())
                .or(() -> firms.stream().filter(m -> m.start() < paragraphStart && candidate.test(m)).findFirst())
                .filter(firm -> !subjectNamedSince(firm.end(), clauseStart));
    }

    /**
     * Whether a zone or place opens a clause between {@code from} and {@code to} (宁德市规上工业…), so a 公司 after it is not
     * the firm before it; places a clause only mentions (来自墨西哥、越南的笔记本电脑) are no such subject.
     */
    private boolean subjectNamedSince(int from, int to) {
        return named.stream().anyMatch(m -> m.start() >= from && m.start() < to && opens(text, m, CLAUSE_BREAKS));
    }

    /** The firms a sentence sets against 公司, found once per document. */
    private Set<String> firmsSetAgainstTheCompany() {
        if (firmsAgainstTheCompany == null) {
            firmsAgainstTheCompany = firms.stream().filter(m -> {
                int sentenceEnd = text.indexOf('。', m.end());
                return AGAINST_THE_COMPANY.matcher(text).region(m.end(), sentenceEnd < 0 ? text.length() : sentenceEnd).find();
            }).map(EntityMention::canonical).collect(Collectors.toSet());
        }
        return firmsAgainstTheCompany;
    }

    private Set<String> firmsAgainstTheCompany;

    private static final Pattern AGAINST_THE_COMPANY = Pattern.compile("(?:为|与|和|同|向|系|是)公司");

    private boolean opensASentence(EntityMention firm) {
        int sentenceStart = Math.max(text.lastIndexOf('。', firm.start()), text.lastIndexOf('\n', firm.start())) + 1;
        return OPENING_WORDS.matcher(text).region(sentenceStart, firm.start()).matches();
    }

    /** 预计全球储能电池出货量: what a firm says of its market is not its own. */
    private static final Pattern A_MARKET = Pattern.compile("全球|全国|行业|市场|国内|世界");
    private static final Pattern FIRMS_OWN = Pattern.compile("实现|完成|营收|营业收入|净利润|销售|销量|交付|产量|产值|出货|订单");
    private static final Pattern FIRM_SPEAKS = Pattern.compile("\\s*(?:该|本)?公司(?:表示|介绍|称|预计|透露)[，,：:]");

    /** The subject of the figure, unless a list before 分别 gave one (the caller's to try first). */
    Optional<String> of(Quantity quantity, int clauseStart, Sentence sentence, String indicator, Optional<EntityMention> owner) {
        boolean rank = quantity.kind() == QuantityKind.RANK;
        // 全国…第40位: a rank among the nation's is the ranked one's; 全省生产总值15760亿元，增长5.9%: the scope (or the firm
        // the clause names) holds through the sentence's later clauses until a name is given.
        // 麻辣烫带火全市文旅，全年接待游客4256万人次: a scope an earlier clause of the sentence gives holds where no name is given since.
        // 232家国家级经济技术开发区实现地区生产总值16万亿元: all the nation's zones of a kind, counted, are the nation's.
        Optional<String> scoped = rank ? Optional.empty()
                : documentSubject.equals(Optional.of(NATION))
                        && COUNTED_NATIONAL_ZONES.matcher(text).region(sentence.partStartBefore(text, quantity.start()), quantity.start()).lookingAt() ? Optional.of(NATION)
                : scopeBefore(text, clauseStart, quantity.start(), named, scopes).or(() -> owner.map(EntityMention::canonical))
                        .or(() -> theDocumentsZoneByItsKind(sentence, clauseStart, quantity.start()))
                        .or(() -> sentenceScope.isEmpty() ? scopeBefore(text, sentence.partStartBefore(text, quantity.start()), quantity.start(), named, scopes)
                                : Optional.empty());
        if (scoped.isPresent()) {
            sentenceScope = scoped;
            scopeFromAFirm = owner.isPresent() && scoped.equals(owner.map(EntityMention::canonical));
            scopeClause = clauseStart;
            // 该行累计为南宁片区企业提供融资186.3亿元，同比增长27.4%: a place or zone the firm's own clause names before its figure
            // is whom it served, and takes none of the sentence's later figures.
            scopeNamesFrom = scopeFromAFirm ? quantity.start() : clauseStart;
        } else if (!rank && !namedSince(named, scopeNamesFrom, quantity.start())
                // 施耐德电气宣布…；日本企业Nidec…投资1.1亿美元: a firm's figures end where a part of the sentence names another.
                && !(scopeFromAFirm && sentence.partStartBefore(text, quantity.start()) > scopeClause
                        && namedSince(firmsAndInstitutions, sentence.partStartBefore(text, quantity.start()), quantity.start()))) {
            scoped = sentenceScope;
        }
        // 国内生产总值 (not 地区生产总值) is the nation's product, unless a place is named with it.
        if (scoped.isEmpty() && indicator.startsWith("国内生产总值") && !namedSince(named, sentence.start(), quantity.start())) {
            scoped = Optional.of(NATION);
        }
        // 数量居粤港澳大湾区各合作平台首位: a place in the group a rank is among is not what is ranked.
        Matcher among = rank ? ProseObservations.RANKED_IN.matcher(text).region(clauseStart, quantity.start()) : null;
        int before = among != null && among.find() ? among.start() : quantity.start();
        return scoped.or(() -> theZoneASentenceLocates(sentence, before)).or(() -> subjectBefore(named, text, sentence, before))
                .or(() -> issuerOfAPlan(sentence, quantity.start()))
                .or(() -> documentSubject);
    }

    /**
     * 上半年，合作区地区生产总值完成225.7亿元 in a 横琴粤澳深度合作区 document (after a sentence on 澳门): the kind of zone opening
     * the clause, after its time words, where its sentence names no one before it, is the one zone of that kind its paragraph
     * has named (…、中韩（长春）国际合作示范区加快建设。示范区新签约项目37个), else the document's (今年，新区… in a 两江新区 document
     * after 两江新区与四川天府新区签署…).
     */
    private Optional<String> theDocumentsZoneByItsKind(Sentence sentence, int clauseStart, int offset) {
        Matcher word = ZONE_WORD_OPENING.matcher(text).region(clauseStart, offset);
        if (!word.lookingAt() || named.stream().anyMatch(m -> m.start() >= sentence.start() && m.start() < offset)) {
            return Optional.empty();
        }
        String kind = word.group(1);
        String fullKind = spelledOut(kind);
        java.util.function.Predicate<String> ofTheKind = name -> name.endsWith(kind) || name.endsWith(fullKind);
        int paragraphStart = text.lastIndexOf('\n', clauseStart) + 1;
        List<String> inParagraph = named.stream().filter(m -> m.start() >= paragraphStart && m.end() <= clauseStart && m.type() == EntityType.ZONE
                && ofTheKind.test(m.canonical())).map(EntityMention::canonical).distinct().toList();
        // 合作区实现地区生产总值… in a Macau release naming 横琴粤澳深度合作区 only in its committee's name and 澳门 throughout: the
        // one zone of the kind the document has named.
        return inParagraph.size() == 1 ? Optional.of(inParagraph.get(0)) : documentSubject.filter(ofTheKind).or(() -> {
            List<String> ofTheKindNamed = zones.stream().filter(m -> m.end() <= clauseStart && ofTheKind.test(m.canonical()))
                    .map(EntityMention::canonical).distinct().limit(2).toList();
            return ofTheKindNamed.size() == 1 && inParagraph.isEmpty() ? Optional.of(ofTheKindNamed.get(0)) : Optional.empty();
        });
    }


    /**
     * 开发区位于芜湖市主城区北部，规划面积118平方公里: a sentence opening with a kind of zone and naming, before the figure, only
     * where it lies, is about the document's zone of that kind (not the city it lies in).
     */
    private Optional<String> theZoneASentenceLocates(Sentence sentence, int offset) {
        Matcher word = ZONE_WORD_OPENING.matcher(text).region(sentence.start(), offset);
        List<EntityMention> before = named.stream().filter(m -> m.start() >= sentence.start() && m.start() < offset).toList();
        if (!word.lookingAt() || before.isEmpty() || !before.stream().allMatch(m -> located(text, m))) {
            return Optional.empty();
        }
        String kind = word.group(1);
        String fullKind = spelledOut(kind);
        return documentSubject.filter(name -> name.endsWith(kind) || name.endsWith(fullKind));
    }

    /**
     * 陕西省人民政府办公厅此前印发的《…实施方案》提出，到2027年，中欧班列（西安）开行量力争突破6000列: where the sentence names no one
     * else, a plan's figures are those of the place whose body issued it.
     */
    private Optional<String> issuerOfAPlan(Sentence sentence, int offset) {
        List<Issuer> issuing = issuers.stream().filter(issuer -> issuer.start() >= sentence.start() && issuer.end() < offset
                && ISSUED.matcher(text).region(issuer.end(), offset).lookingAt()).toList();
        // 重庆市人民政府办公厅、四川省人民政府办公厅联合印发: a plan of several places is none's alone.
        if (issuing.size() != 1 || "、和与及".indexOf(text.charAt(issuing.get(0).end())) >= 0) {
            return Optional.empty();
        }
        // 南京市人民政府印发的《南京江北新区发展总体规划》: a plan for the document's zone is the zone's.
        int title = text.indexOf('《', issuing.get(0).end());
        int titleEnd = title < 0 ? -1 : text.indexOf('》', title);
        String planTitle = titleEnd < 0 ? "" : text.substring(title, titleEnd);
        return documentSubject.filter(planTitle::contains).isPresent() ? Optional.empty() : Optional.of(issuing.get(0).place());
    }

    /** 印发的《, 联合出台了《, 此前发布《: a body issuing the plan whose figures follow. */
    private static final Pattern ISSUED = Pattern.compile("[、\\p{IsHan}]{0,16}?(?:印发|出台|发布|制定|编制)(?:的|了)?《");

    /** 贡献了全省17.5%的外贸进出口: a percentage right after the scope word makes it a share's whole. */
    private static final Pattern SHARE_AFTER = Pattern.compile("(?:约|近|超过?|逾)?[0-9.]+%");
    /**
     * 全州, 我州, 本州: an autonomous prefecture's scope words; not the county 全州 (全州县, 全州、兴安两县) nor Japan's 本州 (日本本州,
     * 本州岛).
     */
    static final String PREFECTURE_SCOPE = "全州(?![县、和与及])|我州|(?<!日)本州(?!岛)";

    /**
     * 全国, 全省, 全市, 全州 and their first-person forms before a figure: the whole it is of (not after 占, 居, 于, 在, 以, 位列 or 排名: 占全省的,
     * 居全国第一, 位列全国第8位, 高于全省, 在全国率先, 以全省不到4%的面积; nor before 首创 or 率先: 全国首创181项 are the zone's firsts);
     * 全区 and 我区 where an autonomous region's report says them ({@link Scopes#standsFor}); not inside a word (健全市场, 健全区域, 安全区, 全区域);
     * 全州 as {@link #PREFECTURE_SCOPE} has it.
     */
    private static final Pattern SCOPE = Pattern.compile("(?<![占于居在比较以列名健安完])(全国|我国|全省|我省|本省|全市|我市|本市|" + PREFECTURE_SCOPE + "|全县|我县|本县|全区|我区)"
            + "(?!首|率先|第一|领先|前|域|间)");


    /** Mentions not nested in another: 南昌 inside 南昌综保区 is part of the zone's name, not a subject of its own. */
    private static List<EntityMention> outermost(List<EntityMention> mentions) {
        List<EntityMention> sorted = mentions.stream()
                .sorted(Comparator.comparingInt(EntityMention::start).thenComparing(Comparator.comparingInt(EntityMention::end).reversed())).toList();
        Covering covering = new Covering(sorted);
        return sorted.stream().filter(m -> !covering.coversLonger(m)).toList();
    }

    /**
     * Whether a mention lies inside a longer one of a set, answered in one pass over the set sorted by start (documents
     * name thousands of places and bodies, and comparing every pair grows with the square of their number).
     */
    private static final class Covering {
        private final int[] starts;
        /** The furthest end of the mentions up to each one in start order, and the earliest start reaching it. */
        private final int[] furthestEnd;
        private final int[] furthestEndStart;

        Covering(List<EntityMention> byStart) {
            int n = byStart.size();
            starts = new int[n];
            furthestEnd = new int[n];
            furthestEndStart = new int[n];
            for (int i = 0; i < n; i++) {
                EntityMention m = byStart.get(i);
                starts[i] = m.start();
                boolean further = i == 0 || m.end() > furthestEnd[i - 1];
                furthestEnd[i] = further ? m.end() : furthestEnd[i - 1];
                furthestEndStart[i] = further ? m.start() : furthestEndStart[i - 1];
            }
        }

        /** A mention of the set starting at or before {@code m} ends after it, or at its end having started before it. */
        boolean coversLonger(EntityMention m) {
            int last = lastStartingAtOrBefore(m.start());
            return last >= 0 && (furthestEnd[last] > m.end() || furthestEnd[last] == m.end() && furthestEndStart[last] < m.start());
        }

        private int lastStartingAtOrBefore(int offset) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] <= offset) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }
    }

    /**
     * The places 全国, 全省, 全市, 全州, 全县 (and 全区 in an autonomous region's own report) stand for in this document: the nation; the
     * province, the city, the autonomous prefecture and the county its title names
     * or it names most (a place named inside a body's name counts: 湖北省 of 湖北省人民政府); a province it never names
     * is the one its places and zones lie in (全省7个综合保税区 after 南昌综合保税区, 赣州综合保税区 …: 江西省).
     */
    record Scopes(Optional<String> province, Optional<String> city, Optional<String> prefecture, Optional<String> county, boolean regional) {

        private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");

        static Scopes of(List<EntityMention> mentions, Optional<String> titleSubject, Optional<String> homeProvince, Optional<String> homePrefecture,
                         Optional<String> issuingCity) {
            List<EntityMention> places = mentions.stream().filter(m -> m.type() == EntityType.PLACE && !m.contextual()).toList();
            Optional<String> province = titleSubject.filter(Scopes::provincial)
                    .or(() -> mostMentioned(places.stream().filter(m -> provincial(m.canonical())).toList()))
                    .or(() -> homeProvince.filter(Scopes::provincial));
            // 全市 in a paper 南安市工业和信息化局 issues is 南安市's, however often it names 泉州市.
            Optional<String> city = titleSubject.filter(name -> name.endsWith("市")).or(() -> issuingCity)
                    .or(() -> mostMentioned(places.stream().filter(m -> m.canonical().endsWith("市")).toList()));
            // 全州 in an autonomous prefecture's paper (黔西南布依族苗族自治州), which may name it only in its bodies' names or its own.
            // The home the entity stage weighed (named most, or the paper's) before any prefecture named once.
            Optional<String> prefecture = titleSubject.filter(name -> name.endsWith(AUTONOMOUS_PREFECTURE))
                    .or(() -> homePrefecture)
                    .or(() -> mostMentioned(places.stream().filter(m -> m.canonical().endsWith(AUTONOMOUS_PREFECTURE)).toList()));
            // 全县 in a county's work report (沂水县).
            Optional<String> county = titleSubject.filter(name -> name.endsWith("县"))
                    .or(() -> mostMentioned(places.stream().filter(m -> m.canonical().endsWith("县")).toList()));
            // 全区 in an autonomous region's own report is the region's: its title's subject, or, with no subject, no zone and no
            // district, county or banner named (a district's report says 全区 of the district), the region. Elsewhere 全区 is a
            // district's or a zone's, which the scope words leave to other rules.
            boolean localPlaceNamed = places.stream().anyMatch(m -> !m.canonical().endsWith(AUTONOMOUS_REGION) && LOCAL_LEVELS.matcher(m.canonical()).find());
            boolean regional = province.filter(name -> name.endsWith(AUTONOMOUS_REGION)).isPresent()
                    && (titleSubject.equals(province) || titleSubject.isEmpty() && !localPlaceNamed && mentions.stream().noneMatch(m -> m.type() == EntityType.ZONE));
            return new Scopes(province, city, prefecture, county, regional);
        }

        private static final String AUTONOMOUS_PREFECTURE = "自治州";

        private static final String AUTONOMOUS_REGION = EntityLinker.AUTONOMOUS_REGION;
        /** 兴庆区, 镇雄县, 准格尔旗: a district, county or banner (not 东部地区, a part of the country, nor a prefecture). */
        private static final Pattern LOCAL_LEVELS = Pattern.compile("(?<!地)区$|[县旗]$");

        /** A province's name: not the bare level (自治区党委's 自治区) a mention left unlinked. */
        private static boolean provincial(String name) {
            return name.endsWith("省") && name.length() > 1 || name.endsWith(AUTONOMOUS_REGION) && name.length() > AUTONOMOUS_REGION.length()
                    || MUNICIPALITIES.contains(name);
        }

        /** The province, city or prefecture whose scope words (全省, 我市, 全州 …) the text uses three times or more, the most used. */
        Optional<String> usedThroughout(String text) {
            int province = occurrences(text, "全省") + occurrences(text, "我省") + (regional ? (int) SCOPE.matcher(text).results().filter(m -> REGION_WIDE.contains(m.group(1))).count() : 0);
            int city = occurrences(text, "全市") + occurrences(text, "我市") + occurrences(text, "本市");
            int prefecture = this.prefecture.isEmpty() ? 0 : (int) SCOPE.matcher(text).results().filter(m -> PREFECTURE_WIDE.contains(m.group(1))).count();
            if (Math.max(Math.max(province, city), prefecture) < 3) {
                return Optional.empty();
            }
            return prefecture > Math.max(province, city) ? this.prefecture : province >= city ? province() : city();
        }

        private static final Set<String> PREFECTURE_WIDE = Set.of("全州", "我州", "本州");

        private static int occurrences(String text, String word) {
            int count = 0;
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                count++;
            }
            return count;
        }

        /** Whether the scope word stands for a whole here: 全区 only in an autonomous region's own report. */
        boolean standsFor(String scope) {
            return regional || !REGION_WIDE.contains(scope);
        }

        private static final Set<String> REGION_WIDE = Set.of("全区", "我区");

        Optional<String> of(String scope) {
            return switch (scope) {
                case "全国", "我国" -> Optional.of(NATION);
                case "全省", "我省", "本省" -> province;
                case "全县", "我县", "本县" -> county;
                case "全州", "我州", "本州" -> prefecture;
                case "全区", "我区" -> province;
                default -> city;
            };
        }
    }

    /**
     * 2023年，全省地区生产总值增长6%: the whole a scope word in the figure's clause stands for, when no zone or place is
     * named between them (全市高新区 is the city's; 全省…，武汉市增长7% is Wuhan's).
     */
    private static Optional<String> scopeBefore(String text, int clauseStart, int offset, List<EntityMention> subjects, Scopes scopes) {
        Matcher scope = SCOPE.matcher(text).region(clauseStart, offset);
        int scopeEnd = -1;
        String word = null;
        while (scope.find()) {
            if (scopes.standsFor(scope.group(1))) {
                scopeEnd = scope.end();
                word = scope.group(1);
            }
        }
        // 占同期我国外贸总值的23.1%, 以全省不到4%的面积, 贡献了全省17.5%的: the whole a part is measured against.
        if (word == null || text.substring(clauseStart, scopeEnd).contains("占") || SHARE_AFTER.matcher(text).region(scopeEnd, text.length()).lookingAt()) {
            return Optional.empty();
        }
        int after = scopeEnd;
        boolean namedAfter = subjects.stream().anyMatch(m -> m.start() >= after && m.start() < offset);
        return namedAfter ? Optional.empty() : scopes.of(word);
    }

    /**
     * 2023年，南昌综保区…: a zone or place an earlier sentence opens with (after its time words) is what the paragraph is
     * about; one named inside it (科伦博泰在香港联交所上市) is not.
     */
    private static boolean opensItsSentence(String text, EntityMention mention) {
        return opens(text, mention, SENTENCE_BREAKS);
    }

    /** Whether only opening words (据…统计，, a date, 其中) stand between the mention and the last of these breaks before it. */
    private static boolean opens(String text, EntityMention mention, String breaks) {
        int start = mention.start();
        while (start > 0 && breaks.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return SENTENCE_OPENING.matcher(text.substring(start, mention.start())).matches();
    }

    private static final String SENTENCE_BREAKS = "。！？!?\n";
    private static final String CLAUSE_BREAKS = "，,；;" + SENTENCE_BREAKS;

    // 据兰州海关统计，, 记者从苏州工业园区海关获悉，: the source a sentence opens with comes before its subject.
    private static final Pattern SENTENCE_OPENING = Pattern.compile(
            "(?:据[^，,。]{1,16}(?:统计|消息|数据|显示)[，,]|记者从[^，,。]{1,16}获悉[，,]|力争到|到|至|[\\s，,、：:0-9０-９—\\-－~至]|年|月份?|底|末|上半年|下半年|前三季度|[一二三四]季度|今年|去年|全年|其中|同时|此外|目前|截至|截止|以来)*");
    /** 上半年，合作区…: a kind of zone opening a clause, after what a sentence may open with. */
    private static final Pattern ZONE_WORD_OPENING = Pattern.compile(SENTENCE_OPENING.pattern()
            + "(合作区|新区|片区|综保区|保税区|综合保税区|开发区|经开区|高新区|示范区|实验区)(?![内外域])");

    /**
     * 赛力斯集团实现营业收入358.4亿元，增长5%: a firm named in the figure's clause after any zone or place is whose figure
     * it is (not the zone's it stands in), and so on through the sentence like a scope word.
     */
    private static Optional<EntityMention> firmBefore(String text, List<EntityMention> firms, List<EntityMention> subjects, int clauseStart, int offset) {
        // Not a firm's other name in brackets after it (特斯拉（Tesla）).
        EntityMention firm = ProseObservations.mentionsWithin(firms, clauseStart, offset).stream().filter(m -> !(m.start() > 0 && "（(".indexOf(text.charAt(m.start() - 1)) >= 0 && "）)".indexOf(text.charAt(m.end())) >= 0))
                .reduce((a, b) -> b).orElse(null);
        // Not one of firms listed as examples (中船集团、中集集团、北船重工等企业), nor a firm-like name of an industry
        // (重庆汽车产量, 上海市银行业): the firm is followed by what it does.
        // 巴斯夫公司将在南京江北新区投资12亿欧元, 巴斯夫在广东湛江投资: where the firm does it (right after 在) is no owner of
        // what it does.
        int[] actsIn = firm == null ? null : placeTheFirmActsIn(text, subjects, firm.end());
        // 中国银行广西区分行为南宁片区企业办理国际结算量97.8亿美元: the zone or place a firm serves is whom it served.
        int[] served = firm == null || actsIn != null ? null : placeTheFirmServes(text, subjects, firm.end());
        int[] where = served != null ? served : actsIn;
        int doneFrom = where == null ? (firm == null ? 0 : firm.end()) : where[1];
        boolean owner = firm != null && firm.end() < text.length() && "、等及和与".indexOf(text.charAt(firm.end())) < 0
                && (firm.start() == 0 || text.charAt(firm.start() - 1) != '、') && (served != null || FIRM_DOES.matcher(text).region(doneFrom, text.length()).lookingAt());
        return !owner || subjects.stream().anyMatch(m -> m.start() > firm.start() && m.start() < offset && !(where != null && m.start() >= where[0] && m.end() <= where[1])
                && !siteOfAFacility(text, m)) ? Optional.empty() : Optional.of(firm);
    }

    /** Where the zones or places a firm serves (为…企业办理, 向…客户发放) start and end, or null. */
    private static int[] placeTheFirmServes(String text, List<EntityMention> subjects, int firmEnd) {
        Matcher serves = SERVES.matcher(text).region(firmEnd, text.length());
        if (!serves.lookingAt()) {
            return null;
        }
        int end = endOfNamesFrom(subjects, serves.end());
        return end > serves.end() && SERVICE.matcher(text).region(end, text.length()).lookingAt() ? new int[] {serves.end(), end} : null;
    }

    /** Where the zones or places named one right after another from {@code from} end ({@code from} if none starts there). */
    private static int endOfNamesFrom(List<EntityMention> subjects, int from) {
        int end = from;
        for (EntityMention m : subjects) {
            if (m.start() == end) {
                end = m.end();
            }
        }
        return end;
    }

    private static final Pattern SERVES = Pattern.compile("(?:累计|全年|共|已|还)?(?:为|向)");
    /** 企业办理, 客户发放, 提供: what a firm gives the firms or people of the place it serves. */
    private static final Pattern SERVICE = Pattern.compile("(?:内|区内)?(?:\\p{IsHan}{0,4}?(?:企业|客户|项目|市场主体|商户|居民))?(?:提供|办理|发放|投放|授信|融资|贷款)");

    /** Where the zones or places named one after another right after a firm and 在/于 (将在, 计划于, 落户) start and end, or null. */
    private static int[] placeTheFirmActsIn(String text, List<EntityMention> subjects, int firmEnd) {
        Matcher in = ACTS_IN.matcher(text).region(firmEnd, text.length());
        if (!in.lookingAt()) {
            return null;
        }
        int end = endOfNamesFrom(subjects, in.end());
        // A short name no list knows (将在临港投资), right before what the firm does there.
        for (int length = SHORT_PLACE_MIN; end == in.end() && length <= SHORT_PLACE_MAX && in.end() + length < text.length(); length++) {
            if (SentenceView.isHan(text.substring(in.end(), in.end() + length)) && FIRM_DOES.matcher(text).region(in.end() + length, text.length()).lookingAt()) {
                return new int[] {in.end(), in.end() + length};
            }
        }
        return end == in.end() ? null : new int[] {in.end(), end};
    }

    private static final int SHORT_PLACE_MIN = 2;
    private static final int SHORT_PLACE_MAX = 4;
    static final Pattern ACTS_IN = Pattern.compile("(?:宣布|表示|将|拟|计划|已|已经|还|再|也|决定|正式)*(?:在|于|落户|入驻)");

    /** What follows a firm that owns the figures after it: 实现营业收入, 完成产值, 全年营收, 海外营收, 2023年, a comma. */
    private static final Pattern FIRM_DOES = Pattern.compile("[，,：:]|"
            // 特斯拉（Tesla）上海超级工厂第三季度（Q3）共交付, 瑞典SKF集团（斯凯孚）追加投资: its other name in brackets, its
            // plant, a part of the year.
            + "(?:[（(][A-Za-z0-9 .&\\p{IsHan}]{1,24}[）)])?(?:\\p{IsHan}{0,4}?(?:超级工厂|工厂|生产基地|基地))?"
            + "(?:[0-9]{4}年)?(?:第?[一二三四]季度|[0-9]{1,2}月份?)?(?:[（(][A-Za-z0-9]{1,6}[）)])?"
            + "(?:全年|今年|上半年|前三季度|去年|共|累计|已|此次|本次|再次|还)?(?:通过[^，,；;]{1,16}?(?:系统|平台|渠道)(?:成功|顺利)?)?(?:海外|境外|国内|全球|主营业务)?"
            + "(?:实现|完成|营收|营业收入|净利润|销售|出口|进口|产值|交付|投资|新增|年产|产能|营业额|签约|拥有|追加|增资|总投资|计划投资|拟投资|发行|\\d{4}年)"
            // 宁德时代动力电池装车量: what a firm sells or holds of a market (not 重庆汽车产量, a city's industry).
            + "|\\p{IsHan}{0,4}?(?:装车量|装机量|销量|出货量|交付量|市场份额|市占率)");
    /**
     * 2025年该行累计为…企业提供融资186.3亿元: a bank's release says 该行 of the bank, after the clause's time words (not 该行业,
     * 本行政区域, 该行动计划).
     */
    private static final Pattern BANK_ANAPHOR = Pattern.compile("(?:[0-9]{4}年|今年|去年|全年|今年以来)?(?:该|本)行(?![业政动为列程情使驶])(?=\\p{IsHan})");

    /** 公司货币资金余额: 公司 opening a clause is the firm the paragraph is about, whatever figure of it follows. */
    private static final Pattern FIRM_ANAPHOR = Pattern.compile("(?:该|本|新|合资)?(?:公司|集团|企业)(?=" + FIRM_DOES.pattern() + "|注册资本)|(?:该|本)?公司(?![类制型化数债]|注册)(?=\\p{IsHan}{2})"
            + "|" + BANK_ANAPHOR.pattern());

    private static boolean namedSince(List<EntityMention> subjects, int from, int to) {
        return subjects.stream().anyMatch(m -> m.start() >= from && m.start() < to);
    }

    private static Optional<String> subjectBefore(List<EntityMention> subjects, String text, Sentence sentence, int offset) {
        // 三是…天府新区地区生产总值达到5750亿元。四是民生保障持续加强。城镇新增就业103万人: a new enumerated point of a
        // paragraph starts a new topic, and carries over no name from the points before it.
        int paragraphStart = text.lastIndexOf('\n', sentence.start()) + 1;
        // …but the paragraph's lead-in, before its first point, still speaks for all of them (我市综合保税区…。一是…三是…).
        int[] points = pointsBefore(text, paragraphStart, sentence.start());
        int firstPoint = points[0];
        int pointStart = points[1];
        EntityMention inSentence = null;
        EntityMention inParagraph = null;
        for (EntityMention mention : subjects) {
            if (mention.start() >= offset) {
                break;
            }
            // 占四川省外贸进出口总额的39.4%: the whole a share is of is no subject of what follows.
            if (mention.start() > 0 && text.charAt(mention.start() - 1) == '占') {
                continue;
            }
            // 推动苏州工业园区、昆山经济技术开发区等开发区创新提升，实际使用外资力争达到75亿美元: zones an earlier clause acts on,
            // listed as examples, are no subject of a later one.
            if (mention.start() >= sentence.start() && actedOnInAnEarlierClause(text, mention, sentence, offset)) {
                continue;
            }
            // 安庆综合保税区…，位于安庆经济技术开发区内，一期围网面积…: where a zone named before stands is not a new subject.
            if (mention.start() >= sentence.start()) {
                inSentence = inSentence != null && inSentence.type() == EntityType.ZONE && located(text, mention) ? inSentence : mention;
            } else if (mention.start() >= paragraphStart && (pointStart < 0 || mention.start() < firstPoint || mention.start() >= pointStart)
                    && opensItsSentence(text, mention)) {
                inParagraph = mention;
            }
        }
        EntityMention chosen = inSentence != null ? inSentence : inParagraph;
        return Optional.ofNullable(chosen).map(EntityMention::canonical);
    }

    /**
     * Where the paragraph's first 一是, 二是 … point opening a sentence starts, and its last at or before {@code offset}; -1 for
     * both where none does.
     */
    private static int[] pointsBefore(String text, int paragraphStart, int offset) {
        Matcher point = ENUMERATED_POINT.matcher(text).region(paragraphStart, Math.min(text.length(), offset + 4));
        int first = -1;
        int last = -1;
        while (point.find() && point.start() <= offset) {
            first = first < 0 ? point.start() : first;
            last = point.start();
        }
        return new int[] {first, last};
    }

    /** 232家国家级经济技术开发区实现…, in a national text (not 232家国家级经开区中，苏州工业园区…: a set others are counted in). */
    private static final Pattern COUNTED_NATIONAL_ZONES = Pattern.compile("\\s*(?:全国)?[0-9]{2,4}(?:家|个)国家级\\p{IsHan}{0,8}?(?:开发区|经开区|新区|高新区|综合保税区|综保区)(?![中里])");
    private static final Pattern ENUMERATED_POINT = Pattern.compile("(?<=^|[。；;！])\\s*[一二三四五六七八九十]{1,2}是(?=\\p{IsHan})");

    private static boolean actedOnInAnEarlierClause(String text, EntityMention mention, Sentence sentence, int offset) {
        boolean laterClause = Sentence.anyOf(text, mention.end(), offset, Sentence.CLAUSE_BREAKS);
        // Only zones listed as examples (南京海关推动江宁综合保税区加快发展，今年前3个月实现进出口56亿元 is the zone's).
        boolean listed = mention.end() < text.length() && "、等".indexOf(text.charAt(mention.end())) >= 0
                || mention.start() > 0 && text.charAt(mention.start() - 1) == '、';
        return laterClause && listed && ACTING_ON.matcher(text).region(sentence.clauseStartBefore(text, mention.start()), mention.start()).find();
    }

    private static final Pattern ACTING_ON = Pattern.compile("推动|推进|支持|鼓励|引导|促进|深化|带动|依托|发挥|对标");
    /** What firms do to a figure that is not theirs: act on it, drive it (京东方、维信诺带动园区…产值). */
    private static final Pattern DRIVING = Pattern.compile("(?:" + ACTING_ON.pattern() + "|拉动|引领|助推|助力|支撑|牵引|辐射|使|让)");

    /** The name mentioned most; of equals, the one named first (a report opens with what it is about). */
    private static Optional<String> mostMentioned(List<EntityMention> subjects) {
        Map<String, Long> counts = subjects.stream().collect(Collectors.groupingBy(EntityMention::canonical, Collectors.counting()));
        Map<String, Integer> first = subjects.stream().collect(Collectors.toMap(EntityMention::canonical, EntityMention::start, Math::min));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(entry -> first.get(entry.getKey()), Comparator.reverseOrder())).map(Map.Entry::getKey);
    }
}
