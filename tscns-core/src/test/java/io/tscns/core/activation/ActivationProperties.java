package io.tscns.core.activation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.tscns.core.activation.ActivationFixtures.ADULT_HOLDER;
import static io.tscns.core.activation.ActivationFixtures.DELEGATE_CF;
import static io.tscns.core.activation.ActivationFixtures.MINOR_HOLDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationProperties {

    @Property
    void anyDocumentNumberIsAcceptedNormalisedOrRefusedWithTheTypedException(@ForAll String number) {
        try {
            IdentityDocument d = new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, number, "Comune",
                    LocalDate.of(2020, 1, 1), Optional.empty());
            assertTrue(d.number().matches("[A-Z0-9 ./-]{1,32}"), d.number());
            assertEquals(d.number(), d.number().strip());
        } catch (InvalidActivationInputException expected) {
            assertTrue(expected.problem().field().equals("document.number"));
        }
    }

    @Property
    void anyNameIsAcceptedTrimmedOrRefusedWithTheTypedException(@ForAll String surname) {
        try {
            DelegateIdentity d = new DelegateIdentity(surname, "Mario", DELEGATE_CF);
            assertEquals(d.surname(), d.surname().strip());
            assertTrue(d.surname().length() <= DelegateIdentity.MAX_NAME_LENGTH);
            assertTrue(d.surname().chars().noneMatch(Character::isISOControl));
        } catch (InvalidActivationInputException expected) {
            assertEquals("delegate.surname", expected.problem().field());
        }
    }

    @Provide
    Arbitrary<ActivationRequest> requests() {
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31));
        Arbitrary<PresentedDocument> documents = Combinators.combine(Arbitraries.of(IdentityDocumentType.class), dates,
                        dates.optional(0.9), Arbitraries.of(true, false))
                .as((type, issue, expiry, declaration) -> new PresentedDocument(
                        new IdentityDocument(type, "X1", "Ente", issue, expiry), declaration));
        Arbitrary<Applicant> applicants = Arbitraries.oneOf(
                documents.map(Applicant.Holder::new),
                documents.map(d -> new Applicant.HealthDelegate(ActivationFixtures.delegate(), d)),
                Combinators.combine(Arbitraries.of(LegalRepresentativeRole.class), documents)
                        .as((role, d) -> new Applicant.LegalRepresentative(role, ActivationFixtures.delegate(), d)));
        Arbitrary<Set<SupportingDocument>> papers = Arbitraries.of(SupportingDocument.class).set();
        return Combinators.combine(Arbitraries.of(ADULT_HOLDER, MINOR_HOLDER, DELEGATE_CF), dates, applicants, papers)
                .as(ActivationRequest::new);
    }

    @Provide
    Arbitrary<ActivationPolicy> policies() {
        return Combinators.combine(Arbitraries.of(ExpiredDocumentRule.class), Arbitraries.of(true, false))
                .as(ActivationPolicy::new);
    }

    @Property
    void validationNeverThrowsAndRejectsExactlyWhenARuleIsBroken(@ForAll("requests") ActivationRequest request,
            @ForAll("policies") ActivationPolicy policy, @ForAll("days") LocalDate day) {
        ActivationVerdict verdict = ActivationValidator.validate(request, policy, day);
        boolean missingPaper = !request.supportingDocuments().containsAll(
                ActivationRequirements.of(request.mode(), policy).supportingDocuments());
        if (verdict instanceof ActivationVerdict.Rejected rejected) {
            List<ActivationViolation> violations = rejected.violations();
            assertFalse(violations.isEmpty());
            assertEquals(violations.size(), new HashSet<>(violations).size(), "no violation twice");
            assertEquals(missingPaper, violations.stream()
                    .anyMatch(v -> v instanceof ActivationViolation.MissingSupportingDocument));
            assertEquals(day.isAfter(request.cardExpiry()),
                    violations.contains(new ActivationViolation.CardExpired(request.cardExpiry())));
        } else {
            ActivationVerdict.Accepted accepted = (ActivationVerdict.Accepted) verdict;
            assertFalse(missingPaper);
            assertFalse(day.isAfter(request.cardExpiry()));
            IdentityDocument document = request.applicant().document().document();
            assertEquals(document.isExpiredOn(day), accepted.reliesOnExpiredDocument());
            assertTrue(!accepted.reliesOnExpiredDocument() || request.applicant().document().unchangedDataDeclaration());
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31));
    }

    @Property
    void collectingAMissingPaperNeverAddsAViolation(@ForAll("requests") ActivationRequest request,
            @ForAll("policies") ActivationPolicy policy, @ForAll("days") LocalDate day) {
        Set<SupportingDocument> all = new HashSet<>(request.supportingDocuments());
        all.addAll(ActivationRequirements.of(request.mode(), policy).supportingDocuments());
        ActivationRequest complete = new ActivationRequest(request.holder(), request.cardExpiry(),
                request.applicant(), all);
        List<ActivationViolation> before = violationsOf(ActivationValidator.validate(request, policy, day));
        List<ActivationViolation> after = violationsOf(ActivationValidator.validate(complete, policy, day));
        assertEquals(before.stream().filter(v -> !(v instanceof ActivationViolation.MissingSupportingDocument))
                .toList(), after);
    }

    private static List<ActivationViolation> violationsOf(ActivationVerdict verdict) {
        return verdict instanceof ActivationVerdict.Rejected rejected ? rejected.violations() : List.of();
    }
}
