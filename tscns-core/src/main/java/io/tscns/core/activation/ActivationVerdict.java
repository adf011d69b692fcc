package io.tscns.core.activation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking an activation request against a policy on a day (<i>esito della verifica</i>): accepted,
 * or rejected with every violation found.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ActivationVerdict {

    /**
     * The request breaks no rule; the CMS may release the codes.
     *
     * @param request                    the request checked
     * @param reliesOnExpiredDocument    {@code true} if the identity document had expired and was accepted on the
     *                                   strength of the art. 45 c.3 declaration: the CMS must keep the signed
     *                                   photocopy with the activation record
     */
    record Accepted(ActivationRequest request, boolean reliesOnExpiredDocument) implements ActivationVerdict {
        /**
         * Checks the component.
         */
        public Accepted {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The request breaks at least one rule.
     *
     * @param violations every violation found, in a fixed order: card, identity document, supporting papers,
     *                   delegate; never empty
     */
    record Rejected(List<ActivationViolation> violations) implements ActivationVerdict {
        /**
         * Checks and copies the list.
         *
         * @throws IllegalArgumentException if the list is empty
         */
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one violation");
            }
        }
    }
}
