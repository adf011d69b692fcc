package io.tscns.core.activation;

import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;

/**
 * Who comes to the counter in the holder's place (<i>estremi del delegato</i>): surname, name and codice fiscale,
 * which the operator types into the CMS (Toscana manual v2.0 §10.1 step 7, §10.2 step 5, §10.3 step 14).
 *
 * <p>Immutable and thread-safe.
 *
 * @param surname       the surname (<i>cognome</i>), at most {@value #MAX_NAME_LENGTH} characters
 * @param givenName     the given name (<i>nome</i>), at most {@value #MAX_NAME_LENGTH} characters
 * @param codiceFiscale the delegate's codice fiscale
 * @since 0.1.0
 */
public record DelegateIdentity(String surname, String givenName, CodiceFiscale codiceFiscale) {

    /** Longest surname or given name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Checks and trims the fields.
     *
     * @throws InvalidActivationInputException if a name is blank, too long or holds control characters
     */
    public DelegateIdentity {
        surname = InputText.freeText("delegate.surname", surname, MAX_NAME_LENGTH);
        givenName = InputText.freeText("delegate.givenName", givenName, MAX_NAME_LENGTH);
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
    }
}
