package io.tscns.card.reader;

import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.NoReaderException;
import io.tscns.card.error.PcscServiceUnavailableException;
import io.tscns.card.smartcardio.internal.PcscFailures;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The card readers of the machine (<i>lettori di smart card</i>), telling "no PC/SC service" apart from "no
 * readers" ({@code docs/pcsc.md §4}).
 *
 * <p>What the JDK does, measured on OpenJDK 17.0.15 with pcsc-lite 1.9.9: with pcscd down when the JVM first asks,
 * {@link TerminalFactory#getDefault()} silently becomes an empty factory of type "None", while
 * {@code TerminalFactory.getInstance("PC/SC", null)} fails with {@code SCARD_E_NO_SERVICE}; with pcscd up and no
 * reader, listing fails with {@code SCARD_E_NO_READERS_AVAILABLE}; once the JVM has connected, a stopped pcscd
 * makes every call fail with {@code SCARD_E_NO_SERVICE}. This class maps the first and last to
 * {@link PcscServiceUnavailableException} and the second to an empty list; {@code SCARD_E_INVALID_HANDLE} on a
 * listing or a wait, a context the service no longer knows, is a lost service too.
 *
 * <p>It keeps one {@link CardTerminals} (one PC/SC context) while the service answers. After a loss it hands the
 * lost terminals to {@link TerminalFactorySource#afterServiceLost(CardTerminals)}, which releases them and says which
 * source makes the next factory, and on the next call it makes a new factory. With the JDK's SunPCSC provider that
 * recovers when pcscd starts after the JVM did, but not after a pcscd restart: the provider keeps one PC/SC context
 * per process (a static field) and a new factory reuses it. {@link TerminalFactorySource#recovering()} switches to a
 * provider that establishes a new context, and recovers in both cases ({@code docs/pcsc.md §11}).
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class Readers {

    /** What some pcsc-lite versions answer on a context of a restarted service, instead of SCARD_E_NO_SERVICE. */
    private static final String INVALID_HANDLE = "SCARD_E_INVALID_HANDLE";

    /** Held across PC/SC calls: a lock, not a monitor, so that a virtual thread listing readers does not pin. */
    private final ReentrantLock lock = new ReentrantLock();

    private TerminalFactorySource source;
    private CardTerminals terminals;

    private Readers(TerminalFactorySource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The platform's PC/SC readers.
     *
     * @return the readers
     */
    public static Readers pcsc() {
        return using(TerminalFactorySource.pcsc());
    }

    /**
     * Readers from another provider, e.g. the test kit's simulated terminals.
     *
     * @param source makes the terminal factory
     * @return the readers
     */
    public static Readers using(TerminalFactorySource source) {
        return new Readers(source);
    }

    /**
     * Lists the connected readers.
     *
     * @return the readers, empty if the service runs but none is connected
     * @throws PcscServiceUnavailableException if no PC/SC service is running
     * @throws CardConnectionException         for any other PC/SC failure
     */
    public List<CardTerminal> list() {
        lock.lock();
        try {
            return list(CardTerminals.State.ALL);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lists the readers that hold a card.
     *
     * @return the readers with a card, possibly empty
     * @throws PcscServiceUnavailableException if no PC/SC service is running
     * @throws CardConnectionException         for any other PC/SC failure
     */
    public List<CardTerminal> withCard() {
        lock.lock();
        try {
            return list(CardTerminals.State.CARD_PRESENT);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns the first reader that holds a card.
     *
     * @return the reader
     * @throws NoReaderException               if no reader is connected, or none holds a card (the message says which)
     * @throws PcscServiceUnavailableException if no PC/SC service is running
     */
    public CardTerminal firstWithCard() {
        lock.lock();
        try {
            List<CardTerminal> all = list();
            if (all.isEmpty()) {
                throw new NoReaderException("no smart-card reader is connected");
            }
            List<CardTerminal> present = withCard();
            if (present.isEmpty()) {
                throw new NoReaderException("no card is inserted in any of the " + all.size() + " readers");
            }
            return present.get(0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Finds a reader by name.
     *
     * @param name the reader's name
     * @return the reader, or empty if no connected reader has that name
     * @throws PcscServiceUnavailableException if no PC/SC service is running
     */
    public Optional<CardTerminal> find(String name) {
        lock.lock();
        try {
            return list().stream().filter(t -> t.getName().equals(name)).findFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a card is in a reader.
     *
     * @param reader  the reader
     * @param timeout how long to wait at most; zero is not allowed (it would wait forever)
     * @return {@code true} if a card is present, {@code false} after the timeout
     * @throws CardConnectionException if the reader or the service goes away
     */
    public boolean waitForCardPresent(CardTerminal reader, Duration timeout) {
        try {
            return reader.waitForCardPresent(millis(timeout));
        } catch (CardException e) {
            throw PcscFailures.toException("waiting for a card in reader \"" + reader.getName() + "\"", e);
        }
    }

    /**
     * Waits until a reader is empty.
     *
     * @param reader  the reader
     * @param timeout how long to wait at most; zero is not allowed (it would wait forever)
     * @return {@code true} if the card is gone, {@code false} after the timeout
     * @throws CardConnectionException if the reader or the service goes away
     */
    public boolean waitForCardAbsent(CardTerminal reader, Duration timeout) {
        try {
            return reader.waitForCardAbsent(millis(timeout));
        } catch (CardException e) {
            throw PcscFailures.toException("waiting for the card to leave reader \"" + reader.getName() + "\"", e);
        }
    }

    /**
     * Waits for a change of card presence in any reader, as the monitor does between polls.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if something changed, {@code false} after the timeout or if there was nothing to watch
     * @throws PcscServiceUnavailableException if no PC/SC service is running
     * @throws CardConnectionException         for any other PC/SC failure
     */
    public boolean waitForChange(Duration timeout) {
        CardTerminals current;
        lock.lock();
        try {
            current = terminals();
        } finally {
            lock.unlock();
        }
        try {
            return current.waitForChange(millis(timeout));
        } catch (IllegalStateException noTerminals) {
            // The JDK throws this when there is no reader to watch.
            return false;
        } catch (CardException e) {
            if (PcscFailures.pcscCode(e)
                    .filter("SCARD_E_NO_READERS_AVAILABLE"::equals)
                    .isPresent()) {
                return false;
            }
            throw failed("waiting for a reader change", e, current);
        }
    }

    private static long millis(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return timeout.toMillis();
    }

    private List<CardTerminal> list(CardTerminals.State state) {
        CardTerminals current = terminals();
        try {
            return current.list(state);
        } catch (CardException e) {
            if (PcscFailures.pcscCode(e)
                    .filter("SCARD_E_NO_READERS_AVAILABLE"::equals)
                    .isPresent()) {
                return List.of();
            }
            throw failed("listing the readers", e, current);
        }
    }

    private CardConnectionException failed(String what, CardException e, CardTerminals lost) {
        lock.lock();
        try {
            CardConnectionException mapped =
                    PcscFailures.pcscCode(e).filter(INVALID_HANDLE::equals).isPresent()
                            ? new PcscServiceUnavailableException(
                                    what + " failed: the PC/SC context is no longer valid (was"
                                            + " the service restarted?)",
                                    INVALID_HANDLE,
                                    e)
                            : PcscFailures.toException(what, e);
            if (mapped instanceof PcscServiceUnavailableException && terminals == lost) {
                terminals = null;
                source = Objects.requireNonNull(source.afterServiceLost(lost), "the source after a loss");
            }
            return mapped;
        } finally {
            lock.unlock();
        }
    }

    private CardTerminals terminals() {
        if (terminals != null) {
            return terminals;
        }
        TerminalFactory factory = factory();
        try {
            terminals = factory.terminals();
        } catch (RuntimeException e) {
            // jnasmartcardio establishes its PC/SC context here, and throws an unchecked exception if it cannot.
            throw new PcscServiceUnavailableException(
                    "no PC/SC service is available: no PC/SC context could be " + "established",
                    PcscFailures.pcscCode(e).orElse("no PC/SC context"),
                    e);
        }
        return terminals;
    }

    private TerminalFactory factory() {
        TerminalFactory created;
        try {
            created = source.create();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PcscServiceUnavailableException(
                    "no PC/SC service is available: the terminal factory could " + "not be created",
                    PcscFailures.pcscCode(e).orElse("no PC/SC library or provider"),
                    e);
        }
        if ("None".equals(created.getType())) {
            throw new PcscServiceUnavailableException("no PC/SC service is available: the JDK's default terminal "
                    + "factory is of type None, which it chooses for good when the service or library was missing "
                    + "at its first use; use TerminalFactorySource.pcsc()");
        }
        return created;
    }
}
