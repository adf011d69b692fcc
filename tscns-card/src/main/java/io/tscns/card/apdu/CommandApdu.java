package io.tscns.card.apdu;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable ISO/IEC 7816-4 command APDU: header (CLA, INS, P1, P2), optional command data (Nc bytes) and the
 * expected response length Ne.
 *
 * <p>{@link #encode()} chooses the short form (Nc ≤ 255, Ne ≤ 256) or the extended form (Nc ≤ 65535, Ne ≤ 65536)
 * by itself; {@link #parse(byte[])} reads all seven cases (1, 2S, 3S, 4S, 2E, 3E, 4E) strictly. {@link #toString()}
 * shows the header and the lengths but never the data, because the data of VERIFY, CHANGE REFERENCE DATA and RESET
 * RETRY COUNTER is a PIN or PUK.
 *
 * @since 0.1.0
 */
public final class CommandApdu {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** Largest Ne of a short APDU (encoded as Le = 00). */
    public static final int MAX_SHORT_NE = 256;
    /** Largest Ne of an extended APDU (encoded as Le = 0000). */
    public static final int MAX_EXTENDED_NE = 65536;
    /** Largest Nc of a short APDU. */
    public static final int MAX_SHORT_NC = 255;
    /** Largest Nc of an extended APDU. */
    public static final int MAX_EXTENDED_NC = 65535;

    private final int cla;
    private final int ins;
    private final int p1;
    private final int p2;
    private final byte[] data;
    private final int ne;

    private CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        checkByte("CLA", cla);
        checkByte("INS", ins);
        checkByte("P1", p1);
        checkByte("P2", p2);
        if (data.length > MAX_EXTENDED_NC) {
            throw new MalformedApduException(
                    "command data is " + data.length + " bytes; at most " + MAX_EXTENDED_NC + " fit in an APDU");
        }
        if (ne < 0 || ne > MAX_EXTENDED_NE) {
            throw new MalformedApduException("Ne is " + ne + "; expected 0 to " + MAX_EXTENDED_NE);
        }
        this.cla = cla;
        this.ins = ins;
        this.p1 = p1;
        this.p2 = p2;
        this.data = data;
        this.ne = ne;
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new MalformedApduException(name + " is " + value + "; expected 0 to 255");
        }
    }

    /**
     * Creates a case-1 command (header only).
     *
     * @param cla class byte
     * @param ins instruction byte
     * @param p1  parameter 1
     * @param p2  parameter 2
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2) {
        return new CommandApdu(cla, ins, p1, p2, new byte[0], 0);
    }

    /**
     * Creates a command with data and no expected response data (case 3), or a header-only command when the data
     * is empty.
     *
     * @param cla  class byte
     * @param ins  instruction byte
     * @param p1   parameter 1
     * @param p2   parameter 2
     * @param data command data, copied
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data) {
        return new CommandApdu(cla, ins, p1, p2, data.clone(), 0);
    }

    /**
     * Creates a command expecting response data and sending none (case 2).
     *
     * @param cla class byte
     * @param ins instruction byte
     * @param p1  parameter 1
     * @param p2  parameter 2
     * @param ne  expected response length, 1 to 65536 (256 is encoded as short Le 00)
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, int ne) {
        return new CommandApdu(cla, ins, p1, p2, new byte[0], ne);
    }

    /**
     * Creates a command with data and an expected response length (case 4, or case 3 when {@code ne} is 0).
     *
     * @param cla  class byte
     * @param ins  instruction byte
     * @param p1   parameter 1
     * @param p2   parameter 2
     * @param data command data, copied
     * @param ne   expected response length, 0 to 65536
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        return new CommandApdu(cla, ins, p1, p2, data.clone(), ne);
    }

    /**
     * Reads a command APDU in any of the seven ISO/IEC 7816-4 cases.
     *
     * @param apdu the encoded command
     * @return the command
     * @throws MalformedApduException if the bytes are not a well-formed command APDU
     */
    public static CommandApdu parse(byte[] apdu) {
        if (apdu.length < 4) {
            throw new MalformedApduException("command APDU is " + apdu.length + " bytes; the header alone is 4");
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        int body = apdu.length - 4;
        if (body == 0) {
            return new CommandApdu(cla, ins, p1, p2, new byte[0], 0);
        }
        int b0 = apdu[4] & 0xFF;
        if (body == 1) {
            return new CommandApdu(cla, ins, p1, p2, new byte[0], b0 == 0 ? MAX_SHORT_NE : b0);
        }
        if (b0 != 0) {
            // Short case 3 or 4: Lc = b0.
            if (body == 1 + b0) {
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + b0), 0);
            }
            if (body == 2 + b0) {
                int le = apdu[apdu.length - 1] & 0xFF;
                return new CommandApdu(
                        cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + b0), le == 0 ? MAX_SHORT_NE : le);
            }
            throw new MalformedApduException("short Lc is " + b0 + " but " + (body - 1) + " bytes follow it; expected "
                    + b0 + " or " + (b0 + 1));
        }
        // Extended forms start with 00.
        if (body == 3) {
            int le = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, new byte[0], le == 0 ? MAX_EXTENDED_NE : le);
        }
        if (body < 3) {
            throw new MalformedApduException("extended length field is truncated: " + body + " bytes after header");
        }
        int lc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (lc == 0) {
            throw new MalformedApduException("extended Lc is 0000, which is not allowed");
        }
        if (body == 3 + lc) {
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + lc), 0);
        }
        if (body == 5 + lc) {
            int le = ((apdu[apdu.length - 2] & 0xFF) << 8) | (apdu[apdu.length - 1] & 0xFF);
            return new CommandApdu(
                    cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + lc), le == 0 ? MAX_EXTENDED_NE : le);
        }
        throw new MalformedApduException(
                "extended Lc is " + lc + " but " + (body - 3) + " bytes follow it; expected " + lc + " or " + (lc + 2));
    }

    /**
     * Encodes the command, in short form when Nc ≤ 255 and Ne ≤ 256, otherwise in extended form.
     *
     * @return a new array holding the encoded command
     */
    public byte[] encode() {
        return isExtended() ? encodeExtended() : encodeShort();
    }

    private byte[] encodeShort() {
        int length = 4 + (data.length > 0 ? 1 + data.length : 0) + (ne > 0 ? 1 : 0);
        byte[] out = new byte[length];
        writeHeader(out);
        int pos = 4;
        if (data.length > 0) {
            out[pos++] = (byte) data.length;
            System.arraycopy(data, 0, out, pos, data.length);
            pos += data.length;
        }
        if (ne > 0) {
            out[pos] = (byte) (ne == MAX_SHORT_NE ? 0 : ne);
        }
        return out;
    }

    private byte[] encodeExtended() {
        int length = 4 + 1 + (data.length > 0 ? 2 + data.length : 0) + (ne > 0 ? 2 : 0);
        byte[] out = new byte[length];
        writeHeader(out);
        int pos = 5; // out[4] = 00, the extended-length marker
        if (data.length > 0) {
            out[pos++] = (byte) (data.length >>> 8);
            out[pos++] = (byte) data.length;
            System.arraycopy(data, 0, out, pos, data.length);
            pos += data.length;
        }
        if (ne > 0) {
            int le = ne == MAX_EXTENDED_NE ? 0 : ne;
            out[pos++] = (byte) (le >>> 8);
            out[pos] = (byte) le;
        }
        return out;
    }

    private void writeHeader(byte[] out) {
        out[0] = (byte) cla;
        out[1] = (byte) ins;
        out[2] = (byte) p1;
        out[3] = (byte) p2;
    }

    /**
     * Tells whether {@link #encode()} uses the extended form.
     *
     * @return {@code true} if Nc &gt; 255 or Ne &gt; 256
     */
    public boolean isExtended() {
        return data.length > MAX_SHORT_NC || ne > MAX_SHORT_NE;
    }

    /**
     * Returns the class byte.
     *
     * @return CLA, 0 to 255
     */
    public int cla() {
        return cla;
    }

    /**
     * Returns the instruction byte.
     *
     * @return INS, 0 to 255
     */
    public int ins() {
        return ins;
    }

    /**
     * Returns parameter 1.
     *
     * @return P1, 0 to 255
     */
    public int p1() {
        return p1;
    }

    /**
     * Returns parameter 2.
     *
     * @return P2, 0 to 255
     */
    public int p2() {
        return p2;
    }

    /**
     * Returns a copy of the command data. The caller owns the copy and should wipe it if it holds a secret.
     *
     * @return the command data, possibly empty
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * Returns the number of command data bytes (Nc).
     *
     * @return Nc
     */
    public int dataLength() {
        return data.length;
    }

    /**
     * Returns the maximum number of response data bytes expected (Ne); 0 when none are expected.
     *
     * @return Ne, 0 to 65536
     */
    public int ne() {
        return ne;
    }

    /**
     * Returns this command with another class byte (for example with the command-chaining bit 0x10 set).
     *
     * @param newCla the class byte
     * @return a command differing only in CLA
     */
    public CommandApdu withCla(int newCla) {
        return new CommandApdu(newCla, ins, p1, p2, data, ne);
    }

    /**
     * Returns this command with another expected response length (for example after a 6Cxx answer).
     *
     * @param newNe the expected response length, 0 to 65536
     * @return a command differing only in Ne
     */
    public CommandApdu withNe(int newNe) {
        return new CommandApdu(cla, ins, p1, p2, data, newNe);
    }

    /**
     * Overwrites this command's internal copy of the data with zeros. Use it on a command that carried a PIN or PUK
     * once it has been sent; the command must not be used afterwards.
     */
    public void wipe() {
        Arrays.fill(data, (byte) 0);
    }

    /**
     * Returns the header as hexadecimal, e.g. {@code "00A40800"}.
     *
     * @return CLA INS P1 P2 in hexadecimal
     */
    public String header() {
        return HEX.formatHex(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2});
    }

    /**
     * Describes the header and lengths; never the data.
     *
     * @return for example {@code CommandApdu[00 A4 08 00, Nc=4, Ne=256]}
     */
    @Override
    public String toString() {
        return "CommandApdu["
                + HexFormat.ofDelimiter(" ")
                        .withUpperCase()
                        .formatHex(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2})
                + ", Nc=" + data.length + ", Ne=" + ne + "]";
    }

    /**
     * Compares all fields, the data in constant time.
     *
     * @param o another object
     * @return {@code true} for an equal command
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu other
                && cla == other.cla
                && ins == other.ins
                && p1 == other.p1
                && p2 == other.p2
                && ne == other.ne
                && java.security.MessageDigest.isEqual(data, other.data);
    }

    /**
     * Hashes the header and lengths only (not the data, which may be secret).
     *
     * @return a hash code
     */
    @Override
    public int hashCode() {
        return ((cla * 31 + ins) * 31 + p1) * 31 + p2 + 17 * ne + 7 * data.length;
    }
}
