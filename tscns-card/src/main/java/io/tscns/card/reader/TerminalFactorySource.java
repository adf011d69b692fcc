package io.tscns.card.reader;

import javax.smartcardio.TerminalFactory;
import java.security.GeneralSecurityException;

/**
 * Makes a new {@link TerminalFactory} (<i>sorgente dei lettori</i>). {@link Readers} asks for a new one whenever
 * the PC/SC service was unavailable, instead of keeping {@link TerminalFactory#getDefault()}, which the JDK fixes
 * at first use: if the service was down then, the default factory stays empty ("None") for the life of the process.
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
     * The platform's PC/SC: {@code TerminalFactory.getInstance("PC/SC", null)}.
     *
     * @return the source
     */
    static TerminalFactorySource pcsc() {
        return () -> TerminalFactory.getInstance("PC/SC", null);
    }
}
