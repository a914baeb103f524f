package io.zonelens.ingest.client;

/** A destination answered with an error status (4xx/5xx); the outbox keeps the message as the row's last error. */
public class DeliveryRefusedException extends RuntimeException {

    DeliveryRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
