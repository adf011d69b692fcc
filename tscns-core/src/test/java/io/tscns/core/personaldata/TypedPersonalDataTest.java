package io.tscns.core.personaldata;

import static io.tscns.core.personaldata.PersonalDataTest.rossi;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TypedPersonalDataTest {

    private static final BirthPlaceCode ROMA = new BirthPlaceCode("H501");

    @Test
    void theWorkedExampleReadsAsTypes() {
        PersonalDataFile file = PersonalDataCodec.decode(WorkedExample.padded(400, (byte) 0));
        TypedPersonalData typed = file.data().typed();

        assertEquals(Optional.of("6120"), typed.issuerCode());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 1)), typed.issueDate());
        assertEquals(Optional.of(LocalDate.of(2030, 2, 1)), typed.expiryDate());
        assertEquals(Optional.of("ROSSI"), typed.surname());
        assertEquals(Optional.of("MARIO"), typed.name());
        assertEquals(Optional.of(LocalDate.of(1980, 1, 1)), typed.birthDate());
        assertEquals(Optional.of(Sex.MALE), typed.sex());
        assertEquals(OptionalInt.empty(), typed.height());
        assertEquals(Optional.of(CodiceFiscale.parse("RSSMRA80A01H501U")), typed.codiceFiscale());
        assertEquals(Optional.empty(), typed.citizenship());
        assertEquals(Optional.of(ROMA), typed.birthMunicipality());
        assertEquals(Optional.empty(), typed.birthCountry());
        assertEquals(Optional.empty(), typed.birthAct());
        assertEquals(Optional.of(ROMA), typed.residenceMunicipality());
        assertEquals(Optional.empty(), typed.residenceAddress());
        assertEquals(Optional.empty(), typed.expatriationNote());
        assertEquals(List.of(), typed.warnings());
        assertEquals(file.data(), typed.stored());
        assertArrayEquals(WorkedExample.padded(400, (byte) 0), file.encode());
    }

    @Test
    void anImpossibleDateIsATypedWarningAndItsTextIsKept() {
        PersonalData data = rossi().value(PersonalDataField.BIRTH_DATE, "31021980")
                .value(PersonalDataField.ISSUE_DATE, "00132024")
                .build();
        TypedPersonalData typed = data.typed();

        assertEquals(Optional.empty(), typed.birthDate());
        assertEquals(Optional.empty(), typed.issueDate());
        assertEquals(
                List.of(
                        new ConsistencyWarning.ImpossibleDate(PersonalDataField.ISSUE_DATE, 0, 13, 2024),
                        new ConsistencyWarning.ImpossibleDate(PersonalDataField.BIRTH_DATE, 31, 2, 1980)),
                typed.warnings());
        assertEquals(
                "field 2 (data rilascio) is not a calendar date: there is no month 13",
                typed.warnings().get(0).describe());
        assertEquals(
                "field 6 (data di nascita) is not a calendar date: month 2 of year 1980 has no day 31",
                typed.warnings().get(1).describe());
        assertEquals("impossible-date", typed.warnings().get(0).code());
        assertEquals("31021980", typed.stored().birthDate());
        byte[] bytes = PersonalDataCodec.encode(data, 400);
        assertArrayEquals(bytes, PersonalDataCodec.decode(bytes).encode());
        assertEquals(typed, PersonalDataCodec.decode(bytes).data().typed());
    }

    @Test
    void theHeightIsAWholeNumberOfCentimetres() {
        assertEquals(OptionalInt.of(175), rossi().height(175).build().typed().height());
        assertEquals(OptionalInt.of(75), rossi().height("075").build().typed().height());
        TypedPersonalData unreadable = rossi().height("1,75").build().typed();
        assertEquals(OptionalInt.empty(), unreadable.height());
        assertEquals(
                List.of(new ConsistencyWarning.UnreadableValue(
                        PersonalDataField.HEIGHT, "a height in centimetres, 1 to 3 digits")),
                unreadable.warnings());
        assertEquals(Optional.of("1,75"), unreadable.text(PersonalDataField.HEIGHT));
    }

    @Test
    void aBirthDateAfterTheIssueOrCenturiesBeforeItIsImplausible() {
        LocalDate issue = LocalDate.of(2024, 2, 1);
        PersonalData unborn = PersonalData.builder()
                .issueDate(issue)
                .birthDate(LocalDate.of(2024, 2, 2))
                .build();
        assertEquals(
                List.of(new ConsistencyWarning.BornAfterIssue(LocalDate.of(2024, 2, 2), issue)),
                unborn.consistencyWarnings());
        assertEquals(
                "the birth date is after the issue date 2024-02-01",
                unborn.consistencyWarnings().get(0).describe());

        PersonalData newborn =
                PersonalData.builder().issueDate(issue).birthDate(issue).build();
        assertEquals(List.of(), newborn.consistencyWarnings());

        LocalDate oldest = issue.minusYears(TypedPersonalData.MAX_AGE_YEARS);
        assertEquals(
                List.of(),
                PersonalData.builder()
                        .issueDate(issue)
                        .birthDate(oldest)
                        .build()
                        .consistencyWarnings());
        PersonalData tooOld = PersonalData.builder()
                .issueDate(issue)
                .birthDate(oldest.minusDays(1))
                .build();
        assertEquals(
                List.of(new ConsistencyWarning.ImplausibleAge(oldest.minusDays(1), issue, 130)),
                tooOld.consistencyWarnings());
        assertFalse(
                tooOld.consistencyWarnings()
                        .get(0)
                        .describe()
                        .contains(oldest.minusDays(1).toString()),
                "the birth date is personal data: the sentence names the issue date only");
    }

    @Test
    void municipalitiesThatAreNotCadastralCodesAreWarnedAbout() {
        TypedPersonalData typed = rossi().value(PersonalDataField.RESIDENCE_MUNICIPALITY, "FIRENZE")
                .build()
                .typed();
        assertEquals(Optional.empty(), typed.residenceMunicipality());
        assertEquals(
                List.of(new ConsistencyWarning.UnreadableValue(
                        PersonalDataField.RESIDENCE_MUNICIPALITY, "a cadastral code such as H501")),
                typed.warnings());
    }

    @Test
    void viewsAreEqualWhenTheirStoredTextIs() {
        TypedPersonalData typed = rossi().build().typed();
        assertEquals(typed, rossi().build().typed());
        assertEquals(typed.hashCode(), rossi().build().typed().hashCode());
        assertNotEquals(typed, rossi().height("0").build().typed());
    }
}
