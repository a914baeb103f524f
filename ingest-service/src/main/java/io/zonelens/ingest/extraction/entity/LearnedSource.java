package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.entity.learned.LearnedEntityTagger;
import io.zonelens.ingest.extraction.entity.learned.TaggedSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Person names from the tagger trained on CLUENER, filtered like HanLP's so a zone fragment never becomes a person.
 * Its bodies, companies and titles are left out for now: on our documents they cut across the longer names the
 * domain patterns find (市委常委 became 常委), which costs more than they add.
 */
final class LearnedSource implements EntityCandidateSource {

    private static final Map<String, EntityType> TYPES = Map.of("name", EntityType.PERSON);
    private static final double CONFIDENCE = 0.5;

    private final LearnedEntityTagger tagger;
    private final PersonNameFilter persons;

    LearnedSource(LearnedEntityTagger tagger, PersonNameFilter persons) {
        this.tagger = tagger;
        this.persons = persons;
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        int offset = view.sentence().start();
        List<EntityCandidate> found = new ArrayList<>();
        for (TaggedSpan span : tagger.tag(view.slice(view.sentence().start(), view.sentence().end()))) {
            EntityType type = TYPES.get(span.label());
            if (type == null) {
                continue;
            }
            int start = offset + span.start();
            int end = offset + span.end();
            if (type == EntityType.PERSON && !persons.accept(view.slice(start, end))) {
                continue;
            }
            found.add(new EntityCandidate(type, start, end, name(), CONFIDENCE));
        }
        return found;
    }
}
