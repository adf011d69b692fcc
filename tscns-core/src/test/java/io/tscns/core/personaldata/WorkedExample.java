package io.tscns.core.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The worked example of {@code docs/card.md §2.3}, exactly as published there: ROSSI MARIO, the real-card header
 * convention, 101 bytes of text.
 */
final class WorkedExample {

    static final String ASCII =
            "0000650461200801022024080102203005ROSSI05MARIO080101198001M0010RSSMRA80A01H501U0004H501000004H5010000";

    static final String HEX_DUMP = """
            30 30 30 30 36 35 30 34 36 31 32 30 30 38 30 31 30 32 32 30 32 34 30 38 30 31 30 32 32 30 33 30
            30 35 52 4F 53 53 49 30 35 4D 41 52 49 4F 30 38 30 31 30 31 31 39 38 30 30 31 4D 30 30 31 30 52
            53 53 4D 52 41 38 30 41 30 31 48 35 30 31 55 30 30 30 34 48 35 30 31 30 30 30 30 30 34 48 35 30
            31 30 30 30 30
            """;

    private WorkedExample() {}

    static byte[] text() {
        return ASCII.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] hexDump() {
        return HexFormat.of().parseHex(HEX_DUMP.replaceAll("\\s", ""));
    }

    static byte[] padded(int size, byte padding) {
        byte[] file = Arrays.copyOf(text(), size);
        Arrays.fill(file, ASCII.length(), size, padding);
        return file;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
