package io.tscns.card.fs;

import io.tscns.core.TscnsException;

/**
 * Thrown when a file identifier or path is not valid (<i>percorso non valido</i>): not hexadecimal, not two bytes
 * per identifier, not starting at the MF, or naming the MF again inside the path. The message says which part.
 *
 * @since 0.1.0
 */
public final class InvalidCardPathException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the path
     */
    public InvalidCardPathException(String message) {
        super(message);
    }
}
