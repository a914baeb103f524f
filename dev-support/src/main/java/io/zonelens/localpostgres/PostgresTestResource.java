package io.zonelens.localpostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL: the one configured through
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (or {@code quarkus.datasource.jdbc.url}) when there is one, otherwise an
 * embedded server started once per test JVM and shared by every test class in it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres shared;

    @Override
    public Map<String, String> start() {
        return datasource();
    }

    /**
     * The datasource settings for this JVM's tests (empty when configured from outside): also what a service that a
     * test runs as a separate process is given, so both work on the same database.
     */
    public static synchronized Map<String, String> datasource() {
        if (databaseConfigured()) {
            return Map.of();
        }
        if (shared == null) {
            try {
                shared = LocalPostgres.start(null, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::stopShared, "test-postgres-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", shared.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD);
    }

    /** The server outlives a single Quarkus application start; it stops with the test JVM. */
    @Override
    public void stop() {
    }

    private static boolean databaseConfigured() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    private static synchronized void stopShared() {
        try {
            if (shared != null) {
                shared.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary cluster goes with it
        }
    }
}
