package io.tscns.simcard.smartcardio;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.smartcardio.CardException;

/**
 * The PC/SC part 10 side of a simulated PIN-pad reader (<i>lettore con tastierino simulato</i>), its own decoding,
 * independent of the SDK's encoders ({@code docs/pcsc.md §10}). It answers {@code CM_IOCTL_GET_FEATURE_REQUEST}
 * (function 3400, in the pcsc-lite or the Windows encoding, and answers in the encoding it was asked in) with
 * {@code FEATURE_VERIFY_PIN_DIRECT} and {@code FEATURE_MODIFY_PIN_DIRECT}; for those it decodes the structure, asks
 * the {@link SimulatedKeypad} for each code, writes the digits into the APDU template, sends the command to the
 * card itself and returns the card's answer. The reader's own status words: 6400 timeout, 6401 Cancel, 6402 the
 * two new entries differ, 6403 a code of the wrong length, 6B80 a structure it cannot follow. It follows ASCII codes
 * in byte units, left-justified, without a length field: what a CNS uses.
 */
final class SimulatedPinPad {

    /** Sends a complete command APDU to the card in the reader and returns its response APDU. */
    @FunctionalInterface
    interface CardLink {
        byte[] transmit(byte[] command) throws CardException;
    }

    static final int GET_FEATURE_REQUEST = 3400;
    static final int VERIFY_PIN_DIRECT = 0x06;
    static final int MODIFY_PIN_DIRECT = 0x07;
    /** The function numbers this reader gives its two features (a reader's own choice). */
    private static final int FUNCTION_BASE = 3500;

    private static final int VERIFY_HEADER = 19;
    private static final int MODIFY_HEADER = 24;
    private static final int APDU_HEADER = 5;
    private static final byte[] TIMED_OUT = {0x64, 0x00};
    private static final byte[] CANCELLED = {0x64, 0x01};
    private static final byte[] ENTRIES_DIFFER = {0x64, 0x02};
    private static final byte[] WRONG_LENGTH = {0x64, 0x03};
    private static final byte[] INVALID_PARAMETER = {0x6B, (byte) 0x80};

    /** SCARD_CTL_CODE of each platform, as in {@code docs/pcsc.md §10}. */
    private enum Platform {
        PCSC_LITE {
            @Override
            int code(int function) {
                return 0x42000000 + function;
            }
        },
        WINDOWS {
            @Override
            int code(int function) {
                return 0x31 << 16 | function << 2;
            }
        };

        abstract int code(int function);
    }

    private final SimulatedKeypad keypad;

    SimulatedPinPad(SimulatedKeypad keypad) {
        this.keypad = keypad;
    }

    /**
     * Runs one control command.
     *
     * @throws CardException if the reader has no such control code, or the card could not answer
     */
    byte[] control(int controlCode, byte[] command, CardLink card) throws CardException {
        for (Platform platform : Platform.values()) {
            if (controlCode == platform.code(GET_FEATURE_REQUEST)) {
                return features(platform);
            }
            if (controlCode == platform.code(FUNCTION_BASE + VERIFY_PIN_DIRECT)) {
                return verify(command, card);
            }
            if (controlCode == platform.code(FUNCTION_BASE + MODIFY_PIN_DIRECT)) {
                return modify(command, card);
            }
        }
        throw new CardException("SCARD_E_UNSUPPORTED_FEATURE: the simulated PIN-pad reader has no control code "
                + Integer.toHexString(controlCode));
    }

