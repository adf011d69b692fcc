package io.tscns.core.secret;

import java.util.List;

/**
 * Thrown when a configuration value for secret codes is unusable: a {@link CodeFormat} whose lengths or alphabet
 * make no sense, or a {@link SplitRule} with an empty half. These values usually come from a deployment's
 * configuration (for example a region's CIP format), so the message names the setting and the accepted range;
 * {@link #problem()} says the same as a record to branch on.
 *
 * @since 0.1.0
 */
public final class InvalidSecretConfigurationException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem which setting is wrong and what is accepted
     */
    public InvalidSecretConfigurationException(SecretConfigurationProblem problem) {
        super(problem);
    }

    /**
     * Returns which setting is wrong.
     *
     * @return the problem
     */
    public SecretConfigurationProblem problem() {
        return problem(SecretConfigurationProblem.class);
    }

    /**
     * Returns the one problem this exception carries, {@link #problem()}.
     *
     * @return a list of that problem
     */
    @Override
    public List<SecretConfigurationProblem> problems() {
        return problems(SecretConfigurationProblem.class);
    }
}
