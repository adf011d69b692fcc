package io.tscns.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tscns.core.activation.ActivationInputProblem;
import io.tscns.core.activation.IdentityDocument;
import io.tscns.core.activation.IdentityDocumentType;
import io.tscns.core.activation.InvalidActivationInputException;
import io.tscns.core.audit.AuditChainHead;
import io.tscns.core.audit.AuditExport;
import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.audit.DestroyedAuditKeyException;
import io.tscns.core.audit.InvalidAuditValueException;
import io.tscns.core.audit.MalformedAuditExportException;
import io.tscns.core.card.CardIdentifierKind;
import io.tscns.core.card.CardIdentifierProblem;
import io.tscns.core.card.InvalidCardIdentifierException;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentProblem;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.consent.FseRegime;
import io.tscns.core.consent.InvalidConsentException;
import io.tscns.core.lifecycle.CardEvent;
import io.tscns.core.lifecycle.CardEventType;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.IllegalTransitionException;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.TransitionRejection;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.CodiceFiscaleProblem;
import io.tscns.core.person.InvalidCodiceFiscaleException;
import io.tscns.core.personaldata.InvalidPersonalDataException;
import io.tscns.core.personaldata.PersonalDataCodec;
import io.tscns.core.personaldata.PersonalDataProblem;
import io.tscns.core.secret.AddressProblem;
import io.tscns.core.secret.CodeGenerationException;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.HalfRole;
import io.tscns.core.secret.InvalidRemoteAddressException;
import io.tscns.core.secret.InvalidSecretCodeException;
import io.tscns.core.secret.InvalidSecretConfigurationException;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.RemoteChannel;
import io.tscns.core.secret.SecretCodeProblem;
import io.tscns.core.secret.SecretConfigurationProblem;
import io.tscns.core.secret.SecretDestroyedException;
import io.tscns.core.secret.SplitDeliveryException;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.core.secret.SplitProblem;
import io.tscns.core.secret.SplitRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Every exception type of tscns-core, thrown by a real call, returns from {@link TscnsException#problems()} exactly
 * the problems it carries: the same ones its own accessor ({@code problem()}, {@code rejection()}, {@code reason()},
 * {@code problems()}) gives, or none for failures that are not a rule broken by the input.
 */
class ExceptionProblemsTest {

    private static final String DIGIT = "a digit 0-9";

    /**
     * One exception type, a call that throws it, how its own accessor reads its problems, and what
     * {@code problems()} must return.
     */
    private record Case(
            Class<? extends TscnsException> type,
            Executable call,
            Function<TscnsException, List<?>> viaAccessor,
            List<Problem> expected) {}

    private static <E extends TscnsException> Case carries(
            Class<E> type, Executable call, Function<E, List<?>> viaAccessor, Problem... expected) {
        return new Case(type, call, e -> viaAccessor.apply(type.cast(e)), List.of(expected));
    }

    private static Case carriesNone(Class<? extends TscnsException> type, Executable call) {
        return new Case(type, call, e -> List.of(), List.of());
    }

    private static final List<Case> CASES = List.of(
            carries(
                    UnknownCodeException.class,
                    () -> StableCode.byCode(CardState.class, 35),
                    e -> List.of(e.problem()),
                    new StableCodeProblem.UnknownCode("CardState")),
            carries(
                    InvalidCodiceFiscaleException.class,
                    () -> CodiceFiscale.parse("RSSMRA"),
                    e -> List.of(e.problem()),
                    new CodiceFiscaleProblem.WrongLength(6)),
            carries(
                    InvalidCardIdentifierException.class,
                    () -> TeamNumber.parse("123"),
                    e -> List.of(e.problem()),
                    new CardIdentifierProblem.WrongLength(CardIdentifierKind.TEAM_NUMBER, 3)),
            carries(
                    InvalidPersonalDataException.class,
                    () -> PersonalDataCodec.decode(new byte[2]),
                    InvalidPersonalDataException::problems,
                    new PersonalDataProblem.MissingHeader(2)),
            carries(
                    InvalidSecretCodeException.class,
                    () -> Pin.parse("1a3".toCharArray()),
                    InvalidSecretCodeException::problems,
                    new SecretCodeProblem.WrongLength(3, 5, 8),
                    new SecretCodeProblem.CharacterNotAllowed(2, DIGIT)),
            carries(
                    SplitDeliveryException.class,
                    () -> SplitPolicy.MEF_SOGEI.recombinePin("1".toCharArray(), "34x".toCharArray()),
                    SplitDeliveryException::problems,
                    new SplitProblem.HalfWrongLength(HalfRole.COUNTER, 2, 1),
                    new SplitProblem.HalfCharacterNotAllowed(HalfRole.REMOTE, 3, DIGIT)),
            carries(
                    InvalidSecretConfigurationException.class,
                    () -> new SplitRule(0, 5),
                    e -> List.of(e.problem()),
                    new SecretConfigurationProblem.SplitRuleOutOfRange(0, 5)),
            carries(
                    InvalidRemoteAddressException.class,
                    () -> RemoteChannel.email("  "),
                    e -> List.of(e.problem()),
                    new AddressProblem.Empty("e-mail address")),
            carries(
                    IllegalTransitionException.class,
                    () -> LifecyclePolicy.DM_2011.apply(CardState.REVOKED, new CardEvent.Activation()),
                    e -> List.of(e.rejection()),
                    new TransitionRejection.NoSuchTransition(
                            LifecyclePolicy.DM_2011, CardState.REVOKED, CardEventType.ACTIVATION)),
            carries(
                    InvalidActivationInputException.class,
                    () -> new IdentityDocument(
                            IdentityDocumentType.PASSPORT,
                            " ",
                            "Questura di Firenze",
                            LocalDate.of(2020, 1, 1),
                            Optional.of(LocalDate.of(2030, 1, 1))),
                    e -> List.of(e.problem()),
                    new ActivationInputProblem.Blank("document.number")),
            carries(
                    InvalidConsentException.class,
                    () -> ConsentRecord.of(
                            CodiceFiscale.parse("BNCLRA90B54D612S"),
                            ConsentKind.FEEDING,
                            ConsentStatus.GIVEN,
                            Instant.parse("2020-05-18T22:00:00Z")),
                    e -> List.of(e.problem()),
                    new ConsentProblem.NotCollectedInRegime(ConsentKind.FEEDING, FseRegime.DL_34_2020)),
            carries(
                    MalformedAuditExportException.class,
                    () -> AuditExport.open(new ByteArrayInputStream(new byte[0])),
                    e -> List.of(e.problem()),
                    new AuditExportProblem.Empty()),
            carries(
                    InvalidAuditValueException.class,
                    () -> record(""),
                    e -> List.of(e.reason()),
                    InvalidAuditValueException.Reason.EMPTY),
            carriesNone(DestroyedAuditKeyException.class, () -> {
                AuditKey key = AuditKey.of("k1", new byte[AuditKey.MIN_LENGTH]);
                key.destroy();
                new AuditSealer(key).seal(AuditChainHead.GENESIS, record("operator-1"));
            }),
            carriesNone(SecretDestroyedException.class, () -> {
                Pin pin = Pin.parse("31415".toCharArray());
                pin.destroy();
                pin.toCharArray();
            }),
            carriesNone(CodeGenerationException.class, () -> new CodeGenerator(new ConstantRandom()).generatePin()));

    private static AuditRecord record(String operatorId) {
        return AuditRecord.builder(
                        operatorId, Instant.parse("2026-03-01T10:15:30Z"), "CARD_ACTIVATION", AuditOutcome.succeeded())
                .build();
    }

    /** A random source that always draws the same character, so every code it makes is trivial. */
    private static final class ConstantRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        @Override
        public int nextInt(int bound) {
            return 0;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExceptionReturnsTheProblemsItCarries() {
        return CASES.stream()
                .map(c -> dynamicTest(c.type().getSimpleName(), () -> {
                    TscnsException e = assertThrows(c.type(), c.call());
                    assertEquals(c.expected(), e.problems());
                    assertEquals(
                            c.viaAccessor().apply(e), e.problems(), "problems() differs from the type's own accessor");
                    assertThrows(
                            UnsupportedOperationException.class,
                            () -> e.problems().clear());
                }));
    }

    @Test
    void everyExceptionTypeOfTheModuleHasACase() {
        List<String> types = CoreClasses.all().stream()
                .filter(TscnsException.class::isAssignableFrom)
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .map(Class::getName)
                .sorted()
                .toList();
        List<String> covered =
                CASES.stream().map(c -> c.type().getName()).sorted().toList();
        assertEquals(covered, types, "an exception type of tscns-core has no case here");
    }

    @Test
    void anExceptionCarriesNoProblemUnlessItSaysSo() {
        TscnsException plain = new TscnsException("a failure with a message only") {
            private static final long serialVersionUID = 1L;
        };
        assertEquals(List.of(), plain.problems());
    }

    @Test
    void theRootHoldsTheProblemsAndBuildsTheMessage() {
        CodiceFiscaleProblem first = new CodiceFiscaleProblem.WrongLength(6);
        CodiceFiscaleProblem second = new CodiceFiscaleProblem.NoLetters("surname");
        TscnsException one = new TscnsException(first) {
            private static final long serialVersionUID = 1L;
        };
        assertEquals(List.of(first), one.problems());
        assertEquals(first.describe(), one.getMessage());
        TscnsException two =
                new TscnsException(TscnsException.describe("context", List.of(first, second)), List.of(first, second)) {
                    private static final long serialVersionUID = 1L;
                };
        assertEquals(List.of(first, second), two.problems());
        assertEquals("context: " + first.describe() + "; " + second.describe(), two.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TscnsException.describe("context", List.of()));
    }

    @Test
    void problemsHeldInTransientFieldsAreEmptyAfterDeserialization() throws Exception {
        InvalidCodiceFiscaleException one =
                assertThrows(InvalidCodiceFiscaleException.class, () -> CodiceFiscale.parse("RSSMRA"));
        InvalidCodiceFiscaleException oneBack = roundTrip(one);
        assertEquals(one.getMessage(), oneBack.getMessage());
        assertNull(oneBack.problem());
        assertEquals(List.of(), oneBack.problems());

        InvalidSecretCodeException many =
                assertThrows(InvalidSecretCodeException.class, () -> Pin.parse("1a3".toCharArray()));
        assertEquals(List.of(), roundTrip(many).problems());
    }

    @Test
    void problemsDerivedFromSerializedFieldsSurviveDeserialization() throws Exception {
        UnknownCodeException unknown =
                assertThrows(UnknownCodeException.class, () -> StableCode.byId(CardState.class, "lost"));
        assertEquals(unknown.problems(), roundTrip(unknown).problems());

        InvalidAuditValueException invalid = assertThrows(InvalidAuditValueException.class, () -> record(""));
        assertEquals(
                List.of(InvalidAuditValueException.Reason.EMPTY),
                roundTrip(invalid).problems());
    }

    @SuppressWarnings("unchecked")
    private static <E extends TscnsException> E roundTrip(E exception) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(exception);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            E back = (E) in.readObject();
            assertTrue(exception.getClass().isInstance(back));
            return back;
        }
    }
}
