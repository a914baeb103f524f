/**
 * Rule- and dictionary-based entity recognition, linking and positions held.
 * <p>
 * {@link io.zonelens.ingest.extraction.entity.EntityRecognizer} (stage "entities", requires SENTENCES and TOKENS,
 * adds ENTITIES) scans each sentence once with the {@link io.zonelens.ingest.extraction.entity.Lexicon} (one
 * Aho-Corasick automaton over the gazetteer files under {@code gazetteer/} and the cue words of
 * {@code gazetteer/cues.tsv}), asks every {@link io.zonelens.ingest.extraction.entity.EntityCandidateSource}
 * (gazetteer, zone/body/company/organization/policy patterns, persons), keeps one span per place in the text with
 * the {@link io.zonelens.ingest.extraction.entity.OverlapResolver}, links mentions to canonical names with the
 * {@link io.zonelens.ingest.extraction.entity.EntityLinker} and reads titles and who holds them with the
 * {@link io.zonelens.ingest.extraction.entity.PositionExtractor}.
 * <p>
 * A learned tagger joins as one more source: map its labels (name → PERSON, government → GOVERNMENT, company →
 * COMPANY, organization → ORGANIZATION, address → PLACE, position → leave to the PositionExtractor), name it
 * "learned", and rank it per type with {@link io.zonelens.ingest.extraction.entity.SourceRanking#with}; then
 * {@code recognizer.with(source, ranking)}.
 */
package io.zonelens.ingest.extraction.entity;
