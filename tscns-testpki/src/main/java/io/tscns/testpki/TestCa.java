package io.tscns.testpki;

import io.tscns.testpki.internal.CertificateAssembler;
import io.tscns.testpki.internal.StreamingCrlWriter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A test certification authority (<i>autorità di certificazione di prova</i>): a root or an issuing CA named like the
 * real Italian citizen CAs but unmistakably test material, which issues CNS authentication, CMS operator, TLS server
 * and OCSP responder certificates from its profiles, revokes them, signs CRLs (streamed, so a million entries take
 * seconds) and answers OCSP.
 *
 * <p>Each profile method ({@link #cnsAuthentication}, {@link #operator}, {@link #tlsServer}, {@link #ocspSigner})
 * returns a builder already holding the profile; a test changes one field to get a bad variant and calls
 * {@link #issue(CertificateSpec)}.
 *
 * <p>Thread-safe: issuing, revoking and signing may run concurrently.
 *
 * @since 0.1.0
 */
public final class TestCa {

    /** Interval between a CRL's thisUpdate and nextUpdate unless a specification says otherwise. */
    public static final Duration CRL_VALIDITY = Duration.ofDays(1);

    private final CaSpec spec;
    private final TestCredential credential;
    private final String organization;
    private final String commonName;
    private final RevocationRegistry revocations = new RevocationRegistry();
    private final AtomicLong crlNumbers = new AtomicLong(1);

    private TestCa(CaSpec spec, TestCredential credential) {
        this.spec = spec;
        this.credential = credential;
        X500Name name = X500Name.getInstance(spec.subject().getEncoded());
        this.organization = firstValue(name, BCStyle.O);
        this.commonName = firstValue(name, BCStyle.CN);
    }

    /**
     * Creates a root CA with a self-signed certificate.
     *
     * @param spec the CA's name, key and settings
     * @return the CA
     * @throws TestPkiException if the certificate cannot be built
     */
    public static TestCa selfSigned(CaSpec spec) {
        Objects.requireNonNull(spec, "spec");
        CertificateSpec certificate =
                CertificateProfiles.ca(spec, Optional.empty()).build();
        X509Certificate self = sign(
                certificate,
                spec.serials().next(),
                spec.subject(),
                spec.keyPair().getPublic(),
                spec.keyPair().getPrivate());
        return new TestCa(spec, TestCredential.of(spec.keyPair().getPrivate(), List.of(self)));
    }

    /**
     * Creates a subordinate CA certified by this one, with the CA profile: critical basicConstraints, critical
     * keyUsage keyCertSign and cRLSign, the policies of {@link CaSpec#ownCertificatePolicies()}, key identifiers,
     * and this CA's CRL and OCSP pointers.
     *
     * @param subordinate the new CA's name, key and settings
     * @return the new CA
     */
    public TestCa subordinate(CaSpec subordinate) {
        return subordinate(subordinate, UnaryOperator.identity());
    }

    /**
     * Creates a subordinate CA whose certificate is first changed by a customiser, e.g. to drop keyCertSign or make
     * it expired for a negative path-validation test.
     *
     * @param subordinate the new CA's name, key and settings
     * @param customizer  changes to the CA profile
     * @return the new CA
     */
    public TestCa subordinate(CaSpec subordinate, UnaryOperator<CertificateSpec.Builder> customizer) {
        Objects.requireNonNull(subordinate, "subordinate");
        CertificateSpec certificate = customizer
                .apply(CertificateProfiles.ca(subordinate, Optional.of(this)))
                .build();
        X509Certificate issued = issue(certificate);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(issued);
        chain.addAll(credential.chain());
        return new TestCa(subordinate, TestCredential.of(subordinate.keyPair().getPrivate(), chain));
    }

    /**
     * Returns the settings this CA was created with.
     *
     * @return the specification
     */
    public CaSpec spec() {
        return spec;
    }

    /**
     * Returns the CA's name.
     *
     * @return the subject of its certificate
     */
    public X500Principal name() {
        return spec.subject();
    }

    /**
     * Returns the CA's certificate.
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return credential.certificate();
    }

    /**
     * Returns the CA's certificate chain: its own certificate first, the root last.
     *
     * @return an unmodifiable list
     */
    public List<X509Certificate> chain() {
        return credential.chain();
    }

    /**
     * Returns the CA's own credential (private key and chain), for tests that need to sign something unusual.
     *
     * @return the credential
     */
    public TestCredential credential() {
        return credential;
    }

    /**
     * Returns the value of the CA name's O attribute: the CA company written into CNS subjects.
     *
     * @return the organisation
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the name has no O attribute
     */
    public String organization() {
        if (organization.isEmpty()) {
            throw TestPkiException.invalid("CA name " + name().getName() + " has no O attribute");
        }
        return organization;
    }

    String commonName() {
        return commonName.isEmpty() ? name().getName() : commonName;
    }

    Instant now() {
        return spec.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Returns what this CA has issued and revoked; its CRLs and OCSP responders read it.
     *
     * @return the registry
     */
    public RevocationRegistry revocations() {
        return revocations;
    }

    /**
     * Returns the CNS authentication certificate profile for a holder and a key (e.g. a key generated "on the
     * chip"): the subject of {@link CnsSubject#toPrincipal(String)} with this CA's company as O; six years from now;
     * critical keyUsage digitalSignature only; extendedKeyUsage clientAuth; certificatePolicies with this CA's
     * issuing policy (CP OID and CPS URI) and {@value CertificatePolicy#CNS_OID} with its user notice; this CA's CRL
     * distribution point and OCSP URL; key identifiers. Source: {@code docs/card.md §6}, {@code docs/cms.md §6.3}.
     *
     * @param subject the holder
     * @param key     the card's public key
     * @return a builder holding the profile
     */
    public CertificateSpec.Builder cnsAuthentication(CnsSubject subject, PublicKey key) {
        return CertificateProfiles.cnsAuthentication(
                this, Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(key, "key"));
    }

    /**
     * Issues a CNS authentication certificate with the unchanged profile: what the card factory calls.
     *
     * @param subject the holder
     * @param key     the card's public key
     * @return the certificate
     */
    public X509Certificate issueCns(CnsSubject subject, PublicKey key) {
        return issue(cnsAuthentication(subject, key).build());
    }

    /**
     * Returns the CMS operator certificate profile: the subject of {@link OperatorSubject#toPrincipal()}; three
     * years from now; critical keyUsage digitalSignature; extendedKeyUsage clientAuth; this CA's issuing policy;
     * its CRL and OCSP pointers; key identifiers.
     *
     * @param subject the operator
     * @param key     the operator's public key
     * @return a builder holding the profile
     */
    public CertificateSpec.Builder operator(OperatorSubject subject, PublicKey key) {
        return CertificateProfiles.operator(
                this, Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the TLS server certificate profile: {@code C=IT, O=<this CA's company>, CN=<first name>}; 397 days
     * from now; critical keyUsage digitalSignature and keyEncipherment; extendedKeyUsage serverAuth; the given
     * subjectAltNames; this CA's CRL and OCSP pointers; key identifiers.
     *
     * @param names the server's DNS names and IP addresses (at least one)
     * @param key   the server's public key
     * @return a builder holding the profile
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if no name is given
     */
    public CertificateSpec.Builder tlsServer(List<SubjectAltName> names, PublicKey key) {
        return CertificateProfiles.tlsServer(this, List.copyOf(names), Objects.requireNonNull(key, "key"));
    }

    /**
     * Returns the delegated OCSP responder profile (RFC 6960 §4.2.2.2): {@code CN=OCSP <this CA's CN>}; 30 days from
     * now; critical keyUsage digitalSignature; extendedKeyUsage id-kp-OCSPSigning; id-pkix-ocsp-nocheck.
     *
     * @param key the responder's public key
     * @return a builder holding the profile
     */
    public CertificateSpec.Builder ocspSigner(PublicKey key) {
        return CertificateProfiles.ocspSigner(this, Objects.requireNonNull(key, "key"));
    }

    /**
     * Issues a certificate and records its serial number as issued (so OCSP answers "good" for it).
     *
     * @param certificate what goes in it
     * @return the certificate, parsed by the JDK
     * @throws TestPkiException with {@link TestPkiException.Reason#CRYPTO_FAILURE} if it cannot be signed
     */
    public X509Certificate issue(CertificateSpec certificate) {
        Objects.requireNonNull(certificate, "certificate");
        BigInteger serial =
                certificate.serialNumber().orElseGet(() -> spec.serials().next());
        X509Certificate issued =
                sign(certificate, serial, name(), certificate().getPublicKey(), credential.privateKey());
        revocations.recordIssued(serial);
        return issued;
    }

    /**
     * Issues a certificate and pairs it with its private key and this CA's chain.
     *
     * @param certificate what goes in it
     * @param privateKey  the private key matching {@link CertificateSpec#publicKey()}
     * @return the credential: the new certificate, then this CA's chain
     */
    public TestCredential issueCredential(CertificateSpec certificate, PrivateKey privateKey) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(issue(certificate));
        chain.addAll(credential.chain());
        return TestCredential.of(privateKey, chain);
    }

    /**
     * Revokes a certificate this CA issued.
     *
     * @param certificate the certificate
     * @param when        the revocation date
     * @param reason      why
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if another CA issued it
     */
    public void revoke(X509Certificate certificate, Instant when, CrlReason reason) {
        if (!certificate.getIssuerX500Principal().equals(name())) {
            throw TestPkiException.invalid("certificate was issued by "
                    + certificate.getIssuerX500Principal().getName() + ", not by " + name().getName());
        }
        revocations.revoke(RevokedCertificate.of(certificate.getSerialNumber(), when, reason));
    }

    /**
     * Returns a full-CRL builder holding every revocation recorded so far, the next cRLNumber, thisUpdate now and
     * nextUpdate one day later.
     *
     * @return a builder
     */
    public CrlSpec.Builder crl() {
        Instant now = now();
        return CrlSpec.builder(BigInteger.valueOf(crlNumbers.getAndIncrement()), now)
                .updates(now, now.plus(CRL_VALIDITY))
                .entries(revocations.revoked())
                .signatureAlgorithm(spec.signatureAlgorithm());
    }

    /**
     * Returns a delta-CRL builder: the revocations dated after the base CRL's thisUpdate, the next cRLNumber and a
     * critical deltaCRLIndicator naming the base.
     *
     * @param base the base CRL
     * @return a builder
     */
    public CrlSpec.Builder deltaCrl(CrlSpec base) {
        return crl().entries(revocations.revokedAfter(base.thisUpdate())).deltaOf(base.crlNumber());
    }

    /**
     * Signs a CRL and returns its DER encoding.
     *
     * @param crl what goes in it
     * @return the DER bytes
     * @throws TestPkiException if it cannot be signed
     */
    public byte[] signCrl(CrlSpec crl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeCrl(crl, out);
        return out.toByteArray();
    }

    /**
     * Signs a CRL and parses it with the JDK. For modest sizes: the JDK keeps every entry as objects.
     *
     * @param crl what goes in it
     * @return the parsed CRL
     * @throws TestPkiException if it cannot be signed or parsed
     */
    public X509CRL issueCrl(CrlSpec crl) {
        try {
            return (X509CRL)
                    CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(signCrl(crl)));
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("parsing the CRL just signed", e);
        }
    }

    /**
     * Streams a signed CRL to an output stream without holding its entries: a million entries take seconds and a
     * few kilobytes of heap. The stream is flushed, not closed.
     *
     * @param crl what goes in it; its entries are iterated twice
     * @param out where to write
     * @return the number of bytes written
     * @throws TestPkiException with {@link TestPkiException.Reason#IO_FAILURE} if writing fails,
     *                          {@link TestPkiException.Reason#INCONSISTENT_SOURCE} if the entries changed between the
     *                          two passes, or {@link TestPkiException.Reason#CRYPTO_FAILURE} if signing fails
     */
    public long writeCrl(CrlSpec crl, OutputStream out) {
        Objects.requireNonNull(crl, "crl");
        Objects.requireNonNull(out, "out");
        try {
            return StreamingCrlWriter.write(crl, name(), certificate().getPublicKey(), credential.privateKey(), out);
        } catch (IOException e) {
            throw new TestPkiException(TestPkiException.Reason.IO_FAILURE, "writing the CRL failed", e);
        } catch (GeneralSecurityException e) {
            throw TestPkiException.crypto("signing the CRL with " + crl.signatureAlgorithm(), e);
        }
    }

    /**
     * Streams a signed CRL to a file, through a temporary file in the same directory that is moved into place
     * only when complete: the file never holds a partial CRL.
     *
     * @param crl  what goes in it; its entries are iterated twice
     * @param file where to write (replaced if it exists)
     * @return the number of bytes written
     * @throws TestPkiException as {@link #writeCrl(CrlSpec, OutputStream)}
     */
    public long writeCrl(CrlSpec crl, Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(
                    target.getParent(), target.getFileName().toString(), ".part");
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                written = writeCrl(crl, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return written;
        } catch (IOException e) {
            throw new TestPkiException(TestPkiException.Reason.IO_FAILURE, "cannot write CRL file " + target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Returns an OCSP responder that signs with this CA's own key.
     *
     * @return the responder
     */
    public OcspResponder ocspResponder() {
        return OcspResponder.create(this, credential);
    }

    /**
     * Returns an OCSP responder that signs with a delegated responder credential, normally issued by this CA with
     * the {@link #ocspSigner(PublicKey)} profile. The credential is deliberately not checked, so a test can pass one
     * from another CA or without id-kp-OCSPSigning and see the client refuse it.
     *
     * @param responder the delegated responder's key and chain
     * @return the responder
     */
    public OcspResponder ocspResponder(TestCredential responder) {
        return OcspResponder.create(this, Objects.requireNonNull(responder, "responder"));
    }

    @Override
    public String toString() {
        return "TestCa[" + name().getName() + "]";
    }

    private static X509Certificate sign(
            CertificateSpec certificate,
            BigInteger serial,
            X500Principal issuer,
            PublicKey issuerPublicKey,
            PrivateKey issuerKey) {
        try {
            return CertificateAssembler.assemble(certificate, serial, issuer, issuerPublicKey, issuerKey);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw TestPkiException.crypto(
                    "signing the certificate for " + certificate.subject().getName() + " with "
                            + certificate.signatureAlgorithm(),
                    e);
        }
    }

    private static String firstValue(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Best effort: the original failure is what the caller needs to see.
            }
        }
    }
}
