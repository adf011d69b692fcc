package io.tscns.card.reader.internal;

import io.tscns.card.reader.TerminalFactorySource;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TerminalFactorySource#freshContexts()} source: jnasmartcardio's provider, which calls
 * {@code SCardEstablishContext} on every {@code terminals()} ({@code docs/pcsc.md §11}), and releases a lost context
 * at once instead of leaving it to jnasmartcardio's finalizer. Thread-safe (stateless).
 */
public final class FreshContextSource implements TerminalFactorySource {

    private static final Logger LOG = LoggerFactory.getLogger(FreshContextSource.class);

    @Override
    public TerminalFactory create() throws GeneralSecurityException {
        try {
            return TerminalFactory.getInstance("PC/SC", null, new Smartcardio());
        } catch (LinkageError e) {
            throw new NoSuchAlgorithmException(
                    "the PC/SC provider that reconnects after a pcscd restart needs "
                            + "io.github.jnasmartcardio:jnasmartcardio and net.java.dev.jna:jna on the path, and "
                            + "libpcsclite: " + e,
                    e);
        }
    }

    @Override
    public TerminalFactorySource afterServiceLost(CardTerminals lost) {
        if (lost instanceof Smartcardio.JnaCardTerminals terminals) {
            try {
                terminals.close();
            } catch (CardException e) {
                LOG.debug("releasing a lost PC/SC context failed: {}", e.getMessage());
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return "PC/SC with a fresh context per terminals() (jnasmartcardio)";
    }
}
