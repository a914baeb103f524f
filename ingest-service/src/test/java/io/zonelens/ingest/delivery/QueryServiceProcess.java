package io.zonelens.ingest.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonelens.localpostgres.PostgresTestResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * query-service as the real, separately built application in its own JVM, on the tests' database, so delivery is
 * tested over real HTTP. Tests may stop and start it to play an outage.
 */
public class QueryServiceProcess implements QuarkusTestResourceLifecycleManager {

    private static final Path JAR = Path.of("..", "query-service", "target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOG = Path.of("target", "query-service-under-test.log");

    private static int port;
    private static Process process;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: query-service is built before ingest-service by ./mvnw verify");
        }
        port = freePort();
        startProcess();
        return Map.of("quarkus.rest-client.query-service.url", baseUrl(), "zonelens.delivery.query-service.enabled", "true");
    }

    @Override
    public void stop() {
        stopProcess();
    }

    public static String baseUrl() {
        return "http://localhost:" + port;
    }

    public static synchronized void startProcess() {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.http.port=" + port, "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        PostgresTestResource.datasource().forEach((key, value) ->
                builder.environment().put(key.toUpperCase().replace('.', '_').replace('-', '_'), value));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    public static synchronized void stopProcess() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("query-service exited with " + process.exitValue() + "; see " + LOG);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/q/health/ready").toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("query-service was not ready within 90 s; see " + LOG);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
