package io.zonelens.ingest.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A destination reached with an idempotent PUT of the stored payload, read back as its contract type. */
abstract class RestDestination<T> implements Destination {

    private final String name;
    private final boolean enabled;
    private final ObjectMapper mapper;
    private final Class<T> type;

    RestDestination(String name, boolean enabled, ObjectMapper mapper, Class<T> type) {
        this.name = name;
        this.enabled = enabled;
        this.mapper = mapper;
        this.type = type;
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
        T body;
        try {
            body = mapper.readValue(payloadJson, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload of document " + documentId + " is not a " + type.getSimpleName(), e);
        }
        try {
            put(documentId, body);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // The generated clients' checked ApiException: the destination answered with an error status.
            throw new DeliveryRefusedException(name + " refused document " + documentId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The call itself, under the subclass's retry and circuit breaker (intercepted although called from
     * {@link #deliver}: Quarkus intercepts self-invocation). Not private, or it would not be intercepted.
     */
    protected abstract void put(String documentId, T body) throws Exception;
}
