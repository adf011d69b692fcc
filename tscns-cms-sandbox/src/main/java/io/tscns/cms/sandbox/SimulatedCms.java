package io.tscns.cms.sandbox;

import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.domain.AuditSegment;
import io.tscns.cms.sandbox.internal.http.Wire;
import io.tscns.cms.sandbox.internal.setup.CaSerialLedger;
import io.tscns.cms.sandbox.internal.setup.DefaultPopulation;
import io.tscns.cms.sandbox.internal.setup.SandboxAssembly;
import io.tscns.cms.sandbox.internal.setup.Seeder;
import io.tscns.cms.sandbox.internal.setup.Settings;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditKeyRing;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox Card Management System (<i>CMS di prova</i>): an HTTPS server speaking the tscns CMS protocol v1, with
 * durable state in an embedded HSQLDB database, seeded with cards from the test kit's {@link CardFactory} and with
 * operators holding personal certificates from the {@link TestPki}. Start it in a test with {@link #start()} or
 * configure it with {@link #builder()}; from the command line, {@link SandboxCmsServer}.
 *
 * <p>What it enforces: the sandbox's role matrix (which {@link OperatorRole} may run which operation, after the
 * Toscana manual v2.0 §8–10 and DM 20 giugno 2011 Allegato 2: a forbidden call is refused with
 * {@code forbidden-role}, a pharmacy's activation of another region's card with {@code other-region}, a re-issue at a
 * counter not enabled for it with {@code reissue-not-enabled}), the {@link CmsProfile} chosen
 * ({@link CmsProfile#DM_2011} allows suspension, offers the sealed envelope and its own activation rules;
 * {@link CmsProfile#TOSCANA_2_0} does neither), the activation rules of the core {@code ActivationValidator} under the
 * profile's policy, FSE consent rules, CIP checks with three tries, idempotency keys,
 * and an audit entry for every operation, successful or refused, in the same transaction as its change. Revoking or
 * suspending a seeded card revokes or holds its certificate at the test CA, so a CRL issued afterwards lists it; the
 * sandbox remembers what it asked of each certificate and asks it again of the test CA when it starts on an existing
 * data directory, so a CRL issued after a restart (even with a fresh {@link TestPki}) still lists the earlier
 * revocations and holds.
 *
 * <p>Besides the protocol, the sandbox serves its outbox, where the remote halves of the codes go instead of an
 * e-mail or an SMS: {@link #outbox(Optional)} in Java, {@code GET /cms/v1/outbox?address=} over HTTPS (described by
 * the OpenAPI document {@code io/tscns/cms/sandbox/openapi.yaml} of this module). A real CMS has no such endpoint.
 *
 * <p>Operators log in with mutual TLS and their personal certificate, with a personal token, or with their own
 * TS-CNS or operator card (Toscana manual v2.0 §10.1 step 2): the card's CNS authentication certificate, presented as
 * TLS client certificate, must come from one of the {@linkplain Builder#operatorCardIssuers trusted CNS CAs}, be
 * valid at the sandbox's time and not revoked on a CRL its CA issues at that moment; the operator is the one whose
 * registry entry ({@link OperatorSeed#codiceFiscale()}) has the certificate's codice fiscale. A card is refused with
 * {@code card-certificate-revoked}, {@code card-certificate-expired}, {@code card-certificate-untrusted} or, for a
 * holder who is no operator, {@code unknown-operator}; then the same role matrix, audit and refusal rules apply as
 * for any other credential.
 *
 * <p>Sessions opened with a personal token ({@code POST /sessions}) live in memory only: a restart ends them and the
 * client logs in again. Everything acknowledged otherwise — card states, CIP tries, codes, consents, outbox, idempotent
 * answers, the audit chain — survives a restart and a kill of the process.
 *
 * <p><b>JVM settings</b>: none to set. Leave {@code hsqldb.reconfig_logging} unset (or {@code false}): HSQLDB 2.7
 * reconfigures {@code java.util.logging} only when it is {@code true}.
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the database.
 *
 * @since 0.1.0
 */
public final class SimulatedCms implements AutoCloseable {

    /** The region code of Tuscany, as in EF.ID_Carta ({@code 090}). */
    public static final String TUSCANY = "090";
    /** The region code of Lombardy ({@code 030}). */
    public static final String LOMBARDY = "030";

    private final TestPki pki;
    private final CmsProfile profile;
    private final SandboxAssembly sandbox;
    private final Map<String, SandboxOperator> operators;
    private final List<IssuedCard> issuedCards;

    private SimulatedCms(Builder b) throws IOException {
        this.pki = b.pki;
        this.profile = b.profile;
        this.issuedCards = new CopyOnWriteArrayList<>(b.issued);
        List<CardSeed> seeds = new ArrayList<>(b.cards);
        issuedCards.forEach(card -> seeds.add(CardSeed.of(card)));
        Optional<byte[][]> keys = b.secretKey == null
                ? Optional.empty()
                : Optional.of(new byte[][] {b.secretKey.clone(), b.auditKey.clone()});
        this.sandbox = SandboxAssembly.start(
                new Settings(
                        Optional.ofNullable(b.dataDirectory),
                        b.port,
                        b.profile,
                        b.pki,
                        b.clock,
                        b.faults,
                        b.latency,
                        keys,
                        b.limits,
                        b.operatorCardIssuers,
                        b.mounts),
                seeds,
                b.operators);
        Map<String, SandboxOperator> seeded = new LinkedHashMap<>();
        for (Seeder.SeededOperator operator : sandbox.operators()) {
            try {
                seeded.put(
                        operator.seed().operatorId(),
                        new SandboxOperator(operator.seed(), operator.credential(), operator.token()));
            } finally {
                Arrays.fill(operator.token(), '\0');
            }
        }
        this.operators = Map.copyOf(seeded);
    }

    /**
     * Starts a sandbox with the defaults: in-memory database, ephemeral port, the standard test PKI, the Tuscany 2.0
     * profile, Tuscan operators of every role ({@code asl-1}, {@code asl-2} not enabled for re-issue,
     * {@code pharmacy-1}, {@code callcenter-1}, {@code admin-1}, {@code comune-1} of an authorised body, and
     * {@code disabled-1}), a Lombard pharmacist ({@code pharmacy-lombardy}) and three shipped cards (two Tuscan, one
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

    /**
     * Adds a card the card factory issued to the running sandbox, shipped and not yet activated, so that the codes
     * the sandbox releases are those of the simulated card (as {@link Builder#card(IssuedCard)} does before the
     * start). A card already known is left as it is.
     *
     * @param card the issued card
     */
    public void addCard(IssuedCard card) {
        Objects.requireNonNull(card, "card");
        sandbox.addCards(List.of(CardSeed.of(card)));
        issuedCards.add(card);
    }

    /**
     * Returns the base URI of the protocol, {@code https://localhost:<port>/cms/v1/}.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create("https://localhost:" + sandbox.port() + "/cms/v1/");
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return sandbox.port();
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
        return profile.lifecycle();
    }

    /**
     * Returns the profile: lifecycle, activation rules, codes an activation releases, sealed envelope or not.
     *
     * @return the profile
     */
    public CmsProfile profile() {
        return profile;
    }

    /**
     * Reads the outbox: the messages sent to an address, or every message. The caller destroys the remote halves
     * of each message ({@code message.remoteHalves().destroy()}).
     *
     * @param address the full address, or empty for all
     * @return the messages, oldest first
     */
    public List<OutboxMessage> outbox(Optional<String> address) {
        return sandbox.outbox(address).stream().map(Wire::outbox).toList();
    }

    /**
     * Returns the token of the sandbox's outbox capability: {@code GET /cms/v1/outbox?address=} with the header
     * {@code X-Sandbox-Outbox-Token} reads the outbox over HTTPS, which no operator's credentials do (a receipt and the
     * outbox never come together in one operator's hands). {@code tscns cms serve} writes it to {@code outbox.token}.
     *
     * @return a copy of the token; the caller wipes it
     */
    public char[] outboxToken() {
        return sandbox.outboxToken();
    }

    /** Returns how many token sessions are open, for tests of the session table. */
    int openSessions() {
        return sandbox.openSessions();
    }

    /**
     * Returns the committed audit chain, all in memory (for tests of small chains; {@link #verifyAudit()} and
     * {@link #exportAudit(OutputStream)} read any length in bounded memory).
     *
     * @return every entry, in order
     */
    public List<AuditEntry> auditEntries() {
        List<AuditEntry> entries = new ArrayList<>();
        sandbox.auditTrail().entries(0, Long.MAX_VALUE).forEach(entries::add);
        return entries;
    }

    /**
     * Verifies the committed audit chain with the sandbox's key, reading it a page at a time (bounded memory whatever
     * its length).
     *
     * @return the verification
     */
    public AuditVerification verifyAudit() {
        return sandbox.auditReader().verify(AuditSegment.whole());
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
            sandbox.auditReader().export(AuditSegment.whole(), out);
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
        return sandbox.auditKeyRing();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    @Override
    public String toString() {
        return "SimulatedCms[" + baseUri() + ", " + profile.id() + "]";
    }

    /**
     * Configures a sandbox. Not thread-safe.
     */
    public static final class Builder {
        private Path dataDirectory;
        private int port;
        private CmsProfile profile = CmsProfile.TOSCANA_2_0;
        private TestPki pki;
        private final List<CardSeed> cards = new ArrayList<>();
        private final List<IssuedCard> issued = new ArrayList<>();
        private final List<OperatorSeed> operators = new ArrayList<>();
        private Duration latency = Duration.ZERO;
        private SandboxFaults faults = SandboxFaults.none();
        private ServerLimits limits = ServerLimits.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private byte[] secretKey;
        private byte[] auditKey;
        private boolean defaultCards;
        private Set<TestIssuer> operatorCardIssuers = EnumSet.allOf(TestIssuer.class);
        private final List<SandboxMount> mounts = new ArrayList<>();

        private Builder() {}

        /**
         * Keeps the database in a directory, so a restart on it keeps every acknowledged operation; the default is
         * in memory. The directory ({@code 0700}) also holds the keys ({@code codes.key}, {@code audit.key}) unless
         * keys are given, the outbox token, each operator's credentials ({@code operators/}), made on the first start
         * and kept on every later one, and the test CA's serial-number state ({@code ca-serials}) unless a PKI is
         * given; secret files are {@code 0600} and refused if others can read them.
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
         * Chooses the profile by its lifecycle: {@link CmsProfile#of(LifecyclePolicy)}, with the activation rules
         * and code delivery that go with it; the default is {@link LifecyclePolicy#TOSCANA_2_0}.
         *
         * @param policy the lifecycle of the profile
         * @return this builder
         */
        public Builder lifecycle(LifecyclePolicy policy) {
            return profile(CmsProfile.of(policy));
        }

        /**
         * Sets the profile; the default is {@link CmsProfile#TOSCANA_2_0}.
         *
         * @param value the profile
         * @return this builder
         */
        public Builder profile(CmsProfile value) {
            this.profile = Objects.requireNonNull(value, "value");
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
            DefaultPopulation.operators().forEach(this::operator);
            defaultCards = true;
            return this;
        }

        /**
         * Sets the CNS CAs whose certificates operators may log in with, using their own TS-CNS or operator card
         * (Toscana manual v2.0 §10.1 step 2): the regional CAs of the sandbox's test PKI, every one by default. A
         * card certificate from another CA is refused with {@code card-certificate-untrusted}.
         *
         * @param issuers the trusted CNS CAs; none turns card login off
         * @return this builder
         */
        public Builder operatorCardIssuers(Set<TestIssuer> issuers) {
            this.operatorCardIssuers = Set.copyOf(issuers);
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
         * Sets the limits of the HTTPS server: connections, read deadlines, threads, login and CIP rates, sessions;
         * the default is {@link ServerLimits#DEFAULT}.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ServerLimits value) {
            this.limits = Objects.requireNonNull(value, "value");
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
         * Sets the clock of the sandbox: the time of every operation, audit entry and session, and of the cards it
         * seeds; the default is the system's UTC clock. The test PKI keeps its own clock ({@link #pki(TestPki)}),
         * which dates the certificates, and the cards of {@link #withDefaultPopulation()}: TLS checks the server's and
         * the operators' certificates against the real time, so a PKI on a clock far from it makes them unusable (the
         * demo gives both the same clock, near the real time).
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
         * The standard test PKI's CAs (same seed, same keys), with their serial-number streams kept in the data
         * directory ({@link CaSerialLedger}), so that a restart on it never reissues a serial number.
         */
        private static TestPki ledgered(Path directory) {
            try {
                return TestPki.builder()
                        .serialLedger(CaSerialLedger.in(directory))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Serves an extra web application under its own path prefix on the sandbox's port (the browser console of
         * {@code tscns-cms-console} at {@code /console/}). Two mounts may not share a prefix.
         *
         * @param mount the prefix and its handler
         * @return this builder
         */
        public Builder mount(SandboxMount mount) {
            Objects.requireNonNull(mount, "mount");
            if (mounts.stream().anyMatch(m -> m.pathPrefix().equals(mount.pathPrefix()))) {
                throw new IllegalArgumentException("already mounted: " + mount.pathPrefix());
            }
            mounts.add(mount);
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         * @throws UncheckedIOException if the port cannot be bound or the data directory written
         */
        public SimulatedCms start() {
            if (pki == null) {
                pki = dataDirectory == null ? TestPki.standard() : ledgered(dataDirectory);
            }
            if (defaultCards) {
                issued.addAll(DefaultPopulation.cards(pki));
                defaultCards = false;
            }
            try {
                return new SimulatedCms(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
