package io.tscns.simcard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReadBinaryTest {

    private final CardProbe probe = new CardProbe(TestCards.card());

    @Test
    void openScChunksOf255Then1ReadTheWholeCertificate() {
        byte[] certificate =
                probe.card().fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow();
        probe.expect(0x9000, "00A4080C0411001101");
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int offset = 0;
        boolean big = true;
        while (offset < certificate.length) {
            int le = Math.min(big ? 0xFF : 1, certificate.length - offset);
            read.writeBytes(probe.expect(0x9000, CommandBytes.of(0, 0xB0, offset >>> 8, offset & 0xFF, le)));
            offset += le;
            big = !big;
        }
        assertArrayEquals(certificate, read.toByteArray());
    }

    @Test
    void extendedLeReadsAFileInOneCommand() {
        byte[] certificate =
                probe.card().fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow();
        probe.expect(0x9000, "00A4080C0411001101");
        byte[] read = probe.expect(0x6282, CommandBytes.of(0, 0xB0, 0, 0, 65536));
        assertArrayEquals(certificate, read);
        byte[] exact = probe.expect(0x9000, CommandBytes.of(0, 0xB0, 0, 0, certificate.length));
        assertArrayEquals(certificate, exact);
    }

    @Test
    void shortLeZeroMeans256() {
        probe.expect(0x9000, "00A4080C0411001102");
        assertArrayEquals(Arrays.copyOf(TestCards.personalData(), 256), probe.expect(0x9000, "00B0000000"));
    }

    @Test
    void anyOffsetReadsTheRightBytes() {
        byte[] personalData = TestCards.personalData();
        probe.expect(0x9000, "00A4080C0411001102");
        for (int offset = 0; offset < personalData.length; offset += 37) {
            int le = Math.min(11, personalData.length - offset);
            byte[] read = probe.send(CommandBytes.of(0, 0xB0, offset >>> 8, offset & 0xFF, le))
                    .data();
            assertArrayEquals(Arrays.copyOfRange(personalData, offset, offset + le), read, "offset " + offset);
        }
    }

    @Test
    void endOfFileFollowsOpenScRules() {
        probe.expect(0x9000, "00A4080C0410001003");
        // itacns_get_serialnr asks 256 bytes of the 16-byte EF.ID_Carta: 16 bytes and 6282...
        byte[] serial = probe.expect(0x6282, "00B0000000");
        assertEquals(TestCards.ID_CARTA, new String(serial, StandardCharsets.US_ASCII));
        // ...then asks again at offset 16, which must end cleanly (6282, no data), not fail with 6B00.
        assertEquals(0, probe.expect(0x6282, "00B00010F0").length);
        // Past the end the offset is wrong.
        probe.expect(0x6B00, "00B0001101");
        probe.expect(0x6B00, "00B07FFF01");
    }

    @Test
    void readNeedsATransparentCurrentEf() {
        probe.expect(0x6986, "00B0000001"); // only the MF is selected after power-on
        probe.expect(0x9000, "00A4080C021000");
        probe.expect(0x6986, "00B0000001"); // a DF
        probe.expect(0x9000, "00A4080C023F01");
        probe.expect(0x6981, "00B0000001"); // the internal public-key file
    }

    @Test
    void malformedReadsAreRefused() {
        probe.expect(0x9000, "00A4080C0410001003");
        probe.expect(0x6A81, "00B0830001"); // short EF identifier
        probe.expect(0x6700, "00B00000"); // no Le
        probe.expect(0x6700, "00B000000101"); // data
    }

    @Test
    void readConditionPinIsEnforcedUntilVerify() {
        CardProbe guarded = new CardProbe(TestCards.builder(SimulatedProfile.CLASSIC)
                .readCondition(CardFile.ADDITIONAL_PERSONAL_DATA, 0x10)
                .readCondition(CardFile.REMAINING_MEMORY, 0x11)
                .readCondition(CardFile.INSTALLED_SERVICES, 0x12)
                .readCondition(CardFile.INSTALLATION_FILE, SimulatedCardBuilder.NEVER)
                .build());
        byte[] fci = guarded.expect(0x9000, "00A40800041200120100");
        assertEquals(0x10, fci[20], "FCI tag 86 reports BSO 10 for READ");
        guarded.expect(0x6982, "00B0000001");
        guarded.verifyPin();
        guarded.expect(0x9000, "00B0000001");
        guarded.expect(0x9000, "00A4080C0412004142");
        guarded.expect(0x6985, "00B0000001");
        guarded.expect(0x9000, "00A4080C0412001202");
        guarded.expect(0x6982, "00B0000001"); // the PUK, not the PIN
        guarded.expect(0x9000, CommandBytes.of(0, 0x20, 0, 0x11, TestCards.padded(TestCards.PUK)));
        guarded.expect(0x9000, "00B0000001");
        guarded.expect(0x9000, "00A4080C0412001203");
        guarded.expect(0x6982, "00B0000001"); // a BSO the card does not have is never satisfied
        guarded.card().reset();
        guarded.expect(0x9000, "00A4080C0412001201");
        guarded.expect(0x6982, "00B0000001");
    }

    @Test
    void rsa1024CardRefusesExtendedLength() {
        CardProbe shortOnly = new CardProbe(TestCards.card(SimulatedProfile.RSA_1024));
        shortOnly.expect(0x9000, "00A4080C0411001101");
        shortOnly.expect(0x6700, "00B00000000100");
        shortOnly.expect(0x9000, "00B00000FF");
    }
}
