package io.tscns.card.profile;

import java.util.Set;
import java.util.TreeSet;

/**
 * The behaviour of a card batch that the SDK must adapt to (<i>particolarità del lotto di carte</i>): PIN and PUK
 * references, the authentication key and security environment, key sizes, extended length, signing method and the
 * GET CHALLENGE limit. Built from {@link #CNS_DEFAULTS} by the {@link Quirk}s of every {@link ProfileRule} that
 * matches the ATR. Immutable.
 *
 * @param pinReference        the PIN reference sent in P2 of VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER
 * @param pukReference        the PUK reference, used to ask the PUK's retry counter
 * @param keyReference        the authentication private key reference (<i>CNS0</i>)
 * @param securityEnvironment the security environment restored before MSE SET
 * @param keySizes            the RSA modulus sizes in bits this batch is known to carry
 * @param extendedLength      whether the card accepts extended-length APDUs
 * @param signingMethod       how the authentication key signs
 * @param maxChallengeLength  the most random bytes one GET CHALLENGE may ask for
 * @since 0.1.0
 */
public record Quirks(
        int pinReference,
        int pukReference,
        int keyReference,
        int securityEnvironment,
        Set<Integer> keySizes,
        boolean extendedLength,
        SigningMethod signingMethod,
        int maxChallengeLength) {

    /**
     * What every CNS gets before batch rules apply ({@code docs/card.md §4.2, §4.3, §5.1}): PIN 10, PUK 11, key 01,
     * security environment 03, RSA-1024, short APDUs, the raw-RSA signing path OpenSC uses, GET CHALLENGE up to 255
     * bytes.
     */
    public static final Quirks CNS_DEFAULTS =
            new Quirks(0x10, 0x11, 0x01, 0x03, Set.of(1024), false, SigningMethod.RAW_RSA_DECIPHER, 255);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a reference is not a byte, no key size is given, or the challenge limit is
     *                                  outside 1 to 256
     */
    public Quirks {
        checkByte("pinReference", pinReference);
        checkByte("pukReference", pukReference);
        checkByte("keyReference", keyReference);
        checkByte("securityEnvironment", securityEnvironment);
        keySizes = Set.copyOf(keySizes);
        if (keySizes.isEmpty() || keySizes.stream().anyMatch(bits -> bits < 512 || bits > 4096 || bits % 8 != 0)) {
            throw new IllegalArgumentException("key sizes must be multiples of 8 bits from 512 to 4096");
        }
        if (maxChallengeLength < 1 || maxChallengeLength > 256) {
            throw new IllegalArgumentException("maxChallengeLength is " + maxChallengeLength + "; expected 1 to 256");
        }
        java.util.Objects.requireNonNull(signingMethod, "signingMethod");
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " is " + value + "; expected 0 to 255");
        }
    }

    Quirks withReferenceBits(int bits) {
        return new Quirks(
                pinReference | bits,
                pukReference | bits,
                keyReference,
                securityEnvironment,
                keySizes,
                extendedLength,
                signingMethod,
                maxChallengeLength);
    }

    Quirks withKeySizes(Set<Integer> sizes) {
        return new Quirks(
                pinReference,
                pukReference,
                keyReference,
                securityEnvironment,
                sizes,
                extendedLength,
                signingMethod,
                maxChallengeLength);
    }

    Quirks withExtendedLength(boolean supported) {
        return new Quirks(
                pinReference,
                pukReference,
                keyReference,
                securityEnvironment,
                keySizes,
                supported,
                signingMethod,
                maxChallengeLength);
    }

    Quirks withSigningMethod(SigningMethod method) {
        return new Quirks(
                pinReference,
                pukReference,
                keyReference,
                securityEnvironment,
                keySizes,
                extendedLength,
                method,
                maxChallengeLength);
    }

    Quirks withMaxChallengeLength(int max) {
        return new Quirks(
                pinReference,
                pukReference,
                keyReference,
                securityEnvironment,
                keySizes,
                extendedLength,
                signingMethod,
                max);
    }

    /**
     * Returns the key sizes in ascending order, for display.
     *
     * @return e.g. {@code [1024, 2048]}
     */
    public Set<Integer> keySizesAscending() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(keySizes));
    }
}
