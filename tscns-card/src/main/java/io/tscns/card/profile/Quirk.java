package io.tscns.card.profile;

import java.util.Set;

/**
 * One adaptation a {@link ProfileRule} applies to a card batch (<i>particolarità</i>). Quirks are data: a new card
 * batch is a rule listing them and a test vector, not new code.
 *
 * @since 0.1.0
 */
public sealed interface Quirk {

    /**
     * Applies this quirk.
     *
     * @param quirks the quirks so far
     * @return the quirks with this one applied
     */
    Quirks applyTo(Quirks quirks);

    /**
     * ORs bits into the PIN and PUK references: STIncard masks need 0x80, so the PIN is 90 and the PUK 91
     * ({@code docs/card.md §4.2}, "STIncard rule").
     *
     * @param bits the bits to set
     */
    record ReferenceBits(int bits) implements Quirk {
        @Override
        public Quirks applyTo(Quirks quirks) {
            return quirks.withReferenceBits(bits);
        }
    }

    /**
     * Sets the RSA key sizes the batch is known to carry.
     *
     * @param bits the modulus sizes in bits
     */
    record KeySizes(Set<Integer> bits) implements Quirk {
        /**
         * Copies the set.
         */
        public KeySizes {
            bits = Set.copyOf(bits);
        }

        @Override
        public Quirks applyTo(Quirks quirks) {
            return quirks.withKeySizes(bits);
        }
    }

    /**
     * Says whether the card accepts extended-length APDUs.
     *
     * @param supported {@code true} if it does
     */
    record ExtendedLength(boolean supported) implements Quirk {
        @Override
        public Quirks applyTo(Quirks quirks) {
            return quirks.withExtendedLength(supported);
        }
    }

    /**
     * Sets how the authentication key signs.
     *
     * @param method the signing method
     */
    record Signing(SigningMethod method) implements Quirk {
        @Override
        public Quirks applyTo(Quirks quirks) {
            return quirks.withSigningMethod(method);
        }
    }

    /**
     * Limits how many random bytes one GET CHALLENGE may ask for.
     *
     * @param maxLength the limit, 1 to 256
     */
    record ChallengeLimit(int maxLength) implements Quirk {
        @Override
        public Quirks applyTo(Quirks quirks) {
            return quirks.withMaxChallengeLength(maxLength);
        }
    }
}
