package io.tscns.auth.cert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.identity.CnsCommonName;
import io.tscns.auth.identity.InvalidIdentityException;
import io.tscns.auth.proxy.ProxyCertificate;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.test.jqwik.GeneratorCoverage;
import io.tscns.test.jqwik.TscnsArbitraries;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Certificate, PEM, proxy-header and CN parsing: any input yields a value or the typed error, never another; and a
 * value is the right one, judged against the JDK's reading of the same bytes or against what the input was built
 * from.
 */
class CertificatesProperties {

    private static final X509Certificate HOLDER =
            AuthFixtures.holderCredential().certificate();
    private static final byte[] DER = der();
    private static final InetAddress PROXY = InetAddress.getLoopbackAddress();

    private static byte[] der() {
        try {
            return HOLDER.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK's reading of the bytes, lenient as it is; empty where it refuses them. */
    private static Optional<X509Certificate> jdk(byte[] der) {
        try {
            return Optional.of((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Property
    void arbitraryBytesYieldOnlyTheTypedError(@ForAll @Size(max = 2000) byte[] bytes) {
        InvalidCertificateException e = assertThrows(
                InvalidCertificateException.class,
                () -> Certificates.parseDer(bytes),
                "random bytes are never a certificate");
        assertNotNull(e.problem());
    }

    /**
     * A changed byte in a signed certificate often still parses (a name, a date, the signature value): then the
     * result is exactly the changed bytes, as the JDK reads them; a refusal as not X.509 is the JDK's refusal.
     */
    @Property
    void singleByteChangesYieldTheJdksCertificateOrTheTypedError(
            @ForAll @IntRange(min = 0, max = 100_000) int where, @ForAll @IntRange(min = 1, max = 255) int xor)
            throws CertificateEncodingException {
        byte[] changed = DER.clone();
        changed[where % changed.length] ^= (byte) xor;
        String outcome;
        try {
            X509Certificate parsed = Certificates.parseDer(changed);
            assertArrayEquals(changed, parsed.getEncoded());
            assertEquals(jdk(changed).orElseThrow(), parsed);
            outcome = "parsed";
        } catch (InvalidCertificateException e) {
            if (e.problem() instanceof CertificateProblem.NotX509) {
                assertTrue(jdk(changed).isEmpty(), "refused as not X.509, yet the JDK reads it");
            }
            outcome = e.problem().getClass().getSimpleName();
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(checker -> {
            checker.check("parsed").count(GeneratorCoverage.atLeastPercent(10));
            checker.check("NotDer").count(GeneratorCoverage.atLeastPercent(5));
        });
    }

    @Property
    void everyTruncationIsRefused(@ForAll @IntRange(min = 0, max = 100_000) int length) {
        byte[] truncated = Arrays.copyOf(DER, length % DER.length);
        assertThrows(InvalidCertificateException.class, () -> Certificates.parseDer(truncated));
    }

    @Property
    void arbitraryTextAsPemYieldsOnlyTheTypedError(@ForAll @Size(max = 300) String text) {
        assertThrows(InvalidCertificateException.class, () -> Certificates.parsePem(text));
        assertThrows(
                InvalidCertificateException.class,
                () -> Certificates.parsePem("-----BEGIN CERTIFICATE-----" + text + "-----END CERTIFICATE-----"));
    }

    /** The PEM of the certificate, its base64 broken by any mix of the white space PEM writers use. */
    @Provide
    Arbitrary<String> pems() {
        String base64 = Base64.getEncoder().encodeToString(DER);
        Arbitrary<String> blank = Arbitraries.of("", "\n", "\r\n", " ", "\t", "\n\n");
        return Combinators.combine(Arbitraries.integers().between(1, 80), blank, blank, blank)
                .as((width, inside, before, after) -> {
                    StringBuilder pem = new StringBuilder(before)
                            .append("-----BEGIN CERTIFICATE-----")
                            .append(inside);
                    for (int i = 0; i < base64.length(); i += width) {
                        pem.append(base64, i, Math.min(base64.length(), i + width))
                                .append(inside);
                    }
                    return pem.append("-----END CERTIFICATE-----").append(after).toString();
                });
    }

    @Property(tries = 200)
    void thePemOfACertificateIsThatCertificateHoweverItIsWrapped(@ForAll("pems") String pem) {
        assertEquals(HOLDER, Certificates.parsePem(pem));
        String escaped = URLEncoder.encode(pem, StandardCharsets.UTF_8).replace("+", "%20");
        ProxyCertificate forwarded = new TrustedProxyHeader("X", Set.of(PROXY)).read(PROXY, Optional.of(escaped));
        assertEquals(new ProxyCertificate.Present(HOLDER), forwarded, "as nginx forwards it, percent-escaped");
    }

    /** Short text is never a certificate: the header is absent when blank and unreadable otherwise. */
    @Property
    void arbitraryProxyHeadersAreAbsentOrUnreadable(@ForAll @Size(max = 300) String header) {
        TrustedProxyHeader proxy = new TrustedProxyHeader("X", Set.of(PROXY));
        ProxyCertificate result = proxy.read(PROXY, Optional.of(header));
        if (header.isBlank()) {
            assertEquals(new ProxyCertificate.Absent(), result);
        } else {
            assertNotNull(
                    assertInstanceOf(ProxyCertificate.Unreadable.class, result).problem());
        }
    }

    /**
     * Common names built from a valid codice fiscale, card id and digest, then often spoiled in one part: every
     * accepted CN is made of exactly its parts and writes back to itself.
     */
    @Provide
    Arbitrary<String> commonNames() {
        Arbitrary<String> codes = TscnsArbitraries.codiciFiscali().map(code -> code.value());
        Arbitrary<String> cardIds = TscnsArbitraries.cardIds().map(id -> id.value());
        Arbitrary<String> digests = Arbitraries.bytes()
                .array(byte[].class)
                .ofSize(CnsCommonName.DIGEST_BYTES)
                .map(Base64.getEncoder()::encodeToString);
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> valid =
                Combinators.combine(codes, cardIds, digests).as((cf, id, hash) -> cf + "/" + id + "." + hash);
        Arbitrary<String> spoiled = Combinators.combine(
                        valid, noise, Arbitraries.integers().between(0, 200))
                .as((cn, text, at) -> {
                    int i = at % (cn.length() + 1);
                    return cn.substring(0, i) + text + cn.substring(Math.min(cn.length(), i + text.length() % 3));
                });
        return Arbitraries.frequencyOf(Tuple.of(2, valid), Tuple.of(3, spoiled), Tuple.of(1, noise));
    }

    @Property
    void acceptedCommonNamesAreTheirParts(@ForAll("commonNames") String commonName) {
        String outcome;
        try {
            CnsCommonName parsed = CnsCommonName.parse(commonName);
            assertEquals(commonName, parsed.toString());
            List<String> parts = List.of(
                    commonName.substring(0, commonName.indexOf('/')),
                    commonName.substring(commonName.indexOf('/') + 1, commonName.indexOf('.')),
                    commonName.substring(commonName.indexOf('.') + 1));
            assertEquals(
                    parts,
                    List.of(parsed.codiceFiscale().value(), parsed.cardId().value(), parsed.personalDataHash()));
            assertArrayEquals(Base64.getDecoder().decode(parts.get(2)), parsed.personalDataDigest());
            outcome = "accepted";
        } catch (InvalidIdentityException e) {
            assertNotNull(e.problem());
            outcome = e.problem().getClass().getSimpleName();
        }
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(checker -> {
            checker.check("accepted").count(GeneratorCoverage.atLeastPercent(25));
            checker.check("InvalidCodiceFiscale").count(GeneratorCoverage.seen());
            checker.check("InvalidCardId").count(GeneratorCoverage.seen());
            checker.check("MalformedCommonName").count(GeneratorCoverage.seen());
        });
    }
}
