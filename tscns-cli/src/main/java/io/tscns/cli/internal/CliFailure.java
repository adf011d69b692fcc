package io.tscns.cli.internal;

import io.tscns.cli.ExitCode;
import java.util.Objects;

/**
 * A failure a command reports to the user as one line on standard error with an exit code (<i>errore del
 * comando</i>). The message says what failed and what to do next; it never holds a secret.
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    /**
     * Creates the failure.
     *
     * @param exitCode the exit code
     * @param message  what failed and what to do next
     */
    public CliFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /**
     * Creates the failure with its cause, shown only with {@code --verbose}.
     *
     * @param exitCode the exit code
     * @param message  what failed and what to do next
     * @param cause    the underlying failure
     */
    public CliFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /**
     * Returns the exit code.
     *
     * @return the code
     */
    public ExitCode exitCode() {
        return exitCode;
    }
}
