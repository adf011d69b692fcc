package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value of the audit chain (<i>impronta</i>): the hash of an entry, or the previous-entry hash it links
 * to. Written as 64 lower-case hex digits. Not a secret. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditHash {

    /** Length of a SHA-256 value in bytes. */
    public static final int LENGTH = 32;

    /** The all-zero value that the first entry of a chain links to. */
    public static final AuditHash ZERO = new AuditHash(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private AuditHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps a copy of 32 bytes.
     *
     * @param bytes the hash value
     * @return the hash
     * @throws InvalidAuditValueException if the array is not 32 bytes long
     */
    public static AuditHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new InvalidAuditValueException(
                    "hash", Reason.SYNTAX, "has " + bytes.length + " bytes; a SHA-256 value has " + LENGTH);
        }
        return new AuditHash(bytes.clone());
    }

    /**
     * Reads 64 lower-case hex digits.
     *
     * @param hex the hex text
     * @return the hash
     * @throws InvalidAuditValueException if the text is not exactly 64 lower-case hex digits
     */
    public static AuditHash parseHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 2 * LENGTH) {
            throw new InvalidAuditValueException(
                    "hash",
                    Reason.SYNTAX,
                    "has " + hex.length() + " characters; expected " + 2 * LENGTH + " lower-case hex digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                throw new InvalidAuditValueException(
                        "hash", Reason.SYNTAX, "character at index " + i + " is not a lower-case hex digit");
            }
        }
        return new AuditHash(HEX.parseHex(hex));
    }

    /**
     * Returns a copy of the 32 bytes.
     *
     * @return the hash value
     */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /**
     * Returns the 64 lower-case hex digits.
     *
     * @return the hex text
     */
    public String toHex() {
        return HEX.formatHex(bytes);
    }

    /** Feeds the bytes to a digest without copying them. */
    void writeTo(MessageDigest digest) {
        digest.update(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditHash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * Returns the hex text.
     *
     * @return the 64 lower-case hex digits
     */
    @Override
    public String toString() {
        return toHex();
    }
}
