package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 横琴、前海、南沙、河套等重大合作平台: a bare name listed among zones is a zone too, the one listed zone whose name holds it
 * (南沙: 广州南沙新区, of the kinds news names by their bare names first; 河套: 河套深港科技创新合作区). Alone, 南沙 is as often
 * the district or the islands and 河套 a river's bend; among zones the list says which it is.
 */
final class ZonesListedTogether {

    /** The kinds bare names stand for, widest first: 南沙 is the new area before the free-trade area named after it. */
    private static final List<String> KINDS_NAMED_BARE = List.of("NEW_AREA", "FREE_TRADE_PORT", "COOPERATION_ZONE", "DEMONSTRATION_AREA", "FTZ_AREA");
    private static final int MIN_ITEM = 2;
    private static final int MAX_ITEM = 4;
    private static final String LIST_ENDS = "等和及与";

    private final Gazetteer gazetteer;

    ZonesListedTogether(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        List<EntityMention> added = new ArrayList<>();
        for (EntityMention zone : mentions) {
            // Each list once, from its first item.
            if (zone.type() != EntityType.ZONE || zone.start() > 0 && text.charAt(zone.start() - 1) == '、'
                    || zone.end() >= text.length() || text.charAt(zone.end()) != '、') {
                continue;
            }
            List<int[]> bare = new ArrayList<>();
            Set<String> provinces = new java.util.HashSet<>();
            provinceOf(zone).ifPresent(provinces::add);
            int zones = 1;
            int at = zone.end();
            while (at < text.length() && text.charAt(at) == '、') {
                int start = at + 1;
                EntityMention item = mentions.stream().filter(m -> m.start() == start).max(Comparator.comparingInt(EntityMention::end)).orElse(null);
                int end = item != null ? item.end() : bareItemEnd(text, start);
                if (end < 0) {
                    break;
                }
                if (item != null && item.type() == EntityType.ZONE) {
                    zones++;
                    provinceOf(item).ifPresent(provinces::add);
                } else if (item == null) {
                    bare.add(new int[]{start, end});
                } else {
                    break;
                }
                at = end;
            }
            if (zones < 2 || bare.isEmpty() || bare.size() > zones) {
                continue;
            }
            for (int[] item : bare) {
                SentenceView view = SentenceView.holding(views, item[0], item[1]);
                String name = text.substring(item[0], item[1]);
                if (view != null && view.tokenStartsAt(item[0]) && view.tokenEndsAt(item[1])) {
                    zoneNamed(name, provinces).ifPresent(canonical -> added.add(
                            new EntityMention(EntityType.ZONE, item[0], item[1], name, canonical, view.sentence().index(), true)));
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

    /** Where a bare item of two to four characters ends, before the next 、 or the list's end; -1 when none does. */
    private static int bareItemEnd(String text, int start) {
        for (int end = start; end <= Math.min(text.length(), start + MAX_ITEM); end++) {
            if (end == text.length() || text.charAt(end) == '、' || LIST_ENDS.indexOf(text.charAt(end)) >= 0 || !SentenceView.isHan(text.charAt(end))) {
                return end - start >= MIN_ITEM ? end : -1;
            }
        }
        return -1;
    }

    /** The one zone of the widest kind named bare whose name holds {@code name}, in the list's provinces where they are known. */
    private Optional<String> zoneNamed(String name, Set<String> provinces) {
        for (String kind : KINDS_NAMED_BARE) {
            List<String> named = gazetteer.entries().stream().filter(e -> e.type() == EntityType.ZONE && e.kind().equals(kind)
                    && e.canonical().contains(name) && (provinces.isEmpty() || provinces.contains(e.province())))
                    .map(GazetteerEntry::canonical).distinct().toList();
            if (named.size() == 1) {
                return Optional.of(named.get(0));
            }
            if (named.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<String> provinceOf(EntityMention zone) {
        return gazetteer.lookup(zone.canonical()).stream().filter(e -> e.type() == EntityType.ZONE).map(GazetteerEntry::province).findFirst();
    }
}
