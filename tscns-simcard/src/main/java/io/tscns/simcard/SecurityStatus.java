package io.tscns.simcard;

/**
 * A snapshot of the simulated card's secrets, for tests to assert on: retry counters of the PIN and the PUK
 * (<i>tentativi residui</i>) and whether the PIN is verified in the current session. Never the secrets themselves.
 *
 * @param pinTriesLeft tries left before the PIN blocks
 * @param pinMaxTries  the PIN retry limit
 * @param pukTriesLeft tries left before the PUK blocks
 * @param pukMaxTries  the PUK retry limit
 * @param pinVerified  whether the PIN was verified since the last reset
 * @since 0.1.0
 */
public record SecurityStatus(
        int pinTriesLeft, int pinMaxTries, int pukTriesLeft, int pukMaxTries, boolean pinVerified) {

    /**
     * Tells whether the PIN is blocked (<i>PIN bloccato</i>): no try left, only the PUK can unblock it.
     *
     * @return {@code true} when no PIN try is left
     */
    public boolean pinBlocked() {
        return pinTriesLeft == 0;
    }

    /**
     * Tells whether the PUK is blocked: the card's key can no longer be used once the PIN blocks too.
     *
     * @return {@code true} when no PUK try is left
     */
    public boolean pukBlocked() {
        return pukTriesLeft == 0;
    }
}
