package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.AuditTrail;
import io.tscns.cms.sandbox.internal.pipeline.SingleWriter;
import io.tscns.cms.sandbox.internal.pipeline.Transaction;
import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSealer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the sandbox database, with group commit (<i>scrittura unica con commit di gruppo</i>): callers
 * submit tasks from any thread; one writer thread runs the waiting tasks one after the other, each under its own
 * savepoint, then commits them together, the commit forced to the disk (see {@link SandboxDatabase}), before any
 * caller is answered. So:
 * <ul>
 *   <li>every operation is one transaction as far as anyone can tell: its state change, history row, audit entry and
 *       idempotency record are committed together or not at all (a task that throws is rolled back to its
 *       savepoint; a failed commit fails every task of the group, none of which was acknowledged);</li>
 *   <li>the audit chain is strictly ordered, since only this thread appends, against the head it just wrote;</li>
 *   <li>the commit cost is shared: 32 concurrent counters cost one forced write of the log per group, not one
 *       each.</li>
 * </ul>
 * It is the pipeline's {@link SingleWriter} and the {@link AuditTrail} readers read. Thread-safe.
 */
public final class WriteQueue implements SingleWriter, AuditTrail, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);
    private static final int MAX_GROUP = 64;
    /** Audit entries read at a time by {@link #entries(long, long)}. */
    static final int AUDIT_PAGE = 512;

    /**
     * Work done in the writer's transaction.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Task<T> {
        /**
         * Does the work.
         *
         * @param tx the transaction
         * @return the result, handed to the submitter after the commit
         * @throws SQLException on a database error
         */
        T run(WriteTx tx) throws SQLException;
    }

    private record Pending<T>(Task<T> task, CompletableFuture<T> result) {}

    private final SandboxDatabase database;
    private final Connection connection;
    private final AuditSealer sealer;
    private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile boolean closed;
    /** Written by the writer after each commit, read by any thread. */
    private volatile AuditChainHead committedHead;

    /**
     * Starts the writer over a database.
     *
     * @param database the database (its writer connection is used only by this queue)
     * @param sealer   seals audit entries
     */
    public WriteQueue(SandboxDatabase database, AuditSealer sealer) {
        this.database = Objects.requireNonNull(database, "database");
        this.connection = database.writer();
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        try {
            this.committedHead = AuditLog.head(connection);
            connection.commit();
        } catch (SQLException e) {
            throw new SandboxStoreException("cannot read the audit head: " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "sandbox-cms-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs a task in the writer's transaction and waits until it is committed.
     *
     * @param task the task
     * @param <T>  its result type
     * @return its result, once committed
     * @throws RuntimeException what the task threw (after its changes were rolled back), or
     *                          {@link SandboxStoreException} if the commit failed
     */
    public <T> T submit(Task<T> task) {
        Objects.requireNonNull(task, "task");
        if (closed) {
            throw new SandboxStoreException("the sandbox database is closed", null);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            queue.put(new Pending<>(task, result));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxStoreException("interrupted while queueing a write", e);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxStoreException("interrupted while waiting for a commit", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SandboxStoreException("sandbox write failed: " + cause.getMessage(), cause);
        }
    }

    @Override
    public <T> T write(Function<Transaction, T> work) {
        Objects.requireNonNull(work, "work");
        return submit(work::apply);
    }

    private void loop() {
        List<Pending<?>> group = new ArrayList<>(MAX_GROUP);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!closed) {
                        database.checkpointIfLogLarge();
                    }
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                runGroup(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void runGroup(List<Pending<?>> group) {
        WriteTx tx = new WriteTx(connection, sealer, committedHead);
        List<Runnable> completions = new ArrayList<>(group.size());
        for (Pending<?> pending : group) {
            completions.add(runOne(tx, pending));
        }
        try {
            // At WRITE DELAY FALSE the commit returns once the group's log lines are on the disk.
            connection.commit();
            committedHead = tx.head();
            // The after-commit actions (the test CA's revocations and holds) run before the callers are answered, so
            // a CRL issued once a revocation is acknowledged always lists it.
            tx.afterCommit().forEach(WriteQueue::runQuietly);
            completions.forEach(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("group commit of {} tasks failed", group.size(), e);
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                LOG.debug("rollback failed", rollback);
            }
            SandboxStoreException failure = new SandboxStoreException("sandbox commit failed", e);
            group.forEach(p -> p.result().completeExceptionally(failure));
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.debug("after-commit action failed", e);
        }
    }

    private <T> Runnable runOne(WriteTx tx, Pending<T> pending) {
        try {
            T value = tx.attempt(pending.task());
            return () -> pending.result().complete(value);
        } catch (SQLException | RuntimeException e) {
            return () -> pending.result().completeExceptionally(e);
        }
    }

    /**
     * {@inheritDoc} Read {@value #AUDIT_PAGE} entries at a time as it is iterated, so that exporting or verifying a
     * chain of any length holds one page in memory and ends even while operations go on. Entries are never changed
     * once committed and are appended in order, so the pages together are the chain between the two heads. Iterating
     * may throw {@link SandboxStoreException}.
     */
    @Override
    public Iterable<AuditEntry> entries(long after, long limit) {
        long upTo = Math.min(limit, Math.max(0, committedHead.sequence() - after));
        return () -> new Iterator<>() {
            private long last = after;
            private long left = upTo;
            private Iterator<AuditEntry> page = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted && left > 0) {
                    int count = (int) Math.min(AUDIT_PAGE, left);
                    List<AuditEntry> next = database.read(c -> AuditLog.page(c, last, count));
                    exhausted = next.size() < count;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AuditEntry entry = page.next();
                last = entry.sequence();
                left--;
                return entry;
            }
        };
    }

    @Override
    public Optional<AuditChainHead> headAt(long sequence) {
        return database.read(c -> AuditLog.headAt(c, sequence));
    }

    /**
     * Returns the head of the committed audit chain.
     *
     * @return the head
     */
    public AuditChainHead head() {
        return committedHead;
    }

    @Override
    public AuditSealer sealer() {
        return sealer;
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The transaction a task runs in: the writer's connection, the audit chain as far as this group has written it,
     * and actions to run once the group is committed. The pipeline's {@link Transaction}.
     */
    public static final class WriteTx implements Transaction {
        /**
         * Savepoints are named by their depth ({@code task0} for a task, {@code task1} for an attempt inside it): a
         * savepoint of the same name as one still open would replace it, and an unnamed one would be a new name, and
         * so a new statement, on every call.
         */
        private static final String SAVEPOINT = "task";

        private final Connection connection;
        private final AuditSealer sealer;
        private AuditChainHead head;
        private final List<Runnable> afterCommit = new ArrayList<>();
        private int depth;

        WriteTx(Connection connection, AuditSealer sealer, AuditChainHead head) {
            this.connection = connection;
            this.sealer = sealer;
            this.head = head;
        }

        /**
         * Returns the connection; never commit or roll it back directly.
         *
         * @return the connection
         */
        public Connection connection() {
            return connection;
        }

        @Override
        public void audit(AuditRecord record) {
            try {
                head = AuditLog.append(connection, sealer, head, record).head();
            } catch (SQLException e) {
                throw Sql.failed("append to the audit chain", e);
            }
        }

        @Override
        public <T> T savepoint(Supplier<T> work) {
            try {
                return attempt(tx -> work.get());
            } catch (SQLException e) {
                throw Sql.failed("savepoint", e);
            }
        }

        /**
         * Runs work under a savepoint: if it throws, its changes (audit entries included) are undone and the
         * exception is rethrown; the rest of the transaction stands.
         *
         * @param task the work
         * @param <T>  its result type
         * @return its result
         * @throws SQLException on a database error
         */
        public <T> T attempt(Task<T> task) throws SQLException {
            Savepoint savepoint = connection.setSavepoint(SAVEPOINT + depth);
            AuditChainHead before = head;
            int actions = afterCommit.size();
            depth++;
            try {
                T value = task.run(this);
                connection.releaseSavepoint(savepoint);
                return value;
            } catch (SQLException | RuntimeException e) {
                connection.rollback(savepoint);
                head = before;
                afterCommit.subList(actions, afterCommit.size()).clear();
                throw e;
            } finally {
                depth--;
            }
        }

        @Override
        public void afterCommit(Runnable action) {
            afterCommit.add(Objects.requireNonNull(action, "action"));
        }

        List<Runnable> afterCommit() {
            return afterCommit;
        }

        AuditChainHead head() {
            return head;
        }
    }
}
