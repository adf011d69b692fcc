package io.tscns.cms.sandbox.internal.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.CmsProfile;
import io.tscns.cms.sandbox.ServerLimits;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.CounterRecords;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.ReissueReason;
import io.tscns.cms.sandbox.internal.pipeline.Call;
import io.tscns.cms.sandbox.internal.pipeline.Handler;
import io.tscns.cms.sandbox.internal.pipeline.Outcome;
import io.tscns.cms.sandbox.internal.pipeline.Pipeline;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.SandboxStores;
import io.tscns.cms.sandbox.internal.store.SecretCipher;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.lifecycle.RevocationRequester;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.CodeGenerator;
import io.tscns.core.secret.SplitPolicy;
import io.tscns.testpki.ManualClock;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Model-based property of the lifecycle's loose ends in the sandbox ({@code docs/cms.md §9.6}): random sequences of
 * shipments, explicit expiries, revocations on identification and by the issuer, re-issues with or without the
 * holder identified, and moves of the sandbox's clock, run through the real pipeline and handlers over the store in
 * memory, agree with a reference model written from §9.6 — the card's state, the refusal code of every refused
 * call, and exactly one expiry line in the history of an expired card. Nothing but a typed refusal comes out.
 * 80 tries, not 1000: each opens an in-memory database and runs up to eight calls through the pipeline (about 250
 * ms a try).
 */
