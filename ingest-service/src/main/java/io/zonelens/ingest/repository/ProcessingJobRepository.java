package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * The job queue. Claims use FOR UPDATE SKIP LOCKED so replicas never take the same job, and every state change
 * after the claim is fenced on the worker id, so a worker whose lease ran out cannot complete a job twice.
 */
@ApplicationScoped
public class ProcessingJobRepository implements PanacheRepositoryBase<ProcessingJobEntity, Long> {

    @SuppressWarnings("unchecked")
    public List<ClaimedJob> claim(String worker, int limit, Duration lease) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                update processing_job
                   set status = 'RUNNING', attempts = attempts + 1, worker = :worker,
                       lease_until = now() + make_interval(secs => :leaseSeconds)
                 where id in (select id from processing_job
                               where (status = 'PENDING' and available_at <= now())
                                  or (status = 'RUNNING' and lease_until < now())
                               order by id
                               limit :limit
                               for update skip locked)
                returning id, document_id, attempts
                """)
                .setParameter("worker", worker)
                .setParameter("leaseSeconds", (double) lease.toSeconds())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new ClaimedJob(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    /** True when this worker still held the job and has now closed it. */
    public boolean complete(ClaimedJob job, String worker) {
        return update("status = ?1, finishedAt = current_timestamp, leaseUntil = null where id = ?2 and worker = ?3 and status = ?4",
                ProcessingJobEntity.DONE, job.jobId(), worker, ProcessingJobEntity.RUNNING) == 1;
    }

    public boolean retryLater(ClaimedJob job, String worker, String error, Duration delay) {
        return getEntityManager().createNativeQuery("""
                update processing_job
                   set status = 'PENDING', last_error = :error, lease_until = null,
                       available_at = now() + make_interval(secs => :delaySeconds)
                 where id = :id and worker = :worker and status = 'RUNNING'
                """)
                .setParameter("error", error)
                .setParameter("delaySeconds", (double) delay.toSeconds())
                .setParameter("id", job.jobId())
                .setParameter("worker", worker)
                .executeUpdate() == 1;
    }

    public boolean fail(ClaimedJob job, String worker, String error) {
        return update("status = ?1, lastError = ?2, finishedAt = current_timestamp, leaseUntil = null where id = ?3 and worker = ?4 and status = ?5",
                ProcessingJobEntity.FAILED, error, job.jobId(), worker, ProcessingJobEntity.RUNNING) == 1;
    }
}
