package io.tscns.card.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.card.apdu.CnsCommands;
import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.error.ReferencedDataNotFoundException;
import io.tscns.card.error.WrongLengthException;
import io.tscns.card.profile.Quirk;
import io.tscns.card.profile.Quirks;
import io.tscns.card.transport.CardTransport;
import io.tscns.card.transport.ScriptedTransport;
import io.tscns.core.secret.CardCode;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

class PinOperationsTest {

    private static final Quirks STINCARD = new Quirk.ReferenceBits(0x80).applyTo(Quirks.CNS_DEFAULTS);

    private static PinOperations pins(ScriptedTransport card) {
        return new PinOperations(card, Quirks.CNS_DEFAULTS);
    }

    @ParameterizedTest(name = "SW {0}")
    @CsvSource({
        "9000, ACCEPTED, -1",
        "63C2, REJECTED, 2",
        "63C1, REJECTED, 1",
        "63C0, BLOCKED, -1",
        "6300, REJECTED, -1",
        "6983, BLOCKED, -1"
    })
    void verifyMapsEveryAnswer(String sw, String outcome, int tries) {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00200010083132333435FFFFFF".replace(" ", ""), sw)
                .build();
        VerificationResult expected = switch (outcome) {
            case "ACCEPTED" -> new VerificationResult.Accepted();
            case "BLOCKED" -> new VerificationResult.Blocked();
            default -> new VerificationResult.Rejected(tries < 0 ? OptionalInt.empty() : OptionalInt.of(tries));
        };
        try (Pin pin = Pin.parse("12345")) {
            assertEquals(expected, pins(card).verify(pin));
            assertFalse(pin.isDestroyed(), "the caller's Pin is the caller's to destroy");
        }
        card.assertComplete();
    }

