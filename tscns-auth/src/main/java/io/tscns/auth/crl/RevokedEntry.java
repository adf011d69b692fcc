package io.tscns.auth.crl;

import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One revoked certificate as a CRL lists it (<i>voce della lista di revoca</i>, RFC 5280 §5.1.2.6).
 *
 * @param serialNumber   the certificate's serial number
 * @param revocationDate when it was revoked
 * @param reason         the reasonCode entry extension, if present ({@link CRLReason#REMOVE_FROM_CRL} only in a
 *                       delta CRL)
 * @param invalidityDate the invalidityDate entry extension, if present
 * @since 0.1.0
 */
public record RevokedEntry(
        BigInteger serialNumber, Instant revocationDate, Optional<CRLReason> reason, Optional<Instant> invalidityDate) {

    /** Checks that no component is null. */
    public RevokedEntry {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(revocationDate, "revocationDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(invalidityDate, "invalidityDate");
    }
}
