package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outbox, claimed like the job queue: FOR UPDATE SKIP LOCKED under a lease, fenced on the worker id. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntity, Long> {

    public record ClaimedDelivery(long id, String documentId, String destination, String payload, int attempt) {
    }

    /** Writes (or replaces) what {@code destination} is owed for a document; part of the caller's transaction. */
    public void owe(String documentId, String destination, String payload) {
        OutboxEntity row = find("documentId = ?1 and destination = ?2", documentId, destination).firstResult();
        Instant now = Instant.now();
        if (row == null) {
            row = new OutboxEntity();
            row.documentId = documentId;
            row.destination = destination;
            row.createdAt = now;
        }
        row.payload = payload;
        row.status = OutboxEntity.PENDING;
        row.attempts = 0;
        row.availableAt = now;
        row.leaseUntil = null;
        row.worker = null;
        row.lastError = null;
        row.deliveredAt = null;
        persist(row);
    }

    @SuppressWarnings("unchecked")
    public List<ClaimedDelivery> claim(String worker, int limit, Duration lease) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                update outbox
                   set status = 'SENDING', attempts = attempts + 1, worker = :worker,
                       lease_until = now() + make_interval(secs => :leaseSeconds)
                 where id in (select id from outbox
                               where (status = 'PENDING' and available_at <= now())
                                  or (status = 'SENDING' and lease_until < now())
                               order by id
                               limit :limit
                               for update skip locked)
                returning id, document_id, destination, cast(payload as text), attempts
                """)
                .setParameter("worker", worker)
                .setParameter("leaseSeconds", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new ClaimedDelivery(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue())).toList();
    }

    /** Marks the delivery done; true when it was still this worker's (a newer result may have replaced it meanwhile). */
    public boolean delivered(ClaimedDelivery delivery, String worker) {
        return update("status = ?1, deliveredAt = current_timestamp, leaseUntil = null where id = ?2 and worker = ?3 and status = ?4 and attempts = ?5",
                OutboxEntity.DELIVERED, delivery.id(), worker, OutboxEntity.SENDING, delivery.attempt()) == 1;
    }

    public void retryLater(ClaimedDelivery delivery, String worker, String error, Duration delay) {
        getEntityManager().createNativeQuery("""
                update outbox set status = 'PENDING', last_error = :error, lease_until = null,
                                  available_at = now() + make_interval(secs => :delaySeconds)
                 where id = :id and worker = :worker and status = 'SENDING'
                """)
                .setParameter("error", error)
                .setParameter("delaySeconds", delay.toMillis() / 1000.0)
                .setParameter("id", delivery.id())
                .setParameter("worker", worker)
                .executeUpdate();
    }

    public long undelivered(String documentId) {
        return count("documentId = ?1 and status <> ?2", documentId, OutboxEntity.DELIVERED);
    }
}
