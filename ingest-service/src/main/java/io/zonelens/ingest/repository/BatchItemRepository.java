package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BatchItemRepository implements PanacheRepositoryBase<BatchItemEntity, BatchItemEntity.Key> {

    /**
     * Locks the oldest pending line of any batch for the rest of the caller's transaction, skipping lines other
     * replicas hold: the line is taken in and marked in that same transaction, so it is never taken in twice.
     */
    public Optional<BatchItemEntity> lockNextPending() {
        return getEntityManager().createNativeQuery("""
                        select * from batch_item
                         where status = 'PENDING'
                         order by batch_id, line_number
                         limit 1
                         for update skip locked
                        """, BatchItemEntity.class)
                .getResultStream()
                .map(BatchItemEntity.class::cast)
                .findFirst();
    }

    public Map<String, Long> countByStatus(UUID batchId) {
        List<Object[]> rows = getEntityManager().createQuery(
                        "select status, count(*) from BatchItemEntity where key.batchId = :batch group by status", Object[].class)
                .setParameter("batch", batchId)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    public List<BatchItemEntity> finished(UUID batchId, String status) {
        return list("key.batchId = ?1 and status = ?2 order by key.lineNumber", batchId, status);
    }
}
