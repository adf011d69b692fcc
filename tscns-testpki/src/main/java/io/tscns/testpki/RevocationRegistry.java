package io.tscns.testpki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a test CA has issued and revoked (<i>registro delle revoche</i>): the one source its CRLs and its OCSP
 * responder both read, so that a test revokes a certificate once and sees it in both.
 *
 * <p>Thread-safe. It holds one entry per issued certificate; test CAs do not issue millions of certificates (the
 * million-entry CRL comes from {@link SyntheticRevocations}, not from here).
 *
 * @since 0.1.0
 */
public final class RevocationRegistry {

    private final Set<BigInteger> issued = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<BigInteger, RevokedCertificate> revoked = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public RevocationRegistry() {}

    /**
     * Records that a certificate with this serial number was issued.
     *
     * @param serialNumber the serial number
     */
    public void recordIssued(BigInteger serialNumber) {
        issued.add(Objects.requireNonNull(serialNumber, "serialNumber"));
    }

    /**
     * Revokes a certificate. Revoking it again replaces the earlier entry (e.g. a hold turned into a
     * keyCompromise).
     *
     * @param entry the CRL entry to publish
     */
    public void revoke(RevokedCertificate entry) {
        Objects.requireNonNull(entry, "entry");
        issued.add(entry.serialNumber());
        revoked.put(entry.serialNumber(), entry);
    }

    /**
     * Lifts a revocation (the release of a certificate on hold).
     *
     * @param serialNumber the serial number
     * @return {@code true} if it was revoked
     */
    public boolean release(BigInteger serialNumber) {
        return revoked.remove(Objects.requireNonNull(serialNumber, "serialNumber")) != null;
    }

    /**
     * Returns the status of a serial number.
     *
     * @param serialNumber the serial number
     * @return revoked, good if issued and not revoked, unknown otherwise
     */
    public CertificateStatus status(BigInteger serialNumber) {
        RevokedCertificate entry = revoked.get(Objects.requireNonNull(serialNumber, "serialNumber"));
        if (entry != null) {
            return new CertificateStatus.Revoked(entry.revocationDate(), entry.reason());
        }
        return issued.contains(serialNumber) ? new CertificateStatus.Good() : new CertificateStatus.Unknown();
    }

    /**
     * Returns every revocation, oldest first (ties by serial number), as a snapshot.
     *
     * @return an unmodifiable list
     */
    public List<RevokedCertificate> revoked() {
        return revoked.values().stream()
                .sorted(Comparator.comparing(RevokedCertificate::revocationDate)
                        .thenComparing(RevokedCertificate::serialNumber))
                .toList();
    }

    /**
     * Returns the revocations dated strictly after an instant, oldest first: the entries of a delta CRL whose base
     * CRL was issued at that instant.
     *
     * @param since the base CRL's thisUpdate
     * @return an unmodifiable list
     */
    public List<RevokedCertificate> revokedAfter(Instant since) {
        Objects.requireNonNull(since, "since");
        return revoked().stream()
                .filter(entry -> entry.revocationDate().isAfter(since))
                .toList();
    }

    /**
     * Returns the entry for a serial number, if revoked.
     *
     * @param serialNumber the serial number
     * @return the entry
     */
    public Optional<RevokedCertificate> entry(BigInteger serialNumber) {
        return Optional.ofNullable(revoked.get(serialNumber));
    }
}
