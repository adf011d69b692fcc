package io.tscns.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.Problem;
import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.person.CodiceFiscaleProblem;
import io.tscns.core.secret.AddressProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default {@link Problem#code()}: the record's or the enum constant's name in kebab case.
 */
class ProblemCodesTest {

    @ParameterizedTest
    @CsvSource({
        "WrongLength, wrong-length",
        "Empty, empty",
        "NotACa, not-a-ca",
        "NotADigit, not-a-digit",
        "NotUtf8, not-utf8",
        "NotX509, not-x509",
        "IssuerCannotSignCrls, issuer-cannot-sign-crls",
        "HTTPStatus, http-status",
        "UnknownOCSPResponder, unknown-ocsp-responder",
        "Utf8Error, utf8-error"
    })
    void aCamelCaseNameBecomesKebabCase(String name, String code) {
        assertEquals(code, ProblemCodes.kebabCase(name));
    }

    @Test
    void recordsAndEnumConstantsGetTheCodeTheirNameGives() {
        assertEquals("wrong-check-character", new CodiceFiscaleProblem.WrongCheckCharacter('A', 'B').code());
        assertEquals("not-mobile", new AddressProblem.NotMobile().code());
        assertEquals("names-a-secret", InvalidAuditValueException.Reason.NAMES_A_SECRET.code());
        assertEquals("ill-formed-unicode", InvalidAuditValueException.Reason.ILL_FORMED_UNICODE.code());
    }

    @Test
    void aProblemWithoutANameMustWriteItsCodeOut() {
        Problem anonymous = () -> "a sentence";
        IllegalStateException e = assertThrows(IllegalStateException.class, anonymous::code);
        assertEquals(
                anonymous.getClass().getName() + " is neither a record nor an enum constant: it must override code()",
                e.getMessage());
    }
}
