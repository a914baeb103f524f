package io.zonelens.ingest.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.ingest.repository.ClaimedJob;
import io.zonelens.ingest.repository.DocumentEntity;
import io.zonelens.ingest.repository.DocumentRepository;
import io.zonelens.ingest.repository.DocumentStatus;
import io.zonelens.ingest.repository.ExtractionResultEntity;
import io.zonelens.ingest.repository.OutboxEntity;
import io.zonelens.ingest.repository.OutboxRepository;
import io.zonelens.ingest.repository.ProcessingJobEntity;
import io.zonelens.ingest.repository.ProcessingJobRepository;
import io.zonelens.localpostgres.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workers in several replicas share the queue: every document is processed, and none twice. */
@QuarkusTest
@TestProfile(WorkersOff.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentProcessingTest {

    @Inject
    DocumentIntakeService intake;
    @Inject
    DocumentProcessingService processing;
    @Inject
    ProcessingJobRepository jobs;
    @Inject
    DocumentRepository documents;
    @Inject
    EntityManager entityManager;
    @Inject
    IntakeWorkers workers;
    @Inject
    OutboxRepository outbox;

    private String submit(String marker) {
        String text = "天津港保税区第" + marker + "号公告\n\n稿源:测试   2024-01-02 08:00\n\n本区发布支持企业发展措施。编号" + marker + "。\n";
        return intake.ingest(DocumentSubmission.ofText(text, "UTF-8", "text/plain", null, null)).document().id;
    }

    @Test
    void twoWorkersDrainingTheQueueAtOnceNeverTakeTheSameDocument() throws Exception {
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            submitted.add(submit(UUID.randomUUID().toString()));
        }

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = replicas.submit(drain("replica-a"));
            Future<List<String>> b = replicas.submit(drain("replica-b"));
            List<String> byA = a.get();
            List<String> byB = b.get();

            Set<String> all = new HashSet<>(byA);
            all.addAll(byB);
            assertEquals(byA.size() + byB.size(), all.size(), "a document was processed by both workers");
            assertTrue(all.containsAll(submitted), "a document was not processed");
            assertFalse(byA.isEmpty() || byB.isEmpty(), "both workers should have taken part");
        } finally {
            replicas.shutdownNow();
        }

        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : submitted) {
                assertEquals(DocumentStatus.PROCESSED, documents.findById(id).status);
                assertTrue(ExtractionResultEntity.findByIdOptional(id).isPresent());
                ProcessingJobEntity job = jobs.find("documentId", id).singleResult();
                assertEquals(ProcessingJobEntity.DONE, job.status);
                assertEquals(1, job.attempts, "claimed more than once");
            }
        });
    }

    private Callable<List<String>> drain(String worker) {
        return () -> {
            List<String> processed = new ArrayList<>();
            List<String> round;
            while (!(round = processing.processClaimable(worker)).isEmpty()) {
                processed.addAll(round);
            }
            return processed;
        };
    }

    @Test
    void aStoppingReplicaHandsItsJobsAndDeliveriesBackAtOnce() {
        String id = submit(UUID.randomUUID().toString());
        String stopping = workers.workerId();
        ClaimedJob held = QuarkusTransaction.requiringNew().call(() -> jobs.claim(stopping, 1000, Duration.ofMinutes(5)).stream()
                .filter(job -> job.documentId().equals(id)).findFirst().orElseThrow());
        QuarkusTransaction.requiringNew().run(() -> outbox.owe(id, "stopping-test", "{}"));
        QuarkusTransaction.requiringNew().run(() -> outbox.claim(stopping, 1000, Duration.ofMinutes(5)));

        workers.onStop(null);

        QuarkusTransaction.requiringNew().run(() -> {
            ProcessingJobEntity job = jobs.find("documentId", id).singleResult();
            assertEquals(ProcessingJobEntity.PENDING, job.status, "the job waits for its lease to run out");
            assertEquals(0, job.attempts, "a replica stopping is no failed attempt");
            assertEquals(DocumentStatus.RECEIVED, documents.findById(id).status);
            OutboxEntity delivery = outbox.find("documentId = ?1 and destination = ?2", id, "stopping-test").singleResult();
            assertEquals(OutboxEntity.PENDING, delivery.status);
            assertEquals(null, delivery.worker);
            outbox.delete(delivery);
        });
        List<String> takenOver = new ArrayList<>();
        List<String> round;
        while (!(round = processing.processClaimable("healthy-replica")).isEmpty()) {
            takenOver.addAll(round);
        }
        assertTrue(takenOver.contains(id), "another replica takes the job at once");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.complete(held, stopping)), "the stopped replica's late result is fenced off");
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, jobs.find("documentId", id).singleResult().attempts));
    }

    @Test
    void aJobWhoseLeaseRanOutIsTakenOverAndTheFirstWorkerCannotCompleteIt() {
        String id = submit(UUID.randomUUID().toString());
        ClaimedJob stale = QuarkusTransaction.requiringNew().call(() -> {
            ClaimedJob claimed = jobs.claim("crashed-replica", 1000, Duration.ofMinutes(5)).stream()
                    .filter(job -> job.documentId().equals(id)).findFirst().orElseThrow();
            // The replica dies and its lease runs out.
            entityManager.createNativeQuery("update processing_job set lease_until = now() - interval '1 second' where id = :id")
                    .setParameter("id", claimed.jobId()).executeUpdate();
            return claimed;
        });

        List<String> takenOver = new ArrayList<>();
        List<String> round;
        while (!(round = processing.processClaimable("healthy-replica")).isEmpty()) {
            takenOver.addAll(round);
        }
        assertTrue(takenOver.contains(id));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.complete(stale, "crashed-replica")),
                "the replica that lost its lease completed the job");
        DocumentEntity document = QuarkusTransaction.requiringNew().call(() -> documents.findById(id));
        assertEquals(DocumentStatus.PROCESSED, document.status);
    }
}
