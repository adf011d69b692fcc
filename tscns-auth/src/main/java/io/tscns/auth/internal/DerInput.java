package io.tscns.auth.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Signature;
import java.security.SignatureException;

/**
 * A strict DER reader over a stream, holding one fixed buffer: the caller asks for the next {@code n} bytes with
 * {@link #ensure(int, String)} and reads them from {@link #buf} at {@link #pos}, so that elements of millions of
 * entries are decoded in place without an object per element. Bytes inside a window set with {@link #signOver} are
 * fed to a {@link Signature} as they arrive from the stream, so a signature is verified over the exact bytes parsed
 * without keeping them.
 *
 * <p>Not thread-safe.
 */
public final class DerInput {

    /** The buffer; valid bytes are {@code buf[pos..limit)}. */
    public final byte[] buf;
    /** The next unread byte in {@link #buf}. */
    public int pos;

    private int limit;
    private final InputStream in;
    private final long maxBytes;
    /** Absolute offset of {@code buf[0]}. */
    private long base;

    private Signature signature;
    private long signFrom;
    private long signTo;

    /**
     * Creates a reader.
     *
     * @param in         the stream
     * @param bufferSize the buffer size, which is also the largest element {@link #ensure(int, String)} can hold
     * @param maxBytes   the most bytes read from the stream before {@link DerException.Kind#TOO_LARGE}
     */
    public DerInput(InputStream in, int bufferSize, long maxBytes) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.maxBytes = maxBytes;
    }

    /**
     * Returns the absolute offset of {@link #pos}.
     *
     * @return the offset
     */
    public long offset() {
        return base + pos;
    }

    /**
     * Makes at least {@code n} bytes available from {@link #pos}.
     *
     * @param n    how many
     * @param what what is being read, for messages
     * @throws IOException  if the stream fails
     * @throws DerException if the stream ends first, or {@code n} exceeds the buffer
     */
    public void ensure(int n, String what) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        if (n > buf.length) {
            throw new DerException(
                    DerException.Kind.TOO_LARGE,
                    offset(),
                    what + " of " + n + " bytes exceeds the " + buf.length + "-byte limit for one element");
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        base += pos;
        limit -= pos;
        pos = 0;
        while (limit < n) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                throw DerException.truncated(base + limit, what);
            }
            if (base + limit + read > maxBytes) {
                throw new DerException(
                        DerException.Kind.TOO_LARGE, base + limit, "input exceeds the limit of " + maxBytes + " bytes");
            }
            feed(limit, read);
            limit += read;
        }
    }

    /**
     * Makes at least {@code n} bytes available if the stream has them, without failing at its end.
     *
     * @param n how many
     * @return how many are available (fewer than {@code n} only at the end of the stream)
     * @throws IOException if the stream fails
     */
    public int available(int n) throws IOException {
        try {
            ensure(Math.min(n, buf.length), "the input");
        } catch (DerException e) {
            if (e.kind() != DerException.Kind.TRUNCATED) {
                throw e;
            }
        }
        return limit - pos;
    }

    /**
     * Reads a tag and a length, strictly, and checks the tag.
     *
     * @param tag  the expected tag octet
     * @param what what the element is, for messages
     * @return the content length; {@link #pos} is at the first content byte
     * @throws IOException  if the stream fails
     * @throws DerException if the tag differs or the length is malformed or truncated
     */
    public int header(int tag, String what) throws IOException {
        ensure(2, what);
        int found = buf[pos] & 0xFF;
        if (found != tag) {
            throw DerException.malformed(offset(), String.format("%s has tag %02X; expected %02X", what, found, tag));
        }
        int first = buf[pos + 1] & 0xFF;
        if (first > 0x80) {
            ensure(2 + (first & 0x7F) > 6 ? 2 : 2 + (first & 0x7F), what);
        }
        long packed = Der.length(buf, pos + 1, limit - pos - 1, offset() + 1);
        pos += 1 + (int) (packed >>> 32);
        return (int) packed;
    }

    /**
     * Starts feeding the bytes of {@code [from, to)} (absolute offsets) to a signature, including those already
     * buffered; {@code from} must still be in the buffer.
     *
     * @param value the signature, initialised for verification
     * @param from  the first byte signed
     * @param to    one past the last byte signed
     */
    public void signOver(Signature value, long from, long to) {
        if (from < base) {
            throw new IllegalStateException("the first signed byte is no longer buffered");
        }
        this.signature = value;
        this.signFrom = from;
        this.signTo = to;
        feed(0, limit);
    }

    /**
     * Requires the stream to end here.
     *
     * @throws IOException  if the stream fails
     * @throws DerException if bytes follow
     */
    public void expectEnd() throws IOException {
        if (pos < limit || in.read() >= 0) {
            throw DerException.malformed(offset(), "bytes follow the end of the outer element");
        }
    }

    private void feed(int from, int length) {
        if (signature == null || length <= 0) {
            return;
        }
        long start = Math.max(base + from, signFrom);
        long end = Math.min(base + from + length, signTo);
        if (start < end) {
            try {
                signature.update(buf, (int) (start - base), (int) (end - start));
            } catch (SignatureException e) {
                throw new IllegalStateException("the signature was initialised for verification", e);
            }
        }
    }
}
