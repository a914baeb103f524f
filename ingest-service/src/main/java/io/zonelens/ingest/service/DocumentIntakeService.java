package io.zonelens.ingest.service;

import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentRepository;
import io.zonelens.ingest.repository.DocumentStatus;
import io.zonelens.ingest.repository.ProcessingJobEntity;
import io.zonelens.ingest.repository.ProcessingJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/** Takes a document in: normalize, identify by content, store it and enqueue its processing in one transaction. */
@ApplicationScoped
public class DocumentIntakeService {

    private final DocumentNormalizer normalizer;
    private final DocumentRepository documents;
    private final ProcessingJobRepository jobs;

    public DocumentIntakeService(DocumentNormalizer normalizer, DocumentRepository documents, ProcessingJobRepository jobs) {
        this.normalizer = normalizer;
        this.documents = documents;
        this.jobs = jobs;
    }

    @Transactional
    public IntakeOutcome ingest(DocumentSubmission submission) {
        return store(prepare(submission));
    }

    /** Everything that can reject a submission happens here, before any write. */
    public PreparedDocument prepare(DocumentSubmission submission) {
        NormalizedDocument normalized = normalizer.normalize(submission.text(), submission.mediaType(),
                submission.filename(), submission.format());
        if (normalized.text().isBlank()) {
            throw new RejectedInputException(RejectedInputException.Reason.UNPROCESSABLE,
                    "no body text is left once page furniture is removed");
        }
        return new PreparedDocument(PreparedDocument.idFor(normalized.text()), normalized, submission);
    }

    /** Stores the document and its job unless the same content is already stored; joins the caller's transaction. */
    @Transactional
    public IntakeOutcome store(PreparedDocument prepared) {
        documents.lockId(prepared.id());
        Optional<DocumentEntity> existing = documents.findByIdOptional(prepared.id());
        if (existing.isPresent()) {
            return new IntakeOutcome(existing.get(), false);
        }
        Instant now = Instant.now();
        DocumentEntity document = toEntity(prepared, now);
        documents.persist(document);
        jobs.persist(ProcessingJobEntity.pendingFor(document.id, now));
        return new IntakeOutcome(document, true);
    }

    private static DocumentEntity toEntity(PreparedDocument prepared, Instant now) {
        NormalizedDocument normalized = prepared.normalized();
        DocumentSubmission given = prepared.submission();
        DocumentEntity document = new DocumentEntity();
        document.id = prepared.id();
        document.title = firstNonNull(given.title(), normalized.title());
        document.setPublishedAt(firstNonNull(given.publishedAt(), normalized.publishedAt()));
        document.source = firstNonNull(given.source(), normalized.source());
        document.url = firstNonNull(given.url(), normalized.url());
        document.author = normalized.author();
        document.editor = normalized.editor();
        document.format = normalized.format().name();
        document.filename = given.filename();
        document.charset = given.charset();
        document.body = normalized.text();
        document.status = DocumentStatus.RECEIVED;
        document.receivedAt = now;
        return document;
    }

    private static <T> T firstNonNull(T given, T read) {
        return given != null ? given : read;
    }
}
