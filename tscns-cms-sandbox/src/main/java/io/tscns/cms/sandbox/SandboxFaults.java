package io.tscns.cms.sandbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Faults the sandbox injects into state-changing requests (<i>guasti simulati</i>), so that a client's retries can be
 * tested: each request matching {@link #pathContains()} suffers, with probability {@link #rate()} drawn from a random
 * source seeded with {@link #seed()}, one of the {@link #kinds()} at random.
 *
 * @param rate         probability of a fault per request, 0 to 1
 * @param seed         seed of the draw, so a run can be repeated
 * @param kinds        the faults to choose from
 * @param pathContains only requests whose path contains this are affected (empty: all)
 * @param timeout      how long a {@link Kind#TIMEOUT} holds the request before answering
 * @since 0.1.0
 */
public record SandboxFaults(double rate, long seed, Set<Kind> kinds, String pathContains, Duration timeout) {

    /** What goes wrong. */
    public enum Kind {
        /** 503 {@code service-unavailable} before anything is done. */
        ERROR_BEFORE_COMMIT,
        /** The operation is committed, then 503 {@code service-unavailable} is answered. */
        ERROR_AFTER_COMMIT,
        /** The operation is committed, then the connection is closed without an answer. */
        DROP_AFTER_COMMIT,
        /** The operation is committed, then the answer is held for {@link #timeout()}. */
        TIMEOUT
    }

    /**
     * Checks the components.
     */
    public SandboxFaults {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("fault rate must be within 0 and 1");
        }
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        Objects.requireNonNull(pathContains, "pathContains");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * No faults.
     *
     * @return the plan
     */
    public static SandboxFaults none() {
        return new SandboxFaults(0, 0, Set.of(), "", Duration.ZERO);
    }

    /**
     * Faults of every kind at a rate.
     *
     * @param rate    probability per state-changing request
     * @param seed    seed of the draw
     * @param timeout hold time of a timeout
     * @return the plan
     */
    public static SandboxFaults random(double rate, long seed, Duration timeout) {
        return new SandboxFaults(rate, seed, EnumSet.allOf(Kind.class), "", timeout);
    }

    /**
     * Returns the same plan restricted to requests whose path contains a text (an operation: {@code /activation}).
     *
     * @param text the text
     * @return the new plan
     */
    public SandboxFaults onPathsContaining(String text) {
        return new SandboxFaults(rate, seed, kinds, text, timeout);
    }
}
