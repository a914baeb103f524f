package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a non-overlapping set of candidates: the longest span first (泰达综合保税区 over 保税区, a company over the
 * person inside it), then the better-ranked source for its type, then confidence.
 */
public final class OverlapResolver {

    private final SourceRanking ranking;

    public OverlapResolver(SourceRanking ranking) {
        this.ranking = ranking;
    }

    public List<EntityCandidate> resolve(List<EntityCandidate> candidates) {
        List<EntityCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(EntityCandidate::length).reversed()
                .thenComparingInt(ranking::rank)
                .thenComparing(Comparator.comparingDouble(EntityCandidate::confidence).reversed())
                .thenComparingInt(EntityCandidate::start));
        List<EntityCandidate> kept = new ArrayList<>();
        for (EntityCandidate candidate : sorted) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(EntityCandidate::start));
        return kept;
    }
}
