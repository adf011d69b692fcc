package io.tscns.auth.validation;

import io.tscns.auth.identity.CnsIdentity;
import io.tscns.auth.revocation.RevocationStatus;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a CNS login certificate (<i>esito della verifica</i>): accepted with the holder's
 * identity, or rejected with every reason found. Never a boolean.
 *
 * @since 0.1.0
 */
public sealed interface Verdict {

    /**
     * The certificate is trusted, current, of an accepted kind, fit for client authentication and not known to be
     * revoked.
     *
     * @param identity    who logged in
     * @param certificate the certificate
     * @param revocation  what revocation checking found: {@link RevocationStatus.Good}, or
     *                    {@link RevocationStatus.Unknown} when the policy fails soft (or no checker is configured)
     */
    record Accepted(CnsIdentity identity, X509Certificate certificate, RevocationStatus revocation) implements Verdict {
        /** Checks the components. */
        public Accepted {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(revocation, "revocation");
            if (revocation instanceof RevocationStatus.Revoked) {
                throw new IllegalArgumentException("a revoked certificate is never accepted");
            }
        }
    }

    /**
     * The certificate is refused.
     *
     * @param reasons every reason found, at least one
     */
    record Rejected(List<RejectionReason> reasons) implements Verdict {
        /** Checks and copies the reasons. */
        public Rejected {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a rejection has at least one reason");
            }
        }

        /**
         * Tells whether one of the reasons is of a type.
         *
         * @param type the reason type
         * @return {@code true} if present
         */
        public boolean has(Class<? extends RejectionReason> type) {
            return reasons.stream().anyMatch(type::isInstance);
        }
    }
}
