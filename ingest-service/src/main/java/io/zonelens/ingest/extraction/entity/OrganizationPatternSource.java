package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Institutes, universities, associations and media: an anchor (a place, zone or known organization, or 国家/中国)
 * followed by nouns and an organization word (天津大学滨海工业研究院, 国家海洋技术中心). Media names (南昌日报) need
 * the place right before the suffix. Without an anchor (检测实验室, 保税加工制造中心) nothing is proposed.
 */
public class OrganizationPatternSource implements EntityCandidateSource {

    private static final int WINDOW = 14;
    private static final int LISTED_ANCHOR_WINDOW = 20;
    /** 天津中心 or 天津实验室 name nothing in particular: a real name has words between anchor and suffix. */
    private static final int MIN_MIDDLE = 2;

    /** 重点 right before 实验室 (or another suffix): the kind of institution, whose name gives its field before it. */
    private static final String KEY = "重点";

    /** 国家重点实验室, 国家级企业技术中心, 河北省级重点实验室: categories, not organizations (a level's character may come first). */
    private static boolean genericMiddle(SentenceView view, int from) {
        int after = from + levelAt(view, from);
        return view.text().startsWith("级", from) || view.text().startsWith(KEY, after) || view.text().startsWith("级", after);
    }

    /** 新增 of 湖南省新增…: the word after the anchor (and a level's character) is a verb, no field. */
    private static boolean opensWithAVerb(SentenceView view, int from) {
        int index = view.tokenAt(from + levelAt(view, from));
        return index >= 0 && view.tokens().get(index).pos().startsWith("v") && !view.tokens().get(index).pos().equals("vn");
    }

    /** 1 where a level's character (省 of 河北/省) stands at {@code at}, else 0. */
    private static int levelAt(SentenceView view, int at) {
        return at < view.sentence().end() && PositionExtractor.LEVELS.indexOf(view.charAt(at)) >= 0 ? 1 : 0;
    }

    @Override
    public String name() {
        return NAME;
    }

    private static final String NAME = "organization-pattern";

    /** 西安铁路集装箱中心站/nis: the suffix ends inside a word naming a facility (a station), no organization's name. */
    private static boolean insideAFacilitysWord(SentenceView view, Lexicon.Hit suffix) {
        int word = view.tokenAt(suffix.end() - 1);
        return word >= 0 && view.tokens().get(word).end() > suffix.end() && view.tokens().get(word).word().endsWith("站");
    }

    private static final String BASE = "基地";
    private static final int MAX_BASE_NAME = 24;
    private static final int MIN_BASE_NAME = 6;
    private static final String CONJUNCTIONS = "和与及";