class LooseEndsProperties {

    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 10);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final CodiceFiscale HOLDER = CodiceFiscale.parse("RSSMRA85T10A562S");
    private static final CardId CARD = new CardId("6090000000001000");
    private static final Operator ADMIN =
            new Operator("admin-1", "Admin", OperatorRole.ISSUER_ADMIN, "090", "hq", false);
    private static final Operator ASL = new Operator("asl-1", "ASL", OperatorRole.ASL_COUNTER, "090", "asl-fi", true);
    private static final CounterRecord IDENTIFIED = CounterRecords.identifiedInPerson(Optional.empty());

    /** One step of a sequence. */
    sealed interface Step {}

    /** The issuer records the shipment. */
    record Ship() implements Step {}

    /** The issuer records the expiry. */
    record Expire() implements Step {}

    /** An ASL counter revokes for the identified holder. */
    record RevokeOnIdentification(RevocationCause cause) implements Step {}

    /** The issuer revokes for personal-data errors. */
    record RevokeByIssuer() implements Step {}

    /** An ASL counter files a re-issue naming the card, with or without the holder identified. */
    record Reissue(ReissueReason reason, boolean identified) implements Step {}

    /** The sandbox's clock moves on. */
    record Advance(int days) implements Step {}

    /** What the model expects: the state after, or the refusal code. */
    record Expected(CardState state, Optional<String> refused) {}

    /**
     * The reference model, from {@code docs/cms.md §9.6}, for a card under Toscana 2.0: the state the card is in
     * when the call's handler runs (the clock has applied a due expiry, except to the explicit expiry itself).
     */
    static Expected reference(CardState state, Step step, boolean due) {
        boolean live = !state.isFinal();
        if (state == CardState.EXPIRED) {
            return refused(state, "card-expired");
        }
        if (step instanceof Ship) {
            return state == CardState.ISSUED ? moved(CardState.SHIPPED) : refused(state, "illegal-transition");
        }
        if (step instanceof Expire) {
            return live && due ? moved(CardState.EXPIRED) : refused(state, "illegal-transition");
        }
        if (step instanceof RevokeOnIdentification || step instanceof RevokeByIssuer) {
            return live ? moved(CardState.REVOKED) : refused(state, "illegal-transition");
        }
        Reissue reissue = (Reissue) step;
        if (!live) {
            return refused(state, "illegal-transition");
        }
        boolean released = state == CardState.ACTIVE;
        if (released && !reissue.identified()) {
            return refused(state, "holder-not-identified");
        }
        return moved(
                released && (reissue.reason() == ReissueReason.LOST || reissue.reason() == ReissueReason.STOLEN)
                        ? CardState.REVOKED
                        : CardState.REPLACED);
    }

    private static Expected moved(CardState to) {
        return new Expected(to, Optional.empty());
    }

    private static Expected refused(CardState state, String code) {
        return new Expected(state, Optional.of(code));
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> steps = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Ship())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Expire())),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(RevocationCause.LOSS, RevocationCause.THEFT, RevocationCause.PUK_BLOCKED)
                                .map(RevokeOnIdentification::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new RevokeByIssuer())),
                net.jqwik.api.Tuple.of(
                        2,
                        net.jqwik.api.Combinators.combine(
                                        Arbitraries.of(ReissueReason.class), Arbitraries.of(true, false))
                                .as(Reissue::new)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 60).map(Advance::new)));
        return steps.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 80)
    void theSandboxAgreesWithTheModel(@ForAll("starts") CardState start, @ForAll("sequences") List<Step> steps) {
        ManualClock clock = new ManualClock(START);
        try (SandboxDatabase database = SandboxDatabase.inMemory();
                WriteQueue writes = new WriteQueue(
                        database, new AuditSealer(AuditKey.generate("test-audit", new SecureRandom())))) {
            SandboxStores stores =
                    new SandboxStores(database, new SecretCipher(new byte[32], new SecureRandom()), new SecureRandom());
            Operations operations = Operations.of(
                    stores.writing(),
                    writes,
                    CmsProfile.TOSCANA_2_0,
                    SplitPolicy.MEF_SOGEI,
                    new CodeGenerator(new SecureRandom()),
                    new SecureRandom(),
                    ServerLimits.DEFAULT.identificationLifetime());
            Pipeline pipeline = new Pipeline(
                    writes,
                    stores.writing().cards(),
                    stores.writing().history(),
                    stores.idempotency(),
                    (serial, action, at) -> {},
                    clock,
                    operations.dueExpiries());
            writes.write(tx -> {
                stores.writing()
                        .holders()
                        .put(new Holder(HOLDER, "ROSSI", "MARIO", LocalDate.of(1985, 12, 10), Sex.MALE, "A562"));
                stores.writing()
                        .cards()
                        .insert(new CardRecord(
                                CARD,
                                TeamNumber.fromCardId(CARD),
                                HOLDER,
                                "090",
                                start,
                                0,
                                EXPIRY,
                                Optional.empty(),
                                Optional.empty(),
                                0,
                                START));
                return null;
            });
            CardState modelled = start;
            for (Step step : steps) {
                if (step instanceof Advance advance) {
                    clock.advance(Duration.ofDays(advance.days()));
                    continue;
                }
                boolean due = LocalDate.ofInstant(clock.instant(), ROME).isAfter(EXPIRY);
                if (!modelled.isFinal() && due && !(step instanceof Expire)) {
                    modelled = CardState.EXPIRED; // the clock step, before the call's handler
                }
                Expected expected = reference(modelled, step, due);
                Outcome<?> outcome = run(pipeline, operations, step);
                Optional<String> refused = outcome instanceof Outcome.Refused<?> r
                        ? Optional.of(r.refusal().code())
                        : Optional.empty();
                assertEquals(expected.refused(), refused, step + " from " + modelled);
                modelled = expected.state();
                CardState actual = stores.reading(read -> read.cards().find(CARD))
                        .orElseThrow()
                        .state();
                assertEquals(modelled, actual, step.toString());
                Statistics.collect(step.getClass().getSimpleName(), refused.orElse("done"));
            }
            long expiries = stores.reading(read -> read.history().of(CARD)).stream()
                    .filter(line ->
                            line.operation() == Operation.EXPIRE && line.outcome() instanceof AuditOutcome.Succeeded)
                    .count();
            assertEquals(modelled == CardState.EXPIRED ? 1 : 0, expiries, "one expiry line for an expired card");
            long byClock = stores.reading(read -> read.history().of(CARD)).stream()
                    .filter(line -> line.operatorId().equals(DueExpiries.PRINCIPAL))
                    .count();
            long audited = 0;
            for (var ignored : writes.entries(0, Long.MAX_VALUE)) {
                audited++;
            }
            assertEquals(
                    steps.stream().filter(step -> !(step instanceof Advance)).count() + byClock,
                    audited,
                    "every call is audited, and the clock's expiry once");
        }
    }

    @Provide
    Arbitrary<CardState> starts() {
        return Arbitraries.of(CardState.ISSUED, CardState.SHIPPED, CardState.ACTIVE);
    }

    private static Outcome<?> run(Pipeline pipeline, Operations operations, Step step) {
        OnCard card = new OnCard(CARD);
        if (step instanceof Ship) {
            return call(pipeline, ADMIN, Operation.SHIP, card, operations.ship());
        }
        if (step instanceof Expire) {
            return call(pipeline, ADMIN, Operation.EXPIRE, card, operations.expire());
        }
        if (step instanceof RevokeOnIdentification revoke) {
            return call(
                    pipeline,
                    ASL,
                    Operation.REVOKE_ON_IDENTIFICATION,
                    new RevokeHandler.Input(
                            CARD,
                            new RevocationRequester.Issuer(),
                            revoke.cause(),
                            Optional.empty(),
                            Optional.of(IDENTIFIED)),
                    operations.revoke());
        }
        if (step instanceof RevokeByIssuer) {
            return call(
                    pipeline,
                    ADMIN,
                    Operation.REVOKE_BY_ISSUER,
                    new RevokeHandler.Input(
                            CARD,
                            new RevocationRequester.Issuer(),
                            RevocationCause.PERSONAL_DATA_ERROR,
                            Optional.empty(),
                            Optional.empty()),
                    operations.revoke());
        }
        Reissue reissue = (Reissue) step;
        return call(
                pipeline,
                ASL,
                Operation.REISSUE,
                new ReissueHandler.Input(
                        HOLDER,
                        reissue.reason(),
                        Optional.of(CARD),
                        Optional.empty(),
                        reissue.identified() ? Optional.of(IDENTIFIED) : Optional.empty()),
                operations.reissue());
    }

    private static <C extends Command, R> Outcome<R> call(
            Pipeline pipeline, Operator operator, Operation operation, C command, Handler<C, R> handler) {
        return pipeline.run(new Call<>(operator, operation, "req", command), handler);
    }
}
