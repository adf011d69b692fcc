package io.tscns.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tscns.core.activation.ActivationInputProblem;
import io.tscns.core.activation.ActivationViolation;
import io.tscns.core.audit.AuditDefect;
import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.card.CardIdentifierProblem;
import io.tscns.core.consent.ConsentProblem;
import io.tscns.core.lifecycle.TransitionRejection;
import io.tscns.core.person.CodiceFiscaleProblem;
import io.tscns.core.personaldata.ConsistencyWarning;
import io.tscns.core.personaldata.PersonalDataProblem;
import io.tscns.core.secret.AddressProblem;
import io.tscns.core.secret.SecretCodeProblem;
import io.tscns.core.secret.SecretConfigurationProblem;
import io.tscns.core.secret.SplitProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the code of every {@link Problem} of every family. CMSs put these codes in problem documents and clients
 * branch on them: if this test fails, a code was renamed, duplicated or removed, or a record was added without being
 * pinned here. Add new records with new codes and extend the lists; never edit a line. A record's code is its name in
 * kebab case unless it writes one out, so renaming a record fails here too.
 */
class FrozenProblemCodesTest {

    private static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Each family and its records (or enum constants) with their codes, as "Name code". */
    private static final Map<Class<? extends Problem>, List<String>> FROZEN = frozen();

    private static Map<Class<? extends Problem>, List<String>> frozen() {
        Map<Class<? extends Problem>, List<String>> frozen = new LinkedHashMap<>();
        frozen.put(StableCodeProblem.class, List.of("UnknownCode unknown-code"));
        frozen.put(
                CodiceFiscaleProblem.class,
                List.of(
                        "WrongLength wrong-length",
                        "BadCharacter bad-character",
                        "UnknownMonthLetter unknown-month-letter",
                        "ImpossibleDay impossible-day",
                        "WrongCheckCharacter wrong-check-character",
                        "NoLetters no-letters"));
        frozen.put(
                CardIdentifierProblem.class,
                List.of("WrongLength wrong-length", "NotADigit not-a-digit", "WrongCheckDigit wrong-check-digit"));
        frozen.put(
                PersonalDataProblem.class,
                List.of(
                        "FileTooLarge file-too-large",
                        "MissingHeader missing-header",
                        "HeaderNotHex header-not-hex",
                        "MissingField missing-field",
                        "TruncatedLength truncated-length",
                        "LengthNotHex length-not-hex",
                        "FieldPastEnd field-past-end",
                        "NonAsciiByte non-ascii-byte",
                        "HeaderMismatch header-mismatch",
                        "TrailingData trailing-data",
                        "InconsistentPadding inconsistent-padding",
                        "ValueTooLong value-too-long",
                        "NonAsciiCharacter non-ascii-character",
                        "FileSizeTooSmall file-size-too-small"));
        frozen.put(
                ConsistencyWarning.class,
                List.of(
                        "UnreadableValue unreadable-value",
                        "ExpiryNotAfterIssue expiry-not-after-issue",
                        "CodiceFiscaleDisagrees codice-fiscale-disagrees",
                        "ImpossibleDate impossible-date",
                        "BornAfterIssue born-after-issue",
                        "ImplausibleAge implausible-age"));
        frozen.put(
                SecretCodeProblem.class,
                List.of(
                        "WrongLength wrong-length",
                        "CharacterNotAllowed character-not-allowed",
                        "WrongCardFieldLength wrong-card-field-length",
                        "BadCardPadding bad-card-padding"));
        frozen.put(
                SplitProblem.class,
                List.of(
                        "RuleDoesNotFitFormat rule-does-not-fit-format",
                        "CodeDoesNotFitRule code-does-not-fit-rule",
                        "HalfWrongLength half-wrong-length",
                        "HalfCharacterNotAllowed half-character-not-allowed",
                        "HalvesSwapped halves-swapped",
                        "HalvesDoNotBelongTogether halves-do-not-belong-together",
                        "DoesNotMatchIssuedCode does-not-match-issued-code"));
        frozen.put(
                AddressProblem.class,
                List.of(
                        "Empty empty",
                        "TooLong too-long",
                        "BadCharacter bad-character",
                        "Malformed malformed",
                        "WrongDigitCount wrong-digit-count",
                        "NotMobile not-mobile"));
        frozen.put(
                SecretConfigurationProblem.class,
                List.of(
                        "LengthsOutOfRange lengths-out-of-range",
                        "AlphabetSizeOutOfRange alphabet-size-out-of-range",
                        "AlphabetCharacterNotAllowed alphabet-character-not-allowed",
                        "AlphabetRepeatsCharacter alphabet-repeats-character",
                        "TooFewCodes too-few-codes",
                        "SplitRuleOutOfRange split-rule-out-of-range",
                        "LengthNotInFormat length-not-in-format",
                        "FixedFormat fixed-format"));
        frozen.put(
                TransitionRejection.class,
                List.of(
                        "NoSuchTransition no-such-transition",
                        "CauseNotAllowed cause-not-allowed",
                        "CodesNotYetReleased codes-not-yet-released",
                        "CipNotVerified cip-not-verified"));
        frozen.put(
                ActivationViolation.class,
                List.of(
                        "CardExpired card-expired",
                        "DocumentIssuedInFuture document-issued-in-future",
                        "DocumentExpiresBeforeIssue document-expires-before-issue",
                        "DocumentExpiredWithoutDeclaration document-expired-without-declaration",
                        "ExpiredDocumentRefused expired-document-refused",
                        "MissingSupportingDocument missing-supporting-document",
                        "DelegateIsHolder delegate-is-holder",
                        "ParentOfAdult parent-of-adult",
                        "ModeNotOffered mode-not-offered",
                        "RepresentativeNotOffered representative-not-offered"));
        frozen.put(
                ActivationInputProblem.class,
                List.of(
                        "Blank blank",
                        "TooLong too-long",
                        "BadCharacter bad-character",
                        "NoLetterOrDigit no-letter-or-digit"));
        frozen.put(
                ConsentProblem.class,
                List.of(
                        "NotCollectedInRegime not-collected-in-regime",
                        "RegimeMismatch regime-mismatch",
                        "OtherCitizen other-citizen",
                        "OutOfOrder out-of-order"));
        frozen.put(
                AuditDefect.class,
                List.of(
                        "SequenceGap sequence-gap",
                        "OutOfOrder out-of-order",
                        "BrokenLink broken-link",
                        "HashMismatch hash-mismatch",
                        "MacMismatch mac-mismatch",
                        "UnknownKey unknown-key",
                        "UnsupportedSeal unsupported-seal",
                        "CheckpointMismatch checkpoint-mismatch",
                        "Truncated truncated",
                        "TrailerMismatch trailer-mismatch",
                        "MalformedExport malformed-export"));
        frozen.put(
                AuditExportProblem.class,
                List.of(
                        "Empty empty",
                        "LineTooLong line-too-long",
                        "NotUtf8 not-utf8",
                        "MissingNewline missing-newline",
                        "BadHeader bad-header",
                        "BadField bad-field",
                        "NotCanonical not-canonical",
                        "MissingTrailer missing-trailer",
                        "ContentAfterTrailer content-after-trailer"));
        frozen.put(
                InvalidAuditValueException.Reason.class,
                List.of(
                        "EMPTY empty",
                        "TOO_LONG too-long",
                        "TOO_MANY too-many",
                        "ILL_FORMED_UNICODE ill-formed-unicode",
                        "SYNTAX syntax",
                        "OUT_OF_RANGE out-of-range",
                        "DUPLICATE duplicate",
                        "NAMES_A_SECRET names-a-secret",
                        "NOT_CANONICAL not-canonical"));
        return frozen;
    }

