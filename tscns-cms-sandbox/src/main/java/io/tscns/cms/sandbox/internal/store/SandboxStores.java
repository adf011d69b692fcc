package io.tscns.cms.sandbox.internal.store;

import io.tscns.cms.sandbox.internal.domain.OperatorAccount;
import io.tscns.cms.sandbox.internal.domain.OperatorAccounts;
import io.tscns.cms.sandbox.internal.domain.OperatorStore;
import io.tscns.cms.sandbox.internal.domain.Stores;
import io.tscns.cms.sandbox.internal.pipeline.IdempotencyRecords;
import io.tscns.core.person.CodiceFiscale;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HSQLDB implementations of the sandbox's store interfaces (<i>archivi su HSQLDB</i>), over one
 * {@link SandboxDatabase}: those of the single writer, bound to its connection and used by its thread only (inside
 * {@link WriteQueue} tasks: the handlers, the idempotency step, seeding), and reads on the pool of read connections
 * (committed data only) for everything else. Thread-safe.
 */
public final class SandboxStores {

    private final SandboxDatabase database;
    private final SecretCipher cipher;
    private final SecureRandom random;
    private final TimeOrderedIds messageIds = new TimeOrderedIds();
    private final Stores writing;

    /**
     * Creates the stores.
     *
     * @param database the database
     * @param cipher   seals the codes, the outbox and the kept answers
     * @param random   salts the operators' tokens
     */
    public SandboxStores(SandboxDatabase database, SecretCipher cipher, SecureRandom random) {
        this.database = Objects.requireNonNull(database, "database");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.random = Objects.requireNonNull(random, "random");
        this.writing = over(database.writer());
    }

    private Stores over(Connection c) {
        return new Stores(
                new JdbcCards(c),
                new JdbcHolders(c),
                new JdbcCodes(c, cipher),
                new JdbcConsents(c),
                new JdbcHistory(c),
                new JdbcOutbox(c, cipher, messageIds),
                new JdbcRequests(c),
                new JdbcIdentifications(c));
    }

    /**
     * Returns the stores of the single writer: use them inside its tasks only.
     *
     * @return the stores
     */
    public Stores writing() {
        return writing;
    }

    /**
     * Returns the idempotency records of the single writer: use them inside its tasks only (but for
     * {@link IdempotencyRecords#slot}).
     *
     * @return the records
     */
    public IdempotencyRecords idempotency() {
        return new Idempotency(database.writer(), cipher);
    }

    /**
     * Returns the operator accounts of the single writer, for seeding: use them inside its tasks only.
     *
     * @return the accounts
     */
    public OperatorStore writingOperators() {
        return new JdbcOperators(database.writer(), random);
    }

    /**
     * Returns the operator accounts read on the pool, for authentication.
     *
     * @return the accounts
     */
    public OperatorAccounts operators() {
        return new OperatorAccounts() {
            @Override
            public Optional<OperatorAccount> find(String operatorId) {
                return database.read(c -> new JdbcOperators(c, random).find(operatorId));
            }

            @Override
            public Optional<OperatorAccount> byCertificate(String fingerprint) {
                return database.read(c -> new JdbcOperators(c, random).byCertificate(fingerprint));
            }

            @Override
            public Optional<OperatorAccount> byCodiceFiscale(CodiceFiscale codiceFiscale) {
                return database.read(c -> new JdbcOperators(c, random).byCodiceFiscale(codiceFiscale));
            }

            @Override
            public Optional<OperatorAccount> withToken(String operatorId, char[] token) {
                return database.read(c -> new JdbcOperators(c, random).withToken(operatorId, token));
            }
        };
    }

    /**
     * Reads committed data on a pooled read connection.
     *
     * @param read the read
     * @param <T>  its result type
     * @return its result
     */
    public <T> T reading(Function<Stores, T> read) {
        return database.read(c -> read.apply(over(c)));
    }
}
