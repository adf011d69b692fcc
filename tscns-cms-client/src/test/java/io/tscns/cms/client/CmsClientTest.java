package io.tscns.cms.client;

import static io.tscns.cms.client.CmsFixtures.CARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.cms.client.CmsTransportException.Kind;
import io.tscns.cms.protocol.CmsOperation;
import io.tscns.cms.protocol.IdempotencyKey;
import io.tscns.cms.protocol.LifecycleRequest;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.ProblemDocument;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.Violation;
import io.tscns.core.TscnsException;
import io.tscns.core.lifecycle.CardState;
import io.tscns.testpki.ManualClock;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CmsClient} against a scripted transport: mapping, retries, idempotency, timeouts, bad answers. */
class CmsClientTest {

    /** The exception family each code must map to, written out independently of the client's mapping. */
    private static final Map<ProblemCode, Class<? extends CmsException>> EXPECTED = Map.ofEntries(
            Map.entry(ProblemCode.MALFORMED_REQUEST, CmsBadRequestException.class),
            Map.entry(ProblemCode.PAYLOAD_TOO_LARGE, CmsBadRequestException.class),
            Map.entry(ProblemCode.UNSUPPORTED_MEDIA_TYPE, CmsBadRequestException.class),
            Map.entry(ProblemCode.NOT_FOUND, CmsBadRequestException.class),
            Map.entry(ProblemCode.METHOD_NOT_ALLOWED, CmsBadRequestException.class),
            Map.entry(ProblemCode.UNAUTHENTICATED, CmsAuthenticationException.class),
            Map.entry(ProblemCode.FORBIDDEN_ROLE, CmsForbiddenException.class),
            Map.entry(ProblemCode.OPERATOR_DISABLED, CmsAuthenticationException.class),
            // Operator login with a card (issue 20): every refusal of the card's certificate is a refusal of the
            // operator's credentials.
            Map.entry(ProblemCode.CARD_CERTIFICATE_REVOKED, CmsAuthenticationException.class),
            Map.entry(ProblemCode.CARD_CERTIFICATE_EXPIRED, CmsAuthenticationException.class),
            Map.entry(ProblemCode.CARD_CERTIFICATE_UNTRUSTED, CmsAuthenticationException.class),
            Map.entry(ProblemCode.UNKNOWN_OPERATOR, CmsAuthenticationException.class),
            Map.entry(ProblemCode.CARD_NOT_FOUND, CmsNotFoundException.class),
            Map.entry(ProblemCode.PERSON_NOT_FOUND, CmsNotFoundException.class),
            Map.entry(ProblemCode.IDENTITY_MISMATCH, CmsRuleException.class),
            Map.entry(ProblemCode.ILLEGAL_TRANSITION, CmsRuleException.class),
            Map.entry(ProblemCode.WRONG_CIP, CmsCipException.class),
            Map.entry(ProblemCode.CIP_BLOCKED, CmsCipException.class),
            Map.entry(ProblemCode.ACTIVATION_REJECTED, CmsRuleException.class),
            Map.entry(ProblemCode.OTHER_REGION, CmsForbiddenException.class),
            Map.entry(ProblemCode.REISSUE_NOT_ENABLED, CmsForbiddenException.class),
            Map.entry(ProblemCode.CONSENT_REJECTED, CmsRuleException.class),
            Map.entry(ProblemCode.DELIVERY_NOT_OFFERED, CmsRuleException.class),
            Map.entry(ProblemCode.IDEMPOTENCY_KEY_REQUIRED, CmsBadRequestException.class),
            Map.entry(ProblemCode.IDEMPOTENCY_KEY_REUSED, CmsBadRequestException.class),
            Map.entry(ProblemCode.CONFLICT, CmsConflictException.class),
            Map.entry(ProblemCode.SERVICE_UNAVAILABLE, CmsUnavailableException.class),
            Map.entry(ProblemCode.INTERNAL_ERROR, CmsUnavailableException.class),
            // The HTTP layer's own answers (issue 16): a rate limit is a wait, the rest are the client's request.
            Map.entry(ProblemCode.TOO_MANY_REQUESTS, CmsUnavailableException.class),
            Map.entry(ProblemCode.REQUEST_TIMEOUT, CmsBadRequestException.class),
            Map.entry(ProblemCode.URI_TOO_LONG, CmsBadRequestException.class),
            Map.entry(ProblemCode.HEADERS_TOO_LARGE, CmsBadRequestException.class),
            Map.entry(ProblemCode.NOT_IMPLEMENTED, CmsBadRequestException.class),
            Map.entry(ProblemCode.HTTP_VERSION_NOT_SUPPORTED, CmsBadRequestException.class),
            // The lifecycle's loose ends (issue 21, docs/cms.md §9.6): rules the card or the request broke.
            Map.entry(ProblemCode.CARD_EXPIRED, CmsRuleException.class),
            Map.entry(ProblemCode.HOLDER_NOT_IDENTIFIED, CmsRuleException.class),
            // Issue 21 gap 2: the step order; identify the card again.
            Map.entry(ProblemCode.IDENTIFICATION_REQUIRED, CmsIdentificationException.class));

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyProblemCodeMapsToItsTypedException(ProblemCode code) {
        FakeCms cms = new FakeCms();
        for (int i = 0; i < RetryPolicy.DEFAULT.maxAttempts(); i++) {
            cms.thenProblem(code);
        }
        CmsClient client = cms.client().build();
        CmsException e = assertThrows(CmsException.class, () -> client.getCard(CARD));
        assertEquals(EXPECTED.get(code), e.getClass(), code.code());
        assertEquals(code.code(), e.code());
        assertEquals(Optional.of(code), e.problemCode());
        assertEquals(code.status(), e.status());
        assertEquals(code.code(), e.problems().get(0).code());
        assertTrue(e.getMessage().contains("scripted " + code.code()), e.getMessage());
        int expectedAttempts = code.status() == 503 ? RetryPolicy.DEFAULT.maxAttempts() : 1;
        assertEquals(expectedAttempts, cms.seen.size(), "attempts for " + code.code());
    }

