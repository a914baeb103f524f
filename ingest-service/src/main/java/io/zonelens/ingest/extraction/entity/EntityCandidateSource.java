package io.zonelens.ingest.extraction.entity;

import java.util.List;

/**
 * One recognizer of entity spans in a sentence: gazetteer, a pattern family, HanLP persons, or a learned tagger.
 * The combination point: every source returns candidates, {@link OverlapResolver} picks among them.
 */
public interface EntityCandidateSource {

    /** Name written into {@link EntityCandidate#source()}, and used by {@link SourceRanking}. */
    String name();

    List<EntityCandidate> candidates(SentenceView sentence);
}
