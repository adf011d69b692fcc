package io.tscns.auth.cert;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.identity.CnsCommonName;
import io.tscns.auth.identity.InvalidIdentityException;
import io.tscns.auth.proxy.ProxyCertificate;
import io.tscns.auth.proxy.TrustedProxyHeader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.net.InetAddress;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Certificate, PEM, proxy-header and CN parsing: any input yields a value or the typed error, never another. */
class CertificatesProperties {

    private static final byte[] DER = der();

    private static byte[] der() {
        try {
            return AuthFixtures.holderCredential().certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property
    void arbitraryBytesYieldOnlyTheTypedError(@ForAll @Size(max = 2000) byte[] bytes) {
        try {
            Certificates.parseDer(bytes);
        } catch (InvalidCertificateException e) {
            assertNotNull(e.problem());
        }
    }

    @Property
    void singleByteChangesYieldACertificateOrTheTypedError(@ForAll @IntRange(min = 0, max = 100_000) int where,
                                                          @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] changed = DER.clone();
        changed[where % changed.length] ^= (byte) xor;
        try {
            assertNotNull(Certificates.parseDer(changed));
        } catch (InvalidCertificateException e) {
            assertNotNull(e.problem());
        }
    }

    @Property
    void everyTruncationIsRefused(@ForAll @IntRange(min = 0, max = 100_000) int length) {
        byte[] truncated = Arrays.copyOf(DER, length % DER.length);
        assertThrows(InvalidCertificateException.class, () -> Certificates.parseDer(truncated));
    }

    @Property
    void arbitraryTextAsPemYieldsOnlyTheTypedError(@ForAll @Size(max = 300) String text) {
        assertThrows(InvalidCertificateException.class, () -> Certificates.parsePem(text));
        assertThrows(InvalidCertificateException.class,
                () -> Certificates.parsePem("-----BEGIN CERTIFICATE-----" + text + "-----END CERTIFICATE-----"));
    }

    @Property
    void arbitraryProxyHeadersNeverThrow(@ForAll @Size(max = 300) String header) {
        TrustedProxyHeader proxy = new TrustedProxyHeader("X", Set.of(InetAddress.getLoopbackAddress()));
        ProxyCertificate result = proxy.read(InetAddress.getLoopbackAddress(), Optional.of(header));
        assertNotNull(result);
    }

    @Property
    void arbitraryCommonNamesYieldOnlyTheTypedError(@ForAll @Size(max = 80) String commonName) {
        try {
            assertNotNull(CnsCommonName.parse(commonName));
        } catch (InvalidIdentityException e) {
            assertNotNull(e.problem());
        }
    }
}
