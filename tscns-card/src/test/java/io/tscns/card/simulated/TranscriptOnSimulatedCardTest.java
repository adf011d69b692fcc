package io.tscns.card.simulated;

import io.tscns.card.CnsCard;
import io.tscns.card.transport.RecordingTransport;
import io.tscns.card.transport.Transcript;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capture and replay: a redacted transcript of each profile, replayed without a reader. */
class TranscriptOnSimulatedCardTest {

    private static final CardFactory FACTORY = CardFactory.builder().keys(KeyPairSource.seeded(1919)).build();
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
            for (String code : new String[] {new String(issued.pin().toCharArray()),
                new String(issued.puk().toCharArray()), "99999", "24680", "13579"}) {
                String hex = HEX.formatHex(code.getBytes(StandardCharsets.US_ASCII));
                assertFalse(text.toUpperCase(Locale.ROOT).contains(hex), "the code's bytes are in the transcript");
                assertFalse(text.contains(code), "the code is in the transcript");
            }
            assertTrue(text.contains("> 0020001008" + "2A".repeat(8)), "VERIFY is there, its PIN replaced");
            assertTrue(text.contains("> 002C001010" + "2A".repeat(16)), "RESET RETRY COUNTER, PUK and PIN replaced");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertThrows(java.io.UncheckedIOException.class, () -> Transcript.read(file).write(file),
                    "an existing file is never overwritten");
        }
    }
}
