package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.IssuedCard;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.SyntheticRevocations;
import io.tscns.testpki.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void inspectShowsIdentityPolicyUsagesAndExtensions() throws Exception {
        try (IssuedCard issued = Pki.card()) {
            Path pem = Pki.pem(dir, "card.pem", issued.certificate());
            Path der = Pki.der(dir, "card.cer", issued.certificate());

            Cli.Result fromPem = Cli.withoutReaders().run("cert", "inspect", pem.toString(), "--json");
            Cli.Result fromDer = Cli.withoutReaders().run("cert", "inspect", der.toString(), "--json");

            assertTrue(fromPem.exited(ExitCode.OK), fromPem::toString);
            assertEquals(fromPem.out(), fromDer.out(), "PEM and DER give the same view");
            JsonNode json = JSON.readTree(fromPem.out());
            assertEquals(
                    issued.codiceFiscale().value(),
                    json.get("identity").get("codiceFiscale").asText());
            assertEquals(
                    issued.cardId().value(), json.get("identity").get("cardId").asText());
            assertEquals("MARIO", json.get("identity").get("givenName").asText());
            assertEquals("CNS", json.get("policy").asText());
            assertEquals("valid", json.get("validity").asText());
            assertEquals("[\"digitalSignature\"]", json.get("keyUsage").toString());
            assertEquals("[\"clientAuth\"]", json.get("extendedKeyUsage").toString());
            assertTrue(json.get("extensions").toString().contains("\"certificatePolicies\""), json::toString);
            assertTrue(json.get("publicKey").asText().startsWith("RSA 2048"), json::toString);

            Cli.Result text = Cli.withoutReaders().run("cert", "inspect", pem.toString());
            assertTrue(text.out().contains("Codice fiscale:"), text::out);
        }
    }

    @Test
    void malformedOrMissingFilesAreOneLineAndInvalidInput() throws Exception {
        Path garbage = Files.write(
                dir.resolve("garbage.pem"),
                "-----BEGIN CERTIFICATE-----\nnot base64!\n".getBytes(StandardCharsets.US_ASCII));
        Path truncated = Files.write(dir.resolve("truncated.der"), new byte[] {0x30, (byte) 0x82, 0x05});
        Path huge = Files.write(dir.resolve("huge.der"), new byte[300_000]);
        for (Path file : new Path[] {garbage, truncated, huge, dir.resolve("absent.pem")}) {
            Cli.Result result = Cli.withoutReaders().run("cert", "inspect", file.toString());
            assertTrue(result.exited(ExitCode.INVALID_INPUT), result::toString);
            assertEquals("", result.out());
            assertEquals(1, result.err().lines().count(), result::err);
            assertTrue(result.err().startsWith("tscns: "), result::err);
        }
    }

    @Test
    void aDirectoryADeviceAControlCharacterAndABadInstantGetTheirOwnOneLineReasons() throws Exception {
        Cli.Result directory = Cli.withoutReaders().run("cert", "inspect", dir.toString());
        assertTrue(directory.exited(ExitCode.INVALID_INPUT), directory::toString);
        assertTrue(directory.err().contains("it is a directory"), directory::err);

        Cli.Result device = Cli.withoutReaders().run("cert", "inspect", "/dev/zero");
        assertTrue(device.exited(ExitCode.INVALID_INPUT), device::toString);
        assertTrue(device.err().contains("not a regular file"), device::err);

        Path hostile = dir.resolve("evil\n\u001b[31mname.pem");
        Cli.Result escaped = Cli.withoutReaders().run("cert", "inspect", hostile.toString());
        assertEquals(1, escaped.err().lines().count(), escaped::err);
        assertTrue(escaped.err().contains("evil\\u000a\\u001b[31mname.pem: no such file"), escaped::err);
        assertFalse(escaped.err().contains("\u001b"), "no escape sequence reaches the terminal");

        try (IssuedCard issued = Pki.card()) {
            Path card = Pki.pem(dir, "card.pem", issued.certificate());
            Cli.Result yesterday = Cli.withoutReaders()
                    .run("cert", "verify", card.toString(), "--trust", card.toString(), "--at", "yesterday");
            assertTrue(yesterday.exited(ExitCode.USAGE), yesterday::toString);
            assertTrue(yesterday.err().contains("'yesterday' is not an instant: write it in ISO-8601"), yesterday::err);
            assertFalse(yesterday.err().contains("Exception"), yesterday::err);
        }
    }

    @Test
    void verifyAcceptsATrustedCertificateAndNamesTheCitizen() throws Exception {
        try (IssuedCard issued = Pki.card()) {
            Path card = Pki.pem(dir, "card.pem", issued.certificate());
            Path trust = Files.createDirectory(dir.resolve("trust"));
            Pki.pem(trust, "toscana.pem", Pki.toscana().certificate());
            Path crl = Files.write(
                    dir.resolve("toscana.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));

            Cli.Result result = Cli.withoutReaders()
                    .run(
                            "cert",
                            "verify",
                            card.toString(),
                            "--trust",
                            trust.toString(),
                            "--crl",
                            crl.toString(),
                            "--json");

            assertTrue(result.exited(ExitCode.OK), result::toString);
            JsonNode json = JSON.readTree(result.out());
            assertEquals("accepted", json.get("verdict").asText());
            assertEquals(
                    issued.codiceFiscale().value(),
                    json.get("identity").get("codiceFiscale").asText());
            assertTrue(json.get("revocation").asText().startsWith("good (CRL"), json::toString);

            Cli.Result unchecked = Cli.withoutReaders()
                    .run(
                            "cert",
                            "verify",
                            card.toString(),
                            "--trust",
                            Pki.pem(dir, "ca.pem", Pki.toscana().certificate()).toString());
            assertTrue(unchecked.exited(ExitCode.OK), unchecked::toString);
            assertTrue(unchecked.out().contains("unknown: "), unchecked::out);
        }
    }

    @Test
    void verifyExitCodeFollowsTheVerdict() throws Exception {
        try (IssuedCard issued = Pki.card()) {
            Path card = Pki.der(dir, "card.cer", issued.certificate());
            Path toscana = Pki.pem(dir, "toscana.pem", Pki.toscana().certificate());
            Path lombardia = Pki.pem(
                    dir,
                    "lombardia.pem",
                    Pki.PKI.issuingCa(TestIssuer.LOMBARDIA).certificate());

            Cli.Result untrusted =
                    Cli.withoutReaders().run("cert", "verify", card.toString(), "--trust", lombardia.toString());
            assertTrue(untrusted.exited(ExitCode.CERTIFICATE_REJECTED), untrusted::toString);
            assertTrue(untrusted.out().contains("untrusted-issuer"), untrusted::out);

            Cli.Result expired = Cli.withoutReaders()
                    .run(
                            "cert",
                            "verify",
                            card.toString(),
                            "--trust",
                            toscana.toString(),
                            "--at",
                            Cli.NOW.plus(Duration.ofDays(7 * 366)).toString());
            assertTrue(expired.exited(ExitCode.CERTIFICATE_REJECTED), expired::toString);
            assertTrue(expired.out().contains("expired"), expired::out);

            Pki.toscana().revoke(issued.certificate(), Cli.NOW.minusSeconds(60), CrlReason.KEY_COMPROMISE);
            Path crl = Files.write(
                    dir.resolve("revoked.crl"),
                    Pki.toscana().signCrl(Pki.toscana().crl().build()));
            Cli.Result revoked = Cli.withoutReaders()
                    .run("cert", "verify", card.toString(), "--trust", toscana.toString(), "--crl", crl.toString());
            assertTrue(revoked.exited(ExitCode.CERTIFICATE_REVOKED), revoked::toString);
            assertTrue(revoked.out().contains("Verdict:"), revoked::out);
            assertTrue(revoked.out().contains("revoked"), revoked::out);
        }
    }

    @Test
    void verifyRefusesAnUnpinnedTrustedListAndABadCrl() throws Exception {
        try (IssuedCard issued = Pki.card()) {
            Path card = Pki.pem(dir, "card.pem", issued.certificate());
            Path tsl = Files.write(dir.resolve("tsl.xml"), Pki.PKI.trustedList());
            Cli.Result unpinned =
                    Cli.withoutReaders().run("cert", "verify", card.toString(), "--trust", tsl.toString());
            assertTrue(unpinned.exited(ExitCode.USAGE), unpinned::toString);
            assertTrue(unpinned.err().contains("--tsl-signer"), unpinned::err);

            Path signer = Pki.pem(dir, "signer.pem", Pki.PKI.tslSigner().certificate());
            Cli.Result pinned = Cli.withoutReaders()
                    .run(
                            "cert",
                            "verify",
                            card.toString(),
                            "--trust",
                            tsl.toString(),
                            "--tsl-signer",
                            signer.toString());
            assertTrue(pinned.exited(ExitCode.OK), pinned::toString);

            Path badCrl = Files.write(dir.resolve("bad.crl"), new byte[] {0x30, 0x03, 0x02, 0x01});
            Cli.Result bad = Cli.withoutReaders()
                    .run(
                            "cert",
                            "verify",
                            card.toString(),
                            "--trust",
                            Pki.pem(dir, "ca.pem", Pki.toscana().certificate()).toString(),
                            "--crl",
                            badCrl.toString());
            assertTrue(bad.exited(ExitCode.INVALID_INPUT), bad::toString);
            assertEquals(1, bad.err().lines().count(), bad::err);
            assertFalse(bad.out().contains("accepted"));
        }
    }

    @Test
    void crlStatsCountsTheEntries() throws Exception {
        var ca = Pki.PKI.issuingCa(TestIssuer.UMBRIA);
        Path crl = Files.write(
                dir.resolve("umbria.crl"),
                ca.signCrl(ca.crl()
                        .entries(SyntheticRevocations.of(1000, 5, Cli.NOW, Duration.ofDays(365)))
                        .build()));
        Path issuer = Pki.pem(dir, "umbria.pem", ca.certificate());

        Cli.Result result =
                Cli.withoutReaders().run("crl", "stats", crl.toString(), "--issuer", issuer.toString(), "--json");

        assertTrue(result.exited(ExitCode.OK), result::toString);
        JsonNode json = JSON.readTree(result.out());
        assertEquals(1000, json.get("entries").asInt());
        assertEquals(
                ca.certificate().getSubjectX500Principal().getName(),
                json.get("issuer").asText());
        assertFalse(json.get("delta").asBoolean());
        assertEquals(Files.size(crl), json.get("fileBytes").asLong());

        Cli.Result wrongIssuer = Cli.withoutReaders()
                .run(
                        "crl",
                        "stats",
                        crl.toString(),
                        "--issuer",
                        Pki.pem(dir, "toscana.pem", Pki.toscana().certificate()).toString());
        assertTrue(wrongIssuer.exited(ExitCode.INVALID_INPUT), wrongIssuer::toString);
        assertEquals(1, wrongIssuer.err().lines().count(), wrongIssuer::err);
    }
}
