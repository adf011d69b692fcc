package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.internal.cards.OperatorCards;
import io.tscns.cms.sandbox.internal.domain.AuditTrail;
import io.tscns.cms.sandbox.internal.domain.SentMessage;
import io.tscns.cms.sandbox.internal.http.CmsHttpServer;
import io.tscns.cms.sandbox.internal.operations.AuditReader;
import io.tscns.cms.sandbox.internal.operations.Operations;
import io.tscns.cms.sandbox.internal.pipeline.Pipeline;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.SandboxStores;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import io.tscns.core.audit.AuditKeyRing;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.SplitPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * A running sandbox, put together (<i>assemblaggio</i>): the keys, the database and its single writer, the stores,
 * the operations and the pipeline, the test CA's line, the population, and the HTTPS server in front — started in
 * that order, the server last, and closed the other way. {@code SimulatedCms} is its public face. Thread-safe.
 */
public final class SandboxAssembly implements AutoCloseable {

    private final SandboxDatabase database;
    private final WriteQueue writes;
    private final SandboxStores stores;
    private final Seeder seeder;
    private final AuditKeyRing ring;
    private final AuditReader auditReader;
    private final List<Seeder.SeededOperator> operators;
    private final CmsHttpServer server;
    private final char[] outboxToken;

    private SandboxAssembly(
            Settings settings,
            List<CardSeed> cards,
            List<OperatorSeed> operators,
            SecureRandom random,
            SandboxKeys keys,
            SandboxDatabase database,
            WriteQueue writes)
            throws IOException {
        this.outboxToken = OutboxToken.of(settings.dataDirectory(), random);
        this.database = database;
        this.writes = writes;
        this.ring = AuditKeyRing.of(keys.auditKey());
        this.auditReader = new AuditReader(writes, new AuditVerifier(ring));
        this.stores = new SandboxStores(database, keys.cipher(), random);
        TestCaLink link = new TestCaLink(settings.pki());
        this.seeder = new Seeder(
                writes,
                stores.writing(),
                stores.writingOperators(),
                link,
                settings.pki(),
                settings.clock(),
                random,
                settings.dataDirectory());
        seeder.cards(cards);
        this.operators = seeder.operators(operators);
        link.replay(stores.reading(read -> read.cards().heldOrRevoked()));
        Operations operations = Operations.of(
                stores.writing(),
                writes,
                settings.profile(),
                SplitPolicy.MEF_SOGEI,
                new CodeGenerator(random),
                random,
                settings.limits().identificationLifetime());
        Pipeline pipeline = new Pipeline(
                writes,
                stores.writing().cards(),
                stores.writing().history(),
                stores.idempotency(),
                link,
                settings.clock(),
                operations.dueExpiries());
        this.server = new CmsHttpServer(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()),
                ServerTls.of(settings.pki().localhostServerCredential(), random),
                pipeline,
                operations,
                auditReader,
                stores.operators(),
                new OperatorCards(
                        settings.operatorCardIssuers().stream()
                                .map(settings.pki()::issuingCa)
                                .toList(),
                        settings.clock()),
                settings.clock(),
                settings.faults(),
                settings.latency(),
                settings.limits(),
                new CmsHttpServer.Outbox(outboxToken, address -> outbox(Optional.of(address))),
                settings.mounts());
    }

    /**
     * Starts a sandbox.
     *
     * @param settings  how
     * @param cards     the cards to seed
     * @param operators the operators to seed
     * @return the running sandbox
     * @throws IOException if the data directory cannot be used or the port bound
     */
    public static SandboxAssembly start(Settings settings, List<CardSeed> cards, List<OperatorSeed> operators)
            throws IOException {
        SecureRandom random = new SecureRandom();
        if (settings.dataDirectory().isPresent()) {
            PrivateFiles.directory(settings.dataDirectory().get());
        }
        SandboxKeys keys = settings.keys().isPresent()
                ? SandboxKeys.given(settings.keys().get()[0], settings.keys().get()[1], random)
                : SandboxKeys.of(settings.dataDirectory(), random);
        SandboxDatabase database =
                settings.dataDirectory().map(SandboxDatabase::inDirectory).orElseGet(SandboxDatabase::inMemory);
        WriteQueue writes = null;
        try {
            writes = new WriteQueue(database, new AuditSealer(keys.auditKey()));
            return new SandboxAssembly(settings, cards, operators, random, keys, database, writes);
        } catch (IOException | RuntimeException | Error failure) {
            // A sandbox that fails to start (its port taken, a seed refused) lets its database and directory go.
            if (writes != null) {
                writes.close();
            }
            database.close();
            throw failure;
        }
    }

    /**
     * Returns the operators seeded at the start.
     *
     * @return the operators, with their credentials
     */
    public List<Seeder.SeededOperator> operators() {
        return operators;
    }

    /**
     * Seeds more cards while the sandbox runs.
     *
     * @param cards the cards; those already known are left as they are
     */
    public void addCards(List<CardSeed> cards) {
        seeder.cards(cards);
    }

    /**
     * Returns the token of the outbox capability.
     *
     * @return a copy; the caller wipes it
     */
    public char[] outboxToken() {
        return outboxToken.clone();
    }

    /**
     * Returns how many token sessions are open.
     *
     * @return the count
     */
    public int openSessions() {
        return server.openSessions();
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.port();
    }

    /**
     * Reads the outbox (committed messages).
     *
     * @param address the full address, or empty for every message
     * @return the messages, oldest first; the caller wipes their halves
     */
    public List<SentMessage> outbox(Optional<String> address) {
        return stores.reading(read -> read.outbox().to(address));
    }

    /**
     * Returns the committed audit chain.
     *
     * @return the chain
     */
    public AuditTrail auditTrail() {
        return writes;
    }

    /**
     * Returns the reader of the committed audit chain (verification, export).
     *
     * @return the reader
     */
    public AuditReader auditReader() {
        return auditReader;
    }

    /**
     * Returns the key ring that verifies the audit chain.
     *
     * @return the ring
     */
    public AuditKeyRing auditKeyRing() {
        return ring;
    }

    @Override
    public void close() {
        server.close();
        writes.close();
        database.close();
        java.util.Arrays.fill(outboxToken, '\0');
    }
}
