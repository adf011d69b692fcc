package io.tscns.auth.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.junit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shared challenge store: single use enforced by the database, expiry, capacity, typed errors. Run on HSQLDB in
 * memory and on a real PostgreSQL the test starts (skipped without PostgreSQL, failed under {@code CI=true}).
 */
class JdbcChallengeStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    abstract static class Contract {

        abstract DataSource dataSource();

        private JdbcChallengeStore store(int capacity) {
            String table =
                    "challenge_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            JdbcChallengeStore store = new JdbcChallengeStore(dataSource(), table, capacity);
            store.createTable();
            store.createTable(); // a second node starting finds the table there
            return store;
        }

        @Test
        void aChallengeIsTakenOnceOnly() {
            JdbcChallengeStore store = store(10);
            store.put("k1", NOW.plusSeconds(60), NOW);
            assertTrue(store.take("k1", NOW.plusSeconds(1)));
            assertFalse(store.take("k1", NOW.plusSeconds(2)));
            assertFalse(store.take("never-issued", NOW));
        }

        @Test
        void twoNodesRacingForOneChallengeGetItOnceBetweenThem() throws Exception {
            JdbcChallengeStore first = store(100);
            JdbcChallengeStore second = new JdbcChallengeStore(dataSource(), tableOf(first), 100);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 20; round++) {
                    String key = "race-" + round;
                    first.put(key, NOW.plusSeconds(60), NOW);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> takes = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        JdbcChallengeStore node = i % 2 == 0 ? first : second;
                        Callable<Boolean> take = () -> {
                            start.await();
                            return node.take(key, NOW.plusSeconds(1));
                        };
                        takes.add(pool.submit(take));
                    }
                    start.countDown();
                    int won = 0;
                    for (Future<Boolean> take : takes) {
                        won += take.get() ? 1 : 0;
                    }
                    assertEquals(1, won, "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void anExpiredChallengeCannotBeTaken() {
            JdbcChallengeStore store = store(10);
            store.put("k", NOW.plusSeconds(60), NOW);
            assertFalse(store.take("k", NOW.plusSeconds(60)));
        }

        @Test
        void theCapacityCountsUnexpiredChallengesOnly() {
            JdbcChallengeStore store = store(2);
            store.put("a", NOW.plusSeconds(10), NOW);
            store.put("b", NOW.plusSeconds(10), NOW);
            Instant later = NOW.plus(JdbcChallengeStore.SWEEP_INTERVAL);
            ChallengeStoreException full =
                    assertThrows(ChallengeStoreException.class, () -> store.put("c", later.plusSeconds(10), later));
            assertEquals(new ChallengeStoreProblem.Full(2), full.problem());
            Instant expired = NOW.plusSeconds(20);
            store.put("c", expired.plusSeconds(10), expired);
            assertTrue(store.take("c", expired));
        }

        private static String tableOf(JdbcChallengeStore store) {
            String text = store.toString();
            return text.substring(text.indexOf('[') + 1, text.indexOf(','));
        }
    }

    @Nested
    class OnHsqldb extends Contract {
        private final JDBCDataSource dataSource = new JDBCDataSource();

        OnHsqldb() {
            dataSource.setUrl("jdbc:hsqldb:mem:challenges;shutdown=false");
            dataSource.setUser("SA");
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Test
        void aBrokenDatabaseIsATypedErrorWithoutValues() throws SQLException {
            JDBCDataSource broken = new JDBCDataSource();
            broken.setUrl("jdbc:hsqldb:mem:broken");
            broken.setUser("SA");
            try (Connection connection = broken.getConnection()) {
                connection.createStatement().execute("CREATE TABLE IF NOT EXISTS tscns_challenge (x INT)");
            }
            JdbcChallengeStore store = new JdbcChallengeStore(broken, "tscns_challenge", 10);
            ChallengeStoreException e = assertThrows(
                    ChallengeStoreException.class, () -> store.put("secret-looking-key", NOW.plusSeconds(1), NOW));
            assertEquals("unavailable", e.problem().code());
            assertFalse(e.getMessage().contains("secret-looking-key"), e.getMessage());
            // The SQL state in words, not the driver's exception type (it was "(SQLSyntaxErrorException)").
            assertTrue(e.getMessage().contains("database error, SQL state "), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgresql extends Contract {
        private PostgresServer postgres;

        @BeforeAll
        void startPostgres() throws Exception {
            postgres = PostgresServer.start();
        }

        @AfterAll
        void stopPostgres() {
            if (postgres != null) {
                postgres.close();
            }
        }

        @Override
        DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(postgres.jdbcUrl());
            return dataSource;
        }
    }
}
