package io.zonelens.ingest.extraction.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapResolverTest {

    private final OverlapResolver resolver = new OverlapResolver(SourceRanking.standard());

    @Test
    void theLongestSpanWins() {
        EntityCandidate zone = new EntityCandidate(EntityType.ZONE, 0, 7, "gazetteer", 0.9);
        EntityCandidate bare = new EntityCandidate(EntityType.ZONE, 4, 7, "bare-zone", 0.3);
        EntityCandidate person = new EntityCandidate(EntityType.PERSON, 0, 2, "hanlp-person", 0.6);
        assertEquals(List.of(zone), resolver.resolve(List.of(bare, person, zone)));
    }

    @Test
    void onTheSameSpanTheBetterRankedSourceForTheTypeWins() {
        EntityCandidate hanlp = new EntityCandidate(EntityType.PERSON, 3, 5, "hanlp-person", 0.9);
        EntityCandidate afterTitle = new EntityCandidate(EntityType.PERSON, 3, 5, "title-name", 0.5);
        assertEquals(List.of(afterTitle), resolver.resolve(List.of(hanlp, afterTitle)));
    }

    @Test
    void aLearnedSourceCanBeRankedPerType() {
        SourceRanking ranking = SourceRanking.standard().with(EntityType.COMPANY, List.of("learned", "company-pattern"));
        EntityCandidate learned = new EntityCandidate(EntityType.COMPANY, 0, 4, "learned", 0.5);
        EntityCandidate pattern = new EntityCandidate(EntityType.COMPANY, 0, 4, "company-pattern", 0.9);
        assertEquals(List.of(learned), new OverlapResolver(ranking).resolve(List.of(pattern, learned)));
    }

    @Test
    void nonOverlappingCandidatesAreAllKeptInTextOrder() {
        EntityCandidate a = new EntityCandidate(EntityType.PLACE, 5, 7, "gazetteer", 0.9);
        EntityCandidate b = new EntityCandidate(EntityType.PERSON, 0, 3, "title-name", 0.8);
        assertEquals(List.of(b, a), resolver.resolve(List.of(a, b)));
    }
}
