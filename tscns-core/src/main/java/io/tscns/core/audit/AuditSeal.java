package io.tscns.core.audit;

import io.tscns.core.audit.InvalidAuditValueException.Reason;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The seal of an audit entry (<i>sigillo</i>): a versioned protect string
 * {@code <version>:<algorithm>:<key id>:<mac>}, for example {@code v1:HMAC-SHA256:cms-2026:3f…}. The version and
 * algorithm let the format evolve and the key id lets keys roll over without invalidating older entries: a
 * verifier picks the key by id from its {@link AuditKeyRing}. The idea follows EJBCA's protected audit rows
 * ({@code docs/prior-art.md §6}); the format is tscns's own.
 *
 * <p>This type checks syntax only, so that an entry sealed by a newer version can still be read and reported as
 * unsupported by an older verifier rather than rejected as garbage. {@value #VERSION}/{@value #ALGORITHM} with a
 * 32-byte MAC is what this version writes and verifies. Not a secret. Immutable and thread-safe.
 *
 * @param version   {@code v} followed by 1 to 3 digits, not starting with 0
 * @param algorithm 1 to 32 upper-case ASCII letters, digits and {@code -}, starting with a letter or digit
 * @param keyId     the id of the key, with the syntax of {@link AuditKey#keyId()}
 * @param mac       the MAC or signature: 2 to 256 lower-case hex digits, an even number
 * @since 0.1.0
 */
public record AuditSeal(String version, String algorithm, String keyId, String mac) {

    /** The protect-string version this library writes. */
    public static final String VERSION = "v1";
    /** The algorithm this library writes. */
    public static final String ALGORITHM = "HMAC-SHA256";
    /** Longest protect string: version, algorithm, key id, MAC and separators. */
    public static final int MAX_LENGTH = 4 + 1 + 32 + 1 + AuditText.MAX_CODE_LENGTH + 1 + 256;

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern VERSION_SYNTAX = Pattern.compile("v[1-9][0-9]{0,2}");
    private static final Pattern ALGORITHM_SYNTAX = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
    private static final Pattern MAC_SYNTAX = Pattern.compile("([0-9a-f]{2}){1,128}");

    /**
     * Checks the syntax of every part.
     *
     * @throws InvalidAuditValueException naming the part that is malformed
     */
    public AuditSeal {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(mac, "mac");
        if (!VERSION_SYNTAX.matcher(version).matches()) {
            throw new InvalidAuditValueException(
                    "seal.version", Reason.SYNTAX, "expected 'v' and 1 to 3 digits, not starting with 0");
        }
        if (!ALGORITHM_SYNTAX.matcher(algorithm).matches()) {
            throw new InvalidAuditValueException(
                    "seal.algorithm", Reason.SYNTAX, "expected 1 to 32 upper-case ASCII letters, digits and '-'");
        }
        AuditText.code("seal.keyId", keyId);
        if (!MAC_SYNTAX.matcher(mac).matches()) {
            throw new InvalidAuditValueException(
                    "seal.mac", Reason.SYNTAX, "expected 2 to 256 lower-case hex digits, an even number");
        }
    }

    /**
     * Reads a protect string.
     *
     * @param text the protect string
     * @return the seal
     * @throws InvalidAuditValueException if the text is not four parts separated by {@code :}, or a part is
     *                                    malformed
     */
    public static AuditSeal parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw new InvalidAuditValueException(
                    "seal",
                    Reason.TOO_LONG,
                    "has " + text.length() + " characters; at most " + MAX_LENGTH + " allowed");
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 4) {
            throw new InvalidAuditValueException(
                    "seal", Reason.SYNTAX, "expected version:algorithm:keyId:mac, found " + parts.length + " parts");
        }
        return new AuditSeal(parts[0], parts[1], parts[2], parts[3]);
    }

    /** Makes the seal this version writes. */
    static AuditSeal current(String keyId, byte[] mac) {
        return new AuditSeal(VERSION, ALGORITHM, keyId, HEX.formatHex(mac));
    }

    /** Tells whether this version of the library can verify the seal. */
    boolean isSupported() {
        return VERSION.equals(version) && ALGORITHM.equals(algorithm);
    }

    /** Returns the text that precedes the MAC, which the MAC also covers: {@code version:algorithm:keyId:}. */
    String protectedPrefix() {
        return prefix(version, algorithm, keyId);
    }

    /** Returns the prefix of a seal this version writes with the given key. */
    static String currentPrefix(String keyId) {
        return prefix(VERSION, ALGORITHM, keyId);
    }

    private static String prefix(String version, String algorithm, String keyId) {
        return version + ":" + algorithm + ":" + keyId + ":";
    }

    /** Returns the MAC bytes. */
    byte[] macBytes() {
        return HEX.parseHex(mac);
    }

    /**
     * Returns the protect string.
     *
     * @return {@code version:algorithm:keyId:mac}
     */
    @Override
    public String toString() {
        return protectedPrefix() + mac;
    }
}
