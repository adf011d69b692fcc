package io.tscns.auth.cert;

import io.tscns.core.TscnsException;

import java.util.List;
import java.util.Objects;

/** Thrown when bytes or text are not a certificate; {@link #problem()} says why. */
public final class InvalidCertificateException extends TscnsException {

    private static final long serialVersionUID = 1L;

    private final transient CertificateProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidCertificateException(CertificateProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public CertificateProblem problem() {
        return problem;
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<CertificateProblem> problems() {
        return problemsOf(problem);
    }
}
