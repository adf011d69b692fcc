package io.tscns.core.activation;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.PersonalCodiceFiscale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks an {@link ActivationRequest} against an {@link ActivationPolicy} on a given day (<i>verifica della
 * richiesta di attivazione</i>) and reports every violation at once, so the operator can fix them all in one go.
 *
 * <p>The checks, in the order they are reported:
 * <ol>
 *   <li>the card has not expired;</li>
 *   <li>the policy offers the mode, and, for a legal representative, the representative's capacity;</li>
 *   <li>the identity document of the person at the counter: not issued after the day, not expiring before its
 *       issue, and if expired, accepted only as the policy's {@link ExpiredDocumentRule} allows and with the
 *       DPR 445/2000 art. 45 c.3 declaration;</li>
 *   <li>every supporting paper the mode requires ({@link ActivationRequirements});</li>
 *   <li>a delegate or representative is not the holder; a parent does not act for a holder who is of age by the
 *       codice fiscale (a personal code whose two-digit year is read as the latest year not after the day, so a
 *       holder is never wrongly taken for an adult).</li>
 * </ol>
 *
 * <p>No clock is read: the day of the check is a parameter. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ActivationValidator {

    private static final int AGE_OF_MAJORITY = 18;

    private ActivationValidator() {}

    /**
     * Checks a request.
     *
     * @param request the request
     * @param policy  the issuer's rules
     * @param day     the day of the check, usually today at the counter
     * @return accepted, or rejected with every violation
     */
    public static ActivationVerdict validate(ActivationRequest request, ActivationPolicy policy, LocalDate day) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(day, "day");
        List<ActivationViolation> violations = new ArrayList<>();
        if (day.isAfter(request.cardExpiry())) {
            violations.add(new ActivationViolation.CardExpired(request.cardExpiry()));
        }
        checkOffered(request.applicant(), policy, violations);
        violations.addAll(checkDocument(
                request.applicant().document(), request.applicant().mode() == ActivationMode.DIRECT, policy, day));
        for (SupportingDocument required :
                ActivationRequirements.of(request.mode(), policy).supportingDocuments()) {
            if (!request.supportingDocuments().contains(required)) {
                violations.add(new ActivationViolation.MissingSupportingDocument(required));
            }
        }
        checkDelegate(request, day, violations);
        if (!violations.isEmpty()) {
            return new ActivationVerdict.Rejected(violations);
        }
        return new ActivationVerdict.Accepted(
                request, request.applicant().document().document().isExpiredOn(day));
    }

    private static void checkOffered(
            Applicant applicant, ActivationPolicy policy, List<ActivationViolation> violations) {
        if (!policy.modes().contains(applicant.mode())) {
            violations.add(new ActivationViolation.ModeNotOffered(applicant.mode()));
        } else if (applicant instanceof Applicant.LegalRepresentative representative
                && !policy.representatives().contains(representative.role())) {
            violations.add(new ActivationViolation.RepresentativeNotOffered(representative.role()));
        }
    }

    /**
     * Checks the identity document of the person at the counter alone (check 3 above), for the other operations
     * that rest on it, such as a reprint of PIN and PUK (Toscana manual v2.0 §10.6 steps 2–3).
     *
     * @param presented         the document and the DPR 445/2000 art. 45 declaration
     * @param presentedByHolder whether the holder presented it (the policy may accept an expired document only
     *                          from the holder)
     * @param policy            the issuer's rules
     * @param day               the day of the check
     * @return the violations, in the order of the checks; empty if the document is acceptable
     */
    public static List<ActivationViolation> checkDocument(
            PresentedDocument presented, boolean presentedByHolder, ActivationPolicy policy, LocalDate day) {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(day, "day");
        List<ActivationViolation> violations = new ArrayList<>(2);
        IdentityDocument document = presented.document();
        if (document.issueDate().isAfter(day)) {
            violations.add(new ActivationViolation.DocumentIssuedInFuture(document.issueDate()));
        }
        if (document.expiryDate().isEmpty()) {
            return violations;
        }
        LocalDate expiry = document.expiryDate().get();
        if (expiry.isBefore(document.issueDate())) {
            violations.add(new ActivationViolation.DocumentExpiresBeforeIssue(document.issueDate(), expiry));
        }
        if (document.isExpiredOn(day)) {
            if (!policy.expiredDocuments().acceptsWithDeclaration(presentedByHolder)) {
                violations.add(new ActivationViolation.ExpiredDocumentRefused(expiry, policy.expiredDocuments()));
            } else if (!presented.unchangedDataDeclaration()) {
                violations.add(new ActivationViolation.DocumentExpiredWithoutDeclaration(expiry));
            }
        }
        return violations;
    }

    private static void checkDelegate(ActivationRequest request, LocalDate day, List<ActivationViolation> violations) {
        Applicant applicant = request.applicant();
        if (applicant
                .delegate()
                .map(d -> d.codiceFiscale().equals(request.holder()))
                .orElse(false)) {
            violations.add(new ActivationViolation.DelegateIsHolder());
        }
        if (applicant instanceof Applicant.LegalRepresentative representative
                && representative.role() == LegalRepresentativeRole.PARENT
                && isOfAge(request.holder(), day)) {
            violations.add(new ActivationViolation.ParentOfAdult());
        }
    }

    private static boolean isOfAge(CodiceFiscale holder, LocalDate day) {
        if (!(holder instanceof PersonalCodiceFiscale personal)) {
            return false;
        }
        LocalDate birth;
        try {
            birth = personal.birthDate(day);
        } catch (IllegalArgumentException noCenturyFits) {
            return false;
        }
        return !birth.plusYears(AGE_OF_MAJORITY).isAfter(day);
    }
}
