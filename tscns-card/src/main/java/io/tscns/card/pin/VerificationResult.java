package io.tscns.card.pin;

import java.util.OptionalInt;

/**
 * The outcome of presenting a PIN or PUK to the card (<i>esito della verifica</i>): VERIFY, CHANGE REFERENCE DATA
 * (the current PIN is checked) and RESET RETRY COUNTER (the PUK is checked). A wrong code is an expected outcome,
 * not an exception.
 *
 * @since 0.1.0
 */
public sealed interface VerificationResult {

    /** The card accepted the code (SW 9000); for a change or unblock, the new PIN is set. */
    record Accepted() implements VerificationResult {}

    /**
     * The code was wrong and may be tried again (SW 63C1 to 63CF, or 6300).
     *
     * @param triesLeft how many tries remain before the code blocks, when the card says (63Cx); never 0
     */
    record Rejected(OptionalInt triesLeft) implements VerificationResult {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if it is null
         */
        public Rejected {
            java.util.Objects.requireNonNull(triesLeft, "triesLeft");
        }
    }

    /**
     * The code is blocked (SW 6983, or 63C0: wrong with no tries left): a blocked PIN is unblocked with the PUK (<i>sblocco con il PUK</i>); a blocked
     * PUK means a new card.
     */
    record Blocked() implements VerificationResult {}
}
