package io.tscns.card.pinpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.error.UnexpectedResponseException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The part 10 values: control codes per platform, a reader's feature list, and the limits of the PIN format. */
class PinPadValuesTest {

    @Test
    void getFeatureRequestIsSCardCtlCode3400OnEachPlatform() {
        assertEquals(0x42000D48, ControlCodeEncoding.PCSC_LITE.getFeatureRequest());
        assertEquals(0x00313520, ControlCodeEncoding.WINDOWS.getFeatureRequest());
    }

    @Test
    void thePlatformComesFromTheOperatingSystemName() {
        assertEquals(ControlCodeEncoding.WINDOWS, ControlCodeEncoding.forOperatingSystem("Windows 11"));
        assertEquals(ControlCodeEncoding.PCSC_LITE, ControlCodeEncoding.forOperatingSystem("Linux"));
        assertEquals(ControlCodeEncoding.PCSC_LITE, ControlCodeEncoding.forOperatingSystem("Mac OS X"));
    }

    @Test
    void aReaderListingParsesToItsFeatures() {
        // A CCID pinpad reader on pcsc-lite: VERIFY_PIN_DIRECT and MODIFY_PIN_DIRECT, big-endian codes.
        byte[] answer = {0x06, 0x04, 0x42, 0x33, 0x00, 0x06, 0x07, 0x04, 0x42, 0x33, 0x00, 0x07};
        ReaderFeatures features = ReaderFeatures.parse(answer);
        assertEquals(Map.of(6, 0x42330006, 7, 0x42330007), features.controlCodes());
        assertTrue(features.verifiesOnKeypad());
        assertFalse(ReaderFeatures.none().verifiesOnKeypad());
    }

    @Test
    void aMalformedFeatureListSaysWhere() {
        assertTrue(assertThrows(UnexpectedResponseException.class, () -> ReaderFeatures.parse(new byte[7]))
                .getMessage()
                .contains("7 bytes"));
        byte[] wrongLength = {0x06, 0x05, 0x42, 0x33, 0x00, 0x06};
        assertTrue(assertThrows(UnexpectedResponseException.class, () -> ReaderFeatures.parse(wrongLength))
                .getMessage()
                .contains("length 5 at byte 1"));
        byte[] twice = {0x06, 0x04, 0, 0, 0, 1, 0x06, 0x04, 0, 0, 0, 2};
        assertTrue(assertThrows(UnexpectedResponseException.class, () -> ReaderFeatures.parse(twice))
                .getMessage()
                .contains("tag 06 twice, at byte 6"));
        assertThrows(IllegalArgumentException.class, () -> new ReaderFeatures(Map.of(256, 1)));
    }

    @Test
    void aPinFormatKeepsItsFieldsInRange() {
        assertThrows(IllegalArgumentException.class, () -> new PinEntryFormat(0, 0, 0x82, 8, 0, 9, 8, 2, 0x0410));
        assertThrows(IllegalArgumentException.class, () -> new PinEntryFormat(256, 0, 0x82, 8, 0, 5, 8, 2, 0x0410));
        assertThrows(IllegalArgumentException.class, () -> new PinEntryFormat(0, 0, 0x82, 8, 0, 5, 8, 2, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> new PinEntryFormat(0, 0, 0x82, 8, 0, 5, 8, 2, -1));
        assertEquals(new PinEntryFormat(30, 30, 0x82, 0x08, 0, 5, 8, 2, 0x0410), PinEntryFormat.cnsBlock(5, 8, 30));
        assertEquals(ReaderFeature.GET_TLV_PROPERTIES, ReaderFeature.ofTag(0x12).orElseThrow());
        assertTrue(ReaderFeature.ofTag(0x7F).isEmpty());
    }

    /** Each byte field of the three records refuses -1 and 256; a minimum equal to the maximum is fine. */
    @Test
    void everyByteFieldRefusesWhatIsNotAByte() {
        CommandApdu template = CommandApdu.of(0, 0x20, 0, 0x10, new byte[8]);
        PinEntryFormat format = PinEntryFormat.cnsBlock(8, 8, 30);
        assertEquals(8, format.minDigits());
        for (int bad : new int[] {-1, 256}) {
            for (int field = 0; field < 8; field++) {
                int[] v = {30, 30, 0x82, 8, 0, 5, 8, 2};
                v[field] = bad;
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new PinEntryFormat(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 0x0410));
            }
            for (int field = 0; field < 2; field++) {
                int[] v = {1, 0};
                v[field] = bad;
                assertThrows(
                        IllegalArgumentException.class, () -> new PinVerifyStructure(format, v[0], v[1], template));
            }
            for (int field = 0; field < 7; field++) {
                int[] v = {0, 8, 3, 3, 0, 1, 2};
                v[field] = bad;
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new PinModifyStructure(format, v[0], v[1], v[2], v[3], v[4], v[5], v[6], template));
            }
        }
    }

    @Test
    void theLanguageIsAnyTwoByteValueAndAStructureOfItsFixedPartAloneIsRefusedForItsEmptyApdu() {
        assertEquals(0xFFFF, new PinEntryFormat(0, 0, 0x82, 8, 0, 5, 8, 2, 0xFFFF).languageId());
        byte[] fixedPartOnly = new byte[PinVerifyStructure.HEADER_LENGTH];
        MalformedApduException refused =
                assertThrows(MalformedApduException.class, () -> PinVerifyStructure.decode(fixedPartOnly));
        // Past the fixed part, the empty APDU template is what is refused.
        assertEquals("command APDU is 0 bytes; the header alone is 4", refused.getMessage());
    }
}