    private static byte[] features(Platform platform) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int tag : new int[] {VERIFY_PIN_DIRECT, MODIFY_PIN_DIRECT}) {
            int code = platform.code(FUNCTION_BASE + tag);
            out.write(tag);
            out.write(4);
            out.write(code >>> 24);
            out.write(code >>> 16);
            out.write(code >>> 8);
            out.write(code);
        }
        return out.toByteArray();
    }

    private byte[] verify(byte[] structure, CardLink card) throws CardException {
        Optional<Template> template = Template.of(structure, VERIFY_HEADER);
        if (template.isEmpty()) {
            return INVALID_PARAMETER.clone();
        }
        int max = structure[5] & 0xFF;
        int min = structure[6] & 0xFF;
        SimulatedKeypad.Entry entry = keypad.next();
        try {
            Optional<byte[]> refusal = refusal(entry, min, max);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            return template.get().send(card, ascii(entry), template.get().position(), null, 0);
        } finally {
            SimulatedKeypad.wipe(entry);
        }
    }

    private byte[] modify(byte[] structure, CardLink card) throws CardException {
        Optional<Template> template = Template.of(structure, MODIFY_HEADER);
        if (template.isEmpty()) {
            return INVALID_PARAMETER.clone();
        }
        int offsetOld = structure[5] & 0xFF;
        int offsetNew = structure[6] & 0xFF;
        int max = structure[7] & 0xFF;
        int min = structure[8] & 0xFF;
        int confirm = structure[9] & 0xFF;
        SimulatedKeypad.Entry current = (confirm & 0x02) != 0 ? keypad.next() : null;
        SimulatedKeypad.Entry fresh = null;
        SimulatedKeypad.Entry again = null;
        try {
            if (current != null) {
                Optional<byte[]> refusal = refusal(current, min, max);
                if (refusal.isPresent()) {
                    return refusal.get();
                }
            }
            fresh = keypad.next();
            Optional<byte[]> refusal = refusal(fresh, min, max);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            if ((confirm & 0x01) != 0) {
                again = keypad.next();
                refusal = refusal(again, min, max);
                if (refusal.isPresent()) {
                    return refusal.get();
                }
                if (!Arrays.equals(ascii(fresh), ascii(again))) {
                    return ENTRIES_DIFFER.clone();
                }
            }
            return template.get()
                    .send(card, current == null ? null : ascii(current), offsetOld, ascii(fresh), offsetNew);
        } finally {
            for (SimulatedKeypad.Entry entry : new SimulatedKeypad.Entry[] {current, fresh, again}) {
                if (entry != null) {
                    SimulatedKeypad.wipe(entry);
                }
            }
        }
    }

    private static Optional<byte[]> refusal(SimulatedKeypad.Entry entry, int min, int max) {
        if (entry instanceof SimulatedKeypad.Cancel) {
            return Optional.of(CANCELLED.clone());
        }
        if (entry instanceof SimulatedKeypad.Timeout) {
            return Optional.of(TIMED_OUT.clone());
        }
        int length = ascii(entry).length;
        return length < min || length > max ? Optional.of(WRONG_LENGTH.clone()) : Optional.empty();
    }

    private static byte[] ascii(SimulatedKeypad.Entry entry) {
        return ((SimulatedKeypad.Digits) entry).ascii();
    }

    /**
     * The APDU template of a structure: a short command with Lc and data, and the block size the digits must fit.
     *
     * @param apdu      the template, copied
     * @param position  the PIN position of bmFormatString, in bytes after the header
     * @param blockSize the PIN block size of bmPINBlockString
     */
    private record Template(byte[] apdu, int position, int blockSize) {

        /**
         * Decodes the template after a structure's fixed part, whose last four bytes are ulDataLength; empty if the
         * structure is short, inconsistent, or asks for what this reader does not do.
         */
        static Optional<Template> of(byte[] structure, int header) {
            if (structure.length < header) {
                return Optional.empty();
            }
            int lengthAt = header - 4;
            int format = structure[2] & 0xFF;
            int blockSize = structure[3] & 0x0F;
            long length = (structure[lengthAt] & 0xFFL)
                    | (structure[lengthAt + 1] & 0xFFL) << 8
                    | (structure[lengthAt + 2] & 0xFFL) << 16
                    | (structure[lengthAt + 3] & 0xFFL) << 24;
            boolean asciiBytesLeft = (format & 0x87) == 0x82;
            if (!asciiBytesLeft
                    || length != structure.length - header
                    || length < APDU_HEADER + 1
                    || (structure[header + 4] & 0xFF) != length - APDU_HEADER) {
                return Optional.empty();
            }
            return Optional.of(new Template(
                    Arrays.copyOfRange(structure, header, structure.length), (format >>> 3) & 0x0F, blockSize));
        }

        /** Writes one or two codes into a copy of the template, sends it, wipes it and returns the answer. */
        byte[] send(CardLink card, byte[] first, int firstAt, byte[] second, int secondAt) throws CardException {
            byte[] command = apdu.clone();
            try {
                if (!write(command, first, firstAt) || !write(command, second, secondAt)) {
                    return INVALID_PARAMETER.clone();
                }
                return card.transmit(command);
            } finally {
                Arrays.fill(command, (byte) 0);
            }
        }

        private boolean write(byte[] command, byte[] digits, int offset) {
            if (digits == null) {
                return true;
            }
            int at = APDU_HEADER + offset;
            if (digits.length > blockSize || at + blockSize > command.length) {
                return false;
            }
            System.arraycopy(digits, 0, command, at, digits.length);
            return true;
        }
    }
}
