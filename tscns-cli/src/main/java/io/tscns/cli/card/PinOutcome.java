package io.tscns.cli.card;

import io.tscns.card.pin.PinStatus;
import io.tscns.card.pin.VerificationResult;
import io.tscns.cli.CliEnvironment;
import io.tscns.cli.ExitCode;
import io.tscns.cli.internal.CardReaders;
import io.tscns.cli.internal.CliFailure;
import io.tscns.cli.internal.Report;
import io.tscns.core.secret.Pin;
import io.tscns.core.secret.Puk;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads codes and reports what the card answered to one (<i>esito del codice</i>): one line for people, and with
 * {@code --json} a document ({@code pin-v1.schema.json}) with the outcome, the message and the PIN's and PUK's
 * states as numbers and booleans, read afterwards without spending a try.
 */
final class PinOutcome {

    private PinOutcome() {}

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
     * Reports the card's answer to a PIN operation: the success line, or with {@code --json} the outcome document.
     *
     * @param open        the card
     * @param operation   {@code verify}, {@code change} or {@code unblock}
     * @param result      the answer
     * @param code        {@code "PIN"} or {@code "PUK"}: the code the card checked
     * @param success     the line printed when the card accepted the code
     * @param environment the run's streams
     * @param json        whether {@code --json} was given
     * @return {@link ExitCode#OK} when accepted
     * @throws CliFailure with {@link ExitCode#WRONG_PIN} and the tries left, or {@link ExitCode#BLOCKED}
     */
    static ExitCode report(
            CardReaders.OpenCard open,
            String operation,
            VerificationResult result,
            String code,
            String success,
            CliEnvironment environment,
            boolean json) {
        requireAccepted(open, operation, result, code, environment, json);
        if (json) {
            document(open, operation, "accepted", success, PinStates.read(open.card()))
                    .print(environment.out(), true);
        } else {
            environment.out().println(success);
        }
        return ExitCode.OK;
    }

    /**
     * Checks that the card accepted a PIN or PUK; if not, prints the outcome document with {@code --json} and
     * fails.
     *
     * @param open        the card
     * @param operation   the command, e.g. {@code verify} or {@code sign}
     * @param result      the answer
     * @param code        {@code "PIN"} or {@code "PUK"}
     * @param environment the run's streams
     * @param json        whether {@code --json} was given
     * @throws CliFailure with {@link ExitCode#WRONG_PIN} and the tries left, or {@link ExitCode#BLOCKED}; a blocked
     *                    PIN's message gives the PUK's tries left
     */
    static void requireAccepted(
            CardReaders.OpenCard open,
            String operation,
            VerificationResult result,
            String code,
            CliEnvironment environment,
            boolean json) {
        if (result instanceof VerificationResult.Accepted) {
            return;
        }
        PinStates states = PinStates.read(open.card());
        CliFailure failure = failure(result, code, states);
        if (json) {
            String outcome = (result instanceof VerificationResult.Rejected ? "wrong-" : "blocked-")
                    + code.toLowerCase(Locale.ROOT);
            document(open, operation, outcome, failure.getMessage(), states).print(environment.out(), true);
        }
        throw failure;
    }

    private static CliFailure failure(VerificationResult result, String code, PinStates states) {
        if (result instanceof VerificationResult.Rejected rejected) {
            String left = rejected.triesLeft().isPresent()
                    ? rejected.triesLeft().getAsInt() + (rejected.triesLeft().getAsInt() == 1 ? " try" : " tries")
                            + " left"
                    : "the card does not say how many tries are left";
            return new CliFailure(
                    ExitCode.WRONG_PIN,
                    "wrong " + code + ": " + left + "; check it before trying " + "again, the " + code
                            + " blocks after the last try");
        }
        if ("PUK".equals(code)) {
            return new CliFailure(
                    ExitCode.BLOCKED,
                    "the PUK is blocked: the card cannot be unblocked any more; ask "
                            + "the issuing region for a new one");
        }
        return new CliFailure(
                ExitCode.BLOCKED,
                states.puk() instanceof PinStatus.Blocked
                        ? "the PIN is blocked and so is the PUK: the card cannot be unblocked any more; ask the issuing "
                                + "region for a new one"
                        : "the PIN is blocked (" + states.pukPhrase()
                                + "): unblock it with the PUK, `tscns pin unblock`");
    }

    private static Report document(
            CardReaders.OpenCard open, String operation, String outcome, String message, PinStates states) {
        return states.addTo(new Report()
                .put("schemaVersion", "Schema version", PinStates.SCHEMA_VERSION)
                .put("reader", "Reader", open.reader())
                .put("operation", "Operation", operation)
                .put("outcome", "Outcome", outcome)
                .put("message", "Message", message));
    }
}