    @TestFactory
    Stream<DynamicTest> everyCodeOfEveryFamilyIsFrozen() {
        return FROZEN.entrySet().stream()
                .map(family -> dynamicTest(
                        family.getKey().getSimpleName(), () -> assertFrozen(family.getKey(), family.getValue())));
    }

    @Test
    void everyProblemFamilyOfTheModuleIsPinned() {
        List<String> families = CoreClasses.all().stream()
                .filter(type -> Arrays.asList(type.getInterfaces()).contains(Problem.class))
                .map(Class::getName)
                .sorted()
                .toList();
        List<String> pinned =
                FROZEN.keySet().stream().map(Class::getName).sorted().toList();
        assertEquals(pinned, families, "a family implements Problem but its codes are not pinned here");
    }

    private static void assertFrozen(Class<? extends Problem> family, List<String> expected) {
        List<Problem> members = oneOfEach(family);
        List<String> actual =
                members.stream().map(p -> name(p) + " " + p.code()).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), actual, family.getSimpleName() + " codes changed");
        assertEquals(
                members.size(),
                members.stream().map(Problem::code).distinct().count(),
                family.getSimpleName() + " gives one code to two records: " + actual);
        for (Problem problem : members) {
            assertTrue(problem.code().matches(KEBAB_CASE), name(problem) + " code is not kebab-case");
            String description = problem.describe();
            assertFalse(description.isBlank(), name(problem) + " has no description");
            assertFalse(
                    description.contains("\n") || description.contains("\r"),
                    name(problem) + " describes itself on more than one line: " + description);
        }
    }

    /** One instance of each record the sealed family permits, or each constant of an enum family. */
    private static List<Problem> oneOfEach(Class<? extends Problem> family) {
        if (family.isEnum()) {
            return List.<Problem>of(family.getEnumConstants());
        }
        assertTrue(family.isSealed(), family + " is neither sealed nor an enum");
        List<Problem> members = new ArrayList<>();
        for (Class<?> member : family.getPermittedSubclasses()) {
            assertTrue(member.isRecord(), member + " is not a record");
            members.add(family.cast(ProblemSamples.sample(member)));
        }
        return members;
    }

    private static String name(Problem problem) {
        return problem instanceof Enum<?> constant
                ? constant.name()
                : problem.getClass().getSimpleName();
    }
}
