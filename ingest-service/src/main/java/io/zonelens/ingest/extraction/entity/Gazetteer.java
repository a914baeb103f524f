package io.zonelens.ingest.extraction.entity;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The gazetteer files listed in gazetteer/index.txt: every canonical name and alias mapped to its entries. Short
 * zone forms (综保区, 经开区, 高新区) are derived here rather than written into every row.
 */
@ApplicationScoped
public class Gazetteer {

    static final String[][] DERIVED_SHORT_FORMS = {
            {"综合保税区", "综保区"}, {"经济技术开发区", "经开区"}, {"经济技术开发区", "开发区"}, {"高新技术产业开发区", "高新区"},
            {"新技术开发区", "高新区"}, {"高新技术产业园区", "高新区"}, {"边境经济合作区", "边合区"}};
    /** A zone kind with and without the state level written into it. */
    private static final String[][] NATIONAL_FORMS = {{"高新技术产业开发区", "国家高新技术产业开发区"}, {"高新区", "国家高新区"},
            {"经济技术开发区", "国家级经济技术开发区"}, {"经开区", "国家级经开区"}};

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Set<String> fragments = new HashSet<>();
    private final Map<String, Set<String>> zoneNamesBeforeKind = new ConcurrentHashMap<>();
    /** See {@link #countiesByStem()}; safely published, since the map is immutable and built the same by any thread. */
    private volatile Map<String, List<GazetteerEntry>> countiesByStem;

    public Gazetteer() {
        this("gazetteer/index.txt");
    }

    Gazetteer(String index) {
        for (String file : TsvResource.lines(index)) {
            if (!file.isBlank()) {
                for (String[] row : TsvResource.rows("gazetteer/" + file.strip())) {
                    add(row);
                }
            }
        }
        addZoneNamesWithoutTheirCity();
        addFreeTradeZonesWithTheirProvinceWrittenOut();
        addAutonomousCountiesByTheirPlaceName();
    }

