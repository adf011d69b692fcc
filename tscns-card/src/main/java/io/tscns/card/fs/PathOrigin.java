package io.tscns.card.fs;

/**
 * Where SELECT by path starts (<i>origine del percorso</i>): P1 of {@code 00 A4 P1 ..} (ISO/IEC 7816-4 §11.1.1).
 * Classic CNS cards and the ST2022 over NFC use paths from the MF; the ACe 2025 applet uses paths from the
 * application it selected ({@code docs/card.md §4.3, §10}). A {@link CardPath} always starts with 3F00, which stands
 * for the MF or for the application acting as the MF (its FCI names itself 3F00).
 *
 * @since 0.1.0
 */
public enum PathOrigin {
    /** SELECT by path from the MF, P1 = 08. */
    MASTER_FILE(0x08),
    /** SELECT by path from the current DF, P1 = 09: relative to the selected application. */
    CURRENT_DF(0x09);

    private final int p1;

    PathOrigin(int p1) {
        this.p1 = p1;
    }

    /**
     * Returns the P1 of SELECT by path.
     *
     * @return 08 or 09
     */
    public int p1() {
        return p1;
    }
}
