package io.tscns.auth.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A trusted list whose signature verified (<i>lista di fiducia</i>, ETSI TS 119 612), such as AgID's TSL-IT.xml, the
 * list of Italian CAs from which relying parties take the CNS issuing CAs ({@code docs/cms.md §6.2}).
 *
 * @param territory      the SchemeTerritory, e.g. {@code IT}
 * @param sequenceNumber the TSLSequenceNumber
 * @param issued         the ListIssueDateTime
 * @param nextUpdate     the NextUpdate
 * @param services       every service of every provider
 * @param signer         the certificate that signed the list
 * @since 0.1.0
 */
public record TrustedList(
        String territory,
        long sequenceNumber,
        Instant issued,
        Instant nextUpdate,
        List<TrustedService> services,
        X509Certificate signer) {

    /** Checks and copies the fields. */
    public TrustedList {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        services = List.copyOf(services);
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * Returns the CA certificates of the active IdV services: the CNS (and CIE) issuing CAs, and nothing else the
     * list publishes (qualified CAs, time-stamping services…).
     *
     * @return the CA certificates, in list order
     */
    public List<X509Certificate> identityVerificationCas() {
        LinkedHashSet<X509Certificate> cas = new LinkedHashSet<>();
        for (TrustedService service : services) {
            if (service.isIdentityVerification() && service.isActive()) {
                cas.addAll(service.certificates());
            }
        }
        return new ArrayList<>(cas);
    }

    /**
     * Returns trust anchors made of {@link #identityVerificationCas()}.
     *
     * @return the anchors
     * @throws InvalidTrustException with {@link TrustProblem.NoAnchors} if the list has no active IdV service, or
     *                               {@link TrustProblem.NotACa} if one publishes a certificate that is not a CA's
     */
    public TrustAnchors toTrustAnchors() {
        List<X509Certificate> cas = identityVerificationCas();
        if (cas.isEmpty()) {
            throw new InvalidTrustException(new TrustProblem.NoAnchors("the trusted list's IdV services"));
        }
        return TrustAnchors.of(cas);
    }
}
