package io.tscns.core.personaldata;

import static io.tscns.core.personaldata.ConsistencyWarning.CodiceFiscaleDisagrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.PersonalCodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.person.TemporaryCodiceFiscale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final BirthPlaceCode ROMA = new BirthPlaceCode("H501");

    /** The person of docs/card.md §2.3, built from typed values. */
    static PersonalDataBuilder rossi() {
        return PersonalData.builder()
                .issuerCode("6120")
                .issueDate(LocalDate.of(2024, 2, 1))
                .expiryDate(LocalDate.of(2030, 2, 1))
                .holder("ROSSI", "MARIO", Sex.MALE, LocalDate.of(1980, 1, 1), ROMA)
                .residenceMunicipality(ROMA);
    }

    @Test
    void theBuilderWritesTheCardFormatOfTheWorkedExample() {
        PersonalData data = rossi().build();
        assertEquals(PersonalDataCodec.decode(WorkedExample.text()).data(), data);
        assertEquals("01022024", data.issueDate());
        assertEquals("RSSMRA80A01H501U", data.codiceFiscale());
        assertEquals(List.of(), data.consistencyWarnings());
    }

    @Test
    void typedViewsReadTheStoredText() {
        PersonalData data = rossi().build();
        assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), data.parsedIssueDate());
        assertEquals(Optional.of(LocalDate.of(2030, 2, 1)), data.parsedExpiryDate());
        assertEquals(Optional.of(LocalDate.of(1980, 1, 1)), data.parsedBirthDate());
        assertEquals(Optional.of(Sex.MALE), data.parsedSex());
        assertEquals(Optional.of(CodiceFiscale.parse("RSSMRA80A01H501U")), data.parsedCodiceFiscale());
        assertEquals(Optional.of(ROMA), data.parsedBirthMunicipality());
        assertEquals(Optional.empty(), data.parsedBirthCountry());
        assertEquals(Optional.of(ROMA), data.parsedResidenceMunicipality());
        assertEquals("ROSSI", data.value(PersonalDataField.SURNAME));
    }

    @Test
    void typedViewsAreEmptyWhenTheTextDoesNotParseButTheTextIsKept() {
        PersonalData data = rossi().value(PersonalDataField.ISSUE_DATE, "2024-02-01")
                .value(PersonalDataField.EXPIRY_DATE, "31022030")
                .value(PersonalDataField.BIRTH_DATE, "")
                .value(PersonalDataField.SEX, "m")
                .value(PersonalDataField.CODICE_FISCALE, "rssmra80a01h501u")
                .value(PersonalDataField.BIRTH_MUNICIPALITY, "ROMA")
                .build();
        assertEquals(Optional.empty(), data.parsedIssueDate());
        assertEquals(Optional.empty(), data.parsedExpiryDate());
        assertEquals(Optional.empty(), data.parsedBirthDate());
        assertEquals(Optional.empty(), data.parsedSex());
        assertEquals(Optional.empty(), data.parsedCodiceFiscale());
        assertEquals(Optional.empty(), data.parsedBirthMunicipality());
        assertEquals("2024-02-01", data.issueDate());
        assertEquals("rssmra80a01h501u", data.codiceFiscale());
        assertEquals(
                List.of(
                        new ConsistencyWarning.UnreadableValue(PersonalDataField.ISSUE_DATE, "a date DDMMYYYY"),
                        new ConsistencyWarning.ImpossibleDate(PersonalDataField.EXPIRY_DATE, 31, 2, 2030),
                        new ConsistencyWarning.UnreadableValue(PersonalDataField.SEX, "M or F"),
                        new ConsistencyWarning.UnreadableValue(
                                PersonalDataField.CODICE_FISCALE, "a valid codice fiscale in upper case"),
                        new ConsistencyWarning.UnreadableValue(
                                PersonalDataField.BIRTH_MUNICIPALITY, "a cadastral code such as H501")),
                data.consistencyWarnings());
    }

    @Test
    void aCodiceFiscaleThatDisagreesOnBirthDateSexAndPlaceGivesOneWarningEach() {
        PersonalData data = rossi().birthDate(LocalDate.of(1980, 1, 2))
                .sex(Sex.FEMALE)
                .birthMunicipality(new BirthPlaceCode("F205"))
                .build();
        assertEquals(
                List.of(
                        new CodiceFiscaleDisagrees(PersonalDataField.BIRTH_DATE),
                        new CodiceFiscaleDisagrees(PersonalDataField.SEX),
                        new CodiceFiscaleDisagrees(PersonalDataField.BIRTH_MUNICIPALITY)),
                data.consistencyWarnings());
        assertEquals(
                "the codice fiscale does not agree with field 6 (data di nascita)",
                data.consistencyWarnings().get(0).describe());
    }

    @Test
    void aCodiceFiscaleThatDisagreesOnTheNamesIsReported() {
        PersonalData data = rossi().surname("BIANCHI").name("LUCA").build();
        assertEquals(
                List.of(
                        new CodiceFiscaleDisagrees(PersonalDataField.SURNAME),
                        new CodiceFiscaleDisagrees(PersonalDataField.NAME)),
                data.consistencyWarnings());
    }

    @Test
    void theBirthCenturyIsNotEncodedSoAnyCenturyAgrees() {
        PersonalData data = rossi().birthDate(LocalDate.of(1880, 1, 1)).build();
        assertEquals(
                List.of(new ConsistencyWarning.ImplausibleAge(
                        LocalDate.of(1880, 1, 1), LocalDate.of(2024, 2, 1), TypedPersonalData.MAX_AGE_YEARS)),
                data.consistencyWarnings(),
                "implausible, but no disagreement");
    }

    @Test
    void anOmocodicCodeAgreesWithItsHolder() {
        PersonalCodiceFiscale variant =
                PersonalCodiceFiscale.parse("RSSMRA80A01H501U").omocode(7);
        PersonalData data = rossi().codiceFiscale(variant).build();
        assertEquals(Optional.of(variant), data.parsedCodiceFiscale());
        assertEquals(List.of(), data.consistencyWarnings());
    }

    @Test
    void aPersonBornAbroadMayHaveTheStateCodeInEitherBirthField() {
        BirthPlaceCode usa = new BirthPlaceCode("Z404");
        PersonalData built = PersonalData.builder()
                .holder("SMITH", "JOHN", Sex.MALE, LocalDate.of(1975, 5, 20), usa)
                .build();
        assertEquals("Z404", built.birthCountry());
        assertEquals("", built.birthMunicipality());
        assertEquals(List.of(), built.consistencyWarnings());

        PersonalData inMunicipality = built.toBuilder()
                .value(PersonalDataField.BIRTH_COUNTRY, "")
                .birthMunicipality(usa)
                .build();
        assertEquals(List.of(), inMunicipality.consistencyWarnings());

        PersonalData wrongState =
                built.toBuilder().birthCountry(new BirthPlaceCode("Z110")).build();
        assertEquals(
                List.of(new CodiceFiscaleDisagrees(PersonalDataField.BIRTH_COUNTRY)), wrongState.consistencyWarnings());
    }

    @Test
    void aTemporaryCodeHasNothingToCompare() {
        PersonalData data = rossi().codiceFiscale(TemporaryCodiceFiscale.withCheckDigit("1234567890"))
                .sex(Sex.FEMALE)
                .build();
        assertEquals(List.of(), data.consistencyWarnings());
    }

    @Test
    void anExpiryNotAfterTheIssueIsAWarning() {
        PersonalData data = rossi().expiryDate(LocalDate.of(2024, 2, 1)).build();
        assertEquals(
                List.of(new ConsistencyWarning.ExpiryNotAfterIssue(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1))),
                data.consistencyWarnings());
    }

    @Test
    void valuesOutsideTheFormatAreAllReportedWithoutRepeatingThem() {
        var e = assertThrows(
                InvalidPersonalDataException.class,
                () -> rossi().surname("NICOL\u00d2")
                        .residenceAddress("VIA ROMA ".repeat(30))
                        .build());
        assertEquals(
                List.of(
                        new PersonalDataProblem.NonAsciiCharacter(PersonalDataField.SURNAME, 5, '\u00d2'),
                        new PersonalDataProblem.ValueTooLong(PersonalDataField.RESIDENCE_ADDRESS, 270)),
                e.problems());
        assertFalse(e.getMessage().contains("NICOL"));
        assertFalse(e.getMessage().contains("VIA ROMA"));
        assertEquals(
                "field 4 (cognome) has the non-ASCII character U+00D2 at index 5; the file holds ASCII only; "
                        + "field 15 (indirizzo di residenza) has 270 characters; at most 255 fit its two-digit hexadecimal "
                        + "length",
                e.getMessage());
    }

    @Test
    void datesNeedAFourDigitYear() {
        var builder = PersonalData.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.issueDate(LocalDate.of(10_000, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> builder.issueDate(LocalDate.of(-1, 1, 1)));
        assertEquals(
                "01010001", builder.issueDate(LocalDate.of(1, 1, 1)).build().issueDate());
    }

    @Test
    void controlCharactersAreAsciiAndKept() {
        PersonalData data = rossi().residenceAddress("VIA\u0000ROMA\n").build();
        assertEquals(
                data,
                PersonalDataCodec.decode(PersonalDataCodec.encode(data, 400)).data());
    }

    @Test
    void everyNamedSetterWritesItsOwnField() {
        PersonalData data = rossi().height("180")
                .citizenship("1")
                .birthAct("12/A")
                .expatriationNote("AIRE")
                .build();
        assertEquals("180", data.value(PersonalDataField.HEIGHT));
        assertEquals("1", data.value(PersonalDataField.CITIZENSHIP));
        assertEquals("12/A", data.value(PersonalDataField.BIRTH_ACT));
        assertEquals("AIRE", data.value(PersonalDataField.EXPATRIATION_NOTE));
        assertEquals("", rossi().build().value(PersonalDataField.BIRTH_ACT));
    }
}
