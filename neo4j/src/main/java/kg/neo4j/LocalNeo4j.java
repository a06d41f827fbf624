// LocalNeo4j: an embedded Neo4j 5 Community DBMS with Bolt on 127.0.0.1, for tests and `npm start`
// on machines without Docker. Prints one "READY bolt://127.0.0.1:PORT" line once Bolt accepts
// connections; stops cleanly on SIGTERM or when the parent process closes our stdin.
package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalNeo4j <data-dir> [port, 0 = free port] [page-cache, e.g. 256m]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long pageCache = args.length > 2 ? parseSize(args[2]) : ByteUnit.mebiBytes(256);
        if (port == 0) port = freePort();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
            // Hardening, so the database refuses these even if a query reaches it: no file URLs in
            // LOAD CSV (and an import root inside the data dir), no URL to any address, no procedure
            // with unrestricted access, and no single transaction larger than kg.txmax of heap.
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                ByteUnit.parse(System.getProperty("kg.txmax", "512m")))
            .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runnable shutdown = () -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        };
        // SIGTERM / SIGINT run shutdown hooks; the hook waits for the DBMS to close its store files.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.getCount() > 0) shutdown.run();
        }, "neo4j-shutdown"));

        // The default database must be online before Bolt clients may use it.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close();
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // When the parent dies or closes stdin we exit, so no orphaned JVM is left behind.
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) { /* ignore input */ }
            } catch (IOException ignored) {
                // stdin broken: same as closed
            }
            System.exit(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stopped.await();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    private static long parseSize(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        if (v.endsWith("g")) { mult = ByteUnit.gibiBytes(1); v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("m")) { mult = ByteUnit.mebiBytes(1); v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("k")) { mult = ByteUnit.kibiBytes(1); v = v.substring(0, v.length() - 1); }
        return Long.parseLong(v) * mult;
    }
}
