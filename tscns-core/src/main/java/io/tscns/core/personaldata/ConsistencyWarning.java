package io.tscns.core.personaldata;

import io.tscns.core.Problem;
import java.time.LocalDate;

/**
 * Something in {@code EF.Dati_personali} that the format allows but that does not add up: a value that does not
 * have its field's format, a date that names no calendar day, an expiry not after the issue, an implausible birth
 * date, a codice fiscale that disagrees with the other fields. These are warnings,
 * never failures: real cards carry data as the issuer wrote it (a codice fiscale may legitimately differ from
 * what the name would give after a correction), and the SDK must still read them. Returned by
 * {@link PersonalData#consistencyWarnings()} and {@link TypedPersonalData#warnings()}.
 *
 * @since 0.1.0
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
     * A date field holds eight digits that name no calendar day: 31 February, month 13, day 00. The digits are
     * read as {@code DDMMYYYY} ({@code docs/card.md §2.1}); the stored text is kept as it is.
     *
     * @param field the field: {@link PersonalDataField#ISSUE_DATE}, {@link PersonalDataField#EXPIRY_DATE} or
     *              {@link PersonalDataField#BIRTH_DATE}
     * @param day   the day the digits give, 0–99
     * @param month the month the digits give, 0–99
     * @param year  the year the digits give, 0–9999
     */
    record ImpossibleDate(PersonalDataField field, int day, int month, int year) implements ConsistencyWarning {
        @Override
        public String describe() {
            String why = month < 1 || month > 12
                    ? "there is no month " + month
                    : "month " + month + " of year " + year + " has no day " + day;
            return field.label() + " is not a calendar date: " + why;
        }
    }

    /**
     * The birth date is after the issue date: nobody holds a card issued before they were born.
     *
     * @param birthDate the birth date
     * @param issueDate the issue date
     */
    record BornAfterIssue(LocalDate birthDate, LocalDate issueDate) implements ConsistencyWarning {
        @Override
        public String describe() {
            return "the birth date is after the issue date " + issueDate;
        }
    }

    /**
     * The birth date makes the holder older on the issue date than anybody has been known to live.
     *
     * @param birthDate    the birth date
     * @param issueDate    the issue date
     * @param maximumYears the oldest age accepted as plausible, {@value TypedPersonalData#MAX_AGE_YEARS}
     */
    record ImplausibleAge(LocalDate birthDate, LocalDate issueDate, int maximumYears) implements ConsistencyWarning {
        @Override
        public String describe() {
            return "the birth date makes the holder older than " + maximumYears + " years on the issue date "
                    + issueDate;
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
