package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Names found verbatim in the gazetteers. Two-character names must start a word, so 海东 is not found in 上海东部; a
 * company's short brand must also end one (三星 is not in 三星堆, 用友 not in 用友好的), and a company named inside
 * 《》 is part of a title (《沃尔沃》, a game), not the company.
 */
public class GazetteerSource implements EntityCandidateSource {

    /** Company names this short are brands that also occur inside common words. */
    private static final int SHORT_BRAND = 3;

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
            EntityType type = hit.value().entries().get(0).type();
            if (type == EntityType.COMPANY && (hit.end() - hit.start() <= SHORT_BRAND && !view.tokenEndsAt(hit.end())
                    || view.insideBookTitle(hit.start(), hit.end()))) {
                continue;
            }
            candidates.add(new EntityCandidate(type, hit.start(), hit.end(), name(), 0.9));
        }
        return candidates;
    }
}
