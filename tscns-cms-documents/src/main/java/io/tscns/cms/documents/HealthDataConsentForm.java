package io.tscns.cms.documents;

import io.tscns.core.card.CardId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The consent form for the processing of data that reveal the state of health for prevention, diagnosis and care
 * (<i>modulo di consenso al trattamento dei dati idonei a rilevare lo stato di salute</i>, DM 20 June 2011 Allegato
 * 2 point 2), printed for the holder to mark and sign; the counter then annotates the consent in the CMS. The
 * notice's text is the region's and is left to it.
 *
 * @param holder the holder
 * @param cardId the card
 * @param date   the date printed
 * @since 0.1.0
 */
public record HealthDataConsentForm(Person holder, CardId cardId, LocalDate date) implements CounterDocument {

    /** Checks the components. */
    public HealthDataConsentForm {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.HEALTH_DATA_CONSENT_FORM;
    }
}
