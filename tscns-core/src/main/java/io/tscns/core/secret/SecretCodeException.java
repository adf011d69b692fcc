package io.tscns.core.secret;

import io.tscns.core.TscnsException;

/**
 * Root of the failures about secret codes (PIN, PUK, CIP) and their split delivery, so a caller can catch them all
 * at once. No subclass ever puts a code, a half of a code or a rejected input in its message.
 */
public abstract class SecretCodeException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong; never contains a secret value
     */
    protected SecretCodeException(String message) {
        super(message);
    }
}
