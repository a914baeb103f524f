package io.zonelens.query.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entities written since a revision (see V3__entity_revisions.sql), for the in-memory search index.
 * One repeatable-read snapshot serves the low-water mark and both reads, so they agree with each other.
 */
@ApplicationScoped
public class EntityChangesRepository {

    /** The entities changed at or after {@code since}, and where the next look should start. */
    public record Changes(List<IndexedEntity> entities, long nextSince) {
    }

    private static final String CHANGED = """
            with changed as (select id from entity where revision >= :since
                             union select entity_id from entity_alias where revision >= :since)
            """;

    private final EntityManager em;

    public EntityChangesRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Changes changedSince(long since) {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        // Every transaction older than the snapshot's xmin has ended, so its writes are read now or were before.
        long nextSince = ((Number) em.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult()).longValue();
        Map<Long, List<String>> aliases = new HashMap<>();
        List<Object[]> aliasRows = em.createNativeQuery(CHANGED + """
                        select a.entity_id, a.alias from entity_alias a join changed c on c.id = a.entity_id order by a.alias
                        """)
                .setParameter("since", since).getResultList();
        for (Object[] row : aliasRows) {
            aliases.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
        }
        List<Object[]> entityRows = em.createNativeQuery(CHANGED + """
                        select e.id, e.name, e.type, e.mention_count, e.document_count, e.first_seen, e.last_seen
                          from entity e join changed c on c.id = e.id
                        """)
                .setParameter("since", since).getResultList();
        List<IndexedEntity> entities = new ArrayList<>(entityRows.size());
        for (Object[] row : entityRows) {
            long id = ((Number) row[0]).longValue();
            entities.add(new IndexedEntity(id, (String) row[1], (String) row[2], List.copyOf(aliases.getOrDefault(id, List.of())),
                    ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), SqlValues.instant(row[5]), SqlValues.instant(row[6])));
        }
        return new Changes(entities, nextSince);
    }
}
