package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.HOLDER;
import static io.tscns.testpki.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The revocation server over real HTTP on 127.0.0.1, with a PKI whose certificates point at it. */
class RevocationHttpServerTest {

    private static RevocationHttpServer server;
    private static TestPki pki;

    @BeforeAll
    static void start() {
        server = RevocationHttpServer.start();
        pki = TestPki.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .urlBase(server.baseUri())
                .build();
        pki.publish(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Answer(int status, String contentType, byte[] body) {}

    private static Answer call(URI uri, byte[] postBody) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        if (postBody != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/ocsp-request");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(postBody);
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        connection.disconnect();
        return new Answer(status, connection.getContentType(), body);
    }

    private static URI ocspUrl(X509Certificate certificate) throws Exception {
        return URI.create(org.bouncycastle.asn1.x509.AuthorityInformationAccess.getInstance(
                        Fixtures.extensionValue(certificate, "1.3.6.1.5.5.7.1.1"))
                .getAccessDescriptions()[0]
                .getAccessLocation()
                .getName()
                .toString());
    }

    @Test
    void certificatesPointAtTheServerAndItAnswersOcspByPost() throws Exception {
        TestCa ca = pki.issuingCa(TestIssuer.SARDEGNA);
        X509Certificate holder =
                ca.issueCns(HOLDER, pki.keys().rsa("holder/http-post").getPublic());
        URI ocsp = ocspUrl(holder);
        assertEquals(server.baseUri().resolve("ocsp/sardegna"), ocsp);
        long before = server.requestCount(TestPki.ocspPath(TestIssuer.SARDEGNA));

        Answer answer = call(ocsp, OcspTestSupport.request(ca.certificate(), holder.getSerialNumber(), null));
        assertEquals(200, answer.status());
        assertEquals("application/ocsp-response", answer.contentType());
        BasicOCSPResp response = OcspTestSupport.basic(answer.body());
        assertNull(response.getResponses()[0].getCertStatus(), "good");
        X509Certificate signer =
                pki.ocspResponderCredential(TestIssuer.SARDEGNA).certificate();
        assertTrue(response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer)));
        assertEquals(before + 1, server.requestCount(TestPki.ocspPath(TestIssuer.SARDEGNA)));
    }

