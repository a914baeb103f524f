package io.zonelens.query.repository;

import io.zonelens.query.rest.dto.DocumentFacts;
import io.zonelens.query.service.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/**
 * The writes behind one delivery. Every statement binds non-null values only, so PostgreSQL never has to guess
 * a parameter's type; optional values go through the JPA entity instead.
 */
@ApplicationScoped
public class DocumentFactsRepository {

    private final EntityManager em;

    public DocumentFactsRepository(EntityManager em) {
        this.em = em;
    }

    /** Serializes deliveries of the same document until the transaction ends. */
    public void lockDocument(String documentId) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", Long.parseUnsignedLong(documentId, 16))
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<Long> entitiesMentionedIn(String documentId) {
        return ((List<Number>) em.createNativeQuery("""
                        select entity_id from mention where document_id = :doc
                        union select person_id from position_held where document_id = :doc
                        """)
                .setParameter("doc", documentId)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public void deleteFactsOf(String documentId) {
        em.createNativeQuery("delete from mention where document_id = :doc").setParameter("doc", documentId).executeUpdate();
        em.createNativeQuery("delete from position_held where document_id = :doc").setParameter("doc", documentId).executeUpdate();
    }

    public void indexForSearch(String documentId, String title, String body) {
        em.flush();
        em.createNativeQuery("update document set search = to_tsvector('simple', :terms) where id = :id")
                .setParameter("terms", SearchTerms.joined((title == null ? "" : title) + "\n" + body))
                .setParameter("id", documentId)
                .executeUpdate();
    }

    /** The id of the entity with this type and name, creating it when new (concurrent deliveries may race to). */
    public long entityId(String type, String name) {
        em.createNativeQuery("insert into entity (name, type) values (:name, :type) on conflict (type, name) do nothing")
                .setParameter("name", name).setParameter("type", type).executeUpdate();
        return ((Number) em.createNativeQuery("select id from entity where type = :type and name = :name")
                .setParameter("type", type).setParameter("name", name).getSingleResult()).longValue();
    }

    public void addAlias(long entityId, String alias) {
        em.createNativeQuery("insert into entity_alias (entity_id, alias) values (:id, :alias) on conflict do nothing")
                .setParameter("id", entityId).setParameter("alias", alias).executeUpdate();
    }

    public void insertMention(long entityId, String documentId, DocumentFacts.MentionFact mention) {
        em.createNativeQuery("""
                        insert into mention (entity_id, document_id, text, start_offset, end_offset, sentence_start, sentence_end)
                        values (:entity, :doc, :text, :start, :end, :sentenceStart, :sentenceEnd)
                        """)
                .setParameter("entity", entityId).setParameter("doc", documentId).setParameter("text", mention.text())
                .setParameter("start", mention.start()).setParameter("end", mention.end())
                .setParameter("sentenceStart", mention.sentenceStart()).setParameter("sentenceEnd", mention.sentenceEnd())
                .executeUpdate();
    }

    public void insertPosition(long personId, String documentId, DocumentFacts.PositionFact position) {
        PositionRecord record = new PositionRecord();
        record.personId = personId;
        record.title = position.title();
        record.organization = position.organization();
        record.asOf = position.asOf();
        record.documentId = documentId;
        record.start = position.start();
        record.end = position.end();
        record.sentenceStart = position.sentenceStart();
        record.sentenceEnd = position.sentenceEnd();
        em.persist(record);
    }

    /**
     * Recounts the entities a delivery touched. Their rows are locked first, so the counting statement runs on a
     * snapshot that includes every concurrent delivery committed before it.
     */
    public void recount(Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("select id from entity where id in (:ids) order by id for update")
                .setParameter("ids", entityIds).getResultList();
        em.createNativeQuery("""
                        update entity e set
                            mention_count  = s.mentions,
                            document_count = s.documents,
                            first_seen     = s.first_seen,
                            last_seen      = s.last_seen
                        from (select e2.id,
                                     count(m.id) as mentions,
                                     count(distinct m.document_id) as documents,
                                     min(d.published_at) as first_seen,
                                     max(d.published_at) as last_seen
                                from entity e2
                                left join mention m on m.entity_id = e2.id
                                left join document d on d.id = m.document_id
                               where e2.id in (:ids)
                               group by e2.id) s
                        where e.id = s.id
                        """)
                .setParameter("ids", entityIds)
                .executeUpdate();
    }
}
