package io.tscns.testpki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a CRL (<i>voce della lista di revoca</i>, RFC 5280 §5.1.2.6): the serial number, when it was
 * revoked and, as entry extensions, why and since when the key is believed compromised.
 *
 * @param serialNumber   the revoked certificate's serial number (at most {@value #MAX_SERIAL_OCTETS} octets)
 * @param revocationDate when it was revoked, truncated to seconds
 * @param reason         the reasonCode entry extension, if any
 * @param invalidityDate the invalidityDate entry extension, if any, truncated to seconds
 * @since 0.1.0
 */
public record RevokedCertificate(
        BigInteger serialNumber, Instant revocationDate, Optional<CrlReason> reason, Optional<Instant> invalidityDate) {

    /**
     * Largest serial accepted, in octets: RFC 5280 allows 20; more are accepted so that relying parties can be
     * tested against oversized serials.
     */
    public static final int MAX_SERIAL_OCTETS = 64;

    /**
     * Truncates the times and checks the serial's size.
     *
     * @throws TestPkiException with {@link TestPkiException.Reason#INVALID_SPEC} if the serial is longer than
     *                          {@value #MAX_SERIAL_OCTETS} octets or a time is outside the years 1–9999
     */
    public RevokedCertificate {
        Objects.requireNonNull(serialNumber, "serialNumber");
        if (serialNumber.bitLength() / 8 + 1 > MAX_SERIAL_OCTETS) {
            throw TestPkiException.invalid("revoked serial number must fit in " + MAX_SERIAL_OCTETS + " octets, found "
                    + (serialNumber.bitLength() / 8 + 1));
        }
        revocationDate = Checks.encodableTime(revocationDate, "revocationDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(invalidityDate, "invalidityDate");
        invalidityDate = invalidityDate.map(t -> Checks.encodableTime(t, "invalidityDate"));
    }

    /**
     * Returns an entry with a reason code and no invalidity date.
     *
     * @param serialNumber   the serial number
     * @param revocationDate when it was revoked
     * @param reason         why
     * @return the entry
     */
    public static RevokedCertificate of(BigInteger serialNumber, Instant revocationDate, CrlReason reason) {
        return new RevokedCertificate(serialNumber, revocationDate, Optional.of(reason), Optional.empty());
    }
}
