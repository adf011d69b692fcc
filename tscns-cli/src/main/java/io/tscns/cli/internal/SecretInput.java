package io.tscns.cli.internal;

import io.tscns.auth.internal.Reasons;
import io.tscns.cli.CliEnvironment;
import io.tscns.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a secret (<i>lettura del codice</i>): PIN or PUK, from the terminal without echo, or, with
 * {@code --pin-stdin}, one line of standard input per secret. Never from the command line, where other users of
 * the machine and the shell history would see it. The characters are returned in a {@code char[]} for the caller to
 * parse into a core secret type and wipe; no {@code String} is ever made of them.
 */
public final class SecretInput {

    /** The longest line accepted for a secret: a PUK has 8 digits, so anything longer is not one. */
    public static final int MAX_LINE = 64;

    private final CliEnvironment environment;
    private final boolean fromStdin;

    /**
     * Creates the reader.
     *
     * @param environment where to read from
     * @param fromStdin   {@code true} for standard input, {@code false} for the terminal
     */
    public SecretInput(CliEnvironment environment, boolean fromStdin) {
        this.environment = environment;
        this.fromStdin = fromStdin;
    }

    /**
     * Reads one secret.
     *
     * @param what what to ask for, e.g. {@code "PIN"}
     * @return the characters, which the caller wipes
     * @throws CliFailure if there is no terminal and standard input was not chosen, or input ends
     */
    public char[] read(String what) {
        if (fromStdin) {
            return readLine(environment.in(), what);
        }
        char[] typed = environment
                .terminal()
                .orElseThrow(() -> new CliFailure(
                        ExitCode.USAGE,
                        "there is no terminal to ask for the " + what
                                + " on: pass --pin-stdin and write it to standard input, one secret per line"))
                .read(what + ": ");
        if (typed == null) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "input ended before the " + what + " was typed");
        }
        return typed;
    }

    /**
     * Reads a new secret; at the terminal it is asked twice and the two must match.
     *
     * @param what what to ask for, e.g. {@code "new PIN"}
     * @return the characters, which the caller wipes
     * @throws CliFailure if the two entries differ
     */
    public char[] readNew(String what) {
        char[] first = read(what);
        if (fromStdin) {
            return first;
        }
        char[] again = read(what + " again");
        try {
            if (!Arrays.equals(first, again)) {
                Arrays.fill(first, '\0');
                throw new CliFailure(
                        ExitCode.INVALID_INPUT, "the two entries of the " + what + " differ; nothing was changed");
            }
            return first;
        } finally {
            Arrays.fill(again, '\0');
        }
    }

    /**
     * Reads one line of bytes (up to a line feed or the end) as ASCII characters, without buffering past it.
     */
    static char[] readLine(InputStream in, String what) {
        byte[] line = new byte[MAX_LINE + 1]; // room for a final carriage return
        int length = 0;
        boolean ended = true;
        try {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    ended = false;
                    break;
                }
                if (length == line.length) {
                    throw tooLong(what);
                }
                line[length++] = (byte) b;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (length > MAX_LINE) {
                throw tooLong(what);
            }
            if (ended && length == 0) {
                throw new CliFailure(
                        ExitCode.INVALID_INPUT,
                        "standard input ended before the " + what + "; write it on a line of its own");
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                chars[i] = (char) (line[i] & 0xFF);
            }
            return chars;
        } catch (IOException e) {
            throw new CliFailure(
                    ExitCode.FAILED, "reading the " + what + " from standard input failed: " + Reasons.of(e), e);
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    private static CliFailure tooLong(String what) {
        return new CliFailure(
                ExitCode.INVALID_INPUT,
                "the " + what + " line on standard input is longer than " + MAX_LINE + " characters");
    }
}
