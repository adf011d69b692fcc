package io.tscns.testpki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import io.tscns.core.person.CodiceFiscale;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real mutual TLS with the JDK: an HttpsServer with the test server certificate that requires client certificates
 * from the operator CA. Uses the standard PKI (system clock), because the JDK TLS stack validates at the real time.
 */
class MutualTlsTest {

    private static final TestPki PKI = TestPki.standard();
    private static final OperatorSubject OPERATOR = new OperatorSubject(
            "op-tls",
            CodiceFiscale.parse("RSSMRA80A01H501U"),
            "Mario",
            "Rossi",
            "ASL Toscana Centro",
            Optional.empty());
    private static final AtomicInteger HANDLED = new AtomicInteger();
    private static HttpsServer server;

    @BeforeAll
    static void startServer() throws IOException {
        SSLContext context = TlsContexts.server(
                PKI.localhostServerCredential(), List.of(PKI.operatorCa().certificate()));
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(TlsContexts.requiringClientAuth(context));
        server.createContext("/whoami", exchange -> {
            HANDLED.incrementAndGet();
            X509Certificate client =
                    (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
            byte[] body = client.getSubjectX500Principal().getName().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String get(SSLContext client) throws IOException {
        URL url = new URL("https://localhost:" + server.getAddress().getPort() + "/whoami");
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setSSLSocketFactory(client.getSocketFactory());
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(10_000);
        try (var in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void serverAcceptsAnOperatorCertificateFromTheTrustedCa() throws IOException {
        TestCredential operator = PKI.operatorCredential(OPERATOR);
        int before = HANDLED.get();
        String seen = get(TlsContexts.client(operator, List.of(PKI.root().certificate())));
        assertEquals(operator.certificate().getSubjectX500Principal().getName(), seen);
        assertEquals(before + 1, HANDLED.get());
    }

    @Test
    void serverRefusesAClientCertificateFromAnUntrustedCa() {
        TestCa impostor = PKI.untrustedCa();
        KeyPair pair = PKI.keys().rsa("operator/impostor");
        TestCredential forged = impostor.issueCredential(
                impostor.operator(OPERATOR, pair.getPublic()).build(), pair.getPrivate());
        int before = HANDLED.get();
        assertThrows(
                IOException.class,
                () -> get(TlsContexts.client(forged, List.of(PKI.root().certificate()))));
        assertEquals(before, HANDLED.get(), "the handler never ran");
    }

    @Test
    void serverRefusesAClientWithoutCertificate() {
        int before = HANDLED.get();
        assertThrows(
                IOException.class,
                () -> get(TlsContexts.anonymousClient(List.of(PKI.root().certificate()))));
        assertEquals(before, HANDLED.get());
    }

    @Test
    void clientRefusesAServerOutsideItsTrustAnchors() {
        TestCredential operator = PKI.operatorCredential(OPERATOR);
        int before = HANDLED.get();
        assertThrows(
                IOException.class,
                () -> get(TlsContexts.client(operator, List.of(PKI.untrustedCa().certificate()))));
        assertEquals(before, HANDLED.get());
    }

    @Test
    void aContextNeedsATrustAnchor() {
        TestPkiException e = assertThrows(TestPkiException.class, () -> TlsContexts.anonymousClient(List.of()));
        assertEquals(TestPkiException.Reason.INVALID_SPEC, e.reason());
    }
}
