package io.tscns.card.internal;

import io.tscns.card.CnsCard;
import io.tscns.card.CnsCardOptions;
import java.lang.invoke.MethodHandles;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Opens a {@link CnsCard} over a {@link CardSession}, for the connection adapters of this module (the PC/SC one in
 * {@code io.tscns.card.smartcardio}) whose sessions take exclusive access and own their connection. The public API
 * opens a card from a transport only, so {@code CnsCard} hands its session constructor to this class when its own
 * class is initialised: a friend accessor, reachable from the other packages of this module and from nowhere else,
 * since this package is not exported. Thread-safe.
 */
public final class CardOpener {

    private static volatile BiFunction<CardSession, CnsCardOptions, CnsCard> constructor;

    private CardOpener() {}

    /**
     * Registers the facade's session constructor; {@code CnsCard}'s static initialiser calls this once.
     *
     * @param sessionConstructor makes a card over a session
     * @throws IllegalStateException if a constructor is already registered
     */
    public static synchronized void register(BiFunction<CardSession, CnsCardOptions, CnsCard> sessionConstructor) {
        if (constructor != null) {
            throw new IllegalStateException("the CnsCard session constructor is already registered");
        }
        constructor = Objects.requireNonNull(sessionConstructor, "sessionConstructor");
    }

    /**
     * Opens a card over a session. If opening fails, the session is left open: the caller closes it.
     *
     * @param session the session, whose {@link CardSession#close()} the card calls when it is closed
     * @param options the options
     * @return the opened card
     */
    public static CnsCard open(CardSession session, CnsCardOptions options) {
        if (constructor == null) {
            initialise();
        }
        return constructor.apply(session, options);
    }

    private static void initialise() {
        try {
            MethodHandles.lookup().ensureInitialized(CnsCard.class);
        } catch (IllegalAccessException e) {
            throw new AssertionError("CnsCard is a public class of this module", e);
        }
    }
}
