package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names found verbatim in the gazetteers. Two-character names must start a word, so 海东 is not found in 上海东部; a
 * company's short brand must start and end one (三星 is not in 三星堆, 用友 not in 用友好的, 京东方 not in 北京东方), and a company named inside
 * 《》 is part of a title (《沃尔沃》, a game), not the company. A brand that is also a common verb or adjective is
 * that word when an aspect or complement follows it (联想到, 平安到达), and a brand before a venue word names the venue
 * (迪斯尼乐园, 万达广场). A name's last character may not begin a word
 * that runs past it (联合国家, 天津市场).
 */
public class GazetteerSource implements EntityCandidateSource {

    /** Company names this short are brands that also occur inside common words. */
    private static final int SHORT_BRAND = 3;
    /** Aspect particles and complements that follow verbs and adjectives, never a company's name. */
    private static final String AFTER_A_VERB = "了着过到起得";

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.value().entries().isEmpty()) {
                continue;
            }
            if (view.shortNameStartsInsideAWord(hit.start(), hit.end()) || endsInsideAWordItStarts(view, hit) || insideALatinWord(view, hit)) {
                continue;
            }
            Lexicon.Hit longer = longerPlaceBeforeADirection(view, hit);
            if (longer != null) {
                candidates.add(new EntityCandidate(EntityType.PLACE, longer.start(), longer.end(), name(), 0.9));
                continue;
            }
            EntityType type = hit.value().entries().get(0).type();
            int foreignName = type == EntityType.PLACE ? transliteratedNameBefore(view, hit) : -1;
            if (foreignName >= 0) {
                // 斯维尔德洛夫斯克州: a level's character ends a foreign region's name; else the short place is only spelled there.
                if (PlacePatternSource.FOREIGN_LEVELS.indexOf(view.charAt(hit.end() - 1)) >= 0) {
                    candidates.add(new EntityCandidate(EntityType.PLACE, foreignName, hit.end(), name(), 0.9));
                }
                continue;
            }
            if ((type == EntityType.ZONE || type == EntityType.PLACE) && (namesAStreet(view, hit) || spellsARegionOrMarket(view, hit) || aDirection(view, hit))
                    || type == EntityType.PLACE && (startsInsideAWordItEnds(view, hit) || firstCharacterEndsAWordBefore(view, hit) || aFirmsRegion(view, hit)
                            || opensACommonWord(view, hit) || namesAPeople(view, hit) || insideASplitSetPhrase(view, hit) || namesAWaterFeature(view, hit) || namesakeOfAFirmOrZone(view, hit)
                            || namesAProduct(view, hit) || greetedAsAGroup(view, hit) || namesALanguage(view, hit) || levelOfAHeadsTitle(view, hit)
                            || aSlogansCounty(view, hit) || givenNameInACell(view, hit))) {
                continue;
            }
            // 工信部门, 司法部门: a ministry's short name whose 部 HanLP reads into 部门 spells departments in general (not
            // 商务部|门户网站 or 商务部|门口).
            if (type == EntityType.GOVERNMENT && view.charAt(hit.end() - 1) == '部' && hit.end() < view.sentence().end() && view.charAt(hit.end()) == '门'
                    && !view.tokenEndsAt(hit.end())) {
                continue;
            }
            if (type == EntityType.COMPANY && (hit.end() - hit.start() <= SHORT_BRAND && (!view.tokenEndsAt(hit.end()) || !view.tokenStartsAt(hit.start()))
                    || view.insideBookTitle(hit.start(), hit.end()) || usedAsAVerb(view, hit) || namesAVenue(view, hit) || namesAnEstate(view, hit)
                    || lastCharacterOpensANoun(view, hit))) {
                continue;
            }
            candidates.add(new EntityCandidate(type, hit.start(), hit.end(), name(), 0.9));
        }
        return candidates;
    }

    /**
     * 韩国语, 日本语, 中国语言文学: a country's name before 语 alone or 语言 names a language or a discipline, no place (not
     * 美国语焉不详, 中国语境下: 语 opens another word there).
     */
    static boolean namesALanguage(SentenceView view, Lexicon.Hit hit) {
        int next = view.charAt(hit.end()) == '语' ? view.tokenAt(hit.end()) : -1;
        if (next < 0) {
            return false;
        }
        var token = view.tokens().get(next);
        // 韩国语/nr read as one word, or 语 and 语言 words of their own after the country.
        boolean language = token.start() == hit.start() && token.end() == hit.end() + 1
                || token.start() == hit.end() && (token.word().equals("语") || token.word().startsWith("语言"));
        return language && view.namesACountry(hit.start(), hit.end());
    }

    /**
     * 东航道 (东航/nt 道/qv): a short brand whose last character and a lone character after it make a noun (航道, a
     * channel) is spelled across two words; the east channel is no airline.
     */
    private static boolean lastCharacterOpensANoun(SentenceView view, Lexicon.Hit hit) {
        int next = view.tokenAt(hit.end());
        if (hit.end() - hit.start() != 2 || next < 0 || view.tokens().get(next).start() != hit.end() || view.tokens().get(next).word().length() != 1) {
            return false;
        }
        String nature = CoreWords.firstNature(view.slice(hit.end() - 1, hit.end() + 1));
        return nature != null && nature.startsWith("n");
    }

    /**
     * 斯维尔德洛夫斯/nrf 克州: a short place right after a transliterated name, with nothing between, ends that name; the
     * name's start, or -1.
     */
    static int transliteratedNameBefore(SentenceView view, Lexicon.Hit hit) {
        int before = view.tokenAt(hit.start() - 1);
        if (hit.end() - hit.start() > 2 || before < 0 || view.tokens().get(before).end() != hit.start() || !view.tokens().get(before).pos().equals("nrf")) {
            return -1;
        }
        // 斯/b 维尔德洛夫斯: a lone character HanLP set apart from the name's opening, no word of its own, is the name's.
        int start = view.tokens().get(before).start();
        for (int i = before - 1; i >= 0 && i >= before - 2 && view.tokens().get(i).end() == start && view.tokens().get(i).word().length() == 1
                && SentenceView.isHan(view.tokens().get(i).word()) && NAME_PIECE_TAGS.contains(view.tokens().get(i).pos()); i--) {
            start = view.tokens().get(i).start();
        }
        return start;
    }

    private static final Set<String> NAME_PIECE_TAGS = Set.of("b", "ng", "nrf", "nr", "g", "x");

    /**
     * 滨海城市, 新兴城市, 广东山区, 珠海城区: a place's first character ending a word that starts before it (滨海|城市 holds
     * 海城市, a city of Liaoning; 广东|山区 holds 东山区) spells the name across two words; not where that word starts
     * inside another place (长治|市长|子县).
     */
    private static boolean startsInsideAWordItEnds(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        if (index < 0) {
            return false;
        }
        var token = view.tokens().get(index);
        return token.start() < hit.start() && token.end() < hit.end()
                && view.hits().stream().noneMatch(place -> place != hit && place.start() < token.start() && place.end() > token.start()
                        && place.hasType(EntityType.PLACE, EntityType.ZONE));
    }

    /**
     * 京津/冀南/部: a listed place (冀南) spelled from inside a longer one (京津冀) to a side of it (南部) is only spelled there;
     * the longer one, opening a word, is the place. Returns the longer one, or null.
     */
    private static Lexicon.Hit longerPlaceBeforeADirection(SentenceView view, Lexicon.Hit hit) {
        if (!hit.hasType(EntityType.PLACE) || hit.end() >= view.sentence().end() || view.charAt(hit.end()) != '部'
                || DIRECTIONS.indexOf(view.charAt(hit.end() - 1)) < 0) {
            return null;
        }
        return view.hits().stream().filter(place -> place.start() < hit.start() && place.end() == hit.end() - 1 && place.start() >= view.sentence().start()
                && place.hasType(EntityType.PLACE) && view.tokenStartsAt(place.start())).findFirst().orElse(null);
    }

    /**
     * 相应城市, 常德城区: HanLP knows 应城市 and 德城区 and cuts 相|应城市, 常|德城区; the lone character before the name and
     * the name's first make a word, a place or a pair of countries (相应, 常德, 中韩), so the name is only spelled across them.
     */
    private static boolean firstCharacterEndsAWordBefore(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start() - 1);
        if (hit.end() - hit.start() < 3 || index < 0 || view.tokens().get(index).word().length() != 1 || view.tokens().get(index).end() != hit.start()) {
            return false;
        }
        String pair = view.slice(hit.start() - 1, hit.start() + 1);
        // 中韩城市: two countries' one-character names are a pair too.
        boolean countries = (pair.charAt(0) == '中' || CountryAbbreviations.countryOf(pair.charAt(0)) != null)
                && CountryAbbreviations.countryOf(pair.charAt(1)) != null;
        return countries || CoreWords.firstNature(pair) != null || view.hits().stream().anyMatch(place -> place.start() == hit.start() - 1
                && place.end() == hit.start() + 1 && !place.value().entries().isEmpty());
    }

    /**
     * 振兴区域, 临江市场: a place's level character and the one after it make a common word (区域 region, 市场 market), so
     * the characters only spell the name (振兴区, 临江市) across two words.
     */
    private static boolean spellsARegionOrMarket(SentenceView view, Lexicon.Hit hit) {
        char last = view.charAt(hit.end() - 1);
        char next = hit.end() < view.sentence().end() ? view.charAt(hit.end()) : ' ';
        return last == '区' && next == '域' || last == '市' && next == '场';
    }

    /** 东北 of 城区东北方向, 东北角: a region named by a compass direction, used as one. */
    private static boolean aDirection(SentenceView view, Lexicon.Hit hit) {
        return hit.end() - hit.start() == 2 && DIRECTIONS.indexOf(view.charAt(hit.start())) >= 0 && DIRECTIONS.indexOf(view.charAt(hit.start() + 1)) >= 0
                && DIRECTION_AFTER.matcher(view.text()).region(hit.end(), view.sentence().end()).lookingAt();
    }

    private static final java.util.regex.Pattern DIRECTION_AFTER = java.util.regex.Pattern.compile("方向|方|侧|角|面|部|风|向|约|\\d|[０-９]|[一二三四五六七八九十]+(?:公里|千米|米)");

    /**
     * 县交通运输局　马/n 海林/nr　: a place's name HanLP reads as a given name, right after a lone surname, filling a roster's cell
     * (spaces, marks or the line's ends about it), is the person's given name.
     */
    private static boolean givenNameInACell(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        if (index < 1 || hit.end() - hit.start() != 2) {
            return false;
        }
        Token given = view.tokens().get(index);
        Token surname = view.tokens().get(index - 1);
        boolean cellBefore = surname.start() == view.sentence().start() || !SentenceView.isHan(view.charAt(surname.start() - 1));
        boolean cellAfter = hit.end() == view.sentence().end() || !SentenceView.isHan(view.charAt(hit.end()));
        return given.start() == hit.start() && given.end() == hit.end() && given.posStartsWith("nr") && surname.word().length() == 1
                && surname.end() == hit.start() && PersonNameFilter.anySurname(surname.word().charAt(0)) && cellBefore && cellAfter;
    }

    /** 蒙古族, 朝鲜族, 哈萨克族: a people named after a place is no place (延边朝鲜族自治州 is listed whole). */
    private static boolean namesAPeople(SentenceView view, Lexicon.Hit hit) {
        return hit.end() < view.sentence().end() && view.charAt(hit.end()) == '族';
    }

    private static final int SET_PHRASE = 4;
    private static final Set<String> SET_PHRASE_TAGS = Set.of("n", "vl", "t", "al", "nl");

    /** 真金白银: a set phrase HanLP splits at the place inside it (真金/白银), which no dictionary tag tells. */
    private static final List<String> SPLIT_SET_PHRASES = List.of("真金白银");

    private static boolean insideASplitSetPhrase(SentenceView view, Lexicon.Hit hit) {
        for (String phrase : SPLIT_SET_PHRASES) {
            // Only where the phrase could hold the hit: from its length back from the hit's end to the hit's start.
            for (int at = Math.max(view.sentence().start(), hit.end() - phrase.length()); at <= hit.start(); at++) {
                if (view.text().startsWith(phrase, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 和田玉, 大理石, 蒙古包, 中国式: a place's name opening a thing's name one character longer, or an idiom, that HanLP reads
     * whole is no place there (中国人, 北京城, 中亚地区 still name theirs).
     */
    private static boolean opensACommonWord(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        if (index < 0) {
            return false;
        }
        var token = view.tokens().get(index);
        if (token.start() != hit.start() || token.end() <= hit.end()) {
            return false;
        }
        // 长治久安/n, 北京时间/t: a four-character word the dictionary knows, opening with a place's name, is a set phrase.
        boolean idiom = token.pos().equals("i") || token.pos().equals("l") || token.word().length() == SET_PHRASE && SET_PHRASE_TAGS.contains(token.pos());
        boolean thing = token.end() == hit.end() + 1 && COMMON_WORD_TAGS.contains(token.pos()) && PLACE_WORD_ENDINGS.indexOf(view.charAt(hit.end())) < 0;
        // 青海湖/ns: a lake, river or mountain named after a place is no place.
        boolean feature = token.end() == hit.end() + 1 && token.pos().startsWith("ns") && NATURAL_FEATURES.indexOf(view.charAt(hit.end())) >= 0;
        return idiom || thing || feature;
    }

    private static final String NATURAL_FEATURES = "湖山河江峡岭峰";

    private static final Set<String> COMMON_WORD_TAGS = Set.of("n", "a", "an", "v", "vn", "vi", "d", "b");
    /** 中国人, 北京城, 上海籍: what follows a place's name and still speaks of the place. */
    private static final String PLACE_WORD_ENDINGS = "人城省市区县籍方侧州湾港岛路街队";

    /**
     * 代县长, 和县长: a county of one character and its level, the level the first character of a head's title HanLP reads as
     * a word (代/q 县长/nnt: the acting county head), names no county (浙江省长兴县 keeps its province).
     */
    private static boolean levelOfAHeadsTitle(SentenceView view, Lexicon.Hit hit) {
        int level = hit.end() - 1;
        if (hit.end() - hit.start() != 2) {
            return false;
        }
        int token = view.tokenAt(level);
        return token >= 0 && view.tokens().get(token).start() == level && view.tokens().get(token).pos().equals("nnt")
                && view.tokens().get(token).word().endsWith("长");
    }

    /**
     * 产业兴县、开放活县, 科技兴县战略, 工业富县: a slogan's verb and 县 after a noun (industry makes the county thrive) spell a county's
     * name (兴县, 富县) across two words, where the sentence says another such slogan or names the strategy; not after a place
     * (山西兴县), a verb or preposition (在兴县), nor a noun the county is called by (革命老区兴县是…, 美丽富县).
     */
    private static boolean aSlogansCounty(SentenceView view, Lexicon.Hit hit) {
        if (hit.end() - hit.start() != 2 || view.charAt(hit.end() - 1) != '县' || SLOGANS_VERBS.indexOf(view.charAt(hit.start())) < 0) {
            return false;
        }
        int index = view.tokenAt(hit.start() - 1);
        if (index < 0) {
            return false;
        }
        var before = view.tokens().get(index);
        if (before.end() != hit.start() || before.word().length() < 2 || !SLOGANS_SUBJECT_TAGS.contains(before.pos())
                || view.hits().stream().anyMatch(place -> place.end() == hit.start() && !place.value().entries().isEmpty())) {
            return false;
        }
        java.util.regex.Matcher slogans = SLOGAN.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        return slogans.results().count() >= 2 || STRATEGY_AFTER.matcher(view.text()).region(hit.end(), view.sentence().end()).lookingAt();
    }

    /** 兴 (thrive), 富 (enrich): what a slogan says a thing does for the county, where 兴县 and 富县 are counties too. */
    private static final String SLOGANS_VERBS = "兴富";
    /** The slogan's noun as HanLP tags it, maybe as an abbreviation or a name (文旅/nr 兴县/v). */
    private static final Set<String> SLOGANS_SUBJECT_TAGS = Set.of("n", "vn", "gi", "gm", "j", "nz", "nr");
    /** 产业兴县, 开放活县, 生态立县: a slogan of the series, a word and what it does for the county. */
    private static final java.util.regex.Pattern SLOGAN = java.util.regex.Pattern.compile("\\p{IsHan}{2}[兴富强立活美稳]县");
    private static final java.util.regex.Pattern STRATEGY_AFTER = java.util.regex.Pattern.compile("(?:战略|之路|工程|行动)");

    /** 中国区总裁, 日本区: a country with 区 as a word of its own after it is a firm's region, no place of its own. */
    private static boolean aFirmsRegion(SentenceView view, Lexicon.Hit hit) {
        return hit.end() < view.sentence().end() && view.charAt(hit.end()) == '区' && view.tokenStartsAt(hit.end()) && view.tokenEndsAt(hit.end() + 1)
                && PlacePatternSource.aFirmsRegion(view, hit.start(), hit.end());
    }

    /** RCEP of RCEPA: a Latin name running on into more letters is part of another word (RCEP15个成员国 is not). */
    private static boolean insideALatinWord(SentenceView view, Lexicon.Hit hit) {
        return latinLetter(view.charAt(hit.start())) && hit.start() > view.sentence().start() && latinLetter(view.charAt(hit.start() - 1))
                || latinLetter(view.charAt(hit.end() - 1)) && hit.end() < view.sentence().end() && latinLetter(view.charAt(hit.end()));
    }

    private static boolean latinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * 牡丹江干流, 黑龙江流域: a city or province named after its river, followed by a word for the river's course, is
     * the river (a river listed as one, 珠江沿岸, is a place there); 胶州湾, 杭州湾 (not 大湾区, 湾区): a city's name before 湾 names the bay; 印度洋, 日本海: a country's, an ocean or a sea;
     * 昆明池: a city's, a lake.
     */
    static boolean namesAWaterFeature(SentenceView view, Lexicon.Hit hit) {
        char last = view.charAt(hit.end() - 1);
        boolean bay = hit.end() + 1 < view.sentence().end() && view.charAt(hit.end()) == '湾' && view.charAt(hit.end() + 1) != '区'
                && hit.hasType(EntityType.PLACE) && !hit.hasType(EntityType.ZONE);
        // 印度洋, 日本海: a country's name opening an ocean's or a sea's.
        boolean ocean = (view.charAt(hit.end()) == '洋' || view.charAt(hit.end()) == '海' && view.namesACountry(hit.start(), hit.end())) && !view.tokenEndsAt(hit.end());
        // 贺兰山东麓, 太行山西麓: 山 ending a mountain's name and a side of it spell 山东 or 山西 across two words.
        boolean mountainsSide = view.charAt(hit.start()) == '山' && hit.start() > view.sentence().start() && SentenceView.isHan(view.slice(hit.start() - 1, hit.start()))
                && MOUNTAIN_SIDES.indexOf(view.charAt(hit.end())) >= 0;
        // 昆明池, 昆明湖: a lake named after a city, read whole or with its 池 a word of its own (昆明/ns 池/ng), is the lake.
        boolean lake = "池湖潭".indexOf(view.charAt(hit.end())) >= 0 && hit.hasType(EntityType.PLACE)
                && (!view.tokenEndsAt(hit.end()) || view.tokenStartsAt(hit.end()) && view.tokenEndsAt(hit.end() + 1));
        // 长江沿岸: a river listed as one is named there, no city or province after it.
        return bay || ocean || mountainsSide || lake || (last == '江' || last == '河') && !namesWater(hit) && (RIVER_WORDS.stream().anyMatch(word -> view.text().startsWith(word, hit.end()))
                || RIVERS_OTHER_NAME.matcher(view.text()).region(hit.end(), view.sentence().end()).lookingAt());
    }

    private static final String MOUNTAIN_SIDES = "麓坡侧脚腰";

    private static final List<String> RIVER_WORDS = List.of("干流", "支流", "流域", "河段", "江段", "沿岸", "水系", "两岸", "上游", "中游", "下游", "入海口",
            // 黑龙江公路大桥, 黑龙江（阿穆尔河）国际航运: a bridge over the river, its waterway, its name in the other bank's tongue
            "大桥", "公路大桥", "铁路大桥", "航道", "航运", "国际航运", "水道", "江面", "界江");
    /** 黑龙江（阿穆尔河）: the river's name on the other bank, in brackets after it. */
    private static final java.util.regex.Pattern RIVERS_OTHER_NAME = java.util.regex.Pattern.compile("[（(]\\p{IsHan}{1,6}[河江][）)]");

    /** What a brand names when it stands before one of these: a park, cinema, stadium or estate (迪斯尼乐园, 锐步球场, 美林湾). */
    private static final List<String> VENUE_WORDS = List.of("乐园", "影城", "剧院", "球场", "体育场", "广场", "公园", "花园", "小镇", "湾");

    /** 迪斯尼乐园, 诺基亚剧院, 万达影城: a short brand right before a venue word names the venue, not the company. */
    private static boolean namesAVenue(SentenceView view, Lexicon.Hit hit) {
        // The venue word must be a word of its own, and 湾 of 湾区 (腾讯湾区总部, HanLP's 湾/区) is no bay.
        return hit.end() - hit.start() <= SHORT_BRAND && VENUE_WORDS.stream()
                .anyMatch(word -> view.text().startsWith(word, hit.end()) && hit.end() + word.length() <= view.sentence().end()
                        && view.tokenStartsAt(hit.end()) && view.tokenEndsAt(hit.end() + word.length())
                        && view.charAt(hit.end() + word.length()) != '区');
    }

    /**
     * 万科幸福汇, 阿里·萨米扬球场, 中国铁建•青秀城: a firm's name opening what the tagger reads as a place names that
     * place (an estate, a venue), not the firm; a span holding a word for the firm's own premises after the name
     * (腾讯湾区总部大厦, 万科幸福汇项目) is still the firm's, and so is one holding only a place after the name (特斯拉上海). Not in
     * zone documents, where a firm's name opens its projects (推动中粮佳悦大豆榨油扩建项目) and the tagger's
     * general-news habits misread them as places.
     */
    private static boolean namesAnEstate(SentenceView view, Lexicon.Hit hit) {
        if (view.learnedSpans() == null || view.zoneDocument()) {
            return false;
        }
        int offset = view.sentence().start();
        return view.learnedSpans().stream().anyMatch(span -> PLACE_LABELS.contains(span.label()) && offset + span.start() == hit.start()
                && offset + span.end() >= hit.end() + 2 && PREMISES.stream().noneMatch(view.slice(hit.end(), offset + span.end())::contains)
                && !CompanyPatternSource.onlyAPlace(view, hit.end(), offset + span.end()));
    }

    private static final Set<String> PLACE_LABELS = Set.of("address", "scene");
    private static final List<String> PREMISES = List.of("总部", "大厦", "大楼", "厂", "基地", "园区", "中心", "项目", "分公司", "门店");

    private static final List<String> STREET_WORDS = List.of("大街", "大道", "路", "街", "巷", "胡同");

    /**
     * 中关村大街, 南京路, 渤海五十路, 珠江道: a zone's or place's name before a street word, or a street's number and its
     * word (Tianjin's roads are 道), names the street, an address.
     */
    private static boolean namesAStreet(SentenceView view, Lexicon.Hit hit) {
        int end = hit.end();
        while (end < view.sentence().end() && STREET_NUMBERS.indexOf(view.charAt(end)) >= 0) {
            end++;
        }
        int numbered = end;
        // 俄罗斯一道推动, 北京一路南下, 东道主: a number read with the street's word as one word (一道/d, 一路) is no street's,
        // nor is a street's word inside a longer word.
        if (numbered > hit.end() && (numbered >= view.sentence().end() || !view.tokenEndsAt(numbered + 1)
                || numbered - hit.end() == 1 && !view.tokenStartsAt(numbered) && DIRECTIONS.indexOf(view.charAt(hit.end())) < 0)) {
            return false;
        }
        return STREET_WORDS.stream().anyMatch(word -> view.text().startsWith(word, numbered) && numbered + word.length() <= view.sentence().end())
                || hit.end() < view.sentence().end() && view.charAt(hit.end()) == '道' && hit.hasType(EntityType.PLACE)
                        && (view.tokenStartsAt(hit.end()) && view.tokenEndsAt(hit.end() + 1)
                                || hit.end() + 1 == view.sentence().end() || !SentenceView.isHan(view.slice(hit.end() + 1, hit.end() + 2)))
                || numbered > hit.end() && view.charAt(numbered) == '道';
    }

    static final String DIRECTIONS = "东西南北";
    private static final String STREET_NUMBERS = "一二三四五六七八九十百零" + DIRECTIONS;

    /**
     * 渤海人寿, 长江证券, 地中海航运, 江西赣江新区: a river's or sea's name opening a firm's short name, or inside a listed zone's name,
     * is the firm's or the zone's namesake, no place.
     */
    private static boolean namesakeOfAFirmOrZone(SentenceView view, Lexicon.Hit hit) {
        return namesWater(hit)
                && (FIRMS_TRADES.stream().anyMatch(trade -> view.text().startsWith(trade, hit.end()))
                        || view.hits().stream().anyMatch(zone -> zone.hasType(EntityType.ZONE) && zone.start() <= hit.start() && zone.end() > hit.end()));
    }

    /** 长江, 黄海, 太湖: the hit names a river, sea or lake only, no jurisdiction. */
    static boolean namesWater(Lexicon.Hit hit) {
        return hit.value().entries().stream().allMatch(entry -> entry.kind().equals(WATER));
    }

    private static final String WATER = "WATER";
    /** What a firm's short name opening with a river's or sea's name goes on with: a trade, or a bank's, insurer's or school's word. */
    private static final List<String> FIRMS_TRADES = java.util.stream.Stream.concat(CompanyPatternSource.TRADES_OF_A_SHORT_NAME.stream(),
            java.util.stream.Stream.of("人寿", "财险", "保险", "银行", "信托", "基金", "集团", "啤酒", "电力", "水利", "航运", "大学", "学院")).toList();

    /** 联想到: a short brand HanLP's dictionary also knows as a verb or adjective, followed by what follows verbs. */
    private static boolean usedAsAVerb(SentenceView view, Lexicon.Hit hit) {
        return usedAsAVerb(view, hit.start(), hit.end());
    }

    static boolean usedAsAVerb(SentenceView view, int start, int end) {
        if (end - start > SHORT_BRAND || end >= view.sentence().end() || AFTER_A_VERB.indexOf(view.charAt(end)) < 0) {
            return false;
        }
        return CoreWords.usuallyNotAName(view.slice(start, end));
    }

    /** 普洱茶, 龙井茶, 绍兴酒: a place's name opening one word with a product after it names the product, not the place. */
    private static boolean namesAProduct(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        if (index < 0) {
            return false;
        }
        var token = view.tokens().get(index);
        return token.start() == hit.start() && token.end() == hit.end() + 1 && !token.pos().startsWith("ns") && PRODUCTS.indexOf(view.charAt(hit.end())) >= 0;
    }

    private static final String PRODUCTS = "茶酒醋米瓷绣";

    /** 各位来宾: the people a speaker greets (来宾, guests) are no place of the same name. */
    private static boolean greetedAsAGroup(SentenceView view, Lexicon.Hit hit) {
        return hit.start() - GREETING.length() >= view.sentence().start() && view.text().startsWith(GREETING, hit.start() - GREETING.length());
    }

    /** 各位来宾, 各位委员: the word a speaker greets a group with. */
    static final String GREETING = "各位";

    private static final java.util.regex.Pattern RANKED_AFTER_ITS_LEVEL = java.util.regex.Pattern.compile("[区县市]位(?:列|居)");

    /**
     * 商务部联合国家发展改革委, 天津市场: a name whose last character begins a word running past it (国家, 市场) is
     * not named there; the characters only spell it across two words (HanLP's 重庆/银/行前 is its misreading: the
     * name stands; so is a title the name runs into or that follows it: 外交/部长, 天津/市长, 光明/区区/长).
     */
    static boolean endsInsideAWordItStarts(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.end() - 1);
        if (index < 0) {
            return false;
        }
        var token = view.tokens().get(index);
        // 江宁/区位/列全国第5位: a place's level character HanLP read into 区位 before 列 or 居 ranks the place.
        if (token.start() == hit.end() - 1 && RANKED_AFTER_ITS_LEVEL.matcher(view.text()).region(token.start(), view.sentence().end()).lookingAt()) {
            return false;
        }
        // 重庆/银/行前: a one-character piece before the straddling word says HanLP misread the name, not that it is absent.
        // 樟/子/松/原木 holds no 松原: a name of two characters inside a run of lone characters is no misreading (舟/山海关 is).
        return token.start() > hit.start() && token.start() < hit.end() && token.end() > hit.end()
                && (hit.end() - hit.start() <= 2 && loneCharacterBefore(view, hit.start())
                        || view.tokensWithin(hit.start(), token.start()).stream().allMatch(word -> word.word().length() >= 2))
                && view.hits().stream().noneMatch(title -> (title.start() == token.start() || title.start() == hit.end()) && title.cue(Cue.CueFamily.TITLE) != null);
    }

    /** The word ending right before {@code start} is one Chinese character (樟/子/松 of an unknown word). */
    private static boolean loneCharacterBefore(SentenceView view, int start) {
        int index = view.tokenAt(start - 1);
        return start > view.sentence().start() && index >= 0 && view.tokens().get(index).end() == start && view.tokens().get(index).word().length() == 1
                && SentenceView.isHan(view.tokens().get(index).word());
    }
}
