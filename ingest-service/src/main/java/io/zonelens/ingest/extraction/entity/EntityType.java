package io.zonelens.ingest.extraction.entity;

public enum EntityType {
    PERSON, POSITION, GOVERNMENT, ORGANIZATION, COMPANY, ZONE, PLACE, POLICY;

    /** Bodies, organizations and companies: what a name ending in 局, 协会 or 公司 can be. */
    public boolean isInstitution() {
        return this == GOVERNMENT || this == ORGANIZATION || this == COMPANY;
    }
}
