package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The PIN, the PUK and a new PIN never reach the log, a listener, a toString or an exception message. */
class SecretsNotLeakedTest {

    private static final String NEW_PIN = "87654321";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.tscns");
    private Level previousLevel;

    @BeforeEach
    void captureTrace() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.TRACE);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void restore() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }

    @Test
    void noSecretInAnyTrace() {
        List<String> texts = new ArrayList<>();
        SimulatedCard card = TestCards.card();
        card.addListener(exchange -> texts.add(exchange.toString()));
        card.addListener(exchange -> {
            throw new IllegalStateException("listener failure " + exchange);
        });
        CardProbe probe = new CardProbe(card);
        probe.send(CommandBytes.of(0, 0x20, 0, 0x10, TestCards.padded("99999")));
        probe.verifyPin();
        probe.send(
                CommandBytes.of(0, 0x24, 0, 0x10, concat(TestCards.padded(TestCards.PIN), TestCards.padded(NEW_PIN))));
        probe.send(
                CommandBytes.of(0, 0x2C, 0, 0x10, concat(TestCards.padded(TestCards.PUK), TestCards.padded(NEW_PIN))));
        probe.send(CommandBytes.of(0x10, 0x2A, 0x80, 0x86, TestCards.padded(TestCards.PUK)));
        probe.send(CommandBytes.of(0x00, 0x20, 0x00, 0x10, TestCards.padded(NEW_PIN)));
        card.injectFault(Fault.removeCardAt(1));
        try {
            probe.send(CommandBytes.of(0, 0x20, 0, 0x10, TestCards.padded(TestCards.PIN)));
        } catch (SimulatedCardException e) {
            texts.add(e.getMessage());
        }
        texts.add(card.toString());
        texts.add(card.securityStatus().toString());
        for (ILoggingEvent event : appender.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(event.getThrowableProxy().getMessage());
            }
        }
        assertTrue(appender.list.size() >= 8, "the card logged its APDUs at debug");
        for (String secret : List.of(TestCards.PIN, TestCards.PUK, NEW_PIN)) {
            String hex = HexFormat.of()
                    .withUpperCase()
                    .formatHex(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (String text : texts) {
                assertFalse(
                        text.contains(secret) || text.toUpperCase(Locale.ROOT).contains(hex),
                        () -> "leaked in: " + text);
            }
        }
    }

    @Test
    void aBuiltBuilderHoldsNoSecretAnyMore() {
        SimulatedCardBuilder builder = TestCards.builder(SimulatedProfile.CLASSIC);
        builder.build();
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(e.getMessage().contains("PIN and a PUK"), "the builder dropped its PIN and PUK copies");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
