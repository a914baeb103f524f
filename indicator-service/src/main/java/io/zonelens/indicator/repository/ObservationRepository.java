package io.zonelens.indicator.repository;

import io.zonelens.indicator.rest.dto.DocumentObservations;
import io.zonelens.indicator.rest.dto.DocumentObservations.ObservationFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The writes behind one delivery, and the name resolution every query starts with. */
@ApplicationScoped
public class ObservationRepository {

    private final EntityManager em;

    public ObservationRepository(EntityManager em) {
        this.em = em;
    }

    public void lockDocument(String documentId) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", Long.parseUnsignedLong(documentId, 16)).getSingleResult();
    }

    public Optional<DeliveryRecord> delivery(String documentId) {
        return Optional.ofNullable(em.find(DeliveryRecord.class, documentId));
    }

    public void deleteObservationsOf(String documentId) {
        em.createNativeQuery("delete from observation where document_id = :doc").setParameter("doc", documentId).executeUpdate();
    }

    public void saveDelivery(String documentId, DocumentObservations delivery) {
        DeliveryRecord record = em.find(DeliveryRecord.class, documentId);
        if (record == null) {
            record = new DeliveryRecord();
            record.documentId = documentId;
        }
        record.pipelineVersion = delivery.pipelineVersion();
        record.extractedAt = delivery.extractedAt();
        record.title = delivery.title();
        record.publishedAt = delivery.publishedAt() == null ? null : delivery.publishedAt().toInstant();
        em.persist(record);
        em.flush();
    }

    /** The catalog indicator a name stands for: a canonical name or a synonym, else a new indicator of that name. */
    public long indicatorId(String name) {
        Optional<Long> known = indicatorNamed(name);
        if (known.isPresent()) {
            return known.get();
        }
        em.createNativeQuery("insert into indicator (name) values (:name) on conflict (name) do nothing").setParameter("name", name).executeUpdate();
        return indicatorNamed(name).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    public Optional<Long> indicatorNamed(String name) {
        List<Number> ids = em.createNativeQuery("""
                        select id from indicator where name = :name
                        union all
                        select indicator_id from indicator_synonym where synonym = :name
                        limit 1
                        """).setParameter("name", name).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    public long subjectId(DocumentObservations.SubjectRef subject) {
        em.createNativeQuery("insert into subject (name, type) values (:name, :type) on conflict (name) do nothing")
                .setParameter("name", subject.name()).setParameter("type", subject.type() == null ? "" : subject.type()).executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from subject where name = :name")
                .setParameter("name", subject.name()).getSingleResult()).longValue();
        if (subject.aliases() != null) {
            for (String alias : subject.aliases()) {
                if (!alias.isBlank() && !alias.equals(subject.name())) {
                    em.createNativeQuery("insert into subject_alias (subject_id, alias) values (:id, :alias) on conflict do nothing")
                            .setParameter("id", id).setParameter("alias", alias).executeUpdate();
                }
            }
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    public Optional<Long> subjectNamed(String name) {
        List<Number> ids = em.createNativeQuery("""
                        select id from subject where name = :name
                        union all
                        select subject_id from subject_alias where alias = :name
                        limit 1
                        """).setParameter("name", name).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    public void insert(String documentId, long subjectId, long indicatorId, ObservationFact fact) {
        ObservationRecord record = new ObservationRecord();
        record.documentId = documentId;
        record.subjectId = subjectId;
        record.indicatorId = indicatorId;
        record.indicatorText = fact.indicator();
        record.kind = fact.kind().name();
        record.measure = fact.measure().name();
        record.periodLabel = fact.period().label();
        record.periodStart = fact.period().start();
        record.periodEnd = fact.period().end();
        record.value = fact.value();
        record.upperValue = fact.upperValue();
        record.qualifier = fact.qualifier().name();
        record.valueText = fact.valueText();
        record.unit = fact.unit();
        record.unitText = fact.unitText();
        record.normalizedValue = fact.normalizedValue();
        record.cumulative = fact.cumulative();
        record.flags = fact.flags() == null ? "" : String.join(",", fact.flags());
        record.sentence = fact.evidence().sentence();
        record.start = fact.evidence().start();
        record.end = fact.evidence().end();
        record.sentenceStart = fact.evidence().sentenceStart();
        record.sentenceEnd = fact.evidence().sentenceEnd();
        em.persist(record);
    }
}
