package io.tscns.card.generation;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An application identifier (<i>AID</i>, ISO/IEC 7816-4 §8.2.1.2; 5 to 16 bytes): the name a card application is
 * selected by ({@code SELECT} with P1 = 04). Applet-based CNS generations are recognised and opened by it
 * ({@code docs/card.md §10}). Immutable: the bytes are copied in and out.
 *
 * @param bytes the identifier
 * @since 0.1.0
 */
public record ApplicationId(byte[] bytes) {

    /** The shortest AID: a 5-byte registered application provider identifier. */
    public static final int MIN_LENGTH = 5;
    /** The longest AID. */
    public static final int MAX_LENGTH = 16;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * Checks the length and copies the bytes.
     *
     * @throws IllegalArgumentException if the identifier is not 5 to 16 bytes long
     */
    public ApplicationId {
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "an AID is " + MIN_LENGTH + " to " + MAX_LENGTH + " bytes; got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /**
     * Reads an AID written in hexadecimal; spaces are ignored.
     *
     * @param hex e.g. {@code "A0 00 00 00 95 01 00 4D"}
     * @return the AID
     * @throws IllegalArgumentException if the text is not 5 to 16 bytes of hexadecimal
     */
    public static ApplicationId parse(String hex) {
        return new ApplicationId(HEX.parseHex(hex.replace(" ", "")));
    }

    /**
     * Returns the identifier.
     *
     * @return a copy of the bytes
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * Returns the identifier in upper-case hexadecimal.
     *
     * @return e.g. {@code "A00000009501004D"}
     */
    @Override
    public String toString() {
        return HEX.formatHex(bytes);
    }
}
