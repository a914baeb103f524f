package io.zonelens.ingest.repository;

import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.List;

/**
 * The claim-under-lease protocol the job table and the outbox share. A claim takes due rows with FOR UPDATE SKIP
 * LOCKED (and rows whose lease ran out), so replicas never take the same row; a retry is fenced on the worker id,
 * so a worker that lost its lease changes nothing. Table and status names are the callers' constants, never input:
 * statuses stay literals so the planner can match the partial indexes on status (a bound parameter could not).
 */
final class LeasedQueue {

    private final String table;
    private final String pending;
    private final String running;

    LeasedQueue(String table, String pending, String running) {
        this.table = table;
        this.pending = pending;
        this.running = running;
    }

    /** Claims up to {@code limit} rows for {@code worker}; each row holds the {@code returning} columns. */
    @SuppressWarnings("unchecked")
    List<Object[]> claim(EntityManager em, String worker, int limit, Duration lease, String returning) {
        return em.createNativeQuery("update " + table
                        + " set status = '" + running + "', attempts = attempts + 1, worker = :worker,"
                        + "     lease_until = now() + make_interval(secs => :leaseSeconds)"
                        + " where id in (select id from " + table
                        + "               where (status = '" + pending + "' and available_at <= now())"
                        + "                  or (status = '" + running + "' and lease_until < now())"
                        + "               order by id limit :limit for update skip locked)"
                        + " returning " + returning)
                .setParameter("worker", worker)
                .setParameter("leaseSeconds", seconds(lease))
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Puts a row back for a later attempt; true when this worker still held it. */
    boolean retryLater(EntityManager em, long id, String worker, String error, Duration delay) {
        return em.createNativeQuery("update " + table
                        + " set status = '" + pending + "', last_error = :error, lease_until = null,"
                        + "     available_at = now() + make_interval(secs => :delaySeconds)"
                        + " where id = :id and worker = :worker and status = '" + running + "'")
                .setParameter("error", error)
                .setParameter("delaySeconds", seconds(delay))
                .setParameter("id", id)
                .setParameter("worker", worker)
                .executeUpdate() == 1;
    }

    /**
     * Puts every row {@code worker} holds back in the queue, due now and the attempt not counted: the worker is
     * stopping, not failing, and another replica should not wait for its lease to run out. A result the worker
     * still reports is fenced off like a lost lease's. Returns the released rows' {@code returning} columns.
     */
    @SuppressWarnings("unchecked")
    List<Object> release(EntityManager em, String worker, String returning) {
        return em.createNativeQuery("update " + table
                        + " set status = '" + pending + "', worker = null, lease_until = null, available_at = now(),"
                        + "     attempts = greatest(attempts - 1, 0)"
                        + " where worker = :worker and status = '" + running + "'"
                        + " returning " + returning)
                .setParameter("worker", worker)
                .getResultList();
    }

    /** Fractional seconds: a sub-second backoff (PT0.2S) must not round down to no delay at all. */
    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
