package io.tscns.cms.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsTransportException.Kind;
import io.tscns.cms.protocol.ActivateCardRequest;
import io.tscns.cms.protocol.CardStatus;
import io.tscns.cms.protocol.ChannelKind;
import io.tscns.cms.protocol.CmsJson;
import io.tscns.cms.protocol.CodeHalves;
import io.tscns.cms.protocol.ConsentChoice;
import io.tscns.cms.protocol.ConsentsUpdate;
import io.tscns.cms.protocol.ConsentsView;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.SecretText;
import io.tscns.core.card.CardId;
import io.tscns.core.card.TeamNumber;
import io.tscns.core.consent.ConsentKind;
import io.tscns.core.consent.ConsentRecord;
import io.tscns.core.consent.ConsentStatus;
import io.tscns.core.lifecycle.CardState;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client half of the fault test: 10,000 operations through a transport that injects faults before and
 * after the server commits (dropped responses, timeouts, 502/503/504, refused connections), against an in-memory
 * server with an idempotency store. Every operation the caller asked for is applied exactly once: none twice, none
 * lost. When the client gives up, the caller repeats the operation with the same key, as the README says.
 */
class FaultInjectionTest {

    private static final int OPERATIONS = 10_000;
    private static final int CARDS = 1_500;

    /** What the fake server does to one exchange. */
    private enum Fault {
        NONE,
        CONNECT_REFUSED,
        UNAVAILABLE_BEFORE,
        DROPPED_BEFORE,
        DROPPED_AFTER_COMMIT,
        TIMEOUT_AFTER_COMMIT,
        GATEWAY_ERROR_AFTER_COMMIT
    }

    /** An in-memory CMS: card states, consents, and the idempotency store, with injected faults. */
    private static final class FaultyServer implements CmsTransport {
        private static final Pattern ROUTE = Pattern.compile("/cms/v1/cards/([0-9]{16})(/activation|/consents)?");
        final Map<String, CardState> states = new HashMap<>();
        final Map<String, Integer> activations = new HashMap<>();
        final Map<String, List<ConsentRecord>> consents = new HashMap<>();
        final Map<String, String[]> idempotency = new HashMap<>();
        final Map<Fault, Integer> injected = new HashMap<>();
        int exchanges;
        int replays;
        private final Random random;

        FaultyServer(Random random) {
            this.random = random;
        }

        @Override
        public synchronized CmsHttpResponse exchange(CmsHttpRequest request) {
            exchanges++;
            Fault fault = random.nextInt(100) < 35
                    ? Fault.values()[1 + random.nextInt(Fault.values().length - 1)]
                    : Fault.NONE;
            injected.merge(fault, 1, Integer::sum);
            switch (fault) {
                case CONNECT_REFUSED -> throw new CmsTransportException(Kind.CONNECT_FAILED, "injected");
                case DROPPED_BEFORE -> throw new CmsTransportException(Kind.CONNECTION_DROPPED, "injected");
                case UNAVAILABLE_BEFORE -> {
                    return problem(ProblemCode.SERVICE_UNAVAILABLE);
                }
                default -> {}
            }
            CmsHttpResponse response = handle(request);
            return switch (fault) {
                case DROPPED_AFTER_COMMIT -> throw new CmsTransportException(Kind.CONNECTION_DROPPED, "injected");
                case TIMEOUT_AFTER_COMMIT -> throw new CmsTransportException(Kind.TIMEOUT, "injected");
                case GATEWAY_ERROR_AFTER_COMMIT -> new CmsHttpResponse(504, Map.of(), new byte[0]);
                default -> response;
            };
        }

