package io.tscns.card.pinpad;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The {@code PIN_VERIFY_STRUCTURE} of {@code FEATURE_VERIFY_PIN_DIRECT} (<i>struttura di verifica del PIN</i>): the
 * reader asks one code on its keypad, writes it into the APDU template as {@link PinEntryFormat} says and sends the
 * command to the card ({@code docs/pcsc.md §10}). Layout, 19 bytes then the template: bTimerOut, bTimerOut2,
 * bmFormatString, bmPINBlockString, bmPINLengthFormat, wPINMaxExtraDigit (2), bEntryValidationCondition,
 * bNumberMessage, wLangId (2), bMsgIndex, bTeoPrologue (3), ulDataLength (4), abData. Immutable and thread-safe.
 *
 * @param format        how the digits are taken and placed
 * @param numberMessage {@code bNumberMessage}: how many messages the reader shows (0 to 3, FF the default)
 * @param messageIndex  {@code bMsgIndex}: which message
 * @param template      {@code abData}: the command the reader completes, its code bytes blank ({@code FF})
 * @since 0.1.0
 */
public record PinVerifyStructure(PinEntryFormat format, int numberMessage, int messageIndex, CommandApdu template) {

    /** The length of the fields before {@code abData}. */
    public static final int HEADER_LENGTH = 19;

    private static final String NAME = "a PIN_VERIFY_STRUCTURE";

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a byte field is outside 0-255
     */
    public PinVerifyStructure {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        StructureBytes.requireByte("bNumberMessage", numberMessage);
        StructureBytes.requireByte("bMsgIndex", messageIndex);
    }

    /**
     * Encodes the structure as the reader takes it.
     *
     * @return the bytes to send with the {@link ReaderFeature#VERIFY_PIN_DIRECT} control code
     */
    public byte[] encode() {
        ByteBuffer out = StructureBytes.allocate(HEADER_LENGTH, template);
        StructureBytes.putLeading(out, format);
        StructureBytes.putDigits(out, format);
        out.put((byte) format.entryValidationCondition())
                .put((byte) numberMessage)
                .putShort((short) format.languageId())
                .put((byte) messageIndex);
        StructureBytes.putTemplate(out, template);
        return out.array();
    }

    /**
     * Decodes a structure (bTeoPrologue is read and ignored).
     *
     * @param structure the bytes
     * @return the structure
     * @throws MalformedApduException if the bytes are too short, the template length disagrees with what follows,
     *                                or the template is not a command APDU
     */
    public static PinVerifyStructure decode(byte[] structure) {
        ByteBuffer in = StructureBytes.reader(structure, HEADER_LENGTH, NAME);
        int[] leading = StructureBytes.leading(in);
        int digits = StructureBytes.u16(in);
        int validation = StructureBytes.u8(in);
        int messages = StructureBytes.u8(in);
        int language = StructureBytes.u16(in);
        int index = StructureBytes.u8(in);
        PinEntryFormat format = StructureBytes.format(leading, digits, validation, language, NAME);
        return new PinVerifyStructure(format, messages, index, StructureBytes.template(in, NAME));
    }
}
