package io.zonelens.ingest.bench;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.service.WorkersOff;
import io.zonelens.localpostgres.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Intake throughput: the five samples, made unique per round, posted over HTTP by concurrent clients to the real
 * service and a real PostgreSQL (normalize + store + enqueue), with background processing off so intake alone is
 * measured. In the same run, normalization alone, single-threaded, for the ratio. Only in the bench profile:
 * {@code ./mvnw -Pbench -pl ingest-service -am verify}. Figures go to target/bench/intake.md.
 */
@QuarkusTest
@Tag("bench")
@TestProfile(WorkersOff.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class IntakeBenchmark {

    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @TestHTTPResource("/api/v1/documents")
    URL documents;

    @Inject
    DocumentNormalizer normalizer;

    @Test
    void intakeThroughput() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<byte[]> samples = Samples.FILES.stream().map(Samples::bytes).toList();
        long bytesPerRound = samples.stream().mapToLong(sample -> sample.length).sum();

        post(client, samples, "warmup", WARMUP_ROUNDS);
        List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        int stored = post(client, samples, "measured", ROUNDS, latenciesNanos);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(ROUNDS * samples.size(), stored, "every benchmark document must be stored");

        double normalizeDocsPerSecond = normalizeOnly(samples);
        List<Long> sorted = latenciesNanos.stream().sorted().toList();
        String report = String.format("""
                | figure | value |
                | --- | --- |
                | documents posted (samples x %d rounds, %d clients) | %d |
                | intake throughput (normalize + store), documents/s | %.1f |
                | intake throughput, MB/s of raw text | %.2f |
                | latency p50 / p99 / max, ms | %.1f / %.1f / %.1f |
                | normalization alone, one thread, documents/s | %.1f |
                """, ROUNDS, CLIENTS, stored, stored / seconds, bytesPerRound * ROUNDS / seconds / 1e6,
                BenchFigures.percentile(sorted, 0.50), BenchFigures.percentile(sorted, 0.99), BenchFigures.percentile(sorted, 1.0), normalizeDocsPerSecond);
        Path out = Path.of("target", "bench", "intake.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\nIntake benchmark\n" + report);
    }

    private int post(HttpClient client, List<byte[]> samples, String tag, int rounds) throws Exception {
        return post(client, samples, tag, rounds, new ArrayList<>());
    }

    private int post(HttpClient client, List<byte[]> samples, String tag, int rounds, List<Long> latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        int total = rounds * samples.size();
        String run = tag + "-" + System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        byte[] body = BenchFigures.unique(samples.get(i % samples.size()), run + "-" + i);
                        long start = System.nanoTime();
                        HttpResponse<Void> response = send(client, body);
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() == 201) {
                            created.incrementAndGet();
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
        return created.get();
    }

    private HttpResponse<Void> send(HttpClient client, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(documents.toString()))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private double normalizeOnly(List<byte[]> samples) {
        List<String> texts = samples.stream().map(sample -> new String(sample, StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            texts.forEach(text -> normalizer.normalize(text, "text/plain", null, null));
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            texts.forEach(text -> normalizer.normalize(text, "text/plain", null, null));
        }
        return ROUNDS * texts.size() / ((System.nanoTime() - start) / 1e9);
    }
}
