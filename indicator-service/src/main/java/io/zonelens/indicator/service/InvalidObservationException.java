package io.zonelens.indicator.service;

/** An observation that cannot be right as delivered (no value and no words, offsets outside its sentence). */
public class InvalidObservationException extends RuntimeException {

    public InvalidObservationException(String message) {
        super(message);
    }
}
