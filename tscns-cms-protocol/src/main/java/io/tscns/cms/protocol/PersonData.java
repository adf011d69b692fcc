package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.time.LocalDate;

/**
 * A person's personal data (<i>dati anagrafici</i>): the holder's data shown for the operator's second identity check
 * (manual §10.1 step 5), the holder data of a card, or a person of an emission request.
 *
 * @param surname       the surname (<i>cognome</i>)
 * @param name          the given name (<i>nome</i>)
 * @param birthDate     the date of birth
 * @param sex           the sex
 * @param birthPlace    the place of birth (municipality or foreign state)
 * @param codiceFiscale the codice fiscale
 * @since 0.1.0
 */
public record PersonData(
        String surname, String name, LocalDate birthDate, Sex sex, String birthPlace, CodiceFiscale codiceFiscale) {

    /** Checks the components. */
    public PersonData {
        text("surname", surname, 100);
        text("name", name, 100);
        required("birthDate", birthDate);
        required("sex", sex);
        text("birthPlace", birthPlace, 100);
        required("codiceFiscale", codiceFiscale);
    }
}
