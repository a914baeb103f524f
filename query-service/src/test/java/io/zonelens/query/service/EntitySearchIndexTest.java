package io.zonelens.query.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.query.repository.IndexedEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-memory entity search follows writes it did not make itself: another replica's, even one committed late. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class EntitySearchIndexTest {

    private static final Duration WITHIN_STALENESS = Duration.ofSeconds(15);

    @Inject
    EntitySearchIndex index;

    @Inject
    EntityManager em;

    private List<String> found(String q) {
        return index.search(q, null, 0, 10).items().stream().map(IndexedEntity::name).toList();
    }

    private void insert(String name) {
        em.createNativeQuery("insert into entity (name, type) values (:name, 'ZONE')").setParameter("name", name).executeUpdate();
    }

    @Test
    void anEntityWrittenByAnotherReplicaIsFoundWithinTheStalenessInterval() {
        String name = "另一副本写入的保税区" + UUID.randomUUID();
        found("保税区");
        QuarkusTransaction.requiringNew().run(() -> insert(name));

        await().atMost(WITHIN_STALENESS).until(() -> found(name).equals(List.of(name)));
    }

    @Test
    void aTransactionThatCommitsAfterALaterOneIsNotSkipped() throws Exception {
        String early = "先开始后提交的综保区" + UUID.randomUUID();
        String late = "后开始先提交的综保区" + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            insert(early);
            inserted.countDown();
            try {
                assertTrue(commit.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(inserted.await(30, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().run(() -> insert(late));
        await().atMost(WITHIN_STALENESS).until(() -> found(late).equals(List.of(late)));
        assertEquals(List.of(), found(early), "not committed yet");

        commit.countDown();
        slow.get(30, TimeUnit.SECONDS);
        await().atMost(WITHIN_STALENESS).until(() -> found(early).equals(List.of(early)));
    }
}
