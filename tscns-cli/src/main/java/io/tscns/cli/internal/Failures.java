package io.tscns.cli.internal;

import io.tscns.auth.cert.InvalidCertificateException;
import io.tscns.auth.crl.InvalidCrlException;
import io.tscns.auth.identity.InvalidIdentityException;
import io.tscns.auth.trust.InvalidTrustException;
import io.tscns.card.error.AuthenticationBlockedException;
import io.tscns.card.error.CardAccessException;
import io.tscns.card.error.CardRemovedException;
import io.tscns.card.error.CardResetException;
import io.tscns.card.error.NoReaderException;
import io.tscns.card.error.PcscServiceUnavailableException;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.ReaderUnavailableException;
import io.tscns.card.error.SecurityStatusNotSatisfiedException;
import io.tscns.card.error.UnsupportedCardException;
import io.tscns.card.profile.MalformedAtrException;
import io.tscns.cli.ExitCode;
import io.tscns.core.TscnsException;
import io.tscns.core.secret.InvalidSecretCodeException;

/**
 * Turns what a command threw into the one line the user reads and the exit code (<i>traduzione degli errori</i>):
 * what failed, from the SDK's typed exception (whose message never holds a secret), and what to do next.
 */
public final class Failures {

    /** What to do when no reader or card is found. */
    public static final String CONNECT_A_READER =
            "connect a reader and insert the card, or start " + "`tscns card serve --vpcd` for a simulated one";

    private Failures() {}

    /**
     * Classifies a failure.
     *
     * @param thrown what a command threw
     * @return the failure to report
     */
    public static CliFailure classify(Throwable thrown) {
        if (thrown instanceof CliFailure failure) {
            return failure;
        }
        if (thrown instanceof PcscServiceUnavailableException e) {
            return new CliFailure(
                    ExitCode.NO_CARD,
                    e.getMessage() + ": start the smart-card service (pcscd on "
                            + "Linux, \"Smart Card\" on Windows), or start `tscns card serve --vpcd` with pcscd and vpcd",
                    e);
        }
        if (thrown instanceof NoReaderException e) {
            return new CliFailure(
                    ExitCode.NO_CARD, "no card reader found (" + e.getMessage() + "): " + CONNECT_A_READER, e);
        }
        if (thrown instanceof CardRemovedException
                || thrown instanceof CardResetException
                || thrown instanceof ReaderUnavailableException) {
            return new CliFailure(ExitCode.NO_CARD, thrown.getMessage() + ": put the card back and try again", thrown);
        }
        if (thrown instanceof UnsupportedCardException e) {
            return new CliFailure(ExitCode.NO_CARD, e.getMessage() + ": insert a TS-CNS card", e);
        }
        if (thrown instanceof AuthenticationBlockedException e) {
            return new CliFailure(ExitCode.BLOCKED, e.getMessage() + ": unblock the PIN with `tscns pin unblock`", e);
        }
        if (thrown instanceof PinPadException e) {
            return pinPad(e);
        }
        if (thrown instanceof SecurityStatusNotSatisfiedException e) {
            return new CliFailure(ExitCode.FAILED, e.getMessage() + ": the PIN must be verified first", e);
        }
        if (thrown instanceof CardAccessException e) {
            return new CliFailure(ExitCode.FAILED, "the card failed: " + e.getMessage(), e);
        }
        if (thrown instanceof InvalidCertificateException
                || thrown instanceof InvalidCrlException
                || thrown instanceof InvalidTrustException
                || thrown instanceof InvalidIdentityException
                || thrown instanceof InvalidSecretCodeException
                || thrown instanceof MalformedAtrException) {
            return new CliFailure(ExitCode.INVALID_INPUT, thrown.getMessage(), thrown);
        }
        if (thrown instanceof TscnsException e) {
            return new CliFailure(ExitCode.FAILED, e.getMessage(), e);
        }
        return new CliFailure(
                ExitCode.FAILED,
                "unexpected failure (" + thrown.getClass().getSimpleName()
                        + "); run again with --verbose for the details and report it",
                thrown);
    }

    /** A PIN-pad entry that ended on the reader: the card judged no code, so no try was spent. */
    private static CliFailure pinPad(PinPadException e) {
        String again = "; no try was spent, run the command again";
        return switch (e.problem()) {
            case ENTRIES_DIFFER, LENGTH_OUT_OF_RANGE ->
                new CliFailure(ExitCode.INVALID_INPUT, e.getMessage() + again, e);
            case TIMED_OUT, CANCELLED -> new CliFailure(ExitCode.FAILED, e.getMessage() + again, e);
            case STRUCTURE_REFUSED, FEATURE_MISSING ->
                new CliFailure(
                        ExitCode.FAILED, e.getMessage() + ": use --keyboard to type the codes at this computer", e);
        };
    }
}
