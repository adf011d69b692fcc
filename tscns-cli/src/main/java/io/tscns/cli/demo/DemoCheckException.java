package io.tscns.cli.demo;

import io.tscns.core.TscnsException;

/**
 * A demo step saw another outcome than the one it shows (<i>verifica fallita</i>): for example an identification
 * that did not match, or a login that was not refused after the revocation. The message says what was expected and
 * what came; it never holds a secret.
 */
public final class DemoCheckException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was expected and what came
     */
    public DemoCheckException(String message) {
        super(message);
    }

    /**
     * Fails unless a condition holds.
     *
     * @param condition the condition
     * @param message   what was expected and what came, if it does not hold
     * @throws DemoCheckException if the condition does not hold
     */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new DemoCheckException(message);
        }
    }
}
