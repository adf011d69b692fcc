package io.tscns.card.transport;

import io.tscns.core.TscnsException;

/**
 * A {@link ScriptedTransport} met a command its script does not expect, or a script was not played to the end, or
 * a script text is malformed. In a test this is the failure: the code under test sent the wrong APDU. The message
 * shows both commands, with PIN and PUK data redacted.
 *
 * @since 0.1.0
 */
public final class ScriptedTransportException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what differed, and at which exchange
     */
    public ScriptedTransportException(String message) {
        super(message);
    }
}