        private CmsHttpResponse handle(CmsHttpRequest request) {
            Matcher m = ROUTE.matcher(request.uri().getPath());
            if (!m.matches()) {
                return problem(ProblemCode.NOT_FOUND);
            }
            String card = m.group(1);
            if (request.method().equals("GET")) {
                return FakeCms.json(200, status(card));
            }
            String key = request.headers().get("Idempotency-Key");
            if (key == null) {
                return problem(ProblemCode.IDEMPOTENCY_KEY_REQUIRED);
            }
            String hash = sha256(request.body());
            String[] stored = idempotency.get(key);
            if (stored != null) {
                if (!stored[0].equals(hash)) {
                    return problem(ProblemCode.IDEMPOTENCY_KEY_REUSED);
                }
                replays++;
                return new CmsHttpResponse(
                        Integer.parseInt(stored[1]),
                        Map.of("Idempotent-Replayed", "true"),
                        stored[2].getBytes(StandardCharsets.UTF_8));
            }
            CmsHttpResponse fresh;
            if (m.group(2).equals("/activation")) {
                if (states.get(card) != CardState.SHIPPED) {
                    return problem(ProblemCode.ILLEGAL_TRANSITION);
                }
                CmsJson.decode(request.body(), ActivateCardRequest.class);
                states.put(card, CardState.ACTIVE);
                activations.merge(card, 1, Integer::sum);
                fresh = FakeCms.json(
                        201,
                        new Receipt(
                                "R-" + key,
                                new CardId(card),
                                "op-1",
                                Instant.EPOCH,
                                new CodeHalves(
                                        SecretText.of("1".toCharArray()),
                                        SecretText.of("2".toCharArray()),
                                        Optional.empty()),
                                ChannelKind.SMS,
                                "***"));
            } else {
                ConsentsUpdate update = CmsJson.decode(request.body(), ConsentsUpdate.class);
                List<ConsentRecord> list = consents.computeIfAbsent(card, c -> new ArrayList<>());
                for (ConsentChoice choice : update.consents()) {
                    list.add(ConsentRecord.of(
                            CmsFixtures.HOLDER, choice.kind(), choice.status(), Instant.parse("2026-01-01T00:00:00Z")));
                }
                fresh = FakeCms.json(200, new ConsentsView(new CardId(card), list));
            }
            idempotency.put(key, new String[] {
                hash, Integer.toString(fresh.status()), new String(fresh.body(), StandardCharsets.UTF_8)
            });
            return fresh;
        }

        private CardStatus status(String card) {
            CardId id = new CardId(card);
            return new CardStatus(id, TeamNumber.fromCardId(id), states.get(card), "090", LocalDate.of(2030, 1, 1));
        }

        private static CmsHttpResponse problem(ProblemCode code) {
            return new CmsHttpResponse(
                    code.status(),
                    Map.of("Content-Type", "application/problem+json"),
                    CmsJson.encode(ProblemDocument.of(code, "injected", "/", "r")));
        }

        private static String sha256(byte[] body) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void tenThousandOperationsUnderFaultsAreAppliedExactlyOnce() {
        Random random = new Random(20_110_620L);
        FaultyServer server = new FaultyServer(random);
        List<CardId> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            CardId id = new CardId(String.format("80380009%08d", i));
            cards.add(id);
            server.states.put(id.value(), CardState.SHIPPED);
        }
        CmsClient client = CmsClient.builder()
                .baseUri(URI.create("https://cms.test"))
                .credentials(CmsFixtures.mutualTls())
                .transport(server)
                .sleeper(d -> {})
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100), 2, 0.5))
                .random(new Random(1))
                .build();

        Map<String, Integer> consentsAsked = new HashMap<>();
        int activated = 0;
        int reads = 0;
        int gaveUp = 0;
        for (int op = 0; op < OPERATIONS; op++) {
            CardId card = cards.get(op % CARDS);
            IdempotencyKey key = new IdempotencyKey("op-" + op);
            int kind = op < CARDS ? 0 : 1 + random.nextInt(2);
            for (int tries = 1; ; tries++) {
                try {
                    switch (kind) {
                        case 0 -> {
                            try (Receipt receipt =
                                    client.activateCard(card, CmsFixtures.activation(), CallOptions.withKey(key))) {
                                assertEquals("R-" + key.value(), receipt.receiptId());
                            }
                            activated++;
                        }
                        case 1 -> {
                            ConsentsView view = client.recordConsents(
                                    card,
                                    new ConsentsUpdate(List.of(new ConsentChoice(
                                            ConsentKind.CONSULTATION,
                                            op % 2 == 0 ? ConsentStatus.GIVEN : ConsentStatus.WITHDRAWN))),
                                    CallOptions.withKey(key));
                            int asked = consentsAsked.merge(card.value(), 1, Integer::sum);
                            assertEquals(asked, view.consents().size(), "consents of " + card);
                        }
                        default -> {
                            assertEquals(CardState.ACTIVE, client.getCard(card).state());
                            reads++;
                        }
                    }
                    break;
                } catch (CmsUnavailableException e) {
                    gaveUp++;
                    assertTrue(tries < 50, "operation " + op + " never succeeded");
                }
            }
        }

        assertEquals(CARDS, activated);
        for (CardId card : cards) {
            assertEquals(1, server.activations.get(card.value()), "activations of " + card);
            assertEquals(CardState.ACTIVE, server.states.get(card.value()));
            assertEquals(
                    consentsAsked.getOrDefault(card.value(), 0),
                    server.consents.getOrDefault(card.value(), List.of()).size(),
                    "consents of " + card);
        }
        assertEquals(
                OPERATIONS - CARDS - reads,
                consentsAsked.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(server.replays > 0, "responses lost after commit were replayed");
        assertTrue(gaveUp > 0, "the caller-level retry with the same key was exercised");
        assertTrue(
                Arrays.stream(Fault.values()).allMatch(f -> server.injected.getOrDefault(f, 0) > 100),
                "every fault was injected: " + server.injected);
    }
}
