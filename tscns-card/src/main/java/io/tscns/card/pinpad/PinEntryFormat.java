package io.tscns.card.pinpad;

/**
 * How a PIN-pad reader takes and formats the digits typed on its keypad (<i>formato di inserimento del PIN</i>): the
 * fields that {@link PinVerifyStructure} and {@link PinModifyStructure} share, named as PC/SC part 10 and the CCID
 * specification name them ({@code docs/pcsc.md §10}). Immutable and thread-safe.
 *
 * @param timeOut                  {@code bTimerOut}: seconds to wait for the first key, 0 for the reader's default
 * @param timeOut2                 {@code bTimerOut2}: seconds to wait after a key, 0 for the reader's default
 * @param formatString             {@code bmFormatString}: bit 7 system unit (1 = bytes), bits 6-3 PIN position
 *                                 after the APDU header, bit 2 right justification, bits 1-0 format (10 = ASCII)
 * @param pinBlockString           {@code bmPINBlockString}: bits 7-4 size in bits of a PIN length field, bits 3-0
 *                                 size in bytes of the PIN block
 * @param pinLengthFormat          {@code bmPINLengthFormat}: bit 4 system unit, bits 3-0 PIN length position
 * @param minDigits                the high byte of {@code wPINMaxExtraDigit}: the fewest digits accepted
 * @param maxDigits                the low byte of {@code wPINMaxExtraDigit}: the most digits accepted
 * @param entryValidationCondition {@code bEntryValidationCondition}: 1 maximum size reached, 2 validation key, 4
 *                                 timeout
 * @param languageId               {@code wLangId}: the language of the reader's messages, e.g. {@code 0x0410}
 *                                 Italian
 * @since 0.1.0
 */
public record PinEntryFormat(
        int timeOut,
        int timeOut2,
        int formatString,
        int pinBlockString,
        int pinLengthFormat,
        int minDigits,
        int maxDigits,
        int entryValidationCondition,
        int languageId) {

    /** ASCII digits, left-justified, at byte 0 of the command data, in byte units: {@code bmFormatString 82}. */
    public static final int ASCII_BYTES_AT_START = 0x82;
    /** The validation key ends the entry: {@code bEntryValidationCondition 02}. */
    public static final int VALIDATION_KEY = 0x02;
    /** Italian ({@code wLangId 0410}). */
    public static final int ITALIAN = 0x0410;

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a byte field is outside 0-255, the language outside 0-FFFF, or the
     *                                  minimum above the maximum
     */
    public PinEntryFormat {
        StructureBytes.requireByte("bTimerOut", timeOut);
        StructureBytes.requireByte("bTimerOut2", timeOut2);
        StructureBytes.requireByte("bmFormatString", formatString);
        StructureBytes.requireByte("bmPINBlockString", pinBlockString);
        StructureBytes.requireByte("bmPINLengthFormat", pinLengthFormat);
        StructureBytes.requireByte("minimum PIN size", minDigits);
        StructureBytes.requireByte("maximum PIN size", maxDigits);
        StructureBytes.requireByte("bEntryValidationCondition", entryValidationCondition);
        if (languageId < 0 || languageId > 0xFFFF) {
            throw new IllegalArgumentException("wLangId is two bytes; got " + languageId);
        }
        if (minDigits > maxDigits) {
            throw new IllegalArgumentException(
                    "the minimum PIN size " + minDigits + " is above the maximum " + maxDigits);
        }
    }

    /**
     * The format of a CNS code ({@code docs/card.md §8}): ASCII digits, left-justified in an 8-byte block whose
     * unused bytes keep the template's {@code FF}, no length field, ended by the validation key, messages in Italian.
     *
     * @param minDigits      the fewest digits (5 for a PIN, 8 for a PUK)
     * @param maxDigits      the most digits (8)
     * @param timeOutSeconds how long the reader waits for the keys
     * @return the format
     */
    public static PinEntryFormat cnsBlock(int minDigits, int maxDigits, int timeOutSeconds) {
        return new PinEntryFormat(
                timeOutSeconds,
                timeOutSeconds,
                ASCII_BYTES_AT_START,
                0x08,
                0x00,
                minDigits,
                maxDigits,
                VALIDATION_KEY,
                ITALIAN);
    }
}