    @Test
    void everyCodeHasAnExpectation() {
        assertEquals(Set.of(ProblemCode.values()), EXPECTED.keySet());
    }

    @Test
    void wrongCipCarriesTriesLeftAndViolationsArePassedOn() {
        FakeCms cms = new FakeCms()
                .thenProblem(ProblemDocument.of(ProblemCode.WRONG_CIP, "wrong CIP", "/x", "r")
                        .withTriesLeft(2))
                .thenProblem(ProblemDocument.of(ProblemCode.ACTIVATION_REJECTED, "rejected", "/x", "r")
                        .withViolations(List.of(new Violation(
                                "document-expired-without-declaration",
                                Optional.of("applicant.document"),
                                "the document expired"))));
        CmsClient client = cms.client().build();
        CmsCipException cip = assertThrows(CmsCipException.class, () -> client.getCard(CARD));
        assertEquals(Optional.of(2), cip.triesLeft());
        assertFalse(cip.blocked());
        CmsRuleException rule =
                assertThrows(CmsRuleException.class, () -> client.activateCard(CARD, CmsFixtures.activation()));
        assertEquals(
                "document-expired-without-declaration", rule.violations().get(0).code());
        assertEquals(
                List.of("activation-rejected", "document-expired-without-declaration"),
                rule.problems().stream().map(CmsProblem::code).toList());
    }

    @Test
    void retriesReuseTheSameIdempotencyKeyAndRequestId() {
        FakeCms cms = new FakeCms()
                .thenProblem(ProblemCode.SERVICE_UNAVAILABLE)
                .thenFail(Kind.TIMEOUT)
                .thenFail(Kind.CONNECTION_DROPPED)
                .thenJson(201, CmsFixtures.receipt());
        CmsClient client = cms.client().build();
        try (Receipt receipt = client.activateCard(CARD, CmsFixtures.activation())) {
            assertEquals("R-1", receipt.receiptId());
        }
        assertEquals(4, cms.seen.size());
        Set<String> keys =
                cms.seen.stream().map(s -> s.headers().get("Idempotency-Key")).collect(Collectors.toSet());
        Set<String> ids =
                cms.seen.stream().map(s -> s.headers().get("X-Request-Id")).collect(Collectors.toSet());
        assertEquals(1, keys.size());
        assertEquals(1, ids.size());
        new IdempotencyKey(keys.iterator().next());
        assertEquals(1, cms.seen.stream().map(FakeCms.Seen::body).distinct().count(), "same body on each attempt");
        assertEquals(
                "/cms/v1/cards/" + CARD.value() + "/activation", cms.seen.get(0).path());
    }

