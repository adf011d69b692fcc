package io.tscns.auth.servlet;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tscns.auth.AuthFixtures;
import io.tscns.auth.ValidatorFixtures;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The servlet seam is mocked; everything behind it is real. */
class CnsRequestAuthenticatorTest {

    private static final X509Certificate CERTIFICATE =
            AuthFixtures.holderCredential().certificate();
    private static final CnsCertificateValidator VALIDATOR =
            ValidatorFixtures.trusting(AuthFixtures.toscana(), Clock.fixed(NOW, ZoneOffset.UTC));
    private static final TrustedProxyHeader PROXY =
            new TrustedProxyHeader("X-SSL-Client-Cert", Set.of(InetAddress.getLoopbackAddress()));

    static String escapedPem(X509Certificate certificate) throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return URLEncoder.encode(pem, StandardCharsets.US_ASCII).replace("+", "%20");
    }

    @Test
    void theContainersCertificateAttribute() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getAttribute(CnsRequestAuthenticator.CERTIFICATE_ATTRIBUTE))
                .thenReturn(new X509Certificate[] {CERTIFICATE});
        Verdict verdict = new CnsRequestAuthenticator(VALIDATOR, Optional.empty()).authenticate(request);
        assertEquals(
                "ROSSI",
                assertInstanceOf(Verdict.Accepted.class, verdict).identity().surname());
    }

    @Test
    void noCertificate() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        Verdict verdict = new CnsRequestAuthenticator(VALIDATOR, Optional.of(PROXY)).authenticate(request);
        assertEquals(
                List.of(new RejectionReason.NoCertificate()),
                assertInstanceOf(Verdict.Rejected.class, verdict).reasons());
    }

    @Test
    void theProxyHeaderFromATrustedProxy() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        when(request.getHeader("X-SSL-Client-Cert")).thenReturn(escapedPem(CERTIFICATE));
        Verdict verdict = new CnsRequestAuthenticator(VALIDATOR, Optional.of(PROXY)).authenticate(request);
        assertInstanceOf(Verdict.Accepted.class, verdict);
    }

    @Test
    void theProxyHeaderFromAnyoneElseIsRefused() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn("192.0.2.7");
        when(request.getHeader("X-SSL-Client-Cert")).thenReturn(escapedPem(CERTIFICATE));
        Verdict verdict = new CnsRequestAuthenticator(VALIDATOR, Optional.of(PROXY)).authenticate(request);
        assertEquals(
                List.of(new RejectionReason.UntrustedProxy("192.0.2.7")),
                assertInstanceOf(Verdict.Rejected.class, verdict).reasons());
    }

    @Test
    void anUnreadableHeaderIsRefused() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn("127.0.0.1");
        when(request.getHeader("X-SSL-Client-Cert")).thenReturn("-----BEGIN CERTIFICATE-----%zz");
        Verdict verdict = new CnsRequestAuthenticator(VALIDATOR, Optional.of(PROXY)).authenticate(request);
        assertInstanceOf(
                RejectionReason.UnreadableCertificate.class,
                assertInstanceOf(Verdict.Rejected.class, verdict).reasons().get(0));
    }
}
