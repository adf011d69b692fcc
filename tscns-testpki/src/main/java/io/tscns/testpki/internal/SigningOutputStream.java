package io.tscns.testpki.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Signature;
import java.security.SignatureException;

/**
 * Passes every byte both to a {@link Signature} being computed and to an output stream, in 64 KiB batches so that
 * neither sees a call per CRL entry. {@link #flush()} pushes the batch to both; {@link #close()} does not close the
 * underlying stream.
 */
final class SigningOutputStream extends OutputStream {

    private final Signature signature;
    private final OutputStream out;
    private final byte[] batch = new byte[1 << 16];
    private int used;
    private long count;

    SigningOutputStream(Signature signature, OutputStream out) {
        this.signature = signature;
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (used == batch.length) {
            flush();
        }
        batch[used++] = (byte) b;
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        count += length;
        while (length > 0) {
            if (used == batch.length) {
                flush();
            }
            int chunk = Math.min(length, batch.length - used);
            System.arraycopy(bytes, offset, batch, used, chunk);
            used += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public void flush() throws IOException {
        if (used > 0) {
            try {
                signature.update(batch, 0, used);
            } catch (SignatureException e) {
                throw new IOException("signature not initialised", e);
            }
            out.write(batch, 0, used);
            used = 0;
        }
    }

    /**
     * Returns how many bytes have been written so far.
     *
     * @return the count
     */
    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
