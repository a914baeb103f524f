package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person named once is that person wherever the document repeats the name: 楼阳生 is found after 河南省委书记, and
 * in "在郑州新郑综合保税区，楼阳生详细了解…" too, where HanLP reads it as a proper noun and no rule sees a name. A
 * repetition counts when it starts and ends where words do, overlaps nothing already found and stands outside 《》.
 */
final class RepeatedNames {

    static final String SOURCE = "repeated-name";
    /** Below the sources that found the name first: a repetition is as sure as the name, no surer. */
    private static final double CONFIDENCE = 0.6;

    private final PersonNameFilter filter;

    RepeatedNames(PersonNameFilter filter) {
        this.filter = filter;
    }

    List<ResolvedCandidate> apply(String text, List<SentenceView> views, List<ResolvedCandidate> resolved) {
        Set<String> names = new LinkedHashSet<>();
        for (ResolvedCandidate found : resolved) {
            EntityCandidate candidate = found.candidate();
            String name = text.substring(candidate.start(), candidate.end());
            if (candidate.type() == EntityType.PERSON && candidate.length() >= 2 && sureEnough(candidate, name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return resolved;
        }
        List<ResolvedCandidate> all = new ArrayList<>(resolved);
        // Each name's occurrences by one scan of the text per name, then the sentence each falls in.
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                SentenceView view = SentenceView.holding(views, at, at + name.length());
                EntityCandidate repeated = new EntityCandidate(EntityType.PERSON, at, at + name.length(), SOURCE, CONFIDENCE);
                if (view != null && view.tokenStartsAt(repeated.start()) && view.tokenEndsAt(repeated.end())
                        && !view.insideBookTitle(repeated.start(), repeated.end()) && all.stream().noneMatch(other -> other.candidate().overlaps(repeated))) {
                    all.add(new ResolvedCandidate(repeated, view.sentence().index()));
                }
            }
        }
        return all;
    }

    /**
     * Only a name read right after a title, shaped like a Chinese name no list knows, or a dotted foreign name is
     * repeated: a common word misread once as a name (文明) must not become a person everywhere.
     */
    private boolean sureEnough(EntityCandidate candidate, String name) {
        return candidate.source().equals(PersonSource.AFTER_TITLE) || filter.plausible(name) || name.indexOf('·') > 0;
    }
}
