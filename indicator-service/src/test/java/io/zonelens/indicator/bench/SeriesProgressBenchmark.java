package io.zonelens.indicator.bench;

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
 * Series and progress latency with 1M observations loaded (2,000 subjects x 25 indicators x 20 years, actuals and
 * targets), over real HTTP. Only in the bench profile: {@code ./mvnw -Pbench -pl indicator-service -am verify}.
 * Figures go to target/bench/series-progress.md.
 */
@QuarkusTest
@Tag("bench")
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class SeriesProgressBenchmark {

    private static final int SUBJECTS = 2_000;
    private static final int INDICATORS = 25;
    private static final int YEARS = 20;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 10));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

    @TestHTTPResource("/api/v1")
    URL api;

    @Inject
    EntityManager em;

    @Test
    void seriesAndProgressLatency() throws Exception {
        long loadStarted = System.nanoTime();
        long observations = load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

        HttpClient client = HttpClient.newHttpClient();
        run(client, WARMUP, new ArrayList<>(), new AtomicInteger());
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
                | data | %d observations: %d subjects x %d indicators x %d years, ACTUAL and TARGET (loaded in %.0f s) |
                | clients, duration | %d concurrent, %.0f s after %d s warm-up, series and progress alternating |
                | requests, errors | %d, %d |
                | throughput, requests/s | %.0f |
                | latency p50 / p90 / p99 / max, ms | %.1f / %.1f / %.1f / %.1f |
                """, observations, SUBJECTS, INDICATORS, YEARS, loadSeconds, CLIENTS, seconds, WARMUP.toSeconds(),
                sorted.size(), errors.get(), sorted.size() / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99), percentile(sorted, 1.0));
        Path out = Path.of("target", "bench", "series-progress.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nSeries and progress benchmark\n" + report);
    }

    private String randomRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String query = "?subject=" + encode("基准区" + random.nextInt(1, SUBJECTS + 1))
                + "&indicator=" + encode("基准指标" + random.nextInt(1, INDICATORS + 1));
        return (random.nextBoolean() ? "/series" : "/progress") + query;
    }

    private void run(HttpClient client, Duration duration, List<Long> latencies, AtomicInteger errors) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(api + randomRequest())).timeout(Duration.ofSeconds(10)).build();
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

    /** Bulk data straight into the tables (the write path is not what is measured). */
    private long load() {
        QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
            em.createNativeQuery("insert into subject (name, type) select '基准区' || g, 'ZONE' from generate_series(1, :n) g on conflict do nothing")
                    .setParameter("n", SUBJECTS).executeUpdate();
            em.createNativeQuery("insert into indicator (name) select '基准指标' || g from generate_series(1, :n) g on conflict do nothing")
                    .setParameter("n", INDICATORS).executeUpdate();
            em.createNativeQuery("""
                    insert into document_delivery (document_id, pipeline_version, extracted_at)
                    select lpad(to_hex(g), 16, '0'), 'bench', now() from generate_series(1, :n) g on conflict do nothing
                    """).setParameter("n", SUBJECTS).executeUpdate();
            em.createNativeQuery("""
                    insert into observation (document_id, subject_id, indicator_id, indicator_text, kind, measure, period_label,
                                             period_start, period_end, value, qualifier, unit, unit_text, normalized_value,
                                             sentence, start_offset, end_offset, sentence_start, sentence_end)
                    select lpad(to_hex(s.n), 16, '0'), s.id, i.id, i.name, case when y.y > 2024 then 'TARGET' else 'ACTUAL' end, 'LEVEL',
                           y.y::text, make_date(y.y, 1, 1), make_date(y.y, 12, 31), 100 * power(1.08, y.y - 2010), 'EXACT', 'CNY', '亿元',
                           1e10 * power(1.08, y.y - 2010), '基准句子。', 0, 2, 0, 5
                      from (select id, substr(name, 4)::int as n from subject where name like '基准区%') s
                      cross join (select id, name from indicator where name like '基准指标%') i
                      cross join generate_series(2010, 2009 + :years) as y(y)
                    """).setParameter("years", YEARS).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from observation").getSingleResult())).longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Long> sortedNanos, double quantile) {
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
