package io.zonelens.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries on Maven Central, with one application database in it.
 * Used both by {@link LocalPostgresLauncher} (data kept between runs) and by {@link PostgresTestResource}
 * (a throw-away cluster per test JVM).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "zonelens";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server over {@code dataDirectory} (kept, reused if it holds a cluster) or a temporary one if null. */
    public static LocalPostgres start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        LocalPostgres postgres = new LocalPostgres(builder.start());
        postgres.createApplicationDatabase();
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USER, DATABASE);
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                // A constant name: no user input reaches this statement.
                create.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
