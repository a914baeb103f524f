package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outbox, claimed like the job queue (see {@link LeasedQueue}). */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntity, Long> {

    private static final LeasedQueue QUEUE = new LeasedQueue("outbox", OutboxEntity.PENDING, OutboxEntity.SENDING);

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

    public List<ClaimedDelivery> claim(String worker, int limit, Duration lease) {
        return QUEUE.claim(getEntityManager(), worker, limit, lease, "id, document_id, destination, cast(payload as text), attempts").stream()
                .map(row -> new ClaimedDelivery(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3], ((Number) row[4]).intValue()))
                .toList();
    }

    /** Puts the deliveries {@code worker} holds back in the queue (see {@link LeasedQueue}); returns how many. */
    public int release(String worker) {
        return QUEUE.release(getEntityManager(), worker, "id").size();
    }

    /** Marks the delivery done; true when it was still this worker's (a newer result may have replaced it meanwhile). */
    public boolean delivered(ClaimedDelivery delivery, String worker) {
        return update("status = ?1, deliveredAt = current_timestamp, leaseUntil = null where id = ?2 and worker = ?3 and status = ?4 and attempts = ?5",
                OutboxEntity.DELIVERED, delivery.id(), worker, OutboxEntity.SENDING, delivery.attempt()) == 1;
    }

    public void retryLater(ClaimedDelivery delivery, String worker, String error, Duration delay) {
        QUEUE.retryLater(getEntityManager(), delivery.id(), worker, error, delay);
    }

    public long undelivered(String documentId) {
        return count("documentId = ?1 and status <> ?2", documentId, OutboxEntity.DELIVERED);
    }
}
