package io.tscns.cms.sandbox.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.protocol.IdentificationProblem;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Violation;
import io.tscns.cms.sandbox.internal.domain.IdentityDatum;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.core.activation.ActivationViolation;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentProblem;
import io.tscns.core.consent.FseRegime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every domain refusal becomes the problem the protocol names for it, with the code the audit chain recorded for it,
 * and the typed members a client reads: the tries left, the fields of the request at fault.
 */
class RefusalsTest {

    private static final List<Refusal> ONE_OF_EACH = List.of(
            new Refusal.ForbiddenRole(OperatorRole.PHARMACY, Operation.SUSPEND),
            new Refusal.ReissueNotEnabled(),
            new Refusal.OtherRegion(OperatorRole.PHARMACY, Operation.ACTIVATE),
            new Refusal.CardNotFound(Refusal.Lookup.TEAM_NUMBER),
            new Refusal.PersonNotFound(Refusal.Lookup.PERSON),
            new Refusal.IdentityMismatch(List.of(IdentityDatum.CODICE_FISCALE, IdentityDatum.EXPIRY_DATE)),
            new Refusal.ActivationRejected(
                    true, List.of(new ActivationViolation.CardExpired(LocalDate.of(2020, 1, 1)))),
            new Refusal.IllegalTransition("cannot apply 'suspension' to a card in state 'active'"),
            new Refusal.WrongCip(2),
            new Refusal.CipBlocked(true),
            new Refusal.ConsentRejected(new ConsentProblem.NotCollectedInRegime(
                    ConsentKind.CONSULTATION, FseRegime.values()[FseRegime.values().length - 1])),
            new Refusal.Conflict(),
            new Refusal.DelegateIsHolder(),
            new Refusal.NoSuchAuditEntry(42),
            new Refusal.RequestRefused("idempotency-key-reused"),
            new Refusal.CardExpired(),
            new Refusal.HolderNotIdentified(Operation.REISSUE),
            new Refusal.IdentificationRequired(IdentificationProblem.OTHER_OPERATOR),
            new Refusal.DeliveryNotOffered("toscana-2.0"));

    @Test
    void everyRefusalIsTheProblemOfItsOwnCode() {
        assertEquals(
                Arrays.stream(Refusal.class.getPermittedSubclasses()).collect(Collectors.toSet()),
                ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet()),
                "one of each kind");
        for (Refusal refusal : ONE_OF_EACH) {
            CmsRefusal problem = Refusals.toProblem(refusal);
            assertEquals(refusal.code(), problem.problem().code(), refusal.toString());
            assertTrue(problem.getMessage().contains(refusal.describe()), refusal.toString());
        }
    }

    @Test
    void theTypedMembersNameTheTriesLeftAndTheFieldsAtFault() {
        assertEquals(Optional.of(2), Refusals.toProblem(new Refusal.WrongCip(2)).triesLeft());
        assertEquals(
                Optional.of(0), Refusals.toProblem(new Refusal.CipBlocked(true)).triesLeft());
        assertEquals(
                Optional.empty(),
                Refusals.toProblem(new Refusal.CipBlocked(false)).triesLeft());
        assertEquals(
                List.of(Optional.of("holder.codiceFiscale"), Optional.of("cardExpiry")),
                Refusals.toProblem(ONE_OF_EACH.get(5)).violations().stream()
                        .map(Violation::field)
                        .toList());
        CmsRefusal rejected = Refusals.toProblem(ONE_OF_EACH.get(6));
        assertEquals(ProblemCode.ACTIVATION_REJECTED, rejected.problem());
        assertEquals(
                Set.of("privacy-consent-missing", "card-expired"),
                rejected.violations().stream().map(Violation::code).collect(Collectors.toSet()));
        assertEquals(
                List.of(Optional.of("after")),
                Refusals.toProblem(new Refusal.NoSuchAuditEntry(42)).violations().stream()
                        .map(Violation::field)
                        .toList());
        for (IdentificationProblem reason : IdentificationProblem.values()) {
            CmsRefusal identification = Refusals.toProblem(new Refusal.IdentificationRequired(reason));
            assertEquals(ProblemCode.IDENTIFICATION_REQUIRED, identification.problem());
            assertEquals(
                    List.of(new Violation(
                            reason.code(),
                            Optional.of("identificationRef"),
                            new Refusal.IdentificationRequired(reason).describe())),
                    identification.violations());
        }
    }
}
