package io.tscns.card.profile;

import java.util.HexFormat;
import java.util.Map;

/**
 * A chip (IC) or operating-system mask manufacturer (<i>produttore del chip / della maschera</i>), decoded from
 * ATR historical bytes H3 and H4 with the code tables OpenSC keeps for CNS cards ({@code docs/card.md §5.1}).
 * Immutable.
 *
 * @param code the code byte from the ATR
 * @param name the manufacturer's name, or {@code "unknown"} for a code not in the table
 * @since 0.1.0
 */
public record Manufacturer(int code, String name) {

    private static final Map<Integer, String> IC = Map.of(
            0x02, "STMicroelectronics",
            0x04, "NXP",
            0x05, "Infineon",
            0x11, "Emosyn-EM",
            0x15, "ATMEL");

    private static final Map<Integer, String> MASK = Map.of(
            0x04, "Giesecke & Devrient",
            0x05, "IDEMIA (Oberthur)",
            0x08, "Siemens",
            0x09, "STIncard",
            0x0C, "Athena",
            0x0D, "Gemalto");

    /** The mask code of STIncard, whose cards need the 0x80 bit on PIN references. */
    public static final int MASK_STINCARD = 0x09;
    /** The IC code of Infineon. */
    public static final int IC_INFINEON = 0x05;
    /** The mask code of IDEMIA (formerly Oberthur). */
    public static final int MASK_IDEMIA = 0x05;

    /**
     * Returns the chip manufacturer of an H3 code.
     *
     * @param code historical byte H3
     * @return the manufacturer, named {@code "unknown"} when the code is not in the table
     */
    public static Manufacturer ic(int code) {
        return new Manufacturer(code, IC.getOrDefault(code, "unknown"));
    }

    /**
     * Returns the mask manufacturer of an H4 code.
     *
     * @param code historical byte H4
     * @return the manufacturer, named {@code "unknown"} when the code is not in the table
     */
    public static Manufacturer mask(int code) {
        return new Manufacturer(code, MASK.getOrDefault(code, "unknown"));
    }

    /**
     * Returns the name with the code.
     *
     * @return e.g. {@code "STIncard (09)"}
     */
    @Override
    public String toString() {
        return name + " (" + HexFormat.of().withUpperCase().toHexDigits((byte) code) + ")";
    }
}
