package io.tscns.core.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteChannelTest {

    @Test
    void anEmailAddressIsTrimmedAndItsDomainLowerCased() {
        EmailChannel email = RemoteChannel.email("  Mario.Rossi+ts@Example.IT ");
        assertEquals("Mario.Rossi+ts@example.it", email.address());
        assertEquals("M*****@example.it", email.masked());
        assertEquals("EmailChannel[M*****@example.it]", email.toString());
        assertEquals(email, new EmailChannel(email.address()));
    }

    @Test
    void aShortLocalPartIsMaskedEntirely() {
        assertEquals("*****@x.it", RemoteChannel.email("ab@x.it").masked());
        assertEquals("a*****@x.it", RemoteChannel.email("abc@x.it").masked());
        assertEquals(
                "a*****@example.xn--p1ai",
                RemoteChannel.email("abcdef@example.xn--p1ai").masked());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'   '                    | Empty",
                "mario.rossi.example.it   | Malformed",
                "a@b@example.it           | BadCharacter",
                "@example.it              | Malformed",
                "mario@                   | Malformed",
                ".mario@example.it        | BadCharacter",
                "mario.@example.it        | BadCharacter",
                "ma..rio@example.it       | BadCharacter",
                "ma rio@example.it        | BadCharacter",
                "\"mario\"@example.it     | BadCharacter",
                "mar\u00eco@example.it    | BadCharacter",
                "mario@localhost          | Malformed",
                "mario@example..it        | Malformed",
                "mario@.example.it        | Malformed",
                "mario@example.it.        | Malformed",
                "mario@-example.it        | Malformed",
                "mario@example-.it        | Malformed",
                "mario@example.i          | Malformed",
                "mario@example.1t         | Malformed",
                "mario@[192.168.0.1]      | BadCharacter",
                "mario@ex_ample.it        | BadCharacter"
            })
    void malformedEmailAddressesAreTypedErrors(String address, String problem) {
        InvalidRemoteAddressException e =
                assertThrows(InvalidRemoteAddressException.class, () -> RemoteChannel.email(address));
        assertEquals(problem, e.problem().getClass().getSimpleName(), e.getMessage());
    }

    @Test
    void emailLengthsAreBounded() {
        String local65 = "m".repeat(65);
        assertInstanceOf(AddressProblem.Malformed.class, emailProblem(local65 + "@example.it"));
        String domain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".it";
        assertEquals("m@" + domain, RemoteChannel.email("m@" + domain).address(), "254 characters in all");
        assertEquals(new AddressProblem.TooLong("e-mail address", 254, 255), emailProblem("mm@" + domain));
        assertInstanceOf(AddressProblem.Malformed.class, emailProblem("m@" + "a".repeat(64) + ".it"));
        assertEquals(
                "m@" + "a".repeat(63) + ".it",
                RemoteChannel.email("m@" + "a".repeat(63) + ".it").address());
    }

    @Test
    void anEmailErrorNamesThePositionNotTheAddress() {
        InvalidRemoteAddressException e =
                assertThrows(InvalidRemoteAddressException.class, () -> RemoteChannel.email("giulia#bianchi@x.it,"));
        assertEquals(
                "the character at position 20 of the e-mail address is not allowed; expected a letter, a "
                        + "digit, '-' or '.' (internationalised domains in their xn-- form)",
                e.getMessage());
        assertFalse(e.getMessage().contains("giulia"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+39 333 123 4567",
                "+393331234567",
                "0039 333 1234567",
                "333 1234567",
                "333-123-4567",
                "(+39) 333.123.4567",
                "+39/333/1234567",
                " 3331234567 "
            })
    void italianMobileNumbersAreNormalisedToE164(String number) {
        SmsChannel sms = RemoteChannel.sms(number);
        assertEquals("+393331234567", sms.address());
        assertEquals("+393331234567", sms.number());
        assertEquals("+39 *** *** 4567", sms.masked());
        assertEquals("SmsChannel[+39 *** *** 4567]", sms.toString());
    }

    @Test
    void nineDigitMobilesAndForeignNumbersAreAccepted() {
        assertEquals("+39333123456", RemoteChannel.sms("333 123456").address());
        SmsChannel uk = RemoteChannel.sms("+44 7700 900123");
        assertEquals("+447700900123", uk.address());
        assertEquals("+*** *** 0123", uk.masked());
        assertEquals("+41791234567", RemoteChannel.sms("0041 79 123 45 67").address());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                    | Empty",
                "055 1234567           | NotMobile",
                "+39 055 123456        | NotMobile",
                "800 123456            | NotMobile",
                "3331234               | WrongDigitCount",
                "33312345678           | WrongDigitCount",
                "393331234567          | WrongDigitCount",
                "+1 234                | WrongDigitCount",
                "+12345678901234567    | WrongDigitCount",
                "+0123456789           | Malformed",
                "333-abc-4567          | BadCharacter",
                "3+331234567           | BadCharacter",
                "++393331234567        | BadCharacter",
                "+39 333 123 4567 ext 1| BadCharacter",
                "+39 333 1234567 000000000000000000 | TooLong"
            })
    void numbersThatCannotReceiveTheSmsAreTypedErrors(String number, String problem) {
        InvalidRemoteAddressException e =
                assertThrows(InvalidRemoteAddressException.class, () -> RemoteChannel.sms(number));
        assertEquals(problem, e.problem().getClass().getSimpleName(), e.getMessage());
        assertFalse(e.getMessage().contains("1234567"), e.getMessage());
    }

    private static AddressProblem emailProblem(String address) {
        return assertThrows(InvalidRemoteAddressException.class, () -> RemoteChannel.email(address))
                .problem();
    }
}
