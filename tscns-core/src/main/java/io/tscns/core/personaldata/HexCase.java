package io.tscns.core.personaldata;

/**
 * How the hexadecimal lengths of an {@code EF.Dati_personali} file write the digits {@code A}–{@code F}. The real
 * card seen had no such letter; new files are written in upper case. Lower case (and even a mix) is read, and a
 * decoded file keeps the case of every digit so that it encodes back to the same bytes.
 *
 * @since 0.1.0
 */
public enum HexCase {
    /** Upper case, or no length needs a letter at all. */
    UPPER,
    /** Lower case throughout. */
    LOWER,
    /** Some letters in upper case, some in lower case; only a decoded file can be mixed. */
    MIXED
}
