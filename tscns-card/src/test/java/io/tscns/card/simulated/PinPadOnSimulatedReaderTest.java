package io.tscns.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.LogCapture;
import io.tscns.card.error.NotSupportedOnGenerationException;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.card.pinpad.ControlCodeEncoding;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.core.secret.CardCode;
import io.tscns.core.secret.Pin;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedKeypad;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.simcard.smartcardio.SimulatedTerminal;
import io.tscns.test.junit.WithSimulatedCard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;

/**
 * PIN-pad flows on the simulated reader with a scripted keypad (issue 19): verify, change and unblock typed on the
 * reader, the reader's own outcomes (Cancel, timeout, differing entries), and the proof that neither the PIN nor the
 * PUK appears in anything the host sends.
 */
@WithSimulatedCard(seed = 19)
class PinPadOnSimulatedReaderTest {

    private static final String NEW_PIN = "24680";
    private static final String WRONG_PIN = "99999";

    private final SimulatedKeypad keypad = SimulatedKeypad.create();

    @Test
    void theReaderVerifiesThePinAndTheHostNeverSendsIt(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(text(issued.pin()));
        HostSideRecorder host = withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertTrue(card.hasPinPad());
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPinOnReader());
                assertInstanceOf(PinStatus.Verified.class, card.pinStatus());
            }
            return recorder;
        });

        assertTrue(issued.card().securityStatus().pinVerified(), "the card received the PIN from the reader");
        assertEquals(0, keypad.pending());
        assertEquals(
                List.of(ControlCodeEncoding.PCSC_LITE.getFeatureRequest()),
                host.controlCodes().subList(0, 1));
        assertNeverSent(host, issued.pin(), issued.puk());
    }

    /** The transcript check is able to fail: the keyboard path does put the PIN in a host command. */
    @Test
    void theTranscriptCheckSeesAPinTypedAtTheKeyboard(SimulatedReaders readers, IssuedCard issued) {
        HostSideRecorder host = withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            }
            return recorder;
        });
        assertThrows(AssertionError.class, () -> assertNeverSent(host, issued.pin()));
    }

    @Test
    void aWrongPinOnTheReaderReportsTheTriesLeftThenBlocks(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(WRONG_PIN).type(WRONG_PIN).type(WRONG_PIN).type(text(issued.pin()));
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertEquals(new VerificationResult.Rejected(OptionalInt.of(2)), card.verifyPinOnReader());
                assertEquals(new VerificationResult.Rejected(OptionalInt.of(1)), card.verifyPinOnReader());
                assertInstanceOf(VerificationResult.Blocked.class, card.verifyPinOnReader());
                assertInstanceOf(VerificationResult.Blocked.class, card.verifyPinOnReader());
            }
            return recorder;
        });
        assertTrue(issued.card().securityStatus().pinBlocked());
    }

    @Test
    void cancelAndTimeoutOnTheReaderAreTypedAndSpendNoTry(SimulatedReaders readers, IssuedCard issued) {
        keypad.pressCancel().walkAway();
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertEquals(
                        PinPadProblem.CANCELLED,
                        assertThrows(PinPadException.class, card::verifyPinOnReader)
                                .problem());
                PinPadException timeout = assertThrows(PinPadException.class, card::verifyPinOnReader);
                assertEquals(PinPadProblem.TIMED_OUT, timeout.problem());
                assertEquals("timed-out", timeout.problems().get(0).code());
                assertEquals(new PinStatus.NotVerified(OptionalInt.of(3)), card.pinStatus());
            }
            return recorder;
        });
    }

    @Test
    void aCodeOfTheWrongLengthIsRefusedByTheReader(SimulatedReaders readers, IssuedCard issued) {
        keypad.type("1234");
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertEquals(
                        PinPadProblem.LENGTH_OUT_OF_RANGE,
                        assertThrows(PinPadException.class, card::verifyPinOnReader)
                                .problem());
            }
            return recorder;
        });
        assertEquals(3, issued.card().securityStatus().pinTriesLeft());
    }

    @Test
    void theReaderChangesThePin(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(text(issued.pin())).type(NEW_PIN).type(NEW_PIN);
        HostSideRecorder host = withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder);
                    Pin fresh = Pin.parse(NEW_PIN)) {
                assertInstanceOf(VerificationResult.Accepted.class, card.changePinOnReader());
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(fresh));
            }
            return recorder;
        });
        assertEquals(3, keypad.requests());
        assertNeverSent(host, issued.pin(), issued.puk());
    }

    @Test
    void twoDifferentNewEntriesChangeNothing(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(text(issued.pin())).type(NEW_PIN).type("24681");
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertEquals(
                        PinPadProblem.ENTRIES_DIFFER,
                        assertThrows(PinPadException.class, card::changePinOnReader)
                                .problem());
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(issued.pin()));
            }
            return recorder;
        });
    }

    @Test
    void aWrongCurrentPinOnTheReaderIsRejectedWithTheTriesLeft(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(WRONG_PIN).type(NEW_PIN).type(NEW_PIN);
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertEquals(new VerificationResult.Rejected(OptionalInt.of(2)), card.changePinOnReader());
            }
            return recorder;
        });
    }

    @Test
    void theReaderUnblocksThePinWithThePukAndANewPin(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(text(issued.puk())).type(NEW_PIN).type(NEW_PIN).type(text(issued.puk()));
        HostSideRecorder host = withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder);
                    Pin wrong = Pin.parse(WRONG_PIN);
                    Pin fresh = Pin.parse(NEW_PIN)) {
                for (int i = 0; i < 3; i++) {
                    card.verifyPin(wrong);
                }
                assertInstanceOf(PinStatus.Blocked.class, card.pinStatus());
                assertInstanceOf(VerificationResult.Accepted.class, card.unblockPinOnReader());
                assertInstanceOf(VerificationResult.Accepted.class, card.verifyPin(fresh));
                assertInstanceOf(VerificationResult.Accepted.class, card.unblockPinOnReaderKeepingPin());
            }
            return recorder;
        });
        assertEquals(3, issued.card().securityStatus().pinTriesLeft());
        assertNeverSent(host, issued.pin(), issued.puk());
    }

    /**
     * The PIN-pad path's debug lines (feature list, the template's header, the reader's status word, a reader without
     * part 10) carry no code: the host never holds one, and the template's code blocks are blank.
     */
    @Test
    void theDebugLogOfTheReaderPathHoldsNoCode(SimulatedReaders readers, IssuedCard issued) {
        keypad.type(text(issued.pin())).type(text(issued.puk())).type(NEW_PIN).type(NEW_PIN);
        try (LogCapture log = LogCapture.start()) {
            withKeypad(readers, recorder -> {
                try (CnsCard card = open(recorder)) {
                    assertInstanceOf(VerificationResult.Accepted.class, card.verifyPinOnReader());
                    assertInstanceOf(VerificationResult.Accepted.class, card.unblockPinOnReader());
                }
                return recorder;
            });
            String text = log.text();
            assertTrue(text.contains("PIN pad VERIFY_PIN_DIRECT: SW 9000"), text);
            assertTrue(text.contains("PIN pad MODIFY_PIN_DIRECT: template"), text);
            for (String code : List.of(text(issued.pin()), text(issued.puk()), NEW_PIN)) {
                assertFalse(text.contains(code), "a code in the debug log: " + text);
            }
        }
    }

    @Test
    void aWrongPukOnTheReaderSpendsAPukTry(SimulatedReaders readers, IssuedCard issued) {
        keypad.type("12345678").type(NEW_PIN).type(NEW_PIN);
        withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                VerificationResult result = card.unblockPinOnReader();
                assertInstanceOf(VerificationResult.Rejected.class, result);
            }
            return recorder;
        });
        assertEquals(
                issued.card().securityStatus().pukMaxTries() - 1,
                issued.card().securityStatus().pukTriesLeft());
    }

    @Test
    void aReaderWithoutKeypadHasNoPinPadAndRefusesTheReaderOperations(SimulatedReaders readers) throws Exception {
        SimulatedTerminal terminal = readers.terminals().get(0);
        try (CnsCard card = PcscCards.open(terminal)) {
            assertFalse(card.hasPinPad());
            assertEquals(
                    PinPadProblem.FEATURE_MISSING,
                    assertThrows(PinPadException.class, card::verifyPinOnReader).problem());
        }
    }

    @Test
    void aCardOverAPlainTransportHasNoReaderAndNoPinPad(IssuedCard issued) {
        try (CnsCard card = CnsCard.open(issued.card()::process, issued.card().atr())) {
            assertFalse(card.hasPinPad());
        }
    }

    @Test
    @WithSimulatedCard(profile = SimulatedProfile.ACE_2025, seed = 19)
    void aGenerationWithoutAKnownPinPathRefusesBeforeAskingTheReader(SimulatedReaders readers) {
        keypad.type("12345");
        HostSideRecorder host = withKeypad(readers, recorder -> {
            try (CnsCard card = open(recorder)) {
                assertThrows(NotSupportedOnGenerationException.class, card::verifyPinOnReader);
                assertThrows(NotSupportedOnGenerationException.class, card::changePinOnReader);
                assertThrows(NotSupportedOnGenerationException.class, card::unblockPinOnReader);
            }
            return recorder;
        });
        assertEquals(0, keypad.requests());
        assertTrue(host.controlCodes().isEmpty(), "no control command reached the reader");
    }

    private HostSideRecorder withKeypad(SimulatedReaders readers, Function<HostSideRecorder, HostSideRecorder> body) {
        SimulatedTerminal terminal = readers.terminals().get(0);
        terminal.attachKeypad(keypad);
        try {
            return body.apply(new HostSideRecorder(terminal.connect("T=1")));
        } catch (CardException e) {
            throw new AssertionError(e);
        }
    }

    private static CnsCard open(HostSideRecorder recorder) {
        return PcscCards.open(recorder, "Simulated PIN-pad reader", CnsCardOptions.defaults());
    }

    private static void assertNeverSent(HostSideRecorder host, CardCode... codes) {
        assertNeverSent(host.sent(), codes);
    }

    /** No command or control data the host sent holds a code's digits, alone or as the card's padded block. */
    private static void assertNeverSent(List<byte[]> sent, CardCode... codes) {
        assertFalse(sent.isEmpty());
        for (CardCode code : codes) {
            byte[] digits = text(code).getBytes(StandardCharsets.US_ASCII);
            for (byte[] bytes : sent) {
                assertFalse(contains(bytes, digits), () -> "the host sent a code's digits");
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static String text(CardCode code) {
        return new String(code.toCharArray());
    }
}
