package io.tscns.core.secret;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Generates new secret codes for a card release (<i>generazione dei codici</i>), as a Card Management System does
 * at activation or reprint.
 *
 * <p>Each character is drawn uniformly from the format's alphabet with {@link SecureRandom#nextInt(int)} (which is
 * unbiased). A draw that gives a {@linkplain SecretCode#hasTrivialPattern() trivial code} (all characters equal, or
 * an ascending or descending run, wrap-around included) is wiped and drawn again, so every non-trivial code is
 * equally likely. Runs that wrap around the end of the alphabet ({@code 78901}, {@code 21098}) count as trivial:
 * <strong>our choice</strong>, as they are as easy to guess as plain runs (the top row of a keyboard, "counting on"
 * past 9) and rejecting them costs only 20 more codes of each length; 30 of the 10<sup>n</sup> digit codes of
 * length n are rejected in all. After {@value #MAX_ATTEMPTS} trivial draws in a row the generator gives up with
 * {@link CodeGenerationException}: with a real random source that cannot happen (each draw is trivial with
 * probability at most 0.7 %, given {@link CodeFormat#MIN_CODE_SPACE}), so it can only mean a broken source, and
 * looping forever on one would hang the counter.
 *
 * <p>The random source is injected so that tests and simulators can use a seeded one. Thread-safe if the random
 * source is (every {@link SecureRandom} is).
 *
 * @since 0.1.0
 */
public final class CodeGenerator {

    /** Trivial draws in a row after which the random source is declared broken. */
    public static final int MAX_ATTEMPTS = 32;

    /** Length of a generated PIN: the 5 digits of the MEF/Sogei practice ({@code docs/card.md §8}). */
    public static final int DEFAULT_PIN_LENGTH = 5;

    private final SecureRandom random;

    /**
     * Creates a generator over a random source.
     *
     * @param random the random source; production code passes {@code new SecureRandom()} or a
     *               {@code SecureRandom.getInstanceStrong()}
     */
    public CodeGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Generates a PIN of {@value #DEFAULT_PIN_LENGTH} digits.
     *
     * @return a new non-trivial PIN
     * @throws CodeGenerationException if the random source is broken
     */
    public Pin generatePin() {
        return generatePin(DEFAULT_PIN_LENGTH);
    }

    /**
     * Generates a PIN of a given length.
     *
     * @param length 5 to 8
     * @return a new non-trivial PIN
     * @throws InvalidSecretConfigurationException if the length is outside 5–8
     * @throws CodeGenerationException             if the random source is broken
     */
    public Pin generatePin(int length) {
        return Pin.ofChecked(draw(CodeKind.PIN, CodeFormat.PIN, length));
    }

    /**
     * Generates a PUK of 8 digits.
     *
     * @return a new non-trivial PUK
     * @throws CodeGenerationException if the random source is broken
     */
    public Puk generatePuk() {
        return Puk.ofChecked(draw(CodeKind.PUK, CodeFormat.PUK, CodeFormat.PUK.maxLength()));
    }

    /**
     * Generates a CIP in the {@linkplain CodeFormat#DEFAULT_CIP default format}.
     *
     * @return a new non-trivial CIP
     * @throws CodeGenerationException if the random source is broken
     */
    public Cip generateCip() {
        return generateCip(CodeFormat.DEFAULT_CIP, CodeFormat.DEFAULT_CIP.maxLength());
    }

    /**
     * Generates a CIP in the issuer's format.
     *
     * @param format the CIP format
     * @param length a length the format allows
     * @return a new non-trivial CIP
     * @throws InvalidSecretConfigurationException if the format does not allow the length
     * @throws CodeGenerationException             if the random source is broken
     */
    public Cip generateCip(CodeFormat format, int length) {
        Objects.requireNonNull(format, "format");
        return Cip.ofChecked(format, draw(CodeKind.CIP, format, length));
    }

    private byte[] draw(CodeKind kind, CodeFormat format, int length) {
        if (!format.allowsLength(length)) {
            throw new InvalidSecretConfigurationException(new SecretConfigurationProblem.LengthNotInFormat(
                    kind, length, format.minLength(), format.maxLength()));
        }
        String alphabet = format.alphabet();
        byte[] code = new byte[length];
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            for (int i = 0; i < length; i++) {
                code[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            if (!TrivialPatterns.isTrivial(code, format)) {
                return code;
            }
        }
        Arrays.fill(code, (byte) 0);
        throw new CodeGenerationException(kind, MAX_ATTEMPTS);
    }
}
