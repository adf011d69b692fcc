package io.tscns.card.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.error.CardAccessException;
import io.tscns.card.transport.CardTransport;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CnsFileSystemProperties {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** A model card holding one transparent EF: answers SELECT with its FCI and READ BINARY like a CNS. */
    static final class ModelCard implements CardTransport {
        private final byte[] file;
        private final boolean extended;
        int apdus;

        ModelCard(byte[] file, boolean extended) {
            this.file = file;
            this.extended = extended;
        }

        @Override
        public byte[] transmit(byte[] bytes) {
            apdus++;
            CommandApdu command = CommandApdu.parse(bytes);
            if (command.ins() == 0xA4) {
                return HEX.parseHex(
                        String.format("6F04 8002%04X 9000", file.length).replace(" ", ""));
            }
            if (command.isExtended() && !extended) {
                return HEX.parseHex("6700");
            }
            int offset = (command.p1() << 8) | command.p2();
            if (offset > file.length) {
                return HEX.parseHex("6B00");
            }
            int end = Math.min(file.length, offset + command.ne());
            byte[] response = Arrays.copyOf(Arrays.copyOfRange(file, offset, end), end - offset + 2);
            response[response.length - 2] = (byte) (end - offset < command.ne() ? 0x62 : 0x90);
            response[response.length - 1] = (byte) (end - offset < command.ne() ? 0x82 : 0x00);
            return response;
        }
    }

    @Property(tries = 300)
    void readsEveryFileInTheFewestApdus(
            @ForAll @IntRange(max = 4000) int size, @ForAll boolean cardExtended, @ForAll boolean readerExtended) {
        byte[] file = new byte[size];
        new java.util.Random(size).nextBytes(file);
        ModelCard card = new ModelCard(file, readerExtended);
        assertArrayEquals(file, new CnsFileSystem(card, cardExtended).read(CnsFile.AUTHENTICATION_CERTIFICATE));
        int shortReads = (size + CnsFileSystem.SHORT_READ - 1) / CnsFileSystem.SHORT_READ;
        int expected;
        if (cardExtended && size > 256) {
            expected = readerExtended ? 2 : 2 + shortReads;
        } else {
            expected = 1 + shortReads;
        }
        assertEquals(expected, card.apdus);
    }

    @Property(tries = 2000)
    void arbitraryCardAnswersYieldContentOrATypedError(
            @ForAll("answers") List<byte[]> answers, @ForAll boolean extended) {
        Iterator<byte[]> script = answers.iterator();
        CardTransport card = command -> script.hasNext() ? script.next() : HEX.parseHex("6A82");
        try {
            byte[] content = new CnsFileSystem(card, extended).read(CnsFile.PERSONAL_DATA);
            assertEquals(true, content.length <= CnsFileSystem.MAX_FILE_SIZE);
        } catch (CardAccessException expected) {
            // the only failure allowed
        }
    }

    @Provide
    Arbitrary<List<byte[]>> answers() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> fci = Arbitraries.integers()
                .between(0, 0xFFFF)
                .map(n -> HEX.parseHex(String.format("6F0480 02%04X9000", n).replace(" ", "")));
        Arbitrary<byte[]> statusWords = Arbitraries.of("9000", "6282", "6B00", "6100", "6C10", "6700", "6A82", "61FF")
                .map(HEX::parseHex);
        Arbitrary<byte[]> data = Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(300)
                .map(d -> Arrays.copyOf(d, d.length + 2))
                .map(d -> {
                    d[d.length - 2] = (byte) 0x90;
                    return d;
                });
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(2, fci),
                        net.jqwik.api.Tuple.of(2, statusWords), net.jqwik.api.Tuple.of(4, data))
                .list()
                .ofMaxSize(12);
    }

    @Property
    void unknownSizeFilesAreReadToTheirEnd(@ForAll @Size(max = 2000) byte[] file) {
        ModelCard sized = new ModelCard(file, false);
        CardTransport withoutSize =
                command -> (command[1] & 0xFF) == 0xA4 ? HEX.parseHex("9000") : sized.transmit(command);
        assertArrayEquals(file, new CnsFileSystem(withoutSize, false).read(CnsFile.PERSONAL_DATA));
    }
}
