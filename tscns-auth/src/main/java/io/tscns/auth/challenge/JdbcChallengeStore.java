package io.tscns.auth.challenge;

import io.tscns.auth.internal.Reasons;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Challenges kept in a table of a database every node shares (<i>sfide condivise tra i nodi</i>), so that a
 * challenge issued by one node behind a load balancer can be answered at another. Single use is enforced by the
 * database, not by the nodes: {@link #take} is one {@code DELETE ... WHERE key = ? AND expires_at > ?}, and of two
 * nodes deleting the same row at once exactly one sees a row deleted. Plain JDBC and portable SQL (tested on
 * PostgreSQL and HSQLDB); each statement runs in its own auto-committed transaction.
 *
 * <p>The table holds the challenge's SHA-256 key and its expiry in epoch milliseconds:
 * <pre>{@code CREATE TABLE tscns_challenge (challenge_key VARCHAR(43) PRIMARY KEY, expires_at BIGINT NOT NULL)}</pre>
 * {@link #createTable()} creates it if it is missing. Expired rows are deleted, and the rows counted against the
 * capacity, at most once per {@link #SWEEP_INTERVAL} by whichever node issues then; between two sweeps the count may
 * run over the capacity by what is issued in that interval.
 *
 * <p>Thread-safe. Database errors become {@link ChallengeStoreException} with
 * {@link ChallengeStoreProblem.Unavailable}, whose detail names the SQL state, never a value.
 *
 * @since 0.1.0
 */
public final class JdbcChallengeStore implements ChallengeStore {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "tscns_challenge";
    /** How often expired rows are deleted and the rest counted. */
    public static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final String table;
    private final int capacity;
    private final AtomicLong nextSweepMillis = new AtomicLong(Long.MIN_VALUE);
    private volatile boolean full;

    /**
     * Creates a store over a table.
     *
     * @param dataSource where the table is
     * @param table      the table's name: a plain SQL identifier ({@code [A-Za-z_][A-Za-z0-9_]*}, at most 63)
     * @param capacity   the most unexpired challenges all nodes together may hold
     */
    public JdbcChallengeStore(DataSource dataSource, String table, int capacity) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.table = Objects.requireNonNull(table, "table");
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("the table name must be a plain SQL identifier");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /**
     * Creates the table if it does not exist. Several nodes may call it at once: a node that loses the race to
     * create it finds it there.
     *
     * @throws ChallengeStoreException with {@link ChallengeStoreProblem.Unavailable} if the table can be neither
     *                                 created nor read
     */
    public void createTable() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (challenge_key VARCHAR(43) PRIMARY KEY, expires_at BIGINT NOT NULL)");
        } catch (SQLException e) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement
                        .executeQuery("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0")
                        .close();
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw unavailable("creating " + table, again);
            }
        }
    }

    @Override
    public void put(String key, Instant expires, Instant now) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expires, "expires");
        sweepIfDue(now);
        if (full) {
            throw new ChallengeStoreException(new ChallengeStoreProblem.Full(capacity));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + table + " (challenge_key, expires_at) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setLong(2, expires.toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw unavailable("recording a challenge", e);
        }
    }

    @Override
    public boolean take(String key, Instant now) {
        Objects.requireNonNull(key, "key");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE challenge_key = ? AND expires_at > ?")) {
            delete.setString(1, key);
            delete.setLong(2, now.toEpochMilli());
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw unavailable("spending a challenge", e);
        }
    }

    /** Deletes expired rows and counts the rest, if no node of this JVM did in the last interval. */
    private void sweepIfDue(Instant now) {
        long due = nextSweepMillis.get();
        long millis = now.toEpochMilli();
        if (millis < due || !nextSweepMillis.compareAndSet(due, millis + SWEEP_INTERVAL.toMillis())) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ?");
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table)) {
            delete.setLong(1, millis);
            delete.executeUpdate();
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                full = rows.getLong(1) >= capacity;
            }
        } catch (SQLException e) {
            nextSweepMillis.set(Long.MIN_VALUE);
            throw unavailable("deleting expired challenges", e);
        }
    }

    private static ChallengeStoreException unavailable(String what, SQLException e) {
        return new ChallengeStoreException(new ChallengeStoreProblem.Unavailable(what + ": " + Reasons.of(e)), e);
    }

    @Override
    public String toString() {
        return "JdbcChallengeStore[" + table + ", capacity " + capacity + "]";
    }
}
