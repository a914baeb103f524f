package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "document")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    /** The instant, plus the offset the source wrote it in (PostgreSQL keeps only the instant). */
    @Column(name = "published_at")
    public Instant publishedInstant;
    @Column(name = "published_offset_seconds")
    public Integer publishedOffsetSeconds;
    public String source;
    public String url;
    public String author;
    public String editor;
    public String format;
    public String filename;
    public String charset;
    /** Normalized paragraphs, one per line. */
    public String body;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "processed_at")
    public Instant processedAt;

    public OffsetDateTime publishedAt() {
        if (publishedInstant == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(publishedOffsetSeconds == null ? 0 : publishedOffsetSeconds);
        return publishedInstant.atOffset(offset);
    }

    public void setPublishedAt(OffsetDateTime publishedAt) {
        publishedInstant = publishedAt == null ? null : publishedAt.toInstant();
        publishedOffsetSeconds = publishedAt == null ? null : publishedAt.getOffset().getTotalSeconds();
    }

    public List<String> paragraphs() {
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n"));
    }
}
