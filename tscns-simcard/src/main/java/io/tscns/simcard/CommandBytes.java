package io.tscns.simcard;

import java.io.ByteArrayOutputStream;

/**
 * Encodes command APDUs, the reader's side of the conversation, for tests that talk to a {@link SimulatedCard} in
 * bytes: short form where the lengths fit, extended form otherwise (ISO/IEC 7816-3 §12.1). It is deliberately not
 * tscns-card's codec, so that the simulator and its tests stay independent of the SDK they check.
 *
 * @since 0.1.0
 */
public final class CommandBytes {

    /** The largest Ne an extended Le can ask for. */
    public static final int MAX_EXTENDED_NE = 65_536;

    private CommandBytes() {}

    /**
     * Encodes a command without data or Le (case 1).
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1  parameter 1
     * @param p2  parameter 2
     * @return the command APDU
     */
    public static byte[] of(int cla, int ins, int p1, int p2) {
        return of(cla, ins, p1, p2, new byte[0], 0);
    }

    /**
     * Encodes a command with data and no Le (case 3).
     *
     * @param cla  the class byte
     * @param ins  the instruction byte
     * @param p1   parameter 1
     * @param p2   parameter 2
     * @param data the command data, 1 to 65,535 bytes
     * @return the command APDU
     */
    public static byte[] of(int cla, int ins, int p1, int p2, byte[] data) {
        return of(cla, ins, p1, p2, data, 0);
    }

    /**
     * Encodes a command without data that expects a response (case 2).
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1  parameter 1
     * @param p2  parameter 2
     * @param ne  the most response bytes expected, 1 to {@link #MAX_EXTENDED_NE}
     * @return the command APDU
     */
    public static byte[] of(int cla, int ins, int p1, int p2, int ne) {
        return of(cla, ins, p1, p2, new byte[0], ne);
    }

    /**
     * Encodes any command: case 1 to 4, short where data and Ne fit in one byte each, extended otherwise.
     *
     * @param cla  the class byte
     * @param ins  the instruction byte
     * @param p1   parameter 1
     * @param p2   parameter 2
     * @param data the command data, possibly empty, at most 65,535 bytes
     * @param ne   the most response bytes expected, 0 for none, at most {@link #MAX_EXTENDED_NE}
     * @return the command APDU
     * @throws IllegalArgumentException for a length no APDU can carry
     */
    public static byte[] of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        if (data.length > 65_535 || ne < 0 || ne > MAX_EXTENDED_NE) {
            throw new IllegalArgumentException("no command APDU carries " + data.length + " data bytes and Ne " + ne);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        boolean extended = data.length > 255 || ne > 256;
        if (data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >>> 8);
            }
            out.write(data.length);
            out.write(data, 0, data.length);
        }
        if (ne > 0) {
            if (extended) {
                if (data.length == 0) {
                    out.write(0);
                }
                out.write(ne == MAX_EXTENDED_NE ? 0 : ne >>> 8);
            }
            out.write(ne);
        }
        return out.toByteArray();
    }
}
