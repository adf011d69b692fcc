package io.tscns.cli;

/**
 * The exit codes of the {@code tscns} command (<i>codici di uscita</i>), the same for every command so that scripts
 * can branch on them. The help of {@code tscns --help} lists them.
 */
public enum ExitCode {

    /** The command did what was asked. */
    OK(0, "success"),
    /** The operation failed: the card or a file could not be used, a signature or a lookup failed. */
    FAILED(1, "the operation failed"),
    /** The command line is wrong: unknown command or option, a missing or malformed argument. */
    USAGE(2, "usage error (see --help)"),
    /** No smart-card service, no reader, no card, or the card is not a CNS. */
    NO_CARD(3, "no PC/SC service, reader or usable card"),
    /** The card rejected the PIN or PUK; the message says how many tries are left. */
    WRONG_PIN(4, "wrong PIN or PUK"),
    /** The PIN or PUK is blocked. */
    BLOCKED(5, "PIN or PUK blocked"),
    /** {@code cert verify}: the certificate is refused for a reason other than revocation. */
    CERTIFICATE_REJECTED(6, "certificate refused"),
    /** {@code cert verify}: the certificate is revoked. */
    CERTIFICATE_REVOKED(7, "certificate revoked"),
    /** An input file, ATR or typed code breaks its format; nothing was done with it. */
    INVALID_INPUT(8, "invalid input (a file, ATR or typed code breaks its format)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /**
     * Returns the process exit status.
     *
     * @return 0 to 8
     */
    public int code() {
        return code;
    }

    /**
     * Returns what the code means, for the help text.
     *
     * @return a short phrase
     */
    public String meaning() {
        return meaning;
    }
}
