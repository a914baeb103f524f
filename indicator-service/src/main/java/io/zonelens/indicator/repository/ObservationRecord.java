package io.zonelens.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "observation")
public class ObservationRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "document_id")
    public String documentId;
    @Column(name = "subject_id")
    public long subjectId;
    @Column(name = "indicator_id")
    public long indicatorId;
    @Column(name = "indicator_text")
    public String indicatorText;
    public String kind;
    public String measure;
    @Column(name = "period_label")
    public String periodLabel;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public Double value;
    @Column(name = "upper_value")
    public Double upperValue;
    public String qualifier;
    @Column(name = "value_text")
    public String valueText;
    public String unit;
    @Column(name = "unit_text")
    public String unitText;
    @Column(name = "normalized_value")
    public Double normalizedValue;
    public boolean cumulative;
    /** Comma-separated, e.g. INCONSISTENT_GROWTH. */
    public String flags;
    public String sentence;
    @Column(name = "start_offset")
    public int start;
    @Column(name = "end_offset")
    public int end;
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "sentence_end")
    public int sentenceEnd;
}
