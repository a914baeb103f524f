package io.zonelens.ingest.extraction.entity;

public enum EntityType {
    PERSON, POSITION, GOVERNMENT, ORGANIZATION, COMPANY, ZONE, PLACE, POLICY
}
