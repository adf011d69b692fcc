package io.tscns.card.profile;

import io.tscns.core.TscnsException;

/**
 * Thrown when bytes are not a well-formed Answer To Reset (<i>risposta al reset</i>, ISO/IEC 7816-3 §8): a wrong
 * TS byte, interface or historical bytes missing, extra bytes after the structure, or more than 33 bytes. The
 * message names the byte position (0-based) and what was expected there.
 *
 * @since 0.1.0
 */
public final class MalformedAtrException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates the exception.
     *
     * @param position the 0-based byte position where the rule broke
     * @param message  what was expected there
     */
    public MalformedAtrException(int position, String message) {
        super("malformed ATR at byte " + position + ": " + message);
        this.position = position;
    }

    /**
     * Returns where the ATR broke the rule.
     *
     * @return the 0-based byte position
     */
    public int position() {
        return position;
    }
}
