package io.tscns.cli.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.cli.CardJson;
import io.tscns.cli.Pki;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.personaldata.HeaderConvention;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.CommandBytes;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.vpcd.VirtualReader;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.CrlReason;
import io.tscns.testpki.KeyPairSource;
import io.tscns.testpki.TestCa;
import io.tscns.testpki.TestIssuer;
import io.tscns.testpki.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issues 7 and 18 acceptance through the real PC/SC stack: the {@code ./tscns} launcher, run as a subprocess like a
 * user runs it, reads the simulated card that pcscd sees through vpcd (both header conventions, an omocodic codice
 * fiscale, a revoked certificate checked offline, a tampered EF.Dati_personali) and reports a wrong PIN's tries left
 * and a blocked PIN's PUK tries left without spending one.
 */
@WithPcscd
class CliLauncherIT {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(707)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The classic simulator ATR with "ACE" where "CNS" belongs: well formed, known to no rule. */
    private static final byte[] UNKNOWN_ATR =
            java.util.HexFormat.of().parseHex("3BFF1800008131FE45006B1105070001110141434511318062");

    @Test
    void readJsonReportsExactlyTheCardsData(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            reader.insert(issued.card(), TIMEOUT);

            Run run = launcher("", "read", "--json", "--reader", reader.name());

            assertEquals(0, run.exitCode(), run::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(run.out()), reader.name(), issued);
        }
    }

    /**
     * Issue 19 acceptance: the applet-based and contactless generations give the same facts as a classic card
     * through the real pcscd and vpcd, the ACe 2025 also with an ATR that no rule knows.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ace2025", "st2022-nfc", "ace2025 with an unknown ATR"})
    void readJsonOfEveryCardGenerationReportsTheCardsData(String generation, VirtualReader reader) throws Exception {
        SimulatedProfile profile = SimulatedProfile.fromName(generation.split(" ")[0]);
        try (IssuedCard issued = generation.contains("unknown")
                ? FACTORY.issue(CardHolder.example(), profile, UNKNOWN_ATR)
                : FACTORY.issue(CardHolder.example(), profile)) {
            reader.insert(issued.card(), TIMEOUT);

            Run run = launcher("", "read", "--json", "--reader", reader.name());

            assertEquals(0, run.exitCode(), run::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(run.out()), reader.name(), issued);
        }
    }

    @Test
    void wrongPinFromStdinReportsTheTriesLeft(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            reader.insert(issued.card(), TIMEOUT);
            String pin = new String(issued.pin().toCharArray());
            String wrong =
                    pin.charAt(0) == '9' ? "0" + pin.substring(1) : (char) (pin.charAt(0) + 1) + pin.substring(1);

            Run run = launcher(wrong + "\n", "pin", "verify", "--pin-stdin");

            assertEquals(4, run.exitCode(), run::toString);
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("tscns: wrong PIN: 2 tries left"), run::toString);
            SecretLeaks.assertNone(run.all(), wrong, pin);
        }
    }

    @Test
    void readChecksTheOtherHeaderConventionAnOmocodicCodeAndARevokedCertificateOffline(VirtualReader reader)
            throws Exception {
        CardFactory excluding = CardFactory.builder()
                .keys(KeyPairSource.seeded(708))
                .headerConvention(HeaderConvention.EXCLUDES_HEADER)
                .build();
        TestCa toscana = TestPki.standard().issuingCa(TestIssuer.TOSCANA);
        Path dir = Files.createTempDirectory("tscns-read-it");
        try (IssuedCard issued = excluding.issue(CardHolder.example().withOmocodeLevel(1))) {
            Instant revokedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            toscana.revoke(issued.certificate(), revokedAt, CrlReason.KEY_COMPROMISE);
            Path ca = Files.writeString(dir.resolve("toscana.pem"), Pki.pem(toscana.certificate()));
            Path crl = Files.write(
                    dir.resolve("toscana.crl"), toscana.signCrl(toscana.crl().build()));
            reader.insert(issued.card(), TIMEOUT);

            Run run = launcher(
                    "", "read", "--json", "--reader", reader.name(), "--trust", ca.toString(), "--crl", crl.toString());

            assertEquals(7, run.exitCode(), run::toString);
            JsonNode json = new ObjectMapper().readTree(run.out());
            json = withoutTrust(json);
            CardJson.assertExactly(json, reader.name(), issued);
            JsonNode root = new ObjectMapper().readTree(run.out());
            assertEquals(
                    "EXCLUDES_HEADER",
                    root.get("personalData")
                            .get("layout")
                            .get("headerConvention")
                            .asText());
            assertEquals("1980-01-01", root.get("personalData").get("birthDate").asText());
            JsonNode code = root.get("codiceFiscale");
            assertEquals(
                    PersonalCodiceFiscale.parse("RSSMRA80A01H501U").omocode(1).value(),
                    code.get("value").asText());
            assertTrue(code.get("omocodic").asBoolean());
            assertEquals("RSSMRA80A01H501U", code.get("normalised").asText());
            JsonNode trust = root.get("trust");
            assertTrue(trust.get("revoked").asBoolean(), trust::toString);
            assertFalse(trust.get("trusted").asBoolean());
            assertEquals(revokedAt.toString(), trust.get("revocationDate").asText());
            assertEquals("KEY_COMPROMISE", trust.get("revocationReason").asText());
        } finally {
            for (String name : new String[] {"toscana.pem", "toscana.crl"}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aTamperedPersonalDataFileIsReportedAndFailsOnlyWithRequireMatch(VirtualReader reader) throws Exception {
        CardFactory tampering = CardFactory.builder()
                .keys(KeyPairSource.seeded(709))
                .tamperWithPersonalData(file -> {
                    file[38] = 'O'; // ROSSI -> ROSSO: one byte of EF.Dati_personali (docs/card.md §2.3)
                    return file;
                })
                .build();
        try (IssuedCard issued = tampering.issue(CardHolder.example())) {
            reader.insert(issued.card(), TIMEOUT);

            Run json = launcher("", "read", "--json", "--reader", reader.name());
            assertEquals(0, json.exitCode(), json::toString);
            JsonNode checks = new ObjectMapper().readTree(json.out()).get("checks");
            assertFalse(checks.get("personalDataMatchesCertificate").asBoolean(), checks::toString);
            assertTrue(checks.get("cardIdMatchesCertificate").asBoolean(), checks::toString);

            Run text = launcher("", "read", "--reader", reader.name());
            assertEquals(0, text.exitCode(), text::toString);
            assertTrue(
                    text.out()
                            .lines()
                            .anyMatch(l ->
                                    l.strip().startsWith("EF.Dati_personali matches the " + "certificate's digest:")
                                            && l.endsWith(" no")),
                    text::toString);

            Run required = launcher("", "read", "--require-match", "--reader", reader.name());
            assertEquals(1, required.exitCode(), required::toString);
            assertTrue(
                    required.err().startsWith("tscns: the card's files do not match its certificate"),
                    required::toString);
        }
    }

    @Test
    void aBlockedPinExitsFiveWithThePukTriesLeftAndSpendsNone(VirtualReader reader) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            blockPin(issued);
            int pukTries = issued.card().securityStatus().pukTriesLeft();
            reader.insert(issued.card(), TIMEOUT);
            String pin = new String(issued.pin().toCharArray());

            Run text = launcher(pin + "\n", "pin", "verify", "--pin-stdin", "--reader", reader.name());
            assertEquals(5, text.exitCode(), text::toString);
            assertTrue(
                    text.err().startsWith("tscns: the PIN is blocked (" + pukTries + " PUK tries left)"),
                    text::toString);

            Run json = launcher(pin + "\n", "pin", "verify", "--pin-stdin", "--json", "--reader", reader.name());
            assertEquals(5, json.exitCode(), json::toString);
            JsonNode document = new ObjectMapper().readTree(json.out());
            assertEquals("blocked-pin", document.get("outcome").asText());
            assertTrue(document.get("pinBlocked").asBoolean());
            assertEquals(pukTries, document.get("pukTriesLeft").asInt());
            SecretLeaks.assertNone(json.all(), pin);

            Run status = launcher("", "pin", "status", "--json", "--reader", reader.name());
            assertEquals(0, status.exitCode(), status::toString);
            assertEquals(
                    pukTries,
                    new ObjectMapper()
                            .readTree(status.out())
                            .get("pukTriesLeft")
                            .asInt());
            assertEquals(pukTries, issued.card().securityStatus().pukTriesLeft(), "the PUK counter is unchanged");
        }
    }

    /** Spends the PIN's tries on the card itself, before it goes into the reader. */
    private static void blockPin(IssuedCard issued) {
        issued.card().powerOn();
        byte[] wrong = {'0', '0', '0', '0', '0', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        if (issued.pin().matches(io.tscns.core.secret.Pin.parse("00000".toCharArray()))) {
            wrong[4] = '1';
        }
        while (issued.card().securityStatus().pinTriesLeft() > 0) {
            issued.card().process(CommandBytes.of(0x00, 0x20, 0x00, 0x10, wrong));
        }
        issued.card().powerOff();
    }

    private static JsonNode withoutTrust(JsonNode json) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = json.deepCopy();
        copy.remove("trust");
        return copy;
    }

    private static Run launcher(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("tscns").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("tscns-out", ".txt");
        Path err = Files.createTempFile("tscns-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(ROOT.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.US_ASCII));
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("./tscns " + String.join(" ", args) + " did not end");
            }
            // The launcher's own line when it (re)builds the CLI first is not the command's output.
            return new Run(
                    process.exitValue(),
                    Files.readString(out),
                    Files.readString(err).replaceFirst("^tscns: building the CLI \\(first run only\\)…\\R", ""));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
