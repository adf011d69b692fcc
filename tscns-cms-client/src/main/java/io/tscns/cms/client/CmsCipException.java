package io.tscns.cms.client;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import java.util.Optional;

/**
 * The CIP (<i>Codice Identificativo Personale</i>) given for a revocation was refused: {@code wrong-cip}, with the
 * attempts left, or {@code cip-blocked} after too many wrong attempts. The message never holds the CIP.
 *
 * @since 0.1.0
 */
public final class CmsCipException extends CmsException {

    private static final long serialVersionUID = 1L;

    CmsCipException(ProblemDocument document, String requestId) {
        super(document, requestId);
    }

    /**
     * Tells whether the CIP is now blocked.
     *
     * @return {@code true} for {@code cip-blocked}
     */
    public boolean blocked() {
        return problemCode().filter(ProblemCode.CIP_BLOCKED::equals).isPresent();
    }

    /**
     * Returns the attempts left after a wrong CIP.
     *
     * @return the count, or empty when the server did not say
     */
    public Optional<Integer> triesLeft() {
        return problemDocument().flatMap(ProblemDocument::triesLeft);
    }
}
