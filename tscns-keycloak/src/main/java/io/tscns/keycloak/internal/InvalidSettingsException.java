package io.tscns.keycloak.internal;

import io.tscns.core.TscnsException;
import java.util.List;

/** The CNS authenticator's configuration cannot be used; {@link #problems()} says every reason. */
public final class InvalidSettingsException extends TscnsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, at least one
     */
    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(describe("invalid CNS authenticator configuration", problems), problems);
    }
}
