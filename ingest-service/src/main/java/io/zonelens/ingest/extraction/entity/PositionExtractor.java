package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.text.BylineParser;
import io.zonelens.ingest.extraction.token.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Titles and who holds them. A title is a title word with the body or zone written right before it
 * (滨海新区区委 + 书记, 管委会 + 主任); a bare title in a chain takes the previous title's organization
 * (党组书记、主任). A person holds the chain of titles right before the name (市委常委、滨海新区区委书记连茂君),
 * after it (赵革，天津海关关长; in brackets), the office an appointment gives (任命王卫东为…, 王卫东任…), a roster line's
 * titles before its colon (党工委书记、主任：王志刚), a biography's office after 现任, or the titles after 作者系 (held by
 * the document's byline person).
 */
public final class PositionExtractor {

    public record Result(List<EntityMention> titles, List<PositionHeld> positions) {
    }

    /** The people's government of a place (成都市 → 成都市人民政府; 香港特别行政区 → 香港特别行政区政府), as the linker names it. */
    private final java.util.function.UnaryOperator<String> governmentOfPlace;

    public PositionExtractor(java.util.function.UnaryOperator<String> governmentOfPlace) {
        this.governmentOfPlace = governmentOfPlace;
    }

    private static final Set<EntityType> ORGANIZATIONS = Set.of(EntityType.GOVERNMENT, EntityType.ZONE, EntityType.ORGANIZATION, EntityType.COMPANY);

    /**
     * A title word as a mention (董事长, 关长) and the office it names with its organization written before it
     * (天津海关关长, from {@code officeStart}): the mention is the title alone, as news annotation marks it
     * (天津海关 and 关长 are two entities), and the position held is the whole office.
     */
    private record Title(EntityMention mention, int officeStart, String organization) {

        /**
         * 上海洋泰国际物流有限公司（以下简称“洋泰物流”）总经理, …有限公司（星沙重工）董事长, …有限公司（Apex Precision）总经理: the short
         * or Latin name a firm is given is no part of the office.
         */
        String office(String text) {
            return DEFINITION_IN_BRACKETS.matcher(withoutSpacedLetters(text.substring(officeStart, mention.end()))).replaceAll("");
        }
    }

    /**
     * The body a title after 我局, 我委, 本局 (or 局 alone after a mark, a space or 由) is held at: the writer's own, the one
     * signing the document or else its first body of that kind (郑州市商务局 in its annual report, 苏州市发展和改革委员会 in its
     * reply); or null.
     */
    private static String writersOwnBody(String text, int titleStart, List<EntityMention> mentions) {
        if (titleStart < 2 || WRITERS_UNITS.indexOf(text.charAt(titleStart - 1)) < 0) {
            return null;
        }
        char unit = text.charAt(titleStart - 1);
        char before = text.charAt(titleStart - 2);
        if ("我本".indexOf(before) < 0 && !SentenceView.isPunctuation(before) && before != '由' && before != '\n' && !Character.isSpaceChar(before)) {
            return null;
        }
        return writersBody(text, String.valueOf(unit), titleStart, mentions);
    }

    /**
     * The writer's own body of the kind its word for itself says (局, 委, 厅, 办, 院): the one signing the document (组　长：
     * 刘振国　厅党组书记 in a notice 山东省交通运输厅 signs; not a body it cites, 对我局开展专项检查的…), or else the first it
     * names before {@code at}; or null.
     */
    static String writersBody(String text, String unit, int at, List<EntityMention> mentions) {
        String ending = unit.equals("委") ? COMMITTEE : unit.equals("办") ? "办公室" : unit;
        java.util.function.Predicate<EntityMention> ofThatKind = m -> m.type() == EntityType.GOVERNMENT && !m.contextual()
                && (m.canonical().endsWith(ending) || m.canonical().endsWith(unit)) && m.canonical().length() > 3;
        return mentions.stream().filter(m -> ofThatKind.test(m) && EntityLinker.signsTheText(text, m)).findFirst()
                .or(() -> mentions.stream().filter(m -> m.start() < at && ofThatKind.test(m)).min(java.util.Comparator.comparingInt(EntityMention::start)))
                .map(EntityMention::canonical).orElse(null);
    }

    private static final String WRITERS_UNITS = "局委厅办";
    private static final String CONSULTATIVE_CONFERENCE = "政协";
    private static final Set<String> CONFERENCE_OFFICES = Set.of("主席", "副主席", "秘书长", "副秘书长", "委员", "常委", "常务委员");
    private static final String COMMITTEE = GovernmentBodySource.COMMITTEE;
    private static final String STANDING = "常务";
    private static final String STANDING_COMMITTEE = "人民代表大会" + STANDING + COMMITTEE;
    private static final Set<String> STANDING_COMMITTEE_OFFICES = Set.of("主任", "副主任", "秘书长", "副秘书长", "委员", "党组书记", "党组副书记");

    /** 审 判 长 at a judgment's foot: a title's characters set apart by spaces are the title (审判长). */
    static String withoutSpacedLetters(String title) {
        return SPACES_BETWEEN_CHARACTERS.matcher(title).replaceAll("");
    }

    private static final java.util.regex.Pattern DEFINITION_IN_BRACKETS = java.util.regex.Pattern.compile(
            "[（(](?:以下)?简称[^）)]*[）)]|(?<=公司)[（(](?:\\p{IsHan}{2,8}|[A-Za-z][A-Za-z0-9 .,&'-]*)[）)]");

    private static final java.util.regex.Pattern SPACES_BETWEEN_CHARACTERS = java.util.regex.Pattern.compile("(?<=\\p{IsHan})[ 　]+(?=\\p{IsHan})");

    /** The document's persons and bodies by where they start and end: looked up for every title and name. */
    private record Index(java.util.NavigableMap<Integer, EntityMention> personsByStart, java.util.Map<Integer, EntityMention> personsByEnd,
                         java.util.Map<Integer, EntityMention> bodiesByEnd, java.util.Map<Integer, EntityMention> institutionsByEnd,
                         java.util.Map<String, java.util.Optional<String>> firmsDefinedAs) {

        static Index of(List<EntityMention> mentions) {
            java.util.NavigableMap<Integer, EntityMention> byStart = new java.util.TreeMap<>();
            java.util.Map<Integer, EntityMention> byEnd = new java.util.HashMap<>();
            java.util.Map<Integer, EntityMention> bodies = new java.util.HashMap<>();
            java.util.Map<Integer, EntityMention> institutions = new java.util.HashMap<>();
            for (EntityMention m : mentions) {
                if (m.type() == EntityType.PERSON) {
                    byStart.putIfAbsent(m.start(), m);
                    byEnd.putIfAbsent(m.end(), m);
                } else if (m.type() == EntityType.GOVERNMENT) {
                    bodies.merge(m.end(), m, (a, b) -> a.start() <= b.start() ? a : b);
                }
                if (m.type().isInstitution()) {
                    institutions.merge(m.end(), m, (a, b) -> a.start() <= b.start() ? a : b);
                }
            }
            return new Index(byStart, byEnd, bodies, institutions, new java.util.HashMap<>());
        }

        /** 鲁政委: a title word inside a person's name is none. */
        boolean personCovers(int start, int end) {
            var person = personsByStart.floorEntry(start);
            return person != null && person.getValue().end() >= end && person.getKey() < end;
        }

        boolean personStartsAt(int offset) {
            return personsByStart.containsKey(offset);
        }

        boolean personStartsIn(int from, int to) {
            Integer start = personsByStart.ceilingKey(from);
            return start != null && start < to;
        }
    }

    /**
     * 广西壮族自治区商务厅（口岸办）副厅长: where a body's other name in brackets ends at {@code end} and the title heads the
     * body before it (厅长 a 厅), the end of that body; else {@code end} (江苏省商务厅（省自贸办）副主任 heads the office).
     */
    private static int beforeItsOtherName(String text, List<EntityMention> mentions, int end, Lexicon.Hit title) {
        if (end < 3 || text.charAt(end - 1) != '）') {
            return end;
        }
        int open = text.lastIndexOf('（', end - 2);
        EntityMention body = open > 0 && end - open <= MAX_OTHER_NAME && text.indexOf('）', open) == end - 1 ? endingAt(mentions, open) : null;
        boolean headsIt = body != null && body.type() == EntityType.GOVERNMENT
                && title.cue(Cue.CueFamily.TITLE).word().contains(text.charAt(open - 1) + "长");
        return headsIt ? open : end;
    }

    private static final int MAX_OTHER_NAME = 12;

    /** 发挥所长, 各展所长: after a verb of showing, 所长 is what one is good at, no head of an institute (not 担任所长). */
    static boolean strengthsAfterAVerb(SentenceView view, int start, int end) {
        int before = view.tokenAt(start - 1);
        return view.slice(start, end).equals("所长") && before >= 0 && view.tokenEndsAt(start) && SHOWING.contains(view.tokens().get(before).word());
    }

    /**
     * Where the tagger's title ending with the cue starts (物流总监 around 总监), where the words before the cue are a few Han
     * characters no other mention holds, no unit and no word of reference or time (原, 该, 拟任); else the cue's start.
     */
    private static int taggersTitleStart(SentenceView view, List<EntityMention> mentions, List<EntityMention> taggersTitlesEndingThere, Lexicon.Hit hit) {
        for (EntityMention m : taggersTitlesEndingThere) {
            if (hit.start() - m.start() >= MIN_TITLE_PREFIX && hit.start() - m.start() <= MAX_TITLE_PREFIX
                    && m.start() >= view.sentence().start() && SentenceView.isHan(view.slice(m.start(), hit.start()))
                    && NOT_A_TITLES_PREFIX.indexOf(view.charAt(m.start())) < 0 && view.tokenStartsAt(m.start())
                    && !unitEndsAt(view, hit.start()) && view.slice(m.start(), hit.start()).chars().noneMatch(c -> CHAIN_JOINERS.indexOf(c) >= 0)
                    && mentions.stream().noneMatch(other -> other.type() != EntityType.POSITION && other.start() < hit.start() && m.start() < other.end())
                    // 香港执业律师: a place before the longer title would be taken for the office's body.
                    && mentions.stream().noneMatch(other -> other.type() == EntityType.PLACE && other.end() == m.start())
                    // 主任科员: no title of its own in the words before the cue.
                    && view.hits().stream().noneMatch(other -> other != hit && other.cue(Cue.CueFamily.TITLE) != null && other.start() < hit.start() && m.start() < other.end())) {
                return m.start();
            }
        }
        return hit.start();
    }

    /** 李总监: one character before the cue may be a surname, the person addressed; a prefix has two at least. */
    private static final int MIN_TITLE_PREFIX = 2;
    private static final int MAX_TITLE_PREFIX = 4;
    /**
     * Last characters of a unit, region or body before a title (政法委书记, 法务部总经理, 亚太区总裁, 行署副专员, 研究院院长,
     * 大会主席团…), whose own rules find the office's body.
     */
    private static final String UNIT_ENDS = "部委局处科室办院所司厅会团组区署队站行社";
    /** A unit's last character ends at {@code offset}, in no word that qualifies a title (执行校长: 执行 is no bank's 行). */
    private static boolean unitEndsAt(SentenceView view, int offset) {
        return UNIT_ENDS.indexOf(view.charAt(offset - 1)) >= 0 && TITLE_QUALIFIERS.stream().noneMatch(word -> view.text().startsWith(word, offset - word.length()));
    }

    private static final List<String> TITLE_QUALIFIERS = List.of("执行");

    /** First characters that make the words before a title a reference or a time, no part of it (原总监, 该公司, 拟任, 现任, 时任). */
    private static final String NOT_A_TITLES_PREFIX = "原前该本拟现时新曾";

    /** 律师事务所, 会计师事务所: a title opening the word for a kind of firm is part of the firm's name. */
    private static boolean opensAFirmsKind(SentenceView view, Lexicon.Hit hit) {
        return view.hits().stream().anyMatch(other -> other.start() == hit.start() && other.end() > hit.end() && other.cue(Cue.CueFamily.COMPANY_SUFFIX) != null);
    }

    private static final Set<String> SHOWING = Set.of("展", "各展", "施展", "发挥", "尽", "各尽", "扬");

    /**
     * 答记者问, 各位记者朋友, 记者们: the people a speaker answers or greets by their trade hold no office; nor do those a
     * meeting is named after (第三十五次主任会议, 市长办公会议).
     */
    private static boolean addressedAsAGroup(SentenceView view, int start, int end) {
        return view.text().startsWith("朋友", end) || view.text().startsWith("们", end)
                || view.text().startsWith("会议", end) || view.text().startsWith("办公会", end)
                || start > view.sentence().start() && view.charAt(start - 1) == '答' && view.text().startsWith("问", end)
                || countedMembers(view, start, end);
    }

    /**
     * A title word that names no one's office: people greeted as a group, a tier, body or service, a fund's partner, a
     * byline's craft outside a byline, a trader (俄罗斯商人), a level of schooling or a degree (研究生学历, 硕士研究生).
     */
    static boolean namesNoOffice(SentenceView view, int start, int end) {
        return addressedAsAGroup(view, start, end) || namesATierOrAService(view, end) || aFundsPartner(view, end) || aCraftOutsideAByline(view, start, end)
                || TRADERS.stream().anyMatch(view.slice(start, end)::endsWith) || aLevelOfSchooling(view, start, end) || aTendersCandidate(view, start, end)
                || aSystemOfTheOffice(view, end);
    }

    /**
     * 河湖长制, 林长制, 专员制度: the system of offices named after the title, no office held; 制 (or 制度) is a word of its own there,
     * or HanLP glued it to the title (not 市长制定, 主任制片人: words 制 opens; nor 县长制发, 制 a verb before another).
     */
    private static boolean aSystemOfTheOffice(SentenceView view, int end) {
        int index = view.charAt(end) == SYSTEM.charAt(0) ? view.tokenAt(end) : -1;
        if (index < 0) {
            return false;
        }
        Token word = view.tokens().get(index);
        // 县长制/v 发/v: 制 read alone before a verb is the first of two verbs.
        Token next = index + 1 < view.tokens().size() ? view.tokens().get(index + 1) : null;
        boolean verbAfter = next != null && next.start() == word.end() && next.posStartsWith("v") && !next.pos().equals("vn");
        return word.start() == end ? word.word().equals(SYSTEM) && !verbAfter || word.word().equals(SYSTEM + "度") : word.end() == end + 1;
    }

    private static final String SYSTEM = "制";

    /** 中标候选人, 第二中标候选人: a bidder's standing in a tender, no office. */
    private static boolean aTendersCandidate(SentenceView view, int start, int end) {
        String title = view.slice(start, end);
        return title.endsWith(CANDIDATE) && (title.contains(WINNING_BID) || view.text().startsWith(WINNING_BID, start - WINNING_BID.length()));
    }

    private static final String CANDIDATE = "候选人";
    private static final String WINNING_BID = "中标";

    /**
     * 研究生学历, 研究生学位: the level of one's schooling, no office; nor is a degree of it (硕士研究生, 博士研究生, and either
     * half of them).
     */
    private static boolean aLevelOfSchooling(SentenceView view, int start, int end) {
        String text = view.text();
        return text.startsWith("学历", end) || text.startsWith("学位", end)
                || DEGREES.stream().anyMatch(degree -> view.slice(start, end).endsWith(degree) && text.startsWith(GRADUATE_STUDENT, end))
                || view.slice(start, end).equals(GRADUATE_STUDENT) && DEGREES.stream().anyMatch(degree -> text.startsWith(degree, start - degree.length()))
                || DEGREES.stream().anyMatch(degree -> view.slice(start, end).equals(degree + GRADUATE_STUDENT));
    }

    private static final List<String> DEGREES = List.of("硕士", "博士");
    private static final String GRADUATE_STUDENT = "研究生";

    /** 俄罗斯商人谢尔盖: what a person trades as, no office held anywhere. */
    private static final Set<String> TRADERS = Set.of("商人", "客商", "生意人");

    /**
     * 摄像设备: a byline's craft (摄像 周凯, 摄像：周凯, 摄像/周凯) is an office only where a space, a mark or the line's end sets
     * the name after it apart.
     */
    private static boolean aCraftOutsideAByline(SentenceView view, int start, int end) {
        return view.slice(start, end).equals(CAMERA) && end < view.sentence().end() && " 　:：/｜|\n".indexOf(view.charAt(end)) < 0;
    }

    private static final String CAMERA = "摄像";

    /** 合格境外有限合伙人, 普通合伙人: a fund's limited or general partner is an investor's role, no office (read whole or as 合伙人). */
    private static boolean aFundsPartner(SentenceView view, int end) {
        return FUNDS_PARTNERS.stream().anyMatch(partner -> end - partner.length() >= view.sentence().start() && view.text().startsWith(partner, end - partner.length()));
    }

    private static final Set<String> FUNDS_PARTNERS = Set.of("有限合伙人", "普通合伙人");

    /**
     * 经理层, 领事机构, 专科医师培训, 专员服务: a title before a word of a tier, a body or a service names no one's office (not
     * 书记服务群众, where the word is the verb).
     */
    private static boolean namesATierOrAService(SentenceView view, int end) {
        int index = end < view.sentence().end() && view.tokenStartsAt(end) ? view.tokenAt(end) : -1;
        Token word = index < 0 ? null : view.tokens().get(index);
        return word != null && TIERS_AND_SERVICES.contains(word.word()) && !(word.posStartsWith("v") && !word.pos().equals("vn"));
    }

    private static final Set<String> TIERS_AND_SERVICES = Set.of("层", "机构", "培训", "服务", "队伍");

    /**
     * 应到委员71人, 各位委员, 5位委员: a committee's members counted or greeted together hold no office of anyone's (news
     * annotation keeps 各位专家, 一位律师: a trade is named so).
     */
    private static boolean countedMembers(SentenceView view, int start, int end) {
        return view.text().startsWith(MEMBER, end - MEMBER.length()) && (COUNT_AFTER.matcher(view.text()).region(end, view.sentence().end()).lookingAt()
                || COUNT_BEFORE.matcher(view.text()).region(Math.max(view.sentence().start(), start - 4), start).find());
    }

    private static final String MEMBER = "委员";
    /** Titles that make their holder a member of a congress or an academy, not of the institution named before the name. */
    private static final String CONGRESS_DEPUTY = "人大代表";
    private static final Set<String> MEMBERSHIPS = Set.of(MEMBER, "院士", "代表", CONGRESS_DEPUTY, "常委");
    /** 人大 of 人大代表: the congress's short name the deputy's title opens with. */
    private static final int CONGRESS_SHORT_NAME = CONGRESS_DEPUTY.indexOf("代表");

    private static final java.util.regex.Pattern COUNT_AFTER = java.util.regex.Pattern.compile("[0-9０-９一二三四五六七八九十百]+[人名]");
    private static final java.util.regex.Pattern COUNT_BEFORE = java.util.regex.Pattern.compile("(?:" + GazetteerSource.GREETING + "|全体|[0-9０-９一二三四五六七八九十百多]+位)$");

    private static final String NUMBER_SIGN = "号";

