package io.tscns.card.transport;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;
import io.tscns.card.transport.internal.ApduText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A transport that plays a recorded script (<i>sequenza registrata</i>): a list of expected commands, each with the
 * response to give. Every command sent is compared byte for byte with the next expected one; an unexpected,
 * different or extra command fails at once with {@link ScriptedTransportException}, and {@link #assertComplete()}
 * fails if expected exchanges were never sent. Once it has failed, the transport stays failed.
 *
 * <p>For tests of anything written against {@link CardTransport}, in this SDK, in the test kit and in users' code.
 * Scripts can be built in code ({@link #builder()}) or read from text ({@link #parse(String)}):
 * <pre>
 * # select EF.ID_Carta with its FCI, then read its 16 bytes
 * &gt; 00A4080004 10001003 00
 * &lt; 6F08 80020010 83021003 9000
 * &gt; 00B0000010
 * &lt; 36313230313233343536373839303030 9000
 * </pre>
 * Lines starting with {@code >} are commands, {@code <} responses, {@code #} comments; spaces in the hexadecimal are
 * ignored. Failure messages redact the data of PIN and PUK commands like {@link TracingTransport}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ScriptedTransport implements CardTransport {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private record Exchange(byte[] command, byte[] response) {}

    private final List<Exchange> script;
    private final boolean redacted;
    private int next;
    private String failure;

    private ScriptedTransport(List<Exchange> script, boolean redacted) {
        this.script = List.copyOf(script);
        this.redacted = redacted;
    }

    /**
     * Starts a script.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a script from text: {@code >} command lines, each followed by one {@code <} response line.
     *
     * @param text the script
     * @return the transport
     * @throws ScriptedTransportException if a line is not a command or response in hexadecimal, or a command has no
     *                                    response
     */
    public static ScriptedTransport parse(String text) {
        Builder builder = builder();
        String pending = null;
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            char kind = trimmed.charAt(0);
            String hex = trimmed.substring(1);
            if (kind == '>' && pending == null) {
                pending = hex;
            } else if (kind == '<' && pending != null) {
                try {
                    builder.expect(pending, hex);
                } catch (IllegalArgumentException e) {
                    throw new ScriptedTransportException("script line " + lineNumber + ": " + e.getMessage());
                }
                pending = null;
            } else {
                throw new ScriptedTransportException("script line " + lineNumber + ": expected "
                        + (pending == null ? "a command line starting with '>'" : "a response line starting with '<'"));
            }
        }
        if (pending != null) {
            throw new ScriptedTransportException("the script ends with a command that has no response");
        }
        return builder.build();
    }

    @Override
    public synchronized byte[] transmit(byte[] command) {
        if (failure != null) {
            throw new ScriptedTransportException("the script already failed: " + failure);
        }
        if (next >= script.size()) {
            throw fail("command #" + (next + 1) + " " + ApduText.command(command, true)
                    + " was sent, but the script has only " + script.size() + " exchanges");
        }
        Exchange expected = script.get(next);
        if (!Arrays.equals(expected.command(), redacted ? Redaction.command(command) : command)) {
            throw fail("command #" + (next + 1) + " differs from the script: expected "
                    + ApduText.command(expected.command(), true) + ", got " + ApduText.command(command, true)
                    + firstDifference(expected.command(), command));
        }
        next++;
        return expected.response().clone();
    }

    private ScriptedTransportException fail(String message) {
        failure = message;
        return new ScriptedTransportException(message);
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        boolean secret = expected.length >= 4
                        && Instruction.commandDataSecret(
                                CommandHeader.of(expected).ins())
                || actual != null
                        && actual.length >= 4
                        && Instruction.commandDataSecret(
                                CommandHeader.of(actual).ins());
        if (secret || actual == null) {
            return "";
        }
        int i = Arrays.mismatch(expected, actual);
        return " (first difference at byte " + i + ")";
    }

    /**
     * Fails if the script has exchanges that were never sent.
     *
     * @throws ScriptedTransportException naming the first missing command
     */
    public synchronized void assertComplete() {
        if (failure != null) {
            throw new ScriptedTransportException("the script failed: " + failure);
        }
        if (next < script.size()) {
            throw fail((script.size() - next) + " scripted exchanges were never sent; the next one is command #"
                    + (next + 1) + " " + ApduText.command(script.get(next).command(), true));
        }
    }

    /**
     * Returns how many commands have been sent and matched so far.
     *
     * @return the count of played exchanges
     */
    public synchronized int exchangesPlayed() {
        return next;
    }

    /**
     * Returns how many exchanges the script holds.
     *
     * @return the script length
     */
    public int exchangesScripted() {
        return script.size();
    }

    /**
     * Builds a script in code.
     */
    public static final class Builder {

        private final List<Exchange> exchanges = new ArrayList<>();
        private boolean redacted;

        private Builder() {}

        /**
         * Makes the script's commands redacted ones, as a {@link Transcript} holds them: each command sent is
         * compared after its secret data is replaced ({@link Redaction}), so a replay accepts any PIN.
         *
         * @return this builder
         */
        Builder redacted() {
            redacted = true;
            return this;
        }

        /**
         * Adds an exchange.
         *
         * @param commandHex  the expected command in hexadecimal; white space is ignored
         * @param responseHex the response to give, in hexadecimal (data then SW1 SW2); white space is ignored
         * @return this builder
         * @throws IllegalArgumentException if the text is not hexadecimal or the response is shorter than 2 bytes
         */
        public Builder expect(String commandHex, String responseHex) {
            return expect(
                    HEX.parseHex(commandHex.replaceAll("\\s", "")), HEX.parseHex(responseHex.replaceAll("\\s", "")));
        }

        /**
         * Adds an exchange.
         *
         * @param command  the expected command, copied
         * @param response the response to give, copied
         * @return this builder
         * @throws IllegalArgumentException if the response is shorter than 2 bytes
         */
        public Builder expect(byte[] command, byte[] response) {
            Objects.requireNonNull(command, "command");
            if (response.length < 2) {
                throw new IllegalArgumentException("a scripted response needs at least SW1 SW2");
            }
            exchanges.add(new Exchange(command.clone(), response.clone()));
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return a transport that plays the script from its start
         */
        public ScriptedTransport build() {
            return new ScriptedTransport(exchanges, redacted);
        }
    }
}
