package io.tscns.simcard;

/**
 * One command the simulated card answered, described without its data (which may be a PIN): the header, the command
 * length, the status word and the length of the response data. Tests use it to count APDUs and to check which
 * references middleware sent (for example VERIFY with P2 = {@code 90} on an STIncard card).
 *
 * @param commandLength      the length of the whole command APDU
 * @param cla                the class byte, or -1 if the command was shorter than its header
 * @param ins                the instruction byte, or -1 likewise
 * @param p1                 parameter 1, or -1 likewise
 * @param p2                 parameter 2, or -1 likewise
 * @param sw                 the status word answered
 * @param responseDataLength the number of response data bytes (before SW1 SW2)
 * @since 0.1.0
 */
public record ApduExchange(int commandLength, int cla, int ins, int p1, int p2, int sw, int responseDataLength) {

    /**
     * Describes the exchange the way an APDU trace would, header and status only.
     *
     * @return for example {@code 00 A4 08 0C (9 bytes) -> 9000}
     */
    @Override
    public String toString() {
        String header = ins < 0 ? "(short command)" : String.format("%02X %02X %02X %02X", cla, ins, p1, p2);
        return header + " (" + commandLength + " bytes) -> " + String.format("%04X", sw)
                + (responseDataLength > 0 ? " with " + responseDataLength + " bytes" : "");
    }
}