    /**
     * Titles and positions held; {@code home} is where the document is from, whose governments its bare 省长 and 市长 head, and
     * {@code source} the outlet its intake named (天津日报), or null, whose staff its 本报讯 names when no source line in the
     * text does.
     */
    Result extract(String text, List<SentenceView> sentences, List<EntityMention> mentions, LocalDate asOf, EntityLinker.Home home, String source) {
        Index index = Index.of(mentions);
        java.util.Map<Integer, List<EntityMention>> taggersTitlesByEnd = mentions.stream().filter(m -> m.type() == EntityType.POSITION)
                .collect(java.util.stream.Collectors.groupingBy(EntityMention::end));
        List<Title> titles = new ArrayList<>();
        // 阜高管呈〔2026〕7号: a paper's number holds its issuer's abbreviation, no title.
        List<EntityMention> numbers = mentions.stream().filter(m -> m.type() == EntityType.POLICY && m.text().endsWith(NUMBER_SIGN)).toList();
        for (SentenceView view : sentences) {
            Title previous = null;
            for (Lexicon.Hit hit : view.hits()) {
                if (hit.cue(Cue.CueFamily.TITLE) == null || numbers.stream().anyMatch(number -> number.start() <= hit.start() && hit.end() <= number.end())
                        || coveredByLongerTitle(view, hit) || endsInsideAWord(view, hit) && !index.personStartsAt(hit.end()) || startsInsideAWord(view, hit)
                        || index.personCovers(hit.start(), hit.end()) || countedVolume(view, hit) || endsInsideAPlaceOrBody(mentions, hit)
                        || namesNoOffice(view, hit.start(), hit.end()) || strengthsAfterAVerb(view, hit.start(), hit.end()) || opensAFirmsKind(view, hit)) {
                    continue;
                }
                // 物流总监, 高级政务部长, 工厂负责人: the tagger's title, ending with the cue, is the office as written.
                int start = taggersTitleStart(view, mentions, taggersTitlesByEnd.getOrDefault(hit.end(), List.of()), hit);
                int writtenTitleStart = start;
                String organization = null;
                // 特斯拉全球副总裁, 华为中国区总裁: a region between a company and the title is part of the office.
                // 香港贸易发展局华南首席代表: so is a macro-region, though it is a place of its own too.
                EntityMention justBefore = endingAt(mentions, start);
                int region = regionBefore(text, start, hit.cue(Cue.CueFamily.TITLE).word());
                region = region == 0 ? analystsSectorBefore(text, mentions, start, hit.cue(Cue.CueFamily.TITLE).word()) : region;
                int organizationEnd = justBefore == null || justBefore.type() == EntityType.PLACE && justBefore.start() >= start - region
                        && endingAt(mentions, start - region) != null ? start - region : start;
                organizationEnd = endingAt(mentions, organizationEnd) == null ? beforeItsOtherName(text, mentions, organizationEnd, hit) : organizationEnd;
                for (EntityMention org = endingAt(mentions, organizationEnd); org != null; org = bodyOrItsParentBefore(text, mentions, org)) {
                    start = org.start();
                    organization = organization == null ? org.canonical() : organization;
                }
                // 区委常委、组织部部长: a department found as a body of its own but named by no level or place, chained to a
                // title of a body, is that body's (区委组织部), as the department rule below has it.
                // 省政府副秘书长、办公厅党组成员: so is its general office.
                // Not a body named from its own place (省政协委员、太原海关综合业务处处长: the customs office is Taiyuan's).
                int bodyStart = start;
                boolean chainedBody = organization != null && organization.equals(text.substring(start, writtenTitleStart)) && previous != null
                        && previous.organization() != null && chained(text, previous, start)
                        && mentions.stream().noneMatch(m -> m.type() == EntityType.PLACE && m.start() == bodyStart);
                // 上海市委宣传部副部长、市电影局局长: a body named by its level alone, chained so, is of the place before.
                String levelsPlace = chainedBody && LEVELS.indexOf(organization.charAt(0)) >= 0 ? placeOfLevelIn(previous.organization(), organization.charAt(0)) : null;
                if (levelsPlace != null) {
                    organization = levelsPlace + organization.substring(1);
                } else if (chainedBody && LEVELS.indexOf(organization.charAt(0)) < 0
                        && (departmentStart(text, view, previous, writtenTitleStart, hit.cue(Cue.CueFamily.TITLE).word()) == start || organization.equals("办公厅"))) {
                    organization = previous.organization() + organization;
                } else if (chainedBody && COURTS_COMMITTEE.matcher(organization).matches() && COURT_NAME.matcher(courtOf(previous.organization())).matches()) {
                    // 吉林省人民检察院副检察长、检察委员会委员: the committee named bare is the procuratorate's.
                    organization = courtOf(previous.organization()) + organization;
                }
                // 青岛前湾保税港区管委会（青岛前湾综合保税区管委会）副主任: the body's other name in brackets stands between it and
                // the title; the office is the body's as first named.
                EntityMention namedTwice = organization == null ? bodyBeforeItsOtherName(text, mentions, start) : null;
                if (namedTwice != null) {
                    organization = namedTwice.canonical();
                    start = namedTwice.start();
                }
                // 丹麦诺斯特兰德集团（Nordstrand Group）全球首席执行官, …有限公司（简称“河南航投”）副总经理: the name's Latin or
                // short form in brackets stands between the firm and the title.
                EntityMention beforeAnAside = organization == null ? nameBeforeAnAside(text, mentions, writtenTitleStart, region) : null;
                if (beforeAnAside != null) {
                    organization = beforeAnAside.canonical();
                    start = beforeAnAside.start();
                }
                // 厦门市台港澳办（市委台办）副主任, 江苏省商务厅（省自贸办）副主任: a body in another's brackets works under the
                // other's roof, or is its other name; either way the title is the bracketed body's, written after both.
                EntityMention[] housed = organization == null ? bodyInAnothersBrackets(text, mentions, start) : null;
                if (housed != null) {
                    organization = housed[1].canonical();
                    start = housed[0].start();
                }
                // 河南省机场集团有限公司党委书记: a company's party committee is no body of its own; the office is the company's.
                EntityMention firm = organization == null ? institutionBeforeItsCommittee(text, mentions, start) : null;
                if (firm != null) {
                    organization = organizationOfItsCommittee(text, firm, start);
                    start = firm.start();
                }
                // 外交部长王毅, 美国商务部长: the ministry's last character is the title's first, and the title as written
                // runs from the ministry's name (美国防部长, as news annotation marks it).
                int titleStart = writtenTitleStart;
                EntityMention sharing = organization == null ? index.bodiesByEnd().get(start + 1) : null;
                if (sharing != null && sharing.start() < start) {
                    organization = sharing.canonical();
                    start = sharing.start();
                    titleStart = sharing.start();
                }
                // 龙岩市人大代表, 全国人大代表: a deputy's title opens with its congress's short name (人大), and the deputy sits in
                // that congress, not in its place.
                EntityMention congress = hit.cue(Cue.CueFamily.TITLE).word().equals(CONGRESS_DEPUTY) ? index.bodiesByEnd().get(hit.start() + CONGRESS_SHORT_NAME) : null;
                if (congress != null && congress.start() < hit.start()) {
                    organization = congress.canonical();
                    start = congress.start();
                    titleStart = congress.start();
                }
                // 外交部长: a title made of a ministry's name and its head's 长 is an office of that ministry.
                EntityMention named = organization == null ? index.bodiesByEnd().get(hit.end() - 1) : null;
                if (named != null && named.start() == hit.start()) {
                    organization = named.canonical();
                }
                String between = previous == null ? "" : text.substring(previous.mention().end(), writtenTitleStart);
                // 首席运营官桑杰·梅农、亚太区总裁黄嘉伦: a business region before the next title is the office's, no more of the roster.
                int regionOfTheTitle = regionBefore(text, writtenTitleStart, hit.cue(Cue.CueFamily.TITLE).word());
                String roster = between.length() > regionOfTheTitle ? between.substring(0, between.length() - regionOfTheTitle) : between;
                if (organization == null && (chained(text, previous, writtenTitleStart)
                        || rosterOfOneBody(roster, previous, index, mentions) && mayTakeTheRostersBody(hit.cue(Cue.CueFamily.TITLE).word(), previous.organization()))) {
                    organization = inherited(previous.organization(), hit.cue(Cue.CueFamily.TITLE).word());
                }
                // 新疆维吾尔自治区党委副书记、自治区主席: the level word stands for the place of the title before.
                String levelPlace = previous == null ? null : placeOf(previous.organization());
                if (organization == null && levelPlace != null && between.length() > 1 && CHAIN_JOINERS.indexOf(between.charAt(0)) >= 0
                        && between.substring(1).matches(LEVEL_WORDS) && levelPlace.endsWith(between.substring(1))) {
                    organization = levelPlace;
                    start = previous.mention().end() + 1;
                }
                // 该公司总经理: the organization of that kind the document named last; the office is the title alone.
                if (organization == null) {
                    // 当选联盟首任理事长: the word of a first holder stands between the anaphor and the title.
                    organization = antecedentOf(text, start - firstHolderBefore(text, start), mentions, index, sentences, view.sentence().index());
                    // 该公司中国区总经理: so may a business region, which is the office's.
                    if (organization == null && region > 0 && start == writtenTitleStart) {
                        organization = antecedentOf(text, start - region, mentions, index, sentences, view.sentence().index());
                        start = organization == null ? start : start - region;
                    }
                    // 集团党委书记: the title is the committee's 党委书记, held at the firm.
                    if (organization != null && titleStart == start && firmsCommitteeEndsAt(text, start)) {
                        start -= PARTY_COMMITTEE.length();
                        titleStart = start;
                    }
                }
                // 我委党组成员、副主任荀子涵, 由局党组书记、局长郏向东任组长: the writer's own body.
                if (organization == null) {
                    organization = writersOwnBody(text, start, mentions);
                }
                // 政协苏州市第十五届委员会…提案…栾俊峰、奚文涛委员, 西安市政协工作报告…副主席惠丽娜: an office of a CPPCC (or a
                // congress's standing committee) named bare in its own paper is held there.
                // Not one of a committee named right before it that no source read (副院长、审判委员会委员 in a congress's list).
                boolean committeeBefore = text.startsWith(COMMITTEE, start - COMMITTEE.length()) && !text.startsWith(STANDING + COMMITTEE, start - STANDING.length() - COMMITTEE.length());
                if (organization == null && writtenTitleStart == start && !committeeBefore) {
                    String title = hit.cue(Cue.CueFamily.TITLE).word();
                    organization = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).findFirst().map(EntityMention::canonical)
                            .map(first -> first.contains(CONSULTATIVE_CONFERENCE) && CONFERENCE_OFFICES.contains(title)
                                    ? first.substring(0, first.indexOf(CONSULTATIVE_CONFERENCE) + CONSULTATIVE_CONFERENCE.length())
                                    : first.endsWith(STANDING_COMMITTEE) && STANDING_COMMITTEE_OFFICES.contains(title) ? first : null).orElse(null);
                }
                // 市商务局对外贸易处处长: a body named, then a department of it no list knows.
                EntityMention body = organization == null ? bodyBeforeDepartment(view, index, start, hit.cue(Cue.CueFamily.TITLE).word()) : null;
                if (body != null) {
                    organization = body.canonical() + text.substring(body.end(), start);
                    start = body.start();
                }
                // 长飞光纤光缆股份有限公司（601869.SH）光纤拉丝车间主任: a firm's or institute's unit, then the title; the office
                // is the unit's title, held at the firm.
                int unit = organization == null ? unitOfAnInstitutionBefore(view, index, start) : -1;
                if (unit >= 0) {
                    organization = index.institutionsByEnd().get(unit).canonical();
                    start = unitStartAfter(text, unit);
                }
                // 重庆涪江精密机械有限公司党支部（书记 何俊）: a title opening brackets right after a body, or its party branch,
                // is held there.
                // Not a byline's (扬州网讯（记者 周莹）): the outlet opening a news item is read as one.
                if (organization == null && !outletsStaff(hit.cue(Cue.CueFamily.TITLE).word()) && !hit.cue(Cue.CueFamily.TITLE).word().equals(CORRESPONDENT)) {
                    organization = bodyBeforeTheBrackets(text, mentions, index, start);
                }
                // 监管责任单位及责任人：永定区应急管理局　局长　谷建新: a body, its head's title and the name set apart by spaces on a
                // record's line.
                if (organization == null) {
                    organization = bodySpacedBeforeTheTitle(text, index, start, hit.end());
                }
                // 统计分析司司长, 组织部部长: a department no list knows, named by the unit its head's title names.
                int department = organization == null ? departmentStart(text, view, previous, start, hit.cue(Cue.CueFamily.TITLE).word()) : -1;
                if (department >= 0) {
                    // 海关总署新闻发言人、统计分析司司长: a department joined to a title of a body is that body's.
                    // 梅山海关关长乐建国、综保区监管一科科长潘思远: so is one listed right after the body's head and their name.
                    // Not a peer of the body (经济发展局局长邵华、应急管理局局长闫东升: two bureaus, the second no unit of the first;
                    // 国家税务总局局长王军、稽查局局长李明: a 总局's bureau is its unit).
                    boolean joined = previous != null && previous.organization() != null
                            && (chained(text, previous, department) || listedAfterTheHead(text, index, previous, department)
                                    && !aPeerBureau(previous.organization(), text.charAt(start - 1)));
                    // 市商务委：秦丽萍（开放平台处处长）: so is one in brackets on a line the body labels.
                    String labelling = joined ? null : unitLabellingTheLine(text, mentions, department);
                    organization = (joined ? courtOf(previous.organization()) : labelling != null ? labelling : "") + text.substring(department, start);
                    start = department;
                }
                // 市委常委、政法委书记: a committee of the committee (政法委, 机关工委), chained to its title, is that committee's.
                int committee = organization == null && previous != null && previous.organization() != null ? previous.mention().end() + 1 : -1;
                if (committee > 0 && hit.cue(Cue.CueFamily.TITLE).word().endsWith("书记") && chained(text, previous, committee)
                        && COMMITTEES_COMMITTEE.matcher(text).region(committee, start).matches()) {
                    organization = previous.organization() + text.substring(committee, start);
                    start = committee;
                }
                // 吉林省高级人民法院副院长、审判委员会委员: a court's or procuratorate's committee, chained to a title there, is its.
                if (committee > 0 && organization == null && hit.cue(Cue.CueFamily.TITLE).word().equals("委员") && chained(text, previous, committee)
                        && COURTS_COMMITTEE.matcher(text).region(committee, start).matches() && COURT_NAME.matcher(courtOf(previous.organization())).matches()) {
                    organization = courtOf(previous.organization()) + text.substring(committee, start);
                    start = committee;
                }
                // 美国驻华大使, 德国驻沪总领事: an envoy's office runs from the country that sends them, whose it is.
                EntityMention sender = organization == null ? envoysCountry(text, view, mentions, start, hit.cue(Cue.CueFamily.TITLE).word()) : null;
                if (sender != null) {
                    organization = sender.canonical();
                    start = sender.start();
                }
                // 韩国熙星光学株式会社郑州法人代表: a firm's office in a city is the firm's.
                EntityMention firmsCity = organization == null && corporate(hit.cue(Cue.CueFamily.TITLE).word()) ? placeEndingAt(mentions, start) : null;
                EntityMention firmInTheCity = firmsCity == null ? null : endingAt(mentions, firmsCity.start());
                if (firmInTheCity != null && firmInTheCity.type() == EntityType.COMPANY) {
                    organization = firmInTheCity.canonical();
                    start = firmInTheCity.start();
                }
                // 成都市副市长, 河南省省长: the place an office is of belongs to its name, and stands for its organization.
                EntityMention place = organization == null && !corporate(hit.cue(Cue.CueFamily.TITLE).word()) ? placeEndingAt(mentions, start) : null;
                // 驻日本大使吴江浩: the country an envoy is posted to is not the one sending them; with none named, China sends.
                if (place != null && ENVOYS.contains(hit.cue(Cue.CueFamily.TITLE).word()) && place.start() > 0 && text.charAt(place.start() - 1) == '驻') {
                    EntityMention sending = placeEndingAt(mentions, place.start() - 1);
                    boolean senderNamed = sending != null && sending.sentenceIndex() == view.sentence().index();
                    organization = senderNamed ? sending.canonical() : HOME_COUNTRY;
                    start = senderNamed ? sending.start() : place.start() - 1;
                    place = null;
                }
                if (place != null) {
                    start = place.start();
                    organization = place.canonical();
                }
                // 杜伊斯堡市副市长: a place named before its level word (a foreign city's, which the gazetteer lists without it)
                // says the office is that place's, not a home government's; no body of it is named, so none is given.
                boolean placeBeforeItsLevel = place == null && start - 1 > view.sentence().start() && PLACE_LEVELS.indexOf(text.charAt(start - 1)) >= 0
                        && placeEndingAt(mentions, start - 1) != null;
                // 代表团副团长、省长何绍林: a chain passes on no body where the title before it has none, unless it or the sentence
                // before names a place of the head's level other than home's, whose head it may be (老挝琅勃拉邦省代表团访问昆明。
                // 代表团团长、省长坎蓬; not 北京 of the dateline for a 省长).
                int sentence = view.sentence().index();
                Title before = previous;
                String level = hit.cue(Cue.CueFamily.TITLE).word().replace("副", "").substring(0, 1);
                boolean passedOn = chained(text, previous, writtenTitleStart) && (previous.organization() != null
                        || mentions.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.sentenceIndex() >= sentence - 1 && m.end() <= before.mention().start()
                                && m.canonical().endsWith(level) && !m.canonical().equals(home.provinceName()) && !m.canonical().equals(home.city()) && !m.canonical().equals(home.prefecture())));
                if (organization == null && place == null && !placeBeforeItsLevel && !passedOn) {
                    // 自治区主席: the level word before the title names the home region's head.
                    boolean ofTheRegion = text.startsWith("自治区", start - 3) && start - 3 >= view.sentence().start();
                    organization = home.headedBy((ofTheRegion ? "自治区" : "") + hit.cue(Cue.CueFamily.TITLE).word());
                    start = ofTheRegion ? start - 3 : start;
                }
                // 广西日报讯（记者　黄柳青）: a reporter in a dateline's byline writes for the outlet it names, and so does its
                // editor named later in the byline's brackets (新华社北京3月5日电（记者　汪晓辉　编辑：侯卓然）).
                if (organization == null && hit.cue(Cue.CueFamily.TITLE).word().equals("记者")) {
                    organization = outletOfTheDateline(text, mentions, start);
                }
                int byline = organization == null && outletsStaff(hit.cue(Cue.CueFamily.TITLE).word()) ? bylineOpening(text, start) : -1;
                if (byline >= 0) {
                    organization = outletOfTheDateline(text, mentions, byline);
                }
                if (organization == null && outletsStaff(hit.cue(Cue.CueFamily.TITLE).word())) {
                    organization = outletOfTheSourceLine(text, mentions, start);
                }
                // 本报通讯员 高晓东: a correspondent the paper names its own is its staff too.
                if (organization == null && (outletsStaff(hit.cue(Cue.CueFamily.TITLE).word())
                        || hit.cue(Cue.CueFamily.TITLE).word().equals(CORRESPONDENT) && text.startsWith(OWN_PAPER, start - OWN_PAPER.length()))) {
                    organization = ownPapersOutlet(text, mentions, start, source);
                }
                // 本网讯（记者 …）… 编辑：胡静雯: an editor at the foot of a site's or station's own news is the outlet's (not
                // under 本报讯: a portal reposting a paper's story keeps the paper's dateline, and its editor is the portal's).
                if (organization == null && outletsStaff(hit.cue(Cue.CueFamily.TITLE).word())) {
                    int own = ownDatelineEnd(text);
                    organization = own > 0 && own < start ? ownPapersOutlet(text, mentions, own, source) : null;
                }
                // 在…的湖南星沙智控装备有限公司（以下简称“星沙智控”），财务总监谭露向记者展示: a firm's office named bare right
                // after a clause that places the scene at a firm is that firm's.
                if (organization == null && corporate(hit.cue(Cue.CueFamily.TITLE).word()) && titleStart == start) {
                    organization = firmTheSceneIsAt(text, view, mentions, start);
                }
                // 被告：西安芯源电子科技有限公司，…。法定代表人：仝建国: a party's legal representative is the party's, the firm
                // named last before.
                if (organization == null && hit.cue(Cue.CueFamily.TITLE).word().equals("法定代表人")) {
                    int at = hit.start();
                    organization = mentions.stream().filter(m -> m.type() == EntityType.COMPANY && m.end() <= at && m.sentenceIndex() >= view.sentence().index() - 1)
                            .reduce((first, second) -> second).map(EntityMention::canonical).orElse(null);
                }
                // 江津海关：谭志刚（关长）, 市商务委：邓光明（党组成员、副主任）: an office in brackets after a name, on a line a body's
                // or firm's name labels (a meeting's list of those present by unit), is held there.
                if (organization == null) {
                    organization = unitLabellingTheLine(text, mentions, start);
                }
                // 名称：重庆西永综合保税区管理委员会 … 负责人：熊砚秋（主任）, 1.公司名称：… 4.法定代表人：贺启元: an office on a line
                // a head's label opens is held at the party whose name a line a few lines up gives.
                if (organization == null) {
                    organization = partyNamedAboveAHeadsLine(text, mentions, hit.start(), view.sentence().index());
                }
                // 第二中标候选人：成都锦程数智工程有限公司，投标报价…，项目经理邓晓军: an office on a line a tender party's label opens
                // is held at that party.
                if (organization == null) {
                    organization = partyOpeningTheLine(text, mentions, hit.start());
                }
                // 招商服务局　负责项目洽谈。联系人：局长　廖志鹏: a head's office bare on a line a unit of its kind opens is that unit's.
                if (organization == null && titleStart == start) {
                    organization = unitOpeningTheLine(text, mentions, start, hit.cue(Cue.CueFamily.TITLE).word());
                }
                // 审判长　欧阳慧 at a judgment's foot: the bench is the court's that gives the judgment, named first.
                if (organization == null && COURT_OFFICES.contains(hit.cue(Cue.CueFamily.TITLE).fullForm())) {
                    // 上海浦东新区人民法院自由贸易区法庭: or its tribunal, where a tribunal gives it.
                    organization = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && (m.canonical().endsWith("法院")
                                    || m.canonical().endsWith("法庭") && m.canonical().contains("法院")))
                            .findFirst().map(EntityMention::canonical).orElse(null);
                }
                // 1. 连云港瑞丰石化新材料有限公司，注册地为…。执行董事蔡志远: a board's or management's office opening a clause in a
                // numbered item a firm opens (a subsidiary described in its parent's report) is that firm's (not 俄方总经理, the other side's).
                if (organization == null && corporate(hit.cue(Cue.CueFamily.TITLE).word()) && start > 0 && io.zonelens.ingest.extraction.pipeline.Sentence.CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) >= 0) {
                    organization = firmOpeningTheItem(text, mentions, start);
                }
                // 1．中国农业大学三亚研究院种子生物技术中心，负责人黎明辉教授: an office opening the clause right after the
                // institution a numbered item opens with is that institution's.
                if (organization == null && start > 0 && "，,".indexOf(text.charAt(start - 1)) >= 0) {
                    organization = institutionOpeningTheItemBefore(text, mentions, start - 1);
                }
                // 独立董事冼慧敏 in a firm's own notice (公司, defined as its short name): a board's or management's office
                // named with no firm is the notice's firm's.
                if (organization == null && corporate(hit.cue(Cue.CueFamily.TITLE).word())) {
                    organization = DefinedShortNames.GENERIC_SHORT_NAMES.stream().map(word -> definedAs(text, word, mentions, index))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }
                // 海晟港航物流股份有限公司2023年年度报告…董事长周启航: so is one in a report whose title the firm opens.
                if (organization == null && corporate(hit.cue(Cue.CueFamily.TITLE).word())) {
                    organization = firmReporting(text, mentions);
                }
                // 管委会主任邸国华带队…，副主任宫雪莹牵头: a deputy's title named bare right after the head's of a body is a
                // deputy of the same body.
                // Not after a unit of its own no rule read (在麻醉科副主任医师林佩: the anaesthetics department's, not the body before).
                if (organization == null && DEPUTY.matcher(hit.cue(Cue.CueFamily.TITLE).word()).lookingAt()
                        && (start == view.sentence().start() || UNIT_ENDS.indexOf(text.charAt(start - 1)) < 0)) {
                    organization = headsBodyJustBefore(titles, headOf(hit.cue(Cue.CueFamily.TITLE).word()), view.sentence().index());
                }
                // 四川省浙江商会2024年年会…常务副会长单振宇: a society's office named bare is the office of the society the
                // document is about, the one it names most.
                if (organization == null && headOf(hit.cue(Cue.CueFamily.TITLE).word()).endsWith("会长") && standsBare(view, titleStart)) {
                    organization = societyNamedMost(mentions);
                }
                // …人民代表大会第四次会议开幕。大会主席团常务主席单国庆: the session's presidium is the congress's the document
                // named last before it.
                if (organization == null && hit.cue(Cue.CueFamily.TITLE).word().startsWith(PRESIDIUM) && text.startsWith(SESSION, hit.start() - SESSION.length())) {
                    int at = hit.start();
                    organization = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() <= at && congress(m.canonical()))
                            .reduce((first, second) -> second).map(EntityMention::canonical).orElse(null);
                }
                // 乌鲁木齐海关2025年政府信息公开工作年度报告…关长努尔兰·吐尔逊: a customs head's title named bare is the head's of
                // the one customs office the document names before it.
                if (organization == null && GovernmentBodySource.CUSTOMS_HEADS.contains(hit.cue(Cue.CueFamily.TITLE).word())) {
                    organization = theOneCustomsOfficeBefore(mentions, start);
                }
                // 习近平总书记: there is one 总书记 in Chinese official prose, the Party's.
                if (organization == null && hit.cue(Cue.CueFamily.TITLE).word().equals("总书记")) {
                    organization = "中共中央";
                }
                EntityMention title = new EntityMention(EntityType.POSITION, titleStart, hit.end(),
                        text.substring(titleStart, hit.end()), withoutSpacedLetters(text.substring(titleStart, hit.end())), view.sentence().index());
                previous = new Title(title, start, organization);
                titles.add(previous);
            }
        }
        List<PositionHeld> positions = new ArrayList<>();
        // The titles of a leaders' list in columns, and the end of the last line that gave them.
        List<Title> columnTitles = List.of();
        int columnLineEnd = -1;
        // A group's role opening a roster's line (副组长：阿依古丽·买买提　副市长), and the end of the last line it reaches.
        List<Title> rosterRole = List.of();
        int rosterLineEnd = -1;
        for (EntityMention person : mentions) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            // 会长拿督陈家兴: an honorific may stand between the title and the name.
            int titleEnd = beforeANote(text, startBeforeSpaces(text, person.start() - PersonNameFilter.honorificEndingAt(text, person.start())));
            // 以市长王海为组长、副市长张建国: a group's role given to the name before is not the next name's.
            List<Title> held = chainEndingAt(text, titles, titleEnd).stream().dropWhile(title -> GROUP_ROLES.contains(title.mention().canonical())
                    && GROUP_ROLE_VERB.matcher(text.substring(Math.max(0, title.mention().start() - 2), title.mention().start())).find()).toList();
            // 会议由主任　　　　王海主持: spaces that long stand between a title and a name only where the title opens its line.
            boolean padded = spacesEndingAt(text, person.start() - PersonNameFilter.honorificEndingAt(text, person.start())) > 2;
            if (!held.isEmpty() && padded && !opensItsLine(text, Math.min(held.get(0).officeStart(), held.get(0).mention().start()))) {
                held = List.of();
            } else if (!held.isEmpty() && padded) {
                columnTitles = held;
                columnLineEnd = lineEnd(text, person.end());
            } else if (held.isEmpty() && underATitlesColumn(text, person, columnLineEnd)) {
                // 王振国（2025年4月免）: one the list marks as removed holds the office no more.
                held = ENDED.matcher(text.substring(person.end(), lineEnd(text, person.end()))).find() ? List.of() : columnTitles;
                columnLineEnd = lineEnd(text, person.end());
            }
            // 投资合作局局长为卢佳琪, 董事长为郭宏波: the title whose holder 为 names.
            if (held.isEmpty() && holderNamedAt(text, person.start()) && closesTheClause(text, person.end())) {
                held = chainEndingAt(text, titles, person.start() - 1);
            }
            // 原天津市商务局局长张爱国: offices the person held before are none held now.
            if (!held.isEmpty() && formerlyHeld(sentences.get(person.sentenceIndex()), held.get(0).officeStart())) {
                held = List.of();
            }
            // 淘天集团首席执行官戴珊…不再担任相关职务: an office the person gives up is none held.
            if (!held.isEmpty() && givesUpOffice(text, sentences.get(person.sentenceIndex()), index, person)) {
                held = List.of();
            }
            boolean namedBefore = !held.isEmpty();
            // 市政府副秘书长王五调任市发展改革委主任: the office moved to, not the one left.
            int said = afterFormOfAddress(text, person.end());
            String moving = MOVING_TO_OFFICE.stream().filter(verb -> text.startsWith(verb, said)).findFirst().orElse(null);
            if (namedBefore && moving != null) {
                List<Title> movedTo = chainStartingAt(text, titles, said + moving.length());
                // 华为副总裁李明接任总裁: a successor (接任, 继任, 升任) takes the office in the body of the one left.
                String body = held.get(held.size() - 1).organization();
                if (movedTo.size() == 1 && movedTo.get(0).organization() == null && body != null && SUCCEEDING.contains(moving)) {
                    movedTo = List.of(new Title(movedTo.get(0).mention(), movedTo.get(0).officeStart(), body));
                }
                held = movedTo.isEmpty() ? held : movedTo;
            }
            // 林秀娟（女），片区管委会政策研究处副处长: a note on the person may stand between the name and the comma.
            int noted = held.isEmpty() ? afterAPersonsNote(text, person.end()) : text.length();
            if (held.isEmpty() && noted < text.length() && "，,".indexOf(text.charAt(noted)) >= 0) {
                held = chainStartingAt(text, titles, noted + 1);
                // 庄一鸣，厦门海沧港腾集装箱码头有限公司操作部经理: the office of a firm's unit runs from the unit, after the firm.
                int unitsOffice = held.isEmpty() ? unitsOfficeAfterItsInstitution(text, mentions, titles, noted + 1) : -1;
                if (unitsOffice >= 0) {
                    held = chainStartingAt(text, titles, unitsOffice);
                }
                // 赵前苗，经开区党委书记…尤天成, 卢佳琪，口岸物流局局长为马海龙: titles that lead into the next name are that person's.
                int officeEnd = held.isEmpty() ? -1 : held.get(held.size() - 1).mention().end();
                EntityMention holder = holderNamedAt(text, officeEnd + 1) ? index.personsByStart().get(officeEnd + 1) : null;
                // 王强、李明，秘书长 赵刚: a space may stand between the title and the next name, as in a byline.
                int spaced = held.isEmpty() ? -1 : afterSpaces(text, officeEnd);
                EntityMention spacedName = spaced > 0 ? index.personsByStart().get(spaced) : null;
                // Not 王强，科长　李明，副科长: a name with its own title after its comma is the next item, not the title's.
                boolean spacedHolder = spacedName != null
                        && !(spacedName.end() < text.length() && "，,".indexOf(text.charAt(spacedName.end())) >= 0
                        && !chainStartingAt(text, titles, spacedName.end() + 1).isEmpty());
                if (!held.isEmpty() && (index.personStartsAt(officeEnd) || spacedHolder
                        || holder != null && closesTheClause(text, holder.end()))) {
                    held = List.of();
                }
            }
            // 林志明是厦门台嘉精密机械有限公司董事长，: the office the copula gives the person, where it ends the clause.
            if (held.isEmpty() && text.startsWith(COPULA, said)) {
                List<Title> office = chainStartingAt(text, titles, said + COPULA.length());
                int end = office.isEmpty() ? -1 : office.get(office.size() - 1).mention().end();
                if (end > 0 && (end == text.length() || "，,。；;".indexOf(text.charAt(end)) >= 0)) {
                    held = office;
                }
            }
            // 王建军（重庆西永综合保税区管委会常务副主任）: titles in brackets right after the name, up to the closing one;
            // 任慧敏（女，省政协委员，…教授）: after the person's sex or people.
            if (held.isEmpty() && person.end() < text.length() && "（(".indexOf(text.charAt(person.end())) >= 0) {
                // 顾立新（江苏省商务厅派驻，挂职青海曹家堡综合保税区管委会副主任）: after who sent the person and how the office is held.
                java.util.regex.Matcher sexOrPeople = SEX_OR_PEOPLE_FIRST.matcher(text).region(person.end() + 1, text.length());
                int noteStart = sexOrPeople.lookingAt() ? sexOrPeople.end() : person.end() + 1;
                java.util.regex.Matcher seconded = SECONDED_TO.matcher(text).region(noteStart, text.length());
                held = chainStartingAt(text, titles, seconded.lookingAt() ? seconded.end() : noteStart);
                int end = held.isEmpty() ? -1 : held.get(held.size() - 1).mention().end();
                if (end < 0 || end >= text.length() || "）)".indexOf(text.charAt(end)) < 0) {
                    held = List.of();
                }
                // 常务副会长：吴淑芬（裕晟电子科技（苏州）有限公司总经理）: on a roster the label's office is held too (not a head's
                // label, 负责人：熊砚秋（主任）, which the office in brackets says; nor a part at a meeting, 发言人：郝振邦（…）).
                boolean headsLabel = HEADS_LABEL.matcher(text).region(text.lastIndexOf('\n', person.start() - 1) + 1, person.start()).lookingAt();
                List<Title> label = held.isEmpty() || headsLabel ? List.of() : chainEndingAt(text, titles, rosterColonBefore(text, index, person));
                label = label.stream().filter(office -> !PARTS_AT_A_MEETING.contains(office.mention().text())).toList();
                if (!label.isEmpty()) {
                    held = java.util.stream.Stream.concat(label.stream(), held.stream()).toList();
                }
            }
            // 首席执行官（Stefan Hartung）: a name in brackets right after the title is its holder's.
            if (held.isEmpty() && person.start() > 0 && person.end() < text.length() && "（(".indexOf(text.charAt(person.start() - 1)) >= 0
                    && "）)".indexOf(text.charAt(person.end())) >= 0) {
                held = chainEndingAt(text, titles, person.start() - 1);
            }
            if (held.isEmpty()) {
                int office = appointedOfficeStart(text, sentences, appointedTogetherWith(text, index, person));
                held = chainStartingAt(text, titles, office);
                // 聘任张海燕女士为公司首席财务官 where 公司 is the company's defined short name: the office runs from it.
                int copula = office > 0 && text.charAt(office - 1) != '为' ? text.lastIndexOf('为', office - 1) : -1;
                if (held.isEmpty() && copula > person.end() && copula + 1 < office) {
                    held = chainStartingAt(text, titles, copula + 1);
                }
            }
            if (held.isEmpty()) {
                held = chainEndingAt(text, titles, rosterColonBefore(text, index, person));
                if (held.size() == 1 && GROUP_ROLES.contains(held.get(0).mention().canonical()) && opensItsLine(text, held.get(0).mention().start())) {
                    rosterRole = held;
                    rosterLineEnd = lineEnd(text, person.end());
                }
                // 组　长：刘振国　省政府副省长: the offices the person holds may follow the name on the label's line.
                List<Title> ownOffices = held.isEmpty() ? List.of() : officesEndingTheLineAfter(text, titles, person);
                if (!ownOffices.isEmpty()) {
                    held = java.util.stream.Stream.concat(held.stream(), ownOffices.stream()).toList();
                }
            }
            // 副组长：阿依古丽·买买提　副市长 / 　　　　张志刚　副市长: a name opening a roster's row right under a group's
            // role's line holds that role too.
            if (!rosterRole.isEmpty() && held.stream().noneMatch(title -> GROUP_ROLES.contains(title.mention().canonical())) && opensARosterRowUnder(text, person, rosterLineEnd)) {
                List<Title> ownOffices = held.isEmpty() ? officesEndingTheLineAfter(text, titles, person) : held;
                held = java.util.stream.Stream.concat(rosterRole.stream(), ownOffices.stream()).toList();
                rosterLineEnd = lineEnd(text, person.end());
            }
            if (held.isEmpty()) {
                held = chainStartingAt(text, titles, officesLabelledUnder(text, person));
            }
            // 法定代表人：仝建国，该公司董事长: a party's role in a proceeding before the name, the office held after it.
            boolean roleOnly = !held.isEmpty() && held.stream().allMatch(t -> ROLES_IN_A_PROCEEDING.contains(t.mention().text()));
            if (roleOnly && person.end() < text.length() && "，,".indexOf(text.charAt(person.end())) >= 0) {
                int officeStart = person.end() + 1;
                // 该公司董事长: the firm the pronoun points at is the office's organization already.
                officeStart += ANAPHORS.keySet().stream().filter(word -> word.startsWith("该") && text.startsWith(word, person.end() + 1))
                        .mapToInt(String::length).max().orElse(0);
                List<Title> office = chainStartingAt(text, titles, officeStart);
                if (!office.isEmpty() && !index.personStartsAt(office.get(office.size() - 1).mention().end())) {
                    held = java.util.stream.Stream.concat(held.stream(), office.stream()).toList();
                }
            }
            if (held.isEmpty()) {
                held = chainStartingAt(text, titles, currentOfficeInBiography(text, sentences, index, person));
            }
            if (held.isEmpty()) {
                held = sharedAlongAList(text, sentences, titles, index, person);
            }
            // 王文涛部长会见…, 李强总理指出: a bare title right after the name, leading into no other name, is the person's.
            if (held.isEmpty()) {
                // 栾俊峰、奚文涛委员: names listed with 、 share the bare title after the last.
                int listEnd = person.end();
                while (listEnd + 1 < text.length() && text.charAt(listEnd) == '、' && index.personStartsAt(listEnd + 1)) {
                    listEnd = index.personsByStart().get(listEnd + 1).end();
                }
                Title after = titleStartingAt(titles, listEnd);
                if (after != null && after.mention().start() == listEnd && !index.personStartsAt(after.mention().end())) {
                    // 授予华中科技大学韩德明教授: an institution right before the name is where the title after it is held (not a
                    // member's or an academician's: 民建青岛市委员会于海涛委员 is a member of the congress the proposal goes to,
                    // 浙江大学李兰娟院士 one of the academy).
                    EntityMention institution = listEnd == person.end() && after.organization() == null && !MEMBERSHIPS.contains(after.mention().text())
                            ? index.institutionsByEnd().get(person.start()) : null;
                    held = List.of(institution == null ? after : new Title(after.mention(), after.officeStart(), institution.canonical()));
                }
            }
            // 山东高速集团有限公司　王承志　　党委书记、董事长　　2021.03—　　98.62, 2　省教育厅　孙晓红　党组成员、副厅长: in a
            // table's row the titles fill a cell after the name's, further columns after them; an office with no body of its own
            // is of the unit in the cell beside the name.
            if (held.isEmpty()) {
                held = titlesFillingACell(text, titles, mentions, person);
            }
            // 王凯  省长 (a leaders' list): the titles after the name and its spaces, up to the line's end; 马永福（回族）　副省长:
            // after a note on the person too.
            if (held.isEmpty()) {
                held = officesEndingTheLineAfter(text, titles, person);
            }
            // 一、新州镇人民代表大会主席 / 羊文川，得票59票，当选。: an election's results name each office in a heading, the
            // persons elected to it in the items below.
            if (held.isEmpty()) {
                held = electedUnderTheHeading(text, titles, person);
            }
            // 买买提江·吐尔地　喀什丝路云通国际物流有限公司运营部经理, 王志刚　深圳市援疆干部，开发区党工委委员、管委会副主任: on a
            // roster line (the name opening it, spaces after), the office of a unit after its institution, or after what the
            // person is described as, up to the line's end.
            int rosterOffice = afterSpaces(text, person.end());
            if (held.isEmpty() && rosterOffice > person.end() && SentenceView.lineTextStart(text, person.start(), Math.max(0, person.start() - 4)) == person.start()) {
                int unitsOffice = unitsOfficeAfterItsInstitution(text, mentions, titles, rosterOffice);
                held = unitsOffice < 0 ? List.of() : titlesEndingTheLine(text, titles, chainStartingAt(text, titles, unitsOffice));
                int comma = firstCommaOnTheLine(text, rosterOffice, MAX_DESCRIPTION);
                if (held.isEmpty() && comma > 0) {
                    held = titlesEndingTheLine(text, titles, chainStartingAt(text, titles, comma + 1));
                }
            }
            // 县长李明兼任县乡村振兴领导小组办公室主任: an office taken on as well as the one named before (not one being
            // given up: …兼任市公安局局长的职务被免去).
            // 任命张俊峰同志为西咸新区党工委书记，兼任西咸新区管委会主任: so is one after the office the person is given.
            int lastOffice = held.isEmpty() ? -1 : held.get(held.size() - 1).mention().end();
            // 西北工业大学教授张卫东被聘为研究院首任院长: so is one the person is given, named before by another.
            String given = namedBefore ? GIVEN_OFFICE.stream().filter(verb -> text.startsWith(verb, said)).findFirst().orElse(null) : null;
            int concurrently = given != null ? officeAfterTheVerb(text, said + given.length())
                    : namedBefore && text.startsWith(CONCURRENTLY, said) ? said + CONCURRENTLY.length()
                    : namedBefore ? roleInANamedGroupAfter(text, titles, said)
                    : lastOffice > person.end() && text.startsWith(CONCURRENTLY, lastOffice + 1) && "，,".indexOf(text.charAt(lastOffice)) >= 0
                    ? lastOffice + 1 + CONCURRENTLY.length() : -1;
            // 陈思远（商务部…综合处处长）挂职任烟台市商务局副局长: the office taken after the one in brackets is held too.
            int taken = lastOffice > person.end() && lastOffice + 1 < text.length() && "）)".indexOf(text.charAt(lastOffice)) >= 0
                    ? TAKING_OFFICE.stream().filter(verb -> text.startsWith(verb, lastOffice + 1)).findFirst().map(verb -> lastOffice + 1 + verb.length()).orElse(-1) : -1;
            List<Title> takenOffices = taken > 0 ? chainStartingAt(text, titles, taken) : List.of();
            // …挂职任烟台市科学技术局副局长期满，免去其挂职职务: an office whose term the clause ends is none held.
            int takenEnd = takenOffices.isEmpty() ? -1 : takenOffices.get(takenOffices.size() - 1).mention().end();
            if (takenEnd > 0 && !ENDED.matcher(text.substring(takenEnd, Math.min(text.length(), takenEnd + 16)).split("[；;。]", 2)[0]).find()) {
                held = new ArrayList<>(held);
                held.addAll(takenOffices);
            }
            if (concurrently >= 0) {
                List<Title> concurrent = chainStartingAt(text, titles, concurrently);
                int after = concurrent.isEmpty() ? -1 : concurrent.get(concurrent.size() - 1).mention().end();
                // …兼任市公安局局长的职务被免去 (in its own clause: not a removal of someone else after a semicolon).
                if (after >= 0 && !text.substring(after, Math.min(text.length(), after + 8)).split("[；;。]", 2)[0].contains("免")) {
                    held = new ArrayList<>(held);
                    held.addAll(concurrent);
                }
            }
            List<Title> roles = roleInAGroupSetUp(text, sentences.get(person.sentenceIndex()), titles, mentions, index, said);
            if (!roles.isEmpty()) {
                // 由王海任组长: the role an appointment read without its group is the group's.
                held = new ArrayList<>(held);
                held.removeIf(title -> roles.stream().anyMatch(role -> role.mention().start() == title.mention().start()));
                held.addAll(roles);
            }
            // 杨凌…管委会主任由省农业农村厅副厅长吴振华同志兼任: the office before 由 is taken by the person the clause ends with.
            List<Title> takenBy = officeTakenBy(text, titles, sentences.get(person.sentenceIndex()), said);
            if (!takenBy.isEmpty()) {
                held = new ArrayList<>(held);
                held.addAll(takenBy);
            }
            for (Title t : held) {
                positions.add(held(text, person.canonical(), t, asOf));
            }
        }
        positions.addAll(authorPositions(text, titles, mentions, asOf));
        positions.addAll(careerPositions(text, titles, mentions));
        positions.addAll(heldUnderTheColumnsLabel(text, sentences, mentions, positions, asOf));
        positions.addAll(heldUnderAnAppointingHeading(text, titles, mentions, positions, asOf));
        return new Result(titles.stream().map(Title::mention).toList(),
                heldInTheGroupSetUp(text, heldAtMissions(heldAtGovernments(heldAtTheRowsInstitution(text, heldAtTheParty(text,
                        ownersOfBareOffices(text, positions, mentions, titles), mentions), mentions), mentions, home), mentions), mentions));
    }

    /**
     * 关于成立介休市创建国家全域旅游示范区工作领导小组的通知 … 组　　长：任建军: a group's role said with no group (a roster's
     * 组长, 副组长, 成员) after the one group the document sets up (成立…领导小组, …工作专班) is held in that group.
     */
    private static List<PositionHeld> heldInTheGroupSetUp(String text, List<PositionHeld> positions, List<EntityMention> mentions) {
        if (positions.stream().noneMatch(held -> held.organization() == null && GROUP_ROLES.contains(held.title()))) {
            return positions;
        }
        List<EntityMention> setUp = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && GROUP_WORDS.stream().anyMatch(m.text()::endsWith)
                && GROUP_SET_UP_OR_ADJUSTED.matcher(text).region(Math.max(0, m.start() - GovernmentBodySource.SET_UP_REACH), m.start()).find()).toList();
        // 成立市招商工作领导小组和市安全生产工作领导小组: with another group named, whose a bare role is is not said.
        long groupsNamed = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && WORKS_GROUP_WORDS.stream().anyMatch(m.text()::endsWith))
                .map(EntityMention::canonical).distinct().count();
        if (setUp.stream().map(EntityMention::canonical).distinct().count() != 1 || groupsNamed > 1) {
            return positions;
        }
        EntityMention group = setUp.get(0);
        return positions.stream().map(held -> held.organization() == null && GROUP_ROLES.contains(held.title()) && held.start() > group.end()
                // 组　　长：任建军 (not 第一督导组组长张伟): a roster's role opens its line.
                && opensItsLine(text, held.start())
                ? new PositionHeld(held.person(), held.title(), group.canonical(), held.asOf(), held.start(), held.end(), held.sentenceIndex()) : held).toList();
    }

    /**
     * 1　百万吨级二氧化碳捕集离心压缩机组　沈阳北方透平装备股份有限公司　沈阳市　副总经理、总工程师　邵立波, 1　刘振国　吉林大学新能源与
     * 环境学院　教授: an office said with no institution on a table's row, opening a cell, is held at the one institution a cell of
     * its own names on that row, before it.
     */
    private static List<PositionHeld> heldAtTheRowsInstitution(String text, List<PositionHeld> positions, List<EntityMention> mentions) {
        if (positions.stream().allMatch(held -> held.organization() != null)) {
            return positions;
        }
        // Institutions filling a cell of their own, found once for every office to look among.
        List<EntityMention> cellsInstitutions = mentions.stream().filter(m -> m.type().isInstitution() && fillsACell(text, m)).toList();
        return positions.stream().map(held -> {
            if (held.organization() != null) {
                return held;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, held.start() - 1)) + 1;
            int lineEnd = lineEnd(text, held.start());
            String row = text.substring(lineStart, held.start());
            // A row of cells: the office opens a cell, follows another in it (副总经理、总工程师) or stands in brackets after a name
            // (王志军（董事长）), and no sentence runs through the line.
            char before = row.isEmpty() ? '\n' : row.charAt(row.length() - 1);
            if (row.isBlank() || row.indexOf('。') >= 0 || row.indexOf('，') >= 0 || !RosterTable.isSpace(before) && "、（(".indexOf(before) < 0) {
                return held;
            }
            List<EntityMention> inCells = cellsInstitutions.stream().filter(m -> m.start() >= lineStart && m.end() <= lineEnd).toList();
            // One institution before the office; a firm or institution after it too (推荐单位 … 工作单位) leaves the employer unsaid,
            // a body after it (督办责任单位) does not.
            List<EntityMention> named = inCells.stream().filter(m -> m.end() <= held.start()).toList();
            boolean employerAfter = inCells.stream().anyMatch(m -> m.start() >= held.end() && m.type() != EntityType.GOVERNMENT);
            return named.size() != 1 || employerAfter ? held
                    : new PositionHeld(held.person(), held.title(), named.get(0).canonical(), held.asOf(), held.start(), held.end(), held.sentenceIndex());
        }).toList();
    }

    /** Whether the mention is a whole cell: a gap or the line's edge on either side. */
    private static boolean fillsACell(String text, EntityMention m) {
        boolean before = m.start() == 0 || text.charAt(m.start() - 1) == '\n' || RosterTable.isSpace(text.charAt(m.start() - 1));
        boolean after = m.end() == text.length() || text.charAt(m.end()) == '\n' || RosterTable.isSpace(text.charAt(m.end()));
        return before && after;
    }

    /**
     * 一、聘任下列10位同志为省人民政府参事，聘期5年： / 马成林（回族），原省农业农村厅一级巡视员 / 才让东主（藏族），…: each person
     * opening a line of the list under a heading that appoints the people below to an office holds it (the heading's office is
     * the evidence); the list ends at the first line no person opens.
     */
    private static List<PositionHeld> heldUnderAnAppointingHeading(String text, List<Title> titles, List<EntityMention> mentions,
                                                                   List<PositionHeld> positions, LocalDate asOf) {
        List<PositionHeld> held = new ArrayList<>();
        if (!text.contains(THOSE_BELOW)) {
            return held;
        }
        java.util.Map<Integer, EntityMention> personsByStart = new java.util.HashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> personsByStart.putIfAbsent(m.start(), m));
        Set<String> holders = new java.util.HashSet<>();
        positions.forEach(p -> holders.add(p.person() + "@" + p.title()));
        java.util.regex.Matcher heading = APPOINTING_THOSE_BELOW.matcher(text);
        while (heading.find()) {
            int officeEnd = heading.end(1);
            Title office = titles.stream().filter(title -> title.mention().end() == officeEnd && title.officeStart() >= heading.start(1)).findFirst().orElse(null);
            if (office == null) {
                continue;
            }
            String written = office.office(text);
            for (int line = lineEnd(text, heading.end()) + 1; line < text.length(); line = lineEnd(text, line) + 1) {
                int first = line;
                while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '　')) {
                    first++;
                }
                if (first < text.length() && text.charAt(first) == '\n') {
                    continue;
                }
                EntityMention person = personsByStart.get(first);
                if (person == null) {
                    break;
                }
                if (holders.add(person.canonical() + "@" + written)) {
                    held.add(new PositionHeld(person.canonical(), written, office.organization(), asOf, office.officeStart(), office.mention().end(),
                            office.mention().sentenceIndex()));
                }
            }
        }
        return held;
    }

    private static final String THOSE_BELOW = "下列";
    /** 聘任下列10位同志为省人民政府参事, 任命下列人员为…: a heading appointing the people listed below it to an office (group 1). */
    private static final java.util.regex.Pattern APPOINTING_THOSE_BELOW = java.util.regex.Pattern.compile(
            "(?:聘任|续聘|任命|聘请|增补)" + THOSE_BELOW + "[0-9０-９一二三四五六七八九十]*(?:位|名)?(?:同志|人员|人)?为([^，,。；;：:\n]{2,30}?)(?=[，,：:；;\n]|$)");

    /**
     * 纳税人名称　纳税人识别号　法定代表人（负责人） / 1　茂名市鼎晟石化物流有限公司　…　邓伟强, 实验室名称　依托单位　实验室主任: a person in
     * a table's column labelled with an office, and holding none said on the row, holds it at the firm or institution the row's
     * subject column names in full (the header's label is the title's evidence).
     */
    private static List<PositionHeld> heldUnderTheColumnsLabel(String text, List<SentenceView> sentences, List<EntityMention> mentions,
                                                               List<PositionHeld> positions, LocalDate asOf) {
        List<PositionHeld> held = new ArrayList<>();
        java.util.Map<Integer, java.util.Optional<RosterTable.Row>> rows = new java.util.HashMap<>();
        java.util.Map<Long, EntityMention> institutions = new java.util.HashMap<>();
        mentions.stream().filter(m -> m.type().isInstitution()).forEach(m -> institutions.putIfAbsent(((long) m.start() << 32) | m.end(), m));
        Set<String> holders = new java.util.HashSet<>();
        positions.forEach(p -> holders.add(p.person() + "@" + lineEnd(text, p.start())));
        for (EntityMention person : mentions) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, person.start() - 1)) + 1;
            RosterTable.Row row = rows.computeIfAbsent(lineStart, start -> java.util.Optional.ofNullable(RosterTable.rowAt(text, start))).orElse(null);
            if (row == null || row.name() == null || row.name().start() > person.start() || row.name().end() < person.end()
                    || !RosterTable.OFFICE_COLUMNS.contains(row.label()) || holders.contains(person.canonical() + "@" + lineEnd(text, person.start()))) {
                continue;
            }
            // The institution named in full in one of the row's subject columns (企业名称, 实验室名称), not its host's (依托单位).
            SentenceView header = SentenceView.holding(sentences, row.labelCell().start(), row.labelCell().end());
            row.subjects().stream().map(cell -> institutions.get(((long) cell.start() << 32) | cell.end())).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(institution -> held.add(new PositionHeld(person.canonical(), row.label(), institution.canonical(), asOf,
                            row.labelCell().start(), row.labelCell().start() + row.label().length(),
                            header == null ? person.sentenceIndex() : header.sentence().index())));
        }
        return held;
    }

    /**
     * 当事人：苏州澜迪精密电子有限公司 … 法定代表人：许国良, 当事人法定代表人许国良、关务经理沈佳怡: in a decision or notice that
     * names its party on a line of its own, the party's legal representative, and an office said of 当事人, is the party firm's;
     * so is the legal representative under a judgment's party (原告：广州南沙瑞港供应链管理有限公司 … 法定代表人：陈志鹏).
     */
    private static List<PositionHeld> heldAtTheParty(String text, List<PositionHeld> positions, List<EntityMention> mentions) {
        if (positions.stream().allMatch(held -> held.organization() != null)) {
            return positions;
        }
        // Every party's line, whatever the party is: a body or a university after a firm is no firm's to give offices to.
        List<EntityMention> parties = mentions.stream().filter(m -> m.type().isInstitution() && m.start() > 0 && text.charAt(m.start() - 1) == '：'
                && PARTY_LABEL.matcher(text).region(SentenceView.lineTextStart(text, m.start(), 0), m.start()).matches()).toList();
        if (parties.isEmpty()) {
            return positions;
        }
        return positions.stream().map(held -> {
            EntityMention party = parties.stream().filter(m -> m.end() <= held.start()).reduce((first, second) -> second).orElse(null);
            if (held.organization() != null || party == null || party.type() != EntityType.COMPANY) {
                return held;
            }
            // 当事人法定代表人许国良、关务经理沈佳怡: the chain said of the party, back to its first office.
            boolean saidOfTheParty = held.title().equals(LEGAL_REPRESENTATIVE) || chainOpenedBy(text, held.start(), PARTY);
            return saidOfTheParty ? new PositionHeld(held.person(), held.title(), party.canonical(), held.asOf(), held.start(), held.end(), held.sentenceIndex()) : held;
        }).toList();
    }

    /** The offices chained (、) back from {@code start} open right after {@code word}. */
    private static boolean chainOpenedBy(String text, int start, String word) {
        int at = start;
        while (at > 0 && (SentenceView.isHan(text.charAt(at - 1)) || text.charAt(at - 1) == '、') && start - at <= MAX_PARTY_CHAIN) {
            if (text.startsWith(word, at - word.length())) {
                return true;
            }
            at--;
        }
        return false;
    }

    private static final String PARTY = "当事人";
    /** A party's label opening its line: 当事人：, 原告：, 被上诉人（原审被告）：. */
    private static final java.util.regex.Pattern PARTY_LABEL = java.util.regex.Pattern.compile(
            "(?:当事人|原告|被告|第三人|上诉人|被上诉人|申请人|被申请人|申请执行人|被执行人)(?:[（(][^）)]{1,8}[）)])?：");
    private static final String LEGAL_REPRESENTATIVE = "法定代表人";
    private static final int MAX_PARTY_CHAIN = 24;

    /**
     * 中国驻德国大使林振华, 沙特驻华大使: a head of mission's office, named by country and place, is held at the mission
     * of the country the lists name (中国驻德国大使馆, 日本驻上海总领事馆 of 日本国驻上海总领事), not at the country alone.
     */
    private static List<PositionHeld> heldAtMissions(List<PositionHeld> positions, List<EntityMention> mentions) {
        Set<String> places = new java.util.HashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.PLACE).forEach(m -> places.add(m.canonical()));
        return positions.stream().map(held -> {
            java.util.regex.Matcher head = HEAD_OF_MISSION.matcher(held.title());
            // 驻日本大使: the home country the envoy code gave (中国), named or not, is the sender too.
            if (!head.matches() || held.organization() != null && !places.contains(held.organization()) && !held.organization().equals(HOME_COUNTRY)) {
                return held;
            }
            // 日本国驻上海总领事: the country as the lists name it (日本) where the office was held at it, else as written.
            String country = held.organization() != null ? held.organization() : head.group(1).isEmpty() ? null : head.group(1);
            if (country == null) {
                return held;
            }
            String mission = GovernmentBodySource.mission(country, head.group(2), head.group(3));
            return new PositionHeld(held.person(), held.title(), mission, held.asOf(), held.start(), held.end(), held.sentenceIndex());
        }).toList();
    }

    private static final java.util.regex.Pattern HEAD_OF_MISSION = java.util.regex.Pattern.compile("(\\p{IsHan}{0,10})驻(\\p{IsHan}{1,10}?)(?:特命全权)?副?(大使|总领事|领事)");

    /** The line up to {@code end} is one run of text, maybe indented, without spaces or clause marks (a title's column). */
    private static boolean titleColumn(String text, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        String line = text.substring(lineStart, end).strip();
        return !line.isEmpty() && line.codePoints().noneMatch(c -> Character.isSpaceChar(c)) && !CLAUSE_MARKS.matcher(line).find();
    }

    /** How many spaces run right before {@code end}. */
    private static int spacesEndingAt(String text, int end) {
        int at = end;
        while (at > 0 && Character.isSpaceChar(text.charAt(at - 1))) {
            at--;
        }
        return end - at;
    }

    /** Only spaces stand before {@code at} on its line. */
    private static boolean opensItsLine(String text, int at) {
        return text.substring(text.lastIndexOf('\n', at - 1) + 1, at).isBlank();
    }

    /**
     * The person opens the line right after the one ending at {@code lineEnd} (indented or not: intake keeps no indentation) as
     * a roster's row does: a gap or the line's end right after the name, and no clause on the line (王明任领导小组办公室主任。 is
     * prose).
     */
    private static boolean opensARosterRowUnder(String text, EntityMention person, int lineEnd) {
        int lineStart = text.lastIndexOf('\n', person.start() - 1) + 1;
        int rowEnd = lineEnd(text, person.end());
        boolean gapAfter = person.end() == rowEnd || Character.isSpaceChar(text.charAt(person.end()));
        return lineEnd >= 0 && lineStart == lineEnd + 1 && text.substring(lineStart, person.start()).isBlank() && gapAfter
                && !CLAUSE_MARKS.matcher(text.substring(person.end(), rowEnd)).find();
    }

    /**
     * 　　　　　　　王振国（2025年4月免） under 　　党工委书记　　　　艾尔肯·吐尔逊: a name alone on its line, indented to the
     * names' column of a leaders' list, holds the title of the line above, where that line gave its title so.
     */
    private static boolean underATitlesColumn(String text, EntityMention person, int columnLineEnd) {
        int lineStart = text.lastIndexOf('\n', person.start() - 1) + 1;
        return columnLineEnd >= 0 && lineStart == columnLineEnd + 1 && person.start() - lineStart > 2 && text.substring(lineStart, person.start()).isBlank()
                && SentenceView.onlyANoteToTheLineEnd(text, person.end());
    }

    /**
     * 成立由市长龚文斌任组长，刘志宏和…周立新任副组长的市综合保税区发展领导小组, 以市长王海为组长的…指挥部: the role a person
     * takes (任, 为) in a group the sentence sets up, the group named after the roles and 的, or named before them where the
     * sentence sets it up (成立…领导小组，由…任组长) or says whom it is led by (…领导小组由副市长陈光明任组长); names joined before
     * the verb share it. None where the verb gives no role of a group.
     */
    private static List<Title> roleInAGroupSetUp(String text, SentenceView view, List<Title> titles, List<EntityMention> mentions, Index index, int said) {
        int at = said;
        int sentenceEnd = view.sentence().end();
        while (at < sentenceEnd && GROUP_JOINERS.indexOf(text.charAt(at)) >= 0) {
            Integer next = index.personsByStart().ceilingKey(at + 1);
            if (next == null || next >= sentenceEnd || next - at > MAX_JOINED_OFFICES || CLAUSE_MARKS.matcher(text.substring(at, next)).find()) {
                break;
            }
            at = afterFormOfAddress(text, index.personsByStart().get(next).end());
        }
        if (at >= sentenceEnd) {
            return List.of();
        }
        java.util.regex.Matcher verb = GROUP_ROLE_VERB.matcher(text).region(at, sentenceEnd);
        // 为组长、副市长张建国为副组长: the roles run up to the next person's titles.
        List<Title> roles = (verb.lookingAt() ? chainStartingAt(text, titles, verb.end()) : List.<Title>of()).stream()
                .takeWhile(role -> GROUP_ROLES.contains(role.mention().canonical())).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        int rolesEnd = roles.get(roles.size() - 1).mention().end();
        EntityMention group = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.start() > rolesEnd && m.end() <= sentenceEnd
                        && GROUP_WORDS.stream().anyMatch(m.text()::endsWith)).min(java.util.Comparator.comparingInt(EntityMention::start)).orElse(null);
        // The roles of one group may be listed clause by clause (任组长，…任副组长的…领导小组), in one sentence.
        if (group == null || text.lastIndexOf('的', group.start()) < rolesEnd || SENTENCE_MARKS.matcher(text.substring(rolesEnd, group.start())).find()) {
            // 成立开发区碳达峰碳中和工作领导小组，由管委会主任邢振东任组长, 市征兵工作领导小组由副市长陈光明任组长: or the group
            // the sentence set up, or said whom it is led by, before the roles.
            int rolesStart = roles.get(0).mention().start();
            group = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.start() >= view.sentence().start() && m.end() < rolesStart
                    && GROUP_WORDS.stream().anyMatch(m.text()::endsWith)).max(java.util.Comparator.comparingInt(EntityMention::end)).orElse(null);
            if (group == null || !GovernmentBodySource.GROUP_SET_UP_BEFORE.matcher(text).region(Math.max(view.sentence().start(), group.start() - GovernmentBodySource.SET_UP_REACH), group.start()).find()
                    && !LED_BY.matcher(text).region(group.end(), view.sentence().end()).lookingAt()
                    || SENTENCE_MARKS.matcher(text.substring(group.end(), rolesStart)).find()) {
                return List.of();
            }
        }
        String groupName = group.canonical();
        return roles.stream().map(role -> new Title(role.mention(), role.mention().start(), groupName)).toList();
    }

    /**
     * 县长李明任县疫情防控工作指挥部指挥长: a role in a named group, taken (任, 担任 or 为, one role alone) by one named with an
     * office before, is held as well as that office; returns where the group's name starts, or -1. Other offices taken so may be
     * moves (王五任市长).
     */
    private static int roleInANamedGroupAfter(String text, List<Title> titles, int said) {
        java.util.regex.Matcher verb = GROUP_ROLE_VERB.matcher(text).region(said, text.length());
        if (!verb.lookingAt()) {
            return -1;
        }
        List<Title> roles = chainStartingAt(text, titles, verb.end());
        return roles.size() == 1 && GROUP_ROLES.contains(roles.get(0).mention().canonical()) && roles.get(0).mention().start() > verb.end()
                && GROUP_WORDS.stream().anyMatch(word -> text.startsWith(word, roles.get(0).mention().start() - word.length())) ? verb.end() : -1;
    }

    /** 成立, 组建了, 调整: the verb that sets up a group, or changes who is in it, right before its name. */
    private static final java.util.regex.Pattern GROUP_SET_UP_OR_ADJUSTED = java.util.regex.Pattern.compile(
            "(?:" + GovernmentBodySource.GROUP_SET_UP + "|调整)$");
    private static final String GROUP_JOINERS = "、和及";
    static final Set<String> GROUP_ROLES = Set.of("组长", "副组长", "常务副组长", "成员", "总指挥", "副总指挥", "指挥长", "副指挥长", "常务副指挥长",
            "召集人", "副召集人", "专班组长", "专班副组长");
    /** 由副市长陈光明任组长: whom the group named before is led by, in the clause right after it. */
    static final java.util.regex.Pattern LED_BY = java.util.regex.Pattern.compile("由[^，,。；;：:]{1,30}?(?:担任|任|为)(?:"
            + java.util.stream.Stream.concat(GROUP_ROLES.stream(), java.util.stream.Stream.of("主任"))
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).collect(java.util.stream.Collectors.joining("|")) + ")");
    private static final int MAX_JOINED_OFFICES = 40;
    private static final java.util.regex.Pattern CLAUSE_MARKS = java.util.regex.Pattern.compile("[，,。；;：:\n]");
    private static final java.util.regex.Pattern SENTENCE_MARKS = java.util.regex.Pattern.compile("[。；;：:]");
    private static final java.util.regex.Pattern GROUP_ROLE_VERB = java.util.regex.Pattern.compile("(?:担任|任|为)");
    /** What a group set up for a work ends in (a standing body's name may end in 委员会, and 防汛抗旱指挥部 is one). */
    private static final List<String> WORKS_GROUP_WORDS = List.of("领导小组", "工作小组", "工作指挥部", "工作专班");
    private static final List<String> GROUP_WORDS = java.util.stream.Stream.concat(WORKS_GROUP_WORDS.stream(), java.util.stream.Stream.of("指挥部", "委员会")).toList();

    /** The end of the line holding {@code at}. */
    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 ? text.length() : end;
    }

    /**
     * 成都市副市长, 区长 in a district's news: the office of a place's head (市长, 区长, 县长, 省长, 自治区主席) is held at the
     * place's people's government, not at the place nor at its party committee.
     */
    private List<PositionHeld> heldAtGovernments(List<PositionHeld> positions, List<EntityMention> mentions, EntityLinker.Home home) {
        Set<String> places = new java.util.HashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.PLACE).forEach(m -> places.add(m.canonical()));
        // 市长殷勇 in a Beijing document, 州长 in 黔西南日报, 盟长 in a league's paper: the home place a bare head's title is of, named or not.
        java.util.stream.Stream.of(home.provinceName(), home.city(), home.prefecture()).filter(java.util.Objects::nonNull).forEach(places::add);
        Set<String> governments = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).map(EntityMention::canonical)
                .collect(java.util.stream.Collectors.toSet());
        return positions.stream().map(held -> {
            // 牵头区领导：副区长　周丽芳 in 天津市静海区人民政府's paper: a bare head's title of a level whose one government the
            // document names is held there.
            if (held.organization() == null && (held.title().endsWith("区长") || held.title().endsWith("县长"))) {
                String level = held.title().substring(held.title().length() - 2, held.title().length() - 1);
                List<String> ofTheLevel = governments.stream().filter(government -> government.endsWith(level + EntityLinker.PEOPLES_GOVERNMENT)).toList();
                return ofTheLevel.size() == 1
                        ? new PositionHeld(held.person(), held.title(), ofTheLevel.get(0), held.asOf(), held.start(), held.end(), held.sentenceIndex()) : held;
            }
            if (held.organization() == null || GOVERNMENT_HEADS.stream().noneMatch(held.title()::endsWith)) {
                return held;
            }
            // 县委副书记、代县长沈一鸣: a head's office a roster passed a party committee to is its place's government's.
            java.util.regex.Matcher committee = PLACES_PARTY_COMMITTEE.matcher(held.organization());
            // 区委副书记、区长刘卫东 under 天津市静海区人民政府: a place whose government the document names is one too.
            String place = places.contains(held.organization()) || governments.contains(held.organization() + EntityLinker.PEOPLES_GOVERNMENT) ? held.organization()
                    : committee.matches() && places.contains(committee.group(1)) ? committee.group(1) : null;
            return place == null ? held
                    : new PositionHeld(held.person(), held.title(), governmentOfPlace.apply(place), held.asOf(), held.start(), held.end(), held.sentenceIndex());
        }).toList();
    }

    /** 安吉县委, 广西壮族自治区党委, 马场镇党委: a place's party committee, the place its group (a named place, not 浦东新区区 of 浦东新区区委). */
    private static final java.util.regex.Pattern PLACES_PARTY_COMMITTEE = java.util.regex.Pattern.compile("(.+?[" + PositionExtractor.LEVELS + "])(?:党委|委)");

    private static final String PLACE_LEVELS = "市省州县";
    private static final List<String> GOVERNMENT_HEADS = List.of("省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "乡长", "镇长", "自治区主席", "自治区副主席");

    /** 为, 为公司第八届董事会: what stands between an appointment's 为 and the office it gives. */
    private static final java.util.regex.Pattern APPOINTED_TO = java.util.regex.Pattern.compile(
            "为(?:本?公司|本行)?(?:第[一二三四五六七八九十]{1,3}届(?:董事会|监事会)?)?$");

    /**
     * The institution a line labelled 名称 names within a few sentences above {@code at}, or a numbered heading names alone
     * up to {@link #HEADINGS_LINES} lines above with no other section's heading between, where the line holding {@code at}
     * opens with a head's label (负责人：, 法定代表人：) or labels its titles (7.拟任执行董事兼总经理：), as a notice describes
     * the parties to a contract or an announcement its subsidiaries; or null.
     */
    private static String partyNamedAboveAHeadsLine(String text, List<EntityMention> mentions, int at, int sentence) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        // The label before the title (负责人：熊砚秋（主任）) or the title itself the label (法定代表人：贺启元).
        java.util.regex.Matcher label = HEADS_LABEL.matcher(text).region(lineStart, text.length());
        boolean theLabel = label.lookingAt() && at < label.end();
        if (!theLabel && !HEADS_LINE.matcher(text).region(lineStart, at).lookingAt() && !officesLabel(text, lineStart, at)) {
            return null;
        }
        // …（一）甬海智联（宁波梅山）供应链管理有限公司: or the institution a numbered heading above names alone on its line.
        return mentions.stream().filter(m -> m.type().isInstitution() && m.end() <= lineStart
                        && (m.sentenceIndex() >= sentence - PARTYS_LINES && NAME_LABEL.matcher(text).region(Math.max(0, m.start() - MAX_NAME_LABEL), m.start()).find()
                        || aNumberedHeading(text, m) && text.substring(m.end(), lineStart).chars().filter(c -> c == '\n').count() <= HEADINGS_LINES
                        && !SECTION_HEADING.matcher(text.substring(lineEnd(text, m.end()), lineStart)).find()))
                .reduce((first, second) -> second).map(EntityMention::canonical).orElse(null);
    }

    /**
     * 7.拟任执行董事兼总经理：俞晓峰；监事：沈佳怡: the title at {@code at} labels a name after its colon, opening its line or the
     * line's clause after a semicolon (numbered, maybe 拟任 or 现任, after the titles before it in the label: 执行董事兼).
     */
    private static boolean officesLabel(String text, int lineStart, int at) {
        int clauseStart = Math.max(lineStart, Math.max(text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1)) + 1);
        java.util.regex.Matcher mark = CLAUSE_MARKS.matcher(text).region(at, Math.min(text.length(), at + MAX_LABELLED_OFFICES));
        return OFFICES_LABEL_OPENING.matcher(text).region(clauseStart, at).matches() && mark.find() && "：:".indexOf(text.charAt(mark.start())) >= 0;
    }

    /** （一）, 1., 二、 and 拟任 before the titles a line's label gives (执行董事兼 before the second). */
    private static final java.util.regex.Pattern OFFICES_LABEL_OPENING = java.util.regex.Pattern.compile(
            PersonSource.ITEM_NUMBER.pattern() + "(?:拟任|现任)?(?:\\p{IsHan}{2,10}?[兼、])*");
    private static final int MAX_LABELLED_OFFICES = 16;

    /** The mention is all its line holds after a heading's number (（一）, 二、, 1.). */
    private static boolean aNumberedHeading(String text, EntityMention m) {
        return numberedItemsHead(text, m.start()) && text.substring(m.end(), lineEnd(text, m.end())).isBlank();
    }

    /** 三、独立董事意见, （二）…: a heading numbered in Chinese numerals on a line of its own, which opens another section. */
    private static final java.util.regex.Pattern SECTION_HEADING = java.util.regex.Pattern.compile(
            "\n[\\s　]*(?:[一二三四五六七八九十]{1,3}、|" + PersonSource.NUMBERED_IN_BRACKETS + ")");

    /**
     * The firm right after the number opening the line {@code at} stands on (1. 连云港瑞丰石化新材料有限公司，…), where it deals
     * with no other firm before {@code at} (…与巴斯夫（中国）有限公司签署协议。总经理施密特 may be either's; a shareholder named
     * there, …基金持股30%, is no partner); or null.
     */
    private static String firmOpeningTheItem(String text, List<EntityMention> mentions, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        EntityMention firm = mentions.stream().filter(m -> m.type() == EntityType.COMPANY && m.start() > lineStart && m.end() <= at
                        && numberedItemsHead(text, m.start()))
                .max(java.util.Comparator.comparingInt(EntityMention::end)).orElse(null);
        if (firm == null || mentions.stream().anyMatch(m -> m.type() == EntityType.COMPANY && m.start() > firm.end() && m.end() <= at
                && PARTNER_WORDS.matcher(text.substring(m.start() - 1, m.start())).matches())) {
            return null;
        }
        return firm.canonical();
    }

    /** The institution a numbered item opens with, ending at {@code end}, or null. */
    private static String institutionOpeningTheItemBefore(String text, List<EntityMention> mentions, int end) {
        return mentions.stream().filter(m -> m.type().isInstitution() && m.end() == end && numberedItemsHead(text, m.start()))
                .min(java.util.Comparator.comparingInt(EntityMention::start)).map(EntityMention::canonical).orElse(null);
    }

    /**
     * The institution right after the last party's label before {@code at} on its line, where such a label opens the line
     * (中标人：…有限公司; 采购人：四川大学　采购代理机构：四川正衡…有限公司　项目负责人：杨晓琳 is the agency's), or null.
     */
    private static String partyOpeningTheLine(String text, List<EntityMention> mentions, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        java.util.regex.Matcher label = PARTYS_LABEL_OPENING.matcher(text).region(lineStart, at);
        if (!label.lookingAt()) {
            return null;
        }
        int partyStart = label.end();
        while (label.find()) {
            partyStart = label.end();
        }
        int party = partyStart;
        return mentions.stream().filter(m -> m.type().isInstitution() && m.start() == party && m.end() <= at)
                .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
    }

    /** The labels of a tender's parties: 中标人, 第二中标候选人, 招标代理机构. */
    private static final String PARTYS_LABEL = "(?:第[一二三四五六七八九十]{1,2})?(?:中标候选人|中标人|成交供应商|成交人|供应商|投标人|招标人|采购人|招标代理机构|采购代理机构|代理机构)";
    /** 中标人：, 第二中标候选人：: a line opening with a tender party's label. */
    private static final java.util.regex.Pattern PARTYS_LABEL_OPENING = java.util.regex.Pattern.compile("[\\s　]*" + PARTYS_LABEL + "[：:][\\s　]*");

    /**
     * The canonical name of the body or institution whose name and a colon open the line where {@code at} stands inside
     * brackets (江津海关：谭志刚（关长）, 市商务委：邓光明（…）、秦丽萍（开放平台处处长）), or null.
     */
    private static String unitLabellingTheLine(String text, List<EntityMention> mentions, int at) {
        int bracket = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
        if (bracket < 0 || text.substring(bracket, at).matches(".*[）)].*")) {
            return null;
        }
        java.util.function.Predicate<EntityMention> labels = m -> m.end() < bracket && "：:".indexOf(text.charAt(m.end())) >= 0
                && !text.substring(m.end() + 1, bracket).matches(".*[：:。；;\\n].*");
        String opening = institutionOpeningTheLine(text, mentions, at, labels);
        // 湖南德山智能装备有限公司：彭国强（总经理）；常德沅澧食品有限公司：熊丽萍（副总经理）: or the item of such a list the
        // bracket stands in, after its ； (and spaces) on the bracket's line.
        int item = bracket - 1;
        while (item >= 0 && item >= bracket - MAX_UNITS_LINE && "；;\n".indexOf(text.charAt(item)) < 0) {
            item--;
        }
        if (opening != null || item < 0 || text.charAt(item) == '\n' || item < bracket - MAX_UNITS_LINE) {
            return opening;
        }
        int spaced = afterSpaces(text, item + 1);
        int itemStart = spaced > 0 ? spaced : item + 1;
        return mentions.stream().filter(m -> m.start() == itemStart && m.type().isInstitution() && labels.test(m))
                .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
    }

    /** The body or institution opening the line the title stands on, where the title heads a unit of its kind, or null. */
    private static String unitOpeningTheLine(String text, List<EntityMention> mentions, int titleStart, String title) {
        return institutionOpeningTheLine(text, mentions, titleStart, m -> m.end() < titleStart && headsAUnitOfItsKind(title, m.text()));
    }

    /** The canonical name of the longest institution opening the line {@code at} stands on that {@code fits}, or null. */
    private static String institutionOpeningTheLine(String text, List<EntityMention> mentions, int at, java.util.function.Predicate<EntityMention> fits) {
        int opening = SentenceView.lineTextStart(text, at, Math.max(0, at - MAX_UNITS_LINE));
        return opening < 0 ? null : mentions.stream().filter(m -> m.start() == opening && m.type().isInstitution() && fits.test(m))
                .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
    }

    /** 局长 of a 局, 处长 of a 处, 主任 of an office, a centre or a committee. */
    private static boolean headsAUnitOfItsKind(String title, String unit) {
        char headed = unitHeaded(title);
        return headed != 0 ? unit.charAt(unit.length() - 1) == headed
                : headOf(title).equals("主任") && UNITS_A_DIRECTOR_HEADS.stream().anyMatch(unit::endsWith);
    }

    private static final List<String> UNITS_A_DIRECTOR_HEADS = List.of("室", "中心", "办", "委员会", "管委会");
    /** How far back a unit may open the line a head's title stands on. */
    private static final int MAX_UNITS_LINE = 120;

    /** 负责人：, 4.法定代表人：, 项目经理：: a line opening with a head's (or a project's) label, maybe numbered. */
    private static final java.util.regex.Pattern HEADS_LABEL = java.util.regex.Pattern.compile(
            "[\\s　]*(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,3}[）)])?[\\s　]*(?:负责人|法定代表人|项目负责人|项目经理|技术负责人)[：:]");
    /** 负责人：熊砚秋（: the label, then the name and the bracket the title stands in. */
    private static final java.util.regex.Pattern HEADS_LINE = java.util.regex.Pattern.compile(HEADS_LABEL.pattern() + "[\\s　]*\\p{IsHan}{2,4}[（(]$");
    /** 名称：, 公司名称：, 中标人：: the label of a line naming a party, right before the name. */
    private static final java.util.regex.Pattern NAME_LABEL = java.util.regex.Pattern.compile("(?:名称|" + PARTYS_LABEL + ")[：:][\\s　]*$");
    private static final int MAX_NAME_LABEL = 10;
    private static final int PARTYS_LINES = 6;
    /** How many lines a heading naming a party may stand above the lines that describe it. */
    private static final int HEADINGS_LINES = 12;

    /** Offices only a firm has, and a spokesperson's, which a bare title names without its organization. */
    private static final Set<String> FIRMS_OFFICES = Set.of("董事长", "副董事长", "总经理", "副总经理", "财务总监", "监事会主席", "董事会秘书",
            "董事", "独立董事", "监事", "总裁", "副总裁", "首席执行官", "首席财务官");
    /** The chief accountant, engineer, economist and counsel of a firm or an institution, under its head. */
    private static final Set<String> CHIEF_OFFICERS = Set.of("总会计师", "总工程师", "总经济师", "总法律顾问");
    private static final Set<String> SPOKESPERSONS = Set.of("新闻发言人", "发言人");
    /** 发言人：, 主持人：: the part a person takes at a meeting, no office held. */
    private static final Set<String> PARTS_AT_A_MEETING = Set.of("发言人", "主持人");

    /**
     * 选举肖智成先生为副董事长 in a listed firm's announcement, 商务部…新闻发布会，新闻发言人何亚东表示: a firm's office given by
     * appointment with no organization is the firm's the sentence named before it (or the sentence before that); a
     * spokesperson's is the body or firm the sentence named before; any other bare office is the one the document gave
     * the same person in full before (义乌市委书记林毅 … 林毅书记强调).
     */
    private static List<PositionHeld> ownersOfBareOffices(String text, List<PositionHeld> positions, List<EntityMention> mentions, List<Title> titles) {
        List<PositionHeld> owned = new ArrayList<>(positions.size());
        for (PositionHeld held : positions) {
            boolean firms = FIRMS_OFFICES.contains(held.title());
            boolean spokes = SPOKESPERSONS.contains(held.title());
            String owner = null;
            if (held.organization() == null && (firms || spokes)) {
                // An office given by appointment (选举…为副董事长) may take the firm of the sentence before; another only a firm of
                // its own sentence that leads into it through titles alone (小米集团合伙人、总裁卢伟冰; not 西门子医疗大中华区总裁).
                boolean appointed = firms && APPOINTED_TO.matcher(text).region(Math.max(0, held.start() - 16), held.start()).find();
                EntityMention last = mentions.stream().filter(m -> m.end() <= held.start() && m.sentenceIndex() >= held.sentenceIndex() - (appointed ? 1 : 0)
                                && (firms ? m.type() == EntityType.COMPANY : m.type().isInstitution()))
                        .reduce((a, b) -> b).orElse(null);
                // 1.海南翔宇航空技术有限公司投资22亿元建设…，总经理林若涵签约: a firm heading a list's item holds the item's offices.
                // (Not the other side's: 俄方总经理, 对方总裁.)
                boolean itemsHead = firms && last != null && last.sentenceIndex() == held.sentenceIndex() && numberedItemsHead(text, last.start())
                        && !(held.start() > 0 && text.charAt(held.start() - 1) == '方');
                boolean leadsIn = last != null && (appointed || spokes || itemsHead || onlyTitlesBetween(text, titles, mentions, last.end(), held.start()));
                owner = leadsIn ? last.canonical() : null;
            }
            // 义乌市委书记林毅…林毅书记强调: a bare office the document gave the same person in full before is that one.
            if (held.organization() == null && owner == null) {
                owner = owned.stream().filter(before -> before.person().equals(held.person()) && before.organization() != null
                        && before.title().endsWith(held.title()) && !before.title().endsWith("副" + held.title()))
                        .map(PositionHeld::organization).reduce((a, b) -> b).orElse(null);
            }
            owned.add(owner == null ? held : new PositionHeld(held.person(), held.title(), owner, held.asOf(), held.start(), held.end(), held.sentenceIndex()));
        }
        return owned;
    }

    /** Whether {@code offset} opens a list's numbered item (1., （二）, 一、), right after its number. */
    private static boolean numberedItemsHead(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return PersonSource.itemStart(text, offset) == offset && !text.substring(lineStart, offset).isBlank();
    }

    /**
     * Between {@code from} and {@code to} only titles, the names of those who hold them and 、 (腾讯公司总裁刘炽平、首席财务官
     * 罗硕瀚), and brackets with no Chinese in them (a firm's English name: 中远海运港口有限公司（COSCO SHIPPING Ports Limited）);
     * not a region in brackets (大众汽车集团（中国）is not 大众汽车集团) nor a comma after a list of firms.
     */
    private static boolean onlyTitlesBetween(String text, List<Title> titles, List<EntityMention> mentions, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                int close = text.indexOf(c == '（' ? '）' : ')', i);
                if (close < 0 || close >= to || text.substring(i + 1, close).codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                    return false;
                }
                i = close;
                continue;
            }
            int at = i;
            int spanEnd = titles.stream().filter(t -> t.mention().start() == at && t.mention().end() <= to).mapToInt(t -> t.mention().end()).max()
                    .orElse(mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.start() == at && m.end() <= to).mapToInt(EntityMention::end).max().orElse(-1));
            if (spanEnd > at) {
                i = spanEnd - 1;
            } else if (c != '、') {
                return false;
            }
        }
        return true;
    }


    /**
     * 副省长李永林、张建春: names listed with 、 after a title, none with a title of its own, all hold it; the titles are those
     * right before the nearest earlier name in the list that has any.
     */
    private static List<Title> sharedAlongAList(String text, List<SentenceView> sentences, List<Title> titles, Index index, EntityMention person) {
        // 李红主任: a name with its own title after it is not the list's.
        if (titleStartingAt(titles, person.end()) != null) {
            return List.of();
        }
        int at = person.start();
        // 记者　李娜　阿依古丽: a byline sets its names apart with spaces.
        for (int gap = separatorBefore(text, at); gap > 0; gap = separatorBefore(text, at)) {
            EntityMention before = index.personsByEnd().get(at - gap);
            // 外部董事刘秉文（重庆大学教授）、钟颖（高级会计师）、马骏驰: a note on the name before may close before the mark.
            int note = before == null ? beforeANoteOnAName(text, at - gap) : -1;
            before = note >= 0 ? index.personsByEnd().get(note) : before;
            if (before == null) {
                return List.of();
            }
            List<Title> chain = chainEndingAt(text, titles, startBeforeSpaces(text, before.start()));
            if (!chain.isEmpty()) {
                // 原省长王平、李红: a former office is no one's now; 市长王平、李红: one person holds a single office.
                boolean former = formerlyHeld(sentences.get(before.sentenceIndex()), chain.get(0).officeStart());
                return former || !heldBySeveral(chain.get(chain.size() - 1).mention().text()) ? List.of() : chain;
            }
            at = before.start();
        }
        return List.of();
    }

    private static final String CORRESPONDENT = "通讯员";
    private static final String OWN_PAPER = "本报";

    /**
     * An outlet's own staff, as a byline names them (not 通讯员, who reports for the body that sends the news, unless the paper
     * names them its own: 本报通讯员).
     */
    private static final Set<String> OUTLETS_STAFF = Set.of("记者", "编辑", "责任编辑", "摄影", "摄影记者", CAMERA, "实习生");
    /** 见习记者, 首席记者: a reporter of a rank. */
    private static final java.util.regex.Pattern RANKED_REPORTER = java.util.regex.Pattern.compile(BylineParser.REPORTERS_RANK + "记者");

    private static boolean outletsStaff(String title) {
        return OUTLETS_STAFF.contains(title) || RANKED_REPORTER.matcher(title).matches();
    }

    /**
     * Where the reporter's title stands in the byline's brackets holding {@code at}, before it, or a 通讯员 opening the
     * brackets (（通讯员 言子墨 记者 曹婧）); or -1.
     */
    private static int bylineOpening(String text, int at) {
        int open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
        if (open < 0 || at - open > MAX_BYLINE || BYLINE_CLOSED.matcher(text).region(open, at).find()) {
            return -1;
        }
        int first = open + 1;
        while (first < at && Character.isSpaceChar(text.charAt(first))) {
            first++;
        }
        if (text.startsWith(CORRESPONDENT, first)) {
            return first;
        }
        int reporter = text.indexOf("记者", open);
        return reporter >= 0 && reporter < at ? reporter : -1;
    }

    private static final int MAX_BYLINE = 40;
    /** A closing bracket, full stop or line break: the byline's brackets closed before. */
    private static final java.util.regex.Pattern BYLINE_CLOSED = java.util.regex.Pattern.compile("[）)。\n]");

    /** The outlet a dateline names right before a byline's title (广西日报讯（, 合肥在线讯　), or null. */
    private static String outletOfTheDateline(String text, List<EntityMention> mentions, int titleStart) {
        java.util.regex.Matcher dateline = DATELINE_BEFORE.matcher(text).region(Math.max(0, titleStart - 4), titleStart);
        if (!dateline.find()) {
            return null;
        }
        int end = dateline.start();
        // 浙江在线舟山5月20日讯, 湖南日报·新湖南客户端 2月26日讯, 新华日报·交汇点讯: the outlet, then perhaps its app, where and
        // when it reports from.
        return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.end() <= end && end - m.end() <= MAX_DATELINE_GAP
                        && DATELINE_GAP.matcher(text).region(m.end(), end).matches())
                .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
    }

    /**
     * 来源：呼伦贝尔日报  记者 乌云其其格: a reporter on a source line writes for the outlet it names first, before the title;
     * or null.
     */
    private static String outletOfTheSourceLine(String text, List<EntityMention> mentions, int titleStart) {
        int lineStart = text.lastIndexOf('\n', titleStart - 1) + 1;
        return outletOfASourceLine(text, mentions, lineStart, titleStart);
    }

    /**
     * The outlet a source line in [{@code from}, {@code to}) names right after its label (来源：牡丹江日报), the label opening
     * the line or a field of it after spaces (发布时间：2026-03-06 08:12　　来源：云南日报), or null.
     */
    private static String outletOfASourceLine(String text, List<EntityMention> mentions, int from, int to) {
        java.util.regex.Matcher source = SOURCE_LINE.matcher(text).region(from, to);
        java.util.regex.Matcher field = SOURCE_FIELD.matcher(text).region(from, to);
        if (!source.lookingAt() && !field.find()) {
            return null;
        }
        int outletStart = source.lookingAt() ? source.end() : field.end();
        return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.start() == outletStart && m.end() <= to)
                .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
    }

    private static final java.util.regex.Pattern SOURCE_LINE = java.util.regex.Pattern.compile(BylineParser.SOURCE_LINE_OPENING);
    private static final java.util.regex.Pattern SOURCE_FIELD = java.util.regex.Pattern.compile("[\\s　]{2,}" + BylineParser.SOURCE_LABEL + "[：:][\\s　]*");

    /**
     * 来源：牡丹江日报 2025-07-16 … 本报讯（记者 刘晓冬）, 本报绥芬河7月15日讯 (or 本报北京3月5日电) 记者 刘晓冬, 本报记者 孙丽娜: staff in the byline
     * of 本报讯, or named 本报's, write for the paper (a name ending in 报) the source line among the text's first lines names; a
     * portal reposting the story is none. Under 本网讯 or 本台讯 the site or station the source line names is theirs, whatever its
     * name ends in (江门高新区（江海区）融媒体中心). Intake cuts the source line from the body into the document's {@code source}
     * (or the sender names it), which stands for the line the text no longer has.
     */
    private static String ownPapersOutlet(String text, List<EntityMention> mentions, int titleStart, String source) {
        int lineStart = text.lastIndexOf('\n', titleStart - 1) + 1;
        // 《云南日报》2024年12月9日　第3版　本报记者　杨丽萍: a page line opens with its paper's name and the day; its staff write for it.
        java.util.regex.Matcher page = PAGE_LINE.matcher(text).region(lineStart, titleStart);
        if (page.lookingAt()) {
            // The paper's mention, within its title marks where it has them.
            return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && m.start() >= page.start(1) && m.end() <= page.end(1) && m.text().endsWith(PAPER))
                    .max(java.util.Comparator.comparingInt(EntityMention::end)).map(EntityMention::canonical).orElse(null);
        }
        java.util.regex.Matcher dateline = OWN_PAPERS_DATELINE.matcher(text).region(lineStart, titleStart);
        if (!dateline.lookingAt()) {
            return null;
        }
        // 本网讯, 本台讯: a site's or a media centre's own news is theirs, whatever their name ends in.
        boolean paper = text.substring(lineStart, titleStart).strip().startsWith(OWN_PAPER);
        int from = 0;
        int lines = 0;
        while (from < lineStart && lines < SOURCE_LINES) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            if (!text.substring(from, to).isBlank()) {
                String outlet = outletOfASourceLine(text, mentions, from, to);
                if (outlet != null) {
                    return outlet.endsWith(PAPER) || !paper ? outlet : null;
                }
                lines++;
            }
            from = to + 1;
        }
        String outlet = outletsName(source);
        return outlet != null && (outlet.endsWith(PAPER) || !paper) ? outlet : null;
    }

    /** 牡丹江日报 of 《牡丹江日报》 or 牡丹江日报社: the outlet a sender's source names, or null for none. */
    static String outletsName(String source) {
        String outlet = source == null ? null : OUTLETS_WRAPPING.matcher(source.strip()).replaceAll("");
        return outlet == null || outlet.isEmpty() ? null : outlet;
    }

    /** 《牡丹江日报》, 牡丹江日报社: the title marks or the 社 a sender may give the paper's name with. */
    private static final java.util.regex.Pattern OUTLETS_WRAPPING = java.util.regex.Pattern.compile("^《|》$|(?<=报)社$");

    private static final java.util.regex.Pattern OWN_PAPERS_DATELINE = java.util.regex.Pattern.compile(
            "[\\s　]*本[报网台](?:\\p{IsHan}{2,6}?)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[讯电][\\s　]*(?:[（(][^）)\n]*)?$"
                    // 本报记者 孙丽娜 徐海峰 本报通讯员 高晓东: a byline's own line, each title after 本报.
                    + "|[\\s　]*本报(?:[^\n]*[\\s　]本报)?(?:全媒体)?$");
    /** Where a site's or station's own dateline (本网讯, 本台讯) first ends, or -1. */
    private static int ownDatelineEnd(String text) {
        java.util.regex.Matcher own = OWN_DATELINE_WORD.matcher(text);
        return own.find() ? own.end() : -1;
    }

    /** 本网讯, 本台讯 opening a line (after a wired place and day too): a site's or station's own news, which it publishes itself. */
    private static final java.util.regex.Pattern OWN_DATELINE_WORD = java.util.regex.Pattern.compile(
            "(?m)^[\\s　]*本[网台](?:\\p{IsHan}{2,6}?)?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?讯");
    /** 《云南日报》2024年12月9日　第3版, 福州日报　2024-04-22: a paper's name and a date opening a line. */
    private static final java.util.regex.Pattern PAGE_LINE = java.util.regex.Pattern.compile("[\\s　]*(" + BylineParser.PAPERS_NAME + ")[\\s　]*" + BylineParser.PAGE_DATE);
    /** How many of a text's first lines (blank ones aside) may hold its source line. */
    private static final int SOURCE_LINES = 4;
    private static final String PAPER = "报";

    private static final int MAX_DATELINE_GAP = 14;
    private static final java.util.regex.Pattern DATELINE_GAP = java.util.regex.Pattern.compile(
            "[\\s　]*(?:·\\p{IsHan}{2,6}|\\p{IsHan}{2,3})?[\\s　]*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?[\\s　]*");

    /** 湖南日报讯（记者, 新华社南宁9月18日电（记者: a dateline's last word, maybe a bracket, then the title. */
    private static final java.util.regex.Pattern DATELINE_BEFORE = java.util.regex.Pattern.compile("[讯电][（(]?[\\s　]*$");

    /** Where a note in brackets closing at {@code end} opens (（高级会计师）), or -1. */
    private static int beforeANoteOnAName(String text, int end) {
        int open = end < 2 ? -1 : Brackets.openingOf(text, end - 1);
        return open >= 0 && end - open <= MAX_NOTE_ON_A_NAME && text.substring(open + 1, end - 1).chars().noneMatch(c -> "、\n".indexOf(c) >= 0) ? open : -1;
    }

    /** How long a note in brackets on a listed name may be: （裕晟电子科技（苏州）有限公司总经理）. */
    static final int MAX_NOTE_ON_A_NAME = 30;

    /**
     * Where brackets closing at {@code end} open, at most {@code max} characters before it, with no other bracket inside;
     * else -1.
     */
    private static int openingOfBracketsClosingAt(String text, int end, int max) {
        if (end < 2 || "）)".indexOf(text.charAt(end - 1)) < 0) {
            return -1;
        }
        for (int at = end - 2; at >= Math.max(0, end - max); at--) {
            char c = text.charAt(at);
            if (c == '（' || c == '(') {
                return at;
            }
            if (c == '）' || c == ')') {
                return -1;
            }
        }
        return -1;
    }

    /** How many characters of 、 or spaces stand right before {@code at}: one 、, or a run of spaces; else 0. */
    private static int separatorBefore(String text, int at) {
        if (at > 0 && text.charAt(at - 1) == '、') {
            return 1;
        }
        int gap = 0;
        while (at - gap > 0 && Character.isSpaceChar(text.charAt(at - gap - 1))) {
            gap++;
        }
        return gap;
    }

    /** Ranks several people hold at once (副省长, 常委, 委员, 董事), as a single office (市长, 董事长, 秘书长) is not. */
    private static boolean heldBySeveral(String title) {
        return DEPUTY.matcher(title).lookingAt() || SHARED_RANKS.stream().anyMatch(title::endsWith)
                || SHARED_STAFF_RANKS.stream().anyMatch(title::endsWith) && !title.startsWith("总") && !title.startsWith("首席");
    }

    private static final List<String> SHARED_RANKS = List.of("委员", "常委", "成员", "代表", "董事", "监事", "理事", "院士", "巡视员", "调研员",
            "记者", "通讯员", "审判员", "陪审员", "检察员", "参事", "顾问", "常务主席", "执行主席");
    /** Staff ranks several hold, ranked too (高级工程师, 一级科员); not 总工程师, 总会计师, 首席…: single offices ending so. */
    private static final Set<String> SHARED_STAFF_RANKS = Set.of("关员", "科员", "办事员", "工作人员", "民警", "律师", "法官", "检察官", "教授",
            "研究员", "工程师", "会计师", "专家", "高管");

    /**
     * 党工委书记、主任：王志刚; 党工委委员、副主任：孙明  赵丽华: on a roster's line the titles before the colon are held by
     * every name after it, the names set apart by spaces or 、. Returns the colon's offset, or -1.
     */
    private static int rosterColonBefore(String text, Index index, EntityMention person) {
        int at = person.start();
        while (at > 0) {
            char before = text.charAt(at - 1);
            if (before == '：' || before == ':') {
                return at - 1;
            }
            if (Character.isSpaceChar(before) || before == '、') {
                at--;
                continue;
            }
            // 副会长：李宗翰（东吴鸿泰食品（苏州）有限公司总经理）、黄志明: past the note in brackets on the name before.
            int note = Brackets.openingOf(text, at - 1);
            at = note >= 0 && at - note <= MAX_NOTE_ON_A_NAME ? note : at;
            EntityMention previous = index.personsByEnd().get(at);
            if (previous == null) {
                return -1;
            }
            at = previous.start();
        }
        return -1;
    }

    /** 职务：, 现任职务：, 职　务：: the label of the line giving a person's offices, spaces and all. */
    private static final java.util.regex.Pattern OFFICES_LABEL = java.util.regex.Pattern.compile(SentenceView.SPACES + "(?:现任)?职" + SentenceView.SPACES + "务[：:]" + SentenceView.SPACES);

    /**
     * 王振东 / 职务：营口市委常委，营口经济技术开发区党工委书记，…: a leaders' page names each on a line of its own (maybe
     * with the sex in brackets), the offices on a labelled line under it. Where those offices start, or -1.
     */
    private static int officesLabelledUnder(String text, EntityMention person) {
        int lineEnd = text.indexOf('\n', person.end());
        if (lineEnd < 0 || SentenceView.lineTextStart(text, person.start(), Math.max(0, person.start() - 4)) != person.start()
                || !text.substring(afterFormOfAddress(text, person.end()), lineEnd).isBlank()) {
            return -1;
        }
        java.util.regex.Matcher label = OFFICES_LABEL.matcher(text).region(lineEnd + 1, text.length());
        return label.lookingAt() ? label.end() : -1;
    }

    /**
     * 原 (former) stands alone right before the office (原/b 天津市商务局局长; not 原平市 or 原子能, where it opens a word the office
     * does not start in), glued to the office's first character (原副/关长), or before the party committee the office is of
     * (…有限公司原党委书记).
     */
    private static boolean formerlyHeld(SentenceView view, int officeStart) {
        int at = officeStart;
        for (String committee : List.of("党委", "党组", "党工委")) {
            if (at - committee.length() > view.sentence().start() && view.text().startsWith(committee, at - committee.length())) {
                at -= committee.length();
                break;
            }
        }
        // 原副/nr 关长: or glued by HanLP to the office's first character.
        return at - 1 >= view.sentence().start() && view.charAt(at - 1) == '原'
                && view.tokenStartsAt(at - 1) && (view.tokenEndsAt(at) || at < officeStart || !view.tokenStartsAt(at));
    }

    /**
     * 李明，男，1975年5月生，…，现任天津港保税区管委会副主任，拟任…: in a biography the office after ，现任 (or ，2021年起任,
     * held since then) is the person's when no other person is named between (拟任, to be appointed, and 曾任, 历任 or
     * 此前任, held before, are not held now; in 接替现任党工委书记张华 no comma opens 现任). Returns where that office
     * starts, or -1.
     */
    private static int currentOfficeInBiography(String text, List<SentenceView> sentences, Index index, EntityMention person) {
        SentenceView view = sentences.get(person.sentenceIndex());
        int sentenceEnd = view.sentence().end();
        // 赵刚同志历任…，现任…: a form of address may stand between the name and what is said of the person; 高翔（1975— ），男:
        // a bracket of years or origin too.
        boolean addressed = FORMS_OF_ADDRESS.stream().anyMatch(form -> text.startsWith(form, person.end()));
        int afterName = person.end();
        if (afterName < sentenceEnd && "（(".indexOf(text.charAt(afterName)) >= 0) {
            int close = text.indexOf(text.charAt(afterName) == '（' ? '）' : ')', afterName);
            afterName = close > afterName && close - afterName <= MAX_HEADER_BRACKET ? close + 1 : afterName;
        }
        if (afterName >= sentenceEnd || "，,".indexOf(text.charAt(afterName)) < 0 && !addressed) {
            return -1;
        }
        int afterAComma = currentOfficeAfterAComma(text, view, afterName + 1, sentenceEnd);
        if (afterAComma >= 0) {
            return index.personStartsIn(person.end(), afterAComma) ? -1 : afterAComma;
        }
        // 陈锋，男，汉族，…。曾任…。现任… (or 2022年10月起任…): a biography's header sentence, and one of the next few
        // opening so, no other person named before it.
        // 陆承志先生，1975年出生，…: a prospectus's or profile's header addresses the person and gives the year of birth.
        int addressedEnd = !addressed ? afterName : person.end() + FORMS_OF_ADDRESS.stream().filter(form -> text.startsWith(form, person.end()))
                .mapToInt(String::length).findFirst().orElse(0);
        boolean header = text.startsWith("，男", afterName) || text.startsWith("，女", afterName)
                || addressed && BIRTH_YEAR.matcher(text).region(addressedEnd, sentenceEnd).lookingAt();
        for (int next = person.sentenceIndex() + 1; header && next < sentences.size() && next <= person.sentenceIndex() + BIOGRAPHY_SENTENCES; next++) {
            SentenceView later = sentences.get(next);
            if (index.personStartsIn(person.end(), later.sentence().start())) {
                return -1;
            }
            // 。曾任…，现任…: the later sentence may open with the offices held before.
            int office = currentOfficeAt(text, later.sentence().start(), later.sentence().end());
            office = office >= 0 ? office : currentOfficeAfterAComma(text, later, later.sentence().start() + 1, later.sentence().end());
            if (office >= 0) {
                return index.personStartsIn(person.end(), office) ? -1 : office;
            }
        }
        return -1;
    }

    /** Where the office after ，现任 (or ，2019年起任) in [from, end) starts, the office held now first; or -1. */
    private static int currentOfficeAfterAComma(String text, SentenceView view, int from, int end) {
        for (boolean now : new boolean[] {true, false}) {
            for (int at = from; at + 2 <= end; at++) {
                // ；2021年11月至今，任…: a semicolon parts the offices of a career as a comma does.
                int office = "，,；;".indexOf(text.charAt(at - 1)) >= 0 && view.tokenStartsAt(at) ? currentOfficeAt(text, at, end) : -1;
                if (office >= 0 && (!now || heldNowAt(text, at))) {
                    return office;
                }
            }
        }
        return -1;
    }

    private static final int MAX_HEADER_BRACKET = 12;

    /** How many sentences after a biography's header may still name the person's office: 曾任…。历任…。现任…. */
    private static final int BIOGRAPHY_SENTENCES = 3;

    /** An office held since a year and still: 2021年起任, 2021年3月至今任, 2021年11月至今，任. */
    private static final java.util.regex.Pattern HELD_SINCE = java.util.regex.Pattern.compile("\\d{4}年(?:\\d{1,2}月)?(?:起|至今)[，,]?(?:担任|任)");

    /** ，1975年出生 and ，1975年5月生 after a name and its form of address. */
    private static final java.util.regex.Pattern BIRTH_YEAR = java.util.regex.Pattern.compile("[，,]\\d{4}年(?:\\d{1,2}月)?出?生");

    /** 现任, 现为 at {@code at}: the office held now, before any held since a year. */
    private static boolean heldNowAt(String text, int at) {
        return text.startsWith("现任", at) || text.startsWith("现为", at);
    }

    /**
     * Where the current office named at {@code at} (现任…, 2021年起任…) starts, or -1; past a word pointing back to the firm
     * (现任发行人董事会秘书), which the office's organization is found from.
     */
    private static int currentOfficeAt(String text, int at, int end) {
        int office = -1;
        if (heldNowAt(text, at)) {
            office = at + 2;
        } else {
            java.util.regex.Matcher since = HELD_SINCE.matcher(text).region(at, end);
            office = since.lookingAt() ? since.end() : -1;
        }
        int from = office;
        // 现任公司董事长: the bare 公司 after 现任 points back to the firm too.
        return office < 0 ? -1 : office + java.util.stream.Stream.concat(ANAPHORS.keySet().stream(), CLAUSE_ANAPHORS.stream())
                .filter(word -> text.startsWith(word, from)).mapToInt(String::length).max().orElse(0);
    }

    /** The first offset after {@code offset} that is no space, when one or more spaces stand there; else -1. */
    private static int afterSpaces(String text, int offset) {
        int at = offset;
        while (at < text.length() && (Character.isSpaceChar(text.charAt(at)) || text.charAt(at) == '\t')) {
            at++;
        }
        return at > offset ? at : -1;
    }

    /**
     * 市长 of 福州市长乐区委书记 (and of 福建省福州市长乐区委): a title word that ends inside the name of a place, body, firm
     * or institution is no title.
     */
    private static boolean endsInsideAPlaceOrBody(List<EntityMention> mentions, Lexicon.Hit hit) {
        // 律师 of 宁夏鼎诚律师事务所: so is one inside a firm's or an institution's name.
        return mentions.stream().anyMatch(m -> m.type() != EntityType.PERSON && m.type() != EntityType.POSITION && m.type() != EntityType.POLICY
                && m.start() < hit.end() && hit.end() < m.end());
    }

    /** 王凯  省长⏎, 马永福（回族）　副省长⏎: the titles after the name (and a note on the person) and spaces, up to the line's end. */
    private static List<Title> officesEndingTheLineAfter(String text, List<Title> titles, EntityMention person) {
        return titlesEndingTheLine(text, titles, chainStartingAt(text, titles, afterSpaces(text, afterAPersonsNote(text, person.end()))));
    }

    /**
     * The chain when it ends its line (王凯  省长⏎), else none: a title further on in running text is another's. A note in
     * brackets may close the line (司马文杰　管委会副主任（挂职）), and after a mark the line may go on to further offices,
     * opened by a few words saying who sent the person there (眭丽萍　党工委委员、纪工委书记、市监委派驻经开区监察专员办公室主任).
     */
    private static List<Title> titlesEndingTheLine(String text, List<Title> titles, List<Title> chain) {
        List<Title> offices = new ArrayList<>(chain);
        while (!offices.isEmpty()) {
            int end = offices.get(offices.size() - 1).mention().end();
            java.util.regex.Matcher note = NOTE_IN_BRACKETS.matcher(text).region(end, text.length());
            int lineEnd = note.lookingAt() ? note.end() : end;
            if (lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r') {
                return offices;
            }
            Title next = "、，,".indexOf(text.charAt(end)) < 0 ? null : titles.stream()
                    .filter(t -> t.officeStart() > end && t.officeStart() <= end + 1 + MAX_SENDER && SentenceView.isHan(text.substring(end + 1, t.officeStart()))
                            && !FORMER.matcher(text.substring(end + 1, t.officeStart())).find())
                    .min(java.util.Comparator.comparingInt(Title::officeStart)).orElse(null);
            List<Title> more = next == null ? List.of() : chainStartingAt(text, titles, next.officeStart());
            if (more.isEmpty()) {
                return List.of();
            }
            offices.addAll(more);
        }
        return offices;
    }

    /**
     * The chain of titles filling a cell after the person's in a table's row (the name and the titles each set off by a column's
     * gap, the line's end or more columns after the titles), or none. Offices with no body of their own are of the unit whose
     * name fills the cell between (欧阳明哲　贵州安顺家喻新材料科技有限公司　总工程师), else of the institution filling the cell
     * before the name's (山东高速集团有限公司　王承志　　党委书记、董事长, after a row's number too).
     */
    private static List<Title> titlesFillingACell(String text, List<Title> titles, List<EntityMention> mentions, EntityMention person) {
        int office = person.end() + columnGap(text, person.end());
        if (office == person.end() || !SentenceView.cellStartsAt(text, person.start())) {
            return List.of();
        }
        List<Title> chain = chainStartingAt(text, titles, office);
        String unit = null;
        EntityMention cell = chain.isEmpty() ? mentions.stream().filter(m -> m.start() == office && m.type().isInstitution())
                .max(java.util.Comparator.comparingInt(EntityMention::end)).orElse(null) : null;
        int cellEnd = cell == null ? -1 : RosterTable.cellEnd(text, cell.end());
        // 中国石油吉林油田分公司安全环保处, 吉林化工学院安全工程系: the cell may go on past the institution to its department.
        String department = cell == null ? "" : text.substring(cell.end(), cellEnd);
        if (cell != null && columnGap(text, cellEnd) > 0 && (department.isEmpty() || aDepartmentsName(department, titles, cell.end()))) {
            unit = cell.canonical() + department;
            chain = chainStartingAt(text, titles, cellEnd + columnGap(text, cellEnd));
        }
        int end = chain.isEmpty() ? -1 : chain.get(chain.size() - 1).mention().end();
        boolean cellEnds = end >= 0 && (end == text.length() || text.charAt(end) == '\n' || columnGap(text, end) > 0);
        if (!cellEnds) {
            return List.of();
        }
        // 1　山东黄金集团有限公司　赵明远　…: the institution filling the cell before the name's, after a row's number too.
        String owner = unit != null ? unit : mentions.stream().filter(m -> m.type().isInstitution() && m.end() < person.start()
                        && m.end() + columnGap(text, m.end()) == person.start() && SentenceView.cellStartsAt(text, m.start()))
                .max(java.util.Comparator.comparingInt(m -> m.end() - m.start())).map(EntityMention::canonical).orElse(null);
        if (owner == null) {
            return chain;
        }
        // 质量管理部副部长 under its firm's cell, 省公安厅　曲长海　新闻宣传处处长: a department written bare in the cell is the
        // unit's (not 中国工程院 of 中国工程院院士, a body named in full).
        return chain.stream().map(t -> t.organization() == null ? new Title(t.mention(), t.officeStart(), owner)
                : text.startsWith(t.organization(), t.officeStart()) && namedBare(mentions, t)
                ? new Title(t.mention(), t.officeStart(), owner + t.organization()) : t).toList();
    }

    /**
     * 安全环保处, 松原采气厂, 化工与材料工程学院 after an institution in its cell: a department's name, short, ending in a unit's
     * word, and no title (总经理 is an office, not a unit).
     */
    private static boolean aDepartmentsName(String department, List<Title> titles, int start) {
        return department.length() <= MAX_DEPARTMENT && SentenceView.isHan(department)
                && PersonSource.UNIT_ENDINGS.indexOf(department.charAt(department.length() - 1)) >= 0
                && titles.stream().noneMatch(t -> t.mention().start() >= start && t.mention().start() < start + department.length());
    }

    private static final int MAX_DEPARTMENT = 12;

    /** The office's organization is written before it in no name of its own: no place, body or institution opens it. */
    private static boolean namedBare(List<EntityMention> mentions, Title title) {
        return mentions.stream().noneMatch(m -> m.start() == title.officeStart() && m.type() != EntityType.POSITION && m.type() != EntityType.PERSON);
    }

    /**
     * How long the gap between a table's columns at {@code offset} is, 0 for none: spaces (the normalized text keeps one for
     * any run of layout spaces, ideographic ones and tabs too).
     */
    private static int columnGap(String text, int offset) {
        int after = afterSpaces(text, offset);
        return after < 0 ? 0 : after - offset;
    }

    /**
     * Where a short note in brackets ending at {@code end} starts, or {@code end}: 香港科技大学副校长（研究及发展）梁志恒, the
     * office's portfolio between the title and the name.
     */
    private static int beforeANote(String text, int end) {
        int open = openingOfBracketsClosingAt(text, end, MAX_NOTE + 2);
        // 市长（右二）李强: where a person stands in the photograph is no note on an office, and joins nothing.
        return open >= 0 && NOTE_IN_BRACKETS.matcher(text).region(open, end).matches() && !PLACE_IN_A_PHOTO.matcher(text).region(open + 1, end - 1).matches()
                ? open : end;
    }

    /** 得票59票, 得票：59票: the votes a candidate had. */
    private static final String VOTES = "得票[：:]?" + SentenceView.SPACES + "[0-9０-９][0-9０-９,，]*" + SentenceView.SPACES + "票";
    /** ，得票59票，当选, 　得票：59票，占98.3%，当选 (not 未当选, 不能当选, 没有当选, 落选: a candidate who lost). */
    private static final java.util.regex.Pattern ELECTED_BY_VOTES = java.util.regex.Pattern.compile(
            "[，,]?" + SentenceView.SPACES + VOTES + "(?:(?![未不没]|落选)[^。；;\\n]){0,12}?当选");
    /** An item of an election's results, won or lost: the votes a candidate had. */
    private static final java.util.regex.Pattern VOTES_HAD = java.util.regex.Pattern.compile(VOTES);
    /** 一、, 2．, （三）: a heading's number opening its line. */
    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile(
            SentenceView.SPACES + "(?:" + PersonSource.NUMBERED_ITEM + "|" + PersonSource.NUMBERED_IN_WORDS + ")");

    /**
     * The offices ending the numbered heading above an item of an election's results (羊文川，得票59票，当选。), past the
     * other items under it (won or lost) and blank lines; a note on the heading's order may close it
     * (四、新州镇人民政府副镇长（按姓氏笔画为序）). Else none.
     */
    private static List<Title> electedUnderTheHeading(String text, List<Title> titles, EntityMention person) {
        int lineStart = text.lastIndexOf('\n', person.start() - 1) + 1;
        if (!ELECTED_BY_VOTES.matcher(text).region(afterAPersonsNote(text, person.end()), text.length()).lookingAt()
                || SentenceView.lineTextStart(text, person.start(), lineStart) != person.start()) {
            return List.of();
        }
        for (int items = 0; items < MAX_ELECTED && lineStart > 0; items++) {
            int headingStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            String line = text.substring(headingStart, lineStart - 1);
            if (!line.isBlank() && !VOTES_HAD.matcher(line).find()) {
                int end = headingStart + line.stripTrailing().length();
                int note = openingOfBracketsClosingAt(text, end, MAX_ORDER_NOTE);
                end = note > headingStart ? note : end;
                boolean numbered = NUMBERED_HEADING.matcher(text).region(headingStart, end).lookingAt();
                return numbered ? chainEndingAt(text, titles, end) : List.of();
            }
            lineStart = headingStart;
        }
        return List.of();
    }

    /** How many items of one office an election's results may list under its heading. */
    private static final int MAX_ELECTED = 30;
    /** How long a note on the order of names closing a heading may be, brackets and all: （按姓氏笔画为序）. */
    private static final int MAX_ORDER_NOTE = 12;

    /** 江苏省商务厅派驻，挂职, 挂职: a seconded cadre's note on who sent them, before the office held there. */
    private static final java.util.regex.Pattern SECONDED_TO = java.util.regex.Pattern.compile("(?:[^（）()，,。；;\\n]{2,20}?(?:派驻|选派)[，,]?)?(?:挂职任|挂职|挂任)");

    /** 女，, 回族，, 女，回族，: the person's sex or people opening a note in brackets that goes on to the offices held. */
    private static final java.util.regex.Pattern SEX_OR_PEOPLE_FIRST = java.util.regex.Pattern.compile(PersonSource.SEX_OR_PEOPLE + "[，,]");

    /** Where a note on the person in brackets right at {@code end} ends (林秀娟（女）, 马兰（回族）), or {@code end}. */
    private static int afterAPersonsNote(String text, int end) {
        java.util.regex.Matcher note = PERSONS_NOTE.matcher(text).region(end, text.length());
        return note.lookingAt() ? note.end() : end;
    }

    /**
     * （女）, （回族）, （女，回族）: a person's sex or people, in brackets after the name; or the name in Latin letters, maybe
     * with a nationality (（Hermann Schmidt，德国籍）; one Latin word alone, （CEO）, is none).
     */
    private static final java.util.regex.Pattern PERSONS_NOTE = java.util.regex.Pattern.compile(
            "[（(](?:(?=[^）)])(?:[男女][，,、]?)?(?:\\p{IsHan}{1,4}族)?|[A-Za-z][A-Za-z.'-]*(?: [A-Za-z.'-]+)+(?:[，,、]\\p{IsHan}{1,6})?"
                    + "|[A-Za-z][A-Za-z .'-]*[，,、]\\p{IsHan}{1,6})[）)]");

    /** Where the first comma stands within {@code reach} characters of {@code from} on its line, or -1. */
    private static int firstCommaOnTheLine(String text, int from, int reach) {
        for (int i = from; i < Math.min(text.length(), from + reach); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '，' || c == ',') {
                return i;
            }
        }
        return -1;
    }

    /** How long what a roster line describes a person as (深圳市援疆干部) may be before the offices. */
    private static final int MAX_DESCRIPTION = 12;

    /**
     * Where the office of a unit starts that follows the institution named at {@code at} (厦门…有限公司操作部经理: 操作部's
     * start), or -1.
     */
    private static int unitsOfficeAfterItsInstitution(String text, List<EntityMention> mentions, List<Title> titles, int at) {
        for (EntityMention institution : mentions) {
            if (institution.start() != at || !institution.type().isInstitution()) {
                continue;
            }
            int unit = unitStartAfter(text, institution.end());
            Title office = titleStartingAt(titles, unit);
            if (office != null && institution.canonical().equals(office.organization())) {
                return unit;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern PLACE_IN_A_PHOTO = java.util.regex.Pattern.compile("(?:前排|后排|中排)?[左右中][一二三四五六七八九十]?");

    /** （挂职）, （兼）, （正处级）: a short note on the office. */
    private static final int MAX_NOTE = 6;
    private static final java.util.regex.Pattern NOTE_IN_BRACKETS = java.util.regex.Pattern.compile("[（(][^（）()\\n]{1," + MAX_NOTE + "}[）)]");
    /** 市监委派驻, 市纪委监委派驻: how long the words before an office saying who sent the person may be. */
    private static final int MAX_SENDER = 8;
    /** 原, 曾任, 前: words of an office held before, none held now. */
    private static final java.util.regex.Pattern FORMER = java.util.regex.Pattern.compile("[原曾前历退]");

    /** Verbs joining a person to the office taken: 王卫东任天津市商务局局长, 谢永林出任总经理, 刘洋继续担任董事长. */
    static final List<String> TAKING_OFFICE = List.of("挂职任", "挂任", "担任", "出任", "兼任", "任", "现任", "现为", "继续担任", "继续出任", "留任", "续任", "正式任", "正式担任",
            "接任", "继任", "升任", "调任", "改任", "转任", "提任", "晋升为", "升为",
            "被聘为", "被聘任为", "受聘为", "受聘担任", "获聘为", "被任命为", "被选举为", "被推选为", "被选为", "当选为", "当选");
    /** 张卫东被聘为研究院首任院长, 刘晓峰当选联盟首任理事长: verbs of an office others give the person named before them. */
    private static final List<String> GIVEN_OFFICE = TAKING_OFFICE.subList(TAKING_OFFICE.indexOf("被聘为"), TAKING_OFFICE.size());
    private static final java.util.regex.Pattern GIVING_UP = java.util.regex.Pattern.compile("不再担任|辞去|卸任|请辞|离任|辞任|辞职");

    /** The person's clause or the rest of their sentence, up to the next person named, says they give up office. */
    private static boolean givesUpOffice(String text, SentenceView view, Index index, EntityMention person) {
        int end = view.sentence().end();
        Integer next = index.personsByStart().ceilingKey(person.end());
        if (next != null && next < end) {
            end = next;
        }
        return GIVING_UP.matcher(text.substring(person.end(), end)).find();
    }

    /** Moving up or on within one body, as against being transferred (调任, 转任) to another. */
    private static final Set<String> SUCCEEDING = Set.of("接任", "继任", "升任", "晋升为", "升为", "提任");
    /**
     * Verbs of moving from one office to another (副秘书长王五调任市发展改革委主任, 副总经理王强接任总经理): the office
     * named before the person is the one left.
     */
    private static final Set<String> MOVING_TO_OFFICE = java.util.stream.Stream.concat(SUCCEEDING.stream(), java.util.stream.Stream.of("调任", "改任", "转任"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String CONCURRENTLY = "兼任";
    private static final java.util.regex.Pattern ENDED = java.util.regex.Pattern.compile("免|期满|届满");

    private static final java.util.regex.Pattern BOARDS_TERM = java.util.regex.Pattern.compile("第[一二三四五六七八九十]{1,3}届(?:董事会|监事会)?(?=董事|监事|副董事|独立董事)");

    /** A verb that names a person for an office not yet taken: 提名王明为市长候选人 (推选X为主席 elects). */
    private static final Set<String> PROPOSING = Set.of("提名");

    private static final String COPULA = "是";
    private static final char HOLDER_IS = '为';

    /** 为 right before {@code at}, after a title: what follows may name the title's holder (局长为卢佳琪). */
    private static boolean holderNamedAt(String text, int at) {
        return at > 1 && at <= text.length() && text.charAt(at - 1) == HOLDER_IS;
    }

    /**
     * A mark or the text's end after the name (and its form of address or sex): 局长为卢佳琪， names the holder, 副市长为王海等…颁发证书
     * gives something for him.
     */
    private static boolean closesTheClause(String text, int nameEnd) {
        int after = afterFormOfAddress(text, nameEnd);
        return after >= text.length() || "，,。；;、\n".indexOf(text.charAt(after)) >= 0;
    }

    /**
     * 经研究决定： a line or two above the person's (the lines in between all appointments), and no candidate's word on the
     * person's line (拟任, 人选, 候选).
     */
    private static boolean underADecision(String text, int at) {
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
        int decision = text.lastIndexOf("决定", at);
        return decision >= 0 && at - decision <= DECISION_REACH && !CANDIDATES_LINE.matcher(line).find();
    }

    private static final int DECISION_REACH = 400;
    private static final java.util.regex.Pattern CANDIDATES_LINE = java.util.regex.Pattern.compile("拟任|拟提名|人选|候选");

    /** Forms of address between a name and what is said of it (陈永强同志任…, 聘任张三先生为…). */
    static final List<String> FORMS_OF_ADDRESS = List.of("同志", "先生", "女士");

    /**
     * Where the office a person takes starts, or -1: after 为 when a verb of appointment stands before the name
     * (任命王卫东为天津市商务局局长, 任命王卫东同志为…; not 免去…的…职务, an office left, nor 提名…为…候选人, one not yet
     * taken), or after 任, 担任, 出任, 兼任 or another verb of taking office right after it; past a bare institute's word
     * and 首任 there (当选联盟首任理事长).
     */
    private static int appointedOfficeStart(String text, List<SentenceView> sentences, EntityMention person) {
        int end = afterFormOfAddress(text, person.end());
        String appointing = appointingVerbOf(text, sentences.get(person.sentenceIndex()), person);
        // 经研究决定：/ 周婷同志为…副主任（正科级）: in a notice's list of appointments 同志为 appoints with no verb of its own.
        boolean comradeAppointed = appointing == null && text.startsWith("同志为", person.end()) && opensItsLine(text, person.start())
                && underADecision(text, person.start());
        if (text.startsWith("为", end) && (appointing != null && !PROPOSING.contains(appointing) || comradeAppointed)) {
            // 聘任谢永林为公司总经理: the office is the title after the company's anaphor (see antecedentOf).
            int office = java.util.stream.Stream.concat(CLAUSE_ANAPHORS.stream(), ANAPHORS.keySet().stream()).filter(word -> text.startsWith(word, end + 1))
                    .map(word -> end + 1 + word.length()).max(Integer::compare).orElse(end + 1);
            // 为公司第八届董事会董事长: the board's term and the board name no office of their own.
            java.util.regex.Matcher term = BOARDS_TERM.matcher(text).region(office, text.length());
            return term.lookingAt() ? term.end() : office;
        }
        // 陈永强同志任…: the form of address between the name and the verb.
        int office = TAKING_OFFICE.stream().filter(verb -> text.startsWith(verb, end)).findFirst().map(verb -> end + verb.length()).orElse(-1);
        return office < 0 ? office : officeAfterTheVerb(text, office);
    }

    /**
     * Where the title of an office named after a verb of taking it at {@code office} starts: past a bare institute's word
     * and a first holder's word (刘晓峰当选联盟首任理事长), whose title's body is found from them.
     */
    private static int officeAfterTheVerb(String text, int office) {
        String institute = CLAUSE_INSTITUTE_ANAPHORS.stream().filter(word -> text.startsWith(word, office)).findFirst().orElse(null);
        if (institute == null) {
            return office;
        }
        int title = office + institute.length();
        return FIRST_HOLDER.stream().filter(word -> text.startsWith(word, title)).findFirst().map(word -> title + word.length()).orElse(title);
    }

    /** Whether a verb of holding an office ends at {@code at}: 任 (现任, 曾任 too), or 现为 (not a bare 为, 为公司提供…). */
    private static boolean heldEndingAt(String text, int at) {
        return at > 0 && text.charAt(at - 1) == PersonSource.HOLDS || at >= 2 && heldNowAt(text, at - 2);
    }

    private static final java.util.regex.Pattern FIRMS_REPORT = java.util.regex.Pattern.compile("报告|公告|年报|说明书");
    private static final String FIRM = "公司";

    /**
     * The firm whose name opens the document's title, where the title is a report, notice or prospectus of its own
     * (…公司2023年年度报告; the firm alone on the first line, 首次公开发行股票…招股说明书 on the second), or null.
     */
    private static String firmReporting(String text, List<EntityMention> mentions) {
        // 证券代码：688797　证券简称：海陵生物 / 江苏海陵生物医药股份有限公司 / 2023年年度股东大会决议公告: a listed firm's notice
        // opens with a line of its codes above the title, or two (债券代码：…).
        int titleStart = 0;
        for (int lines = 0; lines < MAX_CODES_LINES && titleStart >= 0 && CODES_LINE.matcher(text).region(titleStart, text.length()).lookingAt(); lines++) {
            int lineEnd = text.indexOf('\n', titleStart);
            java.util.regex.Matcher blank = lineEnd < 0 ? null : BLANK_LINES.matcher(text).region(lineEnd, text.length());
            titleStart = blank != null && blank.lookingAt() ? blank.end() : -1;
        }
        int start = titleStart;
        EntityMention firm = start < 0 ? null : mentions.stream().filter(m -> m.start() == start).findFirst().orElse(null);
        int titleEnd = start < 0 ? -1 : text.indexOf('\n', start);
        if (titleEnd < 0 || firm == null || firm.type() != EntityType.COMPANY) {
            return null;
        }
        int secondLineEnd = firm.end() == titleEnd ? text.indexOf('\n', titleEnd + 1) : -1;
        boolean report = FIRMS_REPORT.matcher(text).region(start, titleEnd).find()
                || secondLineEnd > 0 && FIRMS_REPORT.matcher(text).region(titleEnd + 1, secondLineEnd).find();
        return report ? firm.canonical() : null;
    }

    /** 证券代码：, 股票简称：, 债券代码：: a line of a listed firm's codes (after a byte-order mark or spaces too). */
    private static final java.util.regex.Pattern CODES_LINE = java.util.regex.Pattern.compile("\uFEFF?" + SentenceView.SPACES + "(?:证券|股票|债券)(?:代码|简称)");
    private static final int MAX_CODES_LINES = 3;
    /** The blank lines after a line, and the next line's indentation. */
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("(?:[\\s\u3000]*\\n)+[ \t\u3000]*");

    /** 首任院长, 第一任理事长: words saying the holder is the office's first, no part of the title. */
    private static final List<String> FIRST_HOLDER = List.of("首任", "第一任", "首届");

    /** How long the first holder's word ending at {@code end} is (首任 in 联盟首任理事长), or 0. */
    private static int firstHolderBefore(String text, int end) {
        return FIRST_HOLDER.stream().filter(word -> text.startsWith(word, end - word.length())).findFirst().map(String::length).orElse(0);
    }

    /**
     * The office a clause opens with before 由, where the clause ends with the person and 兼任, 担任 or 出任 (…管委会主任由…吴振华同志
     * 兼任。); else none.
     */
    private static List<Title> officeTakenBy(String text, List<Title> titles, SentenceView view, int said) {
        java.util.regex.Matcher taking = TAKEN_BY.matcher(text).region(said, view.sentence().end());
        if (!taking.lookingAt()) {
            return List.of();
        }
        int clauseStart = view.sentence().clauseStartBefore(text, said);
        int by = text.indexOf('由', clauseStart);
        return by < 0 || by >= said ? List.of() : chainEndingAt(text, titles, by);
    }

    private static final java.util.regex.Pattern TAKEN_BY = java.util.regex.Pattern.compile("(?:兼任|担任|出任)(?=[，,。；;]|$)");

    /** Where what is said of a name starts: after 同志, 先生 or 女士 when one follows it at {@code end}, or the person's sex in brackets ((女)). */
    private static int afterFormOfAddress(String text, int end) {
        java.util.regex.Matcher sex = PersonSource.SEX_IN_BRACKETS.matcher(text).region(end, text.length());
        if (sex.lookingAt()) {
            return sex.end();
        }
        return end + FORMS_OF_ADDRESS.stream().filter(form -> text.startsWith(form, end)).findFirst().map(String::length).orElse(0);
    }

    /**
     * 聘任张宏伟、李建国、赵军为公司副总经理: names listed with 、 or 和 before one 为 are appointed together; the one
     * mention that stands for them all, from the first name (after the verb) to the last (before 为), or the person alone.
     */
    private static EntityMention appointedTogetherWith(String text, Index index, EntityMention person) {
        int start = person.start();
        int end = person.end();
        // 宝音德力格尔（蒙古族）、陈思远、郭丽娜（女）为…: each name may have its sex or people after it.
        for (EntityMention before = personBeforeAJoiner(text, index, start); before != null; before = personBeforeAJoiner(text, index, start)) {
            start = before.start();
        }
        for (int joiner = afterFormOfAddress(text, end); joiner + 1 < text.length() && "、和".indexOf(text.charAt(joiner)) >= 0
                && index.personsByStart().get(joiner + 1) != null; joiner = afterFormOfAddress(text, end)) {
            end = index.personsByStart().get(joiner + 1).end();
        }
        if (start == person.start() && end == person.end() || !text.startsWith("为", afterFormOfAddress(text, end))) {
            return person;
        }
        return new EntityMention(person.type(), start, end, text.substring(start, end), person.canonical(), person.sentenceIndex());
    }

    /** The person named before the 、 or 和 right before {@code start}, maybe with the sex or people after the name, or null. */
    private static EntityMention personBeforeAJoiner(String text, Index index, int start) {
        if (start < 2 || "、和".indexOf(text.charAt(start - 1)) < 0) {
            return null;
        }
        EntityMention before = index.personsByEnd().get(start - 1);
        if (before != null) {
            return before;
        }
        int bracket = Math.max(text.lastIndexOf('（', start - 2), text.lastIndexOf('(', start - 2));
        EntityMention named = bracket > 0 ? index.personsByEnd().get(bracket) : null;
        return named != null && afterFormOfAddress(text, named.end()) == start - 1 ? named : null;
    }

    /**
     * The verb of appointment the person is named after, or null; after a comma or semicolon, the verb of the clause
     * before when that clause appoints too: 任命刘伟为省商务厅厅长，王丽为省发展改革委副主任 appoints both (an office
     * left, 免去…职务, lends its verb to no one).
     */
    private static String appointingVerbOf(String text, SentenceView view, EntityMention person) {
        String verb = PersonSource.appointingVerbBefore(view, person.start());
        // 一、任命 / 程立新为…；: the heading's verb over an item the person opens.
        String heading = verb == null && PersonSource.itemStart(text, person.start()) == person.start()
                ? PersonSource.appointingHeadingOver(text, person.start()) : null;
        if (heading != null) {
            return heading.startsWith("免") ? null : heading;
        }
        int before = person.start() - 1;
        if (verb != null || before <= view.sentence().start() || "，；".indexOf(text.charAt(before)) < 0) {
            return verb;
        }
        // Back clause by clause while each names someone for something (a bare 为, not 认为 or 作为), to the nearest verb.
        int clauseEnd = before;
        while (clauseEnd > view.sentence().start()) {
            int clauseStart = Math.max(view.sentence().start(), Math.max(text.lastIndexOf('，', clauseEnd - 1), text.lastIndexOf('；', clauseEnd - 1)) + 1);
            List<Token> words = view.tokensWithin(clauseStart, clauseEnd);
            // 李明为/nr: HanLP may glue the 为 to the name before it.
            if (words.stream().noneMatch(word -> word.word().equals("为") || word.posStartsWith("nr") && word.word().endsWith("为"))) {
                return null;
            }
            for (int i = words.size() - 1; i >= 0; i--) {
                String word = words.get(i).word();
                if (PersonSource.APPOINTING.contains(word)) {
                    return word.startsWith("免") ? null : word;
                }
            }
            clauseEnd = clauseStart - 1;
        }
        return null;
    }

    /** A person's name in Latin letters in brackets: （Michael Donovan）. */
    private static final String LATIN_NAME = "[（(][A-Za-z][A-Za-z .'-]*[）)]";
    private static final java.util.regex.Pattern LATIN_NAME_AFTER = java.util.regex.Pattern.compile(LATIN_NAME + "$");
    private static final java.util.regex.Pattern LATIN_NAMES_INSIDE = java.util.regex.Pattern.compile(LATIN_NAME);

    /**
     * 浙江大学党委书记任少波、校长杜江峰, 市人大常委会主任李修松，副主任王翠凤、叶露中，秘书长朱建平: a title after the names
     * the title before leads into, in a roster, is of that title's body (its head's of the body of a committee), unless
     * that was a place (市长王平、书记李红 is no city's 书记).
     */
    private static boolean rosterOfOneBody(String between, Title previous, Index index, List<EntityMention> mentions) {
        if (previous == null || previous.organization() == null || between.isEmpty()
                || LATIN_NAMES_INSIDE.matcher(between).replaceAll("").length() > MAX_ROSTER_NAMES
                || "、，,；;".indexOf(between.charAt(between.length() - 1)) < 0
                || mentions.stream().anyMatch(m -> m.type() == EntityType.PLACE && m.canonical().equals(previous.organization()))) {
            return false;
        }
        int at = previous.mention().end();
        for (String name : between.substring(0, between.length() - 1).split("[、，,]", -1)) {
            EntityMention person = index.personsByStart().get(at);
            // 市委书记林毅同志、市长叶帮锐: the comrade after a name is a form of address, no more of the roster.
            // 迈克尔·多诺万（Michael Donovan）、首席运营官…: nor is the name in Latin letters in brackets after it.
            String named = LATIN_NAME_AFTER.matcher(name).replaceFirst("");
            String bare = named.endsWith(COMRADE) ? named.substring(0, named.length() - COMRADE.length()) : named;
            if (bare.isEmpty() || person == null || person.end() != at + bare.length()) {
                return false;
            }
            at += name.length() + 1;
        }
        return true;
    }

    /**
     * A roster's next title is of its body (校长, 首席执行官, 党组副书记) unless it names a level of its own, which only a
     * committee of that level passes on (成都市委书记曹立军、市长王凤朝, not 上海海关关长周晓燕，副市长华源), or is an
     * academic rank (教授).
     */
    private static boolean mayTakeTheRostersBody(String title, String organization) {
        String head = headOf(title);
        char level = head.charAt(0);
        if (LEVEL_CHARS.indexOf(level) >= 0 && head.endsWith("长")) {
            return organization.endsWith(level + "委");
        }
        return !ACADEMIC_RANKS.contains(head);
    }

    private static final String LEVEL_CHARS = "市省区县州";
    private static final String COMRADE = "同志";
    private static final Set<String> ACADEMIC_RANKS = Set.of("教授", "副教授", "研究员", "副研究员", "院士");

    /** The longest run of names, with their separators, between two titles of one roster. */
    private static final int MAX_ROSTER_NAMES = 24;

    /** 省委副书记、省长: the title starting at {@code start} is joined to the one before by 、, 和 or 兼 alone. */
    private static boolean chained(String text, Title previous, int start) {
        return previous != null && start - previous.mention().end() == 1 && CHAIN_JOINERS.indexOf(text.charAt(previous.mention().end())) >= 0;
    }

    /** What zones' names end in (综合保税区, 开发区, 中关村科技园, 生态城, 保税港). */
    private static final String ZONE_ENDINGS = "区园城港";

    /** Heads of a body that do not end in 长 (署长, 校长, 董事长 do). */
    private static final Set<String> HEADS = Set.of("主任", "总经理", "总裁", "主席");

    /** The levels whose heads are named by the level and 长 (镇长, 县长, 市长). */
    private static final String HEAD_LEVELS = "省市县区镇乡州";

    /** The canonical name of the one customs office (not 海关总署) named before {@code at}, or null where none is or several are. */
    private static String theOneCustomsOfficeBefore(List<EntityMention> mentions, int at) {
        List<String> offices = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() <= at && m.canonical().endsWith(GovernmentBodySource.CUSTOMS))
                .map(EntityMention::canonical).distinct().toList();
        return offices.size() == 1 ? offices.get(0) : null;
    }

    private static final java.util.regex.Pattern BRANCHES_OF_NO_BODY = java.util.regex.Pattern.compile("(?:村|社区|第[一二三四五六七八九十]{1,3}|联合|机关)$");

    private static final Set<String> JUDICIAL_RANKS = Set.of("审判员", "助理审判员", "检察员", "法官", "检察官");
    private static final Set<String> JUDICIAL_OFFICES = Set.of("审判员", "助理审判员", "检察员", "法官", "检察官", "庭长", "院长", "检察长");

    /**
     * 舟山市委副书记、市长: the head of a place's government is the place's, not its party committee's, so 市长 after a
     * title of 舟山市委 is an office of 舟山市; 海关总署党委书记、署长 is an office of 海关总署.
     */
    private static String inherited(String organization, String title) {
        String head = headOf(title);
        // 海关总署党委书记、署长, 某大学党委书记、校长, 集团党委书记、董事长: the head of a body is the body's, not its party
        // committee's (nor its branch's: …管理服务中心党支部书记、主任).
        for (String committee : List.of("党委", "党组", "党支部", "党总支")) {
            String body = organization == null || !organization.endsWith(committee) ? null
                    : organization.substring(0, organization.length() - committee.length());
            // 巫头村党支部书记、主任: a village's or community's head heads its villagers' committee, no place; a numbered or
            // joint branch (内科第一党支部, 非公企业联合党支部) leaves no body's name.
            body = body == null || BRANCHES_OF_NO_BODY.matcher(body).find() ? null : body;
            // 胡集镇党委书记、镇长 where the committee was taken for a firm's: a township's, county's or city's head heads no firm.
            if (body != null && head.length() == 2 && head.charAt(1) == '长' && HEAD_LEVELS.indexOf(head.charAt(0)) >= 0
                    && body.charAt(body.length() - 1) != head.charAt(0)) {
                return null;
            }
            // 党委副书记、董事、总经理, 党委常委、总会计师: a firm's board and its chief officers are the firm's too.
            if (body != null && body.length() > 2 && (head.endsWith("长") || HEADS.contains(head) || FIRMS_OFFICES.contains(head) || CHIEF_OFFICERS.contains(head))) {
                return body;
            }
        }
        // 民事审判第二庭庭长、审判员: a judge's or prosecutor's rank is held at the court or procuratorate, not its division.
        if (organization != null && JUDICIAL_RANKS.contains(head)) {
            return courtOf(organization);
        }
        // 中级人民法院审判委员会委员、审判员: a judge or prosecutor serves the court or procuratorate, not its committee.
        for (String committee : List.of("审判委员会", "检察委员会")) {
            if (organization != null && organization.length() > committee.length() && organization.endsWith(committee) && JUDICIAL_OFFICES.contains(head)) {
                return organization.substring(0, organization.length() - committee.length());
            }
        }
        // 舟山片区党工委书记、主任: a zone's party working committee and its 管委会 share a head; the 主任 is the 管委会's
        // (a 街道党工委's is not: a subdistrict has no 管委会).
        String zone = organization != null && organization.endsWith("党工委") ? organization.substring(0, organization.length() - 3) : "";
        if (head.equals("主任") && zone.length() > 1 && ZONE_ENDINGS.indexOf(zone.charAt(zone.length() - 1)) >= 0 && !zone.endsWith("社区")) {
            return zone + "管理委员会";
        }
        boolean headOfGovernment = head.length() == 2 && head.charAt(1) == '长' && organization != null && organization.endsWith(head.charAt(0) + "委");
        if (!headOfGovernment) {
            return organization;
        }
        // A bare 市委 names no place: the mayor's city is unknown, and not the committee.
        String place = placeOf(organization);
        return place != null && place.endsWith(head.substring(0, 1)) ? place : null;
    }

    /** 上海市 of 上海市委宣传部 for the level 市: the organization's name up to its first level character, or null. */
    private static String placeOfLevelIn(String organization, char level) {
        int at = organization.indexOf(level);
        return at >= 2 && at <= MAX_PLACE ? organization.substring(0, at + 1) : null;
    }

    private static final int MAX_PLACE = 8;

    /**
     * The place a party committee is of, or null: 舟山市委 → 舟山市, 滨海新区区委 → 滨海新区 (the place already ends in
     * its level), 新疆维吾尔自治区党委 → 新疆维吾尔自治区, 中共天津市委 → 天津市.
     */
    private static String placeOf(String organization) {
        if (organization == null || organization.length() < 3
                || !(organization.endsWith("党委") || organization.endsWith("委") && LEVELS.indexOf(organization.charAt(organization.length() - 2)) >= 0)) {
            return null;
        }
        String place = organization.endsWith("党委") ? organization.substring(0, organization.length() - 2)
                : organization.substring(0, organization.length() - 1);
        int n = place.length();
        if (n >= 2 && place.charAt(n - 1) == place.charAt(n - 2)) {
            place = place.substring(0, n - 1);
        }
        return place.startsWith(EntityLinker.PARTY) ? place.substring(EntityLinker.PARTY.length()) : place;
    }

    /** 省长 王凯: a byline's space between title and name does not part them. */
    private static int startBeforeSpaces(String text, int start) {
        int at = start - spacesEndingAt(text, start);
        // 　　党工委书记　　　　　　艾尔肯·吐尔逊: a leaders' list in columns pads the title, which opens its line, to the names'
        // column; elsewhere two spaces at most stand between a title and its holder.
        if (start - at > 2 && !titleColumn(text, at)) {
            at = start - 2;
        }
        // 副县长（挂职）司徒嘉铭: how the office is held, in brackets between the title and the name.
        java.util.regex.Matcher manner = PersonSource.MANNER_OF_HOLDING.matcher(text).region(Math.max(0, at - PersonSource.MAX_MANNER), at);
        while (manner.find()) {
            if (manner.end() == at) {
                return manner.start();
            }
        }
        return at;
    }

    /**
     * 常委 in 人大常委会, 大使 in 大使馆, 院长 in 社科院长江: a title word that runs on into a longer word is none, unless
     * that word is HanLP cutting the name after it wrong (关长赵/革), or a name was found right after it anyway (市长线宝芳,
     * which HanLP reads 市/长线/宝/芳).
     */
    private static boolean endsInsideAWord(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.end() - 1);
        return index >= 0 && view.tokens().get(index).end() > hit.end() && !view.tokens().get(index).pos().startsWith("nr");
    }

    /**
     * 州长 in 万州/长江, 部长 in 第一部/长片: a title word that starts inside another word is none, unless a listed
     * place ends right before it (光明区区长, which HanLP reads 光明/区区/长).
     */
    private static boolean startsInsideAWord(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        // 海关原副/nr 关长: HanLP may glue 原 (former) to the title's first character.
        boolean gluedBefore = index >= 0 && view.tokens().get(index).start() == hit.start() - 1 && view.charAt(hit.start() - 1) == '原';
        // 交易团团/d 长/a: or the body word's last character, the title's first, doubled into one word.
        gluedBefore |= index >= 0 && view.tokens().get(index).start() == hit.start() - 1 && view.tokens().get(index).end() == hit.start() + 1
                && view.charAt(hit.start() - 1) == view.charAt(hit.start());
        return index >= 0 && view.tokens().get(index).start() < hit.start() && view.tokens().get(index).end() < hit.end() && !gluedBefore
                && view.hits().stream().noneMatch(place -> place.end() == hit.start() && place.hasType(EntityType.PLACE));
    }

    /** 第三部长片, 一部长篇: 部 after a number counts films or books, and makes no 部长. */
    private static boolean countedVolume(SentenceView view, Lexicon.Hit hit) {
        return view.charAt(hit.start()) == '部' && hit.start() > view.sentence().start() && SentenceView.isNumeral(view.charAt(hit.start() - 1));
    }

    private static boolean coveredByLongerTitle(SentenceView view, Lexicon.Hit hit) {
        for (Lexicon.Hit other : view.hits()) {
            if (other != hit && other.cue(Cue.CueFamily.TITLE) != null && other.start() <= hit.start() && other.end() >= hit.end()
                    && other.end() - other.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    /** A company's titles: never of a place (博世中国总裁 is Bosch's president in China, not China's). */
    static boolean corporate(String title) {
        return CORPORATE.stream().anyMatch(title::contains);
    }

    /**
     * The firm named last in the clause before {@code titleStart}, where that clause opens with 在 or a verb of going there
     * (在…的湖南星沙智控装备有限公司，, 记者走进天津泰达电子有限公司，)
     * and only a comma and perhaps the holder's nationality (韩国籍) stand between; else null.
     */
    private static String firmTheSceneIsAt(String text, SentenceView view, List<EntityMention> mentions, int titleStart) {
        java.util.regex.Matcher nationality = NATIONALITY_BEFORE.matcher(text).region(view.sentence().start(), titleStart);
        int comma = (nationality.find() ? nationality.start() : titleStart) - 1;
        if (comma <= view.sentence().start() || "，,".indexOf(text.charAt(comma)) < 0) {
            return null;
        }
        int clause = comma;
        while (clause > view.sentence().start() && "，,：:".indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        // ——在云南滇新光电科技有限公司，: a stop on a tour, listed after a dash.
        while (clause < comma && LEADING_DASHES.indexOf(text.charAt(clause)) >= 0) {
            clause++;
        }
        int from = clause;
        // Not 在与华为技术有限公司的谈判中: a firm dealt with is no employer; the firm closes the clause, maybe its short name after it.
        // 在宁波锦盛跨境电子商务有限公司的分拨中心，: or the firm's premises do.
        return !SCENE_OPENING.matcher(text).region(clause, comma).lookingAt() || PARTNER_WORDS.matcher(text.substring(clause, comma)).find() ? null : mentions.stream()
                .filter(m -> m.type() == EntityType.COMPANY && m.start() >= from && m.end() <= comma && (m.end() == comma
                        || DefinedShortNames.asideOfAName(text.substring(m.end(), comma)) || shortNameInBrackets(text, m.end(), comma)
                        || FIRMS_PREMISES.matcher(text.substring(m.end(), comma)).matches()))
                .reduce((first, second) -> second).map(EntityMention::canonical).orElse(null);
    }

    private static final java.util.regex.Pattern ONE_PAIR_OF_BRACKETS = java.util.regex.Pattern.compile("[（(][^（）()]+[）)]");

    /** Only brackets giving a short name, bare or defined, stand in [{@code from}, {@code to}) (（滇新光电）). */
    private static boolean shortNameInBrackets(String text, int from, int to) {
        return ONE_PAIR_OF_BRACKETS.matcher(text).region(from, to).matches() && DefinedShortNames.givenAt(text, from, to) != null;
    }

    private static final java.util.regex.Pattern PARTNER_WORDS = java.util.regex.Pattern.compile("[与和同跟]");
    /** Spaces and dashes a listed stop of a tour opens with. */
    private static final String LEADING_DASHES = " 　—－-";
    /** 在…, 走进…, 记者近日来到…: a clause that places the scene somewhere, maybe after who went and when. */
    private static final java.util.regex.Pattern SCENE_OPENING = java.util.regex.Pattern.compile(
            "(?:记者|笔者|小编)?(?:近日|日前|昨天|今天|昨日|今年以来)?(?:在|走进|来到|走访|探访|步入|深入)");
    private static final java.util.regex.Pattern FIRMS_PREMISES = java.util.regex.Pattern.compile(
            "的?\\p{IsHan}{0,6}?(?:中心|车间|仓库|工厂|厂区|厂房|展厅|基地|生产线|实验室|办公室|门店|码头)");
    private static final java.util.regex.Pattern NATIONALITY_BEFORE = java.util.regex.Pattern.compile("\\p{IsHan}{1,4}籍$");

    /** A party's representatives in a lawsuit: roles in the proceeding, besides any office the person holds. */
    private static final Set<String> ROLES_IN_A_PROCEEDING = Set.of("法定代表人", "委托诉讼代理人", "诉讼代理人");

    /** The bench and clerks who sign a judgment. */
    private static final Set<String> COURT_OFFICES = Set.of("审判长", "审判员", "代理审判员", "人民陪审员", "法官助理", "书记员", "执行员");

    private static final List<String> CORPORATE = List.of("总裁", "总经理", "董事", "监事", "首席", "总监", "法人代表", "CEO", "CFO", "COO", "CTO", "创始人", "合伙人");

    /** Regions a company's office may be of: 全球副总裁, 中国区总裁, 亚太区总裁; and a paper's desks (湖南日报全媒体记者). */
    private static final List<String> REGIONS = java.util.stream.Stream.concat(
            PlacePatternSource.BUSINESS_REGIONS.stream().flatMap(region -> java.util.stream.Stream.of(region + "区", region)),
            java.util.stream.Stream.of("中国区", "中国", "全媒体", "融媒体")).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** A company's functions a corporate office may be of: 运营副总裁, 销售总监 (盛维医疗运营副总裁沈婧 is 盛维医疗's). */
    private static final List<String> CORPORATE_FUNCTIONS = List.of("运营", "销售", "市场", "技术", "研发", "财务", "生产", "采购", "供应链", "人力资源", "品牌", "战略", "投资");

    /**
     * 中信证券银行业首席分析师, 华泰证券汽车行业分析师: the sector an analyst covers, between the firm and the title, is part of
     * the office; its length, or 0.
     */
    private static int analystsSectorBefore(String text, List<EntityMention> mentions, int titleStart, String title) {
        if (!title.contains(ANALYST) || titleStart < 1 || text.charAt(titleStart - 1) != SECTOR_END) {
            return 0;
        }
        for (int length = 2; length <= MAX_SECTOR && titleStart - length >= 0 && SentenceView.isHan(text.charAt(titleStart - length)); length++) {
            EntityMention firm = endingAt(mentions, titleStart - length);
            if (firm != null && firm.type() == EntityType.COMPANY) {
                return length;
            }
        }
        return 0;
    }

    private static final String ANALYST = "分析师";
    private static final char SECTOR_END = '业';
    private static final int MAX_SECTOR = 6;

    static int regionBefore(String text, int titleStart, String title) {
        int function = corporate(title) ? CORPORATE_FUNCTIONS.stream().filter(word -> text.startsWith(word, titleStart - word.length()))
                .mapToInt(String::length).findFirst().orElse(0) : 0;
        return function + REGIONS.stream().filter(region -> text.startsWith(region, titleStart - function - region.length()))
                .mapToInt(String::length).findFirst().orElse(0);
    }

    /** How long the name of a department no list knows may be, between its body's name and its unit's character. */
    private static final int MAX_DEPARTMENT_NAME = 12;

    /**
     * The body named right before a department whose head's title starts at {@code titleStart} (市商务局 + 对外贸易 + 处 +
     * 处长), or null: the department's name between them is nouns alone (not 市商务局聘任张伟为外贸处处长).
     */
    private static EntityMention bodyBeforeDepartment(SentenceView view, Index index, int titleStart, String title) {
        char unit = unitHeaded(title);
        // 第三监督检查室主任, 综合办主任: a 主任 heads an office (室, 办) named before the title.
        boolean officeHead = headOf(title).equals("主任") && titleStart - 1 > view.sentence().start()
                && "室办".indexOf(view.charAt(titleStart - 1)) >= 0;
        if (!officeHead && (unit == 0 || titleStart - 1 <= view.sentence().start() || view.charAt(titleStart - 1) != unit)) {
            return null;
        }
        int departmentEnd = titleStart - 1;
        for (int end = departmentEnd - 1; end >= Math.max(view.sentence().start(), departmentEnd - MAX_DEPARTMENT_NAME); end--) {
            // 国务院发展研究中心对外经济研究部部长: an institute's or a firm's departments are headed the same way.
            EntityMention body = index.institutionsByEnd().get(end);
            if (body != null) {
                // The department's words up to the title: HanLP often reads the unit with them (人事处/处长).
                List<Token> words = view.tokenStartsAt(end) ? view.tokensWithin(end, titleStart) : List.of();
                // 自贸区和特殊区域发展处: a department may be named for two fields joined by 和, 与 or 及.
                boolean nouns = !words.isEmpty() && !Pos.joinsTwoFields(words.get(0)) && words.stream().allMatch(word -> SentenceView.isHan(word.word())
                        && !Pos.isVerb(word) && (!Pos.isBoundary(word) || Pos.joinsTwoFields(word)) && !word.posStartsWith("nr"));
                return nouns ? body : null;
            }
        }
        return null;
    }

    /**
     * The canonical name of the body, firm or organization named right before the bracket that opens at {@code titleStart - 1},
     * or of the one whose party branch or committee is named there (…有限公司党支部（书记 何俊）), as {@link #organizationOfItsCommittee}
     * names it; or null.
     */
    private static String bodyBeforeTheBrackets(String text, List<EntityMention> mentions, Index index, int titleStart) {
        if (titleStart < 2 || "（(".indexOf(text.charAt(titleStart - 1)) < 0) {
            return null;
        }
        EntityMention named = index.institutionsByEnd().get(titleStart - 1);
        if (named != null) {
            return named.canonical();
        }
        EntityMention institution = institutionBeforeItsCommittee(text, mentions, titleStart - 1);
        return institution == null ? null : organizationOfItsCommittee(text, institution, titleStart - 1);
    }

    /**
     * The body (or firm or institute) a record's line names before {@code titleStart} with only spaces between, its title then
     * spaced from the holder's name too (永定区应急管理局　局长　谷建新), where the body opens the line or follows its label's
     * colon; else null.
     */
    private static String bodySpacedBeforeTheTitle(String text, Index index, int titleStart, int titleEnd) {
        int bodyEnd = titleStart;
        while (bodyEnd > 0 && (text.charAt(bodyEnd - 1) == ' ' || text.charAt(bodyEnd - 1) == '　')) {
            bodyEnd--;
        }
        int nameStart = titleEnd;
        while (nameStart < text.length() && (text.charAt(nameStart) == ' ' || text.charAt(nameStart) == '　')) {
            nameStart++;
        }
        EntityMention body = bodyEnd == titleStart || nameStart == titleEnd || !index.personStartsAt(nameStart) ? null : index.institutionsByEnd().get(bodyEnd);
        boolean opensTheRecord = body != null && (body.start() == 0 || "\n：:".indexOf(text.charAt(body.start() - 1)) >= 0);
        return opensTheRecord ? body.canonical() : null;
    }

    /**
     * The organization of an institution's party committee ending at {@code committeeEnd}: 河南省机场集团有限公司党委 is the
     * company's, no body of its own; 国家税务总局江苏省税务局党委 a body's committee, as 南京海关党委 is.
     */
    private static String organizationOfItsCommittee(String text, EntityMention institution, int committeeEnd) {
        return institution.type() == EntityType.GOVERNMENT ? institution.canonical() + text.substring(institution.end(), committeeEnd) : institution.canonical();
    }

    /** Words a firm's or an institute's units end in (车间, 产品线, 研发中心, 质量部, 实验室). */
    private static final java.util.regex.Pattern FIRMS_UNIT = java.util.regex.Pattern.compile(
            "[\\u4e00-\\u9fa5]{0,10}(?:车间|产品线|事业部|事业群|中心|实验室|研究院|研究所|项目部|工厂|分厂|班组|部|科)");
    /** A listed firm's stock code in brackets after its name: 长飞光纤光缆股份有限公司（601869.SH）, or its six digits alone (600498). */
    private static final java.util.regex.Pattern CODE_AFTER_A_NAME = java.util.regex.Pattern.compile(
            "^[（(]" + CompanyPatternSource.LISTED_CODE + "[）)]");

    /**
     * Where a company or organization ends that is named right before a unit of its own and the unit's title at
     * {@code titleStart} (…股份有限公司光纤拉丝车间主任, …股份公司质量部经理), or -1. The unit's words are nouns (not a clause:
     * 公司将在新区设立研发中心).
     */
    private static int unitOfAnInstitutionBefore(SentenceView view, Index index, int titleStart) {
        for (int end = titleStart - 2; end >= Math.max(view.sentence().start(), titleStart - 24); end--) {
            EntityMention firm = index.institutionsByEnd().get(end);
            if (firm == null || firm.type() != EntityType.COMPANY && firm.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int unitStart = unitStartAfter(view.text(), end);
            List<Token> words = unitStart < titleStart && view.tokenStartsAt(unitStart) ? view.tokensWithin(unitStart, titleStart) : List.of();
            boolean nouns = !words.isEmpty() && words.stream().allMatch(word -> SentenceView.isHan(word.word()) && (!Pos.isVerb(word)
                    || word.pos().equals("vn")) && !Pos.isBoundary(word));
            return nouns && FIRMS_UNIT.matcher(view.text()).region(unitStart, titleStart).matches() ? end : -1;
        }
        return -1;
    }

    private static int unitStartAfter(String text, int firmEnd) {
        java.util.regex.Matcher code = CODE_AFTER_A_NAME.matcher(text).region(firmEnd, text.length());
        return code.lookingAt() ? code.end() : firmEnd;
    }

    /** The office a deputy's title is a deputy of (市长 of 常务副市长, 主任 of 专职副主任); any other title as it is. */
    static String headOf(String title) {
        return DEPUTY.matcher(title).replaceFirst("");
    }

    /** 副市长, 常务副会长, 执行副总裁: a deputy's title; there are several deputies. */
    private static final java.util.regex.Pattern DEPUTY = java.util.regex.Pattern.compile("^(?:常务|执行|专职|驻会)?副");

    /** The unit a head's title names (司 of 司长, 处 of 副处长), or 0 for any other title. */
    private static char unitHeaded(String title) {
        String head = headOf(title);
        return head.length() >= 2 && "司处科部局庭".indexOf(head.charAt(0)) >= 0 ? head.charAt(0) : 0;
    }

    /** 吉林省高级人民法院 of 吉林省高级人民法院审判委员会: a court's or procuratorate's unit belongs to it; any other body is itself. */
    private static String courtOf(String organization) {
        java.util.regex.Matcher court = COURT.matcher(organization);
        // Only before a unit of a court (not 法院路街道办事处, a street's office).
        String unit = court.lookingAt() ? organization.substring(court.end()) : "";
        return !unit.isEmpty() && (GovernmentBodySource.COURT_DIVISION.matcher(unit).matches() || COURTS_OTHER_UNIT.matcher(unit).matches()) ? court.group() : organization;
    }

    private static final java.util.regex.Pattern COURT = java.util.regex.Pattern.compile(".*?(?:法院|检察院|检察分院)(?=.)");
    private static final java.util.regex.Pattern COURTS_COMMITTEE = java.util.regex.Pattern.compile("审判委员会|检察委员会");
    /** A court's or procuratorate's units other than its divisions: 执行局, 刑事检察部, 坪地人民法庭, 研究室, 政治部. */
    private static final java.util.regex.Pattern COURTS_OTHER_UNIT = java.util.regex.Pattern.compile(
            "执行局|\\p{IsHan}{2,8}检察部|\\p{IsHan}{2,6}人民法庭|研究室|政治部|审判管理办公室");
    private static final java.util.regex.Pattern COURT_NAME = java.util.regex.Pattern.compile(".*(?:法院|检察院|检察分院)");

    /** 免去其…, 任命…: the verb of a clause before a department's name, no part of it. */
    private static final java.util.regex.Pattern CLAUSE_VERB_BEFORE_A_DEPARTMENT = java.util.regex.Pattern.compile(
            "(?:同时|另|拟)?(?:免去|免除|任命|聘任|聘请|兼任|担任|出任|不再担任|辞去|调任|改任)其?|其");
    private static final java.util.regex.Pattern COMMITTEES_COMMITTEE = java.util.regex.Pattern.compile("[\\u4e00-\\u9fa5]{1,6}(?<![党市区县省])委");
    /** Units whose heads are titled after them: 司 and 司长, 处 and 处长, 科 and 科长, 部 and 部长, 局 and 局长, 庭 and 庭长. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("[\\u4e00-\\u9fa5]{2,10}([司处科部局庭])");

    /** A bureau (局) after another that is no 总局: the two are of one rank. */
    private static boolean aPeerBureau(String body, char unit) {
        return unit == '局' && body.endsWith("局") && !body.endsWith("总局");
    }

    /** The title before, then a name and 、 right before {@code at}: the next office in a list of one body's officials. */
    private static boolean listedAfterTheHead(String text, Index index, Title previous, int at) {
        EntityMention name = index.personsByStart().get(previous.mention().end());
        return name != null && name.end() == at - 1 && text.charAt(at - 1) == '、';
    }

    /**
     * Start of a department's name right before a title of its head (统计分析司 + 司长), back to the previous title,
     * punctuation or the sentence's start; -1 when none.
     */
    private static int departmentStart(String text, SentenceView view, Title previous, int titleStart, String title) {
        char unit = unitHeaded(title);
        if (unit == 0) {
            return -1;
        }
        int from = Math.max(view.sentence().start(), previous == null ? 0 : previous.mention().end());
        for (int i = titleStart - 1; i >= from; i--) {
            if (SentenceView.isPunctuation(text.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        if (from >= titleStart) {
            return -1;
        }
        // 免去其合肥市科学技术局副局长职务: the verb of the clause is no part of the department's name.
        java.util.regex.Matcher lead = CLAUSE_VERB_BEFORE_A_DEPARTMENT.matcher(text).region(from, titleStart);
        from = lead.lookingAt() ? lead.end() : from;
        // 专案组由侦查一处处长…带队: nor is a preposition of the clause, or what stands before it.
        for (Token word : view.tokensWithin(from, titleStart)) {
            from = word.posStartsWith("p") && word.end() < titleStart ? word.end() : from;
        }
        java.util.regex.Matcher name = DEPARTMENT.matcher(text.substring(from, titleStart));
        return name.matches() && name.group(1).charAt(0) == unit ? from : -1;
    }

    private static final String GROUP = "集团";

    /** 本 of 本公司, 本行: the writer's own. */
    private static final String OWN = "本";
    static final String ISSUER = "发行人";
    /** The titles of a prospectus's advisers, whose firms are their own, not the issuer. */
    static final List<String> ADVISERS = List.of("律师", "会计师", "注册会计师", "保荐代表人", "评估师");

    /** 本公司, 本行, 发行人: the firm whose notice or prospectus it is, the one named first. */
    private static boolean ownFirm(String anaphor) {
        return anaphor.startsWith(OWN) || anaphor.equals(ISSUER);
    }

    /** What stands beside an item of a list of peers (、, 等, 和). */
    private static final String LIST_GOES_ON = "、等和及与";
    static final String PARTY_COMMITTEE = "党委";

    /** 公司党委, 集团党委 end at {@code end}: a firm named bare, then its party committee. */
    private static boolean firmsCommitteeEndsAt(String text, int end) {
        int committee = end - PARTY_COMMITTEE.length();
        return committee > 0 && text.startsWith(PARTY_COMMITTEE, committee) && CLAUSE_ANAPHORS.stream().anyMatch(firm -> text.startsWith(firm, committee - firm.length()));
    }

    /** Words that point back to an organization named before (该公司, 该局), with the kind of entity each points to. */
    private static final java.util.Map<String, EntityType> ANAPHORS = anaphors();
    /** Words that point back to a company only where they open a clause (公司总裁, not 投资公司总裁). */
    private static final java.util.Set<String> CLAUSE_ANAPHORS = java.util.Set.of("公司", GROUP);
    /**
     * Words that point back to an institute of that word only where they open a clause (研究院院长, not 技术研究院院长;
     * 俱乐部董事长 after 厦门鹭岛足球俱乐部).
     */
    private static final java.util.Set<String> CLAUSE_INSTITUTE_ANAPHORS = java.util.Set.of("研究院", "研究所", "实验室", "交易所", "俱乐部", "出版社",
            "协会", "商会", "基金会", "联盟");
    /** One-character prepositions a clause's 公司 may follow (由公司董事长). */
    private static final String PREPOSITIONS = "由经据向与";
    /** How many sentences back an anaphor's organization may have been named. */
    private static final int ANAPHOR_REACH = 3;

    private static java.util.Map<String, EntityType> anaphors() {
        java.util.Map<String, EntityType> words = new java.util.HashMap<>();
        for (String word : List.of("公司", "集团", "企业", "银行", "行")) {
            words.put("该" + word, EntityType.COMPANY);
            // 选举廖林先生为本行董事长: an announcement's own company.
            words.put("本" + word, EntityType.COMPANY);
        }
        // 任发行人董事长: a prospectus's issuer, the firm it is about.
        words.put(ISSUER, EntityType.COMPANY);
        for (String word : List.of("局", "委", "厅", "部", "办", "海关", "管委会")) {
            words.put("该" + word, EntityType.GOVERNMENT);
        }
        for (String word : List.of("院", "所", "中心", "校", "大学", "协会", "商会", "联盟")) {
            words.put("该" + word, EntityType.ORGANIZATION);
        }
        for (String word : List.of("区", "园区", "综保区", "开发区", "新区", "片区")) {
            words.put("该" + word, EntityType.ZONE);
        }
        return java.util.Map.copyOf(words);
    }

    /** The last organization of {@code kind} the anaphor may mean, named before {@code at} from sentence {@code fromSentence} on. */
    private static EntityMention lastNamedBefore(List<EntityMention> mentions, EntityType kind, int at, String anaphor, int fromSentence) {
        return mentions.stream().filter(m -> meantBy(m, kind, anaphor) && m.end() <= at && m.sentenceIndex() >= fromSentence)
                .max(java.util.Comparator.comparingInt(EntityMention::end)).orElse(null);
    }

    /** 这家企业, 该公司, 其生产的: a sentence opening by pointing back at a firm (not 其中, 其他, 此外, 该市). */
    private static final java.util.regex.Pattern POINTING_AT_A_FIRM = java.util.regex.Pattern.compile(
            "[\\s”’\"]*(?:(?:这家|该|这个|此|本)(?:企业|公司|集团|工厂|厂)|其(?![中次实他余])\\p{IsHan})");

    /**
     * The organization may be what the anaphor points to: one of its kind (a bank for 该行; for 该公司 no partnership such as a
     * 律师事务所), or a firm registered under an institution's word for 该院 or 该所 (上海东海深蓝海洋装备研究院有限公司…该院院长).
     */
    private static boolean meantBy(EntityMention m, EntityType kind, String anaphor) {
        boolean institutesFirm = kind == EntityType.ORGANIZATION && m.type() == EntityType.COMPANY && anaphor.length() == 2 && anaphor.startsWith("该")
                && FIRMS_LEGAL_FORM.matcher(m.canonical()).find() && FIRMS_LEGAL_FORM.matcher(m.canonical()).replaceFirst("").endsWith(anaphor.substring(1));
        boolean partnership = anaphor.endsWith("公司") && m.canonical().endsWith(PARTNERSHIPS_WORD);
        // 发行人 may be a bank (…农村商业银行股份有限公司), as any firm.
        return m.type() == kind && (anaphor.equals(ISSUER) || bankOrNot(anaphor, m)) && !partnership || institutesFirm;
    }

    /**
     * The firm named last before {@code at}, not far back and with no other firm named between, where it stands alone on its
     * line but for marks (📍, a number), as a heading over the lines about it; or null.
     */
    private static EntityMention firmHeadingTheLines(String text, List<EntityMention> mentions, int at) {
        EntityMention firm = mentions.stream().filter(m -> m.type() == EntityType.COMPANY && m.end() <= at && at - m.end() <= MAX_UNDER_A_HEADING)
                .max(java.util.Comparator.comparingInt(EntityMention::end)).orElse(null);
        if (firm == null) {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', firm.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', firm.end());
        if (lineEnd < 0 || lineEnd >= at) {
            return null;
        }
        String rest = text.substring(lineStart, firm.start()) + text.substring(firm.end(), lineEnd);
        return rest.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? firm : null;
    }

    /** How far under its heading line a firm's paragraph may run. */
    private static final int MAX_UNDER_A_HEADING = 300;

    /** 律师事务所, 会计师事务所: firms run as partnerships, no 公司. */
    private static final String PARTNERSHIPS_WORD = "事务所";

    /** The legal forms a registered firm's name ends in. */
    private static final java.util.regex.Pattern FIRMS_LEGAL_FORM = java.util.regex.Pattern.compile("(?:股份有限公司|有限责任公司|有限公司)$");

    /** The mention is no item of a list (比亚迪股份有限公司、小米集团等): no 、 or joiner stands right before or after it. */
    private static boolean noListsItem(String text, EntityMention m) {
        return (m.start() == 0 || LIST_GOES_ON.indexOf(text.charAt(m.start() - 1)) < 0) && (m.end() >= text.length() || LIST_GOES_ON.indexOf(text.charAt(m.end())) < 0);
    }

    /** 有限公司。\n该公司: how many marks and spaces may stand between an organization and the anaphor right after it. */
    private static final int MAX_MARKS_BEFORE_AN_ANAPHOR = 3;

    /**
     * The canonical name the anaphor ending at {@code end} (该公司 + 总经理) points to, or null: a bare 公司 or 集团 is the firm
     * named last just before it, where that one is no list's; 该公司 the one named right before it with only a mark between,
     * or else, of the organizations of that kind named shortly before, the one the document names most (its subject, not
     * the last of a list of peers: 宁德时代…比亚迪、小米集团、蔚来汽车等…该公司副总裁), the latest of equals; and 本公司 the firm the
     * document names first. In a firm's own report or prospectus, a bare 公司 after 任 (现任公司董事长) is that firm.
     */
    private static String antecedentOf(String text, int end, List<EntityMention> mentions, Index index, List<SentenceView> sentences, int sentenceIndex) {
        // 公司党委书记, 集团党委副书记: the firm's party committee is no body of its own; the office is the firm's.
        if (firmsCommitteeEndsAt(text, end)) {
            end -= PARTY_COMMITTEE.length();
        }
        for (int length = 4; length >= 2; length--) {
            int start = end - length;
            EntityType kind = start < 0 ? null : anaphorKind(text, start, end, index);
            // 江苏华瑞精密工业股份有限公司（以下简称“公司”）…公司董事长: the firm the notice defines the word as.
            String defined = kind == null ? null : definedAs(text, text.substring(start, end), mentions, index);
            if (defined != null) {
                return defined;
            }
            // 1.海南翔宇航空技术有限公司…，由公司董事长邵振宇代表签约: 公司 after a preposition is the firm its sentence opens with.
            if (kind != null && start > 0 && PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0 && CLAUSE_ANAPHORS.contains(text.substring(start, end))) {
                String anaphor = text.substring(start, end);
                return mentions.stream().filter(m -> meantBy(m, kind, anaphor) && m.sentenceIndex() == sentenceIndex && m.end() <= start).findFirst()
                        .map(EntityMention::canonical).orElse(null);
            }
            if (kind != null) {
                String anaphor = text.substring(start, end);
                // 发行人律师, 发行人会计师: the issuer's advisers work for their own firms.
                int titleAt = end;
                if (anaphor.equals(ISSUER) && ADVISERS.stream().anyMatch(adviser -> text.startsWith(adviser, titleAt))) {
                    return null;
                }
                // 在距离楚天光纤不远的武汉烽源光电有限公司，…。公司副总经理罗慧敏: a bare 公司 is the firm named last, in the sentence
                // before or its own, however often the document names another; not one of a list of peers (该公司 goes on to the
                // firm named right before it or most, 本公司 to the notice's own).
                int anaphorStart = start;
                // 贵州黔锐微电子科技股份有限公司 / 首次公开发行股票…招股说明书 … 现任公司董事长: in a firm's own report or prospectus
                // the bare word after a verb of holding (现任, 任, 现为) is the firm, whatever firms a career names before it (not
                // 1.连云港瑞丰…有限公司…。公司执行董事, a subsidiary's item).
                String reporting = anaphor.equals(FIRM) && heldEndingAt(text, anaphorStart) ? firmReporting(text, mentions) : null;
                if (reporting != null) {
                    return reporting;
                }
                EntityMention latest = lastNamedBefore(mentions, kind, anaphorStart, anaphor, sentenceIndex - 1);
                EntityMention last = !CLAUSE_ANAPHORS.contains(anaphor) ? null : latest;
                // 澳琴…有限公司签署协议。该公司由濠江堂药业集团于2019年设立。公司董事长…: a firm named as the founder of the firm
                // a 该公司 stands for is not the firm a bare 公司 after it means; that 该公司's firm is.
                int pointer = last == null ? -1 : founderOfTheFirmPointedTo(text, last);
                if (pointer >= 0) {
                    return antecedentOf(text, pointer, mentions, index, sentences, last.sentenceIndex());
                }
                if (last != null && noListsItem(text, last)) {
                    return last.canonical();
                }
                // 新疆驰远汽车零部件有限公司。这家企业主要为…。公司总经理陈立军: a sentence between that speaks of the firm by a
                // pointing word keeps it the one a bare 公司 means.
                EntityMention pointedAt = last != null || !CLAUSE_ANAPHORS.contains(anaphor) ? null
                        : lastNamedBefore(mentions, kind, anaphorStart, anaphor, sentenceIndex - 2);
                boolean twoSentencesBack = pointedAt != null && pointedAt.sentenceIndex() == sentenceIndex - 2;
                int sentenceBetween = twoSentencesBack ? sentences.get(sentenceIndex - 1).sentence().start() : -1;
                if (twoSentencesBack && noListsItem(text, pointedAt) && sentenceBetween < anaphorStart
                        && POINTING_AT_A_FIRM.matcher(text).region(sentenceBetween, anaphorStart).lookingAt()) {
                    return pointedAt.canonical();
                }
                // 📍甘肃丝路陆港冷链物流有限公司 / 主打…。/ 公司总经理马海龙: a firm a line names alone heads the lines under it.
                EntityMention heading = last != null || !CLAUSE_ANAPHORS.contains(anaphor) ? null : firmHeadingTheLines(text, mentions, anaphorStart);
                if (heading != null) {
                    return heading.canonical();
                }
                // …还有来自新北市的台湾嘉弘鞋材股份有限公司。该公司总经理: the one named last right before the anaphor, in its
                // sentence or the one before, with only a mark between, no list's, is the one it points at, however often the
                // document names another.
                EntityMention adjacent = ownFirm(anaphor) ? null : latest;
                if (adjacent != null && anaphorStart - adjacent.end() <= MAX_MARKS_BEFORE_AN_ANAPHOR && noListsItem(text, adjacent)
                        && text.substring(adjacent.end(), anaphorStart).chars().allMatch(c -> SentenceView.isPunctuation((char) c) || Character.isWhitespace(c))) {
                    return adjacent.canonical();
                }
                // 本公司董事长, 本行行长: the announcer's own firm, the one its notice names first.
                if (ownFirm(anaphor)) {
                    return mentions.stream().filter(m -> meantBy(m, kind, anaphor) && m.end() <= anaphorStart).findFirst()
                            .map(EntityMention::canonical).orElse(null);
                }
                java.util.Map<String, Long> named = mentions.stream().filter(m -> meantBy(m, kind, anaphor))
                        .collect(java.util.stream.Collectors.groupingBy(EntityMention::canonical, java.util.stream.Collectors.counting()));
                return mentions.stream()
                        // 集团党委常委 far into a group's own news: the group it names most, however far back.
                        .filter(m -> meantBy(m, kind, anaphor) && m.end() <= start
                                && (m.sentenceIndex() >= sentenceIndex - ANAPHOR_REACH || anaphor.equals(GROUP) && m.canonical().contains(GROUP))
                                && (!CLAUSE_INSTITUTE_ANAPHORS.contains(anaphor) || m.canonical().endsWith(anaphor)))
                        .max(java.util.Comparator.<EntityMention>comparingLong(m -> named.get(m.canonical())).thenComparingInt(EntityMention::end))
                        .map(EntityMention::canonical).orElse(null);
            }
        }
        return null;
    }

    /**
     * Where the 该公司 ends whose sentence names {@code firm} as its founder (该公司由澳门本地药企濠江堂药业集团于2019年在横琴设立),
     * or -1: 由 a few words before the firm, a verb of founding after it in its clause, and 该公司 before it in its sentence.
     */
    private static int founderOfTheFirmPointedTo(String text, EntityMention firm) {
        // 由澳门本地药企濠江堂药业集团: 由 opens the founder's description, a few words before its name.
        int by = text.lastIndexOf('由', firm.start() - 1);
        if (by < 0 || firm.start() - by > MAX_FOUNDERS_DESCRIPTION || text.substring(by, firm.start()).chars().anyMatch(c -> "，。；、\n".indexOf(c) >= 0)) {
            return -1;
        }
        int clauseEnd = firm.end();
        while (clauseEnd < text.length() && "，。；！？\n".indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        if (!FOUNDED.matcher(text).region(firm.end(), clauseEnd).find()) {
            return -1;
        }
        int pointer = text.lastIndexOf(THAT_FIRM, firm.start());
        return pointer >= 0 && text.substring(pointer, firm.start()).chars().noneMatch(c -> c == '。' || c == '\n') ? pointer + THAT_FIRM.length() : -1;
    }

    private static final String THAT_FIRM = "该公司";
    private static final int MAX_FOUNDERS_DESCRIPTION = 10;
    private static final java.util.regex.Pattern FOUNDED = java.util.regex.Pattern.compile("设立|成立|创办|创立|投资|控股|组建");

    /**
     * 该行 and 本行 point to a bank; 该公司, 公司, 该集团 and 该企业 to a firm that is none (not the bank's branch a paragraph
     * names twice).
     */
    private static boolean bankOrNot(String anaphor, EntityMention firm) {
        return firm.type() != EntityType.COMPANY || anaphor.endsWith("行") == firm.canonical().contains("银行");
    }

    private static final String PRESIDIUM = "主席团";
    private static final String SESSION = "大会";
    /** A body a session's presidium is of: a people's congress, a political consultative conference's committee. */
    private static boolean congress(String canonical) {
        return canonical.endsWith("人民代表大会") || canonical.contains("政治协商会议") || canonical.endsWith(CONSULTATIVE_CONFERENCE);
    }

    /** The body whose {@code head} (主任) the sentence, or the one before, names last; or null. */
    private static String headsBodyJustBefore(List<Title> titles, String head, int sentenceIndex) {
        for (int i = titles.size() - 1; i >= 0 && titles.get(i).mention().sentenceIndex() >= sentenceIndex - 1; i--) {
            Title before = titles.get(i);
            if (before.organization() != null && before.mention().text().endsWith(head) && headOf(before.mention().text()).equals(before.mention().text())) {
                return before.organization();
            }
        }
        return null;
    }

    /**
     * A title with nothing of a name before it (not 促进会会长): at the sentence's start, or after a mark or a space, or
     * after a bare word for the society itself (，商会执行会长, 由商会会长), or after a verb of election or appointment
     * (当选会长, 被聘为协会荣誉会长).
     */
    private static boolean standsBare(SentenceView view, int titleStart) {
        int start = SOCIETY_WORDS.stream().filter(word -> view.text().startsWith(word, titleStart - word.length())).findFirst()
                .map(word -> titleStart - word.length()).orElse(titleStart);
        // 陈建宏当选会长, 被聘为协会荣誉会长: or right after a verb of election or appointment.
        return start <= view.sentence().start() || !SentenceView.isHan(view.slice(start - 1, start))
                || start < titleStart && Pos.PREPOSITION_CHARACTERS.indexOf(view.charAt(start - 1)) >= 0
                || ELECTED_TO.stream().anyMatch(verb -> view.text().startsWith(verb, start - verb.length()));
    }

    private static final List<String> ELECTED_TO = java.util.stream.Stream.concat(GIVEN_OFFICE.stream(), java.util.stream.Stream.of("连任", "担任", "聘为")).toList();

    private static final List<String> SOCIETY_WORDS = List.of("商会", "协会", "学会", "本会");

    /** The chamber, association or society the document names most, the first of equals; or null. */
    private static String societyNamedMost(List<EntityMention> mentions) {
        java.util.Map<String, Long> named = mentions.stream()
                .filter(m -> m.type() == EntityType.ORGANIZATION && SOCIETY_ENDINGS.stream().anyMatch(m.canonical()::endsWith))
                .collect(java.util.stream.Collectors.groupingBy(EntityMention::canonical, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        String most = null;
        for (java.util.Map.Entry<String, Long> society : named.entrySet()) {
            if (most == null || society.getValue() > named.get(most)) {
                most = society.getKey();
            }
        }
        return most;
    }

    private static final List<String> SOCIETY_ENDINGS = List.of("商会", "协会", "学会", "联合会", "促进会", "研究会", "同业公会", "基金会", "联盟");

    /** Looked up once per word and document: every title of a firm's notice may ask, and each look-up reads the whole text. */
    private static String definedAs(String text, String word, List<EntityMention> mentions, Index index) {
        return !DefinedShortNames.GENERIC_SHORT_NAMES.contains(word) ? null : index.firmsDefinedAs().computeIfAbsent(word,
                generic -> java.util.Optional.ofNullable(DefinedShortNames.definedFor(text, generic, mentions, EntityType.COMPANY))).orElse(null);
    }

    private static EntityType anaphorKind(String text, int start, int end, Index index) {
        String word = text.substring(start, end);
        // 腾讯控股发布公告称，公司总裁刘炽平…: a bare 公司 opening a clause is the company the news is about; so is the one a
        // person is appointed in (董事会同意聘任谢永林为公司总经理).
        // 由公司董事长邵振宇代表签约: so is one after a preposition.
        if (CLAUSE_ANAPHORS.contains(word) && (opensAClause(text, start) || PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0
                || appointedIn(text, start, index))) {
            return EntityType.COMPANY;
        }
        // …湖南先导计算技术研究院。研究院院长曾凡宇: so is an institute's own word opening a clause, for an institute of that word.
        // 当选联盟首任理事长: or one right after a verb of taking office (not 任, the end of 主任 and 责任 too).
        if (CLAUSE_INSTITUTE_ANAPHORS.contains(word) && (opensAClause(text, start)
                || takingOfficeEndsAt(text, start, 2))) {
            return EntityType.ORGANIZATION;
        }
        return ANAPHORS.get(word);
    }

    /** {@code start} opens the text, a clause (after a mark) or a line (公司总经理马海龙 at a line's start). */
    private static boolean opensAClause(String text, int start) {
        return start == 0 || SentenceView.isPunctuation(text.charAt(start - 1)) || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
    }

    /** A verb of taking office, {@code minLength} characters long at least, ends at {@code end}. */
    private static boolean takingOfficeEndsAt(String text, int end, int minLength) {
        return TAKING_OFFICE.stream().anyMatch(verb -> verb.length() >= minLength && text.startsWith(verb, end - verb.length()));
    }

    /**
     * 聘任谢永林为公司总经理, 选举张德芹先生为公司董事长, 继续担任公司董事长: 公司 right after the person appointed (a form of
     * address between) or a verb of taking office.
     */
    private static boolean appointedIn(String text, int start, Index index) {
        if (start <= 0) {
            return false;
        }
        if (takingOfficeEndsAt(text, start, 1)) {
            return true;
        }
        if (text.charAt(start - 1) != '为') {
            return false;
        }
        int nameEnd = start - 1;
        for (String form : FORMS_OF_ADDRESS) {
            if (text.startsWith(form, nameEnd - form.length())) {
                nameEnd -= form.length();
                break;
            }
        }
        return index.personsByEnd().containsKey(nameEnd);
    }

    private static final java.util.Set<String> ENVOYS = java.util.Set.of("大使", "总领事", "副总领事", "领事", "公使");
    private static final java.util.regex.Pattern POSTED_TO = java.util.regex.Pattern.compile("驻\\p{IsHan}{1,4}$");

    /** The country before 驻X (驻华, 驻沪, 驻广州) that sends the envoy whose title starts at {@code start}, or null. */
    private static final String HOME_COUNTRY = "中国";

    private static EntityMention envoysCountry(String text, SentenceView view, List<EntityMention> mentions, int start, String title) {
        if (!ENVOYS.contains(title)) {
            return null;
        }
        java.util.regex.Matcher posted = POSTED_TO.matcher(text.substring(Math.max(view.sentence().start(), start - 5), start));
        if (!posted.find()) {
            return null;
        }
        EntityMention country = placeEndingAt(mentions, start - (posted.end() - posted.start()));
        return country != null && country.sentenceIndex() == view.sentence().index() ? country : null;
    }

    private static EntityMention placeEndingAt(List<EntityMention> mentions, int end) {
        return mentions.stream().filter(m -> m.end() == end && m.type() == EntityType.PLACE).min(java.util.Comparator.comparingInt(EntityMention::start)).orElse(null);
    }

    /** A company, organization or body right before the party committee word that ends at {@code end}. */
    private static EntityMention institutionBeforeItsCommittee(String text, List<EntityMention> mentions, int end) {
        for (String committee : GovernmentBodySource.INSTITUTIONS_COMMITTEES) {
            if (end - committee.length() > 0 && text.startsWith(committee, end - committee.length())) {
                EntityMention institution = endingAt(mentions, end - committee.length());
                return institution != null && (institution.type() == EntityType.COMPANY || institution.type() == EntityType.ORGANIZATION
                        || institution.type() == EntityType.GOVERNMENT) ? institution : null;
            }
        }
        return null;
    }

    /**
     * The institution right before a bracket, ending at {@code end}, that holds only another name of the same kind of body
     * (青岛前湾保税港区管委会（青岛前湾综合保税区管委会）: one committee), or null; not a different body housed in it
     * (江苏省商务厅（省自贸办）).
     */
    private static EntityMention bodyBeforeItsOtherName(String text, List<EntityMention> mentions, int end) {
        int open = Brackets.openingOf(text, end - 1);
        EntityMention[] pair = bracketedPair(text, mentions, end);
        if (pair != null && sameKindOfBody(pair[0].canonical(), pair[1].canonical())) {
            return pair[0];
        }
        // 中新苏州工业园区开发集团股份有限公司（中新集团，601512.SH）副总裁: the brackets open with the firm's short name.
        EntityMention named = open < 0 ? null : endingAt(mentions, open);
        return named != null && mentions.stream().anyMatch(m -> m.start() == open + 1 && m.canonical().equals(named.canonical())) ? named : null;
    }

    /** The firm, institution or body named before brackets that hold its other form, right before the title or its region, or null. */
    private static EntityMention nameBeforeAnAside(String text, List<EntityMention> mentions, int titleStart, int region) {
        for (int end : new int[] {titleStart, titleStart - region}) {
            int open = Brackets.openingOf(text, end - 1);
            EntityMention named = open < 0 || !DefinedShortNames.asideOfAName(text.substring(open, end)) ? null : endingAt(mentions, open);
            if (named != null && named.type() != EntityType.PLACE && named.type() != EntityType.PERSON) {
                return named;
            }
        }
        return null;
    }

    /** The state body before the brackets ending at {@code end} and the one filling them, or null. */
    private static EntityMention[] bodyInAnothersBrackets(String text, List<EntityMention> mentions, int end) {
        EntityMention[] pair = bracketedPair(text, mentions, end);
        return pair != null && pair[0].type() == EntityType.GOVERNMENT && pair[1].type() == EntityType.GOVERNMENT ? pair : null;
    }

    /** The organization right before the brackets ending at {@code end} and the one filling them, or null. */
    private static EntityMention[] bracketedPair(String text, List<EntityMention> mentions, int end) {
        int open = Brackets.openingOf(text, end - 1);
        EntityMention inside = open < 0 ? null : endingAt(mentions, end - 1);
        EntityMention outside = inside == null || inside.start() != open + 1 ? null : endingAt(mentions, open);
        return outside == null ? null : new EntityMention[] {outside, inside};
    }

    private static final int BODY_WORD = 3;

    private static boolean sameKindOfBody(String one, String other) {
        return one.length() >= BODY_WORD && other.length() >= BODY_WORD && one.endsWith(other.substring(other.length() - BODY_WORD));
    }

    /**
     * The body named right before {@code org}, or the body it belongs to, written before 所属 (厦门海关所属东渡海关副关长: the
     * office is 东渡海关's, and its name as written runs from its parent's).
     */
    private static EntityMention bodyOrItsParentBefore(String text, List<EntityMention> mentions, EntityMention org) {
        EntityMention before = endingAt(mentions, org.start());
        int parentEnd = org.start() - BELONGING_TO.length();
        if (before != null || org.type() != EntityType.GOVERNMENT || parentEnd <= 0 || !text.startsWith(BELONGING_TO, parentEnd)) {
            return before;
        }
        EntityMention parent = endingAt(mentions, parentEnd);
        return parent != null && parent.type() == EntityType.GOVERNMENT ? parent : null;
    }

    private static final String BELONGING_TO = "所属";

    private static EntityMention endingAt(List<EntityMention> mentions, int end) {
        EntityMention found = null;
        for (EntityMention m : mentions) {
            if (m.end() == end && ORGANIZATIONS.contains(m.type()) && (found == null || m.start() < found.start())) {
                found = m;
            }
        }
        return found;
    }

    /** Levels of a place, as a party committee's name (舟山市委, 新疆维吾尔自治区党委) or a title's (自治区主席) holds them. */
    static final String LEVELS = "省市区县州盟旗镇乡";
    private static final String LEVEL_WORDS = "自治区|自治州|[" + LEVELS + "]";

    /** What joins one person's titles: 党委书记、主任; 书记和主任; 副主任兼空港经济区管委会主任. */
    private static final String CHAIN_JOINERS = "、和兼";

    private static List<Title> chainEndingAt(String text, List<Title> titles, int end) {
        List<Title> alongside = alongsideInBrackets(text, titles, end);
        if (!alongside.isEmpty()) {
            return alongside;
        }
        List<Title> chain = new ArrayList<>();
        int cursor = end;
        while (true) {
            cursor = beforeARank(text, cursor);
            Title t = titleEndingAt(titles, cursor);
            if (t == null) {
                break;
            }
            // 阿里巴巴集团副总裁、法务部总经理俞思瑛: a unit no list knows between two titles is of the body before it.
            int unit = t.organization() == null ? unitBefore(text, titles, t.officeStart()) : -1;
            if (unit >= 0) {
                Title previous = titleEndingAt(titles, unit - 1);
                String unitName = text.substring(unit, t.officeStart());
                t = new Title(t.mention(), unit, previous.organization() == null ? null : previous.organization() + unitName);
            }
            chain.add(0, t);
            int before = t.officeStart() - 1;
            // 满洲里市委书记、满洲里…试验区（以下简称“满洲里试验区”）党工委书记: a zone's name with a note in brackets opens its
            // body's office; the chain goes on before the zone's name.
            int beforeTheZone = before >= 0 && "）)".indexOf(text.charAt(before)) >= 0 ? joinerBeforeANotedZone(text, before) : -1;
            before = beforeTheZone >= 0 ? beforeTheZone : before;
            // …党委书记、管委会主任，天津临港经济区管委会主任尹晓峰: before a name, a comma between titles joins them too.
            if (before < 0 || CHAIN_JOINERS.indexOf(text.charAt(before)) < 0 && text.charAt(before) != '，') {
                break;
            }
            // 张伟调任市发展和改革委员会主任，副局长王强接任: an office someone takes before the comma is theirs.
            Title earlier = text.charAt(before) == '，' ? titleEndingAt(titles, before) : null;
            if (earlier != null && takenBefore(text, earlier.officeStart())) {
                break;
            }
            cursor = before;
        }
        return chain;
    }

    /**
     * Where the joiner (、 or ，) before a zone's name stands, the zone's name ending in 区 right before the note in brackets
     * closing at {@code close} (北京大兴国际机场临空经济区（大兴）); else -1.
     */
    private static int joinerBeforeANotedZone(String text, int close) {
        int open = Brackets.openingOf(text, close);
        if (open < 1 || text.charAt(open - 1) != '区') {
            return -1;
        }
        for (int at = open - 1; at >= 0 && open - at <= MAX_ZONE_NAME; at--) {
            char c = text.charAt(at);
            // 、 or ，, not 和 (和林格尔新区 and 呼和浩特…开发区 hold it in their names).
            if (c == '、' || c == '，') {
                return open - at > 2 ? at : -1;
            }
            if (!SentenceView.isHan(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static final int MAX_ZONE_NAME = 24;

    /** 副主任（正局级）, 国际贸易谈判代表（正部长级）: the rank an office carries, in brackets after it, is part of no chain. */
    private static int beforeARank(String text, int end) {
        int open = Brackets.openingOf(text, end - 1);
        return open >= 0 && RANK.matcher(text).region(open + 1, end - 1).matches() ? open : end;
    }

    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile("[正副]?(?:国|省部|部|部长|省|厅|厅局|局|司|处|科|县处|乡科)级(?:待遇)?");

    /**
     * 党工委书记、管委会主任（武汉片区管委会主任）李强: offices held alongside, wholly in brackets between the titles and the
     * name, are held too; empty unless the bracket right before {@code end} holds nothing but titles and titles precede it.
     */
    private static List<Title> alongsideInBrackets(String text, List<Title> titles, int end) {
        int open = Brackets.openingOf(text, end - 1);
        if (open < 0 || titleEndingAt(titles, end - 1) == null) {
            return List.of();
        }
        List<Title> inside = chainEndingAt(text, titles, end - 1);
        if (inside.isEmpty() || inside.get(0).officeStart() != open + 1) {
            return List.of();
        }
        List<Title> outside = chainEndingAt(text, titles, open);
        if (outside.isEmpty()) {
            return List.of();
        }
        List<Title> chain = new ArrayList<>(outside);
        chain.addAll(inside);
        return chain;
    }

    private static boolean takenBefore(String text, int officeStart) {
        return text.startsWith("为", officeStart - 1) || TAKING_OFFICE.stream().anyMatch(verb -> text.startsWith(verb, officeStart - verb.length()));
    }

    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile(
            "\\p{IsHan}{1,8}?(?:事业部|事业群|总部|中心|办公室|研究院|研究所|分公司|分行|支行|部|处|司|局|室|科)$");

    /** Where a unit's name right before {@code officeStart} starts, when a joiner and another title stand before it; else -1. */
    private static int unitBefore(String text, List<Title> titles, int officeStart) {
        for (int start = Math.max(0, officeStart - 10); start < officeStart - 1; start++) {
            if (start > 0 && CHAIN_JOINERS.indexOf(text.charAt(start - 1)) >= 0 && titleEndingAt(titles, start - 1) != null
                    && UNIT.matcher(text.substring(start, officeStart)).matches()) {
                return start;
            }
        }
        return -1;
    }

    private static List<Title> chainStartingAt(String text, List<Title> titles, int start) {
        List<Title> chain = new ArrayList<>();
        int cursor = start;
        while (true) {
            Title t = titleStartingAt(titles, cursor);
            if (t == null) {
                break;
            }
            chain.add(t);
            int after = t.mention().end();
            // 现任北京市委副书记，北京市人民政府市长、党组书记: after a comma, an office named with its body goes on too.
            boolean nextBodysOffice = after < text.length() && text.charAt(after) == '，' && titles.stream()
                    .anyMatch(next -> next.officeStart() == after + 1 && next.organization() != null && next.mention().start() > after + 1);
            if (after >= text.length() || CHAIN_JOINERS.indexOf(text.charAt(after)) < 0 && !nextBodysOffice) {
                break;
            }
            cursor = after + 1;
        }
        return chain;
    }

    private static Title titleEndingAt(List<Title> titles, int end) {
        return titles.stream().filter(t -> t.mention().end() == end).findFirst().orElse(null);
    }

    private static Title titleStartingAt(List<Title> titles, int start) {
        return titles.stream().filter(t -> t.officeStart() == start).findFirst().orElse(null);
    }

    /**
     * 赵德明同志生平 … 1985年7月至1990年3月，任新郑县委副书记；: a line of a career opens with the period, and the offices
     * taken then (任, 先后任, 兼任) are held by the person whose life or résumé the lines before open with (a name opening its
     * line: 赵德明同志，河南中牟人…, 李明，男，…), as of the period's start. No other person may be named between them but in
     * the career's own lines.
     */
    private static List<PositionHeld> careerPositions(String text, List<Title> titles, List<EntityMention> mentions) {
        List<PositionHeld> career = new ArrayList<>();
        if (!text.contains("任")) {
            return career;
        }
        List<EntityMention> persons = mentions.stream().filter(m -> m.type() == EntityType.PERSON)
                .sorted(java.util.Comparator.comparingInt(EntityMention::start)).toList();
        java.util.regex.Matcher line = CAREER_LINE.matcher(text);
        // One pass: the subject is the last person opening a line, until another person is named outside the career's
        // lines (协助县委书记王建国工作 in one is a colleague).
        EntityMention subject = null;
        int next = 0;
        Set<Integer> careerLines = new java.util.HashSet<>();
        while (line.find()) {
            int lineStart = line.start(1);
            for (; next < persons.size() && persons.get(next).start() < lineStart; next++) {
                EntityMention m = persons.get(next);
                int personsLine = SentenceView.lineTextStart(text, m.start(), 0);
                boolean opensItsLine = m.start() == personsLine;
                boolean inACareerLine = careerLines.contains(personsLine);
                subject = opensItsLine ? m : subject != null && !subject.canonical().equals(m.canonical()) && !inACareerLine ? null : subject;
            }
            careerLines.add(lineStart);
            int year = Integer.parseInt(line.group(2));
            int month = Integer.parseInt(line.group(3));
            // 1500.50-2000.00元/吨 is a range of prices, no period.
            if (subject == null || month < 1 || month > 12 || year < FIRST_CAREER_YEAR || year > LAST_CAREER_YEAR) {
                continue;
            }
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            java.util.regex.Matcher taking = CAREER_OFFICE.matcher(text).region(Math.min(line.end(), lineEnd), lineEnd);
            while (taking.find()) {
                for (Title t : chainStartingAt(text, titles, taking.end())) {
                    career.add(held(text, subject.canonical(), t, LocalDate.of(year, month, 1)));
                }
            }
        }
        return career;
    }

    private static final int FIRST_CAREER_YEAR = 1900;
    private static final int LAST_CAREER_YEAR = 2100;

    /** 1985年7月至1990年3月，, 2018.04—2021.06 , 2021年6月至今，: a period opening a line. */
    private static final java.util.regex.Pattern CAREER_LINE = java.util.regex.Pattern.compile(
            "(?m)^[ \t　]*((\\d{4})[年.．](\\d{1,2})月?)(?:\\d{1,2}日)?[ \t　]*(?:至|—|－|-|–|~|～|到)[ \t　]*(?:\\d{4}[年.．]\\d{1,2}月?|\\d{4}年|今|现在)?[，,：: \t　]*");
    /** 任, 先后任, 兼任, 历任 after a break or at the line's opening: the offices taken then follow. */
    private static final java.util.regex.Pattern CAREER_OFFICE = java.util.regex.Pattern.compile("(?:^|(?<=[，,；;、\\s　]))(?:先后|历|兼|并|调|升|改|转|同时兼)?任");

    /** (作者系南昌综保区党组书记、主任): the titles belong to the byline person, a name standing alone on a line. */
    private static List<PositionHeld> authorPositions(String text, List<Title> titles, List<EntityMention> mentions, LocalDate asOf) {
        List<PositionHeld> positions = new ArrayList<>();
        for (int at = text.indexOf("作者系"); at >= 0; at = text.indexOf("作者系", at + 1)) {
            EntityMention author = mentions.stream().filter(m -> m.type() == EntityType.PERSON && standsAlone(text, m)).findFirst().orElse(null);
            if (author != null) {
                for (Title t : chainStartingAt(text, titles, at + 3)) {
                    positions.add(held(text, author.canonical(), t, asOf));
                }
            }
        }
        return positions;
    }

    private static boolean standsAlone(String text, EntityMention m) {
        boolean startsLine = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
        boolean endsLine = m.end() == text.length() || text.charAt(m.end()) == '\n';
        return startsLine && endsLine;
    }

    private static PositionHeld held(String text, String person, Title t, LocalDate asOf) {
        EntityMention m = t.mention();
        return new PositionHeld(person, t.office(text), t.organization(), asOf, t.officeStart(), m.end(), m.sentenceIndex());
    }
}
