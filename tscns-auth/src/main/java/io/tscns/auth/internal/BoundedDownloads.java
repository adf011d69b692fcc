package io.tscns.auth.internal;

import io.tscns.auth.revocation.RevocationTransport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Downloads bounded in size and in time, for the background refresh of CRLs and trusted lists. A transport's own
 * timeout covers the connection and the response's headers, not a body that stalls half-way; here a watchdog closes
 * the body and interrupts the reading thread when the whole download has not finished in time, and a counting stream
 * refuses more than the size limit. {@code file:} URIs are read from the local file system (a list or CRL a cron job
 * refreshes), everything else through the transport.
 *
 * <p>Thread-safe; the watchdog executor is the caller's.
 */
public final class BoundedDownloads {

    /** Reads a downloaded body. */
    @FunctionalInterface
    public interface BodyReader<T> {
        /**
         * Reads the body.
         *
         * @param body the body, bounded
         * @return what was read
         * @throws IOException if reading fails
         */
        T read(InputStream body) throws IOException;
    }

    private final RevocationTransport transport;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;

    /**
     * Creates the downloader.
     *
     * @param transport fetches {@code http} and {@code https} URIs
     * @param timeout   the longest a whole download may take
     * @param watchdog  runs the deadlines; must not be the thread that downloads
     */
    public BoundedDownloads(RevocationTransport transport, Duration timeout, ScheduledExecutorService watchdog) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.watchdog = Objects.requireNonNull(watchdog, "watchdog");
    }

    /**
     * Downloads and reads a body in the calling thread.
     *
     * @param location where
     * @param maxBytes the most bytes read
     * @param reader   reads the body
     * @param <T>      what is read
     * @return what the reader returned
     * @throws IOException if the download fails, exceeds the size, or does not finish within the timeout
     */
    public <T> T read(URI location, long maxBytes, BodyReader<T> reader) throws IOException {
        Deadline deadline = new Deadline(Thread.currentThread());
        InputStream body = "file".equalsIgnoreCase(location.getScheme())
                ? Files.newInputStream(Path.of(location))
                : transport.get(location);
        deadline.body = body;
        ScheduledFuture<?> alarm = watchdog.schedule(deadline::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try (InputStream bounded = new Bounded(body, maxBytes)) {
            return reader.read(bounded);
        } catch (IOException | RuntimeException e) {
            if (deadline.expired()) {
                throw new IOException("the download did not finish within " + timeout, e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            deadline.finish();
        }
    }

    /**
     * Downloads a whole body into memory.
     *
     * @param location where
     * @param maxBytes the most bytes accepted
     * @return the body
     * @throws IOException as {@link #read}
     */
    public byte[] bytes(URI location, int maxBytes) throws IOException {
        return read(location, maxBytes, InputStream::readAllBytes);
    }

    /** The deadline of one download: closes its body and interrupts its reader once, unless finished first. */
    private static final class Deadline {
        private final Thread reader;
        private InputStream body;
        private boolean finished;
        private boolean expired;

        Deadline(Thread reader) {
            this.reader = reader;
        }

        synchronized void expire() {
            if (finished) {
                return;
            }
            expired = true;
            try {
                body.close();
            } catch (IOException e) {
                // The reader is interrupted below anyway.
            }
            reader.interrupt();
        }

        synchronized boolean expired() {
            return expired;
        }

        synchronized void finish() {
            finished = true;
            if (expired) {
                Thread.interrupted(); // the interrupt was for this download only
            }
        }
    }

    /** Refuses to read past a size. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > max) {
                throw new IOException("the body is larger than " + max + " bytes");
            }
        }
    }
}