    /**
     * 上合组织农业技术交流培训示范基地（以下简称“上合基地”）: a base named at length and given a short name is a platform of
     * its own (a base alone is a plant or a farm: 生产基地, 宁德时代洛阳基地).
     */
    private static List<EntityCandidate> basesGivenAShortName(SentenceView view) {
        List<EntityCandidate> bases = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "基")) {
            return bases;
        }
        for (int base = view.text().indexOf(BASE, view.sentence().start()); base >= 0 && base < view.sentence().end(); base = view.text().indexOf(BASE, base + 1)) {
            int end = base + BASE.length();
            if (!view.tokenEndsAt(end) || DefinedShortNames.definedAt(view.text(), end, view.sentence().end()) == null) {
                continue;
            }
            int start = CompanyPatternSource.nameStart(view, end, MAX_BASE_NAME);
            // 农业自贸片区和上合组织…基地: a conjunction after a whole name or kind joins another item to the base's name; after
            // anything else it is the name's own (科技创新与成果转化示范基地), which the name's start cannot tell: none is given.
            for (int at = end - 1; start >= 0 && at >= start - 1 && at > view.sentence().start(); at--) {
                if (CONJUNCTIONS.indexOf(view.charAt(at)) >= 0 && view.tokenStartsAt(at + 1)) {
                    start = anItemEndsAt(view, at) ? Math.max(start, at + 1) : -1;
                    break;
                }
            }
            if (start >= 0 && end - start >= MIN_BASE_NAME && SentenceView.isHan(view.slice(start, end))) {
                bases.add(new EntityCandidate(EntityType.ORGANIZATION, start, end, NAME, 0.7));
            }
        }
        return bases;
    }

    private static boolean anItemEndsAt(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end
                && (hit.hasType(EntityType.ZONE, EntityType.PLACE, EntityType.ORGANIZATION) || hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null));
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.MEDIA_SUFFIX) != null && !aWordOfTheWeb(view, hit)) {
                // 央视新闻客户端: an outlet's news app or site is named after the outlet.
                int outlet = view.text().startsWith(NEWS, hit.start() - NEWS.length()) ? hit.start() - NEWS.length() : hit.start();
                int anchor = NameAnchors.placeOrZoneEndingAt(view, hit.start(), false);
                anchor = anchor < 0 ? listedOrganizationEndingAt(view, outlet) : anchor;
                // 江门高新区（江海区）融媒体中心: the zone's other name, its district's, in brackets before the outlet's word.
                anchor = anchor < 0 ? GovernmentBodySource.zoneBeforeItsOtherName(view, hit.start()) : anchor;
                // 新湖南客户端, 新甘肃: a provincial outlet's app is its province's name after 新.
                anchor = anchor > view.sentence().start() && view.charAt(anchor - 1) == '新' && view.tokenEndsAt(anchor) && view.tokenStartsAt(anchor - 1)
                        ? anchor - 1 : anchor;
                if (anchor >= 0) {
                    candidates.add(new EntityCandidate(EntityType.ORGANIZATION, anchor, hit.end(), name(), 0.75));
                }
            } else if (hit.cue(Cue.CueFamily.ORG_SUFFIX) != null && !centralAsAnAdjective(view, hit.end()) && !massedTogether(view, hit.end())
                    && schoolingLevelStart(view, view.sentence().start(), hit.end()) != hit.start()) {
                int anchor = farthestAnchor(view, hit.start());
                // 其中/超大型/数据中心: a short name the lexicon finds inside another word (中超 of 其中超) anchors nothing.
                if (anchor >= 0 && anchor < hit.start() && !shortNameInsideAWord(view, anchor) && !aRoleOfAPlace(view.slice(anchor, hit.end())) && !VENUE.matcher(view.slice(anchor, hit.end())).find()
                        && !aProject(view, hit.end()) && !insideAFacilitysWord(view, hit)) {
                    // 泉州石湖港保税物流中心（B型）: a bonded logistics centre is a zone of its kind.
                    boolean centre = view.slice(anchor, hit.end()).endsWith("保税物流中心");
                    candidates.add(centre ? new EntityCandidate(EntityType.ZONE, anchor, ZonePatternSource.withItsType(view, hit.end()), name(), 0.7)
                            : new EntityCandidate(EntityType.ORGANIZATION, anchor, withItsBranch(view, anchor, hit.end()), name(), 0.7));
                }
            }
        }
        candidates.addAll(teamsOfAPlace(view));
        candidates.addAll(basesGivenAShortName(view));
        candidates.addAll(outletsOfAByline(view));
        candidates.addAll(outletsOfASourceLine(view));
        candidates.addAll(committeesOfADemocraticParty(view));
        candidates.addAll(events(view));
        candidates.addAll(programmesInTitleMarks(view));
        candidates.addAll(officesOfListedOrganizations(view));
        candidates.addAll(partySchools(view));
        return candidates;
    }

    /**
     * 中央党校大学学历, 湘潭大学哲学专业大学学历: where a level of schooling (大学, 研究生, 本科, 大专) ends at {@code end}, after a
     * school's or a field's word (党校, 专业) and before a word of schooling (学历, 本科, 专科), the level's start; else -1. The
     * level is what a biography gives, no part of a school's name (湘潭大学本科生 keeps its university).
     */
    static int schoolingLevelStart(SentenceView view, int start, int end) {
        if (!SCHOOLING_AFTER.matcher(view.text()).region(end, view.sentence().end()).lookingAt()) {
            return -1;
        }
        for (String level : SCHOOLING_LEVELS) {
            int levelStart = end - level.length();
            if (levelStart > start && view.text().startsWith(level, levelStart)
                    && SCHOOLING_BEFORE.stream().anyMatch(word -> view.text().startsWith(word, levelStart - word.length()))) {
                return levelStart;
            }
        }
        return -1;
    }

    /** 党校大学学历: a level of schooling after a party school, which the school's name stops before. */
    static boolean afterAPartySchool(SentenceView view, int levelStart) {
        return view.text().startsWith(PARTY_SCHOOL, levelStart - PARTY_SCHOOL.length());
    }

    private static final List<String> SCHOOLING_LEVELS = List.of("大学", "研究生", "本科", "大专");
    private static final List<String> SCHOOLING_BEFORE = List.of("党校", "专业");
    private static final java.util.regex.Pattern SCHOOLING_AFTER = java.util.regex.Pattern.compile("学历|本科|专科|普通班");

    private static final String PARTY_SCHOOL = "党校";
    /** 内蒙古自治区党委党校: an autonomous region's committee is its 党委. */
    private static final String REGIONS_COMMITTEE = "党委";
    private static final String REGION = "自治区";
    /** 全省各市委党校: every school of a level, no one school. */
    private static final String EVERY = "各全每";

    /**
     * 中央党校, 省委党校研究生学历, 中共湖南省委党校, 内蒙古自治区党委党校: the party school of the Central Committee or of a
     * level's committee, named by the level alone or by its place, is an organization (the committee before it is no body the
     * text names); not every level's (全省各市委党校).
     */
    private static List<EntityCandidate> partySchools(SentenceView view) {
        List<EntityCandidate> schools = new ArrayList<>();
        String text = view.text();
        for (int at = text.indexOf(PARTY_SCHOOL, view.sentence().start()); at >= 0 && at + PARTY_SCHOOL.length() <= view.sentence().end();
             at = text.indexOf(PARTY_SCHOOL, at + 1)) {
            int start = -1;
            if (at - GovernmentBodySource.CENTRE.length() >= view.sentence().start() && text.startsWith(GovernmentBodySource.CENTRE, at - GovernmentBodySource.CENTRE.length())) {
                start = at - GovernmentBodySource.CENTRE.length();
            } else if (at - REGIONS_COMMITTEE.length() > view.sentence().start() && text.startsWith(REGIONS_COMMITTEE, at - REGIONS_COMMITTEE.length())) {
                // 内蒙古自治区党委党校, 自治区党委党校: the region named, or its level alone.
                int committee = at - REGIONS_COMMITTEE.length();
                int place = NameAnchors.placeOrZoneEndingAt(view, committee, false);
                start = place >= 0 && text.startsWith(REGION, committee - REGION.length()) ? place
                        : committee - REGION.length() >= view.sentence().start() && text.startsWith(REGION, committee - REGION.length()) ? committee - REGION.length() : -1;
            } else if (at - 2 >= view.sentence().start() && text.charAt(at - 1) == '委' && PositionExtractor.LEVELS.indexOf(text.charAt(at - 2)) >= 0) {
                int place = NameAnchors.placeOrZoneEndingAt(view, at - 1, false);
                start = place >= 0 ? place : at - 2;
            }
            // 全省各市、县委党校: back over the levels listed before it, to a word of every level.
            int listed = start;
            while (listed - 2 >= view.sentence().start() && text.charAt(listed - 1) == '、' && PositionExtractor.LEVELS.indexOf(text.charAt(listed - 2)) >= 0) {
                listed -= 2;
            }
            if (listed > view.sentence().start() && EVERY.indexOf(text.charAt(listed - 1)) >= 0) {
                continue;
            }
            if (start >= 0) {
                String party = EntityLinker.PARTY;
                start = start - party.length() >= view.sentence().start() && text.startsWith(party, start - party.length()) ? start - party.length() : start;
                schools.add(new EntityCandidate(EntityType.ORGANIZATION, start, at + PARTY_SCHOOL.length(), NAME, 0.75));
            }
        }
        return schools;
    }

    /** No word HanLP made starts at {@code anchor}, and no name the lexicon finds there is longer than two characters. */
    private static boolean shortNameInsideAWord(SentenceView view, int anchor) {
        return !view.tokenStartsAt(anchor) && view.hits().stream().noneMatch(hit -> hit.start() == anchor && hit.end() - hit.start() > 2);
    }

    /**
     * 欢迎收看《湖北新闻》, 《新闻联播》, 《海峡导报》等媒体: a station's programme or a paper named in title marks is an outlet,
     * and the place its name opens with is no place the text speaks of.
     */
    private static List<EntityCandidate> programmesInTitleMarks(SentenceView view) {
        List<EntityCandidate> programmes = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "《")) {
            return programmes;
        }
        java.util.regex.Matcher programme = PROGRAMME.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (programme.find()) {
            String name = programme.group(1);
            // 《统计公报》, 《海关总署信息专报》: a report or bulletin, no paper. General news, as CLUENER annotates it, calls a
            // paper or magazine in title marks a book; only the stations' and the dailies' names, outlets before this rule (and in
            // its tests), stay outlets there.
            boolean outlet = view.zoneDocument() || BROADCASTS_AND_DAILIES.matcher(name).find();
            if (outlet && REPORTS.stream().noneMatch(name::endsWith)) {
                programmes.add(new EntityCandidate(EntityType.ORGANIZATION, programme.start(1), programme.end(1), NAME, 0.8));
            }
        }
        return programmes;
    }

    /** 《海峡导报》, 《南方周末》, 《三联生活周刊》: a paper's, magazine's or programme's name in title marks ends in one of these. */
    private static final java.util.regex.Pattern PROGRAMME = java.util.regex.Pattern.compile("《(\\p{IsHan}{1,8}(?:新闻联播|新闻|联播|报|频道|卫视|周刊|周末|杂志))》");
    private static final java.util.regex.Pattern BROADCASTS_AND_DAILIES = java.util.regex.Pattern.compile("(?:新闻联播|新闻|联播|日报|晚报|早报|频道|卫视)$");
    /** Documents whose names end in 报 too. */
    private static final List<String> REPORTS = List.of("通报", "简报", "公报", "年报", "季报", "月报", "周报", "旬报", "专报", "要报", "摘报", "呈报",
            "汇报", "申报", "预报", "情报", "快报", "捷报", "喜报", "电报", "海报", "学报");

    /** The eight democratic parties, by full and short name. */
    private static final String DEMOCRATIC_PARTY = "中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会|中国农工民主党|中国致公党|九三学社"
            + "|台湾民主自治同盟|民革|民盟|民建|民进|农工党|致公党|台盟";
    /** 九三学社黑龙江省委会: a democratic party's committee of a place by its short word (group 1 up to 委). */
    static final java.util.regex.Pattern PARTYS_COMMITTEE_BY_ITS_SHORT_WORD = java.util.regex.Pattern.compile(
            "((?:" + DEMOCRATIC_PARTY + ")\\p{IsHan}{2,9}?[省市区县州]委)会");
    /** 九三学社: the party that calls itself 社 (社省委, 社市委), the one whose short name is no party word. */
    static final String SOCIETY = "九三学社";
    private static final java.util.regex.Pattern DEMOCRATIC_PARTY_COMMITTEE = java.util.regex.Pattern.compile(
            "(?:" + DEMOCRATIC_PARTY + ")(?:(\\p{IsHan}{2,9}?)(?:[省市区县州]委会|[省市区县]?委员会)|中央)?");

    /**
     * 九三学社新疆区委会, 民盟浙江省委会, 致公党舟山市委会: a democratic party, or its committee of a place, is an organization;
     * the 区委 or 市委 inside the committee's word is no Communist Party committee.
     */
    private List<EntityCandidate> committeesOfADemocraticParty(SentenceView view) {
        List<EntityCandidate> parties = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "民农致九台")) {
            return parties;
        }
        java.util.regex.Matcher party = DEMOCRATIC_PARTY_COMMITTEE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (party.find()) {
            int placeStart = party.start(1);
            boolean committee = placeStart >= 0 && view.hits().stream().anyMatch(hit -> hit.start() == placeStart && hit.hasType(EntityType.PLACE));
            int end = committee || placeStart < 0 ? party.end() : placeStart;
            if (view.tokenStartsAt(party.start())) {
                parties.add(new EntityCandidate(EntityType.ORGANIZATION, party.start(), end, name(), committee ? 0.9 : 0.8));
            }
        }
        return parties;
    }

    /**
     * 德宏团结报记者 喊应香, 【南国早报记者 莫天宇】, 解放日报·上观新闻记者: a paper's or news app's name right before its reporter's
     * title in a byline (opening the line, after a bracket, a dot or another outlet), or before a dateline's date and the byline's
     * brackets (观海新闻4月10日讯（记者 樊思雨, 新华日报·交汇点讯（记者), is an outlet no list needs to know.
     */
    private static List<EntityCandidate> outletsOfAByline(SentenceView view) {
        List<EntityCandidate> outlets = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "记员")) { // every byline names a 记者 or a 通讯员
            return outlets;
        }
        java.util.regex.Matcher byline = BYLINE_OUTLET.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (byline.find()) {
            int end = byline.end(1);
            // 成都日报锦观新闻记者: the outlet named last before the title is the reporter's; the paper before it is one of its own.
            int start = view.hits().stream().filter(hit -> hit.cue(Cue.CueFamily.MEDIA_SUFFIX) != null && hit.end() > byline.start(1) && hit.end() <= end - 3)
                    .mapToInt(Lexicon.Hit::end).max().orElse(byline.start(1));
            boolean opensTheByline = start == view.sentence().start() || BYLINE_OPENERS.indexOf(view.charAt(start - 1)) >= 0 || start > byline.start(1);
            // 据本报记者, 日前该报记者: a pronoun's paper, or words of the clause, are no outlet's name.
            List<Token> words = view.tokensWithin(start, end);
            boolean named = !words.isEmpty() && !OWN_PAPERS.matcher(view.slice(start, end)).find()
                    && words.stream().noneMatch(token -> wordOfAClause(token, token == words.get(0)));
            if (opensTheByline && named) {
                outlets.add(new EntityCandidate(EntityType.ORGANIZATION, start, end, NAME, 0.75));
            }
        }
        return outlets;
    }

    /**
     * 来源：天山网, （来源：每日甘肃网-甘肃日报）, 来源：雄安发布: the outlets a source line names, set apart by dashes, dots or
     * slashes, each a name of Han characters ending as a site, paper, station, app or a government's news account does.
     */
    private static List<EntityCandidate> outletsOfASourceLine(SentenceView view) {
        List<EntityCandidate> outlets = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "源")) {
            return outlets;
        }
        java.util.regex.Matcher line = SOURCE_LINE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (line.find()) {
            java.util.regex.Matcher outlet = SOURCE_OUTLET.matcher(view.text()).region(line.start(1), line.end(1));
            while (outlet.find()) {
                outlets.add(new EntityCandidate(EntityType.ORGANIZATION, outlet.start(), outlet.end(), NAME, 0.75));
            }
        }
        return outlets;
    }

    /** What a source line names, up to the next label's colon (来源：延边日报　2024年7月12日　第02版：综合新闻: no section). */
    private static final java.util.regex.Pattern SOURCE_LINE = java.util.regex.Pattern.compile("来源[：:][ 　]*([^\\n（）()，,。；;：:]{2,40})");
    private static final java.util.regex.Pattern SOURCE_OUTLET = java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}])\\p{IsHan}{1,10}?(?:网|报|台|客户端|新闻|杂志|周刊|电视台|广播电台|通讯社|发布|在线|广电|传媒|融媒体中心)(?![\\p{IsHan}])");

    /**
     * A verb, preposition, pronoun, time or count of the clause: a word of two characters or more, or the name's first; other
     * single characters are HanLP's pieces of a name it does not know (上/f 观/vg 新闻), and so is a bound verb morpheme.
     */
    private static boolean wordOfAClause(Token token, boolean first) {
        return (token.word().length() > 1 || first) && !token.pos().equals("vg") && CLAUSE_WORDS.stream().anyMatch(token.pos()::startsWith);
    }

    private static final List<String> CLAUSE_WORDS = List.of("v", "p", "c", "u", "d", "r", "t", "m", "q");
    private static final java.util.regex.Pattern OWN_PAPERS = java.util.regex.Pattern.compile("[本该此我]报");

    private static final java.util.regex.Pattern BYLINE_OUTLET = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,6}?(?:报|新闻|周刊|广电|电视台|融媒体中心))[ 　]*(?:(?:·\\p{IsHan}{2,6}?)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[讯电][（(][ 　]*)?(?=(?:特约|首席)?记者|通讯员)");
    private static final String BYLINE_OPENERS = "\n【[（(：:·/| 　";

    /** An office a listed organization keeps in a place, named after the place. */
    private static final List<String> OFFICES = List.of("分社", "分院", "分会", "分中心", "分校", "研究院", "代表处", "办事处", "贸易馆");

    /**
     * 新华社湖南分社, 日本贸易振兴机构（JETRO）大连代表处, 电子科技大学宜宾研究院: a listed organization, maybe its acronym in
     * brackets, a listed place and an office word name the organization's office there; a listed university's campus is
     * named as {@link #withItsCampus} reads it (北京交通大学雄安校区).
     */
    private static List<EntityCandidate> officesOfListedOrganizations(SentenceView view) {
        List<EntityCandidate> offices = new ArrayList<>();
        for (Lexicon.Hit organization : view.hits()) {
            if (!organization.hasType(EntityType.ORGANIZATION)) {
                continue;
            }
            int placeStart = organization.end();
            java.util.regex.Matcher acronym = ACRONYM_IN_BRACKETS.matcher(view.text()).region(placeStart, view.sentence().end());
            placeStart = acronym.lookingAt() ? acronym.end() : placeStart;
            int campus = withItsCampus(view, organization.start(), organization.end());
            if (campus > organization.end()) {
                offices.add(new EntityCandidate(EntityType.ORGANIZATION, organization.start(), campus, NAME, 0.8));
            }
            for (Lexicon.Hit place : view.hits()) {
                if (place.start() == placeStart && place.hasType(EntityType.PLACE)) {
                    OFFICES.stream().filter(office -> view.text().startsWith(office, place.end()) && place.end() + office.length() <= view.sentence().end())
                            .findFirst().ifPresent(office -> offices.add(
                                    new EntityCandidate(EntityType.ORGANIZATION, organization.start(), place.end() + office.length(), NAME, 0.8)));
                }
            }
        }
        return offices;
    }

    /** An organization's Latin acronym in brackets: （JETRO）. */
    static final java.util.regex.Pattern ACRONYM_IN_BRACKETS = java.util.regex.Pattern.compile("[（(][A-Za-z]{2,10}[）)]");

    private static final String NEWS = "新闻";

    /** 海淀区政府网站, 政府网页: 网 opening a word of the web (网站, 网页, 网址, 网络) ends no outlet's name. */
    private static boolean aWordOfTheWeb(SentenceView view, Lexicon.Hit hit) {
        return view.charAt(hit.end() - 1) == '网' && hit.end() < view.sentence().end() && "站页址络".indexOf(view.charAt(hit.end())) >= 0;
    }

    private static boolean listedOrganizationStartingAt(SentenceView view, int start) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.hasType(EntityType.ORGANIZATION));
    }

    /** The start of a listed organization ending at {@code end}, or -1. */
    private static int listedOrganizationEndingAt(SentenceView view, int end) {
        return view.hits().stream().filter(hit -> hit.end() == end && hit.hasType(EntityType.ORGANIZATION)).mapToInt(Lexicon.Hit::start).min().orElse(-1);
    }

    /**
     * 第八届中国—亚欧博览会, 中国国际进口博览会, 2025金砖国家新工业革命伙伴关系论坛: a fair or forum is named from its edition
     * (第八届, 2025, 首届) or from an anchor (a place, 中国, 国际, 全球 …), over nouns, to the kind of event. The edition is
     * no part of the name: each year's fair is one series. Without either (主论坛, 这次博览会) nothing is proposed.
     */
    private List<EntityCandidate> events(SentenceView view) {
        List<EntityCandidate> events = new ArrayList<>();
        // Every kind of event ends in 会, 坛 or 节, at most five characters after its start: the search starts there.
        int firstEnding = firstEventEnding(view);
        if (firstEnding < 0) {
            return events;
        }
        int from = Math.max(view.sentence().start(), firstEnding - (LONGEST_EVENT_KIND - 1));
        java.util.regex.Matcher kind = EVENT_KIND.matcher(view.text()).region(from, view.sentence().end());
        while (kind.find()) {
            int head = kind.start();
            int start = editionEndingBefore(view, head);
            if (start < 0 || !eventWordsOnly(view, start, head, true)) {
                start = farthestEventAnchor(view, head);
            }
            if (start >= 0 && kind.end() - start >= MIN_EVENT_NAME) {
                events.add(new EntityCandidate(EntityType.ORGANIZATION, start, kind.end(), name(), 0.75));
            }
        }
        return events;
    }

    private static final java.util.regex.Pattern EVENT_KIND = java.util.regex.Pattern.compile(
            "(?:博览会|交易会|洽谈会|展览会|展销会|交流会|对接会|推介会|论坛|峰会|电影节|艺术节|文化节|旅游节|运动会"
            // 中韩（盐城）产业园合作交流大会, 世界VR产业大会, 世界赣商大会: conventions of a trade or of a province's merchants,
            // not a body's meetings (人民代表大会, 职工代表大会, 动员大会).
            + "|(?:合作交流|交流合作|合作|产业|投资|贸易|\\p{IsHan}商)大会)");
    /** The last characters of {@link #EVENT_KIND}'s words, and its longest word (合作交流大会). */
    private static final String EVENT_ENDINGS = "会坛节";
    private static final int LONGEST_EVENT_KIND = 6;

    private static int firstEventEnding(SentenceView view) {
        for (int at = view.sentence().start(); at < view.sentence().end(); at++) {
            if (EVENT_ENDINGS.indexOf(view.charAt(at)) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** 东盟博览会 is a name, 天津论坛 hardly one. */
    private static final int MIN_EVENT_NAME = 5;
    private static final int EVENT_WINDOW = 22;
    /** 第八届, 第二十五届, 首届, 2025, 2024年: an edition, right before the name it is of. */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("(?:第[一二三四五六七八九十百零〇0-9]{1,5}届|首届|(?:19|20)[0-9]{2}年?)");
    /** Words a fair's or forum's name may start with, beside places and the organization anchors (中国, 国家). */
    private static final List<String> EVENT_ANCHORS = List.of("国际", "世界", "全球", "亚洲", "亚太", "丝绸之路");

    /** Where the name after an edition starts (the edition's end), or -1 when no edition stands within reach. */
    private static int editionEndingBefore(SentenceView view, int head) {
        int from = Math.max(view.sentence().start(), head - EVENT_WINDOW);
        java.util.regex.Matcher edition = EDITION.matcher(view.text()).region(from, head);
        int start = -1;
        while (edition.find()) {
            // 2024年: a year followed by more of the date (2024年5月) is a date, no edition.
            if (edition.end() + 2 <= head && !SentenceView.isNumeral(view.charAt(edition.end()))) {
                start = edition.end();
            }
        }
        return start;
    }

    private static int farthestEventAnchor(SentenceView view, int head) {
        int best = -1;
        for (Lexicon.Hit hit : view.hits()) {
            boolean anchor = hit.hasType(EntityType.PLACE, EntityType.ZONE, EntityType.ORGANIZATION) || hit.cue(Cue.CueFamily.ORG_ANCHOR) != null;
            if (anchor && hit.end() <= head && head - hit.start() <= EVENT_WINDOW && view.tokenStartsAt(hit.start())
                    && (best < 0 || hit.start() < best) && eventWordsOnly(view, hit.start(), head, false)) {
                best = hit.start();
            }
        }
        for (String word : EVENT_ANCHORS) {
            for (int at = view.text().indexOf(word, Math.max(view.sentence().start(), head - EVENT_WINDOW)); at >= 0 && at < head;
                 at = view.text().indexOf(word, at + 1)) {
                if ((best < 0 || at < best) && view.tokenStartsAt(at) && eventWordsOnly(view, at, head, false)) {
                    best = at;
                }
            }
        }
        return best;
    }

    /**
     * Nouns, names and the marks names are joined with (中国—东盟, 中国（武汉）) from {@code from} to the event's kind: no
     * function word, count or other punctuation, and no verb but, after an edition, one inside the name (第五届中俄科技创新
     * 合作论坛; not 2024年举办论坛, nor a verb of holding one).
     */
    private static boolean eventWordsOnly(SentenceView view, int from, int to, boolean afterEdition) {
        int open = 0;
        for (int i = from; i < to; i++) {
            char c = view.charAt(i);
            open += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            if (open < 0 || SentenceView.isPunctuation(c) && EVENT_NAME_MARKS.indexOf(c) < 0) {
                return false;
            }
        }
        if (open != 0 || !view.tokenStartsAt(from)) {
            return false;
        }
        for (int i = Math.max(0, view.tokenAt(from)); i < view.tokens().size() && view.tokens().get(i).start() < to; i++) {
            Token token = view.tokens().get(i);
            boolean mark = token.pos().equals("w") && EVENT_NAME_MARKS.contains(token.word());
            boolean verbInside = afterEdition && token.start() > from && !HOLDING_EVENTS.contains(token.word());
            if (!mark && (Pos.isBoundary(token) || Pos.isVerb(token) && !verbInside || Pos.isCountWord(token))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> HOLDING_EVENTS = Set.of("举办", "举行", "召开", "参加", "出席", "开幕", "闭幕", "参展", "亮相", "承办", "主办");

    private static final String EVENT_NAME_MARKS = "—－-（）()·";

    /**
     * 法国队, 希腊球队, 西班牙U21国家队, 加拿大战队: a listed country or city and a team word name that place's team; 中国代表团,
     * 江苏交易团: and its delegation.
     */
    private List<EntityCandidate> teamsOfAPlace(SentenceView view) {
        List<EntityCandidate> teams = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            // 瓦伦西亚队: a place read inside a longer name (西亚) names no team.
            if (hit.value().entries().stream().noneMatch(entry -> entry.type() == EntityType.PLACE) || !view.tokenStartsAt(hit.start())) {
                continue;
            }
            java.util.regex.Matcher team = TEAM.matcher(view.text()).region(hit.end(), view.sentence().end());
            if (team.lookingAt()) {
                teams.add(new EntityCandidate(EntityType.ORGANIZATION, hit.start(), team.end(), name(), 0.75));
            }
        }
        return teams;
    }

    private static final java.util.regex.Pattern TEAM = java.util.regex.Pattern.compile("(?:[uU][0-9]{2})?(?:国家队|国奥队|代表队|球队|战队|队|代表团|交易团)(?![员长伍列形友医服旗史徽歌])");

    /** 苏州工业园综合保税区全球维修中心项目: a centre a project builds is the project's name, no organization yet. */
    private static boolean aProject(SentenceView view, int end) {
        return view.text().startsWith("中心", end - 2) && (view.text().startsWith("项目", end) || view.text().startsWith("建设项目", end));
    }

    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("分会|分院|分所|分中心|分部");

    /** 中国欧盟商会上海分会: a place and a branch word right after an organization's name name its branch there. */
    private static int withItsBranch(SentenceView view, int start, int end) {
        int campus = withItsCampus(view, start, end);
        if (campus > end) {
            return campus;
        }
        for (Lexicon.Hit place : view.hits()) {
            if (place.start() == end && place.hasType(EntityType.PLACE)) {
                java.util.regex.Matcher branch = BRANCH.matcher(view.text()).region(place.end(), view.sentence().end());
                if (branch.lookingAt() && view.tokenEndsAt(branch.end())) {
                    return branch.end();
                }
            }
        }
        return end;
    }

    private static final String UNIVERSITY = "大学";
    private static final List<String> CAMPUSES = List.of("校区", "园区");

    /**
     * 四川轻化工大学宜宾校区, 四川大学宜宾园区: a university's campus in a city, named by the city and a campus word; 香港科技大学
     * （广州）, 哈尔滨工业大学（深圳）: or by a city in brackets after a university named after a province or city of another
     * province (浙江大学（杭州）, 东北大学（沈阳） only say where the university stands; 中国石油大学（北京） is listed). The
     * campus's end, or {@code end}.
     */
    private static int withItsCampus(SentenceView view, int start, int end) {
        if (!view.text().startsWith(UNIVERSITY, end - UNIVERSITY.length()) || end >= view.sentence().end()) {
            return end;
        }
        boolean bracket = Brackets.isBracket(view.slice(end, end + 1));
        for (Lexicon.Hit place : view.hits()) {
            if (!place.hasType(EntityType.PLACE)) {
                continue;
            }
            if (bracket && place.start() == end + 1 && place.end() < view.sentence().end() && Brackets.openingOf(view.text(), place.end()) == end
                    && cityOfAnotherProvince(view, start, place)) {
                return place.end() + 1;
            }
            if (place.start() == end) {
                for (String campus : CAMPUSES) {
                    int campusEnd = place.end() + campus.length();
                    if (view.text().startsWith(campus, place.end()) && campusEnd <= view.sentence().end() && view.tokenEndsAt(campusEnd)) {
                        return campusEnd;
                    }
                }
            }
        }
        return end;
    }

    /** The place is a city, and the name opening at {@code start} is after a province or city of another province. */
    private static boolean cityOfAnotherProvince(SentenceView view, int start, Lexicon.Hit place) {
        GazetteerEntry city = place.value().entries().stream().filter(e -> e.type() == EntityType.PLACE && CAMPUS_SEATS.contains(e.kind()))
                .findFirst().orElse(null);
        if (city == null) {
            return false;
        }
        return view.hits().stream().filter(seat -> seat.start() == start && seat.hasType(EntityType.PLACE))
                .flatMap(seat -> seat.value().entries().stream())
                .anyMatch(seat -> seat.type() == EntityType.PLACE && (CAMPUS_SEATS.contains(seat.kind()) || seat.kind().equals("PROVINCE"))
                        && !seat.province().isEmpty() && !seat.province().equals(city.province()));
    }

    private static final Set<String> CAMPUS_SEATS = Set.of("CITY", "MUNICIPALITY", "COUNTY_CITY");

    /** 贵安新区数据中心集群: institutions of a kind massed together, none in particular. */
    static boolean massedTogether(SentenceView view, int end) {
        return view.text().startsWith("集群", end);
    }

    /** 国家中心城市, 中心任务: 中心 meaning "central" before a noun ends no organization's name. */
    static boolean centralAsAnAdjective(SentenceView view, int end) {
        return end >= 2 && view.text().startsWith("中心", end - 2)
                && CENTRAL_NOUNS.stream().anyMatch(noun -> view.text().startsWith(noun, end) && end + noun.length() <= view.sentence().end());
    }

    /**
     * 东北亚国际航运中心, 区域商贸中心, 面向南亚东南亚辐射中心, 中亚商品集散中心, 川东北省域经济副中心: what a city or region aims to be
     * (建设…国际消费中心), not an institution; a named
     * centre of research (国家合成生物技术创新中心) is one, and so is a national one (中国国际贸易中心).
     */
    static boolean aRoleOfAPlace(String name) {
        return ROLE_OF_A_PLACE.matcher(name).matches() && !name.startsWith("中国国际");
    }

    private static final java.util.regex.Pattern ROLE_OF_A_PLACE = java.util.regex.Pattern.compile(
            ".*(?:(国际|区域性?).{0,4}(航运|金融|贸易|物流|消费|商贸|科技创新|科创|交往|航空枢纽)|辐射|集散|副)中心");

    /**
     * 洛杉矶国际会议中心, 首尔贸易展览中心, 旧金山Moscone会议中心: a venue, where things are held, is no organization.
     */
    private static final java.util.regex.Pattern VENUE = java.util.regex.Pattern.compile("(会议|会展|展览|博览|购物)中心$");

    private static final List<String> CENTRAL_NOUNS = List.of("城市", "城区", "地带", "区域", "任务", "工作", "位置", "环节", "地位");

    private static final List<String> SERVICE_WORDS = List.of("事务", "服务", "促进");
    private static final Set<String> FIELDS_WORK = Set.of("发展", "建设");

    private static int farthestAnchor(SentenceView view, int suffixStart) {
        int best = -1;
        for (Lexicon.Hit hit : view.hits()) {
            boolean anchor = (hit.hasType(EntityType.PLACE, EntityType.ZONE, EntityType.ORGANIZATION) || hit.cue(Cue.CueFamily.ORG_ANCHOR) != null)
                    && !placeOfABranch(view, hit);
            // 中国科学院苏州纳米技术与纳米仿生研究所: a listed academy's institutes are named at length after it.
            int window = hit.hasType(EntityType.ORGANIZATION) ? LISTED_ANCHOR_WINDOW : WINDOW;
            // 中国科学院计算技术研究所, 云南大学中国西南沿边开放研究中心: an academy's or university's institutes are named by
            // fields that may read as verbs (计算, 开放).
            // 合肥先进计算联合实验室, 湖南先导计算技术研究院: so are what partners run jointly and what an institute researches.
            boolean ofAnInstitution = hit.hasType(EntityType.ORGANIZATION) || INSTITUTIONS.stream().anyMatch(word -> view.text().startsWith(word, hit.end()))
                    || view.text().startsWith("联合", suffixStart - 2) || view.text().startsWith("研究", suffixStart)
                    // 西安智能无人系统产业创新联盟: and the fields an alliance or centre of innovation is of.
                    || view.text().startsWith("创新", suffixStart - 2)
                    // 宜兴市氢能装备重点实验室: and the field a key laboratory is named for (not 湖南省新增重点实验室, a verb after the place).
                    || view.text().startsWith(KEY, suffixStart - KEY.length()) && !opensWithAVerb(view, hit.end())
                    // 湖南湘江新区投资促进事务中心, 产业发展促进中心, 规划建设服务中心: and the work a public service centre does.
                    || SERVICE_WORDS.stream().anyMatch(word -> view.text().startsWith(word, suffixStart - word.length()) || view.text().startsWith(word, suffixStart));
            if (anchor && (hit.end() + MIN_MIDDLE <= suffixStart || levelGluedToTheSuffixsWord(view, hit.end(), suffixStart)) && !genericMiddle(view, hit.end()) && suffixStart - hit.start() <= window
                    && (best < 0 || hit.start() < best) && nounsOnly(view, hit.end(), suffixStart, ofAnInstitution)) {
                best = hit.start();
            }
        }
        // 中俄先进材料联合研究院, 中德智能制造研究院: China and a partner's one-character name found an institution together.
        for (int at = Math.max(view.sentence().start(), suffixStart - WINDOW); at + 2 + MIN_MIDDLE <= suffixStart; at++) {
            if (view.charAt(at) == '中' && CountryAbbreviations.countryOf(view.charAt(at + 1)) != null && view.tokenStartsAt(at)
                    && view.tokenEndsAt(at + 2) && (best < 0 || at < best) && nounsOnly(view, at + 2, suffixStart, false)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * 兴城市|中医院 (兴城/市中医院): HanLP read the place's level and the institution as one word, so a middle of one character
     * is the institution's word (中医院), no name.
     */
    private static boolean levelGluedToTheSuffixsWord(SentenceView view, int anchorEnd, int suffixStart) {
        int index = view.tokenAt(suffixStart);
        if (index < 0 || anchorEnd >= suffixStart) {
            return false;
        }
        Token word = view.tokens().get(index);
        // Not 奥斯陆|市中心 (a city's centre) nor 四川|中小学 (a kind of school): a name's character between the level and the suffix.
        return word.start() == anchorEnd - 1 && GovernmentBodySource.LEVELS.indexOf(view.charAt(word.start())) >= 0
                && word.start() + 1 < suffixStart;
    }

    /** 建行|深圳|分行信用卡中心: a place right after a listed company or body names its branch, which the centre is part of. */
    private static boolean placeOfABranch(SentenceView view, Lexicon.Hit place) {
        return place.hasType(EntityType.PLACE) && view.hits().stream().anyMatch(institution -> institution.end() == place.start()
                && institution.hasType(EntityType.COMPANY, EntityType.GOVERNMENT, EntityType.ORGANIZATION));
    }

    /**
     * A noun naming a field or trade (化学工业, 中国石油): not a person's name, nor a place or an institution's word, which
     * start or end a name of its own (中国摄影家协会和中国房地产业协会 are two).
     */
    private static boolean fieldWord(Token token) {
        return token.pos().startsWith("n") && !token.pos().startsWith("nr") && !token.pos().startsWith("ns") && !token.pos().equals("nis");
    }

    private static final List<String> ASSOCIATIONS = List.of("联合会", "协会", "学会", "商会", "促进会", "联盟");

    private static final List<String> INSTITUTIONS = List.of("大学", "学院", "科学院", "研究院");

    private static boolean nounsOnly(SentenceView view, int from, int to, boolean fieldVerbs) {
        for (int i = from; i < to; i++) {
            if (SentenceView.isPunctuation(view.charAt(i))) {
                return false;
            }
        }
        for (int i = Math.max(0, view.tokenAt(from)); i < view.tokens().size() && view.tokens().get(i).start() < to; i++) {
            Token token = view.tokens().get(i);
            // 世界经济与政治研究所: a conjunction between two nouns joins the fields an institute of research is of (not
            // 高校和企业技术中心).
            // So do an association's trades (中国石油和化学工业联合会).
            boolean ofFields = view.text().startsWith("研究", to) || ASSOCIATIONS.stream().anyMatch(word -> view.text().startsWith(word, to));
            // 宜宾校区和电子科技大学宜宾研究院: never before a listed organization, which starts a name of its own.
            if (token.start() > from && Pos.joinsTwoFields(token) && i + 1 < view.tokens().size() && ofFields
                    && fieldWord(view.tokens().get(i - 1)) && fieldWord(view.tokens().get(i + 1))
                    && !listedOrganizationStartingAt(view, view.tokens().get(i + 1).start())) {
                continue;
            }
            // 中国联通三大运营商数据中心: a count word between anchor and suffix makes a description of several, no name
            // (an ordinal's numeral does not: 中国电子科技集团公司第/十四/研究所).
            // 联合研究院, 联合实验室: 联合 right before the suffix says who runs it, no verb governing the name.
            // 河北省轨道交通装备重点实验室: 重点 right before the suffix, after a field, is the kind of institution, no word of the
            // clause (河北/省/重点实验室 names a kind of them all).
            boolean namesItsRunnerOrKind = (token.word().equals("联合") || token.word().equals(KEY) && token.start() > from + levelAt(view, from) + 1)
                    && token.end() == to;
            // 产业发展促进中心, 规划建设服务中心: 发展 and 建设 after a field's noun are the field's work, nothing they govern.
            boolean fieldsWork = token.start() > from && FIELDS_WORK.contains(token.word()) && view.tokens().get(i - 1).pos().startsWith("n");
            // A verb of setting up or having (在德国设立欧洲服务中心) is the clause's: CandidateEdges.runsOverAClause drops the name.
            boolean field = fieldVerbs && (Pos.isVerb(token) && !Pos.isGoverningWord(token) || fieldsWork);
            if (token.end() > from && !namesItsRunnerOrKind && !field && (Pos.isBoundary(token) || Pos.isGoverning(token) || Pos.isCountWord(token))) {
                return false;
            }
        }
        return true;
    }
}
