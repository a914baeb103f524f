package io.zonelens.indicator.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "document_delivery")
public class DeliveryRecord {

    @Id
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "pipeline_version")
    public String pipelineVersion;
    @Column(name = "extracted_at")
    public Instant extractedAt;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
}
