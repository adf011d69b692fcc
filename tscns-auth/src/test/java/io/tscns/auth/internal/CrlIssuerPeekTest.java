package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/**
 * The issuer peek on hand-written CRL starts. It follows tags and lengths only: the lengths of CertificateList and
 * tbsCertList are read (in every form DER allows, up to four octets and {@link Integer#MAX_VALUE}) but not checked
 * against the prefix, which cannot hold the whole CRL; elements before the issuer are skipped by their declared
 * lengths, whatever those are; the issuer Name is returned exactly when it lies whole in the prefix. A start that is
 * not a CRL's (no CertificateList SEQUENCE, or an indefinite length) gives no issuer.
 */
class CrlIssuerPeekTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String VERSION = "020101";
    private static final String SHA256_WITH_RSA = "300D06092A864886F70D01010B0500";
    private static final String THIS_UPDATE = "170D3236303330323039303030305A";
    private static final X500Principal ISSUER = new X500Principal("CN=Test CA, O=TS-CNS, C=IT");

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : HEX.parseHex((String) part));
        }
        return out.toByteArray();
    }

    private static Optional<X500Principal> peek(Object... parts) {
        return CrlIssuerPeek.issuer(bytes(parts));
    }

    @Test
    void aLongIssuerWithATwoOctetLengthIsReadWhole() {
        X500Principal longName = new X500Principal("CN=" + "a".repeat(300) + ", O=TS-CNS, C=IT");
        byte[] name = longName.getEncoded();
        assertEquals("3082", HEX.formatHex(name, 0, 2));
        assertEquals(Optional.of(longName), peek("30820400", "308203F0", VERSION, SHA256_WITH_RSA, name, THIS_UPDATE));
    }

    @Test
    void aPrefixEndingRightAfterTheIssuerIsEnough() {
        assertEquals(Optional.of(ISSUER), peek("30820400", "308203F0", VERSION, SHA256_WITH_RSA, ISSUER.getEncoded()));
        byte[] name = ISSUER.getEncoded();
        byte[] cut = new byte[name.length - 1];
        System.arraycopy(name, 0, cut, 0, cut.length);
        assertEquals(Optional.empty(), peek("30820400", "308203F0", VERSION, SHA256_WITH_RSA, cut));
    }

    @Test
    void theOuterLengthsAreReadButNotChecked() {
        // Four-octet lengths, the largest the peek reads; zero lengths, which no CRL has: the issuer is still found.
        assertEquals(
                Optional.of(ISSUER),
                peek("30847FFFFFFF", "3084000003F0", VERSION, SHA256_WITH_RSA, ISSUER.getEncoded(), THIS_UPDATE));
        assertEquals(Optional.of(ISSUER), peek("3000", "3000", VERSION, SHA256_WITH_RSA, ISSUER.getEncoded()));
        // Past Integer.MAX_VALUE the length is refused.
        assertEquals(
                Optional.empty(),
                peek("308480000000", "3084000003F0", VERSION, SHA256_WITH_RSA, ISSUER.getEncoded(), THIS_UPDATE));
    }

    @Test
    void elementsBeforeTheIssuerAreSkippedByTheirLengthsAlone() {
        // An empty AlgorithmIdentifier and an empty Name are refused by the load, not by the peek.
        assertEquals(Optional.of(ISSUER), peek("30820400", "308203F0", VERSION, "3000", ISSUER.getEncoded()));
        assertEquals(
                Optional.of(new X500Principal(new byte[] {0x30, 0x00})),
                peek("30820400", "308203F0", VERSION, SHA256_WITH_RSA, "3000", THIS_UPDATE));
    }

    @Test
    void aStartThatIsNotACrlsGivesNoIssuer() {
        // The tbsCertList's fields without the CertificateList and tbsCertList SEQUENCEs around them.
        assertEquals(Optional.empty(), peek(VERSION, SHA256_WITH_RSA, ISSUER.getEncoded(), THIS_UPDATE));
        // An indefinite (BER) length on the CertificateList.
        assertEquals(
                Optional.empty(), peek("3080", "308203F0", VERSION, SHA256_WITH_RSA, ISSUER.getEncoded(), THIS_UPDATE));
    }
}
