package io.tscns.cms.client;

import io.tscns.core.TscnsException;

/**
 * Operator credentials or trust material could not be loaded: a key store that does not open, a PEM file without a
 * private key or certificate, a key that does not match its certificate. The message names the file or the part,
 * never a password or key material.
 *
 * @since 0.1.0
 */
public final class InvalidCredentialsException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong, without secrets
     */
    public InvalidCredentialsException(String message) {
        super(message);
    }
}
