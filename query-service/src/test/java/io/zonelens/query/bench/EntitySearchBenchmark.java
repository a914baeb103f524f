package io.zonelens.query.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Entity search latency with 100k entities, 100k aliases and 1M mentions loaded: 32 concurrent clients on loopback
 * for a fixed time, over real HTTP. Only in the bench profile: {@code ./mvnw -Pbench -pl query-service -am verify}.
 * Figures go to target/bench/entity-search.md.
 */
@QuarkusTest
@Tag("bench")
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class EntitySearchBenchmark {

    private static final int ENTITIES = 100_000;
    private static final int MENTIONS = 1_000_000;
    private static final int DOCUMENTS = 10_000;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final String[] PLACES = {"天津", "南昌", "广州", "郑州", "重庆", "成都", "西安", "武汉", "苏州", "青岛",
            "宁波", "厦门", "合肥", "长沙", "昆明", "南宁", "贵阳", "沈阳", "大连", "哈尔滨"};
    private static final String[] KINDS = {"综合保税区", "经济技术开发区", "海关", "管理委员会", "科技有限公司"};
    private static final String[] TYPES = {"ZONE", "ZONE", "GOVERNMENT", "GOVERNMENT", "COMPANY"};

    @TestHTTPResource("/api/v1/entities")
    URL entities;

    @Inject
    EntityManager em;

    @Test
    void entitySearchLatency() throws Exception {
        long loadStarted = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        double heapBefore = heapAfterFullGc();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        run(client, WARMUP, new ArrayList<>(), new AtomicInteger());
        // The first searches read the bulk-loaded entities into the in-memory index; what stays is its size.
        double indexMegabytes = heapAfterFullGc() - heapBefore;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        run(client, MEASURE, latencies, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(0, errors.get(), "requests failed during the benchmark");

        List<Long> sorted = latencies.stream().sorted().toList();
        String report = String.format("""
                | figure | value |
                | --- | --- |
                | data | %d entities, %d aliases, %d mentions in %d documents (loaded in %.0f s) |
                | clients, duration | %d concurrent, %.0f s after %d s warm-up |
                | requests, errors | %d, %d |
                | throughput, requests/s | %.0f |
                | latency p50 / p90 / p99 / max, ms | %.1f / %.1f / %.1f / %.1f |
                | heap held by the entity index (in use after a full GC, after the warm-up minus before), MB | %.0f |
                """, ENTITIES, ENTITIES, MENTIONS, DOCUMENTS, loadSeconds, CLIENTS, seconds, WARMUP.toSeconds(),
                sorted.size(), errors.get(), sorted.size() / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), percentile(sorted, 1.0), indexMegabytes);
        Path out = Path.of("target", "bench", "entity-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nEntity search benchmark\n" + report);
    }

    /** A mix an analyst's tools send: a full name, an alias, a fragment, a fragment within a type. */
    private String randomQuery() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int n = random.nextInt(1, ENTITIES + 1);
        String place = PLACES[n % PLACES.length];
        String kind = KINDS[n % KINDS.length];
        return switch (random.nextInt(4)) {
            case 0 -> "q=" + encode(place + n + kind);
            case 1 -> "q=" + encode(place + n + (kind.equals("综合保税区") ? "综保区" : kind));
            case 2 -> "q=" + encode(place + n);
            default -> "q=" + encode(place + (n % 100)) + "&type=" + TYPES[n % TYPES.length];
        };
    }

    private void run(HttpClient client, Duration duration, List<Long> latencies, AtomicInteger errors) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(entities + "?" + randomQuery()))
                                .timeout(Duration.ofSeconds(10)).build();
                        long start = System.nanoTime();
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** Bulk data straight into the tables (the write path is not what is measured); skipped when already there. */
    private void load() {
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            long present = ((Number) em.createNativeQuery("select count(*) from entity").getSingleResult()).longValue();
            if (present >= ENTITIES) {
                return;
            }
            em.createNativeQuery("""
                    insert into document (id, title, body, pipeline_version, extracted_at, published_at)
                    select lpad(to_hex(g), 16, '0'), '基准文档' || g, '基准正文' || g, 'bench', now(), now() - g * interval '1 hour'
                      from generate_series(1, :documents) g
                    on conflict do nothing
                    """).setParameter("documents", DOCUMENTS).executeUpdate();
            em.createNativeQuery("""
                    insert into entity (name, type)
                    select (:places)[1 + g % array_length(:places, 1)] || g || (:kinds)[1 + g % 5],
                           (:types)[1 + g % 5]
                      from generate_series(1, :entities) g
                    on conflict do nothing
                    """).setParameter("places", PLACES).setParameter("kinds", KINDS).setParameter("types", TYPES)
                    .setParameter("entities", ENTITIES).executeUpdate();
            em.createNativeQuery("""
                    insert into entity_alias (entity_id, alias)
                    select id, replace(replace(name, '综合保税区', '综保区'), '经济技术开发区', '经开区') || '·' from entity
                    on conflict do nothing
                    """).executeUpdate();
            em.createNativeQuery("""
                    insert into mention (entity_id, document_id, text, start_offset, end_offset, sentence_start, sentence_end)
                    select e.id, lpad(to_hex(1 + g % :documents), 16, '0'), '提及', 0, 2, 0, 4
                      from generate_series(1, :mentions) g
                      join entity e on e.id = (select min(id) from entity) + (g::bigint * 7919) % :entities
                    """).setParameter("documents", DOCUMENTS).setParameter("mentions", MENTIONS).setParameter("entities", ENTITIES)
                    .executeUpdate();
            em.createNativeQuery("""
                    update entity e set mention_count = s.mentions, document_count = s.documents
                      from (select entity_id, count(*) mentions, count(distinct document_id) documents from mention group by entity_id) s
                     where e.id = s.entity_id
                    """).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
    }

    private static double heapAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Long> sortedNanos, double quantile) {
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
