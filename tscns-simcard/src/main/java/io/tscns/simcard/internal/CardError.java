package io.tscns.simcard.internal;

import io.tscns.core.TscnsException;
import java.util.HexFormat;

/**
 * A command the simulated card refuses, carrying the status word it answers. Command handlers throw it from any
 * depth; the command processor turns it into the response. It never leaves the card engine.
 */
public final class CardError extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final int sw;

    /**
     * Creates the error.
     *
     * @param sw the status word the card answers
     */
    public CardError(int sw) {
        super("card answers " + HexFormat.of().withUpperCase().toHexDigits((short) sw));
        this.sw = sw;
    }

    /**
     * Returns the status word the card answers.
     *
     * @return SW1 SW2
     */
    public int sw() {
        return sw;
    }

    /**
     * Skips the stack trace: this is control flow inside the card, not a failure of the program.
     *
     * @return this exception
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
