package io.tscns.card.reader;

import io.tscns.card.reader.internal.FreshContextSource;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * Makes a new {@link TerminalFactory} (<i>sorgente dei lettori</i>). {@link Readers} asks for a new one whenever
 * the PC/SC service was unavailable, instead of keeping {@link TerminalFactory#getDefault()}, which the JDK fixes
 * at first use: if the service was down then, the default factory stays empty ("None") for the life of the process.
 *
 * <p>After the service was lost under terminals a source made (pcscd restarted), {@link Readers} asks the source
 * {@link #afterServiceLost(CardTerminals)} which source to use from then on. The JDK's provider cannot reconnect
 * to a restarted pcscd ({@code docs/pcsc.md §11}); {@link #recovering()} keeps it while it works and then switches
 * to {@link #freshContexts()}, which can. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TerminalFactorySource {

    /**
     * Makes a factory.
     *
     * @return a new factory
     * @throws GeneralSecurityException if the provider cannot make one, e.g. because the PC/SC service is down
     */
    TerminalFactory create() throws GeneralSecurityException;

    /**
     * Releases terminals whose PC/SC service was lost and says which source makes the next factory. {@link Readers}
     * calls it once per loss, and never uses the lost terminals again.
     *
     * @param lost the terminals, made by a factory of this source, on which the service was reported lost
     * @return the source to use from now on; this one by default
     */
    default TerminalFactorySource afterServiceLost(CardTerminals lost) {
        return this;
    }

    /**
     * Returns a source that is this one until the service is lost, and {@code next} from then on: the decorator
     * behind {@link #recovering()}.
     *
     * @param next the source to use after the first loss
     * @return the decorated source
     */
    default TerminalFactorySource switchingAfterServiceLost(TerminalFactorySource next) {
        Objects.requireNonNull(next, "next");
        TerminalFactorySource first = this;
        return new TerminalFactorySource() {
            @Override
            public TerminalFactory create() throws GeneralSecurityException {
                return first.create();
            }

            @Override
            public TerminalFactorySource afterServiceLost(CardTerminals lost) {
                first.afterServiceLost(lost);
                return next;
            }
        };
    }

    /**
     * The platform's PC/SC: {@code TerminalFactory.getInstance("PC/SC", null)}, the JDK's SunPCSC provider. It
     * recovers when pcscd starts after the process did, not after a pcscd restart.
     *
     * @return the source
     */
    static TerminalFactorySource pcsc() {
        return () -> TerminalFactory.getInstance("PC/SC", null);
    }

    /**
     * PC/SC through jnasmartcardio (an optional dependency: add {@code io.github.jnasmartcardio:jnasmartcardio}),
     * whose every {@link TerminalFactory#terminals()} establishes a new PC/SC context, so it reconnects to a restarted
     * pcscd; lost contexts are released. Without the library on the path, {@link #create()} fails with a
     * {@link GeneralSecurityException} that says what to add.
     *
     * @return the source
     */
    static TerminalFactorySource freshContexts() {
        return new FreshContextSource();
    }

    /**
     * The JDK's PC/SC ({@link #pcsc()}) until the service is lost, then {@link #freshContexts()}: what a
     * long-running application (and {@code tscns watch}) uses to survive {@code systemctl restart pcscd}
     * ({@code docs/pcsc.md §11}).
     *
     * @return the source
     */
    static TerminalFactorySource recovering() {
        return pcsc().switchingAfterServiceLost(freshContexts());
    }
}
