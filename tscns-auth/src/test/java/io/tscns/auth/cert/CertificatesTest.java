package io.tscns.auth.cert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.DerDefect;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificatesTest {

    private static final X509Certificate CERTIFICATE =
            AuthFixtures.holderCredential().certificate();

    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    @Test
    void derAndPemRoundTrip() throws Exception {
        assertEquals(CERTIFICATE, Certificates.parseDer(CERTIFICATE.getEncoded()));
        assertEquals(CERTIFICATE, Certificates.parsePem(pem(CERTIFICATE.getEncoded())));
    }

    @ParameterizedTest
    @EnumSource(value = DerDefect.class, names = "SIGNATURE_BIT_FLIPPED", mode = EnumSource.Mode.EXCLUDE)
    void whatTheJdkAcceptsLeniently_isRefused(DerDefect defect) throws Exception {
        byte[] broken = defect.apply(CERTIFICATE.getEncoded());
        InvalidCertificateException e =
                assertThrows(InvalidCertificateException.class, () -> Certificates.parseDer(broken));
        Class<?> expected = switch (defect) {
            case TRUNCATED_HALF, LAST_BYTE_MISSING, LENGTH_OVERRUN, EMPTY -> CertificateProblem.Truncated.class;
            default -> CertificateProblem.NotDer.class;
        };
        assertInstanceOf(expected, e.problem(), e.getMessage());
    }

    @Test
    void badPemIsATypedProblem() throws Exception {
        String good = pem(CERTIFICATE.getEncoded());
        for (String bad : new String[] {
            "", "hello", good.replace("-----END CERTIFICATE-----", ""), good + "trailing", good.replace("M", "*")
        }) {
            InvalidCertificateException e =
                    assertThrows(InvalidCertificateException.class, () -> Certificates.parsePem(bad));
            assertInstanceOf(CertificateProblem.NotPem.class, e.problem());
        }
    }

    @Test
    void wellFormedDerThatIsNotACertificateIsNotX509() {
        InvalidCertificateException e = assertThrows(
                InvalidCertificateException.class,
                () -> Certificates.parseDer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}));
        assertInstanceOf(CertificateProblem.NotX509.class, e.problem());
        // The reason, not the JDK's exception name (it was CertificateParsingException or CertificateException).
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        InvalidCertificateException e = assertThrows(
                InvalidCertificateException.class,
                () -> Certificates.parseDer(new byte[Certificates.MAX_CERTIFICATE_BYTES + 1]));
        assertInstanceOf(CertificateProblem.TooLarge.class, e.problem());
    }
}
