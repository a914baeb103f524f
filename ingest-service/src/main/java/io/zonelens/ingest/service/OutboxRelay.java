package io.zonelens.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zonelens.ingest.client.Destination;
import io.zonelens.ingest.config.DeliveryConfig;
import io.zonelens.ingest.repository.DocumentRepository;
import io.zonelens.ingest.repository.DocumentStatus;
import io.zonelens.ingest.repository.OutboxRepository;
import io.zonelens.ingest.repository.OutboxRepository.ClaimedDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers outbox rows to their destinations, outside any transaction, and records the outcome. A destination
 * that is down is retried with doubling backoff until it answers, so it receives everything when it returns;
 * a document becomes PROCESSED when every destination has acknowledged it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final DocumentRepository documents;
    private final Map<String, Destination> destinations;
    private final DeliveryConfig config;

    public OutboxRelay(OutboxRepository outbox, DocumentRepository documents, Instance<Destination> destinations, DeliveryConfig config) {
        this.outbox = outbox;
        this.documents = documents;
        this.destinations = destinations.stream().collect(Collectors.toMap(Destination::name, Function.identity()));
        this.config = config;
    }

    /** Hands the deliveries {@code worker} holds back to the queue when its replica stops; returns how many. */
    public int releaseClaims(String worker) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.release(worker));
    }

    /** Claims and sends one round of rows; returns how many it claimed (0: nothing is due). */
    public int deliverClaimable(String worker) {
        var claimed = QuarkusTransaction.requiringNew().call(() -> outbox.claim(worker, config.claimSize(), config.lease()));
        for (ClaimedDelivery delivery : claimed) {
            try {
                destinations.get(delivery.destination()).deliver(delivery.documentId(), delivery.payload());
                QuarkusTransaction.requiringNew().run(() -> acknowledge(delivery, worker));
            } catch (RuntimeException e) {
                Duration delay = backoff(delivery.attempt());
                LOG.debugf("delivery of %s to %s failed (attempt %d, next in %s): %s", delivery.documentId(), delivery.destination(),
                        delivery.attempt(), delay, e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> outbox.retryLater(delivery, worker, e.getClass().getSimpleName() + ": " + e.getMessage(), delay));
            }
        }
        return claimed.size();
    }

    private void acknowledge(ClaimedDelivery delivery, String worker) {
        if (outbox.delivered(delivery, worker) && outbox.undelivered(delivery.documentId()) == 0) {
            documents.update("status = ?1, processedAt = current_timestamp where id = ?2 and status = ?3",
                    DocumentStatus.PROCESSED, delivery.documentId(), DocumentStatus.PROCESSING);
        }
    }

    Duration backoff(int attempt) {
        Duration delay = config.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }
}
