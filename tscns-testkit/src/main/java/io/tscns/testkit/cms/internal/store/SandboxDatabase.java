package io.tscns.testkit.cms.internal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of the sandbox CMS, over plain JDBC: file-backed in a directory the caller gives (or in
 * memory for fast tests), its schema created and upgraded by the versioned {@link Migrations}, with one writer
 * connection (owned by {@link WriteQueue}) and a small pool of read connections.
 *
 * <p>Durability: the file database is opened with {@code WRITE_DELAY=0}, and the writer ends every group commit
 * with {@code CHECKPOINT}, so that a transaction the sandbox has acknowledged is in the operating system's hands
 * (written to the file) before the answer leaves; a SIGKILL of the JVM then loses nothing acknowledged. (A power
 * failure could still lose what the OS had not flushed: the sandbox does not fsync, and says so.)
 *
 * <p>File size: at {@code WRITE_DELAY=0} H2 runs no background thread, so it never compacts its file while the
 * sandbox runs. Each group commit writes a new chunk, and almost every chunk keeps a few live pages (the last leaf of
 * an append-only table), so the file grows with the operations: 16–23 KB per activation in random order
 * (tscns-benchmarks' CMS load: 313 MB after 20,000, 1.8 GB after 80,000). H2 compacts when the database closes; the
 * sandbox gives it up to {@code MAX_COMPACT_TIME=10000} ms for that instead of H2's 200 ms, which left the 313 MB file
 * as it was (310 MB closes to 58 MB in 3 s; 1.8 GB to 183 MB in the whole 10 s). Compacting while serving, with H2's background writer, stalled commits for up to
 * 1.4 s and cost a fifth of the throughput, so it stays off.
 *
 * <p>Thread-safe: read connections are lent one caller at a time.
 */
public final class SandboxDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxDatabase.class);
    private static final int READERS = 4;
    /**
     * Parsed statements each connection keeps. H2's default of 8 is fewer than the writer's distinct statements in
     * one activation, so every call was parsed again; 64 holds them all (measured in tscns-benchmarks' CMS load).
     */
    private static final String QUERY_CACHE = ";QUERY_CACHE_SIZE=64";

    private final String url;
    private final boolean inMemory;
    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();

    private SandboxDatabase(String url, boolean inMemory) throws SQLException {
        this.url = url;
        this.inMemory = inMemory;
        this.writer = open();
        writer.setAutoCommit(false);
        migrate(writer, Migrations.ALL);
        this.readers = new ArrayBlockingQueue<>(READERS);
        for (int i = 0; i < READERS; i++) {
            Connection reader = open();
            reader.setReadOnly(true);
            readers.add(reader);
        }
    }

    /**
     * Opens (creating if needed) the database in a directory.
     *
     * @param directory the data directory
     * @return the database, migrated to the latest version
     * @throws SandboxStoreException if it cannot be opened
     */
    public static SandboxDatabase inDirectory(Path directory) {
        Path base = directory.toAbsolutePath().resolve("cms");
        return open("jdbc:h2:file:" + base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=10000;DB_CLOSE_ON_EXIT=FALSE"
                + QUERY_CACHE, false);
    }

    /**
     * Opens a fresh in-memory database that lives until {@link #close()}.
     *
     * @return the database, migrated to the latest version
     */
    public static SandboxDatabase inMemory() {
        return open("jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + QUERY_CACHE, true);
    }

    private static SandboxDatabase open(String url, boolean inMemory) {
        try {
            return new SandboxDatabase(url, inMemory);
        } catch (SQLException e) {
            throw new SandboxStoreException("cannot open the sandbox database: " + e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, "sa", "");
        synchronized (all) {
            all.add(connection);
        }
        return connection;
    }

    /**
     * Brings a database to the last of the given migrations, applying those it has not had, each in its own
     * transaction.
     *
     * @param connection a connection without auto-commit
     * @param migrations the migrations, in version order
     * @throws SQLException on a database error
     */
    static void migrate(Connection connection, List<Migrations.Migration> migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "name VARCHAR(100) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        connection.commit();
        int current = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            current = rows.getInt(1);
        }
        for (Migrations.Migration migration : migrations) {
            if (migration.version() <= current) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.name());
                insert.executeUpdate();
            }
            connection.commit();
            LOG.debug("applied migration V{}__{}", migration.version(), migration.name());
        }
    }

    /**
     * Returns the schema version the database is at.
     *
     * @return the highest applied migration
     */
    public int schemaVersion() {
        return read(c -> {
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /**
     * Tells whether the database lives only in memory.
     *
     * @return {@code true} for {@link #inMemory()}
     */
    public boolean isInMemory() {
        return inMemory;
    }

    Connection writer() {
        return writer;
    }

    /**
     * Work done with a JDBC connection.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface SqlWork<T> {
        /**
         * Does the work.
         *
         * @param connection the connection
         * @return the result
         * @throws SQLException on a database error
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs a read on a pooled read-only connection. Reads see committed data only.
     *
     * @param work the read
     * @param <T>  the result type
     * @return its result
     * @throws SandboxStoreException on a database error
     */
    public <T> T read(SqlWork<T> work) {
        Objects.requireNonNull(work, "work");
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxStoreException("interrupted waiting for a read connection", e);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new SandboxStoreException("sandbox database read failed: " + e.getMessage(), e);
        } finally {
            readers.add(connection);
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            for (Connection connection : all) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("closing a sandbox connection failed", e);
                }
            }
            all.clear();
        }
    }

    @Override
    public String toString() {
        return "SandboxDatabase[" + (inMemory ? "in memory" : "file") + "]";
    }
}
