package io.tscns.core.activation;

import static io.tscns.core.activation.ActivationFixtures.ADULT_HOLDER;
import static io.tscns.core.activation.ActivationFixtures.CARD_EXPIRY;
import static io.tscns.core.activation.ActivationFixtures.DELEGATE_CF;
import static io.tscns.core.activation.ActivationFixtures.MINOR_HOLDER;
import static io.tscns.core.activation.ActivationFixtures.TODAY;
import static io.tscns.core.activation.ActivationFixtures.direct;
import static io.tscns.core.activation.ActivationFixtures.document;
import static io.tscns.core.activation.ActivationFixtures.expiredDocument;
import static io.tscns.core.activation.ActivationFixtures.healthDelegation;
import static io.tscns.core.activation.ActivationFixtures.representation;
import static io.tscns.core.activation.ActivationFixtures.validDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationValidatorTest {

    private static final LocalDate EXPIRED_ON = LocalDate.of(2024, 2, 14);
    private static final Set<SupportingDocument> HEALTH_PAPERS =
            Set.of(SupportingDocument.DELEGATION_FORM, SupportingDocument.HOLDER_DOCUMENT_COPY);

    private static ActivationVerdict validate(ActivationRequest request, ActivationPolicy policy) {
        return ActivationValidator.validate(request, policy, TODAY);
    }

    private static List<ActivationViolation> violations(ActivationRequest request, ActivationPolicy policy) {
        return assertInstanceOf(ActivationVerdict.Rejected.class, validate(request, policy))
                .violations();
    }

    private static ActivationVerdict.Accepted accepted(ActivationRequest request, ActivationPolicy policy) {
        return assertInstanceOf(ActivationVerdict.Accepted.class, validate(request, policy));
    }

    @ParameterizedTest
    @EnumSource(ActivationMode.class)
    void eachModeWithWhatItRequiresIsAccepted(ActivationMode mode) {
        for (ActivationPolicy policy : List.of(ActivationPolicy.TOSCANA_2_0, ActivationPolicy.STRICT)) {
            Set<SupportingDocument> papers =
                    ActivationRequirements.of(mode, policy).supportingDocuments();
            ActivationRequest request = switch (mode) {
                case DIRECT -> direct(validDocument());
                case DELEGATE_HEALTH -> healthDelegation(validDocument(), papers);
                case LEGAL_REPRESENTATIVE ->
                    representation(MINOR_HOLDER, LegalRepresentativeRole.PARENT, validDocument(), papers);
            };
            ActivationVerdict.Accepted verdict = accepted(request, policy);
            assertEquals(mode, verdict.request().mode());
            assertFalse(verdict.reliesOnExpiredDocument());
        }
    }

    @Test
    void theRequirementsOfEachModeArePinned() {
        assertEquals(
                new ActivationRequirements(ActivationMode.DIRECT, false, Set.of()),
                ActivationRequirements.of(ActivationMode.DIRECT, ActivationPolicy.STRICT));
        assertEquals(
                new ActivationRequirements(ActivationMode.DELEGATE_HEALTH, true, HEALTH_PAPERS),
                ActivationRequirements.of(ActivationMode.DELEGATE_HEALTH, ActivationPolicy.TOSCANA_2_0));
        assertEquals(
                new ActivationRequirements(
                        ActivationMode.DELEGATE_HEALTH,
                        true,
                        Set.of(
                                SupportingDocument.DELEGATION_FORM,
                                SupportingDocument.HOLDER_DOCUMENT_COPY,
                                SupportingDocument.MEDICAL_CERTIFICATE)),
                ActivationRequirements.of(ActivationMode.DELEGATE_HEALTH, ActivationPolicy.STRICT));
        for (ActivationPolicy policy : List.of(ActivationPolicy.TOSCANA_2_0, ActivationPolicy.STRICT)) {
            assertEquals(
                    new ActivationRequirements(
                            ActivationMode.LEGAL_REPRESENTATIVE,
                            true,
                            Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION)),
                    ActivationRequirements.of(ActivationMode.LEGAL_REPRESENTATIVE, policy));
        }
    }

    @Test
    void aHealthDelegationWithoutPapersMissesEachOne() {
        assertEquals(
                List.of(
                        new ActivationViolation.MissingSupportingDocument(SupportingDocument.DELEGATION_FORM),
                        new ActivationViolation.MissingSupportingDocument(SupportingDocument.HOLDER_DOCUMENT_COPY)),
                violations(healthDelegation(validDocument(), Set.of()), ActivationPolicy.TOSCANA_2_0));
        assertEquals(
                List.of(new ActivationViolation.MissingSupportingDocument(SupportingDocument.MEDICAL_CERTIFICATE)),
                violations(healthDelegation(validDocument(), HEALTH_PAPERS), ActivationPolicy.STRICT));
    }

    @Test
    void aLegalRepresentativeNeedsTheSelfDeclaration() {
        assertEquals(
                List.of(new ActivationViolation.MissingSupportingDocument(
                        SupportingDocument.AUTHORITY_SELF_DECLARATION)),
                violations(
                        representation(
                                MINOR_HOLDER,
                                LegalRepresentativeRole.GUARDIAN,
                                validDocument(),
                                Set.of(SupportingDocument.DELEGATION_FORM)),
                        ActivationPolicy.TOSCANA_2_0));
    }

    @Test
    void anExpiredDocumentOfTheHolderUnderToscanaNeedsTheDeclaration() {
        ActivationVerdict.Accepted withDeclaration =
                accepted(direct(expiredDocument(true)), ActivationPolicy.TOSCANA_2_0);
        assertTrue(withDeclaration.reliesOnExpiredDocument(), "the CMS must keep the declaration");
        assertEquals(
                List.of(new ActivationViolation.DocumentExpiredWithoutDeclaration(EXPIRED_ON)),
                violations(direct(expiredDocument(false)), ActivationPolicy.TOSCANA_2_0));
    }

    @Test
    void anExpiredDocumentOfADelegateUnderToscanaIsRefusedEvenWithTheDeclaration() {
        for (boolean declaration : new boolean[] {true, false}) {
            assertEquals(
                    List.of(new ActivationViolation.ExpiredDocumentRefused(
                            EXPIRED_ON, ExpiredDocumentRule.HOLDER_WITH_DECLARATION)),
                    violations(
                            healthDelegation(expiredDocument(declaration), HEALTH_PAPERS),
                            ActivationPolicy.TOSCANA_2_0));
        }
    }

    @Test
    void anExpiredDocumentUnderTheStrictPolicyIsAlwaysRefused() {
        for (boolean declaration : new boolean[] {true, false}) {
            assertEquals(
                    List.of(new ActivationViolation.ExpiredDocumentRefused(EXPIRED_ON, ExpiredDocumentRule.NEVER)),
                    violations(direct(expiredDocument(declaration)), ActivationPolicy.STRICT));
        }
    }

    @Test
    void aPolicyMayAcceptExpiredDocumentsFromAnyoneWithTheDeclaration() {
        ActivationPolicy lenient = new ActivationPolicy(ExpiredDocumentRule.ANYONE_WITH_DECLARATION, false);
        assertTrue(accepted(healthDelegation(expiredDocument(true), HEALTH_PAPERS), lenient)
                .reliesOnExpiredDocument());
        assertEquals(
                List.of(new ActivationViolation.DocumentExpiredWithoutDeclaration(EXPIRED_ON)),
                violations(healthDelegation(expiredDocument(false), HEALTH_PAPERS), lenient));
    }

    @Test
    void aDocumentIsValidThroughItsExpiryDateAndACardThroughItsOwn() {
        PresentedDocument expiresToday = PresentedDocument.withoutDeclaration(document(TODAY.minusYears(10), TODAY));
        ActivationRequest lastDay =
                new ActivationRequest(ADULT_HOLDER, TODAY, new Applicant.Holder(expiresToday), Set.of());
        assertFalse(accepted(lastDay, ActivationPolicy.STRICT).reliesOnExpiredDocument());
        ActivationRequest dayAfter = new ActivationRequest(
                ADULT_HOLDER,
                TODAY.minusDays(1),
                new Applicant.Holder(
                        PresentedDocument.withoutDeclaration(document(TODAY.minusYears(10), TODAY.minusDays(1)))),
                Set.of());
        assertEquals(
                List.of(
                        new ActivationViolation.CardExpired(TODAY.minusDays(1)),
                        new ActivationViolation.ExpiredDocumentRefused(TODAY.minusDays(1), ExpiredDocumentRule.NEVER)),
                violations(dayAfter, ActivationPolicy.STRICT));
    }

    @Test
    void aDocumentWithoutExpiryDateNeverExpires() {
        IdentityDocument pensionBook = new IdentityDocument(
                IdentityDocumentType.PENSION_BOOK, "12345678", "INPS", LocalDate.of(1999, 1, 4), Optional.empty());
        assertFalse(accepted(direct(PresentedDocument.withoutDeclaration(pensionBook)), ActivationPolicy.STRICT)
                .reliesOnExpiredDocument());
    }

    @Test
    void everyViolationIsReportedTogether() {
        IdentityDocument impossible = document(TODAY.plusDays(3), LocalDate.of(2020, 1, 1));
        ActivationRequest request = new ActivationRequest(
                ADULT_HOLDER,
                LocalDate.of(2025, 12, 31),
                new Applicant.LegalRepresentative(
                        LegalRepresentativeRole.PARENT,
                        new DelegateIdentity("Bianchi", "Laura", ADULT_HOLDER),
                        PresentedDocument.withoutDeclaration(impossible)),
                Set.of());
        assertEquals(
                List.of(
                        new ActivationViolation.CardExpired(LocalDate.of(2025, 12, 31)),
                        new ActivationViolation.DocumentIssuedInFuture(TODAY.plusDays(3)),
                        new ActivationViolation.DocumentExpiresBeforeIssue(TODAY.plusDays(3), LocalDate.of(2020, 1, 1)),
                        new ActivationViolation.ExpiredDocumentRefused(
                                LocalDate.of(2020, 1, 1), ExpiredDocumentRule.HOLDER_WITH_DECLARATION),
                        new ActivationViolation.MissingSupportingDocument(
                                SupportingDocument.AUTHORITY_SELF_DECLARATION),
                        new ActivationViolation.DelegateIsHolder(),
                        new ActivationViolation.ParentOfAdult()),
                violations(request, ActivationPolicy.TOSCANA_2_0));
    }

    @Test
    void parentalAuthorityEndsOnTheEighteenthBirthday() {
        CodiceFiscale turnsEighteenToday = CodiceFiscale.parse("NRENNA08C50D612T");
        CodiceFiscale turnsEighteenTomorrow = CodiceFiscale.parse("NRENNA08C51D612S");
        Set<SupportingDocument> papers = Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION);
        assertEquals(
                List.of(new ActivationViolation.ParentOfAdult()),
                violations(
                        representation(turnsEighteenToday, LegalRepresentativeRole.PARENT, validDocument(), papers),
                        ActivationPolicy.TOSCANA_2_0));
        accepted(
                representation(turnsEighteenTomorrow, LegalRepresentativeRole.PARENT, validDocument(), papers),
                ActivationPolicy.TOSCANA_2_0);
        accepted(
                representation(turnsEighteenToday, LegalRepresentativeRole.CURATOR, validDocument(), papers),
                ActivationPolicy.TOSCANA_2_0);
    }

    @Test
    void theDm2011PresetOffersTheHolderAGuardianOrAParentAndNoExpiredDocument() {
        Set<SupportingDocument> papers = Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION);
        accepted(direct(validDocument()), ActivationPolicy.DM_2011);
        accepted(
                representation(MINOR_HOLDER, LegalRepresentativeRole.PARENT, validDocument(), papers),
                ActivationPolicy.DM_2011);
        accepted(
                representation(ADULT_HOLDER, LegalRepresentativeRole.GUARDIAN, validDocument(), papers),
                ActivationPolicy.DM_2011);
        assertEquals(
                List.of(new ActivationViolation.ModeNotOffered(ActivationMode.DELEGATE_HEALTH)),
                violations(healthDelegation(validDocument(), HEALTH_PAPERS), ActivationPolicy.DM_2011));
        assertEquals(
                List.of(new ActivationViolation.RepresentativeNotOffered(LegalRepresentativeRole.CURATOR)),
                violations(
                        representation(ADULT_HOLDER, LegalRepresentativeRole.CURATOR, validDocument(), papers),
                        ActivationPolicy.DM_2011));
        assertEquals(
                List.of(new ActivationViolation.ExpiredDocumentRefused(EXPIRED_ON, ExpiredDocumentRule.NEVER)),
                violations(direct(expiredDocument(true)), ActivationPolicy.DM_2011));
        // The same three requests under the Tuscan manual: all accepted.
        accepted(healthDelegation(validDocument(), HEALTH_PAPERS), ActivationPolicy.TOSCANA_2_0);
        accepted(
                representation(ADULT_HOLDER, LegalRepresentativeRole.CURATOR, validDocument(), papers),
                ActivationPolicy.TOSCANA_2_0);
        accepted(direct(expiredDocument(true)), ActivationPolicy.TOSCANA_2_0);
    }

    @Test
    void aPolicyOffersAtLeastOneModeAndKeepsItsOwnCopies() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ActivationPolicy(ExpiredDocumentRule.NEVER, false, Set.of(), Set.of()));
        Set<ActivationMode> modes = EnumSet.of(ActivationMode.DIRECT);
        ActivationPolicy policy = new ActivationPolicy(ExpiredDocumentRule.NEVER, false, modes, Set.of());
        modes.add(ActivationMode.DELEGATE_HEALTH);
        assertEquals(Set.of(ActivationMode.DIRECT), policy.modes());
        assertEquals(EnumSet.allOf(ActivationMode.class), ActivationPolicy.TOSCANA_2_0.modes());
    }

    @Test
    void aTemporaryCodeHasNoBirthDateToJudgeAgeBy() {
        CodiceFiscale temporary = CodiceFiscale.parse("12345678903");
        accepted(
                representation(
                        temporary,
                        LegalRepresentativeRole.PARENT,
                        validDocument(),
                        Set.of(SupportingDocument.AUTHORITY_SELF_DECLARATION)),
                ActivationPolicy.TOSCANA_2_0);
    }

    @Test
    void anOmocodicVariantIsAnotherPerson() {
        var base = (io.tscns.core.person.PersonalCodiceFiscale) DELEGATE_CF;
        ActivationRequest request = new ActivationRequest(
                base.omocode(1),
                CARD_EXPIRY,
                new Applicant.HealthDelegate(ActivationFixtures.delegate(), validDocument()),
                HEALTH_PAPERS);
        accepted(request, ActivationPolicy.TOSCANA_2_0);
    }

    @Test
    void violationCodesAreFrozenUniqueAndCarryNoPersonalData() {
        List<ActivationViolation> one = List.of(
                new ActivationViolation.CardExpired(TODAY),
                new ActivationViolation.DocumentIssuedInFuture(TODAY),
                new ActivationViolation.DocumentExpiresBeforeIssue(TODAY, TODAY.minusDays(1)),
                new ActivationViolation.DocumentExpiredWithoutDeclaration(TODAY),
                new ActivationViolation.ExpiredDocumentRefused(TODAY, ExpiredDocumentRule.NEVER),
                new ActivationViolation.MissingSupportingDocument(SupportingDocument.DELEGATION_FORM),
                new ActivationViolation.DelegateIsHolder(),
                new ActivationViolation.ParentOfAdult(),
                new ActivationViolation.ModeNotOffered(ActivationMode.DELEGATE_HEALTH),
                new ActivationViolation.RepresentativeNotOffered(LegalRepresentativeRole.CURATOR));
        assertEquals(
                Set.of(ActivationViolation.class.getPermittedSubclasses()),
                Set.copyOf(one.stream().map(Object::getClass).toList()),
                "pin the code of every violation");
        assertEquals(
                List.of(
                        "card-expired",
                        "document-issued-in-future",
                        "document-expires-before-issue",
                        "document-expired-without-declaration",
                        "expired-document-refused",
                        "missing-supporting-document",
                        "delegate-is-holder",
                        "parent-of-adult",
                        "mode-not-offered",
                        "representative-not-offered"),
                one.stream().map(ActivationViolation::code).toList());
    }

    @Test
    void violationDescriptionsNameNoPersonOrDocumentNumber() {
        ActivationRequest request = new ActivationRequest(
                ADULT_HOLDER,
                TODAY.minusDays(1),
                new Applicant.LegalRepresentative(
                        LegalRepresentativeRole.PARENT,
                        new DelegateIdentity("Bianchi", "Laura", ADULT_HOLDER),
                        expiredDocument(false)),
                EnumSet.noneOf(SupportingDocument.class));
        for (ActivationViolation v : violations(request, ActivationPolicy.TOSCANA_2_0)) {
            for (String personal : Map.of("cf", ADULT_HOLDER.value(), "name", "Bianchi", "number", "CA12345AB")
                    .values()) {
                assertFalse(v.describe().contains(personal), v.describe());
            }
        }
    }
}
