package io.tscns.cli;

/**
 * Asks the person at the terminal for a secret without echoing it (<i>richiesta del codice</i>): the PIN, the PUK.
 * {@link CliEnvironment#system()} uses {@link java.io.Console#readPassword(String, Object...)}.
 */
@FunctionalInterface
public interface SecretPrompt {

    /**
     * Shows a prompt and reads one line without echo.
     *
     * @param prompt what to ask, e.g. {@code "PIN: "}
     * @return the characters typed, which the caller wipes; {@code null} if input ended
     */
    char[] read(String prompt);
}
