package io.tscns.core.activation;

import static io.tscns.core.activation.ActivationFixtures.ADULT_HOLDER;
import static io.tscns.core.activation.ActivationFixtures.DELEGATE_CF;
import static io.tscns.core.activation.ActivationFixtures.MINOR_HOLDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.GeneratorCoverage;
import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.Dates;

class ActivationProperties {

    @Property
    void anyDocumentNumberIsAcceptedNormalisedOrRefusedWithTheTypedException(@ForAll String number) {
        try {
            IdentityDocument d = new IdentityDocument(
                    IdentityDocumentType.IDENTITY_CARD, number, "Comune", LocalDate.of(2020, 1, 1), Optional.empty());
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

    /** A request, the policy it is judged under and the day: valid often enough that both verdicts are common. */
    record Case(ActivationRequest request, ActivationPolicy policy, LocalDate day) {}

    private static final Map<CodiceFiscale, LocalDate> BIRTH_DATES = Map.of(
            ADULT_HOLDER, LocalDate.of(1990, 2, 14),
            MINOR_HOLDER, LocalDate.of(2015, 6, 1),
            DELEGATE_CF, LocalDate.of(1985, 12, 10));

    /** An identity document described relative to the day of the request. */
    record DocumentShape(
            IdentityDocumentType type, int issuedDaysBefore, Optional<Integer> expiryDaysAfter, boolean declaration) {}

    @Provide
    Arbitrary<Case> cases() {
        // From the youngest holder's birth on: a codice fiscale never encodes a birth after the day it is read, so
        // the validator reads the minor's code on an earlier day as a birth a century before (of age), unlike this
        // model's table of birth dates.
        Arbitrary<LocalDate> days = Dates.dates().between(BIRTH_DATES.get(MINOR_HOLDER), LocalDate.of(2035, 12, 31));
        // Dates relative to the day: mostly consistent (issued before, expiring after), sometimes not.
        Arbitrary<Integer> issuedDaysBefore = Arbitraries.integers().between(-30, 3000);
        Arbitrary<Optional<Integer>> expiryDaysAfter =
                Arbitraries.integers().between(-300, 3000).optional(0.9);
        Arbitrary<Integer> cardDaysLeft = Arbitraries.integers().between(-100, 3650);
        // Mostly every mode offered (as in Tuscany), sometimes only some (as under the DM 2011 preset).
        Arbitrary<Set<ActivationMode>> offeredModes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(EnumSet.allOf(ActivationMode.class))),
                Tuple.of(1, Arbitraries.of(ActivationMode.class).set().ofMinSize(1)));
        Arbitrary<Set<LegalRepresentativeRole>> offeredRepresentatives = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(EnumSet.allOf(LegalRepresentativeRole.class))),
                Tuple.of(1, Arbitraries.of(LegalRepresentativeRole.class).set()));
        Arbitrary<ActivationPolicy> policies = Combinators.combine(
                        Arbitraries.of(ExpiredDocumentRule.class),
                        Arbitraries.of(true, false),
                        offeredModes,
                        offeredRepresentatives)
                .as(ActivationPolicy::new);
        Arbitrary<Set<SupportingDocument>> extraPapers =
                Arbitraries.of(SupportingDocument.class).set();
        Arbitrary<Boolean> allPapers = Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false));
        Arbitrary<Integer> modes = Arbitraries.integers().between(0, 2 + LegalRepresentativeRole.values().length - 1);
        Arbitrary<Boolean> declarations = Arbitraries.of(true, false);
        Arbitrary<CodiceFiscale> holders =
                Arbitraries.frequency(Tuple.of(4, ADULT_HOLDER), Tuple.of(2, MINOR_HOLDER), Tuple.of(1, DELEGATE_CF));
        Arbitrary<DocumentShape> documentShapes = Combinators.combine(
                        Arbitraries.of(IdentityDocumentType.class), issuedDaysBefore, expiryDaysAfter, declarations)
                .as(DocumentShape::new);
        return Combinators.combine(days, holders, cardDaysLeft, documentShapes, modes, policies, extraPapers, allPapers)
                .as((day, holder, cardDays, shape, mode, policy, extra, all) -> {
                    LocalDate issued = day.minusDays(shape.issuedDaysBefore());
                    PresentedDocument document = new PresentedDocument(
                            new IdentityDocument(
                                    shape.type(),
                                    "X1",
                                    "Ente",
                                    issued,
                                    shape.expiryDaysAfter().map(day::plusDays)),
                            shape.declaration());
                    Applicant applicant = switch (mode) {
                        case 0 -> new Applicant.Holder(document);
                        case 1 -> new Applicant.HealthDelegate(ActivationFixtures.delegate(), document);
                        default ->
                            new Applicant.LegalRepresentative(
                                    LegalRepresentativeRole.values()[mode - 2],
                                    ActivationFixtures.delegate(),
                                    document);
                    };
                    Set<SupportingDocument> papers = new HashSet<>(extra);
                    if (all) {
                        papers.addAll(requiredPapers(applicant.mode(), policy));
                    }
                    return new Case(
                            new ActivationRequest(holder, day.plusDays(cardDays), applicant, papers), policy, day);
                });
    }

    /** The papers each mode needs, written out from the Tuscan manual rather than taken from the code. */
    private static Set<SupportingDocument> requiredPapers(ActivationMode mode, ActivationPolicy policy) {
        return switch (mode) {
            case DIRECT -> Set.of();
            case DELEGATE_HEALTH ->
                policy.medicalCertificateRequired()
                        ? Set.of(
                                SupportingDocument.DELEGATION_FORM,
                                SupportingDocument.HOLDER_DOCUMENT_COPY,
                                SupportingDocument.MEDICAL_CERTIFICATE)
                        : Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY);
            case LEGAL_REPRESENTATIVE -> Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION);
        };
    }

    /** The violations a request must get, from the rules as the tests' own model states them. */
    private static Set<ActivationViolation> expectedViolations(Case c) {
        ActivationRequest request = c.request();
        LocalDate day = c.day();
        Set<ActivationViolation> expected = new HashSet<>();
        if (day.isAfter(request.cardExpiry())) {
            expected.add(new ActivationViolation.CardExpired(request.cardExpiry()));
        }
        if (!c.policy().modes().contains(request.mode())) {
            expected.add(new ActivationViolation.ModeNotOffered(request.mode()));
        } else if (request.applicant() instanceof Applicant.LegalRepresentative r
                && !c.policy().representatives().contains(r.role())) {
            expected.add(new ActivationViolation.RepresentativeNotOffered(r.role()));
        }
        PresentedDocument presented = request.applicant().document();
        IdentityDocument document = presented.document();
        if (document.issueDate().isAfter(day)) {
            expected.add(new ActivationViolation.DocumentIssuedInFuture(document.issueDate()));
        }
        document.expiryDate().ifPresent(expiry -> {
            if (expiry.isBefore(document.issueDate())) {
                expected.add(new ActivationViolation.DocumentExpiresBeforeIssue(document.issueDate(), expiry));
            }
            if (day.isAfter(expiry)) {
                ExpiredDocumentRule rule = c.policy().expiredDocuments();
                boolean allowed = rule == ExpiredDocumentRule.ANYONE_WITH_DECLARATION
                        || rule == ExpiredDocumentRule.HOLDER_WITH_DECLARATION
                                && request.applicant() instanceof Applicant.Holder;
                if (!allowed) {
                    expected.add(new ActivationViolation.ExpiredDocumentRefused(expiry, rule));
                } else if (!presented.unchangedDataDeclaration()) {
                    expected.add(new ActivationViolation.DocumentExpiredWithoutDeclaration(expiry));
                }
            }
        });
        for (SupportingDocument paper : requiredPapers(request.mode(), c.policy())) {
            if (!request.supportingDocuments().contains(paper)) {
                expected.add(new ActivationViolation.MissingSupportingDocument(paper));
            }
        }
        if (!(request.applicant() instanceof Applicant.Holder)
                && request.holder().equals(DELEGATE_CF)) {
            expected.add(new ActivationViolation.DelegateIsHolder());
        }
        if (request.applicant() instanceof Applicant.LegalRepresentative r
                && r.role() == LegalRepresentativeRole.PARENT
                && !BIRTH_DATES.get(request.holder()).plusYears(18).isAfter(day)) {
            expected.add(new ActivationViolation.ParentOfAdult());
        }
        return expected;
    }

    @Property
    void theVerdictIsTheOneTheRulesGive(@ForAll("cases") Case c) {
        ActivationVerdict verdict = ActivationValidator.validate(c.request(), c.policy(), c.day());
        Set<ActivationViolation> expected = expectedViolations(c);
        if (expected.isEmpty()) {
            boolean expired = c.request()
                    .applicant()
                    .document()
                    .document()
                    .expiryDate()
                    .map(c.day()::isAfter)
                    .orElse(false);
            assertEquals(new ActivationVerdict.Accepted(c.request(), expired), verdict);
            Statistics.label("verdict").collect(expired ? "accepted on an expired document" : "accepted");
        } else {
            List<ActivationViolation> violations =
                    assertInstanceOf(ActivationVerdict.Rejected.class, verdict).violations();
            assertEquals(violations.size(), new HashSet<>(violations).size(), "no violation twice");
            assertEquals(expected, new HashSet<>(violations));
            Statistics.label("verdict").collect(expected.size() == 1 ? "rejected for one reason" : "rejected");
        }
        Statistics.label("verdict").coverage(checker -> {
            checker.check("accepted").count(GeneratorCoverage.atLeastPercent(10));
            checker.check("rejected for one reason").count(GeneratorCoverage.atLeastPercent(10));
        });
    }

    @Provide
    Arbitrary<ActivationRequest> requests() {
        return cases().map(Case::request);
    }

    @Provide
    Arbitrary<ActivationPolicy> policies() {
        return Combinators.combine(Arbitraries.of(ExpiredDocumentRule.class), Arbitraries.of(true, false))
                .as(ActivationPolicy::new);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31));
    }

    @Property
    void collectingAMissingPaperNeverAddsAViolation(
            @ForAll("requests") ActivationRequest request,
            @ForAll("policies") ActivationPolicy policy,
            @ForAll("days") LocalDate day) {
        Set<SupportingDocument> all = new HashSet<>(request.supportingDocuments());
        all.addAll(ActivationRequirements.of(request.mode(), policy).supportingDocuments());
        ActivationRequest complete =
                new ActivationRequest(request.holder(), request.cardExpiry(), request.applicant(), all);
        List<ActivationViolation> before = violationsOf(ActivationValidator.validate(request, policy, day));
        List<ActivationViolation> after = violationsOf(ActivationValidator.validate(complete, policy, day));
        assertEquals(
                before.stream()
                        .filter(v -> !(v instanceof ActivationViolation.MissingSupportingDocument))
                        .toList(),
                after);
    }

    private static List<ActivationViolation> violationsOf(ActivationVerdict verdict) {
        return verdict instanceof ActivationVerdict.Rejected rejected ? rejected.violations() : List.of();
    }
}
