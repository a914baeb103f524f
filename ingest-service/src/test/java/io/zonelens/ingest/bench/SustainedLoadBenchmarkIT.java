package io.zonelens.ingest.bench;

import io.restassured.path.json.JsonPath;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.delivery.ServiceProcess;
import io.zonelens.localpostgres.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sustained load on loopback: the three services as real processes on one PostgreSQL, documents posted to
 * ingest-service while clients query entities, search and observations, for minutes. Reports per-request
 * latency percentiles and errors (there must be none), then how long the processing backlog takes to drain.
 * {@code ./mvnw -Pbench verify -pl ingest-service -am -Dit.test=SustainedLoadBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.load.seconds=120} sets the length.
 */
@Tag("bench")
class SustainedLoadBenchmarkIT {

    private static final int SECONDS = Integer.getInteger("bench.load.seconds", 120);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.load.warmup", 20);
    private static final int WRITERS = Integer.getInteger("bench.load.writers", 2);
    private static final int READERS = Integer.getInteger("bench.load.readers", 6);
    private static final List<String> ENTITY_TERMS = List.of("保税区", "南昌", "海关", "天津", "综合保税区", "管委会");
    private static final List<String> SEARCH_TERMS = List.of("进出口总额", "跨境电商", "综合保税区", "招商引资", "营商环境");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServices() {
        ServiceProcess.launchAll(PostgresTestResource.datasource(), Map.of());
    }

    @AfterAll
    static void stopServices() {
        ServiceProcess.stopAll();
    }

    @Test
    void ingestAndQueriesTogetherForMinutesWithoutAnError() throws Exception {
        load(WARMUP_SECONDS, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentLinkedQueue<>());
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Queue<String> posted = new ConcurrentLinkedQueue<>();
        load(SECONDS, latencies, errors, posted);

        long loadEnded = System.nanoTime();
        List<String> documents = List.copyOf(posted);
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() -> documents.stream()
                .allMatch(id -> "PROCESSED".equals(JsonPath.from(get(ServiceProcess.INGEST.baseUrl() + "/api/v1/documents/" + id)).getString("status"))));
        double drainSeconds = (System.nanoTime() - loadEnded) / 1e9;

        StringBuilder report = new StringBuilder(String.format("""
                %d s of load after %d s of warm-up, %d writer and %d reader clients on loopback; three services and PostgreSQL on this machine.

                | request | count | per s | p50 ms | p99 ms | max ms | errors |
                | --- | --- | --- | --- | --- | --- | --- |
                """, SECONDS, WARMUP_SECONDS, WRITERS, READERS));
        latencies.keySet().stream().sorted().forEach(name -> {
            List<Long> sorted = latencies.get(name).stream().sorted().toList();
            report.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", name, sorted.size(), sorted.size() / (double) SECONDS,
                    BenchFigures.percentile(sorted, 0.50), BenchFigures.percentile(sorted, 0.99), BenchFigures.percentile(sorted, 1.0),
                    errors.getOrDefault(name, new AtomicLong()).get()));
        });
        report.append(String.format("%n%d documents accepted; all PROCESSED (delivered to both services) %.1f s after the load ended "
                + "(%.2f documents/s end to end).%n", documents.size(), drainSeconds, documents.size() / (SECONDS + drainSeconds)));
        Path out = Path.of("target", "bench", "load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nSustained load benchmark\n" + report);

        assertEquals(0L, errors.values().stream().mapToLong(AtomicLong::get).sum(), "no request may fail under load: " + errors);
    }

    /** Writers post documents and readers query all three services until {@code seconds} have passed. */
    private static void load(int seconds, Map<String, List<Long>> latencies, Map<String, AtomicLong> errors, Queue<String> posted)
            throws InterruptedException {
        List<byte[]> samples = Samples.FILES.stream().map(Samples::bytes).toList();
        AtomicLong sequence = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);

        ExecutorService clients = Executors.newFixedThreadPool(WRITERS + READERS);
        for (int w = 0; w < WRITERS; w++) {
            clients.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long n = sequence.incrementAndGet();
                    byte[] body = BenchFigures.unique(samples.get((int) (n % samples.size())), "负载" + seconds + "秒" + n + "号");
                    HttpResponse<String> response = timed("POST ingest /api/v1/documents", latencies, errors, HttpRequest.newBuilder(
                            URI.create(ServiceProcess.INGEST.baseUrl() + "/api/v1/documents"))
                            .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
                    if (response != null && response.statusCode() == 201) {
                        posted.add(JsonPath.from(response.body()).getString("id"));
                    }
                }
                return null;
            });
        }
        List<Function<Long, RequestOf>> reads = List.of(
                n -> new RequestOf("GET query /api/v1/entities?q=", ServiceProcess.QUERY.baseUrl() + "/api/v1/entities?q="
                        + encode(ENTITY_TERMS.get((int) (n % ENTITY_TERMS.size())))),
                n -> new RequestOf("GET query /api/v1/search?q=", ServiceProcess.QUERY.baseUrl() + "/api/v1/search?q="
                        + encode(SEARCH_TERMS.get((int) (n % SEARCH_TERMS.size())))),
                n -> new RequestOf("GET indicator /api/v1/observations", ServiceProcess.INDICATOR.baseUrl() + "/api/v1/observations?size=20"),
                n -> new RequestOf("GET ingest /api/v1/documents", ServiceProcess.INGEST.baseUrl() + "/api/v1/documents?size=20"));
        for (int r = 0; r < READERS; r++) {
            int reader = r;
            clients.submit(() -> {
                for (long n = reader; System.nanoTime() < deadline; n++) {
                    RequestOf read = reads.get((int) (n % reads.size())).apply(n);
                    timed(read.name(), latencies, errors, HttpRequest.newBuilder(URI.create(read.url())).GET());
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS));

    }

    private record RequestOf(String name, String url) {
    }

    private static HttpResponse<String> timed(String name, Map<String, List<Long>> latencies, Map<String, AtomicLong> errors,
                                              HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            latencies.computeIfAbsent(name, key -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
            if (response.statusCode() >= 400) {
                errors.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
            }
            return response;
        } catch (IOException e) {
            errors.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String term) {
        return URLEncoder.encode(term, StandardCharsets.UTF_8);
    }
}
