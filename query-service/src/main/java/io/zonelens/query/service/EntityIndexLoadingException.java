package io.zonelens.query.service;

/** Entity search was asked before this replica's index was first loaded (readiness is down meanwhile). */
public class EntityIndexLoadingException extends RuntimeException {

    public EntityIndexLoadingException() {
        super("entity search is loading its index; retry shortly");
    }
}
