package io.tscns.cms.client.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array of at most a given size: one byte more and it cancels the stream and
 * fails with {@link TooLarge}, so a hostile or broken server cannot make the client hold an unbounded body. Used by
 * {@link JdkHttpTransport}; one instance per response.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit; carries no part of the body. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int limit) {
            super("response body larger than " + limit + " bytes");
        }
    }

    private final int limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[256];
    private int size;
    private Flow.Subscription subscription;

    BoundedBodySubscriber(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
        this.subscription = value;
        value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if (n > limit - size) {
                wipe();
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
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

    @Override
    public void onError(Throwable error) {
        wipe();
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        if (!result.isDone()) {
            byte[] body = Arrays.copyOf(buffer, size);
            wipe();
            result.complete(body);
        }
    }

    private void wipe() {
        Arrays.fill(buffer, (byte) 0);
        size = 0;
    }
}
