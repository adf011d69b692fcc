package io.tscns.cms.sandbox.internal.store;

import io.tscns.core.TscnsException;

/**
 * Thrown when the sandbox CMS database fails (cannot be opened, a statement fails). The HTTP layer answers it as
 * {@code internal-error} without details; the message never holds personal data or a secret.
 */
public final class SandboxStoreException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause   the JDBC or I/O failure
     */
    public SandboxStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
