package io.tscns.cms.client.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CallOptions;
import io.tscns.cms.client.CmsClient;
import io.tscns.cms.client.CmsException;
import io.tscns.cms.client.CmsHttpRequest;
import io.tscns.cms.client.CmsHttpResponse;
import io.tscns.cms.client.CmsTransport;
import io.tscns.cms.client.CmsTransportException;
import io.tscns.cms.client.CmsUnavailableException;
import io.tscns.cms.client.OperatorCredentials;
import io.tscns.cms.client.RetryPolicy;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsHeaders;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.DeliveryChannel;
import io.tscns.cms.protocol.EntryOutcome;
import io.tscns.cms.protocol.HistoryEntry;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.IdentificationRef;
import io.tscns.cms.protocol.IdentifyResult;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.sandbox.CardSeed;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SandboxFaults;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.audit.AuditEntry;
import io.tscns.core.audit.AuditOutcome;
import io.tscns.core.audit.AuditVerification;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CardEventType;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.LifecyclePolicy;
import io.tscns.core.lifecycle.TransitionTable;
import io.tscns.core.secret.CodeGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The issue's fault test through the real HTTPS sandbox: 10,000 state-changing operations (activations, FSE consent
 * updates, suspensions and reactivations over 960 seeded cards, with status reads in between) sent by the real
 * {@link CmsClient} with retries on, while the sandbox injects, at a rate of 8 % with a fixed seed, 503 before the
 * commit, 503 after it, connections dropped after it and answers held past the client's two-second timeout.
 * Twenty-four counters work at once, each on its own cards (the fault draws are seeded, so the same faults come in the
 * same order every run; which operation meets which fault depends on thread timing). The client makes two attempts,
 * so that it sometimes gives up; the caller then repeats the operation with the same idempotency key, as the client's
 * README says, until it gets an answer.
 *
 * <p>Then, from the sandbox's own state (its audit chain, each card's history, consents and status):
 * <ul>
 *   <li>every operation is in the audit chain exactly once, with the outcome the client finally told the caller
 *       (done, or refused with the same problem code) — including those the client first gave up on, which were
 *       therefore applied at most once before they were repeated — and in its card's history exactly once;</li>
 *   <li>no state-changing entry in the chain belongs to an operation nobody asked for;</li>
 *   <li>each card's history is a legal path of the DM 2011 lifecycle, ending in the state the card reports, and the
 *       holder has exactly the consent records the successful operations made;</li>
 *   <li>the audit chain verifies, in process and through the API;</li>
 *   <li>every kind of fault really happened (the client's transport counted them) and committed answers were
 *       replayed.</li>
 * </ul>
 */
class SandboxFaultToleranceTest {

    private static final int CARDS = 960;
    private static final int OPERATIONS = 10_000;
    private static final int WORKERS = 24;
    private static final long SEED = 20_110_620L;
    private static final TransitionTable LIFECYCLE = TransitionTable.of(LifecyclePolicy.DM_2011);

    /** The state-changing operations of the test, with their audit codes and lifecycle events. */
    private enum Kind {
        ACTIVATE("card.activate", CmsOperation.ACTIVATE_CARD, CardEventType.ACTIVATION),
        CONSENTS("consent.record", CmsOperation.RECORD_CONSENTS, null),
        SUSPEND("card.suspend", CmsOperation.SUSPEND_CARD, CardEventType.SUSPENSION),
        REACTIVATE("card.reactivate", CmsOperation.REACTIVATE_CARD, CardEventType.REACTIVATION);

        final String auditCode;
        final CmsOperation operation;
        final CardEventType event;

        Kind(String auditCode, CmsOperation operation, CardEventType event) {
            this.auditCode = auditCode;
            this.operation = operation;
            this.event = event;
        }
    }

    /** What the client told the caller: done, refused with a problem code, or given up (outcome unknown). */
    private record Told(boolean done, Optional<String> refusal) {
        static final Told DONE = new Told(true, Optional.empty());
        static final Told UNKNOWN = new Told(false, Optional.empty());

        boolean acknowledged() {
            return done || refusal.isPresent();
        }

        boolean agreesWith(AuditOutcome outcome) {
            return done
                    ? outcome instanceof AuditOutcome.Succeeded
                    : outcome instanceof AuditOutcome.Refused refused
                            && refused.reasonCode().equals(refusal.get());
        }
    }

    /** One logical operation: its ids, what it did, and what the client said. */
    private static final class Op {
        final String requestId;
        final int card;
        final Kind kind;
        final Object body;
        Told told;
        boolean gaveUp;

        Op(String requestId, int card, Kind kind, Object body) {
            this.requestId = requestId;
            this.card = card;
            this.kind = kind;
            this.body = body;
        }

        CallOptions options() {
            return new CallOptions(Optional.of(new IdempotencyKey(requestId)), Optional.of(requestId));
        }
    }

    /** Counts what the client's transport saw: the evidence that every kind of fault really happened. */
    private static final class Counting implements CmsTransport {
        final CmsTransport delegate;
        final Map<String, LongAdder> seen = new ConcurrentHashMap<>();

        Counting(CmsTransport delegate) {
            this.delegate = delegate;
        }

        @Override
        public CmsHttpResponse exchange(CmsHttpRequest request) {
            try {
                CmsHttpResponse response = delegate.exchange(request);
                count("HTTP " + response.status());
                if (response.header(CmsHeaders.IDEMPOTENT_REPLAYED).isPresent()) {
                    count("replayed");
                }
                return response;
            } catch (CmsTransportException e) {
                count(e.kind().name());
                throw e;
            }
        }

        void count(String what) {
            seen.computeIfAbsent(what, k -> new LongAdder()).increment();
        }

        long get(String what) {
            LongAdder adder = seen.get(what);
            return adder == null ? 0 : adder.sum();
        }
    }

    @Test
    void tenThousandOperationsUnderInjectedFaultsAreNeitherLostNorDoubled() throws Exception {
        CodeGenerator codes = new CodeGenerator(new SecureRandom());
        List<CardSeed> cards = new ArrayList<>();
        SimulatedCms.Builder builder = SimulatedCms.builder()
                .lifecycle(LifecyclePolicy.DM_2011)
                .operator(OperatorSeed.of("asl-1", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY))
                .operator(OperatorSeed.of("admin-1", OperatorRole.ISSUER_ADMIN, SimulatedCms.TUSCANY))
                .faults(SandboxFaults.random(0.08, SEED, Duration.ofMillis(2_500)));
        for (int i = 0; i < CARDS; i++) {
            CardSeed seed = CardSeed.synthetic(i, SimulatedCms.TUSCANY, codes);
            cards.add(seed);
            builder.card(seed);
        }
        try (SimulatedCms cms = builder.start()) {
            Counting[] transport = new Counting[1];
            char[] password = "fault-test".toCharArray();
            CmsClient client = ClientFixtures.builder(cms)
                    .credentials(OperatorCredentials.keyStore(
                            cms.operator("asl-1").credential().toPkcs12("asl-1", password), password))
                    // Two seconds, not less: with half a second, a slow two-core machine at cold start (24 first TLS
                    // handshakes while the JIT compiles) timed out, retried and piled more work on the sandbox, until
                    // operations failed a hundred times in a row, before any injected fault.
                    .requestTimeout(Duration.ofSeconds(2))
                    .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(40), 2.0, 0.5))
                    .random(new Random(SEED))
                    .decorateTransport(t -> transport[0] = new Counting(t))
                    .build();

            // Each card identified once, as at the start of a visit: its reference serves the visit's operations.
            List<IdentificationRef> visits = new ArrayList<>(cards.size());
            for (CardSeed card : cards) {
                visits.add(identified(client, card));
            }
            List<Op> ops = run(client, cards, visits);
            assertEquals(OPERATIONS, ops.size());
            Map<String, List<AuditEntry>> audit = auditByRequest(cms);
            ops.forEach(op -> assertOnce(op, audit.getOrDefault(op.requestId, List.of())));
            assertNoPhantoms(audit, ops);
            // The checks read through a client of their own: two tries within a short timeout are the fault run's
            // settings, not a limit on reads.
            assertCardsConsistent(ClientFixtures.certificate(cms, "asl-1"), cards, ops);
            assertInstanceOf(AuditVerification.Intact.class, cms.verifyAudit());
            assertTrue(
                    ClientFixtures.certificate(cms, "admin-1").verifyAudit().intact(),
                    "the audit chain verifies through the API");

            Counting seen = transport[0];
            assertTrue(seen.get("HTTP 503") > 100, "503 before and after commit: " + seen.seen);
            assertTrue(seen.get("TIMEOUT") > 50, "answers held past the timeout: " + seen.seen);
            assertTrue(seen.get("CONNECTION_DROPPED") > 50, "responses dropped after commit: " + seen.seen);
            assertTrue(seen.get("replayed") > 100, "committed answers replayed on retry: " + seen.seen);
            assertTrue(ops.stream().anyMatch(op -> op.gaveUp), "some operations exhausted the client's retries");
            long done = ops.stream().filter(op -> op.told.done()).count();
            assertTrue(done > OPERATIONS * 3 / 4, "most operations succeed: " + done);
            assertTrue(
                    ops.stream()
                            .allMatch(op ->
                                    op.told.done() || op.told.refusal().equals(Optional.of("illegal-transition"))),
                    "the only refusals are the lifecycle's");
            assertTrue(done < OPERATIONS, "some operations were refused");
        }
    }

    /** Twelve counters, each on its own cards (card i belongs to worker i % 12), 10,000 operations in all. */
    private static IdentificationRef identified(CmsClient client, CardSeed card) {
        for (int tries = 0; ; tries++) {
            try {
                return ((IdentifyResult.Match) client.identifyCard(card.identification())).identificationRef();
            } catch (CmsUnavailableException e) {
                assertTrue(tries < 20, "the identification never succeeded: " + e.getMessage());
            }
        }
    }

    private static List<Op> run(CmsClient client, List<CardSeed> cards, List<IdentificationRef> visits)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<List<Op>>> futures = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                int count = OPERATIONS / WORKERS + (w < OPERATIONS % WORKERS ? 1 : 0);
                futures.add(pool.submit(() -> work(client, cards, visits, worker, count)));
            }
            List<Op> all = new ArrayList<>();
            for (Future<List<Op>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Op> work(
            CmsClient client, List<CardSeed> cards, List<IdentificationRef> visits, int worker, int count) {
        Random random = new Random(SEED + worker);
        List<Integer> mine = new ArrayList<>();
        for (int i = worker; i < cards.size(); i += WORKERS) {
            mine.add(i);
        }
        Map<Integer, CardState> model = new HashMap<>();
        mine.forEach(i -> model.put(i, CardState.SHIPPED));
        List<Op> ops = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int card = mine.get(random.nextInt(mine.size()));
            CardState state = model.get(card);
            Kind kind = choose(state, random);
            String requestId = "w" + worker + "-" + n;
            Op op = new Op(requestId, card, kind, body(cards.get(card), visits.get(card), kind, requestId, random));
            op.told = attempt(client, cards, op);
            if (!op.told.acknowledged()) {
                op.gaveUp = true;
                op.told = repeatUntilAnswered(client, cards, op);
            }
            ops.add(op);
            if (op.told.done() && op.kind.event != null) {
                model.put(
                        card,
                        LIFECYCLE
                                .target(state, op.kind.event)
                                .orElseThrow(() -> new AssertionError(
                                        op.requestId + ": the sandbox allowed " + op.kind + " from " + state)));
            }
            if (random.nextInt(8) == 0) {
                assertEquals(
                        model.get(card),
                        status(client, cards.get(card)),
                        "status of card " + card + " after " + op.requestId);
            }
        }
        return ops;
    }

    private static Kind choose(CardState state, Random random) {
        int p = random.nextInt(100);
        return switch (state) {
            case SHIPPED -> p < 85 ? Kind.ACTIVATE : p < 95 ? Kind.CONSENTS : Kind.SUSPEND;
            case ACTIVE -> p < 60 ? Kind.CONSENTS : p < 85 ? Kind.SUSPEND : p < 90 ? Kind.ACTIVATE : Kind.REACTIVATE;
            default -> p < 50 ? Kind.REACTIVATE : p < 90 ? Kind.CONSENTS : Kind.SUSPEND;
        };
    }

    private static Object body(CardSeed card, IdentificationRef visit, Kind kind, String requestId, Random random) {
        return switch (kind) {
            case ACTIVATE ->
                card.directActivation(
                                new DeliveryChannel(ChannelKind.EMAIL, requestId + "@example.org"),
                                List.of(new ConsentChoice(ConsentKind.CONSULTATION, ConsentStatus.GIVEN)))
                        .withIdentification(visit);
            case CONSENTS ->
                new ConsentsUpdate(List.of(new ConsentChoice(
                                random.nextBoolean() ? ConsentKind.CONSULTATION : ConsentKind.PAST_DATA_OBJECTION,
                                random.nextBoolean() ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN)))
                        .withIdentification(visit);
            case SUSPEND, REACTIVATE -> new LifecycleRequest(Optional.empty());
        };
    }

    /** Sends an operation once through the client (which retries on its own) and says what the caller was told. */
    private static Told attempt(CmsClient client, List<CardSeed> cards, Op op) {
        var cardId = cards.get(op.card).cardId();
        try {
            switch (op.kind) {
                case ACTIVATE -> {
                    try (Receipt receipt = client.activateCard(cardId, (ActivateCardRequest) op.body, op.options())) {
                        assertEquals(cardId, receipt.cardId());
                    }
                }
                case CONSENTS -> client.recordConsents(cardId, (ConsentsUpdate) op.body, op.options());
                case SUSPEND ->
                    assertEquals(
                            CardState.SUSPENDED,
                            client.suspendCard(cardId, (LifecycleRequest) op.body, op.options())
                                    .state());
                case REACTIVATE ->
                    assertEquals(
                            CardState.ACTIVE,
                            client.reactivateCard(cardId, (LifecycleRequest) op.body, op.options())
                                    .state());
                default -> throw new AssertionError(op.kind);
            }
            return Told.DONE;
        } catch (CmsUnavailableException e) {
            return Told.UNKNOWN;
        } catch (CmsException e) {
            return new Told(false, Optional.of(e.code()));
        }
    }

    /**
     * What the client's README tells a caller to do after the client gave up: repeat with the same key until
     * answered. The operation was applied once or not at all; the answer now is the stored one or the first.
     */
    /**
     * Reads a card's state, asking again while the CMS does not answer within the client's two-second timeout: the
     * check is about the state, not the latency, which a loaded machine stretches past two attempts.
     */
    private static CardState status(CmsClient client, CardSeed card) {
        for (int tries = 1; ; tries++) {
            try {
                return client.getCard(card.cardId()).state();
            } catch (CmsUnavailableException e) {
                if (tries == 50) {
                    throw e;
                }
            }
        }
    }

    private static Told repeatUntilAnswered(CmsClient client, List<CardSeed> cards, Op op) {
        for (int tries = 0; tries < 50; tries++) {
            Told told = attempt(client, cards, op);
            if (told.acknowledged()) {
                return told;
            }
        }
        throw new AssertionError(op.requestId + " never answered");
    }

    private static Map<String, List<AuditEntry>> auditByRequest(SimulatedCms cms) {
        return cms.auditEntries().stream()
                .filter(e -> e.record().requestId().isPresent())
                .collect(Collectors.groupingBy(e -> e.record().requestId().get()));
    }

    private static void assertOnce(Op op, List<AuditEntry> entries) {
        assertEquals(1, entries.size(), op.requestId + " (" + op.kind + ", told " + op.told + ") in the audit chain");
        AuditEntry entry = entries.get(0);
        assertEquals(op.kind.auditCode, entry.record().operation(), op.requestId);
        assertTrue(
                op.told.agreesWith(entry.record().outcome()),
                op.requestId + ": told " + op.told + ", audited "
                        + entry.record().outcome());
    }

    private static void assertNoPhantoms(Map<String, List<AuditEntry>> audit, List<Op> ops) {
        Map<String, Op> byId = ops.stream().collect(Collectors.toMap(op -> op.requestId, op -> op));
        long writes = 0;
        for (Map.Entry<String, List<AuditEntry>> e : audit.entrySet()) {
            for (AuditEntry entry : e.getValue()) {
                boolean write = Arrays.stream(Kind.values())
                        .anyMatch(k -> k.auditCode.equals(entry.record().operation()));
                if (write) {
                    writes++;
                    assertTrue(byId.containsKey(e.getKey()), "audit entry for an operation nobody sent: " + e.getKey());
                }
            }
        }
        assertEquals(OPERATIONS, writes, "state-changing entries in the audit chain");
    }

    /** Each card: history = its operations, once each, along a legal lifecycle path; consents as the successes made. */
    private static void assertCardsConsistent(CmsClient client, List<CardSeed> cards, List<Op> ops) throws Exception {
        Map<Integer, List<Op>> byCard = ops.stream().collect(Collectors.groupingBy(op -> op.card));
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<?>> checks = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) {
                CardSeed card = cards.get(i);
                List<Op> mine = byCard.getOrDefault(i, List.of());
                checks.add(pool.submit(() -> assertCardConsistent(client, card, mine)));
            }
            for (Future<?> check : checks) {
                check.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertCardConsistent(CmsClient client, CardSeed card, List<Op> mine) {
        var cardId = card.cardId();
        List<HistoryEntry> history = client.getHistory(cardId).entries();
        assertEquals(mine.size(), history.size(), "history of card " + cardId);
        CardState state = CardState.SHIPPED;
        int consents = 0;
        for (HistoryEntry line : history) {
            Kind kind = Arrays.stream(Kind.values())
                    .filter(k -> k.operation == line.operation())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("unexpected " + line.operation()));
            if (line.outcome() == EntryOutcome.SUCCEEDED) {
                if (kind.event != null) {
                    CardState from = state;
                    state = LIFECYCLE
                            .target(state, kind.event)
                            .orElseThrow(
                                    () -> new AssertionError("card " + cardId + ": illegal " + kind + " from " + from));
                }
                consents += kind == Kind.ACTIVATE || kind == Kind.CONSENTS ? 1 : 0;
            }
            assertEquals(Optional.of(state), line.stateAfter(), "card " + cardId + " after " + line);
        }
        assertEquals(state, client.getCard(cardId).state(), "final state of card " + cardId);
        assertEquals(consents, client.getConsents(cardId).consents().size(), "consents of card " + cardId);
        assertEquals(
                mine.stream().filter(op -> op.told.done()).count(),
                history.stream()
                        .filter(line -> line.outcome() == EntryOutcome.SUCCEEDED)
                        .count(),
                "successes of card " + cardId);
    }
}
