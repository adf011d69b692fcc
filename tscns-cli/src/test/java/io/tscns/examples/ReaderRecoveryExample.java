package io.tscns.examples;

import io.tscns.card.reader.ReaderEvent;
import io.tscns.card.reader.ReaderMonitor;
import io.tscns.card.reader.Readers;
import io.tscns.card.reader.TerminalFactorySource;
import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * tscns-card's reader monitor, as a long-running counter application runs it: on a real machine its readers come
 * from {@link TerminalFactorySource#recovering()}, so it survives a pcscd restart ({@code WatchRestartIT} proves that
 * against the real pcscd); here they are the simulated card's.
 */
public final class ReaderRecoveryExample implements ReadmeExample {

    @Override
    public void run() throws Exception {
        try (IssuedCard issued = CardFactory.standard().issue(CardHolder.example())) {
            SimulatedReaders simulated = SimulatedReaders.create("Reader 0");
            simulated.terminal("Reader 0").insert(issued.card());
            BlockingQueue<String> cards = new LinkedBlockingQueue<>();
            try (ReaderMonitor monitor = watch(simulated::terminalFactory, cards::add)) {
                String reader = cards.poll(30, TimeUnit.SECONDS);
                if (!"Reader 0".equals(reader)) {
                    throw new AssertionError("the monitor reported a card in " + reader);
                }
            }
        }
    }

    private static ReaderMonitor watch(TerminalFactorySource source, Consumer<String> onCard) {
        // tag::recovering[]
        Readers readers = Readers.using(source);            // TerminalFactorySource.recovering() on a real machine
        ReaderMonitor monitor = new ReaderMonitor(readers, Duration.ofMillis(500));
        monitor.addListener(event -> {
            if (event instanceof ReaderEvent.CardInserted inserted) {
                onCard.accept(inserted.reader());                // also after pcscd was restarted
            } else if (event instanceof ReaderEvent.ServiceUnavailable lost) {
                System.out.println("PC/SC service lost, reconnecting: " + lost.reason());
            }
        });
        monitor.start();
        // end::recovering[]
        return monitor;
    }
}
