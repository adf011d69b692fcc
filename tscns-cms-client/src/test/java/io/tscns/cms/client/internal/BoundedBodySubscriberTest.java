package io.tscns.cms.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The body subscriber ends every way a body can end (complete, too large, failed, past its deadline) with the stream
 * cancelled where it must be and its deadline taken off the timer, so that the timer's queue never holds a finished
 * subscriber, and the bytes it held, until a deadline long past the call.
 */
class BoundedBodySubscriberTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private final ScheduledThreadPoolExecutor timer = timer();

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** A subscription that counts cancellations. */
    private static final class Subscription implements Flow.Subscription {
        final AtomicInteger cancelled = new AtomicInteger();

        @Override
        public void request(long n) {}

        @Override
        public void cancel() {
            cancelled.incrementAndGet();
        }
    }

    private static List<ByteBuffer> bytes(int count) {
        return List.of(ByteBuffer.wrap(new byte[count]));
    }

    private static Throwable failureOf(BoundedBodySubscriber subscriber) {
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> subscriber.getBody().toCompletableFuture().get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void aCompleteBodyIsReturnedAndItsDeadlineDisarmed() throws Exception {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(8, timer, MINUTE);
        assertEquals(1, timer.getQueue().size());
        subscriber.onSubscribe(new Subscription());
        subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {1, 2, 3})));
        subscriber.onComplete();
        assertArrayEquals(
                new byte[] {1, 2, 3}, subscriber.getBody().toCompletableFuture().get());
        assertTrue(timer.getQueue().isEmpty());
    }

    @Test
    void aBodyPastTheLimitCancelsTheStreamAndDisarmsTheDeadline() {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(8, timer, MINUTE);
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        subscriber.onNext(bytes(5));
        subscriber.onNext(bytes(4));
        assertInstanceOf(BoundedBodySubscriber.TooLarge.class, failureOf(subscriber));
        assertEquals(1, subscription.cancelled.get());
        assertTrue(timer.getQueue().isEmpty(), "the deadline is still armed after the body was refused");
        // What comes after the refusal is dropped.
        subscriber.onNext(bytes(1));
        subscriber.onComplete();
        assertEquals(1, subscription.cancelled.get());
    }

    @Test
    void aFailedStreamDisarmsTheDeadline() {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(8, timer, MINUTE);
        subscriber.onSubscribe(new Subscription());
        subscriber.onError(new IOException("reset"));
        assertEquals("reset", failureOf(subscriber).getMessage());
        assertTrue(timer.getQueue().isEmpty());
    }

    @Test
    void aDeadlinePastCancelsTheStreamWithATimeout() throws InterruptedException {
        BoundedBodySubscriber subscriber = new BoundedBodySubscriber(8, timer, 0);
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        subscriber.onNext(bytes(3));
        assertInstanceOf(HttpTimeoutException.class, failureOf(subscriber));
        // The timer cancels the stream just after failing the body: let it finish.
        timer.shutdown();
        assertTrue(timer.awaitTermination(10, TimeUnit.SECONDS));
        // Cancelled by the deadline, or on subscribing if the deadline had already fired (both, in a close race).
        assertTrue(subscription.cancelled.get() >= 1);
    }
}
