package io.tscns.card.transport;

import io.tscns.card.error.UnexpectedResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;

/**
 * A redacted APDU transcript of a session with a card (<i>trascrizione APDU</i>): the ATR and every exchange, with the
 * data of PIN and PUK commands and the output of PSO DECIPHER already replaced by {@code 2A} bytes when it was
 * recorded ({@link RecordingTransport}). Users attach it to a bug report so that the sequences of a card generation
 * the public facts do not cover can be learnt ({@code docs/card.md §10.4}); {@link #replay()} runs the SDK against
 * it without a reader.
 *
 * <p>The text is {@link ScriptedTransport}'s script format after a header of comments:
 * <pre>
 * # tscns card transcript 1
 * # atr 3BFF1800008131FE45006B11050700011101434E531131807B
 * &gt; 00A4080004 10001003 00
 * &lt; 6F0A 80020010 820101 8A0105 9000
 * </pre>
 * Immutable.
 *
 * @param atr       the card's ATR
 * @param exchanges the commands and responses, redacted
 * @since 0.1.0
 */
public record Transcript(byte[] atr, List<Exchange> exchanges) {

    /** The first line of every transcript file. */
    public static final String MAGIC = "# tscns card transcript 1";
    /** The byte that replaces every secret byte. */
    public static final byte REDACTED = 0x2A;
    /** The largest transcript file read back: a whole read is about 10 KB. */
    public static final int MAX_FILE_SIZE = 1 << 20;

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String ATR_PREFIX = "# atr ";

    /**
     * One recorded exchange.
     *
     * @param command  the command APDU as sent, secret data replaced
     * @param response the response APDU, secret data replaced
     */
    public record Exchange(byte[] command, byte[] response) {
        /**
         * Copies the bytes.
         */
        public Exchange {
            command = command.clone();
            response = response.clone();
        }
    }

    /**
     * Copies the components.
     */
    public Transcript {
        atr = atr.clone();
        exchanges = List.copyOf(exchanges);
    }

    /**
     * Returns the transcript as text.
     *
     * @return the header, then one {@code >} and one {@code <} line per exchange
     */
    public String toText() {
        StringBuilder text = new StringBuilder(MAGIC)
                .append('\n')
                .append(ATR_PREFIX)
                .append(HEX.formatHex(atr))
                .append('\n');
        for (Exchange exchange : exchanges) {
            text.append("> ")
                    .append(HEX.formatHex(exchange.command()))
                    .append('\n')
                    .append("< ")
                    .append(HEX.formatHex(exchange.response()))
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a transcript from text.
     *
     * @param text the text {@link #toText()} writes
     * @return the transcript
     * @throws UnexpectedResponseException if the text is not a transcript
     */
    public static Transcript parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(MAGIC) || !lines.get(1).startsWith(ATR_PREFIX)) {
            throw new UnexpectedResponseException("not a tscns card transcript: it must start with \"" + MAGIC
                    + "\" and an \"" + ATR_PREFIX.strip() + "\" line");
        }
        List<Exchange> exchanges = new java.util.ArrayList<>();
        try {
            byte[] atr =
                    HEX.parseHex(lines.get(1).substring(ATR_PREFIX.length()).strip());
            byte[] pending = null;
            for (int i = 2; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                byte[] bytes = HEX.parseHex(line.substring(1).replace(" ", ""));
                if (line.charAt(0) == '>' && pending == null) {
                    pending = bytes;
                } else if (line.charAt(0) == '<' && pending != null && bytes.length >= 2) {
                    exchanges.add(new Exchange(pending, bytes));
                    pending = null;
                } else {
                    throw new UnexpectedResponseException(
                            "transcript line " + (i + 1) + " is out of order or " + "malformed");
                }
            }
            if (pending != null) {
                throw new UnexpectedResponseException("the transcript ends with a command that has no response");
            }
            return new Transcript(atr, exchanges);
        } catch (IllegalArgumentException e) {
            throw new UnexpectedResponseException("a transcript line is not hexadecimal: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the transcript to a new file readable by its owner only (mode 0600 where the file system has POSIX
     * permissions).
     *
     * @param file the file to create; it must not exist
     * @throws UncheckedIOException if the file exists or cannot be written
     */
    public void write(Path file) {
        try {
            Path created = Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")
                    ? Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createFile(file);
            Files.writeString(created, toText(), StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("the transcript file " + file + " already exists; choose another", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transcript " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a transcript file.
     *
     * @param file the file
     * @return the transcript
     * @throws UncheckedIOException        if the file cannot be read
     * @throws UnexpectedResponseException if it is larger than {@link #MAX_FILE_SIZE} or not a transcript
     */
    public static Transcript read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new UnexpectedResponseException(
                        "the transcript " + file + " is larger than " + MAX_FILE_SIZE + " bytes");
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the transcript " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a transport that plays the transcript back, checking every command byte for byte once its secret data
     * is redacted as the recorder redacted it: a recorded PIN verify replays with any PIN of a block of the same
     * length, and its recorded answer (accepted or wrong) comes back.
     *
     * @return a new scripted transport
     */
    public ScriptedTransport replay() {
        ScriptedTransport.Builder script = ScriptedTransport.builder().redacted();
        exchanges.forEach(exchange -> script.expect(exchange.command(), exchange.response()));
        return script.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Transcript that && toText().equals(that.toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }

    @Override
    public String toString() {
        return "Transcript[" + exchanges.size() + " exchanges, ATR " + HEX.formatHex(atr) + "]";
    }
}
