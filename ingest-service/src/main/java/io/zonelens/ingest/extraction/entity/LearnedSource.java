package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.entity.learned.LearnedEntityTagger;
import io.zonelens.ingest.extraction.entity.learned.TaggedSpan;
import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tagger trained on CLUENER finds: person names (foreign and Latin-script ones too, never a zone or place
 * fragment), and bodies, companies, organizations and titles, which only fill the gaps the domain patterns leave
 * (see {@link SourceRanking#fillsGapsOnly}), so in general news (the CLUENER kind) they are found too.
 */
final class LearnedSource implements EntityCandidateSource {

    private static final Map<String, EntityType> TYPES = Map.of("name", EntityType.PERSON, "position", EntityType.POSITION, "government", EntityType.GOVERNMENT, "company", EntityType.COMPANY, "organization", EntityType.ORGANIZATION);
    private static final double CONFIDENCE = 0.5;
    /** Administrative levels that make a body of one body word (省委, 市政府, 区管委会). */
    private static final String LEVELS = "省市县区镇乡村州盟旗";

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
            // The tagger reads characters, spaces too; a mention never starts or ends with one.
            while (start < end && Character.isWhitespace(view.charAt(start)) || start < end && Character.isSpaceChar(view.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(view.charAt(end - 1)) || Character.isSpaceChar(view.charAt(end - 1)))) {
                end--;
            }
            if (type != EntityType.PERSON && type != EntityType.POSITION) {
                start = withoutLeadingFunctionCharacter(view, start, end);
            }
            if (start == end) {
                continue;
            }
            if (type == EntityType.PERSON ? !persons.acceptLearned(view.slice(start, end))
                    : type == EntityType.GOVERNMENT && bareBodyWord(view, start, end)
                    || type == EntityType.COMPANY && bareCompanyWord(view, start, end)) {
                continue;
            }
            found.add(new EntityCandidate(type, start, end, name(), CONFIDENCE));
        }
        return found;
    }

    /** 有限公司 or 集团 alone is a company word, not a company. */
    private static boolean bareCompanyWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end
                && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null && hit.value().entries().isEmpty());
    }

    /** 如上海浦发银行: a one-character verb or function word the tagger took along is not part of the name. */
    private static int withoutLeadingFunctionCharacter(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        if (index >= 0) {
            Token first = view.tokens().get(index);
            if (first.start() == start && first.end() == start + 1 && end - start > 3 && (Pos.isBoundary(first) || Pos.isVerb(first))) {
                return start + 1;
            }
        }
        return start;
    }

    /**
     * 海关 or 政府 alone names no body in particular (the bare-body rules decide which one a document means), and
     * one character before a body word is a level (市政府, 县委), never anything else (作政府 in 作政府工作报告).
     */
    private static boolean bareBodyWord(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.cue(Cue.CueFamily.GOV_BODY) != null
                && hit.value().entries().isEmpty()
                && (hit.start() == start || hit.start() == start + 1 && LEVELS.indexOf(view.charAt(start)) < 0));
    }
}