    @Test
    void stincardCardsGetTheReferencesWithBit80() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00200090083132333435363738".replace(" ", ""), "9000")
                .expect("00200090", "63C3")
                .expect("00200091", "63CA")
                .expect("002C00901038373635343332313131313131FFFFFF".replace(" ", ""), "9000")
                .build();
        PinOperations pins = new PinOperations(card, STINCARD);
        try (Pin pin = Pin.parse("12345678");
                Puk puk = Puk.parse("87654321");
                Pin newPin = Pin.parse("11111")) {
            assertEquals(new VerificationResult.Accepted(), pins.verify(pin));
            assertEquals(new PinStatus.NotVerified(OptionalInt.of(3)), pins.pinStatus());
            assertEquals(new PinStatus.NotVerified(OptionalInt.of(10)), pins.pukStatus());
            assertEquals(new VerificationResult.Accepted(), pins.unblock(puk, newPin));
        }
        card.assertComplete();
    }

    @Test
    void statusQueryReportsEveryStateWithoutSpendingATry() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00200010", "9000")
                .expect("00200010", "6983")
                .expect("00200010", "6300")
                .expect("00200010", "6A86")
                .build();
        PinOperations pins = pins(card);
        assertEquals(new PinStatus.Verified(), pins.pinStatus());
        assertEquals(new PinStatus.Blocked(), pins.pinStatus());
        assertEquals(new PinStatus.NotVerified(OptionalInt.empty()), pins.pinStatus());
        assertEquals(new PinStatus.NotReported(0x6A86), pins.pinStatus());
    }

    @Test
    void changeAndUnblockSendTheBlocksOpenScSends() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00240010103132333435FFFFFF3939393939393939".replace(" ", ""), "63C1")
                .expect("00240010103132333436FFFFFF3939393939393939".replace(" ", ""), "9000")
                .expect("002C00101038373635343332313132333435FFFFFF".replace(" ", ""), "63C9")
                .expect("002C0110083837363534333231".replace(" ", ""), "6983")
                .build();
        PinOperations pins = pins(card);
        try (Pin wrong = Pin.parse("12345");
                Pin current = Pin.parse("12346");
                Pin next = Pin.parse("99999999");
                Puk puk = Puk.parse("87654321")) {
            assertEquals(new VerificationResult.Rejected(OptionalInt.of(1)), pins.change(wrong, next));
            assertEquals(new VerificationResult.Accepted(), pins.change(current, next));
            assertEquals(new VerificationResult.Rejected(OptionalInt.of(9)), pins.unblock(puk, wrong));
            assertEquals(new VerificationResult.Blocked(), pins.unblock(puk));
        }
        card.assertComplete();
    }

    @Test
    void otherRefusalsAreTypedExceptions() {
        ScriptedTransport card = ScriptedTransport.builder()
                .expect("00200010083132333435FFFFFF".replace(" ", ""), "6A88")
                .expect("00200010083132333435FFFFFF".replace(" ", ""), "6700")
                .build();
        try (Pin pin = Pin.parse("12345")) {
            assertThrows(ReferencedDataNotFoundException.class, () -> pins(card).verify(pin));
            assertThrows(WrongLengthException.class, () -> pins(card).verify(pin));
        }
    }

    @Test
    void everyArrayThatHeldAPinIsWipedOnceSent() {
        List<byte[]> sent = new ArrayList<>();
        CardTransport recording = command -> {
            sent.add(command);
            return HexFormat.of().parseHex("63C1");
        };
        PinOperations pins = new PinOperations(recording, Quirks.CNS_DEFAULTS);
        try (Pin pin = Pin.parse("12345678");
                Pin next = Pin.parse("87654321");
                Puk puk = Puk.parse("11223344")) {
            pins.verify(pin);
            pins.change(pin, next);
            pins.unblock(puk, next);
            pins.unblock(puk);
        }
        assertEquals(4, sent.size());
        for (byte[] command : sent) {
            assertArrayEquals(new byte[command.length], command, "the encoded command is zeroed after sending");
        }
    }

    @Test
    void everyInternalCopyOfAPinOrPukIsWipedOnceSent() {
        // A spy on the codes sees each padded block handed to PinOperations, and one on CnsCommands sees each command
        // built from them: all of them must be zeros once the card has answered, not only what the transport got.
        List<byte[]> blocks = new ArrayList<>();
        List<CommandApdu> commands = new ArrayList<>();
        CardTransport card = command -> HexFormat.of().parseHex("63C1");
        PinOperations pins = new PinOperations(card, Quirks.CNS_DEFAULTS);
        try (MockedStatic<CnsCommands> built = Mockito.mockStatic(CnsCommands.class, invocation -> {
                    Object result = invocation.callRealMethod();
                    if (result instanceof CommandApdu command) {
                        commands.add(command);
                    }
                    return result;
                });
                Pin pin = seeingBlocks(Pin.parse("12345678"), blocks);
                Pin next = seeingBlocks(Pin.parse("87654321"), blocks);
                Puk puk = seeingBlocks(Puk.parse("11223344"), blocks)) {
            pins.verify(pin);
            pins.change(pin, next);
            pins.unblock(puk, next);
            pins.unblock(puk);
        }
        assertEquals(6, blocks.size(), "one block for verify and for unblock, two for change and for unblock with PIN");
        for (byte[] block : blocks) {
            assertArrayEquals(new byte[8], block, "a padded block is zeroed after sending");
        }
        assertEquals(4, commands.size());
        for (CommandApdu command : commands) {
            byte[] data = command.data();
            assertArrayEquals(new byte[data.length], data, "the command's copy is zeroed after sending");
        }
    }

    /** A spy on a code that records every padded block it hands out. */
    private static <T extends CardCode> T seeingBlocks(T code, List<byte[]> blocks) {
        T spy = Mockito.spy(code);
        Mockito.doAnswer(invocation -> {
                    byte[] block = (byte[]) invocation.callRealMethod();
                    blocks.add(block);
                    return block;
                })
                .when(spy)
                .paddedForCard();
        return spy;
    }

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"7", "9"})
    void aPinBlockOfAnyLengthButEightIsRefusedBeforeSending(int length) {
        MalformedApduException one =
                assertThrows(MalformedApduException.class, () -> CnsCommands.verify(0x10, new byte[length]));
        assertEquals("expected 8 bytes of PIN/PUK blocks; got " + length, one.getMessage());
        assertThrows(
                MalformedApduException.class, () -> CnsCommands.resetRetryCounterKeepingPin(0x10, new byte[length]));
        for (int two : new int[] {length + 8, 16 + length - 8}) {
            MalformedApduException both = assertThrows(
                    MalformedApduException.class, () -> CnsCommands.changeReferenceData(0x10, new byte[two]));
            assertEquals("expected 16 bytes of PIN/PUK blocks; got " + two, both.getMessage());
            assertThrows(MalformedApduException.class, () -> CnsCommands.resetRetryCounter(0x10, new byte[two]));
        }
        assertEquals(13, CnsCommands.verify(0x10, new byte[8]).encode().length);
        assertEquals(21, CnsCommands.changeReferenceData(0x10, new byte[16]).encode().length);
    }
}
