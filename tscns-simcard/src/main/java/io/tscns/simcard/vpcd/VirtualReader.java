package io.tscns.simcard.vpcd;

import io.tscns.simcard.SimulatedCard;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * One slot of vsmartcard's virtual reader behind pcscd ("Virtual PCD 00 00" on TCP port 35963, "Virtual PCD 00 01"
 * on 35964): a simulated card goes in through a {@link VpcdBridge} and comes out again, and both moves wait until
 * PC/SC itself reports the new state, so the next step sees what it expects.
 *
 * <p>Removing waits until pcscd reports the reader empty before another card may go in: a card swapped within
 * pcscd's 400 ms poll makes PKCS#11 lose the token ({@code docs/pcsc.md §8}). Thread-safe.
 *
 * @since 0.1.0
 */
public final class VirtualReader {

    private final CardTerminal terminal;
    private final InetSocketAddress vpcdAddress;
    private VpcdBridge bridge;

    VirtualReader(CardTerminal terminal, InetSocketAddress vpcdAddress) {
        this.terminal = terminal;
        this.vpcdAddress = vpcdAddress;
    }

    /**
     * Inserts a card and waits until PC/SC reports it present.
     *
     * @param card    the card
     * @param timeout how long to wait at most
     * @return the bridge that carries the card's APDUs
     * @throws IllegalStateException    if a card is already in this reader
     * @throws PcscUnavailableException if PC/SC does not report the card in time
     */
    public synchronized VpcdBridge insert(SimulatedCard card, Duration timeout) {
        Objects.requireNonNull(card, "card");
        if (bridge != null) {
            throw new IllegalStateException("reader " + name() + " already holds a card; remove it first");
        }
        bridge = VpcdBridge.start(card, vpcdAddress);
        if (!waitFor(true, timeout)) {
            closeBridge();
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_READY,
                    "PC/SC did not report the simulated card in " + name() + " within " + timeout);
        }
        return bridge;
    }

    /**
     * Removes the card, if any, and waits until PC/SC reports the reader empty.
     *
     * @param timeout how long to wait at most
     * @throws PcscUnavailableException if PC/SC still reports a card after the timeout
     */
    public synchronized void remove(Duration timeout) {
        closeBridge();
        if (!waitFor(false, timeout)) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_READY,
                    "PC/SC still reports a card in " + name() + " after " + timeout);
        }
    }

    /**
     * Tells whether a card was inserted through this object and not yet removed.
     *
     * @return {@code true} while a bridge is open
     */
    public synchronized boolean holdsCard() {
        return bridge != null;
    }

    /**
     * Returns the PC/SC terminal of this slot, for code under test that uses {@code javax.smartcardio}.
     *
     * @return the terminal
     */
    public CardTerminal terminal() {
        return terminal;
    }

    /**
     * Returns the reader name PC/SC applications see.
     *
     * @return for example {@code Virtual PCD 00 00}
     */
    public String name() {
        return terminal.getName();
    }

    /**
     * Returns the vpcd TCP address of this slot.
     *
     * @return host and port
     */
    public InetSocketAddress vpcdAddress() {
        return vpcdAddress;
    }

    private boolean waitFor(boolean present, Duration timeout) {
        try {
            return present
                    ? terminal.waitForCardPresent(Math.max(1, timeout.toMillis()))
                    : terminal.waitForCardAbsent(Math.max(1, timeout.toMillis()));
        } catch (CardException e) {
            throw new PcscUnavailableException(
                    PcscUnavailableException.Reason.NOT_READY,
                    "PC/SC failed while waiting on " + name() + ": " + e.getMessage(),
                    e);
        }
    }

    private void closeBridge() {
        if (bridge == null) {
            return;
        }
        try {
            bridge.close();
        } finally {
            bridge = null;
        }
    }

    /**
     * Describes the slot.
     *
     * @return for example {@code VirtualReader[Virtual PCD 00 00, 127.0.0.1:35963]}
     */
    @Override
    public String toString() {
        return "VirtualReader[" + name() + ", " + vpcdAddress.getHostString() + ":" + vpcdAddress.getPort() + "]";
    }
}
