package io.tscns.simcard.smartcardio;

import io.tscns.simcard.TestCards;
import java.nio.charset.StandardCharsets;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;

/** Run by {@link InstallAsDefaultTest} in a JVM of its own: code that only knows {@code getDefault()}. */
public final class InstallAsDefaultMain {

    private InstallAsDefaultMain() {}

    public static void main(String[] args) throws Exception {
        SimulatedReaders readers = SimulatedReaders.create("Default A");
        readers.terminal("Default A").insert(TestCards.card());
        SimulatedTerminalProvider.installAsDefault(readers);
        TerminalFactory factory = TerminalFactory.getDefault();
        System.out.println("default type " + factory.getType());
        CardTerminal terminal = factory.terminals().list().get(0);
        CardChannel channel = terminal.connect("*").getBasicChannel();
        channel.transmit(new CommandAPDU(0x00, 0xA4, 0x08, 0x0C, new byte[] {0x10, 0x00, 0x10, 0x03}));
        byte[] id =
                channel.transmit(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16)).getData();
        System.out.println("readers "
                + factory.terminals().list().stream().map(CardTerminal::getName).toList() + " card "
                + new String(id, StandardCharsets.US_ASCII));
        SimulatedTerminalProvider.installAsDefault(readers); // the same readers again: nothing changes
        try {
            SimulatedTerminalProvider.installAsDefault(SimulatedReaders.create("Other"));
            System.out.println("second install accepted");
        } catch (IllegalStateException e) {
            System.out.println("second install refused");
        }
    }
}
