package io.zonelens.ingest.extraction.text;

/** Bytes that cannot be decoded in the declared or detected charset. */
public class UndecodableContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UndecodableContentException(String message) {
        super(message);
    }
}
