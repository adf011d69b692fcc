package io.tscns.card.simulated;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The host's side of a PC/SC connection, recorded: a {@link Card} that passes every APDU and every control command
 * to the real connection and keeps a copy of the bytes the host sent. What a reader builds and sends to the card on
 * its own (a PIN-pad's completed VERIFY) does not pass here.
 */
final class HostSideRecorder extends Card {

    private final Card card;
    private final List<byte[]> sent = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> controlCodes = Collections.synchronizedList(new ArrayList<>());

    HostSideRecorder(Card card) {
        this.card = card;
    }

    /** Every command APDU and every control command's data the host sent, in order. */
    List<byte[]> sent() {
        return List.copyOf(sent);
    }

    /** The control codes the host sent, in order. */
    List<Integer> controlCodes() {
        return List.copyOf(controlCodes);
    }

    @Override
    public ATR getATR() {
        return card.getATR();
    }

    @Override
    public String getProtocol() {
        return card.getProtocol();
    }

    @Override
    public CardChannel getBasicChannel() {
        CardChannel channel = card.getBasicChannel();
        return new CardChannel() {
            @Override
            public Card getCard() {
                return HostSideRecorder.this;
            }

            @Override
            public int getChannelNumber() {
                return channel.getChannelNumber();
            }

            @Override
            public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                sent.add(command.getBytes());
                return channel.transmit(command);
            }

            @Override
            public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
                ByteBuffer copy = command.duplicate();
                byte[] bytes = new byte[copy.remaining()];
                copy.get(bytes);
                sent.add(bytes);
                return channel.transmit(command, response);
            }

            @Override
            public void close() throws CardException {
                channel.close();
            }
        };
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        return card.openLogicalChannel();
    }

    @Override
    public void beginExclusive() throws CardException {
        card.beginExclusive();
    }

    @Override
    public void endExclusive() throws CardException {
        card.endExclusive();
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        controlCodes.add(controlCode);
        sent.add(command.clone());
        return card.transmitControlCommand(controlCode, command);
    }

    @Override
    public void disconnect(boolean reset) throws CardException {
        card.disconnect(reset);
    }
}
