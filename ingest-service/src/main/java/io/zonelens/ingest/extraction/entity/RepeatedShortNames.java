package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shorter names a document uses for something it named in full, wherever it repeats them on their own:
 * <ul>
 * <li>a district, county, county-level city, new area or bonded zone without its level or kind word: after 广州市南沙区, "南沙将建设国际航运枢纽"
 * is about 南沙区; after 浦东新区, 浦东 is 上海浦东新区; after 东疆综合保税区 (or only its 管委会), 东疆 is 天津东疆综合保税区, but
 * 南沙 after 广州南沙综合保税区 stays the district's name. A bare name alone says too little (南沙 could be the islands, 朝阳 a city or the
 * morning sun), so only a document that names the place in full links it (河口 of 河口瑶族自治县 too), or a customs house
 * named after the county in a province the document names (马尾 of 马尾海关), and only a word HanLP knows first as a place
 * name, or not at all, or else where the tokenizer reads it as a place;</li>
 * <li>a group a subsidiary is named after: after 酒钢集团兰州新区不锈钢有限公司, "酒钢集团党委书记" names the group
 * (酒钢 alone is a common noun to HanLP, so nothing else finds it);</li>
 * <li>a bank's branch named without the bank, in a document that names one bank: 岳阳分行城陵矶支行 after 交通银行湖南省分行 is
 * 交通银行岳阳分行城陵矶支行, and so is a place or zone right before a branch's word (长沙分行营业部, 长沙经开区支行), which then
 * replaces the place or zone;</li>
 * <li>a team named by its city: after 厦门鹭岛恒信队, 厦门队 is that team;</li>
 * <li>a court's tribunal named without the court: after 上海市浦东新区人民法院自由贸易区法庭, 自由贸易区法庭 is that tribunal;</li>
 * <li>the brand a subsidiary's registered name opens with before its seat in brackets: after 霍尼韦尔（中国）有限公司,
 * "霍尼韦尔中国区总裁" names the brand's firm (a common word such as 电子 is no brand to look for);</li>
 * <li>a firm named by the opening of its registered name (芯辰微电子 after 四川芯辰微电子封装测试有限公司), and an airport named
 * short (郑州机场 after 郑州新郑国际机场).</li>
 * </ul>
 * A repetition counts when it starts and ends where words do, overlaps nothing found already (but a person the tagger read
 * inside a firm's short name, or a title read across its end, which is cut to the title word after it: 星穹|互动创始人) and
 * stands outside 《》.
 */
final class RepeatedShortNames {

    private final Gazetteer gazetteer;

    RepeatedShortNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        return firmsByTheOpeningOfTheirName(airportsShortened(teamsByTheirCity(branchesOfTheOneBank(text, repeated(text, views, mentions)))));
    }

    /**
     * 芯辰微电子 after 四川芯辰微电子封装测试有限公司: a firm named by the opening of its registered name (after the place it
     * is registered in) is the one firm of the document so named.
     */
    private List<EntityMention> firmsByTheOpeningOfTheirName(List<EntityMention> mentions) {
        List<String> registered = mentions.stream().filter(m -> m.type() == EntityType.COMPANY && LEGAL_FORM_AFTER.matcher(m.canonical()).find())
                .map(EntityMention::canonical).distinct().toList();
        if (registered.isEmpty()) {
            return mentions;
        }
        List<EntityMention> all = new ArrayList<>(mentions);
        all.replaceAll(m -> {
            // 酒钢集团 of 酒钢集团兰州新区不锈钢有限公司: a group is a firm of its own, not the subsidiary named after it.
            if (m.type() != EntityType.COMPANY || !m.canonical().equals(m.text()) || m.text().length() < MIN_OPENING || !SentenceView.isHan(m.text())
                    || GROUPS.stream().anyMatch(m.text()::endsWith)) {
                return m;
            }
            // Not a listed firm's own name, nor a group's or a brand's subsidiary (比亚迪 of 比亚迪（西安）有限公司, of 酒钢集团…).
            if (!gazetteer.lookup(m.text()).isEmpty()) {
                return m;
            }
            List<String> named = registered.stream().filter(firm -> firm.length() > m.text().length() + 2
                    && (firm.startsWith(m.text()) || withoutPlacesBefore(firm).startsWith(m.text()))
                    && !SUBSIDIARYS_MARKS.matcher(firm.substring(firm.indexOf(m.text()) + m.text().length())).lookingAt()).toList();
            return named.size() == 1 ? new EntityMention(m.type(), m.start(), m.end(), m.text(), named.get(0), m.sentenceIndex(), true) : m;
        });
        return all;
    }

    private static final int MIN_OPENING = 3;
    /**
     * 集团 or a seat in brackets right after the opening: the opening is a group's or a brand's of its own (酒钢 of 酒钢集团…,
     * 比亚迪 of 比亚迪（西安）有限公司), not the firm's; 川南汇智光伏 of 川南汇智光伏科技（宜宾）有限公司 has its trade word between.
     */
    private static final java.util.regex.Pattern SUBSIDIARYS_MARKS = java.util.regex.Pattern.compile("集团|[（(]");

    /**
     * 郑州机场 after 郑州新郑国际机场, 浦东机场 after 上海浦东国际机场: an airport named short, its name's characters in order
     * within the one airport the document names in full, is that airport.
     */
    private static List<EntityMention> airportsShortened(List<EntityMention> mentions) {
        List<String> airports = mentions.stream().filter(m -> m.type() == EntityType.PLACE && m.canonical().endsWith(AIRPORT))
                .map(EntityMention::canonical).distinct().toList();
        if (airports.size() < 2) {
            return mentions;
        }
        List<EntityMention> all = new ArrayList<>(mentions);
        all.replaceAll(m -> {
            if (m.type() != EntityType.PLACE || !m.canonical().equals(m.text()) || !m.text().endsWith(AIRPORT)) {
                return m;
            }
            List<String> full = airports.stream().filter(airport -> shortenedFrom(m.text(), airport)).toList();
            return full.size() == 1 ? new EntityMention(m.type(), m.start(), m.end(), m.text(), full.get(0), m.sentenceIndex(), true) : m;
        });
        return all;
    }

    private static final String AIRPORT = "机场";

    /**
     * 厦门队 after 厦门鹭岛恒信队: a team named by its city alone is the one team of that city the document names in full
     * (its sponsor's name dropped), where there is one.
     */
    private List<EntityMention> teamsByTheirCity(List<EntityMention> mentions) {
        List<EntityMention> all = new ArrayList<>(mentions);
        all.replaceAll(m -> {
            if (m.type() != EntityType.ORGANIZATION || !m.canonical().equals(m.text()) || !m.text().endsWith(TEAM) || m.text().length() < 3) {
                return m;
            }
            // 深圳队, not 国家队 or 消防队: a listed place's name before 队; the team named in full is no brigade (深圳市消防救援支队).
            String city = m.text().substring(0, m.text().length() - TEAM.length());
            if (gazetteer.lookup(city).stream().noneMatch(entry -> entry.type() == EntityType.PLACE)) {
                return m;
            }
            List<String> named = mentions.stream().filter(other -> other.type() == EntityType.ORGANIZATION && other.canonical().startsWith(city)
                    && other.canonical().endsWith(TEAM) && other.canonical().length() > m.text().length()
                    && UNITS_OF_A_FORCE.stream().noneMatch(other.canonical()::endsWith)).map(EntityMention::canonical).distinct().toList();
            return named.size() == 1 ? new EntityMention(m.type(), m.start(), m.end(), m.text(), named.get(0), m.sentenceIndex(), true) : m;
        });
        return all;
    }

    private static final String TEAM = "队";
    private static final String FIRM = "公司";

    /** A port of three characters or more (石岛港), found as a place. */
    private static boolean portsName(EntityMention m) {
        return m.type() == EntityType.PLACE && m.text().length() >= 3 && m.text().endsWith(PORT) && SentenceView.isHan(m.text());
    }

    private static final String PORT = "港";
    private static final List<String> UNITS_OF_A_FORCE = List.of("支队", "大队", "中队", "总队");

    private List<EntityMention> repeated(String text, List<SentenceView> views, List<EntityMention> mentions) {
        Map<String, EntityMention> byBareName = new LinkedHashMap<>();
        // 河口 of 河口瑶族自治县 is also a river's mouth: such a name counts only where the tokenizer read it as a place.
        Set<String> readAsAPlaceOnly = new java.util.HashSet<>();
        for (EntityMention m : mentions) {
            String bare = m.type() == EntityType.COMPANY ? java.util.Optional.ofNullable(groupOrBrandName(m)).orElseGet(() -> tradeName(m))
                    : m.type() == EntityType.GOVERNMENT ? tribunalsOwnName(m) : bareName(m);
            if (bare == null && m.type() == EntityType.PLACE && (bare = bareName(m, false)) != null) {
                readAsAPlaceOnly.add(bare);
            }
            // 威海港和石岛港…一季度石岛港完成: a port found once is the port wherever the document names it again.
            if (bare == null && portsName(m)) {
                bare = m.text();
            }
            // 洋浦 after 洋浦保税港区 and 洋浦经济开发区: the area is the wider zone, not the bonded one inside it; 新郑 after
            // 郑州新郑综合保税区 and 新郑市委, and 沭阳 after 沭阳经济技术开发区 and 沭阳县委, the county the zone lies in
            // (a new area's name stays its own: 南沙 after 广州南沙新区).
            EntityMention earlier = byBareName.get(bare);
            if (bare != null && (earlier == null || bonded(earlier) && !bonded(m) && (m.type() == EntityType.ZONE || m.type() == EntityType.PLACE)
                    || earlier.type() == EntityType.ZONE && !newArea(earlier) && m.type() == EntityType.PLACE && sameProvince(earlier, m))) {
                byBareName.put(bare, m);
            }
            // 芯睿智能 after 芯睿智能装备（深圳）股份有限公司: a subsidiary named after its brand goes by its trade name too, where
            // no other firm of the document opens with it.
            String trade = m.type() == EntityType.COMPANY && bare != null ? tradeName(m) : null;
            if (trade != null && !trade.equals(bare) && mentions.stream().noneMatch(other -> other.type() == EntityType.COMPANY
                    && !other.canonical().equals(m.canonical()) && LEGAL_FORM_AFTER.matcher(other.canonical()).find()
                    && withoutPlaceBefore(other.canonical()).startsWith(trade))) {
                byBareName.putIfAbsent(trade, m);
            }
        }
        countiesOfTheirCustomsHouses(mentions).forEach((bare, county) -> {
            if (byBareName.putIfAbsent(bare, county) == null && !CoreWords.aPlaceNameOrUnknown(bare)) {
                readAsAPlaceOnly.add(bare);
            }
        });
        // 洋浦 after 洋浦保税港区 and 洋浦国际集装箱码头 could be either: a bare name another zone of the document opens with
        // too (one no bare name is made of) names neither. A district's or new area's name stays its own (南沙 after 南沙区 or
        // 广州南沙新区, and 南沙开发区: the zones lie in the district).
        byBareName.entrySet().removeIf(named -> named.getValue().type() != EntityType.PLACE && !newArea(named.getValue()) && mentions.stream().anyMatch(other -> other.type() == EntityType.ZONE
                && !other.canonical().equals(named.getValue().canonical()) && withoutPlaceBefore(other.text()).startsWith(named.getKey())
                && bareName(other) == null && !shortenedFrom(other.text(), named.getValue().text())));
        if (byBareName.isEmpty()) {
            return mentions;
        }
        List<EntityMention> all = new ArrayList<>(mentions);
        for (Map.Entry<String, EntityMention> named : byBareName.entrySet()) {
            String bare = named.getKey();
            EntityMention full = named.getValue();
            // A group is a firm of its own, not the subsidiary named after it; 中国宝武钢铁集团 is 中国宝武钢铁集团有限公司.
            boolean sameThing = full.type() != EntityType.COMPANY || LEGAL_FORM.matcher(full.text().substring(bare.length())).matches()
                    || bare.equals(tradeName(full)) || brandOfTheOneLocalFirm(full, bare, mentions);
            // 维斯川德 after 维斯川德集团 and its subsidiary 维斯川德（上海）精密传动有限公司: the brand alone is the group's.
            EntityMention group = full.type() != EntityType.COMPANY ? null : mentions.stream()
                    .filter(other -> other.type() == EntityType.COMPANY && other.text().equals(bare + GROUP)).findFirst().orElse(null);
            String canonical = group != null ? group.canonical() : sameThing ? full.canonical() : bare;
            // 钦州港 found again is the port by its own name anywhere: only a name shorter than the canonical one is the document's.
            boolean contextual = sameThing && !canonical.equals(bare);
            for (int at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
                int start = at;
                int end = at + bare.length();
                SentenceView view = SentenceView.holding(views, start, end);
                if (view == null || !view.tokenStartsAt(start) || !view.tokenEndsAt(end) || view.insideBookTitle(start, end)
                        || readAsAPlaceOnly.contains(bare) && !view.readAsOnePlace(start, end)
                        || full.type() != EntityType.COMPANY && FACILITY_AFTER.matcher(text).region(end, text.length()).lookingAt()
                        // 嫩江市位于嫩江中上游: the river a city is named after, where its course is spoken of.
                        || RIVER_ENDINGS.indexOf(bare.charAt(bare.length() - 1)) >= 0 && RIVER_AFTER.matcher(text).region(end, text.length()).lookingAt()
                        || portAreaIsNoPartOf(full) && text.startsWith(PORT_AREA, end)) {
                    continue;
                }
                // 金棕榈公司总经理: the bare company word after a firm's short name is the name's too.
                int nameEnd = full.type() == EntityType.COMPANY && contextual && text.startsWith(FIRM, end) && view.tokenEndsAt(end + FIRM.length())
                        ? end + FIRM.length() : end;
                List<EntityMention> overlapped = all.stream().filter(other -> other.start() < nameEnd && start < other.end()).toList();
                if (overlapped.stream().allMatch(other -> aNameReadInsideAFirms(full, other, start, end) || aNameReadForThePlace(full, other, view, start, end)
                        || aTitleReadAcrossAFirmsEnd(full, other, view, start, end) || other.type() == EntityType.COMPANY && other.canonical().equals(other.text())
                        && other.start() == start && other.end() == nameEnd)) {
                    all.removeAll(overlapped);
                    all.add(new EntityMention(full.type(), start, nameEnd, text.substring(start, nameEnd), canonical, view.sentence().index(), contextual));
                    overlapped.stream().filter(other -> aTitleReadAcrossAFirmsEnd(full, other, view, start, end))
                            .forEach(title -> all.add(new EntityMention(title.type(), end, title.end(), text.substring(end, title.end()),
                                    text.substring(end, title.end()), title.sentenceIndex(), false)));
                }
            }
            // …and where another source found the short name, it is linked to the full one all the same.
            all.replaceAll(m -> contextual && m.type() == full.type() && m.text().equals(bare) && m.canonical().equals(bare)
                    ? new EntityMention(m.type(), m.start(), m.end(), m.text(), canonical, m.sentenceIndex(), true) : m);
        }
        all.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return all;
    }

    /**
     * 平潭实验区 of 平潭综合实验区: a name made of the full one's characters in their order, a short form of it (defined
     * in brackets, linked later), not another zone opening with the same name.
     */
    static boolean shortenedFrom(String shortName, String fullName) {
        int at = 0;
        for (int i = 0; i < shortName.length() && at >= 0; i++) {
            at = fullName.indexOf(shortName.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0 && shortName.length() < fullName.length();
    }

    /**
     * 马尾 of 马尾海关, 河口 of 河口海关: a customs house named after its county names the county, which the document's
     * bare name then is (位于马尾的福州综合保税区), where one county of a province the document names has that name. Each is
     * given as a mention of the county in full, at the customs house, for {@link #repeated} to look for.
     */
    private Map<String, EntityMention> countiesOfTheirCustomsHouses(List<EntityMention> mentions) {
        Map<String, EntityMention> counties = new LinkedHashMap<>();
        Set<String> provinces = null;
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.GOVERNMENT || !m.text().endsWith(GovernmentBodySource.CUSTOMS) || m.text().length() < GovernmentBodySource.CUSTOMS.length() + 2) {
                continue;
            }
            String stem = m.text().substring(0, m.text().length() - GovernmentBodySource.CUSTOMS.length());
            if (!SentenceView.isHan(stem) || !gazetteer.lookup(stem).isEmpty() || counties.containsKey(stem)) {
                continue;
            }
            if (provinces == null) {
                provinces = provincesNamed(mentions);
            }
            Set<String> named = provinces;
            List<GazetteerEntry> inTheProvinces = gazetteer.countiesNamed(stem).stream().filter(entry -> named.contains(entry.province())).toList();
            if (inTheProvinces.size() == 1) {
                String county = inTheProvinces.get(0).canonical();
                counties.put(stem, new EntityMention(EntityType.PLACE, m.start(), m.start() + stem.length(), county, county, m.sentenceIndex(), false));
            }
        }
        return counties;
    }


    /** The provinces of the places and zones the document names (福建 for 福州, 云南 for 蒙自). */
    private Set<String> provincesNamed(List<EntityMention> mentions) {
        Set<String> provinces = new java.util.HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PLACE || m.type() == EntityType.ZONE) {
                gazetteer.lookup(m.canonical()).stream().filter(entry -> entry.type() == m.type() && entry.province() != null && !entry.isForeign())
                        .forEach(entry -> provinces.add(entry.province()));
            }
        }
        return provinces;
    }

    /** 森诺|木业 after 满洲里森诺木业有限公司: a person read inside a firm's short name, short of its end, is none. */
    private static boolean aNameReadInsideAFirms(EntityMention full, EntityMention other, int start, int end) {
        return full.type() == EntityType.COMPANY && other.type() == EntityType.PERSON && other.start() >= start && other.end() < end;
    }

    /**
     * 星穹|互动创始人 after 杭州星穹互动网络科技有限公司: a title read from inside a firm's short name on past its end is the
     * title word after the name (创始人), where the lexicon knows that word as a title.
     */
    private static boolean aTitleReadAcrossAFirmsEnd(EntityMention full, EntityMention other, SentenceView view, int start, int end) {
        return full.type() == EntityType.COMPANY && other.type() == EntityType.POSITION && other.start() > start && other.start() < end
                && other.end() > end && view.hits().stream().anyMatch(hit -> hit.start() == end && hit.end() == other.end() && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /**
     * 东宁 after 东宁市, read by HanLP as a person's name: the county's bare name, spelled whole, is the county; but not a name
     * right after a title (书记吴江 in a document naming 吴江区).
     */
    private static boolean aNameReadForThePlace(EntityMention full, EntityMention other, SentenceView view, int start, int end) {
        return full.type() == EntityType.PLACE && other.type() == EntityType.PERSON && other.start() == start && other.end() == end
                && view.hits().stream().noneMatch(hit -> hit.end() == start && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    private static final String GROUP = "集团";
    private static final List<String> GROUPS = List.of(GROUP, "控股");
    private static final String BANK = "银行";
    /** 岳阳分行城陵矶支行, 长沙经开区支行, 长沙分行营业部: a bank's branch named without the bank. */
    private static final java.util.regex.Pattern BARE_BRANCH = java.util.regex.Pattern.compile("\\p{IsHan}{2,8}?(?:分行|支行)(?:\\p{IsHan}{2,8}?支行|营业部)?");

    /** 长沙农商行岳麓支行, 浏阳农信社: a bank's name no 银行 spells, which makes the branch that bank's. */
    private static final java.util.regex.Pattern OTHER_BANKS = java.util.regex.Pattern.compile("商行|农信|信用社|信用合作");

    /** 长沙分行营业部, 郴州分行: what makes a place (or a zone: 长沙经开区支行) right before it a bank's branch. */
    private static final java.util.regex.Pattern BRANCH_AFTER_A_PLACE = java.util.regex.Pattern.compile("(?:分行|支行)(?:营业部)?(?!业)");

    /**
     * 岳阳分行城陵矶支行 in a document that names one bank (交通银行湖南省分行…): a branch named without its bank is that bank's
     * (交通银行岳阳分行城陵矶支行); so is a place or zone named right before a branch's word (在长沙分行营业部、郴州分行等设立),
     * which no source reads as a firm.
     */
    private static List<EntityMention> branchesOfTheOneBank(String text, List<EntityMention> mentions) {
        List<String> banks = mentions.stream().filter(m -> m.type() == EntityType.COMPANY && m.canonical().contains(BANK))
                .map(m -> m.canonical().substring(0, m.canonical().indexOf(BANK) + BANK.length())).distinct().toList();
        if (banks.size() != 1) {
            return mentions;
        }
        String bank = banks.get(0);
        List<EntityMention> all = new ArrayList<>();
        java.util.regex.Matcher branch = BRANCH_AFTER_A_PLACE.matcher(text);
        EntityMention lastBranch = null;
        for (EntityMention m : mentions) {
            // 沪平银行上海自贸试验区分行: the bank's name may stand before the place; not 长沙农商行岳麓支行, another bank's.
            boolean afterTheBank = text.startsWith(bank, m.start() - bank.length());
            boolean placeOfABranch = (m.type() == EntityType.PLACE || m.type() == EntityType.ZONE) && (afterTheBank || m.start() == 0 || text.charAt(m.start() - 1) != '行')
                    && branch.region(m.end(), text.length()).lookingAt()
                    && mentions.stream().noneMatch(other -> other != m && other.start() < branch.end() && m.start() < other.end()
                    && !(m.start() <= other.start() && other.end() <= m.end()));
            if (placeOfABranch) {
                int start = afterTheBank ? m.start() - bank.length() : m.start();
                String name = text.substring(start, branch.end());
                lastBranch = new EntityMention(EntityType.COMPANY, start, branch.end(), name, afterTheBank ? name : bank + name, m.sentenceIndex(), !afterTheBank);
                EntityMention whole = lastBranch;
                all.removeIf(earlier -> earlier.start() >= whole.start() && earlier.end() <= whole.end());
                all.add(lastBranch);
            } else if (lastBranch != null && m.start() >= lastBranch.start() && m.end() <= lastBranch.end()) {
                // a mention nested inside the branch just named goes with it
            } else {
                all.add(m.type() == EntityType.COMPANY && !m.text().contains(BANK) && !OTHER_BANKS.matcher(m.text()).find() && m.canonical().equals(m.text())
                        && BARE_BRANCH.matcher(m.text()).matches()
                        ? new EntityMention(m.type(), m.start(), m.end(), m.text(), bank + m.text(), m.sentenceIndex(), true) : m);
            }
        }
        return all;
    }

    /**
     * 南沙 of 南沙区, 浦东 of 浦东新区 or 天津市滨海新区, 正定 of 正定县, 东宁 of 东宁市, 东疆 of 东疆综保区, 河口 of 河口瑶族自治县: the
     * name of a listed district, county, county-level city, new area, bonded or development zone without its level or kind
     * word (and without the city before it, or an autonomous county's peoples), two characters at least, that names nothing
     * else and HanLP knows first as a place or not at all; or null.
     */
    private String bareName(EntityMention m) {
        return bareName(m, true);
    }

    /** With {@code askTheDictionary} false, a county's name HanLP's dictionary knows first as a common word (河口) counts too. */
    private String bareName(EntityMention m, boolean askTheDictionary) {
        List<GazetteerEntry> entries = gazetteer.lookup(m.canonical());
        boolean county = m.type() == EntityType.PLACE && entries.stream().anyMatch(e -> e.type() == EntityType.PLACE && Gazetteer.COUNTY_LEVELS.contains(e.kind()));
        boolean newArea = newArea(m);
        boolean bondedZone = m.type() == EntityType.ZONE && entries.stream().anyMatch(e -> e.type() == EntityType.ZONE && BONDED.contains(e.kind()));
        boolean developmentZone = m.type() == EntityType.ZONE && entries.stream().anyMatch(e -> e.type() == EntityType.ZONE && DEVELOPMENT.contains(e.kind()));
        String level = county && (m.text().endsWith("区") || m.text().endsWith("县") || m.text().endsWith("市")) ? m.text().substring(m.text().length() - 1)
                : newArea && m.text().endsWith("新区") ? "新区"
                : bondedZone ? BONDED_KINDS.stream().filter(m.text()::endsWith).findFirst().orElse(null)
                : developmentZone ? DEVELOPMENT_KINDS.stream().filter(m.text()::endsWith).findFirst().orElse(null) : null;
        // 河口 of 河口瑶族自治县: an autonomous county's bare name leaves out its peoples too.
        String autonomous = county ? Gazetteer.placeNameOfAutonomousCounty(m.text()) : null;
        if (level == null && autonomous == null || autonomous == null && m.text().endsWith("自治县")) {
            return null;
        }
        String name = autonomous != null ? autonomous : withoutPlaceBefore(m.text().substring(0, m.text().length() - level.length()));
        // 南沙 of 广州南沙综合保税区 is the district more often than the zone named after it.
        boolean namesSomethingElse = !gazetteer.lookup(name).isEmpty()
                || bondedZone && gazetteer.lookup(name + "区").stream().anyMatch(e -> e.type() == EntityType.PLACE);
        // 滨海 is "coastal" before it is 滨海新区 (滨海城市购物广场, 太重滨海): HanLP must know the name as a place first, or not at all.
        // 永康 after 永康市: a county's name HanLP knows only as a proper noun is the county's in a document naming it in full.
        boolean placeName = !askTheDictionary && county || CoreWords.aPlaceNameOrUnknown(name) || county && CoreWords.aCustomProperNoun(name);
        // 赣江 of 江西赣江新区, 湘江 of 湖南湘江新区: a zone named after a river leaves the river's name to the river (加快赣江航道建设);
        // a city named after one (晋江 of 晋江市) is what its bare name means in news that names the city.
        boolean river = !county && (name.endsWith("江") || name.endsWith("河"));
        return name.length() >= 2 && SentenceView.isHan(name) && !namesSomethingElse && placeName && !river ? name : null;
    }

    /**
     * 自由贸易区法庭 of 上海市浦东新区人民法院自由贸易区法庭: a court's tribunal named again without its court, by the area or
     * field it is for; or null.
     */
    private static String tribunalsOwnName(EntityMention m) {
        int court = m.canonical().lastIndexOf(COURT);
        String name = court < 0 ? "" : m.canonical().substring(court + COURT.length());
        // 派出法庭, 第一法庭, 人民法庭: kinds and numbers of courtrooms, no tribunal's own name.
        boolean generic = name.startsWith("派出") || name.startsWith("第") || name.startsWith("人民");
        return name.endsWith(TRIBUNAL) && name.length() >= TRIBUNAL.length() + 2 && !generic ? name : null;
    }

    private static final String COURT = "法院";
    private static final String TRIBUNAL = "法庭";

    /** Both listed in one province (沭阳经济技术开发区 and 沭阳县; not 明水经济技术开发区 of Shandong and 明水县 of Heilongjiang). */
    private boolean sameProvince(EntityMention one, EntityMention other) {
        Set<String> provinces = gazetteer.lookup(one.canonical()).stream().map(GazetteerEntry::province).filter(province -> province != null && !province.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
        return gazetteer.lookup(other.canonical()).stream().anyMatch(entry -> provinces.contains(entry.province()));
    }

    private boolean bonded(EntityMention m) {
        return m.type() == EntityType.ZONE && gazetteer.lookup(m.canonical()).stream().anyMatch(e -> e.type() == EntityType.ZONE && BONDED.contains(e.kind()));
    }

    private boolean newArea(EntityMention m) {
        return m.type() == EntityType.ZONE && gazetteer.lookup(m.canonical()).stream().anyMatch(e -> e.type() == EntityType.ZONE && e.kind().equals(NEW_AREA));
    }

    private static final String RIVER_ENDINGS = "江河";
    private static final java.util.regex.Pattern RIVER_AFTER = java.util.regex.Pattern.compile("流域|航道|沿岸|两岸|干流|支流|水系|水域|江段|河段|[上中下]游|中上游|中下游|江畔|河畔|大桥|入海口");
    /**
     * 郑州新郑国际机场, 洋山港: a facility named after the place, which the bare name is then part of; 浦东机场南部区域: so is a
     * part of the place; 东疆湾国际会议中心: and a bay named after it, a place of its own.
     */
    private static final java.util.regex.Pattern FACILITY_AFTER = java.util.regex.Pattern.compile(
            PlacePatternSource.FACILITY_WORDS + "|大道|大街|路(?!线|径)|港(?!区)|码头|口岸|[东西南北]部区域|区域|湾");

    private static final String PORT_AREA = "港区";

    /**
     * 梅山港区, 前湾港区 after 宁波梅山综合保税区, 青岛前湾综合保税区: the port's area, named after the same ground, is no bonded
     * zone of any other kind than a bonded port area (东疆港区 is where 东疆保税港区 lies, and stands for it).
     */
    private boolean portAreaIsNoPartOf(EntityMention zone) {
        return zone.type() == EntityType.ZONE && gazetteer.lookup(zone.canonical()).stream()
                .noneMatch(entry -> entry.type() == EntityType.ZONE && entry.kind().equals(BONDED_PORT_AREA));
    }

    private static final String BONDED_PORT_AREA = "BONDED_PORT_AREA";

    private static final String NEW_AREA = "NEW_AREA";
    /** Bonded zones are often named after a port or area with no other listed name (东疆, 洋山, 前湾). */
    private static final Set<String> BONDED = Set.of("COMPREHENSIVE_BONDED_ZONE", "BONDED_PORT_AREA", "BONDED_ZONE");
    private static final List<String> BONDED_KINDS = List.of("综合保税区", "保税港区", "综保区", "保税区");
    /** Development, high-tech and pilot zones named after their area (洋浦经济开发区, 平潭综合实验区), longest kind word first. */
    private static final Set<String> DEVELOPMENT = Set.of("ETDZ", "HIDZ", "COOPERATION_ZONE", "INNOVATION_ZONE");
    private static final List<String> DEVELOPMENT_KINDS = List.of("经济技术开发区", "高新技术产业开发区", "国家自主创新示范区", "自主创新示范区",
            "经济开发区", "综合实验区", "深度合作区", "经开区", "高新区", "开发区", "合作区");

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile("(?:股份)?有限(?:责任)?公司|公司");

    /**
     * 酒钢集团 of 酒钢集团兰州新区不锈钢有限公司: the group a registered subsidiary's name opens with; 霍尼韦尔 of 霍尼韦尔（中国）有限公司,
     * SK海力士 of SK海力士（无锡）半导体有限公司: the brand before the seat a subsidiary names in brackets; or null.
     */
    private String groupOrBrandName(EntityMention m) {
        int group = m.text().indexOf("集团");
        if (group >= 2 && group + 2 < m.text().length() && SentenceView.isHan(m.text().substring(0, group))) {
            return m.text().substring(0, group + 2);
        }
        java.util.regex.Matcher seat = BRACKETED_SEAT.matcher(m.text());
        if (!seat.find() || !LEGAL_FORM_AFTER.matcher(m.text()).region(seat.end(), m.text().length()).find()) {
            return null;
        }
        String brand = m.text().substring(0, seat.start());
        boolean aPlace = gazetteer.lookup(seat.group(1)).stream().anyMatch(e -> e.type() == EntityType.PLACE);
        boolean namesAPlaceItself = gazetteer.lookup(brand).stream().anyMatch(e -> e.type() == EntityType.PLACE);
        // 电子（中国）有限公司: a common word is no brand to look for elsewhere, nor a person's name (李宁 may be the founder);
        // a Latin one, or one HanLP knows as a firm's or other proper name or not at all, is.
        String nature = CoreWords.firstNature(brand);
        boolean distinctive = brand.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) || nature == null && CoreWords.unknown(brand)
                || nature != null && (nature.startsWith("nt") || nature.startsWith("nz"));
        return aPlace && !namesAPlaceItself && brand.length() >= 2 && distinctive ? brand : null;
    }

    /**
     * 顶峰精密电子 after 顶峰精密电子（昆山）有限公司: the brand before a seat in a city of China is the local firm the document
     * speaks of, where no other firm of the document opens with it. A seat 中国 is the brand's country arm, and a brand in
     * Latin letters a foreign group's (SK海力士 of SK海力士（无锡）半导体有限公司): there the brand is the group's.
     */
    private boolean brandOfTheOneLocalFirm(EntityMention full, String brand, List<EntityMention> mentions) {
        java.util.regex.Matcher seat = BRACKETED_SEAT.matcher(full.text());
        // 比亚迪集团（西安）有限公司: a group's name before the seat stays the group's; so does a brand HanLP knows as an
        // organization's or a transliterated name (nt, nrf).
        String nature = String.valueOf(CoreWords.firstNature(brand));
        if (!SentenceView.isHan(brand) || GROUPS.stream().anyMatch(brand::endsWith) || nature.startsWith("nt") || nature.startsWith("nrf")
                || !seat.find() || seat.start() != brand.length()) {
            return false;
        }
        boolean aCityOfChina = gazetteer.lookup(seat.group(1)).stream().anyMatch(e -> e.type() == EntityType.PLACE && !e.isCountry() && !e.isForeign());
        return aCityOfChina && mentions.stream().noneMatch(other -> other.type() == EntityType.COMPANY && !other.canonical().equals(full.canonical())
                && other.text().startsWith(brand) && other.text().length() > brand.length() && !other.text().equals(brand + FIRM));
    }

    /**
     * 翔宇航空 of 海南翔宇航空技术有限公司, 智擎机器人 of 北京智擎机器人技术有限公司: a registered firm's trade name and the first
     * word of its trade (after the place it opens with), where the trade name is no common word (城市 of 北京市城市建设投资有限公司 is none); a Japanese
     * or Korean firm's brand of two (东和 of 东和精机株式会社); or null.
     */
    private String tradeName(EntityMention m) {
        java.util.regex.Matcher form = LEGAL_FORM_AFTER.matcher(m.text());
        if (!form.find()) {
            return null;
        }
        // 东和精机株式会社…东和在大连: a Japanese or Korean firm goes by a brand of two characters.
        String name = withoutPlaceBefore(m.text().substring(0, form.start()));
        int length = form.group().equals(JAPANESE_FORM) ? 2 : BRAND_LENGTH + firstTradeWordAfterTheBrand(name);
        // 满洲里森诺木业有限公司…森诺木业: a name of exactly the trade name's length is the trade name whole.
        if (name.length() < length || name.length() == length + 1 || !SentenceView.isHan(name.substring(0, length))) {
            return null;
        }
        String trade = name.substring(0, 2);
        String nature = CoreWords.firstNature(trade);
        boolean distinctive = nature == null ? CoreWords.unknown(trade) : nature.startsWith("nz") || nature.startsWith("nr") || nature.startsWith("nt");
        return distinctive && gazetteer.lookup(trade).isEmpty() ? name.substring(0, length) : null;
    }

    /**
     * How long the trade's first word after a two-character brand is: three characters where the dictionary knows them as a
     * word (机器人 of 智擎机器人技术, 电路板 of 鼎晟电路板), else two (汽车 of 星驰汽车科技: a longer word is a trade of its own).
     */
    private static int firstTradeWordAfterTheBrand(String name) {
        boolean threeCharacterWord = name.length() >= BRAND_LENGTH + 3 && !CoreWords.unknown(name.substring(BRAND_LENGTH, BRAND_LENGTH + 3));
        return threeCharacterWord ? 3 : 2;
    }

    private static final int BRAND_LENGTH = 2;
    private static final String JAPANESE_FORM = "株式会社";

    /** （中国）, (天津): the seat a subsidiary's registered name gives in brackets after its brand. */
    private static final java.util.regex.Pattern BRACKETED_SEAT = java.util.regex.Pattern.compile("[（(](\\p{IsHan}{2,6})[）)]");
    private static final java.util.regex.Pattern LEGAL_FORM_AFTER = java.util.regex.Pattern.compile("有限(?:责任)?公司$|株式会社$");

    /** 滨海 of 天津市滨海: the listed place a name opens with is the city's, not the new area's own name. */
    private String withoutPlaceBefore(String name) {
        for (int length = Math.min(4, name.length() - 2); length >= 2; length--) {
            if (gazetteer.lookup(name.substring(0, length)).stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
                return name.substring(length);
            }
        }
        return name;
    }

    /**
     * A firm's registered name without the places it opens with: 德国汉堡北锚海工… is 北锚海工…, the country, then a city HanLP
     * knows as a place though no list holds it (汉堡 is also a food).
     */
    private String withoutPlacesBefore(String name) {
        for (int length = Math.min(4, name.length() - 2); length >= 2; length--) {
            String opening = name.substring(0, length);
            if (gazetteer.lookup(opening).stream().anyMatch(e -> e.type() == EntityType.PLACE) || String.valueOf(CoreWords.firstNature(opening)).startsWith("ns")) {
                return withoutPlacesBefore(name.substring(length));
            }
        }
        return name;
    }
}
