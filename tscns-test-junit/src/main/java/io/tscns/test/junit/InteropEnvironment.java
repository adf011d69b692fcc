package io.tscns.test.junit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's rule for tests that need a real service (pcscd, OpenSC, a TLS server): when the environment
 * variable {@code CI} is {@code true} a missing service fails the test; elsewhere the test is skipped and says why,
 * so a laptop without the packages still builds.
 *
 * @since 0.1.0
 */
public final class InteropEnvironment {

    private InteropEnvironment() {}

    /**
     * Tells whether the build runs in continuous integration.
     *
     * @return {@code true} when the environment variable {@code CI} is {@code true}
     */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Fails (in CI) or skips (elsewhere) the current test unless a prerequisite holds.
     *
     * @param present whether the prerequisite holds
     * @param missing what is missing and how to get it, shown in the report
     */
    public static void require(boolean present, String missing) {
        if (!present) {
            unavailable(missing, null);
        }
    }

    /**
     * Fails (in CI) or skips (elsewhere) the current test because a prerequisite is missing.
     *
     * @param missing what is missing and how to get it
     * @param cause   the failure that showed it, or {@code null}
     */
    public static void unavailable(String missing, Throwable cause) {
        unavailable(missing, cause, isCi());
    }

    /** The rule itself, with the environment as a parameter so that tests can check both branches. */
    static void unavailable(String missing, Throwable cause, boolean ci) {
        if (ci) {
            Assertions.fail(missing + " (CI=true, so this fails instead of skipping)", cause);
        }
        Assumptions.abort(missing + " (skipped outside CI)");
    }
}
