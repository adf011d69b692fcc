package io.tscns.cms.sandbox.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cms.protocol.CounterRecord;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.sandbox.internal.domain.CardRecord;
import io.tscns.cms.sandbox.internal.domain.Command;
import io.tscns.cms.sandbox.internal.domain.CounterRecords;
import io.tscns.cms.sandbox.internal.domain.HistoryLine;
import io.tscns.cms.sandbox.internal.domain.Holder;
import io.tscns.cms.sandbox.internal.domain.Operation;
import io.tscns.cms.sandbox.internal.domain.OperationRefused;
import io.tscns.cms.sandbox.internal.domain.Operator;
import io.tscns.cms.sandbox.internal.domain.Refusal;
import io.tscns.cms.sandbox.internal.domain.Subject;
import io.tscns.cms.sandbox.internal.store.SandboxDatabase;
import io.tscns.cms.sandbox.internal.store.SandboxStores;
import io.tscns.cms.sandbox.internal.store.SecretCipher;
import io.tscns.cms.sandbox.internal.store.WriteQueue;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditKey;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditRecord;
import io.tscns.core.audit.AuditSealer;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.CertificateAction;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.CodiceFiscale;
import io.tscns.core.person.Sex;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline every operation runs through, over the real store in memory: the role check refuses before anything
 * runs, the idempotency step answers a repeated key without running again, the savepoint undoes a refused handler's
 * changes but its standing one, and every outcome, succeeded or refused, is audited with the change; effects on the
 * test CA wait for the commit. The entry names the call's card and person (the card's holder when the call names only
 * the card) and what the counter collected; a re-issue runs at an enabled ASL counter only; a keyed call the role
 * check refuses is answered fresh and its key not kept; and the calls the front decides itself, an operator's or
 * another principal's, are recorded with their exact outcome and subject.
 */
class PipelineTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final CodiceFiscale HOLDER = CodiceFiscale.parse("RSSMRA85T10A562S");
    private static final CardId TUSCAN = new CardId("6090000000001000");
    private static final CardId LOMBARD = new CardId("6030000000002000");
    private static final Operator PHARMACIST =
            new Operator("pharmacy-1", "Pharmacist", OperatorRole.PHARMACY, "090", "counter-1", false);

    /** A command about a card, as the tests' handlers take it. */
    private record OnCard(CardId card) implements Command {
        @Override
        public Subject subject() {
            return new Subject(Optional.of(card), Optional.of(HOLDER));
        }

        @Override
        public Map<String, String> details() {
            return Map.of("asked", "yes");
        }
    }

    private static final CounterRecord IDENTIFIED = CounterRecords.identifiedInPerson(Optional.of("PROT-2026/0042"));

    /** A command that names a card only, not its holder. */
    private record CardOnly(CardId card) implements Command {
        @Override
        public Subject subject() {
            return Subject.of(card);
        }
    }

    /** A command about a card done at the counter, with what the counter collected. */
    private record AtCounter(CardId card, CounterRecord record) implements Command {
        @Override
        public Subject subject() {
            return Subject.of(card);
        }

        @Override
        public Optional<CounterRecord> counterRecord() {
            return Optional.of(record);
        }
    }

    private SandboxDatabase database;
    private WriteQueue writes;
    private SandboxStores stores;
    private Pipeline pipeline;
    private final List<String> toldCa = new CopyOnWriteArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void open() {
        database = SandboxDatabase.inMemory();
        writes = new WriteQueue(database, new AuditSealer(AuditKey.generate("test-audit", new SecureRandom())));
        stores = new SandboxStores(database, new SecretCipher(new byte[32], new SecureRandom()), new SecureRandom());
        pipeline = new Pipeline(
                writes,
                stores.writing().cards(),
                stores.writing().history(),
                stores.idempotency(),
                (serial, action, at) -> toldCa.add(serial),
                Clock.fixed(NOW, ZoneOffset.UTC),
                ClockStep.none());
        writes.write(tx -> {
            stores.writing().holders().put(holder("ROSSI"));
            for (CardId card : List.of(TUSCAN, LOMBARD)) {
                stores.writing()
                        .cards()
                        .insert(new CardRecord(
                                card,
                                TeamNumber.fromCardId(card),
                                HOLDER,
                                card.value().substring(1, 4),
                                CardState.ACTIVE,
                                0,
                                LocalDate.of(2035, 12, 31),
                                Optional.of("abc"),
                                Optional.empty(),
                                0,
                                NOW));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        writes.close();
        database.close();
    }

    private static Holder holder(String surname) {
        return new Holder(HOLDER, surname, "MARIO", LocalDate.of(1985, 12, 10), Sex.MALE, "A562");
    }

    /** Renames the holder, tells the test CA, notes a detail, then does what {@code end} says. */
    private Handler<OnCard, String> renaming(String surname, Runnable end) {
        return (command, context) -> {
            runs.incrementAndGet();
            stores.writing().holders().put(holder(surname));
            context.certificates().apply("abc", new CertificateAction.Revoke(RevocationCause.LOSS), context.now());
            context.detail("noted", "yes");
            end.run();
            return surname;
        };
    }

    private String surname() {
        return stores.reading(read -> read.holders().find(HOLDER)).orElseThrow().surname();
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>();
        writes.entries(0, Long.MAX_VALUE).forEach(entries::add);
        return entries;
    }

    private List<HistoryLine> history(CardId card) {
        return stores.reading(read -> read.history().of(card));
    }

    private static Call<OnCard> call(Operation operation, CardId card) {
        return new Call<>(PHARMACIST, operation, "req-1", new OnCard(card));
    }

    /** A request's digest, as the front makes it: 32 bytes, the width of the column that keeps it. */
    private static byte[] sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSucceededOperationIsAuditedWithItsChangeAndTellsTheCaOnceCommitted() {
        Outcome<String> outcome = pipeline.run(call(Operation.REPRINT, TUSCAN), renaming("BIANCHI", () -> {}));

        assertEquals(new Outcome.Done<>("BIANCHI"), outcome);
        assertEquals("BIANCHI", surname());
        assertEquals(List.of("abc"), toldCa);
        AuditEntry entry = audit().get(0);
        assertEquals(1, audit().size());
        assertEquals("card.reprint", entry.record().operation());
        assertEquals(new AuditOutcome.Succeeded(), entry.record().outcome());
        assertEquals(NOW, entry.record().instant());
        assertEquals(Optional.of("req-1"), entry.record().requestId());
        assertEquals(
                Map.of("role", "pharmacy", "counter", "counter-1", "asked", "yes", "noted", "yes"),
                entry.record().details().asMap());
        assertEquals(
                List.of(Operation.REPRINT),
                history(TUSCAN).stream().map(HistoryLine::operation).toList());
        assertEquals(Optional.of(CardState.ACTIVE), history(TUSCAN).get(0).stateAfter());
    }

    @Test
    void aRoleTheMatrixRefusesRunsNothingAndIsAudited() {
        Outcome<String> outcome = pipeline.run(call(Operation.REVOKE_BY_ISSUER, TUSCAN), renaming("BIANCHI", () -> {}));

        assertEquals(
                new Outcome.Refused<>(new Refusal.ForbiddenRole(OperatorRole.PHARMACY, Operation.REVOKE_BY_ISSUER)),
                outcome);
        assertEquals(0, runs.get());
        assertEquals("ROSSI", surname());
        assertEquals(
                new AuditOutcome.Refused("forbidden-role"),
                audit().get(0).record().outcome());
        assertEquals(
                new AuditOutcome.Refused("forbidden-role"),
                history(TUSCAN).get(0).outcome());
    }

    @Test
    void theRegionConditionOfAGrantReadsTheCard() {
        assertInstanceOf(
                Outcome.Refused.class, pipeline.run(call(Operation.ACTIVATE, LOMBARD), renaming("BIANCHI", () -> {})));
        assertEquals(
                new AuditOutcome.Refused("other-region"),
                audit().get(0).record().outcome());
        assertEquals(0, runs.get());

        assertEquals(
                new Outcome.Done<>("VERDI"),
                pipeline.run(call(Operation.ACTIVATE, TUSCAN), renaming("VERDI", () -> {})));
    }

    @Test
    void aRefusedHandlerLeavesOnlyItsStandingChangeAndIsAudited() {
        Outcome<String> outcome = pipeline.run(call(Operation.REPRINT, TUSCAN), renaming("BIANCHI", () -> {
            throw new OperationRefused(new Refusal.WrongCip(2))
                    .keeping(() -> stores.writing().holders().put(holder("STANDING")));
        }));

        assertEquals(new Outcome.Refused<>(new Refusal.WrongCip(2)), outcome);
        assertEquals("STANDING", surname(), "the handler's own change is undone, the standing one kept");
        assertEquals(List.of(), toldCa, "the test CA hears nothing of a refused operation");
        assertEquals(
                new AuditOutcome.Refused("wrong-cip"), audit().get(0).record().outcome());
        assertEquals(Optional.of("yes"), audit().get(0).record().details().get("noted"));
    }

    /** The clock's step (expiry, docs/cms.md §9.6) runs after the role check, before the handler, and stands. */
    @Test
    void theClockStepRunsBeforeTheHandlerStandsWhenItIsRefusedAndSkipsAnExplicitExpiry() {
        List<String> applied = new CopyOnWriteArrayList<>();
        Pipeline clocked = new Pipeline(
                writes,
                stores.writing().cards(),
                stores.writing().history(),
                stores.idempotency(),
                (serial, action, at) -> toldCa.add(serial),
                Clock.fixed(NOW, ZoneOffset.UTC),
                (subject, now, tx) -> {
                    applied.add(subject.card().orElseThrow().value() + " " + now);
                    stores.writing().holders().put(holder("CLOCK"));
                });
        List<String> seenByHandler = new ArrayList<>();
        Outcome<String> refused = clocked.run(call(Operation.STATUS, TUSCAN), (command, context) -> {
            seenByHandler.add(
                    stores.writing().holders().find(HOLDER).orElseThrow().surname());
            throw new OperationRefused(new Refusal.Conflict());
        });
        assertInstanceOf(Outcome.Refused.class, refused);
        assertEquals(List.of("CLOCK"), seenByHandler, "the step ran before the handler");
        assertEquals("CLOCK", surname(), "and stands though the handler was refused");
        assertEquals(List.of(TUSCAN.value() + " " + NOW), applied);

        clocked.run(call(Operation.EXPIRE, TUSCAN), (command, context) -> "never");
        assertEquals(1, applied.size(), "a call the role refuses reaches no clock step");
        Operator admin = new Operator("admin-1", "Admin", OperatorRole.ISSUER_ADMIN, "090", "hq", false);
        assertEquals(
                new Outcome.Done<>("expired"),
                clocked.run(
                        new Call<>(admin, Operation.EXPIRE, "req-2", new OnCard(TUSCAN)),
                        (command, context) -> "expired"));
        assertEquals(1, applied.size(), "an explicit expiry applies the expiry itself");
    }

    @Test
    void aFailingHandlerCommitsNothingNotEvenItsAuditEntry() {
        assertThrows(
                IllegalStateException.class,
                () -> pipeline.run(call(Operation.REPRINT, TUSCAN), renaming("BIANCHI", () -> {
                    throw new IllegalStateException("a bug");
                })));

        assertEquals("ROSSI", surname());
        assertEquals(List.of(), audit());
        assertEquals(List.of(), toldCa);
    }

    @Test
    void aKeyedCallRunsOnceIsReplayedAndAReusedKeyIsRefused() throws Exception {
        byte[] hash = sha256("request");
        Handler<OnCard, String> handler = renaming("BIANCHI", () -> {});
        java.util.function.Function<Outcome<String>, StoredAnswer> encode = outcome ->
                new StoredAnswer(201, ((Outcome.Done<String>) outcome).result().getBytes(StandardCharsets.UTF_8));

        Answered first =
                pipeline.run(call(Operation.REPRINT, TUSCAN), handler, new IdempotentRequest("k-1", hash), encode);
        Answered again =
                pipeline.run(call(Operation.REPRINT, TUSCAN), handler, new IdempotentRequest("k-1", hash), encode);
        Answered other = pipeline.run(
                call(Operation.REPRINT, TUSCAN), handler, new IdempotentRequest("k-1", sha256("another")), encode);

        StoredAnswer answer = assertInstanceOf(Answered.Fresh.class, first).answer();
        StoredAnswer replayed = assertInstanceOf(Answered.Replayed.class, again).answer();
        assertEquals(201, replayed.status());
        assertArrayEquals(answer.body(), replayed.body());
        assertInstanceOf(Answered.KeyReused.class, other);
        assertEquals(1, runs.get(), "run once");
        assertEquals(1, audit().size(), "a replay and a reused key run nothing and are not audited");
    }

    @Test
    void theHandlerSeesTheCallingOperatorAndTheCallsInstant() {
        List<Object> seen = new ArrayList<>();

        pipeline.run(call(Operation.REPRINT, TUSCAN), (command, context) -> {
            seen.add(context.operator());
            seen.add(context.now());
            return "seen";
        });

        assertEquals(List.of(PHARMACIST, NOW), seen);
    }

    @Test
    void anEntryNamesTheCardAndThePersonOfTheCallsSubject() {
        pipeline.run(call(Operation.STATUS, TUSCAN), (command, context) -> "read");

        AuditRecord record = audit().get(0).record();
        assertEquals("pharmacy-1", record.operatorId());
        assertEquals("card.status", record.operation());
        assertEquals(Optional.of(TUSCAN.value()), record.cardId());
        assertEquals(Optional.of(HOLDER.value()), record.codiceFiscale());
        assertEquals(List.of(), history(TUSCAN), "a read leaves no history line");
    }

    @Test
    void aCallNamingOnlyACardIsAuditedWithTheCardsHolder() {
        pipeline.run(
                new Call<>(PHARMACIST, Operation.STATUS, "req-1", new CardOnly(TUSCAN)), (command, context) -> "read");

        AuditRecord record = audit().get(0).record();
        assertEquals(Optional.of(TUSCAN.value()), record.cardId());
        assertEquals(Optional.of(HOLDER.value()), record.codiceFiscale(), "the holder, read from the card");
    }

    @Test
    void whatTheCounterCollectedGoesToTheEntryAndTheHistoryLine() {
        pipeline.run(
                new Call<>(PHARMACIST, Operation.REPRINT, "req-1", new AtCounter(TUSCAN, IDENTIFIED)),
                (command, context) -> "reprinted");

        assertEquals(
                Map.of(
                        "role", "pharmacy",
                        "counter", "counter-1",
                        "presented-by", "direct",
                        "counter-reference", "PROT-2026/0042"),
                audit().get(0).record().details().asMap());
        assertEquals(Optional.of(IDENTIFIED), history(TUSCAN).get(0).counterRecord());
    }

    @Test
    void aReissueRunsAtAnEnabledAslCounterOnly() {
        Operator enabled = new Operator("asl-1", "ASL", OperatorRole.ASL_COUNTER, "090", "asl-fi", true);
        Operator notEnabled = new Operator("asl-2", "ASL", OperatorRole.ASL_COUNTER, "090", "asl-po", false);

        assertEquals(
                new Outcome.Done<>("filed"),
                pipeline.run(
                        new Call<>(enabled, Operation.REISSUE, "req-1", new OnCard(TUSCAN)),
                        (command, context) -> "filed"));
        assertEquals(
                new Outcome.Refused<>(new Refusal.ReissueNotEnabled()),
                pipeline.run(
                        new Call<>(notEnabled, Operation.REISSUE, "req-2", new OnCard(TUSCAN)), (command, context) -> {
                            runs.incrementAndGet();
                            return "filed";
                        }));

        assertEquals(0, runs.get(), "the counter not enabled runs nothing");
        assertEquals(
                List.of(new AuditOutcome.Succeeded(), new AuditOutcome.Refused("reissue-not-enabled")),
                audit().stream().map(entry -> entry.record().outcome()).toList());
    }

    @Test
    void aKeyedCallTheRoleRefusesIsAnsweredFreshAndItsKeyIsNotKept() throws Exception {
        byte[] hash = sha256("request");
        List<Outcome<String>> encoded = new ArrayList<>();
        java.util.function.Function<Outcome<String>, StoredAnswer> encode = outcome -> {
            encoded.add(outcome);
            return new StoredAnswer(403, "forbidden".getBytes(StandardCharsets.UTF_8));
        };
        Handler<OnCard, String> handler = renaming("BIANCHI", () -> {});

        Answered first = pipeline.run(
                call(Operation.REVOKE_BY_ISSUER, TUSCAN), handler, new IdempotentRequest("k-1", hash), encode);
        Answered again = pipeline.run(
                call(Operation.REVOKE_BY_ISSUER, TUSCAN), handler, new IdempotentRequest("k-1", hash), encode);

        StoredAnswer answer = assertInstanceOf(Answered.Fresh.class, first).answer();
        assertEquals(403, answer.status());
        assertArrayEquals("forbidden".getBytes(StandardCharsets.UTF_8), answer.body());
        assertInstanceOf(Answered.Fresh.class, again, "not replayed: a refusal of the role check is not kept");
        Outcome<String> refused =
                new Outcome.Refused<>(new Refusal.ForbiddenRole(OperatorRole.PHARMACY, Operation.REVOKE_BY_ISSUER));
        assertEquals(List.of(refused, refused), encoded);
        assertEquals(0, runs.get());
        assertEquals(2, audit().size(), "each refusal is audited");
    }

    @Test
    void aRequestTheFrontRefusedIsRecordedWithItsCodeAndTheCardsHistory() {
        pipeline.record(
                new Call<>(PHARMACIST, Operation.REPRINT, "req-9", new OnCard(TUSCAN)),
                Optional.of(new Refusal.RequestRefused("malformed-request")));

        assertEquals(1, audit().size());
        AuditRecord record = audit().get(0).record();
        assertEquals("pharmacy-1", record.operatorId());
        assertEquals("card.reprint", record.operation());
        assertEquals(NOW, record.instant());
        assertEquals(new AuditOutcome.Refused("malformed-request"), record.outcome());
        assertEquals(Optional.of("req-9"), record.requestId());
        assertEquals(Optional.of(TUSCAN.value()), record.cardId());
        assertEquals(Optional.of(HOLDER.value()), record.codiceFiscale());
        assertEquals(
                Map.of("role", "pharmacy", "counter", "counter-1", "asked", "yes"),
                record.details().asMap());
        assertEquals(
                List.of(new AuditOutcome.Refused("malformed-request")),
                history(TUSCAN).stream().map(HistoryLine::outcome).toList());
    }

    @Test
    void aCallTheFrontDecidedWithoutARefusalIsRecordedAsSucceeded() {
        pipeline.record(new Call<>(PHARMACIST, Operation.LOGIN, "req-9", new CardOnly(TUSCAN)), Optional.empty());

        assertEquals(
                List.of(new AuditOutcome.Succeeded()),
                audit().stream().map(entry -> entry.record().outcome()).toList());
        assertEquals("session.login", audit().get(0).record().operation());
        assertEquals(List.of(), history(TUSCAN), "a login changes no card");
    }

    @Test
    void aPrincipalsRefusedRequestIsRecordedUnderItsNameWithItsSubject() {
        pipeline.record(
                "anonymous",
                Operation.STATUS,
                "req-7",
                new Subject(Optional.of(TUSCAN), Optional.of(HOLDER)),
                Optional.of("unauthenticated"));

        assertEquals(1, audit().size());
        AuditRecord record = audit().get(0).record();
        assertEquals("anonymous", record.operatorId());
        assertEquals("card.status", record.operation());
        assertEquals(NOW, record.instant());
        assertEquals(new AuditOutcome.Refused("unauthenticated"), record.outcome());
        assertEquals(Optional.of("req-7"), record.requestId());
        assertEquals(Optional.of(TUSCAN.value()), record.cardId());
        assertEquals(Optional.of(HOLDER.value()), record.codiceFiscale());
    }

    @Test
    void thePrincipalsOwnCapabilityIsRecordedAsSucceededWithoutASubject() {
        pipeline.record("sandbox-outbox", Operation.OUTBOX, "req-8", Subject.NONE, Optional.empty());

        AuditRecord record = audit().get(0).record();
        assertEquals("sandbox-outbox", record.operatorId());
        assertEquals("outbox.read", record.operation());
        assertEquals(new AuditOutcome.Succeeded(), record.outcome());
        assertEquals(Optional.empty(), record.cardId());
        assertEquals(Optional.empty(), record.codiceFiscale());
    }
}
