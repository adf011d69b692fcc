package io.tscns.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.cli.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretInputTest {

    @Test
    void readsOneLineAtATimeWithoutReadingAhead() {
        InputStream in = stream("12345\r\n87654321\n");

        assertArrayEquals("12345".toCharArray(), SecretInput.readLine(in, "PIN"));
        assertArrayEquals("87654321".toCharArray(), SecretInput.readLine(in, "PUK"));
        CliFailure ended = assertThrows(CliFailure.class, () -> SecretInput.readLine(in, "new PIN"));
        assertEquals(ExitCode.INVALID_INPUT, ended.exitCode());
    }

    @Test
    void lastLineNeedsNoLineFeed() {
        assertArrayEquals("12345".toCharArray(), SecretInput.readLine(stream("12345"), "PIN"));
    }

    @Test
    void aLineLongerThanAnyCodeIsRefusedWithoutShowingIt() {
        String line = "9".repeat(SecretInput.MAX_LINE + 1);
        CliFailure failure = assertThrows(CliFailure.class, () -> SecretInput.readLine(stream(line + "\n"), "PIN"));
        assertEquals(ExitCode.INVALID_INPUT, failure.exitCode());
        assertFalse(failure.getMessage().contains("99999"), failure.getMessage());
        assertArrayEquals(
                new char[SecretInput.MAX_LINE],
                SecretInput.readLine(stream("\0".repeat(SecretInput.MAX_LINE) + "\n"), "PIN"),
                "exactly MAX_LINE is accepted");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
