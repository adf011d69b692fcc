package io.tscns.core.activation;

import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Shared values for the activation tests. */
final class ActivationFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    /** A woman born on 14 February 1990: of age on {@link #TODAY}. */
    static final CodiceFiscale ADULT_HOLDER = CodiceFiscale.parse("BNCLRA90B54D612S");
    /** A boy born on 1 June 2015: a minor on {@link #TODAY}. */
    static final CodiceFiscale MINOR_HOLDER = CodiceFiscale.parse("VRDLCU15H01D612M");

    static final CodiceFiscale DELEGATE_CF = CodiceFiscale.parse("RSSMRA85T10A562S");
    static final LocalDate CARD_EXPIRY = LocalDate.of(2030, 1, 31);

    private ActivationFixtures() {}

    static IdentityDocument document(LocalDate issue, LocalDate expiry) {
        return new IdentityDocument(
                IdentityDocumentType.IDENTITY_CARD, "CA12345AB", "Comune di Firenze", issue, Optional.of(expiry));
    }

    static PresentedDocument validDocument() {
        return PresentedDocument.withoutDeclaration(document(LocalDate.of(2022, 5, 2), LocalDate.of(2032, 2, 14)));
    }

    static PresentedDocument expiredDocument(boolean declaration) {
        return new PresentedDocument(document(LocalDate.of(2014, 5, 2), LocalDate.of(2024, 2, 14)), declaration);
    }

    static DelegateIdentity delegate() {
        return new DelegateIdentity("Rossi", "Mario", DELEGATE_CF);
    }

    static ActivationRequest direct(PresentedDocument document) {
        return new ActivationRequest(ADULT_HOLDER, CARD_EXPIRY, new Applicant.Holder(document), Set.of());
    }

    static ActivationRequest healthDelegation(PresentedDocument document, Set<SupportingDocument> papers) {
        return new ActivationRequest(
                ADULT_HOLDER, CARD_EXPIRY, new Applicant.HealthDelegate(delegate(), document), papers);
    }

    static ActivationRequest representation(
            CodiceFiscale holder,
            LegalRepresentativeRole role,
            PresentedDocument document,
            Set<SupportingDocument> papers) {
        return new ActivationRequest(
                holder, CARD_EXPIRY, new Applicant.LegalRepresentative(role, delegate(), document), papers);
    }
}
