package io.tscns.card.pinpad;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The {@code PIN_MODIFY_STRUCTURE} of {@code FEATURE_MODIFY_PIN_DIRECT} (<i>struttura di modifica del PIN</i>): the
 * reader asks the current code (when {@code bConfirmPIN} bit 1 says so), the new one and its confirmation (bit 0),
 * writes the first at {@code bInsertionOffsetOld} and the new one at {@code bInsertionOffsetNew} of the template's
 * data, and sends the command ({@code docs/pcsc.md §10}). Layout, 24 bytes then the template: bTimerOut,
 * bTimerOut2, bmFormatString, bmPINBlockString, bmPINLengthFormat, bInsertionOffsetOld, bInsertionOffsetNew,
 * wPINMaxExtraDigit (2), bConfirmPIN, bEntryValidationCondition, bNumberMessage, wLangId (2), bMsgIndex1,
 * bMsgIndex2, bMsgIndex3, bTeoPrologue (3), ulDataLength (4), abData. Immutable and thread-safe.
 *
 * @param format          how the digits are taken and placed
 * @param offsetOld       {@code bInsertionOffsetOld}: where the first code goes, in bytes from the start of the data
 * @param offsetNew       {@code bInsertionOffsetNew}: where the new code goes
 * @param confirmPin      {@code bConfirmPIN}: bit 0 the new code is typed twice, bit 1 the current code is asked
 * @param numberMessage   {@code bNumberMessage}: how many messages the reader shows (0 to 3, FF the default)
 * @param messageIndex1   {@code bMsgIndex1}: the message for the first entry
 * @param messageIndex2   {@code bMsgIndex2}: the message for the second entry
 * @param messageIndex3   {@code bMsgIndex3}: the message for the third entry
 * @param template        {@code abData}: the command the reader completes, its code bytes blank ({@code FF})
 * @since 0.1.0
 */
public record PinModifyStructure(
        PinEntryFormat format,
        int offsetOld,
        int offsetNew,
        int confirmPin,
        int numberMessage,
        int messageIndex1,
        int messageIndex2,
        int messageIndex3,
        CommandApdu template) {

    /** The length of the fields before {@code abData}. */
    public static final int HEADER_LENGTH = 24;
    /** {@code bConfirmPIN}: the new code is typed twice and the current code is asked first. */
    public static final int ASK_CURRENT_AND_CONFIRM = 0x03;

    private static final String NAME = "a PIN_MODIFY_STRUCTURE";

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a byte field is outside 0-255
     */
    public PinModifyStructure {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        StructureBytes.requireByte("bInsertionOffsetOld", offsetOld);
        StructureBytes.requireByte("bInsertionOffsetNew", offsetNew);
        StructureBytes.requireByte("bConfirmPIN", confirmPin);
        StructureBytes.requireByte("bNumberMessage", numberMessage);
        StructureBytes.requireByte("bMsgIndex1", messageIndex1);
        StructureBytes.requireByte("bMsgIndex2", messageIndex2);
        StructureBytes.requireByte("bMsgIndex3", messageIndex3);
    }

    /**
     * Encodes the structure as the reader takes it.
     *
     * @return the bytes to send with the {@link ReaderFeature#MODIFY_PIN_DIRECT} control code
     */
    public byte[] encode() {
        ByteBuffer out = StructureBytes.allocate(HEADER_LENGTH, template);
        StructureBytes.putLeading(out, format);
        out.put((byte) offsetOld).put((byte) offsetNew);
        StructureBytes.putDigits(out, format);
        out.put((byte) confirmPin)
                .put((byte) format.entryValidationCondition())
                .put((byte) numberMessage)
                .putShort((short) format.languageId())
                .put((byte) messageIndex1)
                .put((byte) messageIndex2)
                .put((byte) messageIndex3);
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
    public static PinModifyStructure decode(byte[] structure) {
        ByteBuffer in = StructureBytes.reader(structure, HEADER_LENGTH, NAME);
        int[] leading = StructureBytes.leading(in);
        int old = StructureBytes.u8(in);
        int fresh = StructureBytes.u8(in);
        int digits = StructureBytes.u16(in);
        int confirm = StructureBytes.u8(in);
        int validation = StructureBytes.u8(in);
        int messages = StructureBytes.u8(in);
        int language = StructureBytes.u16(in);
        int first = StructureBytes.u8(in);
        int second = StructureBytes.u8(in);
        int third = StructureBytes.u8(in);
        PinEntryFormat format = StructureBytes.format(leading, digits, validation, language, NAME);
        return new PinModifyStructure(
                format, old, fresh, confirm, messages, first, second, third, StructureBytes.template(in, NAME));
    }
}
