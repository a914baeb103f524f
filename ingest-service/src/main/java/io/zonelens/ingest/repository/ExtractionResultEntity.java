package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** What the pipeline found in one document; replaced, not appended, when the document is reprocessed. */
@Entity
@Table(name = "extraction_result")
public class ExtractionResultEntity extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "pipeline_version")
    public String pipelineVersion;
    /** JSON written by the service layer's ObjectMapper. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
    @Column(name = "created_at")
    public Instant createdAt;
}
