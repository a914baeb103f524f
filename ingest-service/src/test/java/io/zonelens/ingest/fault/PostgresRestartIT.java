package io.zonelens.ingest.fault;

import io.restassured.path.json.JsonPath;
import io.zonelens.ingest.delivery.ServiceProcess;
import io.zonelens.localpostgres.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL restarted while ingest-service and query-service are under load: readiness goes down and comes back on
 * its own, no request fails with a 500 (an outage answers 503 problem+json), and every document accepted before or
 * after the outage is processed and delivered.
 */
class PostgresRestartIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    static Path dataDirectory;

    private static int port;
    private static LocalPostgres postgres;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One request's outcome, stamped with the phase it was sent in. */
    record Outcome(Phase phase, String request, int status, String contentType, String body) {
    }

    enum Phase { BEFORE, OUTAGE, AFTER }

    @BeforeAll
    static void startServices() throws IOException {
        port = freePort();
        postgres = LocalPostgres.start(dataDirectory, port);
        Map<String, String> datasource = Map.of("quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER, "quarkus.datasource.password", LocalPostgres.PASSWORD);
        // A job whose failure could not be recorded while the database was down is taken over when its lease ends:
        // short leases keep that within the test.
        ServiceProcess.launchAll(datasource, Map.of("zonelens.ingest.worker.lease", "PT5S", "zonelens.delivery.lease", "PT5S",
                "zonelens.ingest.worker.retry-backoff", "PT1S", "zonelens.delivery.backoff", "PT0.5S"));
    }

    @AfterAll
    static void stopServices() throws IOException {
        ServiceProcess.stopAll();
        postgres.close();
    }

    @Test
    void servicesRideOutAPostgresRestartWithoutA500() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Queue<String> accepted = new ConcurrentLinkedQueue<>();
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        load.submit(() -> loop(loading, () -> outcomes.add(send(phase, get(ServiceProcess.QUERY, "/api/v1/entities?q=%E4%BF%9D%E7%A8%8E")))));
        load.submit(() -> loop(loading, () -> outcomes.add(send(phase, get(ServiceProcess.INGEST, "/api/v1/documents?size=5")))));
        load.submit(() -> loop(loading, () -> {
            Outcome posted = send(phase, HttpRequest.newBuilder(URI.create(ServiceProcess.INGEST.baseUrl() + "/api/v1/documents"))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("综合保税区通知\n\n本区发布重启测试" + run + "第" + UUID.randomUUID() + "号措施。\n"))
                    .timeout(Duration.ofSeconds(10)).build());
            outcomes.add(posted);
            if (posted.status() == 201 || posted.status() == 202) {
                accepted.add(JsonPath.from(posted.body()).getString("id"));
            }
        }));

        await().atMost(PATIENCE).until(() -> outcomes.stream().filter(o -> o.status() == 201).count() >= 3 && outcomes.size() >= 20);
        phase.set(Phase.OUTAGE);
        postgres.close();
        await().atMost(PATIENCE).until(() -> readiness(ServiceProcess.INGEST) == 503 && readiness(ServiceProcess.QUERY) == 503);
        Thread.sleep(2000);
        postgres = LocalPostgres.start(dataDirectory, port);
        await().atMost(PATIENCE).until(() -> readiness(ServiceProcess.INGEST) == 200 && readiness(ServiceProcess.QUERY) == 200);
        phase.set(Phase.AFTER);
        Thread.sleep(5000);
        loading.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

        Map<Phase, Map<Integer, Long>> byPhase = outcomes.stream().collect(Collectors.groupingBy(Outcome::phase,
                Collectors.groupingBy(Outcome::status, Collectors.counting())));
        System.out.println("status counts by phase: " + byPhase);
        List<Outcome> serverErrors = outcomes.stream().filter(o -> o.status() == 500).toList();
        assertEquals(List.of(), serverErrors, "no 500 leaks out of an outage");
        assertTrue(outcomes.stream().filter(o -> o.phase() != Phase.OUTAGE).allMatch(o -> o.status() >= 200 && o.status() < 400),
                "outside the outage every request succeeds: " + byPhase);
        assertTrue(outcomes.stream().filter(o -> o.status() >= 400)
                        .allMatch(o -> o.status() == 503 && o.contentType().startsWith("application/problem+json")),
                "the outage answers 503 problem+json");
        assertTrue(byPhase.get(Phase.AFTER).getOrDefault(201, 0L) > 0, "documents are accepted again after the restart");
        await().atMost(PATIENCE).until(() -> accepted.stream().allMatch(id ->
                "PROCESSED".equals(JsonPath.from(send(Phase.AFTER, get(ServiceProcess.INGEST, "/api/v1/documents/" + id)).body()).getString("status"))));
    }

    private static void loop(AtomicBoolean loading, Runnable request) {
        while (loading.get()) {
            request.run();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static HttpRequest get(ServiceProcess service, String path) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

    /** Sends the request; one sent before the outage and answered during it counts as the outage's. */
    private static Outcome send(AtomicReference<Phase> current, HttpRequest request) {
        Phase sent = current.get();
        Outcome outcome = send(sent, request);
        return sent == current.get() ? outcome : new Outcome(Phase.OUTAGE, outcome.request(), outcome.status(), outcome.contentType(), outcome.body());
    }

    private static Outcome send(Phase phase, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(phase, request.method() + " " + request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Outcome(phase, request.method() + " " + request.uri().getPath(), -1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(phase, request.method() + " " + request.uri().getPath(), -1, "", "interrupted");
        }
    }

    private static int readiness(ServiceProcess service) {
        return send(Phase.OUTAGE, get(service, "/q/health/ready")).status();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
