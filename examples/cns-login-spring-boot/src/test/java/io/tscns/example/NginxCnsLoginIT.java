package io.tscns.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.test.junit.InteropEnvironment;
import io.tscns.test.junit.NginxServer;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end as a service provider runs it: nginx (Debian's, started here with this module's
 * {@code nginx/cns-login.conf}) terminates mutual TLS with test-CA CNS certificates and forwards the certificate to
 * the example application, which trusts the header from nginx's address only; {@code curl} is the citizen's browser.
 * A valid card gets the page with its codice fiscale; a revoked, an expired and a foreign card get 401 with the
 * reason; a forged header sent straight to the application from another address is refused.
 */
class NginxCnsLoginIT {

    /** nginx connects to the application from this address, the only one the application trusts the header from. */
    private static final String NGINX_ADDRESS = "127.0.0.2";

    @TempDir
    static Path directory;

    private static RevocationHttpServer revocation;
    private static TestPki pki;
    private static ExampleApps.App app;
    private static NginxServer nginx;
    private static int nginxPort;
    private static TestCredential revokedCard;

    @BeforeAll
    static void start() throws Exception {
        InteropEnvironment.require(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is not installed");
        revocation = RevocationHttpServer.start();
        pki = TestPki.builder().urlBase(revocation.baseUri()).build();
        pki.publish(revocation);
        TestCa toscana = pki.issuingCa(TestIssuer.TOSCANA);
        revokedCard = pki.cnsCredential(TestIssuer.TOSCANA, ExampleApps.HOLDER);
        toscana.revoke(revokedCard.certificate(), Instant.now().minusSeconds(60), CrlReason.KEY_COMPROMISE);

        app = ExampleApps.start(
                ExampleApps.trustDirectory(directory, toscana),
                Map.of(
                        "tscns.auth.revocation.crls",
                        revocation
                                .baseUri()
                                .resolve(TestPki.crlPath(TestIssuer.TOSCANA))
                                .toString(),
                        "tscns.auth.proxy.trusted",
                        NGINX_ADDRESS + "/32"));

        Path nginxDirectory = Files.createDirectories(directory.resolve("nginx"));
        TestCredential server = pki.localhostServerCredential();
        Files.writeString(
                nginxDirectory.resolve("server.pem"),
                ExampleApps.pem(server.certificate())
                        + ExampleApps.pem(pki.serverCa().certificate()));
        Files.writeString(
                nginxDirectory.resolve("server.key"),
                ExampleApps.pem("PRIVATE KEY", server.privateKey().getEncoded()));
        Files.writeString(
                nginxDirectory.resolve("cns-cas.pem"),
                ExampleApps.pem(toscana.certificate())
                        + ExampleApps.pem(pki.root().certificate()));
        Files.writeString(
                directory.resolve("server-ca.pem"),
                ExampleApps.pem(pki.serverCa().certificate())
                        + ExampleApps.pem(pki.root().certificate()));
        nginxPort = NginxServer.freePort();
        String site = Files.readString(Path.of("nginx/cns-login.conf"))
                .replace("@LISTEN@", "127.0.0.1:" + nginxPort)
                .replace(
                        "@SERVER_CERTIFICATE@",
                        nginxDirectory.resolve("server.pem").toString())
                .replace("@SERVER_KEY@", nginxDirectory.resolve("server.key").toString())
                .replace("@CNS_CAS@", nginxDirectory.resolve("cns-cas.pem").toString())
                .replace("@APPLICATION@", "127.0.0.1:" + app.port())
                .replace("@PROXY_ADDRESS@", NGINX_ADDRESS);
        nginx = NginxServer.start(nginxDirectory, site, nginxPort);
    }

    @AfterAll
    static void stop() {
        ExampleApps.closeAll(nginx, app, revocation);
    }

    /** What curl got: the status and the body. */
    private record Curl(int status, String body) {}

    private static Curl curl(List<String> arguments) throws IOException, InterruptedException {
        Path body = Files.createTempFile(directory, "body", ".txt");
        List<String> command = new ArrayList<>(
                List.of("curl", "-sS", "--max-time", "30", "-o", body.toString(), "-w", "%{http_code}"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "curl finished");
        assertEquals(0, process.exitValue(), "curl: " + out);
        return new Curl(Integer.parseInt(out.substring(out.length() - 3)), Files.readString(body));
    }

    private static Curl throughNginx(String name, TestCredential card) throws IOException, InterruptedException {
        Path[] files = ExampleApps.credentialFiles(directory, name, card);
        return curl(List.of(
                "--cacert",
                directory.resolve("server-ca.pem").toString(),
                "--cert",
                files[0].toString(),
                "--key",
                files[1].toString(),
                "https://localhost:" + nginxPort + "/"));
    }

    private static void assertRefused(Curl curl, String code) {
        assertEquals(401, curl.status(), curl.body());
        assertEquals(
                code,
                ExampleApps.field(curl.body().substring(curl.body().indexOf("\"reasons\"")), "code"),
                curl.body());
    }

    @Test
    void aValidCardGetsThePageWithItsCodiceFiscale() throws Exception {
        Curl curl = throughNginx("valid", pki.cnsCredential(TestIssuer.TOSCANA, ExampleApps.HOLDER));
        assertEquals(200, curl.status(), curl.body());
        assertTrue(curl.body().contains("Codice fiscale: <strong>RSSMRA80A01H501U</strong>"), curl.body());
        assertTrue(curl.body().contains("MARIO ROSSI"), curl.body());
    }

    @Test
    void aRevokedCardIsRefusedAsRevoked() throws Exception {
        assertRefused(throughNginx("revoked", revokedCard), "revoked");
    }

    @Test
    void anExpiredCardIsRefusedAsExpired() throws Exception {
        TestCa toscana = pki.issuingCa(TestIssuer.TOSCANA);
        KeyPair key = pki.keys().rsa("holder/expired");
        Instant issued = Instant.now().minus(Duration.ofDays(2));
        TestCredential expired = toscana.issueCredential(
                toscana.cnsAuthentication(ExampleApps.HOLDER, key.getPublic())
                        .validity(issued, issued.plus(Duration.ofDays(1)))
                        .build(),
                key.getPrivate());
        assertRefused(throughNginx("expired", expired), "expired");
    }

    @Test
    void aCardFromAForeignCaIsRefusedAsUntrusted() throws Exception {
        TestCa impostor = pki.untrustedCa();
        KeyPair key = pki.keys().rsa("holder/foreign");
        TestCredential foreign = impostor.issueCredential(
                impostor.cnsAuthentication(ExampleApps.HOLDER, key.getPublic()).build(), key.getPrivate());
        assertRefused(throughNginx("foreign", foreign), "untrusted-issuer");
    }

    @Test
    void withoutACardThePageAsksForOne() throws Exception {
        assertRefused(
                curl(List.of(
                        "--cacert",
                        directory.resolve("server-ca.pem").toString(),
                        "https://localhost:" + nginxPort + "/")),
                "no-certificate");
    }

    @Test
    void aForgedHeaderFromAnUntrustedAddressIsRefused() throws Exception {
        String forged = URLEncoder.encode(
                        ExampleApps.pem(pki.cnsCredential(TestIssuer.TOSCANA, ExampleApps.HOLDER)
                                .certificate()),
                        StandardCharsets.UTF_8)
                .replace("+", "%20");
        Curl curl = curl(List.of(
                "--interface",
                "127.0.0.1",
                "-H",
                ExampleApps.HEADER + ": " + forged,
                "http://127.0.0.1:" + app.port() + "/"));
        assertRefused(curl, "untrusted-proxy");
    }
}
