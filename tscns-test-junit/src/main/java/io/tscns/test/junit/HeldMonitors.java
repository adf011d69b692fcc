package io.tscns.test.junit;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Finds the monitors ({@code synchronized}) that tscns code holds while a call waits on the network or a card. A
 * virtual thread that blocks while it holds a monitor pins its carrier thread on Java 21 to 23 (JEP 444; JEP 491
 * lifted it in 24), so the SDK holds {@link java.util.concurrent.locks.ReentrantLock}s across I/O instead. The check
 * reads the waiting thread's locked monitors and the frames that locked them, which works on every Java version,
 * unlike a pinning trace, which only Java 21 to 23 can show.
 *
 * @since 0.1.0
 */
public final class HeldMonitors {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private HeldMonitors() {}

    /**
     * Runs a call on a new platform thread until it blocks, lists the monitors it holds that {@code io.tscns} code
     * locked, then lets it go and waits for its end.
     *
     * @param call    the call, which blocks in I/O until {@code release} runs; what it throws is ignored
     * @param blocked tells, from the thread, when the call is blocked in the I/O under test
     * @param release ends the blocking I/O
     * @return the frames ({@code class.method}) that locked a monitor the blocked call still holds; empty when none
     * @throws AssertionError if the call does not block within 20 s, or does not end within 20 s of its release
     */
    public static List<String> whileBlocked(Runnable call, Predicate<Thread> blocked, Runnable release) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        call.run();
                    } catch (RuntimeException | Error e) {
                        failure.set(e);
                    }
                },
                "tscns-held-monitors-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!blocked.test(thread)) {
                if (!thread.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("the call did not block"
                            + (failure.get() == null ? "" : ": it failed with " + failure.get()));
                }
                Thread.sleep(5);
            }
            ThreadInfo info =
                    ManagementFactory.getThreadMXBean().getThreadInfo(new long[] {thread.getId()}, true, false)[0];
            List<String> held = new ArrayList<>();
            for (MonitorInfo monitor : info.getLockedMonitors()) {
                StackTraceElement frame = monitor.getLockedStackFrame();
                if (frame != null && frame.getClassName().startsWith("io.tscns.")) {
                    held.add(frame.getClassName() + "." + frame.getMethodName());
                }
            }
            return held;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            release.run();
            try {
                thread.join(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                throw new AssertionError("the call did not end after its release");
            }
        }
    }

    /**
     * Tells whether a thread waits with a frame of a class whose name starts with a prefix on its stack, e.g.
     * {@code "jdk.internal.net.http"} for a call waiting for an HTTP answer.
     *
     * @param prefix the start of the class name
     * @return the test
     */
    public static Predicate<Thread> waitingIn(String prefix) {
        return thread -> (thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING)
                && java.util.Arrays.stream(thread.getStackTrace())
                        .anyMatch(f -> f.getClassName().startsWith(prefix));
    }
}
