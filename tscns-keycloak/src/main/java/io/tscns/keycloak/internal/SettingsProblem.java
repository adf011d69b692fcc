package io.tscns.keycloak.internal;

import io.tscns.core.Problem;

/**
 * One thing wrong in the CNS authenticator's configuration in the admin console (<i>errore di configurazione</i>).
 */
public sealed interface SettingsProblem extends Problem {

    /**
     * Neither a trust directory nor a trusted list is configured, or both are.
     *
     * @param both {@code true} if both are
     */
    record TrustNotConfigured(boolean both) implements SettingsProblem {
        @Override
        public String describe() {
            return both
                    ? "configure a trust directory or a trusted list, not both"
                    : "configure a trust directory or a trusted list";
        }
    }

    /**
     * A setting holds a value it cannot take.
     *
     * @param key      the setting
     * @param expected what it takes
     */
    record InvalidValue(String key, String expected) implements SettingsProblem {
        @Override
        public String describe() {
            return "setting " + key + " must be " + expected;
        }
    }
}
