package io.tscns.card.apdu;

import io.tscns.core.TscnsException;

/**
 * Thrown when bytes are not a well-formed command or response APDU (ISO/IEC 7816-4 §5.1): too short, a length field
 * that disagrees with the bytes present, or a value out of range. The message says which rule failed; it never
 * contains the APDU's data bytes, which may be a PIN.
 *
 * @since 0.1.0
 */
public final class MalformedApduException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which rule the bytes broke
     */
    public MalformedApduException(String message) {
        super(message);
    }
}
