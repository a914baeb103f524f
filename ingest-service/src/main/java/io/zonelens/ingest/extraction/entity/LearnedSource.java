package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.entity.learned.LearnedEntityTagger;
import io.zonelens.ingest.extraction.entity.learned.TaggedSpan;
import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger trained on CLUENER finds: person names (foreign and Latin-script ones too, never a zone or place
 * fragment), and bodies, companies, organizations and titles, which only fill the gaps the domain patterns leave
 * (see {@link SourceRanking#fillsGapsOnly}), so in general news (the CLUENER kind) they are found too.
 */
final class LearnedSource implements EntityCandidateSource {

    static final String NAME = "learned";

    /**
     * 处理政府|信息公开申请, 我委|政府信息公开工作: 政府信息公开 (the disclosure of government information) is a term; only a
     * place's government opens it as a body (宁波市政府信息公开).
     */
    private static boolean noPlacesGovernmentInformation(SentenceView view, int start, int end) {
        return view.slice(start, end).endsWith("政府") && view.text().startsWith("信息公开", end)
                && view.hits().stream().noneMatch(hit -> hit.start() == start && hit.hasType(EntityType.PLACE, EntityType.ZONE));
    }

    /** 石嘴山市国民经济(和社会发展计划): a place's economy is no body (工信部门 is, as CLUENER marks departments in general). */
    private static final java.util.regex.Pattern GENERIC_ENDINGS = java.util.regex.Pattern.compile("经济$");
    /** Bare words for the school or hospital a document is about (学校国际合作与交流处, 该校…, 医院党委). */
    private static final List<String> SCHOOL_WORDS = List.of("学校", "本校", "该校", "学院", "医院", "该院");
    private static final Map<String, EntityType> TYPES = Map.of("name", EntityType.PERSON, "position", EntityType.POSITION, "government", EntityType.GOVERNMENT, "company", EntityType.COMPANY, "organization", EntityType.ORGANIZATION);
    private static final double CONFIDENCE = 0.5;
    private static final String BODY_CHARACTERS = "部局委厅署办院处司府军队";
    private static final List<String> ZONE_BODY_WORDS = List.of("管委会", "党工委", "口岸管理委员会", "区管理委员会");
    /** Administrative levels that make a body of one body word (省委, 市政府, 区管委会). */
    private static final String LEVELS = "省市县区镇乡村州盟旗";
    private static final String PREPOSITIONS = "经由向对据在从与和将被把给及";

    private final LearnedEntityTagger tagger;
    private final PersonNameFilter persons;

    LearnedSource(LearnedEntityTagger tagger, PersonNameFilter persons) {
        this.tagger = tagger;
        this.persons = persons;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * （记者　李娜　阿依古丽　王磊）: names a byline lists with spaces between are one name each, where the tagger
     * read one; offsets within {@code sentence}.
     */
    private static List<TaggedSpan> namesApart(List<TaggedSpan> spans, String sentence) {
        if (spans.stream().noneMatch(span -> span.label().equals("name") && hasInnerSpace(sentence, span))) {
            return spans;
        }
        List<TaggedSpan> apart = new ArrayList<>();
        for (TaggedSpan span : spans) {
            if (!span.label().equals("name") || !hasInnerSpace(sentence, span)) {
                apart.add(span);
                continue;
            }
            int from = span.start();
            for (int i = span.start(); i <= span.end(); i++) {
                if (i == span.end() || Character.isWhitespace(sentence.charAt(i))) {
                    if (i > from) {
                        apart.add(new TaggedSpan(span.label(), from, i));
                    }
                    from = i + 1;
                }
            }
        }
        return apart;
    }

    private static boolean hasInnerSpace(String sentence, TaggedSpan span) {
        String text = sentence.substring(span.start(), span.end()).strip();
        // The ideographic space (　) of Chinese bylines is whitespace too.
        return text.chars().anyMatch(Character::isWhitespace);
    }

    /** The tagger's spans in the view's sentence, offsets within the sentence. */
    List<TaggedSpan> tag(SentenceView view) {
        return tag(view.slice(view.sentence().start(), view.sentence().end()), view.tokens());
    }

    private static final List<String> INSTITUTIONS_OF_A_LEVEL = List.of("医院", "中学", "小学", "大学", "乐团", "剧院", "音乐厅", "博物馆", "美术馆", "图书馆");

    /** 宜昌市等市州人大常委会: 等 inside the name makes it the bodies of the places listed and others like them. */
    private static boolean severalOfAKind(SentenceView view, int start, int end) {
        return view.tokensWithin(start, end).stream().anyMatch(token -> token.start() > start && token.pos().equals("udeng"));
    }

    /** 各市, 各县, 各区: a word for every unit of a level ends right before {@code start}. */
    private static boolean everyLevelBefore(SentenceView view, int start) {
        int index = view.tokenAt(start - 1);
        Token before = index < 0 ? null : view.tokens().get(index);
        return before != null && before.end() == start && before.word().length() == 2 && before.word().charAt(0) == '各'
                && GovernmentBodySource.LEVELS.indexOf(before.word().charAt(1)) >= 0;
    }

    /** 天津市QFLP, 上海FT: a place and a Latin acronym after it name a scheme there, no institution. */
    private static boolean aPlaceAndAnAcronym(SentenceView view, int start, int end) {
        int letters = end;
        while (letters > start && view.charAt(letters - 1) < 128 && Character.isLetter(view.charAt(letters - 1))) {
            letters--;
        }
        return letters > start && end - letters >= 2 && CompanyPatternSource.onlyAPlace(view, start, letters);
    }

    /** Whether [start, end) is Latin letters and digits of an e-mail or web address (hbswtkfq@163.com, www.ccpit.org). */
    static boolean inAnAddress(SentenceView view, int start, int end) {
        // @方肇新: a name after a handle's @ is a name.
        if (view.slice(start, end).chars().anyMatch(c -> ADDRESS_CHARACTERS.indexOf(Character.toLowerCase(c)) < 0)) {
            return false;
        }
        int from = start;
        int to = end;
        while (from > view.sentence().start() && ADDRESS_CHARACTERS.indexOf(Character.toLowerCase(view.charAt(from - 1))) >= 0) {
            from--;
        }
        while (to < view.sentence().end() && ADDRESS_CHARACTERS.indexOf(Character.toLowerCase(view.charAt(to))) >= 0) {
            to++;
        }
        String run = view.slice(from, to).toLowerCase(java.util.Locale.ROOT);
        return run.indexOf('@') >= 0 || run.startsWith("www.") || run.startsWith("http");
    }

    private static final String ADDRESS_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789@._-:/";

    /** The tagger's spans in a sentence, read with the pipeline's tokens of it. */
    List<TaggedSpan> tag(String sentence, List<Token> tokens) {
        return tagger.tag(sentence, tokens);
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        int offset = view.sentence().start();
        List<EntityCandidate> found = new ArrayList<>();
        List<TaggedSpan> spans = namesApart(view.learnedSpans() != null ? view.learnedSpans() : tag(view), view.slice(offset, view.sentence().end()));
        for (TaggedSpan span : spans) {
            int start = offset + span.start();
            int end = offset + span.end();
            // CLUENER marks newspapers and news sites as books (新京报：, 中新网上海11月21日电); the outlet a dateline
            // names is a medium all the same (below).
            EntityType type = "book".equals(span.label()) && namesAnOutlet(view, start, end) ? EntityType.ORGANIZATION : TYPES.get(span.label());
            // hbswtkfq@163.com, www.ccpit.org: an address's letters are no name, whatever the tagger reads them as.
            if (type == null || inAnAddress(view, start, end)) {
                continue;
            }
            // The tagger reads characters, spaces, quotes and brackets too; a mention never starts or ends with one
            // (海河工匠”), nor with a bracket it does not close or open (QFLP), 简称“洋泰物流”）), whichever comes first.
            for (int before = -1; before != end - start; ) {
                before = end - start;
                while (start < end && edge(view.charAt(start))) {
                    start++;
                }
                while (end > start && edge(view.charAt(end - 1))) {
                    end--;
                }
                if (end - start > 1 && "(（".indexOf(view.charAt(start)) >= 0 && view.slice(start, end).chars().noneMatch(c -> c == ')' || c == '）')) {
                    start++;
                }
                if (end - start > 1 && ")）".indexOf(view.charAt(end - 1)) >= 0 && view.slice(start, end).chars().noneMatch(c -> c == '(' || c == '（')) {
                    end--;
                }
            }
            // “俏江南”餐饮集团: a quote closed inside the name is opened by it too.
            if (start > view.sentence().start() && view.charAt(start - 1) == '“' && closesAQuoteItDoesNotOpen(view.slice(start, end))) {
                start--;
            }
            // 2023年辽宁港口集团: the 年 (月, 日) of a date before a name is the date's.
            if (end - start > 3 && "年月日".indexOf(view.charAt(start)) >= 0 && Character.isDigit(view.charAt(start - 1))) {
                start++;
            }
            if (type == EntityType.PERSON && PersonSource.firmBeforeItsOfficer(view, end)) {
                type = EntityType.COMPANY;
            }
            // 海南自由贸易港洋浦保税港区: a span ending in a zone's kind word is a zone, however the tagger reads it.
            if (type == EntityType.GOVERNMENT && endsInAZonesKind(view, start, end)) {
                type = EntityType.ZONE;
            }
            // 本报慕尼黑6月12日电: what the writer's own paper files from is a place.
            if (type.isInstitution() && start >= 2 && OWN_OUTLETS.contains(view.text().substring(start - 2, start))
                    && DATED_DATELINE.matcher(view.text()).region(end, view.sentence().end()).lookingAt()) {
                type = EntityType.PLACE;
            }
            // 中国人民大学国家发展与战略研究院: an institute the tagger reads apart from the university right before it, with
            // no mark between them, is the university's.
            if (type == EntityType.ORGANIZATION) {
                start = universityBefore(spans, view, start);
            }
            // 施耐德电气宣布: a "name" and a trade word right after it, then a verb, are a firm's short name.
            int trade = type == EntityType.PERSON ? EnumeratedCompanySource.tradeWordThenAVerb(view, end) : -1;
            if (trade > end) {
                type = EntityType.COMPANY;
                end = trade;
            }
            if (type.isInstitution()) {
                start = withoutLeadingWords(view, start, end);
            }
            // 在慕尼黑举行, 赴巴塞罗那考察, 发自马德里, 塞尔维亚籍: a place HanLP knows, after a word of going or being somewhere or
            // before 籍, is the place, not a club.
            // 迪拜和米兰, 汉堡和青岛: so is one joined to a listed place.
            if (type.isInstitution() && (foreignPlaceAfterAPreposition(view, start, end) || aPlaceWordJoinedToAPlace(view, start, end))) {
                type = EntityType.PLACE;
            }
            // 中国欧盟商会政府事务部: a body word after an association's opens a unit of the association, no body of the state.
            int unitsStart = start;
            int unitsEnd = end;
            if (type == EntityType.GOVERNMENT && view.hits().stream().anyMatch(hit -> hit.start() >= unitsStart && hit.end() < unitsEnd
                    && GovernmentBodySource.institutionsWord(view, hit) && view.tokenEndsAt(hit.end())
                    && view.hits().stream().anyMatch(body -> body.start() == hit.end() && body.cue(Cue.CueFamily.GOV_BODY) != null))) {
                type = EntityType.ORGANIZATION;
            }
            // 天津海关所属东疆海关: one span, two bodies; the subordinate one after 所属 is the one no pattern may find.
            if (type == EntityType.GOVERNMENT) {
                start = afterBelonging(view, start, end);
                end = beforeItsHeadsTitle(view, start, end);
            }
            // 经市人民政府同意: a one-character preposition HanLP glued to a level word as a name (经市/nr) is no part of the
            // body; 和县人民政府 (和县, a county, is no name to HanLP) keeps it.
            if (type == EntityType.GOVERNMENT && end - start >= 4 && PREPOSITIONS.indexOf(view.charAt(start)) >= 0
                    && LEVELS.indexOf(view.charAt(start + 1)) >= 0 && view.readAsOneName(start, start + 2)) {
                start++;
            }
            // 沙县人民政府 read from 县 on: a body starting at the level word that ends a listed place's name is that place's.
            if (type == EntityType.GOVERNMENT && LEVELS.indexOf(view.charAt(start)) >= 0) {
                int levelAt = start;
                start = view.hits().stream().filter(hit -> hit.start() < levelAt && hit.end() == levelAt + 1 && hit.hasType(EntityType.PLACE))
                        .mapToInt(Lexicon.Hit::start).min().orElse(start);
            }
            // 其省档案局, 该市商务局: a pronoun HanLP reads as a word of its own points at a body, and is no part of its name.
            if (type.isInstitution() && end - start > 3 && "其该此".indexOf(view.charAt(start)) >= 0 && view.tokenAt(start) >= 0
                    && view.tokens().get(view.tokenAt(start)).word().length() == 1 && view.tokens().get(view.tokenAt(start)).pos().startsWith("r")) {
                start++;
            }
            // 【财经】人民银行浙江省分行: a section's label in lenticular brackets heads the item, no part of a name in it.
            int label = view.slice(start, end).lastIndexOf('】');
            if (label >= 0 && start + label + 1 < end) {
                start += label + 1;
            }
            // 原龙岗区坂田街道执法队, 原国家安全局: 原 says "former", and is no part of the name.
            if ((type.isInstitution() || type == EntityType.POSITION) && end - start > 3 && view.charAt(start) == '原') {
                start++;
            }
            // 各区人民政府: every such body, none in particular; 市政府各委、办、局: the body before 各 is one.
            if (type.isInstitution()) {
                // 各市经济和信息化局 read from 信息化局: a span starting inside a body word ending with it starts where the word does.
                int spanStart = start;
                int spanEnd = end;
                start = view.hits().stream().filter(hit -> hit.start() < spanStart && hit.end() == spanEnd && hit.cue(Cue.CueFamily.GOV_BODY) != null)
                        .mapToInt(Lexicon.Hit::start).min().orElse(start);
                // 各市经济和信息化局, 各区人民政府: every such body, none in particular.
                if (view.charAt(start) == '各' || everyLevelBefore(view, start) || NameAnchors.bareZoneInGeneralAt(view, start)) {
                    continue;
                }
                int before = beforeEvery(view, start, end);
                // 天津市及各区人民政府: what is left before "every" may be a place alone, no body.
                if (before < end && CompanyPatternSource.onlyAPlace(view, start, before)) {
                    continue;
                }
                end = before;
            }
            if (type == EntityType.COMPANY) {
                // The span's end: a legal form's two characters (公司) or more after the name.
                start = CompanyPatternSource.afterThePartysName(view, CompanyPatternSource.afterCompanyKinds(view, start, end), end - 2);
            }
            // 中央党校大学学历: the level of a degree studied at a party school is no part of the school's name; 湘潭大学哲学专业
            // 大学学历: nor is a field's, and the span names no school.
            int schoolingLevel = type.isInstitution() ? OrganizationPatternSource.schoolingLevelStart(view, start, end) : -1;
            if (schoolingLevel >= 0 && !OrganizationPatternSource.afterAPartySchool(view, schoolingLevel)) {
                continue;
            }
            end = schoolingLevel >= 0 ? schoolingLevel : end;
            // 宁波片区会同宁波海关: of two institutions a verb of working together joins, the span's name is the second's;
            // 南充市和成都海关: so is a place alone and a conjunction before a body.
            if (type.isInstitution()) {
                start = afterAPlaceAndAConjunction(view, afterAJoiningVerb(view, start, end), end);
            }
            if (type.isInstitution()) {
                start = afterAVisitOrAnAppointee(view, start, end);
                end = beforeAVerbAfterAListedName(view, start, end);
            }
            if (type == EntityType.POSITION) {
                start = titleAfterAName(view, start, end);
                // 发行人董事会秘书: a prospectus's word for its firm points at the firm, no part of the title (发行人律师 is an
                // adviser's, named so as a whole).
                int afterIssuer = start + PositionExtractor.ISSUER.length();
                if (end - start > PositionExtractor.ISSUER.length() + 1 && view.text().startsWith(PositionExtractor.ISSUER, start)
                        && PositionExtractor.ADVISERS.stream().noneMatch(adviser -> view.text().startsWith(adviser, afterIssuer))) {
                    start = afterIssuer;
                }
                // 和县县长: a level word doubled at a title's start ends a place's name the tagger left out.
                if (end - start >= 3 && LEVELS.indexOf(view.charAt(start)) >= 0 && view.charAt(start + 1) == view.charAt(start)) {
                    start++;
                }
            }
            if ((type == EntityType.COMPANY || type == EntityType.ORGANIZATION) && !view.zoneDocument()) {
                start = startOfOrganizationWord(view, start);
                end = endOfProperName(view, start, endOfInstitutionWord(view, end));
            }
            // After the word-boundary redrawing: HanLP reads 公司党委 as one word.
            if (type == EntityType.COMPANY) {
                start = CompanyPatternSource.withItsFirstCharacter(view, start, end);
                end = withoutItsRegion(view, start, withoutItsFacility(view, start, withoutItsSeat(view, start, withoutItsCommittee(view, start, atItsRegisteredForm(view, start, end)))));
                end = beforeTheFirmItActsOn(view, start, end);
            }
            if (start == end || FIXED_EXPRESSIONS.contains(view.slice(start, end))
                    || type == EntityType.PERSON && (listedWithPlaces(view, start, end) || PlacePatternSource.aListedTownship(view, start, end))
                    || mustAlignWithWords(view, type) && !alignedWithWords(view, start, end) || partOfAnAddress(view, start, end)
                    || type.isInstitution() && postedToAPlace(view, start, end)
                    || type == EntityType.COMPANY && GazetteerSource.usedAsAVerb(view, start, end)
                    || type == EntityType.COMPANY && CompanyPatternSource.foundingAFirm(view.slice(start, end))
                    // 郑州建设国家中心城市: 中心 meaning "central" ends no institution's name.
                    || type.isInstitution() && OrganizationPatternSource.centralAsAnAdjective(view, end)
                    || type == EntityType.GOVERNMENT && GovernmentBodySource.aKindOfCustoms(view, start, end)
                    || type == EntityType.PERSON && anAcronym(view.slice(start, end))
                    || type == EntityType.POSITION && PositionExtractor.namesNoOffice(view, start, end)
                    || type == EntityType.POSITION && PositionExtractor.strengthsAfterAVerb(view, start, end)
                    || type.isInstitution() && inAListOfPlaces(view, end) || type.isInstitution() && aNativePlace(view, start, end)
                    || type.isInstitution() && OrganizationPatternSource.massedTogether(view, end)
                    // 宜昌市等市州人大常委会: the bodies of the places listed and others like them, none in particular.
                    || type.isInstitution() && severalOfAKind(view, start, end)
                    // 锡林郭勒盟副|盟长: the 副 of a deputy's title ends no body.
                    || type.isInstitution() && view.charAt(end - 1) == '副'
                    // 多国商协会, 各国使领馆: institutions of many countries, none in particular.
                    || type.isInstitution() && MANY_COUNTRIES.matcher(view.slice(start, end)).lookingAt()
                    // 全镇党委, 该镇政府, 各县政府: the bodies of a place the text points at or of every place, none by name.
                    || type == EntityType.GOVERNMENT && SCOPED_LEVEL.matcher(view.slice(start, end)).lookingAt()
                    // 华东区域总部: a firm's region, no firm.
                    || type == EntityType.COMPANY && end - start > 2 && FIRMS_REGIONS.contains(view.slice(end - 2, end)) && CompanyPatternSource.onlyAPlace(view, start, end - 2)
                    // 德国总部计划…: a firm's headquarters in a country, no body of it.
                    || type.isInstitution() && end - start > 2 && view.slice(end - 2, end).equals(HEADQUARTERS) && CompanyPatternSource.onlyAPlace(view, start, end - 2)
                    || type.isInstitution() && GENERIC_AUTHORITY.matcher(view.slice(start, end)).matches()
                    || type.isInstitution() && aPlaceAndAnAcronym(view, start, end)
                    || type == EntityType.GOVERNMENT && LEVELS_WITH_BRACKETED_LEVELS.matcher(view.slice(start, end)).find()
                    // 永嘉有关部门: a listed place alone stands for its bodies, and is no body's name.
                    || type == EntityType.GOVERNMENT && aPlaceAlone(view, start, end)
                    // 中国电建党委: a listed firm's party committee is the firm's, no party or state body.
                    || type == EntityType.GOVERNMENT && aFirmsCommittee(view, start, end)
                    // 广州市协作干部, 市直机关工作人员: people of a place or body, no body.
                    || type.isInstitution() && PEOPLE_WORDS.stream().anyMatch(view.slice(start, end)::endsWith)
                    // 芯源公司向长庚公司: two firms and the preposition between them.
                    || type == EntityType.COMPANY && twoFirms(view, start, end)
                    || type.isInstitution() && onlyPlaces(view, start, end)
                    || unbalancedBrackets(view.slice(start, end)) || view.insideBookTitle(start, end)
                    // 殳晨　管委会: a space between Han characters sets a roster's name apart from the body after it; no
                    // institution's name holds one (Lumen Interactive, a Latin name, may).
                    || type.isInstitution() && HAN_SPACE_HAN.matcher(view.slice(start, end)).find()) {
                continue;
            }
            // 天山网讯, 中新网上海11月21日电: the outlet a dateline names is a medium, an organization, not a firm, and
            // it is a name whatever words HanLP makes of it.
            boolean outlet = type.isInstitution() && namesAnOutlet(view, start, end);
            // 日本经济新闻社, 人民日报社: a news agency or paper is a medium, an organization, whatever the tagger calls it.
            boolean medium = type.isInstitution() && MEDIUM.matcher(view.slice(start, end)).find();
            // 市第一人民医院, 县第一中学, 湖南湘江交响乐团: a hospital, a school, an orchestra or a theatre is an organization,
            // whatever level runs it.
            // 学校国际合作与交流处: an office a bare word for the school opens is the school's, no body of the state.
            if (outlet || medium || type == EntityType.GOVERNMENT && (INSTITUTIONS_OF_A_LEVEL.stream().anyMatch(view.slice(start, end)::endsWith)
                    || SCHOOL_WORDS.stream().anyMatch(view.slice(start, end)::startsWith))) {
                type = EntityType.ORGANIZATION;
            }
            // 请问万|丽萍主任: a title the tagger reads with the given name of the person asked is the title word alone.
            if (type == EntityType.POSITION) {
                int spanStart = start;
                int spanEnd = end;
                int titleStart = view.hits().stream().filter(hit -> hit.end() == spanEnd && hit.start() > spanStart && hit.cue(Cue.CueFamily.TITLE) != null)
                        .mapToInt(Lexicon.Hit::start).min().orElse(-1);
                start = titleStart >= 0 && PersonSource.askedNameEndingAt(view, titleStart) >= 0 && PersonSource.askedNameEndingAt(view, titleStart) < start ? titleStart : start;
            }
            // 在主席台就座: a title ending inside a noun HanLP reads whole (主席台, the rostrum) is a piece of that noun.
            if (type == EntityType.POSITION && endsInsideANoun(view, end)) {
                continue;
            }
            // In zone documents the tagger's general-news habits misfire (物联网 as a company, 党员 as a title), so
            // there its titles must stand by a name or end in a title, its institutions name something.
            if (view.zoneDocument() && (type == EntityType.POSITION && !(nextToAName(spans, span) || endsWithTitle(view, start, end))
                    || type.isInstitution() && !outlet && (!distinctive(view, start, end, type) || aPhrase(view, start, end, type)))) {
                continue;
            }
            if (type == EntityType.ORGANIZATION || type == EntityType.COMPANY) {
                start = afterAListedInstitutionAndAConjunction(view, start, end);
            }
            int beforeAnAnd = end;
            if (type == EntityType.PERSON) {
                start = afterATitleEndingInside(view, start, end);
                start = afterAnOccupationsEnding(view, start, end);
                end = endOfATransliteration(view, start, end);
                end = PersonSource.endBeforeWhatFollows(view, start, end, end - start >= 4 || !persons.shapedLikeAName(view.slice(start, end)));
                beforeAnAnd = end;
                end = withAnAndThatJoinsNothing(view, start, end);
            }
            // 义乌—马德里中欧班列: an end of a route from a listed place is a place, neither a person nor a club.
            if ((type == EntityType.PERSON || type.isInstitution()) && PersonSource.endOfARoute(view, start, end)
                    || type == EntityType.PERSON && view.zoneDocument() && !namedLikeAPerson(view, start, end) && !afterItsTitle(spans, span, view, start, end)) {
                continue;
            }
            // The name is judged without an 和 that joins nothing (孟庆和: 孟庆), as it stood before that 和 was added.
            if (type == EntityType.PERSON ? !(persons.acceptLearned(view.slice(start, beforeAnAnd)) || givenNameEndingInAConjunction(view, spans, span, start, end))
                    || areaWordBeforeACommonWord(view, start, end)
                    || view.listedWord(start, end) || PersonSource.itemOfAListOfPlaces(view, end) || opensWithATitle(view, start, end) || betweenTwoTitles(view, start, end)
                    || endsInsideATitle(view, start, end) || PersonSource.aCodesPrefix(view, end)
                    || PersonSource.aTownshipsName(view, start, end) || namesATeamOrUnit(view, end)
                    : type == EntityType.GOVERNMENT && (bareBodyWord(view, start, end) || twoBodies(view, start, end) || headquarters(view, start, end)
                            || GovernmentBodySource.companyEndsAt(view, start) || GovernmentBodySource.opensATerm(view, end) || endsInAnAct(view, end)
                            || GovernmentBodySource.governmentAfterABody(view, end - 2) || GENERIC_ENDINGS.matcher(view.slice(start, end)).find()
                            || noPlacesGovernmentInformation(view, start, end))
                    || type.isInstitution() && (bareOrganizationWord(view, start, end) || aLanguage(view, start, end))
                    || type == EntityType.COMPANY && (bareCompanyWord(view, start, end) || CompanyPatternSource.onlyATrade(view, start, end)
                            || counted(view, start) || aPlacesIndustry(view, start, end)
                            || CompanyPatternSource.anonymous(view, start, end))
                    // 上海国际金融中心建设: what a city aims to be is no institution, whichever kind the tagger guesses.
                    || type.isInstitution() && (opensWithAPersonActing(view, start, end) || opensWithAPlaceActing(view, start, end) || listedZoneThenAVerb(view, start, end)
                            || LATIN_PLACE_NAME.matcher(view.slice(start, end)).matches() || FIGURES_ACRONYMS.contains(view.slice(start, end))
                            || OrganizationPatternSource.aRoleOfAPlace(view.slice(start, end)))) {
                continue;
            }
            // 国家海洋技术中心, 国家实验室: in our documents a centre or laboratory of the state is an institution, not a body.
            // 中国人民大学国家发展与战略研究院: anywhere, an institute of a listed organization is an organization.
            if (type == EntityType.GOVERNMENT && endsInOrganizationWord(view, end) && (view.zoneDocument() || startsWithAListedOrganization(view, start, end))) {
                type = EntityType.ORGANIZATION;
            }
            // 成都直管区管委会: a 管委会 or 党工委 runs an area for the state, whatever else the name says.
            if (type == EntityType.ORGANIZATION && ZONE_BODY_WORDS.stream().anyMatch(view.slice(start, end)::endsWith)) {
                type = EntityType.GOVERNMENT;
            }
            // 四川天府新区成都直管区管委会: a body named right after a listed zone is that zone's, and its name says so.
            if (type == EntityType.GOVERNMENT) {
                start = zoneRightBefore(view, start);
            }
            // 携程商务公司: what ends in a company word is a company, whatever the tagger calls it; so is an "organization"
            // ending in a firm's legal form (Nidec尼得科株式会社).
            if (type == EntityType.GOVERNMENT && endsInACompanyWord(view, end)
                    || type == EntityType.ORGANIZATION && LEGAL_FORM_LAST.matcher(view.slice(start, end)).find()) {
                type = EntityType.COMPANY;
            }
            // 瑞典SKF集团（斯凯孚）: a "name" alone in brackets right after a firm is the firm's other name.
            if (type == EntityType.PERSON && start > 0 && end < view.text().length() && "（(".indexOf(view.charAt(start - 1)) >= 0
                    && "）)".indexOf(view.charAt(end)) >= 0 && firmEndsAt(spans, view, start - 1)) {
                type = EntityType.COMPANY;
            }
            // 中建三局, 中交一公局: a numbered engineering bureau of a central construction group is a company, not a body.
            if (type == EntityType.GOVERNMENT && ENGINEERING_BUREAU.matcher(view.slice(start, end)).matches()) {
                type = EntityType.COMPANY;
            }
            // 天津港保税区管委会投资促进局: in our documents a "company" ending in a body word is a body.
            if (type == EntityType.COMPANY && view.zoneDocument() && endsInABodyWord(view, end)) {
                type = EntityType.GOVERNMENT;
            }
            // 支持武汉建设国家科技创新中心: in our documents a "company" ending in 中心 or 研究院 is a plan's wording, not a firm.
            if (type == EntityType.COMPANY && view.zoneDocument() && endsInOrganizationWord(view, end)) {
                continue;
            }
            // 西门子医疗集团（Siemens Healthineers AG）, 首席执行官（Stefan Hartung）: a piece of a Latin name in brackets is
            // none; after a title the whole name is the person's.
            int[] latin = latinNameInBrackets(view, start, end);
            if (latin != null && end - start < latin[1] - latin[0]) {
                boolean afterATitle = view.hits().stream().anyMatch(hit -> hit.end() == latin[0] - 1 && hit.cue(Cue.CueFamily.TITLE) != null);
                if (!afterATitle) {
                    continue;
                }
                type = EntityType.PERSON;
                start = latin[0];
                end = latin[1];
            }
            found.add(new EntityCandidate(type, start, end, name(), CONFIDENCE));
        }
        return found;
    }

    /** The Latin name in the brackets around [start, end), as [from, to), or null when the span is not in such brackets. */
    private static int[] latinNameInBrackets(SentenceView view, int start, int end) {
        int open = start - 1;
        while (open >= view.sentence().start() && (LATIN_NAME_CHARACTERS.indexOf(view.charAt(open)) >= 0 || Token.latinLetterOrDigit(view.charAt(open)))) {
            open--;
        }
        int close = end;
        while (close < view.sentence().end() && (LATIN_NAME_CHARACTERS.indexOf(view.charAt(close)) >= 0 || Token.latinLetterOrDigit(view.charAt(close)))) {
            close++;
        }
        boolean bracketed = "（(".indexOf(view.charAt(open)) >= 0 && "）)".indexOf(view.charAt(close)) >= 0;
        return bracketed && view.slice(start, end).chars().allMatch(c -> Token.latinLetterOrDigit(c) || LATIN_NAME_CHARACTERS.indexOf(c) >= 0) ? new int[] {open + 1, close} : null;
    }

    private static final String LATIN_NAME_CHARACTERS = " .,&'-·";
    /**
     * [start, end) is one word HanLP reads as a place, and 和, 与, 及 or 、 joins it to a listed place right before or after,
     * a whole item of the list (not 长安和北京汽车, where 北京 opens a firm's name).
     */
    private static boolean aPlaceWordJoinedToAPlace(SentenceView view, int start, int end) {
        if (!view.readAsOnePlace(start, end)) {
            return false;
        }
        boolean before = start - 1 > view.sentence().start() && PlacePatternSource.LIST_JOINERS.indexOf(view.charAt(start - 1)) >= 0
                && view.hits().stream().anyMatch(hit -> hit.end() == start - 1 && hit.hasType(EntityType.PLACE) && view.tokenStartsAt(hit.start()));
        boolean after = end + 1 < view.sentence().end() && PlacePatternSource.LIST_JOINERS.indexOf(view.charAt(end)) >= 0
                && view.hits().stream().anyMatch(hit -> hit.start() == end + 1 && hit.hasType(EntityType.PLACE) && endsAnItem(view, hit.end()));
        return before || after;
    }

    /** A list's item ends at {@code at}: the sentence ends, or a word of its own follows, no noun the place would name (北京|汽车). */
    private static boolean endsAnItem(SentenceView view, int at) {
        int index = at < view.sentence().end() && view.tokenStartsAt(at) ? view.tokenAt(at) : -1;
        return at >= view.sentence().end() || index >= 0 && !view.tokens().get(index).posStartsWith("n");
    }

    /** EPS, GDP, PMI: the acronyms of figures a report gives, no institution's. */
    private static final Set<String> FIGURES_ACRONYMS = Set.of("EPS", "PE", "PB", "ROE", "ROA", "GDP", "CPI", "PPI", "PMI", "EBITDA", "CAGR", "TEU", "FOB", "CIF");

    /** mounttearoha, barklystreet, oldlauncestonseaport: a Latin name opening or ending in a word of the land is a place, no institution. */
    private static final java.util.regex.Pattern LATIN_PLACE_NAME = java.util.regex.Pattern.compile(
            "(?i)(?:mount|lake|cape)[a-z .'-]{3,}|[a-z .'-]{3,}(?:street|road|avenue|seaport|harbour|harbor|beach|island|lake|river|valley|falls|square|bridge|bay)");

    /**
     * Person names cross word boundaries often (HanLP reads 张复说 or 向星 as words), and in general news so do
     * companies, organizations and titles the tokenizer cuts wrong (重庆/银/行前, 松/下等, 专家组, foreign clubs); in
     * zone documents, where our patterns find the names, a tagger's span across a word is a cut-off (生物制 of
     * 生物制造, 华纳 of 博格华纳). Bodies always keep to words: across them the tagger is more often wrong than not.
     */
    private static boolean mustAlignWithWords(SentenceView view, EntityType type) {
        return type != EntityType.PERSON && (view.zoneDocument() || type == EntityType.GOVERNMENT);
    }

    /**
     * A company starting inside a word HanLP reads as an organization's name is cut off at the front (里拉酒店集团 of
     * 香格里拉酒店集团, 暴雪 of 动视暴雪): the name is that word.
     */
    static int startOfOrganizationWord(SentenceView view, int start) {
        int index = view.tokenAt(start);
        if (index < 0) {
            return start;
        }
        Token word = view.tokens().get(index);
        return word.start() < start && word.posStartsWith("nt") ? word.start() : start;
    }

    /** One ending inside an institution's word (工行信贷管 of 管理部, nis) is cut off at the back: it ends with the word. */
    static int endOfInstitutionWord(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        if (index < 0) {
            return end;
        }
        Token word = view.tokens().get(index);
        return word.end() > end && (word.posStartsWith("nt") || "nis".equals(word.pos())) ? word.end() : end;
    }

    /**
     * 阿里巴巴部 of 阿里巴巴/nt 部分/n: a span that runs from an organization's name into the first character of a common
     * word ends with the name (not so a name HanLP cut wrong: 齐鲁银/nr 行前).
     */
    static int endOfProperName(SentenceView view, int start, int end) {
        int index = view.tokenAt(end - 1);
        if (index < 1) {
            return end;
        }
        Token word = view.tokens().get(index);
        Token before = view.tokens().get(index - 1);
        return word.start() < end && word.end() > end && end - word.start() == 1 && before.start() >= start && before.end() == word.start()
                && (before.posStartsWith("nt") || before.pos().equals("nz")) && !Pos.isProper(word) ? word.start() : end;
    }

    /** A name starts and ends where words do; 生物制 (of 生物制造) and 中国特色社 (of 社会主义) are cut-offs. */
    private static boolean alignedWithWords(SentenceView view, int start, int end) {
        int first = view.tokenAt(start);
        int last = view.tokenAt(end - 1);
        return first >= 0 && last >= 0 && view.tokens().get(first).start() == start && view.tokens().get(last).end() == end;
    }

    /**
     * In a zone document the tagger's names with no title next to them (首席执行官蒂姆·库克, 习近平总书记) must look like a
     * person's: a common surname and the place of a name in the sentence (尹晓峰、赵前苗；罗平：). Otherwise its
     * general-news habits read brands (卡特彼勒, 金佰利), terms (托底, 桥吊, RCEP) and name fragments (茂君) as people.
     */
    private boolean namedLikeAPerson(SentenceView view, int start, int end) {
        boolean byATitle = view.hits().stream().anyMatch(hit -> (hit.end() == start || hit.start() == end) && hit.cue(Cue.CueFamily.TITLE) != null);
        int before = view.tokenAt(start - 1);
        Token wordBefore = before < 0 ? null : view.tokens().get(before);
        // 挡车工王桂芳, 90后女工宋佳琪: a word HanLP knows as an occupation's or a title's (nnd, nnt) right before the name.
        boolean afterAnOccupation = wordBefore != null && wordBefore.end() == start && (wordBefore.pos().equals("nnd") || wordBefore.pos().equals("nnt"))
                && persons.shapedLikeAName(view.slice(start, end));
        // 台胞创业者詹淑慧分享, 32岁的普阿依是: HanLP reads the same three characters as one name too, shaped like one, after a
        // whole word, a mark or a particle, and a verb follows it (not 片/区建设, 海铁联运).
        boolean afterAWholeWord = wordBefore == null || wordBefore.end() == start
                && (wordBefore.word().length() >= 2 || !SentenceView.isHan(wordBefore.word()) || wordBefore.pos().startsWith("u"));
        // 新娘李梦瑶在隔壁, 操作工李晓燕告诉记者: after a noun for a person (新娘, 操作工) or a particle (…的李欣然在), a preposition
        // will do for the verb, and after such a noun a
        // verb that follows names (说, 告诉) may come after a word of one character (not 施耐德在武汉, 据金佰利介绍: brands).
        boolean particleBefore = wordBefore != null && wordBefore.end() == start && wordBefore.pos().startsWith("u");
        boolean personBefore = wordBefore != null && wordBefore.end() == start && wordBefore.posStartsWith("n")
                && PERSON_NOUN_ENDINGS.indexOf(wordBefore.word().charAt(wordBefore.word().length() - 1)) >= 0;
        int after = view.tokenAt(end);
        boolean prepositionAfter = after >= 0 && view.tokens().get(after).start() == end && view.tokens().get(after).pos().startsWith("p");
        boolean readByBoth = end - start == 3 && view.readAsOneName(start, end) && persons.plausible(view.slice(start, end))
                && (afterAWholeWord && PersonSource.verbStartsAt(view, end) || (personBefore || particleBefore) && prepositionAfter
                        || personBefore && PersonSource.followerAt(view, end) && PersonSource.verbStartsAt(view, end));
        // 法国籍专家皮埃尔·勒菲弗: a transliterated name in its dotted form says what it is.
        return byATitle || afterAnOccupation || readByBoth || persons.plausible(view.slice(start, end)) && PersonSource.inPersonContext(view, start, end)
                || PersonSource.readsAsADottedName(view, start, end);
    }

    /**
     * 公司经理刘洪涛说, 协会领队陈俊宏说, 司机符永强: a name the tagger reads right after a title it reads too, shaped like a
     * Chinese name, is one in zone documents as well, whether or not the title is one our lists hold.
     */
    private boolean afterItsTitle(List<TaggedSpan> spans, TaggedSpan name, SentenceView view, int start, int end) {
        return spans.stream().anyMatch(other -> other.label().equals("position") && other.end() == name.start()) && persons.shapedLikeAName(view.slice(start, end));
    }

    /**
     * 启动区建设 (区建设/nr): the level or area character ending the word before, glued to a common word, is no surname (区 is
     * one, after a title: 董事长区嘉豪).
     */
    private static boolean areaWordBeforeACommonWord(SentenceView view, int start, int end) {
        if (end - start != 3 || "区县市镇".indexOf(view.charAt(start)) < 0 || start == view.sentence().start()
                || !SentenceView.isHan(view.slice(start - 1, start)) || PersonSource.listedOrLearnedTitleEndsAt(view, start)) {
            return false;
        }
        String nature = CoreWords.firstNature(view.slice(start + 1, end));
        return nature != null && (nature.startsWith("v") || nature.equals("n") || nature.startsWith("a"));
    }

    /** The word HanLP reads at {@code end - 1} is a common noun running on past {@code end} (主席|台). */
    private static boolean endsInsideANoun(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        Token word = index < 0 ? null : view.tokens().get(index);
        return word != null && word.end() > end && word.pos().equals("n");
    }

    /**
     * 乌钢代表队: a team's word HanLP reads as an institution's (代表队/nis, 代表团) right after the "name" makes it the team's
     * name (not 李文玉办公室, 梅森小组: a person's office or squad).
     */
    private static boolean namesATeamOrUnit(SentenceView view, int end) {
        int index = view.tokenAt(end);
        Token word = index < 0 || !view.tokenStartsAt(end) ? null : view.tokens().get(index);
        return word != null && word.pos().equals("nis") && TEAM_ENDINGS.indexOf(word.word().charAt(word.word().length() - 1)) >= 0;
    }

    private static final String TEAM_ENDINGS = "队团";

    /** The last characters of nouns for people (新娘, 新郎, 操作工, 员工, 学生, 妻子, 老乡). */
    private static final String PERSON_NOUN_ENDINGS = "人员工者生师娘郎子妻夫母父女男友姐妹哥弟爷奶乡民";

    /** 党员, 干部, 志愿者 are roles, not titles held; the tagger's titles count when they stand next to a name. */
    private static boolean nextToAName(List<TaggedSpan> spans, TaggedSpan title) {
        return spans.stream().anyMatch(other -> other.label().equals("name")
                && (other.start() >= title.end() && other.start() <= title.end() + 1 || other.end() <= title.start() && other.end() >= title.start() - 1));
    }

    private static final java.util.regex.Pattern MEDIUM = java.util.regex.Pattern.compile("(?:新闻社|通讯社|报社|杂志社|日报|晚报|电视台)$");

    private static boolean endsWithTitle(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.start() >= start && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /**
     * A body, company or organization the tagger found must name something: a gazetteer name or a proper noun in
     * it, a word the dictionary does not know (育碧, 孩之宝), 国家 or 中国 opening it, or for a body a one-character
     * body word ending it (国防部, 卫生局). Phrases of common words (物联网, 新材料, 产业布局, 社会组织) name nothing.
     */
    private static boolean distinctive(SentenceView view, int start, int end, EntityType type) {
        List<Token> words = view.tokensWithin(start, end);
        // HanLP files terms (物联网, 新材料) as nz, "other proper noun": only names of places, bodies and people count.
        return CompanyPatternSource.holdsListedNameOrAnchor(view, start, end)
                || words.stream().anyMatch(token -> Pos.isProper(token) && !token.pos().equals("nz")
                        || token.word().length() > 1 && CoreWords.unknown(token.word()))
                || morphemesOfAName(words)
                || type == EntityType.GOVERNMENT && !words.isEmpty() && words.get(words.size() - 1).word().length() == 1
                        && BODY_CHARACTERS.indexOf(words.get(words.size() - 1).word().charAt(0)) >= 0;
    }

    /**
     * 宸/ng 鸿/ag 科技集团: two characters in a row that HanLP could only read as lone morphemes ({@link #MORPHEME_TAGS})
     * are a name it does not know.
     */
    private static boolean morphemesOfAName(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (morpheme(words.get(i)) && morpheme(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** HanLP's tags for a lone morpheme (not 等/udeng, whose tag also ends in g). */
    static final Set<String> MORPHEME_TAGS = Set.of("g", "ng", "vg", "ag", "tg", "dg");

    private static boolean morpheme(Token token) {
        return token.word().length() == 1 && MORPHEME_TAGS.contains(token.pos()) && SentenceView.isHan(token.word());
    }

    /**
     * Phrases of a zone document the tagger reads as institutions: a clause (严控政府债务), a place with common words
     * and no institution word after them (北京产业体系, 东北亚贸易新格局; a news site, 天津北方网, ends in one),
     * "departments" (开发区和部门, 国家各部委), a body of what HanLP reads as a person (严控 + 政府: bodies are of
     * places), or a quoted name.
     */
    private static boolean aPhrase(SentenceView view, int start, int end, EntityType type) {
        List<Token> words = view.tokensWithin(start, end);
        String text = view.slice(start, end);
        if (words.isEmpty() || Pos.isVerb(words.get(0)) || text.endsWith("部门") || text.endsWith("单位") || text.endsWith("部委") || text.contains("各")
                || type == EntityType.GOVERNMENT && words.get(0).pos().startsWith("nr")) {
            return true;
        }
        boolean endsInAnInstitutionWord = view.hits().stream().anyMatch(hit -> hit.end() == end && (hit.endsAnInstitution()
                || hit.value().entries().stream().anyMatch(entry -> entry.type() != EntityType.PLACE))) || text.endsWith("网");
        // 俄罗斯莫斯科, 波兰罗兹 (罗/b 兹/Rg): a country and its city is a place too, no body.
        boolean placeThenCommonWords = view.hits().stream().anyMatch(hit -> hit.start() == start && hit.hasType(EntityType.PLACE))
                && words.stream().skip(1).allMatch(token -> COMMON_WORDS.contains(token.pos())
                        || type != EntityType.COMPANY && PLACES_AND_MORPHEMES.contains(token.pos()));
        return placeThenCommonWords && !endsInAnInstitutionWord || quoted(view, start, end);
    }

    /** Common nouns, verbal nouns, adjectives and HanLP's terms (nz): 东北亚 + 贸易新格局 names no body. */
    private static final Set<String> COMMON_WORDS = Set.of("n", "vn", "a", "b", "nz");
    private static final Set<String> PLACES_AND_MORPHEMES = Set.of("ns", "nsf", "Rg", "g");

    /** “海河工匠”: a name in quotation marks in a zone document is a programme, award or slogan. */
    private static boolean quoted(SentenceView view, int start, int end) {
        return "“「\"".indexOf(start > 0 ? view.text().charAt(start - 1) : ' ') >= 0 && "”」\"".indexOf(view.charAt(end)) >= 0;
    }

    private static boolean startsWithAListedOrganization(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() < end && hit.hasType(EntityType.ORGANIZATION));
    }

    private static final java.util.regex.Pattern SCOPED_LEVEL = java.util.regex.Pattern.compile("[全该本各每][省市县区镇乡]");
    private static final java.util.regex.Pattern MANY_COUNTRIES = java.util.regex.Pattern.compile("[多各两几诸][国地]");
    private static final Set<String> FIRMS_REGIONS = Set.of("区域", "地区");
    private static final String HEADQUARTERS = "总部";

    /**
     * 湖南涟源人，: a province and a county before 人, set off as a biography sets off where one is from, is no institution
     * (西班牙人, a place and 人 alone, is a club).
     */
    private static boolean aNativePlace(SentenceView view, int start, int end) {
        char after = end < view.sentence().end() ? view.charAt(end) : '。';
        return view.charAt(end - 1) == '人' && SentenceView.isPunctuation(after)
                && view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() < end - 1 && hit.hasType(EntityType.PLACE));
    }

    static boolean endsInABodyWord(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null) && !endsInACompanyWord(view, end);
    }

    /**
     * 重庆小康控股有限公司增持公司: a registered company name is whole, and a second company word after it ends another
     * name, as a plant after it (新工厂) is no part of it; a branch (…有限公司深圳分公司) or a department (…有限公司公关部) goes on.
     */
    private static int atItsRegisteredForm(SentenceView view, int start, int end) {
        String text = view.slice(start, end);
        int form = text.indexOf("有限公司");
        int formEnd = form < 0 ? -1 : start + form + "有限公司".length();
        boolean secondCompany = formEnd > 0 && formEnd < end && (text.endsWith("公司") || text.endsWith("集团")) && text.indexOf('分', form) < 0;
        // 东风本田汽车有限公司新工厂: nor is the firm's plant or base after it.
        boolean itsFacility = formEnd > 0 && formEnd < end && EnumeratedCompanySource.endsInAFacility(view.slice(formEnd, end));
        return form >= 2 && (secondCompany || itsFacility) ? formEnd : end;
    }

    /** 华为公司党委: a company's party committee, discipline committee or board is no part of the company's name. */
    private static int withoutItsCommittee(SentenceView view, int start, int end) {
        for (String committee : GovernmentBodySource.INSTITUTIONS_COMMITTEES) {
            int cut = end - committee.length();
            if (cut - start >= 2 && view.slice(start, end).endsWith(committee) && GovernmentBodySource.companyEndsAt(view, cut)) {
                return cut;
            }
        }
        return end;
    }

    /**
     * 沐曦总部位于上海: a firm's headquarters (总部) is where it sits; the firm is the name before it. A regional one
     * (银联上海总部) is named as a unit of the firm, as news annotation marks it.
     */
    private static int withoutItsSeat(SentenceView view, int start, int end) {
        boolean regional = view.hits().stream().anyMatch(hit -> hit.end() == end - 2 && hit.hasType(EntityType.PLACE));
        String text = view.slice(start, end);
        return end - start > 3 && (text.endsWith(HEADQUARTERS) || text.endsWith("总行")) && view.tokenStartsAt(end - 2) && !regional ? end - 2 : end;
    }

    /**
     * 汇丰集团中国区, 工商银行深圳地区: a listed firm's business in a region (a place and 区 or 地区) is the firm at work there,
     * no firm of its own.
     */
    private static int withoutItsRegion(SentenceView view, int start, int end) {
        String text = view.slice(start, end);
        int regionWord = text.endsWith("地区") ? end - 2 : text.endsWith("区") ? end - 1 : -1;
        if (regionWord < 0) {
            return end;
        }
        return view.hits().stream().filter(firm -> firm.start() == start && firm.hasType(EntityType.COMPANY)
                        && view.hits().stream().anyMatch(place -> place.start() == firm.end() && place.end() == regionWord && place.hasType(EntityType.PLACE)))
                .mapToInt(Lexicon.Hit::end).findFirst().orElse(end);
    }

    /** 特斯拉上海超级工厂, 比亚迪郑州基地: a listed firm's plant or base where it stands is the firm's, not a firm. */
    private static int withoutItsFacility(SentenceView view, int start, int end) {
        return view.hits().stream().filter(hit -> hit.start() == start && hit.end() < end && hit.hasType(EntityType.COMPANY)
                && EnumeratedCompanySource.placeAndFacility(view, hit.end(), end)).mapToInt(Lexicon.Hit::end).findFirst().orElse(end);
    }

    private static final java.util.regex.Pattern LEGAL_FORM_LAST = java.util.regex.Pattern.compile("(?:有限公司|有限责任公司|股份公司|株式会社)$");

    /** A firm the tagger or the lists end at {@code end}. */
    private static boolean firmEndsAt(List<TaggedSpan> spans, SentenceView view, int end) {
        return GovernmentBodySource.companyEndsAt(view, end)
                || spans.stream().anyMatch(span -> "company".equals(span.label()) && view.sentence().start() + span.end() == end);
    }

    private static boolean endsInACompanyWord(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null);
    }

    private static boolean endsInOrganizationWord(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.ORG_SUFFIX) != null);
    }

    /** 哈萨克语, 俄语, 蒙古语, 泰语, 阿拉伯语: a people's or country's name and 语 is a language, no institution. */
    private static boolean aLanguage(SentenceView view, int start, int end) {
        if (end - start < 2 || view.charAt(end - 1) != LANGUAGE) {
            return false;
        }
        String name = view.slice(start, end - 1);
        return Gazetteer.PEOPLES.contains(name) || LANGUAGE_STEMS.contains(name) || view.namesACountry(start, end - 1)
                || name.length() == 1 && CountryAbbreviations.abbreviatesACountryBefore(view, end - 1);
    }

    /** Languages named by no people or country the lists hold whole. */
    private static final Set<String> LANGUAGE_STEMS = Set.of("阿拉伯", "汉", "粤", "泰", "缅", "柬", "越", "葡", "西", "意", "波斯", "斯瓦希里");

    private static final char LANGUAGE = '语';

    /** 世界一流大学, 人民满意的大学, 研究院已累计孵化: an organization's kind word alone names none, of any type. */
    private static boolean bareOrganizationWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.cue(Cue.CueFamily.ORG_SUFFIX) != null
                && hit.value().entries().isEmpty());
    }

    /**
     * 重庆市汽车产量, 上海市银行业: a place named with its level word and one common noun after it is the place's industry,
     * no firm (firms drop the level word: 重庆银行, 北京汽车).
     */
    private static boolean aPlacesIndustry(SentenceView view, int start, int end) {
        int index = view.tokenAt(end - 1);
        Token word = index < 0 ? null : view.tokens().get(index);
        // 重庆汽车产量: the industry's measure follows its name.
        boolean measured = index >= 0 && index + 1 < view.tokens().size() && INDUSTRY_MEASURES.contains(view.tokens().get(index + 1).word());
        return word != null && word.end() == end && word.pos().equals("n") && view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == word.start()
                && hit.hasType(EntityType.PLACE) && ("省市县区州".indexOf(view.charAt(hit.end() - 1)) >= 0 || measured));
    }

    private static final Set<String> INDUSTRY_MEASURES = Set.of("产量", "销量", "产值", "产业", "行业", "工业", "增加值", "出口", "产能");

    /** A word that ends a firm's name: …公司, …银行, a bank's branch, 集团. */
    private static final java.util.regex.Pattern FIRM_WORD = java.util.regex.Pattern.compile("(?:公司|银行|^分行|^支行|^集团)$");

    /**
     * 恒通公司赔偿鑫瀚公司, 鑫瀚公司诉重庆…有限公司, 招商银行投资永隆银行: a firm's word inside the span and a verb (or a case's 诉) right after it
     * make two firms, one acting on the other: the span is the first.
     */
    private static int beforeTheFirmItActsOn(SentenceView view, int start, int end) {
        for (Token word : view.tokensWithin(start, end)) {
            int next = view.tokenAt(word.end());
            if (word.end() < end && FIRM_WORD.matcher(word.word()).find() && next >= 0 && next < view.tokens().size()) {
                Token after = view.tokens().get(next);
                if (after.start() == word.end() && after.end() <= end && (Pos.isVerb(after) || after.pos().equals("vn") || Pos.isBoundary(after))) {
                    return word.end();
                }
            }
        }
        return end;
    }

    /**
     * 有限公司 or 集团 alone is a company word, not a company; nor is a place before one (香港公司), nor a common noun
     * ending in one (松下等跨国公司).
     */
    private static boolean bareCompanyWord(SentenceView view, int start, int end) {
        return KINDS_OF_FIRMS.contains(view.slice(start, end)) || KIND_OF_FIRM_OR_SERVICE.matcher(view.slice(start, end)).matches() || view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null
                && hit.value().entries().isEmpty() && (hit.start() == start || CompanyPatternSource.onlyAPlace(view, start, hit.start())
                || CompanyPatternSource.insideACommonNoun(view, hit)));
    }

    /** Set phrases of official prose the tagger reads as names (绿水青山就是金山银山: no firm, no place). */
    private static final Set<String> FIXED_EXPRESSIONS = Set.of("绿水青山", "金山银山", "冰天雪地");

    /**
     * 包括罗平、宜良在内的多个县市: a two-character "name" listed with 、 next to a place, and no title before it, is a place
     * too (a county's name without its 县).
     */
    private static boolean listedWithPlaces(SentenceView view, int start, int end) {
        if (end - start != 2 || view.hits().stream().anyMatch(hit -> hit.end() == start && hit.cue(Cue.CueFamily.TITLE) != null)) {
            return false;
        }
        // Every other item of the list is one word, a place (not 上海、王芳、李强, nor 张伟、北京市发改委).
        int items = 0;
        for (int at = start; view.charAt(at - 1) == '、'; items++) {
            int index = view.tokenAt(at - 2);
            Token item = index < 0 ? null : view.tokens().get(index);
            if (item == null || item.end() != at - 1 || !CompanyPatternSource.placeAt(view, item)) {
                return false;
            }
            at = item.start();
        }
        for (int at = end; view.charAt(at) == '、'; items++) {
            int index = view.tokenAt(at + 1);
            Token item = index < 0 ? null : view.tokens().get(index);
            if (item == null || item.start() != at + 1 || !CompanyPatternSource.placeAt(view, item) || SentenceView.isHan(view.charAt(item.end()))
                    && view.charAt(item.end()) != '等' && !view.text().startsWith("在内", item.end())) {
                return false;
            }
            at = item.end();
        }
        return items > 0;
    }

    /** 哈萨克斯坦驻乌鲁木齐(总领事), 中国驻慕尼黑(总领事): a country posted to a place names no institution until its office's word follows. */
    private static boolean postedToAPlace(SentenceView view, int start, int end) {
        int last = view.tokenAt(end - 1);
        Token place = last < 0 ? null : view.tokens().get(last);
        // 中国驻慕尼黑(总领事): a place HanLP knows (慕尼黑/nsf) as well as a listed one.
        return place != null && place.end() == end && place.start() > start && view.charAt(place.start() - 1) == '驻' && place.posStartsWith("ns")
                || view.hits().stream().anyMatch(hit -> hit.end() == end && hit.start() > start && view.charAt(hit.start() - 1) == '驻'
                        && hit.hasType(EntityType.PLACE));
    }

    /**
     * 外资行, 中资金融机构: firms by the origin of their capital; 电子银行, 手机银行: a bank's channel of service. Neither names
     * a firm.
     */
    private static final java.util.regex.Pattern KIND_OF_FIRM_OR_SERVICE = java.util.regex.Pattern.compile(
            "(?:中资|外资|内资|港资|台资|侨资|合资|独资)(?:银行|行|金融机构|机构|企业|券商|公司)|(?:电子|网上|网络|手机|短信|电话|微信|自助)银行");

    /** Words for firms of a trade or ownership (券商板块, 房企融资): no firm in particular. */
    private static final Set<String> KINDS_OF_FIRMS = Set.of("券商", "险企", "房企", "车企", "药企", "外企", "民企", "国企", "央企",
            "银企", "开发商", "运营商", "供应商", "经销商", "承包商", "代理商", "服务商", "制造商", "零售商",
            // a kind of bank: 增速位居股份制银行首位 (news annotation marks 农商行 and 商业银行 as firms)
            "股份制银行",
            // a kind of cooperative: 合作社负责人 (a named one is …专业合作社)
            "合作社", "专业合作社");

    /**
     * 一家中介公司, 20余家货运航空公司: a company counted (a count word ending in a classifier) is a kind of company, not
     * one named; a numeral alone may start a name (九三集团).
     */
    private static boolean counted(SentenceView view, int start) {
        int first = view.tokenAt(start);
        int before = view.tokenAt(start - 1);
        return first >= 0 && view.tokens().get(first).start() == start && countWithClassifier(view.tokens().get(first))
                || before >= 0 && view.tokens().get(before).end() == start && countWithClassifier(view.tokens().get(before));
    }

    private static boolean countWithClassifier(Token token) {
        return Pos.isCount(token) && "家个所批".indexOf(token.word().charAt(token.word().length() - 1)) >= 0;
    }

    /**
     * 西北农林科技大学已与哈萨克国立农业大学: a listed institution opening the span, then an adverb and a conjunction or preposition
     * (已与) or one of those alone (和), make two institutions: the span is the second's, which starts after them; else start.
     */
    private static int afterAListedInstitutionAndAConjunction(SentenceView view, int start, int end) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() != start || hit.end() >= end || !hit.hasType(EntityType.ORGANIZATION, EntityType.COMPANY, EntityType.GOVERNMENT)) {
                continue;
            }
            int next = view.tokenAt(hit.end());
            if (next < 0 || view.tokens().get(next).start() != hit.end()) {
                continue;
            }
            Token word = view.tokens().get(next);
            Token after = next + 1 < view.tokens().size() ? view.tokens().get(next + 1) : null;
            boolean adverbFirst = word.posStartsWith("d") && after != null && (after.posStartsWith("c") || after.posStartsWith("p"));
            int rest = adverbFirst ? after.end() : word.posStartsWith("c") || word.posStartsWith("p") ? word.end() : -1;
            if (rest > 0 && end - rest >= 4) {
                return rest;
            }
        }
        return start;
    }

    /**
     * 省纪委监委和省法院: a conjunction before a level character starts a second body (住房和城乡建设部 is one); so does a
     * word of belonging (天津海关所属东疆海关), and 或 anywhere (居委会或派出所: it joins alternatives).
     */
    private static boolean twoBodies(SentenceView view, int start, int end) {
        String text = view.slice(start, end);
        // 新加坡两国政府 (中国和新加坡两国政府间): a count of countries is two governments, or many.
        if (NameAnchors.BELONGING.stream().anyMatch(word -> text.indexOf(word) > 0) || text.indexOf('或') > 0 || COUNTRIES_COUNTED.matcher(text).find()
                || SESSION_INSIDE.matcher(text).find()) {
            return true;
        }
        String head = text.length() > 4 ? text.substring(text.length() - 2) : null;
        for (int i = start + 1; i < end - 1; i++) {
            if ("和与及、".indexOf(view.charAt(i)) >= 0 && GovernmentBodySource.LEVELS.indexOf(view.charAt(i + 1)) >= 0) {
                return true;
            }
            // 社区委员会成员与城市委员会: the span's head word before a conjunction ends a first body.
            if ("和与及".indexOf(view.charAt(i)) >= 0 && head != null && text.substring(0, i - start).contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 谢永林为公司 (聘任谢永林为公司总经理): a name HanLP reads as a person's followed by a preposition or a verb of two
     * characters or more is a clause, not an institution's name (李宁体育用品有限公司, a brand named after its founder, has
     * none; in 寿光农/nr 合/v 行 HanLP misread a name, and one character after it proves nothing).
     */
    private static boolean opensWithAPersonActing(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        boolean nameFirst = !words.isEmpty() && words.get(0).start() == start && words.get(0).pos().startsWith("nr");
        // 张华为公司带来…: HanLP read the preposition into the name (张华为/nr).
        boolean prepositionInTheName = nameFirst && words.size() >= 2 && words.get(0).word().length() == 3 && words.get(0).word().endsWith("为");
        return prepositionInTheName || nameFirst && words.size() >= 3
                && (Pos.isVerb(words.get(1)) && words.get(1).word().length() > 1 || words.get(1).pos().equals("p"));
    }

    /**
     * 支持湛江建设省域副中心城市: a place and a verb of building what it aims to be open a clause, not an institution's
     * name, unless the span ends in an institution's word (湛江建设集团, 北京建设工程质量检测中心; not 副中心); other verbs name institutions (伊朗革命卫队).
     */
    private static boolean opensWithAPlaceActing(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        boolean institutionWord = view.hits().stream().anyMatch(hit -> hit.end() == end
                && (hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null || hit.cue(Cue.CueFamily.ORG_SUFFIX) != null || hit.cue(Cue.CueFamily.GOV_BODY) != null));
        return words.size() >= 3 && words.get(0).start() == start && words.get(0).posStartsWith("ns") && AIMING_VERBS.contains(words.get(1).word())
                && (!institutionWord || AIMS.matcher(view.slice(start, end)).find());
    }

    /** 在容东片区设立总部: a listed zone opening the span and a verb after it make a clause, no institution's name. */
    private static boolean listedZoneThenAVerb(SentenceView view, int start, int end) {
        return view.hits().stream().filter(hit -> hit.start() == start && hit.end() < end && hit.hasType(EntityType.ZONE)).anyMatch(hit -> {
            int next = view.tokenAt(hit.end());
            Token word = next < 0 ? null : view.tokens().get(next);
            return word != null && word.start() == hit.end() && word.posStartsWith("v") && !word.pos().equals("vn");
        });
    }

    /** What a place aims to be, though it ends in an institution's word (副中心 in 中心). */
    private static final java.util.regex.Pattern AIMS = java.util.regex.Pattern.compile("(?:副中心|中心城市)$");

    private static final Set<String> AIMING_VERBS = Set.of("建设", "建成", "打造", "创建", "争创", "构建", "培育", "申建");

    /**
     * 新东方创始人: a title after a proper name (a company, body or place the tagger took along) is the title alone, as
     * news annotation marks it; the name is an entity of its own.
     */
    private static int titleAfterAName(SentenceView view, int start, int end) {
        int first = view.tokenAt(start);
        if (first < 0 || view.tokens().get(first).start() != start || !Pos.isProper(view.tokens().get(first))) {
            return start;
        }
        return view.hits().stream().filter(hit -> hit.end() == end && hit.start() > start && hit.cue(Cue.CueFamily.TITLE) != null
                && view.tokenStartsAt(hit.start())).mapToInt(Lexicon.Hit::start).min().orElse(start);
    }

    /**
     * 纽约联合国总部: the seat of a listed organization or company (with the city it stands in) is a place, not a body;
     * the institution is found on its own.
     */
    private static boolean headquarters(SentenceView view, int start, int end) {
        return view.slice(start, end).endsWith(HEADQUARTERS) && view.hits().stream().anyMatch(hit -> hit.start() >= start && hit.end() == end - 2
                && hit.hasType(EntityType.ORGANIZATION, EntityType.COMPANY));
    }

    /** 俏江南”餐饮集团 of “俏江南”餐饮集团: a span that closes a quote it did not open is cut from a longer name. */
    private static boolean closesAQuoteItDoesNotOpen(String text) {
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            open += text.charAt(i) == '“' ? 1 : text.charAt(i) == '”' ? -1 : 0;
            if (open < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * 中欧（中亚）of 中欧（中亚）班列, 俄罗斯伊尔库茨克客商: places (listed, or HanLP's), maybe one in brackets, with no word of a
     * name beside them, are the places a route, a zone or people are of, no institution.
     */
    private static boolean onlyPlaces(SentenceView view, int start, int end) {
        // 俄罗斯斯维尔德洛夫斯克州: a foreign region whose name HanLP cut into pieces (斯/b 维尔德洛夫斯/nrf 克州/ns) is a place too.
        int region = view.hits().stream().filter(hit -> hit.end() == end && hit.hasType(EntityType.PLACE)
                        && PlacePatternSource.FOREIGN_LEVELS.indexOf(view.charAt(end - 1)) >= 0)
                .mapToInt(hit -> GazetteerSource.transliteratedNameBefore(view, hit)).filter(at -> at > start).min().orElse(end);
        if (region < end) {
            return onlyPlaces(view, start, region) || view.tokensWithin(start, region).size() == 1 && view.namesACountry(start, region);
        }
        List<Token> words = view.tokensWithin(start, end);
        return words.size() >= 2 && words.get(0).start() == start && words.get(words.size() - 1).end() == end
                && words.stream().allMatch(word -> Brackets.isBracket(word.word()) || word.pos().startsWith("ns") || view.hits().stream()
                        .anyMatch(hit -> hit.start() == word.start() && hit.end() == word.end() && hit.hasType(EntityType.PLACE)));
    }

    /** 天津）国际汽车展览会 of 中国（天津）国际汽车展览会: a span that closes a bracket it did not open is cut from a longer name. */
    private static boolean unbalancedBrackets(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    /** infoCode of …html?infoCode=NW2022: a piece of a web address or code is no name (新华网/中国 is no address). */
    private static boolean partOfAnAddress(SentenceView view, int start, int end) {
        boolean latin = view.slice(start, end).chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return latin && ("=&/".indexOf(view.charAt(end)) >= 0 || "=&/.?".indexOf(start > 0 ? view.text().charAt(start - 1) : ' ') >= 0);
    }

    /** 全国人大二次会议作政府: a body's session with words after it is a clause, not one body's name. */
    private static final java.util.regex.Pattern SESSION_INSIDE = java.util.regex.Pattern.compile("[一二三四五六七八九十0-9０-９]+次(?:全体)?会议.");
    /** Countries counted (两国, 多国) or both sides (双方): more than one government. */
    private static final java.util.regex.Pattern COUNTRIES_COUNTED = java.util.regex.Pattern.compile("[两双多各三四五六七八九十]国|双方");
    /** 本报讯: "this paper" names no outlet. */
    private static final Set<String> OWN_OUTLETS = Set.of("本报", "本台", "本网", "本社");
    /** What the names of news outlets end in: 网, 报, 社, 台. */
    private static final String MEDIA_ENDINGS = "网报社台";
    /** A name before a zone's kind word of three characters or more ends at {@code end} (not the kind word alone: 保税物流中心). */
    private static boolean endsInAZonesKind(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.start() > start && hit.end() - hit.start() >= 3 && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null);
    }

    /** The date and 电 of a dateline after its place (6月12日电). */
    private static final String DATE_AND_WIRE = "[0-9０-９]{1,2}月[0-9０-９]{1,2}日电";
    private static final java.util.regex.Pattern DATED_DATELINE = java.util.regex.Pattern.compile(DATE_AND_WIRE);
    /** A dateline after an outlet's name: 讯, or a place and a date and 电 (北京11月20日电). */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile("^(讯|[\\u4e00-\\u9fa5]{0,8}?" + DATE_AND_WIRE + ")");

    /** 区（市）县政府, 市（州）人民政府: the bodies of every place of those levels, none in particular. */
    private static final java.util.regex.Pattern LEVELS_WITH_BRACKETED_LEVELS = java.util.regex.Pattern.compile("^[省市县区镇乡州盟旗]?[（(][省市县区镇乡州盟旗、]+[）)]");

    private static final int MAX_INSTITUTE_QUALIFIER = 8;

    private static int universityBefore(List<TaggedSpan> spans, SentenceView view, int start) {
        int offset = view.sentence().start();
        for (TaggedSpan span : spans) {
            int end = offset + span.end();
            if ("organization".equals(span.label()) && end < start && start - end <= MAX_INSTITUTE_QUALIFIER && view.slice(offset + span.start(), end).endsWith("大学")
                    && qualifiesAnInstitute(spans, view, end, start)) {
                return offset + span.start();
            }
        }
        return start;
    }

    /**
     * 国家发展与 in 中国人民大学国家发展与战略研究院: words between a university and its institute name the institute's
     * field; not a list (长安大学和中国科学院…), another name, or a clause (陕西师范大学洽谈共建…研究院).
     */
    private static boolean qualifiesAnInstitute(List<TaggedSpan> spans, SentenceView view, int from, int to) {
        int offset = view.sentence().start();
        List<Token> words = view.tokensWithin(from, to);
        return !words.isEmpty() && words.get(0).start() == from && !words.get(0).pos().startsWith("c")
                && words.stream().noneMatch(word -> SentenceView.isPunctuation(word.word().charAt(0))
                        || word.pos().startsWith("v") && !word.pos().equals("vn"))
                && spans.stream().noneMatch(other -> offset + other.start() >= from && offset + other.start() < to);
    }

    /** 开发区管理机构, 园区主管部门: the authority of a kind of zone or place, none in particular. */
    private static final java.util.regex.Pattern GENERIC_AUTHORITY = java.util.regex.Pattern.compile(
            "(?:各地|各级|地方|开发区|园区|综保区|综合保税区|自贸试验区|片区|新区|高新区|经开区)?(?:管理机构|主管部门|管理部门|职能部门|监管部门)");

    /** 赴德国法兰克福、斯图加特、慕尼黑等地: what a list closed by 等地 (等城市, 等国家) holds are places, whatever clubs they name. */
    private static final java.util.regex.Pattern REST_OF_A_LIST_OF_PLACES =
            java.util.regex.Pattern.compile("^(?:、[\\u4e00-\\u9fa5·]{1,8})*等(?:地(?!方)|城市|国家(?!级)|地区|省市|省份)");

    private static boolean inAListOfPlaces(SentenceView view, int end) {
        return REST_OF_A_LIST_OF_PLACES.matcher(view.slice(end, view.sentence().end())).find();
    }

    /** RCEPA, DEPA: capital Latin letters alone spell an acronym, no one's name. */
    private static boolean anAcronym(String text) {
        return text.length() >= 2 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** 天山网 before 讯, 中新网 before 上海11月21日电: a medium's name opening a dateline. */
    private static boolean namesAnOutlet(SentenceView view, int start, int end) {
        return end > start && MEDIA_ENDINGS.indexOf(view.charAt(end - 1)) >= 0 && opensADateline(view, end)
                && !OWN_OUTLETS.contains(view.slice(start, end));
    }

    private static boolean opensADateline(SentenceView view, int end) {
        return DATELINE.matcher(view.slice(end, Math.min(view.sentence().end(), end + 16))).find();
    }

    /** Where the body after the last 所属 (下属, 直属, 隶属) inside [start, end) starts, if three characters or more follow it. */
    private static int afterBelonging(SentenceView view, int start, int end) {
        String text = view.slice(start, end);
        int cut = start;
        for (String word : NameAnchors.BELONGING) {
            // 所属洋山海关: the word may open the span too.
            int at = text.lastIndexOf(word);
            if (at >= 0 && text.length() - at - word.length() >= 3) {
                cut = Math.max(cut, start + at + word.length());
            }
        }
        return cut;
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "，,。、；;：:！!？?“”\"‘’'【】".indexOf(c) >= 0;
    }

    /**
     * 如上海浦发银行, 记者从苏州工业园区管委会, 调研广州海关, 园区内三一重工: a verb, function word or locative the tagger took along, and the common words before it,
     * are not part of the name when a proper or listed name starts right after it (中国驻美国大使馆 keeps its 中国); a
     * one-character "verb" that starts an unknown name is HanLP's misreading (交银国际, 育碧), so only a known name
     * after it counts.
     */
    private static int withoutLeadingWords(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        // 全会由/nr 市委常委会: HanLP read words ending in a preposition as a person's name; the body's name follows them.
        if (words.size() >= 2 && endsInAPreposition(words.get(0))
                && view.hits().stream().anyMatch(hit -> hit.start() == words.get(1).start() && hit.cue(Cue.CueFamily.GOV_BODY) != null)) {
            return words.get(1).start();
        }
        for (int i = 0; i + 1 < words.size() && !CompanyPatternSource.namesSomething(view, words.get(i).start(), words.get(i).end()); i++) {
            Token word = words.get(i);
            Token next = words.get(i + 1);
            // 调研/vn 广州海关: a verb HanLP tags as a noun governs the place that opens the name.
            boolean governsAPlace = i == 0 && Pos.isGoverning(word) && next.pos().startsWith("ns");
            // 特/拉/华州高等法院: single characters in a row are a name HanLP broke up, not a word and a verb.
            if (i > 0 && word.word().length() == 1 && words.get(i - 1).word().length() == 1 && !Pos.isBoundary(words.get(i - 1))) {
                return start;
            }
            // 尤/文图斯, 拉/齐奥队: a character HanLP reads as a verb, adverb or noun before a foreign or person's name it
            // knows is the first syllable of a longer transliteration (a preposition, conjunction, pronoun or numeral
            // before one is not: 由李宁公司, 该李宁公司).
            if (word.word().length() == 1 && "pcuwrm".indexOf(word.pos().isEmpty() ? 'w' : word.pos().charAt(0)) < 0 && next.pos().startsWith("nr")) {
                return start;
            }
            // 用好|金华海关: a verb's one-character complement HanLP reads as an adjective or adverb, before a listed place.
            boolean complement = word.word().length() == 1 && (word.pos().startsWith("a") || word.pos().startsWith("d"))
                    && view.hits().stream().anyMatch(hit -> hit.start() == next.start() && hit.hasType(EntityType.PLACE, EntityType.ZONE));
            // 全会由/nr 市委常委会: HanLP read words ending in a preposition as a name; what follows it is the name.
            boolean nameEndingInAPreposition = i == 0 && word.pos().startsWith("nr") && word.word().length() >= 2
                    && PREPOSITION_ENDS.indexOf(word.word().charAt(word.word().length() - 1)) >= 0;
            if (nameEndingInAPreposition && end - next.start() >= 3 && (CompanyPatternSource.namesSomething(view, next.start(), next.end())
                    || view.hits().stream().anyMatch(hit -> hit.start() == next.start() && hit.cue(Cue.CueFamily.GOV_BODY) != null))) {
                return next.start();
            }
            // 园区内|三一重工股份有限公司, 区内|华为技术有限公司: where the firm is, not its name (not 中, which opens names: 中弘).
            if (CompanyPatternSource.locative(word) && end - next.start() >= 3) {
                return next.start();
            }
            if ((Pos.isBoundary(word) && !word.pos().equals("w") || Pos.isVerb(word) || governsAPlace || complement) && end - next.start() >= 3
                    && CompanyPatternSource.namesSomething(view, next.start(), next.end())) {
                return next.start();
            }
        }
        return start;
    }

    private static final String PREPOSITION_ENDS = "由从向对经被把将在";
    private static final java.util.regex.Pattern HAN_SPACE_HAN = java.util.regex.Pattern.compile("\\p{IsHan}[\\s\u3000]+\\p{IsHan}");

    /** 全会由/nr: a word HanLP reads as a name that ends in a preposition, a name's misreading (a name never ends so before a body). */
    static boolean endsInAPreposition(Token word) {
        return word.pos().startsWith("nr") && word.word().length() >= 3 && "由从向对经被把将在".indexOf(word.word().charAt(word.word().length() - 1)) >= 0;
    }

    private static final java.util.regex.Pattern ENGINEERING_BUREAU = java.util.regex.Pattern.compile("中(建|铁|交|冶|水|煤|核|电建|铁建)(?:[一二三四五六七八九十]{1,3}[公航]?|大桥|电气化|隧道|建工)局");

    private static final Set<String> SCOPE_WORDS = Set.of("有关", "相关");

    /**
     * Where a word opening with 各 ("every") inside the span starts, or the span's end: 市政府|各委, 国务院|各部委; a
     * conjunction before it goes too (天津市|及各区人民政府); so does 有关 or 相关 with what follows (区政府|有关部门).
     */
    private static int beforeEvery(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = 1; i < words.size(); i++) {
            // 区政府有关部门: the departments concerned, no body of their own.
            if (SCOPE_WORDS.contains(words.get(i).word()) && i + 1 < words.size()) {
                return words.get(i).start();
            }
            if (words.get(i).word().startsWith("各")) {
                Token before = words.get(i - 1);
                return before.pos().startsWith("c") && i > 1 ? before.start() : words.get(i).start();
            }
        }
        return end;
    }

    /**
     * 主任黄永和出席: where HanLP reads a three-character name ending in 和 and a verb or a mark follows, the 和 joins nothing
     * and is the name's (not 李明和副市长王强, where it joins two people).
     */
    private static int withAnAndThatJoinsNothing(SentenceView view, int start, int end) {
        int index = view.tokenAt(end);
        if (end >= view.sentence().end() || index < 0 || index + 1 >= view.tokens().size() || view.charAt(end) != '和') {
            return end;
        }
        // HanLP's name word ending in the 和: the whole name (孟庆和/nr) or its last piece (巴特/nrf 孟和/nr).
        Token name = view.tokens().get(index);
        Token next = view.tokens().get(index + 1);
        boolean whole = name.start() == start && name.pos().equals("nr") && name.word().length() == 3;
        boolean lastPiece = name.start() > start && name.start() < end && name.pos().startsWith("nr") && end - start >= 3;
        // 办公厅主任孟庆和，以及…, 总经理巴特孟和：: so does a mark after it.
        return name.end() == end + 1 && (whole || lastPiece)
                && (Pos.isVerb(next) || next.start() < view.sentence().end() && SentenceView.isPunctuation(view.charAt(next.start())) && view.charAt(next.start()) != '、')
                ? end + 1 : end;
    }

    /**
     * 闫大为, 佟大为, 胡文和, 张永和: a given name may end in 为 or 和, which the name filter takes for the words they
     * also are. The tagger's name of a surname and two characters stands unless the context makes the word of it: another
     * name after 和 (王明和李红), a verb of appointment before 为 (提名张华为…), or 为 opening a body, company or title
     * (张华为公司带来…).
     */
    private boolean givenNameEndingInAConjunction(SentenceView view, List<TaggedSpan> spans, TaggedSpan name, int start, int end) {
        String text = view.slice(start, end);
        char last = text.charAt(text.length() - 1);
        if (text.length() != 3 || (last != '为' && last != '和') || !persons.shapedLikeAName(text.substring(0, 2))
                || !PersonNameFilter.notACommonWord(text) || spans.stream().anyMatch(other -> other != name && other.start() >= name.end() && other.start() <= name.end() + 1)) {
            return false;
        }
        if (last == '和') {
            return true;
        }
        String before = view.slice(view.sentence().start(), start);
        int clause = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。')), before.lastIndexOf('；'));
        String clauseBefore = before.substring(clause + 1);
        return PersonSource.APPOINTING.stream().noneMatch(clauseBefore::contains)
                && view.hits().stream().noneMatch(hit -> hit.start() == end && (hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null || hit.cue(Cue.CueFamily.TITLE) != null
                        || hit.cue(Cue.CueFamily.GOV_BODY) != null));
    }

    /** 首席技术官彼得·科尔特: the tagger's name may open with a title's last character (官彼得); the name follows the title. */
    private static int afterATitleEndingInside(SentenceView view, int start, int end) {
        return view.hits().stream().filter(hit -> hit.cue(Cue.CueFamily.TITLE) != null && hit.start() < start && hit.end() > start && hit.end() < end)
                .mapToInt(Lexicon.Hit::end).max().orElse(start);
    }

    /** What ends a word for an occupation (酿酒师, 采购商, 飞行员): no dotted name opens with it glued to the word before. */
    private static final String OCCUPATION_ENDINGS = "师员家商官手";

    /** 酿酒|师皮埃尔-伊夫·勒克莱尔: the tagger's dotted name, opening with the end of an occupation's word, starts after it. */
    private static int afterAnOccupationsEnding(SentenceView view, int start, int end) {
        boolean glued = start > view.sentence().start() && SentenceView.isHan(view.slice(start - 1, start)) && OCCUPATION_ENDINGS.indexOf(view.charAt(start)) >= 0;
        return glued && end - start > 3 && view.slice(start, end).chars().anyMatch(c -> c == '·') ? start + 1 : start;
    }

    /**
     * 彼得·科尔|特: a transliterated name cut inside HanLP's last word (科尔特/n) ends with that word; a verb or a word
     * of three more characters is no part of it.
     */
    private static int endOfATransliteration(SentenceView view, int start, int end) {
        int index = view.tokenAt(end - 1);
        if (index < 0 || view.slice(start, end).indexOf('·') < 0) {
            return end;
        }
        Token word = view.tokens().get(index);
        return word.start() > start && word.end() > end && word.end() - end <= 2 && SentenceView.isHan(word.word()) && !Pos.isVerb(word)
                ? word.end() : end;
    }

    /** The start of a listed zone ending right where a body starts, else the body's own start. */
    private static int zoneRightBefore(SentenceView view, int start) {
        return view.hits().stream().filter(hit -> hit.end() == start && hit.hasType(EntityType.ZONE))
                .mapToInt(Lexicon.Hit::start).min().orElse(start);
    }

    private static boolean opensWithATitle(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.cue(Cue.CueFamily.TITLE) != null && hit.start() == start && hit.end() < end);
    }

    /**
     * 李/ng 副所长/nnt: a name whose last character opens a title HanLP reads as a word after it is a surname and a piece of
     * the title, no name (HanLP's own 周副/nr 总经理 is an address, which {@link AddressedByTitle} reads).
     */
    private static boolean endsInsideATitle(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.cue(Cue.CueFamily.TITLE) != null && hit.start() > start && hit.start() < end && hit.end() > end
                && view.tokenStartsAt(hit.start()));
    }

    private static final List<String> PEOPLE_WORDS = List.of("干部", "人员", "官员", "职工", "党员", "群众", "工作者", "专家", "代表团成员");

    /**
     * A company word ends inside the span right before a preposition or conjunction, which HanLP reads as a word of its own
     * or glues to the name after it (向长/nr 庚公司).
     */
    private static boolean twoFirms(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() > start && hit.end() < end - 2 && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null
                && "向对由与被给和及跟同".indexOf(view.charAt(hit.end())) >= 0 && view.tokenStartsAt(hit.end()) && view.tokenAt(hit.end()) >= 0
                && java.util.stream.Stream.of("p", "c", "nr").anyMatch(view.tokens().get(view.tokenAt(hit.end())).pos()::startsWith));
    }

    /** One word HanLP reads as a place (ns, nsf), after a preposition or verb of place (在慕尼黑, 发自马德里) or before 籍 (塞尔维亚籍). */
    private static boolean foreignPlaceAfterAPreposition(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        return index > 0 && view.tokens().get(index).start() == start && view.tokens().get(index).end() == end
                && (view.tokens().get(index).pos().equals("nsf") || view.tokens().get(index).pos().equals("ns"))
                && (PlacePatternSource.PLACE_WORDS_BEFORE.contains(view.tokens().get(index - 1).word()) || end < view.sentence().end() && view.charAt(end) == '籍');
    }

    /** 中国电建党委书记: a body's name the tagger ran on into its head's title ends before the title. */
    private static int beforeItsHeadsTitle(SentenceView view, int start, int end) {
        return view.hits().stream().filter(title -> title.end() == end && title.start() > start + 1 && title.cue(Cue.CueFamily.TITLE) != null
                        && view.hits().stream().anyMatch(body -> body.end() == title.start() && body.cue(Cue.CueFamily.GOV_BODY) != null))
                .mapToInt(Lexicon.Hit::start).min().orElse(end);
    }

    /** The span ends in a committee an institution has (党委, 纪委) right after a listed firm's name. */
    private static boolean aFirmsCommittee(SentenceView view, int start, int end) {
        return GovernmentBodySource.INSTITUTIONS_COMMITTEES.stream().anyMatch(word -> view.slice(start, end).endsWith(word)
                && end - word.length() > start && GovernmentBodySource.companyEndsAt(view, end - word.length()));
    }

    /** A listed place, or one word HanLP reads as a place's name, with no body word of its own. */
    private static boolean aPlaceAlone(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        boolean onePlaceWord = index >= 0 && view.tokens().get(index).start() == start && view.tokens().get(index).end() == end
                && view.tokens().get(index).posStartsWith("ns");
        return (onePlaceWord || CompanyPatternSource.onlyAPlace(view, start, end))
                && view.hits().stream().noneMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    /**
     * 海关 or 政府 alone names no body in particular (the bare-body rules decide which one a document means), while a
     * body of one function (发改委, 统计局) is named by its word, and one character before a body word is a level
     * (市政府, 县委), never anything else (作政府 in 作政府工作报告). 法院 alone is the court of the case told (法院将对此做出判决).
     */
    private static boolean bareBodyWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null
                && hit.value().entries().isEmpty()
                && (hit.start() == start && end - start <= 2 && !view.slice(start, end).equals("法院") || hit.start() == start + 1 && (LEVELS.indexOf(view.charAt(start)) < 0
                && !CountryAbbreviations.abbreviatesACountryBefore(view, hit.start()) || GovernmentBodySource.everyBodyOfALevel(view, start))
                // 各省、自治区、直辖市人民政府: a level named in full, every body of it.
                || hit.start() > start && LEVEL_WORDS.contains(view.slice(start, hit.start())) && GovernmentBodySource.everyBodyOfALevel(view, start)));
    }

    private static final Set<String> LEVEL_WORDS = Set.of("自治区", "直辖市", "自治州", "自治县", "地级市", "县级市", "计划单列市");

    /** Verbs of a visit, which the tagger takes into the name visited (调研恒力石化…公司); no name starts with one. */
    private static final Set<String> VISITS = Set.of("调研", "考察", "视察", "走访", "参观", "来到", "走进", "深入");

    /**
     * 调研恒力石化（大连）有限公司: the name starts after a visit's verb opening the span; 李波任广州市商务局: after a person and
     * the 任 of the office taken.
     */
    private static int afterAVisitOrAnAppointee(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        Token first = index < 0 ? null : view.tokens().get(index);
        if (first != null && first.start() == start && first.end() < end && VISITS.contains(first.word())) {
            return first.end();
        }
        Token second = first != null && index + 1 < view.tokens().size() ? view.tokens().get(index + 1) : null;
        boolean personTakingOffice = first != null && first.start() == start && first.posStartsWith("nr") && second != null
                && second.word().equals("任") && second.end() < end;
        if (personTakingOffice) {
            return second.end();
        }
        // 李晓燕拟任市委组织部, 拟任市商务局 (HanLP's 拟/任市): the office proposed, after the person and 拟任.
        java.util.regex.Matcher proposed = PROPOSED_FOR.matcher(view.slice(start, end));
        boolean nameBefore = proposed.lookingAt() && (proposed.start(1) < 0 || view.tokensWithin(start, start + proposed.end(1)).stream().allMatch(t -> t.posStartsWith("nr")));
        if (nameBefore && proposed.end() < end - 1) {
            return start + proposed.end();
        }
        // 任命欧阳慧敏为市财政局: after a verb of appointment, the body starts after the appointee and 为.
        int copula = view.slice(start, Math.min(end, start + 6)).indexOf('为');
        if (PersonSource.appointedAfter(view, start) && copula >= 2 && start + copula + 2 < end) {
            return start + copula + 1;
        }
        // 拟/任市商务局: HanLP glued 任 to the level word; the span starts after the 拟 before it.
        return view.charAt(start) == '任' && view.charAt(start - 1) == '拟' && end - start > 3 ? start + 1 : start;
    }

    private static final java.util.regex.Pattern PROPOSED_FOR = java.util.regex.Pattern.compile("(\\p{IsHan}{2,4})?拟任");

    private static int afterAJoiningVerb(SentenceView view, int start, int end) {
        int after = start;
        for (Token token : view.tokensWithin(start, end)) {
            // Only after an institution's or zone's name (台湾联合信用卡处理中心 is one name).
            if (token.start() > start && token.end() < end && JOINING_VERBS.contains(token.word()) && view.hits().stream().anyMatch(hit -> hit.end() == token.start()
                    && hit.start() >= start && hit.hasType(EntityType.ZONE, EntityType.GOVERNMENT, EntityType.COMPANY, EntityType.ORGANIZATION))) {
                after = token.end();
            }
        }
        return after;
    }

    private static int afterAPlaceAndAConjunction(SentenceView view, int start, int end) {
        for (Token token : view.tokensWithin(start, end)) {
            if (token.start() > start && token.end() < end && CONJUNCTIONS.contains(token.word())
                    && (CompanyPatternSource.onlyAPlace(view, start, token.start()) || aListedBodyAfterNoBody(view, start, token, end))) {
                return token.end();
            }
        }
        return start;
    }

    /**
     * 驻江北新区监管现场与金陵海关: a body from the conjunction to the span's end (listed, or a place and a body word), and no
     * body word ending the words before it, which name a site of the body's work and no body.
     */
    private static boolean aListedBodyAfterNoBody(SentenceView view, int start, Token conjunction, int end) {
        boolean bodyWordEnds = view.hits().stream().anyMatch(hit -> hit.end() == end && hit.start() > conjunction.end() && hit.cue(Cue.CueFamily.GOV_BODY) != null);
        int next = view.tokenAt(conjunction.end());
        boolean placeHanlpKnows = next >= 0 && view.tokens().get(next).start() == conjunction.end() && view.tokens().get(next).posStartsWith("ns");
        boolean listedBodyAfter = bodyWordEnds && placeHanlpKnows || view.hits().stream().anyMatch(hit -> hit.start() == conjunction.end()
                && (hit.end() == end && hit.hasType(EntityType.GOVERNMENT) || bodyWordEnds && hit.hasType(EntityType.PLACE)));
        return listedBodyAfter && view.hits().stream().noneMatch(hit -> hit.end() == conjunction.start() && hit.start() >= start && hit.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    private static final Set<String> CONJUNCTIONS = Set.of("和", "与", "及", "以及", "同");

    private static final Set<String> JOINING_VERBS = Set.of("会同", "联合", "协同", "携手", "联手", "牵头");

    /** 董事长兼联席CEO: what stands between two titles joins them (兼) or qualifies the second, no name. */
    private static boolean betweenTwoTitles(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == start && hit.cue(Cue.CueFamily.TITLE) != null)
                && view.hits().stream().anyMatch(hit -> hit.start() == end && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /** 中国宝武签署: a listed name and the verb it is the subject of; the name ends before the verb. */
    private static int beforeAVerbAfterAListedName(SentenceView view, int start, int end) {
        int index = view.tokenAt(end - 1);
        Token last = index < 0 ? null : view.tokens().get(index);
        // A verb of two characters or more: a single one may be the name's last (中信保).
        boolean verb = last != null && last.end() == end && last.start() > start && last.word().length() >= 2 && Pos.isVerb(last);
        return verb && view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == last.start() && !hit.value().entries().isEmpty())
                ? last.start() : end;
    }

    /**
     * 加强海关监管: a body's name ends in a noun, not in what it does (监管, 服务); 枢纽布局更合理: nor in a word that only
     * ends in a bureau's 局 (布局, 格局).
     */
    private static boolean endsInAnAct(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        Token last = index < 0 ? null : view.tokens().get(index);
        return last != null && last.end() == end && (last.pos().equals("vn") && last.word().length() >= 2 || NOT_BUREAUS.contains(last.word()));
    }

    private static final Set<String> NOT_BUREAUS = Set.of("布局", "格局", "大局", "全局", "结局", "开局", "变局", "时局", "政局", "僵局", "新局", "棋局", "骗局", "饭局", "赌局");

}