    @Test
    void itAnswersOcspByGetAndSeesLaterRevocations() throws Exception {
        TestCa ca = pki.issuingCa(TestIssuer.UMBRIA);
        X509Certificate holder =
                ca.issueCns(HOLDER, pki.keys().rsa("holder/http-get").getPublic());
        ca.revoke(holder, NOW.minusSeconds(5), CrlReason.SUPERSEDED);
        byte[] request = OcspTestSupport.request(ca.certificate(), holder.getSerialNumber(), null);
        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(request), StandardCharsets.US_ASCII);
        Answer answer = call(URI.create(ocspUrl(holder) + "/" + encoded), null);
        assertEquals(200, answer.status());
        RevokedStatus status = (RevokedStatus)
                OcspTestSupport.basic(answer.body()).getResponses()[0].getCertStatus();
        assertEquals(CrlReason.SUPERSEDED.code(), status.getRevocationReason());
    }

    @Test
    void crlDistributionPointServesAFreshSignedCrl() throws Exception {
        TestCa ca = pki.issuingCa(TestIssuer.BOLZANO);
        X509Certificate holder =
                ca.issueCns(HOLDER, pki.keys().rsa("holder/http-crl").getPublic());
        URI crlUrl = URI.create(CnsCertificateProfileTest.crlUrls(holder).get(0));
        assertEquals(server.baseUri().resolve("crl/bolzano.crl"), crlUrl);
        X509CRL before = Fixtures.parseCrl(call(crlUrl, null).body());
        assertNull(before.getRevokedCertificate(holder));

        ca.revoke(holder, NOW, CrlReason.KEY_COMPROMISE);
        Answer answer = call(crlUrl, null);
        assertEquals("application/pkix-crl", answer.contentType());
        X509CRL after = Fixtures.parseCrl(answer.body());
        after.verify(ca.certificate().getPublicKey());
        assertNotNull(after.getRevokedCertificate(holder));
    }

    @Test
    void httpFaultsOverrideTheAnswer() throws Exception {
        TestCa ca = pki.issuingCa(TestIssuer.TOSCANA);
        byte[] request = OcspTestSupport.request(ca.certificate(), BigInteger.TWO, null);
        URI ocsp = server.baseUri().resolve(TestPki.ocspPath(TestIssuer.TOSCANA));
        String path = TestPki.ocspPath(TestIssuer.TOSCANA);
        try {
            server.httpFault(path, HttpFault.SERVER_ERROR);
            assertEquals(500, call(ocsp, request).status());

            server.httpFault(path, HttpFault.MALFORMED_BODY);
            Answer malformed = call(ocsp, request);
            assertEquals(200, malformed.status());
            assertThrows(IOException.class, () -> new OCSPResp(malformed.body()));

            server.httpFault(path, HttpFault.TRUNCATED_BODY);
            Answer truncated = call(ocsp, request);
            assertThrows(IOException.class, () -> new OCSPResp(truncated.body()));

            server.httpFault(path, HttpFault.NONE);
            assertEquals(OCSPResp.SUCCESSFUL, new OCSPResp(call(ocsp, request).body()).getStatus());
        } finally {
            server.httpFault(path, HttpFault.NONE);
        }
    }

    @Test
    void responderFaultsAreSwitchedByPublishingAgain() throws Exception {
        TestCa ca = pki.issuingCa(TestIssuer.LOMBARDIA);
        String path = TestPki.ocspPath(TestIssuer.LOMBARDIA);
        OcspResponder normal = ca.ocspResponder(pki.ocspResponderCredential(TestIssuer.LOMBARDIA));
        long count = server.requestCount(path);
        try {
            server.serveOcsp(path, normal.withFault(OcspFault.TRY_LATER));
            Answer answer = call(
                    server.baseUri().resolve(path), OcspTestSupport.request(ca.certificate(), BigInteger.ONE, null));
            assertEquals(OCSPResp.TRY_LATER, new OCSPResp(answer.body()).getStatus());
            assertEquals(count + 1, server.requestCount(path), "the counter survives republishing");
        } finally {
            server.serveOcsp(path, normal);
        }
    }

    @Test
    void oversizedUnknownAndWrongMethodRequestsAreRefused() throws Exception {
        URI ocsp = server.baseUri().resolve(TestPki.ocspPath(TestIssuer.TOSCANA));
        assertEquals(
                413,
                call(ocsp, new byte[RevocationHttpServer.MAX_REQUEST_BYTES + 1]).status());
        assertEquals(404, call(server.baseUri().resolve("nothing/here"), null).status());
        assertEquals(405, call(ocsp, null).status(), "GET without a request");
        assertEquals(
                405,
                call(server.baseUri().resolve(TestPki.crlPath(TestIssuer.TOSCANA)), new byte[1])
                        .status());
        for (String garbage : new String[] {"/%41%41", "/not-base64!"}) {
            Answer answer = call(URI.create(ocsp + garbage), null);
            assertEquals(OCSPResp.MALFORMED_REQUEST, new OCSPResp(answer.body()).getStatus(), garbage);
        }
    }

    @Test
    void aFailingCrlSupplierIsAnHttp500() throws Exception {
        URI uri = server.serveCrl("crl/broken.crl", () -> {
            throw new TestPkiException(TestPkiException.Reason.IO_FAILURE, "simulated");
        });
        assertEquals(500, call(uri, null).status());
        assertEquals(1, server.requestCount("crl/broken.crl"));
    }

    @Test
    void publishingRequiresMatchingUrls() {
        TestPkiException e = assertThrows(TestPkiException.class, () -> Fixtures.PKI.publish(server));
        assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
        assertThrows(TestPkiException.class, () -> server.httpFault("not/published", HttpFault.NONE));
    }
}
