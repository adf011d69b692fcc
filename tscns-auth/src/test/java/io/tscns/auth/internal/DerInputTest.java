package io.tscns.auth.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tscns.auth.ChunkedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The streaming DER reader with a buffer far smaller than its input and a stream that hands out a few bytes per
 * read, so that every refill, compaction and signature feed across refills happens in a few dozen bytes.
 */
class DerInputTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** Bytes 0, 1, 2, ... up to {@code n - 1} (mod 256). */
    private static byte[] counting(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** A signature that records the bytes it is fed instead of verifying them. */
    static final class Recording extends Signature {
        final ByteArrayOutputStream fed = new ByteArrayOutputStream();

        Recording() throws Exception {
            super("recording");
            initVerify((PublicKey) null);
        }

        @Override
        protected void engineInitVerify(PublicKey publicKey) {}

        @Override
        protected void engineInitSign(PrivateKey privateKey) {}

        @Override
        protected void engineUpdate(byte b) {
            fed.write(b);
        }

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {
            fed.write(b, off, len);
        }

        @Override
        protected byte[] engineSign() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) {
            return true;
        }

        @Override
        @SuppressWarnings("deprecation")
        protected void engineSetParameter(String param, Object value) {}

        @Override
        @SuppressWarnings("deprecation")
        protected Object engineGetParameter(String param) {
            return null;
        }
    }

    @Test
    void readsEveryByteInOrderThroughRefillsAndCompactions() throws IOException {
        byte[] data = counting(200);
        DerInput input = new DerInput(new ChunkedInputStream(data, 1, 3), 8, 1000);
        for (int step = 0; input.offset() + 5 <= data.length; step++) {
            int n = 1 + step % 5;
            input.ensure(n, "a test element");
            long at = input.offset();
            assertArrayEquals(
                    Arrays.copyOfRange(data, (int) at, (int) at + n),
                    Arrays.copyOfRange(input.buf, input.pos, input.pos + n),
                    "at " + at);
            input.pos += n;
            assertEquals(at + n, input.offset());
        }
    }

    @Test
    void anElementLargerThanTheBufferIsTooLargeAtItsOffset() throws IOException {
        DerInput input = new DerInput(new ChunkedInputStream(counting(100), 1, 7), 8, 1000);
        input.ensure(8, "x");
        input.pos += 3;
        assertEquals(
                DerProblem.tooLarge(3, "a big element of 9 bytes exceeds the 8-byte limit for one element"),
                DerProblem.thrownBy(() -> input.ensure(9, "a big element")));
        input.ensure(8, "the buffer exactly");
        assertEquals(3, input.offset());
    }

    @Test
    void theEndOfTheStreamIsATruncationWhereTheBytesRanOut() throws IOException {
        DerInput input = new DerInput(new ChunkedInputStream(counting(10), 1, 2), 8, 1000);
        input.ensure(6, "x");
        input.pos += 6;
        assertEquals(
                DerProblem.truncated(10, "input ends inside the last element"),
                DerProblem.thrownBy(() -> input.ensure(5, "the last element")));
    }

    @Test
    void theByteLimitIsCountedOverTheWholeStream() throws IOException {
        DerInput input = new DerInput(new ChunkedInputStream(counting(100), 1, 1), 8, 20);
        for (int i = 0; i < 4; i++) {
            input.ensure(5, "x");
            input.pos += 5;
        }
        assertEquals(20, input.offset());
        assertEquals(
                DerProblem.tooLarge(20, "input exceeds the limit of 20 bytes"),
                DerProblem.thrownBy(() -> input.ensure(1, "x")));
    }

    @Test
    void availableStopsQuietlyAtTheEndButNotAtALimit() throws IOException {
        DerInput shortInput = new DerInput(new ChunkedInputStream(counting(5), 1, 2), 8, 1000);
        assertEquals(5, shortInput.available(8));
        assertEquals(5, shortInput.available(100));
        DerInput longInput = new DerInput(new ByteArrayInputStream(counting(50)), 8, 1000);
        assertEquals(8, longInput.available(100));
        DerInput limited = new DerInput(new ByteArrayInputStream(counting(50)), 64, 10);
        assertEquals(
                DerProblem.tooLarge(0, "input exceeds the limit of 10 bytes"),
                DerProblem.thrownBy(() -> limited.available(20)));
    }

    @Test
    void headersAreReadAcrossRefills() throws IOException {
        // 30 82 01 00 <256 bytes> 04 81 80 <128 bytes>, trickled through an 8-byte buffer.
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        der.writeBytes(HEX.parseHex("30820100"));
        der.writeBytes(new byte[256]);
        der.writeBytes(HEX.parseHex("048180"));
        der.writeBytes(new byte[128]);
        DerInput input = new DerInput(new ChunkedInputStream(der.toByteArray(), 1, 3), 8, 1000);
        assertEquals(256, input.header(Der.SEQUENCE, "outer"));
        assertEquals(4, input.offset());
        for (int i = 0; i < 256; i++) {
            input.ensure(1, "content");
            input.pos++;
        }
        assertEquals(128, input.header(Der.OCTET_STRING, "inner"));
        assertEquals(263, input.offset());
        assertEquals(
                DerProblem.malformed(0, "outer has tag 31; expected 30"),
                DerProblem.thrownBy(() -> new DerInput(new ByteArrayInputStream(HEX.parseHex("3100")), 8, 100)
                        .header(Der.SEQUENCE, "outer")));
        assertEquals(
                DerProblem.malformed(1, "length of 5 octets; at most 4 are supported"),
                DerProblem.thrownBy(() -> new DerInput(new ByteArrayInputStream(HEX.parseHex("30850100000000")), 8, 100)
                        .header(Der.SEQUENCE, "outer")));
    }

    @Test
    void theSignatureIsFedExactlyTheSignedRangeAcrossRefills() throws Exception {
        byte[] data = counting(120);
        for (int max = 1; max <= 7; max++) {
            DerInput input = new DerInput(new ChunkedInputStream(data, 1, max), 16, 1000);
            input.ensure(4, "x");
            input.pos += 2;
            Recording signature = new Recording();
            input.signOver(signature, 2, 101);
            while (input.offset() < data.length) {
                input.ensure(1, "x");
                input.pos++;
            }
            assertArrayEquals(Arrays.copyOfRange(data, 2, 101), signature.fed.toByteArray(), "reads of 1-" + max);
        }
    }

    @Test
    void signingCannotStartBeforeTheBufferedBytes() throws Exception {
        DerInput input = new DerInput(new ChunkedInputStream(counting(40), 1, 7), 8, 1000);
        input.ensure(8, "x");
        input.pos += 8;
        input.ensure(4, "x");
        Recording signature = new Recording();
        assertThrows(IllegalStateException.class, () -> input.signOver(signature, 0, 20));
        assertEquals(0, signature.fed.size());
    }

    @Test
    void theEndMustFollowTheOuterElement() throws IOException {
        DerInput buffered = new DerInput(new ByteArrayInputStream(counting(4)), 8, 100);
        buffered.ensure(3, "x");
        buffered.pos += 3;
        assertEquals(
                DerProblem.malformed(3, "bytes follow the end of the outer element"),
                DerProblem.thrownBy(buffered::expectEnd));

        DerInput streamed = new DerInput(new ChunkedInputStream(counting(9), 1, 4), 8, 100);
        streamed.ensure(1, "x");
        streamed.pos += 1;
        assertEquals(
                DerProblem.malformed(1, "bytes follow the end of the outer element"),
                DerProblem.thrownBy(streamed::expectEnd));

        DerInput exact = new DerInput(new ByteArrayInputStream(counting(3)), 8, 100);
        exact.ensure(3, "x");
        exact.pos += 3;
        exact.expectEnd();
    }

    @Test
    void anEnsureAlreadySatisfiedKeepsTheEarlierBytesBufferedForSigning() throws Exception {
        byte[] data = counting(20);
        DerInput input = new DerInput(new ByteArrayInputStream(data), 8, 100);
        input.ensure(4, "x"); // one read fills the 8-byte buffer
        input.pos += 6;
        input.ensure(2, "exactly the two bytes left in the buffer");
        assertEquals(6, input.offset());
        Recording signature = new Recording();
        input.signOver(signature, 4, 12); // bytes 4 and 5 are behind pos but still buffered
        while (input.offset() < data.length) {
            input.ensure(1, "x");
            input.pos++;
        }
        assertArrayEquals(Arrays.copyOfRange(data, 4, 12), signature.fed.toByteArray());
    }

    @Test
    void signingMayStartAtTheFirstBufferedByteButNotBefore() throws Exception {
        byte[] data = counting(20);
        DerInput input = new DerInput(new ByteArrayInputStream(data), 8, 100);
        input.ensure(8, "x");
        input.pos += 6;
        input.ensure(4, "x"); // compacts: byte 6 is now the first buffered
        assertThrows(IllegalStateException.class, () -> input.signOver(new Recording(), 5, 10));
        Recording signature = new Recording();
        input.signOver(signature, 6, 10);
        assertArrayEquals(Arrays.copyOfRange(data, 6, 10), signature.fed.toByteArray());
    }

    @Test
    void aReadOfZeroBytesIsNotTheEndOfTheStream() throws IOException {
        byte[] data = counting(6);
        InputStream stuttering = new InputStream() {
            private int position;
            private boolean pause;

            @Override
            public int read() {
                return position < data.length ? data[position++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= data.length) {
                    return -1;
                }
                pause = !pause;
                if (pause) {
                    return 0;
                }
                b[off] = data[position++];
                return 1;
            }
        };
        DerInput input = new DerInput(stuttering, 8, 100);
        input.ensure(6, "x");
        assertArrayEquals(data, Arrays.copyOfRange(input.buf, input.pos, input.pos + 6));
        input.pos += 6;
        input.expectEnd();
    }

    @Test
    void theByteLimitIsReachedInsideAnElementAtTheFirstByteOverIt() throws IOException {
        DerInput exact = new DerInput(new ChunkedInputStream(counting(10), 1, 1), 8, 5);
        exact.ensure(5, "exactly the limit");
        assertEquals(0, exact.offset());
        DerInput over = new DerInput(new ChunkedInputStream(counting(10), 1, 1), 8, 5);
        assertEquals(
                DerProblem.tooLarge(5, "input exceeds the limit of 5 bytes"),
                DerProblem.thrownBy(() -> over.ensure(8, "x")));
    }

    @Test
    void availableCountsFromPos() throws IOException {
        DerInput input = new DerInput(new ByteArrayInputStream(counting(10)), 8, 100);
        input.ensure(3, "x"); // one read fills the 8-byte buffer
        input.pos += 2;
        assertEquals(6, input.available(4));
        input.pos += 6;
        assertEquals(2, input.available(100));
    }

    @Test
    void aFourOctetLengthIsReadAcrossOneByteReads() throws IOException {
        DerInput input = new DerInput(new ChunkedInputStream(HEX.parseHex("308401000000"), 1, 1), 8, 100);
        assertEquals(0x01000000, input.header(Der.SEQUENCE, "outer"));
        assertEquals(6, input.offset());
    }

    @Test
    void tooManyLengthOctetsAreMalformedBeforeTheyAreRead() throws IOException {
        // 30 85 01 ends before the five length octets it announces; 30 FF announces more than the buffer holds.
        for (String der : new String[] {"308501", "30FF"}) {
            DerInput input = new DerInput(new ByteArrayInputStream(HEX.parseHex(der)), 8, 100);
            int octets = Integer.parseInt(der.substring(2, 4), 16) & 0x7F;
            assertEquals(
                    DerProblem.malformed(1, "length of " + octets + " octets; at most 4 are supported"),
                    DerProblem.thrownBy(() -> input.header(Der.SEQUENCE, "outer")),
                    der);
        }
    }

    @Test
    void aZeroByteAfterTheOuterElementStillFollowsIt() throws IOException {
        DerInput input = new DerInput(new ChunkedInputStream(new byte[] {5, 0}, 1, 1), 8, 100);
        input.ensure(1, "x");
        input.pos++;
        assertEquals(
                DerProblem.malformed(1, "bytes follow the end of the outer element"),
                DerProblem.thrownBy(input::expectEnd));
    }
}
