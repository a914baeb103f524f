package io.zonelens.query.service;

import io.quarkus.runtime.StartupEvent;
import io.zonelens.query.repository.EntityChangesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Entity search from memory: a search costs microseconds instead of a scan of the trigram indexes, which is what
 * keeps it fast under many concurrent clients. The index follows the database by reading the rows changed since
 * its last look: before a search when this replica has stored a delivery since (a client reads what it just
 * wrote), otherwise at most {@code zonelens.query.entity-index.max-staleness} behind other replicas' writes.
 * When the database cannot be read, searches answer from what the index last saw.
 */
@ApplicationScoped
public class EntitySearchIndex {

    private static final Logger LOG = Logger.getLogger(EntitySearchIndex.class);

    private final EntityChangesRepository changes;
    private final long maxStalenessNanos;
    private final NameIndex index = new NameIndex();
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong localWrites = new AtomicLong();
    private volatile boolean loaded;
    private volatile long writesSeen;
    private volatile long refreshedAt;
    /** Where the next look at the database starts; only touched while holding {@link #refreshing}. */
    private long since;

    public EntitySearchIndex(EntityChangesRepository changes,
                             @ConfigProperty(name = "zonelens.query.entity-index.max-staleness", defaultValue = "PT1S") Duration maxStaleness) {
        this.changes = changes;
        this.maxStalenessNanos = maxStaleness.toNanos();
    }

    /** Loads the index in the background at start, so the first search does not wait for it. */
    void warmUp(@Observes StartupEvent event) {
        CompletableFuture.runAsync(() -> {
            refreshing.lock();
            try {
                refreshOrKeep();
            } finally {
                refreshing.unlock();
            }
        });
    }

    /** A delivery was committed by this replica: the next search must see it. */
    public void changed() {
        localWrites.incrementAndGet();
    }

    NameIndex.Page search(String q, String type, int offset, int size) {
        long writes = localWrites.get();
        if (!loaded || writesSeen < writes) {
            refreshing.lock();
            try {
                if (!loaded) {
                    refresh();
                } else if (writesSeen < writes) {
                    refreshOrKeep();
                }
            } finally {
                refreshing.unlock();
            }
        } else if (System.nanoTime() - refreshedAt > maxStalenessNanos && refreshing.tryLock()) {
            try {
                refreshOrKeep();
            } finally {
                refreshing.unlock();
            }
        }
        return index.search(q, type, offset, size);
    }

    int size() {
        return index.size();
    }

    private void refreshOrKeep() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // Try again after the staleness interval, not on every search while the database is away.
            refreshedAt = System.nanoTime();
            LOG.warnf("entity search index not refreshed, answering from what it holds (%d entities): %s", index.size(), e.toString());
        }
    }

    private void refresh() {
        long writes = localWrites.get();
        EntityChangesRepository.Changes changed = changes.changedSince(since);
        index.apply(changed.entities());
        since = changed.nextSince();
        writesSeen = writes;
        refreshedAt = System.nanoTime();
        loaded = true;
    }
}
