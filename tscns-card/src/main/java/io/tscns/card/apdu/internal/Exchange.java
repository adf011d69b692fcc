package io.tscns.card.apdu.internal;

import io.tscns.card.apdu.CommandApdu;
import io.tscns.card.apdu.CommandHeader;
import io.tscns.card.apdu.MalformedApduException;
import io.tscns.card.apdu.ResponseApdu;
import io.tscns.card.error.UnexpectedResponseException;
import io.tscns.card.transport.CardTransport;
import java.util.Arrays;

/**
 * Sends one command over a transport and reads the response, wiping the encoded command afterwards (it may hold a
 * PIN) and turning a response too short to hold a status word into {@link UnexpectedResponseException}.
 */
public final class Exchange {

    private Exchange() {}

    /**
     * Sends a command.
     *
     * @param transport the transport
     * @param command   the command; not wiped here
     * @return the card's response
     * @throws UnexpectedResponseException if the response has fewer than two bytes
     */
    public static ResponseApdu send(CardTransport transport, CommandApdu command) {
        byte[] encoded = command.encode();
        byte[] raw;
        try {
            raw = transport.transmit(encoded);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
        try {
            return ResponseApdu.parse(raw);
        } catch (MalformedApduException e) {
            throw new UnexpectedResponseException(
                    "the response to command " + CommandHeader.of(command) + " is not a response APDU: "
                            + e.getMessage(),
                    e);
        }
    }
}
