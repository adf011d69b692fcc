package io.tscns.simcard.smartcardio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The basic channel of a {@link SimulatedConnection}. {@link #transmit(CommandAPDU)} does what the JDK's PC/SC
 * provider does: on {@code 6Cxx} to the first command it re-sends the command with Le = xx, and on {@code 61xx} it
 * sends GET RESPONSE and joins the pieces, at most 32 exchanges in all; {@link #transmit(ByteBuffer, ByteBuffer)}
 * passes bytes through untouched. Thread-safe.
 */
final class SimulatedChannel extends CardChannel {

    private static final int MAX_EXCHANGES = 32;

    private final SimulatedConnection connection;

    SimulatedChannel(SimulatedConnection connection) {
        this.connection = connection;
    }

    @Override
    public Card getCard() {
        return connection;
    }

    @Override
    public int getChannelNumber() {
        connection.requireConnected();
        return 0;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        CommandAPDU current = command;
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int exchange = 0; exchange < MAX_EXCHANGES; exchange++) {
            byte[] response = connection.transmit(current.getBytes());
            int sw1 = response[response.length - 2] & 0xFF;
            int sw2 = response[response.length - 1] & 0xFF;
            if (sw1 == 0x6C && exchange == 0) {
                current = new CommandAPDU(
                        command.getCLA(),
                        command.getINS(),
                        command.getP1(),
                        command.getP2(),
                        command.getData(),
                        sw2 == 0 ? 256 : sw2);
                continue;
            }
            if (sw1 == 0x61) {
                joined.write(response, 0, response.length - 2);
                current = new CommandAPDU(command.getCLA() & 0x03, 0xC0, 0x00, 0x00, sw2 == 0 ? 256 : sw2);
                continue;
            }
            joined.write(response, 0, response.length);
            return new ResponseAPDU(joined.toByteArray());
        }
        throw new CardException("the card kept asking for GET RESPONSE after " + MAX_EXCHANGES + " exchanges");
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = connection.transmit(bytes);
        if (response.remaining() < answer.length) {
            Arrays.fill(answer, (byte) 0);
            throw new IllegalArgumentException("the response buffer has " + response.remaining()
                    + " bytes left; the card answered " + answer.length);
        }
        response.put(answer);
        return answer.length;
    }

    @Override
    public void close() throws CardException {
        throw new IllegalStateException("the basic channel cannot be closed");
    }

    @Override
    public String toString() {
        return "SimulatedChannel[0, " + connection.terminal().getName() + "]";
    }
}
