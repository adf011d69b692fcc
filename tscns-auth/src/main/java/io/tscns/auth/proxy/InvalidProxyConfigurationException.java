package io.tscns.auth.proxy;

import io.tscns.core.TscnsException;
import java.util.List;

/**
 * Thrown when a reverse-proxy setting cannot be used; {@link #problem()} says why.
 *
 * @since 0.1.0
 */
public final class InvalidProxyConfigurationException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what was wrong
     */
    public InvalidProxyConfigurationException(ProxyProblem problem) {
        super(problem);
    }

    /**
     * Returns what was wrong.
     *
     * @return the problem
     */
    public ProxyProblem problem() {
        return problem(ProxyProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<ProxyProblem> problems() {
        return problems(ProxyProblem.class);
    }
}
