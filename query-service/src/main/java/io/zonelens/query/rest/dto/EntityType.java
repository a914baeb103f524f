package io.zonelens.query.rest.dto;

public enum EntityType {
    PERSON, POSITION, GOVERNMENT, ORGANIZATION, COMPANY, ZONE, PLACE, POLICY
}
