package io.tscns.cms.sandbox.internal.setup;

import io.tscns.cms.sandbox.internal.domain.CertificateLink;
import io.tscns.cms.sandbox.internal.domain.CertificateState;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's line to the test CA (<i>comunicazione al certificatore</i>): the certificates of the seeded cards by
 * serial, and what a transition asks of one applied to the revocation registry of the test CA that issued it —
 * hold, release, revocation with the CRL reason of {@code docs/cms.md §3.3} — so that a CRL issued afterwards lists
 * it. When the sandbox starts on an existing data directory it asks the test CA again for every hold and revocation
 * it has recorded, so that a CRL issued after a restart (even with a fresh {@link TestPki}) still lists them. A
 * certificate the sandbox does not know (a card seeded without one) is left alone. Thread-safe.
 */
final class TestCaLink implements CertificateLink {

    private final TestPki pki;
    private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

    TestCaLink(TestPki pki) {
        this.pki = Objects.requireNonNull(pki, "pki");
    }

    /**
     * Makes a card's certificate known.
     *
     * @param certificate the certificate
     */
    void register(X509Certificate certificate) {
        certificates.put(serial(certificate), certificate);
    }

    /**
     * Asks the test CA again for what the sandbox recorded before a restart.
     *
     * @param states the holds and revocations recorded
     */
    void replay(List<CertificateState> states) {
        states.forEach(state -> apply(state.certificateSerial(), state.action(), state.at()));
    }

    @Override
    public void apply(String certificateSerial, CertificateAction action, Instant at) {
        X509Certificate certificate = certificates.get(certificateSerial);
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
            ca.revoke(
                    certificate,
                    at,
                    CrlReason.valueOf(revoke.cause().crlReason().name()));
        }
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

    /**
     * Returns a certificate's serial as the sandbox records it.
     *
     * @param certificate the certificate
     * @return the serial, lower-case hex
     */
    static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }
}
