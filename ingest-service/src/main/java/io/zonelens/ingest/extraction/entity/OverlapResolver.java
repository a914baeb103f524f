package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a non-overlapping set of candidates: the longest span first (泰达综合保税区 over 保税区, a company over the
 * person inside it), then the better-ranked source for its type, then confidence. Candidates of gap-filling sources
 * (see {@link SourceRanking#fillsGapsOnly}) are only kept where nothing else was.
 */
public final class OverlapResolver {

    private final SourceRanking ranking;
    private final Comparator<EntityCandidate> longestFirst;

    public OverlapResolver(SourceRanking ranking) {
        this.ranking = ranking;
        this.longestFirst = Comparator.comparingInt(EntityCandidate::length).reversed()
                .thenComparingInt(ranking::rank)
                .thenComparing(Comparator.comparingDouble(EntityCandidate::confidence).reversed())
                .thenComparingInt(EntityCandidate::start);
    }

    public List<EntityCandidate> resolve(List<EntityCandidate> candidates) {
        List<EntityCandidate> kept = new ArrayList<>();
        keepNonOverlapping(candidates.stream().filter(candidate -> !ranking.fillsGapsOnly(candidate)).toList(), kept);
        fillGaps(candidates.stream().filter(ranking::fillsGapsOnly).toList(), kept);
        kept.sort(Comparator.comparingInt(EntityCandidate::start));
        return kept;
    }

    /**
     * A gap-filling candidate is kept where it overlaps nothing kept. A body, company or organization is also kept
     * over place names inside it (美国国防部 over 美国; the place stays known as its jurisdiction) and over one shorter
     * institution inside it (住房和城乡建设部住房保障司 over 住房和城乡建设部), which it replaces; never over a title.
     */
    private void fillGaps(List<EntityCandidate> candidates, List<EntityCandidate> kept) {
        List<EntityCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(longestFirst);
        for (EntityCandidate candidate : sorted) {
            List<EntityCandidate> overlapped = kept.stream().filter(candidate::overlaps).toList();
            if (overlapped.isEmpty() || candidate.type().isInstitution() && replaceable(candidate, overlapped)) {
                kept.removeAll(overlapped);
                kept.add(candidate);
            }
        }
    }

    private static boolean replaceable(EntityCandidate candidate, List<EntityCandidate> overlapped) {
        long institutions = overlapped.stream().filter(k -> k.type().isInstitution()).count();
        return institutions <= 1 && overlapped.stream().allMatch(k -> candidate.contains(k) && k.length() < candidate.length()
                && (k.type() == EntityType.PLACE || k.type().isInstitution()));
    }

    private void keepNonOverlapping(List<EntityCandidate> candidates, List<EntityCandidate> kept) {
        List<EntityCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(longestFirst);
        for (EntityCandidate candidate : sorted) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
    }
}
