package io.tscns.cli;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;

/** The test PKI of the CLI tests: a fixed clock at {@link Cli#NOW}, cards issued by Tuscany. */
public final class Pki {

    static final TestPki PKI = TestPki.builder()
            .seed(77)
            .clock(Clock.fixed(Cli.NOW, ZoneOffset.UTC))
            .build();
    static final CardFactory CARDS =
            CardFactory.builder().pki(PKI).keys(KeyPairSource.seeded(77)).build();

    private Pki() {}

    static TestCa toscana() {
        return PKI.issuingCa(TestIssuer.TOSCANA);
    }

    static IssuedCard card() {
        return CARDS.issue(CardHolder.example());
    }

    static Path pem(Path directory, String name, X509Certificate certificate) throws IOException {
        return Files.writeString(directory.resolve(name), pem(certificate), StandardCharsets.US_ASCII);
    }

    static Path der(Path directory, String name, X509Certificate certificate) throws IOException {
        return Files.write(directory.resolve(name), encoded(certificate));
    }

    /**
     * Returns a certificate in PEM.
     *
     * @param certificate the certificate
     * @return the PEM text
     */
    public static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(encoded(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
