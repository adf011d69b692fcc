package io.tscns.testkit.card;

/**
 * An access condition of a card file (<i>condizione di accesso</i>), as coded in the nine security-attribute bytes
 * of tag {@code 86} in the FCI ({@code cns-card.md §1.2}): {@code 00} always, {@code 10} the user PIN (the BSO
 * holding the PIN), {@code FF} never.
 *
 * <p>The simulated card enforces the READ condition of every EF: READ BINARY on a file whose condition is
 * {@link #USER_PIN} answers {@code 6982} until the PIN is verified, and on a {@link #NEVER} file answers
 * {@code 6985}.
 */
public enum AccessCondition {

    /** Always allowed (byte {@code 00}). */
    ALWAYS(0x00),
    /** Allowed once the user PIN (BSO {@code 10}) is verified. */
    USER_PIN(0x10),
    /** Never allowed (byte {@code FF}). */
    NEVER(0xFF);

    private final int code;

    AccessCondition(int code) {
        this.code = code;
    }

    /**
     * Returns the byte that codes this condition in the FCI.
     *
     * @return {@code 00}, {@code 10} or {@code FF}
     */
    public int code() {
        return code;
    }
}
