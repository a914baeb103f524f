package io.zonelens.indicator.service;

import io.zonelens.indicator.repository.DeliveryRecord;
import io.zonelens.indicator.repository.ObservationRepository;
import io.zonelens.indicator.rest.dto.DocumentObservations;
import io.zonelens.indicator.rest.dto.DocumentObservations.ObservationFact;
import io.zonelens.indicator.rest.dto.ObservationTypes.Qualifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** Stores a document's observations, replacing an earlier delivery of the same document; late older ones are ignored. */
@ApplicationScoped
public class ObservationStore {

    @Schema(name = "Outcome", description = "STORED: the delivery now stands; UNCHANGED: the same delivery again; STALE: older than what is stored, ignored")
    public enum Outcome { STORED, UNCHANGED, STALE }

    private final ObservationRepository repository;

    public ObservationStore(ObservationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Outcome replace(String documentId, DocumentObservations delivery) {
        delivery.observations().forEach(ObservationStore::validate);
        repository.lockDocument(documentId);
        Optional<DeliveryRecord> stored = repository.delivery(documentId);
        if (stored.isPresent()) {
            int order = delivery.extractedAt().compareTo(stored.get().extractedAt);
            if (order < 0) {
                return Outcome.STALE;
            }
            if (order == 0 && delivery.pipelineVersion().equals(stored.get().pipelineVersion)) {
                return Outcome.UNCHANGED;
            }
        }
        repository.deleteObservationsOf(documentId);
        repository.saveDelivery(documentId, delivery);
        for (ObservationFact fact : delivery.observations()) {
            repository.insert(documentId, repository.subjectId(fact.subject()), repository.indicatorId(fact.indicator()), fact);
        }
        return Outcome.STORED;
    }

    private static void validate(ObservationFact fact) {
        String what = "observation of '" + fact.indicator() + "' (" + fact.period().label() + ")";
        if (fact.qualifier() == Qualifier.NON_NUMERIC) {
            if (fact.valueText() == null || fact.valueText().isBlank()) {
                throw new InvalidObservationException(what + " is NON_NUMERIC but has no valueText");
            }
        } else if (fact.value() == null) {
            throw new InvalidObservationException(what + " has no value");
        }
        if (fact.qualifier() == Qualifier.RANGE && fact.upperValue() == null) {
            throw new InvalidObservationException(what + " is a RANGE without upperValue");
        }
        DocumentObservations.Evidence evidence = fact.evidence();
        if (evidence.start() < evidence.sentenceStart() || evidence.end() > evidence.sentenceEnd() || evidence.start() >= evidence.end()) {
            throw new InvalidObservationException(what + " has offsets [" + evidence.start() + ", " + evidence.end()
                    + ") outside its sentence [" + evidence.sentenceStart() + ", " + evidence.sentenceEnd() + ")");
        }
    }
}