    /** The peoples autonomous counties and banners are named after (各族: several), longest first where one starts another. */
    static final List<String> PEOPLES = List.of("蒙古", "维吾尔", "哈萨克", "柯尔克孜", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克",
            "鄂伦春", "达斡尔", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "纳西", "景颇", "布依", "布朗", "仫佬", "毛南", "仡佬", "撒拉", "锡伯",
            "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "东乡", "高山", "满", "回", "藏", "苗", "彝", "壮",
            "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "羌", "土", "怒", "京", "各");
    private static final java.util.regex.Pattern AUTONOMOUS = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,}?)" + peoplesWords("?") + "自治(县|旗)");

    /** 河口 of 河口瑶族自治县, 石柱 of 石柱土家族自治县: an autonomous county's or banner's place name, or null for any other name. */
    static String placeNameOfAutonomousCounty(String name) {
        java.util.regex.Matcher county = AUTONOMOUS.matcher(name);
        return county.matches() ? county.group(1) : null;
    }

    /** One or more peoples' names, each with 族 after it or, where {@code optional} is "?", maybe without (巴里坤哈萨克自治县). */
    static String peoplesWords(String optional) {
        return "(?:(?:" + String.join("|", PEOPLES) + ")族" + optional + ")+";
    }

    /**
     * 河口县 for 河口瑶族自治县, 石柱县 for 石柱土家族自治县: texts name an autonomous county by its place name and level
     * alone; such a name counts as an alias when no other entry has it.
     */
    private void addAutonomousCountiesByTheirPlaceName() {
        Map<String, GazetteerEntry> added = new HashMap<>();
        byName.forEach((name, list) -> {
            java.util.regex.Matcher county = AUTONOMOUS.matcher(name);
            if (list.size() == 1 && list.get(0).type() == EntityType.PLACE && name.equals(list.get(0).canonical()) && county.matches()) {
                added.put(county.group(1) + county.group(2), list.get(0));
            }
        });
        added.forEach((name, entry) -> byName.putIfAbsent(name, List.of(entry)));
    }

    /** 四川省自由贸易试验区, 四川省自贸区: texts may write a free trade zone's province out whole. */
    private void addFreeTradeZonesWithTheirProvinceWrittenOut() {
        Map<String, GazetteerEntry> added = new HashMap<>();
        byName.forEach((name, list) -> {
            GazetteerEntry entry = list.get(0);
            String province = entry.province();
            if (list.size() == 1 && "FTZ".equals(entry.kind()) && !province.isEmpty() && name.startsWith(province)
                    && FREE_TRADE_ZONE_WORDS.contains(name.substring(province.length()))) {
                List<GazetteerEntry> place = byName.get(province + "省");
                if (place != null && place.get(0).type() == EntityType.PLACE) {
                    added.put(province + "省" + name.substring(province.length()), entry);
                }
            }
        });
        added.forEach((name, entry) -> byName.putIfAbsent(name, List.of(entry)));
    }

    private static final Set<String> FREE_TRADE_ZONE_WORDS = Set.of("自由贸易试验区", "自贸试验区", "自贸区");

    /** Zone names that start like this name nothing in particular without their city (高新综合保税区, 空港综合保税区). */
    private static final List<String> GENERIC_STARTS = List.of("高新", "经济", "经开", "综合", "国家", "保税", "空港", "临空", "临港",
            "航空", "航天", "港口", "国际", "出口", "开发", "工业", "产业", "科技", "新区", "新技术", "滨海", "化学", "化工", "石化", "汽车");
    private static final List<String> ZONE_KINDS = List.of("综合保税区", "综保区", "保税港区", "保税区", "经济技术开发区", "经开区",
            "高新技术产业开发区", "新技术开发区", "高新区", "新区", "台商投资区");

    /**
     * Local texts drop the city a zone's official name starts with: 东湖新技术开发区 for 武汉东湖新技术开发区, 章锦综合保税区
     * for 济南章锦综合保税区. Such a name counts as an alias when it is still distinctive (a name of two characters or
     * more before the zone kind, not a generic word) and no other entry has it.
     */
    private void addZoneNamesWithoutTheirCity() {
        Map<String, List<GazetteerEntry>> candidates = new HashMap<>();
        byName.forEach((name, list) -> {
            GazetteerEntry entry = list.get(0);
            if (list.size() == 1 && entry.type() == EntityType.ZONE) {
                String rest = withoutLeadingPlace(name);
                if (rest != null && distinctiveZoneName(rest)) {
                    candidates.computeIfAbsent(rest, k -> new ArrayList<>()).add(entry);
                }
            }
        });
        candidates.forEach((name, list) -> {
            if (!byName.containsKey(name) && list.stream().distinct().count() == 1) {
                byName.put(name, List.of(list.get(0)));
            }
        });
    }

    /** The name after the longest place name it starts with, or null. */
    private String withoutLeadingPlace(String name) {
        for (int length = Math.min(name.length() - 1, 6); length >= 2; length--) {
            List<GazetteerEntry> place = byName.get(name.substring(0, length));
            if (place != null && place.get(0).type() == EntityType.PLACE) {
                return name.substring(length);
            }
        }
        return null;
    }

    private static boolean distinctiveZoneName(String name) {
        for (String kind : ZONE_KINDS) {
            if (name.endsWith(kind)) {
                String stem = name.substring(0, name.length() - kind.length());
                return stem.length() >= 2 && Character.UnicodeScript.of(stem.charAt(0)) == Character.UnicodeScript.HAN
                        && GENERIC_STARTS.stream().noneMatch(stem::startsWith);
            }
        }
        return false;
    }

    private static final String CENTRAL = "CENTRAL";
    private static final String STATE = "中华人民共和国";

    private void add(String[] row) {
        GazetteerEntry entry = new GazetteerEntry(row[0], EntityType.valueOf(row[1]), row[2], row.length > 3 ? row[3] : "");
        entries.add(entry);
        List<String> names = new ArrayList<>();
        names.add(row[0]);
        if (row.length > 4 && !row[4].isBlank()) {
            names.addAll(List.of(row[4].split("\\|")));
        }
        for (String name : List.copyOf(names)) {
            for (String[] form : DERIVED_SHORT_FORMS) {
                if (name.endsWith(form[0])) {
                    names.add(name.substring(0, name.length() - form[0].length()) + form[1]);
                }
            }
        }
        // 湖州莫干山国家高新技术产业开发区 and 湖州莫干山高新技术产业开发区, 宁波国家高新区 and 宁波高新区: texts write the
        // state level into a zone's name or leave it out.
        for (String name : List.copyOf(names)) {
            for (String[] form : NATIONAL_FORMS) {
                if (name.endsWith(form[1])) {
                    names.add(name.substring(0, name.length() - form[1].length()) + form[0]);
                } else if (name.endsWith(form[0]) && name.length() > form[0].length()) {
                    names.add(name.substring(0, name.length() - form[0].length()) + form[1]);
                }
            }
        }
        // 中华人民共和国交通运输部, 中华人民共和国国家发展和改革委员会: a treaty or joint statement names a central body after the state.
        if (entry.type() == EntityType.GOVERNMENT && entry.kind().equals(CENTRAL) && !row[0].startsWith("中") && !row[0].startsWith("全国")) {
            names.add(STATE + row[0]);
        }
        // Official texts write 中国（天津）自由贸易试验区 with full-width brackets; the lists use ASCII ones.
        for (String name : List.copyOf(names)) {
            if (name.indexOf('(') >= 0) {
                names.add(name.replace('(', '（').replace(')', '）'));
            }
        }
        for (String name : names) {
            List<GazetteerEntry> list = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
            if (!list.contains(entry)) {
                list.add(entry);
            }
            if (entry.type() == EntityType.ZONE) {
                fragments.add(stem(name));
            }
        }
    }

    /** A zone name without its kind suffix (东疆 of 东疆保税港区): words HanLP likes to mistake for persons. */
    private static String stem(String name) {
        for (String suffix : List.of("综合保税区", "综保区", "保税港区", "保税区", "经济技术开发区", "经开区", "高新技术产业开发区", "高新区", "新区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * What listed zones of a kind are called before the kind word (重庆两路寸滩 of 重庆两路寸滩保税港区): a short name
     * followed by the kind names a listed zone exactly when this set has it. Built once per kind, on first use.
     */
    public Set<String> zoneNamesBefore(String kind) {
        return zoneNamesBeforeKind.computeIfAbsent(kind, k -> byName.entrySet().stream()
                .filter(named -> named.getKey().length() > k.length() && named.getKey().endsWith(k)
                        && named.getValue().stream().anyMatch(entry -> entry.type() == EntityType.ZONE))
                .map(named -> named.getKey().substring(0, named.getKey().length() - k.length()))
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** True when the word is a gazetteer name or the distinctive part of a zone name. */
    public boolean isNameOrFragment(String word) {
        return byName.containsKey(word) || fragments.contains(word);
    }

    public Collection<GazetteerEntry> entries() {
        return entries;
    }

    public Set<String> allNames() {
        return byName.keySet();
    }

    /**
     * Every name with the HanLP nature that suits its type, for the segmenter's domain dictionary; not the counties and
     * districts, whose names HanLP would then cut out of common words (相|应城市 of 相应城市, 中|韩城市): the lexicon finds
     * them where they stand as words.
     */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        byName.forEach((name, list) -> {
            if (name.length() > 1 && !COUNTY_LEVELS.contains(list.get(0).kind())) {
                names.put(name, switch (list.get(0).type()) {
                    case PLACE -> "ns";
                    case PERSON -> "nr";
                    case POLICY -> "nz";
                    default -> "nt";
                });
            }
        });
        return names;
    }

    /** The listed district, county or county-level city of {@code province} named {@code stem} and 区, 县 or 市 (南沙 of 广东 → 南沙区), if any. */
    public java.util.Optional<GazetteerEntry> county(String stem, String province) {
        return countiesNamed(stem).stream().filter(entry -> entry.province().equals(province)).findFirst();
    }

    /** 迪拜, 木姐: the name is a listed city abroad. */
    public boolean namesAForeignCity(String name) {
        // Loops, not streams: asked of nearly every word of every sentence, where a stream's set-up costs more than the look-up.
        for (GazetteerEntry entry : lookup(name)) {
            if (entry.type() == EntityType.PLACE && entry.kind().equals(FOREIGN_CITY)) {
                return true;
            }
        }
        return false;
    }

    /** 日本, 阿根廷: the name is a listed country's. */
    public boolean namesACountry(String name) {
        for (GazetteerEntry entry : lookup(name)) {
            if (entry.isCountry()) {
                return true;
            }
        }
        return false;
    }

    /** 德国, 越南: the name is a listed country's other than China's. */
    public boolean namesAForeignCountry(String name) {
        for (GazetteerEntry entry : lookup(name)) {
            if (entry.isForeignCountry()) {
                return true;
            }
        }
        return false;
    }

    private static final String FOREIGN_CITY = "FOREIGN_CITY";

    /** The listed districts, counties and county-level cities of any province named {@code stem} and 区, 县 or 市 (高密 → 高密市). */
    public List<GazetteerEntry> countiesNamed(String stem) {
        return countiesByStem().getOrDefault(stem, List.of());
    }

    /** Asked of every short item of every list: built once, on first use, from the names as listed. */
    private Map<String, List<GazetteerEntry>> countiesByStem() {
        Map<String, List<GazetteerEntry>> counties = countiesByStem;
        if (counties == null) {
            Map<String, List<GazetteerEntry>> built = new HashMap<>();
            for (String level : List.of("区", "县", "市")) {
                byName.forEach((name, entries) -> {
                    if (name.length() > 1 && name.endsWith(level)) {
                        entries.stream().filter(entry -> entry.type() == EntityType.PLACE && COUNTY_LEVELS.contains(entry.kind()))
                                .forEach(entry -> built.computeIfAbsent(name.substring(0, name.length() - 1), stem -> new ArrayList<>()).add(entry));
                    }
                });
            }
            built.replaceAll((stem, entries) -> List.copyOf(entries));
            countiesByStem = counties = Map.copyOf(built);
        }
        return counties;
    }

    /** The kinds of county-level division (counties.tsv and places.tsv). */
    static final Set<String> COUNTY_LEVELS = Set.of("DISTRICT", "COUNTY", "COUNTY_CITY");
    /** The kinds of city, prefecture and county a port may be named after. */
    static final Set<String> CITY_LEVELS = java.util.stream.Stream.concat(Set.of("CITY", "PREFECTURE", "AUTONOMOUS_PREFECTURE", "LEAGUE").stream(),
            COUNTY_LEVELS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public int size() {
        return entries.size();
    }
}
