package io.tscns.cli.card;

import io.tscns.card.CnsCard;
import io.tscns.card.pin.VerificationResult;
import io.tscns.cli.CliEnvironment;
import io.tscns.cli.internal.SecretInput;
import io.tscns.core.secret.Pin;
import picocli.CommandLine.Option;

/**
 * The options that say where the PIN, PUK and new PIN come from (<i>origine del codice</i>): by default the keypad of
 * a PIN-pad reader (PC/SC part 10), where the codes never pass through this computer, otherwise the terminal
 * without echo; {@code --pin-stdin} reads them from standard input and {@code --keyboard} asks them at the
 * terminal even on a PIN-pad reader.
 */
public final class SecretSourceOption {

    @Option(
            names = "--pin-stdin",
            description = "Read the PIN (and PUK, new PIN) from standard input, one per line, instead of asking at "
                    + "the terminal without echo. Secrets are never taken from the command line.")
    private boolean stdin;

    @Option(
            names = "--keyboard",
            description = "Ask the codes at this computer's terminal even when the reader has a PIN pad. By "
                    + "default a PIN-pad reader asks them on its own keypad, and they never pass through this "
                    + "computer.")
    private boolean keyboard;

    /**
     * Returns the reader of secrets typed at this computer.
     *
     * @param environment the environment
     * @return the reader
     */
    public SecretInput input(CliEnvironment environment) {
        return new SecretInput(environment, stdin);
    }

    /**
     * Tells whether the codes are typed on the reader's keypad, and if so tells the user what to type there.
     *
     * @param card        the open card
     * @param environment where to write the instruction (standard error)
     * @param instruction what to type on the reader, e.g. {@code "Enter the PIN on the reader."}
     * @return {@code true} when neither option asks for this computer and the reader has a PIN pad
     */
    public boolean onReader(CnsCard card, CliEnvironment environment, String instruction) {
        if (stdin || keyboard || !card.hasPinPad()) {
            return false;
        }
        environment.err().println(instruction);
        environment.err().flush();
        return true;
    }

    /**
     * Verifies the PIN where this option says: on the reader's keypad, or typed at this computer.
     *
     * @param card        the open card
     * @param environment the run's streams
     * @return the card's answer
     */
    public VerificationResult verifyPin(CnsCard card, CliEnvironment environment) {
        if (onReader(card, environment, "Enter the PIN on the reader.")) {
            return card.verifyPinOnReader();
        }
        try (Pin pin = PinOutcome.pin(input(environment).read("PIN"))) {
            return card.verifyPin(pin);
        }
    }
}
