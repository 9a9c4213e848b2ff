// A throwaway Neo4j Community server for tests and for users without Docker: the embedded DBMS with
// its Bolt connector on 127.0.0.1 (Neo4j's "embedded with Bolt" setup), auth on with a known password,
// a small page cache, and a temporary home that is deleted when the JVM exits.
//
//   java -Xmx1g -cp 'target/dependency/*' Launcher.java [--port N] [--password P] [--home DIR]
//
// --port 0 (the default) takes a free port; --home is an empty folder to hold the data (default: a new
// temporary one). Either way the folder is deleted on exit.
//
// Prints `READY bolt://127.0.0.1:PORT` once Bolt listens and the password is set. Stops on SIGTERM or
// Ctrl-C, and also when its standard input closes, so that it never outlives the process that started it.
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(option(args, "--port", "0"));
    String password = option(args, "--password", "newsgraph-test");
    if (port == 0) port = freePort();
    String given = option(args, "--home", "");
    Path home = given.isEmpty() ? Files.createTempDirectory("newsgraph-neo4j-") : Files.createDirectories(Path.of(given));
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Wrong-password tests log in badly on purpose: no lockout after failed attempts.
        .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 128L << 20)
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      deleteTree(home);
    }));
    // The initial user must change its password before it can do anything: set the known one.
    dbms.database("system").executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    // Standard input closes when the parent goes away (even if it was killed): stop with it.
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }

  static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }
}
