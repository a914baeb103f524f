package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.List;

/** Names found verbatim in the gazetteers. Two-character names must start a word, so 海东 is not found in 上海东部. */
public class GazetteerSource implements EntityCandidateSource {

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.value().entries().isEmpty()) {
                continue;
            }
            if (hit.end() - hit.start() <= 2 && !view.tokenStartsAt(hit.start())) {
                continue;
            }
            candidates.add(new EntityCandidate(hit.value().entries().get(0).type(), hit.start(), hit.end(), name(), 0.9));
        }
        return candidates;
    }
}
