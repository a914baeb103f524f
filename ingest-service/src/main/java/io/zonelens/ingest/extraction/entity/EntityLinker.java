package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.text.LayoutDates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every mention one canonical name per real-world thing within a document: gazetteer names and their short
 * forms (南昌综保区 → 南昌综合保税区), level-prefixed bodies against the document's home city (市发改委 →
 * 天津市发展和改革委员会 in a Tianjin document), bare kind words against the zone the document names (保税区 →
 * 天津港保税区), and 《意见》-style short titles against the full title cited in the same document.
 */
public final class EntityLinker {

    private static final String CROSS_BORDER_ECOMMERCE_ZONE = "跨境电子商务综合试验区";
    private static final java.util.regex.Pattern FTZ_AREA = java.util.regex.Pattern.compile("(.{2,8}?)自贸(?:试验)?区(.{2,12}片区)");
    private static final java.util.regex.Pattern FTZ_SHORT_AREA = java.util.regex.Pattern.compile("(.{2,6}?)自贸片区");
    private static final String[][] SHORT_ZONE_SUFFIXES = {
            {"综保区", "综合保税区"}, {"经开区", "经济技术开发区"}, {"高新区", "高新技术产业开发区"}, {"自贸区", "自贸试验区"}, {"自贸港", "自由贸易港"}, {"边合区", "边境经济合作区"},
            {"跨境电商综试区", CROSS_BORDER_ECOMMERCE_ZONE}, {"跨境电商综合试验区", CROSS_BORDER_ECOMMERCE_ZONE}};
    private static final Set<String> MUNICIPALITIES = Set.of("北京", "天津", "上海", "重庆");
    private static final Set<String> OUTSIDE_THE_MAINLAND = Set.of("香港", "澳门", "台湾");

    private final Gazetteer gazetteer;
    /** The gazetteer's countries, whose names may open a foreign body's or firm's as written ({@link #withoutTheirCountry}). */
    private final List<String> countries;
    private final Map<String, Cue> bodies = new HashMap<>();

