package io.tscns.simcard.internal;

/**
 * Enforcement of the access conditions coded in FCI tag {@code 86} ({@code docs/card.md §1.2}): {@code 00} always,
 * {@code 01}–{@code 1F} a BSO that must be verified, anything else never. The card knows two such BSOs, the user PIN
 * ({@code 10}) and the PUK ({@code 11}); a condition naming another BSO can never be satisfied.
 */
final class AccessRules {

    /** BSO id of the user PIN, as access conditions name it. */
    static final int USER_PIN_BSO = 0x10;
    /** BSO id of the PUK. */
    static final int PUK_BSO = 0x11;

    private AccessRules() {}

    /**
     * Checks the READ condition of an EF.
     *
     * @param ef    the file
     * @param state the security status
     * @throws CardError {@code 6982} if a secret must be verified first, {@code 6985} if the file is never readable
     */
    static void requireRead(ElementaryFile ef, VolatileState state) {
        int condition = ef.readCondition();
        if (condition == 0x00) {
            return;
        }
        if (condition > 0x1F) {
            throw new CardError(StatusWords.CONDITIONS_OF_USE_NOT_SATISFIED);
        }
        boolean satisfied =
                condition == USER_PIN_BSO ? state.pinVerified() : condition == PUK_BSO && state.pukVerified();
        if (!satisfied) {
            throw new CardError(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
        }
    }

    /**
     * Checks that the user PIN is verified, as every use of the private key requires.
     *
     * @param state the security status
     * @throws CardError {@code 6982} if it is not
     */
    static void requireUserPin(VolatileState state) {
        if (!state.pinVerified()) {
            throw new CardError(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
        }
    }
}
