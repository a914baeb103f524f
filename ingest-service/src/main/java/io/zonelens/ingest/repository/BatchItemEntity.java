package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of a batch: PENDING until a worker has taken it in (DONE, with its document) or rejected it (FAILED). */
@Entity
@Table(name = "batch_item")
public class BatchItemEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @EmbeddedId
    public Key key;
    public String payload;
    public String status;
    @Column(name = "document_id")
    public String documentId;
    public String error;
    @Column(name = "finished_at")
    public Instant finishedAt;

    @Embeddable
    public record Key(@Column(name = "batch_id") UUID batchId, @Column(name = "line_number") int lineNumber)
            implements Serializable {
    }

    public static BatchItemEntity pending(UUID batchId, int lineNumber, String payload) {
        BatchItemEntity item = new BatchItemEntity();
        item.key = new Key(batchId, lineNumber);
        item.payload = payload;
        item.status = PENDING;
        return item;
    }
}
