package io.tscns.cms.sandbox.internal.http;

import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Violation;
import io.tscns.cms.sandbox.internal.domain.IdentityDatum;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the sandbox's domain refusals into the protocol's problems (<i>rifiuti come problemi</i>): the
 * {@link ProblemCode} of each, whose code is the refusal's own, and the typed extension members — the tries left
 * after a wrong CIP, the request fields an identity mismatch or a rejected activation names. Stateless.
 */
final class Refusals {

    private Refusals() {}

    /**
     * Returns a refusal as the front answers it.
     *
     * @param refusal the domain refusal
     * @return the problem
     */
    static CmsRefusal toProblem(Refusal refusal) {
        String detail = refusal.describe();
        if (refusal instanceof Refusal.ForbiddenRole) {
            return new CmsRefusal(ProblemCode.FORBIDDEN_ROLE, detail);
        } else if (refusal instanceof Refusal.ReissueNotEnabled) {
            return new CmsRefusal(ProblemCode.REISSUE_NOT_ENABLED, detail);
        } else if (refusal instanceof Refusal.OtherRegion) {
            return new CmsRefusal(ProblemCode.OTHER_REGION, detail);
        } else if (refusal instanceof Refusal.CardNotFound) {
            return new CmsRefusal(ProblemCode.CARD_NOT_FOUND, detail);
        } else if (refusal instanceof Refusal.PersonNotFound) {
            return new CmsRefusal(ProblemCode.PERSON_NOT_FOUND, detail);
        } else if (refusal instanceof Refusal.IdentityMismatch mismatch) {
            return CmsRefusal.withViolations(
                    ProblemCode.IDENTITY_MISMATCH,
                    detail,
                    mismatch.mismatched().stream()
                            .map(datum -> new Violation(
                                    "identity-mismatch",
                                    Optional.of(requestField(datum)),
                                    "differs from the card's record"))
                            .toList());
        } else if (refusal instanceof Refusal.ActivationRejected rejected) {
            List<Violation> violations = new ArrayList<>();
            if (rejected.privacyConsentMissing()) {
                violations.add(new Violation(
                        "privacy-consent-missing",
                        Optional.of("privacyConsent"),
                        "the holder's privacy consent flag must be set"));
            }
            rejected.violations().forEach(violation -> violations.add(Violation.of(violation)));
            return CmsRefusal.withViolations(ProblemCode.ACTIVATION_REJECTED, detail, violations);
        } else if (refusal instanceof Refusal.IllegalTransition) {
            return new CmsRefusal(ProblemCode.ILLEGAL_TRANSITION, detail);
        } else if (refusal instanceof Refusal.WrongCip wrong) {
            return CmsRefusal.withTriesLeft(ProblemCode.WRONG_CIP, detail, wrong.triesLeft());
        } else if (refusal instanceof Refusal.CipBlocked blocked) {
            return blocked.byThisTry()
                    ? CmsRefusal.withTriesLeft(ProblemCode.CIP_BLOCKED, detail, 0)
                    : new CmsRefusal(ProblemCode.CIP_BLOCKED, detail);
        } else if (refusal instanceof Refusal.ConsentRejected) {
            return new CmsRefusal(ProblemCode.CONSENT_REJECTED, detail);
        } else if (refusal instanceof Refusal.Conflict) {
            return new CmsRefusal(ProblemCode.CONFLICT, detail);
        } else if (refusal instanceof Refusal.DelegateIsHolder) {
            return new CmsRefusal(ProblemCode.MALFORMED_REQUEST, detail);
        } else if (refusal instanceof Refusal.CardExpired) {
            return new CmsRefusal(ProblemCode.CARD_EXPIRED, detail);
        } else if (refusal instanceof Refusal.HolderNotIdentified) {
            return new CmsRefusal(ProblemCode.HOLDER_NOT_IDENTIFIED, detail);
        } else if (refusal instanceof Refusal.IdentificationRequired required) {
            return CmsRefusal.withViolations(
                    ProblemCode.IDENTIFICATION_REQUIRED,
                    detail,
                    List.of(new Violation(required.problem().code(), Optional.of("identificationRef"), detail)));
        } else if (refusal instanceof Refusal.DeliveryNotOffered) {
            return new CmsRefusal(ProblemCode.DELIVERY_NOT_OFFERED, detail);
        } else if (refusal instanceof Refusal.RequestRefused refused) {
            return new CmsRefusal(ProblemCode.byCode(refused.code()).orElse(ProblemCode.MALFORMED_REQUEST), detail);
        }
        Refusal.NoSuchAuditEntry entry = (Refusal.NoSuchAuditEntry) refusal;
        return Requests.malformedParameter("after", "the audit chain has no entry " + entry.after());
    }

    /** The field of the activation request that carries a datum. */
    private static String requestField(IdentityDatum datum) {
        return switch (datum) {
            case CODICE_FISCALE -> "holder.codiceFiscale";
            case EXPIRY_DATE -> "cardExpiry";
        };
    }
}
