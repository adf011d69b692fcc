package io.tscns.auth.servlet;

import static io.tscns.auth.AuthFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.auth.AuthFixtures;
import io.tscns.auth.ValidatorFixtures;
import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.identity.CnsPrincipal;
import io.tscns.auth.proxy.AddressRange;
import io.tscns.auth.proxy.CertificateHeaderFormat;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The Jakarta filter: a principal named by the codice fiscale on success, 401 problem+json with every reason. */
class CnsLoginFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A response whose body the test reads. */
    private static final class Answer {
        final HttpServletResponse response = mock(HttpServletResponse.class);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Answer() throws Exception {
            when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}

                @Override
                public void write(int b) {
                    body.write(b);
                }
            });
        }

        JsonNode json() throws Exception {
            return JSON.readTree(body.toByteArray());
        }
    }

    private static HttpServletRequest request(X509Certificate... chain) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getAttribute(CnsRequestAuthenticator.CERTIFICATE_ATTRIBUTE))
                .thenReturn(chain.length == 0 ? null : chain);
        when(request.getRequestURI()).thenReturn("/area-riservata");
        when(request.getRemoteAddr()).thenReturn("192.0.2.9");
        return request;
    }

    private static CnsLoginFilter filter(TestCa ca, boolean required) {
        TrustedProxyHeader proxy = new TrustedProxyHeader(
                "X-SSL-Client-Cert", CertificateHeaderFormat.PEM, List.of(AddressRange.parse("10.0.0.0/8")));
        return new CnsLoginFilter(
                new CnsRequestAuthenticator(ValidatorFixtures.trusting(ca, CLOCK), Optional.of(proxy)), required);
    }

    @Test
    void anAcceptedCertificateGoesOnAsItsHoldersCodiceFiscale() throws Exception {
        TestCredential card = AuthFixtures.holderCredential();
        HttpServletRequest request = request(card.certificate());
        FilterChain chain = mock(FilterChain.class);
        filter(AuthFixtures.toscana(), true).doFilter(request, new Answer().response, chain);
        ArgumentCaptor<HttpServletRequest> forwarded = ArgumentCaptor.forClass(HttpServletRequest.class);
        verify(chain).doFilter(forwarded.capture(), any());
        CnsPrincipal principal =
                assertInstanceOf(CnsPrincipal.class, forwarded.getValue().getUserPrincipal());
        assertEquals("RSSMRA80A01H501U", principal.getName());
        assertEquals("RSSMRA80A01H501U", forwarded.getValue().getRemoteUser());
        assertEquals(HttpServletRequest.CLIENT_CERT_AUTH, forwarded.getValue().getAuthType());
        verify(request).setAttribute(any(String.class), any(CnsIdentity.class));
    }

    @Test
    void aRevokedCertificateIsRefusedWith401AndItsReason() throws Exception {
        TestCa ca = AuthFixtures.toscana();
        TestCredential card = AuthFixtures.holderCredential();
        ca.revoke(card.certificate(), NOW.minusSeconds(60), CrlReason.KEY_COMPROMISE);
        Answer answer = new Answer();
        FilterChain chain = mock(FilterChain.class);
        filter(ca, true).doFilter(request(card.certificate()), answer.response, chain);
        verify(chain, never()).doFilter(any(), any());
        verify(answer.response).setStatus(401);
        verify(answer.response).setContentType("application/problem+json");
        verify(answer.response).setHeader("WWW-Authenticate", "CNS");
        JsonNode json = answer.json();
        assertEquals(401, json.get("status").asInt());
        assertEquals(RefusalResponse.TYPE, json.get("type").asText());
        assertEquals("/area-riservata", json.get("instance").asText());
        assertEquals("revoked", json.get("reasons").get(0).get("code").asText());
    }

    @Test
    void aForgedHeaderFromAnUntrustedAddressIsRefused() throws Exception {
        HttpServletRequest request = request();
        when(request.getHeader("X-SSL-Client-Cert")).thenReturn("-----BEGIN CERTIFICATE-----");
        Answer answer = new Answer();
        filter(AuthFixtures.toscana(), false).doFilter(request, answer.response, mock(FilterChain.class));
        assertEquals(
                "untrusted-proxy",
                answer.json().get("reasons").get(0).get("code").asText());
    }

    @Test
    void withoutACertificateAnOptionalFilterLetsTheRequestThroughAnonymously() throws Exception {
        FilterChain chain = mock(FilterChain.class);
        HttpServletRequest request = request();
        filter(AuthFixtures.toscana(), false).doFilter(request, new Answer().response, chain);
        verify(chain).doFilter(org.mockito.ArgumentMatchers.eq(request), any());
        Answer refused = new Answer();
        filter(AuthFixtures.toscana(), true).doFilter(request(), refused.response, mock(FilterChain.class));
        assertEquals(
                "no-certificate",
                refused.json().get("reasons").get(0).get("code").asText());
    }

    @Property(tries = 200)
    void theProblemDocumentIsJsonWhateverTheReasonsSay(@ForAll String detail, @ForAll String instance)
            throws Exception {
        Verdict.Rejected rejected = new Verdict.Rejected(
                List.of(new RejectionReason.InvalidChain(detail), new RejectionReason.Expired(Instant.EPOCH)));
        JsonNode json = JSON.readTree(RefusalResponse.json(rejected, instance).getBytes(StandardCharsets.UTF_8));
        assertEquals(instance, json.get("instance").asText());
        assertEquals(
                new RejectionReason.InvalidChain(detail).describe(),
                json.get("reasons").get(0).get("detail").asText());
        assertEquals("expired", json.get("reasons").get(1).get("code").asText());
    }
}
