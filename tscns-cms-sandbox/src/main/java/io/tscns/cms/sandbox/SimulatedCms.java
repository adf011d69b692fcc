package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.OutboxMessage;
import io.tscns.core.activation.ActivationPolicy;
import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditKeyRing;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.audit.AuditVerifier;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.Sex;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.cms.sandbox.internal.engine.CertificateLink;
import io.tscns.cms.sandbox.internal.engine.CmsEngine;
import io.tscns.cms.sandbox.internal.http.CmsHttpServer;
import io.tscns.cms.sandbox.internal.http.Wire;
import io.tscns.cms.sandbox.internal.store.Cards;
import io.tscns.cms.sandbox.internal.store.Idempotency;
import io.tscns.cms.sandbox.internal.store.Operators;
import io.tscns.cms.sandbox.internal.store.Outbox;
import io.tscns.cms.sandbox.internal.store.Rows;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.SecretCipher;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.OperatorSubject;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox Card Management System (<i>CMS di prova</i>): an HTTPS server speaking the tscns CMS protocol v1, with
 * durable state in an embedded HSQLDB database, seeded with cards from the test kit's {@link CardFactory} and with
 * operators holding personal certificates from the {@link TestPki}. Start it in a test with {@link #start()} or
 * configure it with {@link #builder()}; from the command line, {@link SandboxCmsServer}.
 *
 * <p>What it enforces: the role matrix of {@link OperatorRole} ({@code CmsOperation.roles()}), the lifecycle profile chosen
 * ({@link LifecyclePolicy#DM_2011} allows suspension, {@link LifecyclePolicy#TOSCANA_2_0} does not), the activation
 * rules of the core {@code ActivationValidator}, FSE consent rules, CIP checks with three
 * tries, idempotency keys, and an audit entry for every operation. Revoking or suspending a seeded card revokes or
 * holds its certificate at the test CA, so a CRL issued afterwards lists it; the sandbox remembers what it asked of
 * each certificate and asks it again of the test CA when it starts on an existing data directory, so a CRL issued
 * after a restart (even with a fresh {@link TestPki}) still lists the earlier revocations and holds.
 *
 * <p>Sessions opened with a personal token ({@code POST /sessions}) live in memory only: a restart ends them and the
 * client logs in again. Everything acknowledged otherwise — card states, CIP tries, codes, consents, outbox, idempotent
 * answers, the audit chain — survives a restart and a kill of the process.
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the database.
 */
public final class SimulatedCms implements AutoCloseable {

    /** The region code of Tuscany, as in EF.ID_Carta ({@code 090}). */
    public static final String TUSCANY = "090";
    /** The region code of Lombardy ({@code 030}). */
    public static final String LOMBARDY = "030";

    private final TestPki pki;
    private final SandboxDatabase database;
    private final WriteQueue writes;
    private final CmsHttpServer server;
    private final Outbox outbox;
    private final AuditKeyRing ring;
    private final Map<String, SandboxOperator> operators;
    private final List<IssuedCard> issuedCards;
    private final LifecyclePolicy lifecycle;
    private final Cards cards;
    private final SecureRandom random;
    private final Map<String, X509Certificate> certificates;
    private final Clock clock;

    private SimulatedCms(Builder b) throws IOException, SQLException {
        this.pki = b.pki;
        this.clock = b.clock;
        this.lifecycle = b.lifecycle;
        byte[][] keys = keys(b);
        this.random = new SecureRandom();
        SecretCipher cipher = new SecretCipher(keys[0], random);
        AuditKey auditKey = AuditKey.of("sandbox-audit", keys[1]);
        Arrays.fill(keys[0], (byte) 0);
        Arrays.fill(keys[1], (byte) 0);
        this.ring = AuditKeyRing.of(auditKey);
        SandboxDatabase db = b.dataDirectory == null ? SandboxDatabase.inMemory()
                : SandboxDatabase.inDirectory(b.dataDirectory);
        this.database = db;
        WriteQueue queue = null;
        try {
            this.writes = queue = new WriteQueue(database, new AuditSealer(auditKey));
            this.cards = new Cards(cipher);
            this.outbox = new Outbox(cipher);
            this.certificates = new ConcurrentHashMap<>();
            this.issuedCards = new CopyOnWriteArrayList<>(b.issued);
            List<CardSeed> seeds = new ArrayList<>(b.cards);
            issuedCards.forEach(card -> seeds.add(CardSeed.of(card)));
            seed(cards, seeds, random, certificates);
            this.operators = seedOperators(b.operators, random);
            CertificateLink link = link(certificates);
            for (Cards.CertificateState state : database.read(cards::heldOrRevoked)) {
                link.apply(state.certificateSerial(), state.action(), state.at());
            }
            CmsEngine engine = new CmsEngine(cards, outbox, b.lifecycle, ActivationPolicy.TOSCANA_2_0,
                    SplitPolicy.MEF_SOGEI, new CodeGenerator(random), b.clock, link);
            this.server = new CmsHttpServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port),
                    TlsContexts.server(pki.localhostServerCredential(), List.of(pki.root().certificate())), database,
                    writes, engine, new Idempotency(cipher), outbox, b.clock, b.faults, b.latency,
                    new AuditVerifier(ring));
        } catch (Throwable failure) {
            // A sandbox that fails to start (its port taken, a seed refused) lets its database and directory go.
            if (queue != null) {
                queue.close();
            }
            db.close();
            throw failure;
        }
    }

    /**
     * Starts a sandbox with the defaults: in-memory database, ephemeral port, the standard test PKI, the Tuscany 2.0
     * lifecycle profile, four Tuscan operators ({@code asl-1}, {@code pharmacy-1}, {@code callcenter-1},
     * {@code admin-1}), a Lombard pharmacist ({@code pharmacy-lombardy}) and three shipped cards (two Tuscan, one
     * Lombard) from the card factory.
     *
     * @return the running sandbox
     */
    public static SimulatedCms start() {
        return builder().withDefaultPopulation().start();
    }

    /**
     * Returns a builder with no population: add cards and operators, or call
     * {@link Builder#withDefaultPopulation()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private static byte[][] keys(Builder b) throws IOException {
        if (b.secretKey != null && b.auditKey != null) {
            return new byte[][] {b.secretKey.clone(), b.auditKey.clone()};
        }
        byte[] material = new byte[64];
        if (b.dataDirectory == null) {
            new SecureRandom().nextBytes(material);
        } else {
            Files.createDirectories(b.dataDirectory);
            Path file = b.dataDirectory.resolve("sandbox.keys");
            if (Files.exists(file)) {
                material = java.util.Base64.getDecoder().decode(Files.readString(file).trim());
            } else {
                new SecureRandom().nextBytes(material);
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(material));
            }
        }
        return new byte[][] {Arrays.copyOfRange(material, 0, 32), Arrays.copyOfRange(material, 32, 64)};
    }

    /**
     * Adds a card the card factory issued to the running sandbox, shipped and not yet activated, so that the codes
     * the sandbox releases are those of the simulated card (as {@link Builder#card(IssuedCard)} does before the
     * start). A card already known is left as it is.
     *
     * @param card the issued card
     */
    public void addCard(IssuedCard card) {
        Objects.requireNonNull(card, "card");
        seed(cards, List.of(CardSeed.of(card)), random, certificates);
        issuedCards.add(card);
    }

    private void seed(Cards cards, List<CardSeed> seeds, SecureRandom random,
            Map<String, X509Certificate> certificates) {
        for (CardSeed seed : seeds) {
            seed.certificate().ifPresent(cert -> certificates.put(serial(cert), cert));
        }
        writes.submit(tx -> {
            for (CardSeed seed : seeds) {
                if (cards.exists(tx.connection(), seed.cardId().value())) {
                    continue;
                }
                cards.putHolder(tx.connection(), new Rows.HolderRow(seed.holder().value(), seed.surname(),
                        seed.givenName(), seed.birthDate(), String.valueOf(seed.sex().code()), seed.birthPlace()));
                cards.insertCard(tx.connection(), new Rows.CardRow(seed.cardId().value(), seed.teamNumber().value(),
                        seed.holder().value(), seed.region(), seed.state(), 0, seed.expiryDate(),
                        seed.certificate().map(SimulatedCms::serial), Optional.empty(), 0, clock.instant()));
                cards.putCode(tx.connection(), seed.cardId().value(), seed.pin());
                cards.putCode(tx.connection(), seed.cardId().value(), seed.puk());
                cards.putCode(tx.connection(), seed.cardId().value(), seed.cip());
            }
            return null;
        });
    }

    private Map<String, SandboxOperator> seedOperators(List<OperatorSeed> seeds, SecureRandom random) {
        Map<String, SandboxOperator> result = new LinkedHashMap<>();
        for (OperatorSeed seed : seeds) {
            TestCredential credential = pki.operatorCredential(new OperatorSubject(seed.operatorId(),
                    operatorCodiceFiscale(seed.operatorId()), "OPERATORE", seed.operatorId().toUpperCase()
                    .replaceAll("[^A-Z]", ""), "tscns Sandbox CMS", Optional.of(seed.counterId())));
            char[] token = ("tok-" + seed.operatorId() + "-" + Long.toHexString(random.nextLong())).toCharArray();
            try {
                String fingerprint = CmsHttpServer.fingerprint(credential.certificate().getEncoded());
                writes.submit(tx -> {
                    Operators.put(tx.connection(), new Rows.OperatorRow(seed.operatorId(), seed.displayName(),
                            seed.role().name(), seed.region(), seed.counterId(), seed.reissueEnabled(),
                            seed.enabled(), Optional.of(fingerprint)), Optional.of(token), random);
                    return null;
                });
                result.put(seed.operatorId(), new SandboxOperator(seed, credential, token));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("cannot encode an operator certificate", e);
            } finally {
                Arrays.fill(token, '\0');
            }
        }
        return Map.copyOf(result);
    }

    private static CodiceFiscale operatorCodiceFiscale(String operatorId) {
        int day = 1 + Math.floorMod(operatorId.hashCode(), 28);
        return CodiceFiscaleCalculator.compute("OPERATORE", "SANDBOX", Sex.FEMALE, LocalDate.of(1985, 3, day),
                new BirthPlaceCode("D612"));
    }

    private CertificateLink link(Map<String, X509Certificate> certificates) {
        return (serial, action, at) -> {
            X509Certificate certificate = certificates.get(serial);
            if (certificate == null) {
                return;
            }
            TestCa ca = issuingCa(certificate);
            if (action instanceof CertificateAction.Hold) {
                ca.revoke(certificate, at, CrlReason.CERTIFICATE_HOLD);
            } else if (action instanceof CertificateAction.ReleaseHold) {
                ca.revocations().release(certificate.getSerialNumber());
            } else if (action instanceof CertificateAction.Revoke revoke) {
                ca.revocations().release(certificate.getSerialNumber());
                ca.revoke(certificate, at, CrlReason.valueOf(revoke.cause().crlReason().name()));
            }
        };
    }

    private TestCa issuingCa(X509Certificate certificate) {
        for (TestIssuer issuer : TestIssuer.values()) {
            TestCa ca = pki.issuingCa(issuer);
            if (ca.name().equals(certificate.getIssuerX500Principal())) {
                return ca;
            }
        }
        throw new IllegalStateException("certificate not issued by a test issuing CA");
    }

    private static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }

    /**
     * Returns the base URI of the protocol, {@code https://localhost:<port>/cms/v1/}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create("https://localhost:" + server.port() + "/cms/v1/");
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
     * Returns the test PKI: its root is the trust anchor of the server's certificate and of the operators'.
     *
     * @return the PKI
     */
    public TestPki pki() {
        return pki;
    }

    /**
     * Returns the CA certificate a client must trust to reach the server (the test PKI's root).
     *
     * @return the trust anchor
     */
    public X509Certificate caCertificate() {
        return pki.root().certificate();
    }

    /**
     * Returns a trust store holding {@link #caCertificate()}.
     *
     * @return the trust store
     */
    public KeyStore trustStore() {
        return TlsContexts.trustStore(List.of(caCertificate()));
    }

    /**
     * Returns an operator's personal credentials.
     *
     * @param operatorId the operator id
     * @return the credentials
     * @throws IllegalArgumentException if the sandbox has no such operator
     */
    public SandboxOperator operator(String operatorId) {
        SandboxOperator operator = operators.get(operatorId);
        if (operator == null) {
            throw new IllegalArgumentException("no sandbox operator " + operatorId);
        }
        return operator;
    }

    /**
     * Returns every seeded operator.
     *
     * @return the operators, by id
     */
    public Map<String, SandboxOperator> operators() {
        return operators;
    }

    /**
     * Returns the cards the sandbox issued itself with the card factory (the default population), with their
     * simulated cards and codes.
     *
     * @return the cards
     */
    public List<IssuedCard> issuedCards() {
        return List.copyOf(issuedCards);
    }

    /**
     * Returns the lifecycle profile.
     *
     * @return the policy
     */
    public LifecyclePolicy lifecycle() {
        return lifecycle;
    }

    /**
     * Reads the outbox: the messages sent to an address, or every message. The caller destroys the remote halves
     * of each message ({@code message.remoteHalves().destroy()}).
     *
     * @param address the full address, or empty for all
     * @return the messages, oldest first
     */
    public List<OutboxMessage> outbox(Optional<String> address) {
        return database.read(c -> outbox.messages(c, address.orElse(null))).stream().map(Wire::outbox).toList();
    }

    /**
     * Returns the committed audit chain, all in memory (for tests of small chains; {@link #verifyAudit()} and
     * {@link #exportAudit(OutputStream)} read any length in bounded memory).
     *
     * @return every entry, in order
     */
    public List<AuditEntry> auditEntries() {
        return writes.auditEntries();
    }

    /**
     * Verifies the committed audit chain with the sandbox's key, reading it a page at a time (bounded memory whatever
     * its length).
     *
     * @return the verification
     */
    public AuditVerification verifyAudit() {
        return new AuditVerifier(ring).verify(writes.auditEntries(0, Long.MAX_VALUE));
    }

    /**
     * Writes the audit chain in the core export format, reading it a page at a time (bounded memory whatever its
     * length).
     *
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void exportAudit(OutputStream out) {
        try {
            AuditExport.write(out, AuditChainHead.GENESIS, writes.auditEntries(0, Long.MAX_VALUE), writes.sealer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the key ring an auditor needs to verify an export.
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
    }

    @Override
    public String toString() {
        return "SimulatedCms[" + baseUri() + ", " + lifecycle.id() + "]";
    }

    /**
     * Configures a sandbox. Not thread-safe.
     */
    public static final class Builder {
        private Path dataDirectory;
        private int port;
        private LifecyclePolicy lifecycle = LifecyclePolicy.TOSCANA_2_0;
        private TestPki pki = TestPki.standard();
        private final List<CardSeed> cards = new ArrayList<>();
        private final List<IssuedCard> issued = new ArrayList<>();
        private final List<OperatorSeed> operators = new ArrayList<>();
        private Duration latency = Duration.ZERO;
        private SandboxFaults faults = SandboxFaults.none();
        private Clock clock = Clock.systemUTC();
        private byte[] secretKey;
        private byte[] auditKey;
        private boolean defaultCards;

        private Builder() {
        }

        /**
         * Keeps the database in a directory, so a restart on it keeps every acknowledged operation; the default is
         * in memory. The directory also holds {@code sandbox.keys} unless keys are given.
         *
         * @param directory the data directory
         * @return this builder
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Sets the port; 0 (the default) picks a free one.
         *
         * @param value the port
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * Sets the lifecycle profile; the default is {@link LifecyclePolicy#TOSCANA_2_0}.
         *
         * @param policy the profile
         * @return this builder
         */
        public Builder lifecycle(LifecyclePolicy policy) {
            this.lifecycle = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the test PKI (server certificate, operator certificates, card CAs).
         *
         * @param value the PKI
         * @return this builder
         */
        public Builder pki(TestPki value) {
            this.pki = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Adds a card.
         *
         * @param seed the card
         * @return this builder
         */
        public Builder card(CardSeed seed) {
            cards.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * Adds a card issued by the card factory; its simulated card's codes are the sandbox's.
         *
         * @param card the card
         * @return this builder
         */
        public Builder card(IssuedCard card) {
            issued.add(Objects.requireNonNull(card, "card"));
            return this;
        }

        /**
         * Adds an operator.
         *
         * @param seed the operator
         * @return this builder
         */
        public Builder operator(OperatorSeed seed) {
            operators.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * Adds the default population: Tuscan operators of every role, a Lombard pharmacist, and three cards.
         *
         * @return this builder
         */
        public Builder withDefaultPopulation() {
            operator(OperatorSeed.of("asl-1", OperatorRole.ASL_COUNTER, TUSCANY));
            operator(OperatorSeed.of("asl-2", OperatorRole.ASL_COUNTER, TUSCANY).withReissueEnabled(false));
            operator(OperatorSeed.of("pharmacy-1", OperatorRole.PHARMACY, TUSCANY));
            operator(OperatorSeed.of("pharmacy-lombardy", OperatorRole.PHARMACY, LOMBARDY));
            operator(OperatorSeed.of("callcenter-1", OperatorRole.CALL_CENTER, TUSCANY));
            operator(OperatorSeed.of("admin-1", OperatorRole.ISSUER_ADMIN, TUSCANY));
            operator(OperatorSeed.of("disabled-1", OperatorRole.PHARMACY, TUSCANY).withEnabled(false));
            defaultCards = true;
            return this;
        }

        /**
         * Adds a fixed delay to every request.
         *
         * @param value the delay
         * @return this builder
         */
        public Builder latency(Duration value) {
            this.latency = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the faults to inject.
         *
         * @param value the plan
         * @return this builder
         */
        public Builder faults(SandboxFaults value) {
            this.faults = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the clock of the sandbox: the time of every operation, audit entry and session, and of the cards and
         * operators it seeds. The test PKI keeps its own clock ({@link #pki(TestPki)}): its certificates must be
         * valid when TLS checks them, against the real time; give the builder a PKI on the same clock to date the
         * default population's cards with it too.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the keys: 32 bytes for AES-256-GCM of the codes at rest, 32 to 64 for the audit HMAC (both copied).
         *
         * @param secretCodes the AES key
         * @param audit       the audit key
         * @return this builder
         */
        public Builder keys(byte[] secretCodes, byte[] audit) {
            this.secretKey = secretCodes.clone();
            this.auditKey = audit.clone();
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         * @throws UncheckedIOException if the port cannot be bound or the data directory written
         */
        public SimulatedCms start() {
            if (defaultCards) {
                CardFactory tuscany = CardFactory.builder().pki(pki).build();
                CardFactory lombardy = CardFactory.builder().pki(pki).issuer(TestIssuer.LOMBARDIA).build();
                issued.add(tuscany.issue(CardHolder.example()));
                issued.add(tuscany.issue(new CardHolder("BIANCHI", "ANNA", Sex.FEMALE, LocalDate.of(1990, 5, 17),
                        new BirthPlaceCode("D612"), new BirthPlaceCode("D612"))));
                issued.add(lombardy.issue(new CardHolder("VERDI", "LUCA", Sex.MALE, LocalDate.of(1975, 11, 2),
                        new BirthPlaceCode("F205"), new BirthPlaceCode("F205"))));
                defaultCards = false;
            }
            try {
                return new SimulatedCms(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot start the sandbox database", e);
            }
        }
    }
}
