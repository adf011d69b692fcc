package io.tscns.core.secret;

/**
 * The leading characters of a code, handed to the holder at the counter on the printed summary of the operation
 * (<i>prima parte</i>; Tuscany operating manual v2.0, §10.1, step 12: "la stampa riepilogativa … comprensiva della
 * prima parte del PIN e del PUK").
 *
 * <p>Thread-safe. See {@link CodeHalf} for how the value is kept secret.
 *
 * @since 0.1.0
 */
public final class CounterHalf extends CodeHalf {

    CounterHalf(CodeKind kind, CodeFormat format, byte[] owned) {
        super(kind, format, HalfRole.COUNTER, owned);
    }

    /**
     * Returns a copy of the characters so that the Card Management System can print them on the counter receipt or
     * show them to the holder. This is the only way out for the value; the caller owns the copy and must wipe it
     * once printed.
     *
     * @return a new array with the characters
     * @throws SecretDestroyedException if the half has been destroyed
     */
    public char[] revealForReceipt() {
        return reveal();
    }
}
