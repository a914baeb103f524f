package io.zonelens.query.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.Set;

/** A real-world thing documents talk about: one row per (type, canonical name), with its aliases. */
@Entity
@Table(name = "entity")
public class NamedEntity extends PanacheEntityBase {

    @Id
    public Long id;
    public String name;
    public String type;
    @Column(name = "mention_count")
    public int mentionCount;
    @Column(name = "document_count")
    public int documentCount;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;

    // Loaded for a whole page at once, not one query per entity.
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    @Column(name = "alias")
    public Set<String> aliases;
}
