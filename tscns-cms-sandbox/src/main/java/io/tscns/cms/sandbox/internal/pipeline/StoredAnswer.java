package io.tscns.cms.sandbox.internal.pipeline;

import java.util.Objects;

/**
 * The answer to a state-changing request as its front end encoded it (<i>risposta registrata</i>), kept under the
 * request's idempotency key in the transaction of the change, so that a retry gets the same answer. The pipeline does
 * not read it.
 *
 * @param status the front end's status (an HTTP status)
 * @param body   the encoded body
 */
public record StoredAnswer(int status, byte[] body) {

    /**
     * Checks the components.
     */
    public StoredAnswer {
        Objects.requireNonNull(body, "body");
    }
}
