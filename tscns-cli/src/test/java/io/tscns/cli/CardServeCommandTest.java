package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.PersonalCodiceFiscale;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardServeCommandTest {

    @Test
    void servesASeededCardAndPrintsItsSheetUntilInterrupted() throws Exception {
        String first = serve("--seed", "42");
        String second = serve("--seed", "42");

        assertTrue(first.contains("Simulated TS-CNS card (stincard profile)"), first);
        assertTrue(first.contains("Holder:       MARIO ROSSI, codice fiscale RSSMRA80A01H501"), first);
        assertTrue(first.matches("(?s).*PIN: +\\d{5,8}\n.*"), first);
        assertTrue(first.contains("stop with Ctrl-C"), first);
        assertEquals(cardId(first), cardId(second), "the same seed issues the same card");
    }

    @Test
    void writesTheTrustFilesWithTheCardRevokedAndPrintsWhatItChanged(@TempDir Path dir) throws Exception {
        String sheet =
                serve("--omocode", "1", "--header", "excludes", "--tamper", "--pki-out", dir.toString(), "--revoked");

        String omocodic =
                PersonalCodiceFiscale.parse("RSSMRA80A01H501U").omocode(1).value();
        assertTrue(sheet.contains("codice fiscale " + omocodic), sheet);
        assertTrue(sheet.contains("length header counting the fields only"), sheet);
        assertTrue(sheet.contains("Tampered:     EF.Dati_personali no longer matches the certificate"), sheet);
        assertTrue(sheet.contains("(the card's certificate revoked)"), sheet);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        X509Certificate card =
                (X509Certificate) x509.generateCertificate(Files.newInputStream(dir.resolve("card.pem")));
        X509Certificate ca = (X509Certificate) x509.generateCertificate(Files.newInputStream(dir.resolve("ca.pem")));
        X509CRL crl = (X509CRL) x509.generateCRL(Files.newInputStream(dir.resolve("ca.crl")));
        crl.verify(ca.getPublicKey());
        assertTrue(crl.isRevoked(card), "the card's certificate is listed");
        card.verify(ca.getPublicKey());

        Cli.Result refused = Cli.withoutReaders().run("card", "serve", "--vpcd", "--revoked");
        assertTrue(refused.exited(ExitCode.USAGE), refused::toString);
        assertTrue(refused.err().contains("--revoked needs --pki-out"), refused::err);
    }

    private static String serve(String... extra) throws Exception {
        try (ServerSocket vpcd = new ServerSocket(0)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AtomicReference<Cli.Result> result = new AtomicReference<>();
            String[] args = new String[6 + extra.length];
            System.arraycopy(
                    new String[] {
                        "card", "serve", "--vpcd", "--port", String.valueOf(vpcd.getLocalPort()), "--profile=stincard"
                    },
                    0,
                    args,
                    0,
                    6);
            System.arraycopy(extra, 0, args, 6, extra.length);
            Thread server = new Thread(() -> result.set(Cli.withoutReaders().run(out, args)));
            server.start();
            while (server.isAlive() && !out.toString(Charset.defaultCharset()).contains("Ctrl-C")) {
                Thread.sleep(5);
            }
            server.interrupt();
            server.join();
            assertTrue(result.get().exited(ExitCode.OK), result.get()::toString);
            return result.get().out();
        }
    }

    private static String cardId(String sheet) {
        return sheet.lines()
                .filter(line -> line.contains("ID_Carta:"))
                .findFirst()
                .orElseThrow();
    }
}
