package io.tscns.card.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.card.CnsCard;
import io.tscns.card.transport.CardTransport;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.test.junit.HeldMonitors;
import io.tscns.test.junit.WithSimulatedCard;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No monitor is held while the provider waits for the card: its credential serialises card access under a lock, and
 * on a virtual thread a monitor there would pin the carrier for as long as the card takes (see
 * {@link HeldMonitors}). The card's transport is stopped in the middle of reading the card's identity.
 */
@WithSimulatedCard(seed = 2021)
class NoMonitorAcrossCardIoTest {

    /** The simulated card, with every exchange after the gate opens held until released. */
    private static final class HeldTransport implements CardTransport {
        private final SimulatedCard card;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        volatile boolean hold;

        HeldTransport(SimulatedCard card) {
            this.card = card;
        }

        @Override
        public byte[] transmit(byte[] command) {
            if (hold) {
                entered.countDown();
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return card.process(command);
        }
    }

    @Test
    void readingTheCardsIdentityForItsKeyHoldsNoMonitorWhileTheCardWorks(IssuedCard issued) {
        HeldTransport transport = new HeldTransport(issued.card());
        try (CnsCard card = CnsCard.open(transport, issued.card().powerOn())) {
            CardCredential credential = CardCredential.of(card, PinSource.none());
            transport.hold = true;
            List<String> held = HeldMonitors.whileBlocked(
                    credential::identity, thread -> transport.entered.getCount() == 0, transport.released::countDown);
            assertEquals(List.of(), held);
        }
    }
}
