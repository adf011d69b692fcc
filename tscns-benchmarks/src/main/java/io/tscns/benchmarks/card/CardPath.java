package io.tscns.benchmarks.card;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.card.transport.CardTransport;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.vpcd.PcscDaemon;
import io.tscns.simcard.vpcd.VirtualReader;
import java.time.Duration;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;

/**
 * How a benchmark reaches the simulated card: in the same JVM, or through the machine's real pcscd and vsmartcard's
 * vpcd with the JDK's PC/SC provider, which is what an application with a real reader goes through. The PC/SC path
 * starts pcscd (as root) or reuses a running one, once per JVM, and stops it when the JVM exits; run it under
 * {@code flock /tmp/pcscd.lock} on a shared machine.
 */
public enum CardPath {

    /** {@link SimulatedCard#process(byte[])} as the transport: the card's command processing and nothing else. */
    IN_PROCESS,
    /** {@code javax.smartcardio} → libpcsclite → pcscd → vpcd → {@link io.tscns.simcard.vpcd.VpcdBridge}. */
    PCSC;

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** pcscd for the life of this JVM: the JDK's PC/SC provider cannot follow a restarted daemon. */
    private static PcscDaemon daemon;

    private static synchronized PcscDaemon daemon() {
        if (daemon == null) {
            daemon = PcscDaemon.startOrReuse(TIMEOUT);
            Runtime.getRuntime().addShutdownHook(new Thread(daemon::close, "pcscd-stop"));
        }
        return daemon;
    }

    /** An open path to a card; closing it takes the card out and stops what was started. */
    public interface Connection extends AutoCloseable {

        /**
         * Returns the transport to the card.
         *
         * @return the transport
         */
        CardTransport transport();

        /**
         * Opens tscns-card's facade on the card the way an application on this path would: over the transport in
         * process, over the connected {@code javax.smartcardio} card through PC/SC.
         *
         * @param options the facade's options
         * @return the facade; closing it leaves the connection open
         */
        CnsCard cnsCard(CnsCardOptions options);

        @Override
        void close();
    }

    /**
     * Puts a card on this path.
     *
     * @param card the card
     * @return the connection
     * @throws CardException if PC/SC cannot connect
     */
    public Connection open(SimulatedCard card) throws CardException {
        if (this == IN_PROCESS) {
            byte[] atr = card.powerOn();
            CardTransport transport = card::process;
            return new Connection() {
                @Override
                public CardTransport transport() {
                    return transport;
                }

                @Override
                public CnsCard cnsCard(CnsCardOptions options) {
                    return CnsCard.open(transport, atr, options);
                }

                @Override
                public void close() {
                    card.powerOff();
                }
            };
        }
        VirtualReader reader = daemon().reader(0);
        reader.insert(card, TIMEOUT);
        Card connection = reader.terminal().connect("*");
        return new Connection() {
            @Override
            public CardTransport transport() {
                return command -> {
                    try {
                        return connection
                                .getBasicChannel()
                                .transmit(new CommandAPDU(command))
                                .getBytes();
                    } catch (CardException e) {
                        throw new IllegalStateException("PC/SC transmit failed: " + e.getMessage(), e);
                    }
                };
            }

            @Override
            public CnsCard cnsCard(CnsCardOptions options) {
                return PcscCards.open(connection, reader.name(), options);
            }

            @Override
            public void close() {
                try {
                    connection.disconnect(false);
                } catch (CardException e) {
                    // the card leaves the reader next anyway
                }
                reader.remove(TIMEOUT);
            }
        };
    }
}
