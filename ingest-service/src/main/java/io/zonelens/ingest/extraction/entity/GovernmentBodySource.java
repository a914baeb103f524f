package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Party and state bodies: a place or zone plus a body word (天津海关, 天津港保税区管理委员会), a level character plus
 * a body word (市商务局, 市发改委), or a body word that names its own level (区委, 市委). A 管委会, 党委 or 投资促进局 without a
 * prefix is proposed as "bare" and the linker attaches it to the nearest zone; so is 海关 alone opening a clause, which the
 * linker attaches to the one customs house the document names.
 */
public class GovernmentBodySource implements EntityCandidateSource {

    public static final String BARE = "bare-body";
    /** A department named alone in a paper a zone's committee issues: the committee's, whatever zone the paper names last. */
    public static final String ISSUERS_DEPARTMENT = "issuers-department";
    static final String LEVELS = "市省区县";
    /** The Communist Youth League's committees, named by their level alone (团市委) as often as after their place. */
    static final Set<String> YOUTH_LEAGUE_COMMITTEES = Set.of("团市委", "团省委", "团区委", "团县委", "团区工委");
    /** People's organizations (人民团体, the CCPIT's 贸促会 among them) each level sets up: named like bodies, organizations by type (cues.tsv lists them as body words). */
    static final Set<String> PEOPLES_ORGANIZATIONS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("工商联", "总工会", "妇联", "科协", "侨联", "文联", "残联", "红十字会", "贸促会", "贸易促进委员会"), YOUTH_LEAGUE_COMMITTEES.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> SELF_LEVELLED = Set.of("区委", "市委", "省委", "县委", "州委", "地委", "盟委", "旗委", "区委常委会", "市委常委会",
            "省委常委会", "县委常委会", "州委常委会", "省人大", "市人大", "县人大", "区人大", "州人大", "旗人大", "盟人大");
    /** A people's congress's special committees (专门委员会). */
    static final Set<String> CONGRESS_COMMITTEES = Set.of("财政经济委员会", "法制委员会", "监察和司法委员会", "监察司法委员会", "内务司法委员会",
            "教育科学文化卫生委员会", "环境与资源保护委员会", "农业与农村委员会", "民族委员会", "民族侨务外事委员会", "侨务外事委员会", "华侨委员会",
            "社会建设委员会");
    /**
     * 社会和法制委员会: a congress's committee's name right after other characters, not after its congress (省人大财政经济委员会), is
     * the end of another committee's name (a CPPCC's).
     */
    static boolean endOfAnotherCommittee(String text, int start) {
        return start > 0 && SentenceView.isHan(text.charAt(start - 1)) && CONGRESS_WORDS.stream().noneMatch(word -> text.startsWith(word, start - word.length()));
    }

    private static final List<String> CONGRESS_WORDS = List.of("人大", "常委会", "人民代表大会", "常务委员会");
    /** Its standing committee's working committees (工作委员会). */
    static final Set<String> STANDING_COMMITTEES_WORKING_COMMITTEES = Set.of("法制工作委员会", "预算工作委员会", "代表工作委员会");
    private static final Set<String> ATTACH_TO_ZONE = Set.of("管委会", "管委", "管理委员会", "党委", "党工委", "纪工委", "监察工委", "投资促进局", "自贸委");

    @Override
    public String name() {
        return "government-pattern";
    }

    /**
     * 石家庄市政府办公会议: a body word's last character that HanLP reads as the start of a common word running on past
     * it (办公会议) is that word's, and the body word none; 市委常委会议 is the standing committee's meeting all the same.
     */
    private static boolean lastCharacterOpensAWord(SentenceView view, int end) {
        int last = view.tokenAt(end - 1);
        if (last < 0) {
            return false;
        }
        Token word = view.tokens().get(last);
        // 省发展改革委/以及: HanLP reads 委以 (to entrust) across the body's end before 以及.
        return word.start() == end - 1 && word.end() > end && !word.word().startsWith("会议") && !view.text().startsWith("以及", end) && (word.pos().startsWith("n") && !word.pos().startsWith("nr")
                && !word.pos().startsWith("ns") && !word.pos().startsWith("nt") || Pos.isVerb(word));
    }

    /** 交通警察支队三大队, 消防救援支队二中队: a numbered unit right after a detachment's name is a body inside it. */
    private static final Pattern NUMBERED_SQUAD = Pattern.compile("[一二三四五六七八九十]{1,3}(?:大队|中队)");

    /** A body ending in 支队 or 大队 (whichever source found it) runs on over the numbered unit right after it. */
    static List<EntityCandidate> withTheirNumberedUnits(List<EntityCandidate> candidates, SentenceView view) {
        List<EntityCandidate> extended = new ArrayList<>(candidates.size());
        for (EntityCandidate body : candidates) {
            java.util.regex.Matcher unit = body.type() == EntityType.GOVERNMENT && (view.slice(body.start(), body.end()).endsWith("支队")
                    || view.slice(body.start(), body.end()).endsWith("大队")) ? NUMBERED_SQUAD.matcher(view.text()).region(body.end(), view.sentence().end()) : null;
            extended.add(unit != null && unit.lookingAt() ? new EntityCandidate(body.type(), body.start(), unit.end(), body.source(), body.confidence()) : body);
        }
        return extended;
    }

