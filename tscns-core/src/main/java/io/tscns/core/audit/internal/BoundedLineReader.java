package io.tscns.core.audit.internal;

import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.MalformedAuditExportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;

/**
 * Reads lines ending with a line feed from a byte stream, decoding each as strict UTF-8, and never holds more than
 * one line of at most {@code maxLineBytes} bytes plus one read buffer. A carriage return is an ordinary byte here:
 * exports use line feeds only. Not thread-safe.
 */
public final class BoundedLineReader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private long lineNumber;

    /**
     * Creates a reader.
     *
     * @param in           the stream; not closed
     * @param maxLineBytes the longest line accepted, line feed excluded
     */
    public BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the next line.
     *
     * @return the line without its line feed, or empty at the end of the stream
     * @throws IOException                    if reading fails
     * @throws MalformedAuditExportException if the line is too long, is not UTF-8, or ends without a line feed
     */
    public Optional<String> readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long number = lineNumber + 1;
        while (true) {
            if (position == limit) {
                int read = in.read(buffer);
                if (read < 0) {
                    if (line.size() == 0) {
                        return Optional.empty();
                    }
                    lineNumber = number;
                    throw new MalformedAuditExportException(number, new AuditExportProblem.MissingNewline());
                }
                position = 0;
                limit = read;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            if (line.size() + (end - position) > maxLineBytes) {
                lineNumber = number;
                throw new MalformedAuditExportException(number, new AuditExportProblem.LineTooLong(maxLineBytes));
            }
            line.write(buffer, position, end - position);
            if (end < limit) {
                position = end + 1;
                lineNumber = number;
                return Optional.of(decode(line.toByteArray(), number));
            }
            position = limit;
        }
    }

    /**
     * Returns the number of the last line read or attempted, from 1; 0 before the first.
     *
     * @return the line number
     */
    public long lineNumber() {
        return lineNumber;
    }

    private static String decode(byte[] bytes, long number) {
        try {
            return StrictUtf8.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new MalformedAuditExportException(number, new AuditExportProblem.NotUtf8());
        }
    }
}
