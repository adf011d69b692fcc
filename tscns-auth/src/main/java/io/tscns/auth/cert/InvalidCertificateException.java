package io.tscns.auth.cert;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when bytes or text are not a certificate; {@link #problem()} says why.
 *
 * @since 0.1.0
 */
public final class InvalidCertificateException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidCertificateException(CertificateProblem problem) {
        super(problem);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public CertificateProblem problem() {
        return problem(CertificateProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CertificateProblem> problems() {
        return problems(CertificateProblem.class);
    }
}