    /**
     * 和林格尔新区管委会 (和/cc 林/ng 格尔/nrf): a body whose name starts inside a zone another source found, the zone ending
     * inside the body's name, starts where that zone starts; not at a bare zone word (自贸试验区舟山片区管委会 is 舟山片区's).
     */
    static List<EntityCandidate> openedAtTheirZone(List<EntityCandidate> candidates, SentenceView view) {
        List<EntityCandidate> opened = new ArrayList<>(candidates.size());
        for (EntityCandidate body : candidates) {
            int zoneStart = body.type() != EntityType.GOVERNMENT ? body.start() : candidates.stream()
                    .filter(zone -> zone.type() == EntityType.ZONE && zone.start() < body.start() && zone.end() > body.start() + 1 && zone.end() < body.end()
                            && view.hits().stream().noneMatch(word -> word.start() == zone.start() && word.cue(Cue.CueFamily.ZONE_SUFFIX) != null))
                    .mapToInt(EntityCandidate::start).min().orElse(body.start());
            opened.add(zoneStart == body.start() ? body : new EntityCandidate(body.type(), zoneStart, body.end(), body.source(), body.confidence()));
        }
        return opened;
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            Cue cue = hit.cue(Cue.CueFamily.GOV_BODY);
            if (cue == null) {
                continue;
            }
            // 河南省机场集团有限公司党委, 西门子股份公司管理委员会: a company's party committee or board is the company's, no
            // party or state body.
            if (companyEndsAt(view, hit.start()) || associationEndsAt(view, hit.start()) || levelInsideAnotherWord(view, hit, cue) || opensATerm(view, hit.end())
                    || lastCharacterOpensAWord(view, hit.end()) || cue.word().equals(GOVERNMENT) && governmentAfterABody(view, hit.start())
                    || peopleOfTheBody(view, hit.end()) || opensALongerNamedBody(view, hit)) {
                continue;
            }
            int anchor = NameAnchors.placeOrZoneEndingAt(view, hit.start(), true);
            if (anchor < 0) {
                anchor = NameAnchors.placeAndNounsEndingAt(view, hit.start());
            }
            // 台州综合保税区管理服务中心: a zone's administering centre is its body; a place's (人才管理服务中心) is a public
            // institution, no body.
            if (cue.word().equals(ZONES_SERVICE_CENTRE) && view.hits().stream().noneMatch(zone -> zone.end() == hit.start()
                    && (zone.hasType(EntityType.ZONE) || zone.cue(Cue.CueFamily.ZONE_SUFFIX) != null))) {
                continue;
            }
            anchor = anchor >= 0 ? withTheNounBeforeAKindWord(view, anchor, hit.start()) : anchor;
            int subdistrict = anchor == hit.start() - 2 ? PlacePatternSource.subdistrictBeforeItsBody(view, hit.start()) : -1;
            anchor = subdistrict >= 0 ? subdistrict : anchor;
            anchor = anchor >= 0 && EntityLinker.ZONE_BODIES.contains(cue.word()) ? withAJointZone(view, anchor) : anchor;
            // 福建省第十四届人民代表大会常务委员会: a congress's term between its place and its name (the linker drops it).
            int term = startOfACongressTerm(view, hit);
            if (anchor < 0 && term >= 0) {
                anchor = NameAnchors.placeOrZoneEndingAt(view, term, true);
            }
            // 顺德区北滘镇党委: a township no list knows, right after its listed district.
            if (anchor < 0) {
                anchor = PlacePatternSource.townshipEndingAt(view, hit.start());
            }
            boolean placeRead = anchor >= 0;
            if (anchor < 0) {
                anchor = PlacePatternSource.townshipBeforeItsBody(view, hit.start());
            }
            // 溪|河镇/ns 党委, 上/f 营/n 镇党委: a township its context names starts the body, over a place HanLP read inside it
            // (not over a township the body's own rule found: 原|梓山镇党委).
            int township = PlacePatternSource.townshipByItsContextEndingAt(view, hit.start());
            if (township >= 0 && (anchor < 0 || placeRead && township < anchor && anchor < hit.start())) {
                anchor = township;
            }
            // 烟台经济技术开发区（烟台黄渤海新区）管理委员会: the zone's other name in brackets between it and its committee.
            if (anchor < 0 && EntityLinker.ZONE_BODIES.contains(cue.word())) {
                anchor = zoneBeforeItsOtherName(view, hit.start());
            }
            // 延吉高新区冬季清雪除冰工作指挥部: a group's name runs over its whole task, past a proper noun in it (除冰/nz).
            // Not back over a verb to an earlier place (延吉市委督导延吉高新区乡村振兴领导小组).
            if (cue.word().equals(LEADING_GROUP_OFFICE) || cue.word().equals(LEADING_GROUP) || WORKS_GROUPS.contains(cue.word())) {
                int taskEnd = WORKS_GROUPS.contains(cue.word()) ? hit.start() + WORK.length() : hit.start();
                int group = leadingGroupStart(view, taskEnd, hit.end());
                anchor = group >= 0 && (anchor < 0 || group < anchor && view.tokensWithin(group, anchor).stream().noneMatch(Pos::isVerb)) ? group : anchor;
            }
            // 要求省大数据发展管理局: a level standing alone, then the body's field in several words (大/a 数据/n 发展/vn).
            if (anchor < 0 && !SELF_LEVELLED.contains(cue.word())) {
                anchor = levelBeforeAField(view, hit.start());
            }
            if (anchor < 0 && !SELF_LEVELLED.contains(cue.word())) {
                anchor = levelBeforeItsZone(view, hit.start());
            }
            char before = view.charAt(hit.start() - 1);
            int levelsGovernment = anchor < 0 && !cue.word().equals(GOVERNMENT) ? levelsGovernmentBefore(view, hit.start()) : -1;
            int district = SELF_LEVELLED.contains(cue.word()) ? placeEndingWithItsLevel(view, hit.start()) : -1;
            // 省工商联, 天津市总工会: a people's organization is set up by a level as a body is, but is an organization.
            EntityType type = PEOPLES_ORGANIZATIONS.contains(cue.word()) ? EntityType.ORGANIZATION : EntityType.GOVERNMENT;
            // 香港特区政府, 特区政府: a special administrative region's government, not a district's (区政府).
            if (anchor < 0 && hit.start() - 2 >= view.sentence().start() && view.text().startsWith("特区", hit.start() - 2)) {
                int region = NameAnchors.placeOrZoneEndingAt(view, hit.start() - 2, false);
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, region >= 0 ? region : hit.start() - 2, hit.end(), name(), 0.8));
                continue;
            }
            if (anchor < 0 && cue.word().equals(GOVERNMENT) && CountryAbbreviations.abbreviatesACountryBefore(view, hit.start())) {
                // 俄政府: a country's one-character name before 政府 is that country's government.
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start() - 1, hit.end(), name(), 0.8));
            } else if (anchor >= 0 && !NameAnchors.bareZoneInGeneralAt(view, anchor)) {
                candidates.add(new EntityCandidate(type, anchor, withItsCommittee(view, hit, cue), name(), 0.8));
            } else if (levelsGovernment >= 0 && !SELF_LEVELLED.contains(cue.word())) {
                // 省政府台办, 市政府办公室: an office of a level's government, named from the level on.
                candidates.add(new EntityCandidate(type, levelsGovernment, hit.end(), name(), 0.7));
            } else if (anchor < 0 && term > view.sentence().start() && LEVELS.indexOf(view.charAt(term - 1)) >= 0 && !SELF_LEVELLED.contains(cue.word())
                    && !everyBodyOfALevel(view, areaStart(view, term))) {
                // 自治区第十四届人民代表大会: a level's congress with its term between them.
                candidates.add(new EntityCandidate(type, areaStart(view, term), hit.end(), name(), 0.7));
            } else if ((LEVELS.indexOf(before) >= 0 || prefectureLevelAlone(view, hit.start())) && !SELF_LEVELLED.contains(cue.word())) {
                int start = areaStart(view, hit.start());
                // 各片区管委会: a level character ending a word (片区, 园区, 社区) is no level of a body.
                boolean endsAWord = start == hit.start() - 1 && AREA_WORD_OPENINGS.indexOf(view.charAt(start - 1)) >= 0;
                if (!everyBodyOfALevel(view, start) && !endsAWord) {
                    candidates.add(new EntityCandidate(type, start, hit.end(), name(), 0.7));
                }
            } else if (TOWNSHIP_LEVELS.indexOf(before) >= 0 && bareTownshipLevel(view, hit.start() - 1)) {
                // 带领镇党委委员, 。镇党委、镇政府: a township's bodies named by the level alone, as a county's are (县委).
                candidates.add(new EntityCandidate(type, hit.start() - 1, hit.end(), name(), 0.7));
            } else if (district >= 0) {
                // 坪山区委: a listed district's 区 is the committee's level too (坪/山/区委 to HanLP).
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, district, hit.end(), name(), 0.8));
            } else if (SELF_LEVELLED.contains(cue.word()) && !everyBodyOfALevel(view, hit.start())) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, unlistedPlaceBefore(view, hit.start()), hit.end(), name(), 0.6));
            } else if (before == '、' && (listedAfterANamedBody(view, hit.start(), candidates) || departmentsListedBare(view, hit))) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start(), hit.end(), name(), 0.6));
            } else if (anchor < 0 && view.text().startsWith(STATE_COUNCIL, hit.start() - STATE_COUNCIL.length())
                    && hit.start() - STATE_COUNCIL.length() >= view.sentence().start()) {
                // 会同国务院台办、商务部, 国务院国资委: a body word right after 国务院 names one of the State Council's bodies.
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start() - STATE_COUNCIL.length(), hit.end(), name(), 0.8));
            } else if (listedBesideACentralBody(view, hit)) {
                // 会同发展改革委、财政部: a body word alone beside a ministry in a list is a central body too (the linker names it).
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start(), hit.end(), LISTED_WITH_MINISTRIES, 0.7));
            } else if (YOUTH_LEAGUE_COMMITTEES.contains(cue.word())) {
                candidates.add(new EntityCandidate(EntityType.ORGANIZATION, hit.start(), hit.end(), name(), 0.7));
            } else if (anchor < 0 && (CONGRESS_COMMITTEES.contains(cue.word()) || STANDING_COMMITTEES_WORKING_COMMITTEES.contains(cue.word()))
                    && !endOfAnotherCommittee(view.text(), hit.start())) {
                // 财政经济委员会副主任委员: a congress's committee named bare (the linker finds its congress); not the end of another
                // committee's name (政协社会和法制委员会).
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start(), hit.end(), name(), 0.6));
            } else if (ATTACH_TO_ZONE.contains(cue.word()) || anchor < 0 && cue.word().equals(CUSTOMS) && bareCustomsActing(view, hit)) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, hit.start(), hit.end(), BARE, 0.3));
            }
        }
        candidates.addAll(workCommitteesOfAPartyCommittee(view));
        candidates.addAll(departmentsOfBareZones(view));
        candidates.addAll(departmentsOfTheIssuingCommittee(view));
        candidates.addAll(committeesOfNumberedUnits(view));
        candidates.addAll(numberedBranches(view, candidates));
        candidates.addAll(generalOffices(view, candidates));
        candidates.addAll(subdistrictOffices(view));
        candidates.addAll(villageBodies(view));
        candidates.addAll(branchesOfListedInstitutions(view));
        candidates.addAll(departmentsOfListedBodies(view));
        candidates.addAll(departmentsListedAfterTheirMinistrys(view, candidates));
        candidates.addAll(foreignMinistries(view));
        candidates.addAll(missionsAbroad(view));
        candidates.addAll(branchesOfBranches(view, candidates));
        candidates.addAll(subordinateCustoms(view, candidates));
        candidates.addAll(subunits(view, candidates));
        candidates.addAll(divisions(view, candidates));
        candidates.addAll(branchesForAnArea(view, candidates));
        candidates.addAll(customsOfficesInBrackets(view));
        candidates.addAll(partyCommitteesWithTheirTerm(view));
        candidates.addAll(congressesWithTheirTerm(view));
        candidates.addAll(withThePartysName(view, candidates));
        candidates.removeIf(candidate -> candidate.type() == EntityType.GOVERNMENT && aKindOfCustoms(view, candidate.start(), candidate.end()));
        return candidates;
    }

    /**
     * 黄石经济技术开发区·铁山区管委会: a zone and the district it is run with, joined by a middle dot, name one committee; where
     * the anchor is the district, the zone before the dot opens the body's name.
     */
    private static int withAJointZone(SentenceView view, int anchor) {
        boolean district = view.hits().stream().anyMatch(hit -> hit.start() == anchor && hit.value().entries().stream()
                .anyMatch(entry -> entry.type() == EntityType.PLACE && Gazetteer.COUNTY_LEVELS.contains(entry.kind())));
        if (anchor - 1 <= view.sentence().start() || "·•・".indexOf(view.charAt(anchor - 1)) < 0 || !district) {
            return anchor;
        }
        return view.hits().stream().filter(hit -> hit.end() == anchor - 1 && hit.start() >= view.sentence().start() && hit.hasType(EntityType.ZONE))
                .mapToInt(Lexicon.Hit::start).min().orElse(anchor);
    }

    /**
     * 上饶综合保税区须经海关总署会同…: the body word opens a longer body's listed name (海关总署), so no body's name ends with it
     * there.
     */
    private static boolean opensALongerNamedBody(SentenceView view, Lexicon.Hit cue) {
        return view.hits().stream().anyMatch(hit -> hit.start() == cue.start() && hit.end() > cue.end() && hit.hasType(EntityType.GOVERNMENT));
    }

    /** The levels whose governments have offices named after them (省政府台办, 区政府办公室). */
    static final String GOVERNMENT_LEVELS = "省市区县州";

    /** Where 省政府, 市人民政府 (a level, then its government) ending at {@code end} starts, where a word does; else -1. */
    private static int levelsGovernmentBefore(SentenceView view, int end) {
        for (String government : List.of("人民政府", GOVERNMENT)) {
            int level = end - government.length() - 1;
            if (level >= view.sentence().start() && view.text().startsWith(government, level + 1) && GOVERNMENT_LEVELS.indexOf(view.charAt(level)) >= 0
                    && view.tokenStartsAt(level) && (level == view.sentence().start() || !SentenceView.isHan(view.slice(level - 1, level))
                    || view.charAt(level - 1) == '和' || view.charAt(level - 1) == '及')) {
                return level;
            }
        }
        return -1;
    }

    /**
     * 州政府副州长…, 州商务局: 州 opening a word before a body (州/n 商务局, or 州政府/n read whole) is an autonomous
     * prefecture's level, as 县 is a county's; not the end of a place's name (苏州, 加州), which HanLP keeps in one word with it.
     * So is 盟 as a word of its own, a league's (盟发改委).
     */
    private static boolean prefectureLevelAlone(SentenceView view, int bodyStart) {
        // 美国联邦和州政府: a state's government, where the sentence names a country other than China.
        boolean foreignCountry = view.hits().stream().anyMatch(hit -> view.namesACountry(hit.start(), hit.end()) && !view.slice(hit.start(), hit.end()).equals("中国"));
        // 盟发改委: a league's bodies are named by its level alone too.
        return view.charAt(bodyStart - 1) == '州' && view.tokenStartsAt(bodyStart - 1) && !foreignCountry
                || view.charAt(bodyStart - 1) == '盟' && view.tokenStartsAt(bodyStart - 1) && view.tokenEndsAt(bodyStart);
    }

    /** First characters of words ending in 区 that name no level: 片区, 园区, 社区, 城区, 辖区, 景区, 校区, 厂区, 矿区, 郊区, 山区, 营区. */
    private static final String AREA_WORD_OPENINGS = "片园社城辖景校厂矿郊山营";

    /** How long a body's field between its level and its body word may be (大数据发展 of 省大数据发展管理局). */
    private static final int MAX_FIELD = 10;

    /**
     * Where the level word (省, 市, 区, 县) standing as a word of its own before the field words of a body ending at
     * {@code bodyStart} is, or -1. Field words are nouns, nouns of action and qualifiers, at least two of them.
     */
    private static int levelBeforeAField(SentenceView view, int bodyStart) {
        int index = view.tokenAt(bodyStart - 1);
        int words = 0;
        for (; index >= 0 && bodyStart - view.tokens().get(index).start() <= MAX_FIELD; index--, words++) {
            Token word = view.tokens().get(index);
            if (word.word().length() == 1 && LEVELS.indexOf(word.word().charAt(0)) >= 0) {
                return words >= 2 && word.start() >= view.sentence().start() ? word.start() : -1;
            }
            if (!namesAFieldOfABody(word) && !fieldsJoinedAt(view, index, bodyStart)) {
                return -1;
            }
        }
        return -1;
    }

    /** 经开区, 高新区, 管委会: a zone's short name or its committee, in brackets after a district's level. */
    private static final java.util.regex.Pattern ZONE_IN_BRACKETS = java.util.regex.Pattern.compile(
            "[（(](?!含|不含|包括|除)\\p{IsHan}{0,3}(?:开发区|经开区|高新区|新区|园区|保税区|综保区|试验区|合作区|管委会)[）)]$");

    /**
     * 区（经开区）财政局, 区（经开区）发展和改革委员会: a district run together with a zone names its bodies by the level and the
     * zone's short name in brackets; where that level is, for a body (or its field) starting at {@code at}, or -1.
     */
    private static int levelBeforeItsZone(SentenceView view, int at) {
        int from = Math.max(view.sentence().start(), at - 9);
        java.util.regex.Matcher bracket = ZONE_IN_BRACKETS.matcher(view.text()).region(from, at);
        if (!bracket.find()) {
            return -1;
        }
        int level = bracket.start() - 1;
        return level >= view.sentence().start() && LEVELS.indexOf(view.charAt(level)) >= 0
                && (level == view.sentence().start() || !SentenceView.isHan(view.slice(level - 1, level)) || WORDS_BEFORE_A_LEVEL.indexOf(view.charAt(level - 1)) >= 0)
                ? level : -1;
    }

    /** 任命王伟为区（经开区）…, 王伟的区（经开区）…职务: one-character words a bare level follows. */
    private static final String WORDS_BEFORE_A_LEVEL = "为的任和与及经由";

    private static boolean namesAFieldOfABody(Token word) {
        return word.pos().equals("n") || word.pos().equals("vn") || word.pos().equals("a") || word.pos().equals("b") || word.pos().equals("nz");
    }

    /**
     * 县文化体育和旅游局, 县农业农村和水利局: 和 between two fields of a merged bureau, a field's plain noun before it (not a
     * body's: 市商务局和发改委 are two bodies).
     */
    private static boolean fieldsJoinedAt(SentenceView view, int index, int bodyStart) {
        Token joiner = view.tokens().get(index);
        if (!Pos.joinsTwoFields(joiner) || index == 0 || joiner.end() > bodyStart) {
            return false;
        }
        Token before = view.tokens().get(index - 1);
        // 县总工会和人社局, 县消防救援大队和应急管理局: an institution's word before 和 ends a body of its own.
        return before.word().length() >= 2 && namesAFieldOfABody(before) && BODY_ENDINGS.indexOf(before.word().charAt(before.word().length() - 1)) < 0
                && view.hits().stream().noneMatch(hit -> hit.end() == before.end() && hit.endsAnInstitution());
    }

    /**
     * 中共双峰县委, 中共娄底市委组织部: the party's name before one of its committees (a 委) is part of that body's name; so is
     * a body's between the party's name and 委员会 (中共郑州海关委员会).
     */
    private static List<EntityCandidate> withThePartysName(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> found = new ArrayList<>();
        for (EntityCandidate body : bodies) {
            int start = body.start() - EntityLinker.PARTY.length();
            if (body.type() == EntityType.GOVERNMENT && start >= view.sentence().start() && view.text().startsWith(EntityLinker.PARTY, start)
                    && view.slice(body.start(), body.end()).contains("委") && view.tokenStartsAt(start)) {
                found.add(new EntityCandidate(EntityType.GOVERNMENT, start, body.end(), body.source(), body.confidence()));
            }
            // 中共郑州海关委员会: the party committee of a body, named between the party's name and 委员会.
            if (body.type() == EntityType.GOVERNMENT && start >= view.sentence().start() && view.text().startsWith(EntityLinker.PARTY, start)
                    && view.tokenStartsAt(start) && view.text().startsWith(COMMITTEE, body.end()) && body.end() + COMMITTEE.length() <= view.sentence().end()) {
                found.add(new EntityCandidate(EntityType.GOVERNMENT, start, body.end() + COMMITTEE.length(), body.source(), body.confidence()));
            }
        }
        return found;
    }

    /**
     * 共青团嘉善县委, 共青团广州市南沙区委员会: a place's committee, found by any source, after the Youth League's name is the
     * league's committee of the place, a people's organization as 团县委 is, not the party's.
     */
    static List<EntityCandidate> ofTheYouthLeague(SentenceView view, List<EntityCandidate> candidates) {
        List<EntityCandidate> found = new ArrayList<>();
        for (EntityCandidate body : candidates) {
            int league = body.start() - YOUTH_LEAGUE.length();
            if (body.type() == EntityType.GOVERNMENT && league >= view.sentence().start() && view.text().startsWith(YOUTH_LEAGUE, league)
                    && (view.charAt(body.end() - 1) == '委' || view.slice(body.start(), body.end()).endsWith(COMMITTEE))) {
                found.add(new EntityCandidate(EntityType.ORGANIZATION, league, body.end(), body.source(), body.confidence()));
            }
        }
        return found;
    }

    private static final String YOUTH_LEAGUE = "共青团";
    static final String COMMITTEE = "委员会";

    /**
     * A division (…处, …科, …局) or a ministry's department (…司), its last character a word of its own to HanLP or the
     * end of an institution's word (管理处/nis, 规划局/nis).
     */
    private static final java.util.regex.Pattern DIVISION = java.util.regex.Pattern.compile("^[（(]?(\\p{IsHan}{2,12}?)[处科司局]");

    /** What may join a division's name to the next one (省商务厅对外贸易处和省财政厅经济建设处). */
    private static final String JOINING = "和及与";

    /**
     * 自治区发展改革委开放合作处副处长, 财政厅经济建设处, 南宁海关自贸区和特殊区域发展处, 海关总署（自贸区和特殊区域发展司）:
     * a body's division is a body of its own, named from the body on (only the division when it stands in brackets). It must
     * stand as a word, before a title or where the name's clause ends (not 财政厅到处都是).
     */
    private List<EntityCandidate> divisions(SentenceView view, List<EntityCandidate> bodies) {
        List<int[]> spans = governmentSpans(view, bodies);
        List<EntityCandidate> divisions = new ArrayList<>();
        int sentenceEnd = view.sentence().end();
        for (int[] body : spans) {
            // 郑州海关原/b 加工贸易监管处副处长: the former office's division, named after 原, without its body.
            boolean former = view.charAt(body[1]) == '原' && view.tokenStartsAt(body[1]) && view.tokenEndsAt(body[1] + 1);
            int from = former ? body[1] + 1 : body[1];
            java.util.regex.Matcher division = DIVISION.matcher(view.text()).region(from, sentenceEnd);
            if (!division.lookingAt()) {
                continue;
            }
            int end = division.end();
            boolean bracketed = division.start(1) > from;
            int start = bracketed || former ? division.start(1) : body[0];
            List<Token> words = view.tokensWithin(division.start(1), end);
            Token last = words.isEmpty() ? null : words.get(words.size() - 1);
            int runStart = division.start(1);
            // Not a clause about two bodies (镇政府将会同县人力社保局, 友谊关海关及凭祥市公安局, 管委会与公司); the area or body
            // word right after the body may open the division's name (金融监管总局珠海监管分局, 省委组织部干部监督处).
            boolean standsAlone = last != null && last.end() == end
                    && (last.word().length() == 1 || last.pos().equals("nis") || headedThere(view, last, end))
                    && view.tokenStartsAt(runStart) && java.util.stream.IntStream.range(0, words.size())
                            .noneMatch(i -> outsideADivisionsName(words.get(i)) && !adverbOfANoun(words, i))
                    && view.hits().stream().noneMatch(hit -> hit.start() > runStart && hit.end() < end
                            && (hit.hasType(EntityType.GOVERNMENT, EntityType.PLACE) || hit.cue(Cue.CueFamily.GOV_BODY) != null))
                    && !twoBodiesJoinedWithin(view, words)
                    // 界首高新区党工委书记韩涛率领高新区招商局: a title before a name or a verb ends the body's name (秘书一处 and
                    // 律师工作处 keep theirs).
                    && view.hits().stream().noneMatch(hit -> hit.start() >= runStart && hit.end() < end - 1 && hit.cue(Cue.CueFamily.TITLE) != null
                            && nameOrVerbAt(view, hit.end()));
            char after = view.charAt(end);
            boolean joined = JOINING.indexOf(after) >= 0 && view.tokenStartsAt(end) && view.tokenEndsAt(end + 1);
            boolean closes = bracketed ? after == '）' || after == ')'
                    : end == sentenceEnd || SentenceView.isPunctuation(after) || PersonSource.titleStartsAt(view, end) || joined;
            if (standsAlone && closes) {
                divisions.add(new EntityCandidate(EntityType.GOVERNMENT, start, end, name(), 0.8));
            }
        }
        return divisions;
    }

    /**
     * 县委组织部和县财政局: a body word right before a joining word, or a level standing alone after it, opens a second body;
     * a division's own fields may be joined (南宁海关自贸区和特殊区域发展处).
     */
    private static boolean twoBodiesJoinedWithin(SentenceView view, List<Token> words) {
        for (int index = 1; index < words.size(); index++) {
            Token word = words.get(index);
            boolean levelAlone = word.word().length() == 1 && LEVELS.indexOf(word.word().charAt(0)) >= 0;
            boolean joinerAfterABody = JOINING.contains(word.word()) && view.hits().stream()
                    .anyMatch(hit -> hit.end() == word.start() && hit.cue(Cue.CueFamily.GOV_BODY) != null);
            if (levelAlone || joinerAfterABody) {
                return true;
            }
        }
        return false;
    }

    /** A person's name or a verb opens the word at {@code at}. */
    private static boolean nameOrVerbAt(SentenceView view, int at) {
        int index = view.tokenAt(at);
        Token word = index < 0 ? null : view.tokens().get(index);
        return word != null && word.start() == at && (word.posStartsWith("nr") || Pos.isVerb(word));
    }

    /** 新时代海关人的初心: a body word and 人 (its word of its own) name the body's people, no body. */
    private static boolean peopleOfTheBody(SentenceView view, int end) {
        int index = view.tokenAt(end);
        return index >= 0 && view.tokens().get(index).start() == end && view.tokens().get(index).word().equals("人");
    }

    /**
     * 稽/nr 查处/v 副处长: HanLP may glue the division's character to the word before it when its head's title follows; a title
     * of that very division (…处副处长, …科科长) shows the character ends a name.
     */
    private static boolean headedThere(SentenceView view, Token last, int end) {
        char division = view.charAt(end - 1);
        int title = view.charAt(end) == '副' ? end + 1 : end;
        int piece = view.tokenAt(last.start() - 1);
        // The piece HanLP split off before it is one character (稽/nr 查处), not a word of the clause (严格/ad 查处).
        return last.word().length() == 2 && view.charAt(title) == division && view.charAt(title + 1) == '长'
                && piece >= 0 && view.tokens().get(piece).word().length() == 1;
    }

    /** 经常/d 项目管理/gi 处: an adverb-tagged word opening a noun phrase inside the name (current account), not the division's last. */
    private static boolean adverbOfANoun(List<Token> words, int i) {
        Token next = i + 1 < words.size() ? words.get(i + 1) : null;
        return words.get(i).pos().equals("d") && words.get(i).word().length() == 2 && next != null && i + 2 < words.size()
                && (next.pos().startsWith("n") || next.pos().startsWith("g"));
    }

    /**
     * Words a division's name has no use for: punctuation, 等, adverbs, prepositions, particles, pronouns, 及 and 与, and the verbs
     * that say where an office sits (指挥部办公室（设在经开区应急管理局）: the host body, no division).
     */
    private static boolean outsideADivisionsName(Token word) {
        String pos = word.pos();
        return pos.equals("w") || word.word().equals("等") || pos.startsWith("d") || pos.startsWith("p") || pos.startsWith("u") || pos.startsWith("r")
                || word.word().equals("及") || word.word().equals("与") || word.word().equals("公司") || HOSTED_AT.contains(word.word());
    }

    private static final Set<String> HOSTED_AT = Set.of("设在", "设于", "挂靠", "位于", "依托");

    /**
     * 云南省人民代表大会财政经济委员会: a congress's special committee right after it is the body named, not the congress
     * (its standing committee is a body word of its own).
     */
    private static int withItsCommittee(SentenceView view, Lexicon.Hit hit, Cue cue) {
        if (!cue.word().equals(PEOPLES_CONGRESS)) {
            return hit.end();
        }
        java.util.regex.Matcher committee = CONGRESS_COMMITTEE.matcher(view.text()).region(hit.end(), view.sentence().end());
        return committee.lookingAt() ? committee.end() : hit.end();
    }

    static final String PEOPLES_CONGRESS = "人民代表大会";
    private static final java.util.regex.Pattern CONGRESS_COMMITTEE = java.util.regex.Pattern.compile("[\\p{IsHan}]{2,10}?委员会");

    /** The spans of the bodies found so far in the sentence and of the listed ones. */
    private static List<int[]> governmentSpans(SentenceView view, List<EntityCandidate> bodies) {
        List<int[]> spans = new ArrayList<>();
        bodies.stream().filter(body -> body.type() == EntityType.GOVERNMENT).forEach(body -> spans.add(new int[] {body.start(), body.end()}));
        view.hits().stream().filter(hit -> hit.hasType(EntityType.GOVERNMENT)).forEach(hit -> spans.add(new int[] {hit.start(), hit.end()}));
        return spans;
    }

    private static final String STATE_COUNCIL = "国务院";
    /** The titles of a customs office's head and deputies. */
    static final List<String> CUSTOMS_HEADS = List.of("关长", "副关长");

    /** 驻新郑综合保税区办事处: the offices a body keeps at a place or zone. */
    private static final List<String> STATIONED_OFFICES = List.of("办事处", "代表处", "联络处", "工作站", "办公室", "领事办公室", "监管处", "监管科");
    private static final java.util.regex.Pattern ANTI_SMUGGLING = java.util.regex.Pattern.compile("缉私(?:局|分局|处|科)");
    private static final List<String> COURT_ENDINGS = List.of("法院", "中院", "高院", "检察院", "检察分院");
    /**
     * 刑二庭, 民一庭, 行政庭, 民事审判第四庭, 涉外商事审判庭: a court's divisions; 审判委员会 its judicial committee; 检察委员会 and
     * 第六检察部 a procuratorate's committee and departments.
     */
    static final java.util.regex.Pattern COURT_DIVISION = java.util.regex.Pattern.compile(
            "^(?:(?:(?:涉外)?(?:刑事|民事|行政|商事|海商|海事|知识产权|金融|破产|家事|少年家事|环境资源)(?:审判)?(?:第?[一二三四五六七八九十]{1,2})?|刑[一二三四五六七八九十]{0,2}|民[一二三四五六七八九十]{0,2}|立案|执行|审判监督)庭"
            + "|审判委员会|检察委员会|第[一二三四五六七八九十]{1,2}检察部)");

    private static final String TRIBUNAL_WORD = "法庭";
    /** 第三法庭: a numbered courtroom, no tribunal. */
    private static final java.util.regex.Pattern NUMBERED_COURTROOM = java.util.regex.Pattern.compile("第|[一二三四五六七八九十0-9０-９]");
    private static final java.util.regex.Pattern TRIBUNAL = java.util.regex.Pattern.compile("^\\p{IsHan}{2,6}?" + TRIBUNAL_WORD);

    /**
     * 郑州海关驻新郑综合保税区办事处, 广东省高级人民法院刑二庭: a body's office stationed at a listed place or zone, and a court's
     * division, are bodies of their own, named from the body on (HanLP reads 刑二庭 as a person's name).
     */
    private List<EntityCandidate> subunits(SentenceView view, List<EntityCandidate> bodies) {
        List<int[]> spans = governmentSpans(view, bodies);
        List<EntityCandidate> subunits = new ArrayList<>();
        int sentenceEnd = view.sentence().end();
        for (int[] body : spans) {
            int end = body[1];
            if (end < sentenceEnd && view.charAt(end) == '驻') {
                int placeEnd = view.hits().stream().filter(hit -> hit.start() == end + 1 && hit.hasType(EntityType.PLACE, EntityType.ZONE))
                        .mapToInt(Lexicon.Hit::end).max().orElse(-1);
                for (String office : STATIONED_OFFICES) {
                    if (placeEnd > 0 && view.text().startsWith(office, placeEnd) && placeEnd + office.length() <= sentenceEnd) {
                        subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], placeEnd + office.length(), name(), 0.8));
                    }
                }
            }
            // 南宁海关缉私局, 海关总署缉私局: customs' anti-smuggling police are a bureau of the customs office.
            java.util.regex.Matcher smuggling = ANTI_SMUGGLING.matcher(view.slice(end, sentenceEnd));
            if (view.slice(body[0], end).matches(".*海关(?:总署)?") && smuggling.lookingAt()) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], end + smuggling.end(), name(), 0.8));
            }
            // 国家统计局连云港调查队: the statistics bureau's survey teams are named by the place they survey.
            int surveyed = view.slice(body[0], end).endsWith(STATISTICS) ? view.hits().stream()
                    .filter(hit -> hit.start() == end && hit.hasType(EntityType.PLACE)).mapToInt(Lexicon.Hit::end).max().orElse(-1) : -1;
            for (String team : SURVEY_TEAMS) {
                if (surveyed > 0 && view.text().startsWith(team, surveyed) && surveyed + team.length() <= sentenceEnd) {
                    subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], surveyed + team.length(), name(), 0.8));
                }
            }
            // 国家统计局旬阳/nz 调查队: a place the lists know only by its full name is the surveyed one all the same.
            java.util.regex.Matcher unlisted = surveyed < 0 && view.slice(body[0], end).endsWith(NATIONAL_STATISTICS)
                    ? SURVEYED_UNLISTED.matcher(view.text()).region(end, sentenceEnd) : null;
            if (unlisted != null && unlisted.lookingAt()) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], unlisted.end(), name(), 0.8));
            }
            // 省委第四巡视组, 市委巡察办: a party committee's inspection teams and their office are its units.
            java.util.regex.Matcher team = INSPECTION.matcher(view.slice(end, sentenceEnd));
            if (view.charAt(end - 1) == '委' && team.lookingAt() && teamEndsAt(view, end + team.end())) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], end + team.end(), name(), 0.8));
            }
            // 市委改革办, 省委网信办, 市委金融办: a party committee's office, named by its field for short, where the name
            // ends (before a mark or its head's title).
            java.util.regex.Matcher office = COMMITTEES_OFFICE.matcher(view.slice(end, sentenceEnd));
            if (SELF_LEVELLED.contains(view.slice(Math.max(body[0], end - 2), end)) && office.lookingAt() && view.tokenEndsAt(end + office.end())
                    && namesAField(view.tokensWithin(end, end + office.end()))
                    && (officeEndsAt(view, end + office.end()) || listedOfficeBeforeAVerb(view, end, end + office.end()))
                    // 市委决定办: no verb of what the committee does (改革/vn names a field).
                    && view.tokensWithin(end, end + office.end() - 1).stream().noneMatch(word -> Pos.isVerb(word) && word.word().length() > 1)) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], end + office.end(), name(), 0.8));
            }
            // 国务院自由贸易试验区工作部际联席会议: the council's joint conferences and leading groups.
            java.util.regex.Matcher group = JOINT_BODY.matcher(view.slice(end, sentenceEnd));
            if (view.slice(body[0], end).endsWith("国务院") && group.lookingAt() && view.tokenEndsAt(end + group.end())
                    && namesAField(view.tokensWithin(end, end + group.end()))) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], end + group.end(), name(), 0.8));
            }
            // 宁东能源化工基地管理委员会经济发展局, 省人大常委会代表工作委员会, 省政府督查室: a department of a committee or
            // government, named after its field right after the body.
            // 湖南湘江新区党工委组织人事部: a party committee's departments are named 部.
            java.util.regex.Matcher department = (view.charAt(end - 1) == '委' ? PARTY_DEPARTMENT : DEPARTMENT_AFTER_A_BODY).matcher(view.slice(end, sentenceEnd));
            // 区税务局协助市场监管局: after a bureau, a verb of working with another joins two bodies.
            boolean bureau = view.charAt(end - 1) == '局';
            if (BODIES_WITH_DEPARTMENTS.stream().anyMatch(view.slice(body[0], end)::endsWith) && department.lookingAt()
                    && namesADepartment(view, end, end + department.end())
                    && (!bureau || view.tokensWithin(end, end + department.end()).stream().noneMatch(word -> WORKING_WITH.contains(word.word())))) {
                // 省委自由贸易港工作委员会办公室: and the office of that department.
                int departmentEnd = end + department.end();
                departmentEnd += view.text().startsWith(OFFICE, departmentEnd) && view.tokenEndsAt(departmentEnd + OFFICE.length()) ? OFFICE.length() : 0;
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], departmentEnd, name(), 0.8));
            }
            java.util.regex.Matcher division = COURT_DIVISION.matcher(view.slice(end, sentenceEnd));
            boolean court = COURT_ENDINGS.stream().anyMatch(view.slice(body[0], end)::endsWith);
            if (court && division.find() && view.tokenEndsAt(end + division.end())) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], end + division.end(), name(), 0.8));
            } else if (court) {
                // 上海市浦东新区人民法院自由贸易区法庭, 浦东法院自贸区法庭, 龙岗区人民法院坪地法庭: a tribunal for an area or a field,
                // named in nouns (not 法院依法在法庭…, 法院开设的法庭).
                java.util.regex.Matcher tribunal = TRIBUNAL.matcher(view.slice(end, sentenceEnd));
                int tribunalEnd = tribunal.lookingAt() ? end + tribunal.end() : -1;
                if (tribunalEnd > 0 && view.tokenStartsAt(end) && view.tokenEndsAt(tribunalEnd) && view.tokensWithin(end, tribunalEnd - TRIBUNAL_WORD.length()).stream()
                        // 坪/ng 地/ude2: HanLP reads a place's 地 as the adverbial particle.
                        .noneMatch(token -> Pos.isVerb(token) || token.pos().startsWith("u") && !token.pos().equals("ude2") || token.pos().startsWith("p")
                                || token.pos().startsWith("d") || token.pos().startsWith("m") || token.pos().startsWith("q"))
                        && !NUMBERED_COURTROOM.matcher(view.slice(end, tribunalEnd)).find()) {
                    subunits.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], tribunalEnd, name(), 0.8));
                }
            }
        }
        // 中央第五生态环境保护督察组: the centre's teams, named from 中央 on.
        String sentence = view.slice(view.sentence().start(), sentenceEnd);
        for (int at = sentence.indexOf(CENTRE); at >= 0; at = sentence.indexOf(CENTRE, at + 1)) {
            int start = view.sentence().start() + at;
            java.util.regex.Matcher team = INSPECTION.matcher(view.slice(start + CENTRE.length(), sentenceEnd));
            if (view.tokenStartsAt(start) && team.lookingAt() && teamEndsAt(view, start + CENTRE.length() + team.end())) {
                subunits.add(new EntityCandidate(EntityType.GOVERNMENT, start, start + CENTRE.length() + team.end(), name(), 0.8));
            }
        }
        return subunits;
    }

    /** Where a word ends, or the team's head follows (第二巡察组组长: HanLP reads 组组/长). */
    private static boolean teamEndsAt(SentenceView view, int end) {
        return view.tokenEndsAt(end) || view.text().startsWith("组长", end) || view.text().startsWith("副组长", end);
    }

    /** 改革办 of 市委改革办, 台办 of 市委台办: a party committee's office named for short by its field. */
    static final java.util.regex.Pattern COMMITTEES_OFFICE = java.util.regex.Pattern.compile("\\p{IsHan}{1,5}?办");

    /** 海沧区委台办帮助协调: an office the cues know by its short name (台办), before a verb of what it does. */
    private static boolean listedOfficeBeforeAVerb(SentenceView view, int start, int end) {
        int next = view.tokenAt(end);
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null)
                && next >= 0 && view.tokens().get(next).start() == end && Pos.isVerb(view.tokens().get(next));
    }

    /** A short name ends at a mark, the sentence's end or its head's title (主任, 副主任). */
    private static boolean officeEndsAt(SentenceView view, int end) {
        return end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || view.text().startsWith("主任", end)
                || view.text().startsWith("副主任", end) || view.text().startsWith("常务副主任", end);
    }

    private static final String STATISTICS = "统计局";
    private static final List<String> SURVEY_TEAMS = List.of("调查总队", "调查队");
    /** 旬阳调查队 (not 直属调查队, 派出调查队, 及其调查队: no place's). */
    private static final java.util.regex.Pattern SURVEYED_UNLISTED = java.util.regex.Pattern.compile("(?!直属|派出|及其|所属|下属|各)\\p{IsHan}{2,4}?(?:调查总队|调查队)");
    private static final String NATIONAL_STATISTICS = "国家统计局";
    static final String CENTRE = "中央";
    /** 巡视组, 督察组: the words of an inspection team. */
    static final String INSPECTION_TEAM = "(?:巡视|巡察|督察|督导)组";
    /** 第四 of 第四巡视组: a team's number. */
    static final String TEAMS_NUMBER = "第[一二三四五六七八九十]{1,3}";
    /** 第四巡视组, 第五生态环境保护督察组, 巡察办: an inspection team, numbered, maybe with its field, or the office of such teams. */
    private static final java.util.regex.Pattern INSPECTION = java.util.regex.Pattern.compile(
            "(?:" + TEAMS_NUMBER + "\\p{IsHan}{0,8}?|\\p{IsHan}{0,8}?)" + INSPECTION_TEAM + "|(?:巡视|巡察)(?:工作领导小组办公室|工作领导小组|办)");

    /**
     * 厦门海关所属东渡海关、海沧海关: a customs office named after a port or quarter no list knows is one after 所属, or listed
     * beside another customs office, or read by HanLP as a proper name; its name runs back to the mark (所属, 、) two to four characters before 海关.
     */
    private List<EntityCandidate> subordinateCustoms(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> offices = new ArrayList<>();
        String sentence = view.slice(view.sentence().start(), view.sentence().end());
        for (int found = sentence.indexOf(CUSTOMS); found >= 0; found = sentence.indexOf(CUSTOMS, found + 1)) {
            int at = view.sentence().start() + found;
            int end = at + CUSTOMS.length();
            for (int from = at - MAX_CUSTOMS_NAME; from <= at - 2; from++) {
                int start = from;
                if (start < view.sentence().start() || !SentenceView.isHan(view.slice(start, at))) {
                    continue;
                }
                boolean afterBelonging = view.text().startsWith("所属", start - 2);
                // 推动东渡海关、…, 在南京海关、…, 与宁波海关、…: a longer name holds no verb, preposition or conjunction (HanLP reads
                // 东渡 as one, a name of two characters stands); without a mark before it the name is those two characters, a word of its own.
                boolean noVerbPrepositionOrConjunction = start == at - 2 || view.tokensWithin(start, at).stream()
                        .noneMatch(token -> Pos.isVerb(token) || token.posStartsWith("p") || token.posStartsWith("c"));
                boolean bounded = noVerbPrepositionOrConjunction && (afterBelonging || NAME_MARKS.indexOf(view.charAt(start - 1)) >= 0 || start == at - 2 && view.tokenStartsAt(start));
                boolean listed = view.charAt(start - 1) == '、' && bodies.stream().anyMatch(body -> body.end() == start - 1 && customs(view, body))
                        || view.charAt(end) == '、' && bodies.stream().anyMatch(body -> body.start() == end + 1 && customs(view, body));
                // 西永/nr 海关, 东疆/nr 海关: a place of two characters that HanLP read as a proper name, one word of its own.
                // Not a country (中国海关) nor countries abbreviated (中俄/j 海关合作).
                Token opening = view.tokens().get(view.tokenAt(start));
                boolean readAsAName = start == at - 2 && view.tokenStartsAt(start) && opening.end() == at
                        && (opening.posStartsWith("nr") || opening.posStartsWith("ns")) && !view.namesACountry(start, at)
                        && !CountryAbbreviations.abbreviatesACountryBefore(view, at);
                // 二/m 连/ulian 海关 beside 二连浩特: a city's name cut to two characters, the city named in the sentence too.
                boolean cityCut = start == at - 2 && view.tokenStartsAt(start) && view.hits().stream().anyMatch(place -> place.hasType(EntityType.PLACE)
                        && place.end() - place.start() > 2 && (place.end() <= start || place.start() >= end) && view.text().startsWith(view.slice(start, at), place.start()));
                // ，兴隆/a 海关关长仉德明, 据二/m 连/ulian 海关关长: a word of two characters opening a clause, or after a preposition,
                // before 海关 and its head's title names the office, whatever HanLP reads the word as (not 龙洞堡|机场海关关长: the
                // end of a longer name).
                int previous = view.tokenAt(start - 1);
                boolean afterAPreposition = previous >= 0 && view.tokens().get(previous).end() == start && view.tokens().get(previous).posStartsWith("p");
                boolean headed = start == at - 2 && view.tokenStartsAt(start) && view.tokenEndsAt(at) && CUSTOMS_HEADS.stream().anyMatch(head -> view.text().startsWith(head, end))
                        && (start == view.sentence().start() || NAME_MARKS.indexOf(view.charAt(start - 1)) >= 0 || afterAPreposition);
                if (bounded && (afterBelonging || listed || readAsAName || cityCut || headed) && !NOT_CUSTOMS_NAMES.matcher(view.slice(start, at)).matches() && bodies.stream().noneMatch(body -> body.start() <= start && body.end() >= end)) {
                    offices.add(new EntityCandidate(EntityType.GOVERNMENT, start, end, name(), 0.7));
                    break;
                }
            }
        }
        return offices;
    }

    static final String CUSTOMS = "海关";
    private static final String NAME_MARKS = "、，,；;：:（(";
    /** 各地海关, 直属海关, 口岸海关, 新任海关关长, 两位海关关长, 这些海关: a scope, a kind, a term or a count of customs offices or heads, no name. */
    private static final java.util.regex.Pattern NOT_CUSTOMS_NAMES = java.util.regex.Pattern.compile(
            "[各全该本每其].*|[新现前原时]任|.*[位名]|[这那哪]些|几个|多[国个家]|.*(?:直属|隶属|属地|口岸|地方|基层|相关|有关|当地|沿海|沿边|内陆|国内|境内|境外|外国|各级|主管|辖区|周边|所在|相应|对口|当事|海关|智慧|[中外双对我各他蒙俄越老缅哈吉日韩朝美欧]方)");
    private static final int MAX_CUSTOMS_NAME = 4;

    /**
     * 今年以来海关在舟山片区推出…, 海关将继续推进…: 海关 alone, opening a clause (at the sentence's start, after a mark, a time or
     * a conjunction: not 各地海关, 由海关负责) and doing something (an adverb, a preposition or a verb after it: not 海关监管,
     * which HanLP reads as a noun) is a customs house the linker may know. 海关总署 is one word, and 海关特殊监管区域 a term
     * {@link #opensATerm} leaves out before.
     */
    private static boolean bareCustomsActing(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        if (index < 0 || !view.tokenStartsAt(hit.start()) || !view.tokenEndsAt(hit.end()) || index + 1 >= view.tokens().size()) {
            return false;
        }
        Token before = index > 0 ? view.tokens().get(index - 1) : null;
        boolean opensAClause = before == null || before.pos().equals("w") && !Brackets.isBracket(before.word())
                || before.pos().equals("t") || before.pos().equals("f") || before.pos().startsWith("c");
        String after = view.tokens().get(index + 1).pos();
        return opensAClause && (after.startsWith("d") || after.equals("p") || after.equals("v"));
    }

    /**
     * 周边海关, 主管海关: a kind or scope of customs office, whoever reads it as a name; 综合保税区海关监管, 新郑综保区海关监管作业场所:
     * the customs' supervision of comprehensive bonded zones, or of one by its short form (no office's name holds 综保区; a
     * named zone's full name before 海关监管 may be an office's, 成都高新综合保税区海关, and stays).
     */
    static boolean aKindOfCustoms(SentenceView view, int start, int end) {
        if (end - start <= CUSTOMS.length() || !view.text().startsWith(CUSTOMS, end - CUSTOMS.length())) {
            return false;
        }
        String name = view.slice(start, end - CUSTOMS.length());
        return NOT_CUSTOMS_NAMES.matcher(name).matches()
                || BONDED_ZONE_KINDS.contains(name) || name.endsWith(BONDED_ZONE_SHORT) && view.text().startsWith(SUPERVISION, end);
    }

    private static final List<String> BONDED_ZONE_KINDS = List.of("综合保税区", "综保区");
    private static final String BONDED_ZONE_SHORT = "综保区";
    private static final String SUPERVISION = "监管";

    /** A customs office with a name of its own (天津海关, not 海关 alone). */
    private static boolean customs(SentenceView view, EntityCandidate body) {
        return body.length() > CUSTOMS.length() && view.text().startsWith(CUSTOMS, body.end() - CUSTOMS.length());
    }

    /** 第十二师, 第三支队: a numbered unit of a body, right before the unit's own committee. */
    private static final java.util.regex.Pattern NUMBERED_UNIT = java.util.regex.Pattern.compile("第[一二三四五六七八九十百0-9]{1,4}(?:师|团|支队|大队|分局)$");

    /**
     * 新疆生产建设兵团第十二师党委: the committee of a listed body's numbered unit is the unit's, one body from the listed
     * name to the committee word (not the listed body's own 党委).
     */
    private List<EntityCandidate> committeesOfNumberedUnits(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.GOV_BODY) == null) {
                continue;
            }
            java.util.regex.Matcher unit = NUMBERED_UNIT.matcher(view.text()).region(Math.max(view.sentence().start(), hit.start() - 8), hit.start());
            if (!unit.find()) {
                continue;
            }
            int unitStart = unit.start();
            view.hits().stream().filter(body -> body.end() == unitStart && body.start() >= view.sentence().start() && body.hasType(EntityType.GOVERNMENT))
                    .mapToInt(Lexicon.Hit::start).min()
                    .ifPresent(start -> found.add(new EntityCandidate(EntityType.GOVERNMENT, start, hit.end(), name(), 0.85)));
        }
        return found;
    }

    /** A zone's word for itself before a department of its committee: 经开区经济发展局, 综保区管委会经济发展局, 高新区招商局. */
    private static final java.util.regex.Pattern ZONE_DEPARTMENT = java.util.regex.Pattern.compile(
            "(?:经开区|综保区|保税区|高新区|开发区|合作区|新区|片区|园区)((?:管委会|管理委员会)?\\p{IsHan}{2,10}?(?:局|委员会|办公室))");
    private static final java.util.regex.Pattern ZONE_COMMITTEES_DEPARTMENT = java.util.regex.Pattern.compile(
            "(管委会|管理委员会)?(\\p{IsHan}{2,10}?(?:局|委员会|办公室))");

    /**
     * 由经开区经济发展局负责解释, 高新区招商局、新区发展改革局: a department of a zone's committee, named after the zone's word
     * for itself; its words must name a field (no verb of the clause, function word or count: 新区发展 is no department).
     */
    private List<EntityCandidate> departmentsOfBareZones(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "局委办")) { // every department's name ends in 局, 委员会 or 办公室
            return found;
        }
        java.util.regex.Matcher department = ZONE_DEPARTMENT.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (department.find()) {
            List<Token> words = view.tokensWithin(department.start(1), department.end());
            boolean field = namesAField(words);
            // 局 as a word of its own or an institution's (经济发展/局, 招商局/nis), not the end of another word (格局, 布局).
            Token last = words.isEmpty() ? null : words.get(words.size() - 1);
            boolean officeWord = last != null && (last.pos().equals("nis") || OFFICE_WORDS.contains(last.word()));
            // 由经开区…, 、新区…: the zone's word stands after a function word or a break, not inside a name (滨海湾新区).
            boolean standsAlone = standsAlone(view, department.start());
            // 成都高新区科技创新局: a zone named in full before the department is the department's zone.
            int zoneEnd = department.start(1);
            java.util.Optional<Lexicon.Hit> namedZone = view.hits().stream()
                    .filter(hit -> hit.end() == zoneEnd && hit.start() < department.start() && hit.hasType(EntityType.ZONE)).findFirst();
            if (field && officeWord && (standsAlone && view.tokenStartsAt(department.start()) || namedZone.isPresent()) && view.tokenEndsAt(department.end())) {
                int start = namedZone.map(Lexicon.Hit::start).orElse(department.start());
                found.add(new EntityCandidate(EntityType.GOVERNMENT, start, department.end(), name(), 0.8));
            }
        }
        // 宜宾市经济合作和新兴产业局: a bureau no cue knows, named after a city, county or province of China in words of its field.
        for (Lexicon.Hit place : view.hits()) {
            if (place.start() < view.sentence().start() || !view.tokenEndsAt(place.end()) || place.value().entries().stream()
                    .noneMatch(entry -> entry.type() == EntityType.PLACE && ADMINISTRATIVE_LEVELS.contains(entry.kind()))) {
                continue;
            }
            addBureauNamedAfter(view, place.start(), place.end(), found);
        }
        // 县科学技术和工业信息化局: so is one named after a level standing alone.
        for (Token level : view.sentence().holdsAnyOf(view.text(), "局") ? view.tokens() : List.<Token>of()) {
            if (level.start() >= view.sentence().start() && level.end() < view.sentence().end() && level.word().length() == 1
                    && LEVELS.indexOf(level.word().charAt(0)) >= 0 && standsAlone(view, level.start())) {
                addBureauNamedAfter(view, level.start(), level.end(), found);
            }
        }
        // 中新广州知识城开发建设办公室: a listed zone whose name ends in no word of a zone for itself (知识城, 科学城) has
        // departments named after it too.
        for (Lexicon.Hit zone : view.hits()) {
            if (!zone.hasType(EntityType.ZONE) || zone.start() < view.sentence().start() || zone.end() >= view.sentence().end() || view.charAt(zone.end() - 1) == '区') {
                continue;
            }
            java.util.regex.Matcher unit = ZONE_COMMITTEES_DEPARTMENT.matcher(view.text()).region(zone.end(), view.sentence().end());
            if (unit.lookingAt() && view.tokenStartsAt(zone.end()) && namesADepartment(view, unit.start(2), unit.end())) {
                found.add(new EntityCandidate(EntityType.GOVERNMENT, zone.start(), unit.end(), name(), 0.8));
            }
        }
        return found;
    }

    /** A bureau named from {@code start} on, its field's words from {@code fieldStart} up to 局. */
    private void addBureauNamedAfter(SentenceView view, int start, int fieldStart, List<EntityCandidate> found) {
        java.util.regex.Matcher bureau = PLACES_BUREAU.matcher(view.text()).region(fieldStart, view.sentence().end());
        List<Token> words = bureau.lookingAt() ? view.tokensWithin(fieldStart, bureau.end()) : List.of();
        Token last = words.isEmpty() ? null : words.get(words.size() - 1);
        // 宜宾市政府督促经济合作局, 宜宾市有经济合作局: a verb between makes a clause, no bureau's name.
        boolean fieldOnly = words.stream().noneMatch(word -> Pos.isVerb(word) || WORKING_WITH.contains(word.word()));
        if (words.size() >= 3 && view.tokenStartsAt(fieldStart) && view.tokenEndsAt(bureau.end()) && fieldOnly
                && (last.word().equals("局") || last.pos().equals("nis")) && namesAField(words)) {
            found.add(new EntityCandidate(EntityType.GOVERNMENT, start, bureau.end(), name(), 0.7));
        }
    }

    private static final Set<String> OFFICE_WORDS = Set.of("局", "委员会", "办公室");
    /** 经济合作和新兴产业局: a bureau's field words after its place, up to 局. */
    private static final java.util.regex.Pattern PLACES_BUREAU = java.util.regex.Pattern.compile("[\\p{IsHan}&&[^局]]{3,12}局");
    private static final Set<String> ADMINISTRATIVE_LEVELS = Set.of("PROVINCE", "MUNICIPALITY", "CITY", "PREFECTURE", "AUTONOMOUS_PREFECTURE", "LEAGUE",
            "COUNTY", "COUNTY_CITY", "DISTRICT");

    /** 内设办公室: the word at {@code start} is the first of the departments set out. */
    private static boolean afterSettingOut(SentenceView view, int start) {
        int before = view.tokenAt(start - 1);
        return before >= 0 && start > view.sentence().start() && view.tokens().get(before).word().equals(SETTING_OUT);
    }

    /** 由…, 、…, 审议了…, 内设…: a word at {@code start} follows a function word, a verb or a break, and so opens no longer name. */
    private static boolean standsAlone(SentenceView view, int start) {
        int before = view.tokenAt(start - 1);
        Token previous = before < 0 || start == view.sentence().start() ? null : view.tokens().get(before);
        // 免去其经济发展局局长职务, 免去刘建平同志党政综合办公室主任职务: or a pronoun, or the 同志 closing a name.
        return previous == null || previous.posStartsWith("p") || previous.posStartsWith("c") || previous.posStartsWith("w")
                || previous.posStartsWith("v") || previous.posStartsWith("u") || previous.posStartsWith("d") || previous.word().equals(ITS)
                || previous.word().equals(COMRADE) || afterSettingOut(view, start);
    }

    /**
     * 由经济发展局会同财政局核定, 配合单位：自然资源和规划分局、应急管理局: in a paper a zone's committee issues (its name on the
     * first lines: 西安高新区管委会主任办公会议纪要, 兰州新区管理委员会2025年政府信息公开工作年度报告), a department named alone, by its
     * field, is the committee's (the linker names it after the zone). So is one named where the committee's departments are
     * set out (…管理委员会为…派出机构，内设综合处、政策研究处…, or the lines after 内设以下部门：). Elsewhere a bare 财政局
     * may be any place's.
     */
    private static List<EntityCandidate> departmentsOfTheIssuingCommittee(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.zoneDocument() || !view.sentence().holdsAnyOf(view.text(), "局办处")
                || !(issuedByAZonesCommittee(view.text()) || aZoneCommitteesDepartmentsSetOutBefore(view))) {
            return found;
        }
        List<Token> tokens = view.tokens();
        for (int first = 0; first < tokens.size(); first++) {
            // 要求/市/商务局, 市商务局: a body named from its level on is named in full, by the rules for such names (市场监管局 is not).
            if (!standsAlone(view, tokens.get(first).start()) || levelAndBody(view, tokens.get(first))) {
                continue;
            }
            for (int last = first; last < tokens.size() && tokens.get(last).end() - tokens.get(first).start() <= MAX_BARE_DEPARTMENT; last++) {
                Token word = tokens.get(last);
                // 综合/vn 处/n, 金融/n 服务处/nis: a division is named so too.
                // 卡口处排队: a lone 处 (place) is a division's only where the list or the clause ends after it.
                boolean bureau = (word.word().endsWith("局") || word.word().endsWith("处"))
                        && (word.pos().equals("nis") || word.word().length() == 1 && (word.word().equals("局") || listEndsAt(view, word.end())))
                        // 党群/n 工作部/nis: a committee's department of party work.
                        || word.word().endsWith("工作部") && word.pos().equals("nis");
                // 会议/要求/市商务局: the body named from its level on is another's, and the words before it no field.
                if (bureau && levelAndBody(view, word)) {
                    break;
                }
                if (!bureau && !word.word().equals(OFFICE)) {
                    if (!fieldWord(word, last > first)) {
                        break;
                    }
                    continue;
                }
                // 财政局 alone; 管理局, 分局 or 办公室 only after a field (建设管理局, 党政办公室), or first of the departments set out (内设办公室).
                boolean named = last > first || word.word().length() >= 3 && !FIELDLESS_OFFICES.contains(word.word()) || afterSettingOut(view, tokens.get(first).start());
                if (named && view.tokenEndsAt(word.end())) {
                    found.add(new EntityCandidate(EntityType.GOVERNMENT, tokens.get(first).start(), word.end(), ISSUERS_DEPARTMENT, 0.5));
                }
                break;
            }
        }
        return found;
    }

    /** 市/n alone, or 市商务局 (a level, then a body's word the cues know): a word opening a body named from its level on. */
    private static boolean levelAndBody(SentenceView view, Token word) {
        return LEVELS.indexOf(word.word().charAt(0)) >= 0 && (word.word().length() == 1
                || view.hits().stream().anyMatch(hit -> hit.start() == word.start() + 1 && hit.end() == word.end() && hit.cue(Cue.CueFamily.GOV_BODY) != null));
    }

    /** 经济发展/v, 自然资源/n 和/cc 规划/n, 行政/n 审批/vn: a word of a department's field; 和 only inside it. */
    private static boolean fieldWord(Token word, boolean inside) {
        // 要求/n 市/n 商务局: a level alone opens another place's body.
        // 杨　帆同志财政金融局: 同志 closes a name in an appointment list; no field holds it.
        return SentenceView.isHan(word.word()) && !SETTING_UP.contains(word.word()) && !Pos.isCount(word) && !word.word().equals(COMRADE)
                && !(word.word().length() == 1 && LEVELS.indexOf(word.word().charAt(0)) >= 0)
                // 经济发展/v is a field; 要求/v, 推进/v are a clause's verbs.
                && (word.pos().equals("n") || word.pos().equals("vn") || word.pos().equals("nz") || word.pos().equals("v") && word.word().length() >= 4
                        // 制度/n 创新/vi 处, 投资/vn 促进/v 处: a verb of two characters inside the field.
                        || inside && (word.pos().equals("v") || word.pos().equals("vi")) && word.word().length() == 2
                        || inside && word.word().equals("和"));
    }

    private static final int MAX_BARE_DEPARTMENT = 10;
    private static final String COMRADE = "同志";
    /** 其: the one pronoun that stands for the person, not a place (该市财政局 is the city's). */
    private static final String ITS = "其";
    /** Office words that name no department without a field before them. */
    private static final Set<String> FIELDLESS_OFFICES = Set.of("管理局", "服务局", "分局", "总局", "该局", "本局", "办公室");
    /** Lines of a paper, blank ones aside, that may name its issuer: the title and the one or two under it. */
    private static final int ISSUERS_LINES = 3;
    private static final int MAX_ISSUERS_LINE = 40;

    /** How far before a sentence a statement of the committee's departments (内设) may stand for the sentence to be among them. */
    private static final int DEPARTMENTS_REACH = 800;
    /** How far before 内设 its clause may name the committee. */
    private static final int SETTING_OUT_CLAUSE = 40;

    private static boolean aZoneCommitteesDepartmentsSetOutBefore(SentenceView view) {
        return zoneCommitteesDepartmentsSetOutAt(view.text(), view.sentence().start(), view.sentence().end()) >= 0;
    }

    /**
     * 武汉东湖综合保税区管理委员会为…派出机构，内设以下部门：: where a zone's committee sets out its departments (内设) in, or
     * shortly before, the words [start, end), or -1. The committee is named in the clause before 内设.
     */
    static int zoneCommitteesDepartmentsSetOutAt(String text, int start, int end) {
        // Searched back only as far as the reach: a text that never sets departments out is not read back to its start.
        int from = Math.max(0, start - DEPARTMENTS_REACH);
        int at = end - SETTING_OUT.length();
        while (at >= from && !text.startsWith(SETTING_OUT, at)) {
            at--;
        }
        // 内设机构负责人: the noun of a committee's units sets none out.
        if (at < from || text.startsWith(UNITS, at)) {
            return -1;
        }
        String clause = text.substring(settingOutClauseStart(text, at), at);
        return EntityLinker.ZONE_BODIES.stream().anyMatch(clause::contains) ? at : -1;
    }

    /** Where the clause that sets out departments at {@code at} starts: its sentence's or line's start, at most 40 characters back. */
    static int settingOutClauseStart(String text, int at) {
        int from = Math.max(0, at - SETTING_OUT_CLAUSE);
        for (int i = at - 1; i >= from; i--) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '。') {
                return i + 1;
            }
        }
        return from;
    }

    private static final String UNITS = "内设机构";

    /** A division's name ends at {@code end}: a mark, 、, a title or the sentence's end follows. */
    private static boolean listEndsAt(SentenceView view, int end) {
        return end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || view.charAt(end) == '等' || PersonSource.titleStartsAt(view, end);
    }

    private static final String SETTING_OUT = "内设";

    /**
     * The paper's first lines name a zone's committee (管委会, 党工委 …), or its signature does (a line of the committee's name
     * alone among its last ones, over the date: …管理委员会⏎2026年10月9日): the committee issues it.
     */
    private static boolean issuedByAZonesCommittee(String text) {
        return namedInTheFirstLines(text) || signedByAZonesCommittee(text);
    }

    private static boolean signedByAZonesCommittee(String text) {
        int seen = 0;
        for (int end = text.length(); end > 0 && seen < SIGNATURE_LINES; ) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            // Asked for every sentence of a zone's paper: a long line (a text without breaks is one) is counted, not copied.
            if (end - start > MAX_SIGNATURE_LINE) {
                seen++;
            } else {
                String line = text.substring(start, end).strip();
                if (!line.isEmpty()) {
                    seen++;
                    if (line.length() <= MAX_ISSUERS_LINE && SIGNING_COMMITTEE.matcher(line).matches()) {
                        return true;
                    }
                }
            }
            end = start - 1;
        }
        return false;
    }

    /** The longest line, its layout spaces included, read for a signature. */
    private static final int MAX_SIGNATURE_LINE = 2 * MAX_ISSUERS_LINE;

    /** The lines, blank ones aside, at a paper's end that may hold its signature (and the copy and printing lines under it). */
    private static final int SIGNATURE_LINES = 6;
    /** A zone's committee signing: a zone's kind in the name (not 住房公积金管理委员会, 市直机关工作委员会). */
    private static final java.util.regex.Pattern SIGNING_COMMITTEE = java.util.regex.Pattern.compile(
            "\\p{IsHan}{2,30}(?:开发区|高新区|园区|新区|保税区|合作区|试验区|示范区|产业园|工业园|航天城|生态城)\\p{IsHan}{0,4}?(?:管理委员会|管委会|党工委|工作委员会)");

    private static boolean namedInTheFirstLines(String text) {
        int seen = 0;
        for (int from = 0; from < text.length() && seen < ISSUERS_LINES; ) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            // A title or an issuer's line is short: only its opening is read (a text without breaks is one long line).
            String line = text.substring(from, Math.min(end, from + MAX_ISSUERS_LINE));
            if (!line.isBlank()) {
                seen++;
                if (EntityLinker.ZONE_BODIES.stream().anyMatch(line::contains)) {
                    return true;
                }
            }
            from = end + 1;
        }
        return false;
    }

    private static final java.util.regex.Pattern JOINT_BODY = java.util.regex.Pattern.compile("\\p{IsHan}{2,16}?(?:部际联席会议|联席会议|领导小组办公室|领导小组)");
    static final String OFFICE = "办公室";
    // 武汉东湖新技术开发区财政局政府采购监督管理办公室: a bureau has offices too.
    private static final List<String> BODIES_WITH_DEPARTMENTS = List.of("管理委员会", "管委会", "人民政府", "政府", "常委会", "常务委员会", "局",
            "省委", "市委", "县委", "区委", "党工委");
    private static final java.util.regex.Pattern DEPARTMENT_AFTER_A_BODY = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}?(?:局|办公室|委员会)|督查室|研究室|参事室");
    private static final Set<String> WORKING_WITH = Set.of("协助", "配合", "督促", "指导", "协同", "帮助", "支持", "委托", "联合", "会同");
    static final java.util.regex.Pattern PARTY_DEPARTMENT = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}?(?:局|办公室|委员会|部)|督查室|研究室|参事室");

    /**
     * [start, end) names a department's field and ends in its office word, a word of its own or an institution's
     * (经济发展/局, 督查室/nis), not the end of another (格局).
     */
    private static boolean namesADepartment(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        if (words.isEmpty() || !view.tokenStartsAt(start) || !view.tokenEndsAt(end)) {
            return false;
        }
        Token last = words.get(words.size() - 1);
        // 组织人事/部, 统战部/n: a party committee's department ends in 部.
        return namesAField(words) && (last.pos().equals("nis") || OFFICE_WORDS.contains(last.word()) || last.word().endsWith("室") || last.word().endsWith("部"));
    }

    /**
     * Words of a department's field: no function word (but 和, 与 or 及 joining two fields, {@link #joinsTwoFields}), count, verb of setting up (新区发展 is no department), level word
     * alone (开发区数据来自市商务局: 市 opens another body) or person's name (市商务局局长涂建明兼任办公室主任: the bureau's head
     * takes on another body's office; a title may name a field, 代表工作委员会, 监察专员办公室).
     */
    private static boolean namesAField(List<Token> words) {
        // 开发区数据来自市商务局: a level word alone opens another place's body, and 来自 says where something comes from.
        for (int index = 0; index < words.size(); index++) {
            Token word = words.get(index);
            if (word.posStartsWith("c") && !joinsTwoFields(words, index) || word.posStartsWith("p") || word.posStartsWith("u")
                    || word.posStartsWith("w") || word.posStartsWith("r") || word.posStartsWith("d") || Pos.isCount(word) || SETTING_UP.contains(word.word())
                    || word.posStartsWith("nr")
                    || word.word().length() == 1 && LEVELS.indexOf(word.word().charAt(0)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 商务/n 和/cc 经济/n 合作/vn 局: 和, 与 or 及 between two nouns of a department's field joins them (新区商务和经济合作局, and
     * 经济合作和新兴/b 产业局, a qualifier opening the second).
     */
    private static boolean joinsTwoFields(List<Token> words, int index) {
        // 管委会办公室和经济发展局: a body's word before 和 ends a body of its own; two bodies are joined, no fields.
        return index > 0 && index + 2 < words.size() && Pos.joinsTwoFields(words.get(index))
                && !words.get(index - 1).pos().equals("nis") && BODY_ENDINGS.indexOf(words.get(index - 1).word().charAt(words.get(index - 1).word().length() - 1)) < 0
                && (words.get(index - 1).posStartsWith("n") || words.get(index - 1).pos().equals("vn")) && !words.get(index - 1).posStartsWith("nr")
                && (words.get(index + 1).posStartsWith("n") || words.get(index + 1).pos().equals("vn") || words.get(index + 1).pos().equals("b"))
                && !words.get(index + 1).posStartsWith("nr");
    }

    /** Last characters of a body's name (局, 委, 办, 室, 厅, 处, 部): a word ending so is a body, no field. */
    private static final String BODY_ENDINGS = "局委办室厅处部";

    /** Verbs of a clause that sets up or tasks an office (开发区设立办公室), or says where data come from (来自, 来源于), never words of a department's field. */
    private static final Set<String> SETTING_UP = Set.of("设立", "成立", "建立", "设置", "组建", "内设", "下设", "牵头", "负责", "会同", "联合", "要", "将", "来自",
            "来源于", "源于", "源自", "取自");

    /**
     * The department a zone's word for itself is followed by, as the zone's committee or authority names it (管理委员会经济发展局,
     * 管理局产业促进处), or null.
     */
    static String departmentOfAZone(String rest) {
        java.util.regex.Matcher department = ZONE_COMMITTEES_DEPARTMENT.matcher(rest);
        if (department.matches()) {
            return (department.group(1) != null ? "管理委员会" : "") + department.group(2);
        }
        // 片区管委会政策研究处, 科技城管理局产业促进处: after the committee's or the authority's own name, a division or a
        // centre is the committee's or authority's too.
        java.util.regex.Matcher division = COMMITTEES_DIVISION.matcher(rest);
        return division.matches() ? (division.group(1).equals(AUTHORITY) ? AUTHORITY : "管理委员会") + division.group(2) : null;
    }

    private static final String AUTHORITY = "管理局";
    private static final java.util.regex.Pattern COMMITTEES_DIVISION = java.util.regex.Pattern.compile("(管委会|管理委员会|管理局)(\\p{IsHan}{2,10}?(?:处|部|中心))");

    private static final String WORK_COMMITTEE = "工委";
    private static final List<String> PARTY_COMMITTEES = List.of("省委", "市委", "区委", "县委", "州委", "党委");

    /**
     * 省委教育工委, 海南省委自贸港工委办: a party committee's work committee for a field, named from the committee on, and
     * its office (办, 办公室).
     */
    private List<EntityCandidate> workCommitteesOfAPartyCommittee(SentenceView view) {
        List<EntityCandidate> committees = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.end() - hit.start() != WORK_COMMITTEE.length() || !view.text().startsWith(WORK_COMMITTEE, hit.start()) || hit.cue(Cue.CueFamily.GOV_BODY) == null) {
                continue;
            }
            for (int field = 2; field <= 5; field++) {
                int fieldStart = hit.start() - field;
                if (fieldStart - 2 < view.sentence().start() || !SentenceView.isHan(view.slice(fieldStart, hit.start()))) {
                    break;
                }
                if (!PARTY_COMMITTEES.contains(view.slice(fieldStart - 2, fieldStart)) || view.slice(fieldStart, hit.start()).contains("委")) {
                    continue;
                }
                int committee = fieldStart - 2;
                // 海南省委: from the committee's place on.
                int start = view.hits().stream().filter(place -> (place.end() == committee || place.end() == committee + 1) && place.hasType(EntityType.PLACE))
                        .mapToInt(Lexicon.Hit::start).min().orElse(committee);
                int end = view.text().startsWith("办公室", hit.end()) ? hit.end() + 3 : view.text().startsWith("办", hit.end()) ? hit.end() + 1 : hit.end();
                committees.add(new EntityCandidate(EntityType.GOVERNMENT, start, Math.min(end, view.sentence().end()), name(), 0.8));
                break;
            }
        }
        return committees;
    }

    /** 宁波海关政府信息公开, 市发展改革委政府网站: 政府 right after another body's word is that body's government business, no government. */
    static boolean governmentAfterABody(SentenceView view, int start) {
        return view.text().startsWith(GOVERNMENT, start) && view.hits().stream().anyMatch(body -> body.end() == start && body.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    private static final String GOVERNMENT = "政府";

    /**
     * 海关特殊监管区域: customs special supervision areas are zones of a kind; the 海关 of the term is no customs office. Nor
     * is the 政府 of 政府性基金, 政府债券, 政府债务 or 政府采购 (全市政府性基金预算收入, 财政部政府债券发行系统) a government.
     */
    static boolean opensATerm(SentenceView view, int end) {
        return TERM_AFTER_A_BODY_WORD.matcher(view.text()).region(end, view.text().length()).lookingAt();
    }

    private static final Pattern TERM_AFTER_A_BODY_WORD = Pattern.compile(
            "特殊监管|性基金|性债务|性收入|(?:专项)?债券|债务|专项债|(?:投资|引导|产业)基金|采购|购买服务|和社会资本合作");

    /**
     * 上市委审议, 园区委托, 社区委员会, 城市委员会: the level of a self-levelled body word (市委, 区委) closes another word
     * that is no place, or its 委 opens one (委托); 天津市委员会 is the committee's full name.
     */
    private static boolean levelInsideAnotherWord(SentenceView view, Lexicon.Hit hit, Cue cue) {
        if (!SELF_LEVELLED.contains(cue.word())) {
            return false;
        }
        int first = view.tokenAt(hit.start());
        Token opening = first < 0 ? null : view.tokens().get(first);
        boolean closesAWord = opening != null && opening.start() < hit.start() && !opening.posStartsWith("ns") && !opening.posStartsWith("nt")
                && view.hits().stream().noneMatch(place -> place.end() == hit.start() + 1 && (place.hasType(EntityType.PLACE) || place.hasType(EntityType.ZONE)));
        int last = view.tokenAt(hit.end() - 1);
        // Only the 委 of 市委 opens words (委托, 委员会); 市委常委会议 is the standing committee's meeting.
        boolean opensAWord = cue.word().endsWith("委") && last >= 0 && view.tokens().get(last).end() > hit.end()
                && !(view.text().startsWith("员会", hit.end()) && NameAnchors.placeOrZoneEndingAt(view, hit.start() + 1, true) >= 0);
        return closesAWord || opensAWord;
    }

    /**
     * 巫头村党支部, 万尾村党总支, 山心村村委会: a village (a word of its own, two or three characters and 村) and its party
     * branch or committee right after it; the village is a place.
     */
    private List<EntityCandidate> villageBodies(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        List<Token> words = view.tokensWithin(view.sentence().start(), view.sentence().end());
        for (int i = 0; i + 1 < words.size(); i++) {
            Token village = words.get(i);
            Token body = words.get(i + 1);
            String name = village.word();
            if (name.length() < 3 || name.length() > 4 || !name.endsWith(VILLAGE) || body.start() != village.end() || !VILLAGE_BODIES.contains(body.word())) {
                continue; // the cheap tests first: the dictionaries' look-up below would be asked of every word
            }
            if (aVillagesName(view, village.start(), village.end(), name)) {
                found.add(new EntityCandidate(EntityType.GOVERNMENT, village.start(), body.end(), name(), 0.7));
                found.add(new EntityCandidate(EntityType.PLACE, village.start(), village.end(), name(), 0.7));
            }
        }
        return found;
    }

    /**
     * 巫头村, 龙凤村: [start, end) names a village where its words are read as a place's or a name, or not known, and no count
     * (十二个村); 城中村, 脱贫村, 所有村, a common noun or word before 村, names none.
     */
    static boolean aVillagesName(SentenceView view, int start, int end, String name) {
        if (!SentenceView.isHan(name) || GENERIC_VILLAGES.contains(name)) {
            return false;
        }
        List<Token> words = view.tokensWithin(start, end);
        if (words.size() == 1) {
            Token village = words.get(0);
            return village.posStartsWith("ns") || village.posStartsWith("nr") || CoreWords.unknown(name);
        }
        // 龙凤/村: the stem before the village's word, read as a place's, a name or a proper noun, or pieces HanLP did not know.
        String stem = name.substring(0, name.length() - (name.endsWith("社区") ? 2 : 1));
        return !words.isEmpty() && words.stream().noneMatch(Pos::isCount) && (words.get(0).posStartsWith("ns") || words.get(0).posStartsWith("nr")
                || words.get(0).posStartsWith("nz") || CoreWords.unknown(stem));
    }

    private static final String VILLAGE = "村";
    private static final Set<String> VILLAGE_BODIES = Set.of("党支部", "党总支", "村委会", "村民委员会", "党委");
    /** 新农村, 行政村: kinds of village HanLP may read as a place, no village's name. */
    private static final Set<String> GENERIC_VILLAGES = Set.of("新农村", "行政村", "自然村", "示范村", "重点村", "贫困村", "各个村", "城中村", "脱贫村", "帮扶村", "试点村", "先进村");

    /**
     * 黄岛区灵山卫街道办事处, 灵山卫街道办: a subdistrict's office is its government. Only after a subdistrict right after
     * its listed district: 办事处 alone is as often a firm's or a province's office in a city.
     */
    private List<EntityCandidate> subdistrictOffices(SentenceView view) {
        List<EntityCandidate> offices = new ArrayList<>();
        String text = view.text();
        // Searched in the sentence alone: a search of the text from the sentence on would cost the document's length.
        String sentence = view.slice(view.sentence().start(), view.sentence().end());
        for (int found = sentence.indexOf("街道办"); found >= 0; found = sentence.indexOf("街道办", found + 1)) {
            int at = view.sentence().start() + found;
            int start = PlacePatternSource.townshipEndingAt(view, at + 2);
            int end = text.startsWith("街道办事处", at) ? at + 5 : at + 3;
            // 望京街道办理居住证: 办 must end a word (办事处, 办), not start one (办理, 办好).
            if (start >= 0 && view.tokenEndsAt(end)) {
                offices.add(new EntityCandidate(EntityType.GOVERNMENT, start, end, name(), 0.8));
            }
        }
        return offices;
    }

    private static final java.util.regex.Pattern NUMBERED_BRANCH = java.util.regex.Pattern.compile("^第[一二三四五六七八九十]{1,3}分院");

    /** 天津市人民检察院第二分院: a procuratorate's or court's numbered branch is a body of its own. */
    private List<EntityCandidate> numberedBranches(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> branches = new ArrayList<>();
        for (EntityCandidate body : bodies) {
            String name = view.slice(body.start(), body.end());
            if (body.type() == EntityType.GOVERNMENT && (name.endsWith("检察院") || name.endsWith("法院"))) {
                java.util.regex.Matcher branch = NUMBERED_BRANCH.matcher(view.text().substring(body.end(), view.sentence().end()));
                if (branch.find()) {
                    branches.add(new EntityCandidate(EntityType.GOVERNMENT, body.start(), body.end() + branch.end(), name(), body.confidence()));
                }
            }
        }
        return branches;
    }

    private static final java.util.regex.Pattern CONGRESS_TERM = java.util.regex.Pattern.compile("第?[一二三四五六七八九十]+届$");
    private static final java.util.regex.Pattern CONGRESS = java.util.regex.Pattern.compile("^(?:人大|人民代表大会|政协|人民政治协商会议)");

    /** Where 第十四届 starts right before a congress's name ({@code hit}), or -1. */
    private static int startOfACongressTerm(SentenceView view, Lexicon.Hit hit) {
        if (!CONGRESS.matcher(view.slice(hit.start(), hit.end())).find()) {
            return -1;
        }
        java.util.regex.Matcher term = CONGRESS_TERM.matcher(view.slice(Math.max(view.sentence().start(), hit.start() - 5), hit.start()));
        return term.find() ? hit.start() - (term.end() - term.start()) : -1;
    }

    /** 市委办公厅, 市人大常委会办公厅, 市政协办公室: a body's general office, a body of its own. */
    private List<EntityCandidate> generalOffices(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> offices = new ArrayList<>();
        for (EntityCandidate body : bodies) {
            for (String office : List.of("办公厅", "办公室")) {
                if (body.type() == EntityType.GOVERNMENT && view.text().startsWith(office, body.end()) && body.end() + office.length() <= view.sentence().end()
                        && view.tokenEndsAt(body.end() + office.length()) && !view.slice(body.start(), body.end()).endsWith(office)) {
                    offices.add(new EntityCandidate(EntityType.GOVERNMENT, body.start(), body.end() + office.length(), name(), body.confidence()));
                }
            }
        }
        offices.addAll(officesAfterATitle(view, name()));
        return offices;
    }

    /**
     * 省政府副秘书长、办公厅党组成员, 市委常委、纪委书记、监委主任: a general office, or the discipline or supervisory commission,
     * named alone after a title and 、 is a body of its own (the positions take it as the body's office, as they take 组织部 in
     * 区委常委、组织部部长).
     */
    private static List<EntityCandidate> officesAfterATitle(SentenceView view, String source) {
        List<EntityCandidate> offices = new ArrayList<>();
        for (Lexicon.Hit title : view.hits()) {
            int at = title.end() + 1;
            if (title.cue(Cue.CueFamily.TITLE) == null || at >= view.sentence().end() || view.charAt(title.end()) != '、' || !view.tokenStartsAt(at)) {
                continue;
            }
            // 纪委 and 监委 only after a place's committee member (市委常委、) or the commission's secretary so chained: a firm's
            // (集团党委常委、纪委书记) is the firm's, which the positions give.
            java.util.function.BooleanSupplier placesMember = () -> PLACES_COMMITTEE_MEMBER.matcher(view.text())
                    .region(Math.max(view.sentence().start(), title.end() - PLACES_COMMITTEE_MEMBER_LENGTH), title.end()).find()
                    || offices.stream().anyMatch(office -> office.end() + SECRETARY.length() == title.end() && view.text().startsWith(SECRETARY, office.end()));
            BODIES_AFTER_A_TITLE.stream().filter(body -> view.text().startsWith(body, at) && at + body.length() <= view.sentence().end()
                    && view.tokenEndsAt(at + body.length()) && (body.equals(GENERAL_OFFICE) || placesMember.getAsBoolean())).findFirst()
                    .ifPresent(body -> offices.add(new EntityCandidate(EntityType.GOVERNMENT, at, at + body.length(), source, 0.7)));
        }
        return offices;
    }

    /** Bodies a roster names bare after a title of the body they serve or sit beside, the longer first. */
    private static final String GENERAL_OFFICE = "办公厅";
    private static final List<String> BODIES_AFTER_A_TITLE = List.of(GENERAL_OFFICE, "纪委监委", "纪委", "监委");
    private static final String SECRETARY = "书记";
    /** 铜川市委常委, 县委常委: a member of a place's (a level's) party committee, as the title before the commission. */
    private static final java.util.regex.Pattern PLACES_COMMITTEE_MEMBER = java.util.regex.Pattern.compile("[" + PositionExtractor.LEVELS + "]委常委$");
    private static final int PLACES_COMMITTEE_MEMBER_LENGTH = 4;

    private static final String ZONES_SERVICE_CENTRE = "管理服务中心";
    private static final String LEADING_GROUP = "领导小组";
    private static final String LEADING_GROUP_OFFICE = LEADING_GROUP + "办公室";
    private static final int LEADING_GROUP_REACH = 20;
    private static final String WORK = "工作";
    /** 延吉高新区冬季清雪除冰工作指挥部, 南宫市毛毡羊剪绒产业集群发展工作专班: a headquarters or task force for a work, named as a leading group is. */
    private static final Set<String> WORKS_GROUPS = Set.of(WORK + "指挥部", WORK + "专班");
    private static final Set<String> BEFORE_A_GROUPS_NAME = Set.of("兼任", "担任", "任", "成立", "设立", "组建", "召开", "主持", "决定",
            "出席", "参加", "牵头", "印发", "发布", "调整", "由");

    /**
     * 广东省推进粤港澳大湾区建设领导小组办公室, 区优化营商环境工作领导小组办公室: a leading group is named for its task, verbs and
     * all, from the place or level that sets it up, or from the work it names where an office in it follows
     * (金砖创新基地建设工作领导小组副组长), or from the work it names after the clause saying whom it is led by (由市长…任组长的
     * 城市体检工作领导小组); returns where that name starts, or -1.
     */
    private static int leadingGroupStart(SentenceView view, int end, int groupEnd) {
        int start = CompanyPatternSource.nameStart(view, end, LEADING_GROUP_REACH);
        if (start < 0 || end - start < 2) {
            return -1;
        }
        // 县长李明兼任县乡村振兴…, 区政府决定成立区优化营商环境…: a person, a title or a verb of holding, setting up or
        // convening ends what comes before the group's name.
        List<Token> tokens = view.tokensWithin(start, end);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (aPersonBeforeTheGroup(view, tokens, i) || PersonSource.titleStartsAt(view, token.start()) || BEFORE_A_GROUPS_NAME.contains(token.word())) {
                start = token.end();
            }
        }
        // 市区两级工作专班, 各级领导小组: groups of levels are kinds, no group's name.
        if (end - start < 2 || GROUPS_OF_LEVELS.matcher(view.text()).region(start, end).find()) {
            return -1;
        }
        int from = start;
        boolean setUpByAPlace = LEVELS.indexOf(view.charAt(start)) >= 0 || view.text().startsWith("中央", start) || view.text().startsWith("国务院", start)
                || view.hits().stream().anyMatch(hit -> hit.start() == from && hit.hasType(EntityType.PLACE, EntityType.ZONE, EntityType.GOVERNMENT));
        // 金砖创新基地建设工作领导小组副组长陈晓峰: a group for a work its name says, with an office held in it, needs no place before it.
        boolean aWorksGroupWithAnOffice = view.text().startsWith(WORK, end - WORK.length()) && end - WORK.length() - start >= 4
                && PersonSource.titleStartsAt(view, groupEnd);
        // 成立开发区碳达峰碳中和工作领导小组, 厅成立2026年春运工作领导小组: a group for a work, named right after the verb that
        // sets it up, needs no place before it either.
        // Not a group any body may set up (各县区要成立相应工作领导小组, 成立专项工作领导小组): a kind of group, no name.
        boolean aWorksGroupSetUp = view.text().startsWith(WORK, end - WORK.length()) && end - WORK.length() - start >= 2
                && !KINDS_OF_GROUP.matcher(view.text()).region(start, end).lookingAt()
                && GROUP_SET_UP_BEFORE.matcher(view.text()).region(Math.max(view.sentence().start(), start - SET_UP_REACH), start).find();
        // 成立了由市长杜明远任组长、副市长高卫平任副组长的城市体检工作领导小组: a group for a work, named after the clause
        // saying whom it is led by, needs no place before it.
        // Not a kind of group (由分管副市长任组长的专项工作领导小组), and the clause ending in 的 is the one saying it.
        boolean aWorksGroupLedBefore = view.text().startsWith(WORK, end - WORK.length()) && end - WORK.length() - start >= 2
                && view.charAt(start - 1) == '的' && !KINDS_OF_GROUP.matcher(view.text()).region(start, end).lookingAt()
                && ledInTheClauseBefore(view, start - 1);
        return setUpByAPlace || aWorksGroupWithAnOffice || aWorksGroupSetUp || aWorksGroupLedBefore ? start : -1;
    }

    /** 由市长杜明远任组长、副市长高卫平任副组长的: whom a group is led by, said in the clause that ends at {@code end}. */
    private static boolean ledInTheClauseBefore(SentenceView view, int end) {
        int clauseStart = Math.max(view.sentence().start(), Math.max(view.text().lastIndexOf('，', end), view.text().lastIndexOf('；', end)) + 1);
        return PositionExtractor.LED_BY.matcher(view.text()).region(clauseStart, end).find();
    }

    /**
     * 县长李明兼任…, 李明兼任…: a person's name, told by the title before it or the verb or title after it; not a word of the
     * group's task the segmenter took for a name (冬季清雪/nr除冰工作指挥部, 冬季清雪/nr工作指挥部).
     */
    private static boolean aPersonBeforeTheGroup(SentenceView view, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.posStartsWith("nr")) {
            return false;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        return PersonSource.titleEndsAt(view, token.start())
                || next != null && (BEFORE_A_GROUPS_NAME.contains(next.word()) || PersonSource.titleStartsAt(view, next.start()));
    }

    /** How far before a group's name the verb setting it up may stand (成立了2026年度). */
    static final int SET_UP_REACH = 10;
    /** 市区两级工作, 各级: levels named right before the group's word (not 创建三级医院工作, a task). */
    private static final java.util.regex.Pattern GROUPS_OF_LEVELS = java.util.regex.Pattern.compile("(?:[两三四五]|各)级(?:工作)?$");
    private static final java.util.regex.Pattern KINDS_OF_GROUP = java.util.regex.Pattern.compile("(?:相应|相关|有关|专项|专门|临时|联合|各项)");
    /** 成立, 设立了, 组建2026年: the verb setting up the group named next, ending a region before that name. */
    static final String GROUP_SET_UP = "(?:成立|设立|组建)了?(?:[0-9]{4}年度?)?";
    static final java.util.regex.Pattern GROUP_SET_UP_BEFORE = java.util.regex.Pattern.compile(GROUP_SET_UP + "$");

    /** Branch words a branch's own branch ends in too. */
    private static final List<String> CHAINED_BRANCH_WORDS = List.of("税务局", "分局", "支行");

    /**
     * 国家税务总局贵州省税务局贵州双龙航空港经济区税务局: a branch named right after the branch it belongs to, ending in the
     * same word, is one body: the lower branch, named with the ones above it.
     */
    private List<EntityCandidate> branchesOfBranches(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> chains = new ArrayList<>();
        for (EntityCandidate upper : bodies) {
            for (EntityCandidate lower : bodies) {
                if (upper.type() == EntityType.GOVERNMENT && lower.type() == EntityType.GOVERNMENT && upper.end() == lower.start()
                        && CHAINED_BRANCH_WORDS.stream().anyMatch(word -> view.slice(upper.start(), upper.end()).endsWith(word)
                                && view.slice(lower.start(), lower.end()).endsWith(word))) {
                    chains.add(new EntityCandidate(EntityType.GOVERNMENT, upper.start(), lower.end(), name(), 0.85));
                }
            }
        }
        return chains;
    }

    /**
     * 中国共产党福建省第十一届委员会: the party's name, a listed place, maybe the term, and 委员会 are the place's party
     * committee (the party's name alone is listed, and would stand for it).
     */
    private List<EntityCandidate> partyCommitteesWithTheirTerm(SentenceView view) {
        List<EntityCandidate> committees = new ArrayList<>();
        java.util.regex.Matcher committee = PARTY_COMMITTEE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (committee.find()) {
            int placeStart = committee.start(1);
            int placeEnd = committee.end(1);
            if (view.hits().stream().anyMatch(hit -> hit.start() == placeStart && hit.end() == placeEnd && hit.hasType(EntityType.PLACE))) {
                committees.add(new EntityCandidate(EntityType.GOVERNMENT, committee.start(), committee.end(), name(), 0.85));
            }
        }
        return committees;
    }

    /**
     * 江西省十四届人大四次会议: a listed place, its congress's term and 人大 are the place's congress (人大 alone is no cue: it is
     * also a university's short name; with a term before it, it is a congress).
     */
    private List<EntityCandidate> congressesWithTheirTerm(SentenceView view) {
        List<EntityCandidate> congresses = new ArrayList<>();
        java.util.regex.Matcher congress = CONGRESS_WITH_ITS_TERM.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (congress.find()) {
            int termStart = congress.start(1);
            view.hits().stream().filter(hit -> hit.end() == termStart && hit.hasType(EntityType.PLACE)).mapToInt(Lexicon.Hit::start).min()
                    .ifPresent(placeStart -> congresses.add(new EntityCandidate(EntityType.GOVERNMENT, placeStart, congress.end(), name(), 0.8)));
        }
        return congresses;
    }

    /** 十四届人大, 第十四届人大: a congress's term (group 1) and 人大. */
    private static final Pattern CONGRESS_WITH_ITS_TERM = Pattern.compile("(第?[一二三四五六七八九十]+届)人大");

    /** 中国共产党福建省第十一届委员会, 中共沙县委员会: the party, a place with its level (group 1), maybe the term, 委员会. */
    static final Pattern PARTY_COMMITTEE = Pattern.compile(
            "(?:中国共产党|中共)(\\p{IsHan}{1,10}?[省市县区州旗盟])(?:第?[一二三四五六七八九十]+届)?委员会");

    /** 天津海关（东疆海关）, 重庆海关（西永海关）: the customs office a district customs runs, in brackets after it. */
    private List<EntityCandidate> customsOfficesInBrackets(SentenceView view) {
        List<EntityCandidate> offices = new ArrayList<>();
        java.util.regex.Matcher office = CUSTOMS_OFFICE_IN_BRACKETS.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (office.find()) {
            // 珲春海关（隶属长春海关）: the office it answers to, named after a verb, is the place's own (the other sources' to find).
            int nameEnd = office.end(1) - CUSTOMS.length();
            if (view.tokensWithin(office.start(1), nameEnd).stream().noneMatch(Pos::isVerb)) {
                offices.add(new EntityCandidate(EntityType.GOVERNMENT, office.start(1), office.end(1), name(), 0.8));
            }
        }
        return offices;
    }

    private static final Pattern CUSTOMS_OFFICE_IN_BRACKETS = Pattern.compile("海关[（(](\\p{IsHan}{2,4}海关)[）)]");

    /** What a body's branch for a district or zone is called after the area's name. */
    private static final List<String> AREA_BRANCH_WORDS = List.of("分局", "支队", "大队", "分院", "分署");

    /**
     * 成都市公安局高新区分局, 成都市公安局锦江区分局, 市场监管局经开区分局: a body, the district or zone a branch of it serves
     * (listed, or the bare kind word of the document's zone), and the branch word are one body.
     */
    private List<EntityCandidate> branchesForAnArea(SentenceView view, List<EntityCandidate> bodies) {
        List<EntityCandidate> branches = new ArrayList<>();
        List<int[]> spans = governmentSpans(view, bodies);
        for (int[] body : spans) {
            int areaEnd = view.hits().stream().filter(hit -> hit.start() == body[1] && (hit.hasType(EntityType.PLACE, EntityType.ZONE)
                    || ZonePatternSource.BARE_WORDS.contains(view.slice(hit.start(), hit.end())))).mapToInt(Lexicon.Hit::end).max().orElse(-1);
            // 湖北省人民检察院汉江分院, 市公安局交警支队: or one noun no list holds (a river's, a trade's) before the branch word.
            int index = areaEnd < 0 ? view.tokenAt(body[1]) : -1;
            Token area = index >= 0 ? view.tokens().get(index) : null;
            if (area != null && area.start() == body[1] && area.word().length() >= 2 && area.word().length() <= 3 && area.pos().startsWith("n")
                    && !area.pos().equals("nis") && !area.pos().equals("nnt")) {
                areaEnd = area.end();
            }
            for (String word : AREA_BRANCH_WORDS) {
                if (areaEnd > 0 && view.text().startsWith(word, areaEnd) && areaEnd + word.length() <= view.sentence().end()) {
                    branches.add(new EntityCandidate(EntityType.GOVERNMENT, body[0], areaEnd + word.length(), name(), 0.8));
                }
            }
        }
        return branches;
    }

    /** The committees a company, university or other institution has, which are its own and no body of the state. */
    static final List<String> INSTITUTIONS_COMMITTEES = List.of("联合党支部", "党总支", "党支部", "党委", "党组", "党工委", "纪委", "董事会", "董事局", "监事会");

    /** A company word or a listed company (not one also listed as a body) ends at {@code end}. */
    static boolean companyEndsAt(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && (hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null
                || hit.hasType(EntityType.COMPANY) && !hit.hasType(EntityType.GOVERNMENT)));
    }

    /**
     * 中国欧盟商会海关与贸易便利化工作组, 中国欧盟商会政府事务部: an institution's word (an association's, a school's, a hospital's,
     * an academy's) ends at {@code end}, so a body word after it opens a unit of that institution, no body of the state.
     */
    static boolean associationEndsAt(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && institutionsWord(view, hit));
    }

    /**
     * The hit is an institution's word with a name before it in its sentence (not a bare 学院 opening it), and no centre's
     * (中心 may end a zone's kind too: 保税物流中心).
     */
    static boolean institutionsWord(SentenceView view, Lexicon.Hit hit) {
        Cue word = hit.cue(Cue.CueFamily.ORG_SUFFIX);
        return word != null && !word.word().endsWith("中心") && hit.start() > view.sentence().start();
    }

    /** The start of a listed place whose last character is the level character at {@code levelAt} (坪山区 of 坪山区委), or -1. */
    private static int placeEndingWithItsLevel(SentenceView view, int levelAt) {
        return view.hits().stream().filter(hit -> hit.end() == levelAt + 1 && hit.start() < levelAt && hit.hasType(EntityType.PLACE))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
    }

    /** 司法|部分, 国防|部署: the name's last character starts a longer word, unless that word is a title (商务|部长). */
    private static boolean endsInsideAWord(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        return index >= 0 && view.tokens().get(index).end() > end && view.hits().stream()
                .noneMatch(hit -> hit.start() == end - 1 && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /**
     * 美国商务部, 俄罗斯外交部, 美国防部, 曼德勒省计划财政部: a listed ministry's name right after a foreign country or region,
     * or a country's one-character name, is that country's or region's ministry.
     */
    private List<EntityCandidate> foreignMinistries(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit body : view.hits()) {
            if (!body.hasType(EntityType.GOVERNMENT) || endsInsideAWord(view, body.end())) {
                continue;
            }
            for (Lexicon.Hit country : view.hits()) {
                if (country.end() == body.start() && country.value().entries().stream().anyMatch(GazetteerEntry::isForeign)) {
                    candidates.add(new EntityCandidate(EntityType.GOVERNMENT, country.start(), body.end(), name(), 0.9));
                    int department = foreignMinistrysDepartmentEnd(view, body.end());
                    if (department > 0) {
                        candidates.add(new EntityCandidate(EntityType.GOVERNMENT, country.start(), department, name(), 0.9));
                    }
                }
            }
            // 美国防部, 俄外交部: a country's one-character name before a listed ministry.
            if (CountryAbbreviations.abbreviatesACountryBefore(view, body.start())) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, body.start() - 1, body.end(), name(), 0.9));
            }
        }
        for (Lexicon.Hit country : view.hits()) {
            // 越南老街省工贸厅, 曼德勒省计划财政部: a region's departments end in 厅 or 局 as well.
            String bodyWords = country.value().entries().stream().anyMatch(GazetteerEntry::isForeignCountry) ? "部"
                    : country.value().entries().stream().anyMatch(GazetteerEntry::isForeign) ? "部厅局" : "";
            int ministry = bodyWords.isEmpty() ? -1 : unlistedMinistryEnd(view, country.end(), bodyWords);
            if (ministry > 0) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, country.start(), ministry, name(), 0.8));
            }
        }
        return candidates;
    }

    /** 国际贸易促进厅, 进出口局: a foreign ministry's department, of field words, ends in 厅, 司, 局 or 署. */
    private static final java.util.regex.Pattern FOREIGN_DEPARTMENT = java.util.regex.Pattern.compile("^[\\u4e00-\\u9fa5]{2,10}?[厅司局署]");

    /**
     * 泰国商务部国际贸易促进厅, 越南工贸部进出口局: where a department named right after a foreign ministry ends, or -1. Its
     * words name a field: no verb first, no name, mark or title inside (泰国商务部部长…, 外交部发言人…).
     */
    private static int foreignMinistrysDepartmentEnd(SentenceView view, int ministryEnd) {
        java.util.regex.Matcher department = FOREIGN_DEPARTMENT.matcher(view.slice(ministryEnd, Math.min(ministryEnd + MAX_DEPARTMENT, view.sentence().end())));
        if (!department.find()) {
            return -1;
        }
        int end = ministryEnd + department.end();
        List<Token> words = view.tokensWithin(ministryEnd, end);
        // 美国商务部和联邦调查局: a conjunction right after the ministry joins two bodies, no department (工业与安全局 joins two fields).
        boolean field = words.size() >= 2 && !Pos.isVerb(words.get(0)) && !words.get(0).posStartsWith("c") && words.stream().noneMatch(word -> word.posStartsWith("nr")
                || word.pos().equals("w") || word.posStartsWith("p") || word.posStartsWith("d") || word.posStartsWith("u") || word.posStartsWith("r"))
                && view.hits().stream().noneMatch(hit -> hit.start() >= ministryEnd && hit.start() < end && hit.cue(Cue.CueFamily.TITLE) != null);
        return field && view.tokenStartsAt(ministryEnd) && view.tokenEndsAt(end) ? end : -1;
    }

    /**
     * 丹麦驻华大使馆, 荷兰驻广州总领事馆, 中国驻哈萨克斯坦大使馆: a country's mission at a place, from the country's name on
     * (驻华 is "in China").
     */
    private List<EntityCandidate> missionsAbroad(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        String sentence = view.slice(view.sentence().start(), view.sentence().end());
        for (int at = sentence.indexOf('驻'); at >= 0; at = sentence.indexOf('驻', at + 1)) {
            int stationed = view.sentence().start() + at;
            int country = view.hits().stream().filter(hit -> hit.end() == stationed && hit.value().entries().stream()
                    .anyMatch(entry -> entry.isForeignCountry() || entry.canonical().equals(CHINA))).mapToInt(Lexicon.Hit::start).min().orElse(-1);
            if (country < 0) {
                continue;
            }
            int placeEnd = view.text().startsWith("华", stationed + 1) ? stationed + 2 : view.hits().stream()
                    .filter(hit -> hit.start() == stationed + 1 && hit.hasType(EntityType.PLACE)).mapToInt(Lexicon.Hit::end).max().orElse(-1);
            java.util.regex.Matcher mission = placeEnd < 0 ? null : MISSION.matcher(view.text()).region(placeEnd, view.sentence().end());
            if (mission != null && mission.lookingAt()) {
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, country, mission.end(), name(), 0.85));
            }
        }
        // 感谢使馆长期以来的支持, 使馆经济商务处参赞: an embassy named alone is the one an ambassador's title or its full
        // name has named before (the linker finds it, or drops the mention).
        java.util.regex.Matcher embassy = EMBASSY_ALONE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (embassy.find()) {
            if (view.tokenStartsAt(embassy.start()) && standsAlone(view, embassy.start())) {
                java.util.regex.Matcher mission = MISSION.matcher(view.text()).region(embassy.start(), view.sentence().end());
                candidates.add(new EntityCandidate(EntityType.GOVERNMENT, embassy.start(), mission.lookingAt() ? mission.end() : embassy.end(),
                        EMBASSY_NAMED_BEFORE, 0.6));
            }
        }
        return candidates;
    }

    private static final Pattern EMBASSY_ALONE = Pattern.compile("大?使馆");
    /** An embassy named alone (使馆), after the embassy an ambassador's title or its full name named. */
    public static final String EMBASSY_NAMED_BEFORE = "embassy-named-before";

    private static final String CHINA = "中国";

    /**
     * 中国驻德国大使馆: the mission a head of mission's office names (大使, 总领事, 领事), of the sender at the place; China's
     * where no sender is named.
     */
    static String mission(String sender, String place, String head) {
        return (sender == null ? CHINA : sender) + "驻" + place + MISSIONS_OF_HEADS.get(head);
    }

    private static final java.util.Map<String, String> MISSIONS_OF_HEADS = java.util.Map.of("大使", "大使馆", "总领事", "总领事馆", "领事", "领事馆");
    private static final Pattern MISSION = Pattern.compile("(?:特命全权)?(?:大使馆经济商务处|使馆经济商务处|大使馆|使馆|总领事馆|领事馆|总领馆|领馆|经济商务处|商务处|代表处|代表团)");

    /**
     * 哈萨克斯坦贸易和一体化部, 乌兹别克斯坦投资、工业和贸易部: after a foreign country, fields (joined by 和 or 、) and 部
     * name a ministry no list holds; where that 部 ends, or -1 (not 美国西部, 日本西南部, 德国总部, 法国俱乐部).
     */
    private static int unlistedMinistryEnd(SentenceView view, int from, String bodyWords) {
        for (int end = from + 3; end <= Math.min(view.sentence().end(), from + MAX_MINISTRY_FIELDS + 1); end++) {
            char c = view.charAt(end - 1);
            if (!SentenceView.isHan(String.valueOf(c)) && c != '、') {
                return -1;
            }
            int last = view.tokenAt(end - 1);
            // 财政部长: HanLP reads the ministry's 部 into its minister's title.
            boolean minister = last >= 0 && view.tokens().get(last).end() == end + 1 && view.charAt(end) == '长';
            if (bodyWords.indexOf(c) < 0 || last < 0 || view.tokens().get(last).start() < from || view.tokens().get(last).end() != end && !minister
                    || NO_MINISTRY.contains(view.tokens().get(last).word()) || PART_OF_A_COUNTRY.matcher(view.tokens().get(last).word()).matches()) {
                continue;
            }
            List<Token> fields = view.tokensWithin(from, end);
            boolean nouns = !fields.isEmpty() && !joinsFields(fields.get(0)) && fields.stream()
                    .allMatch(word -> joinsFields(word) || !Pos.isVerb(word) && !Pos.isBoundary(word) && !word.posStartsWith("nr"));
            return nouns ? end : -1;
        }
        return -1;
    }

    private static final int MAX_MINISTRY_FIELDS = 12;
    /** 和 or 、 between a ministry's fields (投资、工业和贸易部). */
    private static boolean joinsFields(Token word) {
        return Pos.joinsTwoFields(word) || word.word().equals("、");
    }

    /** 西部, 西南部: a part of the country. */
    private static final Pattern PART_OF_A_COUNTRY = Pattern.compile("[东西南北中]{1,2}部");
    private static final Set<String> NO_MINISTRY = Set.of("总部", "全部", "内部", "外部", "俱乐部",
            "干部", "本部", "局部", "事业部", "营业部", "分部", "头部", "底部", "顶部");

    static boolean peoplesOrganization(String name) {
        return PEOPLES_ORGANIZATIONS.stream().anyMatch(name::endsWith);
    }

    /** 区县政府, 市县党委: two level characters that make one word name the levels' bodies together (not 州市 of 杭州市). */
    private static final Set<String> TWO_LEVELS = Set.of("区县", "县区", "市县", "县市", "省市", "市州");

    /** 各区（市）县, 各县（市、区）, 各市（州）: levels listed with some in brackets, every body of them. */
    private static final java.util.regex.Pattern EVERY_LEVEL = java.util.regex.Pattern.compile(
            "(?:各|有关|相关)(?:有关|相关)?(?:[省市区县旗州盟乡镇]|[（(][省市区县旗州盟、]{1,5}[）)]|、)*[（(][省市区县旗州盟、]{1,5}[）)][省市区县旗州盟]?$");

    /**
     * 各区人民政府, 各地级以上市人民政府, 各省、自治区、直辖市人民政府, 所在县委, 各相关区人民政府: a level's bodies in general, addressed by a
     * notice, not one of them; 各 may open the list of levels.
     */
    static boolean everyBodyOfALevel(SentenceView view, int levelAt) {
        String before = view.slice(Math.max(view.sentence().start(), levelAt - 2), levelAt);
        // 区县政府, 市县党委: two levels joined name the bodies of both, none in particular.
        if (levelAt > view.sentence().start() && TWO_LEVELS.contains(view.slice(levelAt - 1, levelAt + 1))) {
            return true;
        }
        // 全省海关 (全省/n 海关, or 全/a 省 when read apart): the offices of that kind all over the place, none in particular.
        if (before.endsWith("各") || before.endsWith("全") && view.tokenStartsAt(levelAt - 1) || view.charAt(levelAt) == '全' || before.endsWith("以上") || before.endsWith("所在") || before.endsWith("当地") || before.endsWith("相关")
                || before.endsWith("有关")) {
            return true;
        }
        // 各区（市）县政府: every body of the levels listed, one in brackets.
        if (EVERY_LEVEL.matcher(view.text()).region(Math.max(view.sentence().start(), levelAt - 10), levelAt).find()) {
            return true;
        }
        // 各镇、乡人民政府: levels listed after 各, however long the sentence before them.
        if (LISTED_LEVELS.matcher(view.text()).region(Math.max(view.sentence().start(), levelAt - MAX_LEVEL_LIST), levelAt).find()) {
            return true;
        }
        // 全省16市商务局, 16个市商务局: the bodies of as many places, none in particular.
        if (COUNTED_LEVEL.matcher(view.text()).region(Math.max(view.sentence().start(), levelAt - 5), levelAt).find()) {
            return true;
        }
        int listStart = levelAt;
        // 各县（市）、区人民政府: a level in brackets is part of the list.
        while (listStart > view.sentence().start() && levelAt - listStart < MAX_LEVEL_LIST
                && ("、（）()".indexOf(view.charAt(listStart - 1)) >= 0 || !SentenceView.isPunctuation(view.charAt(listStart - 1)))) {
            listStart--;
        }
        return view.charAt(listStart) == '各' && view.slice(listStart, levelAt).contains("、");
    }

    /**
     * 武清区委: a proper noun no list knows right before a committee of a level is the place it is of (HanLP reads 武清
     * as a person's name: a name never stands so before 区委); otherwise the committee starts at its own word.
     */
    private static int unlistedPlaceBefore(SentenceView view, int bodyStart) {
        int index = view.tokenAt(bodyStart - 1);
        Token place = index < 0 ? null : view.tokens().get(index);
        // 全会由/nr 市委常委会: a "name" ending in a preposition is no place.
        return place != null && place.end() == bodyStart && place.start() >= view.sentence().start() && Pos.isProper(place)
                && !LearnedSource.endsInAPreposition(place) && SentenceView.isHan(place.word()) && place.word().length() >= 2 && place.word().length() <= 3
                && !commonWordReadIntoAName(place) ? place.start() : bodyStart;
    }

    /** 按程序报/nr 县委审定: HanLP read a common word and the verb after it (程序 + 报) as a person's name; no place's. */
    private static boolean commonWordReadIntoAName(Token token) {
        if (!token.posStartsWith("nr") || token.word().length() != 3) {
            return false;
        }
        String opening = CoreWords.firstNature(token.word().substring(0, 2));
        return opening != null && !(opening.startsWith("ns") || opening.startsWith("nr") || opening.startsWith("nz") || opening.startsWith("nt"));
    }

    /** 会同发展改革委、财政部: a body word right before or after a listed central body, set off by 、. */
    private static boolean listedBesideACentralBody(SentenceView view, Lexicon.Hit body) {
        boolean listedBefore = view.charAt(body.start() - 1) == '、';
        boolean listedAfter = view.charAt(body.end()) == '、';
        return view.hits().stream().anyMatch(other -> (listedBefore && other.end() == body.start() - 1 || listedAfter && other.start() == body.end() + 1)
                && other.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.GOVERNMENT && CENTRAL.equals(entry.kind())));
    }

    private static final String CENTRAL = "CENTRAL";
    /** The source of a body word listed with ministries, which the linker names as the central body (国家发展改革委). */
    static final String LISTED_WITH_MINISTRIES = "government-pattern:central";

    /**
     * 省发展改革委、经济和信息化厅、商务厅: a body word listed after a body named with its level (省, 市) is that level's
     * department (the linker names its place); so is one listed after a body named with its zone or place, found before it
     * (西咸新区公安局、交通运输局、应急管理局). The list's first item, up to its 、, ends in a body word.
     */
    private static boolean listedAfterANamedBody(SentenceView view, int itemStart, List<EntityCandidate> found) {
        int listStart = listStart(view, itemStart);
        int firstEnd = view.text().indexOf('、', listStart);
        int start = listStart;
        boolean named = found.stream().anyMatch(body -> body.type() == EntityType.GOVERNMENT && body.start() == start && body.end() == firstEnd
                && !body.source().equals(BARE)) && view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() < firstEnd && hit.hasType(EntityType.ZONE, EntityType.PLACE));
        return ("省市".indexOf(view.charAt(listStart)) >= 0 || view.text().startsWith("自治区", listStart) || named) && firstEnd > listStart && firstEnd < itemStart
                && view.hits().stream().anyMatch(hit -> hit.end() == firstEnd && hit.start() > start && hit.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    /**
     * 抄送：经济和信息化厅、科技厅、财政厅: a department (厅) listed after another named by its word alone, the list's first
     * item, is one of a province's departments, as they are (the linker names the province).
     */
    private static boolean departmentsListedBare(SentenceView view, Lexicon.Hit hit) {
        if (!provincialDepartment(hit.cue(Cue.CueFamily.GOV_BODY).word())) {
            return false;
        }
        int first = listStart(view, hit.start());
        int firstEnd = view.text().indexOf('、', first);
        return view.hits().stream().anyMatch(other -> other.start() == first && other.end() == firstEnd && other.cue(Cue.CueFamily.GOV_BODY) != null
                && provincialDepartment(other.cue(Cue.CueFamily.GOV_BODY).word()));
    }

    /** 商务厅, 经济和信息化厅: a department of a province's government (厅), not its general office (办公厅). */
    static boolean provincialDepartment(String word) {
        return word.endsWith("厅") && !word.endsWith("办公厅");
    }

    /** Where the list holding the item at {@code itemStart} starts: back over its items to a mark or the sentence's start. */
    private static int listStart(SentenceView view, int itemStart) {
        int start = itemStart - 1;
        while (start > view.sentence().start() && (view.charAt(start - 1) == '、' || !SentenceView.isPunctuation(view.charAt(start - 1)))) {
            start--;
        }
        return start;
    }

    /**
     * 各市市委书记, 各开发区党工委书记、管委会主任, 184个开发区党工委: a body word after 各 or a count and a level or a zone
     * kind is every such place's body, none in particular (各区人民政府 is caught where its level is read).
     */
    static boolean ofEveryPlace(SentenceView view, int start, int end) {
        int from = Math.max(view.sentence().start(), start - EVERY_REACH);
        int listFrom = Math.max(view.sentence().start(), start - EVERY_LIST_REACH);
        // …、管委会主任: a bare body later in the same list is addressed to every place too; so is one named by its level
        // alone (各县（市）、区人民政府).
        return EVERY.matcher(view.slice(from, start)).find() || bareBodyWord(view, start, end) && EVERY_LIST.matcher(view.slice(listFrom, start)).find()
                || PositionExtractor.LEVELS.indexOf(view.charAt(start)) >= 0 && start > view.sentence().start() && view.charAt(start - 1) == '、' && everyBodyOfALevel(view, start);
    }

    /** 管委会, 党工委: a body word alone, no listed body's name (国务院 in 各地各部门认真落实党中央、国务院…). */
    private static boolean bareBodyWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null
                && hit.value().entries().isEmpty());
    }

    private static final int EVERY_REACH = 5;
    private static final int EVERY_LIST_REACH = 14;
    /** 全省16市商务局, 16个市商务局: a count right before a level. */
    private static final java.util.regex.Pattern COUNTED_LEVEL = java.util.regex.Pattern.compile("(?:[0-9０-９]+|[两三四五六七八九十百几多数]+)个?$");
    /** 各 or a count (全省184个开发区党工委), and a level or a kind of zone: every place of that kind. */
    private static final String EVERY_KIND = "(?:各|(?:[0-9０-９]+|[一二两三四五六七八九十百千几多数]+)[个家])(级|地|省|市|区|县|乡镇|开发区|园区|综保区|高新区|经开区|新区|片区)";
    private static final java.util.regex.Pattern EVERY_LIST = java.util.regex.Pattern.compile(EVERY_KIND + "[^，,。；;：:]{0,10}、$");
    private static final java.util.regex.Pattern EVERY = java.util.regex.Pattern.compile(EVERY_KIND + "?$");

    /** The levels a list of them (各镇、乡人民政府) may name. */
    private static final java.util.regex.Pattern LISTED_LEVELS = java.util.regex.Pattern.compile("各[" + PositionExtractor.LEVELS + "、]*、$");

    /** How far back a list of levels opened by 各 may start: 各省、自治区、直辖市. */
    private static final int MAX_LEVEL_LIST = 12;

    /**
     * Where a zone starts that ends right before a bracketed other name ending in 区 (or the place the zone's area lies in,
     * …片区（廊坊）) and closing at {@code bodyStart}: a listed zone, or a kind word after a name (金义新区（金东区）); or -1.
     */
    static int zoneBeforeItsOtherName(SentenceView view, int bodyStart) {
        if (bodyStart < 2 || "）)".indexOf(view.charAt(bodyStart - 1)) < 0) {
            return -1;
        }
        int open = Math.max(view.text().lastIndexOf('（', bodyStart - 1), view.text().lastIndexOf('(', bodyStart - 1));
        // …自由贸易试验区大兴机场片区（廊坊）管理委员会: or the place the zone's part lies in.
        boolean placeInside = open >= 0 && view.hits().stream().anyMatch(hit -> hit.start() == open + 1 && hit.end() == bodyStart - 1 && hit.hasType(EntityType.PLACE));
        if (view.charAt(bodyStart - 2) != '区' && !placeInside) {
            return -1;
        }
        // （以下简称保税区）: a short name defined for the zone is no other name of it.
        if (open < view.sentence().start() || bodyStart - 1 - open > 13 || view.slice(open, bodyStart).contains("称")) {
            return -1;
        }
        int listed = view.hits().stream().filter(hit -> hit.end() == open && hit.hasType(EntityType.ZONE)).mapToInt(Lexicon.Hit::start).min().orElse(-1);
        if (listed >= 0) {
            return listed;
        }
        // 金义新区（金东区）党工委: a zone no list knows, its name and kind word.
        int kindWord = view.hits().stream().filter(hit -> hit.end() == open && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null)
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        int anchored = kindWord < 0 ? -1 : NameAnchors.placeOrZoneEndingAt(view, kindWord, false);
        // …or a proper name HanLP took for a person's (金义/nr).
        int before = anchored < 0 && kindWord > 0 ? view.tokenAt(kindWord - 1) : -1;
        Token name = before < 0 ? null : view.tokens().get(before);
        return name != null && name.end() == kindWord && name.word().length() >= 2 && PROPER_NAME_TAGS.contains(name.pos()) && SentenceView.isHan(name.word())
                ? name.start() : anchored;
    }

    /** 金义/nr, 南沙/ns: the tags of a proper name HanLP may give a zone's own name. */
    private static final Set<String> PROPER_NAME_TAGS = Set.of("nr", "nz", "ns", "nsf", "j", "nt");

    private static final String TOWNSHIP_LEVELS = "镇乡";

    /** The 镇 or 乡 at {@code at} stands alone: a word of its own after punctuation, a verb or a function word (not 唐江|镇). */
    private static boolean bareTownshipLevel(SentenceView view, int at) {
        if (at <= view.sentence().start()) {
            return at == view.sentence().start();
        }
        int previous = view.tokenAt(at - 1);
        if (!view.tokenStartsAt(at) || previous < 0) {
            return false;
        }
        Token word = view.tokens().get(previous);
        return word.pos().equals("w") || Pos.isVerb(word) || Pos.isBoundary(word);
    }

    /** Kinds of area a common noun before them names (空港经济区, 航空产业区), as it does a bare 区 (港务区). */
    private static final Set<String> AREAS_A_NOUN_NAMES = Set.of("经济区", "产业区");

    /**
     * 空港/n 经济区 管委会: such a kind word alone before the body, a common noun of two characters or more right before it,
     * names an unlisted area with that noun, as 港务/n 区 does; else {@code anchor}.
     */
    private static int withTheNounBeforeAKindWord(SentenceView view, int anchor, int bodyStart) {
        Token noun = AREAS_A_NOUN_NAMES.contains(view.slice(anchor, bodyStart)) ? commonNounEndingAt(view, anchor) : null;
        return noun != null ? noun.start() : anchor;
    }

    /** A common noun (n) of two characters or more in the sentence ending at {@code at}, or null. */
    private static Token commonNounEndingAt(SentenceView view, int at) {
        int index = view.tokenAt(at - 1);
        Token noun = index < 0 ? null : view.tokens().get(index);
        return noun != null && noun.end() == at && noun.start() >= view.sentence().start() && noun.word().length() >= 2 && noun.pos().equals("n") ? noun : null;
    }

    /**
     * 区安委办组织/n 区应急管理局: a noun the dictionary knows as a verb (or a modifier) too, right after a body, is what the body does
     * to the next one.
     */
    private static boolean verbAfterABody(SentenceView view, Token noun) {
        return CoreWords.usuallyNotAName(noun.word()) && view.hits().stream().anyMatch(hit -> hit.end() == noun.start() && hit.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    /**
     * 及/cc 时报/n 区/n: the noun's first character and a conjunction or adverb of one character before it make a word
     * (及时报区应急管理局; not 与/p 会展/n 区, a preposition before the area).
     */
    private static boolean gluedToTheWordBefore(SentenceView view, Token noun) {
        int index = view.tokenAt(noun.start() - 1);
        Token before = index < 0 ? null : view.tokens().get(index);
        return before != null && before.word().length() == 1 && before.end() == noun.start() && (before.posStartsWith("c") || before.posStartsWith("d"))
                && !CoreWords.unknown(view.slice(noun.start() - 1, noun.start() + 1));
    }

    /**
     * Where the body's name starts when a level character stands before its body word: the character alone (市商务局),
     * or an unlisted area it ends, with the noun before that (空港经济区管委会, 中心商务区管委会; not 区管委会).
     */
    private static int areaStart(SentenceView view, int bodyStart) {
        int index = view.tokenAt(bodyStart - 1);
        // 港务/n 区/n 管委会: a common noun of two characters or more before the area word alone names the area.
        Token nounBeforeTheArea = index > 0 && view.tokens().get(index).word().length() == 1 && view.tokens().get(index).end() == bodyStart
                && view.charAt(bodyStart - 1) == '区' ? commonNounEndingAt(view, bodyStart - 1) : null;
        if (nounBeforeTheArea != null && !gluedToTheWordBefore(view, nounBeforeTheArea) && !verbAfterABody(view, nounBeforeTheArea)) {
            return nounBeforeTheArea.start();
        }
        if (index < 0 || view.tokens().get(index).end() != bodyStart || view.tokens().get(index).word().length() < 2
                || !view.tokens().get(index).pos().startsWith("n") || view.tokens().get(index).pos().startsWith("nr")) {
            // 经市人民政府同意: HanLP reads 经市 as a person's name; a name is never the area a level word ends.
            return bodyStart - 1;
        }
        Token area = view.tokens().get(index);
        Token before = index > 0 ? view.tokens().get(index - 1) : null;
        // 中心/nis 商务区 管委会: an institution's word (中心) before the area names it too.
        return before != null && (before.pos().equals("n") || before.pos().equals("nis")) && before.word().length() >= 2 ? before.start() : area.start();
    }

    /** What a listed institution's office in a province or city is called after the place's name. */
    private static final List<String> BRANCH_WORDS = List.of("中心支行", "营业管理部", "总部", "分行", "分局", "分署", "税务局", "特派办",
            "调查总队", "监管局", "分会", "分院", "分公司", "支行", "委员会");

    /**
     * 国家税务总局江苏省税务局, 中国人民银行天津市分行, 中国人民银行上海总部, 海关总署广东分署: a listed national body, a place (or a
     * zone: 国家税务总局贵阳综合保税区税务局) and a branch
     * word, with nothing between, are one body (the place's branch of it), not the national body and a company; so is a
     * listed organization's or company's (中国国际贸易促进委员会青岛市分会, 国家开发银行天津市分行).
     */
    private List<EntityCandidate> branchesOfListedInstitutions(SentenceView view) {
        List<EntityCandidate> branches = new ArrayList<>();
        for (Lexicon.Hit body : view.hits()) {
            EntityType type = body.hasType(EntityType.GOVERNMENT) ? EntityType.GOVERNMENT
                    : body.hasType(EntityType.ORGANIZATION) ? EntityType.ORGANIZATION
                    : body.hasType(EntityType.COMPANY) ? EntityType.COMPANY : null;
            if (type == null) {
                continue;
            }
            for (Lexicon.Hit place : view.hits()) {
                if (place.start() == body.end() && place.hasType(EntityType.PLACE, EntityType.ZONE)) {
                    for (String word : BRANCH_WORDS) {
                        if (view.text().startsWith(word, place.end()) && place.end() + word.length() <= view.sentence().end()) {
                            branches.add(new EntityCandidate(type, body.start(), place.end() + word.length(), name(), 0.85));
                            break;
                        }
                    }
                }
            }
        }
        return branches;
    }

    /**
     * 外资司 in 商务部外资司, 统计分析司 in 海关总署统计分析司: a department's name after its ministry's, up to thirteen
     * characters before 司 (自由贸易区和特殊区域发展司, 对外投资和经济合作司); or its office (商务部办公厅, 国务院港澳事务办公室), a
     * bureau of its affairs (商务部外贸发展事务局), or the office of a council or group it convenes (国务院自由贸易试验区工作部际联席会议办公室).
     */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile(
            "^(?:[\\u4e00-\\u9fa5]{1,13}?司|[\\u4e00-\\u9fa5]{0,8}?办公[室厅]|[\\u4e00-\\u9fa5]{2,8}?事务局|[\\u4e00-\\u9fa5]{2,16}?(?:联席会议|领导小组)办公室)");
    private static final int MAX_DEPARTMENT = 24;

    /**
     * 海关总署自贸区和特殊区域发展司司长訾云鹏，加工贸易及保税监管司副司长贲晓东，统计分析司副司长柏嘉宁: departments listed
     * after one named with its ministry, each between a mark and its head's title, are departments too (the linker
     * names them the ministry's).
     */
    private List<EntityCandidate> departmentsListedAfterTheirMinistrys(SentenceView view, List<EntityCandidate> bodies) {
        if (!view.slice(view.sentence().start(), view.sentence().end()).contains("司长")) {
            return List.of();
        }
        int firstDepartmentEnd = bodies.stream().filter(body -> body.type() == EntityType.GOVERNMENT && view.charAt(body.end() - 1) == '司'
                        && view.hits().stream().anyMatch(hit -> hit.start() == body.start() && hit.end() < body.end() && central(hit)))
                .mapToInt(EntityCandidate::end).min().orElse(-1);
        List<EntityCandidate> departments = new ArrayList<>();
        for (int at = firstDepartmentEnd; at > 0 && at < view.sentence().end(); at++) {
            if (view.charAt(at) != '司' || !(view.text().startsWith("司长", at + 1) || view.text().startsWith("副司长", at + 1))) {
                continue;
            }
            int start = at;
            while (start > firstDepartmentEnd && at - start < MAX_LISTED_DEPARTMENT && SentenceView.isHan(view.slice(start - 1, start))) {
                start--;
            }
            // Words of a field only: not 商务部副部长李四和外资司 (a title, a name) nor 以及统计分析司 (a conjunction first).
            int from = start;
            int departmentWordStart = at;
            List<Token> words = view.tokensWithin(start, at);
            if (at - start >= 2 && "，,、；;".indexOf(view.charAt(start - 1)) >= 0 && view.tokenStartsAt(start) && !words.isEmpty()
                    && words.stream().noneMatch(word -> word.posStartsWith("nr") || word.posStartsWith("c") && word.start() == from)
                    && view.hits().stream().noneMatch(hit -> hit.start() >= from && hit.end() <= departmentWordStart && (hit.cue(Cue.CueFamily.TITLE) != null || central(hit)))) {
                departments.add(new EntityCandidate(EntityType.GOVERNMENT, start, at + 1, name(), 0.8));
            }
        }
        return departments;
    }

    private static final int MAX_LISTED_DEPARTMENT = 12;

    private static boolean central(Lexicon.Hit hit) {
        return hit.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.GOVERNMENT && CENTRAL.equals(entry.kind()));
    }

    /** 澳门特别行政区政府经济及科技发展局, 香港特别行政区政府投资推广署: a bureau after its special region's government. */
    private static final java.util.regex.Pattern SPECIAL_REGIONS_BUREAU = java.util.regex.Pattern.compile("^[\\u4e00-\\u9fa5]{2,12}?[局署处]");
    /** 科技部火炬高技术产业开发中心, 海关总署全球贸易监测分析中心: a centre its ministry runs, named after the ministry. */
    private static final java.util.regex.Pattern MINISTRYS_CENTRE = java.util.regex.Pattern.compile("^[\\u4e00-\\u9fa5]{2,14}?中心");

    /**
     * The end of a bureau of a special region's government or of a ministry's centre right after the body, or -1.
     * Nouns only between, joined by 及, 和 or 与 at most (经济及科技发展局): a verb, a preposition or an adverb makes a
     * clause (科技部在北京…中心), no unit's name.
     */
    private static int unitOfItsOwn(SentenceView view, Lexicon.Hit body, String after) {
        java.util.regex.Pattern unit = view.slice(body.start(), body.end()).endsWith("特别行政区政府") ? SPECIAL_REGIONS_BUREAU
                : central(body) ? MINISTRYS_CENTRE : null;
        java.util.regex.Matcher matcher = unit == null ? null : unit.matcher(after);
        if (matcher == null || !matcher.find()) {
            return -1;
        }
        int end = body.end() + matcher.end();
        List<Token> words = view.tokensWithin(body.end(), end);
        boolean nounsOnly = !words.isEmpty() && words.stream().allMatch(word -> !Pos.isVerb(word) && !word.posStartsWith("nr") && !word.pos().equals("w")
                && (!Pos.isBoundary(word) || Pos.joinsTwoFields(word) && word != words.get(0)));
        return nounsOnly && view.tokenStartsAt(body.end()) && view.tokenEndsAt(end) ? end : -1;
    }

    /**
     * 商务部外资司, 海关总署统计分析司: a listed body and a department word (…司) after it are one body, the body's
     * department (never …公司, a company).
     */
    private List<EntityCandidate> departmentsOfListedBodies(SentenceView view) {
        List<EntityCandidate> departments = new ArrayList<>();
        for (Lexicon.Hit body : view.hits()) {
            if (!body.hasType(EntityType.GOVERNMENT)) {
                continue;
            }
            String after = view.slice(body.end(), Math.min(body.end() + MAX_DEPARTMENT, view.sentence().end()));
            java.util.regex.Matcher department = DEPARTMENT.matcher(after);
            int end = department.find() ? body.end() + department.end() : -1;
            // 交通运输部约谈马士基等国际船司: a verb right after the body, or 等, makes a clause, no department's name (和 joins
            // its words: 自贸区和特殊区域发展司; a verb inside names the department's task: 地区振兴司).
            List<Token> words = end > 0 ? view.tokensWithin(body.end(), end) : List.of();
            if (end > 0 && !view.slice(body.end(), end).endsWith("公司") && view.tokenEndsAt(end) && view.tokenStartsAt(body.end())
                    && !words.isEmpty() && !Pos.isVerb(words.get(0))
                    && words.stream().noneMatch(token -> token.word().equals("等") || token.pos().equals("w") || token.posStartsWith("nr") && token.word().length() > 1)
                    // 商务部副部长李四和外资司: a title and a name between make two things, no department's name.
                    && view.hits().stream().noneMatch(hit -> hit.start() >= body.end() && hit.end() < end && hit.cue(Cue.CueFamily.TITLE) != null)) {
                departments.add(new EntityCandidate(EntityType.GOVERNMENT, body.start(), end, name(), 0.85));
            } else {
                // No department word, or one read into a clause (科技部火炬中心与华为公司): a bureau or centre of its own, if any.
                int unitEnd = unitOfItsOwn(view, body, after);
                if (unitEnd > 0) {
                    departments.add(new EntityCandidate(EntityType.GOVERNMENT, body.start(), unitEnd, name(), 0.85));
                }
            }
        }
        return departments;
    }
}
