package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Counties, districts and county-level cities the lists leave out (安吉县, 南浔区, 霍城县, 长沙县 not 长沙): a name of two
 * or three characters and a level word. The name must read as a place: HanLP tags the whole word a place, or its
 * dictionary knows the name as a place or proper noun first; for a county (县, 旗) a name it does not know at all will
 * do too, and for a district (区) right after a listed city, a name no dictionary knows (无锡市新吴区, 深圳市坪山区,
 * where HanLP reads 坪|山区), and a township (镇, 乡) or subdistrict (街道) only right after its listed county, district or
 * city (顺德区北滘镇, 黄岛区灵山卫街道).
 * A common word before the level word (示范县, 核心区, 生活区, 贫困县) names no place, nor does a scope or a
 * description (全县, 各区, 百强县), nor a zone or body word (开发区, 保税区).
 */
public class PlacePatternSource implements EntityCandidateSource {

    private final Gazetteer gazetteer;

    public PlacePatternSource(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static final String NAME = "place-pattern";
    /** The source of townships listed without their level before it (冀屯、吴村、峪河3个镇), which HanLP may read as persons. */
    static final String TOWNSHIP_LIST = "township-list";
    private static final String NOTE = ":";

    /** The level a township listed bare takes from its list's closing (镇 of 冀屯、吴村、峪河3个镇), or "". */
    static String levelOfAListedTownship(EntityCandidate candidate) {
        return candidate.source().startsWith(TOWNSHIP_LIST + NOTE) ? candidate.source().substring(TOWNSHIP_LIST.length() + NOTE.length()) : "";
    }
    private static final String LEVELS = "县区旗市镇乡";
    /** Townships: named only right after the listed county, district or city they belong to (顺德区北滘镇). */
    private static final String TOWNSHIPS = "镇乡";
    /** First characters that make a stem a scope or reference (全县, 各区, 该县, 邻县), never a name's. */
    private static final String SCOPES = "全各该本每邻郊";
    /** A stem ending in one of these names places of a level in general (老城区街道, 偏远乡镇), no one place. */
    private static final String LEVEL_CHARACTERS = "区市县省州镇乡村";
    /** Stems HanLP's dictionary does not know that describe counties rather than name one (百强县, 产粮大县). */
    private static final java.util.Set<String> DESCRIPTIONS = java.util.Set.of("百强", "千强", "十强", "产粮", "产粮大", "经济强",
            "工业强", "农业大", "人口大", "财政", "民族", "边境", "山区", "沿海", "试点", "重点", "贫困", "示范", "老城", "新城", "主城",
            "市辖", "城", "郊", "中心城", "远郊", "近郊", "小城", "中心", "特色", "建制");

    /**
     * 科技园区, 产业社区: an area of a kind after a word, never a district (HanLP tags some of them places, 科技园区/ns);
     * after one character it may be a district's name (东营区, 泉港区).
     */
    private static final java.util.Set<String> AREAS_OF_A_KIND = java.util.Set.of("园区", "景区", "社区", "小区", "校区", "厂区", "矿区",
            "港区", "片区", "街区", "营区", "库区", "林区", "牧区", "垦区", "灾区", "展区", "院区");

    @Override
    public String name() {
        return NAME;
    }

    /** Marks after China and its partner before the noun they share: 中韩、中日合作, 中韩“海上高速公路”. */
    private static final String PAIR_GOES_ON = "、“\"‘";

    /** What stands before a country's one-character name in trade news: 对俄贸易, 中俄边境, 中俄蒙. */
    private static final Set<String> PARTNER_WORDS = Set.of("对", "中", "与", "和");

    /**
     * 对俄贸易额, 中俄边境经贸合作, 中俄蒙博览会: a country's one-character name, a word of its own after 对, 中 or another
     * country's, is that country (not 对|美好, 中|美食: HanLP reads those as words of two).
     */
    private static boolean countryAbbreviatedAfterItsPartner(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !aCountrysCharacter(token)) {
            return false;
        }
        Token before = tokens.get(i - 1);
        // 中俄蒙, 美印两国: after another country's one-character name only in a list of partners (not 英德仓库, a city's 英德).
        boolean afterAPartner = before.word().length() == 1 && CountryAbbreviations.countryOf(before.word().charAt(0)) != null
                && (i >= 2 && PARTNER_WORDS.contains(tokens.get(i - 2).word()) || i + 1 < tokens.size() && tokens.get(i + 1).word().startsWith("两国"));
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        // 中蒙, 对蒙贸易: 蒙 is Mongolia beside China's character, or after 对, 与 or 和 before a word of dealings (对蒙眼的女神 is no
        // trade; 中蒙医院, 蒙药: Mongolian medicine).
        boolean ambiguous = ONLY_BESIDE_A_COUNTRY.indexOf(token.word().charAt(0)) >= 0;
        boolean medicine = next != null && next.start() == token.end() && MEDICINE.indexOf(next.word().charAt(0)) >= 0;
        boolean dealings = next != null && next.start() == token.end() && DEALINGS.stream().anyMatch(next.word()::startsWith);
        boolean partner = PARTNER_WORDS.contains(before.word()) && (!ambiguous || !medicine && (before.word().charAt(0) == CountryAbbreviations.CHINA || dealings))
                || afterAPartner && !(ambiguous && medicine);
        // 与德鑫磁材合作: after 与 or 和, a character HanLP reads as a piece of a proper name (鑫/nz) makes the country's
        // character the first of that name's (not 与俄企签约: 企 is a common noun's piece).
        boolean opensAName = next != null && next.word().length() == 1 && next.start() == token.end() && NAME_PIECES.contains(next.pos())
                && CountryAbbreviations.countryOf(next.word().charAt(0)) == null && JOINING_WORDS.contains(before.word());
        // 中韩、中日产业链, 中韩“海上高速公路”: a list's mark or a quote may come between the pair and what they share.
        return partner && before.end() == token.start() && !opensAName && (next == null || SentenceView.isHan(next.word().substring(0, 1))
                || PAIR_GOES_ON.indexOf(next.word().charAt(0)) >= 0 && before.word().charAt(0) == CountryAbbreviations.CHINA);
    }

    /** Countries' characters that are words of their own elsewhere (蒙 covers, blindfolds): read only beside China's or before dealings. */
    private static final String ONLY_BESIDE_A_COUNTRY = "蒙";
    /** 蒙医, 蒙药: Mongolian medicine, no country. */
    private static final String MEDICINE = "医药";
    /** Words of two countries' dealings after the second's character: 对蒙贸易, 与蒙合作. */
    private static final List<String> DEALINGS = List.of("贸易", "出口", "进口", "合作", "边境", "口岸", "经贸", "投资", "两国", "关系", "交流");

    /** HanLP's tags of a proper name's one-character pieces (no common noun's: 企/ng). */
    private static final java.util.Set<String> NAME_PIECES = java.util.Set.of("nz", "nr", "nrf");
    private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("与", "和", "同", "跟");

    /** 俄, 美, 越 standing alone as a word, not a verb's or a measure's character (对|美|好 is no country). */
    private static boolean aCountrysCharacter(Token token) {
        return token.word().length() == 1 && CountryAbbreviations.countryOf(token.word().charAt(0)) != null
                && !token.pos().startsWith("v") && !token.pos().equals("q");
    }

