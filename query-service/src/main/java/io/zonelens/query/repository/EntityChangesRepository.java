package io.zonelens.query.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entities written since a revision (see V3__entity_revisions.sql), for the in-memory search index.
 * One repeatable-read snapshot serves the low-water mark and the read, so they agree with each other.
 */
@ApplicationScoped
public class EntityChangesRepository {

    /** The entities changed at or after {@code since}, and where the next look should start. */
    public record Changes(List<IndexedEntity> entities, long nextSince) {
    }

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
        // One row per entity and alias (null when it has none), an entity's rows together, its aliases in order.
        List<Object[]> rows = em.createNativeQuery("""
                        with changed as (select id from entity where revision >= :since
                                         union select entity_id from entity_alias where revision >= :since)
                        select e.id, e.name, e.type, e.mention_count, e.document_count, e.first_seen, e.last_seen, a.alias
                          from changed c
                          join entity e on e.id = c.id
                          left join entity_alias a on a.entity_id = e.id
                         order by e.id, a.alias
                        """)
                .setParameter("since", since).getResultList();
        List<IndexedEntity> entities = new ArrayList<>();
        for (int i = 0; i < rows.size(); ) {
            Object[] row = rows.get(i);
            long id = ((Number) row[0]).longValue();
            List<String> aliases = new ArrayList<>();
            for (; i < rows.size() && ((Number) rows.get(i)[0]).longValue() == id; i++) {
                if (rows.get(i)[7] != null) {
                    aliases.add((String) rows.get(i)[7]);
                }
            }
            entities.add(new IndexedEntity(id, (String) row[1], (String) row[2], List.copyOf(aliases), ((Number) row[3]).intValue(),
                    ((Number) row[4]).intValue(), SqlValues.instant(row[5]), SqlValues.instant(row[6])));
        }
        return new Changes(entities, nextSince);
    }
}
