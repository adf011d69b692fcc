package io.tscns.card.pinpad;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.MalformedApduException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The little-endian byte layout shared by the two PIN structures (multi-byte fields are USB words, least significant
 * byte first): range checks, the common fields, and the APDU template at the end.
 */
final class StructureBytes {

    /** {@code bTeoPrologue}: three bytes, zero for T=1 with the reader building the blocks. */
    static final int TEO_PROLOGUE_LENGTH = 3;

    private StructureBytes() {}

    static void requireByte(String field, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(field + " is one byte; got " + value);
        }
    }

    static ByteBuffer allocate(int headerLength, CommandApdu template) {
        byte[] apdu = template.encode();
        return ByteBuffer.allocate(headerLength + apdu.length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes bTimerOut, bTimerOut2, bmFormatString, bmPINBlockString, bmPINLengthFormat. */
    static void putLeading(ByteBuffer out, PinEntryFormat format) {
        out.put((byte) format.timeOut())
                .put((byte) format.timeOut2())
                .put((byte) format.formatString())
                .put((byte) format.pinBlockString())
                .put((byte) format.pinLengthFormat());
    }

    /** Writes wPINMaxExtraDigit: minimum in the high byte, maximum in the low byte. */
    static void putDigits(ByteBuffer out, PinEntryFormat format) {
        out.putShort((short) (format.minDigits() << 8 | format.maxDigits()));
    }

    /** Writes bTeoPrologue, ulDataLength and abData. */
    static void putTemplate(ByteBuffer out, CommandApdu template) {
        byte[] apdu = template.encode();
        out.put(new byte[TEO_PROLOGUE_LENGTH]).putInt(apdu.length).put(apdu);
    }

    static ByteBuffer reader(byte[] structure, int headerLength, String name) {
        if (structure.length < headerLength) {
            throw new MalformedApduException(
                    name + " is " + structure.length + " bytes; its fixed part alone is " + headerLength);
        }
        return ByteBuffer.wrap(structure).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Reads the five leading fields and wPINMaxExtraDigit around the fields between them. */
    static PinEntryFormat format(int[] leading, int digits, int validation, int language, String name) {
        try {
            return new PinEntryFormat(
                    leading[0],
                    leading[1],
                    leading[2],
                    leading[3],
                    leading[4],
                    digits >>> 8,
                    digits & 0xFF,
                    validation,
                    language);
        } catch (IllegalArgumentException e) {
            throw new MalformedApduException(name + " breaks a rule: " + e.getMessage());
        }
    }

    static int[] leading(ByteBuffer in) {
        return new int[] {u8(in), u8(in), u8(in), u8(in), u8(in)};
    }

    static int u16(ByteBuffer in) {
        return in.getShort() & 0xFFFF;
    }

    static int u8(ByteBuffer in) {
        return in.get() & 0xFF;
    }

    /** Reads bTeoPrologue (ignored), ulDataLength and abData, which must fill the rest of the structure. */
    static CommandApdu template(ByteBuffer in, String name) {
        in.position(in.position() + TEO_PROLOGUE_LENGTH);
        long length = in.getInt() & 0xFFFFFFFFL;
        if (length != in.remaining()) {
            throw new MalformedApduException(
                    name + " announces an APDU template of " + length + " bytes; " + in.remaining() + " follow");
        }
        byte[] apdu = new byte[in.remaining()];
        in.get(apdu);
        return CommandApdu.parse(apdu);
    }
}
