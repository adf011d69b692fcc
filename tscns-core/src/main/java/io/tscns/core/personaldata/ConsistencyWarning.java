package io.tscns.core.personaldata;

import io.tscns.core.Problem;

import java.time.LocalDate;

/**
 * Something in {@code EF.Dati_personali} that the format allows but that does not add up: a date that does not
 * parse, an expiry not after the issue, a codice fiscale that disagrees with the other fields. These are warnings,
 * never failures: real cards carry data as the issuer wrote it (a codice fiscale may legitimately differ from
 * what the name would give after a correction), and the SDK must still read them. Returned by
 * {@link PersonalData#consistencyWarnings()}.
 */
public sealed interface ConsistencyWarning extends Problem {

    /**
     * A non-empty field does not have the format it should have.
     *
     * @param field    the field
     * @param expected the format expected, e.g. {@code "a date DDMMYYYY"}
     */
    record UnreadableValue(PersonalDataField field, String expected) implements ConsistencyWarning {
        @Override
        public String describe() {
            return field.label() + " is not " + expected;
        }
    }

    /**
     * The expiry date is not after the issue date.
     *
     * @param issueDate  the issue date
     * @param expiryDate the expiry date
     */
    record ExpiryNotAfterIssue(LocalDate issueDate, LocalDate expiryDate) implements ConsistencyWarning {
        @Override
        public String describe() {
            return "expiry date " + expiryDate + " is not after issue date " + issueDate;
        }
    }

    /**
     * The codice fiscale encodes something other than what a field holds: the surname or name letters, the birth
     * date, the sex, or the birth place (municipality, or foreign state for people born abroad).
     *
     * @param field the field the codice fiscale disagrees with
     */
    record CodiceFiscaleDisagrees(PersonalDataField field) implements ConsistencyWarning {
        @Override
        public String describe() {
            return "the codice fiscale does not agree with " + field.label();
        }
    }
}
