package io.tscns.core.personaldata;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.person.Sex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The cross-field checks behind {@link PersonalData#consistencyWarnings()}.
 */
final class ConsistencyCheck {

    private static final String DATE_FORMAT = "a date DDMMYYYY";

    private final PersonalData data;
    private final List<ConsistencyWarning> warnings = new ArrayList<>();

    private ConsistencyCheck(PersonalData data) {
        this.data = data;
    }

    static List<ConsistencyWarning> of(PersonalData data) {
        ConsistencyCheck check = new ConsistencyCheck(data);
        check.run();
        return List.copyOf(check.warnings);
    }

    private void run() {
        Optional<LocalDate> issue = readable(PersonalDataField.ISSUE_DATE, data.parsedIssueDate(), DATE_FORMAT);
        Optional<LocalDate> expiry = readable(PersonalDataField.EXPIRY_DATE, data.parsedExpiryDate(), DATE_FORMAT);
        Optional<LocalDate> birth = readable(PersonalDataField.BIRTH_DATE, data.parsedBirthDate(), DATE_FORMAT);
        Optional<Sex> sex = readable(PersonalDataField.SEX, data.parsedSex(), "M or F");
        Optional<CodiceFiscale> code = readable(PersonalDataField.CODICE_FISCALE, data.parsedCodiceFiscale(),
                "a valid codice fiscale in upper case");
        if (issue.isPresent() && expiry.isPresent() && !expiry.get().isAfter(issue.get())) {
            warnings.add(new ConsistencyWarning.ExpiryNotAfterIssue(issue.get(), expiry.get()));
        }
        if (code.isPresent() && code.get() instanceof PersonalCodiceFiscale personal) {
            compareLetters(PersonalDataField.SURNAME, personal.surnameCode(), CodiceFiscaleCalculator::surnameCode);
            compareLetters(PersonalDataField.NAME, personal.nameCode(), CodiceFiscaleCalculator::nameCode);
            if (birth.isPresent() && !personal.matchesBirthDate(birth.get())) {
                disagrees(PersonalDataField.BIRTH_DATE);
            }
            if (sex.isPresent() && sex.get() != personal.sex()) {
                disagrees(PersonalDataField.SEX);
            }
            compareBirthPlace(personal.birthPlace());
        }
    }

    private <T> Optional<T> readable(PersonalDataField field, Optional<T> parsed, String expected) {
        if (parsed.isEmpty() && !data.value(field).isEmpty()) {
            warnings.add(new ConsistencyWarning.UnreadableValue(field, expected));
        }
        return parsed;
    }

    private void compareLetters(PersonalDataField field, String encoded, UnaryOperator<String> rule) {
        String text = data.value(field);
        if (text.isEmpty()) {
            return;
        }
        try {
            if (!rule.apply(text).equals(encoded)) {
                disagrees(field);
            }
        } catch (InvalidCodiceFiscaleException noLetters) {
            disagrees(field);
        }
    }

    /**
     * A person born in Italy has the municipality's code in the codice fiscale, a person born abroad the foreign
     * state's {@code Z} code. Which of the two card fields holds a {@code Z} code has not been observed, so the
     * code may match either; the warning names the birth municipality when that field holds a code.
     */
    private void compareBirthPlace(BirthPlaceCode encoded) {
        Optional<BirthPlaceCode> municipality = data.parsedBirthMunicipality();
        Optional<BirthPlaceCode> country = data.parsedBirthCountry();
        if (municipality.isEmpty() && country.isEmpty()) {
            return;
        }
        if (!municipality.equals(Optional.of(encoded)) && !country.equals(Optional.of(encoded))) {
            disagrees(municipality.isPresent()
                    ? PersonalDataField.BIRTH_MUNICIPALITY
                    : PersonalDataField.BIRTH_COUNTRY);
        }
    }

    private void disagrees(PersonalDataField field) {
        warnings.add(new ConsistencyWarning.CodiceFiscaleDisagrees(field));
    }
}
