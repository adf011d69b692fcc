package io.tscns.core.secret;

/**
 * Thrown when a configuration value for secret codes is unusable: a {@link CodeFormat} whose lengths or alphabet
 * make no sense, or a {@link SplitRule} with an empty half. These values usually come from a deployment's
 * configuration (for example a region's CIP format), so the message names the setting and the accepted range.
 */
public final class InvalidSecretConfigurationException extends SecretCodeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which setting is wrong and what is accepted
     */
    public InvalidSecretConfigurationException(String message) {
        super(message);
    }
}
