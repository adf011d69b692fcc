package io.tscns.card.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.error.ReferencedDataNotFoundException;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.pinpad.ControlCodeEncoding;
import io.tscns.card.pinpad.ReaderControl;
import io.tscns.card.pinpad.ReaderFeature;
import io.tscns.card.pinpad.ReaderFeatures;
import io.tscns.card.profile.Quirk;
import io.tscns.card.profile.Quirks;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the PIN-pad operations hand the reader, byte for byte, and how they read its answers. */
class PinPadOperationsTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int VERIFY = 0x42330006;
    private static final int MODIFY = 0x42330007;
    private static final ReaderFeatures BOTH = new ReaderFeatures(
            Map.of(ReaderFeature.VERIFY_PIN_DIRECT.tag(), VERIFY, ReaderFeature.MODIFY_PIN_DIRECT.tag(), MODIFY));

    /** A reader that announces features and answers every PIN command with one status word. */
    private static final class FakeReader implements ReaderControl {
        private final ReaderFeatures features;
        private final byte[] answer;
        private final List<String> sent = new ArrayList<>();

        FakeReader(ReaderFeatures features, String answer) {
            this.features = features;
            this.answer = HEX.parseHex(answer);
        }

        @Override
        public byte[] control(int controlCode, byte[] command) {
            sent.add(Integer.toHexString(controlCode) + ":" + HEX.formatHex(command));
            return controlCode == encoding().getFeatureRequest() ? features.encode() : answer.clone();
        }

        @Override
        public ControlCodeEncoding encoding() {
            return ControlCodeEncoding.PCSC_LITE;
        }
    }

    private static PinPadOperations pinPad(FakeReader reader, Quirks quirks) {
        return PinPadOperations.discover(reader, quirks).orElseThrow();
    }

    @Test
    void verifyHandsTheReaderTheKeyboardPathsVerifyWithABlankBlock() {
        FakeReader reader = new FakeReader(BOTH, "9000");
        assertInstanceOf(
                VerificationResult.Accepted.class,
                pinPad(reader, Quirks.CNS_DEFAULTS).verify());
        assertEquals(
                List.of(
                        "42000d48:",
                        "42330006:1E1E82080008050201100400000000" + "0D000000" + "0020001008" + "FF".repeat(8)),
                reader.sent);
    }

    @Test
    void changeAndUnblockUseTheModifyStructureWithBothOffsets() {
        FakeReader reader = new FakeReader(BOTH, "9000");
        PinPadOperations pinPad = pinPad(reader, Quirks.CNS_DEFAULTS);
        pinPad.change();
        pinPad.unblock();
        String head = "1E1E820800" + "0008" + "0805" + "03" + "02" + "03" + "1004" + "000102" + "000000" + "15000000";
        assertEquals("42330007:" + head + "0024001010" + "FF".repeat(16), reader.sent.get(1));
        assertEquals("42330007:" + head + "002C001010" + "FF".repeat(16), reader.sent.get(2));
    }

    @Test
    void unblockKeepingThePinAsksEightDigitsAndUsesTheProfilesReference() {
        FakeReader reader = new FakeReader(BOTH, "9000");
        Quirks stincard = new Quirk.ReferenceBits(0x80).applyTo(Quirks.CNS_DEFAULTS);
        pinPad(reader, stincard).unblockKeepingPin();
        assertEquals(
                "42330006:1E1E82080008080201100400000000" + "0D000000" + "002C019008" + "FF".repeat(8),
                reader.sent.get(1));
    }

    @ParameterizedTest
    @CsvSource({
        "6400, TIMED_OUT",
        "6401, CANCELLED",
        "6402, ENTRIES_DIFFER",
        "6403, LENGTH_OUT_OF_RANGE",
        "6B80, STRUCTURE_REFUSED"
    })
    void theReadersOwnStatusWordsArePinPadProblems(String sw, PinPadProblem problem) {
        PinPadOperations pinPad = pinPad(new FakeReader(BOTH, sw), Quirks.CNS_DEFAULTS);
        assertEquals(
                problem, assertThrows(PinPadException.class, pinPad::change).problem());
    }

    @Test
    void theCardsAnswersAreTheKeyboardPathsResults() {
        assertEquals(
                new VerificationResult.Rejected(OptionalInt.of(1)),
                pinPad(new FakeReader(BOTH, "63C1"), Quirks.CNS_DEFAULTS).verify());
        assertInstanceOf(
                VerificationResult.Blocked.class,
                pinPad(new FakeReader(BOTH, "6983"), Quirks.CNS_DEFAULTS).unblock());
        ReferencedDataNotFoundException refused = assertThrows(
                ReferencedDataNotFoundException.class,
                pinPad(new FakeReader(BOTH, "6A88"), Quirks.CNS_DEFAULTS)::verify);
        assertEquals("00 20 00 10", refused.command().toString());
        assertThrows(
                UnexpectedResponseException.class, pinPad(new FakeReader(BOTH, "90"), Quirks.CNS_DEFAULTS)::verify);
    }

    @Test
    void aReaderWithoutVerifyOrWithoutFeaturesHasNoPinPad() {
        ReaderFeatures modifyOnly = new ReaderFeatures(Map.of(ReaderFeature.MODIFY_PIN_DIRECT.tag(), MODIFY));
        assertTrue(PinPadOperations.discover(new FakeReader(modifyOnly, "9000"), Quirks.CNS_DEFAULTS)
                .isEmpty());
        ReaderControl silent = new ReaderControl() {
            @Override
            public byte[] control(int controlCode, byte[] command) {
                throw new CardCommunicationException("SCardControl failed");
            }

            @Override
            public ControlCodeEncoding encoding() {
                return ControlCodeEncoding.WINDOWS;
            }
        };
        assertTrue(PinPadOperations.discover(silent, Quirks.CNS_DEFAULTS).isEmpty());
    }

    @Test
    void aReaderThatVerifiesButCannotModifyRefusesChangeAndUnblock() {
        ReaderFeatures verifyOnly = new ReaderFeatures(Map.of(ReaderFeature.VERIFY_PIN_DIRECT.tag(), VERIFY));
        FakeReader reader = new FakeReader(verifyOnly, "9000");
        PinPadOperations pinPad = pinPad(reader, Quirks.CNS_DEFAULTS);
        assertEquals(
                PinPadProblem.FEATURE_MISSING,
                assertThrows(PinPadException.class, pinPad::change).problem());
        assertEquals(
                PinPadProblem.FEATURE_MISSING,
                assertThrows(PinPadException.class, pinPad::unblock).problem());
        assertEquals(1, reader.sent.size(), "nothing but the feature request reached the reader");
        assertEquals(verifyOnly, pinPad.features());
    }
}
