package io.tscns.cms.sandbox.internal.store;

import java.io.IOException;
import java.nio.file.Files;
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
 * The embedded HSQLDB database of the sandbox CMS, over plain JDBC: file-backed in a directory the caller gives (or in
 * memory for fast tests), its schema created and upgraded by the versioned {@link Migrations}, with one writer
 * connection (owned by {@link WriteQueue}) and a small pool of read connections, under multi-version concurrency
 * control (readers never wait for the writer and see committed data only).
 *
 * <p>Durability: HSQLDB keeps a write-ahead log. A commit appends the transaction's changes to {@code cms.log} and, at
 * {@code WRITE DELAY FALSE}, forces the log to the disk (fsync) before it returns; the writer commits once per group,
 * so an operation the sandbox has acknowledged survives a SIGKILL of the JVM and a power cut (as far as the disk keeps
 * its promise). The tables themselves reach their files only at a checkpoint: when the writer has a moment with
 * nothing to do and the log has passed 16 MB, when the log passes {@value #LOG_SIZE_MB} MB under load, and when the
 * database closes. A sandbox killed or cut off replays its log when it opens again.
 *
 * <p>Memory: the tables a card's lifecycle updates in place are held in the heap, the audit chain and the stored
 * idempotent answers in {@code cms.data} behind a bounded cache (see {@link Migrations#ALL}).
 *
 * <p>The data directory holds {@code cms.script}, {@code cms.log}, {@code cms.data}, {@code cms.properties},
 * the sandbox's key and credential files and {@code cms.lock}, the {@link DirectoryLock} that keeps a second sandbox out. A directory
 * written by the H2-based sandbox of earlier snapshots ({@code cms.mv.db}) is refused, and left as it was.
 *
 * <p>Each connection keeps its prepared statements ({@link StatementCache}), so a statement is compiled once per
 * connection. Thread-safe: read connections are lent one caller at a time.
 *
 * <p>Logging: HSQLDB 2.7 reconfigures {@code java.util.logging} only when the JVM-wide property
 * {@code hsqldb.reconfig_logging} is {@code true}; the sandbox sets no property, so it leaves the application's
 * logging alone as long as the application does not ask for it.
 */
public final class SandboxDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxDatabase.class);
    private static final int READERS = 4;
    /**
     * The size of the write-ahead log at which HSQLDB checkpoints (writes its in-memory tables to {@code cms.script}
     * and starts a new log) even under load. The checkpoint runs in the writer and holds every caller up while it
     * writes; a larger log means fewer such pauses and a longer replay after a crash.
     */
    static final int LOG_SIZE_MB = 256;
    /**
     * The size of the log past which the writer checkpoints as soon as it has had nothing to do for a moment (see
     * {@link #checkpointIfLogLarge()}), so that most checkpoints fall between bursts of operations.
     */
    static final long IDLE_CHECKPOINT_BYTES = 16L << 20;

    private final String url;
    /** HSQLDB's write-ahead log; {@code null} in memory. */
    private final Path logFile;

    private final DirectoryLock lock;
    private final Connection writer;
    private final BlockingQueue<Connection> readers;
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    private SandboxDatabase(String url, Path logFile, DirectoryLock lock) throws SQLException {
        this.url = url;
        this.logFile = logFile;
        this.lock = lock;
        this.writer = open();
        try (Statement statement = writer.createStatement()) {
            statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
            if (logFile != null) {
                statement.execute("SET FILES WRITE DELAY FALSE");
                statement.execute("SET FILES LOG SIZE " + LOG_SIZE_MB);
            }
        }
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
     * Opens (creating if needed) the database in a directory, which no other sandbox may have open.
     *
     * @param directory the data directory
     * @return the database, migrated to the latest version
     * @throws SandboxStoreException if it cannot be opened, another sandbox has it open, or it holds an H2 database
     *                               of an earlier snapshot
     */
    public static SandboxDatabase inDirectory(Path directory) {
        Path dir = directory.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SandboxStoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        if (Files.exists(dir.resolve("cms.mv.db"))) {
            throw new SandboxStoreException(
                    "the data directory " + dir + " holds the H2 database (cms.mv.db) of an"
                            + " earlier tscns snapshot, which this version does not read; start the sandbox on a new directory"
                            + " (this one is left as it was)",
                    null);
        }
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try {
            return open(
                    "jdbc:hsqldb:file:" + dir.resolve("cms") + ";hsqldb.lock_file=false", dir.resolve("cms.log"), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a fresh in-memory database that lives until {@link #close()}.
     *
     * @return the database, migrated to the latest version
     */
    public static SandboxDatabase inMemory() {
        return open("jdbc:hsqldb:mem:sandbox-" + UUID.randomUUID(), null, null);
    }

    private static SandboxDatabase open(String url, Path logFile, DirectoryLock lock) {
        try {
            return new SandboxDatabase(url, logFile, lock);
        } catch (SQLException e) {
            shutDown(url);
            throw new SandboxStoreException("cannot open the sandbox database: " + e.getMessage(), e);
        }
    }

    /** Closes a database that failed half-way through opening, so that its files are let go. */
    private static void shutDown(String url) {
        try (Connection connection = DriverManager.getConnection(url + ";ifexists=true", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("shutting down a database that failed to open failed", e);
        }
    }

    private Connection open() throws SQLException {
        Connection connection = StatementCache.wrap(DriverManager.getConnection(url, "sa", ""));
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
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, CURRENT_TIMESTAMP)")) {
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

    Connection writer() {
        return writer;
    }

    /**
     * Checkpoints if the write-ahead log has passed {@link #IDLE_CHECKPOINT_BYTES} (16 MB). Called by the writer's
     * thread when no write has come for a moment: the pause of writing the tables out then falls in a lull instead
     * of holding up the callers of a burst.
     *
     * @return whether it checkpointed
     */
    boolean checkpointIfLogLarge() {
        if (logFile == null) {
            return false;
        }
        try {
            if (Files.size(logFile) < IDLE_CHECKPOINT_BYTES) {
                return false;
            }
        } catch (IOException e) {
            return false; // no log yet (NoSuchFileException), or none readable: nothing to checkpoint
        }
        try (Statement statement = writer.createStatement()) {
            statement.execute("CHECKPOINT");
            writer.commit();
            return true;
        } catch (SQLException e) {
            LOG.debug("idle checkpoint failed", e);
            return false;
        }
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

    /**
     * Closes the database: HSQLDB checkpoints it (its tables written to their files, the log emptied) and lets its
     * files go, then the directory's lock is released. Closing twice does nothing.
     */
    @Override
    public void close() {
        synchronized (all) {
            if (closed) {
                return;
            }
            closed = true;
            try (Statement statement = writer.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.debug("shutting the sandbox database down failed", e);
            }
            for (Connection connection : all) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.debug("closing a sandbox connection failed", e);
                }
            }
            all.clear();
            if (lock != null) {
                lock.close();
            }
        }
    }

    @Override
    public String toString() {
        return "SandboxDatabase[" + (logFile == null ? "in memory" : "file") + "]";
    }
}
