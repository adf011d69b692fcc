package io.tscns.card.simulated;

// tag::leaks[]
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tscns.card.CnsCard;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.test.junit.WithSimulatedCard;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;
import javax.smartcardio.CardTerminal;

import static org.junit.jupiter.api.Assertions.assertTrue;

@WithSimulatedCard(seed = 7)
class SecretLeaksExampleTest {

    @Test
    void theApduTraceOfAPinVerifyHoldsNoPin(CardTerminal reader, IssuedCard issued) {
        Logger sdk = (Logger) LoggerFactory.getLogger("io.tscns");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        sdk.addAppender(log);
        sdk.setLevel(Level.TRACE);                        // the APDU trace, with every command's data
        try (CnsCard card = PcscCards.open(reader)) {
            card.verifyPin(issued.pin());
            card.readCertificate();                       // public data, where a PIN's digits occur by chance
        } finally {
            sdk.detachAppender(log);
            sdk.setLevel(null);
        }
        String output = log.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
        assertTrue(output.contains("bytes redacted"), output);
        SecretLeaks.assertNone(output, new String(issued.pin().toCharArray()), new String(issued.puk().toCharArray()));
    }
}
// end::leaks[]
