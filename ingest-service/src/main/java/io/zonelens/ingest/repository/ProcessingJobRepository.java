package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * The job queue (see {@link LeasedQueue}). Claims use FOR UPDATE SKIP LOCKED so replicas never take the same job; every state change
 * after the claim is fenced on the worker id, so a worker whose lease ran out cannot complete a job twice.
 */
@ApplicationScoped
public class ProcessingJobRepository implements PanacheRepositoryBase<ProcessingJobEntity, Long> {

    private static final LeasedQueue QUEUE = new LeasedQueue("processing_job", ProcessingJobEntity.PENDING, ProcessingJobEntity.RUNNING);

    public List<ClaimedJob> claim(String worker, int limit, Duration lease) {
        return QUEUE.claim(getEntityManager(), worker, limit, lease, "id, document_id, attempts").stream()
                .map(row -> new ClaimedJob(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    /** Puts the jobs {@code worker} holds back in the queue (see {@link LeasedQueue}); returns their documents' ids. */
    public List<String> release(String worker) {
        return QUEUE.release(getEntityManager(), worker, "document_id").stream().map(String.class::cast).toList();
    }

    /** True when this worker still held the job and has now closed it. */
    public boolean complete(ClaimedJob job, String worker) {
        return update("status = ?1, finishedAt = current_timestamp, leaseUntil = null where id = ?2 and worker = ?3 and status = ?4",
                ProcessingJobEntity.DONE, job.jobId(), worker, ProcessingJobEntity.RUNNING) == 1;
    }

    public boolean retryLater(ClaimedJob job, String worker, String error, Duration delay) {
        return QUEUE.retryLater(getEntityManager(), job.jobId(), worker, error, delay);
    }

    public boolean fail(ClaimedJob job, String worker, String error) {
        return update("status = ?1, lastError = ?2, finishedAt = current_timestamp, leaseUntil = null where id = ?3 and worker = ?4 and status = ?5",
                ProcessingJobEntity.FAILED, error, job.jobId(), worker, ProcessingJobEntity.RUNNING) == 1;
    }
}
