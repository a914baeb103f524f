package io.zonelens.ingest.client;

import io.zonelens.ingest.client.indicator.model.DocumentObservations;
import io.zonelens.ingest.client.indicator.model.Evidence;
import io.zonelens.ingest.client.indicator.model.Kind;
import io.zonelens.ingest.client.indicator.model.Measure;
import io.zonelens.ingest.client.indicator.model.ObservationFact;
import io.zonelens.ingest.client.indicator.model.Period;
import io.zonelens.ingest.client.indicator.model.Qualifier;
import io.zonelens.ingest.client.indicator.model.SubjectRef;
import io.zonelens.ingest.client.query.model.DocumentFacts;
import io.zonelens.ingest.client.query.model.EntityFact;
import io.zonelens.ingest.client.query.model.EntityType;
import io.zonelens.ingest.client.query.model.MentionFact;
import io.zonelens.ingest.client.query.model.PositionFact;
import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.PositionHeld;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.indicator.SubjectAliases;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.repository.DocumentEntity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place the pipeline's result becomes the producers' contract types (generated from query-service's and
 * indicator-service's committed contracts), so a contract change shows up here as a compile error.
 */
final class DeliveryPayloads {

    private DeliveryPayloads() {
    }

    /** query-service: the text and metadata (for search) and the entities with their evidence. */
    static DocumentFacts documentFacts(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        List<Sentence> sentences = analyzed.sentences();
        // One entity per type and canonical name; the other ways the document writes it are its aliases, except
        // those that name it only in this document (保税区, 市发改委): they would link other documents' mentions to it.
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        List<MentionFact> mentions = new ArrayList<>();
        for (EntityMention mention : analyzed.entities().mentions()) {
            // As an entity of query-service a body of no named place would gather every district's committee from every document.
            if (mention.bodyOfAnUnnamedPlace()) {
                continue;
            }
            String key = key(mention.type().name(), mention.canonical());
            Set<String> known = aliases.computeIfAbsent(key, k -> new TreeSet<>());
            if (!mention.contextual()) {
                known.add(mention.text());
            }
            Sentence sentence = sentences.get(mention.sentenceIndex());
            mentions.add(new MentionFact().entity(key).text(mention.text()).start(mention.start()).end(mention.end())
                    .sentenceStart(sentence.start()).sentenceEnd(sentence.end()));
        }
        List<PositionFact> positions = new ArrayList<>();
        for (PositionHeld position : analyzed.entities().positions()) {
            String person = key(EntityType.PERSON.name(), position.person());
            aliases.computeIfAbsent(person, k -> new TreeSet<>());
            Sentence sentence = sentences.get(position.sentenceIndex());
            positions.add(new PositionFact().person(person).title(position.title()).organization(position.organization())
                    .asOf(position.asOf()).start(position.start()).end(position.end())
                    .sentenceStart(sentence.start()).sentenceEnd(sentence.end()));
        }
        List<EntityFact> entities = aliases.entrySet().stream().map(entry -> {
            String[] typeAndName = entry.getKey().split(":", 2);
            return new EntityFact().key(entry.getKey()).type(EntityType.fromValue(typeAndName[0])).name(typeAndName[1])
                    .aliases(entry.getValue().stream().filter(alias -> !alias.equals(typeAndName[1])).toList());
        }).toList();
        return new DocumentFacts().pipelineVersion(pipelineVersion).extractedAt(OffsetDateTime.now(ZoneOffset.UTC))
                .title(document.title).publishedAt(document.publishedAt()).source(document.source).url(document.url)
                .text(document.body).entities(entities).mentions(mentions).positions(positions);
    }

    /** indicator-service: every observation with its subject's aliases and its evidence. */
    static DocumentObservations documentObservations(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        Map<String, List<String>> aliases = SubjectAliases.of(analyzed);
        List<ObservationFact> observations = analyzed.indicators().stream()
                .map(observation -> observationFact(observation, analyzed.text(), aliases.getOrDefault(observation.subject(), List.of())))
                .toList();
        return new DocumentObservations().pipelineVersion(pipelineVersion).extractedAt(OffsetDateTime.now(ZoneOffset.UTC))
                .title(document.title).publishedAt(document.publishedAt()).observations(observations);
    }

    private static ObservationFact observationFact(Observation o, String text, List<String> aliases) {
        return new ObservationFact()
                .subject(new SubjectRef().name(o.subject()).aliases(aliases))
                .indicator(o.indicator())
                .kind(Kind.fromValue(o.kind().name()))
                .measure(Measure.fromValue(o.measure().name()))
                .period(new Period().label(o.periodLabel()).start(o.periodFrom()).end(o.periodTo()))
                .value(o.value()).upperValue(o.upperValue())
                .qualifier(Qualifier.fromValue(o.qualifier().name()))
                .valueText(o.valueText()).unit(o.unit()).unitText(o.unitText()).normalizedValue(o.normalizedValue())
                .cumulative(o.cumulative())
                .flags(o.flags().stream().sorted().toList())
                .evidence(new Evidence().sentence(text.substring(o.evidenceStart(), o.evidenceEnd())).start(o.start()).end(o.end())
                        .sentenceStart(o.evidenceStart()).sentenceEnd(o.evidenceEnd()));
    }

    private static String key(String type, String canonical) {
        return type + ":" + canonical;
    }
}
