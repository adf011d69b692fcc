package io.tscns.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TeamNumberTest {

    @Test
    void derivesTheWorkedExampleFromTheCardId() {
        // docs/card.md §7.1: 8038000 + characters 2-13 of 6120123456789000 + Luhn digit 1.
        CardId cardId = CardId.parse("6120123456789000");
        TeamNumber team = TeamNumber.fromCardId(cardId);
        assertEquals("80380001201234567891", team.value());
        assertTrue(team.isDerivedFrom(cardId));
        assertFalse(team.isDerivedFrom(CardId.parse("6090123456789000")));
    }

    @Test
    void thePublishedExamplePassesTheLuhnCheck() {
        TeamNumber team = TeamNumber.parse("80380001800321717010");
        assertEquals('0', team.checkDigit());
        assertEquals("8038000180", team.issuingBodies());
        assertEquals("0321717010", team.individualSeries());
        assertEquals("180", team.inferredRegionCode());
    }

    @Test
    void theLuhnDigitMatchesHandComputedValues() {
        // Classic ISO/IEC 7812 test vector: 7992739871 -> check digit 3.
        assertEquals('3', Luhn.checkDigit("7992739871"));
        assertEquals('0', Luhn.checkDigit(""));
        assertEquals('1', Luhn.checkDigit("8038000120123456789"));
    }

    @Test
    void whiteSpaceBetweenGroupsIsTolerated() {
        assertEquals(TeamNumber.parse("80380001201234567891"), TeamNumber.parse(" 8038 0001 2012 3456 7891\t"));
        assertEquals(TeamNumber.parse("80380001201234567891"), TeamNumber.parse("8038000120\n1234567891"));
    }

    @Test
    void otherSeparatorsAreRejectedAtTheirPositionInTheText() {
        var e = assertThrows(InvalidCardIdentifierException.class, () -> TeamNumber.parse("8038 0001-2012 3456 7891"));
        assertEquals(new CardIdentifierProblem.NotADigit(CardIdentifierKind.TEAM_NUMBER, 10, '-'), e.problem());
    }

    @Test
    void aWrongDigitCountIsReportedAsTheCountOfDigits() {
        var e = assertThrows(InvalidCardIdentifierException.class, () -> TeamNumber.parse("8038 0001 2012 3456 789"));
        assertEquals(new CardIdentifierProblem.WrongLength(CardIdentifierKind.TEAM_NUMBER, 19), e.problem());
        e = assertThrows(InvalidCardIdentifierException.class, () -> TeamNumber.parse("803800012012345678912"));
        assertEquals(new CardIdentifierProblem.WrongLength(CardIdentifierKind.TEAM_NUMBER, 21), e.problem());
    }

    @Test
    void aWrongCheckDigitNamesTheExpectedOne() {
        var e = assertThrows(InvalidCardIdentifierException.class, () -> TeamNumber.parse("80380001201234567892"));
        assertEquals(new CardIdentifierProblem.WrongCheckDigit('1', '2'), e.problem());
        assertEquals(CardIdentifierKind.TEAM_NUMBER, e.problem().kind());
        assertEquals("TEAM card number check digit (position 20) is '2'; the Luhn rule gives '1'", e.getMessage());
    }

    @Test
    void theTextOfATeamNumberIsItsValue() {
        TeamNumber team = TeamNumber.fromCardId(new CardId("6090000000001000"));
        assertEquals(team.value(), team.toString());
        assertEquals(20, team.toString().length());
    }
}
