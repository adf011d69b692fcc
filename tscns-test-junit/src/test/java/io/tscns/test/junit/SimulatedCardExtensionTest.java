package io.tscns.test.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.core.card.CardId;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.testpki.TestIssuer;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@WithSimulatedCard
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatedCardExtensionTest {

    private static final List<IssuedCard> SEEN = new ArrayList<>();

    private static CardId readCardId(CardTerminal terminal) throws CardException {
        CardChannel channel = terminal.connect("*").getBasicChannel();
        channel.transmit(new CommandAPDU(0, 0xA4, 0x08, 0x0C, new byte[] {0x10, 0x00, 0x10, 0x03}));
        return CardId.fromFile(
                channel.transmit(new CommandAPDU(0, 0xB0, 0, 0, 16)).getData());
    }

    @Test
    @Order(1)
    void everyParameterShowsTheSameCard(
            IssuedCard issued, SimulatedCard card, CardTerminal terminal, SimulatedReaders readers)
            throws CardException {
        SEEN.add(issued);
        assertSame(issued.card(), card);
        assertEquals(issued.cardId(), readCardId(terminal));
        assertEquals(SimulatedProfile.CLASSIC, card.profile());
        assertEquals(SimulatedCardExtension.READER_NAME, terminal.getName());
        assertSame(
                card,
                readers.terminal(SimulatedCardExtension.READER_NAME).card().orElseThrow());
        byte[] id = card.process(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16).getBytes());
        assertEquals(
                issued.cardId().value(),
                new String(id, 0, 16, java.nio.charset.StandardCharsets.US_ASCII),
                "the card behind the reader is the card injected: it shares its selection state");
    }

    @Test
    @Order(2)
    void theSameSeedGivesTheSameCardButANewObject(IssuedCard issued, TerminalFactory factory) throws CardException {
        SEEN.add(issued);
        assertNotSame(SEEN.get(0), issued);
        assertEquals(SEEN.get(0).cardId(), issued.cardId());
        assertEquals(SEEN.get(0).card().publicKey(), issued.card().publicKey());
        assertEquals(
                List.of(SimulatedCardExtension.READER_NAME),
                factory.terminals().list().stream().map(CardTerminal::getName).toList());
    }

    @Test
    @Order(3)
    @WithSimulatedCard(profile = SimulatedProfile.STINCARD, issuer = TestIssuer.UMBRIA, seed = 99)
    void theMethodAnnotationWins(IssuedCard issued) {
        SEEN.add(issued);
        assertEquals(SimulatedProfile.STINCARD, issued.card().profile());
        assertEquals(TestIssuer.UMBRIA, issued.issuer());
        assertTrue(issued.cardId().value().startsWith("6100"));
    }

    @AfterAll
    static void codesAreDestroyedAfterEachTest() {
        assertEquals(3, SEEN.size());
        for (IssuedCard issued : SEEN) {
            assertTrue(issued.pin().isDestroyed()
                    && issued.puk().isDestroyed()
                    && issued.cip().isDestroyed());
        }
    }
}
