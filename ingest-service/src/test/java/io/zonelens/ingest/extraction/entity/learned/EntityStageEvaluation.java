package io.zonelens.ingest.extraction.entity.learned;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.entity.SourceRanking;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole entity stage, as {@code POST /api/v1/extract} runs it, scored on CLUENER sentences with a given tagger.
 * Types map to CLUENER's labels; the labels without a counterpart (address, book, game, movie, scene) count as
 * missed.
 */
final class EntityStageEvaluation {

    private static final Map<EntityType, String> LABELS = Map.of(EntityType.PERSON, "name", EntityType.POSITION, "position",
            EntityType.GOVERNMENT, "government", EntityType.COMPANY, "company", EntityType.ORGANIZATION, "organization");

    private EntityStageEvaluation() {
    }

    static EntityEvaluation of(LearnedEntityTagger tagger, List<AnnotatedSentence> sentences) {
        Gazetteer gazetteer = new Gazetteer();
        HanlpTokenizer tokenizer = new HanlpTokenizer(gazetteer);
        EntityRecognizer recognizer = new EntityRecognizer(new Lexicon(gazetteer),
                EntityRecognizer.standardSources(gazetteer, tagger), SourceRanking.standard());
        SentenceSplitter splitter = new SentenceSplitter();
        return EntityEvaluation.of(text -> {
            AnalyzedDocument document = recognizer.apply(tokenizer.apply(splitter.apply(AnalyzedDocument.of("cluener", null, null, text))));
            List<TaggedSpan> spans = new ArrayList<>();
            for (EntityMention mention : document.entities().mentions()) {
                String label = LABELS.get(mention.type());
                if (label != null) {
                    spans.add(new TaggedSpan(label, mention.start(), mention.end()));
                }
            }
            return spans;
        }, sentences, ClueNerCorpus.LABELS);
    }
}
