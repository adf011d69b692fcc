package io.tscns.core.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.core.audit.AuditExportProblem;
import io.tscns.core.audit.MalformedAuditExportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Proves that the line bound is inclusive (a line of exactly the bound is read, one byte more is refused) wherever
 * the line starts in the read buffer, and that a read of zero bytes is not mistaken for the end of the stream.
 */
class BoundedLineReaderTest {

    private static BoundedLineReader reader(String text, int maxLineBytes) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLineBytes);
    }

    @Test
    void aLineOfExactlyTheBoundIsReadAndOneByteMoreIsRefused() throws IOException {
        BoundedLineReader fits = reader("abcde\n", 5);
        assertEquals(Optional.of("abcde"), fits.readLine());
        assertEquals(Optional.empty(), fits.readLine());

        BoundedLineReader tooLong = reader("abcdef\n", 5);
        MalformedAuditExportException e = assertThrows(MalformedAuditExportException.class, tooLong::readLine);
        assertEquals(new AuditExportProblem.LineTooLong(5), e.problem());
        assertEquals(1, e.line());
    }

    @Test
    void aLaterLineInTheSameBufferIsMeasuredFromItsOwnStart() throws IOException {
        BoundedLineReader reader = reader("ab\ncdefg\nhijklm\n", 5);
        assertEquals(Optional.of("ab"), reader.readLine());
        assertEquals(Optional.of("cdefg"), reader.readLine());
        MalformedAuditExportException e = assertThrows(MalformedAuditExportException.class, reader::readLine);
        assertEquals(new AuditExportProblem.LineTooLong(5), e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void aReadOfZeroBytesIsNotTheEndOfTheStream() throws IOException {
        InputStream stalling = new InputStream() {
            private int calls;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b) {
                calls++;
                if (calls == 1) {
                    return 0;
                }
                if (calls == 2) {
                    b[0] = 'x';
                    b[1] = '\n';
                    return 2;
                }
                return -1;
            }
        };
        BoundedLineReader reader = new BoundedLineReader(stalling, 10);
        assertEquals(Optional.of("x"), reader.readLine());
        assertEquals(Optional.empty(), reader.readLine());
        assertEquals(1, reader.lineNumber());
    }
}
