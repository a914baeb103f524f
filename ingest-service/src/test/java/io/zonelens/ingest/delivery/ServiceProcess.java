package io.zonelens.ingest.delivery;

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
import java.util.HashMap;
import java.util.Map;

/**
 * A downstream service as the real, separately built application in its own JVM, on the tests' database, so
 * delivery is tested over real HTTP. Tests may stop and start one to play an outage.
 */
public final class ServiceProcess {

    public static final ServiceProcess QUERY = new ServiceProcess("query-service", "-Xmx256m");
    public static final ServiceProcess INDICATOR = new ServiceProcess("indicator-service", "-Xmx256m");
    /** ingest-service itself, for the fault tests that kill it; built by the time failsafe runs them. */
    public static final ServiceProcess INGEST = new ServiceProcess("ingest-service", "-Xmx768m");

    private final String name;
    private final Path jar;
    private final Path log;
    private final String heap;
    private int port;
    private Process process;
    private Map<String, String> datasource = Map.of();
    private Map<String, String> settings = Map.of();

    private ServiceProcess(String name, String heap) {
        this.name = name;
        this.heap = heap;
        this.jar = Path.of("..", name, "target", "quarkus-app", "quarkus-run.jar");
        this.log = Path.of("target", name + "-under-test.log");
    }

    /** Starts the service and answers the settings that point ingest-service at it. */
    Map<String, String> launch() {
        launch(PostgresTestResource.datasource(), Map.of());
        return asDestination();
    }

    /** Starts the service on a new port against {@code datasource}, with extra Quarkus {@code settings}. */
    public void launch(Map<String, String> datasource, Map<String, String> settings) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: " + name + " is built before its tests run by ./mvnw verify");
        }
        this.datasource = datasource;
        this.settings = settings;
        port = freePort();
        start();
    }

    /** Starts query-service, indicator-service and ingest-service delivering to them, with extra {@code ingestSettings}. */
    public static void launchAll(Map<String, String> datasource, Map<String, String> ingestSettings) {
        QUERY.launch(datasource, Map.of());
        INDICATOR.launch(datasource, Map.of());
        Map<String, String> ingest = new HashMap<>(QUERY.asDestination());
        ingest.putAll(INDICATOR.asDestination());
        ingest.putAll(ingestSettings);
        INGEST.launch(datasource, ingest);
    }

    public static void stopAll() {
        INGEST.stop();
        QUERY.stop();
        INDICATOR.stop();
    }

    /** The settings that point ingest-service at this service. */
    public Map<String, String> asDestination() {
        return Map.of("quarkus.rest-client." + name + ".url", baseUrl(), "zonelens.delivery." + name + ".enabled", "true");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public synchronized void start() {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Dquarkus.http.port=" + port, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        datasource.forEach((key, value) -> builder.environment().put(environmentName(key), value));
        settings.forEach((key, value) -> builder.environment().put(environmentName(key), value));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    public synchronized void stop() {
        halt(false);
    }

    /** Kills the process as a crash or an OOM kill would: no shutdown hooks, nothing finished. */
    public synchronized void kill() {
        halt(true);
    }

    private void halt(boolean forcibly) {
        if (process != null) {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Blocks until the service answers ready, or fails after 90 s. */
    public void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
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
        throw new IllegalStateException(name + " was not ready within 90 s; see " + log);
    }

    private static String environmentName(String property) {
        return property.toUpperCase().replace('.', '_').replace('-', '_').replace("\"", "_");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
