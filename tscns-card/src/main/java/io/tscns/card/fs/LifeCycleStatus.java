package io.tscns.card.fs;

/**
 * The life-cycle status of a file (<i>stato del ciclo di vita</i>, tag 8A of the FCP, ISO/IEC 7816-4 §7.4.10).
 * The ACe 2025 card reports 05, operational and activated ({@code docs/card.md §1.2}).
 *
 * @since 0.1.0
 */
public enum LifeCycleStatus {

    /** 00: no information given. */
    NO_INFORMATION,
    /** 01: creation state. */
    CREATION,
    /** 03: initialisation state. */
    INITIALISATION,
    /** 05 or 07: operational and activated (<i>attivato</i>). */
    ACTIVATED,
    /** 04 or 06: operational and deactivated (<i>disattivato</i>). */
    DEACTIVATED,
    /** 0C to 0F: termination state. */
    TERMINATED,
    /** 10 and above: proprietary. */
    PROPRIETARY,
    /** 02, 08 to 0B: values ISO/IEC 7816-4 reserves. */
    RESERVED;

    /**
     * Decodes a life-cycle status byte.
     *
     * @param value the byte of tag 8A
     * @return the status
     */
    public static LifeCycleStatus of(int value) {
        if (value >= 0x10) {
            return PROPRIETARY;
        }
        return switch (value) {
            case 0x00 -> NO_INFORMATION;
            case 0x01 -> CREATION;
            case 0x03 -> INITIALISATION;
            case 0x05, 0x07 -> ACTIVATED;
            case 0x04, 0x06 -> DEACTIVATED;
            case 0x0C, 0x0D, 0x0E, 0x0F -> TERMINATED;
            default -> RESERVED;
        };
    }
}
