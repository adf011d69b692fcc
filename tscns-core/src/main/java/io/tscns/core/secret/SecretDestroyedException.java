package io.tscns.core.secret;

/**
 * Thrown when a secret value (a code or a half of a code) is used after {@code destroy()} wiped it. This is a
 * programming error in the caller: a wiped value must not be read again.
 *
 * @since 0.1.0
 */
public final class SecretDestroyedException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what what was used, e.g. "PIN" or "PUK remote half"
     */
    public SecretDestroyedException(String what) {
        super("the " + what + " has been destroyed and can no longer be used");
    }
}
