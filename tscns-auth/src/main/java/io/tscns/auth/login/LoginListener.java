package io.tscns.auth.login;

import io.tscns.auth.validation.Verdict;

/**
 * Told of every verdict {@link CnsLogin} gives (<i>osservatore degli accessi</i>), e.g. to count logins and refusals
 * by reason in a metrics registry. Called on the login's thread, so it must be quick and must not throw; a listener
 * that throws is logged and ignored.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LoginListener {

    /**
     * Receives a verdict.
     *
     * @param verdict accepted, or rejected with its reasons
     */
    void onVerdict(Verdict verdict);
}
