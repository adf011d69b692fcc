package io.tscns.simcard.smartcardio;

import io.tscns.simcard.SimulatedCard;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A connection to the card in a {@link SimulatedTerminal}, as {@link SimulatedTerminal#connect(String)} returns it.
 * Logical channels are asked of the card with MANAGE CHANNEL, which a TS-CNS refuses, so only the basic channel
 * exists. Thread-safe.
 */
final class SimulatedConnection extends Card {

    private final SimulatedTerminal terminal;
    private final SimulatedCard card;
    private final long generation;
    private final SimulatedChannel basicChannel;
    private volatile boolean disconnected;

    SimulatedConnection(SimulatedTerminal terminal, SimulatedCard card, long generation) {
        this.terminal = terminal;
        this.card = card;
        this.generation = generation;
        this.basicChannel = new SimulatedChannel(this);
    }

    long generation() {
        return generation;
    }

    SimulatedTerminal terminal() {
        return terminal;
    }

    @Override
    public ATR getATR() {
        return new ATR(card.atr());
    }

    @Override
    public String getProtocol() {
        return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
        requireConnected();
        return basicChannel;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        ResponseAPDU response = basicChannel.transmit(new CommandAPDU(0x00, 0x70, 0x00, 0x00, 1));
        throw new CardException("MANAGE CHANNEL failed: the card answered " + String.format("%04X", response.getSW()));
    }

    @Override
    public void beginExclusive() throws CardException {
        requireConnected();
        terminal.beginExclusive(this);
    }

    @Override
    public void endExclusive() throws CardException {
        requireConnected();
        terminal.endExclusive(this);
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        requireConnected();
        return terminal.control(this, controlCode, command.clone());
    }

    @Override
    public void disconnect(boolean reset) throws CardException {
        if (disconnected) {
            return;
        }
        disconnected = true;
        terminal.disconnect(this, reset);
    }

    byte[] transmit(byte[] command) throws CardException {
        requireConnected();
        return terminal.transmit(this, command);
    }

    void requireConnected() {
        if (disconnected) {
            throw new IllegalStateException(
                    "this connection to the card in " + terminal.getName() + " has been disconnected");
        }
    }

    @Override
    public String toString() {
        return "SimulatedConnection[" + terminal.getName() + ", T=1" + (disconnected ? ", disconnected]" : "]");
    }
}
