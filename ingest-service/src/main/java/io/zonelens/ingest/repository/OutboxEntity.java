package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** What a destination is still owed for a document; replaced, not duplicated, by a newer result. */
@Entity
@Table(name = "outbox")
public class OutboxEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String DELIVERED = "DELIVERED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    public String destination;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
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
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
