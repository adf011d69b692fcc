package io.tscns.cms.protocol;

import io.tscns.core.TscnsException;
import java.util.List;
import java.util.Objects;

/**
 * A CMS protocol message could not be decoded or a protocol value is malformed. {@link #problem()} says why, as a
 * {@link ProtocolProblem}. The message never contains a secret nor the rejected input; the cause, when present, is a
 * {@link TscnsException} of the domain (a malformed codice fiscale, a CIP of the wrong length), never the JSON
 * parser's own exception, whose message may quote the input.
 *
 * @since 0.1.0
 */
public final class CmsProtocolException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public CmsProtocolException(ProtocolProblem problem) {
        super(problem);
    }

    /**
     * Creates the exception with the domain failure behind it.
     *
     * @param problem what was wrong
     * @param cause   the domain exception that rejected the value
     */
    public CmsProtocolException(ProtocolProblem problem, TscnsException cause) {
        super(Objects.requireNonNull(problem, "problem").describe() + ": " + cause.getMessage(), List.of(problem));
        initCause(cause);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem, or {@code null} after Java deserialization
     */
    public ProtocolProblem problem() {
        return problem(ProtocolProblem.class);
    }

    @Override
    public List<ProtocolProblem> problems() {
        return problems(ProtocolProblem.class);
    }
}
