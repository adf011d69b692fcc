package io.tscns.testpki;

import static io.tscns.testpki.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's benchmark input: a national-scale CRL of 1,000,000 entries, written by the streaming writer. The test
 * prints the time and size (no timing assertion) and checks the file with a minimal DER walk of its own: the
 * signature over the TBS bytes, the entry count, and sample entries against the synthetic population.
 */
class MillionEntryCrlTest {

    private static final Set<Integer> SAMPLES = Set.of(0, 1, 499_999, 999_999);

    @Test
    void nationalScaleCrlIsStreamedAndVerifies(@TempDir Path directory) throws Exception {
        TestCa ca = Fixtures.toscana();
        SyntheticRevocations population = SyntheticRevocations.nationalScale(6, NOW);
        CrlSpec spec = ca.crl().entries(population).build();
        Path file = directory.resolve("national.crl");

        long started = System.nanoTime();
        long size = ca.writeCrl(spec, file);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("1,000,000-entry CRL: %,d bytes (%.1f MB) written in %,d ms%n", size, size / 1e6, millis);

        byte[] der = Files.readAllBytes(file);
        assertEquals(size, der.length);
        double perEntry = (double) size / SyntheticRevocations.NATIONAL_SCALE;
        assertTrue(perEntry > 49 && perEntry < 50.2, "bytes per entry " + perEntry);

        int[] outer = header(der, 0);
        assertEquals(der.length, outer[0] + outer[1], "outer length covers the file exactly");
        int tbsStart = outer[0];
        int[] tbs = header(der, tbsStart);
        int tbsEnd = tbsStart + tbs[0] + tbs[1];
        int position = tbsStart + tbs[0];
        position = skip(der, position); // version
        position = skip(der, position); // signature algorithm
        position = skip(der, position); // issuer
        position = skip(der, position); // thisUpdate
        position = skip(der, position); // nextUpdate
        int[] revoked = header(der, position);
        int entry = position + revoked[0];
        int entriesEnd = entry + revoked[1];
        int count = 0;
        while (entry < entriesEnd) {
            if (SAMPLES.contains(count)) {
                checkEntry(der, entry, population.get(count));
            }
            entry = skip(der, entry);
            count++;
        }
        assertEquals(SyntheticRevocations.NATIONAL_SCALE, count);
        assertEquals(0xA0, der[entriesEnd] & 0xFF, "the CRL extensions follow the entries");

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(ca.certificate().getPublicKey());
        signature.update(der, tbsStart, tbsEnd - tbsStart);
        int algorithmEnd = skip(der, tbsEnd);
        int[] bitString = header(der, algorithmEnd);
        assertEquals(0x03, der[algorithmEnd]);
        assertTrue(signature.verify(Arrays.copyOfRange(der, algorithmEnd + bitString[0] + 1, der.length)));
    }

    private static void checkEntry(byte[] der, int entry, RevokedCertificate expected) {
        int position = entry + header(der, entry)[0];
        int[] serial = header(der, position);
        assertEquals(0x02, der[position]);
        int serialStart = position + serial[0];
        assertEquals(
                expected.serialNumber(), new BigInteger(Arrays.copyOfRange(der, serialStart, serialStart + serial[1])));
        position = serialStart + serial[1];
        assertEquals(0x17, der[position], "UTCTime");
        String time = new String(der, position + 2, 12, StandardCharsets.US_ASCII);
        Instant date = LocalDateTime.parse(time, DateTimeFormatter.ofPattern("yyMMddHHmmss"))
                .toInstant(ZoneOffset.UTC);
        assertEquals(expected.revocationDate(), date);
        int end = entry + header(der, entry)[0] + header(der, entry)[1];
        assertEquals(expected.reason().orElseThrow().code(), der[end - 1], "reasonCode is the last byte");
    }

    /** Returns {header length, content length} of the element at a position. */
    private static int[] header(byte[] der, int position) {
        int first = der[position + 1] & 0xFF;
        if (first < 0x80) {
            return new int[] {2, first};
        }
        int octets = first & 0x7F;
        int length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | (der[position + 2 + i] & 0xFF);
        }
        return new int[] {2 + octets, length};
    }

    private static int skip(byte[] der, int position) {
        int[] element = header(der, position);
        return position + element[0] + element[1];
    }
}
