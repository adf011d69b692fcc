package io.tscns.simcard.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Proves that the card reads the two-byte Le of an extended case-4 APDU as one big-endian number, that an extended
 * case-3 APDU carries its data without Ne, and that wiping a command overwrites the data it holds.
 */
class CommandTest {

    private static Command decode(String hex) {
        return Command.decode(HexFormat.of().parseHex(hex));
    }

    @Test
    void extendedCase4ReadsBothLeBytes() {
        Command command = decode("002A9E9A" + "000003" + "010203" + "0102");
        assertEquals(0x0102, command.ne());
        assertArrayEquals(new byte[] {1, 2, 3}, command.data());
    }

    @Test
    void extendedCase4LeWithTheHighByteOnly() {
        assertEquals(0x8000, decode("002A9E9A" + "000001" + "AA" + "8000").ne());
    }

    @Test
    void extendedCase4LeOfZeroMeansTheMaximum() {
        assertEquals(65_536, decode("002A9E9A" + "000001" + "AA" + "0000").ne());
    }

    @Test
    void extendedCase3HasDataAndNoNe() {
        Command command = decode("002A8086" + "000002" + "00AA");
        assertEquals(0, command.ne());
        assertArrayEquals(new byte[] {0x00, (byte) 0xAA}, command.data());
    }

    @Test
    void wipingOverwritesTheCommandData() {
        Command command = decode("0020001008" + "3132333435FFFFFF");
        command.wipe();
        assertArrayEquals(new byte[8], command.data());
    }
}
