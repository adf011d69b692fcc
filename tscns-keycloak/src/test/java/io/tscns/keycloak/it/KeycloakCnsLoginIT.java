package io.tscns.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.test.junit.NginxServer;
import io.tscns.testpki.CertificatePolicy;
import io.tscns.testpki.CnsSubject;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.RevocationHttpServer;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * CNS login against a real Keycloak 26 (the distribution from the Maven registry, built with the provider JAR and
 * started by this test), behind the machine's nginx terminating mutual TLS as the module's README describes: nginx
 * asks for a client certificate ({@code ssl_verify_client optional_no_ca}) and forwards it in a header that
 * Keycloak's {@code nginx} X.509 lookup reads. The citizen's browser is the JDK HTTP client with a test-CA card;
 * the realm's browser flow has the CNS step with its trust directory and the test CA's CRL, creating users just in
 * time. Without nginx or the unpacked distribution the test is skipped, or fails under {@code CI=true}.
 *
 * <p>nginx itself refuses an expired certificate in the handshake's verification (it tolerates only a missing
 * issuer under {@code optional_no_ca}), so the expired card is also sent the way a proxy that forwards any
 * certificate does: in the header, from the trusted proxy address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakCnsLoginIT {

    private static final TestPki PKI = TestPki.standard();
    private static final TestCa CA = PKI.issuingCa(TestIssuer.TOSCANA);
    private static final CodiceFiscale HOLDER_CODE = CodiceFiscale.parse("RSSMRA80A01H501U");
    private static final CnsSubject HOLDER = subject(HOLDER_CODE, "MARIO", "ROSSI");
    /** The holder of every refused card: no user may ever be created for it. */
    private static final CodiceFiscale REFUSED_CODE = CodiceFiscale.parse("VRDGLI48P63G702J");

    private static final CnsSubject REFUSED = subject(REFUSED_CODE, "GIULIA", "VERDI");
    private static final String HEADER = "ssl-client-cert";
    private static final Path WORK = Path.of("target", "keycloak-it");
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    private static RevocationHttpServer revocation;
    private static KeycloakServer keycloak;
    private static NginxServer nginx;
    private static URI viaNginx;
    private static URI direct;
    private static TestCredential revoked;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(WORK.resolve("trust"));
        revocation = RevocationHttpServer.start();
        revoked = card(
                "revoked",
                REFUSED,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)));
        CA.revoke(revoked.certificate(), Instant.now().minusSeconds(60), CrlReason.KEY_COMPROMISE);
        URI crl =
                revocation.serveCrl("crl/toscana.crl", () -> CA.signCrl(CA.crl().build()));
        Files.writeString(WORK.resolve("trust/toscana.pem"), pem(CA.certificate()));
        // Keycloak's truststore: what its nginx lookup rebuilds the chain with.
        Files.writeString(
                WORK.resolve("keycloak-truststore.pem"),
                pem(CA.certificate()) + pem(PKI.root().certificate()));
        String realm = new String(
                        KeycloakCnsLoginIT.class
                                .getResourceAsStream("cns-realm.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace(
                        "@TRUST_DIRECTORY@",
                        WORK.resolve("trust").toAbsolutePath().toString())
                .replace("@CRL@", crl.toString());
        Path home = Path.of(System.getProperty("tscns.keycloak.home", "target/keycloak-missing"));
        Files.createDirectories(home.resolve("data/import"));
        Files.writeString(home.resolve("data/import/cns-realm.json"), realm);

        int httpPort = NginxServer.freePort();
        int nginxPort = NginxServer.freePort();
        direct = URI.create("http://127.0.0.1:" + httpPort);
        viaNginx = URI.create("https://localhost:" + nginxPort);
        keycloak = KeycloakServer.start(
                WORK,
                List.of("--db=dev-file", "--spi-x509cert-lookup--provider=nginx"),
                List.of(
                        "--http-enabled=true",
                        "--http-host=127.0.0.1",
                        "--http-port=" + httpPort,
                        "--http-management-port=" + NginxServer.freePort(),
                        "--hostname-strict=false",
                        "--proxy-headers=xforwarded",
                        "--proxy-trusted-addresses=127.0.0.1",
                        "--spi-x509cert-lookup--nginx--ssl-client-cert=" + HEADER,
                        "--spi-x509cert-lookup--nginx--ssl-cert-chain-prefix=ssl-client-chain",
                        "--spi-x509cert-lookup--nginx--certificate-chain-length=2",
                        "--truststore-paths="
                                + WORK.resolve("keycloak-truststore.pem").toAbsolutePath(),
                        "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD),
                URI.create(direct + "/realms/cns/.well-known/openid-configuration"));
        System.out.printf(
                "Keycloak: kc.sh build %d s, start until the realm answered %d s%n",
                keycloak.buildTime().toSeconds(), keycloak.startTime().toSeconds());

        TestCredential server = PKI.localhostServerCredential();
        Path nginxDir = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(nginxDir);
        Files.writeString(
                nginxDir.resolve("server.pem"),
                pem(server.certificate()) + pem(PKI.serverCa().certificate()));
        Files.writeString(
                nginxDir.resolve("server.key"),
                pem("PRIVATE KEY", server.privateKey().getEncoded()));
        Files.writeString(
                nginxDir.resolve("clients.pem"),
                pem(CA.certificate()) + pem(PKI.root().certificate()));
        nginx = NginxServer.start(nginxDir, """
                server {
                    listen 127.0.0.1:%2$d ssl;
                    ssl_certificate %1$s/server.pem;
                    ssl_certificate_key %1$s/server.key;
                    ssl_client_certificate %1$s/clients.pem;
                    ssl_verify_client optional_no_ca;
                    ssl_verify_depth 2;
                    proxy_buffer_size 64k;
                    proxy_buffers 8 64k;
                    location / {
                        proxy_pass http://127.0.0.1:%3$d;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto https;
                        proxy_set_header X-Forwarded-Host $host;
                        proxy_set_header X-Forwarded-Port $server_port;
                        proxy_set_header %4$s $ssl_client_escaped_cert;
                    }
                }
                """.formatted(nginxDir, nginxPort, httpPort, HEADER), nginxPort);
    }

    @AfterAll
    static void stop() throws IOException {
        if (nginx != null) {
            Files.writeString(WORK.resolve("nginx.log"), nginx.log());
            nginx.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (revocation != null) {
            revocation.close();
        }
    }

    @Test
    @Order(1)
    void aValidCardSignsInAndCreatesTheCitizensUser() throws Exception {
        JsonNode claims = signIn(PKI.cnsCredential(TestIssuer.TOSCANA, HOLDER));
        assertEquals("rssmra80a01h501u", claims.path("preferred_username").asText(), claims.toString());
        JsonNode users = users(HOLDER_CODE);
        assertEquals(1, users.size(), users.toString());
        assertEquals("MARIO", users.get(0).path("firstName").asText());
        assertEquals("ROSSI", users.get(0).path("lastName").asText());
        assertEquals(
                "RSSMRA80A01H501U",
                users.get(0).path("attributes").path("codice_fiscale").path(0).asText(),
                users.toString());
        assertEquals(users.get(0).path("id").asText(), claims.path("sub").asText());
    }

    @Test
    @Order(2)
    void aSecondLoginWithAnotherCardOfTheSameCitizenLinksToTheSameUser() throws Exception {
        String before = users(HOLDER_CODE).get(0).path("id").asText();
        TestCredential renewed = card(
                "renewed",
                HOLDER,
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)));
        JsonNode claims = signIn(renewed);
        assertEquals(before, claims.path("sub").asText());
        assertEquals(1, users(HOLDER_CODE).size());
    }

    @Test
    @Order(3)
    void aRevokedCardIsRefusedAsRevoked() throws Exception {
        assertRefused(viaNginx(revoked), "has been revoked", "cns_revoked");
    }

    @Test
    @Order(4)
    void aCardFromAForeignCaIsRefusedAsUntrusted() throws Exception {
        TestCa impostor = PKI.untrustedCa();
        KeyPair pair = PKI.keys().rsa("keycloak-it/foreign");
        TestCredential foreign = impostor.issueCredential(
                impostor.cnsAuthentication(REFUSED, pair.getPublic()).build(), pair.getPrivate());
        assertRefused(viaNginx(foreign), "not issued by a trusted CNS authority", "cns_untrusted");
    }

    @Test
    @Order(5)
    void aCertificateOfTheTrustedCaWithoutTheCnsPolicyIsRefusedAsNotACns() throws Exception {
        KeyPair pair = PKI.keys().rsa("keycloak-it/not-cns");
        TestCredential other = CA.issueCredential(
                CA.cnsAuthentication(REFUSED, pair.getPublic())
                        .policies(CertificatePolicy.of("1.3.6.1.4.1.99999.1"))
                        .build(),
                pair.getPrivate());
        assertRefused(viaNginx(other), "not the authentication certificate of a CNS card", "cns_not_cns");
    }

    @Test
    @Order(6)
    void anExpiredCardIsRefusedAsExpired() throws Exception {
        TestCredential expired = card(
                "expired",
                REFUSED,
                Instant.now().minus(Duration.ofDays(400)),
                Instant.now().minus(Duration.ofDays(1)));
        assertEquals(400, viaNginx(expired).status(), "nginx refuses an expired certificate itself");
        Browser forwarded = new Browser(null, Map.of(HEADER, Browser.encode(pem(expired.certificate()))));
        assertRefused(forwarded.login(URI.create(direct + "/realms/cns")), "has expired", "cns_expired");
    }

    @Test
    @Order(7)
    void withoutACardTheFlowGoesOnToTheUsernameAndPasswordForm() throws Exception {
        Browser.Outcome outcome = new Browser(null, Map.of()).login(URI.create(direct + "/realms/cns"));
        assertEquals(200, outcome.status());
        assertTrue(outcome.body().contains("name=\"password\""), "the password form is shown");
    }

    private static Browser.Outcome viaNginx(TestCredential card) throws Exception {
        Browser browser =
                new Browser(CardKeyManager.context(card, List.of(PKI.root().certificate())), Map.of());
        try {
            return browser.login(URI.create(viaNginx + "/realms/cns"));
        } catch (IOException e) {
            return new Browser.Outcome(-1, String.valueOf(e.getMessage()), java.util.Optional.empty());
        }
    }

    private static JsonNode signIn(TestCredential card) throws Exception {
        Browser browser =
                new Browser(CardKeyManager.context(card, List.of(PKI.root().certificate())), Map.of());
        URI realm = URI.create(viaNginx + "/realms/cns");
        Browser.Outcome outcome = browser.login(realm);
        assertTrue(outcome.code().isPresent(), () -> "no code: " + outcome.status() + " " + outcome.body());
        return browser.exchange(realm, outcome.code().get());
    }

    private static void assertRefused(Browser.Outcome outcome, String message, String eventError) throws Exception {
        assertEquals(401, outcome.status(), outcome.body());
        assertTrue(outcome.body().contains(message), () -> "the page says \"" + message + "\": " + outcome.body());
        assertEquals(0, users(REFUSED_CODE).size(), "no user for a refused card");
        JsonNode events = admin("/events?type=LOGIN_ERROR&max=100");
        List<String> errors = new ArrayList<>();
        events.forEach(event -> errors.add(event.path("error").asText()));
        assertTrue(errors.contains(eventError), () -> "a login event with error " + eventError + ": " + errors);
    }

    private static JsonNode users(CodiceFiscale code) throws Exception {
        return admin("/users?q=" + Browser.encode("codice_fiscale:" + code.value()));
    }

    private static JsonNode admin(String path) throws Exception {
        Browser browser = new Browser(null, Map.of());
        String token = browser.post(
                        URI.create(direct + "/realms/master/protocol/openid-connect/token"),
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                "admin",
                                "password",
                                ADMIN_PASSWORD))
                .path("access_token")
                .asText();
        return browser.get(URI.create(direct + "/admin/realms/cns" + path), token);
    }

    private static TestCredential card(String label, CnsSubject subject, Instant from, Instant to) {
        KeyPair pair = PKI.keys().rsa("keycloak-it/" + label);
        return CA.issueCredential(
                CA.cnsAuthentication(subject, pair.getPublic())
                        .validity(from, to)
                        .build(),
                pair.getPrivate());
    }

    private static CnsSubject subject(CodiceFiscale code, String givenName, String surname) {
        return CnsSubject.of(
                code,
                "6090" + String.format("%012d", Math.abs((long) code.value().hashCode())),
                givenName,
                surname,
                "REGIONE TOSCANA",
                (surname + " " + givenName).getBytes(StandardCharsets.US_ASCII));
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return pem("CERTIFICATE", certificate.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
