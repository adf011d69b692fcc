package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinCommandsTest {

    private final CardProbe probe = new CardProbe(TestCards.card());

    private static byte[] verify(int reference, String pin) {
        return CommandBytes.of(0, 0x20, 0, reference, TestCards.padded(pin));
    }

    private static byte[] change(String oldPin, String newPin) {
        return CommandBytes.of(0, 0x24, 0, 0x10, concat(TestCards.padded(oldPin), TestCards.padded(newPin)));
    }

    private static byte[] unblock(String puk, String newPin) {
        return CommandBytes.of(0, 0x2C, 0, 0x10, concat(TestCards.padded(puk), TestCards.padded(newPin)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {0x10, 0x90})
    void pinVerifiesUnderBothReferences(int reference) {
        probe.expect(0x9000, verify(reference, TestCards.PIN));
        assertTrue(probe.card().securityStatus().pinVerified());
    }

    @Test
    void wrongPinsCountDownThenBlock() {
        probe.expect(0x63C2, verify(0x10, "99999"));
        probe.expect(0x63C1, verify(0x90, "99999"));
        probe.expect(0x63C0, verify(0x10, "99999"));
        assertTrue(probe.card().securityStatus().pinBlocked());
        probe.expect(0x6983, verify(0x10, TestCards.PIN)); // the right PIN no longer helps
        probe.expect(0x6983, "0020001000"); // status query
        probe.expect(0x6983, change(TestCards.PIN, "54321"));
    }

    @Test
    void rightPinRestoresTheTriesAndAWrongOneClearsTheVerifiedStatus() {
        probe.expect(0x63C2, verify(0x10, "99999"));
        probe.expect(0x9000, verify(0x10, TestCards.PIN));
        assertEquals(3, probe.card().securityStatus().pinTriesLeft());
        probe.expect(0x63C2, verify(0x10, "11111"));
        assertFalse(probe.card().securityStatus().pinVerified());
    }

    @Test
    void verifyWithoutDataReportsTheStatusWithoutSpendingATry() {
        probe.expect(0x63C3, CommandBytes.of(0, 0x20, 0, 0x10));
        probe.expect(0x63C2, verify(0x10, "99999"));
        probe.expect(0x63C2, CommandBytes.of(0, 0x20, 0, 0x90));
        assertEquals(2, probe.card().securityStatus().pinTriesLeft());
        probe.verifyPin();
        probe.expect(0x9000, CommandBytes.of(0, 0x20, 0, 0x10));
        probe.expect(0x63CA, CommandBytes.of(0, 0x20, 0, 0x11)); // the PUK: ten tries, not verified
    }

    @Test
    void changeReferenceDataWithP1OtherThanZeroIsRefusedAndChangesNothing() {
        byte[] data = concat(TestCards.padded(TestCards.PIN), TestCards.padded("54321"));
        probe.expect(0x6A86, CommandBytes.of(0, 0x24, 0x01, 0x10, data));
        assertFalse(probe.card().securityStatus().pinVerified());
        assertEquals(3, probe.card().securityStatus().pinTriesLeft());
        probe.expect(0x63C2, verify(0x10, "54321"));
        probe.verifyPin();
    }

    @Test
    void unpaddedPinIsPaddedByTheCard() {
        probe.expect(0x9000, CommandBytes.of(0, 0x20, 0, 0x10, TestCards.PIN.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void badVerifyCommandsSpendNoTry() {
        probe.expect(0x6A88, verify(0x12, TestCards.PIN));
        probe.expect(0x6A88, verify(0x01, TestCards.PIN));
        probe.expect(0x6A86, CommandBytes.of(0, 0x20, 1, 0x10, TestCards.padded(TestCards.PIN)));
        probe.expect(0x6700, CommandBytes.of(0, 0x20, 0, 0x10, new byte[9]));
        assertEquals(3, probe.card().securityStatus().pinTriesLeft());
    }

    @Test
    void changeReferenceDataReplacesThePinAndVerifiesIt() {
        probe.expect(0x9000, change(TestCards.PIN, "87654321"));
        assertTrue(probe.card().securityStatus().pinVerified());
        probe.card().reset();
        probe.expect(0x63C2, verify(0x10, TestCards.PIN));
        probe.expect(0x9000, verify(0x10, "87654321"));
    }

    @Test
    void changeWithAWrongOldPinSpendsATry() {
        probe.expect(0x63C2, change("00000", "87654321"));
        probe.expect(0x9000, verify(0x10, TestCards.PIN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31323334FFFFFFFF", // four digits
                "3132613435FFFFFF", // a letter
                "31323334353637FE", // padding other than FF
                "3132333435FF3637", // digits after the padding
                "FFFFFFFFFFFFFFFF"
            })
    void malformedNewPinsAreRefusedBeforeAnyCheck(String newPinHex) {
        byte[] newPin = java.util.HexFormat.of().parseHex(newPinHex);
        probe.expect(0x6A80, CommandBytes.of(0, 0x24, 0, 0x10, concat(TestCards.padded("00000"), newPin)));
        probe.expect(0x6A80, CommandBytes.of(0, 0x2C, 0, 0x10, concat(TestCards.padded("00000000"), newPin)));
        assertEquals(3, probe.card().securityStatus().pinTriesLeft());
        assertEquals(10, probe.card().securityStatus().pukTriesLeft());
    }

    @Test
    void thePukCannotBeChanged() {
        probe.expect(
                0x6985,
                CommandBytes.of(
                        0, 0x24, 0, 0x11, concat(TestCards.padded(TestCards.PUK), TestCards.padded("87654321"))));
    }

    @Test
    void resetRetryCounterWithNewPinUnblocks() {
        for (int i = 0; i < 3; i++) {
            probe.send(verify(0x10, "99999"));
        }
        probe.expect(0x9000, unblock(TestCards.PUK, "24680"));
        assertEquals(3, probe.card().securityStatus().pinTriesLeft());
        assertFalse(probe.card().securityStatus().pinVerified());
        probe.expect(0x9000, verify(0x10, "24680"));
    }

    @Test
    void resetRetryCounterWithPukOnlyKeepsThePin() {
        for (int i = 0; i < 3; i++) {
            probe.send(verify(0x90, "99999"));
        }
        probe.expect(0x9000, CommandBytes.of(0, 0x2C, 1, 0x90, TestCards.padded(TestCards.PUK)));
        probe.expect(0x9000, verify(0x10, TestCards.PIN));
    }

    @Test
    void wrongPuksCountDownAndBlockForGood() {
        for (int left = 9; left >= 0; left--) {
            probe.expect(0x63C0 | left, unblock("00000000", "24680"));
        }
        probe.expect(0x6983, unblock(TestCards.PUK, "24680"));
        assertTrue(probe.card().securityStatus().pukBlocked());
    }

    @Test
    void resetRetryCounterRefusesOtherForms() {
        probe.expect(0x6A86, CommandBytes.of(0, 0x2C, 2, 0x10, TestCards.padded("24680")));
        probe.expect(0x6A88, CommandBytes.of(0, 0x2C, 0, 0x11, new byte[16]));
        probe.expect(0x6700, CommandBytes.of(0, 0x2C, 0, 0x10, TestCards.padded(TestCards.PUK)));
        probe.expect(0x6700, CommandBytes.of(0, 0x2C, 1, 0x10, new byte[16]));
        assertEquals(10, probe.card().securityStatus().pukTriesLeft());
    }

    @Test
    void pukCanBeVerifiedAndCountsItsTries() {
        probe.expect(0x63C9, verify(0x11, "00000000"));
        probe.expect(0x9000, verify(0x91, TestCards.PUK));
        probe.expect(0x9000, CommandBytes.of(0, 0x20, 0, 0x11));
        assertEquals(10, probe.card().securityStatus().pukTriesLeft());
    }

    @Test
    void retryCountersSurviveResetButTheVerifiedStatusDoesNot() {
        probe.expect(0x63C2, verify(0x10, "99999"));
        probe.card().powerOff();
        probe.card().powerOn();
        probe.expect(0x63C1, verify(0x10, "99999"));
        probe.verifyPin();
        probe.card().reset();
        assertFalse(probe.card().securityStatus().pinVerified());
        probe.expect(0x63C3, CommandBytes.of(0, 0x20, 0, 0x10));
    }
}
