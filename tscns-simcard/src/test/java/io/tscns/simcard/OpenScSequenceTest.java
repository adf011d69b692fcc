package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Replays, in process, the APDUs OpenSC 0.23 sends for {@code pkcs15-tool --dump} and {@code pkcs11-tool --sign}
 * ({@code docs/pcsc.md §5}, {@code docs/card.md §4.2}) and checks every answer the emulation depends on. The same
 * sequences run against the real OpenSC in the interop suite.
 */
class OpenScSequenceTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final CardProbe probe = new CardProbe(TestCards.card());

    @Test
    void pkcs15BindSequence() {
        // Phase 1: the generic PKCS#15 check must fail so that the itacns emulator takes over.
        probe.expect(0x6A82, "00A40800022F0000");
        probe.expect(0x6A82, "00A4080C025015");
        probe.expect(0x6A82, "00A4080002503100");
        // Phase 2: serial number; an error here would abort the emulation.
        probe.expect(0x9000, "00A4080C0410001003");
        assertEquals(TestCards.ID_CARTA, new String(probe.expect(0x9000, "00B0000010"), StandardCharsets.US_ASCII));
        // EF_DatiPersonali: FCI with the true size, then 255-byte reads.
        byte[] fci = probe.expect(0x9000, "00A40800041100110200");
        int size = ((fci[4] & 0xFF) << 8) | (fci[5] & 0xFF);
        assertEquals(400, size);
        byte[] personalData = readInChunks(size);
        assertTrue(new String(personalData, StandardCharsets.US_ASCII).startsWith("000065"));
        // CNS0 certificate.
        probe.expect(0x9000, "00A4080C0411001101");
        fci = probe.expect(0x9000, "00A40800041100110100");
        byte[] certificate = readInChunks(((fci[4] & 0xFF) << 8) | (fci[5] & 0xFF));
        assertEquals(0x30, certificate[0] & 0xFF, "a DER SEQUENCE");
        // CNS01 and CNS1 are absent on a TS-CNS; the MF must be re-selectable.
        probe.expect(0x6A82, "00A4080C042FFF8228");
        probe.expect(0x6A82, "00A4080C0414009010");
        probe.expect(0x9000, "00A4000C023F00");
        // The dump reads every data object by path, with FCI.
        for (String path : new String[] {
            "10001002", "10001003", "11001102", "12001201", "12001202", "12001203", "12004142", "3F02", "2F02", "0405"
        }) {
            byte[] objectFci =
                    probe.expect(0x9000, "00A40800" + String.format("%02X", path.length() / 2) + path + "00");
            readInChunks(((objectFci[4] & 0xFF) << 8) | (objectFci[5] & 0xFF));
        }
    }

    @Test
    void pkcs11SignSequence() throws Exception {
        probe.expect(0x9000, "00200010083132333435FFFFFF");
        probe.expect(0x9000, "0022F30300");
        probe.expect(0x9000, "0022F1B803830101");
        byte[] message = "data to sign".getBytes(StandardCharsets.US_ASCII);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] digestInfo = HEX.parseHex("3031300D060960864801650304020105000420" + HEX.formatHex(hash));
        byte[] data = new byte[257];
        data[2] = 0x01;
        Arrays.fill(data, 3, 257 - digestInfo.length - 1, (byte) 0xFF);
        System.arraycopy(digestInfo, 0, data, 257 - digestInfo.length, digestInfo.length);
        probe.expect(0x9000, "102A8086FF" + HEX.formatHex(data, 0, 0 + 255));
        byte[] signature = probe.expect(0x9000, "002A808602" + HEX.formatHex(data, 255, 255 + 2) + "00");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(probe.card().publicKey());
        verifier.update(message);
        assertTrue(verifier.verify(signature));
    }

    private byte[] readInChunks(int size) {
        byte[] out = new byte[size];
        int offset = 0;
        while (offset < size) {
            int le = Math.min(0xFF, size - offset);
            Response response = probe.send(String.format("00B0%04X%02X", offset, le));
            assertEquals(0x9000, response.sw());
            System.arraycopy(response.data(), 0, out, offset, response.dataLength());
            offset += response.dataLength();
        }
        return out;
    }
}
