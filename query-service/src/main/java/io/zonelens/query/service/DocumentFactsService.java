package io.zonelens.query.service;

import io.zonelens.query.repository.DocumentFactsRepository;
import io.zonelens.query.repository.DocumentRecord;
import io.zonelens.query.rest.dto.DocumentFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stores a document's facts, replacing whatever an earlier delivery of the same document stored: redelivery is
 * harmless, reprocessing never appends twice, and an older delivery arriving late is ignored.
 */
@ApplicationScoped
public class DocumentFactsService {

    @Schema(name = "Outcome", description = "STORED: the delivery now stands; UNCHANGED: the same delivery again; STALE: older than what is stored, ignored")
    public enum Outcome { STORED, UNCHANGED, STALE }

    private final DocumentFactsRepository repository;

    public DocumentFactsService(DocumentFactsRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Outcome replace(String documentId, DocumentFacts facts) {
        validate(facts);
        repository.lockDocument(documentId);
        DocumentRecord document = DocumentRecord.findById(documentId);
        if (document != null) {
            int order = facts.extractedAt().compareTo(document.extractedAt);
            if (order < 0) {
                return Outcome.STALE;
            }
            if (order == 0 && facts.pipelineVersion().equals(document.pipelineVersion)) {
                return Outcome.UNCHANGED;
            }
        } else {
            document = new DocumentRecord();
            document.id = documentId;
        }
        Set<Long> touched = new HashSet<>(repository.entitiesMentionedIn(documentId));
        repository.deleteFactsOf(documentId);

        document.title = facts.title();
        document.publishedInstant = facts.publishedAt() == null ? null : facts.publishedAt().toInstant();
        document.publishedOffsetSeconds = facts.publishedAt() == null ? null : facts.publishedAt().getOffset().getTotalSeconds();
        document.source = facts.source();
        document.url = facts.url();
        document.body = facts.text();
        document.pipelineVersion = facts.pipelineVersion();
        document.extractedAt = facts.extractedAt();
        document.persist();
        repository.indexForSearch(documentId, facts.title(), facts.text());

        Map<String, Long> entityIds = new HashMap<>();
        for (DocumentFacts.EntityFact entity : facts.entities()) {
            long id = repository.entityId(entity.type().name(), entity.name());
            entityIds.put(entity.key(), id);
            if (entity.aliases() != null) {
                entity.aliases().stream().filter(alias -> !alias.isBlank() && !alias.equals(entity.name()))
                        .forEach(alias -> repository.addAlias(id, alias));
            }
        }
        for (DocumentFacts.MentionFact mention : facts.mentions()) {
            repository.insertMention(entityIds.get(mention.entity()), documentId, mention);
        }
        for (DocumentFacts.PositionFact position : facts.positions()) {
            repository.insertPosition(entityIds.get(position.person()), documentId, position);
        }
        touched.addAll(entityIds.values());
        repository.recount(touched);
        return Outcome.STORED;
    }

    private static void validate(DocumentFacts facts) {
        Set<String> keys = new HashSet<>();
        facts.entities().forEach(entity -> keys.add(entity.key()));
        int length = facts.text().length();
        for (DocumentFacts.MentionFact mention : facts.mentions()) {
            if (!keys.contains(mention.entity())) {
                throw new InvalidFactsException("mention '" + mention.text() + "' names entity '" + mention.entity() + "', which is not among the entities");
            }
            requireSpan(mention.start(), mention.end(), length, "mention '" + mention.text() + "'");
            requireSpan(mention.sentenceStart(), mention.sentenceEnd(), length, "the sentence of mention '" + mention.text() + "'");
        }
        for (DocumentFacts.PositionFact position : facts.positions()) {
            if (!keys.contains(position.person())) {
                throw new InvalidFactsException("position '" + position.title() + "' names person '" + position.person() + "', which is not among the entities");
            }
            requireSpan(position.start(), position.end(), length, "position '" + position.title() + "'");
            requireSpan(position.sentenceStart(), position.sentenceEnd(), length, "the sentence of position '" + position.title() + "'");
        }
    }

    private static void requireSpan(int start, int end, int length, String what) {
        if (start < 0 || end > length || start >= end) {
            throw new InvalidFactsException(what + " has offsets [" + start + ", " + end + ") outside the text of length " + length);
        }
    }
}
