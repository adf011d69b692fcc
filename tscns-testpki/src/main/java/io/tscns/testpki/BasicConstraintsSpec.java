package io.tscns.testpki;

import java.util.Objects;
import java.util.Optional;

/**
 * The basicConstraints extension (<i>vincoli di base</i>, RFC 5280 §4.2.1.9) of a certificate to issue.
 *
 * @param ca                {@code true} for a CA certificate
 * @param pathLengthLimit   the pathLenConstraint, if any (CA certificates only)
 * @param critical          whether the extension is marked critical
 * @since 0.1.0
 */
public record BasicConstraintsSpec(boolean ca, Optional<Integer> pathLengthLimit, boolean critical) {

    /**
     * Checks the path length.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if a path length is negative or is
     *                          given for a non-CA certificate
     */
    public BasicConstraintsSpec {
        Objects.requireNonNull(pathLengthLimit, "pathLengthLimit");
        pathLengthLimit.ifPresent(limit -> {
            if (limit < 0) {
                throw TestPkiException.invalid("pathLenConstraint must not be negative, found " + limit);
            }
            if (!ca) {
                throw TestPkiException.invalid("pathLenConstraint is only allowed in a CA certificate");
            }
        });
    }

    /**
     * Returns critical CA constraints.
     *
     * @param pathLengthLimit the pathLenConstraint, if any
     * @return the constraints
     */
    public static BasicConstraintsSpec ca(Optional<Integer> pathLengthLimit) {
        return new BasicConstraintsSpec(true, pathLengthLimit, true);
    }

    /**
     * Returns non-critical end-entity constraints ({@code cA FALSE}).
     *
     * @return the constraints
     */
    public static BasicConstraintsSpec endEntity() {
        return new BasicConstraintsSpec(false, Optional.empty(), false);
    }
}
