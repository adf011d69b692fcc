package io.tscns.core.person;

import java.util.Locale;
import java.util.Objects;

/**
 * An Italian tax code (<i>codice fiscale</i>) of a person: either the 16-character
 * {@linkplain PersonalCodiceFiscale personal code} derived from name, sex, birth date and birth place, or the
 * 11-digit {@linkplain TemporaryCodiceFiscale temporary numeric code} given to people whose position is still being
 * regularised.
 *
 * <p>Both appear on TS-CNS cards and in CNS certificates, so code that reads a certificate or a card must accept
 * both; {@link #parse(String)} decides which one a string is.
 *
 * @since 0.1.0
 */
public sealed interface CodiceFiscale permits PersonalCodiceFiscale, TemporaryCodiceFiscale {

    /**
     * Returns the code as written: upper case, no spaces. For an omocodic personal code this is the variant that was
     * presented, not the {@linkplain PersonalCodiceFiscale#baseCode() base code}.
     *
     * @return the code
     */
    String value();

    /**
     * Reads a codice fiscale of either kind. Letters may be in either case and surrounding white space is ignored;
     * the result is upper case.
     *
     * @param text the text to read
     * @return a personal code (16 characters) or a temporary numeric code (11 digits)
     * @throws InvalidCodiceFiscaleException if the text breaks a rule; {@link InvalidCodiceFiscaleException#problem()}
     *                                       says which
     */
    static CodiceFiscale parse(String text) {
        String normalised = normalise(text);
        if (normalised.length() == TemporaryCodiceFiscale.LENGTH) {
            return new TemporaryCodiceFiscale(normalised);
        }
        return new PersonalCodiceFiscale(normalised);
    }

    /**
     * Tells whether a text is a valid codice fiscale of either kind, without throwing.
     *
     * @param text any text, possibly {@code null}
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidCodiceFiscaleException e) {
            return false;
        }
    }

    private static String normalise(String text) {
        Objects.requireNonNull(text, "text");
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
