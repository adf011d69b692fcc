package io.tscns.cms.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyRequest;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.PersonData;
import io.tscns.cms.protocol.Receipt;
import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's counter example, compiled and run: login with a certificate, identify, activate, print the receipt. Here the CMS is a scripted transport; tscns-testkit runs the same flow against the real
 * HTTPS sandbox. Also loads operator credentials from PKCS#12 and PEM files made with the JDK's keytool.
 */
class ReadmeExampleTest {

    /** The README example, verbatim between the markers. */
    static String counterFlow(CmsClient cms, CodiceFiscale cf, TeamNumber team, LocalDate expiry) {
        // tag::counter-flow[] (the README example; spotless leaves it as written)
        System.out.println("Operator: " + cms.login().displayName());

        IdentifyResult identified = cms.identifyCard(new IdentifyRequest(cf, team, expiry));
        if (!(identified instanceof IdentifyResult.Match match)) {
            return "send the holder to the Scelta e Revoca office"; // manual §10.1 step 5
        }
        PersonData holder = match.holder(); // compare with the identity document shown

        IdentityDocument document = new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "CA1234567",
                "Comune di Firenze", LocalDate.of(2021, 5, 3), Optional.of(LocalDate.of(2031, 5, 3)));
        ActivateCardRequest activation = new ActivateCardRequest(holder.codiceFiscale(), expiry,
                new ApplicantData(ActivationMode.DIRECT, Optional.empty(), Optional.empty(),
                        PresentedDocument.withoutDeclaration(document)),
                Set.of(), new DeliveryChannel(ChannelKind.EMAIL, "mario.rossi@example.it"), true, List.of())
                .withIdentification(match.identificationRef()); // the CMS requires this identification first

        try (Receipt receipt = cms.activateCard(match.card().cardId(), activation)) {
            char[] pin = receipt.counterHalves().pin().reveal();
            try {
                System.out.println("Receipt " + receipt.receiptId() + ": first part of the PIN "
                        + pin.length + " digits, printed on the receipt; second part sent to "
                        + receipt.maskedAddress());
                // printer.print(pin) ... then wipe
            } finally {
                Arrays.fill(pin, '\0');
            }
        } // closing the receipt wipes the counter halves
        // end::counter-flow[]
        return "activated";
    }

    @Test
    void theReadmeExampleRunsAndIsTheOneInTheReadme() throws IOException {
        CodiceFiscale cf = CmsFixtures.HOLDER;
        TeamNumber team = TeamNumber.fromCardId(CmsFixtures.CARD);
        LocalDate expiry = LocalDate.of(2029, 12, 31);
        FakeCms cms = new FakeCms()
                .thenJson(200, CmsFixtures.operator())
                .thenJson(
                        200,
                        new IdentifyResult.Match(
                                CmsFixtures.status(CardState.SHIPPED),
                                new PersonData("ROSSI", "MARIO", LocalDate.of(1980, 1, 1), Sex.MALE, "FIRENZE", cf),
                                IdentificationRef.parse("c2FuZGJveC1pZGVudGlmaWNhdGlvbg")))
                .thenJson(201, CmsFixtures.receipt());
        assertEquals("activated", counterFlow(cms.client().build(), cf, team, expiry));
        String readme = Files.readString(Path.of("README.md"));
        String source = Files.readString(Path.of("src/test/java/io/tscns/cms/client/ReadmeExampleTest.java"));
        String example = source.substring(
                source.indexOf('\n', source.indexOf("// tag::counter-flow[]")) + 1,
                source.indexOf("        // end::counter-flow[]"));
        assertTrue(
                readme.contains(example.stripTrailing().stripIndent().strip()),
                "README example differs from the compiled one");
    }

    @Test
    void credentialsLoadFromPkcs12AndPem(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("operator.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "operator",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=op-7",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        p12.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        keytool.getInputStream().readAllBytes();
        assertEquals(0, keytool.waitFor());
        assertTrue(OperatorCredentials.pkcs12(p12, "changeit".toCharArray()) instanceof OperatorCredentials.MutualTls);
        InvalidCredentialsException wrong = assertThrows(
                InvalidCredentialsException.class,
                () -> OperatorCredentials.pkcs12(p12, "wrong-password".toCharArray()));
        assertTrue(!wrong.getMessage().contains("wrong-password"));

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(p12)) {
            store.load(in, "changeit".toCharArray());
        }
        Certificate cert = store.getCertificate("operator");
        java.security.PrivateKey key = (java.security.PrivateKey) store.getKey("operator", "changeit".toCharArray());
        Path keyPem = dir.resolve("operator.key");
        Path certPem = dir.resolve("operator.crt");
        Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(certPem, pem("CERTIFICATE", cert.getEncoded()), StandardCharsets.US_ASCII);
        assertTrue(OperatorCredentials.pem(keyPem, certPem) instanceof OperatorCredentials.MutualTls);

        Path rsaPem = dir.resolve("rsa.key");
        Files.writeString(
                rsaPem,
                pem(
                        "PRIVATE KEY",
                        KeyPairGenerator.getInstance("RSA")
                                .generateKeyPair()
                                .getPrivate()
                                .getEncoded()));
        assertTrue(OperatorCredentials.pem(rsaPem, certPem) instanceof OperatorCredentials.MutualTls);
        Files.writeString(rsaPem, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
        assertThrows(InvalidCredentialsException.class, () -> OperatorCredentials.pem(rsaPem, certPem));
        assertThrows(InvalidCredentialsException.class, () -> OperatorCredentials.pem(keyPem, keyPem));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
