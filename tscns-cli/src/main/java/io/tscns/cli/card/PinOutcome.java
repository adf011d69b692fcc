package io.tscns.cli.card;

import io.tscns.card.pin.VerificationResult;
import io.tscns.cli.ExitCode;
import io.tscns.cli.internal.CliFailure;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;

import java.io.PrintStream;
import java.util.Arrays;

/** Reads codes and reports what the card answered to one (<i>esito del codice</i>). */
final class PinOutcome {

    private PinOutcome() {
    }

    /**
     * Parses typed characters as a PIN and wipes them.
     *
     * @param typed the characters
     * @return the PIN, which the caller destroys
     */
    static Pin pin(char[] typed) {
        try {
            return Pin.parse(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /**
     * Parses typed characters as a PUK and wipes them.
     *
     * @param typed the characters
     * @return the PUK, which the caller destroys
     */
    static Puk puk(char[] typed) {
        try {
            return Puk.parse(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /**
     * Reports the card's answer to a PIN or PUK.
     *
     * @param result  the answer
     * @param code    {@code "PIN"} or {@code "PUK"}
     * @param success the line printed when the card accepted the code
     * @param out     standard output
     * @return {@link ExitCode#OK} when accepted
     * @throws CliFailure with {@link ExitCode#WRONG_PIN} and the tries left, or {@link ExitCode#BLOCKED}
     */
    static ExitCode report(VerificationResult result, String code, String success, PrintStream out) {
        requireAccepted(result, code);
        out.println(success);
        return ExitCode.OK;
    }

    /**
     * Checks that the card accepted a PIN or PUK.
     *
     * @param result the answer
     * @param code   {@code "PIN"} or {@code "PUK"}
     * @throws CliFailure with {@link ExitCode#WRONG_PIN} and the tries left, or {@link ExitCode#BLOCKED}
     */
    static void requireAccepted(VerificationResult result, String code) {
        if (result instanceof VerificationResult.Accepted) {
            return;
        }
        if (result instanceof VerificationResult.Rejected rejected) {
            String left = rejected.triesLeft().isPresent()
                    ? rejected.triesLeft().getAsInt() + (rejected.triesLeft().getAsInt() == 1 ? " try" : " tries")
                            + " left"
                    : "the card does not say how many tries are left";
            throw new CliFailure(ExitCode.WRONG_PIN, "wrong " + code + ": " + left + "; check it before trying "
                    + "again, the " + code + " blocks after the last try");
        }
        throw new CliFailure(ExitCode.BLOCKED, "PIN".equals(code)
                ? "the PIN is blocked: unblock it with the PUK, `tscns pin unblock`"
                : "the PUK is blocked: the card cannot be unblocked any more; ask the issuing region for a new one");
    }
}
