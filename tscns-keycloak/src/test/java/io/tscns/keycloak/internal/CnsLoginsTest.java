package io.tscns.keycloak.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.login.CnsLogin;
import io.tscns.auth.validation.CertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One validator per configuration, built once, closed with the factory. */
class CnsLoginsTest {

    /** A validator that counts its closes. */
    private static final class Closing implements CertificateValidator, AutoCloseable {
        private final AtomicInteger closed;

        Closing(AtomicInteger closed) {
            this.closed = closed;
        }

        @Override
        public Verdict validate(List<java.security.cert.X509Certificate> chain) {
            return new Verdict.Rejected(List.of(new RejectionReason.NoCertificate()));
        }

        @Override
        public void close() {
            closed.incrementAndGet();
        }
    }

    @Test
    void theSameConfigurationSharesOneValidatorAndAChangedOneGetsItsOwn() {
        AtomicInteger built = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        CnsLogins logins = new CnsLogins(settings -> {
            built.incrementAndGet();
            return new Closing(closed);
        });
        Settings one = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns"));
        Settings same = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns"));
        Settings other = Settings.parse(Map.of(Settings.TRUST_DIRECTORY, "/etc/cns", Settings.FAIL_MODE, "SOFT"));
        assertSame(logins.get(one), logins.get(same));
        assertNotSame(logins.get(one), logins.get(other));
        assertEquals(2, built.get());
        logins.close();
        assertEquals(2, closed.get());
    }

    private static final TestPki PKI = TestPki.standard();

    @Test
    void aTrustDirectoryBecomesTheLoginsAnchors(@TempDir Path directory) throws Exception {
        X509Certificate toscana = PKI.issuingCa(TestIssuer.TOSCANA).certificate();
        Files.writeString(directory.resolve("toscana.pem"), pem(toscana));
        try (CnsLogin login = CnsLogins.build(Settings.parse(Map.of(Settings.TRUST_DIRECTORY, directory.toString())))) {
            assertEquals(Set.of(toscana), anchors(login));
        }
    }

    @Test
    void aTrustedListFileWithItsSignerBecomesTheLoginsAnchors(@TempDir Path directory) throws Exception {
        Path list = directory.resolve("TSL-IT.xml");
        Files.write(list, PKI.trustedList());
        Files.writeString(directory.resolve("signer.pem"), pem(PKI.tslSigner().certificate()));
        try (CnsLogin login = CnsLogins.build(Settings.parse(Map.of(
                Settings.TRUSTED_LIST,
                list.toUri().toString(),
                Settings.TRUSTED_LIST_SIGNERS,
                directory.resolve("signer.pem").toString())))) {
            Set<X509Certificate> anchors = anchors(login);
            for (TestIssuer issuer : TestIssuer.values()) {
                assertTrue(anchors.contains(PKI.issuingCa(issuer).certificate()), issuer + " is trusted");
            }
            assertTrue(!anchors.contains(PKI.operatorCa().certificate()), "the list's CA/QC service is not a CNS CA");
        }
    }

    @Test
    void anUnreadableSignerFileIsASettingsProblem(@TempDir Path directory) {
        Settings settings = Settings.parse(Map.of(
                Settings.TRUSTED_LIST,
                "file:///nowhere/TSL-IT.xml",
                Settings.TRUSTED_LIST_SIGNERS,
                directory.resolve("missing.pem").toString()));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> CnsLogins.build(settings));
        assertEquals(
                List.of(new SettingsProblem.InvalidValue(Settings.TRUSTED_LIST_SIGNERS, "a readable PEM file")),
                e.problems());
    }

    private static Set<X509Certificate> anchors(CnsLogin login) {
        return login.anchors().toPkix().stream()
                .map(TrustAnchor::getTrustedCert)
                .collect(Collectors.toSet());
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
