package io.tscns.cms.client.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Collects a response body into a byte array of at most a given size, by a deadline: one byte more and it cancels the
 * stream and fails with {@link TooLarge}; a body still incomplete at the deadline is cancelled and fails with
 * {@link HttpTimeoutException}. So a hostile or broken server can make the client neither hold an unbounded body nor
 * wait for ever on a stalled one. Used by {@link JdkHttpTransport}; one instance per response.
 *
 * <p>The body arrives on the HTTP client's thread and the deadline fires on the timer's. Whichever finishes the result
 * first wins ({@link CompletableFuture} decides); the buffer is touched under a lock of its own, and the stream is
 * cancelled outside it, since the HTTP client may hold its own locks while it delivers the body.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit; carries no part of the body. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int limit) {
            super("response body larger than " + limit + " bytes");
        }
    }

    private static final byte[] NOTHING = new byte[0];

    private final int limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final Object bufferLock = new Object();
    private final ScheduledFuture<?> expiry;
    private byte[] buffer = new byte[256];
    private int size;
    private volatile Flow.Subscription subscription;

    /**
     * Creates the subscriber and arms its deadline.
     *
     * @param limit     the largest body accepted, in bytes
     * @param timer     where the deadline fires
     * @param remaining time left until the deadline, in nanoseconds (zero or less: already past)
     */
    BoundedBodySubscriber(int limit, ScheduledExecutorService timer, long remaining) {
        this.limit = limit;
        this.expiry = timer.schedule(this::expire, Math.max(0, remaining), TimeUnit.NANOSECONDS);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        this.subscription = value;
        if (result.isDone()) {
            value.cancel();
        } else {
            value.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        boolean tooLarge = false;
        synchronized (bufferLock) {
            if (result.isDone()) {
                wipe();
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (n > limit - size) {
                    tooLarge = true; // fail() wipes what was received
                    break;
                }
                if (size + n > buffer.length) {
                    byte[] grown = Arrays.copyOf(buffer, Math.min(limit, Math.max(size + n, buffer.length * 2)));
                    Arrays.fill(buffer, (byte) 0);
                    buffer = grown;
                }
                item.get(buffer, size, n);
                size += n;
            }
        }
        if (tooLarge) {
            fail(new TooLarge(limit));
        }
    }

    @Override
    public void onError(Throwable error) {
        cancelDeadline();
        synchronized (bufferLock) {
            wipe();
        }
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        cancelDeadline();
        byte[] body;
        synchronized (bufferLock) {
            if (result.isDone()) {
                wipe();
                return;
            }
            body = Arrays.copyOf(buffer, size);
            wipe();
        }
        if (!result.complete(body)) {
            Arrays.fill(body, (byte) 0);
        }
    }

    private void expire() {
        fail(new HttpTimeoutException("the response body did not arrive in time"));
    }

    /**
     * Fails the result if it is still open: disarms the deadline, wipes what was received and cancels the stream,
     * outside the lock.
     */
    private void fail(IOException error) {
        if (!result.completeExceptionally(error)) {
            return;
        }
        cancelDeadline();
        synchronized (bufferLock) {
            wipe();
        }
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Takes the deadline off the timer (its queue would otherwise hold this subscriber, and the buffer, until the
     * deadline). Null only if the deadline fired before the constructor had stored it.
     */
    private void cancelDeadline() {
        ScheduledFuture<?> armed = expiry;
        if (armed != null) {
            armed.cancel(false);
        }
    }

    /** Wipes what was received and lets the buffer go: a finished subscriber holds no body. */
    private void wipe() {
        Arrays.fill(buffer, (byte) 0);
        buffer = NOTHING;
        size = 0;
    }
}
