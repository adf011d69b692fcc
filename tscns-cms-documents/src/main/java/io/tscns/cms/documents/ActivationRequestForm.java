package io.tscns.cms.documents;

import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ApplicantData;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The activation request form (<i>modulo di richiesta di attivazione, richiesta rilascio codici PIN e PUK</i>, DM 20
 * June 2011 Allegato 2 point 1b), signed by whoever came and kept by the counter: holder, card, who asks and with
 * which document (point 1a), the channel of the second halves and the consent to activation. No code.
 *
 * @param holder            the holder
 * @param cardId            the card
 * @param applicant         who came, how, with which document
 * @param channel           the channel and address for the second halves, as the citizen gave them
 * @param activationConsent whether the consent to activation and to the processing of data was given
 * @param date              the date of the request
 * @since 0.1.0
 */
public record ActivationRequestForm(
        Person holder,
        CardId cardId,
        ApplicantData applicant,
        DeliveryChannel channel,
        boolean activationConsent,
        LocalDate date)
        implements CounterDocument {

    /** Checks the components. */
    public ActivationRequestForm {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Returns the form of an activation request.
     *
     * @param holder  the holder
     * @param cardId  the card
     * @param request the request the counter sends
     * @param date    the date
     * @return the form
     */
    public static ActivationRequestForm of(Person holder, CardId cardId, ActivateCardRequest request, LocalDate date) {
        return new ActivationRequestForm(
                holder, cardId, request.applicant(), request.channel(), request.privacyConsent(), date);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ACTIVATION_REQUEST;
    }
}
