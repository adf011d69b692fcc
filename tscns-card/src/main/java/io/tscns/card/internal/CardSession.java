package io.tscns.card.internal;

import io.tscns.card.pinpad.ReaderControl;
import io.tscns.card.transport.CardTransport;
import java.util.Optional;

/**
 * One open connection to a card as the facade sees it: the raw transport, the ATR, the reader's control channel
 * where there is a reader, exclusive access around an operation of several APDUs, and closing.
 */
public interface CardSession extends AutoCloseable {

    /**
     * Returns the raw transport to the card.
     *
     * @return the transport, undecorated
     */
    CardTransport transport();

    /**
     * Returns the card's ATR.
     *
     * @return a copy of the ATR bytes
     */
    byte[] atr();

    /**
     * Returns the control channel to the reader the card sits in, for PIN-pad readers.
     *
     * @return the reader's control channel, or empty when there is no reader (a plain transport)
     */
    default Optional<ReaderControl> readerControl() {
        return Optional.empty();
    }

    /** Starts exclusive access to the card; other applications wait until {@link #endExclusive()}. */
    void beginExclusive();

    /** Ends exclusive access. */
    void endExclusive();

    /** Closes the connection, if the session owns it. */
    @Override
    void close();

    /**
     * A session over a plain transport: no exclusivity to take, nothing to close.
     *
     * @param transport the transport
     * @param atr       the card's ATR
     * @return the session
     */
    static CardSession of(CardTransport transport, byte[] atr) {
        byte[] copy = atr.clone();
        return new CardSession() {
            @Override
            public CardTransport transport() {
                return transport;
            }

            @Override
            public byte[] atr() {
                return copy.clone();
            }

            @Override
            public void beginExclusive() {
                // A plain transport has no other users to exclude.
            }

            @Override
            public void endExclusive() {
                // Nothing was taken.
            }

            @Override
            public void close() {
                // The caller owns the transport.
            }
        };
    }
}
