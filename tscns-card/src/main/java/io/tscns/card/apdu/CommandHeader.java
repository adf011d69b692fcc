package io.tscns.card.apdu;

import java.util.HexFormat;

/**
 * The four header bytes of a command APDU (<i>intestazione del comando</i>): CLA, INS, P1, P2.
 *
 * <p>Errors about a card command carry this value, never the command data: the header says which command failed
 * and with which parameters (for example which PIN reference), while the data of VERIFY, CHANGE REFERENCE DATA and
 * RESET RETRY COUNTER is a PIN or PUK. Immutable and thread-safe.
 *
 * @param cla class byte, 0 to 255
 * @param ins instruction byte, 0 to 255
 * @param p1  parameter 1, 0 to 255
 * @param p2  parameter 2, 0 to 255
 * @since 0.1.0
 */
public record CommandHeader(int cla, int ins, int p1, int p2) {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * Checks that every byte is in range.
     *
     * @throws MalformedApduException if a value is outside 0 to 255
     */
    public CommandHeader {
        check("CLA", cla);
        check("INS", ins);
        check("P1", p1);
        check("P2", p2);
    }

    private static void check(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new MalformedApduException(name + " is " + value + "; expected 0 to 255");
        }
    }

    /**
     * Returns the header of a command.
     *
     * @param command the command
     * @return its CLA, INS, P1 and P2
     */
    public static CommandHeader of(CommandApdu command) {
        return new CommandHeader(command.cla(), command.ins(), command.p1(), command.p2());
    }

    /**
     * Returns the header of an encoded command, or of its first four bytes when it is malformed.
     *
     * @param encoded an encoded command APDU
     * @return the header
     * @throws MalformedApduException if fewer than four bytes are given
     */
    public static CommandHeader of(byte[] encoded) {
        if (encoded.length < 4) {
            throw new MalformedApduException("command APDU is " + encoded.length + " bytes; the header alone is 4");
        }
        return new CommandHeader(encoded[0] & 0xFF, encoded[1] & 0xFF, encoded[2] & 0xFF, encoded[3] & 0xFF);
    }

    /**
     * Returns the header as spaced hexadecimal.
     *
     * @return for example {@code "00 20 00 10"}
     */
    @Override
    public String toString() {
        return HexFormat.ofDelimiter(" ")
                .withUpperCase()
                .formatHex(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2});
    }
}
