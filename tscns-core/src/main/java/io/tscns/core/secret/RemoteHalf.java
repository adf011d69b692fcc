package io.tscns.core.secret;

/**
 * The remaining characters of a code, sent to the holder by e-mail or SMS through a {@link RemoteChannel}
 * (<i>seconda parte</i>; Tuscany operating manual v2.0, §9.1.4: "la seconda parte verrà spedita ad un indirizzo e-mail
 * … o attraverso SMS").
 *
 * <p>Thread-safe. See {@link CodeHalf} for how the value is kept secret.
 *
 * @since 0.1.0
 */
public final class RemoteHalf extends CodeHalf {

    RemoteHalf(CodeKind kind, CodeFormat format, byte[] owned) {
        super(kind, format, HalfRole.REMOTE, owned);
    }

    /**
     * Returns a copy of the characters so that the Card Management System can put them in the e-mail or SMS. This is
     * the only way out for the value; the caller owns the copy and must wipe it once the message is built.
     *
     * @return a new array with the characters
     * @throws SecretDestroyedException if the half has been destroyed
     */
    public char[] revealForSending() {
        return reveal();
    }
}
