package io.zonelens.query.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A delivered document; its search vector is written by {@link DocumentFactsRepository}. */
@Entity
@Table(name = "document")
public class DocumentRecord extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    @Column(name = "published_at")
    public Instant publishedInstant;
    @Column(name = "published_offset_seconds")
    public Integer publishedOffsetSeconds;
    public String source;
    public String url;
    public String body;
    @Column(name = "pipeline_version")
    public String pipelineVersion;
    @Column(name = "extracted_at")
    public Instant extractedAt;

    public OffsetDateTime publishedAt() {
        return publishedInstant == null ? null
                : publishedInstant.atOffset(ZoneOffset.ofTotalSeconds(publishedOffsetSeconds == null ? 0 : publishedOffsetSeconds));
    }
}
