package io.tscns.core.secret;

import java.util.Arrays;
import java.util.Objects;

/**
 * The format of a secret code: its allowed lengths and its alphabet (<i>formato del codice</i>).
 *
 * <ul>
 *   <li>{@link #PIN}: 5 to 8 ASCII digits — what the card accepts ({@code docs/card.md §8}: "ASCII digits, minimum 5,
 *       maximum 8, padded to 8 bytes with FF").</li>
 *   <li>{@link #PUK}: 8 ASCII digits ({@code docs/cms.md §2.1}, generic CNS PUK and the Lombardy 2 + 6
 *       delivery).</li>
 *   <li>{@link #DEFAULT_CIP}: 8 ASCII digits. <strong>This is our choice, not a source's</strong>: no public source
 *       states the CIP's length or alphabet ({@code docs/card.md §8}, {@code docs/cms.md §2.1}). Digits because the
 *       holder reads the CIP out to a call centre (Tuscany manual v2.0, §8.2) and types it on phone keypads; eight
 *       because it matches the PUK, gives 10<sup>8</sup> codes, and splits 2 + 6 like the PUK. A region that uses
 *       another format configures it with {@link #of(int, int, String)}.</li>
 * </ul>
 *
 * <p>The alphabet is an ordered string of distinct printable ASCII characters; its order defines what "ascending"
 * and "descending" mean for {@linkplain SecretCode#hasTrivialPattern() trivial codes}. Every format must allow at
 * least {@value #MIN_CODE_SPACE} codes of its shortest length, so that guessing stays impractical and generation
 * always finds a non-trivial code quickly.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CodeFormat {

    /** The ten ASCII digits in ascending order. */
    public static final String DIGITS = "0123456789";

    /** Longest code any format may allow. Bounds every buffer that holds a code. */
    public static final int MAX_LENGTH = 16;

    /** Fewest distinct codes of its shortest length a format must allow. */
    public static final int MIN_CODE_SPACE = 10_000;

    /** The PIN the card accepts: 5 to 8 ASCII digits. */
    public static final CodeFormat PIN = new CodeFormat(5, 8, DIGITS);

    /** The PUK: 8 ASCII digits. */
    public static final CodeFormat PUK = new CodeFormat(8, 8, DIGITS);

    /** Our default CIP format: 8 ASCII digits (see the class comment for why). */
    public static final CodeFormat DEFAULT_CIP = new CodeFormat(8, 8, DIGITS);

    private static final int ASCII = 128;

    private final int minLength;
    private final int maxLength;
    private final String alphabet;
    /** Index of each ASCII character in the alphabet, or -1; a table so membership does not depend on the value. */
    private final byte[] indexOf;

    private CodeFormat(int minLength, int maxLength, String alphabet) {
        Objects.requireNonNull(alphabet, "alphabet");
        if (minLength < 1 || maxLength > MAX_LENGTH || minLength > maxLength) {
            throw new InvalidSecretConfigurationException(
                    new SecretConfigurationProblem.LengthsOutOfRange(minLength, maxLength));
        }
        if (alphabet.length() < 2 || alphabet.length() > 94) {
            throw new InvalidSecretConfigurationException(
                    new SecretConfigurationProblem.AlphabetSizeOutOfRange(alphabet.length()));
        }
        byte[] table = new byte[ASCII];
        Arrays.fill(table, (byte) -1);
        for (int i = 0; i < alphabet.length(); i++) {
            char c = alphabet.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new InvalidSecretConfigurationException(
                        new SecretConfigurationProblem.AlphabetCharacterNotAllowed(i + 1));
            }
            if (table[c] >= 0) {
                throw new InvalidSecretConfigurationException(
                        new SecretConfigurationProblem.AlphabetRepeatsCharacter(i + 1));
            }
            table[c] = (byte) i;
        }
        if (!hasEnoughCodes(alphabet.length(), minLength)) {
            throw new InvalidSecretConfigurationException(
                    new SecretConfigurationProblem.TooFewCodes(alphabet.length(), minLength));
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.alphabet = alphabet;
        this.indexOf = table;
    }

    private static boolean hasEnoughCodes(int alphabetSize, int length) {
        long codes = 1;
        for (int i = 0; i < length && codes < MIN_CODE_SPACE; i++) {
            codes *= alphabetSize;
        }
        return codes >= MIN_CODE_SPACE;
    }

    /**
     * Creates a format.
     *
     * @param minLength the shortest allowed length, at least 1
     * @param maxLength the longest allowed length, at most {@value #MAX_LENGTH}
     * @param alphabet  the allowed characters in their natural order: 2 to 94 distinct printable ASCII characters,
     *                  no space
     * @return the format
     * @throws InvalidSecretConfigurationException if a rule above is broken, or the format allows fewer than
     *                                             {@value #MIN_CODE_SPACE} codes of length {@code minLength}
     */
    public static CodeFormat of(int minLength, int maxLength, String alphabet) {
        return new CodeFormat(minLength, maxLength, alphabet);
    }

    /**
     * Creates a format of ASCII digits with one fixed length, e.g. a regional CIP of 10 digits.
     *
     * @param length the length, 4 to {@value #MAX_LENGTH}
     * @return the format
     * @throws InvalidSecretConfigurationException if the length is outside that range
     */
    public static CodeFormat digits(int length) {
        return new CodeFormat(length, length, DIGITS);
    }

    /**
     * Returns the format of a kind of code: {@link #PIN}, {@link #PUK} or {@link #DEFAULT_CIP}.
     *
     * @param kind the kind of code
     * @return its format (for the CIP, the default one)
     */
    public static CodeFormat defaultFor(CodeKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PIN -> PIN;
            case PUK -> PUK;
            case CIP -> DEFAULT_CIP;
        };
    }

    /**
     * Returns the shortest allowed length.
     *
     * @return the minimum length
     */
    public int minLength() {
        return minLength;
    }

    /**
     * Returns the longest allowed length.
     *
     * @return the maximum length
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Returns the allowed characters in their natural order.
     *
     * @return the alphabet
     */
    public String alphabet() {
        return alphabet;
    }

    /**
     * Tells whether a length is allowed.
     *
     * @param length a length
     * @return {@code true} if {@code minLength <= length <= maxLength}
     */
    public boolean allowsLength(int length) {
        return length >= minLength && length <= maxLength;
    }

    /**
     * Tells whether a character is in the alphabet. Takes the same time for every character.
     *
     * @param c a character
     * @return {@code true} if the format allows it
     */
    public boolean allows(char c) {
        return indexOf(c) >= 0;
    }

    /** Position of the character in the alphabet, or -1 if it is not in it. */
    int indexOf(int c) {
        return c >= 0 && c < ASCII ? indexOf[c] : -1;
    }

    /** What the alphabet allows, for error messages. */
    String describeAlphabet() {
        return DIGITS.equals(alphabet)
                ? "a digit 0-9"
                : "one of the " + alphabet.length() + " characters of the " + "format's alphabet";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeFormat other
                && minLength == other.minLength
                && maxLength == other.maxLength
                && alphabet.equals(other.alphabet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minLength, maxLength, alphabet);
    }

    @Override
    public String toString() {
        String lengths = minLength == maxLength ? String.valueOf(minLength) : minLength + "-" + maxLength;
        return "CodeFormat[" + lengths + " characters of \"" + alphabet + "\"]";
    }
}
