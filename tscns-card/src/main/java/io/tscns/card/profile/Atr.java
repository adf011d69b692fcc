package io.tscns.card.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed Answer To Reset (<i>ATR, risposta al reset</i>, ISO/IEC 7816-3 §8): the bytes a card sends when powered,
 * from which {@link CardProfiles} recognises a CNS card and its batch.
 *
 * <p>{@link #parse(byte[])} checks the whole structure: TS is 3B or 3F; T0 and each TDi announce exactly the
 * interface bytes that follow; the historical bytes are all there; TCK is present exactly when a protocol other than
 * T=0 is offered; nothing follows; at most 33 bytes. A wrong TCK value is not a parse error (OpenSC does not check
 * it either, {@code docs/card.md §5.1}), but {@link #tckValid()} reports it. Immutable and thread-safe; an ATR is
 * not a secret, so {@link #toString()} shows it.
 *
 * @since 0.1.0
 */
public final class Atr {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** The longest ATR ISO/IEC 7816-3 allows: TS and 32 more bytes. */
    public static final int MAX_LENGTH = 33;

    private final byte[] bytes;
    private final List<InterfaceBytes> interfaceBytes;
    private final int historicalOffset;
    private final int historicalLength;
    private final boolean hasTck;

    private Atr(
            byte[] bytes,
            List<InterfaceBytes> interfaceBytes,
            int historicalOffset,
            int historicalLength,
            boolean hasTck) {
        this.bytes = bytes;
        this.interfaceBytes = interfaceBytes;
        this.historicalOffset = historicalOffset;
        this.historicalLength = historicalLength;
        this.hasTck = hasTck;
    }

    /**
     * Parses an ATR.
     *
     * @param atr the ATR bytes as the reader reports them
     * @return the parsed ATR
     * @throws MalformedAtrException if the bytes break the ISO/IEC 7816-3 structure
     */
    public static Atr parse(byte[] atr) {
        if (atr.length == 0) {
            throw new MalformedAtrException(0, "the ATR is empty; expected TS (3B or 3F)");
        }
        if (atr.length > MAX_LENGTH) {
            throw new MalformedAtrException(
                    MAX_LENGTH, "the ATR is " + atr.length + " bytes; at most " + MAX_LENGTH + " are allowed");
        }
        int ts = atr[0] & 0xFF;
        if (ts != 0x3B && ts != 0x3F) {
            throw new MalformedAtrException(
                    0, "TS is " + HEX.toHexDigits((byte) ts) + "; expected 3B (direct) or 3F (inverse)");
        }
        int pos = 1;
        int t0 = byteAt(atr, pos++, "T0");
        int historical = t0 & 0x0F;
        int presence = t0 >>> 4;
        boolean otherThanT0 = false;
        List<InterfaceBytes> groups = new ArrayList<>();
        int group = 1;
        while (true) {
            OptionalInt ta = OptionalInt.empty();
            OptionalInt tb = OptionalInt.empty();
            OptionalInt tc = OptionalInt.empty();
            OptionalInt td = OptionalInt.empty();
            if ((presence & 0x1) != 0) {
                ta = OptionalInt.of(byteAt(atr, pos++, "TA" + group));
            }
            if ((presence & 0x2) != 0) {
                tb = OptionalInt.of(byteAt(atr, pos++, "TB" + group));
            }
            if ((presence & 0x4) != 0) {
                tc = OptionalInt.of(byteAt(atr, pos++, "TC" + group));
            }
            if ((presence & 0x8) != 0) {
                int value = byteAt(atr, pos++, "TD" + group);
                td = OptionalInt.of(value);
                otherThanT0 |= (value & 0x0F) != 0;
                presence = value >>> 4;
            } else {
                presence = 0;
            }
            if (ta.isPresent() || tb.isPresent() || tc.isPresent() || td.isPresent() || group == 1) {
                groups.add(new InterfaceBytes(ta, tb, tc, td));
            }
            if (td.isEmpty()) {
                break;
            }
            group++;
        }
        int historicalOffset = pos;
        if (atr.length < pos + historical) {
            throw new MalformedAtrException(
                    atr.length,
                    "T0 announces " + historical + " historical bytes but only " + (atr.length - pos)
                            + " follow the interface bytes");
        }
        pos += historical;
        if (otherThanT0) {
            byteAt(atr, pos++, "TCK (required because a protocol other than T=0 is offered)");
        }
        if (pos != atr.length) {
            throw new MalformedAtrException(pos, (atr.length - pos) + " bytes follow the end of the ATR structure");
        }
        return new Atr(atr.clone(), Collections.unmodifiableList(groups), historicalOffset, historical, otherThanT0);
    }

    /**
     * Parses an ATR written in hexadecimal (spaces and colons allowed).
     *
     * @param hex the ATR as text, e.g. {@code "3B FF 18 00 ..."}
     * @return the parsed ATR
     * @throws MalformedAtrException if the text is not hexadecimal or the bytes break the structure
     */
    public static Atr parse(String hex) {
        byte[] bytes;
        try {
            bytes = HEX.parseHex(hex.replaceAll("[\\s:]", ""));
        } catch (IllegalArgumentException e) {
            throw new MalformedAtrException(0, "the text is not hexadecimal: " + e.getMessage());
        }
        return parse(bytes);
    }

    private static int byteAt(byte[] atr, int pos, String name) {
        if (pos >= atr.length) {
            throw new MalformedAtrException(pos, "the ATR ends where " + name + " is announced");
        }
        return atr[pos] & 0xFF;
    }

    /**
     * Returns a copy of the ATR bytes.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the format byte T0.
     *
     * @return T0: the presence of TA1..TD1 in the high nibble, the number of historical bytes in the low one
     */
    public int t0() {
        return bytes[1] & 0xFF;
    }

    /**
     * Returns the interface byte groups in order; group 1 (TA1..TD1) is always present, possibly empty.
     *
     * @return the groups, index 0 being group 1
     */
    public List<InterfaceBytes> interfaceBytes() {
        return interfaceBytes;
    }

    /**
     * Returns TDi.
     *
     * @param i the group number, from 1
     * @return TDi, or empty if that group or its TD is absent
     */
    public OptionalInt td(int i) {
        return i >= 1 && i <= interfaceBytes.size() ? interfaceBytes.get(i - 1).td() : OptionalInt.empty();
    }

    /**
     * Returns a copy of the historical bytes (<i>caratteri storici</i>), where a CNS card says what it is.
     *
     * @return T1..TK
     */
    public byte[] historicalBytes() {
        return Arrays.copyOfRange(bytes, historicalOffset, historicalOffset + historicalLength);
    }

    /**
     * Returns historical byte Hn (1-based, as {@code docs/card.md §5} numbers them).
     *
     * @param n the 1-based index
     * @return Hn, or empty when there are fewer historical bytes
     */
    public OptionalInt historicalByte(int n) {
        return n >= 1 && n <= historicalLength
                ? OptionalInt.of(bytes[historicalOffset + n - 1] & 0xFF)
                : OptionalInt.empty();
    }

    /**
     * Returns how many historical bytes there are.
     *
     * @return K, 0 to 15
     */
    public int historicalLength() {
        return historicalLength;
    }

    /**
     * Returns the transmission protocols the card offers, from the TDi bytes; T=0 when no TD1 is present.
     *
     * @return e.g. {@code [1]} for a CNS card (T=1), in ascending order
     */
    public Set<Integer> protocols() {
        Set<Integer> protocols = new TreeSet<>();
        for (InterfaceBytes group : interfaceBytes) {
            group.td().ifPresent(td -> protocols.add(td & 0x0F));
        }
        if (protocols.isEmpty()) {
            protocols.add(0);
        }
        protocols.remove(15); // T=15 is not a protocol but global interface bytes.
        return Collections.unmodifiableSet(protocols);
    }

    /**
     * Returns the check byte TCK.
     *
     * @return TCK, or empty when only T=0 is offered
     */
    public OptionalInt tck() {
        return hasTck ? OptionalInt.of(bytes[bytes.length - 1] & 0xFF) : OptionalInt.empty();
    }

    /**
     * Tells whether TCK is right: the XOR of T0 to TCK is 0. Readers and pcscd expect a right TCK; OpenSC does not
     * check it.
     *
     * @return {@code true} if TCK is right or absent
     */
    public boolean tckValid() {
        if (!hasTck) {
            return true;
        }
        int xor = 0;
        for (int i = 1; i < bytes.length; i++) {
            xor ^= bytes[i];
        }
        return (xor & 0xFF) == 0;
    }

    /**
     * Compares the ATR bytes.
     *
     * @param o another object
     * @return {@code true} for the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Atr other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * Returns the ATR in hexadecimal.
     *
     * @return e.g. {@code "3BFF1800008131FE45006B11050700011101434E531131807B"}
     */
    @Override
    public String toString() {
        return HEX.formatHex(bytes);
    }
}
