package io.tscns.cms.client;

import static io.tscns.cms.client.CmsFixtures.CARD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.tscns.card.CnsCard;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.cms.protocol.OperatorRole;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.cms.sandbox.OperatorSeed;
import io.tscns.cms.sandbox.SimulatedCms;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.person.BirthPlaceCode;
import io.tscns.core.person.Sex;
import io.tscns.core.secret.Cip;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.test.junit.SecretLeaks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.PasswordCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No secret reaches a log line, an exception message or a {@code toString}: the whole client is driven at debug
 * level through the logging transport with distinctive secrets, and every captured text is searched.
 */
class ClientSecrecyTest {

    private static final String CIP = "90817263";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previous;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void secretsNeverReachLogsExceptionsOrToString() {
        Instant far = Instant.parse("2100-01-01T00:00:00Z");
        FakeCms cms = new FakeCms()
                .thenJson(201, CmsFixtures.session(far))
                .thenProblem(ProblemCode.SERVICE_UNAVAILABLE)
                .thenJson(201, CmsFixtures.receipt())
                .thenProblem(io.tscns.cms.protocol.ProblemDocument.of(
                                ProblemCode.WRONG_CIP, "the CIP does not match", "/cms/v1/cards/x/revocation", "r")
                        .withTriesLeft(2))
                .thenJson(200, CmsFixtures.status(CardState.REVOKED));
        CmsClient client = cms.client()
                .credentials(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()))
                .decorateTransport(LoggingTransport::new)
                .build();
        List<String> texts = new ArrayList<>();
        texts.add(client.login().toString());
        try (Receipt receipt = client.activateCard(CARD, CmsFixtures.activation())) {
            texts.add(receipt.toString());
            char[] pin = receipt.counterHalves().pin().reveal();
            assertTrue(new String(pin).equals(CmsFixtures.PIN_HALF), "the receipt carries the counter half");
        }
        CmsCipException wrong = assertThrows(
                CmsCipException.class,
                () -> client.revokeCard(
                        CARD, RevocationRequest.byHolder(RevocationCause.LOSS, Cip.parse(CIP.toCharArray()))));
        texts.add(wrong.getMessage());
        texts.add(wrong.problems().toString());
        texts.add(
                client.revokeCard(CARD, RevocationRequest.byHolder(RevocationCause.LOSS, Cip.parse(CIP.toCharArray())))
                        .toString());
        texts.add(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray())
                .toString());
        assertFalse(appender.list.isEmpty(), "debug logging was captured");
        for (ILoggingEvent event : appender.list) {
            String line = event.getFormattedMessage();
            assertFalse(line.contains("mario@example.it"), "the holder's address (in the request body) was logged");
            texts.add(line);
            if (event.getThrowableProxy() != null) {
                texts.add(event.getThrowableProxy().getMessage());
            }
        }
        assertTrue(cms.seen.get(1).body().contains(CmsFixtures.HOLDER.value()), "the body did carry data");
        for (String text : texts) {
            SecretLeaks.assertNone(
                    text,
                    CmsFixtures.PIN_HALF,
                    CmsFixtures.PUK_HALF,
                    CmsFixtures.CIP_HALF,
                    CIP,
                    CmsFixtures.TOKEN,
                    CmsFixtures.SESSION);
        }
    }

    /**
     * The card path (issue 20): an operator logs in with their simulated card, types a wrong PIN, then the right one,
     * and another card is blocked by wrong PINs; neither PIN reaches the debug log (the provider's, the TLS stack's
     * reported failures, the client's), an exception's message or problems, or a {@code toString}.
     */
    @Test
    void theCardsPinNeverReachesLogsExceptionsOrToString() throws Exception {
        CardHolder operator = new CardHolder(
                "NERI",
                "LAURA",
                Sex.FEMALE,
                LocalDate.of(1978, 4, 12),
                new BirthPlaceCode("D612"),
                new BirthPlaceCode("D612"));
        List<String> texts = new ArrayList<>();
        List<String> pins = new ArrayList<>();
        try (SimulatedCms cms = SimulatedCms.builder()
                .operator(OperatorSeed.of("asl-card", OperatorRole.ASL_COUNTER, SimulatedCms.TUSCANY)
                        .withPerson(operator.displayName(), operator.codiceFiscale()))
                .start()) {
            CardFactory factory = CardFactory.builder().pki(cms.pki()).build();
            for (int run = 0; run < 2; run++) {
                IssuedCard own = factory.issue(operator);
                String pin = new String(own.pin().toCharArray());
                String wrong = pin.substring(0, pin.length() - 1)
                        + (pin.endsWith("9") ? "0" : (char) (pin.charAt(pin.length() - 1) + 1));
                pins.add(pin);
                pins.add(wrong);
                String reader = "Secrecy Reader " + run;
                SimulatedReaders readers = SimulatedReaders.create(reader);
                readers.terminal(reader).insert(own.card());
                try (CnsCard card = PcscCards.open(
                        Readers.using(readers::terminalFactory).find(reader).orElseThrow())) {
                    // The first card: wrong, then right. The second: wrong until blocked.
                    List<String> typed = run == 0 ? List.of(wrong, pin) : List.of(wrong);
                    AtomicInteger prompts = new AtomicInteger();
                    CallbackHandler pad = callbacks -> {
                        for (Callback callback : callbacks) {
                            PasswordCallback asked = (PasswordCallback) callback;
                            texts.add(asked.getPrompt());
                            texts.add(callback.toString());
                            asked.setPassword(typed.get(Math.min(prompts.getAndIncrement(), typed.size() - 1))
                                    .toCharArray());
                        }
                    };
                    OperatorCredentials credentials = OperatorCredentials.card(card, pad);
                    texts.add(credentials.toString());
                    CmsClient client = CmsClient.builder()
                            .baseUri(cms.baseUri())
                            .trustAnchors(List.of(cms.caCertificate()))
                            .credentials(credentials)
                            .connectTimeout(Duration.ofMinutes(2))
                            .retryPolicy(RetryPolicy.NONE)
                            .decorateTransport(LoggingTransport::new)
                            .build();
                    texts.add(client.toString());
                    try {
                        texts.add(client.login().toString());
                    } catch (CmsCredentialException e) {
                        texts.add(e.getMessage());
                        texts.add(e.toString());
                        texts.add(e.problems().toString());
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            texts.add(String.valueOf(t.getMessage()));
                        }
                    }
                }
            }
        }
        // The SDK's own log lines (client, provider, card, sandbox): Jetty's never see a PIN, and their ports and
        // timings could hold a short PIN's digits by chance.
        for (ILoggingEvent event : appender.list.stream()
                .filter(e -> e.getLoggerName().startsWith("io.tscns"))
                .toList()) {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                texts.add(t.getMessage());
            }
        }
        assertTrue(
                appender.list.stream().anyMatch(e -> e.getLoggerName().startsWith("io.tscns")),
                "the client's and the provider's debug logging was captured");
        for (String text : texts) {
            if (text != null) {
                SecretLeaks.assertNone(text, pins.toArray(String[]::new));
            }
        }
    }
}
