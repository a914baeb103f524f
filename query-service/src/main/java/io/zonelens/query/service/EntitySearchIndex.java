package io.zonelens.query.service;

import io.quarkus.runtime.StartupEvent;
import io.zonelens.query.repository.EntityChangesRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Entity search from memory: a search costs microseconds and never waits for the database, so it runs on the I/O
 * threads and keeps its latency under many concurrent clients. The index follows the database by reading the rows
 * changed since its last look: right after this replica stores a delivery (before the PUT is answered, so a client
 * reads what it just wrote), and every {@code zonelens.query.entity-index.max-staleness} in the background for other
 * replicas' writes. While the database is away, searches answer from what the index last saw.
 */
@ApplicationScoped
public class EntitySearchIndex {

    private static final Logger LOG = Logger.getLogger(EntitySearchIndex.class);

    private final EntityChangesRepository changes;
    private final Duration maxStaleness;
    private final NameIndex index = new NameIndex();
    private final ReentrantLock refreshing = new ReentrantLock();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "entity-index-refresher");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean loaded;
    /** Where the next look at the database starts; only touched while holding {@link #refreshing}. */
    private long since;

    public EntitySearchIndex(EntityChangesRepository changes,
                             @ConfigProperty(name = "zonelens.query.entity-index.max-staleness", defaultValue = "PT1S") Duration maxStaleness) {
        this.changes = changes;
        this.maxStaleness = maxStaleness;
    }

    /** Loads the index before the service takes requests, then keeps it current. */
    void start(@Observes StartupEvent event) {
        catchUp();
        refresher.scheduleWithFixedDelay(this::catchUp, maxStaleness.toMillis(), maxStaleness.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Reads what was written since the last look; keeps what it holds when the database cannot be read. */
    public void catchUp() {
        refreshing.lock();
        try {
            EntityChangesRepository.Changes changed = changes.changedSince(since);
            index.apply(changed.entities());
            since = changed.nextSince();
            loaded = true;
        } catch (RuntimeException e) {
            LOG.warnf("entity search index not refreshed, answering from what it holds (%d entities): %s", index.size(), e.toString());
        } finally {
            refreshing.unlock();
        }
    }

    public boolean loaded() {
        return loaded;
    }

    /** Never blocks on the database: safe on an I/O thread. */
    NameIndex.Page search(String q, String type, int offset, int size) {
        if (!loaded) {
            throw new EntityIndexLoadingException();
        }
        return index.search(q, type, offset, size);
    }
}
