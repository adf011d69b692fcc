package io.tscns.card.transport;

import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.Instruction;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.transport.internal.ApduText;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transport decorator that logs every APDU at TRACE level through SLF4J (<i>traccia degli APDU</i>), logger
 * {@code io.tscns.card.transport.TracingTransport}.
 *
 * <p>Redaction is by construction, not by caller discipline: the data of VERIFY, CHANGE REFERENCE DATA and RESET
 * RETRY COUNTER (INS 20/21, 24/25, 2C/2D) is never formatted, only its length, because the INS byte of the command
 * on the wire decides it. The response of PSO DECIPHER (P1 = 80) is redacted too, and so is the data fetched for
 * it by GET RESPONSE: a decryption output can be a secret, and the tracer cannot tell it from the raw-RSA signature
 * the SDK computes with the same command. The input of a signature is not redacted: it is a hash that anyone holding
 * the certificate can recover from the signature itself. With {@link Detail#HEADERS} no data at all is logged
 * (personal data and certificates included). Not thread-safe, like the transports it wraps.
 *
 * @since 0.1.0
 */
public final class TracingTransport implements CardTransport {

    /** How much of each APDU the trace shows. */
    public enum Detail {
        /** Headers, lengths and status words only. */
        HEADERS,
        /** Also the data of commands and responses that carry no secret. */
        DATA
    }

    private static final Logger LOG = LoggerFactory.getLogger(TracingTransport.class);

    private final CardTransport delegate;
    private final Detail detail;
    private long counter;
    private boolean pendingSecretResponse;

    /**
     * Wraps a transport, showing non-secret data.
     *
     * @param delegate the transport to trace
     */
    public TracingTransport(CardTransport delegate) {
        this(delegate, Detail.DATA);
    }

    /**
     * Wraps a transport.
     *
     * @param delegate the transport to trace
     * @param detail   how much to show
     */
    public TracingTransport(CardTransport delegate, Detail detail) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    @Override
    public byte[] transmit(byte[] command) {
        if (!LOG.isTraceEnabled()) {
            return delegate.transmit(command);
        }
        long number = ++counter;
        boolean withData = detail == Detail.DATA;
        LOG.trace("APDU #{} > {}", number, ApduText.command(command, withData));
        byte[] response = delegate.transmit(command);
        boolean secretResponse = secretResponse(command);
        try {
            ResponseApdu parsed = ResponseApdu.parse(response);
            LOG.trace("APDU #{} < {}", number, ApduText.response(parsed, withData && !secretResponse));
            pendingSecretResponse = secretResponse && parsed.sw1() == 0x61;
        } catch (MalformedApduException e) {
            LOG.trace("APDU #{} < <{} bytes, not a response APDU>", number, response == null ? 0 : response.length);
            pendingSecretResponse = false;
        }
        return response;
    }

    private boolean secretResponse(byte[] command) {
        if (command == null || command.length < 4) {
            return false;
        }
        CommandHeader header = CommandHeader.of(command);
        if (header.ins() == Instruction.GET_RESPONSE.ins()) {
            return pendingSecretResponse;
        }
        return Instruction.responseDataSecret(header.ins(), header.p1());
    }
}
