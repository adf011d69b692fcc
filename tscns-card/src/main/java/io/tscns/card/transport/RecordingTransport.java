package io.tscns.card.transport;

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
 * is ever held by the recorder.
 *
 * <p>{@link #keepingSignatures(CardTransport)} keeps one kind of PSO DECIPHER output: a signature, recognised by its
 * input, a PKCS#1 type-1 block. {@code tscns card capture --with-signature} uses it, with the holder's consent, to
 * record the signature of a fixed public challenge, so that the signing sequence of a card generation can be learnt
 * and checked against the certificate. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RecordingTransport implements CardTransport {

    private static final int CHAINING = 0x10;

    private final CardTransport delegate;
    private final boolean keepSignatures;
    private final List<Transcript.Exchange> exchanges = new ArrayList<>();
    private boolean secretResponsePending;
    private boolean chainIsSignature;
    private boolean chainGoesOn;

    /**
     * Records over a transport, redacting every PSO DECIPHER output.
     *
     * @param delegate the transport to the card
     */
    public RecordingTransport(CardTransport delegate) {
        this(delegate, false);
    }

    private RecordingTransport(CardTransport delegate, boolean keepSignatures) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.keepSignatures = keepSignatures;
    }

    /**
     * Records over a transport, keeping the output of a PSO DECIPHER whose input is a signature block (the signature,
     * which the certificate's public key verifies) and redacting every other one.
     *
     * @param delegate the transport to the card
     * @return the recorder
     */
    public static RecordingTransport keepingSignatures(CardTransport delegate) {
        return new RecordingTransport(delegate, true);
    }

    @Override
    public byte[] transmit(byte[] command) {
        byte[] response = delegate.transmit(command);
        synchronized (this) {
            exchanges.add(new Transcript.Exchange(Redaction.command(command), redactResponse(command, response)));
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

    /** PSO DECIPHER's output, and the GET RESPONSE that fetches the rest of it, is a secret. */
    private byte[] redactResponse(byte[] command, byte[] response) {
        byte[] copy = response.clone();
        if (command.length < 4) {
            return copy;
        }
        CommandHeader header = CommandHeader.of(command);
        boolean secret = Instruction.responseDataSecret(header.ins(), header.p1());
        if (secret) {
            if (!chainGoesOn) {
                chainIsSignature = keepSignatures && Redaction.signsWithDecipher(command);
            }
            chainGoesOn = (header.cla() & CHAINING) != 0;
            secret = !chainIsSignature;
        }
        secret = secret || header.ins() == Instruction.GET_RESPONSE.ins() && secretResponsePending;
        secretResponsePending = secret && response.length >= 2 && (response[response.length - 2] & 0xFF) == 0x61;
        if (secret) {
            Arrays.fill(copy, 0, copy.length - 2, Transcript.REDACTED);
        }
        return copy;
    }
}
