package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.transport.RecordingTransport;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Capture and replay: a redacted transcript of each profile, replayed without a reader. */
class TranscriptOnSimulatedCardTest {

    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(1919)).build();
    /** Its own factory, so that the other tests' cards (and PINs) stay those they were written with. */
    private static final CardFactory CONSENT_FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(2019)).build();

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @ParameterizedTest
    @EnumSource(SimulatedProfile.class)
    void aCapturedReadReplaysWithoutAReaderAndGivesTheSameFacts(SimulatedProfile profile, @TempDir Path dir) {
        Path file = dir.resolve("card.transcript");
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), profile)) {
            byte[] atr = issued.card().powerOn();
            RecordingTransport recorder = new RecordingTransport(InProcessTransport.raw(issued.card()));
            try (CnsCard card = CnsCard.open(recorder, atr)) {
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
            }
            recorder.transcript(atr).write(file);

            Transcript transcript = Transcript.read(file);
            ScriptedTransport replay = transcript.replay();
            try (CnsCard card = CnsCard.open(replay, transcript.atr())) {
                CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
            }
            replay.assertComplete();
        }
    }

    @Test
    void aCapturedPinVerifyHoldsNoPinAndTheFileIsTheOwnersOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pin.transcript");
        try (IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC)) {
            byte[] atr = issued.card().powerOn();
            RecordingTransport recorder = new RecordingTransport(InProcessTransport.raw(issued.card()));
            try (CnsCard card = CnsCard.open(recorder, atr)) {
                CnsCardFlows.authenticationVerifiesWithTheCertificate(card, issued);
                CnsCardFlows.pinLifeCycle(card, issued);
            }
            recorder.transcript(atr).write(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            for (String code : new String[] {
                new String(issued.pin().toCharArray()),
                new String(issued.puk().toCharArray()),
                "99999",
                "24680",
                "13579"
            }) {
                String hex = HEX.formatHex(code.getBytes(StandardCharsets.US_ASCII));
                assertFalse(text.toUpperCase(Locale.ROOT).contains(hex), "the code's bytes are in the transcript");
                // As a token: a code's digits may by chance be part of a longer hex run, which is not the code.
                assertFalse(
                        java.util.regex.Pattern.compile("(?<![0-9A-Fa-f])" + code + "(?![0-9A-Fa-f])")
                                .matcher(text)
                                .find(),
                        "the code is in the transcript");
            }
            assertTrue(text.contains("> 0020001008" + "2A".repeat(8)), "VERIFY is there, its PIN replaced");
            assertTrue(text.contains("> 002C001010" + "2A".repeat(16)), "RESET RETRY COUNTER, PUK and PIN replaced");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertThrows(
                    java.io.UncheckedIOException.class,
                    () -> Transcript.read(file).write(file),
                    "an existing file is never overwritten");
        }
    }

    /**
     * Issue 19: a consented capture of a PIN verify and a signature of a public challenge, for several PINs. The
     * file holds no PIN byte (not even the PIN block's padding, which would give the PIN's length), keeps the
     * signature, and replays with another PIN: the recorded answer and the signature come back, and the signature
     * verifies with the certificate.
     */
    @ParameterizedTest
    @EnumSource(
            value = SimulatedProfile.class,
            names = {"CLASSIC", "ST2022_NFC"})
    void aConsentedPinVerifyAndSignatureHoldNoPinKeepTheSignatureAndReplayWithAnyPin(
            SimulatedProfile profile, @TempDir Path dir) throws Exception {
        byte[] challenge = "a fixed public challenge".getBytes(StandardCharsets.US_ASCII);
        java.util.Set<String> pins = new java.util.HashSet<>();
        for (int run = 0; pins.size() < 3 && run < 20; run++) {
            try (IssuedCard issued = CONSENT_FACTORY.issue(CardHolder.example(), profile)) {
                String pin = new String(issued.pin().toCharArray());
                if (!pins.add(pin)) {
                    continue;
                }
                byte[] atr = issued.card().powerOn();
                RecordingTransport recorder =
                        RecordingTransport.keepingSignatures(InProcessTransport.raw(issued.card()));
                byte[] signature;
                try (CnsCard card = CnsCard.open(recorder, atr)) {
                    card.readIdentity();
                    assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
                    signature = card.authenticate(challenge);
                }
                Path file = dir.resolve("capture-" + run + ".transcript");
                recorder.transcript(atr).write(file);
                String text = Files.readString(file, StandardCharsets.US_ASCII);
                byte[] block = issued.pin().paddedForCard();
                assertFalse(text.contains(HEX.formatHex(block)), "the PIN block is in the transcript");
                assertFalse(
                        text.contains(HEX.formatHex(pin.getBytes(StandardCharsets.US_ASCII))),
                        "the PIN's ASCII bytes are in the transcript");
                assertTrue(
                        text.matches("(?s).*\n> 002000[0-9A-F]{2}08(2A){8}\n.*"),
                        "VERIFY is there, its whole block replaced, its length kept");
                assertTrue(text.contains(HEX.formatHex(signature)), "the signature is kept");
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

                Transcript transcript = Transcript.read(file);
                ScriptedTransport replay = transcript.replay();
                try (CnsCard card = CnsCard.open(replay, transcript.atr())) {
                    CnsCardFlows.readIdentityMatchesTheIssuedCard(card, issued);
                    try (Pin other = Pin.parse(pin.startsWith("1") ? "23456" : "12345")) {
                        assertInstanceOf(
                                VerificationResult.Accepted.class,
                                card.verifyPin(other),
                                "the recorded answer, whatever PIN the replay types");
                    }
                    assertArrayEquals(signature, card.authenticate(challenge));
                }
                replay.assertComplete();
            }
        }
        assertEquals(3, pins.size(), "three different PINs were captured");
    }

    @Test
    void aDecryptionIsRedactedEvenWhenSignaturesAreKept() {
        byte[] cryptogram = new byte[256];
        java.util.Arrays.fill(cryptogram, (byte) 0x5A);
        byte[] plain = HEX.parseHex("0102030405069000");
        RecordingTransport recorder = RecordingTransport.keepingSignatures(command -> plain.clone());
        recorder.transmit(
                io.tscns.card.apdu.CnsCommands.decipher(cryptogram, 256).encode());
        byte[] recorded =
                recorder.transcript(new byte[] {0x3B, 0x00}).exchanges().get(0).response();
        assertEquals("2A2A2A2A2A2A9000", HEX.formatHex(recorded));
    }
}
