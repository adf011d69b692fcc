package io.tscns.auth.trust;

import static io.tscns.auth.AuthFixtures.NOW;
import static io.tscns.auth.AuthFixtures.PKI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.auth.AuthFixtures;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TrustedListService;
import io.tscns.testpki.TrustedListTampering;
import io.tscns.testpki.TrustedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedListReaderTest {

    private static final TrustedListReader READER = new TrustedListReader(
            Set.of(PKI.tslSigner().certificate()), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);

    @Test
    void theIdvCasOfASignedListBecomeTheAnchors() {
        TrustedList list = READER.read(PKI.trustedList());
        assertEquals("IT", list.territory());
        assertEquals(1, list.sequenceNumber());
        assertEquals(PKI.tslSigner().certificate(), list.signer());
        Set<X509Certificate> expected = new HashSet<>();
        for (TestIssuer issuer : TestIssuer.values()) {
            expected.add(PKI.issuingCa(issuer).certificate());
        }
        assertEquals(expected, new HashSet<>(list.identityVerificationCas()));
        assertEquals(expected.size() + 2, list.services().size(), "the CA/QC and TSA services are read but not used");
        assertEquals(expected, new HashSet<>(list.toTrustAnchors().certificates()));
    }

    @Test
    void aDeprecatedIdvServiceIsNotAnAnchor() {
        byte[] tampered = TrustedListTampering.changeFirstServiceStatus(
                PKI.trustedList(), TrustedListService.STATUS_DEPRECATED_AT_NATIONAL_LEVEL);
        assertProblem(TrustProblem.BadSignature.class, tampered);
    }

    @Test
    void everyTamperingIsRefused() {
        byte[] signed = PKI.trustedList();
        TrustedListService rogue = new TrustedListService(
                TrustedListService.TYPE_IDV,
                "rogue",
                PKI.untrustedCa().certificate(),
                TrustedListService.STATUS_RECOGNISED_AT_NATIONAL_LEVEL,
                NOW);
        assertProblem(TrustProblem.BadSignature.class, TrustedListTampering.injectService(signed, rogue));
        assertProblem(TrustProblem.BadSignature.class, TrustedListTampering.bumpSequenceNumber(signed));
        assertProblem(TrustProblem.BadSignature.class, TrustedListTampering.corruptSignatureValue(signed));
        assertProblem(TrustProblem.Unsigned.class, TrustedListTampering.removeSignature(signed));
        assertProblem(TrustProblem.Unsigned.class, TrustedLists.unsigned(PKI.trustedListSpec()));
    }

    @Test
    void aListSignedByAnotherSignerIsRefused() {
        byte[] byOperatorCa =
                TrustedLists.sign(PKI.trustedListSpec(), PKI.operatorCa().credential());
        assertProblem(TrustProblem.UntrustedSigner.class, byOperatorCa);
    }

    @Test
    void anExpiredListIsRefusedUnlessWithinGrace() {
        Clock late = Clock.fixed(NOW.plus(Duration.ofDays(200)), ZoneOffset.UTC);
        Set<X509Certificate> signers = Set.of(PKI.tslSigner().certificate());
        InvalidTrustException e = assertThrows(
                InvalidTrustException.class,
                () -> new TrustedListReader(signers, late, Duration.ZERO).read(PKI.trustedList()));
        assertInstanceOf(TrustProblem.Expired.class, e.problem());
        new TrustedListReader(signers, late, Duration.ofDays(30)).read(PKI.trustedList());
    }

    @Test
    void unsafeOrBrokenXmlIsRefused() {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertProblem(TrustProblem.NotXml.class, doctype.getBytes(StandardCharsets.UTF_8));
        assertProblem(TrustProblem.NotXml.class, "<not closed".getBytes(StandardCharsets.UTF_8));
        assertProblem(TrustProblem.BadElement.class, "<x/>".getBytes(StandardCharsets.UTF_8));
        // The reason and where, never the parser's exception name (it was SAXParseException).
        InvalidTrustException e = assertThrows(
                InvalidTrustException.class, () -> READER.read("<not closed".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("at line 1, column"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    private static void assertProblem(Class<? extends TrustProblem> expected, byte[] xml) {
        InvalidTrustException e = assertThrows(InvalidTrustException.class, () -> READER.read(xml));
        assertInstanceOf(expected, e.problem(), e.getMessage());
    }

    @Test
    void anchorsFromADirectoryAndAKeyStore(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        X509Certificate toscana = AuthFixtures.toscana().certificate();
        X509Certificate umbria = PKI.issuingCa(TestIssuer.UMBRIA).certificate();
        Files.write(directory.resolve("toscana.der"), toscana.getEncoded());
        Files.writeString(
                directory.resolve("umbria.pem"),
                "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(umbria.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        TrustAnchors fromDirectory = TrustAnchors.fromDirectory(directory);
        assertEquals(Set.of(toscana, umbria), new HashSet<>(fromDirectory.certificates()));
        assertEquals(List.of(toscana), fromDirectory.withSubject(toscana.getSubjectX500Principal()));
        assertEquals(2, fromDirectory.toPkix().size());

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("toscana", toscana);
        assertEquals(List.of(toscana), TrustAnchors.fromKeyStore(store).certificates());

        Files.writeString(directory.resolve("broken.pem"), "not a certificate");
        InvalidTrustException e =
                assertThrows(InvalidTrustException.class, () -> TrustAnchors.fromDirectory(directory));
        assertInstanceOf(TrustProblem.BadCertificate.class, e.problem());
    }

    @Test
    void aMissingDirectorySaysSo(@TempDir Path parent) {
        Path missing = parent.resolve("missing");
        InvalidTrustException e = assertThrows(InvalidTrustException.class, () -> TrustAnchors.fromDirectory(missing));
        assertInstanceOf(TrustProblem.Unreadable.class, e.problem());
        // The reason, not the exception's name (it was "NoSuchFileException").
        assertEquals(
                "cannot read " + missing + ": no such file: " + missing,
                e.problem().describe());
    }

    @Test
    void anEndEntityIsNotAnAnchor() {
        InvalidTrustException e = assertThrows(
                InvalidTrustException.class,
                () -> TrustAnchors.of(List.of(AuthFixtures.holderCredential().certificate())));
        assertInstanceOf(TrustProblem.NotACa.class, e.problem());
        assertTrue(
                assertThrows(InvalidTrustException.class, () -> TrustAnchors.of(List.of()))
                                .problem()
                        instanceof TrustProblem.NoAnchors);
    }
}
