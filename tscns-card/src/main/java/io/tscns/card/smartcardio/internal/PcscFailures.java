package io.tscns.card.smartcardio.internal;

import io.tscns.card.error.CardCommunicationException;
import io.tscns.card.error.CardConnectionException;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.error.CardResetException;
import io.tscns.card.error.NoReaderException;
import io.tscns.card.error.PcscServiceUnavailableException;
import io.tscns.card.error.ReaderUnavailableException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the failures of {@code javax.smartcardio} into the SDK's {@link CardConnectionException}s. The JDK reports
 * the PC/SC error as the message of the cause (for example {@code SCARD_W_REMOVED_CARD}); this reads that public
 * message, without reflection into JDK internals.
 */
public final class PcscFailures {

    private static final Pattern CODE = Pattern.compile("SCARD_[EFWP]_[A-Z_]+");

    /** What to tell the user when the PC/SC service went away after this JVM connected to it. */
    public static final String JDK_CONTEXT_HINT = "; if the service is running again, note that the JDK's SunPCSC "
            + "provider keeps one PC/SC context for the life of the process and cannot reconnect to a restarted "
            + "service (verified on OpenJDK 17.0.15 and 25): restart the application, or give it readers from "
            + "TerminalFactorySource.recovering() (docs/pcsc.md §11)";

    private PcscFailures() {}

    /**
     * Finds the PC/SC error name in a failure or its causes.
     *
     * @param failure a failure from {@code javax.smartcardio}
     * @return e.g. {@code SCARD_E_NO_SERVICE}, or empty
     */
    public static Optional<String> pcscCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = CODE.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Maps a failure to the matching connection exception.
     *
     * @param what    what was being done and where, e.g. {@code "sending a command to reader X"}
     * @param failure the failure
     * @return the exception to throw
     */
    public static CardConnectionException toException(String what, Throwable failure) {
        Optional<String> code = pcscCode(failure);
        if (code.isEmpty()) {
            return new CardCommunicationException(
                    what + " failed: " + failure.getClass().getSimpleName()
                            + (failure.getMessage() == null ? "" : " " + failure.getMessage()));
        }
        String c = code.get();
        return switch (c) {
            case "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_UNPOWERED_CARD" ->
                new CardRemovedException(what + " failed: the card was removed or is not powered", c, failure);
            case "SCARD_W_RESET_CARD" ->
                new CardResetException(
                        what + " failed: another application reset the card;"
                                + " open it again and verify the PIN again",
                        c,
                        failure);
            case "SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER" ->
                new ReaderUnavailableException(what + " failed: the reader is no longer available", c, failure);
            case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED" ->
                new PcscServiceUnavailableException(
                        what
                                + " failed: the PC/SC service (pcscd, or the Smart Card service on Windows) is not running"
                                + JDK_CONTEXT_HINT,
                        c,
                        failure);
            case "SCARD_E_NO_READERS_AVAILABLE" ->
                new NoReaderException(what + " failed: no reader is connected", c, failure);
            default -> new CardCommunicationException(what + " failed", c, failure);
        };
    }
}
