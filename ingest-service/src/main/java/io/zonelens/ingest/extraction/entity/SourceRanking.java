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
        // A short name listed before its kind (昆山 in 郑州新郑、昆山等综合保税区) is that zone, not the place or other zone
        // the name alone would be.
        List<String> general = List.of(LISTED_BEFORE_KIND, "gazetteer", "policy", "zone-pattern", "government-pattern", "company-pattern",
                "organization-pattern", "title-name", "company-enumeration", "learned", "hanlp-person", "listed-name", "bare-zone", "bare-body");
        SourceRanking ranking = new SourceRanking(general);
        // The learned tagger knows person names better than HanLP's recognizer, but not the domain's zones.
        ranking.order.put(EntityType.PERSON, List.of("title-name", "learned", "hanlp-person", "listed-name"));
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

    private static final String LISTED_BEFORE_KIND = "zone-list";

    public int rank(EntityCandidate candidate) {
        List<String> sources = order.getOrDefault(candidate.type(), fallback);
        // zone-list:综合保税区, government-pattern:central: a source's note after the colon carries no rank of its own.
        int note = candidate.source().indexOf(':');
        String source = note < 0 ? candidate.source() : candidate.source().substring(0, note);
        // A township's name listed before its kind (冀屯 in 冀屯、吴村、峪河3个镇) is that township, not a person, as a zone's is;
        // so is one in brackets after a firm (…有限公司（华新镇）).
        source = source.equals(PlacePatternSource.TOWNSHIP_LIST) || source.equals(PlacePatternSource.FIRMS_TOWNSHIP_SOURCE) ? LISTED_BEFORE_KIND : source;
        int index = sources.indexOf(source);
        return index >= 0 ? index : sources.size();
    }
}
