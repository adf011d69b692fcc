package io.tscns.testpki;

import io.tscns.testpki.internal.SerialNumbers;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;

/**
 * A ready-made test PKI (<i>infrastruttura a chiave pubblica di prova</i>): a root, the regional citizen CAs of
 * {@link TestIssuer} under it, a CA for CMS operators, a CA for TLS servers, a trusted-list signer, delegated OCSP
 * responders, and an untrusted impostor CA with Tuscany's exact name but another key and root. Everything is
 * created on first use and cached, and every key comes from a {@link KeyPairSource}, so with the same seed and a
 * fixed clock the whole PKI is byte-for-byte reproducible.
 *
 * <p>All names carry the organisation {@value #ORGANIZATION}, all CP OIDs sit under the example arc {@code 2.999},
 * and all URLs under the reserved {@code .invalid} domain unless a test gives its own base (for example a
 * {@link RevocationHttpServer}'s): nothing here can be mistaken for, or reach, a real CA.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class TestPki {

    /** The organisation (O) of every test CA: the mark of test material. */
    public static final String ORGANIZATION = "tscns Test CA";
    /** The URL base used when none is given: the reserved {@code .invalid} domain never resolves. */
    public static final URI DEFAULT_URL_BASE = URI.create("http://pki.tscns-test.invalid/");
    /** The seed of {@link #standard()}. */
    public static final long DEFAULT_SEED = 20_111_218L;
    /** id-tsl-kp-tslSigning (ETSI TS 119 612 §5.7.1), the EKU of the trusted-list signer. */
    public static final KeyPurpose TSL_SIGNING = new KeyPurpose("0.4.0.2231.3.0");

    private static final Object STANDARD_LOCK = new Object();
    private static TestPki standard;

    private final KeyPairSource keys;
    private final Clock clock;
    private final int caKeyBits;
    private final URI urlBase;
    private final SerialNumberLedger ledger;
    private final Map<String, Object> cache = new HashMap<>();

    private TestPki(KeyPairSource keys, Clock clock, int caKeyBits, URI urlBase, SerialNumberLedger ledger) {
        this.keys = keys;
        this.clock = clock;
        this.caKeyBits = caKeyBits;
        this.urlBase = urlBase;
        this.ledger = ledger;
    }

    /**
     * Returns the shared PKI of this process: seed {@value #DEFAULT_SEED}, the system UTC clock at first use,
     * RSA-2048 CA keys, URLs under {@link #DEFAULT_URL_BASE}. Tests that need their own clock or URLs build one
     * with {@link #builder()}.
     *
     * @return the shared instance
     */
    public static TestPki standard() {
        synchronized (STANDARD_LOCK) {
            if (standard == null) {
                standard = builder().build();
            }
            return standard;
        }
    }

    /**
     * Starts a builder with the defaults of {@link #standard()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the key source; tests take holder and operator keys from it by label.
     *
     * @return the key source
     */
    public KeyPairSource keys() {
        return keys;
    }

    /**
     * Returns the clock of every CA of this PKI.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the base of every CRL, OCSP and CPS URL of this PKI.
     *
     * @return the base, ending in {@code /}
     */
    public URI urlBase() {
        return urlBase;
    }

    /**
     * Returns the root CA, {@code CN=tscns Test Root CA}: the trust anchor of every CA below except the impostor.
     *
     * @return the root
     */
    public TestCa root() {
        return cached(
                "root",
                () -> TestCa.selfSigned(caSpec("tscns Test Root CA", "root", "root")
                        .ownCertificatePolicies()
                        .build()));
    }

    /**
     * Returns a regional citizen CA, certified by the root with pathLenConstraint 0, its CP OID and CPS URI, and
     * CRL and OCSP URLs {@code crl/<slug>.crl} and {@code ocsp/<slug>} under the URL base.
     *
     * @param issuer which one
     * @return the CA
     */
    public TestCa issuingCa(TestIssuer issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return cached(
                "ca/" + issuer.slug(),
                () -> root().subordinate(issuingSpec(
                                issuer.commonName(), "ca/" + issuer.slug(), issuer.slug(), issuer.policyOid())
                        .build()));
    }

    /**
     * Returns the CA of CMS operators' personal certificates, {@code CN=tscns Test CA - Operatori CMS}.
     *
     * @return the CA
     */
    public TestCa operatorCa() {
        return cached(
                "ca/operatori",
                () -> root().subordinate(issuingSpec(
                                "tscns Test CA - Operatori CMS",
                                "ca/operatori",
                                "operatori",
                                TestIssuer.TEST_POLICY_ARC + ".100")
                        .build()));
    }

    /**
     * Returns the CA of the sandbox servers' TLS certificates, {@code CN=tscns Test CA - Server TLS}.
     *
     * @return the CA
     */
    public TestCa serverCa() {
        return cached(
                "ca/server",
                () -> root().subordinate(issuingSpec(
                                "tscns Test CA - Server TLS",
                                "ca/server",
                                "server",
                                TestIssuer.TEST_POLICY_ARC + ".101")
                        .build()));
    }

    /**
     * Returns an impostor of the Tuscany CA: the same name, profile and URLs, but its own key under its own root
     * {@code CN=tscns Untrusted Root CA}, and absent from the trusted list. Its certificates must fail as
     * "untrusted issuer" even though every name matches.
     *
     * @return the impostor CA
     */
    public TestCa untrustedCa() {
        return cached("untrusted/ca", () -> {
            TestCa untrustedRoot =
                    TestCa.selfSigned(caSpec("tscns Untrusted Root CA", "untrusted/root", "untrusted-root")
                            .ownCertificatePolicies()
                            .build());
            TestIssuer impersonated = TestIssuer.TOSCANA;
            return untrustedRoot.subordinate(issuingSpec(
                            impersonated.commonName(),
                            "untrusted/ca/toscana",
                            impersonated.slug(),
                            impersonated.policyOid())
                    .build());
        });
    }

    /**
     * Returns the delegated OCSP responder of a regional CA (id-kp-OCSPSigning, id-pkix-ocsp-nocheck).
     *
     * @param issuer which CA
     * @return the responder's key and chain
     */
    public TestCredential ocspResponderCredential(TestIssuer issuer) {
        Objects.requireNonNull(issuer, "issuer");
        return cached("ocsp/" + issuer.slug(), () -> {
            TestCa ca = issuingCa(issuer);
            KeyPair pair = keys.rsa("ocsp/" + issuer.slug(), caKeyBits);
            return ca.issueCredential(ca.ocspSigner(pair.getPublic()).build(), pair.getPrivate());
        });
    }

    /**
     * Returns the trusted-list signer, certified by the root: critical keyUsage digitalSignature and
     * nonRepudiation, extendedKeyUsage {@link #TSL_SIGNING}.
     *
     * @return the signer's key and chain
     */
    public TestCredential tslSigner() {
        return listSigner("tsl-signer", "tscns Test Trusted List Signer");
    }

    /**
     * Returns another trusted-list signer, with the profile of {@link #tslSigner()} and its own key and name: for
     * tests in which the national list's signer rotates, or which sign the EU list of trusted lists and its pivots.
     *
     * @param label what the signer is for, e.g. {@code it-2027} or {@code lotl-2}; it names the key and the
     *              certificate's CN
     * @return the signer's key and chain, cached by label
     */
    public TestCredential trustedListSigner(String label) {
        Checks.requireText(label, "label");
        return listSigner("tsl-signer/" + label, "tscns Test Trusted List Signer " + label);
    }

    private TestCredential listSigner(String keyLabel, String commonName) {
        return cached(keyLabel, () -> {
            KeyPair pair = keys.rsa(keyLabel, caKeyBits);
            Instant now = now();
            CertificateSpec spec = CertificateSpec.builder()
                    .subject(new X500Principal("CN=" + commonName + ", O=" + ORGANIZATION + ", C=IT"))
                    .publicKey(pair.getPublic())
                    .validity(now, now.atZone(ZoneOffset.UTC).plusYears(3).toInstant())
                    .keyUsage(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.NON_REPUDIATION)
                    .extendedKeyUsage(TSL_SIGNING)
                    .build();
            return root().issueCredential(spec, pair.getPrivate());
        });
    }

    /**
     * Returns a CNS card's credential: a key labelled {@code holder/<card id>} and its CNS authentication
     * certificate from a regional CA, for end-to-end CNS login over mutual TLS. The key is cached; each call issues
     * a new certificate (with a new serial number).
     *
     * @param issuer  which CA
     * @param subject the holder
     * @return the card's key and chain
     */
    public TestCredential cnsCredential(TestIssuer issuer, CnsSubject subject) {
        KeyPair pair = keys.rsa("holder/" + subject.cardId());
        TestCa ca = issuingCa(issuer);
        return ca.issueCredential(
                ca.cnsAuthentication(subject, pair.getPublic()).build(), pair.getPrivate());
    }

    /**
     * Returns a CMS operator's credential: a key labelled {@code operator/<operator id>} and a certificate from
     * {@link #operatorCa()}. The key is cached; each call issues a new certificate (with a new serial number).
     *
     * @param subject the operator
     * @return the operator's key and chain
     */
    public TestCredential operatorCredential(OperatorSubject subject) {
        KeyPair pair = keys.rsa("operator/" + subject.operatorId());
        return operatorCa()
                .issueCredential(
                        operatorCa().operator(subject, pair.getPublic()).build(), pair.getPrivate());
    }

    /**
     * Returns a TLS server credential from {@link #serverCa()} for {@code localhost}, {@code 127.0.0.1} and
     * {@code ::1}, cached.
     *
     * @return the server's key and chain
     */
    public TestCredential localhostServerCredential() {
        return cached("server/localhost", () -> {
            KeyPair pair = keys.rsa("server/localhost");
            List<SubjectAltName> names = List.of(
                    new SubjectAltName.DnsName("localhost"),
                    new SubjectAltName.IpAddress(InetAddress.getLoopbackAddress()),
                    new SubjectAltName.IpAddress(ipv6Loopback()));
            return serverCa()
                    .issueCredential(
                            serverCa().tlsServer(names, pair.getPublic()).build(), pair.getPrivate());
        });
    }

    /**
     * Returns the content of this PKI's trusted list: one provider, {@value #ORGANIZATION}, with an IdV service
     * (status recognised at national level) for each regional CA, plus two services a CNS relying party must
     * ignore: the operator CA as a CA/QC service and the server CA as a TSA/QTST service. The impostor CA is not
     * listed. Issued now, next update in 180 days.
     *
     * @return the specification
     */
    public TrustedListSpec trustedListSpec() {
        List<TrustedListService> services = new ArrayList<>();
        for (TestIssuer issuer : TestIssuer.values()) {
            TestCa ca = issuingCa(issuer);
            services.add(new TrustedListService(
                    TrustedListService.TYPE_IDV,
                    issuer.commonName(),
                    ca.certificate(),
                    TrustedListService.STATUS_RECOGNISED_AT_NATIONAL_LEVEL,
                    ca.certificate().getNotBefore().toInstant()));
        }
        services.add(new TrustedListService(
                TrustedListService.TYPE_CA_QC,
                "tscns Test CA - Operatori CMS",
                operatorCa().certificate(),
                TrustedListService.STATUS_GRANTED,
                now()));
        services.add(new TrustedListService(
                TrustedListService.TYPE_TSA_QTST,
                "tscns Test TSA",
                serverCa().certificate(),
                TrustedListService.STATUS_GRANTED,
                now()));
        return new TrustedListSpec(
                "IT",
                "tscns Test Scheme Operator (simulating AgID)",
                1,
                now(),
                now().plus(Duration.ofDays(180)),
                List.of(new TrustServiceProvider(ORGANIZATION, services)));
    }

    /**
     * Returns this PKI's trusted list, signed by {@link #tslSigner()}.
     *
     * @return the UTF-8 XML document
     */
    public byte[] trustedList() {
        return TrustedLists.sign(trustedListSpec(), tslSigner());
    }

    /**
     * Publishes, for every regional CA, a CRL (computed afresh on each request) and its delegated OCSP responder on
     * a revocation server, at the paths its certificates point to.
     *
     * @param server a server whose base URL is this PKI's URL base
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the server's base URL differs
     */
    public void publish(RevocationHttpServer server) {
        if (!server.baseUri().equals(urlBase)) {
            throw TestPkiException.invalid(
                    "the PKI's URLs point to " + urlBase + ", not to the server at " + server.baseUri());
        }
        for (TestIssuer issuer : TestIssuer.values()) {
            TestCa ca = issuingCa(issuer);
            server.serveCrl(crlPath(issuer.slug()), () -> ca.signCrl(ca.crl().build()));
            server.serveOcsp(ocspPath(issuer.slug()), ca.ocspResponder(ocspResponderCredential(issuer)));
        }
    }

    /**
     * Returns the path of a regional CA's CRL below the URL base.
     *
     * @param issuer which CA
     * @return e.g. {@code crl/toscana.crl}
     */
    public static String crlPath(TestIssuer issuer) {
        return crlPath(issuer.slug());
    }

    /**
     * Returns the path of a regional CA's OCSP responder below the URL base.
     *
     * @param issuer which CA
     * @return e.g. {@code ocsp/toscana}
     */
    public static String ocspPath(TestIssuer issuer) {
        return ocspPath(issuer.slug());
    }

    private static String crlPath(String slug) {
        return "crl/" + slug + ".crl";
    }

    private static String ocspPath(String slug) {
        return "ocsp/" + slug;
    }

    /** A CA whose key is labelled {@code keyLabel} and whose CRL sits at {@code crl/<slug>.crl}. */
    private CaSpec.Builder caSpec(String commonName, String keyLabel, String slug) {
        return CaSpec.builder(CaSpec.citizenCaName(commonName, ORGANIZATION), keys.rsa(keyLabel, caKeyBits))
                .clock(clock)
                .serials(serials(keys.seed() * 31 + keyLabel.hashCode(), keyLabel))
                .crlUrl(urlBase.resolve(crlPath(slug)));
    }

    /** The serial numbers of a CA: its seeded stream, from the ledger's position if there is a ledger. */
    private SerialNumberSource serials(long stream, String keyLabel) {
        return ledger == null
                ? SerialNumberSource.random(stream)
                : () -> SerialNumbers.sixteenByteSerial(stream, ledger.reserve(keyLabel));
    }

    private CaSpec.Builder issuingSpec(String commonName, String keyLabel, String slug, String policyOid) {
        return caSpec(commonName, keyLabel, slug)
                .pathLengthLimit(0)
                .issuingPolicy(CertificatePolicy.withCps(policyOid, urlBase.resolve("cps/" + slug + ".pdf")))
                .ocspUrl(urlBase.resolve(ocspPath(slug)));
    }

    private Instant now() {
        return clock.instant();
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T cached(String key, Supplier<T> factory) {
        Object value = cache.get(key);
        if (value == null) {
            value = factory.get();
            cache.put(key, value);
        }
        return (T) value;
    }

    private static InetAddress ipv6Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 16-byte address is always valid", e);
        }
    }

    @Override
    public String toString() {
        return "TestPki[seed=" + keys.seed() + ", urlBase=" + urlBase + "]";
    }

    /** Builds a {@link TestPki}. Not thread-safe. */
    public static final class Builder {
        private long seed = DEFAULT_SEED;
        private Clock clock = Clock.systemUTC();
        private int caKeyBits = KeyPairSource.DEFAULT_RSA_BITS;
        private URI urlBase = DEFAULT_URL_BASE;
        private SerialNumberLedger ledger;

        private Builder() {}

        /**
         * Keeps the positions of the CAs' serial-number streams in a ledger, so that a PKI built again from the same
         * seed in a later process never reissues a serial number; without one each process starts them afresh.
         *
         * @param value the ledger
         * @return this builder
         */
        public Builder serialLedger(SerialNumberLedger value) {
            this.ledger = Objects.requireNonNull(value, "serialLedger");
            return this;
        }

        /**
         * Sets the seed of every key.
         *
         * @param value the seed
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the clock of every CA; a fixed clock makes the PKI byte-for-byte reproducible.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the RSA modulus size of the CA, OCSP and trusted-list signer keys.
         *
         * @param bits the size, e.g. 2048 or 4096
         * @return this builder
         */
        public Builder caKeyBits(int bits) {
            this.caKeyBits = bits;
            return this;
        }

        /**
         * Sets the base of the CRL, OCSP and CPS URLs, e.g. a {@link RevocationHttpServer}'s base.
         *
         * @param value an absolute URL ending in {@code /}
         * @return this builder
         */
        public Builder urlBase(URI value) {
            this.urlBase = Objects.requireNonNull(value, "urlBase");
            return this;
        }

        /**
         * Builds the PKI; CAs are created on first use.
         *
         * @return the PKI
         * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the URL base is not absolute
         *                          or does not end in {@code /}
         */
        public TestPki build() {
            if (!urlBase.isAbsolute() || !urlBase.getPath().endsWith("/")) {
                throw TestPkiException.invalid("URL base must be absolute and end in '/', found " + urlBase);
            }
            if (caKeyBits < 1024) {
                throw TestPkiException.invalid("CA keys must have at least 1024 bits, found " + caKeyBits);
            }
            return new TestPki(KeyPairSource.seeded(seed), clock, caKeyBits, urlBase, ledger);
        }
    }
}
