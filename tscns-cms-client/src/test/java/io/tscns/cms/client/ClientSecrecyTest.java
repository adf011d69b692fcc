package io.tscns.cms.client;

import static io.tscns.cms.client.CmsFixtures.CARD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tscns.cms.protocol.ProblemCode;
import io.tscns.cms.protocol.Receipt;
import io.tscns.cms.protocol.RevocationRequest;
import io.tscns.core.lifecycle.CardState;
import io.tscns.core.lifecycle.RevocationCause;
import io.tscns.core.secret.Cip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
                .thenProblem(io.tscns.cms.protocol.ProblemDocument.of(ProblemCode.WRONG_CIP,
                        "the CIP does not match", "/cms/v1/cards/x/revocation", "r").withTriesLeft(2))
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
        CmsCipException wrong = assertThrows(CmsCipException.class, () -> client.revokeCard(CARD,
                RevocationRequest.byHolder(RevocationCause.LOSS, Cip.parse(CIP.toCharArray()))));
        texts.add(wrong.getMessage());
        texts.add(wrong.problems().toString());
        texts.add(client.revokeCard(CARD, RevocationRequest.byHolder(RevocationCause.LOSS,
                Cip.parse(CIP.toCharArray()))).toString());
        texts.add(OperatorCredentials.personalToken("op-7", CmsFixtures.TOKEN.toCharArray()).toString());
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
            for (String secret : List.of(CmsFixtures.PIN_HALF, CmsFixtures.PUK_HALF, CmsFixtures.CIP_HALF, CIP,
                    CmsFixtures.TOKEN, CmsFixtures.SESSION)) {
                assertFalse(text.contains(secret), "'" + secret + "' leaked into: " + text);
            }
        }
    }
}
