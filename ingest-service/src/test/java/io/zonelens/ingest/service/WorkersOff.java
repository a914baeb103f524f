package io.zonelens.ingest.service;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The background workers stay idle, so a test drives the queue itself. */
public class WorkersOff implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zonelens.ingest.worker.enabled", "false");
    }
}
