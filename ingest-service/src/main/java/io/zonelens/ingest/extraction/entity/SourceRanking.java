package io.zonelens.ingest.extraction.entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which source to trust first, per type, when two candidates cover the same span (lower rank wins). */
public final class SourceRanking {

    private final Map<EntityType, List<String>> order = new EnumMap<>(EntityType.class);
    private final List<String> fallback;

    public SourceRanking(List<String> fallback) {
        this.fallback = List.copyOf(fallback);
    }

    public static SourceRanking standard() {
        List<String> general = List.of("gazetteer", "policy", "zone-pattern", "government-pattern", "company-pattern",
                "organization-pattern", "title-name", "company-enumeration", "learned", "hanlp-person", "bare-zone", "bare-body");
        SourceRanking ranking = new SourceRanking(general);
        // The learned tagger knows person names better than HanLP's recognizer, but not the domain's zones.
        ranking.order.put(EntityType.PERSON, List.of("title-name", "learned", "hanlp-person"));
        return ranking;
    }

    /**
     * The learned tagger's bodies, companies, organizations and titles: right in general text, but on our documents
     * they cut across the longer names the domain patterns find (市委常委 became 常委), so they only fill gaps unless
     * a type's order names the tagger (as for persons).
     */
    public boolean fillsGapsOnly(EntityCandidate candidate) {
        return candidate.source().equals("learned") && !order.getOrDefault(candidate.type(), List.of()).contains("learned");
    }

    public SourceRanking with(EntityType type, List<String> sources) {
        order.put(type, List.copyOf(sources));
        return this;
    }

    public int rank(EntityCandidate candidate) {
        List<String> sources = order.getOrDefault(candidate.type(), fallback);
        int index = sources.indexOf(candidate.source());
        return index >= 0 ? index : sources.size();
    }
}
