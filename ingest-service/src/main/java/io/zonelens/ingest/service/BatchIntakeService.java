package io.zonelens.ingest.service;

import io.zonelens.ingest.config.IngestConfig;
import io.zonelens.ingest.extraction.text.UndecodableContentException;
import io.zonelens.ingest.repository.BatchItemEntity;
import io.zonelens.ingest.repository.BatchItemRepository;
import io.zonelens.ingest.repository.BatchJobEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * NDJSON batches: accepted whole (every line stored with the job in one transaction), then taken in line by line
 * by any replica. A bad line is recorded with its line number and does not stop the others.
 */
@ApplicationScoped
public class BatchIntakeService {

    private final BatchItemRepository items;
    private final JsonSubmissionReader reader;
    private final DocumentIntakeService intake;
    private final IngestConfig config;

    public BatchIntakeService(BatchItemRepository items, JsonSubmissionReader reader, DocumentIntakeService intake,
                              IngestConfig config) {
        this.items = items;
        this.reader = reader;
        this.intake = intake;
        this.config = config;
    }

    @Transactional
    public BatchProgress accept(byte[] body) {
        List<String> lines = decodeUtf8(body).lines().toList();
        long documents = lines.stream().filter(line -> !line.isBlank()).count();
        if (documents == 0) {
            throw RejectedInputException.invalid("the batch holds no documents: send one JSON object per line");
        }
        if (documents > config.maxBatchLines()) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "the batch holds " + documents + " documents; at most " + config.maxBatchLines() + " are accepted at once");
        }
        BatchJobEntity batch = new BatchJobEntity();
        batch.id = UUID.randomUUID();
        batch.total = (int) documents;
        batch.createdAt = Instant.now();
        batch.persist();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                items.persist(BatchItemEntity.pending(batch.id, i + 1, lines.get(i)));
            }
        }
        return new BatchProgress(batch.id, BatchProgress.Status.QUEUED, batch.total, 0, 0, List.of(), List.of(), batch.createdAt);
    }

    /** Takes in the oldest pending line of any batch; false when there was none to take. */
    @Transactional
    public boolean processNextLine() {
        Optional<BatchItemEntity> next = items.lockNextPending();
        if (next.isEmpty()) {
            return false;
        }
        BatchItemEntity item = next.get();
        try {
            PreparedDocument prepared = intake.prepare(reader.read(item.payload));
            item.documentId = intake.store(prepared).document().id;
            item.status = BatchItemEntity.DONE;
        } catch (RejectedInputException | UndecodableContentException e) {
            item.status = BatchItemEntity.FAILED;
            item.error = e.getMessage();
        }
        item.finishedAt = Instant.now();
        return true;
    }

    @Transactional
    public Optional<BatchProgress> progress(UUID batchId) {
        BatchJobEntity batch = BatchJobEntity.findById(batchId);
        if (batch == null) {
            return Optional.empty();
        }
        Map<String, Long> counts = items.countByStatus(batchId);
        int processed = counts.getOrDefault(BatchItemEntity.DONE, 0L).intValue();
        int failed = counts.getOrDefault(BatchItemEntity.FAILED, 0L).intValue();
        BatchProgress.Status status = processed + failed == batch.total ? BatchProgress.Status.COMPLETED
                : processed + failed == 0 ? BatchProgress.Status.QUEUED : BatchProgress.Status.RUNNING;
        List<BatchProgress.LineError> errors = new ArrayList<>();
        for (BatchItemEntity item : items.finished(batchId, BatchItemEntity.FAILED)) {
            errors.add(new BatchProgress.LineError(item.key.lineNumber(), item.error));
        }
        List<String> documentIds = items.finished(batchId, BatchItemEntity.DONE).stream().map(item -> item.documentId).toList();
        return Optional.of(new BatchProgress(batch.id, status, batch.total, processed, failed, errors, documentIds, batch.createdAt));
    }

    /** NDJSON is UTF-8 by definition; anything else is refused rather than guessed. */
    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(RejectedInputException.Reason.UNPROCESSABLE, "an NDJSON batch must be UTF-8");
        }
    }
}
