package io.tscns.cms.documents;

import io.tscns.cms.protocol.PersonData;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.person.CodiceFiscale;
import java.util.Objects;

/**
 * A person named on a document (<i>persona</i>): the holder (<i>titolare</i>), a delegate (<i>delegato</i>) or a
 * legal representative (<i>genitore, tutore, curatore</i>), by surname, given name and codice fiscale, as the CMS
 * records them (manual §10.1 step 7, §10.2 step 5).
 *
 * @param surname       the surname (<i>cognome</i>), 1 to {@value #MAX_NAME_LENGTH} characters after trimming
 * @param givenName     the given name (<i>nome</i>), 1 to {@value #MAX_NAME_LENGTH} characters after trimming
 * @param codiceFiscale the codice fiscale
 * @since 0.1.0
 */
public record Person(String surname, String givenName, CodiceFiscale codiceFiscale) {

    /** Longest surname or given name, in characters: the bound of the CMS protocol's names. */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * Trims and checks the names.
     *
     * @throws DocumentException if a name is blank, too long or holds a control character
     */
    public Person {
        surname = DocumentText.name("surname", surname, MAX_NAME_LENGTH);
        givenName = DocumentText.name("givenName", givenName, MAX_NAME_LENGTH);
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
    }

    /**
     * Returns the person of the CMS's personal data (the holder's, from {@code getHolder} or identification).
     *
     * @param data the personal data
     * @return the person
     */
    public static Person of(PersonData data) {
        return new Person(data.surname(), data.name(), data.codiceFiscale());
    }

    /**
     * Returns the delegate or legal representative the CMS recorded.
     *
     * @param delegate the delegate's identity
     * @return the person
     */
    public static Person of(DelegateIdentity delegate) {
        return new Person(delegate.surname(), delegate.givenName(), delegate.codiceFiscale());
    }

    /** @return given name and surname, as printed in running text */
    public String fullName() {
        return givenName + " " + surname;
    }
}
