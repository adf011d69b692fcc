package io.tscns.simcard.vpcd;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The wire format between vsmartcard's virtual reader driver (vpcd) and a card ({@code docs/pcsc.md §3}): every
 * message in either direction is a two-byte big-endian length followed by that many bytes. From vpcd, a one-byte
 * message is a control command ({@link #POWER_OFF}, {@link #POWER_ON}, {@link #RESET}, {@link #GET_ATR}); anything
 * longer is a command APDU. The card answers {@link #GET_ATR} with the ATR and an APDU with its response; the power
 * commands get no answer.
 *
 * <p>The length field caps every message at 65535 bytes, so reading one never allocates more than that.
 */
final class VpcdProtocol {

    /** Control command: power the card off. */
    static final int POWER_OFF = 0x00;
    /** Control command: power the card on. */
    static final int POWER_ON = 0x01;
    /** Control command: reset the card. */
    static final int RESET = 0x02;
    /** Control command: send the ATR. */
    static final int GET_ATR = 0x04;

    /** Largest message the two-byte length can announce. */
    static final int MAX_MESSAGE = 0xFFFF;

    private VpcdProtocol() {}

    /**
     * Reads one message.
     *
     * @param in the stream from vpcd
     * @return the payload, 0 to 65535 bytes
     * @throws EOFException if vpcd closed the connection
     * @throws IOException  if reading fails
     */
    static byte[] read(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    /**
     * Writes one message in a single write, so vpcd receives length and payload together.
     *
     * @param out     the stream to vpcd
     * @param payload the payload, at most 65535 bytes
     * @throws IOException if writing fails
     */
    static void write(OutputStream out, byte[] payload) throws IOException {
        if (payload.length > MAX_MESSAGE) {
            throw new IOException("a vpcd message holds at most " + MAX_MESSAGE + " bytes, not " + payload.length);
        }
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >>> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }
}