    public EntityLinker(Gazetteer gazetteer, List<Cue> bodyCues) {
        this.gazetteer = gazetteer;
        bodyCues.forEach(cue -> bodies.put(cue.word(), cue));
        // Longest first: 阿拉伯联合酋长国 before 阿拉伯.
        this.countries = gazetteer.entries().stream().filter(GazetteerEntry::isCountry).map(GazetteerEntry::canonical).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * 福清市江阴港城经济区, 江阴海关 in a Fujian document: a county's short name linked to a county of another province, which
     * the document names nothing else of, is a place of the document's own province that no list holds (福清's 江阴), so it
     * stays as written; where the document names that province or a place or zone of it, the link stands.
     */
    List<EntityMention> withoutCountiesOfOtherProvinces(List<EntityMention> mentions, Home home) {
        if (home.province() == null) {
            return mentions;
        }
        Set<String> provincesNamed = new java.util.HashSet<>();
        // Each short county's mention, and the province of the county it was linked to.
        Map<EntityMention, String> shortCounties = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.ZONE) {
                continue;
            }
            List<GazetteerEntry> entries = gazetteer.lookup(m.canonical()).stream().filter(e -> e.type() == m.type()).toList();
            // 江阴, not 石柱县: a name without its level, which another province's place may bear as well.
            boolean shortCounty = m.type() == EntityType.PLACE && !m.text().equals(m.canonical()) && entries.size() == 1
                    && COUNTY_LEVEL_WORDS.indexOf(m.text().charAt(m.text().length() - 1)) < 0
                    && Gazetteer.COUNTY_LEVELS.contains(entries.get(0).kind()) && !entries.get(0).province().equals(home.province());
            if (shortCounty) {
                shortCounties.put(m, entries.get(0).province());
            } else {
                entries.forEach(e -> provincesNamed.add(e.province()));
            }
        }
        if (shortCounties.isEmpty()) {
            return mentions;
        }
        List<EntityMention> kept = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String province = shortCounties.get(m);
            kept.add(province != null && !provincesNamed.contains(province)
                    ? new EntityMention(m.type(), m.start(), m.end(), m.text(), m.text(), m.sentenceIndex(), m.contextual()) : m);
        }
        return kept;
    }

    /**
     * 俄罗斯阿穆尔州政府 and later 阿穆尔州政府, 俄罗斯阿穆尔绿谷农业有限责任公司 and 阿穆尔绿谷农业有限责任公司: a foreign body or
     * firm the document names once after its country and once without is one entity, named without the country (which only
     * says where it is); not where a list knows the shorter name (美国商务部 is no 商务部).
     */
    List<EntityMention> withoutTheirCountry(List<EntityMention> mentions) {
        Set<String> named = mentions.stream().filter(m -> COUNTRY_PREFIXED.contains(m.type())).map(EntityMention::canonical)
                .collect(java.util.stream.Collectors.toSet());
        List<EntityMention> linked = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String country = COUNTRY_PREFIXED.contains(m.type()) ? countries.stream().filter(m.canonical()::startsWith).findFirst().orElse(null) : null;
            String rest = country == null ? null : m.canonical().substring(country.length());
            // 美国商务部 and 商务部 are two: a name some list knows without the country is a body of its own.
            linked.add(rest != null && named.contains(rest) && gazetteerCanonical(m.type(), rest) == null
                    ? new EntityMention(m.type(), m.start(), m.end(), m.text(), rest, m.sentenceIndex(), true) : m);
        }
        return linked;
    }

    private static final Set<EntityType> COUNTRY_PREFIXED = Set.of(EntityType.GOVERNMENT, EntityType.COMPANY, EntityType.ORGANIZATION);

    /** Links resolved candidates; {@code home} is where the document is from, for the names it leaves unsaid. */
    public List<EntityMention> link(String text, List<ResolvedCandidate> resolved, Home home) {
        List<EntityMention> mentions = new ArrayList<>();
        // Proper names first, so bare words and short forms can be resolved against them.
        for (ResolvedCandidate r : resolved) {
            EntityCandidate c = r.candidate();
            if (!isBare(c, text) && !(joinedByAPlus(text, c) && BARE_ZONE_WORDS.stream().anyMatch(text.substring(c.start(), c.end())::startsWith))) {
                String surface = text.substring(c.start(), c.end());
                // 郑州新郑 in 郑州新郑、…等综合保税区 is named with the kind the list ends in, 冀屯 of 冀屯、吴村3个镇 with its level.
                String kind = java.util.Optional.ofNullable(ZonePatternSource.kindOf(c)).orElse(PlacePatternSource.levelOfAListedTownship(c));
                kind = kind.isEmpty() ? null : kind;
                // 广州南沙: a district named without its level word right after its city is that province's district.
                String districtsProvince = PlacePatternSource.provinceOfADistrictAfterItsCity(c);
                // 会同发展改革委、财政部: a body word listed with ministries is the central body of that name.
                String central = c.source().equals(GovernmentBodySource.LISTED_WITH_MINISTRIES) ? gazetteerCanonical(EntityType.GOVERNMENT, "国家" + surface) : null;
                // 唐山市委副书记、市长高俊峰，市委常委…杜建民: a body named by the city's level alone after another city's body in its
                // sentence is that city's, not the document's.
                Home local = c.type() == EntityType.GOVERNMENT && surface.startsWith(CITY_LEVEL)
                        ? cityBodyBefore(text, mentions, r.sentenceIndex(), c.start()).map(home::withCity).orElse(home) : home;
                String canonical = districtsProvince != null ? gazetteer.county(surface, districtsProvince).map(GazetteerEntry::canonical).orElse(surface)
                        : central != null ? central : canonical(c.type(), kind == null ? surface : surface + kind, local);
                mentions.add(new EntityMention(c.type(), c.start(), c.end(), surface, canonical, r.sentenceIndex()));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        linkZonesNamedWithoutTheirCountysLevel(mentions);
        List<EntityMention> named = List.copyOf(mentions);
        // The zone whose committee writes or signs the paper, found once: bare bodies of a zone are its.
        String writer = java.util.Optional.ofNullable(writersZone(text, named)).orElseGet(() -> issuersZone(home.issuer()));
        officesOfTheIssuersCommittee(mentions, writer);
        List<String> zonesNamed = zonesNamed(named);
        Set<String> kindsInGeneral = kindsDefinedInGeneral(text, named);
        kindsInGeneral.addAll(kindsCountedInGeneral(text, zonesNamed));
        for (ResolvedCandidate r : resolved) {
            EntityCandidate c = r.candidate();
            // “管委会+公司”改革, “海关+综保区管委会+企业”: a bare body (or a bare zone's) joined to another by + names a model of
            // governance, no body.
            if (isBare(c, text) && !joinedByAPlus(text, c)) {
                String surface = text.substring(c.start(), c.end());
                String referred = c.type() == EntityType.ZONE && afterAnAnaphor(text, c.start()) ? lastZoneOfTheKindBefore(surface, named, c.start()) : null;
                String canonical = referred != null ? referred
                        : c.type() == EntityType.ZONE
                        ? (zonesInGeneral(text, c.start()) || kindsListedTogether(text, c.start(), c.end(), named) || kindsInGeneral.contains(surface)
                                || kindNamedInGeneralBefore(text, c.start(), surface, zonesNamed) ? null
                                // 瑞丽边境经济合作区管委会主任邴国辉说，边合区新建的…: opening a clause, a zone of the kind named earlier in
                                // the sentence.
                                : java.util.Optional.ofNullable(c.start() == 0 || "，；：".indexOf(text.charAt(c.start() - 1)) < 0 ? null
                                                : onlyZoneOfTheKindBefore(surface, named.stream().filter(m -> m.sentenceIndex() == r.sentenceIndex()).toList(), c.start()))
                                        .orElseGet(() -> writersOwnZone(surface, writer, named, r.sentenceIndex(), c.start())
                                                .orElseGet(() -> bareZoneNotListedBesideIt(text, c.start(), r, named, zonesNamed, home))))
                        : c.source().equals(GovernmentBodySource.ISSUERS_DEPARTMENT) ? issuersDepartment(text, surface, c.start(), c.end(), named, writer)
                        : c.source().equals(GovernmentBodySource.EMBASSY_NAMED_BEFORE) ? embassyNamedBefore(text, surface, c.start(), named)
                        : bareBody(text, surface, c.start(), r.sentenceIndex(), named, zonesNamed, home, writer);
                if (canonical != null) {
                    mentions.add(new EntityMention(c.type(), c.start(), c.end(), surface, canonical, r.sentenceIndex()));
                }
            }
        }
        linkBodiesOfBareZones(mentions, zonesNamed, home, writer);
        linkCongressesCommittees(text, mentions);
        linkShortPolicies(text, mentions);
        linkInstitutionsNamedByLevel(mentions);
        linkShortZones(mentions);
        linkDevelopmentZonesAsNamed(mentions);
        linkEnumeratedAreas(text, mentions);
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        List<EntityMention> beforePlaces = List.copyOf(mentions);
        linkListedDepartments(text, mentions, home);
        linkBodiesOfTheOnePlaceNamed(mentions, home, writer);
        linkBodiesNamedWithTheirProvince(mentions);
        linkTeamsNamedWithoutTheirNumber(text, mentions);
        linkTheSocietysOwnCommittee(text, mentions);
        linkBodiesNamedWithoutTheirCity(mentions);
        linkMinistriesOfAForeignTitleChain(text, mentions);
        linkBareCommitteesToTheOneNamedInFull(mentions);
        linkUnitsOfTheIssuingCommittee(mentions);
        linkBodiesAbbreviatedAfterTheirFullName(mentions);
        linkZonesShortenedFromAFullName(mentions);
        linkDepartmentsOfACommitteeMember(text, mentions);
        linkCommissionsOfACommitteeMember(text, mentions);
        linkDepartmentsListedAfterTheirMinistrys(text, mentions);
        linkCommitteesOfRelinkedBodies(beforePlaces, mentions);
        linkNamesOpenedByAnAcronym(mentions);
        linkForeignSurnames(mentions);
        mentions.addAll(bodiesSharedAlongAList(text, mentions, home));
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return mentions.stream().map(this::markContextual).toList();
    }

    /**
     * 澄迈老城经济开发区 in a headline over 澄迈县老城经济开发区: a zone named with its county's level word left out is the zone the
     * document names with it (one zone, not two, for the bare words after them to choose between).
     */
    private static void linkZonesNamedWithoutTheirCountysLevel(List<EntityMention> mentions) {
        Set<String> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(EntityMention::canonical).collect(java.util.stream.Collectors.toSet());
        if (zones.size() < 2) {
            return;
        }
        mentions.replaceAll(m -> {
            if (m.type() != EntityType.ZONE) {
                return m;
            }
            for (String zone : zones) {
                for (int at = MIN_COUNTY_STEM; zone.length() == m.canonical().length() + 1 && at <= Math.min(MAX_COUNTY_STEM, m.canonical().length() - 1); at++) {
                    if (COUNTY_LEVEL_WORDS.indexOf(zone.charAt(at)) >= 0 && zone.startsWith(m.canonical().substring(0, at))
                            && zone.substring(at + 1).equals(m.canonical().substring(at))) {
                        return new EntityMention(m.type(), m.start(), m.end(), m.text(), zone, m.sentenceIndex());
                    }
                }
            }
            return m;
        });
    }

    private static final int MIN_COUNTY_STEM = 2;
    private static final int MAX_COUNTY_STEM = 4;
    private static final String COUNTY_LEVEL_WORDS = "县市区旗";

    /**
     * 成都市、绵阳市、宜宾市、泸州市人民政府: places listed before the last one's body, each of its level, name that body of
     * theirs too (成都市人民政府), as the places they still are.
     */
    private List<EntityMention> bodiesSharedAlongAList(String text, List<EntityMention> mentions, Home home) {
        List<EntityMention> shared = new ArrayList<>();
        Map<Integer, EntityMention> placesByEnd = new HashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.PLACE).forEach(m -> placesByEnd.putIfAbsent(m.end(), m));
        for (EntityMention body : mentions) {
            if (body.type() != EntityType.GOVERNMENT || body.start() == 0 || text.charAt(body.start() - 1) != '、') {
                continue;
            }
            // The listed place the body's name opens with, ending in its level (泸州市 of 泸州市人民政府).
            String last = null;
            for (int length = body.text().length() - 2; length >= 2 && last == null; length--) {
                String prefix = body.text().substring(0, length);
                last = GovernmentBodySource.LEVELS.indexOf(prefix.charAt(length - 1)) >= 0 && gazetteerCanonical(EntityType.PLACE, prefix) != null ? prefix : null;
            }
            String word = last == null ? null : body.text().substring(last.length());
            if (word == null || !bodies.containsKey(word)) {
                continue;
            }
            char level = last.charAt(last.length() - 1);
            for (int at = body.start() - 1; at > 0 && text.charAt(at) == '、'; ) {
                EntityMention place = placesByEnd.get(at);
                if (place == null || place.text().charAt(place.text().length() - 1) != level) {
                    break;
                }
                shared.add(new EntityMention(EntityType.GOVERNMENT, place.start(), place.end(), place.text(),
                        canonical(EntityType.GOVERNMENT, place.text() + word, home), place.sentenceIndex()));
                at = place.start() - 1;
            }
        }
        return shared;
    }

    /**
     * 日本贸易振兴机构（JETRO）大连代表处…JETRO大连代表处: an acronym given in brackets inside an institution's name stands for
     * the words before it, also where it opens another name of the document.
     */
    private static void linkNamesOpenedByAnAcronym(List<EntityMention> mentions) {
        // In the order named, so that of two acronyms opening a name the same one wins every run.
        Map<String, String> acronyms = new java.util.LinkedHashMap<>();
        for (EntityMention m : mentions) {
            java.util.regex.Matcher acronym = OrganizationPatternSource.ACRONYM_IN_BRACKETS.matcher(m.text());
            if (m.type().isInstitution() && acronym.find() && acronym.start() >= 2) {
                acronyms.putIfAbsent(m.text().substring(acronym.start() + 1, acronym.end() - 1), m.text().substring(0, acronym.start()));
            }
        }
        for (int i = 0; i < mentions.size() && !acronyms.isEmpty(); i++) {
            EntityMention m = mentions.get(i);
            for (Map.Entry<String, String> acronym : acronyms.entrySet()) {
                String rest = m.type().isInstitution() && m.text().startsWith(acronym.getKey()) ? m.text().substring(acronym.getKey().length()) : "";
                if (rest.length() >= 2 && SentenceView.isHan(rest)) {
                    mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), acronym.getValue() + rest, m.sentenceIndex()));
                    break;
                }
            }
        }
    }

    /**
     * 任县市场监督管理局党委委员: a party committee linked to a body named by its level alone follows the body when a later
     * step finds the body's place (县市场监督管理局党委 → 嘉善县市场监督管理局党委). {@code before} holds the mentions, in the
     * same order, as they were before those steps.
     */
    private static void linkCommitteesOfRelinkedBodies(List<EntityMention> before, List<EntityMention> mentions) {
        Map<String, String> relinked = new HashMap<>();
        for (int i = 0; i < mentions.size() && before.size() == mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.GOVERNMENT && !before.get(i).canonical().equals(mentions.get(i).canonical())) {
                relinked.putIfAbsent(before.get(i).canonical(), mentions.get(i).canonical());
            }
        }
        for (int i = 0; i < mentions.size() && !relinked.isEmpty(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.GOVERNMENT || !INSTITUTIONS_COMMITTEES.contains(m.text())) {
                continue;
            }
            for (String committee : INSTITUTIONS_COMMITTEES) {
                String owner = m.canonical().endsWith(committee) ? relinked.get(m.canonical().substring(0, m.canonical().length() - committee.length())) : null;
                if (owner != null) {
                    mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), owner + committee, m.sentenceIndex()));
                    break;
                }
            }
        }
    }

    /**
     * 九三学社黑龙江省委会…社省委副主委, 社省委参政议政处: where a document names one committee of 九三学社 of that level, 社
     * before a place's committee word is that committee (and its units), no Communist Party committee.
     */
    private static void linkTheSocietysOwnCommittee(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.GOVERNMENT || m.start() == 0 || text.charAt(m.start() - 1) != SOCIETYS_OWN_WORD
                    || m.text().length() < 2 || m.text().charAt(1) != '委' || "省市区县州".indexOf(m.text().charAt(0)) < 0) {
                continue;
            }
            char level = m.text().charAt(0);
            List<String> committees = mentions.stream().filter(o -> o.type() == EntityType.ORGANIZATION && o.canonical().startsWith(OrganizationPatternSource.SOCIETY)
                    && o.canonical().endsWith(level + "委员会")).map(EntityMention::canonical).distinct().toList();
            // 社省委参政议政处: the unit after the committee's word (委, 委会 or 委员会).
            java.util.regex.Matcher word = SOCIETYS_COMMITTEE_WORD.matcher(m.text());
            if (committees.size() == 1 && word.lookingAt()) {
                mentions.set(i, new EntityMention(EntityType.ORGANIZATION, m.start(), m.end(), m.text(), committees.get(0) + m.text().substring(word.end()), m.sentenceIndex()));
            }
        }
    }

    private static final char SOCIETYS_OWN_WORD = '社';
    private static final java.util.regex.Pattern SOCIETYS_COMMITTEE_WORD = java.util.regex.Pattern.compile(".委(?:员会|会)?");

    /**
     * 中央第十一巡视组…中央巡视组组长卓元岱: an inspection team named without its number, where the document names one numbered
     * team of that kind (and no other), is that team.
     */
    private static void linkTeamsNamedWithoutTheirNumber(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            // Not teams counted (15个中央巡视组): those are all of them.
            if (m.type() != EntityType.GOVERNMENT || !INSPECTION_TEAM.matcher(m.canonical()).find() || TEAMS_NUMBER.matcher(m.canonical()).find()
                    || m.start() > 0 && COUNTED_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0) {
                continue;
            }
            List<String> numbered = mentions.stream().map(EntityMention::canonical)
                    .filter(canonical -> TEAMS_NUMBER.matcher(canonical).find() && TEAMS_NUMBER.matcher(canonical).replaceFirst("").equals(m.canonical())).distinct().toList();
            if (numbered.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), numbered.get(0), m.sentenceIndex()));
            }
        }
    }

    private static final java.util.regex.Pattern INSPECTION_TEAM = java.util.regex.Pattern.compile(GovernmentBodySource.INSPECTION_TEAM + "$");
    /** 第十一 of 中央第十一巡视组: the number that tells one team from another (not 第一师 of 兵团第一师党委第二巡察组). */
    private static final java.util.regex.Pattern TEAMS_NUMBER = java.util.regex.Pattern.compile(
            GovernmentBodySource.TEAMS_NUMBER + "(?=\\p{IsHan}{0,8}?" + GovernmentBodySource.INSPECTION_TEAM + "$)");
    private static final String COUNTED_BEFORE = "个批各";

    /**
     * 公诉机关广东省深圳市人民检察院…深圳市人民检察院指派检察员: a body of a city or county the document names once with its
     * province before it is the same body where the province is left out.
     */
    private void linkBodiesNamedWithTheirProvince(List<EntityMention> mentions) {
        Map<String, String> withTheirProvince = new HashMap<>();
        for (EntityMention m : mentions) {
            String canonical = m.canonical();
            for (int length = 2; m.type() == EntityType.GOVERNMENT && length <= MAX_PROVINCE_NAME && length + 3 < canonical.length(); length++) {
                String province = gazetteerCanonical(EntityType.PLACE, canonical.substring(0, length));
                if (province != null && province.equals(canonical.substring(0, length)) && provinceLevel(province)) {
                    withTheirProvince.putIfAbsent(canonical.substring(length), canonical);
                    break;
                }
            }
        }
        for (int i = 0; i < mentions.size() && !withTheirProvince.isEmpty(); i++) {
            EntityMention m = mentions.get(i);
            String full = m.type() == EntityType.GOVERNMENT ? withTheirProvince.get(m.canonical()) : null;
            if (full != null && opensWithAPlaceIn(m.canonical(), full)) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), full, m.sentenceIndex()));
            }
        }
    }

    /**
     * 海口美兰机场海关 and later 美兰机场海关, 海口江东新区管理局 and 江东新区管理局: a body the document names once after its
     * city is the same body where the city is left out; not a body word alone (人民政府, 商务局) nor a name a list knows.
     */
    private void linkBodiesNamedWithoutTheirCity(List<EntityMention> mentions) {
        Set<String> bodiesNamed = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).map(EntityMention::canonical)
                .collect(java.util.stream.Collectors.toSet());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.GOVERNMENT || bodies.containsKey(m.canonical()) || gazetteerCanonical(EntityType.GOVERNMENT, m.canonical()) != null) {
                continue;
            }
            // 俄罗斯阿穆尔州政府: a country before a body is left out of its name instead (withoutTheirCountry).
            List<String> longer = bodiesNamed.stream().filter(full -> full.length() > m.canonical().length() && full.endsWith(m.canonical())
                    && placeBefore(full, m.canonical()) && countries.stream().noneMatch(full::startsWith)).toList();
            if (longer.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), longer.get(0), m.sentenceIndex()));
            }
        }
    }

    /**
     * 老挝副总理兼外交部长, 泰国副总理兼商业部长: a ministry named in a chain of titles joined by 兼 after a foreign country is
     * that country's ministry (老挝外交部), not China's.
     */
    private void linkMinistriesOfAForeignTitleChain(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention ministry = mentions.get(i);
            if (ministry.type() != EntityType.GOVERNMENT || !ministry.canonical().equals(gazetteerCanonical(EntityType.GOVERNMENT, ministry.text()))) {
                continue;
            }
            for (EntityMention country : mentions) {
                String chain = country.end() < ministry.start() && ministry.start() - country.end() <= MAX_TITLE_CHAIN ? text.substring(country.end(), ministry.start()) : "";
                if (chain.contains("兼") && SentenceView.isHan(chain) && country.type() == EntityType.PLACE && country.sentenceIndex() == ministry.sentenceIndex()
                        && gazetteer.namesAForeignCountry(country.canonical())
                        && mentions.stream().anyMatch(title -> title.type() == EntityType.POSITION && title.start() == country.end())) {
                    mentions.set(i, new EntityMention(ministry.type(), ministry.start(), ministry.end(), ministry.text(), country.canonical() + ministry.canonical(),
                            ministry.sentenceIndex()));
                    break;
                }
            }
        }
    }

    /** 副总理兼副首相兼: the longest run of titles between a country and its ministry. */
    private static final int MAX_TITLE_CHAIN = 12;

    /**
     * 管委会 after 四川天府新区成都管理委员会: a bare committee linked to its zone's committee is the one committee of that
     * zone the document names in full, where its name says more (成都, the part of the zone it runs).
     */
    private static void linkBareCommitteesToTheOneNamedInFull(List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention bare = mentions.get(i);
            if (bare.type() != EntityType.GOVERNMENT || !BARE_COMMITTEES.contains(bare.text()) || !bare.canonical().endsWith(COMMITTEE)) {
                continue;
            }
            String zone = bare.canonical().substring(0, bare.canonical().length() - COMMITTEE.length());
            List<String> named = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && !BARE_COMMITTEES.contains(m.text())
                            && m.canonical().startsWith(zone) && m.canonical().endsWith(COMMITTEE) && m.canonical().length() > bare.canonical().length()
                            // Not 成都党工委管委会, two bodies written as one.
                            && !m.canonical().substring(zone.length()).contains("党"))
                    .map(EntityMention::canonical).distinct().toList();
            if (named.size() == 1) {
                mentions.set(i, new EntityMention(bare.type(), bare.start(), bare.end(), bare.text(), named.get(0), bare.sentenceIndex()));
            }
        }
    }

    /**
     * 管委会办公室, 管委会督查室 in the minutes of 黄石经济技术开发区·铁山区管委会: a unit of a bare committee that nothing linked
     * (its canonical name the committee's word and the unit) is the unit of the committee the document's first lines name in full.
     */
    private static void linkUnitsOfTheIssuingCommittee(List<EntityMention> mentions) {
        // A zone's committee (区, 城 or 园 before it), not 国有资产监督管理委员会 or 党工委管委会 written as one.
        List<String> issuers = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.sentenceIndex() <= ISSUERS_LINE
                        && m.canonical().endsWith(COMMITTEE) && !BARE_COMMITTEES.contains(m.text()) && m.canonical().length() > COMMITTEE.length()
                        && "区城园".indexOf(m.canonical().charAt(m.canonical().length() - COMMITTEE.length() - 1)) >= 0 && !m.canonical().contains("党"))
                .map(EntityMention::canonical).distinct().toList();
        if (issuers.size() != 1) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention unit = mentions.get(i);
            if (unit.type() == EntityType.GOVERNMENT && unit.canonical().startsWith(COMMITTEE) && unit.canonical().length() > COMMITTEE.length()
                    && BARE_COMMITTEES.stream().anyMatch(unit.text()::startsWith)) {
                mentions.set(i, new EntityMention(unit.type(), unit.start(), unit.end(), unit.text(),
                        issuers.get(0) + unit.canonical().substring(COMMITTEE.length()), unit.sentenceIndex()));
            }
        }
    }

    /** Where the listed body a department (…司) opens with ends (国家发展改革委 of 国家发展改革委外资司), or -1. */
    private int ministryOpening(String department) {
        for (int i = department.length() - 2; i >= 2 && department.endsWith("司"); i--) {
            if (gazetteerCanonical(EntityType.GOVERNMENT, department.substring(0, i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 海关总署自贸区和特殊区域发展司司长訾云鹏，统计分析司副司长柏嘉宁: a department (…司) named bare after one named with its
     * ministry in the same sentence is that ministry's (海关总署统计分析司); so is one in brackets right after its ministry.
     */
    private void linkDepartmentsListedAfterTheirMinistrys(String text, List<EntityMention> mentions) {
        String ministry = null;
        int sentence = -1;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention department = mentions.get(i);
            if (department.type() != EntityType.GOVERNMENT) {
                continue;
            }
            // 报送商务部（自贸区港建设协调司）: a department in brackets right after its ministry is that ministry's.
            String bracketing = department.text().endsWith("司") && department.canonical().equals(department.text()) && department.start() > 0
                    && "（(".indexOf(text.charAt(department.start() - 1)) >= 0 ? mentions.stream()
                    .filter(m -> m.type() == EntityType.GOVERNMENT && m.end() == department.start() - 1 && gazetteerCanonical(EntityType.GOVERNMENT, m.text()) != null)
                    .map(EntityMention::canonical).findFirst().orElse(null) : null;
            if (bracketing != null) {
                mentions.set(i, new EntityMention(department.type(), department.start(), department.end(), department.text(),
                        bracketing + department.text(), department.sentenceIndex()));
                // 商务部（外资司、自贸区港建设协调司）: the departments listed after it in the brackets are the ministry's too.
                ministry = bracketing;
                sentence = department.sentenceIndex();
                continue;
            }
            // 海关总署统计分析司司长张三，商务部副部长李四，外资司司长: another body named between takes the ministry away.
            ministry = department.sentenceIndex() == sentence && department.text().endsWith("司") ? ministry : null;
            if (!department.text().endsWith("司")) {
                continue;
            }
            sentence = department.sentenceIndex();
            int ministryEnd = ministryOpening(department.text());
            if (ministryEnd > 0) {
                ministry = gazetteerCanonical(EntityType.GOVERNMENT, department.text().substring(0, ministryEnd));
            } else if (ministry != null && department.canonical().equals(department.text())) {
                mentions.set(i, new EntityMention(department.type(), department.start(), department.end(), department.text(),
                        ministry + department.text(), department.sentenceIndex()));
            }
        }
    }

    /**
     * 厦门市委常委、统战部部长: a department named bare right after a member's title of a party committee is that
     * committee's (厦门市委统战部), as the position's office is.
     */
    private static void linkDepartmentsOfACommitteeMember(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention department = mentions.get(i);
            if (department.type() != EntityType.GOVERNMENT || !department.canonical().equals(department.text()) || !department.text().endsWith("部")) {
                continue;
            }
            EntityMention committee = committeeOfAMemberBefore(text, mentions, department.start());
            if (committee != null) {
                mentions.set(i, new EntityMention(department.type(), department.start(), department.end(), department.text(),
                        committee.canonical() + department.text(), department.sentenceIndex()));
            }
        }
    }

    /** 厦门市委 of 厦门市委常委、 right before {@code at}: the party committee whose member's title stands there, or null. */
    private static EntityMention committeeOfAMemberBefore(String text, List<EntityMention> mentions, int at) {
        int memberTitle = at - MEMBER_OF_THE_COMMITTEE.length();
        if (memberTitle < 0 || !text.startsWith(MEMBER_OF_THE_COMMITTEE, memberTitle)) {
            return null;
        }
        return mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() == memberTitle && m.canonical().endsWith(PARTYS_COMMITTEE))
                .findFirst().orElse(null);
    }

    private static final String MEMBER_OF_THE_COMMITTEE = "常委、";

    /**
     * 铜川市委常委、纪委书记、监委主任: the discipline commission named bare right after a member's title of a place's party
     * committee (not a zone's 党工委) is the place's (铜川市纪委), and the supervisory commission after its secretary's title the same place's
     * (铜川市监察委员会).
     */
    private void linkCommissionsOfACommitteeMember(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention commission = mentions.get(i);
            if (commission.type() != EntityType.GOVERNMENT || !COMMISSIONS.contains(commission.text()) || !commission.canonical().equals(canonical(EntityType.GOVERNMENT, commission.text(), Home.UNKNOWN))) {
                continue;
            }
            EntityMention committee = committeeOfAMemberBefore(text, mentions, commission.start());
            int secretaryTitle = commission.start() - SECRETARY_OF_THE_COMMISSION.length();
            String place = null;
            if (committee != null) {
                place = java.util.Optional.of(committee.canonical().substring(0, committee.canonical().length() - PARTYS_COMMITTEE.length()))
                        .filter(committees -> !committees.isEmpty() && PositionExtractor.LEVELS.indexOf(committees.charAt(committees.length() - 1)) >= 0)
                        // 乌审旗旗委: a place whose name ends in its level names its committee with the level twice.
                        .map(committees -> committees.length() > 2 && committees.charAt(committees.length() - 1) == committees.charAt(committees.length() - 2)
                                ? committees.substring(0, committees.length() - 1) : committees)
                        .orElse(null);
            } else if (secretaryTitle >= 0 && text.startsWith(SECRETARY_OF_THE_COMMISSION, secretaryTitle)) {
                place = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.end() == secretaryTitle + DISCIPLINE_COMMISSION.length()
                                && m.text().equals(DISCIPLINE_COMMISSION) && m.canonical().endsWith(DISCIPLINE_COMMISSION) && m.canonical().length() > DISCIPLINE_COMMISSION.length())
                        .findFirst().map(m -> m.canonical().substring(0, m.canonical().length() - DISCIPLINE_COMMISSION.length())).orElse(null);
            }
            if (place != null && !place.isEmpty()) {
                mentions.set(i, new EntityMention(commission.type(), commission.start(), commission.end(), commission.text(),
                        canonical(EntityType.GOVERNMENT, place + commission.text(), Home.UNKNOWN), commission.sentenceIndex()));
            }
        }
    }

    private static final Set<String> COMMISSIONS = Set.of("纪委", "监委", "纪委监委");
    private static final String DISCIPLINE_COMMISSION = "纪委";
    private static final String SECRETARY_OF_THE_COMMISSION = DISCIPLINE_COMMISSION + "书记、";
    private static final String PARTYS_COMMITTEE = "委";

    private static final Set<String> BARE_COMMITTEES = Set.of("管委会", "管理委员会");
    /** The last sentence that may be a paper's issuer line: the title, maybe a subtitle, then the issuer. */
    private static final int ISSUERS_LINE = 2;
    private static final String COMMITTEE = "管理委员会";

    /** 新疆维吾尔自治区, the longest name of a province-level place. */
    private static final int MAX_PROVINCE_NAME = 8;

    private boolean provinceLevel(String place) {
        return gazetteer.lookup(place).stream().anyMatch(entry -> entry.type() == EntityType.PLACE && entry.kind().equals("PROVINCE"));
    }

    /** 深圳市人民检察院 opens with 深圳市, a place of the province 广东省深圳市人民检察院 names. */
    private boolean opensWithAPlaceIn(String body, String withItsProvince) {
        String province = withItsProvince.substring(0, withItsProvince.length() - body.length());
        for (int length = 2; length <= 6 && length < body.length(); length++) {
            String prefix = body.substring(0, length);
            if (gazetteer.lookup(prefix).stream().anyMatch(entry -> entry.type() == EntityType.PLACE && entry.canonical().equals(prefix)
                    && province.startsWith(String.valueOf(entry.province())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 詹姆斯·卡特表示，卡特说: a foreign name's last part standing alone after the whole name is that person, where the
     * document names one person so; so is its first part (马蒂亚斯 after 马蒂亚斯·奥斯特伦德, as sports news writes), and the
     * first half of a name of four without a surname, Tibetan or Mongolian (德吉 after 德吉卓玛, 德吉总经理笑着说).
     */
    private static void linkForeignSurnames(List<EntityMention> mentions) {
        Map<String, Set<String>> namesBySurname = new HashMap<>();
        Map<String, Integer> firstNamed = new HashMap<>();
        for (EntityMention m : mentions) {
            int dot = m.type() == EntityType.PERSON ? m.text().lastIndexOf('·') : -1;
            int firstDot = m.text().indexOf('·');
            boolean withoutASurname = m.type() == EntityType.PERSON && dot < 0 && m.text().length() == 4 && PersonNameFilter.nameWithoutASurname(m.text());
            List<String> parts = dot > 0 ? List.of(m.text().substring(dot + 1), m.text().substring(0, firstDot))
                    : withoutASurname ? List.of(m.text().substring(0, 2)) : List.<String>of();
            for (String part : parts) {
                if (part.length() >= 2) {
                    namesBySurname.computeIfAbsent(part, s -> new java.util.LinkedHashSet<>()).add(m.canonical());
                    firstNamed.merge(part, m.start(), Math::min);
                }
            }
        }
        for (int i = 0; i < mentions.size() && !namesBySurname.isEmpty(); i++) {
            EntityMention m = mentions.get(i);
            Set<String> names = m.type() == EntityType.PERSON ? namesBySurname.get(m.text()) : null;
            if (names != null && names.size() == 1 && firstNamed.get(m.text()) < m.start()) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), names.iterator().next(), m.sentenceIndex()));
            }
        }
    }

    /** Contextual: the text alone, without the document's zones, home place or full titles, links elsewhere. */
    private EntityMention markContextual(EntityMention m) {
        // A text that is its own canonical name was linked by no context (the lists come first), so skip the work.
        boolean contextual = !m.text().equals(m.canonical()) && !canonical(m.type(), m.text(), Home.UNKNOWN).equals(m.canonical());
        return contextual ? new EntityMention(m.type(), m.start(), m.end(), m.text(), m.canonical(), m.sentenceIndex(), true) : m;
    }

    /**
     * 省人大常委会委员、财政经济委员会副主任委员杨立新: a people's congress's special committee (or its standing committee's
     * working committee) named bare is of the congress its sentence named before it, or of the one congress the document
     * names.
     */
    private static void linkCongressesCommittees(String text, List<EntityMention> mentions) {
        List<String> congresses = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention committee = mentions.get(i);
            boolean special = GovernmentBodySource.CONGRESS_COMMITTEES.contains(committee.canonical());
            if (committee.type() != EntityType.GOVERNMENT || !special && !GovernmentBodySource.STANDING_COMMITTEES_WORKING_COMMITTEES.contains(committee.canonical())
                    || GovernmentBodySource.endOfAnotherCommittee(text, committee.start())) {
                continue; // 社会和法制委员会: the end of another committee's name (the CPPCC's)
            }
            // The mentions are not in the text's order here (bare ones were added after the rest): the last is the one ending last.
            String before = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.sentenceIndex() == committee.sentenceIndex()
                            && m.end() <= committee.start() && congressOf(m.canonical()) != null)
                    .max(java.util.Comparator.comparingInt(EntityMention::end)).map(m -> congressOf(m.canonical())).orElse(null);
            if (before == null && congresses == null) {
                congresses = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT).map(m -> congressOf(m.canonical()))
                        .filter(java.util.Objects::nonNull).distinct().toList();
            }
            String congress = before != null ? before : congresses.size() == 1 ? congresses.get(0) : null;
            if (congress != null) {
                String owner = special ? congress : congress + STANDING_COMMITTEE_WORD;
                mentions.set(i, new EntityMention(committee.type(), committee.start(), committee.end(), committee.text(), owner + committee.canonical(),
                        committee.sentenceIndex(), committee.contextual()));
            }
        }
    }

    /** 甘肃省人民代表大会 of itself or of its standing committee, or null. */
    private static String congressOf(String canonical) {
        String congress = canonical.endsWith(STANDING_COMMITTEE_WORD) ? canonical.substring(0, canonical.length() - STANDING_COMMITTEE_WORD.length()) : canonical;
        return congress.length() > GovernmentBodySource.PEOPLES_CONGRESS.length() && congress.endsWith(GovernmentBodySource.PEOPLES_CONGRESS) ? congress : null;
    }

    private static final String STANDING_COMMITTEE_WORD = "常务委员会";

    /** A bare zone or body word, whichever source read it: 管委会 alone is some zone's committee (拟任…示范区党工委副书记、管委会主任). */
    private static boolean isBare(EntityCandidate c, String text) {
        return c.source().equals(ZonePatternSource.BARE) || c.source().equals(GovernmentBodySource.BARE) || c.source().equals(GovernmentBodySource.ISSUERS_DEPARTMENT)
                || c.source().equals(GovernmentBodySource.EMBASSY_NAMED_BEFORE)
                || c.type() == EntityType.GOVERNMENT && ZONE_BODIES.contains(zoneBodyOf(text.substring(c.start(), c.end())));
    }

    /** 区党工委, 党工委: the zone body a word names, after the zone's word for itself (区) or alone. */
    private static String zoneBodyOf(String word) {
        return word.length() > 1 && word.charAt(0) == '区' && ZONE_BODIES.contains(word.substring(1)) ? word.substring(1) : word;
    }

    String canonical(EntityType type, String surface, Home home) {
        String known = gazetteerCanonical(type, surface, home.province());
        if (known != null) {
            return known;
        }
        return switch (type) {
            case ZONE -> zone(surface, home.province());
            case GOVERNMENT -> {
                String bare = zonesPartyCommitteeInShort(withoutSessionOrParty(surface));
                yield bare.equals(surface) ? withTheListedZoneItOpensWithInFull(body(surface, home)) : canonical(type, bare, home);
            }
            // “贝加尔食品”公司: the quotation marks around a brand are no part of the firm's name.
            case COMPANY -> surface.indexOf('“') >= 0 ? company(surface.replace("“", "").replace("”", "")) : company(surface);
            case ORGANIZATION -> organization(surface, home);
            // 俄 of 对俄贸易, 中 of 中越: a country's one-character name is the country.
            case PLACE -> surface.length() == 1 && CountryAbbreviations.partnerOf(surface.charAt(0)) != null
                    ? CountryAbbreviations.partnerOf(surface.charAt(0)) : surface;
            // 况　蓉 at a judgment's foot: a roster's layout spaces are no part of the name.
            case PERSON -> PositionExtractor.withoutSpacedLetters(surface);
            default -> surface;
        };
    }

    /** 省工商联 in a Hunan document is 湖南省工商联, as 省政协 is 湖南省政协; 团市委 is the Youth League's committee of the place. */
    private String organization(String surface, Home home) {
        // 九三学社黑龙江省委会 is 九三学社黑龙江省委员会: a democratic party's committee, its word in full.
        java.util.regex.Matcher partys = OrganizationPatternSource.PARTYS_COMMITTEE_BY_ITS_SHORT_WORD.matcher(surface);
        if (partys.matches()) {
            return partys.group(1) + "员会";
        }
        String youthLeague = youthLeague(surface, home);
        return youthLeague != null ? youthLeague : GovernmentBodySource.peoplesOrganization(surface) ? body(surface, home)
                : withTheListedNameItOpensWithInFull(withoutAnAcronym(surface));
    }

    /**
     * 上合组织国家特色商品博览会 is 上海合作组织国家特色商品博览会: a listed organization's short name opening a longer name is
     * written in full, so that both spellings are one thing.
     */
    private String withTheListedNameItOpensWithInFull(String name) {
        return withTheListedOpeningInFull(name, EntityType.ORGANIZATION, MAX_OPENING_SHORT_NAME);
    }

    /** The name with its opening, the longest of at most {@code longest} characters the lists know as a short name of that type, in full. */
    private String withTheListedOpeningInFull(String name, EntityType type, int longest) {
        for (int length = Math.min(name.length() - 2, longest); length >= 2; length--) {
            String opening = name.substring(0, length);
            String full = gazetteerCanonical(type, opening);
            if (full != null && !full.equals(opening) && !name.startsWith(full)) {
                return full + name.substring(length);
            }
        }
        return name;
    }

    private static final int MAX_OPENING_SHORT_NAME = 6;

    /** 合肥 of 合肥市: a city's name without its level, as zones are named after it. */
    private static String withoutCityLevel(String city) {
        return city.endsWith(CITY_LEVEL) ? city.substring(0, city.length() - CITY_LEVEL.length()) : city;
    }

    /**
     * 西安高新区投资合作局 is 西安高新技术产业开发区投资合作局: a department no cue knows, named after a listed zone's short name, is
     * named after the zone in full, as its sibling bureaus the cues know are (西安高新区财政局).
     */
    private String withTheListedZoneItOpensWithInFull(String body) {
        return DEPARTMENT_ENDING.matcher(body).find() ? withTheListedOpeningInFull(body, EntityType.ZONE, MAX_OPENING_ZONE) : body;
    }

    private static final int MAX_OPENING_ZONE = 12;
    private static final java.util.regex.Pattern DEPARTMENT_ENDING = java.util.regex.Pattern.compile("(?:局|委员会|办公室|中心)$");

    /** 日本贸易振兴机构（JETRO）大连代表处: the acronym in brackets inside a name is no part of the name it links to. */
    private static String withoutAnAcronym(String surface) {
        java.util.regex.Matcher acronym = OrganizationPatternSource.ACRONYM_IN_BRACKETS.matcher(surface);
        return acronym.find() && acronym.end() < surface.length() ? surface.substring(0, acronym.start()) + surface.substring(acronym.end()) : surface;
    }

    /**
     * 团市委 in a Tianjin document, 天津团市委: 共青团天津市委员会, the Youth League's committee of the place (the one the
     * document is from where none is named), or null for any other name.
     */
    private String youthLeague(String surface, Home home) {
        // 共青团嘉善县委: the league's name before its place's committee, named for short.
        if (surface.startsWith("共青团") && surface.endsWith("委") && surface.length() > 5) {
            String place = gazetteerCanonical(EntityType.PLACE, surface.substring(3, surface.length() - 1));
            if (place != null && GovernmentBodySource.LEVELS.indexOf(place.charAt(place.length() - 1)) >= 0) {
                return "共青团" + place + "委员会";
            }
        }
        String committee = GovernmentBodySource.YOUTH_LEAGUE_COMMITTEES.stream().filter(surface::endsWith).findFirst().orElse(null);
        if (committee == null || committee.endsWith("工委")) {
            return null;
        }
        char level = committee.charAt(1);
        String prefix = surface.substring(0, surface.length() - committee.length());
        String place = prefix.isEmpty() ? (level == '省' ? home.provinceName() : level == '市' ? home.headedBy("市长") : null)
                : gazetteerCanonical(EntityType.PLACE, prefix);
        return place == null || place.charAt(place.length() - 1) != level ? null : "共青团" + place + "委员会";
    }

    /**
     * 中共双峰县委 is 双峰县委: the party's name before a committee no list holds (中共中央 and its organs are listed) links it
     * to the committee named without it.
     */
    private static String withoutSessionOrParty(String surface) {
        // 政协苏州市第十五届委员会, 政协第十三届福建省委员会, 中国人民政治协商会议苏州市委员会: the place's political consultative
        // conference, 苏州市政协.
        java.util.regex.Matcher conference = CONSULTATIVE_CONFERENCE.matcher(surface);
        if (conference.matches()) {
            return conference.group(1) + "政协" + (conference.group(2) == null ? "" : conference.group(2));
        }
        // 中国共产党福建省第十一届委员会: the place's party committee, 福建省委.
        java.util.regex.Matcher committee = GovernmentBodySource.PARTY_COMMITTEE.matcher(surface);
        if (committee.matches()) {
            return committee.group(1) + "委";
        }
        String withoutSession = withoutSession(surface);
        return withoutSession.startsWith(PARTY) && withoutSession.length() > PARTY.length() + 2 && !withoutSession.startsWith("中央", PARTY.length())
                ? withoutSession.substring(PARTY.length()) : withoutSession;
    }

    /**
     * (中共)益阳综合保税区工作委员会 is 益阳综合保税区党工委, and its 纪律检查工作委员会 the zone's 纪工委: a zone's working committee
     * is the party's, as its short name says.
     */
    private String zonesPartyCommitteeInShort(String surface) {
        java.util.regex.Matcher working = ZONES_WORKING_COMMITTEE.matcher(surface);
        if (!working.matches() || !ZONE_KIND_ENDING.matcher(working.group(1)).find() && gazetteerCanonical(EntityType.ZONE, working.group(1)) == null) {
            return surface;
        }
        return working.group(1) + (working.group(2) == null ? "党工委" : "纪工委");
    }

    private static final java.util.regex.Pattern ZONES_WORKING_COMMITTEE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,30}?)(纪律检查)?工作委员会");

    private static final java.util.regex.Pattern CONSULTATIVE_CONFERENCE = java.util.regex.Pattern.compile(
            "(?:政协|中国人民政治协商会议)(?:第?[一二三四五六七八九十]+届)?(\\p{IsHan}{1,10}?[省市县区州旗盟])(?:第?[一二三四五六七八九十]+届)?委员会(常务委员会)?");

    /** 省十四届人大, 十四届全国人大, 福建省第十四届人民代表大会: a congress's term (届) is no part of the body's name. */
    private static String withoutSession(String surface) {
        return surface.indexOf('届') < 0 ? surface : SESSION.matcher(surface).replaceFirst("");
    }

    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile("第?[一二三四五六七八九十]+届(?=人大|政协|全国人大|全国政协|人民代表大会)");

    private static final List<String> GENERAL_OFFICES = List.of("办公厅", "办公室");

    private static boolean opensAGeneralOffice(String text, int at) {
        for (String office : GENERAL_OFFICES) {
            if (text.startsWith(office, at)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> COMPANY_WORDS = List.of("集团有限公司", "股份有限公司", "有限公司", "集团公司", "集团", "公司");

    /**
     * 德国巴斯夫集团, 日本丰田汽车公司: a listed company named with its home country before it, and perhaps a company word
     * after it, is that company. (A city before it names a local venture of its own: 上海大众汽车有限公司.)
     */
    private String company(String surface) {
        for (int length = 2; length <= 4 && length < surface.length(); length++) {
            if (gazetteer.lookup(surface.substring(0, length)).stream().anyMatch(GazetteerEntry::isCountry)) {
                String rest = surface.substring(length);
                String known = gazetteerCanonical(EntityType.COMPANY, rest);
                for (String word : COMPANY_WORDS) {
                    if (known == null && rest.endsWith(word) && rest.length() - word.length() >= 2) {
                        known = gazetteerCanonical(EntityType.COMPANY, rest.substring(0, rest.length() - word.length()));
                    }
                }
                return known != null ? known : surface;
            }
        }
        // 腾讯公司, 阿里集团: a listed company's name or brand with a bare company word after it is that company; with 集团
        // only when the listed company is the group (格力集团 is not 格力电器, its listed subsidiary).
        for (String word : BARE_COMPANY_WORDS) {
            if (surface.endsWith(word) && surface.length() - word.length() >= 2) {
                String known = gazetteerCanonical(EntityType.COMPANY, surface.substring(0, surface.length() - word.length()));
                if (known != null && (!word.contains("集团") || known.contains("集团"))) {
                    return known;
                }
            }
        }
        return surface;
    }

    private static final List<String> BARE_COMPANY_WORDS = List.of("集团公司", "集团", "公司");

    /** 美国, 香港特区, 台湾地区: a name starting with a foreign country's, or Hong Kong's, Macao's or Taiwan's. */
    private boolean outsideTheMainland(String name) {
        if (name.contains("特区") || name.contains("特别行政区")) {
            return true;
        }
        for (int length = 2; length <= Math.min(name.length(), 8); length++) {
            boolean outside = gazetteer.lookup(name.substring(0, length)).stream().anyMatch(e -> e.type() == EntityType.PLACE
                    && (e.isForeign() || OUTSIDE_THE_MAINLAND.contains(e.province())));
            if (outside) {
                return true;
            }
        }
        return false;
    }

    private String gazetteerCanonical(EntityType type, String name) {
        return gazetteerCanonical(type, name, null);
    }

    /** 前湾综保区 in a Shandong document is Qingdao's, not Ningbo's: of entries sharing a name, the home province's first. */
    private String gazetteerCanonical(EntityType type, String name, String province) {
        String first = null;
        for (GazetteerEntry entry : gazetteer.lookup(name)) {
            if (entry.type() == type && (province == null || province.equals(entry.province()))) {
                return entry.canonical();
            }
            first = first == null && entry.type() == type ? entry.canonical() : first;
        }
        return first;
    }

    private String zone(String surface, String homeProvince) {
        // 温州保税物流中心（B型） and a later 温州保税物流中心 are one centre.
        if (CENTRE_TYPE.matcher(surface).find()) {
            return zone(CENTRE_TYPE.matcher(surface).replaceFirst(""), homeProvince);
        }
        // 中国（天津）自贸试验区 is 中国（天津）自由贸易试验区 written short.
        java.util.regex.Matcher chinasShort = CHINAS_SHORT_FTZ.matcher(surface);
        if (chinasShort.matches()) {
            return zone(chinasShort.group(1) + FTZ_KIND, homeProvince);
        }
        String full = withFullSuffix(surface);
        String known = listedZone(surface, homeProvince);
        if (known == null && full.endsWith(CROSS_BORDER_ECOMMERCE_ZONE)) {
            // 杭州跨境电商综试区 is 中国(杭州)跨境电子商务综合试验区, as the State Council names them.
            String city = withoutChina(full.substring(0, full.length() - CROSS_BORDER_ECOMMERCE_ZONE.length()));
            city = city.endsWith("市") && city.length() > 2 ? city.substring(0, city.length() - 1) : city;
            return gazetteerCanonical(EntityType.PLACE, city) == null ? halfWidthBrackets(full) : "中国(" + city + ")" + CROSS_BORDER_ECOMMERCE_ZONE;
        }
        // 中国（贵州）自由贸易试验区, unlisted, is named with the brackets the listed zones are named with.
        return known != null ? known : halfWidthBrackets(full);
    }

    private static final String ECONOMIC_DEVELOPMENT_ZONE = "经济开发区";
    private static final String ECONOMIC_AND_TECHNOLOGICAL_ZONE = "经济技术开发区";
    private static final java.util.regex.Pattern CHINAS_SHORT_FTZ = java.util.regex.Pattern.compile("(中国[（(][^（）()]{1,6}[）)])自贸(?:试验)?区");

    private static String halfWidthBrackets(String name) {
        return name.replace('（', '(').replace('）', ')');
    }

    /**
     * 聊城高新区, 达州东部经开区: a zone's name ending in a short form of its kind that names no area of a free trade zone, with a name
     * before it (not 高新区 alone, nor a level's: 市高新区, 国家级经开区).
     */
    private static boolean namedShort(String surface) {
        return java.util.Arrays.stream(SHORT_ZONE_SUFFIXES).limit(UNBRACKETED_SHORT_FORMS).anyMatch(form -> surface.endsWith(form[0])
                && !LEVEL_ALONE.matcher(surface.substring(0, surface.length() - form[0].length())).matches());
    }

    /** 综保区, 经开区, 高新区: the short forms a zone's plain name ends in (a free trade zone's is written with its province in brackets). */
    private static final int UNBRACKETED_SHORT_FORMS = 3;
    private static final java.util.regex.Pattern LEVEL_ALONE = java.util.regex.Pattern.compile("|[省市县区各全本该我原]|国家级|省级|市级|县级");

    /** 义乌综保区 → 义乌综合保税区: a zone's name with its short kind word written out. */
    public static String withFullSuffix(String surface) {
        String full = surface;
        for (String[] form : SHORT_ZONE_SUFFIXES) {
            if (surface.endsWith(form[0])) {
                full = surface.substring(0, surface.length() - form[0].length()) + form[1];
            }
        }
        return full;
    }

    /** The canonical name of the listed zone a surface names, short forms and free trade areas included, or null. */
    private String listedZone(String surface, String homeProvince) {
        String full = withFullSuffix(surface);
        // 东湖高新区 is listed as it is written (an alias of 武汉东湖新技术开发区): the list knows it before the long form.
        String known = gazetteerCanonical(EntityType.ZONE, surface, homeProvince);
        known = known != null ? known : gazetteerCanonical(EntityType.ZONE, full, homeProvince);
        // 洋浦经开区: 经开区 shortens 经济开发区 too (洋浦经济开发区).
        if (known == null && surface.endsWith("经开区")) {
            known = gazetteerCanonical(EntityType.ZONE, surface.substring(0, surface.length() - 3) + ECONOMIC_DEVELOPMENT_ZONE);
        }
        if (known == null && homeProvince != null) {
            known = gazetteerCanonical(EntityType.ZONE, homeProvince + full);
        }
        // 扬州经济开发区, the name before its upgrade, is the listed 扬州经济技术开发区 where no list knows it by that name.
        if (known == null && full.endsWith(ECONOMIC_DEVELOPMENT_ZONE) && full.length() > ECONOMIC_DEVELOPMENT_ZONE.length() + 1) {
            known = listedZone(full.substring(0, full.length() - ECONOMIC_DEVELOPMENT_ZONE.length()) + ECONOMIC_AND_TECHNOLOGICAL_ZONE, homeProvince);
        }
        // 安徽自贸试验区合肥片区: a free trade zone's short name and an area of it is that area.
        java.util.regex.Matcher area = known == null ? FTZ_AREA.matcher(full) : null;
        if (area != null && area.matches()) {
            known = gazetteerCanonical(EntityType.ZONE, "中国(" + withoutChina(area.group(1)) + ")自由贸易试验区" + area.group(2));
        }
        // 杭州萧山经济技术开发区, 浙江杭州萧山…, 长沙市临空经济示范区: a listed zone named after places of its province is that zone.
        known = known != null ? known : listedZoneAfterPlaces(full, 2);
        // 苏州自贸片区: the area of that name of its free trade zone.
        java.util.regex.Matcher shortArea = known == null ? FTZ_SHORT_AREA.matcher(full) : null;
        if (shortArea != null && shortArea.matches()) {
            known = gazetteerCanonical(EntityType.ZONE, shortArea.group(1) + "片区");
        }
        return known;
    }

    /**
     * The listed zone {@code name} names after up to {@code places} place names of the zone's province (杭州 + 萧山经济技术
     * 开发区; 长沙市 + 临空经济示范区 for 长沙临空经济示范区), or null.
     */
    private String listedZoneAfterPlaces(String name, int places) {
        for (int length = 2; places > 0 && length <= 4 && length + 3 < name.length(); length++) {
            List<GazetteerEntry> place = gazetteer.lookup(name.substring(0, length));
            if (place.stream().noneMatch(entry -> entry.type() == EntityType.PLACE)) {
                continue;
            }
            String rest = name.substring(length);
            String known = listedZoneOf(rest, place);
            if (known == null && rest.startsWith("市")) {
                known = listedZoneOf(name.substring(0, length) + rest.substring(1), place);
            }
            known = known != null ? known : listedZoneAfterPlaces(rest, places - 1);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /** The listed zone named {@code name} in the province of one of the places, or null. */
    private String listedZoneOf(String name, List<GazetteerEntry> places) {
        for (GazetteerEntry zone : gazetteer.lookup(name)) {
            if (zone.type() == EntityType.ZONE && places.stream().anyMatch(place -> place.type() == EntityType.PLACE && place.province().equals(zone.province()))) {
                return zone.canonical();
            }
        }
        return null;
    }

    /** 湖州 of 中国（湖州） or 中国(湖州), the place a State Council name puts in brackets; any other name as it is. */
    private static String withoutChina(String name) {
        return CHINA_AND_PLACE.matcher(name).replaceFirst("$1");
    }

    private static final java.util.regex.Pattern ZONE_ALIAS_BEFORE_ITS_BODY = java.util.regex.Pattern.compile(
            "(?<=区)[（(](?:[^（）()称]{2,12}区|\\p{IsHan}{2,6})[）)](?=管理委员会|管委会|党工委|工委)");
    private static final java.util.regex.Pattern CENTRE_TYPE = java.util.regex.Pattern.compile("[（(][AB]型[）)]$");
    private static final java.util.regex.Pattern CHINA_AND_PLACE = java.util.regex.Pattern.compile("^中国[(（](.+)[)）]$");

    /**
     * Offices of the state's vertical lines, named after their port, zone or area as written (天津海关, 海南海事局, not
     * 海南省海事局: the province has none of its own), and the army's commands.
     */
    private static final Set<String> NAMED_AS_WRITTEN = Set.of("海关", "海事局", "海警局", "边检站", "出入境边防检查站", "出入境边防检查总站", "边防检查站", "边防检查总站",
            // 上海金融法院, 青岛海事法院: the special courts are named after their city as written, with no level.
            "海事法院", "知识产权法院", "金融法院", "互联网法院", "铁路运输法院", "铁路运输中级法院",
            // 天津警备区, 内蒙古军区, 黄冈军分区: so are the army's commands.
            "警备区", "军区", "军分区");

    private static final java.util.regex.Pattern BRANCH_OF_A_BODY = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}(?:分行|中心支行|支行|分局|监管局|监管分局)");

    private static final java.util.regex.Pattern DIVISION = java.util.regex.Pattern.compile("\\p{IsHan}{2,12}(?:[处科局庭]|委员会|办公室)|督查室|研究室|参事室");

    private boolean endsInABodyWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (bodies.containsKey(name.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** 市发改委 → 天津市发展和改革委员会; 天津市商务局 stays; a zone prefix takes the zone's canonical name. */
    private String body(String written, Home home) {
        // 烟台经济技术开发区（烟台黄渤海新区）管理委员会, …大兴机场片区（廊坊）管理委员会行政审批局: the zone's other name in
        // brackets, or the place its area lies in, is no part of its body's (nor of its units').
        String surface = ZONE_ALIAS_BEFORE_ITS_BODY.matcher(written).replaceFirst("");
        String homeProvince = home.province();
        String areasCommittee = surface.endsWith(FREE_TRADE_COMMITTEE) ? freeTradeAreasCommittee(surface.substring(0, surface.length() - FREE_TRADE_COMMITTEE.length()), home) : null;
        if (areasCommittee != null) {
            return areasCommittee;
        }
        // 美国防部 is 美国国防部, 俄政府 俄罗斯政府: a country's one-character name before a listed ministry or 政府.
        String country = surface.length() >= 3 ? CountryAbbreviations.countryOf(surface.charAt(0)) : null;
        if (country != null && (gazetteerCanonical(EntityType.GOVERNMENT, surface.substring(1)) != null || surface.substring(1).equals("政府"))) {
            return country + surface.substring(1);
        }
        // A zone's name before a body word takes the zone's canonical name (天津港保税区管委会), even where a longer body
        // word would match (昆山开发区管委会, not 昆山 + 开发区管委会).
        for (int i = 1; i < surface.length(); i++) {
            Cue word = bodies.get(surface.substring(i));
            // 前海海关, 兰州新区海关: a customs office is named as written, after its port or zone; no other name exists.
            String zone = word == null || NAMED_AS_WRITTEN.contains(word.word()) ? null : listedZone(surface.substring(0, i), homeProvince);
            // 聊城高新区管委会: an unlisted zone's committee is named after the zone written out, as the zone is.
            if (zone == null && word != null && ZONE_BODIES.contains(word.word()) && namedShort(surface.substring(0, i))) {
                zone = withFullSuffix(surface.substring(0, i));
            }
            if (zone != null) {
                return zone + word.fullForm();
            }
        }
        // 市委办公厅 in a Tianjin document is 天津市委办公厅: a body's general office is named after the body.
        for (String office : GENERAL_OFFICES) {
            String owner = surface.endsWith(office) && surface.length() > office.length() + 1 ? surface.substring(0, surface.length() - office.length()) : null;
            String ownerCanonical = owner == null || bodies.containsKey(surface.substring(surface.length() - office.length() - 2)) ? null : body(owner, home);
            if (ownerCanonical != null && !ownerCanonical.equals(owner)) {
                return ownerCanonical + office;
            }
        }
        // 人民银行淄博市分行, 外汇局广东省分局: a listed body's short name opening its branch's name takes the body's canonical name.
        for (int i = surface.length() - 3; i >= 2; i--) {
            String listed = BRANCH_OF_A_BODY.matcher(surface.substring(i)).matches() ? gazetteerCanonical(EntityType.GOVERNMENT, surface.substring(0, i)) : null;
            if (listed != null && !listed.equals(surface.substring(0, i))) {
                return listed + surface.substring(i);
            }
        }
        // 自治区发展改革委开放合作处, 市工业和信息化局中小企业科, 自治区市场监管局登记注册局, 省人大常委会法制工作委员会, 省政府督查室:
        // a body's division takes the body's canonical name.
        for (int i = surface.length() - 2; i >= 2; i--) {
            // 哈尔滨市人民政府办公室: 室 is the office word's end (办公室), no division (公室) of a body named …办.
            if (opensAGeneralOffice(surface, i - 1)) {
                continue;
            }
            // 卫生健康委员会办公室: 委 opening 委员会 ends no body (卫生健康委) before an office (员会办公室).
            if (surface.startsWith("员会", i)) {
                continue;
            }
            String owner = surface.substring(0, i);
            // 财政局政府采购监督管理办公室: 政府 right after another body's word opens the office's field (政府采购), no government.
            boolean fieldOpensWithGovernment = owner.endsWith(GOVERNMENT) && owner.length() > GOVERNMENT.length()
                    && "局委厅办处".indexOf(owner.charAt(owner.length() - GOVERNMENT.length() - 1)) >= 0;
            // 市委组织部: a party committee's departments are named 部.
            if ((DIVISION.matcher(surface.substring(i)).matches() || owner.endsWith("委") && (GovernmentBodySource.COMMITTEES_OFFICE.matcher(surface.substring(i)).matches()
                    || GovernmentBodySource.PARTY_DEPARTMENT.matcher(surface.substring(i)).matches()))
                    && endsInABodyWord(owner) && !fieldOpensWithGovernment) {
                String ownerCanonical = body(owner, home);
                // 省委台办 in a Fujian document is 福建省委台湾事务办公室, as 福建省委台办 is: the office's word in full.
                Cue office = bodies.get(surface.substring(i));
                if (!ownerCanonical.equals(owner)) {
                    return ownerCanonical + (office != null ? office.fullForm() : surface.substring(i));
                }
            }
        }
        // 国家发展改革委外资司: a listed body's department takes the body's canonical name.
        int ministryEnd = ministryOpening(surface);
        if (ministryEnd > 0) {
            return gazetteerCanonical(EntityType.GOVERNMENT, surface.substring(0, ministryEnd)) + surface.substring(ministryEnd);
        }
        Cue cue = null;
        for (int i = 0; i < surface.length() && cue == null; i++) {
            cue = bodies.get(surface.substring(i));
        }
        if (cue == null) {
            return unlistedDepartmentAtHome(surface, home);
        }
        String prefix = surface.substring(0, surface.length() - cue.word().length());
        String full = cue.fullForm();
        // 省委 in a Zhejiang document is 浙江省委, 市委 in a Tianjin one 天津市委; so are their standing committees (省委常委会).
        // Not in a Hong Kong or Macao document: they have no 省委.
        if (prefix.isEmpty() && homeProvince != null && MUNICIPALITIES.contains(homeProvince) && cue.word().startsWith("市委")) {
            return homeProvince + cue.word();
        }
        if (prefix.isEmpty() && home.sheng() != null && cue.word().startsWith("省委")) {
            return home.sheng() + cue.word();
        }
        // 市委 in Zhengzhou's work report is 郑州市委, 市委常委会 郑州市委常委会.
        if (prefix.isEmpty() && cue.word().startsWith("市委") && home.city() != null) {
            return home.city() + cue.word().substring(1);
        }
        // 州委 in a Dehong document is 德宏傣族景颇族自治州委, as 延边朝鲜族自治州委 is named.
        if (prefix.isEmpty() && cue.word().equals("州委") && home.autonomousPrefecture() != null) {
            return home.autonomousPrefecture() + "委";
        }
        // 省委教育工委 in a Shaanxi document is 陕西省委教育工作委员会: a body of the committee, named from it on (省委台办 in a
        // Fujian one is 福建省委台湾事务办公室, as 福建省委台办 is).
        if (prefix.startsWith("省委") && home.sheng() != null) {
            return home.sheng() + prefix + full;
        }
        // 省政府台办 in a Fujian document is 福建省人民政府台湾事务办公室 (as 山东省政府新闻办 is 山东省人民政府新闻办公室): an office
        // of the level's government, which is a people's government.
        java.util.regex.Matcher levelsGovernment = LEVELS_GOVERNMENT.matcher(prefix);
        String governmentsOffice = levelsGovernment.matches() ? atHomeLevel(levelsGovernment.group(1), PEOPLES_GOVERNMENT + full, home) : null;
        if (governmentsOffice != null) {
            return governmentsOffice;
        }
        // 市人大 in Dongning's work report is 东宁市人民代表大会: a congress named by its level alone; 省法院, a court.
        String congressAtHome = prefix.isEmpty() && (cue.word().endsWith(CONGRESS) || cue.word().endsWith("法院"))
                ? atHomeLevel(full.substring(0, 1), full.substring(1), home) : null;
        if (congressAtHome != null) {
            return congressAtHome;
        }
        String atHome = atHomeLevel(prefix, full, home);
        if (atHome != null) {
            return atHome;
        }
        // 抄送：经济和信息化厅、科技厅 in a Sichuan paper: a department (厅) named bare is a province's, not a city's (局), and so
        // the home province's.
        if (prefix.isEmpty() && GovernmentBodySource.provincialDepartment(full) && home.provinceName() != null
                && !MUNICIPALITIES.contains(homeProvince) && !Home.NO_PROVINCIAL_BODIES.contains(homeProvince)) {
            return home.provinceName() + full;
        }
        // 省推进对外开放工作领导小组办公室 in a Sichuan document is 四川省推进…: a group set up by the level for its task.
        String groupAtHome = prefix.length() > 1 && cue.word().contains("领导小组") ? atTheLevelItOpensWith(prefix + full, home) : null;
        if (groupAtHome != null) {
            return groupAtHome;
        }
        // 自治区党委 in a Guangxi document is 广西壮族自治区党委.
        String region = prefix.equals("自治区") && homeProvince != null ? gazetteerCanonical(EntityType.PLACE, homeProvince) : null;
        if (region != null && region.endsWith("自治区")) {
            return region + full;
        }
        // 海南州委, 红河州委, 延边朝鲜族自治州委: an autonomous prefecture's (or league's, banner's) committee is named after it.
        String prefecture = "州盟旗".indexOf(cue.word().charAt(0)) >= 0 ? gazetteerCanonical(EntityType.PLACE, prefix + cue.word().charAt(0)) : null;
        if (prefecture != null) {
            return prefecture + cue.word().substring(1);
        }
        String place = gazetteerCanonical(EntityType.PLACE, prefix);
        // 美国政府, 香港特区政府: only the mainland's governments are people's governments (人民政府); 中国政府 is the state's.
        if (!full.equals(cue.word()) && full.startsWith(PEOPLES_GOVERNMENT) && (outsideTheMainland(prefix) || gazetteer.namesACountry(prefix))) {
            full = cue.word();
        }
        // 长沙 + 县委 is 长沙县委, not 长沙市县委: a county's level under a city's name is the county's.
        if (place != null && place.endsWith("市") && "县区".indexOf(full.charAt(0)) >= 0 && !prefix.endsWith("市")) {
            return prefix + full;
        }
        // 喀什 + 地委 is 喀什地委, a prefecture's (地区's) committee, not 喀什地区地委.
        if (place != null && place.endsWith("地区") && full.startsWith("地委")) {
            return place.substring(0, place.length() - 2) + full;
        }
        // 喀什 + 市委 is 喀什市委 (喀什市, a city of 喀什地区): the place named at the body's level, where it is listed.
        String atLevel = place == null || place.endsWith(full.substring(0, 1)) || GovernmentBodySource.LEVELS.indexOf(full.charAt(0)) < 0
                || full.startsWith("市场") ? null : gazetteerCanonical(EntityType.PLACE, prefix + full.charAt(0));
        if (atLevel != null && atLevel.endsWith(full.substring(0, 1))) {
            return atLevel.substring(0, atLevel.length() - 1) + full;
        }
        // 木姐市 + 政府 (or 木姐 + 政府) is 木姐市政府: a foreign city listed without its level is named with it for its bodies.
        if (place != null && !place.endsWith(CITY_LEVEL) && !full.startsWith(CITY_LEVEL) && gazetteer.namesAForeignCity(place)) {
            return place + CITY_LEVEL + full;
        }
        if (place != null && !NAMED_AS_WRITTEN.contains(cue.word())) {
            // 天津市 + 市委 is 天津市委, not 天津市市委; but 天津 + 市场监管委 is 天津市市场监督管理委员会 (市场 is no level).
            boolean levelRepeated = GovernmentBodySource.LEVELS.indexOf(full.charAt(0)) >= 0 && place.endsWith(full.substring(0, 1))
                    && !full.startsWith("市场");
            return (levelRepeated ? place.substring(0, place.length() - 1) : place) + full;
        }
        return prefix + full;
    }

    /**
     * The body {@code rest} of the home government at {@code level} (市 or 省), or null: 市 + 商务局 in a Tianjin document
     * is 天津市商务局, 市 + 人民政府 in Zhengzhou's work report 郑州市人民政府, 省 + 商务厅 in a Zhejiang one 浙江省商务厅.
     */
    private static String atHomeLevel(String level, String rest, Home home) {
        String homeProvince = home.province();
        boolean municipality = homeProvince != null && MUNICIPALITIES.contains(homeProvince);
        if (level.equals("市") && municipality) {
            return homeProvince + "市" + rest;
        }
        if (level.equals("市") && home.city() != null) {
            return home.city() + rest;
        }
        // 州政府 in a Dehong document is 德宏傣族景颇族自治州人民政府.
        if (level.equals("州") && home.autonomousPrefecture() != null) {
            return home.autonomousPrefecture() + rest;
        }
        // 自治州商务局 in an Ili document is 伊犁哈萨克自治州商务局; 盟发改委 in a Xilingol one 锡林郭勒盟发展和改革委员会.
        if (level.equals(AUTONOMOUS_PREFECTURE) && home.autonomousPrefecture() != null) {
            return home.autonomousPrefecture() + rest;
        }
        if (level.equals(LEAGUE) && home.prefecture() != null && home.prefecture().endsWith(LEAGUE)) {
            return home.prefecture() + rest;
        }
        return level.equals("省") && home.sheng() != null ? home.sheng() + "省" + rest : null;
    }

    /** 省政府, 区人民政府: a level and its government (atHomeLevel names those of 省, 市 and 州 at home). */
    private static final java.util.regex.Pattern LEVELS_GOVERNMENT = java.util.regex.Pattern.compile("([" + GovernmentBodySource.GOVERNMENT_LEVELS + "])(?:人民)?政府");

    /** Words a level character starts (市容园林委, 市场监管委 of no 市 + body); 市委编办, 市民宗委, 市政务服务局 are 市's. */
    private static final List<String> NOT_A_LEVEL = List.of("市容", "市政工程", "市政管理", "市政公用", "市场", "市区", "市直", "省直", "省级", "市级",
            "市县", "市州");

    /**
     * 市规划资源局 in a Tianjin document is 天津市规划资源局: a department no cue knows, after the level of the document's
     * home, is that government's, as listed ones are; not where the level character starts another word (市容园林委, 市政工程局).
     */
    private static String unlistedDepartmentAtHome(String surface, Home home) {
        boolean department = surface.length() >= 4 && "局厅委办".indexOf(surface.charAt(surface.length() - 1)) >= 0;
        String atHome = department ? atTheLevelItOpensWith(surface, home) : null;
        return atHome != null ? atHome : surface;
    }

    private static final String FREE_TRADE_COMMITTEE = "自贸委";
    private static final String FTZ_AREA_KIND = "FTZ_AREA";

    /**
     * 厦门自贸委, or 自贸委 in a Xiamen document: the committee of the free trade zone's area named after the city
     * (中国(福建)自由贸易试验区厦门片区管理委员会); or null where no listed area is.
     */
    private String freeTradeAreasCommittee(String place, Home home) {
        // 市自贸委: a level alone names the home city's.
        String city = place.length() <= 1 ? home.city() : place;
        if (city == null) {
            return null;
        }
        String name = withoutCityLevel(city);
        List<String> areas = gazetteer.lookup(name + "片区").stream().filter(entry -> entry.type() == EntityType.ZONE && entry.kind().equals(FTZ_AREA_KIND))
                .map(GazetteerEntry::canonical).distinct().toList();
        return areas.size() == 1 ? areas.get(0) + "管理委员会" : null;
    }

    /** 市规划资源局, 省推进…领导小组: a body named by the level it opens with, as the home government's at that level; or null. */
    private static String atTheLevelItOpensWith(String name, Home home) {
        return NOT_A_LEVEL.stream().anyMatch(name::startsWith) ? null : atHomeLevel(name.substring(0, 1), name.substring(1), home);
    }

    /** “管委会+公司”: a candidate with + right before or after it. */
    private static boolean joinedByAPlus(String text, EntityCandidate c) {
        return c.start() > 0 && "+＋".indexOf(text.charAt(c.start() - 1)) >= 0 || c.end() < text.length() && "+＋".indexOf(text.charAt(c.end())) >= 0;
    }

    /** 该综保区, 此园区: words that point back to the last thing of the kind named. */
    private static final List<String> ANAPHORS = List.of("该", "此", "这个", "这一");

    private static boolean afterAnAnaphor(String text, int start) {
        return ANAPHORS.stream().anyMatch(anaphor -> start >= anaphor.length() && text.startsWith(anaphor, start - anaphor.length()));
    }

    /**
     * 位于双流区的成都天府国际空港综合保税区…该综保区: a bare zone word pointed back at is the zone of its kind named last
     * before it, not the one the document names most.
     */
    private String lastZoneOfTheKindBefore(String word, List<EntityMention> named, int start) {
        List<String> zones = zonesOfTheKindBefore(word, named, start);
        return zones.isEmpty() ? null : zones.get(zones.size() - 1);
    }

    /** The one zone of the kind {@code named} names before {@code start} (南昌经济技术开发区与南昌小蓝经济开发区: none), or null. */
    private String onlyZoneOfTheKindBefore(String word, List<EntityMention> named, int start) {
        List<String> zones = zonesOfTheKindBefore(word, named, start).stream().distinct().toList();
        return zones.size() == 1 ? zones.get(0) : null;
    }

    /** The zones of the kind a bare word names, as {@code named} names them before {@code start}, in order. */
    private List<String> zonesOfTheKindBefore(String word, List<EntityMention> named, int start) {
        String kindSuffix = zone(word, null);
        List<String> zones = new ArrayList<>();
        for (EntityMention mention : named) {
            // 高新区管委会: a bare zone's committee names no zone yet (its bare zone is linked later).
            if (mention.type() == EntityType.GOVERNMENT && BARE_ZONE_WORDS.stream().anyMatch(mention.text()::startsWith)) {
                continue;
            }
            // 瑞丽边境经济合作区管委会: a zone named in its committee's name is named too.
            String zone = mention.type() == EntityType.ZONE ? mention.canonical() : mention.type() == EntityType.GOVERNMENT
                    ? ZONE_BODIES.stream().filter(mention.canonical()::endsWith).findFirst()
                            .map(body -> mention.canonical().substring(0, mention.canonical().length() - body.length())).orElse(null) : null;
            if (mention.end() <= start && zone != null && !zone.isEmpty() && sameKind(zone, kindSuffix)) {
                zones.add(zone);
            }
        }
        return zones;
    }

    /**
     * The zone of that kind the document names most often (of equals, the first named: 赣州综保区建设推进会…综保区要对标南昌综保区、
     * 九江综保区), or the only one of that kind in the home province.
     */
    private String bareZone(String word, List<String> zonesNamed, String homeProvince) {
        return bareZone(word, zonesNamed, List.of(), null, homeProvince);
    }

    /**
     * As {@link #bareZone(String, List, String)}, of zones named as often the one named last before the bare word in its
     * sentence ({@code namedBefore}, in order): 前海合作区…。横琴粤澳深度合作区执委会副主任介绍，合作区… is 横琴's.
     */
    private String bareZone(String word, List<String> zonesNamed, List<String> namedBefore, List<String> documentBefore, String homeProvince) {
        String kindSuffix = zone(word, null);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        // 经开区 shortens 经济开发区 too, but a 经济技术开发区 named in the document comes first.
        boolean exactKindNamed = kindSuffix.equals("经济技术开发区") && zonesNamed.stream().anyMatch(zone -> zone.endsWith(kindSuffix));
        for (String zone : zonesNamed) {
            // A bare 园区 says "the park" of any park or development zone the document is about (东方临港产业园, 宝坻经济开发区), as
            // long as it names that one more often than any other zone (below).
            boolean ofTheKind = kindSuffix.equals(PARK) ? ANY_PARK.matcher(zone).find() : sameKind(zone, kindSuffix);
            if (exactKindNamed ? zone.endsWith(kindSuffix) : ofTheKind) {
                counts.merge(zone, 1, Integer::sum);
            }
        }
        // 郑州新郑、…（28 zones）…连续两年评估结果为C类的综保区: where a document lists many zones of the kind, the bare
        // word means them in general.
        if (counts.size() >= MANY_ZONES) {
            return null;
        }
        // 两江新区与四川天府新区签署合作协议…新区: a bare 新区 is sure only where the document names one new area; partners are
        // named as often as the document's own.
        if (kindSuffix.equals(NEW_AREA) && counts.size() > 1) {
            return null;
        }
        String best = null;
        for (Map.Entry<String, Integer> zone : counts.entrySet()) {
            boolean asOftenButLater = best != null && zone.getValue().equals(counts.get(best))
                    && namedBefore.lastIndexOf(zone.getKey()) > namedBefore.lastIndexOf(best);
            best = best == null || zone.getValue() > counts.get(best) || asOftenButLater ? zone.getKey() : best;
        }
        // 多数新区与自贸试验区片区重叠，比如重庆自贸试验区…辽宁自贸试验区…复制推广自贸试验区改革经验: a bare word its sentence
        // ties to no zone, where the document has named several of the kind before it (or, naming none yet, names several
        // later), is one of them only where that one is named at least twice as often as any other so far.
        if (documentBefore != null && namedBefore.isEmpty() && best != null) {
            Map<String, Integer> before = new java.util.LinkedHashMap<>();
            documentBefore.stream().filter(counts::containsKey).forEach(zone -> before.merge(zone, 1, Integer::sum));
            Map<String, Integer> judged = before.isEmpty() ? counts : before;
            int most = java.util.Collections.max(judged.values());
            if (judged.size() > 1 && judged.values().stream().filter(count -> 2 * count > most).count() > 1) {
                return null;
            }
        }
        // 园区共建 in a work report naming one 保税物流园区 among many zones: any park's word names the document's park only where
        // it is named more often than any other zone.
        String park = best;
        if (kindSuffix.equals(PARK) && park != null && zonesNamed.stream()
                .anyMatch(zone -> !zone.equals(park) && java.util.Collections.frequency(zonesNamed, zone) >= counts.get(park))) {
            return null;
        }
        // Not for new areas: a province has provincial ones no list knows (宜宾三江新区 is no 四川天府新区); nor for a zone's
        // city (科学城 in a 怀柔 document is no 未来科学城), nor for a free trade zone's area (a province has three or more).
        if (best != null || homeProvince == null || kindSuffix.equals(NEW_AREA) || kindSuffix.equals(PARK) || kindSuffix.equals(ZonePatternSource.FTZ_AREA)
                || ZonePatternSource.CITY_WORDS.contains(kindSuffix)) {
            return best;
        }
        List<String> inProvince = gazetteer.entries().stream()
                .filter(e -> e.type() == EntityType.ZONE && homeProvince.equals(e.province()) && sameKind(e.canonical(), kindSuffix))
                .map(GazetteerEntry::canonical).toList();
        return inProvince.size() == 1 ? inProvince.get(0) : null;
    }

    private static final String NEW_AREA = ZonePatternSource.NEW_AREA;
    private static final String PARK = ZonePatternSource.PARK;

    private List<String> zonesNamedBefore(List<EntityMention> named, int offset) {
        return zonesNamed(named.stream().filter(m -> m.end() <= offset).toList());
    }

    /**
     * 二连浩特边境经济合作区、二连浩特国家重点开发开放试验区和经济合作区“三区联动”: a bare word ending a list is none of the
     * zones listed before it, but another of its kind.
     */
    private String bareZoneNotListedBesideIt(String text, int start, ResolvedCandidate bare, List<EntityMention> named, List<String> zonesNamed, Home home) {
        Set<String> listed = new java.util.HashSet<>();
        for (int at = start; at > 0 && LIST_SEPARATORS.indexOf(text.charAt(at - 1)) >= 0; ) {
            int separator = at - 1;
            EntityMention item = named.stream().filter(m -> m.type() == EntityType.ZONE && m.end() == separator).findFirst().orElse(null);
            if (item == null) {
                break;
            }
            listed.add(item.canonical());
            at = item.start();
        }
        String word = text.substring(start, bare.candidate().end());
        return bareZone(word, zonesNamed.stream().filter(zone -> !listed.contains(zone)).toList(),
                zonesNamedEarlierInTheSentence(named, bare).stream().filter(zone -> !listed.contains(zone)).toList(), zonesNamedBefore(named, start), home.province());
    }

    private static final String LIST_SEPARATORS = "、和与及";

    /**
     * 阜新高新技术产业开发区管理委员会 / 关于赴江苏常州…考察学习…的报告 / 高新区党工委书记于海涛带队: in a paper a zone's committee
     * writes, a bare word of its zone's kind that its sentence ties to no other zone is the writer's own, however often the
     * paper names the zones it visited.
     */
    private java.util.Optional<String> writersOwnZone(String word, String writer, List<EntityMention> named, int sentence, int offset) {
        // 常州国家高新区管委会副主任周建平介绍了高新区…: a zone named in its committee's name before it ties the word to that zone.
        return java.util.Optional.ofNullable(writer).filter(zone -> sameKind(zone, zone(word, null))
                && zonesNamed(named.stream().filter(m -> m.sentenceIndex() == sentence && m.end() <= offset && !BARE_ZONE_WORDS.contains(m.text())).toList())
                        .stream().allMatch(zone::equals));
    }

    private List<String> zonesNamedEarlierInTheSentence(List<EntityMention> named, ResolvedCandidate bare) {
        return zonesNamed(named.stream().filter(m -> m.sentenceIndex() == bare.sentenceIndex() && m.end() <= bare.candidate().start()).toList());
    }

    /**
     * The zones the document names, once per mention, in order: a zone's own mentions, and a zone named inside a body
     * (横琴粤澳深度合作区执委会 names its zone too, before a later 合作区执委会).
     */
    private List<String> zonesNamed(List<EntityMention> named) {
        List<String> zones = new ArrayList<>();
        for (EntityMention mention : named) {
            // 交行新片区 of 交行新片区分行 (a bank's short name): a zone no list knows, named after a listed firm, is none.
            if (mention.type() == EntityType.ZONE && namedAfterAListedFirm(mention.canonical())) {
                continue;
            }
            String zone = mention.type() == EntityType.ZONE ? mention.canonical()
                    : mention.type() == EntityType.GOVERNMENT ? zoneOpeningABody(mention.text()) : null;
            if (zone != null) {
                zones.add(zone);
            }
        }
        return zones;
    }

    private boolean namedAfterAListedFirm(String zone) {
        if (gazetteerCanonical(EntityType.ZONE, zone) != null) {
            return false;
        }
        for (int length = 2; length <= Math.min(MAX_FIRMS_SHORT_NAME, zone.length() - 2); length++) {
            if (gazetteerCanonical(EntityType.COMPANY, zone.substring(0, length)) != null) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_FIRMS_SHORT_NAME = 4;

    private static final java.util.regex.Pattern ANY_PARK = java.util.regex.Pattern.compile("(?:园|园区|开发区|科技城|集聚区)$");

    private static boolean sameKind(String canonical, String kindSuffix) {
        if (kindSuffix.equals("保税区")) {
            return canonical.endsWith("保税区") && !canonical.endsWith("综合保税区");
        }
        if (kindSuffix.equals(FTZ_SHORT_KIND)) {
            return canonical.endsWith(FTZ_KIND);
        }
        if (kindSuffix.equals("经济技术开发区")) {
            return canonical.endsWith("经济技术开发区") || canonical.endsWith("经济开发区"); // 经开区 shortens both
        }
        if (kindSuffix.equals("高新技术产业开发区")) {
            return canonical.endsWith(kindSuffix) || canonical.endsWith("高新技术产业园区"); // 高新区 shortens both (大连高新区)
        }
        return canonical.endsWith(kindSuffix);
    }

    /**
     * Two Han characters stand right before {@code offset} that no mention ends with and that are no firm's word (公司党委,
     * 集团党委), follow or hold no pointing word (该学院, 我局) and end in no function or appointing word (向党委, 原党委, 现任党委):
     * the end of a name no source read.
     */
    private static boolean gluedToAnUnreadName(String text, int offset, List<EntityMention> named) {
        if (offset < 2 || !SentenceView.isHan(text.substring(offset - 2, offset)) || named.stream().anyMatch(m -> m.end() == offset)) {
            return false;
        }
        String before = text.substring(offset - 2, offset);
        // 该学院党委, 我局党委: a pointing word one or two characters before.
        boolean pointed = POINTING.indexOf(before.charAt(0)) >= 0 || offset >= 3 && POINTING.indexOf(text.charAt(offset - 3)) >= 0;
        return !FIRMS_OWN_WORDS.contains(before) && NOT_A_NAMES_END.indexOf(before.charAt(1)) < 0 && !pointed;
    }

    private static final String POINTING = "该其本我全各";

    /** An office of the committee right after it: 党委书记, 党委副书记, 党委委员. */
    private static final java.util.regex.Pattern COMMITTEES_OFFICE = java.util.regex.Pattern.compile("副?书记|委员|常委");
    /** Pointing, function and appointing words a bare committee may follow: 该党委, 向党委, 原党委, 现任党委, 当选党委, 兼党委. */
    private static final String NOT_A_NAMES_END = "该其本我向与和及原对在由为的是将把被从给同跟经按任选兼";

    /** Words a firm is named by before its committee (公司党委, 集团党委, 银行党委). */
    private static final Set<String> FIRMS_OWN_WORDS = Set.of("公司", "集团", "银行", "企业", "总行", "分行", "支行", "机关", "学校", "医院");

    /**
     * 管委会 or 党委 of the nearest zone named before it, also when that zone was named as part of a body
     * (经开区党委书记、管委会主任: the 管委会 of 经开区); 自贸委 of the free trade zone's area; 海关 of the one customs house the
     * document names.
     */
    private String bareBody(String text, String word, int offset, int sentence, List<EntityMention> named, List<String> zonesNamed, Home home,
                            String writersZone) {
        // 舟山海关…今年以来海关在舟山片区推出: customs alone is the one Chinese customs house the document names, if it names
        // one (not 俄罗斯海关 or 中国海关), and not where its sentence names 海关总署 before it (海关总署出台…，海关将…).
        if (word.equals(GovernmentBodySource.CUSTOMS)) {
            boolean administrationBefore = named.stream().anyMatch(m -> m.sentenceIndex() == sentence && m.end() <= offset
                    && m.canonical().equals(CUSTOMS_ADMINISTRATION));
            List<String> customsHouses = named.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.text().length() > word.length()
                    && m.canonical().endsWith(word) && !namedAfterACountryOrAbroad(m.canonical().substring(0, m.canonical().length() - word.length())))
                    .map(EntityMention::canonical).distinct().toList();
            return customsHouses.size() == 1 && !administrationBefore ? customsHouses.get(0) : null;
        }
        // 厦门市委常委、自贸委主任: the committee of the free trade zone's area of the home city, or of the one area named.
        if (word.equals(FREE_TRADE_COMMITTEE)) {
            List<String> areas = zonesNamed.stream().filter(zone -> gazetteer.lookup(zone).stream().anyMatch(entry -> entry.kind().equals(FTZ_AREA_KIND))).distinct().toList();
            String committee = java.util.Optional.ofNullable(freeTradeAreasCommittee("", home))
                    .orElse(areas.size() == 1 ? areas.get(0) + "管理委员会" : null);
            if (committee != null) {
                return committee;
            }
        }
        // 赣州经济技术开发区管委会2025年工作总结…区党工委书记钟毓麟、管委会主任赖晓峰: in a zone's own paper, a bare body of a
        // zone (区党工委 too) is the writer's where its sentence names before it no zone and no named body but a listed place's
        // (党工委书记、成都市委常委王海峰，管委会主任孙嘉宁: a city's committee says nothing of the zone).
        String zoneBody = zoneBodyOf(word);
        String writer = ZONE_BODIES.contains(zoneBody) ? writersZone : null;
        // A group named after a bare zone word (开发区碳达峰碳中和工作领导小组) is the writer's zone's own and leaves it the
        // writer (not a zone's committee so named: 综保区管委会 may be another zone's).
        // 高新区党工委书记于海涛带队，管委会副主任白金龙: a body of a bare word of the writer's kind is the writer's too.
        if (writer != null && named.stream().noneMatch(m -> m.sentenceIndex() == sentence && m.end() <= offset
                && (m.type() == EntityType.ZONE || m.type() == EntityType.GOVERNMENT && bodyPrefix(m.text()).length() > 1
                        && (BARE_ZONE_WORDS.stream().noneMatch(m.text()::startsWith) || ZONE_BODIES.stream().anyMatch(m.text()::endsWith))
                        && (ZONE_BODIES.stream().anyMatch(m.text()::endsWith) || !placesBody(m))
                        && BARE_ZONE_WORDS.stream().noneMatch(bare -> m.text().startsWith(bare) && sameKind(writer, zone(bare, null)))))) {
            Cue zoneCue = bodies.get(zoneBody);
            return writer + (zoneCue == null ? zoneBody : zoneCue.fullForm());
        }
        // 区党工委 in any other paper: as written, a district's.
        if (!zoneBody.equals(word)) {
            return canonical(EntityType.GOVERNMENT, word, home);
        }
        // 瑞讯智能终端党委书记: a committee glued to a name no source read, an office of it after, is that unnamed one's, none
        // named before.
        if (word.equals(PositionExtractor.PARTY_COMMITTEE) && COMMITTEES_OFFICE.matcher(text).region(offset + word.length(), text.length()).lookingAt()
                && gluedToAnUnreadName(text, offset, named)) {
            return null;
        }
        // 国家金融监督管理总局…党委会议, 中国宝武总经理、党委副书记: a party committee may be any institution's.
        boolean anyInstitutions = INSTITUTIONS_COMMITTEES.contains(word);
        String owner = null;
        // The zone of the last zone's committee named in full, which a bare zone word's committee after it may stand for.
        String committeesZone = null;
        for (EntityMention mention : named) {
            if (mention.end() > offset) {
                break;
            }
            if (mention.type() == EntityType.ZONE) {
                owner = mention.canonical();
            } else if (mention.type() == EntityType.GOVERNMENT) {
                String prefix = bodyPrefix(zonesPartyCommitteeInShort(withoutSessionOrParty(mention.text())));
                boolean levelOnly = prefix.length() == 1 && GovernmentBodySource.LEVELS.indexOf(prefix.charAt(0)) >= 0;
                // 任县市场监督管理局党委委员: a department named by its level alone owns a party committee as any body does.
                if (levelOnly && anyInstitutions && mention.text().length() > 2) {
                    owner = mention.canonical();
                } else if (!prefix.isEmpty() && !levelOnly) {
                    prefix = listedZoneEnding(prefix);
                    String area = zoneCalledAnArea(prefix, zonesNamed);
                    boolean zoneNamed = area != null || listedZone(prefix, home.province()) != null
                            || BARE_ZONE_WORDS.stream().anyMatch(prefix::endsWith);
                    // 上海海关…党委: a party committee is a named body's own unless the body is a zone's (管委会, 党工委).
                    boolean zonesBody = zoneNamed || ZONE_BODIES.stream().anyMatch(mention.text()::endsWith);
                    // 天津市第一 of 天津市第一中级人民法院 is no zone: only a zone, or a place, a body is named after; and what
                    // a zone's committee is named after is a zone, listed or not (山西转型综合改革示范区党工委), but not a
                    // kind word alone (示范区党工委).
                    boolean knownName = zoneNamed || zonesBody && prefix.length() > KIND_WORD_ALONE || gazetteerCanonical(EntityType.PLACE, prefix) != null;
                    // 经开区党工委副书记、管委会主任 in a 合肥经开区 document: a bare zone word is the zone of that kind named there.
                    String bare = BARE_ZONE_WORDS.contains(prefix) ? zoneOfABareWordBeforeABody(prefix, zonesNamed, home) : null;
                    // 中共益阳综合保税区工作委员会…综保区党工委: or the zone of that kind whose committee was named before.
                    bare = bare == null && committeesZone != null && BARE_ZONE_WORDS.contains(prefix) && committeesZone.endsWith(zone(prefix, null)) ? committeesZone : bare;
                    // 太原市委常委…示范区党工委副书记、管委会主任: a zone's committee is never a place's.
                    boolean placesBodyOnly = ZONE_BODIES.contains(word) && !zonesBody;
                    // 示范区党工委 of a zone the text does not name: the committee after it is that zone's, which no name says.
                    boolean unnamedZonesBody = zonesBody && !knownName;
                    owner = anyInstitutions && !zonesBody ? mention.canonical()
                            : area != null ? area : bare != null ? bare : knownName && !placesBodyOnly ? zone(prefix, home.province())
                            : unnamedZonesBody ? null : owner;
                    committeesZone = zonesBody && owner != null && !BARE_ZONE_WORDS.contains(prefix) ? owner : committeesZone;
                }
            } else if (anyInstitutions && (mention.type() == EntityType.COMPANY || mention.type() == EntityType.ORGANIZATION)) {
                owner = mention.canonical();
            }
        }
        Cue cue = bodies.get(word);
        String full = cue == null ? word : cue.fullForm();
        // 中国进出口银行党委召开会议，党委书记…: the committee named before is the one meant again.
        return owner == null ? null : owner.endsWith(full) ? owner : owner + full;
    }

    /**
     * 拜会了中国驻德国大使林振华，感谢使馆…: the embassy the last ambassador's title or embassy's name before {@code offset} names,
     * as its country's mission at its place (中国驻德国大使馆; China's where no country is named before 驻), with what the word
     * alone adds (使馆经济商务处); null if none.
     */
    private static String embassyNamedBefore(String text, String surface, int offset, List<EntityMention> named) {
        java.util.regex.Matcher stationed = STATIONED_AMBASSADOR.matcher(text).region(0, offset);
        String embassy = null;
        while (stationed.find()) {
            int at = stationed.start();
            // 驻美国大使谢锋: an envoy whose sender goes unnamed is China's, as a title's envoy is.
            String sender = named.stream().filter(m -> m.type() == EntityType.PLACE && m.end() == at && m.start() < at).findFirst()
                    .map(EntityMention::canonical).orElse(null);
            embassy = GovernmentBodySource.mission(sender, stationed.group(1), "大使");
        }
        return embassy == null ? null : embassy + surface.substring(surface.indexOf("使馆") + 2);
    }

    private static final java.util.regex.Pattern STATIONED_AMBASSADOR = java.util.regex.Pattern.compile("驻(\\p{IsHan}{1,8}?)(?:特命全权)?大使");

    /**
     * 列席：周振宇（管委会办公室主任）in 西安高新区管委会主任办公会议纪要: an office of a committee named by its word alone
     * (管委会办公室, 管委会督查室) is the office of the committee that issues the paper.
     */
    private void officesOfTheIssuersCommittee(List<EntityMention> mentions, String writer) {
        if (writer == null) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String committee = m.type() != EntityType.GOVERNMENT ? null
                    : ZONE_BODIES.stream().filter(word -> m.text().startsWith(word) && m.text().length() > word.length() && bodies.containsKey(word)).findFirst().orElse(null);
            if (committee == null || !m.canonical().startsWith(bodies.get(committee).fullForm())) {
                continue;
            }
            mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), writer + m.canonical(), m.sentenceIndex()));
        }
    }

    /**
     * 财政局 in 西安高新区管委会主任办公会议纪要: the department of the zone whose committee issues the paper, or else of the
     * one whose committee sets out its departments before it; null where neither is named.
     */
    private String issuersDepartment(String text, String department, int start, int end, List<EntityMention> named, String writersZone) {
        String writer = writersZone != null ? writersZone : zoneSettingOutDepartments(text, start, end, named);
        Cue cue = bodies.get(department);
        return writer == null ? null : writer + (cue == null ? department : cue.fullForm());
    }

    /** 厦门片区管理委员会为…派出机构，内设综合处: the zone whose committee sets out its departments, or null. */
    private String zoneSettingOutDepartments(String text, int start, int end, List<EntityMention> named) {
        int at = GovernmentBodySource.zoneCommitteesDepartmentsSetOutAt(text, start, end);
        if (at < 0) {
            return null;
        }
        // The clause's subject, named first in it (not the parent committee it is an agency of, 为…管理委员会派出机构).
        int clauseStart = GovernmentBodySource.settingOutClauseStart(text, at);
        for (EntityMention m : named) {
            String zone = m.start() >= clauseStart && m.end() <= at && m.type() == EntityType.GOVERNMENT && ZONE_BODIES.stream().anyMatch(m.text()::endsWith)
                    ? zoneOfACommittee(m) : null;
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    /**
     * The zone whose committee the document's first line names (赣州经济技术开发区管委会2025年工作总结), or a line of its own
     * right after the title (the issuer under a plan's title), or else the line that signs the text above its date (抚顺高新区
     * 管委会办公室 over 2026年5月8日 under a notice): the writer, or null.
     */
    private String writersZone(String text, List<EntityMention> named) {
        for (EntityMention m : named) {
            if (m.sentenceIndex() > ISSUERS_LINE) {
                return signatoriesZone(text, named);
            }
            // 营口经济技术开发区（…营口片区）领导分工: the title of a zone's own page on its leaders or bodies, or of a yearbook's
            // entry on it.
            if (m.type() == EntityType.ZONE && titleOfAZonesOwnPage(text, m)) {
                return m.canonical();
            }
            // 芜湖经济技术开发区管理委员会 under the title: after the first line, only a body named alone on its line (but for a
            // date: 四川天府新区党工委管委会办公室　2025年1月20日).
            if (m.sentenceIndex() > 0 && !aLineOfItsOwn(text, m)) {
                continue;
            }
            String zone = zoneOfACommittee(m);
            if (zone != null) {
                return zone;
            }
        }
        return signatoriesZone(text, named);
    }

    private String signatoriesZone(String text, List<EntityMention> named) {
        for (EntityMention m : named) {
            if (m.type() == EntityType.GOVERNMENT && signsTheText(text, m)) {
                String zone = zoneOfACommittee(m);
                if (zone != null) {
                    return zone;
                }
            }
        }
        return null;
    }

    /** A body signing the text: alone on its line, its date after it there or on the next line (落款). */
    static boolean signsTheText(String text, EntityMention m) {
        // Most mentions stand inside a sentence: tell them by the characters around them before reading the line.
        boolean opensItsLine = m.start() == 0 || Character.isWhitespace(text.charAt(m.start() - 1));
        boolean endsBeforeASpace = m.end() == text.length() || Character.isWhitespace(text.charAt(m.end()));
        if (!opensItsLine || !endsBeforeASpace || !aLineOfItsOwn(text, m)) {
            return false;
        }
        int lineEnd = text.indexOf('\n', m.end());
        if (!text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
            return true; // the date after it on its line, which aLineOfItsOwn read
        }
        if (lineEnd < 0) {
            return false;
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        return LayoutDates.dateLine(text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd).strip());
    }

    /**
     * The zone a committee's name opens with (厦门片区 of 厦门片区管理委员会; 四川天府新区 of 四川天府新区党工委管委会, the two
     * committees written as one, and of its office, 四川天府新区党工委管委会办公室), in full, or null.
     */
    private String zoneOfACommittee(EntityMention m) {
        String name = m.text().endsWith(GovernmentBodySource.OFFICE) ? m.text().substring(0, m.text().length() - GovernmentBodySource.OFFICE.length()) : m.text();
        String body = m.type() == EntityType.GOVERNMENT ? ZONE_BODIES.stream().filter(name::endsWith).findFirst().orElse(null) : null;
        String zone = body == null ? null : name.substring(0, name.length() - body.length());
        String partyBody = zone == null ? null : ZONE_BODIES.stream().filter(zone::endsWith).findFirst().orElse(null);
        zone = partyBody == null ? zone : zone.substring(0, zone.length() - partyBody.length());
        return zone != null && (gazetteerCanonical(EntityType.ZONE, zone) != null || ZONE_KIND_ENDING.matcher(zone).find()) ? zone(zone, null) : null;
    }

    /** The page words a zone's own site titles its pages on its leaders and bodies with (领导分工, 内设机构). */
    private static final java.util.regex.Pattern ZONES_OWN_PAGE = java.util.regex.Pattern.compile(
            "(?:[（(].*[）)])?[\\s　]*(?:领导分工|领导信息|领导简介|领导班子|班子成员|机构职能|内设机构|机构设置)");

    /**
     * The zone opens its line, and only its other name in brackets and a page word of a zone's own site follow; or the
     * zone's name is the whole first line, a yearbook's section heading under it (喀什综合保税区 over 【概况】…【领导名录】).
     */
    private static boolean titleOfAZonesOwnPage(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd).strip();
        // A zone's name alone titles a yearbook's entry only on the first line, its first section's bracketed heading under it
        // (not a notice listing zones one to a line).
        boolean entrysTitle = rest.isEmpty() && m.sentenceIndex() == 0 && lineEnd >= 0 && text.substring(lineEnd).strip().startsWith(YEARBOOK_HEADING);
        return text.substring(lineStart, m.start()).isBlank() && (ZONES_OWN_PAGE.matcher(rest).matches() || entrysTitle);
    }

    /** 【概况】: how a yearbook's entry heads its sections. */
    private static final String YEARBOOK_HEADING = "【";

    /** The mention is all its line holds but spaces, and the date a signature line may end with. */
    private static boolean aLineOfItsOwn(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        return line.equals(m.text()) || line.startsWith(m.text()) && !line.substring(m.text().length()).isBlank()
                && Character.isWhitespace(line.charAt(m.text().length())) && LayoutDates.dateLine(line.substring(m.text().length()).strip());
    }

    /**
     * 国家税务总局喀什经济开发区 of its 税务局: the listed zone a body's prefix ends in, after the body the prefix opens with;
     * the prefix as it is where it is a listed zone or ends in none.
     */
    private String listedZoneEnding(String prefix) {
        if (gazetteerCanonical(EntityType.ZONE, prefix) != null) {
            return prefix;
        }
        for (int start = 2; start <= prefix.length() - 2; start++) {
            if (gazetteerCanonical(EntityType.GOVERNMENT, prefix.substring(0, start)) != null
                    && gazetteerCanonical(EntityType.ZONE, prefix.substring(start)) != null) {
                return prefix.substring(start);
            }
        }
        return prefix;
    }

    /** The listed zone a body's name opens with: before its body word, or before a department no cue knows (成都高新区社会事业局). */
    private String zoneOpeningABody(String surface) {
        String zone = gazetteerCanonical(EntityType.ZONE, bodyPrefix(surface));
        for (int end = surface.length() - 2; zone == null && end >= 2; end--) {
            zone = gazetteerCanonical(EntityType.ZONE, surface.substring(0, end));
        }
        return zone;
    }

    private static final String CUSTOMS_ADMINISTRATION = "海关总署";

    /** 俄罗斯, 中国, 乌兰巴托: a name that is a country's or a foreign place's. */
    private boolean namedAfterACountryOrAbroad(String name) {
        return gazetteer.lookup(name).stream().anyMatch(e -> e.type() == EntityType.PLACE && (e.isCountry() || e.isForeign()));
    }

    /** 成都市委, 宜昌市商务局: a body named after a listed place that is no zone. */
    private boolean placesBody(EntityMention m) {
        String prefix = bodyPrefix(m.text());
        return gazetteerCanonical(EntityType.PLACE, prefix) != null && gazetteerCanonical(EntityType.ZONE, prefix) == null;
    }

    /**
     * What names a body's place or zone: the surface before its body word, the longest such word, unless a shorter one
     * leaves a listed zone (南京经济技术开发区 + 管委会, not 南京经济技术 + 开发区管委会).
     */
    private String bodyPrefix(String surface) {
        String longestWord = null;
        for (int i = 0; i < surface.length(); i++) {
            if (bodies.containsKey(surface.substring(i))) {
                String prefix = surface.substring(0, i);
                // 清河经济开发区 + 管委会, not 清河经济 + 开发区管委会: a prefix that is a zone's name, listed or ending in its kind.
                if (gazetteerCanonical(EntityType.ZONE, prefix) != null || ZONE_KIND_ENDING.matcher(prefix).find()) {
                    return prefix;
                }
                longestWord = longestWord == null ? prefix : longestWord;
            }
        }
        return longestWord == null ? surface : longestWord;
    }

    /**
     * Words for "the zone" that a document about one writes before its bodies (园区党工委, 综保区管委会): the bare zone
     * words, and 园区, a kind proposed as a zone alone only after a verb, a preposition or a mark, which before a body word still means the
     * document's zone.
     */
    private static final List<String> BARE_ZONE_WORDS = java.util.stream.Stream.concat(ZonePatternSource.BARE_WORDS.stream(),
            java.util.stream.Stream.of("园区")).toList();

    /**
     * 园区党工委书记沈觅 in a document about 苏州工业园区: a body after a bare zone word is that of the zone of that kind
     * the document names most, when it names one.
     */
    private void linkBodiesOfBareZones(List<EntityMention> mentions, List<String> zonesNamed, Home home, String writer) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.GOVERNMENT) {
                continue;
            }
            for (String word : BARE_ZONE_WORDS) {
                String rest = m.text().startsWith(word) ? m.text().substring(word.length()) : null;
                Cue body = rest == null ? null : bodies.get(rest);
                // 经开区经济发展局, 综保区管委会经济发展局, 科技城管理局产业促进处: a department of the zone's committee or authority no
                // cue names.
                String department = rest == null || body != null ? null : GovernmentBodySource.departmentOfAZone(rest);
                String zone = body == null && department == null ? null
                        : writersOwnZone(word, writer, mentions, m.sentenceIndex(), m.start()).orElseGet(() -> zoneOfABareWordBeforeABody(word, zonesNamed, home));
                if (zone != null) {
                    mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), zone + (body != null ? body.fullForm() : department),
                            m.sentenceIndex()));
                    break;
                }
            }
            int area = m.text().indexOf('区');
            Cue body = area >= 2 ? bodies.get(m.text().substring(area + 1)) : null;
            // Only a body its own name left unlinked (洋浦区党工委 as itself), never one already linked to a listed zone.
            String zone = body == null || !m.canonical().startsWith(m.text().substring(0, area + 1)) ? null
                    : zoneCalledAnArea(m.text().substring(0, area + 1), zonesNamed);
            if (zone != null) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), zone + body.fullForm(), m.sentenceIndex()));
            }
        }
    }

    /**
     * The zone a bare zone word before a body word (园区党工委, 综保区管委会) stands for, or null: for the park word the one park
     * the document names, however often it names other zones (园区党工委 in a report of the bonded zone inside 苏州工业园区): a
     * park's bodies are named after the park, not the zones in or beside it; else as {@link #bareZone}. Where the
     * document names no zone of the kind, {@link #listedZoneOfTheKindWithin}.
     */
    private String zoneOfABareWordBeforeABody(String word, List<String> zonesNamed, Home home) {
        // 园区管委会 in a document naming 合肥现代产业园区 and 合肥经开区: the one park named a park, however often the other is.
        List<String> parks = word.equals(PARK) ? zonesNamed.stream().filter(named -> sameKind(named, PARK)).distinct().toList() : List.of();
        if (parks.size() == 1) {
            return parks.get(0);
        }
        String zone = bareZone(word, zonesNamed, home.province());
        // Only where the document names no zone of the kind: bareZone declines on purpose where it names several.
        String kind = zone(word, null);
        zone = zone != null || zonesNamed.stream().anyMatch(named -> sameKind(named, kind)) ? zone : listedZoneOfTheKindWithin(word, zonesNamed, home);
        return zone;
    }

    /**
     * 合肥市委常委、经开区党工委书记 where only 合肥经济技术开发区综合保税区 is named: the listed zone of the bare word's kind a
     * zone named opens with (合肥经济技术开发区), else the home city's (合肥 + 经济技术开发区) where the lists know it; or null.
     */
    private String listedZoneOfTheKindWithin(String word, List<String> zonesNamed, Home home) {
        String kind = zone(word, null);
        if (kind.equals(word)) {
            return null;
        }
        for (String named : new java.util.LinkedHashSet<>(zonesNamed)) {
            for (int end = named.indexOf(kind, 1); end > 0; end = named.indexOf(kind, end + 1)) {
                String opening = gazetteerCanonical(EntityType.ZONE, named.substring(0, end + kind.length()));
                if (opening != null && !opening.equals(named)) {
                    return opening;
                }
            }
        }
        return home.city() == null ? null : gazetteerCanonical(EntityType.ZONE, withoutCityLevel(home.city()) + kind);
    }

    /**
     * 洋浦区 in a 洋浦经济开发区 document: a zone's name and 区, no district or zone any list knows, is that zone, as its bodies
     * (洋浦区党工委) say; returns the listed zone named in the document, or null.
     */
    private String zoneCalledAnArea(String name, List<String> zonesNamed) {
        String stem = name.length() < 3 || !name.endsWith("区") ? null : name.substring(0, name.length() - 1);
        // 兰州新区 is a listed zone itself, not the 兰州新区综合保税区 it names.
        if (stem == null || gazetteerCanonical(EntityType.PLACE, name) != null || gazetteerCanonical(EntityType.PLACE, stem) != null
                || gazetteerCanonical(EntityType.ZONE, name) != null) {
            return null;
        }
        // Of several zones so named (洋浦保税港区 within 洋浦经济开发区), the area is the widest: not a bonded one.
        // 港务区 in a 西安国际港务区 document: the zone's name may be cut at its front too.
        List<String> named = zonesNamed.stream().filter(zone -> (zone.startsWith(stem) || zone.endsWith(name) && zone.length() > name.length())
                && gazetteerCanonical(EntityType.ZONE, zone) != null).distinct().toList();
        return named.stream().filter(zone -> !zone.endsWith("保税区") && !zone.endsWith("保税港区")).findFirst()
                .orElse(named.isEmpty() ? null : named.get(0));
    }

    /**
     * 澳门经科局 after 澳门特别行政区政府经济及科技发展局: a body linked to no other name, named with the opening and the last
     * character of one body the document named in full before it and with no character the full name lacks, in their order and
     * leaving out words in two places at least, is that body abbreviated.
     */
    private static void linkBodiesAbbreviatedAfterTheirFullName(List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.GOVERNMENT || !m.canonical().equals(m.text()) || m.text().length() < MIN_ABBREVIATED_BODY) {
                continue;
            }
            List<String> full = mentions.stream().filter(other -> other.type() == EntityType.GOVERNMENT && other.end() <= m.start()
                            && other.canonical().length() >= m.text().length() + 3 && other.canonical().startsWith(m.text().substring(0, 2))
                            && other.canonical().charAt(other.canonical().length() - 1) == m.text().charAt(m.text().length() - 1)
                            && RepeatedShortNames.shortenedFrom(m.text(), other.canonical()) && gapsIn(m.text(), other.canonical()) >= MIN_ABBREVIATION_GAPS)
                    .map(EntityMention::canonical).distinct().toList();
            if (full.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), full.get(0), m.sentenceIndex()));
            }
        }
    }

    /**
     * 中韩地方经济合作示范区 in a headline over 中韩自贸区地方经济合作示范区, 汕头华侨试验区: a zone no list knows, whose canonical
     * name is its text, that is one zone the document names in full with three characters or more cut from inside it (its
     * opening and its kind kept, the cut no place) is that zone shortened; not a listed zone (宁波经济技术开发区 is no
     * 宁波石化经济技术开发区).
     */
    private void linkZonesShortenedFromAFullName(List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.ZONE || !m.canonical().equals(m.text()) || m.text().length() < MIN_SHORTENED_ZONE
                    || gazetteerCanonical(EntityType.ZONE, m.text()) != null) {
                continue;
            }
            List<String> full = mentions.stream().filter(other -> other.type() == EntityType.ZONE && other.canonical().length() - m.text().length() >= MIN_CUT)
                    .map(EntityMention::canonical).distinct().filter(name -> cutWithNoPlace(m.text(), name)).toList();
            if (full.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), full.get(0), m.sentenceIndex(), true));
            }
        }
    }

    private static final int MIN_SHORTENED_ZONE = 6;
    private static final int MIN_CUT = 3;

    /**
     * {@code shortName} is {@code fullName} with one run cut from inside it, two characters or more kept before and the kind
     * after, and the run neither is nor opens with a place (苏州市产业园 is no 苏州市吴中区产业园 shortened).
     */
    private boolean cutWithNoPlace(String shortName, String fullName) {
        for (int split = 2; split <= shortName.length() - KIND_ENDING; split++) {
            int cutEnd = fullName.length() - (shortName.length() - split);
            if (cutEnd > split && fullName.startsWith(shortName.substring(0, split)) && fullName.endsWith(shortName.substring(split))) {
                String cut = fullName.substring(split, cutEnd);
                return java.util.stream.IntStream.rangeClosed(2, cut.length()).noneMatch(length -> gazetteerCanonical(EntityType.PLACE, cut.substring(0, length)) != null);
            }
        }
        return false;
    }

    /** 示范区, 试验区: how much of a zone's end names its kind, which the shortened name keeps. */
    private static final int KIND_ENDING = 3;

    private static final int MIN_ABBREVIATED_BODY = 4;
    /** 经科局 leaves out 济及 and 技发展: an abbreviation drops words in two places at least (南昌海关 is no abbreviation of 南昌综合保税区海关, 海关总署 none of 海关总署广东分署). */
    private static final int MIN_ABBREVIATION_GAPS = 2;

    /** How many runs of {@code fullName} the characters of {@code shortName}, found from the left in order, skip. */
    private static int gapsIn(String shortName, String fullName) {
        int gaps = 0;
        int at = -1;
        for (int i = 0; i < shortName.length(); i++) {
            int next = fullName.indexOf(shortName.charAt(i), at + 1);
            gaps += next > at + 1 ? 1 : 0;
            at = next;
        }
        return gaps + (at < fullName.length() - 1 ? 1 : 0);
    }

    private void linkShortPolicies(String text, List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            // 关于同意设立牡丹江综合保税区的批复 in a headline that names its issuer before it, as 《国务院关于…的批复》 does later.
            boolean withoutIssuer = m.type() == EntityType.POLICY && m.canonical().startsWith("关于");
            if (m.type() != EntityType.POLICY || m.text().length() > 8 && !withoutIssuer || withoutIssuer && thePapersOwnTitle(text, m)) {
                continue;
            }
            for (EntityMention full : mentions) {
                if (full.type() == EntityType.POLICY && full.text().length() > m.text().length() && full.text().endsWith(m.text())
                        && (!withoutIssuer || full.canonical().endsWith(m.canonical()) && full.canonical().indexOf("关于") > 0)
                        && !aPlacesOwnVersion(full, m)) {
                    mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), full.canonical(), m.sentenceIndex()));
                    break;
                }
            }
        }
    }

    /**
     * 锦州经济技术开发区管理委员会 / 关于做好…供热工作的通知 / 锦开管发〔2025〕41号 … 根据《锦州市人民政府办公室关于做好…的通知》: the
     * paper's own title, a line of its own before any sentence of the text, is the paper's, not the one of the same words it cites.
     */
    private static boolean thePapersOwnTitle(String text, EntityMention m) {
        boolean ownLine = (m.start() == 0 || text.charAt(m.start() - 1) == '\n') && (m.end() == text.length() || text.charAt(m.end()) == '\n');
        return ownLine && text.lastIndexOf('。', m.start()) < 0;
    }

    /**
     * 省委党校 after 中共青海省委党校, 市博物馆 after 宁波市博物馆: an institution named by its level alone is the one institution
     * of the document whose name ends with it.
     */
    private void linkInstitutionsNamedByLevel(List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.text().length() < 3 || PositionExtractor.LEVELS.indexOf(m.text().charAt(0)) < 0
                    || !m.canonical().equals(m.text())) {
                continue;
            }
            List<String> full = mentions.stream().filter(named -> named.type() == EntityType.ORGANIZATION && named.text().length() > m.text().length()
                    && named.text().endsWith(m.text()) && placeNamedBefore(named.text().replaceFirst("^中共", ""), m.text()))
                    .map(EntityMention::canonical).distinct().toList();
            if (full.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), full.get(0), m.sentenceIndex(), true));
            }
        }
    }

    /** 青海 of 青海省委党校 before 省委党校: a listed place is all the longer name adds (not 城 of 城市民服务中心). */
    private boolean placeNamedBefore(String full, String name) {
        String place = full.substring(0, full.length() - name.length());
        return gazetteer.lookup(place).stream().anyMatch(entry -> entry.type() == EntityType.PLACE)
                || gazetteer.lookup(place + name.charAt(0)).stream().anyMatch(entry -> entry.type() == EntityType.PLACE);
    }

    /**
     * 《优化营商环境条例》和《福建省优化营商环境条例》: a province's or city's own act, its place's name before the same words,
     * is another act than the nation's (not so a zone's: 管理条例 after 天津港保税区管理条例 is that act).
     */
    private boolean aPlacesOwnVersion(EntityMention full, EntityMention shortName) {
        String prefix = full.text().substring(0, full.text().length() - shortName.text().length());
        // 深圳经济特区优化营商环境条例: a special economic zone's act is its city's.
        String place = gazetteerCanonical(EntityType.PLACE, prefix.endsWith(SPECIAL_ECONOMIC_ZONE) ? prefix.substring(0, prefix.length() - SPECIAL_ECONOMIC_ZONE.length()) : prefix);
        // 中华人民共和国海关法 is the nation's 海关法, and a foreign country's act another matter: only a province, city or county
        // has a local act.
        return place != null && LOCAL_LEVEL.matcher(place).find();
    }

    private static final String SPECIAL_ECONOMIC_ZONE = "经济特区";
    private static final java.util.regex.Pattern LOCAL_LEVEL = java.util.regex.Pattern.compile("(?:省|自治区|市|县|区|州|盟|旗)$");

    /**
     * 高新综保区 in a document that names 成都高新综合保税区 is that zone: an unlisted zone name that ends the canonical
     * name of exactly one listed zone the document names.
     */
    void linkShortZones(List<EntityMention> mentions) {
        Set<String> listed = new java.util.HashSet<>();
        Set<String> unlisted = new java.util.HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.ZONE) {
                (gazetteer.lookup(m.canonical()).isEmpty() ? unlisted : listed).add(m.canonical());
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() != EntityType.ZONE || listed.contains(m.canonical()) || !gazetteer.lookup(m.canonical()).isEmpty()) {
                continue;
            }
            // 郑东新区 after 郑州市郑东新区: an unlisted zone named once with its place before it is the same zone.
            List<String> longer = java.util.stream.Stream.concat(listed.stream(), unlisted.stream().filter(full -> placeBefore(full, m.canonical())))
                    .filter(full -> full.length() > m.canonical().length() && full.endsWith(m.canonical())).toList();
            if (longer.size() == 1) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), longer.get(0), m.sentenceIndex()));
            }
        }
    }

    /** 郑州市 before 郑东新区 in 郑州市郑东新区: what {@code full} has before {@code name} is a listed place, and {@code name} more than a kind. */
    private boolean placeBefore(String full, String name) {
        String place = full.substring(0, Math.max(0, full.length() - name.length()));
        return !place.isEmpty() && name.length() >= 4 && !name.startsWith("市") && !name.startsWith("区") && !name.startsWith("县")
                && !BARE_ZONE_WORDS.contains(name) && java.util.Arrays.stream(SHORT_ZONE_SUFFIXES).noneMatch(form -> form[1].equals(withFullSuffix(name)))
                && gazetteer.lookup(place).stream().anyMatch(entry -> entry.type() == EntityType.PLACE);
    }

    /**
     * 芜湖三山经开区 after 芜湖三山经济开发区: 经开区 shortens both kinds of development zone, so a short name is the one of the
     * two the document names in full.
     */
    private static void linkDevelopmentZonesAsNamed(List<EntityMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            // 长汀经开区党工委 beside 长汀经济开发区: a body opened by the short name is the named zone's too.
            int kindAt = m.text().indexOf(SHORT_DEVELOPMENT_ZONE);
            String zoneOfTheBody = m.type() == EntityType.GOVERNMENT && kindAt > 0 ? developmentZoneIn(m.canonical()) : null;
            if (zoneOfTheBody != null) {
                String stem = m.text().substring(0, kindAt);
                List<String> named = namedInFull(mentions, stem);
                if (named.size() == 1 && !named.get(0).equals(zoneOfTheBody)) {
                    mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(),
                            named.get(0) + m.canonical().substring(zoneOfTheBody.length()), m.sentenceIndex()));
                }
                continue;
            }
            if (m.type() != EntityType.ZONE || !m.text().endsWith(SHORT_DEVELOPMENT_ZONE)) {
                continue;
            }
            String stem = m.text().substring(0, m.text().length() - SHORT_DEVELOPMENT_ZONE.length());
            List<String> named = namedInFull(mentions, stem);
            if (named.size() == 1 && !named.get(0).equals(m.canonical())) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), named.get(0), m.sentenceIndex()));
            }
        }
    }

    /**
     * The development zones of {@code stem} the document names in full; the zone may be named only inside its body's name
     * (芜湖三山经济开发区管委会), but not by a bare word (园区管委会, linked from context).
     */
    private static List<String> namedInFull(List<EntityMention> mentions, String stem) {
        return mentions.stream().filter(full -> (full.type() == EntityType.ZONE || full.type() == EntityType.GOVERNMENT)
                        && DEVELOPMENT_ZONE_KINDS.matcher(full.text()).find())
                .map(full -> developmentZoneIn(full.canonical()))
                .filter(zone -> zone != null && (zone.endsWith(stem + "经济开发区") || zone.endsWith(stem + "经济技术开发区"))).distinct().toList();
    }

    static final String SHORT_DEVELOPMENT_ZONE = "经开区";
    private static final java.util.regex.Pattern DEVELOPMENT_ZONE_KINDS = java.util.regex.Pattern.compile("经济技术开发区|经济开发区");

    /** Whether a zone's canonical name is of the kind a bare word names (经开区: an 经济技术开发区 or an 经济开发区). */
    static boolean ofTheKind(String zone, String kindWord) {
        return kindWord.equals(SHORT_DEVELOPMENT_ZONE) ? zone.equals(developmentZoneIn(zone)) : zone.endsWith(withFullSuffix(kindWord));
    }

    /** 芜湖三山经济开发区 of 芜湖三山经济开发区管理委员会: a canonical name up to its development zone's kind word, or null. */
    static String developmentZoneIn(String canonical) {
        java.util.regex.Matcher kind = DEVELOPMENT_ZONE_KINDS.matcher(canonical);
        return kind.find() ? canonical.substring(0, kind.end()) : null;
    }

    /**
     * 自贸试验区南京、苏州、连云港片区: the places listed before a free trade zone's area share its 片区, so each is an area
     * of the same zone when the list knows it (中国(江苏)自由贸易试验区南京片区), not the city.
     */
    private void linkEnumeratedAreas(String text, List<EntityMention> mentions) {
        for (EntityMention area : List.copyOf(mentions)) {
            if (area.type() != EntityType.ZONE || !area.text().endsWith("片区") || !area.canonical().endsWith(area.text())) {
                continue;
            }
            String zone = area.canonical().substring(0, area.canonical().length() - area.text().length());
            int end = area.start() - 1;
            while (end > 0 && text.charAt(end) == '、') {
                int start = itemStart(text, mentions, end);
                String listed = start < 0 ? null : gazetteerCanonical(EntityType.ZONE, zone + text.substring(start, end) + "片区");
                if (listed == null) {
                    break;
                }
                int from = start;
                int to = end;
                mentions.removeIf(m -> m.start() == from && m.end() == to);
                mentions.add(new EntityMention(EntityType.ZONE, start, end, text.substring(start, end), listed, area.sentenceIndex()));
                end = start - 1;
            }
        }
    }

    /**
     * 省发展改革委、经济和信息化厅、商务厅: departments listed after one named with its level share that level, so each is
     * the same government's (四川省经济和信息化厅, 四川省商务厅); so do those listed after one named with its zone or place
     * (西咸新区公安局、交通运输局: 陕西西咸新区交通运输局). {@code mentions} is sorted by start.
     */
    private void linkListedDepartments(String text, List<EntityMention> mentions, Home home) {
        String listPlace = null;
        for (int i = 1; i < mentions.size(); i++) {
            EntityMention body = mentions.get(i);
            EntityMention before = mentions.get(i - 1);
            boolean listed = body.type() == EntityType.GOVERNMENT && before.type() == EntityType.GOVERNMENT
                    && before.end() == body.start() - 1 && text.charAt(before.end()) == '、';
            // 在牡丹江市委、市政府和东宁市委的领导下: a bare body of a level listed right after a body of that level named with its
            // place is the same place's, whatever the home city.
            char level = body.text().charAt(0);
            if (listed && LOCAL_LEVELS.indexOf(level) >= 0 && body.text().length() > 1 && bodies.containsKey(body.text().substring(1))
                    && ownerPrefix(before.text(), level) != null) {
                mentions.set(i, new EntityMention(body.type(), body.start(), body.end(), body.text(), samePlacesBody(before, body, level, home), body.sentenceIndex()));
                continue;
            }
            listPlace = !listed ? null : listPlace != null ? listPlace : java.util.Optional.ofNullable(placeOfLevel(before)).orElseGet(() -> zoneOfADepartment(before));
            // Only a bare department word (商务厅); a listed body (天津海关) is named, and 区委 names its own level's place.
            Cue word = bodies.get(body.text());
            if (listPlace != null && word != null && body.canonical().equals(word.fullForm())
                    && GovernmentBodySource.LEVELS.indexOf(body.text().charAt(0)) < 0) {
                mentions.set(i, new EntityMention(body.type(), body.start(), body.end(), body.text(), listPlace + word.fullForm(), body.sentenceIndex()));
            }
        }
    }

    /**
     * 实施国家级经济技术开发区创新提升行动，推动经开区…: the kind named in general earlier in the sentence (国家级, 各类) is
     * what its short word after it means, no zone of the document's.
     */
    private boolean kindNamedInGeneralBefore(String text, int start, String word, List<String> zonesNamed) {
        String kind = zone(word, null);
        // Not where the document names a zone of exactly that kind (在国家级经济技术开发区考核评价中，经开区位列第15位 is its own).
        if (zonesNamed.stream().anyMatch(zone -> zone.endsWith(kind))) {
            return false;
        }
        int sentenceStart = start;
        while (sentenceStart > 0 && "。！？!?；;\n".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        // Not a policy's title (《…国家级经济技术开发区…意见》).
        String before = BOOK_TITLE.matcher(text.substring(sentenceStart, start)).replaceAll("");
        return KIND_IN_GENERAL.stream().anyMatch(scope -> before.contains(scope + kind));
    }

    private static final java.util.regex.Pattern BOOK_TITLE = java.util.regex.Pattern.compile("《[^》]*》");

    private static final List<String> KIND_IN_GENERAL = List.of("国家级", "省级", "各类", "各级", "全国");

    /**
     * 全国综保区, 各自贸试验区, 22个自贸试验区, 其他综保区: a bare kind word after a word of scope, count or kind means zones of
     * that kind in general, not the one the document names most.
     */
    private static boolean zonesInGeneral(String text, int start) {
        return ZONES_IN_GENERAL.matcher(text).region(Math.max(0, start - 6), start).find();
    }

    /**
     * 推动开发区、综保区、口岸联动发展: a bare zone word listed with another kind of zone or platform, itself bare, names the
     * kind, as the other item does (推动工业园区与边合区协同招商 pairs two places, and may mean the document's zone).
     */
    private static boolean kindsListedTogether(String text, int start, int end, List<EntityMention> named) {
        // 赣州经开区和综保区: after a zone named in full, the bare word is the same place's zone of that kind.
        boolean afterANamedZone = named.stream().anyMatch(m -> m.type() == EntityType.ZONE && m.end() == start - 1);
        return !afterANamedZone && KIND_BEFORE.matcher(text).region(Math.max(0, start - KIND_WORD_LENGTH), start).find()
                || KIND_AFTER.matcher(text).region(end, Math.min(text.length(), end + KIND_WORD_LENGTH)).lookingAt();
    }

    private static final String KINDS = "开发区|经开区|高新区|园区|产业园区|新区|片区|口岸|综合保税区|综保区|保税区|保税港区|保税物流中心|保税物流园区|出口加工区|跨境工业区|自贸区|自贸试验区"
            + "|自由贸易试验区|自由贸易港|自贸港|边合区|边境经济合作区|跨境经济合作区|经济合作区|合作区|实验区|试验区|示范区";
    private static final int KIND_WORD_LENGTH = 9;
    private static final java.util.regex.Pattern ZONE_KIND_ENDING = java.util.regex.Pattern.compile("\\p{IsHan}{2}(?:" + KINDS + ")$");
    private static final java.util.regex.Pattern KIND_BEFORE = java.util.regex.Pattern.compile("(?:" + KINDS + ")、$");
    private static final java.util.regex.Pattern KIND_AFTER = java.util.regex.Pattern.compile("、(?:" + KINDS + ")");

    private static final java.util.regex.Pattern ZONES_IN_GENERAL = java.util.regex.Pattern.compile(
            // 两大综保区, 三大片区: the zones a count of the great ones names together.
            "(?:全国|全省|全市|各|各个|各地|所有|其他|其余|多个|一批|部分|首批|新设|[0-9０-９]+个|[一二两三四五六七八九十百]+个|[两二三四五六七八九十几]大"
            // 内陆自贸试验区, 沿边综保区: zones of a region's kind
            + "|内陆|沿海|沿边|沿江|中西部|东中西部)(?:国家级)?$");

    /**
     * 经国务院批准设立的综合保税区（以下简称综保区）: a kind word given a short name with no zone's name before it defines the
     * kind, so the document means the kind wherever it uses either word bare (a provincial notice on all its zones). Not
     * where the one zone of the kind the document names is named before it (苏州工业园区综合保税区2024年工作总结…，综合保税区
     * （以下简称“综保区”）: the zone's own report calling it by its kind).
     */
    private static Set<String> kindsDefinedInGeneral(String text, List<EntityMention> named) {
        Set<String> kinds = new java.util.HashSet<>();
        java.util.regex.Matcher definition = KIND_DEFINED.matcher(text);
        // Tried only around each 简称: the pattern is far slower tried at every character of a long document.
        for (int at = text.indexOf(SHORT_NAME_WORD); at >= 0; at = text.indexOf(SHORT_NAME_WORD, at + 1)) {
            definition.region(Math.max(0, at - DEFINITION_BEFORE), Math.min(text.length(), at + DEFINITION_AFTER));
            while (definition.find()) {
                int kindEnd = definition.end(1);
                String kind = definition.group(1);
                List<EntityMention> ofTheKind = named.stream().filter(m -> m.type() == EntityType.ZONE && sameKind(m.canonical(), kind)).toList();
                boolean theOneZoneNamedBefore = ofTheKind.stream().map(EntityMention::canonical).distinct().count() == 1
                        && ofTheKind.get(0).end() <= definition.start() && !zonesInGeneral(text, definition.start(1));
                if (named.stream().noneMatch(m -> m.type() == EntityType.ZONE && m.end() == kindEnd) && !theOneZoneNamedBefore) {
                    kinds.add(definition.group(1));
                    kinds.add(definition.group(2));
                }
            }
        }
        return kinds;
    }

    /**
     * 我国已先后设立22个自由贸易试验区 in a commentary naming the Shanghai, Guangdong, Fujian and Hubei zones: where a document
     * counts many zones of a kind and names three or more (two, of a count in the tens: 推动22个自贸试验区), none more often
     * than all the others together, its bare words for the kind (自贸试验区) mean the kind.
     */
    private Set<String> kindsCountedInGeneral(String text, List<String> zonesNamed) {
        Set<String> kinds = new java.util.HashSet<>();
        if (zonesNamed.stream().distinct().count() < MIN_ZONES_NAMED_OF_MANY_MORE) { // a document of one zone: no search of the whole text
            return kinds;
        }
        // The kind after 个 first, then the count before it: a pattern opening on one character is tried far faster.
        java.util.regex.Matcher counted = KIND_AFTER_A_COUNT.matcher(text);
        java.util.regex.Matcher number = COUNT.matcher(text);
        while (counted.find()) {
            if (!number.region(Math.max(0, counted.start() - COUNT_LENGTH), counted.start()).find()) {
                continue;
            }
            // 二十二个: a count in words is many where it has tens.
            int count = number.group().chars().allMatch(Character::isDigit) ? Integer.parseInt(number.group())
                    : number.group().contains("十") ? MANY_MORE_ZONES : 1;
            String kind = zone(counted.group(1), null);
            Map<String, Integer> named = new HashMap<>();
            // 上海自贸试验区临港新片区 names its free trade zone too (as 中国(上海)自由贸易试验区, however the count writes the kind).
            String written = kind.equals(FTZ_SHORT_KIND) ? FTZ_KIND : kind;
            zonesNamed.stream().map(zone -> zone.contains(written) ? zone.substring(0, zone.indexOf(written) + written.length()) : zone)
                    .filter(zone -> sameKind(zone, kind)).forEach(zone -> named.merge(zone, 1, Integer::sum));
            int most = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int all = named.values().stream().mapToInt(Integer::intValue).sum();
            // 推动22个自贸试验区…: of a count in the tens, two named as often as each other do.
            int enough = count >= MANY_MORE_ZONES ? MIN_ZONES_NAMED_OF_MANY_MORE : MIN_ZONES_NAMED;
            if (count >= MANY_ZONES && named.size() >= enough && most * 2 <= all) {
                BARE_ZONE_WORDS.stream().filter(word -> sameKind(written, zone(word, null))).forEach(kinds::add);
            }
        }
        return kinds;
    }

    private static final java.util.regex.Pattern KIND_AFTER_A_COUNT = java.util.regex.Pattern.compile(
            "个(综合保税区|自由贸易试验区|自贸试验区|经济技术开发区|高新技术产业开发区|国家级新区|综保区|经开区|高新区)");
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(?:[0-9]{1,3}|[二三四五六七八九十][十]?[一二三四五六七八九]?)$");
    private static final int COUNT_LENGTH = 3;

    private static final String SHORT_NAME_WORD = "简称";
    /** The longest kind word, a bracket and 以下 before 简称; a quoted short name of eight and its closing marks after it. */
    private static final int DEFINITION_BEFORE = 12;
    private static final int DEFINITION_AFTER = 14;
    private static final java.util.regex.Pattern KIND_DEFINED = java.util.regex.Pattern.compile(
            // The lookahead turns most positions away at their first character before the alternatives are tried.
            "(?=[综保自经高开国新])(综合保税区|保税港区|保税区|自由贸易试验区|自贸试验区|经济技术开发区|高新技术产业开发区|开发区|国家级新区|新区)[（(](?:以下)?简称[“\"]?([^”\"）)]{1,8}?)[”\"]?[）)]");

    private static final String CITY_LEVEL = "市";
    /** 委, 人民政府, 政府: what a city's party committee's or government's name ends in after the city's. */
    private static final String CITYS_BODY_WORDS = "(?:委|人民政府|政府)";
    private static final java.util.regex.Pattern NAMED_CITYS_BODY = java.util.regex.Pattern.compile("(\\p{IsHan}{1,5}?市)" + CITYS_BODY_WORDS);

    /**
     * The one city whose party committee or government the sentence names before {@code start}, a roster of offices and names
     * away at most, if any (苏州市委书记…会见南宁市委书记…，市委副书记: of host and guest, neither is sure; 唐山市政府考察团来郑
     * 考察，市委书记…会见: a visit between them, the host's).
     */
    private java.util.Optional<String> cityBodyBefore(String text, List<EntityMention> mentions, int sentence, int start) {
        Set<String> cities = new java.util.HashSet<>();
        int nearest = -1;
        for (int i = mentions.size() - 1; i >= 0 && mentions.get(i).sentenceIndex() >= sentence; i--) {
            EntityMention m = mentions.get(i);
            java.util.regex.Matcher city = m.sentenceIndex() == sentence && m.end() <= start && m.type() == EntityType.GOVERNMENT ? NAMED_CITYS_BODY.matcher(m.canonical()) : null;
            if (city != null && city.lookingAt() && gazetteerCanonical(EntityType.PLACE, city.group(1)) != null) {
                cities.add(city.group(1));
                nearest = Math.max(nearest, m.end());
            }
        }
        boolean aRosterAway = nearest >= 0 && start - nearest <= MAX_ROSTER_GAP && !VISIT.matcher(text).region(nearest, start).find();
        return cities.size() == 1 && aRosterAway ? java.util.Optional.of(cities.iterator().next()) : java.util.Optional.empty();
    }

    /** How far a roster's next body may be from the city's body before it (副书记、市长高俊峰，). */
    private static final int MAX_ROSTER_GAP = 24;
    private static final java.util.regex.Pattern VISIT = java.util.regex.Pattern.compile("考察|来|到|赴|访|会见|会谈|接待|欢迎|陪同|率");

    /** How many zones of one kind make a document a list of them, where a bare kind word means them all. */
    private static final int MANY_ZONES = 5;
    /** How many zones of the kind a document counts must name before its bare kind word means them all. */
    private static final int MIN_ZONES_NAMED = 3;
    private static final String GOVERNMENT = "政府";
    static final String PEOPLES_GOVERNMENT = "人民政府";
    private static final String FTZ_SHORT_KIND = "自贸试验区";
    private static final String FTZ_KIND = "自由贸易试验区";
    /** A count in the tens (22个自贸试验区), of which two named as often as each other are enough. */
    private static final int MANY_MORE_ZONES = 10;
    private static final int MIN_ZONES_NAMED_OF_MANY_MORE = 2;

    /** The longest zone kind word that stands alone before a committee (示范区, 产业园): no zone's name. */
    private static final int KIND_WORD_ALONE = 3;

    /** Committees any institution has, not only a zone's or a place's (管委会 is a zone's). */
    private static final Set<String> INSTITUTIONS_COMMITTEES = Set.of("党委", "党组");

    /** 工委: a zone's or a sector's working committee of the party (新区工委, 省委教育工委). */
    private static final String WORKING_COMMITTEE = "工委";
    static final Set<String> ZONE_BODIES = Set.of("管理委员会", "管委会", "管委", "党工委", "纪工委", "执委会", "执行委员会");

    /** A people's congress for short (市人大). */
    private static final String CONGRESS = "人大";

    /** The party's name before its committees (中共双峰县委). */
    static final String PARTY = "中共";

    /** Levels whose bare bodies (区委, 县政府, 市委, 州委, 镇党委, 旗委) a document names after naming the place's own bodies once. */
    private static final String LOCAL_LEVELS = "区县市州镇乡旗盟";

    /**
     * 黄岛区委书记孙永红…区委副书记、区长薄涛: a bare body of a level the home place does not explain (区委, 区政府) is the body of the
     * one place of that level whose bodies the document names in full, when it names only one (not 思明区委 and 湖里区委), or
     * else of the one such place its sentence names before it (苏州市委书记刘小涛，市委副书记、市长吴庆文 after 南宁市委 elsewhere).
     */
    private void linkBodiesOfTheOnePlaceNamed(List<EntityMention> mentions, Home home, String writer) {
        for (char level : LOCAL_LEVELS.toCharArray()) {
            Map<String, EntityMention> owners = new java.util.LinkedHashMap<>();
            List<EntityMention> ownerBodies = new ArrayList<>();
            for (EntityMention body : mentions) {
                String prefix = body.type() == EntityType.GOVERNMENT ? ownerPrefix(body.text(), level) : null;
                String place = prefix == null ? null : prefix.charAt(prefix.length() - 1) == level ? prefix.substring(0, prefix.length() - 1) : prefix;
                if (place != null) {
                    ownerBodies.add(body);
                }
                // 浦东新区区委 and 上海市浦东新区人民政府 are one district's bodies, named with and without its city.
                if (place != null && owners.keySet().stream().noneMatch(known -> known.endsWith(place) || place.endsWith(known))) {
                    owners.put(place, body);
                }
            }
            // 海盐县百步镇党委书记…县经信局、县商务局: with no body of the level named in full, the one county or district the
            // document names as a place owns its bare bodies.
            // 临泽县人民政府办公室 on the source line: where no body of the level is named in full, the place of the level whose
            // body issues the paper, before any other the text names.
            String onlyPlace = !owners.isEmpty() || "县区旗盟".indexOf(level) < 0 ? null
                    : java.util.Optional.ofNullable(issuersPlaceOfLevel(home.issuer(), level)).orElseGet(() -> onlyPlaceOfLevel(mentions, level));
            // 北京密云经济开发区's paper: its bare 区委 and 区住建委 are 密云区's, the district the zone is named after.
            onlyPlace = onlyPlace == null && owners.isEmpty() && level == DISTRICT_LEVEL && writer != null ? districtAZoneIsNamedAfter(writer, home.province()) : onlyPlace;
            if (owners.isEmpty() && onlyPlace == null) {
                // 鹰潭高新区经济发展局's paper: its bare 区财政局 and 区安委会 are the zone's own departments.
                if (level == DISTRICT_LEVEL && writer != null && !writer.endsWith(NEW_AREA)) {
                    linkDepartmentsToTheWritersZone(mentions, writer);
                }
                continue;
            }
            if (onlyPlace != null) {
                linkYouthLeagueOfLevel(mentions, level, onlyPlace);
                for (int i = 0; i < mentions.size(); i++) {
                    EntityMention bare = mentions.get(i);
                    if (bareBodyOfLevel(bare, level) && bare.text().length() > 1) {
                        mentions.set(i, new EntityMention(bare.type(), bare.start(), bare.end(), bare.text(),
                                canonical(EntityType.GOVERNMENT, onlyPlace + withoutSession(bare.text()).substring(1), home), bare.sentenceIndex()));
                    }
                }
                continue;
            }
            EntityMention onlyOwner = owners.size() == 1 ? owners.values().iterator().next() : null;
            if (onlyOwner != null) {
                String prefix = ownerPrefix(onlyOwner.text(), level);
                linkYouthLeagueOfLevel(mentions, level, prefix.charAt(prefix.length() - 1) == level ? prefix : prefix + level);
            }
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention bare = mentions.get(i);
                if (!bareBodyOfLevel(bare, level)) {
                    continue;
                }
                // 刘小涛会见南宁市委书记农融一行，市委副书记…: of two places' bodies before it in its sentence, neither is sure.
                List<EntityMention> before = ownerBodies.stream().filter(body -> body.sentenceIndex() == bare.sentenceIndex() && body.end() <= bare.start()).toList();
                boolean onePlaceBefore = before.stream().map(body -> ownerPrefix(body.text(), level)).distinct().count() == 1;
                EntityMention owner = onlyOwner != null ? onlyOwner : onePlaceBefore ? before.get(before.size() - 1) : null;
                if (owner == null) {
                    continue;
                }
                mentions.set(i, new EntityMention(bare.type(), bare.start(), bare.end(), bare.text(), samePlacesBody(owner, bare, level, home), bare.sentenceIndex()));
            }
        }
    }

    /**
     * 团县委 in a document whose bare 县委 is 嘉善县委: the Youth League's committee of the same county, 共青团嘉善县委员会, as
     * 共青团嘉善县委 is named in full.
     */
    private static void linkYouthLeagueOfLevel(List<EntityMention> mentions, char level, String place) {
        String bare = "团" + level + "委";
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.type() == EntityType.ORGANIZATION && m.text().equals(bare) && m.canonical().equals(bare)) {
                mentions.set(i, new EntityMention(m.type(), m.start(), m.end(), m.text(), "共青团" + place + "委员会", m.sentenceIndex()));
            }
        }
    }

    /** The canonical name of {@code bare} (市政府), a body of {@code level}, as the body of the place {@code owner} (牡丹江市委) is of. */
    private String samePlacesBody(EntityMention owner, EntityMention bare, char level, Home home) {
        String prefix = ownerPrefix(owner.text(), level);
        // 滨海新区区委 names its 区委 with the level twice; 滨海新区 + 政府 is its government.
        String word = withoutSession(bare.text());
        // 天津市滨海新|区人民政府…区委: a new area's party committee is its 区委 (滨海新区区委), not 滨海新区委.
        if ((prefix + level).endsWith(NEW_AREA) && word.equals(level + "委")) {
            return canonical(EntityType.GOVERNMENT, prefix + level + word, home);
        }
        return owner.text().endsWith(word) ? owner.canonical()
                : canonical(EntityType.GOVERNMENT, prefix.charAt(prefix.length() - 1) == level ? prefix + word.substring(1) : prefix + word, home);
    }

    /** 区委, 县商务局, 县委组织部: a body named by {@code level} alone, which nothing has linked to its place yet. */
    private boolean bareBodyOfLevel(EntityMention m, char level) {
        // 区十八届人大常委会: a congress's term is no part of its name.
        String word = withoutSession(m.text());
        String rest = word.length() >= 2 ? word.substring(1) : "";
        // 县委组织部, 县委农办, 县委办公室, 县政府督查室, 县人民政府督查室: so is a department or office of the level's committee or government.
        String department = word.length() > 2 && word.charAt(1) == '委' ? word.substring(2)
                : word.length() > 3 && word.startsWith(GOVERNMENT, 1) ? word.substring(1 + GOVERNMENT.length())
                : word.length() > 5 && word.startsWith(PEOPLES_GOVERNMENT, 1) ? word.substring(1 + PEOPLES_GOVERNMENT.length()) : "";
        // 市委政法委: a department the lexicon knows by its short name is one too.
        boolean committeesDepartment = !department.isEmpty() && (GovernmentBodySource.PARTY_DEPARTMENT.matcher(department).matches()
                || GovernmentBodySource.COMMITTEES_OFFICE.matcher(department).matches() || GENERAL_OFFICES.contains(department)
                || bodies.containsKey(department));
        return m.type() == EntityType.GOVERNMENT && m.text().charAt(0) == level && (bodies.containsKey(word) || bodies.containsKey(rest) || committeesDepartment)
                && m.canonical().equals(canonical(EntityType.GOVERNMENT, m.text(), Home.UNKNOWN));
    }

    private static final char DISTRICT_LEVEL = '区';
    /** 区委, 区人民政府, 区人大常委会, 区政协, 区纪委: a district's own leading bodies, which a zone has none of. */
    private static final java.util.regex.Pattern DISTRICTS_LEADING_BODY = java.util.regex.Pattern.compile("^区(?:委|人民政府|政府|人大|人民代表大会|政协|纪委|监委)");
    private static final java.util.regex.Pattern DEPARTMENT_WORD = java.util.regex.Pattern.compile("(?:局|委员会|办公室|站|中心|大队|分局|所)$");

    /** 区财政局 → 鹰潭高新技术产业开发区财政局: a bare district-level department in a zone's own paper is the zone's. */
    private void linkDepartmentsToTheWritersZone(List<EntityMention> mentions, String writer) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention bare = mentions.get(i);
            String word = bareBodyOfLevel(bare, DISTRICT_LEVEL) ? withoutSession(bare.text()) : null;
            String full = word == null ? null : canonical(EntityType.GOVERNMENT, word, Home.UNKNOWN);
            if (full != null && !DISTRICTS_LEADING_BODY.matcher(full).find() && DEPARTMENT_WORD.matcher(full).find()) {
                mentions.set(i, new EntityMention(bare.type(), bare.start(), bare.end(), bare.text(), writer + full.substring(1), bare.sentenceIndex()));
            }
        }
    }

    /**
     * 密云区 of 北京密云经济开发区: a listed district of the home province whose name, after the zone's listed place if any,
     * is all the zone's name holds before its kind; or null (not 大庆's 大同区 for 大同经济技术开发区, named after the city
     * 大同, nor 连云区 for 连云港经开区 or 红旗区 for 红旗渠经开区).
     */
    private String districtAZoneIsNamedAfter(String zone, String homeProvince) {
        for (int i = 0; i + 2 < zone.length(); i++) {
            if (i > 0 && gazetteerCanonical(EntityType.PLACE, zone.substring(0, i)) == null) {
                continue;
            }
            for (int length = 2; length <= 3 && i + length <= zone.length(); length++) {
                String name = zone.substring(i, i + length);
                if (!KIND_OF_A_DISTRICTS_ZONE.matcher(zone.substring(i + length)).matches()) {
                    continue;
                }
                String district = name + DISTRICT_LEVEL;
                List<GazetteerEntry> districts = gazetteer.lookup(district).stream().filter(entry -> entry.type() == EntityType.PLACE
                        && entry.kind().equals("DISTRICT") && entry.canonical().equals(district)).toList();
                // Of the home province, or the one district of the name where the text names no province.
                boolean home = homeProvince != null ? districts.stream().anyMatch(entry -> homeProvince.equals(entry.province())) : districts.size() == 1;
                if (home && gazetteerCanonical(EntityType.PLACE, name + "市") == null) {
                    return district;
                }
            }
        }
        return null;
    }

    /** 临泽县 of 临泽县人民政府办公室: the listed place of {@code level} opening the issuing body's name, or null. */
    private String issuersPlaceOfLevel(String issuer, char level) {
        return Home.placeOpening(issuer, prefix -> prefix.charAt(prefix.length() - 1) == level && gazetteerCanonical(EntityType.PLACE, prefix) != null);
    }

    /** 鹰潭高新技术产业开发区 of 鹰潭高新区经济发展局, 北京密云经济开发区 of …管委会: the zone opening the issuing body's name, or null. */
    private String issuersZone(String issuer) {
        String name = Home.withoutTheParty(issuer);
        for (int end = name == null ? 0 : name.length() - 1; end >= 4; end--) {
            String zone = name.substring(0, end);
            String body = name.substring(end);
            // Not 上海市浦东新区人民政府: a district's government, no zone's committee.
            if (ZONE_KIND_ENDING.matcher(zone).find() && (ZONE_BODIES.contains(body) || ZONES_DEPARTMENT.matcher(body).matches())) {
                return zone(zone, null);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern KIND_OF_A_DISTRICTS_ZONE = java.util.regex.Pattern.compile(
            "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|产业园区|工业园|产业园)");

    /** 经济发展局, 党政办公室, 规划建设部: a department of a zone's committee. */
    private static final java.util.regex.Pattern ZONES_DEPARTMENT = java.util.regex.Pattern.compile("\\p{IsHan}{1,12}(?:局|办公室|部|处|中心|委员会)");

    /**
     * The one listed place ending in {@code level} (海盐县) the document names, as a place or opening a body's name
     * (海盐县百步镇党委), or null when it names none or several.
     */
    private String onlyPlaceOfLevel(List<EntityMention> mentions, char level) {
        Set<String> places = new java.util.LinkedHashSet<>();
        // 乳源 for 乳源瑶族自治县: a county named only by its short name (a neighbour's short name beside a full name is no rival).
        Set<String> shortNamed = new java.util.LinkedHashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.PLACE && m.type() != EntityType.GOVERNMENT) {
                continue;
            }
            if (m.type() == EntityType.PLACE && !m.canonical().equals(m.text()) && m.canonical().charAt(m.canonical().length() - 1) == level
                    && gazetteerCanonical(EntityType.PLACE, m.canonical()) != null) {
                shortNamed.add(m.canonical());
                continue;
            }
            // 房县 and 雄县: a county's name may be one character and its level.
            for (int end = Math.min(m.text().length(), MAX_PLACE_NAME); end >= 2; end--) {
                String prefix = m.text().substring(0, end);
                if (prefix.charAt(end - 1) == level && gazetteerCanonical(EntityType.PLACE, prefix) != null) {
                    places.add(prefix);
                    break;
                }
            }
        }
        Set<String> named = places.isEmpty() ? shortNamed : places;
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /**
     * 黄岛 of 黄岛区委, 海沧 of 海沧区人民政府, 滨海新区 of 滨海新区区委: the name before a body word of the level, where the
     * body word starts with the level; null for a bare body or none of the level.
     */
    private String ownerPrefix(String surface, char level) {
        for (int i = surface.length() - 2; i >= 2; i--) {
            String body = surface.substring(i);
            // 自由贸易试验区管理委员会, 青岛西海岸新区工委: a zone's committee is no district's body.
            if (body.charAt(0) == level && (bodies.containsKey(body) || bodies.containsKey(body.substring(1))) && !ZONE_BODIES.contains(body.substring(1))
                    && !body.substring(1).equals(WORKING_COMMITTEE)) {
                // 中共沭阳县委: the party's name before a committee is no part of its place's (县税务局 is 沭阳县's).
                String prefix = surface.substring(0, i);
                return prefix.startsWith(PARTY) && prefix.length() > PARTY.length() ? prefix.substring(PARTY.length()) : withoutTheNationalBody(prefix);
            }
        }
        return null;
    }

    /**
     * 枣庄市薛城 of 国家税务总局枣庄市薛城区税务局: a branch's place is named after the listed body it belongs to (a national one,
     * whose name is four characters or more: 海关总署, 国家税务总局); the place's name may be one character (曹 of 国家税务总局曹县税务局).
     */
    private String withoutTheNationalBody(String prefix) {
        for (int end = SHORTEST_NATIONAL_BODY; end <= prefix.length() - 1; end++) {
            if (gazetteerCanonical(EntityType.GOVERNMENT, prefix.substring(0, end)) != null) {
                return prefix.substring(end);
            }
        }
        return prefix;
    }

    private static final int SHORTEST_NATIONAL_BODY = 4;

    /**
     * 四川省 of 省发展改革委 linked to 四川省发展和改革委员会: the listed place a body named by its level is of, or null (not
     * 国家市 of 市场监管总局).
     */
    private String placeOfLevel(EntityMention body) {
        // 自治区发展改革委 (内蒙古自治区发展和改革委员会): a region's level is three characters.
        String level = body.text().startsWith(AUTONOMOUS_REGION) ? AUTONOMOUS_REGION : body.text().substring(0, 1);
        int at = body.canonical().indexOf(level);
        String place = ("省市".contains(level) || level.equals(AUTONOMOUS_REGION)) && !body.canonical().equals(body.text()) && at > 0 && at <= MAX_PLACE_NAME
                ? body.canonical().substring(0, at + level.length()) : null;
        return place != null && gazetteerCanonical(EntityType.PLACE, place) != null ? place : null;
    }

    public static final String AUTONOMOUS_REGION = "自治区";
    private static final String SHENG = "省";
    private static final String AUTONOMOUS_PREFECTURE = "自治州";
    private static final String LEAGUE = "盟";

    /**
     * 陕西西咸新区 of 西咸新区公安局 (linked to 陕西西咸新区公安局): the listed zone or place a department's linked name opens
     * with, before its body word; else null.
     */
    private String zoneOfADepartment(EntityMention body) {
        for (int at = 1; at < body.text().length() - 1; at++) {
            Cue word = bodies.get(body.text().substring(at));
            if (word != null && body.canonical().endsWith(word.fullForm())) {
                String owner = body.canonical().substring(0, body.canonical().length() - word.fullForm().length());
                return owner.equals(gazetteerCanonical(EntityType.ZONE, owner)) || owner.equals(gazetteerCanonical(EntityType.PLACE, owner)) ? owner : null;
            }
        }
        return null;
    }

    /** The longest name of a province or city before its level character (内蒙古自治区 is no 省 or 市). */
    private static final int MAX_PLACE_NAME = 8;

    /** Where a list item ending at {@code end} starts: after the 、 before it, or after the zone before it (天津自贸试验区天津港、…). */
    private static int itemStart(String text, List<EntityMention> mentions, int end) {
        for (int i = end - 1; i > 0 && end - i <= MAX_AREA_ITEM; i--) {
            int at = i;
            char previous = text.charAt(i - 1);
            if (SentenceView.isPunctuation(previous) || mentions.stream().anyMatch(m -> m.type() == EntityType.ZONE && m.end() == at)) {
                return i;
            }
        }
        return -1;
    }

    private static final int MAX_AREA_ITEM = 10;

    /**
     * Where a document is from, for the names it leaves unsaid (市委, 市发改委): the province (or municipality) its
     * places and zones are mostly in, counting names inside longer names too (郑州新郑综合保税区 inside
     * 郑州新郑综合保税区管委会), and its city when one prefecture-level city is named at least three times and more than all others
     * together (a city's work report, not a province's news about several).
     *
     * @param prefecture the autonomous prefecture the document is about (德宏傣族景颇族自治州), whose bare 州委 and 州政府 are its, or
     *                   where it is about none, its league (锡林郭勒盟, whose bare 盟发改委 is its); or null
     * @param sheng      the province a bare 省 names (省委, 省发展改革委): the home province where it is a 省, or where it is an
     *                   autonomous region (which has no 省委) the 省 the document names most (浙江 in 浙江's farewell to its cadres
     *                   posted to 新疆); or null
     * @param issuer     the government body the page's source line or its title names as the document's issuer (临泽县人民政府办公室,
     *                   鹰潭高新区经济发展局), whose place or zone a bare 县委 or 管委会 is of where the text names none; or null
     * @param issuingCity the city whose body issues the document, by the text's first line or else the issuer (南安市), whose
     *                   全市 the document means; or null
     */
    record Home(String province, String provinceName, String city, String prefecture, String sheng, String issuer, String issuingCity) {

        /** The autonomous prefecture the document is of (its 州), not a league (盟), or null. */
        String autonomousPrefecture() {
            return prefecture != null && prefecture.endsWith(AUTONOMOUS_PREFECTURE) ? prefecture : null;
        }

        static final Home UNKNOWN = new Home(null, null, null, null, null, null, null);

        /** The home as of another city (whose bare 市委 is that city's, also in a municipality's document). */
        Home withCity(String otherCity) {
            boolean municipality = province != null && MUNICIPALITIES.contains(province) && !otherCity.startsWith(province);
            return municipality ? new Home(null, null, otherCity, prefecture, null, issuer, issuingCity)
                    : new Home(province, provinceName, otherCity, prefecture, sheng, issuer, issuingCity);
        }

        /** 临泽县人民政府办公室, 鹰潭高新区经济发展局, 中共临泽县委: a government body a source line names (not 新华网, 荣成市融媒体中心). */
        private static final java.util.regex.Pattern ISSUING_BODY = java.util.regex.Pattern.compile(
                "\\p{IsHan}{2,30}(?:局|委员会|委|人民政府|政府|办公室|办公厅|厅|管委会|党工委|工委)");
        /** 临泽县人民政府第41次常务会议纪要, 中共某县委关于…: a title opened by the government body whose paper it is. */
        private static final java.util.regex.Pattern TITLE_OPENED_BY_A_BODY = java.util.regex.Pattern.compile(
                "^((?:中共)?\\p{IsHan}{2,16}?(?:人民政府|管理委员会|管委会|党工委|[县市区旗]委)(?:办公室)?)(?!常委|委员)");

        /** The body that issues the document by its source line, or else by its title's opening words; null where neither names one. */
        static String issuer(String source, String title) {
            String fromSource = source == null ? null : source.strip();
            if (fromSource != null && ISSUING_BODY.matcher(fromSource).matches()) {
                return fromSource;
            }
            java.util.regex.Matcher opened = title == null ? null : TITLE_OPENED_BY_A_BODY.matcher(title.strip());
            return opened != null && opened.find() ? opened.group(1) : null;
        }

        /** The city (南安市, a county's city too) whose body {@code issuer} is, or null. */
        private static String issuersCity(String issuer, Gazetteer gazetteer) {
            return placeOpening(issuer, prefix -> prefix.endsWith("市") && gazetteer.lookup(prefix).stream().anyMatch(entry -> entry.type() == EntityType.PLACE
                    && (entry.kind().equals("CITY") || entry.kind().equals("COUNTY_CITY")) && entry.canonical().equals(prefix)));
        }

        /** The longest start of the issuer's name (中共 aside) that {@code listed} takes for a place of it, or null. */
        static String placeOpening(String issuer, java.util.function.Predicate<String> listed) {
            String name = withoutTheParty(issuer);
            for (int end = name == null ? 0 : Math.min(name.length() - 1, MAX_PLACE_NAME); end >= 2; end--) {
                if (listed.test(name.substring(0, end))) {
                    return name.substring(0, end);
                }
            }
            return null;
        }

        /** 临泽县委 of 中共临泽县委: the party's name is no part of its place's. */
        static String withoutTheParty(String issuer) {
            return issuer == null ? null : issuer.startsWith(PARTY) ? issuer.substring(PARTY.length()) : issuer;
        }

        /** From every lexicon hit of the document, nested ones included; the province's full name from the lists. */
        private static final Set<String> NO_PROVINCIAL_BODIES = Set.of("香港", "澳门", "台湾");

        /** A home province is named at least once in this many of the places and zones a document names. */
        private static final int HOME_SHARE = 3;

        static Home of(String text, List<Lexicon.Hit> hits, Gazetteer gazetteer, String source, String title) {
            Map<String, Integer> provinces = new HashMap<>();
            Map<String, Integer> cities = new HashMap<>();
            Map<String, Integer> prefectures = new HashMap<>();
            Map<String, Integer> leagues = new HashMap<>();
            Set<String> headedCities = new java.util.HashSet<>();
            Set<String> conveningCities = new java.util.HashSet<>();
            int leadEnd = leadEnd(text);
            for (Lexicon.Hit hit : hits) {
                for (GazetteerEntry entry : hit.value().entries()) {
                    if ((entry.type() == EntityType.PLACE || entry.type() == EntityType.ZONE) && !entry.province().isEmpty()) {
                        provinces.merge(entry.province(), 1, Integer::sum);
                        // 喀什地区, a prefecture, has no 市委 or 市长: the city a bare 市委 is of ends in 市. A county-level city
                        // (满洲里市) has its own 市委 and 市商务局, and a document about it names it more than its prefecture.
                        if (entry.kind().equals("AUTONOMOUS_PREFECTURE")) {
                            prefectures.merge(entry.canonical(), 1, Integer::sum);
                        }
                        if (entry.kind().equals("LEAGUE")) {
                            leagues.merge(entry.canonical(), 1, Integer::sum);
                        }
                        if ((entry.kind().equals("CITY") || entry.kind().equals("COUNTY_CITY")) && entry.canonical().endsWith("市")) {
                            cities.merge(entry.canonical(), 1, Integer::sum);
                            if (headedAt(text, hit)) {
                                headedCities.add(entry.canonical());
                            }
                            if (convenesAt(text, hit, leadEnd)) {
                                conveningCities.add(entry.canonical());
                            }
                        }
                        break;
                    }
                }
            }
            // 横琴…澳门特区政府…省委、省政府: Hong Kong, Macao and Taiwan have no 省委 or 省政府 of ours; a document naming them and a province is the
            // province's, however often it names them.
            if (provinces.keySet().stream().anyMatch(p -> !NO_PROVINCIAL_BODIES.contains(p))) {
                provinces.keySet().removeAll(NO_PROVINCIAL_BODIES);
            }
            // 商务部办公厅关于…综合保税区发展绩效评估结果的通报: a national paper names many provinces' zones, none of them its home;
            // a province's own paper names it at least a third of the time.
            int allProvinces = provinces.values().stream().mapToInt(Integer::intValue).sum();
            String province = provinces.entrySet().stream().max(Map.Entry.comparingByValue()).filter(e -> e.getValue() * HOME_SHARE >= allProvinces)
                    .map(Map.Entry::getKey).orElse(null);
            int allCities = cities.values().stream().mapToInt(Integer::intValue).sum();
            // 牡丹江市市长尉迟国栋主持召开市政府常务会议: the one city whose head the document names is its city, however often
            // it names another city's zones and bodies (绥芬河综合保税区, 绥芬河海关).
            // 中共青岛市委组织部关于市管干部任职前公示的通告: a paper issued by a city's body is that city's, whatever cities it names after.
            // 南平市人民政府召开第五次全体会议: the city whose government holds the meeting is the city, whatever other city's
            // head speaks at it (邵武市市长吴俊杰作了表态发言).
            // 南安市工业和信息化局 on the source line: the city whose body issues the paper, whatever city's bodies it names.
            String issuer = issuer(source, title);
            String issuingCity = java.util.Optional.ofNullable(issuingCity(text, hits)).orElseGet(() -> issuersCity(issuer, gazetteer));
            String city = issuingCity != null ? issuingCity : conveningCities.size() == 1 ? conveningCities.iterator().next()
                    : headedCities.size() == 1 ? headedCities.iterator().next()
                    : cities.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getValue() * 2 > allCities).map(Map.Entry::getKey).findFirst().orElse(null);
            // 本报讯…州人民政府召开全州三季度经济运行调度会: a local paper's own news may never name its place. The prefecture or
            // league a paper is named after (黔西南日报) is the 州 of its bare 州委, whatever other prefecture (黔南州, its partner)
            // or county's city (兴义市) the text names; the city (南平日报) is the home city where the text names none.
            GazetteerEntry papersPlace = papersPlace(source, gazetteer);
            boolean papersPrefecture = papersPlace != null && !papersPlace.kind().equals("CITY");
            boolean papersCity = papersPlace != null && papersPlace.kind().equals("CITY") && city == null;
            city = papersCity ? papersPlace.canonical() : city;
            province = province == null && (papersPrefecture || papersCity) ? papersPlace.province() : province;
            String provinceName = province == null ? null : gazetteer.lookup(province).stream()
                    .filter(entry -> entry.type() == EntityType.PLACE).map(GazetteerEntry::canonical).findFirst().orElse(null);
            // 德宏州与缅甸山水相连…州委、州政府: the one prefecture a document names most, at least twice, is the 州 of its bare 州委;
            // where it names none so, the league it names so is the 盟 of its bare 盟发改委.
            String prefecture = papersPrefecture ? papersPlace.canonical() : namedMost(prefectures);
            prefecture = prefecture != null ? prefecture : namedMost(leagues);
            // The home province, where it is a 省; where it is an autonomous region, the 省 the document names most.
            Map<String, Integer> shengs = new HashMap<>();
            provinces.forEach((name, count) -> {
                if (!NO_PROVINCIAL_BODIES.contains(name) && gazetteer.lookup(name).stream()
                        .anyMatch(entry -> entry.type() == EntityType.PLACE && entry.kind().equals("PROVINCE") && entry.canonical().endsWith(SHENG))) {
                    shengs.put(name, count);
                }
            });
            String sheng = provinceName == null ? null : shengs.containsKey(province) ? province
                    : provinceName.endsWith(AUTONOMOUS_REGION) ? namedMost(shengs) : null;
            return new Home(province, provinceName, city, prefecture, sheng, issuer, issuingCity);
        }

        /**
         * The city, autonomous prefecture or league a local paper is named after (黔西南 of 黔西南日报, 楚雄州 of 楚雄日报), or null; none
         * for a province's paper (吉林日报 is the province's, not 吉林市's).
         */
        private static GazetteerEntry papersPlace(String source, Gazetteer gazetteer) {
            String outlet = PositionExtractor.outletsName(source);
            java.util.regex.Matcher paper = outlet == null ? null : PAPERS_PLACE.matcher(outlet);
            if (paper == null || !paper.matches()) {
                return null;
            }
            List<GazetteerEntry> places = gazetteer.lookup(paper.group(1)).stream().filter(entry -> entry.type() == EntityType.PLACE).toList();
            if (places.stream().anyMatch(entry -> entry.kind().equals("PROVINCE"))) {
                return null;
            }
            // 楚雄日报: a prefecture listed by its 州 only, whose bare name is a county's city's (楚雄市).
            return java.util.stream.Stream.concat(places.stream(), gazetteer.lookup(paper.group(1) + AUTONOMOUS_PREFECTURES_SHORT).stream()
                            .filter(entry -> entry.type() == EntityType.PLACE && entry.kind().equals("AUTONOMOUS_PREFECTURE")))
                    .filter(entry -> PAPERS_PLACES.contains(entry.kind())).findFirst().orElse(null);
        }

        private static final String AUTONOMOUS_PREFECTURES_SHORT = "州";

        private static final java.util.regex.Pattern PAPERS_PLACE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,9}?)(?:日报|晚报|都市报|报)");
        private static final Set<String> PAPERS_PLACES = Set.of("CITY", "AUTONOMOUS_PREFECTURE", "LEAGUE");

        /** The one of {@code named} a document names at least twice and more often than all the others together, or null. */
        private static String namedMost(Map<String, Integer> named) {
            int all = named.values().stream().mapToInt(Integer::intValue).sum();
            return named.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getValue() * 2 > all).map(Map.Entry::getKey).findFirst().orElse(null);
        }

        /** The city whose party committee or government opens the title line (中共青岛市委组织部关于…), or null. */
        private static String issuingCity(String text, List<Lexicon.Hit> hits) {
            int titleEnd = text.indexOf('\n');
            if (titleEnd < 0) {
                return null;
            }
            int opening = text.startsWith(PARTY) ? PARTY.length() : 0;
            return hits.stream().filter(hit -> hit.start() == opening && hit.end() < titleEnd)
                    .flatMap(hit -> hit.value().entries().stream().filter(entry -> entry.type() == EntityType.PLACE
                            && (entry.kind().equals("CITY") || entry.kind().equals("COUNTY_CITY")) && entry.canonical().endsWith("市")
                            && CITY_BODY.matcher(text).region(hit.end() - (text.charAt(hit.end() - 1) == '市' ? 1 : 0), titleEnd).lookingAt()))
                    .map(GazetteerEntry::canonical).findFirst().orElse(null);
        }

        private static final java.util.regex.Pattern CITY_BODY = java.util.regex.Pattern.compile("市" + CITYS_BODY_WORDS);

        /**
         * 南平市人民政府召开, 青岛市委举行: the city's name right before its government or committee holding a meeting, in the text's first
         * two lines (its lead, after the title where the text opens with one), where a report says whose meeting it is; not a city
         * named in passing further on (要办好由福州市人民政府举行的峰会).
         */
        private static boolean convenesAt(String text, Lexicon.Hit hit, int leadEnd) {
            return hit.end() <= leadEnd && text.charAt(hit.end() - 1) == '市' && CONVENES.matcher(text).region(hit.end(), text.length()).lookingAt();
        }

        /** Where the text's second line ends (or the text, if shorter): the title and lead a meeting's host is read in. */
        private static int leadEnd(String text) {
            int titleEnd = text.indexOf('\n');
            int leadEnd = titleEnd < 0 ? -1 : text.indexOf('\n', titleEnd + 1);
            return leadEnd < 0 ? text.length() : leadEnd;
        }

        private static final java.util.regex.Pattern CONVENES = java.util.regex.Pattern.compile(CITYS_BODY_WORDS + "(?:召开|举行)");

        /**
         * 牡丹江市市长, 牡丹江市长, 鹤岗市委书记, 东宁市人民政府市长: the city's name right before its mayor's or party secretary's
         * title, or its government's.
         */
        private static boolean headedAt(String text, Lexicon.Hit hit) {
            int end = hit.end();
            for (String government : List.of(PEOPLES_GOVERNMENT, GOVERNMENT)) {
                if (text.charAt(end - 1) == '市' && text.startsWith(government + "市长", end)) {
                    return true;
                }
            }
            // 南京市长江大桥: 市 and the Yangtze's name.
            boolean mayor = text.startsWith("市长", end) && !text.startsWith("市长江", end);
            // A name listed with its 市 (牡丹江市) shares it with the title (牡丹江市委书记).
            return mayor || text.startsWith("市委书记", end) || text.charAt(end - 1) == '市' && text.startsWith("委书记", end);
        }

        /**
         * 省长 许昆林 in Jiangsu's work report, 市长殷勇 in a Beijing document: the government a bare head's title (省长,
         * 副市长) heads is the home province's or city's (a municipality is its own city), or null.
         */
        String headedBy(String title) {
            // 自治区副主席 is a deputy of the region's head as 副省长 is of a province's.
            String head = PositionExtractor.headOf(title).replace("自治区副主席", "自治区主席");
            // 自治区主席 in Guangxi's documents heads 广西壮族自治区, as 省长 heads a province (not 上海市, which has a 市长).
            if (head.equals("省长") && provinceName != null && provinceName.endsWith("省")
                    || head.equals("自治区主席") && provinceName != null && provinceName.endsWith("自治区")) {
                return provinceName;
            }
            // 州长 in 黔西南's paper heads its autonomous prefecture's government, 盟长 in a league's its league's.
            if (head.equals("州长")) {
                return autonomousPrefecture();
            }
            if (head.equals("盟长")) {
                return prefecture != null && prefecture.endsWith("盟") ? prefecture : null;
            }
            return head.equals("市长") ? (city != null ? city : province != null && MUNICIPALITIES.contains(province) ? provinceName : null) : null;
        }
    }
}
