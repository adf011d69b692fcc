package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SimulatedProfileTest {

    /** OpenSC 0.23's itacns ATR rule (docs/card.md §5.1), re-stated independently for the test. */
    private static boolean openSc023RecognisesCns(byte[] atr) {
        int i = 0;
        if ((atr[i++] & 0xFF) != 0x3B) {
            return false;
        }
        int t0 = atr[i++] & 0xFF;
        if ((t0 & 0x8F) != 0x8F) {
            return false;
        }
        i += Integer.bitCount(t0 & 0x70);
        int td1 = atr[i++] & 0xFF;
        if ((td1 & 0x8F) != 0x81) {
            return false;
        }
        i += Integer.bitCount(td1 & 0x70);
        if ((atr[i++] & 0xFF) != 0x31) {
            return false;
        }
        i += 2; // TA3, TB3
        int h = i;
        return atr[h] == 0x00
                && atr[h + 1] == 0x6B
                && atr[h + 6] == 0x01
                && atr[h + 9] == 'C'
                && atr[h + 10] == 'N'
                && atr[h + 11] == 'S'
                && atr[h + 13] == 0x31
                && (atr[h + 14] & 0xFF) == 0x80
                && atr.length == h + 15 + 1;
    }

    /** Every contact profile; the contactless one is checked below. */
    @ParameterizedTest
    @EnumSource(value = SimulatedProfile.class, names = "ST2022_NFC", mode = EnumSource.Mode.EXCLUDE)
    void atrIsRecognisedByOpenSc023AndHasAValidCheckByte(SimulatedProfile profile) {
        byte[] atr = profile.atr();
        assertTrue(openSc023RecognisesCns(atr));
        int xor = 0;
        for (int i = 1; i < atr.length; i++) {
            xor ^= atr[i] & 0xFF;
        }
        assertEquals(0, xor, "TCK makes the XOR of T0..TCK zero");
    }

    @Test
    void profilesDifferWhereOpenScLooks() {
        assertEquals(0x11, SimulatedProfile.CLASSIC.cnsVersion());
        assertEquals(0x11, SimulatedProfile.STINCARD.cnsVersion());
        assertEquals(0x10, SimulatedProfile.RSA_1024.cnsVersion());
        assertEquals(0x09, SimulatedProfile.STINCARD.atr()[12], "mask manufacturer STIncard");
        assertEquals(0x05, SimulatedProfile.CLASSIC.atr()[12], "mask manufacturer Oberthur");
        assertEquals(0x90, SimulatedProfile.STINCARD.pinReference());
        assertEquals(0x91, SimulatedProfile.STINCARD.pukReference());
        assertEquals(0x10, SimulatedProfile.CLASSIC.pinReference());
        assertEquals(1024, SimulatedProfile.RSA_1024.keySizeBits());
    }

    @Test
    void theContactlessProfileHasTheBareNfcAtrAndAppletProfilesSayWhereTheirFilesAre() {
        assertArrayEquals(new byte[] {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01}, SimulatedProfile.ST2022_NFC.atr());
        assertTrue(SimulatedProfile.ST2022_NFC.appletBased() && SimulatedProfile.ACE_2025.appletBased());
        assertTrue(!SimulatedProfile.CLASSIC.appletBased());
        assertEquals(
                java.util.Optional.of("JSign4"),
                SimulatedProfile.ST2022_NFC.applet().orElseThrow().model());
        assertArrayEquals(
                new int[] {0xD003},
                SimulatedProfile.ACE_2025.applet().orElseThrow().paths().get(CardFile.CARD_ID));
    }

    @Test
    void namesParseForTheCommandLine() {
        for (SimulatedProfile profile : SimulatedProfile.values()) {
            assertSame(profile, SimulatedProfile.fromName(profile.cliName().toUpperCase(Locale.ROOT)));
        }
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SimulatedProfile.fromName("cie"));
        assertTrue(e.getMessage().contains("[classic, stincard, rsa1024, ace2025, st2022-nfc]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatedProfile.fromName(null));
    }
}
