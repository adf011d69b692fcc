package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.protocol.OperatorProfile;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.PersonCards;
import io.tscns.cms.sandbox.SandboxCmsServer;
import io.tscns.core.person.CodiceFiscale;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tscns cms serve}: starts the sandbox on an ephemeral port, and the CMS client uses what it printed. */
class CmsServeCommandTest {

    private static final Pattern BASE =
            Pattern.compile("sandbox CMS: (https://localhost:\\d+)/cms/v1/ " + "\\(toscana-2\\.0\\)");
    private static final Pattern ANCHOR = Pattern.compile("trust anchor: (\\S+)");
    private static final Pattern OPERATOR = Pattern.compile("operator asl-1 \\(ASL_COUNTER\\): (\\S+\\.p12),");
    private static final Pattern CARD =
            Pattern.compile("card (\\d+): [A-Z ]+, ([A-Z0-9]{16}), TEAM (\\d{20}), " + "expires \\d{4}-\\d{2}-\\d{2}");

    @Test
    void servesUntilInterruptedAndTheClientLogsInWithThePrintedCredentials(@TempDir Path data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Cli.Result> result = new AtomicReference<>();
        Thread server = new Thread(() -> result.set(
                Cli.withoutReaders().run(out, "cms", "serve", "--port", "0", "--data-dir", data.toString())));
        server.start();
        try {
            while (server.isAlive() && !out.toString(Charset.defaultCharset()).contains("Ctrl-C")) {
                Thread.sleep(10);
            }
            String printed = out.toString(Charset.defaultCharset());
            Matcher base = find(BASE, printed);
            Matcher anchor = find(ANCHOR, printed);
            Matcher operator = find(OPERATOR, printed);
            Matcher card = find(CARD, printed);
            X509Certificate ca;
            try (InputStream in = Files.newInputStream(Path.of(anchor.group(1)))) {
                ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            CmsClient client = CmsClient.builder()
                    .baseUri(URI.create(base.group(1)))
                    .credentials(OperatorCredentials.pkcs12(
                            Path.of(operator.group(1)), SandboxCmsServer.KEYSTORE_PASSWORD.toCharArray()))
                    .trustAnchors(List.of(ca))
                    .build();

            OperatorProfile me = client.login();
            PersonCards cards = client.getPersonCards(CodiceFiscale.parse(card.group(2)));

            assertEquals("asl-1", me.operatorId());
            assertEquals(OperatorRole.ASL_COUNTER, me.role());
            assertEquals(card.group(1), cards.cards().get(0).cardId().value());
            assertEquals(card.group(3), cards.cards().get(0).teamNumber().value());
            assertFalse(printed.matches("(?s).*(PIN|PUK|CIP)\\s*[:=]\\s*\\d.*"), "no code is printed");

            // The browser console is served on the same port, at the address printed.
            URI console = URI.create(base.group(1)).resolve("/console/");
            assertTrue(printed.contains("also serving: " + console), printed);
            javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(io.tscns.testpki.TlsContexts.trustStore(List.of(ca)));
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            javax.net.ssl.HttpsURLConnection page =
                    (javax.net.ssl.HttpsURLConnection) console.toURL().openConnection();
            page.setSSLSocketFactory(tls.getSocketFactory());
            assertEquals(200, page.getResponseCode());
            assertEquals("no-store", page.getHeaderField("Cache-Control"));
            assertTrue(page.getHeaderField("Content-Security-Policy").contains("default-src 'none'"));
            page.disconnect();
        } finally {
            server.interrupt();
            server.join();
        }
        assertTrue(result.get().exited(ExitCode.OK), result.get()::toString);
    }

    @Test
    void anUnknownProfileIsAUsageError(@TempDir Path data) {
        Cli.Result result =
                Cli.withoutReaders().run("cms", "serve", "--profile", "lazio", "--data-dir", data.toString());

        assertTrue(result.exited(ExitCode.USAGE), result::toString);
        assertTrue(result.err().contains("unknown --profile lazio: choose toscana-2.0 or dm-2011"), result::toString);
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), () -> pattern + " not in\n" + text);
        return matcher;
    }
}
