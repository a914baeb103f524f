package io.zonelens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.zonelens.ingest.client.Destination;
import io.zonelens.ingest.config.IngestConfig;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.repository.ClaimedJob;
import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentRepository;
import io.zonelens.ingest.repository.DocumentStatus;
import io.zonelens.ingest.repository.ExtractionResultEntity;
import io.zonelens.ingest.repository.OutboxRepository;
import io.zonelens.ingest.repository.ProcessingJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims processing jobs and runs the pipeline on their documents. The pipeline runs outside any transaction (it
 * is CPU work and must not hold a connection); its result, what each destination is owed (the outbox), and the
 * job's completion are written in one transaction that only succeeds while this worker still holds the lease.
 */
@ApplicationScoped
public class DocumentProcessingService {

    private static final Logger LOG = Logger.getLogger(DocumentProcessingService.class);

    private final ProcessingJobRepository jobs;
    private final DocumentRepository documents;
    private final Pipeline pipeline;
    private final OutboxRepository outbox;
    private final List<Destination> destinations;
    private final ObjectMapper mapper;
    /** Workers whose replica is stopping (see {@link #releaseClaims}). */
    private final java.util.Set<String> released = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final IngestConfig.Worker settings;

    public DocumentProcessingService(ProcessingJobRepository jobs, DocumentRepository documents, Pipeline pipeline,
                                     OutboxRepository outbox, Instance<Destination> destinations, ObjectMapper mapper,
                                     IngestConfig config) {
        this.jobs = jobs;
        this.documents = documents;
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.destinations = destinations.stream().filter(Destination::enabled).toList();
        this.mapper = mapper;
        this.settings = config.worker();
    }

    /** Claims up to the configured number of jobs as {@code worker} and processes them; returns the document ids it completed. */
    public List<String> processClaimable(String worker) {
        List<ClaimedJob> claimed = QuarkusTransaction.requiringNew().call(() -> {
            List<ClaimedJob> jobsTaken = jobs.claim(worker, settings.claimSize(), settings.lease());
            jobsTaken.forEach(job -> documents.update("status = ?1 where id = ?2", DocumentStatus.PROCESSING, job.documentId()));
            return jobsTaken;
        });
        List<String> completed = new ArrayList<>();
        for (ClaimedJob job : claimed) {
            if (released.contains(worker)) {
                break; // the rest of this claim is back in the queue for another replica
            }
            if (process(job, worker)) {
                completed.add(job.documentId());
            }
        }
        return completed;
    }

    /**
     * Hands the jobs {@code worker} holds back to the queue when its replica stops, so another takes them at once
     * rather than after the lease; their documents are RECEIVED again. The worker processes nothing more of its claim.
     */
    public int releaseClaims(String worker) {
        released.add(worker);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> documentIds = jobs.release(worker);
            if (!documentIds.isEmpty()) {
                documents.update("status = ?1 where id in ?2 and status = ?3", DocumentStatus.RECEIVED, documentIds, DocumentStatus.PROCESSING);
            }
            return documentIds.size();
        });
    }

    private boolean process(ClaimedJob job, String worker) {
        try {
            DocumentEntity document = QuarkusTransaction.requiringNew().call(() -> documents.findById(job.documentId()));
            AnalyzedDocument analyzed = pipeline.run(AnalyzedDocument.of(document.id, document.title, document.publishedAt(), document.source, document.body));
            String result = mapper.writeValueAsString(ExtractionResult.of(pipeline.version(), analyzed));
            Map<String, String> owed = new LinkedHashMap<>();
            for (Destination destination : destinations) {
                owed.put(destination.name(), mapper.writeValueAsString(destination.payload(document, analyzed, pipeline.version())));
            }
            return QuarkusTransaction.requiringNew().call(() -> complete(job, worker, result, owed));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf(e, "processing document %s failed (attempt %d)", job.documentId(), job.attempt());
            QuarkusTransaction.requiringNew().run(() -> recordFailure(job, worker, describe(e)));
            return false;
        }
    }

    private boolean complete(ClaimedJob job, String worker, String result, Map<String, String> owed) {
        if (!jobs.complete(job, worker)) {
            // Our lease ran out and another replica took the job over: its result is the one that counts.
            LOG.infof("job %d for document %s was taken over by another worker; dropping this result", job.jobId(), job.documentId());
            return false;
        }
        ExtractionResultEntity stored = ExtractionResultEntity.findById(job.documentId());
        if (stored == null) {
            stored = new ExtractionResultEntity();
            stored.documentId = job.documentId();
        }
        stored.pipelineVersion = pipeline.version();
        stored.result = result;
        stored.createdAt = Instant.now();
        stored.persist();
        owed.forEach((destination, payload) -> outbox.owe(job.documentId(), destination, payload));
        // With destinations, the document is PROCESSED once they have all acknowledged it (see OutboxRelay).
        if (owed.isEmpty()) {
            documents.update("status = ?1, failureReason = null, processedAt = ?2 where id = ?3",
                    DocumentStatus.PROCESSED, Instant.now(), job.documentId());
        } else {
            documents.update("failureReason = null where id = ?1", job.documentId());
        }
        return true;
    }

    private void recordFailure(ClaimedJob job, String worker, String reason) {
        if (job.attempt() >= settings.maxAttempts()) {
            if (jobs.fail(job, worker, reason)) {
                documents.update("status = ?1, failureReason = ?2 where id = ?3", DocumentStatus.FAILED, reason, job.documentId());
            }
        } else {
            Duration backoff = settings.retryBackoff().multipliedBy(1L << Math.min(job.attempt() - 1, 10));
            jobs.retryLater(job, worker, reason, backoff);
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
