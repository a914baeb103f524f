package io.zonelens.localpostgres;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code ./zonelens up} runs when no database is configured: a PostgreSQL whose data stays under
 * {@code .zonelens/}, stopped cleanly on SIGTERM. Prints {@code READY <jdbc-url>} once it accepts connections.
 *
 * <pre>java -cp "dev-support/target/dev-support.jar:dev-support/target/lib/*" io.zonelens.localpostgres.LocalPostgresLauncher --data .zonelens/pgdata --port 55432</pre>
 */
public final class LocalPostgresLauncher {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(".zonelens", "pgdata");
        int port = 55432;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: --data DIR --port PORT");
                    System.exit(2);
                }
            }
        }
        LocalPostgres postgres = LocalPostgres.start(data.toAbsolutePath(), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));
        System.out.println("READY " + postgres.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}
