package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.ActivationRequest;
import io.tscns.core.activation.SupportingDocument;
import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Card activation with the codes delivered in a sealed envelope
 * ({@code POST /cards/{cardId}/sealed-envelope-activation}; <i>stampa in busta chiusa dei codici PIN e PUK
 * contestualmente alla richiesta di attivazione</i>, DM 20 giugno 2011 Allegato 2 point 1c): the same facts as an
 * {@link ActivateCardRequest}, the identification reference included, but no channel, since no half travels apart; the CMS answers with a {@link SealedEnvelope}. A CMS whose profile does not offer the envelope refuses it
 * with {@code delivery-not-offered}.
 *
 * @param holder              the holder's codice fiscale as printed on the card
 * @param cardExpiry          the card's expiry date as printed on it
 * @param applicant           who came to the counter, with the document
 * @param supportingDocuments the papers collected
 * @param privacyConsent      whether the holder accepted the privacy notice (<i>informativa privacy</i>)
 * @param fseConsents         FSE consents given at activation, possibly none
 * @param counterReference    the counter's reference for the papers collected, if it gives one
 * @param identificationRef   the reference of this operator's identification of the card ({@code POST
 *                            /cards/identify}); required by the CMS, which refuses {@code identification-required}
 *                            without it ({@code docs/cms.md §9.5})
 * @since 0.1.0
 */
public record SealedEnvelopeActivationRequest(
        CodiceFiscale holder,
        LocalDate cardExpiry,
        ApplicantData applicant,
        Set<SupportingDocument> supportingDocuments,
        boolean privacyConsent,
        List<ConsentChoice> fseConsents,
        Optional<String> counterReference,
        Optional<IdentificationRef> identificationRef) {

    /** Checks the components and copies the collections. */
    public SealedEnvelopeActivationRequest {
        required("holder", holder);
        required("cardExpiry", cardExpiry);
        required("applicant", applicant);
        supportingDocuments = CounterRecord.copy("supportingDocuments", supportingDocuments);
        fseConsents = WireText.list("fseConsents", fseConsents, 8);
        counterReference = CounterRecord.reference(counterReference);
        required("identificationRef", identificationRef);
    }

    /**
     * Creates a request without an identification reference: add it with {@link #withIdentification}.
     *
     * @param holder              the holder's codice fiscale as printed on the card
     * @param cardExpiry          the card's expiry date as printed on it
     * @param applicant           who came to the counter, with the document
     * @param supportingDocuments the papers collected
     * @param privacyConsent      whether the holder accepted the privacy notice
     * @param fseConsents         FSE consents given at activation, possibly none
     * @param counterReference    the counter's reference for the papers collected, if it gives one
     */
    public SealedEnvelopeActivationRequest(
            CodiceFiscale holder,
            LocalDate cardExpiry,
            ApplicantData applicant,
            Set<SupportingDocument> supportingDocuments,
            boolean privacyConsent,
            List<ConsentChoice> fseConsents,
            Optional<String> counterReference) {
        this(
                holder,
                cardExpiry,
                applicant,
                supportingDocuments,
                privacyConsent,
                fseConsents,
                counterReference,
                Optional.empty());
    }

    /**
     * Returns this request carrying an identification's reference.
     *
     * @param reference the reference from {@link IdentifyResult.Match#identificationRef()}
     * @return a copy with the reference
     */
    public SealedEnvelopeActivationRequest withIdentification(IdentificationRef reference) {
        return new SealedEnvelopeActivationRequest(
                holder,
                cardExpiry,
                applicant,
                supportingDocuments,
                privacyConsent,
                fseConsents,
                counterReference,
                Optional.of(reference));
    }

    /**
     * Returns what the CMS keeps of this activation's counter checks.
     *
     * @return the record
     */
    public CounterRecord counterRecord() {
        return new CounterRecord(applicant, supportingDocuments, counterReference, Optional.of(privacyConsent));
    }

    /**
     * Returns the core activation request, for {@code ActivationValidator}.
     *
     * @return the request
     */
    public ActivationRequest toActivationRequest() {
        return new ActivationRequest(holder, cardExpiry, applicant.toApplicant(), supportingDocuments);
    }
}
