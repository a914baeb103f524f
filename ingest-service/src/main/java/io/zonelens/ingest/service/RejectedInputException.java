package io.zonelens.ingest.service;

/** Input the service will not take, with the reason a client can act on; nothing has been stored. */
public class RejectedInputException extends RuntimeException {

    public enum Reason {
        /** Malformed or incomplete request: 400. */
        INVALID,
        /** Over a configured limit: 413. */
        TOO_LARGE,
        /** Well-formed but its content cannot be used: 422. */
        UNPROCESSABLE
    }

    private final Reason reason;

    public RejectedInputException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static RejectedInputException invalid(String detail) {
        return new RejectedInputException(Reason.INVALID, detail);
    }
}
