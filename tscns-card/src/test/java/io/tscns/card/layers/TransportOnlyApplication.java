package io.tscns.card.layers;

import io.tscns.card.CnsCard;
import io.tscns.card.transport.ScriptedTransport;
import java.util.HexFormat;

/**
 * An application that uses tscns-card over its own transport, run by {@link WithoutSmartcardioTest} in a child JVM
 * whose modules leave out {@code java.smartcardio}. It opens a {@link CnsCard} over a recorded script of the reference
 * card, reads the card id, and prints what it saw, one fact a line: whether {@code java.smartcardio} is in the boot
 * layer, whether {@code javax.smartcardio} classes can be loaded, the module {@code CnsCard} came from, and the card
 * id.
 */
public final class TransportOnlyApplication {

    /** CNS 1.0, STIncard mask, short APDUs: the reference card's ATR (see ReferenceCard). */
    static final String ATR = "3BFF1800FF8131FE55006B02090200011101434E531031808F";

    /** EF.ID_Carta selected with its FCI (16 bytes), then read: what readCardId() sends. */
    static final String SCRIPT = """
            > 00A4080004 10001003 00
            < 6F0A 80020010 820101 8A0105 9000
            > 00B0000010
            < 36313230313233343536373839303030 9000
            """;

    private TransportOnlyApplication() {}

    /**
     * Runs the application.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.println("java.smartcardio in the boot layer: "
                + ModuleLayer.boot().findModule("java.smartcardio").isPresent());
        System.out.println("javax.smartcardio loadable: " + loadable("javax.smartcardio.CardTerminal"));
        System.out.println("CnsCard from: " + CnsCard.class.getModule());
        ScriptedTransport transport = ScriptedTransport.parse(SCRIPT);
        try (CnsCard card = CnsCard.open(transport, HexFormat.of().parseHex(ATR))) {
            System.out.println("card id: " + card.readCardId().value());
        }
        transport.assertComplete();
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
