package io.tscns.core.activation;

import static io.tscns.core.activation.ActivationFixtures.ADULT_HOLDER;
import static io.tscns.core.activation.ActivationFixtures.CARD_EXPIRY;
import static io.tscns.core.activation.ActivationFixtures.DELEGATE_CF;
import static io.tscns.core.activation.ActivationFixtures.validDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationInputTest {

    private static IdentityDocument withNumber(String number) {
        return new IdentityDocument(
                IdentityDocumentType.PASSPORT,
                number,
                "Questura di Firenze",
                LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2030, 1, 1)));
    }

    private static ActivationInputProblem problemOf(Runnable build) {
        return assertThrows(InvalidActivationInputException.class, build::run).problem();
    }

    @Test
    void aDocumentNumberIsTrimmedAndUpperCased() {
        assertEquals("YA 1234567", withNumber("  ya 1234567 ").number());
        assertEquals("AR-12/34.5", withNumber("ar-12/34.5").number());
    }

    @Test
    void aMalformedDocumentNumberSaysWhatAndWhere() {
        assertEquals(new ActivationInputProblem.Blank("document.number"), problemOf(() -> withNumber(" \t ")));
        assertEquals(
                new ActivationInputProblem.TooLong("document.number", 32, 33),
                problemOf(() -> withNumber("A".repeat(33))));
        assertEquals(
                new ActivationInputProblem.BadCharacter(
                        "document.number", 3, 'ß', "an ASCII letter or digit, a space, '-', '/' or '.'"),
                problemOf(() -> withNumber("AAß1")));
        assertEquals(new ActivationInputProblem.NoLetterOrDigit("document.number"), problemOf(() -> withNumber("--")));
    }

    @Test
    void theMessageNeverRepeatsTheValue() {
        InvalidActivationInputException e =
                assertThrows(InvalidActivationInputException.class, () -> withNumber("SECRET#NUMBER"));
        assertEquals(
                "document.number character at position 7 is '#'; expected an ASCII letter or digit, a space, "
                        + "'-', '/' or '.'",
                e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"));
    }

    @Test
    void namesAcceptAccentsAndApostrophesButNoControlCharacters() {
        DelegateIdentity d = new DelegateIdentity("  D'Alò ", "Niccolò Maria", DELEGATE_CF);
        assertEquals("D'Alò", d.surname());
        assertEquals("Niccolò Maria", d.givenName());
        assertEquals(
                new ActivationInputProblem.BadCharacter("delegate.givenName", 4, '\n', "no control character"),
                problemOf(() -> new DelegateIdentity("Rossi", "Mar\nio", DELEGATE_CF)));
        assertEquals(
                new ActivationInputProblem.NoLetterOrDigit("delegate.surname"),
                problemOf(() -> new DelegateIdentity("'-'", "Mario", DELEGATE_CF)));
        assertEquals(
                new ActivationInputProblem.BadCharacter("delegate.surname", 2, '\uD800', "no control character"),
                problemOf(() -> new DelegateIdentity("A\uD800B", "Mario", DELEGATE_CF)));
        assertEquals("Ab\uD835\uDC9CC", new DelegateIdentity("Ab\uD835\uDC9CC", "Mario", DELEGATE_CF).surname());
    }

    @Test
    void anIssuingBodyIsFreeTextWithinItsBound() {
        assertEquals(
                new ActivationInputProblem.TooLong("document.issuingBody", 120, 121),
                problemOf(() -> new IdentityDocument(
                        IdentityDocumentType.IDENTITY_CARD,
                        "CA1",
                        "x".repeat(121),
                        LocalDate.of(2020, 1, 1),
                        Optional.empty())));
    }

    @Test
    void theSupportingDocumentsOfARequestAreCopied() {
        Set<SupportingDocument> papers = new HashSet<>(Set.of(SupportingDocument.DELEGATION_FORM));
        ActivationRequest request =
                new ActivationRequest(ADULT_HOLDER, CARD_EXPIRY, new Applicant.Holder(validDocument()), papers);
        papers.add(SupportingDocument.MEDICAL_CERTIFICATE);
        assertEquals(Set.of(SupportingDocument.DELEGATION_FORM), request.supportingDocuments());
        assertThrows(
                UnsupportedOperationException.class,
                () -> request.supportingDocuments().add(SupportingDocument.HOLDER_DOCUMENT_COPY));
        assertTrue(request.applicant().delegate().isEmpty());
    }
}
