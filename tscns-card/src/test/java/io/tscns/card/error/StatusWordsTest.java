package io.tscns.card.error;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.ResponseApdu;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {

    private static final CommandHeader VERIFY = new CommandHeader(0x00, 0x20, 0x00, 0x10);

    @ParameterizedTest(name = "SW {0} -> {1}")
    @CsvSource({
        "63C2, WrongPinException",
        "63C0, WrongPinException",
        "6300, WrongPinException",
        "6983, AuthenticationBlockedException",
        "6982, SecurityStatusNotSatisfiedException",
        "6984, ReferenceDataNotUsableException",
        "6981, CommandNotAllowedException",
        "6985, CommandNotAllowedException",
        "6986, CommandNotAllowedException",
        "6A82, CardFileNotFoundException",
        "6A88, ReferencedDataNotFoundException",
        "6700, WrongLengthException",
        "6C10, WrongLengthException",
        "6A80, WrongParametersException",
        "6A86, WrongParametersException",
        "6A87, WrongParametersException",
        "6B00, WrongParametersException",
        "6D00, UnsupportedCommandException",
        "6E00, UnsupportedCommandException",
        "6A81, UnsupportedCommandException",
        "6881, UnsupportedCommandException",
        "6882, UnsupportedCommandException",
        "6F00, UnexpectedStatusException",
        "6581, UnexpectedStatusException",
        "6A84, UnexpectedStatusException",
    })
    void eachStatusWordMapsToItsException(String sw, String exceptionClass) {
        int value = Integer.parseInt(sw, 16);
        CardStatusException e = StatusWords.toException(VERIFY, value);
        assertEquals(exceptionClass, e.getClass().getSimpleName());
        assertEquals(value, e.statusWord());
        assertEquals(VERIFY, e.command());
        assertTrue(e.getMessage().contains("SW " + sw), e.getMessage());
        assertTrue(e.getMessage().contains("00 20 00 10, VERIFY"), e.getMessage());
    }

    @Test
    void wrongPinReportsTriesLeftOrNothing() {
        assertEquals(OptionalInt.of(2), ((WrongPinException) StatusWords.toException(VERIFY, 0x63C2)).triesLeft());
        assertEquals(OptionalInt.of(0), ((WrongPinException) StatusWords.toException(VERIFY, 0x63C0)).triesLeft());
        assertEquals(OptionalInt.empty(), ((WrongPinException) StatusWords.toException(VERIFY, 0x6300)).triesLeft());
        assertTrue(StatusWords.toException(VERIFY, 0x63C1).getMessage().startsWith("wrong PIN or PUK, 1 try left"));
    }

    @Test
    void wrongLengthReportsTheOfferedLength() {
        assertEquals(
                OptionalInt.of(16), ((WrongLengthException) StatusWords.toException(VERIFY, 0x6C10)).availableLength());
        assertEquals(
                OptionalInt.of(256),
                ((WrongLengthException) StatusWords.toException(VERIFY, 0x6C00)).availableLength());
        assertEquals(
                OptionalInt.empty(),
                ((WrongLengthException) StatusWords.toException(VERIFY, 0x6700)).availableLength());
    }

    @Test
    void requireSuccessReturnsDataOrThrowsTheMappedException() {
        assertArrayEquals(
                new byte[] {1, 2}, StatusWords.requireSuccess(VERIFY, ResponseApdu.of(new byte[] {1, 2}, 0x9000)));
        CardStatusException e = assertThrows(
                CardStatusException.class, () -> StatusWords.requireSuccess(VERIFY, ResponseApdu.of(0x6983)));
        assertInstanceOf(AuthenticationBlockedException.class, e);
    }

    @Test
    void everyStatusWordHasADescriptionAndAnException() {
        for (int sw = 0; sw <= 0xFFFF; sw++) {
            assertTrue(!StatusWords.describe(sw).isEmpty());
            assertEquals(sw, StatusWords.toException(VERIFY, sw).statusWord());
        }
    }
}
