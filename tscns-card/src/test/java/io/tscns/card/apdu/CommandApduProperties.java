package io.tscns.card.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.test.jqwik.TscnsArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CommandApduProperties {

    @Provide
    Arbitrary<byte[]> commandData() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.bytes().array(byte[].class).ofMinSize(250).ofMaxSize(2000),
                Arbitraries.just(new byte[65535]));
    }

    @Property(tries = 500)
    void encodeThenParseGivesTheSameCommand(
            @ForAll @IntRange(max = 255) int cla,
            @ForAll @IntRange(max = 255) int ins,
            @ForAll @IntRange(max = 255) int p1,
            @ForAll @IntRange(max = 255) int p2,
            @ForAll("commandData") byte[] data,
            @ForAll @IntRange(max = 65536) int ne) {
        CommandApdu command = CommandApdu.of(cla, ins, p1, p2, data, ne);
        byte[] encoded = command.encode();
        CommandApdu parsed = CommandApdu.parse(encoded);
        assertEquals(command, parsed);
        assertArrayEquals(encoded, parsed.encode());
    }

    @Provide
    Arbitrary<byte[]> testKitCommands() {
        return TscnsArbitraries.commandApdus();
    }

    /** The test kit encodes commands on its own; the SDK's codec must read every one and write it back unchanged. */
    @Property(tries = 500)
    void theTestKitsCommandsParseAndEncodeBackByteForByte(@ForAll("testKitCommands") byte[] encoded) {
        assertArrayEquals(encoded, CommandApdu.parse(encoded).encode());
    }

    @Property
    void arbitraryBytesParseOrFailWithTheTypedException(@ForAll @Size(max = 600) byte[] bytes) {
        try {
            CommandApdu parsed = CommandApdu.parse(bytes);
            byte[] encoded = parsed.encode();
            // ISO/IEC 7816-4 lets a small Lc or Le be written in the extended form; encode() writes the shortest.
            assertEquals(parsed, CommandApdu.parse(encoded));
            if (parsed.isExtended() || bytes.length <= 4 || bytes[4] != 0 || bytes.length == 5) {
                assertArrayEquals(bytes, encoded);
            } else {
                assertEquals(true, encoded.length < bytes.length);
            }
        } catch (MalformedApduException expected) {
            // the only failure allowed
        }
    }

    @Property
    void arbitraryBytesAreAResponseOrTheTypedException(@ForAll @Size(max = 600) byte[] bytes) {
        try {
            ResponseApdu response = ResponseApdu.parse(bytes);
            assertArrayEquals(bytes, response.encode());
            assertEquals(bytes.length - 2, response.dataLength());
        } catch (MalformedApduException expected) {
            assertEquals(true, bytes.length < 2);
        }
    }

    @Property
    void responsesRoundTrip(@ForAll @Size(max = 600) byte[] data, @ForAll @IntRange(max = 0xFFFF) int sw) {
        ResponseApdu response = ResponseApdu.of(data, sw);
        assertEquals(response, ResponseApdu.parse(response.encode()));
    }
}
