package io.tscns.auth;

import java.io.InputStream;

/**
 * Hands out bytes the way a network does: each read returns at most a few bytes, whatever the caller asks for.
 * The chunk sizes cycle from {@code min} to {@code max}, so a test sees every size in that range.
 */
public final class ChunkedInputStream extends InputStream {

    private final byte[] data;
    private final int min;
    private final int max;
    private int position;
    private int reads;

    /**
     * Creates the stream.
     *
     * @param data the bytes to hand out
     * @param min  the smallest chunk, at least 1
     * @param max  the largest chunk
     */
    public ChunkedInputStream(byte[] data, int min, int max) {
        this.data = data;
        this.min = min;
        this.max = max;
    }

    @Override
    public int read() {
        return position < data.length ? data[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= data.length) {
            return -1;
        }
        int chunk = min + reads++ % (max - min + 1);
        int n = Math.min(Math.min(len, chunk), data.length - position);
        System.arraycopy(data, position, b, off, n);
        position += n;
        return n;
    }
}
