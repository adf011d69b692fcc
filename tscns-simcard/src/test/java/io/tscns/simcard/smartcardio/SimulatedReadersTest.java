package io.tscns.simcard.smartcardio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.Fault;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.TestCards;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

class SimulatedReadersTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final CommandAPDU SELECT_ID = new CommandAPDU(HEX.parseHex("00A4080C0410001003"));
    private static final CommandAPDU READ_ID = new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 16);

    private final SimulatedReaders readers = SimulatedReaders.create("Reader A", "Reader B");
    private final SimulatedTerminal readerA = readers.terminal("Reader A");
    private final TerminalFactory factory = readers.terminalFactory();

    private static String cardId(CardChannel channel) throws CardException {
        assertEquals(0x9000, channel.transmit(SELECT_ID).getSW());
        return new String(channel.transmit(READ_ID).getData(), StandardCharsets.US_ASCII);
    }

    @Test
    void unchangedSmartcardioCodeReadsTheCard() throws CardException {
        assertEquals(SimulatedTerminalProvider.TYPE, factory.getType());
        CardTerminals terminals = factory.terminals();
        assertEquals(
                List.of("Reader A", "Reader B"),
                terminals.list().stream().map(CardTerminal::getName).toList());
        assertEquals(List.of(), terminals.list(CardTerminals.State.CARD_PRESENT));
        readerA.insert(TestCards.card());
        CardTerminal terminal = terminals.list(CardTerminals.State.CARD_PRESENT).get(0);
        assertTrue(terminal.waitForCardPresent(0));
        Card card = terminal.connect("*");
        assertArrayEquals(SimulatedProfile.CLASSIC.atr(), card.getATR().getBytes());
        assertEquals("T=1", card.getProtocol());
        assertEquals(TestCards.ID_CARTA, cardId(card.getBasicChannel()));
        assertEquals(0, card.getBasicChannel().getChannelNumber());
        card.disconnect(false);
        assertThrows(IllegalStateException.class, card::getBasicChannel);
    }

    @Test
    void connectingToAnEmptyReaderOrWithT0Fails() {
        CardTerminal terminal = factory.terminals().getTerminal("Reader B");
        assertThrows(CardNotPresentException.class, () -> terminal.connect("*"));
        readers.terminal("Reader B").insert(TestCards.card());
        assertThrows(CardException.class, () -> terminal.connect("T=0"));
        assertThrows(CardException.class, () -> terminal.connect("DIRECT"));
        assertThrows(IllegalArgumentException.class, () -> terminal.connect("T=2"));
        assertNull(factory.terminals().getTerminal("Reader C"));
    }

    @Test
    void getResponseIsSentAutomaticallyLikeTheJdkProvider() throws Exception {
        readerA.insert(TestCards.card());
        CardChannel channel = readerA.connect("T=1").getBasicChannel();
        channel.transmit(new CommandAPDU(0x00, 0x20, 0x00, 0x10, TestCards.padded(TestCards.PIN)));
        channel.transmit(new CommandAPDU(HEX.parseHex("0022F1B603830101")));
        byte[] digestInfo = HEX.parseHex("3031300D060960864801650304020105000420"
                + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] {1})));
        // Le = 0x40: the card answers 64 bytes with 61C0, then the channel fetches the other 192.
        ResponseAPDU signature = channel.transmit(new CommandAPDU(0x00, 0x2A, 0x9E, 0x9A, digestInfo, 0x40));
        assertEquals(0x9000, signature.getSW());
        assertEquals(256, signature.getData().length);
        java.security.Signature verifier = java.security.Signature.getInstance("SHA256withRSA");
        verifier.initVerify(readerA.card().orElseThrow().publicKey());
        verifier.update(new byte[] {1});
        assertTrue(verifier.verify(signature.getData()));
    }

    @Test
    void wrongLengthAnswerIsRetriedWithTheLengthTheCardGives() throws CardException {
        SimulatedCard card = TestCards.card();
        readerA.insert(card);
        CardChannel channel = readerA.connect("*").getBasicChannel();
        channel.transmit(SELECT_ID);
        card.injectFault(Fault.answerAt(1, 0x6C10));
        ResponseAPDU response = channel.transmit(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 0x08));
        assertEquals(0x9000, response.getSW());
        assertEquals(16, response.getData().length);
        assertEquals(3, card.apduCount(), "SELECT, the READ answered 6C10, the READ re-sent with Le = 16");
    }

    @Test
    void rawTransmitPassesStatusWordsThrough() throws Exception {
        readerA.insert(TestCards.card());
        CardChannel channel = readerA.connect("*").getBasicChannel();
        ByteBuffer response = ByteBuffer.allocate(300);
        int length = channel.transmit(ByteBuffer.wrap(HEX.parseHex("0084000000")), response);
        assertEquals(258, length);
        assertThrows(
                IllegalArgumentException.class,
                () -> channel.transmit(ByteBuffer.wrap(HEX.parseHex("0084000000")), ByteBuffer.allocate(10)));
    }

    @Test
    void removalEndsOpenConnections() throws CardException {
        readerA.insert(TestCards.card());
        Card card = readerA.connect("*");
        readerA.remove();
        CardException e =
                assertThrows(CardException.class, () -> card.getBasicChannel().transmit(SELECT_ID));
        assertTrue(e.getMessage().contains("SCARD_W_REMOVED_CARD"));
        readerA.insert(TestCards.card());
        assertThrows(CardException.class, () -> card.getBasicChannel().transmit(SELECT_ID), "a new card, not the old");
        assertEquals(TestCards.ID_CARTA, cardId(readerA.connect("*").getBasicChannel()));
    }

    @Test
    void removalFaultEmptiesTheReader() throws CardException {
        SimulatedCard simulated = TestCards.card();
        readerA.insert(simulated);
        CardChannel channel = readerA.connect("*").getBasicChannel();
        simulated.injectFault(Fault.removeCardAt(2));
        channel.transmit(SELECT_ID);
        CardException e = assertThrows(CardException.class, () -> channel.transmit(READ_ID));
        assertTrue(e.getMessage().contains("SCARD_W_REMOVED_CARD"));
        assertTrue(readerA.waitForCardAbsent(0));
        assertFalse(readerA.isCardPresent());
        assertFalse(simulated.isPowered());
    }

    @Test
    void waitForChangeReportsInsertionsAndRemovalsSinceTheLastCall() throws CardException {
        CardTerminals terminals = factory.terminals();
        assertFalse(terminals.waitForChange(1), "the first call waits for a change from now on");
        readerA.insert(TestCards.card());
        assertTrue(terminals.waitForChange(0));
        assertEquals(List.of(readerA), terminals.list(CardTerminals.State.CARD_INSERTION));
        assertEquals(List.of(), terminals.list(CardTerminals.State.CARD_REMOVAL));
        assertFalse(terminals.waitForChange(1));
        readerA.remove();
        readers.terminal("Reader B").insert(TestCards.card());
        assertTrue(terminals.waitForChange(0));
        assertEquals(List.of(readerA), terminals.list(CardTerminals.State.CARD_REMOVAL));
        assertEquals(List.of(readers.terminal("Reader B")), terminals.list(CardTerminals.State.CARD_INSERTION));
        assertEquals(List.of(readerA), terminals.list(CardTerminals.State.CARD_ABSENT));
    }

    @Test
    void waitForChangeWakesUpForAnotherThreadsInsertion() throws Exception {
        CardTerminals terminals = factory.terminals();
        assertFalse(terminals.waitForChange(1));
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return terminals.waitForChange(0);
            } catch (CardException e) {
                throw new IllegalStateException(e);
            }
        });
        readerA.insert(TestCards.card());
        assertTrue(waiter.get());
    }

    @Test
    void exclusiveAccessKeepsOtherConnectionsAndThreadsOut() throws Exception {
        readerA.insert(TestCards.card());
        Card owner = readerA.connect("*");
        Card other = readerA.connect("*");
        owner.beginExclusive();
        assertThrows(CardException.class, owner::beginExclusive);
        assertTrue(
                assertThrows(CardException.class, () -> other.getBasicChannel().transmit(SELECT_ID))
                        .getMessage()
                        .contains("SCARD_E_SHARING_VIOLATION"));
        ExecutionException fromAnotherThread = assertThrows(
                ExecutionException.class,
                () -> CompletableFuture.runAsync(() -> {
                            try {
                                owner.getBasicChannel().transmit(SELECT_ID);
                            } catch (CardException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .get());
        assertInstanceOf(CardException.class, fromAnotherThread.getCause().getCause());
        assertEquals(TestCards.ID_CARTA, cardId(owner.getBasicChannel()));
        assertThrows(IllegalStateException.class, other::endExclusive);
        owner.endExclusive();
        assertEquals(TestCards.ID_CARTA, cardId(other.getBasicChannel()));
    }

    @Test
    void disconnectWithResetForgetsTheVerifiedPin() throws CardException {
        SimulatedCard simulated = TestCards.card();
        readerA.insert(simulated);
        Card card = readerA.connect("*");
        card.getBasicChannel().transmit(new CommandAPDU(0x00, 0x20, 0x00, 0x10, TestCards.padded(TestCards.PIN)));
        card.disconnect(false);
        assertTrue(simulated.securityStatus().pinVerified());
        Card again = readerA.connect("*");
        again.disconnect(true);
        assertFalse(simulated.securityStatus().pinVerified());
    }

    @Test
    void onlyTheBasicChannelAndNoControlCodes() throws CardException {
        readerA.insert(TestCards.card());
        Card card = readerA.connect("*");
        assertTrue(assertThrows(CardException.class, card::openLogicalChannel)
                .getMessage()
                .contains("6D00"));
        assertThrows(CardException.class, () -> card.transmitControlCommand(0x42000D48, new byte[0]));
        assertThrows(IllegalStateException.class, () -> card.getBasicChannel().close());
    }

    @Test
    void readersAreSeparateWorldsAndNamesAreChecked() throws NoSuchAlgorithmException {
        assertThrows(IllegalArgumentException.class, () -> SimulatedReaders.create("A", "A"));
        assertThrows(IllegalArgumentException.class, SimulatedReaders::create);
        assertThrows(IllegalArgumentException.class, () -> readers.terminal("nope"));
        assertThrows(IllegalStateException.class, () -> {
            readerA.insert(TestCards.card());
            readerA.insert(TestCards.card());
        });
        assertThrows(
                NoSuchAlgorithmException.class,
                () -> TerminalFactory.getInstance(
                        SimulatedTerminalProvider.TYPE, null, new SimulatedTerminalProvider()));
        TerminalFactory bound = TerminalFactory.getInstance(
                SimulatedTerminalProvider.TYPE, null, new SimulatedTerminalProvider(readers));
        assertEquals("Reader A", bound.terminals().getTerminal("Reader A").getName());
        assertEquals("SimulatedReaders[Reader A: card, Reader B: empty]", readers.toString());
    }
}
