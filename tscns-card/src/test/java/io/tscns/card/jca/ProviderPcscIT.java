package io.tscns.card.jca;

import static io.tscns.card.jca.CardKeyFixtures.TypingHandler;
import static io.tscns.card.jca.CardKeyFixtures.pem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.vpcd.VirtualReader;
import io.tscns.test.junit.NginxServer;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCredential;
import io.tscns.testpki.TestPki;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 acceptance through the real pcscd + vpcd: the {@code TSCNS} key store and {@code SHA256withRSA} /
 * {@code RSASSA-PSS} of the provider with signatures verified by the JDK and by openssl, and TLS client
 * authentication with the card against a JDK server and against nginx ({@code ssl_verify_client on}), which echoes
 * the protocol, {@code $ssl_client_s_dn} and the client certificate: TLS 1.3 and 1.2 for a card that computes raw
 * RSA, TLS 1.2 for one that pads on the card.
 */
@WithPcscd
class ProviderPcscIT {

    private static final TestPki PKI = TestPki.standard();
    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(2024)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final byte[] DATA = "ricetta 42".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;

    private static NginxServer nginx;
    private static int nginxPort;

    @BeforeAll
    static void startNginx() throws Exception {
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
                pem(
                                "CERTIFICATE",
                                PKI.issuingCa(io.tscns.testpki.TestIssuer.TOSCANA)
                                        .certificate()
                                        .getEncoded())
                        + pem("CERTIFICATE", PKI.root().certificate().getEncoded()));
        nginxPort = NginxServer.freePort();
        nginx = NginxServer.start(directory, """
                server {
                    listen 127.0.0.1:%2$d ssl;
                    ssl_protocols TLSv1.2 TLSv1.3;
                    ssl_certificate %1$s/server.pem;
                    ssl_certificate_key %1$s/server.key;
                    ssl_client_certificate %1$s/clients.pem;
                    ssl_verify_client on;
                    ssl_verify_depth 2;
                    location / {
                        default_type text/plain;
                        return 200 "$ssl_protocol|$ssl_client_verify|$ssl_client_s_dn|$ssl_client_escaped_cert";
                    }
                }
                """.formatted(directory, nginxPort), nginxPort);
    }

    @AfterAll
    static void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void aRawRsaCardSignsAndAuthenticatesInTls13And12(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC)) {
            reader.insert(issued.card(), TIMEOUT);
            try (CnsCard card = PcscCards.open(reader.terminal())) {
                signaturesVerifyInTheJdkAndWithOpenssl(card, issued);
                CardKeyManager keys = CardKeyManager.of(card, TypingHandler.typing(issued.pin()));
                assertEquals(List.of("TLSv1.3", "TLSv1.2"), keys.tlsProtocols());
                SSLContext tls = keys.sslContext(ClientAuthServer.trusting(PKI));
                jdkServerSeesTheCard(tls, issued, "TLSv1.3");
                jdkServerSeesTheCard(tls, issued, "TLSv1.2");
                nginxSeesTheCard(tls, issued, "TLSv1.3");
                nginxSeesTheCard(tls, issued, "TLSv1.2");
            }
        }
    }

    @Test
    void aCardThatPadsOnTheCardAuthenticatesInTls12(VirtualReader reader) throws Exception {
        CnsCardOptions padsOnCard = CardKeyFixtures.PADS_ON_CARD;
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.STINCARD)) {
            reader.insert(issued.card(), TIMEOUT);
            try (CnsCard card = PcscCards.open(reader.terminal(), padsOnCard)) {
                CardKeyManager keys = CardKeyManager.of(card, TypingHandler.typing(issued.pin()));
                assertEquals(List.of("TLSv1.2"), keys.tlsProtocols());
                SSLContext tls = keys.sslContext(ClientAuthServer.trusting(PKI));
                jdkServerSeesTheCard(tls, issued, null);
                nginxSeesTheCard(tls, issued, null);
            }
        }
    }

    private static void signaturesVerifyInTheJdkAndWithOpenssl(CnsCard card, IssuedCard issued) throws Exception {
        KeyStore store = KeyStore.getInstance("TSCNS", TscnsProvider.install());
        store.load(TscnsKeyStoreParameter.of(
                card, new KeyStore.CallbackHandlerProtection(TypingHandler.typing(issued.pin()))));
        String alias = "MARIO ROSSI " + issued.cardId().value();
        assertEquals(alias, store.aliases().nextElement());
        PrivateKey key = (PrivateKey) store.getKey(alias, null);

        Signature pkcs1 = Signature.getInstance("SHA256withRSA", TscnsProvider.install());
        pkcs1.initSign(key);
        pkcs1.update(DATA);
        byte[] signature = pkcs1.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify((X509Certificate) store.getCertificate(alias));
        verifier.update(DATA);
        assertTrue(verifier.verify(signature));
        byte[] publicKey = issued.certificate().getPublicKey().getEncoded();
        assertEquals("Verified OK", CardKeyFixtures.opensslVerify(directory, publicKey, DATA, signature));

        Signature pss = Signature.getInstance("RSASSA-PSS", TscnsProvider.install());
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        pss.initSign(key);
        pss.update(DATA);
        assertEquals(
                "Verified OK",
                CardKeyFixtures.opensslVerify(
                        directory,
                        publicKey,
                        DATA,
                        pss.sign(),
                        "-sigopt",
                        "rsa_padding_mode:pss",
                        "-sigopt",
                        "rsa_pss_saltlen:32"));
    }

    private static void jdkServerSeesTheCard(SSLContext tls, IssuedCard issued, String protocol) throws Exception {
        try (ClientAuthServer server =
                new ClientAuthServer(PKI, PKI.issuingCa(issued.issuer()).certificate())) {
            ClientAuthServer.Seen seen = protocol == null ? server.handshake(tls) : server.handshake(tls, protocol);
            assertEquals(protocol == null ? "TLSv1.2" : protocol, seen.protocol());
            assertEquals(issued.certificate(), seen.client());
        }
    }

    /** GET / from nginx over the card's TLS: nginx answers protocol|verify|subject DN|escaped PEM certificate. */
    private static void nginxSeesTheCard(SSLContext tls, IssuedCard issued, String protocol) throws Exception {
        String body;
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", nginxPort)) {
            if (protocol != null) {
                socket.setEnabledProtocols(new String[] {protocol});
            }
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write("GET / HTTP/1.0\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), () -> response + log());
            body = response.substring(response.indexOf("\r\n\r\n") + 4);
        }
        String[] fields = body.split("\\|", 4);
        assertEquals(protocol == null ? "TLSv1.2" : protocol, fields[0]);
        assertEquals("SUCCESS", fields[1]);
        assertTrue(fields[2].contains(issued.codiceFiscale().value()), fields[2]);
        X509Certificate seen = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(
                        URLDecoder.decode(fields[3], StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(issued.certificate(), seen, "nginx sees the card's certificate");
    }

    private static String log() {
        try {
            return "\nnginx log:\n" + nginx.log();
        } catch (IOException e) {
            return "";
        }
    }
}
