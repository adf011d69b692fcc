package io.tscns.card.transport;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;
import java.util.Arrays;

/**
 * How a transcript hides secrets (<i>oscuramento</i>), shared by {@link RecordingTransport}, which stores commands
 * redacted, and {@link Transcript#replay()}, which redacts what the SDK sends before comparing it with them. The data
 * of VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER (the whole PIN block, padding included, so not even the
 * PIN's length shows) becomes {@link Transcript#REDACTED} bytes; the header and Lc stay, so the block's format and
 * length can be learnt.
 */
final class Redaction {

    /** The first bytes of PSO DECIPHER's data when it computes a signature: padding indicator, then 00 01 FF×8. */
    private static final byte[] SIGNATURE_BLOCK_START = {0x00, 0x00, 0x01, -1, -1, -1, -1, -1, -1, -1, -1};

    private Redaction() {}

    /**
     * Returns a copy of a command with its secret data replaced.
     *
     * @param command the command as sent
     * @return the redacted copy; the same bytes for a command without secret data
     */
    static byte[] command(byte[] command) {
        byte[] copy = command.clone();
        if (command.length < 5
                || !Instruction.commandDataSecret(CommandHeader.of(command).ins())) {
            return copy;
        }
        try {
            CommandApdu parsed = CommandApdu.parse(command);
            int dataLength = parsed.dataLength();
            int offset = command.length > 5 && command[4] == 0 && dataLength > 0 ? 7 : 5;
            Arrays.fill(copy, offset, offset + dataLength, Transcript.REDACTED);
            parsed.wipe();
        } catch (RuntimeException malformed) {
            // Not a well-formed APDU: keep only the header.
            Arrays.fill(copy, 4, copy.length, Transcript.REDACTED);
        }
        return copy;
    }

    /**
     * Tells whether a PSO DECIPHER command (or the first part of a chain) computes a signature: its data is a
     * PKCS#1 type-1 block ({@code 00 01 FF…FF 00 DigestInfo}), which no RSA decryption input looks like but with
     * negligible probability (eight FF bytes after {@code 00 01}).
     *
     * @param command a PSO DECIPHER command
     * @return {@code true} for a signature
     */
    static boolean signsWithDecipher(byte[] command) {
        int offset = command.length > 7 && command[4] == 0 ? 7 : 5;
        return command.length >= offset + SIGNATURE_BLOCK_START.length
                && Arrays.equals(
                        command,
                        offset,
                        offset + SIGNATURE_BLOCK_START.length,
                        SIGNATURE_BLOCK_START,
                        0,
                        SIGNATURE_BLOCK_START.length);
    }
}
