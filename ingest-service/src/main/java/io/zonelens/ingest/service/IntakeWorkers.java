package io.zonelens.ingest.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.zonelens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The background work of one replica: taking in batch lines, processing documents, delivering their facts. Every replica runs these;
 * the queues' SKIP LOCKED claims share the work out. Off with {@code zonelens.ingest.worker.enabled=false}.
 */
@ApplicationScoped
public class IntakeWorkers {

    /** Enough to keep a poll short, so shutdown never waits long. */
    private static final int MAX_ITEMS_PER_POLL = 200;

    private final DocumentProcessingService processing;
    private final BatchIntakeService batches;
    private final OutboxRelay relay;
    private static final Logger LOG = Logger.getLogger(IntakeWorkers.class);

    private final String workerId;
    private volatile boolean stopping;

    public IntakeWorkers(DocumentProcessingService processing, BatchIntakeService batches, OutboxRelay relay,
                         @ConfigProperty(name = "quarkus.application.name") String application) {
        this.processing = processing;
        this.batches = batches;
        this.relay = relay;
        this.workerId = application + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Stops taking work and hands back what this replica holds, so a rolling update does not leave documents
     * waiting out a lease (5 minutes by default). Should the database be gone already, the leases run out as before.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            int jobs = processing.releaseClaims(workerId);
            int deliveries = relay.releaseClaims(workerId);
            if (jobs + deliveries > 0) {
                LOG.infof("stopping: handed back %d jobs and %d deliveries of %s", jobs, deliveries, workerId);
            }
        } catch (RuntimeException e) {
            LOG.warnf("stopping: could not hand back the claims of %s; their leases will run out (%s)", workerId, e.getMessage());
        }
    }

    /** This replica's worker id: the owner of its claims. */
    String workerId() {
        return workerId;
    }

    @Scheduled(every = "${zonelens.ingest.worker.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WorkersDisabled.class)
    void takeInBatchLines() {
        for (int taken = 0; taken < MAX_ITEMS_PER_POLL && !stopping && batches.processNextLine(); taken++) {
            // each line commits on its own
        }
    }

    @Scheduled(every = "${zonelens.ingest.worker.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WorkersDisabled.class)
    void processDocuments() {
        for (int rounds = 0; rounds < MAX_ITEMS_PER_POLL && !stopping; rounds++) {
            if (processing.processClaimable(workerId).isEmpty()) {
                return;
            }
        }
    }

    @Scheduled(every = "${zonelens.delivery.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WorkersDisabled.class)
    void deliverFacts() {
        for (int rounds = 0; rounds < MAX_ITEMS_PER_POLL && !stopping; rounds++) {
            if (relay.deliverClaimable(workerId) == 0) {
                return;
            }
        }
    }

    @ApplicationScoped
    public static class WorkersDisabled implements Scheduled.SkipPredicate {

        private final IngestConfig config;

        public WorkersDisabled(IngestConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.worker().enabled();
        }
    }
}
