package io.tscns.auth.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tscns.auth.AuthFixtures;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Each proxy's header, as the proxy writes it, yields the client's certificate; anything else a typed refusal. */
class CertificateHeaderFormatTest {

    private static final X509Certificate CERTIFICATE =
            AuthFixtures.holderCredential().certificate();
    private static final X509Certificate CA = AuthFixtures.toscana().certificate();
    private static final InetAddress PROXY = address("10.20.30.40");

    private static ProxyCertificate read(CertificateHeaderFormat format, String value) {
        return new TrustedProxyHeader("X-Client-Cert", format, List.of(AddressRange.parse("10.20.0.0/16")))
                .read(PROXY, Optional.of(value));
    }

    private static void assertReads(CertificateHeaderFormat format, String value) {
        ProxyCertificate.Present present = assertInstanceOf(ProxyCertificate.Present.class, read(format, value));
        assertEquals(CERTIFICATE, present.certificate());
    }

    /** Percent-encodes as nginx and Envoy do: a space is {@code %20}, never {@code +}. */
    private static String escaped(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void nginxEscapedPem() {
        assertReads(CertificateHeaderFormat.PEM, escaped(pem(CERTIFICATE)));
    }

    @Test
    void apacheAndNginxFoldedPem() {
        assertReads(CertificateHeaderFormat.PEM, pem(CERTIFICATE).replace("\n", " "));
        assertReads(CertificateHeaderFormat.PEM, pem(CERTIFICATE).replace("\n", "\t"));
    }

    @Test
    void envoyXfccWithQuotedSubjectAndHash() {
        String header = "By=spiffe://cluster.local/ns/default/sa/app;Hash=468ed33be74eee6556d90c0149c1309e;"
                + "Subject=\"CN=RSSMRA80A01H501U/6090123456789000.x,OU=REGIONE TOSCANA,C=IT\";Cert=\""
                + escaped(pem(CERTIFICATE)) + "\";URI=";
        assertReads(CertificateHeaderFormat.ENVOY_XFCC, header);
    }

    @Test
    void envoyXfccWithSeveralHopsIsAmbiguous() {
        String cert = "Cert=\"" + escaped(pem(CERTIFICATE)) + "\"";
        ProxyCertificate.Unreadable unreadable = assertInstanceOf(
                ProxyCertificate.Unreadable.class, read(CertificateHeaderFormat.ENVOY_XFCC, cert + "," + cert));
        assertTrue(
                unreadable.problem().describe().contains("2 elements"),
                unreadable.problem().describe());
    }

    @Test
    void traefikBase64DerChainStartsWithTheHolder() throws Exception {
        String header = Base64.getEncoder().encodeToString(CERTIFICATE.getEncoded()) + ","
                + Base64.getEncoder().encodeToString(CA.getEncoded());
        assertReads(CertificateHeaderFormat.BASE64_DER, header);
        assertReads(CertificateHeaderFormat.BASE64_DER, URLEncoder.encode(header, StandardCharsets.UTF_8));
    }

    @Test
    void aHeaderFromOutsideTheRangesIsIgnoredAndLogged() {
        Logger logger = (Logger) LoggerFactory.getLogger(TrustedProxyHeader.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            ProxyCertificate result = new TrustedProxyHeader(
                            "X-Client-Cert", CertificateHeaderFormat.PEM, List.of(AddressRange.parse("10.20.0.0/16")))
                    .read(address("10.21.0.1"), Optional.of(pem(CERTIFICATE)));
            assertEquals(new ProxyCertificate.UntrustedSender(address("10.21.0.1")), result);
            assertEquals(1, appender.list.size());
            assertTrue(appender.list.get(0).getFormattedMessage().contains("10.21.0.1"));
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Property(tries = 300)
    void anyHeaderIsReadOrRefusedWithATypedProblem(@ForAll String value) {
        for (CertificateHeaderFormat format : CertificateHeaderFormat.values()) {
            ProxyCertificate result = read(format, value);
            assertTrue(
                    result instanceof ProxyCertificate.Unreadable || result instanceof ProxyCertificate.Absent,
                    format + ": " + result);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress address(String literal) {
        return AddressRange.parse(literal).network();
    }
}
