package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SimulatedCardProperties {

    /** Fuzzed with random commands, which may block its PIN: only properties that need no PIN use it. */
    private static final SimulatedCard FUZZED = TestCards.card();

    private static final SimulatedCard CARD = TestCards.card();
    private static final byte[] CERTIFICATE =
            CARD.fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow();
    private static final int[] KNOWN_INS = {0xA4, 0xB0, 0x20, 0x24, 0x2C, 0x22, 0x2A, 0x88, 0x84, 0xC0};

    @Provide
    Arbitrary<byte[]> commands() {
        Arbitrary<byte[]> header = Combinators.combine(
                        Arbitraries.of(0x00, 0x10, 0x0C, 0x01, 0x80, 0xFF),
                        Arbitraries.oneOf(
                                Arbitraries.of(Arrays.stream(KNOWN_INS).boxed().toList()),
                                Arbitraries.integers().between(0, 255)),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.integers().between(0, 255))
                .as((cla, ins, p1, p2) ->
                        new byte[] {(byte) (int) cla, (byte) (int) ins, (byte) (int) p1, (byte) (int) p2});
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
                Combinators.combine(header, body).as((h, b) -> {
                    byte[] out = Arrays.copyOf(h, h.length + b.length);
                    System.arraycopy(b, 0, out, h.length, b.length);
                    return out;
                }));
    }

    @Property(tries = 2000)
    void anyBytesGetAStatusWordAndNeverAnException(@ForAll("commands") byte[] command) {
        FUZZED.powerOn();
        byte[] response = FUZZED.process(command);
        assertTrue(response.length >= 2);
        int sw1 = response[response.length - 2] & 0xFF;
        assertTrue(sw1 == 0x90 || (sw1 >= 0x61 && sw1 <= 0x6F), () -> "SW1 " + Integer.toHexString(sw1));
    }

    @Property(tries = 300) // each try personalises a new card
    void anySequenceOfCommandsKeepsTheCardAnswering(
            @ForAll @Size(max = 20) List<@net.jqwik.api.From("commands") byte[]> commands) {
        SimulatedCard card = TestCards.card();
        card.powerOn();
        for (byte[] command : commands) {
            assertTrue(card.process(command).length >= 2);
        }
        CardProbe probe = new CardProbe(card);
        probe.expect(0x9000, "00A4000C023F00");
        assertEquals(0x9000, probe.send("00A4080C0410001003").sw());
    }

    @Property
    void readBinaryReturnsExactlyTheFileSlice(
            @ForAll @IntRange(max = 0x7FFF) int offset, @ForAll @IntRange(min = 1, max = 65536) int ne) {
        CardProbe probe = new CardProbe(CARD);
        probe.expect(0x9000, "00A4080C0411001101");
        Response response = probe.send(CommandBytes.of(0, 0xB0, offset >>> 8, offset & 0xFF, ne));
        if (offset > CERTIFICATE.length) {
            assertEquals(0x6B00, response.sw());
            assertEquals(0, response.dataLength());
            return;
        }
        int available = CERTIFICATE.length - offset;
        assertEquals(available < ne ? 0x6282 : 0x9000, response.sw());
        assertArrayEquals(Arrays.copyOfRange(CERTIFICATE, offset, offset + Math.min(available, ne)), response.data());
    }

    @Property(tries = 100) // each try runs an RSA-2048 private-key operation
    void chainingAnywhereGivesTheSameDecipherment(@ForAll("cuts") List<Integer> cuts) throws GeneralSecurityException {
        byte[] message = {1, 2, 3, 4, 5};
        Cipher encrypt = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        encrypt.init(Cipher.ENCRYPT_MODE, CARD.publicKey(), new SecureRandom());
        byte[] data = new byte[257];
        System.arraycopy(encrypt.doFinal(message), 0, data, 1, 256);
        CardProbe probe = new CardProbe(CARD);
        probe.verifyPin();
        probe.expect(0x9000, "0022F1B803830101");
        int start = 0;
        for (int cut : cuts.stream().sorted().distinct().toList()) {
            probe.expect(0x9000, CommandBytes.of(0x10, 0x2A, 0x80, 0x86, Arrays.copyOfRange(data, start, cut)));
            start = cut;
        }
        byte[] raw = probe.expect(
                0x9000, CommandBytes.of(0, 0x2A, 0x80, 0x86, Arrays.copyOfRange(data, start, data.length), 256));
        assertArrayEquals(message, Arrays.copyOfRange(raw, 256 - message.length, 256));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(1, 256).list().ofMaxSize(5);
    }
}
