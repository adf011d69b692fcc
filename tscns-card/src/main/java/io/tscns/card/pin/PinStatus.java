package io.tscns.card.pin;

import java.util.OptionalInt;

/**
 * The state of a PIN or PUK as the card reports it to VERIFY with no data (<i>stato del PIN</i>), which asks
 * without spending a try (ISO/IEC 7816-4 §7.5.6).
 *
 * @since 0.1.0
 */
public sealed interface PinStatus {

    /** The code has been verified in this card session (SW 9000). */
    record Verified() implements PinStatus {}

    /**
     * The code is not verified yet (SW 63C1 to 63CF, or 6300 without a count).
     *
     * @param triesLeft how many tries remain, when the card says
     */
    record NotVerified(OptionalInt triesLeft) implements PinStatus {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public NotVerified {
            java.util.Objects.requireNonNull(triesLeft, "triesLeft");
        }
    }

    /** The code is blocked (SW 6983, or 63C0: no tries left). */
    record Blocked() implements PinStatus {}

    /**
     * The card does not answer this query (OpenSC does not send it to CNS cards, {@code docs/card.md §4.3}); the
     * status word it gave instead, e.g. 6A86 or 6700.
     *
     * @param statusWord the card's answer
     */
    record NotReported(int statusWord) implements PinStatus {}
}
