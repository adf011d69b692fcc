package io.tscns.auth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.tscns.auth.crl.CrlLimits;
import io.tscns.auth.crl.RevocationList;
import io.tscns.auth.proxy.ProxyCertificate;
import io.tscns.auth.proxy.TrustedProxyHeader;
import io.tscns.auth.revocation.CrlRevocationChecker;
import io.tscns.auth.revocation.FreshnessPolicy;
import io.tscns.auth.trust.TrustAnchors;
import io.tscns.auth.validation.CnsCertificateValidator;
import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.ValidationPolicy;
import io.tscns.auth.validation.Verdict;
import io.tscns.test.junit.NginxServer;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import io.tscns.testpki.TlsContexts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: nginx from Debian's packages terminates mutual TLS with a test-CA CNS certificate and forwards
 * {@code $ssl_client_escaped_cert} to a small Java handler, which trusts the header only from nginx's address and
 * turns it into an identity with tscns-auth; a revoked certificate is refused. nginx runs as a child process with a
 * configuration in a temporary directory, on ephemeral loopback ports ({@code NginxServer}). Without nginx the test is
 * skipped, except when {@code CI=true}, where it fails. Uses the standard PKI (system clock): nginx checks validity at the real time.
 */
class NginxMutualTlsTest {

    private static final String HEADER = "X-SSL-Client-Cert";
    private static final TestPki PKI = TestPki.standard();
    private static final TestCa CA = PKI.issuingCa(TestIssuer.TOSCANA);

    @TempDir
    static Path directory;

    private static NginxServer nginx;
    private static HttpServer handler;
    private static CrlRevocationChecker crls;
    private static int nginxPort;

    @BeforeAll
    static void start() throws Exception {
        Clock clock = Clock.systemUTC();
        crls = new CrlRevocationChecker(Optional.empty(), FreshnessPolicy.DEFAULT, clock, CrlLimits.DEFAULT);
        publishCrl();
        CnsCertificateValidator validator = new CnsCertificateValidator(
                TrustAnchors.of(List.of(CA.certificate())), ValidationPolicy.DEFAULT, Optional.of(crls), clock);
        TrustedProxyHeader proxy = new TrustedProxyHeader(HEADER, Set.of(InetAddress.getLoopbackAddress()));
        handler = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handler.createContext("/whoami", exchange -> {
            ProxyCertificate forwarded = proxy.read(
                    exchange.getRemoteAddress().getAddress(),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst(HEADER)));
            int status;
            String body;
            if (forwarded instanceof ProxyCertificate.Present present) {
                Verdict verdict = validator.validate(present.certificate());
                if (verdict instanceof Verdict.Accepted accepted) {
                    status = 200;
                    body = accepted.identity().codiceFiscale().value();
                } else {
                    status = 403;
                    body = ((Verdict.Rejected) verdict)
                            .reasons().stream().map(RejectionReason::code).collect(Collectors.joining(","));
                }
            } else {
                status = 401;
                body = forwarded.getClass().getSimpleName();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        handler.start();

        TestCredential server = PKI.localhostServerCredential();
        Files.writeString(
                directory.resolve("server.pem"),
                pem("CERTIFICATE", server.certificate().getEncoded())
                        + pem("CERTIFICATE", PKI.serverCa().certificate().getEncoded()));
        Files.writeString(
                directory.resolve("server.key"),
                pem("PRIVATE KEY", server.privateKey().getEncoded()));
        Files.writeString(
                directory.resolve("clients.pem"),
                pem("CERTIFICATE", CA.certificate().getEncoded())
                        + pem("CERTIFICATE", PKI.root().certificate().getEncoded()));
        nginxPort = NginxServer.freePort();
        nginx = NginxServer.start(
                directory,
                """
                server {
                    listen 127.0.0.1:%2$d ssl;
                    ssl_certificate %1$s/server.pem;
                    ssl_certificate_key %1$s/server.key;
                    ssl_client_certificate %1$s/clients.pem;
                    ssl_verify_client on;
                    ssl_verify_depth 2;
                    location / {
                        proxy_pass http://127.0.0.1:%3$d;
                        proxy_set_header %4$s $ssl_client_escaped_cert;
                    }
                }
                """.formatted(directory, nginxPort, handler.getAddress().getPort(), HEADER),
                nginxPort);
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (handler != null) {
            handler.stop(0);
        }
    }

    private static void publishCrl() {
        crls.put(RevocationList.load(CA.signCrl(CA.crl().build()), CA.certificate()), CA.certificate());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static HttpResponse<String> get(TestCredential card) throws Exception {
        SSLContext context = TlsContexts.client(card, List.of(PKI.root().certificate()));
        HttpClient client = HttpClient.newBuilder()
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + nginxPort + "/whoami"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCnsCertificateLogsInAsItsHolder() throws Exception {
        TestCredential card = PKI.cnsCredential(TestIssuer.TOSCANA, io.tscns.auth.AuthFixtures.HOLDER);
        HttpResponse<String> response = get(card);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("RSSMRA80A01H501U", response.body());
    }

    @Test
    void aRevokedCertificateIsRefused() throws Exception {
        TestCredential card = PKI.cnsCredential(TestIssuer.TOSCANA, io.tscns.auth.AuthFixtures.HOLDER);
        CA.revoke(
                card.certificate(),
                CA.certificate().getNotBefore().toInstant().plusSeconds(1),
                CrlReason.KEY_COMPROMISE);
        publishCrl();
        HttpResponse<String> response = get(card);
        assertEquals(403, response.statusCode());
        assertEquals("revoked", response.body());
    }

    @Test
    void nginxItselfRefusesACertificateFromAnUntrustedCa() throws Exception {
        TestCa impostor = PKI.untrustedCa();
        var pair = PKI.keys().rsa("holder/impostor");
        TestCredential forged = impostor.issueCredential(
                impostor.cnsAuthentication(io.tscns.auth.AuthFixtures.HOLDER, pair.getPublic())
                        .build(),
                pair.getPrivate());
        int status;
        try {
            status = get(forged).statusCode();
        } catch (IOException e) {
            status = -1; // the handshake failed outright: also a refusal
        }
        assertTrue(status == 400 || status == -1, "nginx refused with 400 or a failed handshake, got " + status);
    }

    @Test
    void aHeaderSentStraightToTheHandlerFromAnUntrustedAddressIsIgnored() throws Exception {
        TrustedProxyHeader onlyNginxHost = new TrustedProxyHeader(HEADER, Set.of(InetAddress.getLoopbackAddress()));
        X509Certificate certificate = PKI.cnsCredential(TestIssuer.TOSCANA, io.tscns.auth.AuthFixtures.HOLDER)
                .certificate();
        ProxyCertificate result = onlyNginxHost.read(
                InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}),
                Optional.of(pem("CERTIFICATE", certificate.getEncoded())));
        assertEquals(ProxyCertificate.UntrustedSender.class, result.getClass());
    }
}
