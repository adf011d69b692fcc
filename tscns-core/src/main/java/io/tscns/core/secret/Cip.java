package io.tscns.core.secret;

import java.nio.CharBuffer;
import java.util.Objects;

/**
 * The CIP of a TS-CNS holder (<i>Codice Identificativo Personale</i>, also <i>codice utente</i>): the code the holder
 * or a delegate gives to ask for revocation of the card, at the counter or through the call centre, together with
 * the codice fiscale (Tuscany operating manual v2.0, §3.2.10 and §8.2). It never goes to the card.
 *
 * <p>Its format is the issuer's: no public source gives it, so it is configurable ({@link CodeFormat}); the default
 * {@link CodeFormat#DEFAULT_CIP} (8 digits) is our choice, explained there. A CIP remembers its format.
 *
 * <p>See {@link SecretValue} for how the value is kept secret. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Cip extends SecretCode {

    private Cip(CodeFormat format, byte[] owned) {
        super(CodeKind.CIP, format, owned);
    }

    /** Wraps characters already checked against {@code format}; takes ownership. */
    static Cip ofChecked(CodeFormat format, byte[] owned) {
        return new Cip(format, owned);
    }

    /**
     * Reads a CIP in the {@linkplain CodeFormat#DEFAULT_CIP default format}. The caller keeps its array and should
     * wipe it.
     *
     * @param text the characters
     * @return the CIP
     * @throws InvalidSecretCodeException listing every problem
     */
    public static Cip parse(char[] text) {
        return parse(text, CodeFormat.DEFAULT_CIP);
    }

    /**
     * Reads a CIP in a given format. The caller keeps its array and should wipe it.
     *
     * @param text   the characters
     * @param format the issuer's CIP format
     * @return the CIP
     * @throws InvalidSecretCodeException listing every problem
     */
    public static Cip parse(char[] text, CodeFormat format) {
        return parse(CharBuffer.wrap(text), format);
    }

    /**
     * Reads a CIP in a given format from any character sequence. Prefer {@link #parse(char[], CodeFormat)}: a
     * {@code String} cannot be wiped.
     *
     * @param text   the characters
     * @param format the issuer's CIP format
     * @return the CIP
     * @throws InvalidSecretCodeException listing every problem
     */
    public static Cip parse(CharSequence text, CodeFormat format) {
        Objects.requireNonNull(format, "format");
        return new Cip(format, CodeParser.parse(CodeKind.CIP, format, text));
    }
}
