package io.zonelens.ingest.service;

import io.zonelens.ingest.extraction.text.NormalizedDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A submission normalized and validated, with the id its content gives it; nothing stored yet. */
public record PreparedDocument(String id, NormalizedDocument normalized, DocumentSubmission submission) {

    /** The first 64 bits of the body's SHA-256: the same body always gets the same id, whatever the metadata. */
    static String idFor(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
