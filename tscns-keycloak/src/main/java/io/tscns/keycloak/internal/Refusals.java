package io.tscns.keycloak.internal;

import io.tscns.auth.validation.RejectionReason;
import io.tscns.auth.validation.Verdict;
import java.util.Comparator;
import java.util.Map;

/**
 * Maps the validator's rejection reasons to the one refusal the citizen sees. When a certificate has several
 * problems the most decisive wins: revoked, then untrusted, then expired, then not a CNS certificate, then unknown
 * revocation status (the order of {@link Refusal}). Every kind of {@link RejectionReason} has its refusal here; a
 * test checks that none is missing.
 */
public final class Refusals {

    private static final Map<Class<? extends RejectionReason>, Refusal> BY_REASON = Map.ofEntries(
            Map.entry(RejectionReason.Revoked.class, Refusal.REVOKED),
            Map.entry(RejectionReason.UntrustedIssuer.class, Refusal.UNTRUSTED),
            Map.entry(RejectionReason.BadSignature.class, Refusal.UNTRUSTED),
            Map.entry(RejectionReason.InvalidChain.class, Refusal.UNTRUSTED),
            Map.entry(RejectionReason.UntrustedProxy.class, Refusal.UNTRUSTED),
            Map.entry(RejectionReason.Expired.class, Refusal.EXPIRED),
            Map.entry(RejectionReason.NotYetValid.class, Refusal.EXPIRED),
            Map.entry(RejectionReason.WrongPolicy.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.WrongKeyUsage.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.WrongExtendedKeyUsage.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.NoIdentity.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.UnreadableCertificate.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.NoCertificate.class, Refusal.NOT_CNS),
            Map.entry(RejectionReason.RevocationUnknown.class, Refusal.REVOCATION_UNKNOWN));

    private Refusals() {}

    /** Returns the kinds of reason mapped, for the test that none is missing. */
    static java.util.Set<Class<? extends RejectionReason>> mappedKinds() {
        return BY_REASON.keySet();
    }

    /**
     * Returns the refusal for one reason.
     *
     * @param reason a rejection reason
     * @return its refusal
     */
    public static Refusal of(RejectionReason reason) {
        Refusal refusal = BY_REASON.get(reason.getClass());
        if (refusal == null) {
            throw new IllegalArgumentException(
                    "no refusal for " + reason.getClass().getSimpleName());
        }
        return refusal;
    }

    /**
     * Returns the refusal for a rejected verdict: the most decisive of its reasons'.
     *
     * @param rejected the verdict
     * @return the refusal
     */
    public static Refusal of(Verdict.Rejected rejected) {
        return rejected.reasons().stream()
                .map(Refusals::of)
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }
}
