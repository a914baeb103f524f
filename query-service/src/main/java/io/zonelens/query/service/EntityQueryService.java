package io.zonelens.query.service;

import io.zonelens.query.repository.NamedEntity;
import io.zonelens.query.repository.PositionRecord;
import io.zonelens.query.rest.dto.EntityType;
import io.zonelens.query.rest.dto.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Entity search, profiles and mentions with their evidence. */
@ApplicationScoped
public class EntityQueryService {

    private static final int RELATED_LIMIT = 20;
    private static final int DOCUMENT_LIMIT = 50;

    private final EntityManager em;
    private final EntitySearchIndex searchIndex;

    public EntityQueryService(EntityManager em, EntitySearchIndex searchIndex) {
        this.em = em;
        this.searchIndex = searchIndex;
    }

    /** Names and aliases containing {@code q}; exact hits first, then the most mentioned (see {@link EntitySearchIndex}). */
    public Views.EntityPage search(String q, EntityType type, int page, int size) {
        NameIndex.Page hits = searchIndex.search(q, type == null ? null : type.name(), (int) Math.min(Integer.MAX_VALUE, (long) page * size), size);
        return new Views.EntityPage(hits.items().stream().map(entity -> new Views.EntitySummary(entity.id(), entity.name(),
                EntityType.valueOf(entity.type()), entity.aliases(), entity.mentionCount(), entity.documentCount(),
                entity.firstSeen(), entity.lastSeen())).toList(), hits.total(), page, size);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Views.EntityProfile> profile(long id) {
        NamedEntity entity = NamedEntity.findById(id);
        if (entity == null) {
            return Optional.empty();
        }
        List<Object[]> documentRows = em.createNativeQuery("""
                        select d.id, d.title, d.published_at, d.published_offset_seconds, count(*) as mentions
                          from mention m join document d on d.id = m.document_id
                         where m.entity_id = :id
                         group by d.id, d.title, d.published_at, d.published_offset_seconds
                         order by d.published_at desc nulls last, d.id
                         limit :limit
                        """)
                .setParameter("id", id).setParameter("limit", DOCUMENT_LIMIT).getResultList();
        List<Views.DocumentRef> documents = documentRows.stream().map(row -> new Views.DocumentRef((String) row[0], (String) row[1],
                DocumentSearchService.publishedAt(row[2], row[3]), ((Number) row[4]).intValue())).toList();
        List<Views.Position> positions = PositionRecord.<PositionRecord>list("personId = ?1 order by asOf desc, id", id).stream()
                .map(position -> new Views.Position(position.title, position.organization, position.asOf, position.documentId))
                // 副省长向岚 … 向岚副省长: one office a document names twice is one position, its evidence kept with the mentions.
                .distinct()
                .toList();
        List<Object[]> relatedRows = em.createNativeQuery("""
                        select e.id, e.name, e.type, count(*) as weight
                          from mention m1
                          join mention m2 on m2.document_id = m1.document_id and m2.sentence_start = m1.sentence_start
                                          and m2.entity_id <> m1.entity_id
                          join entity e on e.id = m2.entity_id
                         where m1.entity_id = :id
                         group by e.id, e.name, e.type
                         order by weight desc, e.name
                         limit :limit
                        """)
                .setParameter("id", id).setParameter("limit", RELATED_LIMIT).getResultList();
        List<Views.Related> related = relatedRows.stream().map(row -> new Views.Related(((Number) row[0]).longValue(),
                (String) row[1], EntityType.valueOf((String) row[2]), ((Number) row[3]).intValue())).toList();
        Views.EntitySummary summary = summary(entity);
        return Optional.of(new Views.EntityProfile(summary.id(), summary.name(), summary.type(), summary.aliases(),
                summary.mentionCount(), summary.documentCount(), summary.firstSeen(), summary.lastSeen(),
                documents, positions, related));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Views.MentionPage> mentions(long id, int page, int size) {
        NamedEntity entity = NamedEntity.findById(id);
        if (entity == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select m.document_id, d.title, d.published_at, d.published_offset_seconds, m.text, m.start_offset, m.end_offset,
                               substr(d.body, m.sentence_start + 1, m.sentence_end - m.sentence_start), m.sentence_start, m.sentence_end
                          from mention m join document d on d.id = m.document_id
                         where m.entity_id = :id
                         order by d.published_at desc nulls last, m.document_id, m.start_offset
                         limit :size offset :offset
                        """)
                .setParameter("id", id).setParameter("size", size).setParameter("offset", page * size).getResultList();
        List<Views.Mention> items = rows.stream().map(row -> new Views.Mention((String) row[0], (String) row[1],
                DocumentSearchService.publishedAt(row[2], row[3]), (String) row[4], ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(), (String) row[7], ((Number) row[8]).intValue(), ((Number) row[9]).intValue())).toList();
        return Optional.of(new Views.MentionPage(items, entity.mentionCount, page, size));
    }

    private static Views.EntitySummary summary(NamedEntity entity) {
        return new Views.EntitySummary(entity.id, entity.name, EntityType.valueOf(entity.type),
                entity.aliases.stream().sorted().toList(), entity.mentionCount, entity.documentCount, entity.firstSeen, entity.lastSeen);
    }
}