    /** 越中贸易, 美中关系: a country's character, China's right after, then a noun of their dealings. */
    private static boolean partnerBeforeChina(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i + 2 >= tokens.size() || !aCountrysCharacter(token)) {
            return false;
        }
        Token china = tokens.get(i + 1);
        Token dealings = tokens.get(i + 2);
        return china.word().length() == 1 && china.word().charAt(0) == CountryAbbreviations.CHINA && china.start() == token.end()
                && dealings.start() == china.end() && dealings.word().length() >= 2 && (dealings.pos().equals("n") || dealings.pos().equals("vn"));
    }

    static final java.util.Set<String> PLACE_WORDS_BEFORE = java.util.Set.of("在", "于", "赴", "到", "至", "抵", "抵达", "飞抵", "飞赴", "远赴", "奔赴", "前往", "来到", "回到", "返回", "途经", "来自", "发自", "位于");

    /**
     * 美国亚利桑那州, 德国巴伐利亚州, 巴伐利亚州首府, 撒马尔罕州: a foreign place HanLP knows (nsf), or a listed city abroad, is a state or province where its level
     * word (州, 省) ends it or follows, or where its country or a preposition of place is right before it (在慕尼黑); the end of
     * the name, or -1.
     */
    private int foreignStateEnd(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        // 撒马尔罕/ns 州/n, 阿拉木图/ns 州: a listed city abroad and a level word of its own after it name the region around it.
        Token level = index + 1 < view.tokens().size() ? view.tokens().get(index + 1) : null;
        // The token's own entries are what a lexicon hit on exactly it would hold: one hash look-up, not a walk of the hits
        // at every 省 after a province.
        boolean levelAfter = level != null && level.start() == token.end() && (level.word().equals("州") || level.word().equals("省"));
        if (levelAfter && gazetteer.namesAForeignCity(token.word())) {
            return level.end();
        }
        // Asked of every word: only a place's (ns, nsf) goes on.
        if (!token.pos().startsWith("ns")) {
            return -1;
        }
        // 德国斯图加特, 越南海防: a word HanLP reads as a place's (and knows as no other word: 美国黑帮), right after a foreign
        // country's listed name, is a city of it; not a club's (德国拜仁队), a street's (法国香榭大道), a direction (美国西南) or
        // the first of a longer name's words (肯尼亚马赛马拉).
        // The country before first: it turns nearly every place word away at once.
        boolean placeOfAForeignCountry = token.pos().equals("ns") && index > 0 && view.tokens().get(index - 1).end() == token.start()
                && gazetteer.namesAForeignCountry(view.tokens().get(index - 1).word())
                && token.word().length() >= 2 && SentenceView.isHan(token.word()) && gazetteer.lookup(token.word()).isEmpty()
                && CoreWords.aPlaceNameOrUnknown(token.word()) && GazetteerSource.DIRECTIONS.indexOf(token.word().charAt(0)) < 0
                && TEAM_WORDS.stream().noneMatch(team -> view.text().startsWith(team, token.end()))
                && STREET_WORDS.stream().noneMatch(street -> view.text().startsWith(street, token.end()))
                && !(index + 1 < view.tokens().size() && view.tokens().get(index + 1).start() == token.end()
                        && NAME_WORDS.stream().anyMatch(view.tokens().get(index + 1).pos()::startsWith));
        if (placeOfAForeignCountry) {
            return token.end();
        }
        if (!token.pos().equals("nsf") || token.word().length() < 2) {
            return -1;
        }
        if ("州省".indexOf(token.word().charAt(token.word().length() - 1)) >= 0) {
            return token.end();
        }
        Token next = index + 1 < view.tokens().size() ? view.tokens().get(index + 1) : null;
        if (next != null && next.start() == token.end() && (next.word().equals("州") || next.word().equals("省"))) {
            return next.end();
        }
        boolean afterItsCountry = index > 0 && view.tokens().get(index - 1).end() == token.start() && gazetteer.namesACountry(view.tokens().get(index - 1).word());
        // 在慕尼黑举行, 赴汉堡考察: after a preposition or verb of place, a city.
        boolean afterAPlaceWord = index > 0 && PLACE_WORDS_BEFORE.contains(view.tokens().get(index - 1).word());
        return afterItsCountry || afterAPlaceWord ? token.end() : -1;
    }

    private static final List<String> TEAM_WORDS = List.of("队", "俱乐部", "足球", "篮球", "主场", "客场");
    private static final List<String> STREET_WORDS = List.of("大道", "大街", "街", "路", "广场", "公园");
    private static final List<String> NAME_WORDS = List.of("ns", "nr", "nz");

    /** Level words of a foreign country's first-order divisions: 北宁省, 新南威尔士州, 罗勇府, 忠清南道. */
    static final String FOREIGN_LEVELS = "省州府道";

    /**
     * 越南北宁省, 澳大利亚新南威尔士州, 哈萨克斯坦阿拉木图州: right after its country, two to five characters HanLP reads as
     * names or single characters (北/宁省, 新/南/威尔士/州), then a level word, make a province or state; the end, or -1.
     * A common word in the run makes a body (日本经济产业省), and a count or scope no name (美国多个州, 美国各州).
     */
    private int divisionAfterItsCountryEnd(SentenceView view, int index) {
        List<Token> tokens = view.tokens();
        Token first = tokens.get(index);
        if (index == 0 || tokens.get(index - 1).end() != first.start() || !gazetteer.namesACountry(tokens.get(index - 1).word())
                || SCOPES.indexOf(first.word().charAt(0)) >= 0) {
            return -1;
        }
        for (int j = index; j < tokens.size() && tokens.get(j).end() - first.start() <= 6; j++) {
            Token token = tokens.get(j);
            String word = token.word();
            boolean nameLike = word.length() == 1 ? !Pos.isBoundary(token) && !token.pos().startsWith("v") && !token.pos().startsWith("m")
                    && !token.pos().startsWith("q") && !token.pos().startsWith("p") && !token.pos().startsWith("u") && !token.pos().startsWith("c")
                    : token.pos().startsWith("ns") || token.pos().startsWith("nr") || token.pos().equals("nz") || token.pos().equals("nx");
            if (!nameLike || j > index && tokens.get(j - 1).end() != token.start()) {
                return -1;
            }
            boolean levelEnds = FOREIGN_LEVELS.indexOf(word.charAt(word.length() - 1)) >= 0;
            if (levelEnds && token.end() - first.start() >= 3 && (word.length() > 1 || j > index)) {
                return token.end();
            }
        }
        return -1;
    }

    /** Source of a township in brackets after a firm, ranked as a listed township is (above a person's name HanLP reads there). */
    static final String FIRMS_TOWNSHIP_SOURCE = "firm-township";

    /** 上海淀湖供应链科技有限公司（华新镇）: the township a firm's name is followed by, in brackets, is where it is. */
    private static final java.util.regex.Pattern FIRMS_TOWNSHIP = java.util.regex.Pattern.compile("(?:公司|厂|集团)[（(](?![原驻含])(\\p{IsHan}{2,4}(?:镇|乡|街道))[）)]");

    private static List<EntityCandidate> townshipsOfAFirm(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "（(")) {
            return found; // asked of every sentence: most hold no brackets
        }
        for (java.util.regex.Matcher township = FIRMS_TOWNSHIP.matcher(view.text()).region(view.sentence().start(), view.sentence().end()); township.find(); ) {
            found.add(new EntityCandidate(EntityType.PLACE, township.start(1), township.end(1), FIRMS_TOWNSHIP_SOURCE, 0.8));
        }
        return found;
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        List<Token> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.word();
            // 越中贸易, 美中关系: a country's character before China's, and a noun of their dealings after.
            if (partnerBeforeChina(tokens, i)) {
                candidates.add(new EntityCandidate(EntityType.PLACE, token.start(), token.end(), NAME, 0.7));
                candidates.add(new EntityCandidate(EntityType.PLACE, token.end(), token.end() + 1, NAME, 0.7));
                continue;
            }
            if (countryAbbreviatedAfterItsPartner(tokens, i)) {
                candidates.add(new EntityCandidate(EntityType.PLACE, token.start(), token.end(), NAME, 0.7));
                // 中越边境, 中俄合作: China, the partner before, is named too.
                Token partner = tokens.get(i - 1);
                if (partner.word().length() == 1 && partner.word().charAt(0) == CountryAbbreviations.CHINA && partner.end() == token.start()) {
                    candidates.add(new EntityCandidate(EntityType.PLACE, partner.start(), partner.end(), NAME, 0.7));
                }
                continue;
            }
            int foreignEnd = foreignStateEnd(view, i);
            foreignEnd = foreignEnd > 0 ? foreignEnd : divisionAfterItsCountryEnd(view, i);
            if (foreignEnd > 0) {
                candidates.add(new EntityCandidate(EntityType.PLACE, token.start(), foreignEnd, NAME, 0.7));
                continue;
            }
            // 黄岛区灵山卫街道: a subdistrict, like a township, only right after its listed county or district.
            int subdistrict = word.equals(SUBDISTRICT) ? townshipEndingAt(view, token.end()) : -1;
            subdistrict = subdistrict < 0 && word.equals(SUBDISTRICT) ? subdistrictNamedBefore(view, token.start()) : subdistrict;
            if (subdistrict >= 0) {
                candidates.add(new EntityCandidate(EntityType.PLACE, subdistrict, token.end(), NAME, 0.7));
                continue;
            }
            char level = word.charAt(word.length() - 1);
            if (LEVELS.indexOf(level) < 0) {
                continue;
            }
            int end = token.end();
            // 巴林/右旗, 科尔沁/左旗: a banner's side goes with the name before it.
            boolean bannerSide = level == '旗' && (word.length() == 2 && BANNER_SIDES.indexOf(word.charAt(0)) >= 0
                    || word.length() == 1 && i >= 2 && tokens.get(i - 1).word().length() == 1 && BANNER_SIDES.indexOf(tokens.get(i - 1).word().charAt(0)) >= 0);
            int start = !bannerSide ? (word.length() > 1 ? token.start() : stemStart(view, i))
                    : word.length() == 2 ? stemStart(view, i) : nameBefore(view, i - 1);
            // 深圳市|坪/山区, 翠屏区|李/庄镇: HanLP read a district's or township's last character into a common word; its first
            // stands after the city or county.
            if ((level == '区' || TOWNSHIPS.indexOf(level) >= 0) && word.length() == 2 && i >= 1 && tokens.get(i - 1).word().length() == 1
                    && !Pos.isBoundary(tokens.get(i - 1)) && !tokens.get(i - 1).pos().startsWith("v")
                    && (level == '区' ? cityEndsAt(view, tokens.get(i - 1).start()) : countyOrCityEndsAt(view, tokens.get(i - 1).start()))) {
                start = tokens.get(i - 1).start();
            }
            // 老/黑山/镇、东宁镇: a township listed with another runs from the mark before it, whatever HanLP reads in its stem.
            int item = TOWNSHIPS.indexOf(level) >= 0 ? itemStartBefore(view, end - 1) : -1;
            // …but not from a word of being somewhere (在|梨树镇、四棵树乡).
            if (item >= 0 && item < start && end - item <= 4 && aListedTownship(view, item, end) && !aFunctionCharacterAt(view, item)) {
                start = item;
            }
            // 阳泉市盂县, 吕梁市临县: a county of one character and its level, read whole as a place right after its city.
            boolean shortCounty = end - start == 2 && level == '县' && word.length() == 2 && token.pos().startsWith("ns") && cityEndsAt(view, start);
            if (shortCounty) {
                candidates.add(new EntityCandidate(EntityType.PLACE, start, end, NAME, 0.7));
                continue;
            }
            // 娄底市|市管干部: a level character after a place of that level is no level of a longer name.
            if (start >= 0 && word.length() == 1 && view.charAt(end - 2) == level) {
                continue;
            }
            // 上犹等县: 等 before the level closes a list of places (and others), no name's last character; 公众号和县: a function
            // word or measure word HanLP reads alone (号/q) opens no county's or city's name (a township's stem is read below:
            // 临猗县角/q 杯乡).
            if (start < 0 || end - start < 3 || end - start > (bannerSide ? 5 : 4) || listedOrKindWord(view, start, end) || view.charAt(end - 2) == '等'
                    || end - start >= 4 && AREAS_OF_A_KIND.contains(view.slice(end - 2, end)) || (level == '县' || level == '市') && aFunctionWordAt(view, start)) {
                continue;
            }
            // 河口/ns 镇: a stem HanLP reads as a place here counts as one too.
            boolean wholeWordAPlace = word.length() > 1 && token.pos().startsWith("ns")
                    || word.length() == 1 && tokens.get(i - 1).start() == start && tokens.get(i - 1).pos().startsWith("ns");
            // 工厂在长安镇, 在虎门/ns 镇: a township HanLP reads as a place, right after a word of being somewhere.
            int wordBefore = start > view.sentence().start() ? view.tokenAt(start - 1) : -1;
            boolean townshipWhereSomethingIs = wholeWordAPlace && wordBefore >= 0 && PLACE_WORDS_BEFORE.contains(tokens.get(wordBefore).word())
                    && view.tokenEndsAt(start);
            if (TOWNSHIPS.indexOf(level) >= 0 && !countyOrCityEndsAt(view, start) && !aListedTownship(view, start, end) && !townshipWhereSomethingIs) {
                continue;
            }
            String stem = view.slice(start, bannerSide ? end - 2 : end - 1);
            // 蛟洋镇、南阳镇: a township listed with another may be named like a city or a person (南阳/nr to HanLP).
            // 永兴镇、兴隆镇: a listed township HanLP reads whole as a place, though its name is also a word (兴隆).
            boolean districtOfTheCityBefore = level == '区' && cityEndsAt(view, start) && unknownWord(stem)
                    || TOWNSHIPS.indexOf(level) >= 0 && (townshipName(stem) || townshipWhereSomethingIs || aListedTownship(view, start, end) && (properNoun(stem) || wholeWordAPlace))
                    && !commonWord(view.slice(start, end));
            boolean township = TOWNSHIPS.indexOf(level) >= 0;
            // 大城市: big cities, where 大城 names a county (大城县) but no city.
            if (!describes(stem) && !(level == '市' && BIG.equals(stem)) && !(level == '区' && aFirmsRegion(view, start, end - 1)) && (township ? districtOfTheCityBefore : wholeWordAPlace || readsAsAName(stem, level) || districtOfTheCityBefore)) {
                candidates.add(new EntityCandidate(EntityType.PLACE, start, end, NAME, 0.7));
            }
        }
        candidates.addAll(metropolitanRegions(view));
        candidates.addAll(districtsAfterTheirCity(view));
        candidates.addAll(portsOfAPlace(view));
        candidates.addAll(crossingsOfAPlace(view));
        candidates.addAll(facilitiesOfAPlace(view));
        candidates.addAll(naturalFeaturesHanlpKnows(view));
        candidates.addAll(portAreasOfTheirOwnName(view));
        candidates.addAll(ethnicTownships(view));
        candidates.addAll(townshipsListedTogether(view));
        candidates.addAll(townshipsInTheirOwnCells(view));
        candidates.addAll(townshipsOfAFirm(view));
        candidates.addAll(townshipsByTheirContext(view));
        candidates.addAll(townshipsNamedBareInAList(view));
        candidates.addAll(countiesListedTogether(view));
        candidates.addAll(villagesOfTheirTownship(view, candidates));
        return candidates;
    }

    /**
     * 永兴镇龙凤村党委, 西洞镇西洞村、银达镇银达村: right after a township or subdistrict, a name of two or three characters
     * and 村 (or 社区) is a village of it, where the village's name ends at a mark, a space, the line's end or its body, and
     * starts a word HanLP reads as a place's or a name, or does not know (not 所有村, 十二个村, 城市社区, 贫困村).
     */
    private static List<EntityCandidate> villagesOfTheirTownship(SentenceView view, List<EntityCandidate> found) {
        List<EntityCandidate> villages = new ArrayList<>();
        for (EntityCandidate township : found) {
            String name = view.slice(township.start(), township.end());
            if (township.type() != EntityType.PLACE || TOWNSHIPS.indexOf(name.charAt(name.length() - 1)) < 0 && !name.endsWith(SUBDISTRICT)
                    || !view.tokenStartsAt(township.end())) {
                continue;
            }
            java.util.regex.Matcher village = VILLAGE.matcher(view.text()).region(township.end(), view.sentence().end());
            village.useTransparentBounds(true);
            if (village.lookingAt() && GovernmentBodySource.aVillagesName(view, township.end(), village.end(1), village.group(1))) {
                villages.add(new EntityCandidate(EntityType.PLACE, township.end(), village.end(1), NAME, 0.7));
            }
        }
        return villages;
    }

    /** 龙凤村 then a mark, a space, the line's end, its party branch or committee, or its first secretary. */
    private static final java.util.regex.Pattern VILLAGE = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,3}?(?:村|社区))(?=[，,、。；;：:（( 　\\n]|$|党委|党支部|党总支|村委会|居委会|村民委员会|居民委员会|第一书记)");

    /**
     * 武汉都市圈, 南京都市圈, “宜荆荆恩”城市群: a city's metropolitan region, or one named by the cities' first characters in
     * quotation marks, is a region of its own.
     */
    private static List<EntityCandidate> metropolitanRegions(SentenceView view) {
        List<EntityCandidate> regions = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "圈群都")) { // 都市圈, 城市群, 都市区, 经济圈
            return regions;
        }
        java.util.regex.Matcher region = METROPOLITAN_REGION.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (region.find()) {
            int wordStart = region.start(2);
            int end = region.end();
            if (region.group(1) != null) {
                regions.add(new EntityCandidate(EntityType.PLACE, region.start(), end, NAME, 0.7));
                continue;
            }
            view.hits().stream().filter(hit -> hit.end() == wordStart && hit.hasType(EntityType.PLACE) && view.tokenStartsAt(hit.start()))
                    .mapToInt(Lexicon.Hit::start).min()
                    .ifPresent(start -> regions.add(new EntityCandidate(EntityType.PLACE, start, end, NAME, 0.7)));
        }
        return regions;
    }

    private static final java.util.regex.Pattern METROPOLITAN_REGION = java.util.regex.Pattern.compile(
            // The lookahead turns most positions away at their first character.
            "(?=[“\"都城经])([“\"]\\p{IsHan}{2,6}[”\"])?(都市圈|城市群|都市区|经济圈)");

    private static final int MIN_COUNTIES_LISTED = 3;
    /** The longest place name an item of such a list may be (新疆维吾尔自治区). */
    private static final int MAX_LISTED_PLACE = 8;

    /**
     * 支持同江、东宁、抚远、饶河等口岸: three or more items of a list set off by 、 (two before 等地, or after a place of their
     * province in their clause: 义乌至东阳、浦江), each a listed county or county-level city
     * named without its level (or a place the lists know), at least two of them such counties, are those counties; of
     * namesakes, the one in the province most of the list's counties are in.
     */
    private List<EntityCandidate> countiesListedTogether(SentenceView view) {
        List<EntityCandidate> counties = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "、")) { // a list of counties is set off by 、
            return counties;
        }
        List<CountyItem> run = new ArrayList<>();
        for (ListItem item : listItems(view)) {
            // …、密山和虎林口岸: 和 or 及 brings the list's last item.
            boolean listGoesOn = item.after() == '、' || !run.isEmpty() && "和及".indexOf(item.after()) >= 0;
            CountyItem found = countyItem(view, item.start(), item.end(), true);
            // 支持同江、…: the list's first item may come after the verb governing the list; its last before a noun (虎林口岸).
            for (int length = 3; found == null && run.isEmpty() && listGoesOn && length >= 2; length--) {
                found = item.end() - length > item.start() ? countyItem(view, item.end() - length, item.end(), true) : null;
            }
            for (int length = 3; found == null && !run.isEmpty() && !listGoesOn && length >= 2; length--) {
                int end = item.start() + length;
                found = end < item.end() && view.tokenEndsAt(end) ? countyItem(view, item.start(), end, true) : null;
            }
            if (found != null) {
                run.add(found);
            }
            if (found == null || !listGoesOn) {
                counties.addAll(countiesOfARun(view, run));
                run.clear();
            }
        }
        return counties;
    }

    /**
     * An item of such a list: a county named without its level (the counties of that name), or a listed place (none). A
     * county whose name is a common word too (兴国, to make a country thrive) is one only among enough counties of its province.
     */
    private record CountyItem(int start, int end, List<GazetteerEntry> counties, boolean commonWord) {
    }

    /** The county or listed place [start, end) names, or null; a common word that is a county's name too only if {@code commonWords}. */
    private CountyItem countyItem(SentenceView view, int start, int end, boolean commonWords) {
        if (end - start < 2 || end - start > MAX_LISTED_PLACE) {
            return null;
        }
        String item = view.slice(start, end);
        boolean listedPlace = gazetteer.lookup(item).stream().anyMatch(entry -> entry.type() == EntityType.PLACE);
        List<GazetteerEntry> counties = !listedPlace && item.length() <= 3 && SentenceView.isHan(item) && view.tokenStartsAt(start)
                ? gazetteer.countiesNamed(item) : List.of();
        boolean commonWord = !counties.isEmpty() && !properOrUnknown(item);
        if (commonWord && !commonWords) {
            return null;
        }
        return listedPlace || !counties.isEmpty() ? new CountyItem(start, end, counties, commonWord) : null;
    }

    private List<EntityCandidate> countiesOfARun(SentenceView view, List<CountyItem> run) {
        // 宁都、石城、兴国、会昌…: a county whose name is a common word too (兴国) counts only beside three or more others of its
        // province; else it breaks the list as any other word does.
        if (run.stream().anyMatch(CountyItem::commonWord)) {
            java.util.Map<String, Long> provinces = provincesOf(run.stream().filter(item -> !item.commonWord() && !item.counties().isEmpty()).toList());
            List<EntityCandidate> found = new ArrayList<>();
            List<CountyItem> part = new ArrayList<>();
            for (CountyItem item : run) {
                if (!item.commonWord()) {
                    part.add(item);
                } else if (item.counties().stream().anyMatch(county -> provinces.getOrDefault(county.province(), 0L) >= MIN_COUNTIES_LISTED)) {
                    part.add(new CountyItem(item.start(), item.end(), item.counties(), false));
                } else {
                    found.addAll(countiesOfARun(view, part));
                    part = new ArrayList<>();
                }
            }
            found.addAll(countiesOfARun(view, part));
            return found;
        }
        List<CountyItem> unlisted = run.stream().filter(item -> !item.counties().isEmpty()).toList();
        // 青州、昌乐等地: two are enough where the list closes with "and other places".
        boolean places = !run.isEmpty() && OTHER_PLACES.matcher(view.text()).region(run.get(run.size() - 1).end(), view.sentence().end()).lookingAt();
        if (run.size() < 2 || unlisted.size() < 2) {
            return List.of();
        }
        java.util.Map<String, Long> provinces = provincesOf(unlisted);
        String commonest = provinces.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
        // 义乌至东阳、浦江: two are enough where both are counties of the province of a place named before them in their clause,
        // as a word of its own (not 浙江 of 浙江大学).
        int listStart = run.get(0).start();
        int clauseStart = Math.max(view.sentence().start(), Math.max(view.text().lastIndexOf('，', listStart - 1), view.text().lastIndexOf('；', listStart - 1)) + 1);
        boolean anchored = commonest != null && provinces.get(commonest) == unlisted.size() && view.hits().stream()
                .anyMatch(hit -> hit.start() >= clauseStart && hit.end() <= listStart && view.tokenStartsAt(hit.start()) && view.tokenEndsAt(hit.end())
                        && hit.value().entries().stream().anyMatch(e -> e.type() == EntityType.PLACE && commonest.equals(e.province())));
        if (run.size() < (places || anchored ? 2 : MIN_COUNTIES_LISTED)) {
            return List.of();
        }
        List<EntityCandidate> counties = new ArrayList<>();
        for (CountyItem item : unlisted) {
            List<GazetteerEntry> named = item.counties();
            String province = named.stream().map(GazetteerEntry::province).filter(p -> p.equals(commonest)).findFirst()
                    .orElse(named.size() == 1 ? named.get(0).province() : null);
            if (province != null) {
                counties.add(new EntityCandidate(EntityType.PLACE, item.start(), item.end(), DISTRICT_AFTER_CITY + province, 0.7));
            }
        }
        return counties;
    }

    /** How many of the items name a county of each province. */
    private static java.util.Map<String, Long> provincesOf(List<CountyItem> items) {
        return items.stream().flatMap(item -> item.counties().stream().map(GazetteerEntry::province).distinct())
                .collect(java.util.stream.Collectors.groupingBy(province -> province, java.util.stream.Collectors.counting()));
    }

    private static final java.util.regex.Pattern OTHER_PLACES = java.util.regex.Pattern.compile("等(?:县市|县区|市县|地|县|市|区)(?![场域内])");

    /** 南湖洲镇, 六塘乡, 稠城街道: an item of a list shaped like a township's or a subdistrict's name. */
    private static final java.util.regex.Pattern TOWNSHIP_ITEM = java.util.regex.Pattern.compile("(\\p{IsHan}{2,3}?)(?:[镇乡]|街道)");
    private static final int MIN_TOWNSHIPS_LISTED = 3;

    /**
     * 鹤龙湖镇、南湖洲镇、樟树镇、六塘乡, 稠城街道、北苑街道、稠江街道: three or more items of a list set off by 、 that are
     * each shaped like a township's or a subdistrict's name are townships or subdistricts, whatever words HanLP makes of them
     * (鹤/龙湖镇, 六/塘/乡, 稠/城/街道); not a scope or kind (全镇, 中心镇). An item after the run's first may run on into
     * its clause (江东街道深化…).
     */
    private static List<EntityCandidate> townshipsListedTogether(SentenceView view) {
        List<EntityCandidate> townships = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "镇乡街")) {
            return townships;
        }
        List<ListItem> run = new ArrayList<>();
        for (ListItem listed : listItems(view)) {
            // 在梨树镇、…: an item may follow a word of being somewhere HanLP reads alone, which is no part of its name.
            ListItem item = listed.end() - listed.start() >= 4 && aFunctionCharacterAt(view, listed.start())
                    ? new ListItem(listed.start() + 1, listed.end(), listed.after()) : listed;
            java.util.regex.Matcher shape = TOWNSHIP_ITEM.matcher(view.text()).region(item.start(), item.end());
            boolean whole = shape.matches();
            boolean township = (whole || !run.isEmpty() && shape.lookingAt() && view.tokenEndsAt(shape.end()))
                    && !describes(shape.group(1)) && !commonWord(view.slice(item.start(), shape.end())) && view.tokenStartsAt(item.start());
            if (township) {
                run.add(whole ? item : new ListItem(item.start(), shape.end(), item.after()));
            }
            // A run ends at an item of another shape or at the list's end.
            if (!township || item.after() != '、') {
                if (run.size() >= MIN_TOWNSHIPS_LISTED) {
                    run.forEach(found -> townships.add(new EntityCandidate(EntityType.PLACE, found.start(), found.end(), NAME, 0.7)));
                }
                run.clear();
            }
        }
        return townships;
    }

    /** 阿拉哈格镇镇长: a township's name of two to six characters, then its head's title of the same level. */
    private static final java.util.regex.Pattern TOWNSHIP_BEFORE_ITS_HEAD = java.util.regex.Pattern.compile("(\\p{IsHan}{2,6}[镇乡])((?:镇|乡)长|副(?:镇|乡)长)");

    /**
     * 3　李亲顾镇　618, 茅台镇　　4　　2: a cell of a table's row (set off by layout spaces, the line's ends or its number)
     * shaped like a township's or a subdistrict's name is one, whatever words HanLP makes of it; not a scope, a kind or a
     * common word (乡镇, 全镇, 中心镇, 小城镇).
     */
    private static List<EntityCandidate> townshipsInTheirOwnCells(SentenceView view) {
        if (!view.sentence().holdsAnyOf(view.text(), "镇乡街") || !view.sentence().holdsAnyOf(view.text(), " 　\t")) {
            return List.of();
        }
        // A sentence never runs past its line's end (SentenceSplitter), so its cells are the row's.
        List<RosterTable.Cell> cells = RosterTable.cells(view.text(), view.sentence().start(), view.sentence().end());
        List<EntityCandidate> townships = new ArrayList<>();
        for (RosterTable.Cell cell : cells.size() < 2 ? List.<RosterTable.Cell>of() : cells) {
            java.util.regex.Matcher headed = TOWNSHIP_BEFORE_ITS_HEAD.matcher(view.text()).region(cell.start(), cell.end());
            if (aTownshipsName(view, cell.start(), cell.end())) {
                townships.add(new EntityCandidate(EntityType.PLACE, cell.start(), cell.end(), NAME, 0.7));
            } else if (headed.matches() && headed.group(1).charAt(headed.group(1).length() - 1) == headed.group(2).charAt(0)) {
                // 玉奇吾斯塘乡乡长, 阿拉哈格镇镇长: a cell naming a township's head by the township's own level ends the name there.
                townships.add(new EntityCandidate(EntityType.PLACE, cell.start(), cell.start() + headed.group(1).length(), NAME, 0.7));
            }
        }
        return townships;
    }

    /**
     * 梓山镇潭头村, 绵山镇镇长, 银坑镇农民, 高昌区葡萄镇, 位于木乐镇, 在团泊镇、大邱庄镇: a township's name (a stem of two or three
     * characters and 镇 or 乡), whatever words HanLP makes of it, where what stands about it says it is one: its village, head,
     * body or people after it; its county, district or city right before it; a verb of being somewhere before a name HanLP
     * does not know as a common word; another township listed with it; or HanLP's dictionary knowing the whole as a place.
     * The stem starts after a mark, a place, a word of being somewhere or a verb or preposition HanLP reads apart (推进|上八里镇),
     * never with such a word (在|团泊镇); of the starts that pass, the farther decides (its evidence or none).
     */
    private List<EntityCandidate> townshipsByTheirContext(SentenceView view) {
        List<EntityCandidate> townships = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), TOWNSHIPS)) {
            return townships;
        }
        for (int level = view.sentence().start() + 2; level < view.sentence().end(); level++) {
            int start = townshipByItsContextEndingAt(view, level + 1);
            if (start >= 0) {
                townships.add(new EntityCandidate(EntityType.PLACE, start, level + 1, NAME, 0.7));
            }
        }
        return townships;
    }

    /** Where the township {@link #townshipsByTheirContext} finds ending with its level at {@code end} starts, or -1. */
    static int townshipByItsContextEndingAt(SentenceView view, int end) {
        int level = end - 1;
        if (level - 2 < view.sentence().start() || end > view.sentence().end()) {
            return -1;
        }
        char c = view.charAt(level);
        char next = end < view.sentence().end() ? view.charAt(end) : ' ';
        // 镇长 is a title, 乡村 and 乡镇 words of their own, and 城镇 and 村镇, read as one word, no township's (黄村镇 and 沙城镇 are).
        boolean levelInAWord = "乡城村".indexOf(view.charAt(level - 1)) >= 0 && view.tokenStartsAt(level - 1) && !view.tokenEndsAt(level);
        if (TOWNSHIPS.indexOf(c) < 0 || next == '长' || c == '乡' && "村镇".indexOf(next) >= 0 || levelInAWord) {
            return -1;
        }
        for (int start = Math.max(view.sentence().start(), level - MAX_TOWNSHIP_STEM); start <= level - 2; start++) {
            String stem = view.slice(start, level);
            String nature = CoreWords.firstNature(stem);
            char last = stem.charAt(stem.length() - 1);
            // 所有镇, 两个镇, 这个乡, 全镇, 周边三镇: no pointer, count, scope or function word names one (上八里镇 may hold a number,
            // and 旧县镇 or 黄村镇 a county's or village's level).
            // 龙岩|市铁山镇, 新盛街道|场镇: no stem starts with a level's character or holds a subdistrict's word; 在|团泊镇,
            // 就读于|镇: none opens with or holds a preposition or particle (和平镇 opens with one's character in a word of its own).
            if (!SentenceView.isHan(stem) || describes(stem) || aFunctionCharacterAt(view, start) || aFunctionWordAt(view, start)
                    || LEVEL_CHARACTERS.indexOf(stem.charAt(0)) >= 0 || "县村".indexOf(last) < 0 && LEVEL_CHARACTERS.indexOf(last) >= 0 || SCOPES.indexOf(last) >= 0
                    || "这那其一二三四五六七八九十两几多".indexOf(last) >= 0
                    || view.slice(Math.max(view.sentence().start(), start - 1), level).contains(SUBDISTRICT)
                    || stem.substring(1).chars().anyMatch(ch -> "镇乡与和及等于在的了".indexOf(ch) >= 0) || stem.indexOf('个') >= 0
                    || nature != null && "mqrpcudb".indexOf(nature.charAt(0)) >= 0
                    || KINDS_OF_TOWNSHIP.indexOf(last) >= 0 || LABELS_OF_A_COLUMN.contains(stem)) {
                continue;
            }
            // 带动|全镇, 督促|乡政府, 带领|镇党委: a verb is no township's name, unless its county names it before (免/v 渡河/vi 镇).
            // A verb's one character (绵/vg 山镇, 射/v 洪) is as often a name's HanLP cut apart.
            boolean holdsAVerb = view.tokensWithin(start, level).stream().anyMatch(token -> Pos.isVerb(token) && token.word().length() > 1)
                    || nature != null && nature.startsWith("v");
            // 茂名高新区七迳镇: a zone's township, named after the zone, as after its county.
            int stemStart = start;
            boolean afterItsCounty = countyOrCityEndsAt(view, start)
                    || view.hits().stream().anyMatch(hit -> hit.end() == stemStart && hit.hasType(EntityType.ZONE) && view.tokenEndsAt(stemStart));
            boolean afterAPlaceWord = start > view.sentence().start() && PLACE_WORDS_BEFORE.contains(String.valueOf(view.charAt(start - 1)))
                    || view.text().startsWith("住", start - 1);
            if (!afterItsCounty && !afterAPlaceWord && !aStemsStart(view, start) || holdsAVerb && !afterItsCounty) {
                continue;
            }
            boolean evidence = afterItsCounty || followedByItsOwn(view, end) || aListedTownship(view, start, end)
                    || afterAPlaceWord && nameLike(stem)
                    || java.util.Optional.ofNullable(CoreWords.firstNature(stem + c)).filter(n -> n.startsWith("ns")).isPresent();
            return evidence ? start : -1;
        }
        return -1;
    }

    private static final int MAX_TOWNSHIP_STEM = 3;
    /**
     * 在, 对, 于, 原, 赴: a word that opens no name where HanLP reads it alone before a township's (在|团泊镇, 原|梓山镇; 和平镇
     * and 向阳镇 open with such a character in a word of their own).
     */
    private static final String STEM_FUNCTION_CHARACTERS = "在于对至到和与及以住从向是的把被将为任每各全该本这那其原前赴抵驻由";

    /** A character of {@link #STEM_FUNCTION_CHARACTERS} at {@code start} that HanLP reads alone or as the end of the word before. */
    private static boolean aFunctionCharacterAt(SentenceView view, int start) {
        return STEM_FUNCTION_CHARACTERS.indexOf(view.charAt(start)) >= 0 && (!view.tokenStartsAt(start) || view.tokenEndsAt(start + 1));
    }

    /** 特色小镇, 千强镇, 重镇, 古镇: a stem ending so describes a kind of township (立新镇 does not). */
    private static final String KINDS_OF_TOWNSHIP = "小大古名强重";

    /**
     * Whether a stem may start at {@code start}: the sentence's start or a mark or space before it, or a word HanLP reads apart
     * from what goes before, after a verb or preposition (推进|上八里, 支持|明水河).
     */
    private static boolean aStemsStart(SentenceView view, int start) {
        if (start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1)) || Character.isSpaceChar(view.charAt(start - 1))) {
            return true;
        }
        if (!view.tokenStartsAt(start)) {
            return false;
        }
        int before = view.tokenAt(start - 1);
        // 到了|饶埠乡, 黄村镇农民和|和平镇: a particle after the verb too, or a conjunction.
        Token word = before < 0 ? null : view.tokens().get(before);
        return word != null && (word.posStartsWith("v") || word.posStartsWith("p") || word.posStartsWith("u") || word.posStartsWith("c"));
    }

    /**
     * 到了|饶埠乡: a particle, pronoun, measure or other function word of one character HanLP reads at {@code start} (a numeral may
     * open a name: 七迳镇, 四塘镇).
     */
    private static boolean aFunctionWordAt(SentenceView view, int start) {
        // 张/q 兰镇, 连/ulian 福镇 opening a cell or an item: no word stands before them to make them function words.
        if (start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1)) || Character.isSpaceChar(view.charAt(start - 1))) {
            return false;
        }
        int index = view.tokenAt(start);
        Token token = index < 0 ? null : view.tokens().get(index);
        return token != null && token.start() == start && token.word().length() == 1 && "upcdrqy".indexOf(token.pos().charAt(0)) >= 0;
    }

    /** 潭头村, 镇长, 党委, 人民政府, 农民: a township's village, head, body or people right after its name. */
    private static boolean followedByItsOwn(SentenceView view, int end) {
        return TOWNSHIPS_OWN.matcher(view.text()).region(end, view.sentence().end()).lookingAt();
    }

    private static final java.util.regex.Pattern TOWNSHIPS_OWN = java.util.regex.Pattern.compile(
            "(?:\\p{IsHan}{2,3}?(?:村|社区)(?=[，,、。；;：:（( 　\\n和及与的]|$|党|村委|居委|村民|居民)"
                    + "|镇长|乡长|党委|人民政府|政府|人大|卫生院|中心卫生院|中心学校|中心小学|中学|小学|派出所|(?:村民|居民|农民)(?!工|专业|合作))");

    /**
     * 丁栾、满村、樊相等镇, 冀屯、吴村、峪河3个镇: the items of a list closed by the kind of township they are are townships,
     * where no more than a minority of them are common words.
     */
    private static List<EntityCandidate> townshipsNamedBareInAList(SentenceView view) {
        List<EntityCandidate> townships = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), TOWNSHIPS)) {
            return townships;
        }
        java.util.regex.Matcher closing = BARE_TOWNSHIPS_CLOSED.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (closing.find()) {
            List<int[]> items = new ArrayList<>();
            int commonWords = 0;
            int end = closing.start();
            while (true) {
                int start = end;
                while (start > view.sentence().start() && SentenceView.isHan(String.valueOf(view.charAt(start - 1))) && end - start < MAX_TOWNSHIP_STEM + 1) {
                    start--;
                }
                boolean listMark = start > view.sentence().start() && view.charAt(start - 1) == '、';
                // The first item may follow the verb or preposition governing the list (在丁栾、…), without a mark.
                if (!listMark) {
                    for (int first = start; first <= end - 2; first++) {
                        String stem = view.slice(first, end);
                        if (stem.length() <= MAX_TOWNSHIP_STEM && (first == view.sentence().start() || SentenceView.isPunctuation(view.charAt(first - 1))
                                || PLACE_WORDS_BEFORE.contains(String.valueOf(view.charAt(first - 1))) || aStemsStart(view, first)
                                // 随县|厉山、殷店等乡镇: or right after the county they are in.
                                || countyEndsAt(view, first))
                                && !aFunctionCharacterAt(view, first)) {
                            start = first;
                            break;
                        }
                    }
                }
                String stem = view.slice(start, end);
                // 城关、新区、蕲州等镇: a zone's kind is no township's name, whatever the others are.
                if (stem.length() < 2 || stem.length() > MAX_TOWNSHIP_STEM || describes(stem) || aFunctionCharacterAt(view, start)
                        || ZonePatternSource.BARE_WORDS.contains(stem)) {
                    items.clear();
                    break;
                }
                commonWords += commonWord(stem) && !nameLike(stem) ? 1 : 0;
                items.add(new int[] {start, end});
                if (!listMark) {
                    break;
                }
                end = start - 1;
            }
            // A common word among names (张榜 among 蕲州、漕河、赤东) is a township's name too; a list mostly of words (工业、农业) names kinds.
            if (items.size() >= 2 && items.size() - commonWords >= 2 && commonWords * 2 < items.size()) {
                // 3个镇: the level the list closes with is each one's (冀屯镇); of 等乡镇, it is not said which.
                String closingLevel = view.text().startsWith("乡镇", closing.end() - 2) ? "" : view.slice(closing.end() - 1, closing.end());
                items.forEach(item -> townships.add(new EntityCandidate(EntityType.PLACE, item[0], item[1], TOWNSHIP_LIST + NOTE + closingLevel, 0.7)));
            }
        }
        return townships;
    }

    private static boolean nameLike(String stem) {
        String nature = CoreWords.firstNature(stem);
        return nature == null || nature.startsWith("ns") || nature.startsWith("nz") || nature.startsWith("nr");
    }

    /** 等镇, 等乡镇, 3个镇, 两个乡: what closes a list of townships named without their level. */
    private static final java.util.regex.Pattern BARE_TOWNSHIPS_CLOSED = java.util.regex.Pattern.compile(
            "(?:等?[0-9一二三四五六七八九十两]{1,2}个|等)(?:乡镇|镇|乡)(?![长政委党亲村民干领群])");

    /** 所在街道, 所属乡镇: a table's header over its townships' column. */
    private static final java.util.Set<String> LABELS_OF_A_COLUMN = java.util.Set.of("所在", "所属", "辖区", "涉及", "相关", "其他", "涉农", "特色小",
            "偏远", "边远", "农村", "城区", "城关");

    /** [start, end) is shaped like a township's or subdistrict's name (a stem of two or three, 镇, 乡 or 街道), not a kind's. */
    private static boolean aTownshipsName(SentenceView view, int start, int end) {
        java.util.regex.Matcher shape = TOWNSHIP_ITEM.matcher(view.text()).region(start, end);
        if (!shape.matches()) {
            return false;
        }
        String stem = shape.group(1);
        // 两个镇, 这个乡, 其他街道: no count, pointer or function word names one (平安镇, 大坝镇: common words may).
        String nature = CoreWords.firstNature(stem);
        boolean functionWord = nature != null && "mqrpcudb".indexOf(nature.charAt(0)) >= 0;
        return SentenceView.isHan(stem) && !describes(stem) && !functionWord && !LABELS_OF_A_COLUMN.contains(stem) && !commonWord(view.slice(start, end))
                && LEVEL_CHARACTERS.indexOf(stem.charAt(stem.length() - 1)) < 0;
    }

    /** A stretch of a sentence between two marks (or words that close a list's item), and what ends it (0 at the sentence's end). */
    private record ListItem(int start, int end, char after) {
    }

    /** The sentence cut at every mark and at 等, 和 and 及: the items of the lists it holds, and all else between. */
    private static List<ListItem> listItems(SentenceView view) {
        List<ListItem> items = new ArrayList<>();
        int itemStart = view.sentence().start();
        for (int at = view.sentence().start(); at <= view.sentence().end(); at++) {
            boolean sentenceEnd = at == view.sentence().end();
            if (sentenceEnd || SentenceView.isPunctuation(view.charAt(at)) || LIST_ENDS.indexOf(view.charAt(at)) >= 0) {
                items.add(new ListItem(itemStart, at, sentenceEnd ? 0 : view.charAt(at)));
                itemStart = at + 1;
            }
        }
        return items;
    }

    /** Words that close a list's last item as a mark does (…、六塘乡等乡镇, …和东塘镇). */
    private static final String LIST_ENDS = "等和及";

    /**
     * 桥头苗族壮族乡, 三江口蒙古族乡, 查巴奇鄂温克民族乡: a township named for the peoples living there, which no word reads
     * like.
     */
    private static final java.util.regex.Pattern ETHNIC_TOWNSHIP = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{1,4}?)(?:" + Gazetteer.peoplesWords("") + "|(?:" + String.join("|", Gazetteer.PEOPLES) + "){1,3}民族)[乡镇]");

    private static List<EntityCandidate> ethnicTownships(SentenceView view) {
        List<EntityCandidate> townships = new ArrayList<>();
        int end = view.sentence().end();
        // Only where a people's name and 乡 or 镇 meet: the pattern is tried at every character otherwise.
        String sentence = view.slice(view.sentence().start(), end);
        if (!sentence.contains("族乡") && !sentence.contains("族镇")) {
            return townships;
        }
        java.util.regex.Matcher township = ETHNIC_TOWNSHIP.matcher(view.text());
        for (int from = view.sentence().start(); from < end && township.region(from, end).find(); ) {
            if (anEthnicTownshipsName(view, township)) {
                townships.add(new EntityCandidate(EntityType.PLACE, township.start(), township.end(), NAME, 0.7));
                from = township.end();
            } else {
                from = township.start() + 1;
            }
        }
        return townships;
    }

    /**
     * The name starts a word (桥头/s), holds no level of its county (河口县|桥头…, where HanLP may read 县桥头; 错那市|勒门巴民族乡)
     * and opens with no function word or verb (在|三江口蒙古族乡, 位于|勿角藏族乡), and is no count or kind of townships (各民族乡,
     * 少数民族乡).
     */
    private static boolean anEthnicTownshipsName(SentenceView view, java.util.regex.Matcher township) {
        int first = view.tokenAt(township.start());
        // 错那市勒门巴民族乡: a name of one character only right after its listed county or city (HanLP may read 那市勒 as one
        // word; not 该市有满族乡3个).
        if (township.group(1).length() == 1) {
            return placeEndsAt(view, township.start())
                    && STEM_FUNCTION_CHARACTERS.indexOf(township.group(1).charAt(0)) < 0 && "有辖内共".indexOf(township.group(1).charAt(0)) < 0;
        }
        // 喇叭沟门满族乡: a name of four characters only where a name may start, after a time word too (今年|喇叭沟门满族乡); not
        // opened by a word of time, a conjunction, an adverb or a pronoun (唯一|红旗, 目前|红旗, 同时|红旗满族乡).
        if (township.group(1).length() == 4) {
            Token opening = first < 0 ? null : view.tokens().get(first);
            int before = view.tokenAt(township.start() - 1);
            boolean afterATime = before >= 0 && township.start() > view.sentence().start() && view.tokens().get(before).posStartsWith("t");
            if (opening != null && opening.end() < township.end(1) && !opening.pos().isEmpty() && "tcdrb".indexOf(opening.pos().charAt(0)) >= 0
                    || !aStemsStart(view, township.start()) && !placeEndsAt(view, township.start()) && !afterATime) {
                return false;
            }
        }
        return view.tokenStartsAt(township.start()) && "各个多民旗".indexOf(township.group(1).charAt(0)) < 0 && !township.group(1).contains("少数")
                && township.group(1).chars().noneMatch(c -> "县区市".indexOf(c) >= 0)
                && STEM_FUNCTION_CHARACTERS.indexOf(township.group(1).charAt(0)) < 0 && !(first >= 0 && Pos.isVerb(view.tokens().get(first)));
    }

    /**
     * 随县/ns|厉山, 浏阳市|大瑶: a county's or city's name (listed, or a place word of HanLP's with its level) ends at {@code at},
     * and no listed place runs on across it (浏阳|市大瑶).
     */
    private static boolean countyEndsAt(SentenceView view, int at) {
        int before = view.tokenAt(at - 1);
        Token word = before < 0 ? null : view.tokens().get(before);
        boolean hanlpsCounty = word != null && word.end() == at && word.posStartsWith("ns") && "县区市旗".indexOf(word.word().charAt(word.word().length() - 1)) >= 0;
        return (hanlpsCounty || countyOrCityEndsAt(view, at))
                && view.hits().stream().noneMatch(hit -> hit.start() < at && hit.end() > at && hit.hasType(EntityType.PLACE));
    }

    /** A listed place that ends at {@code at} (错那市|勒门巴民族乡, 怀柔区|喇叭沟门满族乡). */
    private static boolean placeEndsAt(SentenceView view, int at) {
        return view.hits().stream().anyMatch(hit -> hit.end() == at && hit.hasType(EntityType.PLACE));
    }

    /** Where an ethnic township ending at {@code end} starts, or -1. */
    private static int ethnicTownshipEndingAt(SentenceView view, int end) {
        if (end - 2 < view.sentence().start() || view.charAt(end - 2) != '族') {
            return -1;
        }
        for (int start = Math.max(view.sentence().start(), end - MAX_ETHNIC_TOWNSHIP); start <= end - 4; start++) {
            java.util.regex.Matcher township = ETHNIC_TOWNSHIP.matcher(view.text()).region(start, end);
            if (township.matches() && anEthnicTownshipsName(view, township)) {
                return start;
            }
        }
        return -1;
    }

    /** A name of four, three peoples of four characters at most and 民族乡. */
    private static final int MAX_ETHNIC_TOWNSHIP = 19;

    /**
     * 日照港, 青岛港, 宁波舟山港: a listed place (two, for a joint port) and 港 ending a word is a port, a place of its own and
     * not the city (日照港口, 日照港区, 沪港通, 粤港澳 are not ports so named; 日照港集团, a longer name, is the firm's); an area of
     * the port named right after it (天津港北疆港区) is a place too, and so is a port with a name of its own between the city
     * and 港 or 港区 (重庆果园港, 青岛前湾港区, 上海洋山港), and a place HanLP knows and no list does before 港 (城陵矶港).
     */
    private static List<EntityCandidate> portsOfAPlace(SentenceView view) {
        List<EntityCandidate> ports = new ArrayList<>();
        // 城陵矶港: a place HanLP knows, a word of its own, then 港 ending a word.
        for (Token word : view.tokens()) {
            if (word.end() < view.sentence().end() && view.charAt(word.end()) == PORT && view.tokenStartsAt(word.end()) && portWordEnds(view, word.end() + 1)
                    && aPlaceHanlpKnows(view, word)) {
                ports.add(new EntityCandidate(EntityType.PLACE, word.start(), word.end() + 1, NAME, 0.7));
            }
            // 深圳盐田港/ns: a port HanLP knows as one place word, with a name of its own before 港 (not 航空港, 自贸港).
            String stem = word.word().substring(0, word.word().length() - 1);
            if (word.word().length() >= 3 && word.word().charAt(word.word().length() - 1) == PORT && aPlaceHanlpKnows(view, word)
                    && KINDS_OF_PORT.stream().noneMatch(stem::endsWith) && portWordEnds(view, word.end())) {
                ports.add(new EntityCandidate(EntityType.PLACE, word.start(), word.end(), NAME, 0.7));
            }
        }
        for (Lexicon.Hit place : view.hits()) {
            if (!aPortsPlace(view, place) || !view.tokenStartsAt(place.start())) {
                continue;
            }
            int port = place.end();
            for (Lexicon.Hit partner : view.hits()) {
                if (partner.start() == place.end() && aPortsPlace(view, partner) && partner.end() > port) {
                    port = partner.end();
                }
            }
            // 广西钦州港: the province before the city names no joint port; the port is the city's.
            int portStart = port > place.end() && place.value().entries().stream().anyMatch(entry -> entry.kind().equals("PROVINCE")) ? place.end() : place.start();
            if (port < view.sentence().end() && view.charAt(port) == PORT && portWordEnds(view, port + 1)) {
                ports.add(new EntityCandidate(EntityType.PLACE, portStart, port + 1, NAME, 0.7));
                int area = portAreaEnd(view, port + 1);
                if (area > 0) {
                    ports.add(new EntityCandidate(EntityType.PLACE, port + 1, area, NAME, 0.7));
                }
                continue;
            }
            int ownName = portOwnNameEnd(view, port);
            if (ownName > 0) {
                ports.add(new EntityCandidate(EntityType.PLACE, place.start(), ownName, NAME, 0.7));
            }
        }
        // 威海港和石岛港: a name and 港 listed right after a port is a port too, whatever HanLP reads the name as (石岛/nr).
        for (int i = 0; i < ports.size(); i++) {
            int joiner = ports.get(i).end();
            int end = joiner + 1 < view.sentence().end() && LIST_JOINERS.indexOf(view.charAt(joiner)) >= 0 && view.tokenStartsAt(joiner + 1)
                    ? portOwnNameEnd(view, joiner + 1) : -1;
            int listedStart = joiner + 1;
            if (end > 0 && view.charAt(end - 1) == PORT && ports.stream().noneMatch(port -> port.start() == listedStart && port.end() == end)) {
                ports.add(new EntityCandidate(EntityType.PLACE, listedStart, end, NAME, 0.7));
            }
        }
        return ports;
    }

    /**
     * 郑州新郑国际机场, 兰州中川国际机场, 香港机场, 黄山北站, 西安国际港站, 重庆团结村中心站, 黄山风景区: a listed place (not a
     * country) or one HanLP knows (正定国际机场, 虹桥机场), then a name of up to four characters with no verb or function word in
     * it, then an airport's, a station's or a scenic area's word, is the facility, a place of its own (the longer body or firm
     * a source finds there, 郑州机场海关, wins).
     */
    private static List<EntityCandidate> facilitiesOfAPlace(SentenceView view) {
        List<EntityCandidate> facilities = new ArrayList<>();
        for (Lexicon.Hit place : view.hits()) {
            if (aPortsPlace(view, place) && view.tokenStartsAt(place.start())) {
                facilityAfter(view, place.start(), place.end(), facilities);
            }
        }
        // 正定国际机场, 虹桥机场: so does a place HanLP knows and no list does.
        if (view.sentence().holdsAnyOf(view.text(), "场站景")) {
            for (int index = 0; index < view.tokens().size(); index++) {
                Token word = view.tokens().get(index);
                if (word.end() < view.sentence().end() && aPlaceHanlpKnows(view, word)) {
                    facilityAfter(view, characterOpeningTheName(view, index), word.end(), facilities);
                }
            }
        }
        return facilities;
    }

    /**
     * 推进董家口港区…, 、曹妃甸港区矿石码头, 梅山港区的桥吊: a port area named on its own, a name of two or three characters in
     * whole words none of which the dictionary knows as anything but a place (no 重点港区, no kind of zone's word: 保税港区;
     * a side of town HanLP tags an adverb, 城西, is one), opening a clause or after a verb, preposition, conjunction, particle
     * or pronoun (前湾港区和董家口港区, 控股的海沧港区, 其中城西港区), is a place.
     */
    private static List<EntityCandidate> portAreasOfTheirOwnName(SentenceView view) {
        List<EntityCandidate> areas = new ArrayList<>();
        String text = view.text();
        for (int found = text.indexOf(PORT_AREA, view.sentence().start()); found >= 0 && found < view.sentence().end(); found = text.indexOf(PORT_AREA, found + 1)) {
            int end = found + PORT_AREA.length();
            for (int start = Math.max(view.sentence().start(), found - 3); start <= found - 2; start++) {
                int before = view.tokenAt(start - 1);
                boolean opens = start == view.sentence().start() || before < 0 || OPENING_A_NAME.indexOf(view.tokens().get(before).pos().charAt(0)) >= 0;
                // 重点港区, 核心港区: a word the dictionary knows as anything but a place is no port area's name.
                boolean named = view.tokensWithin(start, found).stream().noneMatch(word -> word.word().length() > 1 && commonWord(word.word()));
                if (opens && named && portOwnNameEnd(view, start) == end) {
                    // 东疆港区 where the document names 天津东疆保税港区: the bonded port area of that name is what the zone rules find.
                    if (!text.contains(view.slice(start, found) + BONDED_PORT_AREA)) {
                        areas.add(new EntityCandidate(EntityType.PLACE, start, end, NAME, 0.7));
                    }
                    break;
                }
            }
        }
        return areas;
    }

    /**
     * The tags (by first letter) of what may stand right before a port area's own name: a mark, verb, preposition,
     * conjunction, the particle 的 (控股的海沧港区) or a pronoun (其中城西港区).
     */
    private static final String OPENING_A_NAME = "wvpcur";

    private static final String BONDED_PORT_AREA = "保税港区";

    /** The facility named after the place at [placeStart, placeEnd), added to {@code facilities}, if any. */
    private static void facilityAfter(SentenceView view, int placeStart, int placeEnd, List<EntityCandidate> facilities) {
        for (int length = 0; length <= MAX_FACILITY_NAME && placeEnd + length < view.sentence().end(); length++) {
            int nameEnd = placeEnd + length;
            java.util.regex.Matcher facility = FACILITY.matcher(view.text()).region(nameEnd, view.sentence().end());
            if (!facility.lookingAt()) {
                continue;
            }
            boolean bareDirection = facility.group().length() == 2 && GazetteerSource.DIRECTIONS.indexOf(facility.group().charAt(0)) >= 0;
            List<Token> words = view.tokensWithin(placeEnd, nameEnd);
            // 广东全省机场, 浙江省内机场: a scope or a place noun is no airport's name.
            boolean aName = length == 0 || SentenceView.isHan(view.slice(placeEnd, nameEnd)) && (view.tokenStartsAt(placeEnd) || placeReadIntoAName(view, placeStart, placeEnd))
                    && view.tokenEndsAt(nameEnd)
                    && words.stream().noneMatch(word -> notInAFacilitysName(word, word == words.get(0)))
                    && SCOPES.indexOf(view.charAt(placeEnd)) < 0;
            if (aName && !(bareDirection && length > 0) && !(facility.group().equals(HUB_STATION) && length == 0)) {
                facilities.add(new EntityCandidate(EntityType.PLACE, placeStart, facility.end(), NAME, 0.7));
            }
            break;
        }
    }

    /**
     * 镜泊湖, 五指山, 涠洲岛: a lake, mountain, island, river or bay HanLP knows as a place by a name of three characters or
     * more, and no list does, is a place (two-character ones, 南海 and 黄山, are as often districts and cities the lists name).
     */
    private static List<EntityCandidate> naturalFeaturesHanlpKnows(SentenceView view) {
        List<EntityCandidate> features = new ArrayList<>();
        for (Token word : view.tokens()) {
            if (word.start() >= view.sentence().start() && word.word().length() >= 3 && NATURAL_FEATURE_ENDINGS.indexOf(word.word().charAt(word.word().length() - 1)) >= 0
                    && aPlaceHanlpKnows(view, word)) {
                features.add(new EntityCandidate(EntityType.PLACE, word.start(), word.end(), NAME, 0.6));
            }
        }
        return features;
    }

    /** Last characters of lakes, mountains, islands, rivers, bays and gorges. */
    private static final String NATURAL_FEATURE_ENDINGS = "湖山岛江河湾峡";

    /**
     * 在小/a 南海/ns 景区, 到大/a 黑山/nsf 风景区: a lone character HanLP reads as an adjective right before the place it knows,
     * itself opening a clause or after a verb, preposition or mark, is the first of the facility's own name (小南海, 大黑山);
     * the start of the name at the token {@code index}.
     */
    private static int characterOpeningTheName(SentenceView view, int index) {
        Token place = view.tokens().get(index);
        if (index == 0) {
            return place.start();
        }
        Token character = view.tokens().get(index - 1);
        boolean qualifier = character.end() == place.start() && character.word().length() == 1 && SentenceView.isHan(character.word())
                && (character.pos().equals("a") || character.pos().equals("ag")) && character.start() >= view.sentence().start();
        boolean opens = qualifier && (index == 1 || character.start() == view.sentence().start()
                || OPENING_A_NAME.indexOf(view.tokens().get(index - 2).pos().charAt(0)) >= 0);
        return opens ? character.start() : place.start();
    }

    /** 宁波栎/nr 社/n 国际机场: HanLP read the place and the facility's first character as a person's name. */
    private static boolean placeReadIntoAName(SentenceView view, int placeStart, int placeEnd) {
        int index = view.tokenAt(placeEnd);
        Token word = index < 0 ? null : view.tokens().get(index);
        return word != null && word.start() == placeStart && word.end() == placeEnd + 1 && word.posStartsWith("nr");
    }

    /**
     * A word no airport's or station's own name holds: a verb, adjective, function word, count, place noun or locative
     * (广东全省机场, 浙江省内机场); but HanLP cuts an unknown name into morphemes and directions (南昌|昌/ag 北/f|国际机场).
     */
    private static boolean notInAFacilitysName(Token word, boolean first) {
        boolean morpheme = morpheme(word);
        boolean direction = !first && word.word().length() == 1 && GazetteerSource.DIRECTIONS.indexOf(word.word().charAt(0)) >= 0;
        return !morpheme && !direction && (NOT_IN_A_PORTS_NAME.indexOf(word.pos().charAt(0)) >= 0 || word.posStartsWith("s") || word.posStartsWith("f"));
    }

    /** 洋/ag of 洋山港, 昌/ag of 南昌北站: HanLP cuts an unknown name into morphemes. */
    private static boolean morpheme(Token word) {
        return word.pos().length() == 2 && word.pos().charAt(1) == 'g';
    }

    /** The words of an airport, a station or a scenic area, named after its place (RepeatedShortNames looks for them after a bare name too). */
    static final String FACILITY_WORDS = "国际机场|机场|火车站|高铁站|国际港站|中心站|[东西南北]站(?![点台长])|风景名胜区|风景区|景区(?!管)";
    private static final java.util.regex.Pattern FACILITY = java.util.regex.Pattern.compile(FACILITY_WORDS);
    private static final String HUB_STATION = "中心站";
    private static final int MAX_FACILITY_NAME = 4;

    /**
     * 东宁口岸, 友谊关口岸, 满洲里口岸: a listed city, county or crossing, a listed county's name without its level, a listed
     * zone's ground (横琴口岸) or a place HanLP knows and no list does (城陵矶口岸), right before 口岸 or a mode and 口岸
     * (珲春公路口岸), is a port of entry, a place of its own.
     */
    private List<EntityCandidate> crossingsOfAPlace(SentenceView view) {
        List<EntityCandidate> crossings = new ArrayList<>();
        for (int at = view.text().indexOf(CROSSING, view.sentence().start()); at >= 0 && at + CROSSING.length() <= view.sentence().end();
             at = view.text().indexOf(CROSSING, at + 1)) {
            int end = at + CROSSING.length();
            if (!view.tokenStartsAt(at) || !view.tokenEndsAt(end)) {
                continue;
            }
            // 珲春公路口岸, 满洲里铁路口岸: the crossing's mode between its place and 口岸; 成都航空/nt 口岸 too, where HanLP read the
            // place and the mode as a firm's name.
            int crossingAt = at;
            int placeEnd = CROSSING_MODES.stream().filter(mode -> view.text().startsWith(mode, crossingAt - mode.length()) && (view.tokenStartsAt(crossingAt - mode.length())
                            || view.hits().stream().anyMatch(hit -> hit.end() == crossingAt - mode.length() && hit.hasType(EntityType.PLACE))))
                    .mapToInt(mode -> crossingAt - mode.length()).findFirst().orElse(at);
            int start = view.hits().stream().filter(hit -> hit.end() == placeEnd && view.tokenStartsAt(hit.start())
                            && (aPortsPlace(view, hit) && hit.value().entries().stream().anyMatch(entry -> CROSSING_PLACES.contains(entry.kind()))
                                    || aZonesGround(view, hit)))
                    .mapToInt(Lexicon.Hit::start).min().orElse(-1);
            // 城陵矶口岸: a place HanLP knows, a word of its own, that no list knows (广西口岸, 天津口岸 are a province's).
            int word = start < 0 ? view.tokenAt(placeEnd - 1) : -1;
            if (word >= 0 && view.tokens().get(word).end() == placeEnd && aPlaceHanlpKnows(view, view.tokens().get(word))) {
                start = view.tokens().get(word).start();
            }
            for (int length = 2; start < 0 && length <= 3 && placeEnd - length >= view.sentence().start(); length++) {
                // 河口口岸: a county's name HanLP's dictionary knows first as a common word (河口, a river's mouth) is the
                // county's where the tokenizer read it as a place, one word, before 口岸.
                int from = placeEnd - length;
                boolean readAsAPlace = view.readAsOnePlace(from, placeEnd) && !gazetteer.countiesNamed(view.slice(from, placeEnd)).isEmpty();
                if (countyNamed(view, from, placeEnd) || readAsAPlace) {
                    start = from;
                }
            }
            start = start < 0 ? transliteratedCrossingStart(view, placeEnd) : start;
            // 绥芬河、东宁、密山和虎林口岸: the ports of all the places listed, whose names the list rule finds (but 东宁口岸和友谊关口岸
            // are two ports).
            // 综保区与二连浩特口岸: a joiner after no place lists nothing.
            int joiner = start - 1;
            if (start >= 0 && (start == view.sentence().start() || LIST_JOINERS.indexOf(view.charAt(start - 1)) < 0
                    || view.text().startsWith(CROSSING, start - 1 - CROSSING.length())
                    || view.hits().stream().noneMatch(hit -> hit.end() == joiner && hit.hasType(EntityType.PLACE)) && !countyBefore(view, joiner))) {
                crossings.add(new EntityCandidate(EntityType.PLACE, start, end, NAME, 0.7));
            }
        }
        return crossings;
    }

    /**
     * 卡拉苏/nrf 口岸, 经阿日/nr 哈/b 沙特/ns 口岸: a crossing named by a transliteration no list knows, pieces HanLP reads as
     * names (a country's among them, never a place of China's lists) from a boundary, a listed place or a word of passing (经,
     * 从, glued to the first piece) to 口岸; its start, or -1.
     */
    private int transliteratedCrossingStart(SentenceView view, int placeEnd) {
        int index = view.tokenAt(placeEnd - 1);
        if (index < 0 || view.tokens().get(index).end() != placeEnd) {
            return -1;
        }
        int start = placeEnd;
        int pieces = 0;
        boolean transliterated = false;
        for (int i = index; i >= 0 && placeEnd - view.tokens().get(i).start() <= MAX_TRANSLITERATED_CROSSING; i--) {
            Token piece = view.tokens().get(i);
            // 经新疆卡拉苏口岸: a place of China's lists is where the crossing is, no piece of its name (a country's may be: 沙特).
            if (piece.end() != start || !SentenceView.isHan(piece.word()) || !(piece.posStartsWith("nr") || piece.posStartsWith("ns")
                    || piece.pos().equals("nz") || piece.word().length() == 1 && TRANSLITERATION_PIECES.contains(piece.pos()))
                    || gazetteer.lookup(piece.word()).stream().anyMatch(entry -> entry.type() == EntityType.PLACE && !entry.isForeign())) {
                break;
            }
            transliterated |= piece.pos().equals("nrf") || piece.posStartsWith("nr") && piece.word().length() == 3;
            start = piece.start();
            pieces++;
        }
        // A Chinese name of three characters alone (王建国/nr 口岸) is no transliteration; among other pieces it may be (经阿日/nr 哈/b 沙特/ns).
        boolean aloneAName = pieces == 1 && !view.tokens().get(index).pos().equals("nrf");
        if (!transliterated || aloneAName || placeEnd - start < 3) {
            return -1;
        }
        // 经阿日/nr: the word of passing HanLP glued to the first piece is none of the name.
        if (PASSING.indexOf(view.charAt(start)) >= 0 && placeEnd - start >= 5) {
            start++;
        }
        char before = view.charAt(start - 1);
        int nameStart = start;
        boolean boundary = start == view.sentence().start() || SentenceView.isPunctuation(before) || LIST_JOINERS.indexOf(before) >= 0
                || PASSING.indexOf(before) >= 0 || Character.isWhitespace(before)
                || view.hits().stream().anyMatch(hit -> hit.end() == nameStart && hit.hasType(EntityType.PLACE));
        return boundary ? start : -1;
    }

    private static final int MAX_TRANSLITERATED_CROSSING = 7;
    /** Words of passing through a crossing: 经, 从, 自, 由 (经霍尔果斯口岸出境). */
    private static final String PASSING = "经从自由";
    /** One-character tags HanLP gives a transliteration's pieces (哈/b). */
    private static final java.util.Set<String> TRANSLITERATION_PIECES = java.util.Set.of("b", "ag", "ng", "Rg", "j");

    /** 密山和: a listed county's name without its level, of two or three characters, ends at {@code end}. */
    private boolean countyBefore(SentenceView view, int end) {
        return countyNamed(view, end - 2, end) || end - 3 >= view.sentence().start() && countyNamed(view, end - 3, end);
    }

    /** [start, end) is a listed county's name without its level. */
    private boolean countyNamed(SentenceView view, int start, int end) {
        CountyItem county = start < view.sentence().start() ? null : countyItem(view, start, end, false);
        return county != null && !county.counties().isEmpty();
    }

    private static final String CROSSING = "口岸";
    /** The modes a crossing is named with: 公路口岸, 铁路口岸. */
    private static final List<String> CROSSING_MODES = List.of("公路", "铁路", "航空", "水运", "陆路", "水路");
    static final String LIST_JOINERS = "、和及与";

    /** 城陵矶/ns: a word of two characters or more HanLP tags as a place, which no list of places knows. */
    private static boolean aPlaceHanlpKnows(SentenceView view, Token word) {
        return word.posStartsWith("ns") && word.word().length() >= 2 && SentenceView.isHan(word.word())
                && view.hits().stream().noneMatch(hit -> hit.start() == word.start() && hit.end() == word.end() && hit.hasType(EntityType.PLACE));
    }

    /** 横琴 of 横琴口岸: a listed zone's bare name, the ground it lies on, no kind word in it. */
    private static boolean aZonesGround(SentenceView view, Lexicon.Hit hit) {
        return hit.hasType(EntityType.ZONE) && hit.cue(Cue.CueFamily.ZONE_SUFFIX) == null && !ZONE_KIND_ENDING.matcher(view.slice(hit.start(), hit.end())).find();
    }

    private static final java.util.regex.Pattern ZONE_KIND_ENDING = java.util.regex.Pattern.compile("[区园城港]$");
    /** Places a port of entry is named after: cities, counties and the crossings themselves (not 广西口岸, 上海口岸: all of a province's). */
    private static final java.util.Set<String> CROSSING_PLACES = java.util.Set.of("CITY", "COUNTY_CITY", "COUNTY", "DISTRICT", "BORDER_PORT");

    /**
     * 重庆果园港, 武汉阳逻港, 青岛前湾港区: a port's own name of two or three characters between its city and 港 or 港区;
     * the end, or -1. Not a kind of port (海南自贸港, 郑州航空港, 西安国际陆港: zones and hubs).
     */
    private static int portOwnNameEnd(SentenceView view, int start) {
        if (!view.tokenStartsAt(start)) {
            return -1;
        }
        for (int length = 2; length <= 3 && start + length < view.sentence().end(); length++) {
            int end = start + length;
            String stem = view.slice(start, end);
            if (view.charAt(end) != PORT || !SentenceView.isHan(stem) || stem.indexOf(PORT) >= 0 || KINDS_OF_PORT.stream().anyMatch(stem::contains)) {
                continue;
            }
            // 重庆|到|钦州港, 赣州|至|深圳港: no verb, preposition or other function word in the name (a morpheme of an unknown
            // name may be tagged so: 洋/ag 山), and none of it a listed place of its own.
            List<Token> words = view.tokensWithin(start, end);
            if (words.isEmpty() || words.get(words.size() - 1).end() != end
                    || words.stream().anyMatch(word -> NOT_IN_A_PORTS_NAME.indexOf(word.pos().charAt(0)) >= 0 && !morpheme(word) && !aSideOfTown(word))
                    || view.hits().stream().anyMatch(hit -> hit.start() > start && hit.start() < end && hit.hasType(EntityType.PLACE))) {
                return -1;
            }
            if (end + 1 < view.sentence().end() && view.charAt(end + 1) == '区' && view.tokenEndsAt(end + 2)) {
                return end + 2;
            }
            if (portWordEnds(view, end + 1)) {
                return end + 1;
            }
        }
        return -1;
    }

    /** 港 ends a word at {@code end} and no longer word of a port's (港口, 港区, 港澳, 港务) goes on. */
    private static boolean portWordEnds(SentenceView view, int end) {
        return view.tokenEndsAt(end) && (end == view.sentence().end() || NOT_A_PORT_AFTER.indexOf(view.charAt(end)) < 0);
    }

    /** The tags (by first letter) of verbs, adjectives, adverbs, prepositions, conjunctions, particles, numbers, classifiers and pronouns. */
    private static final String NOT_IN_A_PORTS_NAME = "vadpcumqry";

    /** 城西/d: a side of town HanLP tags an adverb (城西港区, 城东), a place's word in a port's name. */
    private static boolean aSideOfTown(Token word) {
        return word.word().length() == 2 && word.pos().equals("d") && word.word().charAt(0) == '城' && "东西南北".indexOf(word.word().charAt(1)) >= 0;
    }

    /** What 港 ends when it names a kind of zone or hub, not a port: 自贸港, 保税港(区), 航空港, 空港, 陆港, 信息港. */
    private static final List<String> KINDS_OF_PORT = List.of("自贸", "自由贸易", "保税", "航空", "空", "陆", "国际", "信息", "数字", "智慧", "内河", "物流");

    /** 天津港北疆港区, 宁波舟山港穿山港区: an area of two characters and 港区 right after its port; the end, or -1. */
    private static int portAreaEnd(SentenceView view, int start) {
        int end = start + 2 + PORT_AREA.length();
        return end <= view.sentence().end() && view.tokenStartsAt(start) && view.slice(start + 2, end).equals(PORT_AREA) && view.tokenEndsAt(end)
                && SentenceView.isHan(view.slice(start, start + 2)) ? end : -1;
    }

    private static final String PORT_AREA = "港区";

    private static boolean aPortsPlace(SentenceView view, Lexicon.Hit hit) {
        return hit.hasType(EntityType.PLACE) && hit.end() - hit.start() >= 2 && !view.namesACountry(hit.start(), hit.end());
    }

    private static final char PORT = '港';
    private static final String NOT_A_PORT_AFTER = "口区澳务城湾股";

    /**
     * 广州南沙, 宁波北仑, 杭州萧山, 福建晋江: a listed district, county or county-level city of the city's or province's
     * province, its level word left out, right after the city or province names it, as a word of its own (not 黄浦 of 上海黄浦江, 玄武 of 玄武湖); a longer name starting there (南沙新区) is
     * the other sources' to give. The candidate's source carries the province, for the linker.
     */
    private List<EntityCandidate> districtsAfterTheirCity(SentenceView view) {
        List<EntityCandidate> districts = new ArrayList<>();
        for (Lexicon.Hit city : view.hits()) {
            int start = city.end();
            int end = start + SHORT_DISTRICT;
            if (end > view.sentence().end() || LEVELS.indexOf(view.charAt(end)) >= 0 || !SentenceView.isHan(view.slice(start, end))
                    || !view.tokenStartsAt(start) || !view.tokenEndsAt(end)) {
                continue;
            }
            java.util.Optional<String> province = city.value().entries().stream().filter(entry -> CITY_OR_PROVINCE_LEVELS.contains(entry.kind()))
                    .map(GazetteerEntry::province).findFirst();
            // 荆州公安局: a common word (公安) is read so, though a county of that province bears its name.
            String stem = view.slice(start, end);
            // 江西进贤人，: where a biography says one is from, a county's name is that, whatever word it also is (进贤/v).
            boolean nativePlace = view.charAt(end) == NATIVE && end + 1 <= view.sentence().end()
                    && (end + 1 == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end + 1)));
            if (province.isPresent() && (nativePlace || !commonWord(stem)) && gazetteer.county(stem, province.get()).isPresent()
                    && view.hits().stream().noneMatch(hit -> hit.start() == start && hit.end() > end)) {
                districts.add(new EntityCandidate(EntityType.PLACE, start, end, DISTRICT_AFTER_CITY + province.get(), 0.7));
            }
        }
        return districts;
    }

    /** 广州南沙, and 福建晋江, 山西平遥人: a province names its counties so too. */
    private static final java.util.Set<String> CITY_OR_PROVINCE_LEVELS = java.util.Set.of("CITY", "MUNICIPALITY", "PROVINCE");
    private static final int SHORT_DISTRICT = 2;
    private static final char NATIVE = '人';
    private static final String DISTRICT_AFTER_CITY = "district-after-city:";

    /** The province of a district named right after its city (see {@link #districtsAfterTheirCity}), or null. */
    static String provinceOfADistrictAfterItsCity(EntityCandidate candidate) {
        return candidate.source().startsWith(DISTRICT_AFTER_CITY) ? candidate.source().substring(DISTRICT_AFTER_CITY.length()) : null;
    }

    private static final String BANNER_SIDES = "左右前后中";

    /** Start of a name of two or three characters in the word before {@code index}, or -1. */
    private static int nameBefore(SentenceView view, int index) {
        Token before = index > 0 ? view.tokens().get(index - 1) : null;
        return before != null && before.word().length() >= 2 && before.word().length() <= 3 && before.start() >= view.sentence().start()
                ? before.start() : -1;
    }

    /** Where the name before a lone level word starts: one word of two or three characters, or two single characters. */
    private static int stemStart(SentenceView view, int levelIndex) {
        if (levelIndex == 0) {
            return -1;
        }
        Token before = view.tokens().get(levelIndex - 1);
        if (before.word().length() >= 2 && before.word().length() <= 3 && before.start() >= view.sentence().start()) {
            return before.start();
        }
        // 介绍了/ule 两/m 县: a particle or a count is no character of a name.
        Token first = levelIndex >= 2 ? view.tokens().get(levelIndex - 2) : null;
        if (before.word().length() == 1 && first != null && first.word().length() == 1 && first.start() >= view.sentence().start()
                && !before.posStartsWith("m") && !first.posStartsWith("u") && !first.posStartsWith("m")) {
            return first.start();
        }
        return -1;
    }

    /** The macro-regions firms divide their business by (大中华区, 华东区, 亚太区). */
    static final java.util.Set<String> BUSINESS_REGIONS = java.util.Set.of("大中华", "亚太", "华东", "华南", "华北", "华中", "华西",
            "西南", "西北", "东北", "东南", "全球", "亚洲", "欧洲", "北美", "海外");

    /** 中国区, 大中华区, 日本区: a country or macro-region and 区 name a firm's region, no district. */
    static boolean aFirmsRegion(SentenceView view, int start, int stemEnd) {
        return BUSINESS_REGIONS.contains(view.slice(start, stemEnd)) || view.namesACountry(start, stemEnd);
    }

    /** 全县, 百强县, 老城区: a scope or a description; 新城区 and 老城区 are districts too, but rarely meant so. */
    private static final String BIG = "大城";

    private static boolean describes(String stem) {
        return SCOPES.indexOf(stem.charAt(0)) >= 0 || DESCRIPTIONS.contains(stem);
    }

    private static boolean readsAsAName(String stem, char level) {
        if (!SentenceView.isHan(stem)) {
            return false;
        }
        String first = CoreWords.firstNature(stem);
        if (first == null) {
            return level == '县' || level == '旗';
        }
        return first.equals("ns") || first.equals("nz");
    }

    /** A listed city or municipality ends here: 无锡市|新吴区, 杭州市|钱塘区, where a district's name is all but certain. */
    private static boolean cityEndsAt(SentenceView view, int offset) {
        return placeOfKindEndsAt(view, offset, CITY_LEVELS);
    }

    private static final java.util.Set<String> CITY_LEVELS = java.util.Set.of("CITY", "MUNICIPALITY");

    /** A listed place of one of these kinds ends at {@code offset}. */
    private static boolean placeOfKindEndsAt(SentenceView view, int offset, java.util.Set<String> kinds) {
        return view.hits().stream().anyMatch(hit -> hit.end() == offset && hit.value().entries().stream().anyMatch(entry -> kinds.contains(entry.kind())));
    }

    /**
     * Where a township or subdistrict of two or three characters and its level word, right after its listed county or
     * district, ends at {@code end} starts (顺德区北滘镇, 黄岛区灵山卫街道), or -1.
     */
    static int townshipEndingAt(SentenceView view, int end) {
        int levelLength = end - 2 >= view.sentence().start() && view.text().startsWith(SUBDISTRICT, end - 2) ? 2 : 1;
        if (end - 1 < view.sentence().start() || levelLength == 1 && TOWNSHIPS.indexOf(view.charAt(end - 1)) < 0) {
            return -1;
        }
        int ethnic = levelLength == 1 ? ethnicTownshipEndingAt(view, end) : -1;
        if (ethnic >= 0) {
            return ethnic;
        }
        for (int length = 2 + levelLength; length <= 3 + levelLength; length++) {
            int start = end - length;
            if (start < view.sentence().start()) {
                break;
            }
            String stem = view.slice(start, end - levelLength);
            // 粤海街道: a subdistrict is often named after a firm or landmark HanLP knows as a proper noun.
            boolean name = townshipName(stem) || levelLength == 2 && SentenceView.isHan(stem) && properNoun(stem);
            if (name && countyOrCityEndsAt(view, start) && !describes(stem)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * 曾任姚庄镇党委副书记, 湖潮乡党委书记, 高峰镇政府: a township right before its own party committee or government is one
     * even with no county before it, when its stem of two or three characters is a name or a noun or adjective of its own words
     * (马场, 高峰, 平安), not a scope or a kind (各乡, 重点镇, 小城镇), and what stands before it is no noun it could end. The
     * township's start, or -1.
     */
    /** 华容区|蒲团: the character at {@code at} ends a listed place's name, so it opens no township's. */
    private static boolean endsAListedPlace(SentenceView view, int at) {
        return view.hits().stream().anyMatch(place -> place.start() < at && place.end() == at + 1 && place.hasType(EntityType.PLACE));
    }

    static int townshipBeforeItsBody(SentenceView view, int end) {
        if (end - 1 <= view.sentence().start() || TOWNSHIPS.indexOf(view.charAt(end - 1)) < 0
                || TOWNSHIP_BODIES.stream().noneMatch(body -> view.text().startsWith(body, end))) {
            return -1;
        }
        for (int length = 3; length <= 4; length++) {
            int start = end - length;
            if (start < view.sentence().start()) {
                break;
            }
            String stem = view.slice(start, end - 1);
            // 任姚庄/nr 镇: HanLP may read the verb before the stem as a surname and the stem as the given name.
            boolean afterAVerbReadAsASurname = length == 3 && !view.tokenStartsAt(start) && view.tokenStartsAt(start - 1)
                    && view.readAsOneName(start - 1, end - 1) && VERBS_BEFORE_A_PLACE.indexOf(view.charAt(start - 1)) >= 0;
            if (afterAVerbReadAsASurname) {
                return start;
            }
            // 偏远乡镇党委: a stem ending in a level (乡镇) names townships in general.
            // 华容区|蒲团乡党委 (华/容/区/蒲团): a level ending a listed place before the stem is that place's, not the stem's first.
            boolean afterAListedPlace = view.hits().stream().anyMatch(place -> place.end() == start && place.hasType(EntityType.PLACE));
            if (SentenceView.isHan(stem) && view.tokenStartsAt(start) && !describes(stem) && !commonWord(view.slice(start, end))
                    && LEVEL_CHARACTERS.indexOf(stem.charAt(stem.length() - 1)) < 0 && !endsAListedPlace(view, start)
                    && view.tokensWithin(start, end - 1).stream().allMatch(word -> word.pos().startsWith("n") && !word.pos().equals("nnt") || word.pos().equals("g")
                            // 平安/a 镇党委, 法/n 特/ag 镇党委: an adjective's word may name one too.
                            || word.pos().equals("a") || word.pos().equals("ag"))
                    && !(length == 4 && view.readAsOneName(start, end - 1) && VERBS_BEFORE_A_PLACE.indexOf(view.charAt(start)) >= 0)
                    && (start == view.sentence().start() || afterAListedPlace || noNounBefore(view.tokens().get(view.tokenAt(start - 1))))) {
                return start;
            }
        }
        return -1;
    }

    /** Verbs of one character that stand before a place and that HanLP may read as a surname (任, 在, 赴, 到, 驻). */
    private static final String VERBS_BEFORE_A_PLACE = "任在赴到驻";
    private static final List<String> TOWNSHIP_BODIES = List.of("党委", "人民政府", "政府", "党工委", "纪委", "人大");

    private static boolean noNounBefore(Token before) {
        return !before.pos().startsWith("n") && !before.pos().startsWith("a") && !before.pos().equals("b") && !before.pos().equals("g")
                || Pos.isBoundary(before);
    }

    /**
     * 樟木桥街道党工委: a subdistrict no list knows, right before its party committee or office (the caller asks where the body's
     * anchor is 街道 alone, a word HanLP reads as a place), as the subdistricts' rule reads one. The subdistrict's start, or -1.
     */
    static int subdistrictBeforeItsBody(SentenceView view, int end) {
        boolean subdistrict = end - SUBDISTRICT.length() > view.sentence().start() && view.text().startsWith(SUBDISTRICT, end - SUBDISTRICT.length());
        return subdistrict && SUBDISTRICT_BODIES.stream().anyMatch(body -> view.text().startsWith(body, end))
                ? subdistrictNamedBefore(view, end - SUBDISTRICT.length()) : -1;
    }

    private static final String SUBDISTRICT = "街道";
    private static final List<String> SUBDISTRICT_BODIES = List.of("党工委", "工委", "纪工委", "办事处", "党委");
    /** What follows 街道 when it is a street, not a subdistrict: 街道两侧, 街道上. */
    private static final java.util.regex.Pattern STREET_AFTER = java.util.regex.Pattern.compile("两侧|两旁|上|旁|边|口|路面|绿化|硬化|整治|清扫|卫生");

    /**
     * 鱼泉街道, 黄家坝街道, 高新区石羊街道: a subdistrict no county names before it, its name a word of its own that no
     * dictionary knows or a proper noun (not 城市街道, 主要街道, nor a street: 老街道两侧).
     */
    private static int subdistrictNamedBefore(SentenceView view, int levelStart) {
        if (levelStart + 2 < view.sentence().end() && STREET_AFTER.matcher(view.text()).region(levelStart + 2, view.sentence().end()).lookingAt()) {
            return -1;
        }
        for (int start = levelStart - 3; start <= levelStart - 2; start++) {
            String stem = start < view.sentence().start() ? "" : view.slice(start, levelStart);
            // 老城区街道: a place's level ending the stem names the place's subdistricts in general.
            if (!stem.isEmpty() && view.tokenStartsAt(start) && SentenceView.isHan(stem) && (unknownWord(stem) || properNoun(stem))
                    && LEVEL_CHARACTERS.indexOf(stem.charAt(stem.length() - 1)) < 0
                    && !describes(stem) && view.tokensWithin(start, levelStart).stream().allMatch(word -> word.posStartsWith("n"))) {
                return start;
            }
        }
        return -1;
    }

    /** 百步镇, 灵山卫街道: a township's or subdistrict's name as this source proposes one. */
    static boolean aTownship(String name) {
        return name.length() >= 3 && (name.endsWith(SUBDISTRICT) || TOWNSHIPS.indexOf(name.charAt(name.length() - 1)) >= 0);
    }

    /**
     * Where a township or subdistrict starting right at {@code countyEnd} (after its listed county) ends, before
     * {@code limit}, or -1: 百步镇 of 海盐县百步镇党委.
     */
    static int townshipAfter(SentenceView view, int countyEnd, int limit) {
        for (int end = countyEnd + 3; end <= countyEnd + 5 && end < limit; end++) {
            if (townshipEndingAt(view, end) == countyEnd) {
                return end;
            }
        }
        return -1;
    }

    /** 逊克/nz, 嘉荫/nr: a word no dictionary knows, or one it knows as a proper noun of some kind. */
    private static boolean properOrUnknown(String word) {
        String nature = CoreWords.firstNature(word);
        return nature == null || nature.startsWith("ns") || nature.startsWith("nz") || nature.startsWith("nr") || nature.startsWith("nt");
    }

    /** 小城镇, 乡镇: the whole word is one HanLP's dictionary knows as something other than a place. */
    private static boolean commonWord(String word) {
        String nature = CoreWords.firstNature(word);
        return nature != null && !nature.startsWith("ns");
    }

    /** 北滘 of 北滘镇: a name no dictionary knows, or a place's; never a count or a kind (两个镇, 所有镇, 中心镇, 小城镇). */
    private static boolean townshipName(String stem) {
        String nature = CoreWords.firstNature(stem);
        return unknownWord(stem) || nature != null && nature.startsWith("ns");
    }

    private static boolean properNoun(String stem) {
        String nature = CoreWords.firstNature(stem);
        return nature != null && (nature.startsWith("nz") || nature.startsWith("nt") || nature.startsWith("nr"));
    }

    /** Where the item of Han characters ending at {@code end} starts, right after a mark or at the sentence's start; or -1. */
    private static int itemStartBefore(SentenceView view, int end) {
        int start = end;
        while (start > view.sentence().start() && SentenceView.isHan(String.valueOf(view.charAt(start - 1))) && end - start < 4) {
            start--;
        }
        return start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1)) ? start : -1;
    }

    /** 古田镇 of 古田镇、才溪镇: a township's name, listed with another township, whatever else HanLP or the tagger read it as. */
    static boolean aListedTownship(SentenceView view, int start, int end) {
        return end - start >= 3 && TOWNSHIPS.indexOf(view.charAt(end - 1)) >= 0 && view.slice(start, end - 1).chars().noneMatch(c -> "镇乡与和及".indexOf(c) >= 0)
                && listedWithATownship(view, start, end);
    }

    /** 古田镇、才溪镇: a township listed with another, whose names need no county before them. */
    private static boolean listedWithATownship(SentenceView view, int start, int end) {
        return TOWNSHIP_AFTER.matcher(view.text()).region(end, view.sentence().end()).lookingAt()
                || TOWNSHIP_BEFORE.matcher(view.text()).region(view.sentence().start(), start).find();
    }

    // With 、 only (王志镇和李德乡商量 names two persons), and no stem of a phrase (镇与镇、乡与乡).
    private static final java.util.regex.Pattern TOWNSHIP_AFTER = java.util.regex.Pattern.compile(
            "、[^镇乡与和及、]{2,3}(?:" + Gazetteer.peoplesWords("") + ")?[镇乡](?![长政委党])");
    private static final java.util.regex.Pattern TOWNSHIP_BEFORE = java.util.regex.Pattern.compile("[^镇乡与和及、]{2}[镇乡]、$");

    /** A listed county, district, county-level city or city ends here: 顺德区|北滘镇. */
    private static boolean countyOrCityEndsAt(SentenceView view, int offset) {
        return placeOfKindEndsAt(view, offset, TOWNSHIP_PARENTS);
    }

    private static final java.util.Set<String> TOWNSHIP_PARENTS = java.util.stream.Stream.concat(Gazetteer.COUNTY_LEVELS.stream(), java.util.stream.Stream.of("CITY"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A stem of Han characters no dictionary knows and with no number in it (新吴, 坪山; not 城六 of 城六区). */
    private static boolean unknownWord(String stem) {
        return SentenceView.isHan(stem) && CoreWords.firstNature(stem) == null
                && stem.chars().noneMatch(c -> "一二三四五六七八九十两几多".indexOf(c) >= 0);
    }

    /** A listed place or zone, or a zone, body or institution word, ending here: the other sources' to name. */
    private static boolean listedOrKindWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.start() >= start
                && (!hit.value().entries().isEmpty() || hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null || hit.endsAnInstitution()));
    }
}
