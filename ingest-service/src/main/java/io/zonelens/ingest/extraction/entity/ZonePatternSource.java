package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zones named by a place or proper name plus a zone suffix (临港综合保税区, 南昌经开区). A short kind word on its
 * own (保税区, 综保区, 经开区) is proposed as a "bare" zone, which the linker keeps only when the document names
 * the zone it stands for, and not after a word that makes it general (全国综保区).
 */
public class ZonePatternSource implements EntityCandidateSource {

    /**
     * 中国（江苏）自由贸易试验区连云港片区连云港综合保税区保税物流中心: listed zones written one after another before the kind
     * word (an area, then the bonded zone in it) are names of their own; the name ending in the kind opens with the last.
     */
    private static int afterListedZonesWrittenOneAfterAnother(SentenceView view, int anchor, int kindStart) {
        int start = anchor;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Lexicon.Hit first : view.hits()) {
                int end = first.end();
                if (first.start() == start && end < kindStart && first.hasType(EntityType.ZONE) && view.hits().stream()
                        .anyMatch(next -> next.start() == end && next.end() <= kindStart && next.end() > end + 1 && next.hasType(EntityType.ZONE))) {
                    start = end;
                    moved = true;
                    break;
                }
            }
        }
        return start;
    }

    /** How many words of a park's trade may stand between a city's brackets and the park's kind (跨境/电商). */
    private static final int MAX_TRADE_WORDS = 2;

    public static final String BARE = "bare-zone";
    static final String NAME = "zone-pattern";
    /** Source of short names listed before their kind; the kind's full name follows the prefix (see {@link #kindOf}). */
    static final String LISTED_BEFORE_KIND = "zone-list:";
    /** 片区: an area of a pilot free trade zone, bare for the one area the document names. */
    static final String FTZ_AREA = "片区";
    /**
     * Kind words that stand bare for the zone of the kind a document names (综保区 in a 南昌综合保税区 document), the
     * "cities" of a zone among them (生态城 in a 中新天津生态城 document, 科技城).
     */
    static final Set<String> BARE_WORDS = Set.of("保税区", "综保区", "经开区", "高新区", "开发区", "试验区", "自贸区", "自贸试验区", "保税港区", "自贸港", "边合区", "新片区", "合作区", "经济合作区", "实验区", "新区", "港务区",
            "生态城", "科技城", "科学城", "先行区", FTZ_AREA);
    /**
     * The "cities" of {@link #BARE_WORDS}: bare only where no noun, adjective, distinguishing word, numeral or side (西部科学城)
     * before them opens a name.
     */
    static final Set<String> CITY_WORDS = Set.of("生态城", "科技城", "科学城");

    private final Gazetteer gazetteer;

    public ZonePatternSource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The full kind name a short name listed before it takes (综合保税区 of 郑州新郑、…等综合保税区), or null. */
    static String kindOf(EntityCandidate candidate) {
        return candidate.source().startsWith(LISTED_BEFORE_KIND) ? candidate.source().substring(LISTED_BEFORE_KIND.length()) : null;
    }

    static final String PARK = "园区";
    private static final String ECONOMIC_AREA = "经济区";
    private static final String REGION = "REGION";
    /** 东北地区, 中西部, 西部地区: a region named by its part of the country (not 雄安 or 北部湾, which zones are named after). */
    private static final java.util.regex.Pattern MACRO_REGION = java.util.regex.Pattern.compile("(?:地区|部)$");
    private static final int MAX_GENERIC_KIND = 6;
    /** Kinds of zone that many places have, so that a macro-region before one names a class (东北地区综合保税区). */
    private static final Set<String> GENERIC_AFTER_A_REGION = Set.of("综合保税区", "综保区", "保税区", "经济技术开发区", "经开区", "高新区", "开发区");
    private static final java.util.regex.Pattern PLOTS_BOUND = java.util.regex.Pattern.compile("[东西南北]至");

    /** The sentence gives two of a plot's bounds at least (东至…，西至…). */
    private static boolean boundsOfAPlot(SentenceView view) {
        java.util.regex.Matcher bound = PLOTS_BOUND.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        return bound.find() && bound.find();
    }
    private static final java.util.regex.Pattern MAJOR_ONES = java.util.regex.Pattern.compile("[一二两三四五六七八九十几多]大");

    /** A kind word standing alone for a zone: not the end of a longer kind, nor zones in general, a strategy or a division's field. */
    private static boolean bareWordOfAZone(SentenceView view, Lexicon.Hit hit) {
        // 协同创新区: HanLP's 创/新区 holds an innovation district, no new area.
        boolean innovation = view.text().startsWith(NEW_AREA, hit.start()) && hit.start() > view.sentence().start() && view.charAt(hit.start() - 1) == '创';
        return !innovation && !insideLongerSuffix(view, hit) && !NameAnchors.generalBefore(view, hit.start()) && !aKindInGeneral(view, hit) && !aDivisionsField(view, hit.end())
                && !anotherKindInBrackets(view, hit);
    }

    /**
     * 全市综合保税区（保税区）: a kind in brackets right after another kind's bare word counts the zones of both kinds, none in
     * particular (not 钦州综合保税区（综保区）, a named zone's short name).
     */
    private static boolean anotherKindInBrackets(SentenceView view, Lexicon.Hit hit) {
        int bracket = hit.start() - 1;
        return bracket > view.sentence().start() && "（(".indexOf(view.charAt(bracket)) >= 0
                && view.hits().stream().anyMatch(kind -> kind.end() == bracket && kind.cue(Cue.CueFamily.ZONE_SUFFIX) != null
                        && view.hits().stream().noneMatch(named -> named.end() == bracket && named.start() < kind.start() && named.hasType(EntityType.ZONE))
                        && view.hits().stream().noneMatch(place -> place.end() == kind.start() && place.hasType(EntityType.PLACE, EntityType.ZONE)));
    }

    /**
     * 迪拜杰/ag 贝/b 阿里/nt 自由区: a foreign name HanLP broke into single characters before the anchor runs back to the
     * foreign place before it (杰贝阿里 after 迪拜); else the anchor.
     */
    private static int foreignNameBrokenBefore(SentenceView view, int anchor) {
        int start = anchor;
        int taken = 0;
        for (int index = view.tokenAt(anchor - 1); index >= 0 && taken < MAX_BROKEN_CHARACTERS; index--, taken++) {
            Token piece = view.tokens().get(index);
            if (piece.end() != start || piece.word().length() != 1 || !SentenceView.isHan(piece.word()) || Pos.isBoundary(piece)
                    || FUNCTION_TAGS.stream().anyMatch(piece::posStartsWith)) {
                break;
            }
            start = piece.start();
        }
        int nameStart = start;
        return start < anchor && view.hits().stream().anyMatch(hit -> hit.end() == nameStart && hit.hasType(EntityType.PLACE)
                && hit.value().entries().stream().anyMatch(GazetteerEntry::isForeign)) ? start : anchor;
    }

    private static final int MAX_BROKEN_CHARACTERS = 4;
    /** Tags of words that go on with the clause (verbs, prepositions, counts …), never pieces of a name. */
    private static final List<String> FUNCTION_TAGS = List.of("p", "c", "u", "d", "v", "m", "q", "r", "f", "w", "y", "e");

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            Cue cue = hit.cue(Cue.CueFamily.ZONE_SUFFIX);
            // 临空经济区域协同: a kind word running into 区域 (region) names no zone.
            if (cue == null || view.charAt(hit.end()) == '域' || tradeAgreementArea(view, cue, hit.start())) {
                continue;
            }
            // 中西部和东北地区综合保税区: a macro-region before a kind of zone says which zones of the kind, and names none.
            if (view.hits().stream().anyMatch(region -> region.end() <= hit.start() && hit.end() - region.end() <= MAX_GENERIC_KIND
                    && GENERIC_AFTER_A_REGION.contains(view.slice(region.end(), hit.end())) && MACRO_REGION.matcher(view.slice(region.start(), region.end())).find()
                    && region.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && REGION.equals(entry.kind())))) {
                continue;
            }
            // The longest reading: 温州 + 瓯 + 江口 + 新区, not 江口新区.
            int anchor = NameAnchors.placeOrZoneEndingAt(view, hit.start(), false);
            int placeAndNouns = NameAnchors.placeAndNounsEndingAt(view, hit.start());
            anchor = anchor < 0 || placeAndNouns >= 0 && placeAndNouns < anchor ? placeAndNouns : anchor;
            // 补齐/nz 园区, 东盟国家园区: the bare park word names a zone only after a listed place or zone and the park's own
            // words, not after countries in general.
            int parkAnchor = anchor;
            // 园区生物医药产业, 落户园区: the park word alone is the document's park where it names one (苏州工业园区), as 保税区 is;
            // only opening a clause or after a verb or preposition (物流园区, 自由贸易园区: kinds of park).
            if (cue.word().equals(PARK) && anchor < 0 && bareWordOfAZone(view, hit) && afterAVerbOrMark(view, hit.start())) {
                candidates.add(new EntityCandidate(EntityType.ZONE, hit.start(), hit.end(), BARE, 0.3));
                continue;
            }
            if (cue.word().equals(PARK) && (anchor < 0 || view.slice(anchor, hit.start()).endsWith("国家")
                    || view.hits().stream().noneMatch(named -> named.start() == parkAnchor && named.hasType(EntityType.PLACE, EntityType.ZONE)))) {
                continue;
            }
            anchor = anchor < 0 ? NameAnchors.chinaAndPlaceEndingAt(view, hit.start()) : anchor;
            // 中德（芜湖）产业合作园, 中国—东盟（南宁）跨境电商产业园: a noun of the park's trade (or two) may stand between the
            // brackets and the kind.
            int tradeWord = view.tokenAt(hit.start() - 1);
            for (int words = 0, wordEnd = hit.start(); anchor < 0 && tradeWord >= 0 && words < MAX_TRADE_WORDS; words++, tradeWord--) {
                Token trade = view.tokens().get(tradeWord);
                if (trade.end() != wordEnd || !(trade.posStartsWith("n") || trade.pos().equals("vn")) || trade.word().length() != 2
                        || trade.start() <= view.sentence().start()) {
                    break;
                }
                anchor = NameAnchors.chinaAndPlaceEndingAt(view, trade.start());
                wordEnd = trade.start();
            }
            anchor = anchor < 0 ? coreOfAListedZoneEndingAt(view, hit.start()) : anchor;
            anchor = anchor < 0 ? NameAnchors.learnedNameEndingAt(view, hit.start()) : anchor;
            anchor = anchor < 0 ? countyNamedShortEndingAt(view, hit.start()) : anchor;
            anchor = anchor < 0 ? countryPairEndingAt(view, hit.start()) : anchor;
            anchor = anchor < 0 && cue.word().contains(JOINT_KIND) ? twoCitiesPairEndingAt(view, hit.start()) : anchor;
            // 磨憨—磨丁经济合作区: a listed zone whose name no place opens, for the partners before it.
            anchor = anchor < 0 ? view.hits().stream().filter(zone -> zone.end() == hit.end() && zone.start() < hit.start() && zone.hasType(EntityType.ZONE))
                    .mapToInt(Lexicon.Hit::start).min().orElse(-1) : anchor;
            anchor = anchor > 0 ? cityAndDirectionBefore(view, anchor) : anchor;
            anchor = anchor > 0 ? foreignNameBrokenBefore(view, anchor) : anchor;
            int pairBefore = anchor > 0 ? countryPairEndingAt(view, anchor) : -1;
            anchor = pairBefore >= 0 ? pairBefore : anchor;
            // 马来西亚—中国关丹产业园: the partner named before a dash opens the name of the park in the other's name.
            int opening = anchor;
            int partner = anchor > 0 ? view.hits().stream().filter(place -> place.start() == opening && place.hasType(EntityType.PLACE))
                    .mapToInt(place -> NameAnchors.partnersJoinedByADashEndingAt(view, place.end())).max().orElse(-1) : -1;
            anchor = partner >= 0 ? partner : anchor;
            // 前海蛇口自贸片区 is the listed 前海蛇口片区, not an area named after 蛇口 alone.
            int listedArea = cue.word().equals("自贸片区") ? listedShortNameEndingAt(view, hit.start(), "片区") : -1;
            anchor = listedArea >= 0 && (anchor < 0 || listedArea < anchor) ? listedArea : anchor;
            anchor = anchor >= 0 ? afterListedZonesWrittenOneAfterAnother(view, anchor, hit.start()) : anchor;
            anchor = anchor >= 0 ? withoutItsCityNamedTwice(view, anchor, hit.end()) : anchor;
            anchor = anchor >= 0 ? withoutADistrictBeforeItsCity(view, anchor, hit.start()) : anchor;
            // 厦门自贸片区 is the listed 厦门片区; no area is named after a province (江苏自贸片区工作推进会).
            boolean unlistedArea = anchor >= 0 && cue.word().equals("自贸片区")
                    && gazetteer.lookup(view.slice(anchor, hit.start()) + "片区").stream().noneMatch(entry -> entry.type() == EntityType.ZONE);
            // 成渝经济区, 北部湾经济区: a region's economic area is a region of planning, as 海峡西岸经济区 is listed, no zone.
            int regionEnd = hit.start();
            if (anchor >= 0 && cue.word().equals(ECONOMIC_AREA) && view.hits().stream().anyMatch(region -> region.end() == regionEnd
                    && region.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && REGION.equals(entry.kind())))) {
                continue;
            }
            // 支持东部地区综合保税区, 沿海地区综保区: zones of a part of the country, no zone in particular.
            if (anchor >= 0 && NATIONAL_KINDS.contains(cue.word()) && PART_OF_THE_COUNTRY.matcher(view.slice(anchor, hit.start())).matches()) {
                continue;
            }
            // 新时代自贸试验区建设: an era's zones of a kind, no zone in particular; 三大片区, 两大新区: a count of them.
            if (anchor >= 0 && (ERAS.contains(view.slice(anchor, hit.start())) || MAJOR_ONES.matcher(view.slice(anchor, hit.start())).matches())) {
                continue;
            }
            // 江苏综合保税区进出口规模居全国第1位, 江苏开发区: a province's zones of a kind, together (not 上海综合保税区, a city's, nor
            // 安徽自贸试验区: a province has one free trade zone).
            if (anchor >= 0 && provincesZonesOfAKind(view, anchor, hit.end())
                    && gazetteer.lookup(view.slice(anchor, hit.end())).stream().noneMatch(entry -> entry.type() == EntityType.ZONE)) {
                continue;
            }
            // 东至园区道路，西至综保区围网: a plot's bounds before the kind word name no zone of their own, where the sentence gives
            // two bounds at least (东至经开区 alone is the county's, 东至县).
            if (anchor >= 0 && PLOTS_BOUND.matcher(view.text()).region(anchor, hit.start()).lookingAt() && boundsOfAPlot(view)) {
                anchor = -1;
            }
            // 报省开发区工作领导小组: a level word (省, 市, 县), alone or after one character that makes no place's name with it
            // (not 和县, 渠县, 津市, which HanLP knows as places), names the level's zones of the kind, no zone.
            if (anchor >= 0 && LEVEL_AND_KIND.matcher(view.slice(anchor, hit.start())).matches() && view.hits().stream()
                    .noneMatch(place -> place.start() == hit.start() - 2 && place.end() == hit.start() && place.hasType(EntityType.PLACE))
                    && !String.valueOf(CoreWords.firstNature(view.slice(anchor, hit.start()))).startsWith("ns")) {
                continue;
            }
            // 支持上饶、鹰潭申报综合保税区: a verb of applying between the place and the kind word makes a clause, no name.
            if (anchor >= 0 && !unlistedArea && !afterAFirmsName(view, anchor) && !throughABody(view, anchor, hit.start()) && !throughAVerb(view, anchor, hit.start())
                    && !acrossAJoinedInstitution(view, anchor, hit.start())
                    // 合肥市全年综保区进出口: a period or a locative between the place and the kind word makes no name of them;
                    // nor does a count (湘潭三大园区, 株洲一个开发区: the city's zones, counted) or a rank (黑龙江省首个综合保税区).
                    // (万年/mq 高新区, 上饶市万年高新区: a listed county HanLP reads as a count, right before the kind, is its name.)
                    && view.tokensWithin(anchor, hit.start()).stream().noneMatch(token -> (Pos.isTimeOrLocation(token) || Pos.isCountWord(token)
                            || token.pos().equals("mq")) && !(token.end() == hit.start() && !gazetteer.countiesNamed(token.word()).isEmpty())) && !RANK_AMONG_ZONES.matcher(view.slice(anchor, hit.start())).find()) {
                candidates.add(new EntityCandidate(EntityType.ZONE, partnersBefore(view, anchor), withItsType(view, hit.end()), name(), 0.8));
            } else if (BARE_WORDS.contains(cue.word()) && bareWordOfAZone(view, hit) && !openedByTheWordBefore(view, hit.start(), cue.word())) {
                candidates.add(new EntityCandidate(EntityType.ZONE, hit.start(), hit.end(), BARE, 0.3));
            }
        }
        candidates.addAll(listedZonesAfterTheirPlace(view));
        candidates.addAll(shortNamesBeforeTheirKind(view));
        candidates.addAll(shortNamesBeforeAListedZone(view));
        candidates.addAll(sameNameInAnotherProvince(view));
        candidates.addAll(parksOfAListedZone(view));
        candidates.addAll(parksWithAPartnerCountry(view));
        return candidates;
    }

    private static final java.util.regex.Pattern LEVEL_AND_KIND = java.util.regex.Pattern.compile("\\p{IsHan}?[省市县]");

    static final String NEW_AREA = "新区";
    /** 首个, 唯一的: a zone's rank among those of a place, which describes it and names none. */
    private static final String RANKS = "首个|首家|第一个|唯一的?|又一个";
    private static final java.util.regex.Pattern RANK_AMONG_ZONES = java.util.regex.Pattern.compile(RANKS + "|最大的?");

    /** 落户园区, 。园区, 在园区: opening the sentence or after a mark, a verb (not a verbal noun) or a preposition. */
    private static boolean afterAVerbOrMark(SentenceView view, int start) {
        String pos = posBefore(view, start);
        return pos == null || pos.startsWith("w") || pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("p");
    }

    /**
     * 城市新区, 未来科学城, 西部科学城, 老城片区: the word before a bare 新区, 片区 or zone's city opens a name of its own or a kind in
     * general (a noun, adjective, distinguishing word or numeral; for a city a side too), so the word is no bare one; a bare
     * 先行区, 试验区 or 开发区 must open a clause.
     */
    private static boolean openedByTheWordBefore(SentenceView view, int start, String word) {
        boolean city = CITY_WORDS.contains(word);
        return (city || word.equals(NEW_AREA) || word.equals(FTZ_AREA)) && afterANoun(view, start) || city && String.valueOf(posBefore(view, start)).startsWith("f")
                || DESCRIBED_KINDS.contains(word) && !openingAClause(view, start);
    }

    /**
     * 先行区, 试验区, 开发区: kinds that a description names far more often than a zone does (协同改革先行区, 出版交流试验区,
     * 旅游开发区), bare only where they open a clause (今年以来，开发区完成…, 推动试验区与综保区…). (示范区 is never bare: a
     * document names a described one far more often than its zone alone.)
     */
    private static final Set<String> DESCRIBED_KINDS = Set.of("先行区", "试验区", "开发区");

    /**
     * Where a clause opens: the sentence's start; after a mark (not 、, which lists: 与各县区、开发区), a preposition, a time
     * word, a conjunction that does not list (但开发区…, 并推动试验区; not 各县区和开发区) or a word pointing at the one zone
     * (该开发区, 本开发区; not 这些开发区); 与 as "with" after a verb or an adverb (将与开发区共建; not 各县区与开发区); or after
     * a verb that itself follows one of those or an adverb (推动试验区, 把试验区, 进一步推动试验区; not 纷纷设立开发区).
     */
    private static boolean openingAClause(SentenceView view, int start) {
        int index = view.tokenAt(start - 1);
        String pos = posBefore(view, start);
        if (opensAClause(view, start, pos)) {
            return true;
        }
        if (!pos.equals("v")) {
            return false;
        }
        int verbStart = view.tokens().get(index).start();
        String beforeTheVerb = posBefore(view, verbStart);
        int adverb = view.tokenAt(verbStart - 1);
        return opensAClause(view, verbStart, beforeTheVerb)
                || beforeTheVerb.startsWith("d") && !MANY_AGENTS.contains(view.tokens().get(adverb).word());
    }

    private static boolean opensAClause(SentenceView view, int start, String posBefore) {
        if (posBefore == null) {
            return true;
        }
        Token before = view.tokens().get(view.tokenAt(start - 1));
        if (WITH.contains(before.word())) {
            // 将与开发区共建: "with" after a verb or an adverb, or opening the clause; after a noun it lists (各县区与开发区).
            String beforeWith = posBefore(view, before.start());
            return beforeWith == null || beforeWith.startsWith("v") || beforeWith.startsWith("d") || beforeWith.equals("w") && view.charAt(before.start() - 1) != '、';
        }
        return posBefore.startsWith("w") && view.charAt(start - 1) != '、' || posBefore.startsWith("p") || posBefore.startsWith("t")
                || posBefore.startsWith("c") && !LIST_JOINERS.contains(before.word()) || posBefore.startsWith("r") && POINTING_AT_ONE.contains(before.word());
    }

    private static final Set<String> WITH = Set.of("与", "同", "跟");
    private static final Set<String> LIST_JOINERS = Set.of("和", "及", "或", "以及", "或者");
    /** 该开发区, 本试验区: words pointing at the one zone the text is about. */
    private static final Set<String> POINTING_AT_ONE = Set.of("该", "本", "此", "其");
    /** 各地纷纷设立开发区: adverbs of many doing the same, whose verb's object is the kind in general. */
    private static final Set<String> MANY_AGENTS = Set.of("纷纷", "相继", "陆续", "普遍", "竞相", "都", "均");

    /** 城市新区, 产业新区: a common noun or an adjective before 新区 makes a new part of town in general, no new area. */
    private static boolean afterANoun(SentenceView view, int start) {
        String pos = posBefore(view, start);
        return pos != null && (pos.startsWith("n") || pos.startsWith("a") || pos.startsWith("b") || pos.startsWith("m"));
    }

    /** The part of speech of the word ending before {@code start} in its sentence, or null where the sentence opens. */
    private static String posBefore(SentenceView view, int start) {
        int index = view.tokenAt(start - 1);
        return start <= view.sentence().start() || index < 0 ? null : view.tokens().get(index).pos();
    }

    /**
     * 中国—东盟自贸区, 中韩自贸区, 中日韩自由贸易区: the free trade area of an agreement, named by China and its partners alone,
     * is no zone (nor its 自贸区 the document's pilot free trade zone).
     */
    private static boolean tradeAgreementArea(SentenceView view, Cue cue, int kindStart) {
        if (!TRADE_AREA_WORDS.contains(cue.word())) {
            return false;
        }
        int pair = countryPairEndingAt(view, kindStart);
        if (pair >= 0 || kindStart - 3 >= view.sentence().start() && view.charAt(kindStart - 3) == '中'
                && PARTNERS.indexOf(view.charAt(kindStart - 2)) >= 0 && PARTNERS.indexOf(view.charAt(kindStart - 1)) >= 0) {
            return true;
        }
        return view.hits().stream().anyMatch(partner -> partner.end() == kindStart
                && (view.namesACountry(partner.start(), partner.end()) || TRADE_BLOCS.contains(view.slice(partner.start(), partner.end())))
                && CHINA_AND.matcher(view.text()).region(Math.max(view.sentence().start(), partner.start() - 3), partner.start()).find());
    }

    private static final Set<String> TRADE_AREA_WORDS = Set.of("自贸区", "自由贸易区");
    private static final Set<String> TRADE_BLOCS = Set.of("东盟", "欧盟", "海合会", "非盟", "欧亚经济联盟");
    /** 中国—, 中国与, 中—: China named right before its partner. */
    private static final java.util.regex.Pattern CHINA_AND = java.util.regex.Pattern.compile("中国?[—–\\-－·与和]?$");

    /** One-character names of China's partner countries in the names of zones they build together (马中, 中俄, 中白). */
    private static final String PARTNERS = "美俄英法德日韩朝印澳意越菲马新白以蒙哈泰老柬缅巴埃沙阿荷比瑞芬丹葡西希塞匈捷波乌吉土伊";

    /**
     * 马中关丹产业园, 中俄互市贸易区, 中白工业园: China and a partner country, each by one character, ending at {@code end} and
     * opening a zone's name, where a word or mark starts; else -1.
     */
    private static int countryPairEndingAt(SentenceView view, int end) {
        int start = end - 2;
        if (start < view.sentence().start()) {
            return -1;
        }
        char first = view.charAt(start);
        char second = view.charAt(start + 1);
        boolean pair = chinaAndAPartner(first, second, PARTNERS);
        boolean boundary = start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1)) || view.tokenStartsAt(start);
        return pair && boundary ? start : -1;
    }

    /**
     * 广清经济特别合作区, 湛茂经济合作区: two cities of one province that build a zone of a joint kind together, each by its first character,
     * ending at {@code end} where a word or mark starts and no word of the clause's own covers them; else -1.
     */
    private int twoCitiesPairEndingAt(SentenceView view, int end) {
        int start = end - 2;
        if (start < view.sentence().start() || !(start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1)) || view.tokenStartsAt(start))) {
            return -1;
        }
        Map<Character, Set<String>> provinces = provincesByCityInitial();
        Set<String> first = provinces.getOrDefault(view.charAt(start), Set.of());
        Set<String> second = provinces.getOrDefault(view.charAt(start + 1), Set.of());
        // 南北经济合作区, 山林: no locative or other word going on with the clause (南 of 南宁 and 北 of 北海), nor a word of the
        // dictionary's (山 of 山南 and 林 of 林芝).
        boolean words = view.tokensWithin(start, end).stream().noneMatch(token -> FUNCTION_TAGS.stream().anyMatch(token::posStartsWith))
                && CoreWords.unknown(view.slice(start, end));
        return words && view.charAt(start) != view.charAt(start + 1) && first.stream().anyMatch(second::contains) ? start : -1;
    }

    private volatile Map<Character, Set<String>> provincesByCityInitial;

    /** The provinces with a prefecture-level city named with each first character (广: 广东 of 广州, 四川 of 广元 and 广安). */
    private Map<Character, Set<String>> provincesByCityInitial() {
        Map<Character, Set<String>> provinces = provincesByCityInitial;
        if (provinces == null) {
            provinces = new HashMap<>();
            for (GazetteerEntry entry : gazetteer.entries()) {
                if (entry.type() == EntityType.PLACE && CITY.equals(entry.kind())) {
                    provinces.computeIfAbsent(entry.canonical().charAt(0), initial -> new HashSet<>()).add(entry.province());
                }
            }
            provincesByCityInitial = provinces;
        }
        return provinces;
    }

    private static final String CITY = "CITY";
    /** 合作区 of 经济合作区, 特别合作区: the kinds of zone two places build together. */
    private static final String JOINT_KIND = "合作区";
    private static final String ECONOMIC = "经济";

    /**
     * 高密经济开发区, 梅河口高新技术产业开发区, 江苏灌云经济开发区, 和林格尔新区: a listed county or county-level city named without its
     * level right before the kind (HanLP reads 高密 as an adjective, 灌/云 as a verb), where a mark, the sentence's start
     * or its province or city stands before it; from the province or city on when one does. Else -1.
     */
    private int countyNamedShortEndingAt(SentenceView view, int kindStart) {
        // 高密 + 经济 + 开发区: the economic of an economic development zone goes with the kind.
        int end = view.text().startsWith(ECONOMIC, kindStart - ECONOMIC.length()) ? kindStart - ECONOMIC.length() : kindStart;
        for (int length = 4; length >= 2; length--) {
            int start = end - length;
            if (start < view.sentence().start() || !SentenceView.isHan(view.slice(start, end)) || !view.tokenStartsAt(start)) {
                continue;
            }
            List<GazetteerEntry> counties = gazetteer.countiesNamed(view.slice(start, end));
            if (counties.isEmpty()) {
                continue;
            }
            if (start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1))) {
                return start;
            }
            int place = view.hits().stream().filter(h -> h.end() == start && h.hasType(EntityType.PLACE)
                    && h.value().entries().stream().anyMatch(e -> counties.stream().anyMatch(county -> county.province().equals(e.province()))))
                    .mapToInt(Lexicon.Hit::start).min().orElse(-1);
            if (place >= 0) {
                return place;
            }
        }
        return -1;
    }

    /**
     * 三一重工股份有限公司新能源装备产业园项目: a park named after a firm's registered name is the firm's project, not a
     * zone.
     */
    private static boolean afterAFirmsName(SentenceView view, int anchor) {
        return CompanyPatternSource.registeredFormEndingAt(view.text(), anchor) > 0;
    }

    /** 海南省委自由贸易港工作委员会: a party committee or government inside the words before a kind names a body's remit, no zone. */
    static boolean throughABody(SentenceView view, int anchor, int kindStart) {
        return BODY_INSIDE.matcher(view.text()).region(anchor, kindStart).find();
    }

    /** Kinds the state sets up across the country, which a part of it may have many of (not 西部科学城, 北部新区). */
    private static final Set<String> NATIONAL_KINDS = Set.of("综合保税区", "综保区", "保税区", "经济技术开发区", "经开区", "高新技术产业开发区",
            "高新区", "开发区", "自由贸易试验区", "自贸试验区", "自贸区", "重点开发开放试验区", "边境经济合作区", "跨境经济合作区");
    private static final java.util.regex.Pattern PART_OF_THE_COUNTRY = java.util.regex.Pattern.compile(
            "(?:[东西南北中]{1,3}部(?:地区|省份|城市)?|(?:沿海|内陆|沿边|边境|沿江|中西部)(?:地区|省份|城市)?)"
                    // the first words of a longer kind word (综合 of 综合保税区) the shorter one's hit leaves before it
                    // 中西部首个综合保税区, 全省唯一的保税港区: one of a part's zones, described
                    + "(?:" + RANKS + "|重要的?)?"
                    + "(?:综合|经济技术|经济|高新技术产业|高新)?");
    /** The national kinds a province has many of: all but its one free trade zone. */
    private static final Set<String> PROVINCES_HAVE_MANY = NATIONAL_KINDS.stream().filter(kind -> !kind.startsWith("自"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** [start, end) is a province and a kind of zone it has many of, nothing between (江苏 + 综合保税区). */
    private static boolean provincesZonesOfAKind(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() < end && PROVINCES_HAVE_MANY.contains(view.slice(hit.end(), end))
                && hit.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && entry.kind().equals("PROVINCE"))
                // 吉林综合保税区: a province's name that is its city's too names the city's zone.
                && hit.value().entries().stream().noneMatch(entry -> entry.type() == EntityType.PLACE && entry.kind().equals(CITY)));
    }

    private static final java.util.regex.Pattern FIELDS_OF_A_DIVISION = java.util.regex.Pattern.compile("^[和与及、]\\p{IsHan}{2,10}?[处科司]");

    /** 自贸区和特殊区域发展处: a bare kind word joined to another field before a division's word names the division's field. */
    private static boolean aDivisionsField(SentenceView view, int end) {
        java.util.regex.Matcher division = FIELDS_OF_A_DIVISION.matcher(view.text()).region(end, view.sentence().end());
        return division.lookingAt() && view.tokenStartsAt(division.end() - 1) && view.tokenEndsAt(division.end());
    }

    /**
     * 成都天府国际机场和成都国际铁路港: a conjunction right after an institution's or facility's word (机场/nis) joins two
     * things; no zone's name runs across it.
     */
    private static boolean acrossAJoinedInstitution(SentenceView view, int anchor, int kindStart) {
        List<io.zonelens.ingest.extraction.token.Token> words = view.tokensWithin(anchor, kindStart);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).pos().equals("cc") && words.get(i - 1).pos().equals("nis")) {
                return true;
            }
        }
        return false;
    }

    /** 青岛海关自贸区和特殊区域发展处, 浦东法院自贸区法庭: a customs office's department for zones is no zone either, nor a court's tribunal. */
    private static final java.util.regex.Pattern BODY_INSIDE = java.util.regex.Pattern.compile("[省市区县]委|党委|党工委|人民政府|海关|管委会|管理委员会|[^结布格]局|厅|法院");

    /** 温州保税物流中心（B型）: a bonded logistics centre's type, in brackets, is part of its name. */
    static int withItsType(SentenceView view, int end) {
        java.util.regex.Matcher type = CENTRE_TYPE.matcher(view.text()).region(end, view.sentence().end());
        return view.text().startsWith("物流中心", end - 4) && type.lookingAt() ? type.end() : end;
    }

    private static final java.util.regex.Pattern CENTRE_TYPE = java.util.regex.Pattern.compile("[（(][AB]型[）)]");

    /**
     * 湖州南太湖新区: a city and a direction before the zone's own name are part of it (湖州 + 南 + 太湖 + 新区); where
     * the name starts.
     */
    private static int cityAndDirectionBefore(SentenceView view, int anchor) {
        // 川西北生态示范区, 湘南湘西承接产业转移示范区: a province's one-character name before a direction names that part of it.
        if ("东南西北".indexOf(view.charAt(anchor)) >= 0 && PROVINCE_CHARACTERS.indexOf(view.charAt(anchor - 1)) >= 0
                && (anchor - 1 == view.sentence().start() || SentenceView.isPunctuation(view.charAt(anchor - 2)) || view.tokenStartsAt(anchor - 1))) {
            return anchor - 1;
        }
        if ("东南西北".indexOf(view.charAt(anchor - 1)) < 0 || !view.tokenStartsAt(anchor - 1)) {
            return anchor;
        }
        // 南太湖新区地区生产总值增长9.1%: a direction opening the clause, as a word of its own, is the name's too; so is one
        // after a conjunction, a verb or a preposition (依托…和南虹桥片区, 加快建设东虹桥片区: two areas, not one).
        int before = anchor - 1 > view.sentence().start() ? view.tokenAt(anchor - 2) : -1;
        boolean afterAJoinOrVerb = before >= 0 && view.tokenEndsAt(anchor) && (view.tokens().get(before).posStartsWith("c")
                || view.tokens().get(before).posStartsWith("v") || view.tokens().get(before).posStartsWith("p"));
        if (anchor - 1 == view.sentence().start() || SentenceView.isPunctuation(view.charAt(anchor - 2)) || afterAJoinOrVerb) {
            return anchor - 1;
        }
        for (Lexicon.Hit city : view.hits()) {
            if (city.end() == anchor - 1 && city.start() >= view.sentence().start()
                    && city.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && entry.kind().equals(CITY))) {
                return city.start();
            }
        }
        return anchor;
    }

    private static final Set<String> ERAS = Set.of("新时代", "新时期", "新阶段", "新征程", "新发展阶段", "新形势");

    /** The one-character names of provinces that name their parts with a direction (川西北, 湘南, 粤东, 苏北, 浙西南). */
    private static final String PROVINCE_CHARACTERS = "川渝湘粤苏浙闽赣皖鲁豫鄂晋冀辽吉黑桂琼黔滇陕甘青";

    /**
     * 实施自贸试验区提升战略, 复制推广自贸试验区改革试点经验: a national strategy for every zone of the kind, or what every zone of it
     * has tried and the others copy, names none.
     */
    private static boolean aKindInGeneral(SentenceView view, Lexicon.Hit kind) {
        return GENERAL_AFTER_A_KIND.stream().anyMatch(words -> view.text().startsWith(words, kind.end()))
                || kind.start() - COPIED.length() >= view.sentence().start() && view.text().startsWith(COPIED, kind.start() - COPIED.length());
    }

    private static final List<String> GENERAL_AFTER_A_KIND = List.of("战略", "提升战略", "改革试点经验", "试点经验", "制度创新成果");
    private static final String COPIED = "复制推广";

    private static final java.util.regex.Pattern ETC_BEFORE_A_KIND = java.util.regex.Pattern.compile("等(?:[0-9一二两三四五六七八九十]+个)?$|(?<=\\p{IsHan})[0-9一二两三四五六七八九十]+个$");
    private static final int MAX_SHORT_NAME = 8;

    /**
     * 郑州新郑、重庆西永、成都高新、昆山等综合保税区, 天津港、东疆等4个综合保税区, 阿拉山口、喀什4个综合保税区, 大窑湾、湾里两个综保区: short names
     * listed with 、 before 等 or a count and a zone's kind are zones of that kind, each where its name and the kind make a
     * listed zone.
     */
    private List<EntityCandidate> shortNamesBeforeTheirKind(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            Cue cue = hit.cue(Cue.CueFamily.ZONE_SUFFIX);
            // Both ways of counting zones end right before the kind in 等 or 个: most hits are turned away by that character.
            char before = hit.start() > view.sentence().start() ? view.charAt(hit.start() - 1) : ' ';
            java.util.regex.Matcher etc = cue == null || before != '等' && before != '个' ? null : ETC_BEFORE_A_KIND.matcher(view.text().substring(view.sentence().start(), hit.start()));
            if (etc == null || !etc.find()) {
                continue;
            }
            String kind = cue.fullForm();
            for (int end = view.sentence().start() + etc.start(); end > view.sentence().start(); ) {
                int start = listedShortNameEndingAt(view, end, kind);
                if (start < 0) {
                    // 阿拉山口、霍尔果斯、乌鲁木齐…: an item no list knows with that kind is passed over to the one before it.
                    start = itemStartEndingAt(view, end);
                    if (start < 0) {
                        break;
                    }
                } else {
                    candidates.add(new EntityCandidate(EntityType.ZONE, start, end, LISTED_BEFORE_KIND + kind, 0.95));
                }
                if (view.charAt(start - 1) != '、') {
                    break;
                }
                end = start - 1;
            }
        }
        return candidates;
    }

    /** The start of a list item of Han characters only ending at {@code end}, right after a 、, or -1. */
    private static int itemStartEndingAt(SentenceView view, int end) {
        for (int start = end - 2; start >= Math.max(view.sentence().start() + 1, end - MAX_SHORT_NAME); start--) {
            if (!SentenceView.isHan(view.slice(start, end))) {
                return -1;
            }
            if (view.charAt(start - 1) == '、') {
                return start;
            }
        }
        return -1;
    }

    /** Kinds a zone may be renamed between (a 保税港区 becoming a 综合保税区) while keeping its own name. */
    private static final List<String> RENAMED_KINDS = List.of("综合保税区", "保税港区", "保税区", "出口加工区", "保税物流园区", "经济技术开发区", "高新技术产业开发区");

    /**
     * 重庆两路寸滩综合保税区: the own name of a listed zone (重庆两路寸滩保税港区) before another kind still names a zone,
     * though no list has it under that kind. Where the longest such name starts, or -1.
     */
    private int coreOfAListedZoneEndingAt(SentenceView view, int end) {
        // Each kind counts only with its longest name, and that name must start a word; the earliest such start wins.
        Set<String> kindsSeen = new HashSet<>();
        for (int start = Math.max(view.sentence().start(), end - MAX_SHORT_NAME); start <= end - 2; start++) {
            String name = view.slice(start, end);
            if (!SentenceView.isHan(name)) {
                continue;
            }
            for (String kind : RENAMED_KINDS) {
                if (gazetteer.zoneNamesBefore(kind).contains(name) && kindsSeen.add(kind) && view.tokenStartsAt(start)) {
                    return start;
                }
            }
        }
        return -1;
    }

    /**
     * 满洲里、二连浩特边境经济合作区, 襄阳、宜昌综合保税区: short names listed with 、 or 和 before a listed zone share its kind,
     * each where its name and the kind make a listed zone.
     */
    private List<EntityCandidate> shortNamesBeforeAListedZone(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit zone : view.hits()) {
            char before = view.charAt(zone.start() - 1);
            if (!zone.hasType(EntityType.ZONE) || before != '、' && before != '和') {
                continue;
            }
            for (Lexicon.Hit kindHit : view.hits()) {
                Cue cue = kindHit.cue(Cue.CueFamily.ZONE_SUFFIX);
                if (cue == null || kindHit.end() != zone.end() || kindHit.start() <= zone.start()) {
                    continue;
                }
                candidates.addAll(listedShortNamesEndingAt(view, zone.start() - 1, cue.fullForm()));
            }
        }
        // 凭祥、东兴国家级边境经济合作区: short names (or one) before their rank and the kind, each a listed zone with the kind.
        for (Lexicon.Hit kindHit : view.hits()) {
            Cue cue = kindHit.cue(Cue.CueFamily.ZONE_SUFFIX);
            int rank = kindHit.start() - NATIONAL_RANK.length();
            if (cue != null && rank > view.sentence().start() && view.text().startsWith(NATIONAL_RANK, rank)) {
                candidates.addAll(listedShortNamesEndingAt(view, rank, cue.fullForm()));
            }
            // 绥芬河、黑河、东宁边境经济合作区: before an unlisted zone of the kind too, the items listed before its name.
            int item = cue == null || !view.tokenStartsAt(kindHit.start()) ? -1 : itemStartEndingAt(view, kindHit.start());
            if (item > 0 && view.hits().stream().noneMatch(zone -> zone.end() == kindHit.end() && zone.start() < kindHit.start() && zone.hasType(EntityType.ZONE))) {
                candidates.addAll(listedShortNamesEndingAt(view, item - 1, cue.fullForm()));
            }
        }
        return candidates;
    }

    private static final String NATIONAL_RANK = "国家级";

    /** The short names listed with 、 or 和 that end at {@code end}, last first, each a listed zone with the kind. */
    private List<EntityCandidate> listedShortNamesEndingAt(SentenceView view, int end, String kind) {
        List<EntityCandidate> candidates = new ArrayList<>();
        while (end > view.sentence().start()) {
            int start = listedShortNameEndingAt(view, end, kind);
            if (start < 0) {
                break;
            }
            candidates.add(new EntityCandidate(EntityType.ZONE, start, end, LISTED_BEFORE_KIND + kind, 0.95));
            char joiner = view.charAt(start - 1);
            end = joiner == '、' || joiner == '和' ? start - 1 : -1;
        }
        return candidates;
    }

    /** Where the longest short name ending at {@code end} that makes a listed zone with the kind starts, or -1. */
    private int listedShortNameEndingAt(SentenceView view, int end, String kind) {
        for (int start = Math.max(view.sentence().start(), end - MAX_SHORT_NAME); start <= end - 2; start++) {
            String name = view.slice(start, end);
            if (SentenceView.isHan(name) && gazetteer.zoneNamesBefore(kind).contains(name)) {
                return start;
            }
        }
        return -1;
    }

    /** The places a zone's full name may open with: its province or city (not 海淀区 of 海淀区中关村大街). */
    private static final Set<String> ZONE_NAMING_PLACES = Set.of("PROVINCE", "MUNICIPALITY", "CITY", "AUTONOMOUS_PREFECTURE", "PREFECTURE", "LEAGUE");

    /**
     * 江西省南昌市南昌经济技术开发区, an address: a listed zone named after its city (南昌经济技术开发区) is whole without the
     * places before it that end in that city; they stay places of their own.
     */
    private static int withoutItsCityNamedTwice(SentenceView view, int anchor, int end) {
        return view.hits().stream().filter(zone -> zone.end() == end && zone.start() > anchor && zone.hasType(EntityType.ZONE)
                        && cityNamedAgain(view, anchor, zone.start()))
                .mapToInt(Lexicon.Hit::start).min().orElse(anchor);
    }

    /**
     * 南康区赣州国际陆港: a district or county right before a city (a higher level) says where the zone is, and the zone's name
     * opens with the city; else {@code anchor}.
     */
    private static int withoutADistrictBeforeItsCity(SentenceView view, int anchor, int kindStart) {
        return view.hits().stream().filter(county -> county.start() == anchor && county.end() < kindStart && placeOfKind(county, Gazetteer.COUNTY_LEVELS))
                .flatMap(county -> view.hits().stream().filter(city -> city.start() == county.end() && city.end() <= kindStart && placeOfKind(city, ZONE_NAMING_PLACES)))
                .mapToInt(Lexicon.Hit::start).findFirst().orElse(anchor);
    }

    private static boolean placeOfKind(Lexicon.Hit hit, Set<String> kinds) {
        return hit.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && kinds.contains(entry.kind()));
    }

    /** The places in [start, zoneStart) end with a place whose first two characters open the zone's name too. */
    private static boolean cityNamedAgain(SentenceView view, int start, int zoneStart) {
        return zoneStart + 2 <= view.sentence().end() && view.hits().stream().anyMatch(place -> place.start() >= start && place.end() == zoneStart
                && place.end() - place.start() >= 2 && place.hasType(EntityType.PLACE)
                && view.slice(place.start(), place.start() + 2).equals(view.slice(zoneStart, zoneStart + 2)));
    }

    /**
     * 杭州萧山经济技术开发区, 浙江嘉善经济技术开发区: a listed zone, named in full with its kind, right after its province or a
     * city of it is named with that place.
     */
    private static List<EntityCandidate> listedZonesAfterTheirPlace(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit zone : view.hits()) {
            boolean endsInAKind = view.hits().stream().anyMatch(hit -> hit.end() == zone.end() && hit.start() > zone.start()
                    && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null);
            if (!endsInAKind) {
                continue;
            }
            Set<String> provinces = new java.util.HashSet<>();
            zone.value().entries().stream().filter(entry -> entry.type() == EntityType.ZONE && !entry.province().isEmpty())
                    .forEach(entry -> provinces.add(entry.province()));
            // 浙江杭州萧山经济技术开发区: the province before the city too.
            for (int start = placeOfTheProvincesEndingAt(view, zone.start(), provinces); start >= 0 && !cityNamedAgain(view, start, zone.start());
                 start = placeOfTheProvincesEndingAt(view, start, provinces)) {
                candidates.add(new EntityCandidate(EntityType.ZONE, start, zone.end(), NAME, 0.85));
            }
        }
        return candidates;
    }

    /** Where a province, or a city of one of the provinces, ending at {@code end} starts, or -1. */
    private static int placeOfTheProvincesEndingAt(SentenceView view, int end, Set<String> provinces) {
        for (Lexicon.Hit place : view.hits()) {
            if (!provinces.isEmpty() && place.end() == end && place.start() >= view.sentence().start()
                    && place.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && ZONE_NAMING_PLACES.contains(entry.kind())
                            && provinces.contains(entry.province()))) {
                return place.start();
            }
        }
        return -1;
    }

    /** 中德生态园, 中白工业园, 中德（合肥）合作智慧产业园: the pair, the city in brackets, the park's words, and what kind of park it is. */
    private static final java.util.regex.Pattern PARTNER_PARK = java.util.regex.Pattern.compile(
            "中(?:印尼|[" + ZonePatternSource.PARTNER_COUNTRIES + "])(?:[（(]\\p{IsHan}{2,4}[）)])?\\p{IsHan}{0,12}?"
                    + "(?:产业园区|工业园区|示范园区|合作园区|产业园|工业园|生态园|科技园|示范区|合作区|生态城)");

    /**
     * 中德生态园, 中白工业园, 中印尼经贸创新发展示范园区: a park China runs with another country may be named after the
     * pair alone, without a place (HanLP reads 中 as a locative, the tagger the park as a firm). The words between the
     * pair and the park's kind must name it: no function word, count or governing verb (中德两国共建产业园区 is no name).
     */
    private List<EntityCandidate> parksWithAPartnerCountry(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        int from = view.sentence().start();
        java.util.regex.Matcher park = PARTNER_PARK.matcher(view.text()).region(from, view.sentence().end());
        while (park.find()) {
            int index = view.tokenAt(park.start());
            boolean pairOpens = index >= 0 && view.tokens().get(index).word().equals("中") && view.tokenStartsAt(park.start());
            boolean named = view.tokensWithin(park.start() + 1, park.end()).stream().noneMatch(token -> Pos.isBoundary(token)
                    || Pos.isCount(token) || token.pos().startsWith("v") && !token.pos().equals("vn") && !token.pos().equals("vi"));
            if (pairOpens && named && view.tokenEndsAt(park.end())) {
                candidates.add(new EntityCandidate(EntityType.ZONE, park.start(), park.end(), name(), 0.8));
            }
        }
        return candidates;
    }

    /**
     * 成都高新综合保税区双流园区, 西宁经济技术开发区南川工业园区, 长春新区北湖科技园, 西咸新区泾河新城: a park of a listed zone,
     * named by the place it lies in or its trade, is a zone of its own (a zone's 片区 are listed; its parks are not). The
     * name is nouns or qualifiers, no verb (长春新区打造科技园 names none).
     */
    private List<EntityCandidate> parksOfAListedZone(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit zone : view.hits()) {
            if (!zone.hasType(EntityType.ZONE) || !view.tokenStartsAt(zone.end())) {
                continue;
            }
            java.util.regex.Matcher park = PARK_OF_A_ZONE.matcher(view.text()).region(zone.end(), view.sentence().end());
            if (park.lookingAt() && view.tokenEndsAt(park.end()) && view.tokenStartsAt(park.start(2))
                    && view.tokensWithin(park.start(1), park.end(1)).stream().allMatch(ZonePatternSource::wordOfAParksName)) {
                candidates.add(new EntityCandidate(EntityType.ZONE, zone.start(), park.end(), name(), 0.8));
            }
        }
        return candidates;
    }

    private static final java.util.regex.Pattern PARK_OF_A_ZONE = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,6}?)(工业园区|产业园区|化工园区|科技园区|科技园|产业园|工业园|园区|新城)");

    private static boolean wordOfAParksName(Token token) {
        String pos = token.pos();
        return (pos.startsWith("n") && !pos.startsWith("nr") || pos.equals("b") || pos.equals("j") || pos.startsWith("a") || pos.equals("vn") && !INSPECTIONS.contains(token.word()))
                && !token.word().endsWith("区");
    }

    /** 拉萨综合保税区调研园区建设: a visit's verb HanLP reads as a verbal noun says what is done at the zone, and names no park. */
    private static final Set<String> INSPECTIONS = Set.of("调研", "考察", "视察", "检查", "走访", "参观", "观摩", "督导", "调度", "巡查");

    /**
     * 绍兴滨海新区 is not 天津滨海新区: a city or province of another province right before a listed zone's short name
     * names another zone, which the lists lack.
     */
    private List<EntityCandidate> sameNameInAnotherProvince(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit zone : view.hits()) {
            if (!zone.hasType(EntityType.ZONE)) {
                continue;
            }
            for (Lexicon.Hit place : view.hits()) {
                if (place.end() == zone.start() && provinceOf(place, EntityType.PLACE) != null
                        && zone.value().entries().stream().noneMatch(entry -> entry.type() == EntityType.ZONE
                                && provinceOf(place, EntityType.PLACE).equals(entry.province()))) {
                    candidates.add(new EntityCandidate(EntityType.ZONE, place.start(), zone.end(), name(), 0.8));
                }
            }
        }
        return candidates;
    }

    private static String provinceOf(Lexicon.Hit hit, EntityType type) {
        return hit.value().entries().stream().filter(entry -> entry.type() == type && entry.province() != null && !entry.province().isEmpty())
                .map(GazetteerEntry::province).findFirst().orElse(null);
    }

    private static final String DASHES = "—－-";

    /** One-character names of countries that run parks with China: 中马 (Malaysia), 中新 (Singapore), 中白 (Belarus) … */
    private static final String PARTNER_COUNTRIES = "新马德韩日白俄法意以欧英哈泰越印巴埃柬老蒙瑞奥荷阿沙";

    /** 中马 of 中马钦州产业园区, 马中 of 马中关丹产业园, 中印尼: how long the pair of partner countries opening a name is, or 0. */
    static int partnerPairOpening(String name) {
        if (name.startsWith(CHINA_AND_INDONESIA)) {
            return CHINA_AND_INDONESIA.length();
        }
        return name.length() > 2 && chinaAndAPartner(name.charAt(0), name.charAt(1), PARTNER_COUNTRIES) ? 2 : 0;
    }

    /** 中马, 马中: China and one of {@code partners}, each by one character, in either order. */
    private static boolean chinaAndAPartner(char first, char second, String partners) {
        return first == '中' && partners.indexOf(second) >= 0 || second == '中' && partners.indexOf(first) >= 0;
    }

    private static final String CHINA_AND_INDONESIA = "中印尼";

    /**
     * 中马钦州产业园区, 中德（沈阳）高端装备制造产业园: a zone China runs with another country is named after both, 中 and
     * the partner's one character before the place, or 中国 and the partner joined by a dash (中国—东盟产业合作区).
     */
    private static int partnersBefore(SentenceView view, int anchor) {
        // 中国—东盟产业合作区, 中国-新加坡…: China and the partner spelled out, joined by a dash.
        if (anchor - 3 >= view.sentence().start() && DASHES.indexOf(view.charAt(anchor - 1)) >= 0 && view.text().startsWith("中国", anchor - 3)) {
            return anchor - 3;
        }
        // 中国凭祥—越南同登跨境经济合作区, 中国老挝磨憨—磨丁经济合作区: a cross-border zone names the places on either side of
        // the border, with their countries, joined by a dash.
        int side = anchor - 3 >= view.sentence().start() && DASHES.indexOf(view.charAt(anchor - 1)) >= 0
                ? NameAnchors.placeOrZoneEndingAt(view, anchor - 1, false) : -1;
        side = side >= 0 ? chinaAndACountryBefore(view, side) : chinaAndACountryBefore(view, anchor);
        if (side >= 0 && side < anchor && view.text().startsWith("中国", side)) {
            return side;
        }
        int pair = anchor - 2;
        // 中德（沈阳）+ 高端装备制造产业园: the place may stand in brackets between the pair and the rest of the name.
        if (anchor - 1 > view.sentence().start() && "）)".indexOf(view.charAt(anchor - 1)) >= 0) {
            for (Lexicon.Hit place : view.hits()) {
                if (place.end() == anchor - 1 && place.hasType(EntityType.PLACE) && "（(".indexOf(view.charAt(place.start() - 1)) >= 0) {
                    pair = place.start() - 3;
                }
            }
        }
        // The pair starts a word: 其中/德阳 is no pair.
        if (pair < view.sentence().start() || view.charAt(pair) != '中' || PARTNER_COUNTRIES.indexOf(view.charAt(pair + 1)) < 0
                || !view.tokenStartsAt(pair)) {
            return anchor;
        }
        return pair;
    }

    /** 中国老挝 + 磨憨: China and a partner country spelled out before {@code start}, from China on; else {@code start}. */
    private static int chinaAndACountryBefore(SentenceView view, int start) {
        return view.text().startsWith("中国", start - 4) && start - 4 >= view.sentence().start() && view.hits().stream().anyMatch(
                country -> country.start() == start - 2 && country.end() == start && view.namesACountry(country.start(), country.end())) ? start - 4 : start;
    }

    /** 保税区 inside 综合保税区 is part of a kind word, not a short name. */
    private static boolean insideLongerSuffix(SentenceView view, Lexicon.Hit hit) {
        for (Lexicon.Hit other : view.hits()) {
            if (other != hit && other.cue(Cue.CueFamily.ZONE_SUFFIX) != null && other.start() <= hit.start() && other.end() >= hit.end()
                    && other.end() - other.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs that take a zone as their object: applying for one, getting one approved, setting one up; and goods or
     * firms moving into one (货物运抵综保区, 企业入驻综保区), which HanLP may tag as proper nouns.
     */
    private static final Set<String> VERBS_OF_APPLYING = Set.of("申报", "申建", "申请", "申设", "获批", "争创", "创建", "设立", "筹建", "谋划",
            "运抵", "运往", "运至", "运入", "进入", "入驻", "进驻", "落户", "抵达", "到达", "驶入", "驶离");

    private static boolean throughAVerb(SentenceView view, int start, int end) {
        return view.tokensWithin(start, end).stream().anyMatch(token -> VERBS_OF_APPLYING.contains(token.word()));
    }
}
