package io.tscns.simcard;

import java.time.Duration;

/**
 * How the simulated card waits when a latency {@link Fault} fires. The default really sleeps; tests that only need
 * to know the latency was applied pass a recording sleeper, so no test depends on the clock.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns the sleeper that really waits, with {@link Thread#sleep(long, int)}.
     *
     * @return a sleeper that really waits
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
