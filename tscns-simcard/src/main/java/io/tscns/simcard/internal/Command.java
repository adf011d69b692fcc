package io.tscns.simcard.internal;

import java.util.Arrays;

/**
 * A command APDU as the card decodes it from the bytes a reader delivers (ISO/IEC 7816-3 §12.1, the four cases in
 * short and extended form): header, command data and Ne. The simulated card decodes commands itself, not with
 * tscns-card's codec, so that it checks the SDK's encoding rather than sharing its mistakes.
 *
 * <p>Holds the command data, which may be a PIN: the processor {@link #wipe() wipes} it when the command is done.
 */
final class Command {

    private static final int SHORT_NE_MAX = 256;
    private static final int EXTENDED_NE_MAX = 65_536;

    private final int cla;
    private final int ins;
    private final int p1;
    private final int p2;
    private final byte[] data;
    private final int ne;

    private Command(byte[] raw, int dataOffset, int dataLength, int ne) {
        this.cla = raw[0] & 0xFF;
        this.ins = raw[1] & 0xFF;
        this.p1 = raw[2] & 0xFF;
        this.p2 = raw[3] & 0xFF;
        this.data = Arrays.copyOfRange(raw, dataOffset, dataOffset + dataLength);
        this.ne = ne;
    }

    /**
     * Decodes a command.
     *
     * @param raw the bytes received; not modified
     * @return the command
     * @throws CardError {@code 6700} if the length fields do not match the bytes received
     */
    static Command decode(byte[] raw) {
        int body = raw.length - 4;
        if (body < 0) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        if (body == 0) {
            return new Command(raw, 4, 0, 0); // case 1
        }
        int first = raw[4] & 0xFF;
        if (body == 1) {
            return new Command(raw, 4, 0, first == 0 ? SHORT_NE_MAX : first); // case 2, short
        }
        if (first != 0) { // cases 3 and 4, short
            if (body == 1 + first) {
                return new Command(raw, 5, first, 0);
            }
            if (body == 2 + first) {
                int le = raw[raw.length - 1] & 0xFF;
                return new Command(raw, 5, first, le == 0 ? SHORT_NE_MAX : le);
            }
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        if (body < 3) {
            throw new CardError(StatusWords.WRONG_LENGTH);
        }
        int twoBytes = ((raw[5] & 0xFF) << 8) | (raw[6] & 0xFF);
        if (body == 3) { // case 2, extended
            return new Command(raw, 7, 0, twoBytes == 0 ? EXTENDED_NE_MAX : twoBytes);
        }
        if (twoBytes == 0) {
            throw new CardError(StatusWords.WRONG_LENGTH); // Nc of zero is not encodable
        }
        if (body == 3 + twoBytes) { // case 3, extended
            return new Command(raw, 7, twoBytes, 0);
        }
        if (body == 5 + twoBytes) { // case 4, extended
            int le = ((raw[raw.length - 2] & 0xFF) << 8) | (raw[raw.length - 1] & 0xFF);
            return new Command(raw, 7, twoBytes, le == 0 ? EXTENDED_NE_MAX : le);
        }
        throw new CardError(StatusWords.WRONG_LENGTH);
    }

    int cla() {
        return cla;
    }

    int ins() {
        return ins;
    }

    int p1() {
        return p1;
    }

    int p2() {
        return p2;
    }

    /**
     * Returns a copy of the command data; the caller wipes it.
     *
     * @return the data, possibly empty
     */
    byte[] data() {
        return data.clone();
    }

    /**
     * Returns the most response bytes the reader accepts, 0 if it expects none.
     *
     * @return Ne
     */
    int ne() {
        return ne;
    }

    /** Overwrites the command data with zeros. */
    void wipe() {
        Arrays.fill(data, (byte) 0);
    }
}
