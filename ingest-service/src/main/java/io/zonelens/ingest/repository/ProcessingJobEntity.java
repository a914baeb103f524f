package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "processing_job")
public class ProcessingJobEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    public String status;
    public int attempts;
    @Column(name = "available_at")
    public Instant availableAt;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    public String worker;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    public static ProcessingJobEntity pendingFor(String documentId, Instant now) {
        ProcessingJobEntity job = new ProcessingJobEntity();
        job.documentId = documentId;
        job.status = PENDING;
        job.availableAt = now;
        job.createdAt = now;
        return job;
    }
}
