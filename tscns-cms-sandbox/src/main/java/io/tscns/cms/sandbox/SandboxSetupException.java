package io.tscns.cms.sandbox;

import io.tscns.core.TscnsException;

/**
 * The sandbox refuses to start on a data directory (<i>avvio rifiutato</i>): a file holding its keys, a token or an
 * operator's credentials, or the directory itself, can be read by other users of the machine, or is not a file the
 * sandbox wrote. The message names the file and what to do (e.g. {@code chmod 600}); never a secret.
 *
 * @since 0.1.0
 */
public final class SandboxSetupException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and what to do
     */
    public SandboxSetupException(String message) {
        super(message);
    }
}
