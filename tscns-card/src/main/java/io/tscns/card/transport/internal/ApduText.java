package io.tscns.card.transport.internal;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.error.StatusWords;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Text of APDUs for traces and test-failure messages, with redaction by construction: the data of a command whose
 * INS carries a PIN or PUK ({@link Instruction#commandDataSecret(int)}) is never turned into text, only its
 * length, whatever the caller asks for.
 */
public final class ApduText {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private ApduText() {}

    /**
     * Describes an encoded command.
     *
     * @param encoded  the command bytes
     * @param withData whether to show the data of commands that carry no secret
     * @return e.g. {@code "00 20 00 10 Lc=8 data=<8 bytes redacted>"}
     */
    public static String command(byte[] encoded, boolean withData) {
        if (encoded == null || encoded.length < 4) {
            return "<" + (encoded == null ? 0 : encoded.length) + " bytes, not a command APDU>";
        }
        CommandHeader header = CommandHeader.of(encoded);
        boolean secret = Instruction.commandDataSecret(header.ins());
        CommandApdu command;
        try {
            command = CommandApdu.parse(encoded);
        } catch (MalformedApduException e) {
            return header + " <malformed, " + (encoded.length - 4) + " body bytes>";
        }
        try {
            StringBuilder text = new StringBuilder(header.toString());
            if (command.dataLength() > 0) {
                text.append(" Lc=").append(command.dataLength());
                if (secret) {
                    text.append(" data=<").append(command.dataLength()).append(" bytes redacted>");
                } else if (withData) {
                    text.append(" data=").append(HEX.formatHex(command.data()));
                }
            }
            if (command.ne() > 0) {
                text.append(" Le=").append(command.ne());
            }
            return text.toString();
        } finally {
            command.wipe();
        }
    }

    /**
     * Describes a response.
     *
     * @param response the response
     * @param withData whether to show the data
     * @return e.g. {@code "SW=6A82 (file or application not found)"} or {@code "SW=9000 Nr=16 data=3631..."}
     */
    public static String response(ResponseApdu response, boolean withData) {
        StringBuilder text = new StringBuilder("SW=").append(String.format(Locale.ROOT, "%04X", response.sw()));
        if (!response.isSuccess()) {
            text.append(" (").append(StatusWords.describe(response.sw())).append(')');
        }
        if (response.dataLength() > 0) {
            text.append(" Nr=").append(response.dataLength());
            if (withData) {
                text.append(" data=").append(HEX.formatHex(response.data()));
            } else {
                text.append(" data=<redacted>");
            }
        }
        return text.toString();
    }
}
