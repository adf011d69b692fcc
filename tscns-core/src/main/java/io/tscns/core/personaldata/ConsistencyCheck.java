package io.tscns.core.personaldata;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscaleCalculator;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import io.tscns.core.person.PersonalCodiceFiscale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The checks between fields behind {@link TypedPersonalData#warnings()}: the expiry after the issue, a plausible
 * birth date, and the codice fiscale against the names, birth date, sex and birth place. Fields that are empty or
 * unreadable are not compared.
 */
final class ConsistencyCheck {

    private final TypedPersonalData data;
    private final List<ConsistencyWarning> warnings = new ArrayList<>();

    private ConsistencyCheck(TypedPersonalData data) {
        this.data = data;
    }

    static List<ConsistencyWarning> between(TypedPersonalData data) {
        ConsistencyCheck check = new ConsistencyCheck(data);
        check.run();
        return check.warnings;
    }

    private void run() {
        Optional<LocalDate> issue = data.issueDate();
        Optional<LocalDate> expiry = data.expiryDate();
        if (issue.isPresent() && expiry.isPresent() && !expiry.get().isAfter(issue.get())) {
            warnings.add(new ConsistencyWarning.ExpiryNotAfterIssue(issue.get(), expiry.get()));
        }
        if (issue.isPresent() && data.birthDate().isPresent()) {
            checkBirthDate(data.birthDate().get(), issue.get());
        }
        if (data.codiceFiscale().isPresent() && data.codiceFiscale().get() instanceof PersonalCodiceFiscale code) {
            compareLetters(PersonalDataField.SURNAME, code.surnameCode(), CodiceFiscaleCalculator::surnameCode);
            compareLetters(PersonalDataField.NAME, code.nameCode(), CodiceFiscaleCalculator::nameCode);
            if (data.birthDate().isPresent()
                    && !code.matchesBirthDate(data.birthDate().get())) {
                disagrees(PersonalDataField.BIRTH_DATE);
            }
            if (data.sex().isPresent() && data.sex().get() != code.sex()) {
                disagrees(PersonalDataField.SEX);
            }
            compareBirthPlace(code.birthPlace());
        }
    }

    private void checkBirthDate(LocalDate birth, LocalDate issue) {
        if (birth.isAfter(issue)) {
            warnings.add(new ConsistencyWarning.BornAfterIssue(birth, issue));
        } else if (birth.plusYears(TypedPersonalData.MAX_AGE_YEARS).isBefore(issue)) {
            warnings.add(new ConsistencyWarning.ImplausibleAge(birth, issue, TypedPersonalData.MAX_AGE_YEARS));
        }
    }

    private void compareLetters(PersonalDataField field, String encoded, UnaryOperator<String> rule) {
        String text = data.stored().value(field);
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
        Optional<BirthPlaceCode> municipality = data.birthMunicipality();
        Optional<BirthPlaceCode> country = data.stored().parsedBirthCountry();
        if (municipality.isEmpty() && country.isEmpty()) {
            return;
        }
        if (!municipality.equals(Optional.of(encoded)) && !country.equals(Optional.of(encoded))) {
            disagrees(
                    municipality.isPresent() ? PersonalDataField.BIRTH_MUNICIPALITY : PersonalDataField.BIRTH_COUNTRY);
        }
    }

    private void disagrees(PersonalDataField field) {
        warnings.add(new ConsistencyWarning.CodiceFiscaleDisagrees(field));
    }
}
