package io.zonelens.ingest.service;

import io.zonelens.ingest.repository.DocumentEntity;

/** The stored document, and whether this submission created it (false: the same content was already there). */
public record IntakeOutcome(DocumentEntity document, boolean created) {
}
