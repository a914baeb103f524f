package io.zonelens.query.service;

/** A delivery whose parts do not fit together (a mention naming no delivered entity, offsets outside the text). */
public class InvalidFactsException extends RuntimeException {

    public InvalidFactsException(String message) {
        super(message);
    }
}
