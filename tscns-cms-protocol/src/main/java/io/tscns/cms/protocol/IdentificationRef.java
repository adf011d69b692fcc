package io.tscns.cms.protocol;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The reference of a successful card identification (<i>riferimento del riconoscimento</i>, Toscana manual v2.0
 * §10.1 steps 4–5): returned by {@code POST /cards/identify} with a {@code MATCH}, and carried by the activation,
 * reprint and consents requests of that card, which the CMS refuses ({@code identification-required}) unless the
 * reference is its own, of that card, made by the same operator and still fresh ({@code docs/cms.md §9.5}).
 *
 * <p>An opaque, unguessable token: 16 random bytes, Base64url without padding (22 characters). It opens nothing to
 * another operator, but it is kept out of logs all the same: {@link #toString()} does not show it. Immutable.
 *
 * @param value the token, 22 to 64 characters of the Base64url alphabet
 * @since 0.1.0
 */
public record IdentificationRef(String value) {

    /** Shortest reference accepted, in characters. */
    public static final int MIN_LENGTH = 22;
    /** Longest reference accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    private static final int RANDOM_BYTES = 16;

    /** Checks the token. */
    public IdentificationRef {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH
                || value.length() > MAX_LENGTH
                || !value.chars().allMatch(IdentificationRef::base64Url)) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("identificationRef"));
        }
    }

    /**
     * Reads a reference from its text.
     *
     * @param text the token
     * @return the reference
     * @throws CmsProtocolException if the text is not 22 to 64 Base64url characters
     */
    public static IdentificationRef parse(String text) {
        return new IdentificationRef(text);
    }

    /**
     * Draws a new reference.
     *
     * @param random the source of randomness
     * @return a reference of 16 random bytes
     */
    public static IdentificationRef random(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new IdentificationRef(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    private static boolean base64Url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    @Override
    public String toString() {
        return "IdentificationRef[…]";
    }
}
