package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 横琴、前海、南沙、河套等重大合作平台: a bare name listed among zones is a zone too, the one listed zone whose name holds it
 * (南沙: 广州南沙新区, of the kinds news names by their bare names first; 河套: 河套深港科技创新合作区). Alone, 南沙 is as often
 * the district or the islands and 河套 a river's bend; among zones the list says which it is. A free-trade area is named
 * bare only among its zone's other areas (张江 beside 金桥 and 陆家嘴 in a list of Shanghai's areas, not 机场 beside 天津港保税区).
 */
final class ZonesListedTogether {

    /** The kinds bare names stand for, widest first: 南沙 is the new area before the free-trade area named after it. */
    private static final List<String> KINDS_NAMED_BARE = List.of("NEW_AREA", "FREE_TRADE_PORT", "COOPERATION_ZONE", "DEMONSTRATION_AREA");
    private static final String FTZ_AREA = "FTZ_AREA";
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 4;

    private final Gazetteer gazetteer;

    ZonesListedTogether(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        return kindsAfterAZoneOfTheirPlace(text, views, listed(text, views, mentions));
    }

    /**
     * 喀什经济开发区、综合保税区, 喀什经济开发区和综合保税区: a kind word alone right after a zone named by its place and joined to it
     * is the place's zone of that kind, where the gazetteer lists it (the place named once for both).
     */
    private List<EntityMention> kindsAfterAZoneOfTheirPlace(String text, List<SentenceView> views, List<EntityMention> mentions) {
        List<EntityMention> all = null;
        for (EntityMention zone : mentions) {
            SentenceView view = zone.type() != EntityType.ZONE ? null : SentenceView.holding(views, zone.start(), zone.end());
            if (view == null || zone.end() + 1 >= view.sentence().end() || JOINERS.indexOf(view.charAt(zone.end())) < 0) {
                continue;
            }
            int start = zone.end() + 1;
            String kind = KINDS_AFTER_A_ZONE.stream().filter(word -> text.startsWith(word, start) && start + word.length() <= view.sentence().end()).findFirst().orElse(null);
            EntityMention place = mentions.stream().filter(m -> m.type() == EntityType.PLACE && m.start() == zone.start() && m.end() < zone.end()).findFirst().orElse(null);
            if (kind == null || place == null || !view.tokenStartsAt(start) || !view.tokenEndsAt(start + kind.length()) || zone.text().endsWith(kind)) {
                continue;
            }
            int end = start + kind.length();
            // 喀什经济开发区、综合保税区管委会: a longer name holding the kind word stays (the zones' shared body).
            if (mentions.stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) {
                continue;
            }
            String named = place.text() + kind;
            List<GazetteerEntry> listed = gazetteer.lookup(named).stream().filter(entry -> entry.type() == EntityType.ZONE).toList();
            if (listed.size() != 1) {
                continue;
            }
            all = all == null ? new ArrayList<>(mentions) : all;
            all.removeIf(m -> m.start() < end && start < m.end());
            all.add(new EntityMention(EntityType.ZONE, start, end, kind, listed.get(0).canonical(), view.sentence().index(), true));
        }
        if (all == null) {
            return mentions;
        }
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    private static final String JOINERS = "、和与及";
    private static final List<String> KINDS_AFTER_A_ZONE = List.of("综合保税区", "保税港区", "保税区", "经济技术开发区", "高新技术产业开发区", "综保区", "经开区", "高新区");

    private List<EntityMention> listed(String text, List<SentenceView> views, List<EntityMention> mentions) {
        List<EntityMention> added = new ArrayList<>();
        Set<Integer> listsSeen = new HashSet<>();
        for (EntityMention zone : mentions) {
            SentenceView view = zone.type() != EntityType.ZONE ? null : SentenceView.holding(views, zone.start(), zone.end());
            if (view == null || view.charAt(zone.end()) != '、' && view.charAt(zone.start() - 1) != '、') {
                continue;
            }
            List<Item> items = listAround(view, zone, mentions);
            if (!listsSeen.add(items.get(0).start())) {
                continue;
            }
            List<EntityMention> zones = items.stream().map(Item::zone).filter(java.util.Objects::nonNull).toList();
            long bare = items.stream().filter(Item::bare).count();
            if (zones.size() < 2 || bare == 0 || bare > zones.size()) {
                continue;
            }
            for (Item item : items) {
                if (item.bare()) {
                    String name = text.substring(item.start(), item.end());
                    zoneNamed(name, zones).ifPresent(canonical -> added.add(
                            new EntityMention(EntityType.ZONE, item.start(), item.end(), name, canonical, view.sentence().index(), true)));
                }
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<EntityMention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }

    /**
     * An item of a list: a zone named, a bare word no mention covers (zone null, bare), or a longer name no list knows
     * (西丽湖国际科教城), which the list runs on past but which is no bare name.
     */
    private record Item(int start, int end, EntityMention zone, boolean bare) {
    }

    /** The items of the 、 list the zone stands in, in order; the list stops at anything else (a place, a longer phrase). */
    private static List<Item> listAround(SentenceView view, EntityMention zone, List<EntityMention> mentions) {
        List<Item> items = new ArrayList<>();
        items.add(new Item(zone.start(), zone.end(), zone, false));
        for (int at = zone.start(); view.charAt(at - 1) == '、'; ) {
            Item item = itemEndingAt(view, at - 1, mentions);
            if (item == null) {
                break;
            }
            items.add(0, item);
            at = item.start();
        }
        for (int at = zone.end(); view.charAt(at) == '、'; ) {
            Item item = itemStartingAt(view, at + 1, mentions);
            if (item == null) {
                break;
            }
            items.add(item);
            at = item.end();
        }
        return items;
    }

    private static Item itemEndingAt(SentenceView view, int end, List<EntityMention> mentions) {
        Optional<EntityMention> named = mentions.stream().filter(m -> m.end() == end).min(Comparator.comparingInt(EntityMention::start));
        if (named.isPresent()) {
            return named.get().type() == EntityType.ZONE ? new Item(named.get().start(), end, named.get(), false) : null;
        }
        int index = view.tokenAt(end - 1);
        // 西安航天基地、曲江新区: a word after a noun (航天 + 基地) is the end of a longer item, no bare name.
        boolean afterANoun = index > 0 && view.tokens().get(index - 1).posStartsWith("n") && view.tokens().get(index - 1).end() == view.tokens().get(index).start()
                && view.tokens().get(index - 1).start() >= view.sentence().start();
        return index < 0 || view.tokens().get(index).end() != end || afterANoun ? null : bareWord(view.tokens().get(index), mentions);
    }

    private static Item itemStartingAt(SentenceView view, int start, List<EntityMention> mentions) {
        Optional<EntityMention> named = mentions.stream().filter(m -> m.start() == start).max(Comparator.comparingInt(EntityMention::end));
        if (named.isPresent()) {
            return named.get().type() == EntityType.ZONE ? new Item(start, named.get().end(), named.get(), false) : null;
        }
        int end = start;
        while (end - start <= MAX_UNKNOWN && SentenceView.isHan(view.charAt(end)) && LIST_WORDS.indexOf(view.charAt(end)) < 0) {
            end++;
        }
        int stop = end;
        boolean itemEnds = view.charAt(end) == '、' || LIST_WORDS.indexOf(view.charAt(end)) >= 0 || SentenceView.isPunctuation(view.charAt(end));
        if (!itemEnds || end - start < MIN_ITEM || end - start > MAX_UNKNOWN || mentions.stream().anyMatch(m -> m.start() < stop && start < m.end())) {
            return null;
        }
        // 深汕, 知识城 (one word or two); a longer name no list knows (西丽湖国际科教城) the list runs on past, as no bare name.
        boolean bare = end - start <= MAX_ITEM && view.tokenStartsAt(start) && view.tokenEndsAt(end);
        return new Item(start, end, null, bare);
    }

    private static final int MAX_UNKNOWN = 10;
    /** What ends a list's last item or joins it: 河套等, 前海和南沙. */
    private static final String LIST_WORDS = "等和及与";

    /** A word of two to four Han characters that no mention touches, or null. */
    private static Item bareWord(Token word, List<EntityMention> mentions) {
        boolean touched = mentions.stream().anyMatch(m -> m.start() < word.end() && word.start() < m.end());
        return word.word().length() >= MIN_ITEM && word.word().length() <= MAX_ITEM && SentenceView.isHan(word.word()) && !touched
                ? new Item(word.start(), word.end(), null, true) : null;
    }

    /**
     * The one zone of the widest kind named bare whose name holds {@code name}, in the listed zones' provinces; or the one
     * area holding it of the free-trade zone whose areas the list names.
     */
    private Optional<String> zoneNamed(String name, List<EntityMention> listed) {
        Set<String> provinces = new HashSet<>();
        Set<String> freeTradeZones = new HashSet<>();
        for (EntityMention zone : listed) {
            for (GazetteerEntry entry : gazetteer.lookup(zone.canonical())) {
                if (entry.type() == EntityType.ZONE) {
                    provinces.add(entry.province());
                    if (entry.kind().equals(FTZ_AREA)) {
                        freeTradeZones.add(freeTradeZoneOf(entry.canonical()));
                    }
                }
            }
        }
        for (String kind : KINDS_NAMED_BARE) {
            List<String> named = holding(name, e -> e.kind().equals(kind) && (provinces.isEmpty() || provinces.contains(e.province())));
            if (!named.isEmpty()) {
                return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
            }
        }
        // Only among areas of one free-trade zone, all of them.
        if (freeTradeZones.size() != 1 || listed.stream().anyMatch(zone -> !zone.canonical().startsWith(freeTradeZones.iterator().next()))) {
            return Optional.empty();
        }
        String freeTradeZone = freeTradeZones.iterator().next();
        List<String> areas = holding(name, e -> e.kind().equals(FTZ_AREA) && e.canonical().startsWith(freeTradeZone));
        return areas.size() == 1 ? Optional.of(areas.get(0)) : Optional.empty();
    }

    private List<String> holding(String name, java.util.function.Predicate<GazetteerEntry> which) {
        return gazetteer.entries().stream().filter(e -> e.type() == EntityType.ZONE && which.test(e)
                && e.canonical().contains(name)).map(GazetteerEntry::canonical).distinct().toList();
    }

    /** 中国(上海)自由贸易试验区 of 中国(上海)自由贸易试验区张江高科技片区. */
    private static String freeTradeZoneOf(String area) {
        int end = area.indexOf("自由贸易试验区");
        return end < 0 ? area : area.substring(0, end + "自由贸易试验区".length());
    }
}
