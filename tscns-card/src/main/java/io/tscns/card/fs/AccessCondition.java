package io.tscns.card.fs;

/**
 * What an operation on a file requires (<i>condizione di accesso</i>), decoded from one byte of the CNS security
 * attributes (tag 86) as OpenSC does ({@code docs/card.md §1.2}): 00 always, FF or 66 never, 01 to 1F a PIN (the
 * byte is the PIN's BSO reference, e.g. 10 for the user PIN), anything else not known.
 *
 * @since 0.1.0
 */
public sealed interface AccessCondition {

    /** The operation is always allowed (<i>sempre</i>). */
    AccessCondition ALWAYS = new Always();
    /** The operation is never allowed (<i>mai</i>). */
    AccessCondition NEVER = new Never();

    /**
     * Decodes one security-attribute byte.
     *
     * @param value the byte
     * @return the condition
     */
    static AccessCondition of(int value) {
        if (value == 0x00) {
            return ALWAYS;
        }
        if (value == 0xFF || value == 0x66) {
            return NEVER;
        }
        if (value <= 0x1F) {
            return new Pin(value);
        }
        return new Unrecognised(value);
    }

    /** Always allowed. */
    record Always() implements AccessCondition {}

    /** Never allowed. */
    record Never() implements AccessCondition {}

    /**
     * Allowed after the PIN with this reference has been verified (<i>previa verifica del PIN</i>).
     *
     * @param reference the BSO reference of the PIN, 01 to 1F
     */
    record Pin(int reference) implements AccessCondition {}

    /**
     * A byte the sources do not explain (20 to FE except 66).
     *
     * @param value the byte
     */
    record Unrecognised(int value) implements AccessCondition {}
}
