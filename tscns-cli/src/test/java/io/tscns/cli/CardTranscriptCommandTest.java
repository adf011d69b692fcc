package io.tscns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.testpki.KeyPairSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code tscns card capture} and {@code tscns card replay}: the replayed read gives the card's facts. */
class CardTranscriptCommandTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(19)).build();

    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "ACE_2025", "ST2022_NFC"})
    void aCapturedReadReplaysToTheSameJson(SimulatedProfile profile, @TempDir Path dir) throws Exception {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), profile)) {
            SimulatedReaders readers = readerHolding(issued);
            Path file = dir.resolve("card.transcript");

            Cli.Result capture = Cli.with(readers).run("card", "capture", "--output", file.toString());
            assertTrue(capture.exited(ExitCode.OK), capture::toString);
            assertTrue(
                    capture.out()
                            .contains(profile.appletBased() ? profile.cliName() + " generation" : "classic generation"),
                    capture::out);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            Cli.Result replay = Cli.withoutReaders().run("card", "replay", file.toString(), "--json");
            assertTrue(replay.exited(ExitCode.OK), replay::toString);
            CardJson.assertExactly(new ObjectMapper().readTree(replay.out()), "transcript card.transcript", issued);

            Cli.Result again = Cli.with(readers).run("card", "capture", "--output", file.toString());
            assertTrue(again.exited(ExitCode.INVALID_INPUT), again::toString);
            assertTrue(again.err().contains("already exists"), again::err);
        }
    }

    /**
     * Issue 19: with the holder's consent, the capture records a PIN verify and a signature of the public challenge;
     * for several PINs the file never holds the PIN (as digits or as the card's bytes), is the owner's only, and
     * replays: the recorded verify is accepted and the signature verifies with the certificate.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aConsentedCaptureOfAPinVerifyAndASignatureHoldsNoPinAndReplays(int run, @TempDir Path dir) throws Exception {
        CardFactory factory =
                CardFactory.builder().keys(KeyPairSource.seeded(1900 + run)).build();
        try (IssuedCard issued = factory.issue(CardHolder.example())) {
            SimulatedReaders readers = readerHolding(issued);
            Path file = dir.resolve("consented.transcript");
            String pin = new String(issued.pin().toCharArray());

            Cli.Result capture = Cli.with(readers)
                    .stdin(pin + "\n")
                    .run(
                            "card",
                            "capture",
                            "--output",
                            file.toString(),
                            "--with-signature",
                            "--holder-consents",
                            "--pin-stdin");

            assertTrue(capture.exited(ExitCode.OK), capture::toString);
            assertTrue(
                    capture.out()
                            .contains("a PIN verify with the PIN replaced, a signature of the public " + "challenge"),
                    capture::out);
            SecretLeaks.assertNone(capture.all(), pin);
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            SecretLeaks.assertNone(text, pin);
            HexFormat hex = HexFormat.of().withUpperCase();
            assertFalse(text.contains(hex.formatHex(issued.pin().paddedForCard())), "nor the card's PIN block");
            assertTrue(text.contains("> 0020001008" + "2A".repeat(8)), "the verify, its block replaced");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            Cli.Result replay = Cli.withoutReaders().run("card", "replay", file.toString(), "--json");

            assertTrue(replay.exited(ExitCode.OK), replay::toString);
            JsonNode json = new ObjectMapper().readTree(replay.out());
            assertEquals("accepted", json.path("pinVerify").asText(), replay::out);
            assertEquals(
                    "256 bytes, verified with the certificate",
                    json.path("signature").asText(),
                    replay::out);
        }
    }

    @Test
    void withoutTheHoldersConsentNothingIsRecorded(@TempDir Path dir) {
        try (IssuedCard issued = FACTORY.issue(CardHolder.example())) {
            SimulatedReaders readers = readerHolding(issued);
            Path file = dir.resolve("refused.transcript");
            String pin = new String(issued.pin().toCharArray());

            Cli.Result noTerminal = Cli.with(readers)
                    .stdin(pin + "\n")
                    .run("card", "capture", "--output", file.toString(), "--with-pin-verify", "--pin-stdin");
            assertTrue(noTerminal.exited(ExitCode.USAGE), noTerminal::toString);
            assertTrue(noTerminal.err().contains("--holder-consents"), noTerminal::err);

            Cli.Result refused = Cli.with(readers)
                    .stdin(pin + "\n")
                    .terminal(prompt -> "no".toCharArray())
                    .run("card", "capture", "--output", file.toString(), "--with-pin-verify", "--pin-stdin");
            assertTrue(refused.exited(ExitCode.USAGE), refused::toString);
            assertTrue(refused.err().contains("did not consent; nothing was recorded"), refused::err);
            assertFalse(Files.exists(file), "nothing was written");

            Cli.Result consented = Cli.with(readers)
                    .stdin(pin + "\n")
                    .terminal(prompt -> "yes".toCharArray())
                    .run("card", "capture", "--output", file.toString(), "--with-pin-verify", "--pin-stdin");
            assertTrue(consented.exited(ExitCode.OK), consented::toString);
            assertTrue(consented.err().contains("the PIN replaced by 2A bytes of the same length"), consented::err);
            assertTrue(Files.exists(file));
        }
    }

    private static SimulatedReaders readerHolding(IssuedCard issued) {
        SimulatedReaders readers = SimulatedReaders.create("Reader");
        readers.terminal("Reader").insert(issued.card());
        return readers;
    }
}
