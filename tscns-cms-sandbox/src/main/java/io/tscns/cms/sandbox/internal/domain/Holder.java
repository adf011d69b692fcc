package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A card holder's personal data as the sandbox CMS keeps them (<i>dati anagrafici dell'assistito</i>).
 *
 * @param codiceFiscale codice fiscale
 * @param surname       surname
 * @param givenName     given name
 * @param birthDate     birth date
 * @param sex           sex
 * @param birthPlace    cadastral code of the birth place
 */
public record Holder(
        CodiceFiscale codiceFiscale,
        String surname,
        String givenName,
        LocalDate birthDate,
        Sex sex,
        String birthPlace) {

    /**
     * Checks the components.
     */
    public Holder {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthPlace, "birthPlace");
    }
}
