package io.zonelens.ingest.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A destination reached with an idempotent PUT of the stored JSON payload. */
abstract class RestDestination implements Destination {

    private final String name;
    private final boolean enabled;
    private final ObjectMapper mapper;

    RestDestination(String name, boolean enabled, ObjectMapper mapper) {
        this.name = name;
        this.enabled = enabled;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void deliver(String documentId, String payloadJson) {
        JsonNode body;
        try {
            body = mapper.readTree(payloadJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of document " + documentId + " is not JSON", e);
        }
        put(documentId, body);
    }

    protected abstract void put(String documentId, JsonNode body);
}
