package io.tscns.card.transport;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Records a redacted {@link Transcript} of what passes through it (<i>registrazione APDU</i>), for
 * {@code tscns card capture}. Put it directly over the raw transport, below the SDK's own decorators, so the
 * transcript shows the APDUs on the wire. The data of VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER (the
 * INS of the command decides, as for {@link TracingTransport}) and the output of PSO DECIPHER are replaced by
 * {@link Transcript#REDACTED} bytes of the same length before anything is stored, so no PIN, PUK or decrypted secret
 * is ever held by the recorder. Thread-safe.
 */
public final class RecordingTransport implements CardTransport {

    private final CardTransport delegate;
    private final List<Transcript.Exchange> exchanges = new ArrayList<>();
    private boolean secretResponsePending;

    /**
     * Records over a transport.
     *
     * @param delegate the transport to the card
     */
    public RecordingTransport(CardTransport delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public byte[] transmit(byte[] command) {
        byte[] response = delegate.transmit(command);
        synchronized (this) {
            exchanges.add(new Transcript.Exchange(redactCommand(command), redactResponse(command, response)));
        }
        return response;
    }

    /**
     * Returns what was recorded so far.
     *
     * @param atr the card's ATR
     * @return the transcript
     */
    public synchronized Transcript transcript(byte[] atr) {
        return new Transcript(atr, exchanges);
    }

    private static byte[] redactCommand(byte[] command) {
        byte[] copy = command.clone();
        if (command.length < 5 || !Instruction.commandDataSecret(CommandHeader.of(command).ins())) {
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

    /** PSO DECIPHER's output, and the GET RESPONSE that fetches the rest of it, is a secret. */
    private byte[] redactResponse(byte[] command, byte[] response) {
        byte[] copy = response.clone();
        if (command.length < 4) {
            return copy;
        }
        CommandHeader header = CommandHeader.of(command);
        boolean secret = Instruction.responseDataSecret(header.ins(), header.p1())
                || header.ins() == Instruction.GET_RESPONSE.ins() && secretResponsePending;
        secretResponsePending = secret && response.length >= 2 && (response[response.length - 2] & 0xFF) == 0x61;
        if (secret) {
            Arrays.fill(copy, 0, copy.length - 2, Transcript.REDACTED);
        }
        return copy;
    }
}
