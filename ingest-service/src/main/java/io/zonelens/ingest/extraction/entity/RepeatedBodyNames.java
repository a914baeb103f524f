package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body's long name, once read in full, names that body wherever the document repeats it: 天津海关企业管理和稽查处 found
 * before 处长 is the same division where HanLP cuts it another way (稽/nr 查处/v 的配合下) and the sources read only 天津海关;
 * 二连海关, found beside 二连浩特, is the customs office where the city goes unnamed.
 * A repetition counts when it starts and ends where words do, stands outside 《》 and no mention crosses its edges; the
 * bodies and names read inside it give way to it, its places stay.
 */
final class RepeatedBodyNames {

    /** Shorter names are too often part of other words (RepeatedNames repeats the tagger's); not a customs office's. */
    private static final int SHORTEST = 6;
    private static final String CUSTOMS = "海关";
    private static final int SHORTEST_CUSTOMS = 4;

    private RepeatedBodyNames() {
    }

    /** 住房和城乡建设局: a body word alone, which its context links, names no body of its own wherever it stands. */
    private static boolean bareBodyWord(List<SentenceView> views, EntityMention m) {
        SentenceView view = views.get(m.sentenceIndex());
        return view.hits().stream().anyMatch(hit -> hit.start() == m.start() && hit.end() == m.end() && hit.cue(Cue.CueFamily.GOV_BODY) != null);
    }

    static List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        Map<String, EntityMention> byName = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            int shortest = m.text().endsWith(CUSTOMS) ? SHORTEST_CUSTOMS : SHORTEST;
            if (m.type() == EntityType.GOVERNMENT && m.text().length() >= shortest && SentenceView.isHan(m.text()) && !bareBodyWord(views, m)) {
                byName.putIfAbsent(m.text(), m);
            }
        }
        if (byName.isEmpty()) {
            return mentions;
        }
        List<EntityMention> all = new ArrayList<>(mentions);
        for (EntityMention full : byName.values()) {
            String name = full.text();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                int end = at + name.length();
                SentenceView view = SentenceView.holding(views, start, end);
                if (view == null || !view.tokenStartsAt(start) || !view.tokenEndsAt(end) || view.insideBookTitle(start, end)) {
                    continue;
                }
                List<EntityMention> overlapping = all.stream().filter(m -> m.start() < end && start < m.end()).toList();
                boolean readAlready = overlapping.stream().anyMatch(m -> m.type() == EntityType.GOVERNMENT && m.start() == start && m.end() == end);
                boolean crossed = overlapping.stream().anyMatch(m -> m.start() < start || m.end() > end);
                if (readAlready || crossed) {
                    continue;
                }
                all.removeIf(m -> m.start() >= start && m.end() <= end && m.type() != EntityType.PLACE);
                all.add(new EntityMention(EntityType.GOVERNMENT, start, end, name, full.canonical(), view.sentence().index(), full.contextual()));
            }
        }
        all.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return all;
    }
}
