package io.tscns.card.fs;

import io.tscns.core.TscnsException;

/**
 * Thrown when the answer to SELECT is not a file control information template (<i>FCI/FCP malformato</i>): not a
 * 62, 64 or 6F template, a length that runs past the end, a tag repeated, or a value of the wrong size (a file
 * identifier that is not two bytes). The message names the offset and the tag; it never contains the bytes.
 *
 * @since 0.1.0
 */
public final class MalformedFciException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public MalformedFciException(String message) {
        super(message);
    }
}
