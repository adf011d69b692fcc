package io.tscns.simcard.internal;

/**
 * The ISO/IEC 7816-4 status words the simulated card answers, with the meaning OpenSC gives each one
 * ({@code docs/card.md §4.3}).
 */
public final class StatusWords {

    /** Normal completion. */
    public static final int SUCCESS = 0x9000;
    /** Warning: end of file reached before Ne bytes were read. */
    public static final int END_OF_FILE = 0x6282;
    /** Wrong length (Lc or Le). */
    public static final int WRONG_LENGTH = 0x6700;
    /** Logical channel not supported. */
    public static final int LOGICAL_CHANNEL_NOT_SUPPORTED = 0x6881;
    /** Secure messaging not supported. */
    public static final int SECURE_MESSAGING_NOT_SUPPORTED = 0x6882;
    /** Last command of the chain expected. */
    public static final int LAST_COMMAND_OF_CHAIN_EXPECTED = 0x6883;
    /** Command chaining not supported for this instruction. */
    public static final int CHAINING_NOT_SUPPORTED = 0x6884;
    /** Command incompatible with file structure. */
    public static final int INCOMPATIBLE_FILE_STRUCTURE = 0x6981;
    /** Security status not satisfied (for example PSO without a verified PIN). */
    public static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;
    /** Authentication method blocked (PIN or PUK blocked). */
    public static final int AUTHENTICATION_METHOD_BLOCKED = 0x6983;
    /** Conditions of use not satisfied. */
    public static final int CONDITIONS_OF_USE_NOT_SATISFIED = 0x6985;
    /** Command not allowed: no current EF. */
    public static final int NO_CURRENT_EF = 0x6986;
    /** Incorrect parameters in the command data field. */
    public static final int WRONG_DATA = 0x6A80;
    /** Function not supported. */
    public static final int FUNCTION_NOT_SUPPORTED = 0x6A81;
    /** File or application not found. */
    public static final int FILE_NOT_FOUND = 0x6A82;
    /** Incorrect parameters P1-P2. */
    public static final int WRONG_P1_P2 = 0x6A86;
    /** Nc inconsistent with P1-P2. */
    public static final int NC_INCONSISTENT_WITH_P1_P2 = 0x6A87;
    /** Referenced data (PIN, key, security environment) not found. */
    public static final int REFERENCED_DATA_NOT_FOUND = 0x6A88;
    /** Wrong parameters P1-P2: offset outside the EF. */
    public static final int OFFSET_OUTSIDE_EF = 0x6B00;
    /** Instruction code not supported. */
    public static final int INS_NOT_SUPPORTED = 0x6D00;
    /** Class not supported. */
    public static final int CLA_NOT_SUPPORTED = 0x6E00;
    /** No precise diagnosis. */
    public static final int NO_PRECISE_DIAGNOSIS = 0x6F00;

    private StatusWords() {}

    /**
     * Returns the "wrong PIN" status word carrying the number of tries left (63Cx).
     *
     * @param triesLeft tries left, 0 to 15
     * @return {@code 0x63C0 | triesLeft}
     */
    public static int wrongSecret(int triesLeft) {
        return 0x63C0 | Math.min(triesLeft, 0x0F);
    }

    /**
     * Returns the "more response data available" status word (61xx) for a number of waiting bytes.
     *
     * @param remaining bytes waiting for GET RESPONSE, at least 1
     * @return {@code 61xx}; {@code 6100} stands for 256 or more
     */
    public static int moreData(int remaining) {
        return 0x6100 | (remaining >= 256 ? 0 : remaining);
    }
}
