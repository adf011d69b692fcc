package io.tscns.card.reader;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A PC/SC stand-in for tests: a provider whose terminal factory lists readers a test adds and removes, and which
 * fails the way the JDK does (measured on OpenJDK 17.0.15 with pcsc-lite 1.9.9, see Readers): factory creation
 * with the service down fails with SCARD_E_NO_SERVICE, listing with no reader fails with
 * SCARD_E_NO_READERS_AVAILABLE, listing with the service stopped fails with SCARD_E_NO_SERVICE.
 *
 * <p>PC/SC contexts are modelled too: {@link #restart()} is a pcscd restart, after which every context established
 * before it fails with SCARD_E_NO_SERVICE for good. {@link #source()} is like the JDK's provider, whose one context
 * per process is established at its first factory ({@code docs/pcsc.md §11}); {@link #freshSource()} is like
 * jnasmartcardio, which establishes one per {@code terminals()} and counts the contexts not yet released.
 */
final class FakePcsc {

    boolean serviceUp = true;
    int factoriesCreated;
    int freshContextsOpen;
    /** What a call on a dead context fails with. */
    String deadContextCode = "SCARD_E_NO_SERVICE";

    final Map<String, Boolean> readers = new LinkedHashMap<>();
    private int generation;
    private Integer jdkContext;

    // A JCA Provider registers its services in its instance initializer; it is not a collection being filled.
    @SuppressWarnings("DoubleBraceInitialization")
    private final Provider provider = new Provider("FakePCSC", "1", "test PC/SC") {
        {
            for (String type : new String[] {"Fake", "None"}) {
                putService(new Service(this, "TerminalFactory", type, "n/a", null, null) {
                    @Override
                    public Object newInstance(Object parameter) {
                        return new TerminalFactorySpi() {
                            @Override
                            protected CardTerminals engineTerminals() {
                                if (parameter instanceof Integer context) {
                                    return new Terminals(context);
                                }
                                if (!serviceUp) {
                                    throw new IllegalStateException("SCardEstablishContext: SCARD_E_NO_SERVICE");
                                }
                                freshContextsOpen++;
                                return new Terminals(generation);
                            }
                        };
                    }
                });
            }
        }
    };

    TerminalFactorySource source() {
        return () -> {
            factoriesCreated++;
            if (!serviceUp) {
                throw new NoSuchAlgorithmException(
                        "Error constructing TerminalFactory for PC/SC using SunPCSC",
                        new Exception("SCARD_E_NO_SERVICE"));
            }
            if (jdkContext == null) {
                jdkContext = generation;
            }
            return TerminalFactory.getInstance("Fake", jdkContext, provider);
        };
    }

    /** pcscd restarted: the contexts established so far are dead. */
    void restart() {
        generation++;
    }

    TerminalFactorySource freshSource() {
        return new TerminalFactorySource() {
            @Override
            public TerminalFactory create() throws NoSuchAlgorithmException {
                factoriesCreated++;
                return TerminalFactory.getInstance("Fake", null, provider);
            }

            @Override
            public TerminalFactorySource afterServiceLost(CardTerminals lost) {
                ((Terminals) lost).release();
                return this;
            }
        };
    }

    TerminalFactorySource noneSource() {
        return () -> TerminalFactory.getInstance("None", null, provider);
    }

    static CardException failure(String code) {
        return new CardException("list() failed", new Exception(code));
    }

    private final class Terminals extends CardTerminals {
        private final int context;
        private boolean released;

        Terminals(int context) {
            this.context = context;
        }

        void release() {
            if (released) {
                throw new IllegalStateException("released twice");
            }
            released = true;
            freshContextsOpen--;
        }

        private boolean dead() {
            return !serviceUp || context != generation || released;
        }

        @Override
        public List<CardTerminal> list(State state) throws CardException {
            if (dead()) {
                throw failure(serviceUp ? deadContextCode : "SCARD_E_NO_SERVICE");
            }
            if (readers.isEmpty()) {
                throw failure("SCARD_E_NO_READERS_AVAILABLE");
            }
            List<CardTerminal> list = new ArrayList<>();
            readers.forEach((name, present) -> {
                if (state == State.ALL
                        || state == State.CARD_PRESENT && present
                        || state == State.CARD_ABSENT && !present) {
                    list.add(new Terminal(name));
                }
            });
            return list;
        }

        @Override
        public boolean waitForChange(long timeout) throws CardException {
            if (dead()) {
                throw failure(serviceUp ? deadContextCode : "SCARD_E_NO_SERVICE");
            }
            if (readers.isEmpty()) {
                throw new IllegalStateException("No terminals available");
            }
            return false;
        }
    }

    private final class Terminal extends CardTerminal {
        private final String name;

        Terminal(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            throw failure("SCARD_E_NO_SMARTCARD");
        }

        @Override
        public boolean isCardPresent() throws CardException {
            Boolean present = readers.get(name);
            if (present == null) {
                throw failure("SCARD_E_UNKNOWN_READER");
            }
            return present;
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws CardException {
            return isCardPresent();
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws CardException {
            return !isCardPresent();
        }
    }
}
