package io.tscns.simcard;

import java.time.Duration;
import java.util.Objects;

/**
 * What an injected {@link Fault} does to the APDU it fires on.
 *
 * @since 0.1.0
 */
public sealed interface FaultAction {

    /**
     * The card is pulled out of the reader before it answers: the APDU gets no response, the card loses power
     * (volatile state reset) and every access path reports the removal in its own terms.
     */
    record RemoveCard() implements FaultAction {}

    /**
     * The card answers this status word, with no data, instead of executing the command.
     *
     * @param sw the status word, 0000 to FFFF
     */
    record AnswerStatus(int sw) implements FaultAction {
        /**
         * Checks the status word.
         *
         * @throws IllegalArgumentException if it does not fit two bytes
         */
        public AnswerStatus {
            if (sw < 0 || sw > 0xFFFF) {
                throw new IllegalArgumentException("a status word is 0000 to FFFF, found " + sw);
            }
        }
    }

    /**
     * The card waits this long before executing the command, as a slow chip or reader would.
     *
     * @param delay the added latency, not negative
     */
    record Delay(Duration delay) implements FaultAction {
        /**
         * Checks the delay.
         *
         * @throws IllegalArgumentException if it is negative
         */
        public Delay {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("latency cannot be negative: " + delay);
            }
        }
    }
}
