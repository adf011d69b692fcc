package io.tscns.auth.validation;

import io.tscns.auth.identity.CertificateKind;
import io.tscns.auth.revocation.FailMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a service provider accepts for CNS login (<i>politica di accettazione</i>).
 *
 * @param acceptedKinds     the certificate kinds accepted (by policy OID)
 * @param requireClientAuth whether the extended key usage must include clientAuth ({@code docs/cms.md §6.3})
 * @param failMode          what to do when revocation status cannot be established
 * @since 0.1.0
 */
public record ValidationPolicy(Set<CertificateKind> acceptedKinds, boolean requireClientAuth, FailMode failMode) {

    /** CNS and Lombardy CRS, clientAuth required, hard fail. */
    public static final ValidationPolicy DEFAULT =
            new ValidationPolicy(EnumSet.of(CertificateKind.CNS, CertificateKind.LOMBARDY_CRS), true, FailMode.HARD);

    /** Checks and copies the components. */
    public ValidationPolicy {
        acceptedKinds = Set.copyOf(acceptedKinds);
        if (acceptedKinds.isEmpty()) {
            throw new IllegalArgumentException("at least one certificate kind must be accepted");
        }
        Objects.requireNonNull(failMode, "failMode");
    }

    /**
     * Returns this policy with another fail mode.
     *
     * @param mode the fail mode
     * @return the new policy
     */
    public ValidationPolicy withFailMode(FailMode mode) {
        return new ValidationPolicy(acceptedKinds, requireClientAuth, mode);
    }
}
