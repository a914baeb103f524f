package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An accepted NDJSON batch. Its progress is counted from its items, never stored twice. */
@Entity
@Table(name = "batch_job")
public class BatchJobEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public int total;
    @Column(name = "created_at")
    public Instant createdAt;
}
