package io.tscns.core.activation;

import io.tscns.core.person.CodiceFiscale;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A request to activate a TS-CNS card, that is, to release its secret codes (<i>richiesta di attivazione</i>,
 * "richiesta rilascio codici PIN e PUK", DM 20 giugno 2011 Allegato 2 point 1b). It holds what the operator enters:
 * the card read from its face (codice fiscale and expiry date; Toscana manual v2.0 §10.1 step 4), who came to the
 * counter and with which document, and the supporting papers collected. Check it with
 * {@link ActivationValidator#validate}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holder              the holder's codice fiscale, as printed on the card
 * @param cardExpiry          the card's expiry date, as printed on it
 * @param applicant           who came to the counter; decides the mode
 * @param supportingDocuments the papers collected besides the identity document
 * @since 0.1.0
 */
public record ActivationRequest(
        CodiceFiscale holder, LocalDate cardExpiry, Applicant applicant, Set<SupportingDocument> supportingDocuments) {

    /**
     * Checks the components and copies the set.
     */
    public ActivationRequest {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(cardExpiry, "cardExpiry");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(supportingDocuments, "supportingDocuments");
        EnumSet<SupportingDocument> copy = EnumSet.noneOf(SupportingDocument.class);
        for (SupportingDocument document : supportingDocuments) {
            copy.add(Objects.requireNonNull(document, "supportingDocuments element"));
        }
        supportingDocuments = Collections.unmodifiableSet(copy);
    }

    /**
     * Returns the activation mode, decided by the applicant.
     *
     * @return the mode
     */
    public ActivationMode mode() {
        return applicant.mode();
    }
}