    @Test
    void callersKeyIsSentOnEveryAttempt() {
        FakeCms cms = new FakeCms()
                .thenProblem(ProblemCode.SERVICE_UNAVAILABLE)
                .thenJson(200, CmsFixtures.status(CardState.SUSPENDED));
        IdempotencyKey key = new IdempotencyKey("counter-3:2026-03-01:17");
        cms.client().build().suspendCard(CARD, new LifecycleRequest(Optional.empty()), CallOptions.withKey(key));
        assertEquals(
                List.of(key.value(), key.value()),
                cms.seen.stream().map(s -> s.headers().get("Idempotency-Key")).toList());
    }

    @Test
    void backoffGrowsExponentiallyWithBoundedJitter() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350), 2.0, 0.5);
        FakeCms cms = new FakeCms();
        for (int i = 0; i < 5; i++) {
            cms.then(r -> new CmsHttpResponse(502, Map.of(), new byte[0]));
        }
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> cms.client().retryPolicy(policy).build().getCard(CARD));
        assertEquals(5, e.attempts());
        assertEquals("retries-exhausted", e.code());
        assertEquals(4, cms.sleeps.size());
        long[] caps = {100, 200, 350, 350};
        for (int i = 0; i < 4; i++) {
            long ms = cms.sleeps.get(i).toMillis();
            assertTrue(ms >= caps[i] / 2 && ms <= caps[i], "delay " + i + " = " + ms);
        }
    }

    @Test
    void aServersRetryAfterIsHonouredWithinThePolicyAndRespectedBeyondIt() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5), 2.0, 0.0);
        FakeCms seconds = new FakeCms()
                .then(r -> new CmsHttpResponse(503, Map.of("Retry-After", "2"), new byte[0]))
                .then(r -> new CmsHttpResponse(503, Map.of("retry-after", "not a number"), new byte[0]))
                .then(r -> new CmsHttpResponse(503, Map.of(), new byte[0]));
        assertThrows(
                CmsUnavailableException.class,
                () -> seconds.client().retryPolicy(policy).build().getCard(CARD));
        // Two seconds asked for, then an unreadable value: the policy's own 20 ms.
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofMillis(20)), seconds.sleeps);

        FakeCms date = new FakeCms()
                .then(r -> new CmsHttpResponse(
                        503,
                        Map.of(
                                "Retry-After",
                                java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                        java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                                                .plusSeconds(3))),
                        new byte[0]))
                .then(r -> new CmsHttpResponse(503, Map.of(), new byte[0]));
        assertThrows(
                CmsUnavailableException.class,
                () -> date.client()
                        .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(5), 2.0, 0.0))
                        .build()
                        .getCard(CARD));
        long waited = date.sleeps.get(0).toMillis();
        assertTrue(waited > 1_000 && waited <= 3_000, "waited " + waited + " ms for a date 3 s ahead");

        // Sixty seconds, or a day and a second, is over the policy's 5 s ceiling: no early retry, the caller gets the
        // 503 at once, however long the wait asked for.
        for (String asked : List.of("60", "86401")) {
            FakeCms tooLong =
                    new FakeCms().then(r -> new CmsHttpResponse(503, Map.of("Retry-After", asked), new byte[0]));
            CmsUnavailableException e = assertThrows(
                    CmsUnavailableException.class,
                    () -> tooLong.client().retryPolicy(policy).build().getCard(CARD));
            assertEquals(1, e.attempts(), asked);
            assertTrue(tooLong.sleeps.isEmpty(), asked);
        }
    }

    @Test
    void clientErrorsAreNeverRetried() {
        for (ProblemCode code : ProblemCode.values()) {
            if (code.status() >= 500) {
                continue;
            }
            FakeCms cms = new FakeCms().thenProblem(code);
            assertThrows(
                    CmsException.class,
                    () -> cms.client().build().revokeCard(CARD, io.tscns.cms.protocol.RevocationRequest.byIssuer()));
            assertEquals(1, cms.seen.size(), code.code());
            assertTrue(cms.sleeps.isEmpty());
        }
    }

    @Test
    void givesUpAfterMaxAttemptsOnTransportFailuresWithATypedError() {
        FakeCms cms = new FakeCms();
        for (int i = 0; i < 3; i++) {
            cms.thenFail(Kind.CONNECTION_DROPPED);
        }
        CmsUnavailableException e = assertThrows(
                CmsUnavailableException.class,
                () -> cms.client()
                        .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1, 0))
                        .build()
                        .activateCard(CARD, CmsFixtures.activation()));
        assertEquals(3, e.attempts());
        assertEquals(0, e.status());
        assertInstanceOf(CmsTransportException.class, e.getCause());
    }

    @Test
    void tlsFailuresAndOversizedResponsesAreNotRetried() {
        for (Kind kind : List.of(Kind.TLS_FAILURE, Kind.RESPONSE_TOO_LARGE, Kind.INTERRUPTED)) {
            FakeCms cms = new FakeCms().thenFail(kind);
            CmsUnavailableException e = assertThrows(
                    CmsUnavailableException.class, () -> cms.client().build().getCard(CARD));
            assertEquals("transport-failure", e.code());
            assertEquals(1, cms.seen.size(), kind.name());
        }
    }

    @Test
    void aKeyThatCannotSignTheHandshakeIsTheCredentialsOwnTypedFailureNeverRetried() {
        TscnsException wrongPin =
                new TscnsException(new CmsProblem("pin-wrong", "the card refused the PIN; 2 tries" + " left")) {
                    private static final long serialVersionUID = 1L;
                };
        FakeCms cms = new FakeCms().then(r -> {
            throw new CmsTransportException("the operator's key could not sign", wrongPin);
        });
        CmsCredentialException e = assertThrows(
                CmsCredentialException.class,
                () -> cms.client()
                        .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1, 0))
                        .build()
                        .getCard(CARD));
        assertEquals(1, cms.seen.size(), "a retry would spend another PIN try");
        assertEquals(CmsCredentialException.CODE, e.code());
        assertSame(wrongPin, e.credentialFailure());
        assertEquals(
                List.of(CmsCredentialException.CODE, "pin-wrong"),
                e.problems().stream().map(CmsProblem::code).toList());
    }

    @Test
    void loginIsRetriedOnlyWhenTheConnectionCouldNotBeOpened() {
        FakeCms cms = new FakeCms()
                .thenFail(Kind.CONNECT_FAILED)
                .thenJson(201, CmsFixtures.session(java.time.Instant.parse("2100-01-01T00:00:00Z")));
        CmsClient client = cms.client()
                .credentials(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()))
                .build();
        assertEquals("op-7", client.login().operatorId());
        assertEquals(2, cms.seen.size());
        assertNull(cms.seen.get(0).headers().get("Idempotency-Key"));

        FakeCms timeout = new FakeCms().thenFail(Kind.TIMEOUT);
        CmsClient other = timeout.client()
                .credentials(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()))
                .build();
        assertThrows(CmsUnavailableException.class, other::login);
        assertEquals(1, timeout.seen.size());
    }

    @Test
    void eachAttemptCarriesTheConfiguredTimeoutAndGetsCarryNoKey() {
        FakeCms cms = new FakeCms().thenJson(200, CmsFixtures.status(CardState.ACTIVE));
        cms.client().requestTimeout(Duration.ofMillis(1234)).build().getCard(CARD);
        assertEquals(Duration.ofMillis(1234), cms.seen.get(0).timeout());
        assertFalse(cms.seen.get(0).headers().containsKey("Idempotency-Key"));
        assertEquals("GET", cms.seen.get(0).method());
    }

    @Test
    void aBaseUriThatAlreadyEndsWithTheBasePathIsNotExtendedTwice() {
        for (String base : List.of(
                "https://cms.test", "https://cms.test/", "https://cms.test/cms/v1", "https://cms.test/cms/v1/")) {
            FakeCms cms = new FakeCms().thenJson(200, CmsFixtures.status(CardState.ACTIVE));
            cms.client().baseUri(java.net.URI.create(base)).build().getCard(CARD);
            assertEquals("/cms/v1/cards/" + CARD.value(), cms.seen.get(0).path(), base);
        }
    }

    @Test
    void tokenCredentialsLogInFirstAndAgainWhenTheClockSaysTheSessionExpired() {
        java.time.Instant t0 = java.time.Instant.parse("2026-03-01T10:00:00Z");
        ManualClock clock = new ManualClock(t0);
        FakeCms cms = new FakeCms()
                .thenJson(201, CmsFixtures.session(t0.plusSeconds(600)))
                .thenJson(200, CmsFixtures.status(CardState.ACTIVE))
                .thenJson(201, CmsFixtures.session(t0.plusSeconds(1800)))
                .thenJson(200, CmsFixtures.status(CardState.ACTIVE));
        CmsClient client = cms.client()
                .clock(clock)
                .credentials(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()))
                .build();
        client.getCard(CARD);
        clock.set(t0.plusSeconds(601));
        client.getCard(CARD);
        assertEquals(
                List.of(
                        "POST /cms/v1/sessions",
                        "GET /cms/v1/cards/" + CARD.value(),
                        "POST /cms/v1/sessions",
                        "GET /cms/v1/cards/" + CARD.value()),
                cms.seen.stream().map(s -> s.method() + " " + s.path()).toList());
        assertEquals("Bearer " + CmsFixtures.SESSION, cms.seen.get(1).headers().get("Authorization"));
        assertTrue(cms.seen.get(0).body().contains("\"token\":\"" + CmsFixtures.TOKEN + "\""));
    }

    @Test
    void aRefusedSessionLogsInAgainOnce() {
        java.time.Instant far = java.time.Instant.parse("2100-01-01T00:00:00Z");
        FakeCms cms = new FakeCms()
                .thenJson(201, CmsFixtures.session(far))
                .thenProblem(ProblemCode.UNAUTHENTICATED)
                .thenJson(201, CmsFixtures.session(far))
                .thenProblem(ProblemCode.UNAUTHENTICATED);
        CmsClient client = cms.client()
                .credentials(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()))
                .build();
        assertThrows(CmsAuthenticationException.class, () -> client.getCard(CARD));
        assertEquals(4, cms.seen.size());
    }

    @Test
    void malformedServerJsonIsATypedError() {
        for (String body : List.of(
                "{not json",
                "{\"cardId\":\"123\"}",
                "[]",
                "",
                "{\"cardId\":\"8038000912345678\","
                        + "\"teamNumber\":\"1\",\"state\":\"ACTIVE\",\"issuerRegion\":\"090\",\"expiryDate\":\"x\"}")) {
            FakeCms cms =
                    new FakeCms().then(r -> new CmsHttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
            CmsResponseException e = assertThrows(
                    CmsResponseException.class, () -> cms.client().build().getCard(CARD), body);
            assertEquals("malformed-response", e.code());
        }
        FakeCms html = new FakeCms()
                .then(r -> new CmsHttpResponse(
                        418,
                        Map.of("Content-Type", "text/html"),
                        "<html>teapot</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "unexpected-status",
                assertThrows(
                                CmsResponseException.class,
                                () -> html.client().build().getCard(CARD))
                        .code());
        FakeCms newer = new FakeCms()
                .thenProblem(new ProblemDocument(
                        "https://tscns.io/problems/brand-new",
                        "New",
                        409,
                        Optional.empty(),
                        Optional.empty(),
                        "brand-new",
                        Optional.empty(),
                        Optional.empty(),
                        List.of()));
        CmsResponseException unknown = assertThrows(
                CmsResponseException.class, () -> newer.client().build().getCard(CARD));
        assertEquals("brand-new", unknown.code());
        assertTrue(unknown.problemDocument().isPresent());
    }

    @Test
    void theClientHasOneMethodPerDocumentedOperation() throws Exception {
        Set<String> methods = Arrays.stream(CmsClient.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
        // The protocol module's contract test keeps CmsOperation and the OpenAPI document in step.
        assertEquals(
                Arrays.stream(CmsOperation.values())
                        .map(CmsOperation::operationId)
                        .collect(Collectors.toSet()),
                methods);
    }
}
