package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.HOLDER;
import static io.tscns.testpki.Fixtures.NOW;
import static io.tscns.testpki.Fixtures.PKI;
import static io.tscns.testpki.OcspTestSupport.basic;
import static io.tscns.testpki.OcspTestSupport.nonce;
import static io.tscns.testpki.OcspTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

class OcspResponderTest {

    private static final byte[] NONCE = "tscns-nonce-0001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final TestCa ca = PKI.root()
            .subordinate(CaSpec.builder(
                            CaSpec.citizenCaName("Regione Lombardia - CA Cittadini", TestPki.ORGANIZATION),
                            PKI.keys().rsa("ca/ocsp-test"))
                    .clock(PKI.clock())
                    .build());
    private final TestCredential delegate = delegate();

    private TestCredential delegate() {
        KeyPair pair = PKI.keys().rsa("ocsp/ocsp-test");
        return ca.issueCredential(ca.ocspSigner(pair.getPublic()).build(), pair.getPrivate());
    }

    private X509Certificate holder(String label) {
        return ca.issueCns(HOLDER, PKI.keys().rsa(label).getPublic());
    }

    private static boolean verifies(BasicOCSPResp response, X509Certificate signer) throws Exception {
        return response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer));
    }

    @Test
    void goodCertificateSignedByTheCaWithNonceEchoAndValidity() throws Exception {
        X509Certificate good = holder("holder/ocsp-good");
        BasicOCSPResp response =
                basic(ca.ocspResponder().respond(request(ca.certificate(), good.getSerialNumber(), NONCE)));
        assertTrue(verifies(response, ca.certificate()));
        SingleResp single = response.getResponses()[0];
        assertEquals(good.getSerialNumber(), single.getCertID().getSerialNumber());
        assertNull(single.getCertStatus(), "good");
        assertEquals(NOW, single.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofHours(24)), single.getNextUpdate().toInstant());
        assertEquals(NOW, response.getProducedAt().toInstant());
        assertArrayEquals(NONCE, nonce(response));
        assertArrayEquals(
                MessageDigest.getInstance("SHA-1")
                        .digest(org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(
                                        ca.certificate().getPublicKey().getEncoded())
                                .getPublicKeyData()
                                .getBytes()),
                response.getResponderId().toASN1Primitive().getKeyHash(),
                "responder identified by key hash");
        assertArrayEquals(ca.certificate().getEncoded(), response.getCerts()[0].getEncoded());
    }

    @Test
    void revokedCertificateCarriesTimeAndReasonFromTheDelegatedResponder() throws Exception {
        X509Certificate revoked = holder("holder/ocsp-revoked");
        ca.revoke(revoked, NOW.minusSeconds(600), CrlReason.KEY_COMPROMISE);
        BasicOCSPResp response =
                basic(ca.ocspResponder(delegate).respond(request(ca.certificate(), revoked.getSerialNumber(), null)));
        X509CertificateHolder included = response.getCerts()[0];
        assertArrayEquals(delegate.certificate().getEncoded(), included.getEncoded());
        assertTrue(verifies(response, delegate.certificate()));
        assertFalse(verifies(response, ca.certificate()));
        RevokedStatus status = (RevokedStatus) response.getResponses()[0].getCertStatus();
        assertEquals(NOW.minusSeconds(600), status.getRevocationTime().toInstant());
        assertEquals(CrlReason.KEY_COMPROMISE.code(), status.getRevocationReason());
        assertNull(nonce(response));
    }

    @Test
    void revocationWithoutReasonHasNoReasonInTheAnswer() throws Exception {
        X509Certificate revoked = holder("holder/ocsp-no-reason");
        ca.revocations()
                .revoke(new RevokedCertificate(
                        revoked.getSerialNumber(),
                        NOW.minusSeconds(30),
                        java.util.Optional.empty(),
                        java.util.Optional.empty()));
        RevokedStatus status = (RevokedStatus)
                basic(ca.ocspResponder().respond(request(ca.certificate(), revoked.getSerialNumber(), null)))
                        .getResponses()[0]
                        .getCertStatus();
        assertFalse(status.hasRevocationReason());
        assertEquals(NOW.minusSeconds(30), status.getRevocationTime().toInstant());
    }

    @Test
    void neverIssuedSerialAndForeignIssuerAreUnknown() throws Exception {
        OcspResponder responder = ca.ocspResponder();
        BasicOCSPResp neverIssued = basic(responder.respond(request(ca.certificate(), BigInteger.valueOf(999), null)));
        assertTrue(neverIssued.getResponses()[0].getCertStatus() instanceof UnknownStatus);
        X509Certificate good = holder("holder/ocsp-foreign");
        BasicOCSPResp foreign =
                basic(responder.respond(request(PKI.root().certificate(), good.getSerialNumber(), null)));
        assertTrue(foreign.getResponses()[0].getCertStatus() instanceof UnknownStatus);
    }

    @Test
    void releasedHoldIsGoodAgain() throws Exception {
        X509Certificate held = holder("holder/ocsp-hold");
        ca.revoke(held, NOW, CrlReason.CERTIFICATE_HOLD);
        assertTrue(ca.revocations().release(held.getSerialNumber()));
        BasicOCSPResp response =
                basic(ca.ocspResponder().respond(request(ca.certificate(), held.getSerialNumber(), null)));
        assertNull(response.getResponses()[0].getCertStatus());
    }

    @Test
    void staleFaultPutsNextUpdateInThePast() throws Exception {
        X509Certificate good = holder("holder/ocsp-stale");
        BasicOCSPResp response = basic(ca.ocspResponder()
                .withFault(OcspFault.STALE)
                .respond(request(ca.certificate(), good.getSerialNumber(), null)));
        assertTrue(verifies(response, ca.certificate()));
        assertTrue(response.getResponses()[0].getNextUpdate().toInstant().isBefore(NOW));
    }

    @Test
    void wrongSignerFaultIsSignedByAnImpostorWithTheResponderName() throws Exception {
        X509Certificate good = holder("holder/ocsp-wrong-signer");
        BasicOCSPResp response = basic(ca.ocspResponder(delegate)
                .withFault(OcspFault.WRONG_SIGNER)
                .respond(request(ca.certificate(), good.getSerialNumber(), null)));
        X509Certificate included = Fixtures.parseCertificate(response.getCerts()[0].getEncoded());
        assertEquals(delegate.certificate().getSubjectX500Principal(), included.getSubjectX500Principal());
        assertTrue(verifies(response, included), "self-consistent");
        assertFalse(verifies(response, delegate.certificate()));
        assertFalse(verifies(response, ca.certificate()));
        assertFalse(Arrays.equals(
                included.getPublicKey().getEncoded(),
                delegate.certificate().getPublicKey().getEncoded()));
    }

    @Test
    void tamperedSignatureFaultDoesNotVerify() throws Exception {
        X509Certificate good = holder("holder/ocsp-tampered");
        BasicOCSPResp response = basic(ca.ocspResponder()
                .withFault(OcspFault.TAMPERED_SIGNATURE)
                .respond(request(ca.certificate(), good.getSerialNumber(), null)));
        assertFalse(verifies(response, ca.certificate()));
    }

    @Test
    void nonceFaultsChangeOrDropTheNonce() throws Exception {
        X509Certificate good = holder("holder/ocsp-nonce");
        byte[] request = request(ca.certificate(), good.getSerialNumber(), NONCE);
        byte[] mismatched = nonce(
                basic(ca.ocspResponder().withFault(OcspFault.NONCE_MISMATCH).respond(request)));
        assertEquals(NONCE.length, mismatched.length);
        assertFalse(Arrays.equals(NONCE, mismatched));
        assertNull(nonce(
                basic(ca.ocspResponder().withFault(OcspFault.NONCE_MISSING).respond(request))));
    }

    @Test
    void statusFaultsAnswerWithoutResponseBytes() throws Exception {
        byte[] request = request(ca.certificate(), BigInteger.ONE, null);
        assertEquals(
                OCSPResp.TRY_LATER,
                new OCSPResp(ca.ocspResponder().withFault(OcspFault.TRY_LATER).respond(request)).getStatus());
        assertEquals(
                OCSPResp.INTERNAL_ERROR,
                new OCSPResp(ca.ocspResponder()
                                .withFault(OcspFault.INTERNAL_ERROR)
                                .respond(request))
                        .getStatus());
        OCSPResp unauthorized = new OCSPResp(
                ca.ocspResponder().withFault(OcspFault.UNAUTHORIZED).respond(request));
        assertEquals(OCSPResp.UNAUTHORIZED, unauthorized.getStatus());
        assertNull(unauthorized.getResponseObject());
    }

    @Test
    void zeroValidityOmitsNextUpdate() throws Exception {
        X509Certificate good = holder("holder/ocsp-no-next");
        BasicOCSPResp response = basic(ca.ocspResponder()
                .withValidity(Duration.ZERO)
                .respond(request(ca.certificate(), good.getSerialNumber(), null)));
        assertNull(response.getResponses()[0].getNextUpdate());
    }

    @Test
    void malformedRequestGetsMalformedRequestStatus() throws Exception {
        for (byte[] garbage : new byte[][] {
            new byte[0], {0x30, 0x00}, "GET / HTTP/1.1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)
        }) {
            assertEquals(
                    OCSPResp.MALFORMED_REQUEST, new OCSPResp(ca.ocspResponder().respond(garbage)).getStatus());
        }
    }
}
