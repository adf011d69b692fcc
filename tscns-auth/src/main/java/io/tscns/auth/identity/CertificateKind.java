package io.tscns.auth.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What kind of Italian authentication certificate a certificate is, by the policy OID in its certificatePolicies
 * extension (<i>tipo di certificato di autenticazione</i>, {@code docs/cms.md §6.3}, {@code docs/card.md §6}).
 *
 * @since 0.1.0
 */
public enum CertificateKind {

    /**
     * A CNS (<i>Carta Nazionale dei Servizi</i>) authentication certificate, which every TS-CNS carries: policy
     * {@code 1.3.76.16.2.1} {iso(1) org(3) uninfo(76) agid(16) authentication(2) cns(1)}.
     */
    CNS(Set.of("1.3.76.16.2.1")),

    /**
     * A Lombardy CRS (<i>Carta Regionale dei Servizi</i>, SISS) certificate: policy {@code 1.3.159.6.1.3.2.10} or
     * {@code 1.3.76.12.1.1.10.2.2.10}, which AgID's profile declares equivalent to the CNS policy.
     */
    LOMBARDY_CRS(Set.of("1.3.159.6.1.3.2.10", "1.3.76.12.1.1.10.2.2.10")),

    /**
     * A CIE (<i>Carta d'Identità Elettronica</i>) authentication certificate: policy {@code 1.3.76.47.4}. The subject
     * layout of CIE certificates was not verified from a sample; identity is read with the CNS layout.
     */
    CIE(Set.of("1.3.76.47.4"));

    private final Set<String> policyOids;

    CertificateKind(Set<String> policyOids) {
        this.policyOids = policyOids;
    }

    /**
     * Returns the policy OIDs that mark this kind.
     *
     * @return the dotted OIDs
     */
    public Set<String> policyOids() {
        return policyOids;
    }

    /**
     * Classifies a certificate by its policy OIDs. A certificate that asserts two kinds (which no profile allows) is
     * classified by the first in declaration order: CNS, then Lombardy CRS, then CIE.
     *
     * @param policies the OIDs of the certificate's certificatePolicies extension
     * @return the kind, or empty if no known policy is asserted
     */
    public static Optional<CertificateKind> classify(Collection<String> policies) {
        for (CertificateKind kind : List.of(values())) {
            for (String oid : policies) {
                if (kind.policyOids.contains(oid)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }
}
