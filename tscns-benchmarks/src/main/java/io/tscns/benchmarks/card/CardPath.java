package io.tscns.benchmarks.card;

import io.tscns.card.transport.CardTransport;
import io.tscns.testkit.card.SimulatedCard;
import io.tscns.testkit.card.SimulatedCardTransport;
import io.tscns.testkit.vpcd.PcscDaemon;
import io.tscns.testkit.vpcd.VirtualReader;

import java.time.Duration;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;

/**
 * How a benchmark reaches the simulated card: in the same JVM, or through the machine's real pcscd and vsmartcard's
 * vpcd with the JDK's PC/SC provider, which is what an application with a real reader goes through. The PC/SC path
 * starts pcscd (as root) or reuses a running one; run it under {@code flock /tmp/pcscd.lock} on a shared machine.
 */
public enum CardPath {

    /** {@link SimulatedCardTransport}: the card's command processing and nothing else. */
    IN_PROCESS,
    /** {@code javax.smartcardio} → libpcsclite → pcscd → vpcd → {@link io.tscns.testkit.vpcd.VpcdBridge}. */
    PCSC;

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** An open path to a card; closing it takes the card out and stops what was started. */
    public interface Connection extends AutoCloseable {

        /**
         * Returns the transport to the card.
         *
         * @return the transport
         */
        CardTransport transport();

        /**
         * Returns the card's ATR as the path reports it.
         *
         * @return the ATR
         */
        byte[] atr();

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
            SimulatedCardTransport transport = SimulatedCardTransport.insert(card);
            return new Connection() {
                @Override
                public CardTransport transport() {
                    return transport;
                }

                @Override
                public byte[] atr() {
                    return transport.atr();
                }

                @Override
                public void close() {
                    card.powerOff();
                }
            };
        }
        PcscDaemon daemon = PcscDaemon.startOrReuse(TIMEOUT);
        VirtualReader reader = daemon.reader(0);
        reader.insert(card, TIMEOUT);
        Card connection = reader.terminal().connect("*");
        return new Connection() {
            @Override
            public CardTransport transport() {
                return command -> {
                    try {
                        return connection.getBasicChannel().transmit(new CommandAPDU(command)).getBytes();
                    } catch (CardException e) {
                        throw new IllegalStateException("PC/SC transmit failed: " + e.getMessage(), e);
                    }
                };
            }

            @Override
            public byte[] atr() {
                return connection.getATR().getBytes();
            }

            @Override
            public void close() {
                try {
                    connection.disconnect(false);
                } catch (CardException e) {
                    // the card leaves the reader next anyway
                }
                reader.remove(TIMEOUT);
                daemon.close();
            }
        };
    }
}
