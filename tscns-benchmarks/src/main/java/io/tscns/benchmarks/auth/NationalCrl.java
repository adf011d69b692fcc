package io.tscns.benchmarks.auth;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.SyntheticRevocations;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The shared input of the auth benchmarks: a test PKI on a fixed clock, the Tuscany test CA, and its national-scale
 * CRL of 1,000,000 entries (about 49.5 MB, the size of issue 6), streamed once per JVM to a temporary file that is
 * deleted on exit; plus a CNS credential that is not revoked.
 */
public final class NationalCrl {

    /** The fixed instant of the PKI and of every validation. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    public static final TestPki PKI =
            TestPki.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    public static final TestCa CA = PKI.issuingCa(TestIssuer.TOSCANA);
    public static final SyntheticRevocations POPULATION = SyntheticRevocations.nationalScale(6, NOW);
    private static Path file;

    private NationalCrl() {}

    /** Returns the CRL file, writing it on first use. */
    public static synchronized Path file() {
        if (file == null) {
            try {
                Path written = Files.createTempFile("tscns-national-", ".crl");
                written.toFile().deleteOnExit();
                CA.writeCrl(CA.crl().entries(POPULATION).build(), written);
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** Parses the CRL file with the JDK's {@code CertificateFactory}, as a user of the JDK would. */
    public static X509CRL parseWithJdk() throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file()), 1 << 16)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        }
    }

    public static X509Certificate issuer() {
        return CA.certificate();
    }

    /** A holder whose certificate is not on the CRL. */
    public static TestCredential holder() {
        CnsSubject subject = CnsSubject.of(
                CodiceFiscale.parse("RSSMRA80A01H501U"),
                "6090123456789000",
                "MARIO",
                "ROSSI",
                "REGIONE TOSCANA",
                "benchmark".getBytes(StandardCharsets.US_ASCII));
        return PKI.cnsCredential(TestIssuer.TOSCANA, subject);
    }
}
