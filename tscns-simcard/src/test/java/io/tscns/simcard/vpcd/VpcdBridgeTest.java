package io.tscns.simcard.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.Fault;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.TestCards;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bridge against a stand-in for vpcd that speaks the wire protocol of {@code docs/pcsc.md §3}. */
class VpcdBridgeTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ServerSocket vpcd = listen();
    private final SimulatedCard card = TestCards.card(SimulatedProfile.CLASSIC);
    private final VpcdBridge bridge =
            VpcdBridge.start(card, new InetSocketAddress(InetAddress.getLoopbackAddress(), vpcd.getLocalPort()));

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws Exception {
        bridge.close();
        vpcd.close();
    }

    /** One accepted card connection, seen from vpcd's side. */
    private static final class Reader implements AutoCloseable {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;

        Reader(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        void send(byte[] payload) throws IOException {
            out.write(new byte[] {(byte) (payload.length >>> 8), (byte) payload.length});
            out.write(payload); // two writes, as Debian's vpcd 3.3 does
            out.flush();
        }

        byte[] receive() throws IOException {
            return VpcdProtocol.read(in);
        }

        byte[] exchange(String apdu) throws IOException {
            send(HEX.parseHex(apdu));
            return receive();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void answersAtrRequestsPowerCommandsAndApdus() throws Exception {
        try (Reader reader = new Reader(vpcd.accept())) {
            reader.send(new byte[] {VpcdProtocol.GET_ATR});
            assertArrayEquals(SimulatedProfile.CLASSIC.atr(), reader.receive());
            assertTrue(bridge.awaitReaderContact(WAIT));
            assertEquals(VpcdBridge.State.CONNECTED, bridge.state());
            reader.send(new byte[] {VpcdProtocol.POWER_ON});
            assertEquals("9000", HEX.formatHex(reader.exchange("00A4080C0410001003")));
            assertEquals(
                    HEX.formatHex(TestCards.ID_CARTA.getBytes(StandardCharsets.US_ASCII)) + "9000",
                    HEX.formatHex(reader.exchange("00B0000010")));
            reader.send(new byte[] {VpcdProtocol.RESET});
            assertEquals("6986", HEX.formatHex(reader.exchange("00B0000010")), "a reset selects the MF");
            reader.send(new byte[] {VpcdProtocol.POWER_OFF});
            assertEquals("6F00", HEX.formatHex(reader.exchange("00A4000C023F00")), "an unpowered card is mute");
            assertFalse(card.isPowered());
            reader.send(new byte[] {0x7F}); // unknown control byte: ignored
            reader.send(new byte[] {VpcdProtocol.GET_ATR});
            assertArrayEquals(SimulatedProfile.CLASSIC.atr(), reader.receive());
        }
    }

    @Test
    void reconnectsWhenVpcdDropsTheConnection() throws Exception {
        try (Reader first = new Reader(vpcd.accept())) {
            first.send(new byte[] {VpcdProtocol.POWER_ON});
            assertEquals("9000", HEX.formatHex(first.exchange("00A4000C023F00")));
        }
        try (Reader second = new Reader(vpcd.accept())) {
            second.send(new byte[] {VpcdProtocol.POWER_ON});
            assertEquals("9000", HEX.formatHex(second.exchange("00A4000C023F00")));
        }
    }

    @Test
    void removalFaultClosesTheConnectionUntilReinserted() throws Exception {
        try (Reader reader = new Reader(vpcd.accept())) {
            reader.send(new byte[] {VpcdProtocol.POWER_ON});
            card.injectFault(Fault.removeCardAt(1));
            reader.send(HEX.parseHex("00A4000C023F00"));
            assertThrows(EOFException.class, reader::receive, "the card left without answering");
        }
        assertTrue(bridge.awaitState(VpcdBridge.State.REMOVED, WAIT));
        bridge.reinsert();
        assertThrows(IllegalStateException.class, bridge::reinsert, "only a removed card can be reinserted");
        try (Reader reader = new Reader(vpcd.accept())) {
            reader.send(new byte[] {VpcdProtocol.POWER_ON});
            assertEquals("9000", HEX.formatHex(reader.exchange("00A4000C023F00")));
        }
    }

    @Test
    void closeEndsTheBridgeForGood() throws Exception {
        try (Reader reader = new Reader(vpcd.accept())) {
            reader.send(new byte[] {VpcdProtocol.POWER_ON});
            bridge.close();
            assertEquals(VpcdBridge.State.CLOSED, bridge.state());
            assertThrows(EOFException.class, reader::receive);
            assertFalse(bridge.awaitReaderContact(Duration.ofMillis(1)));
        }
    }

    @Test
    void messagesAreFramedWithATwoByteLength() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        VpcdProtocol.write(out, new byte[] {1, 2, 3});
        assertEquals("0003010203", HEX.formatHex(out.toByteArray()));
        assertThrows(IOException.class, () -> VpcdProtocol.write(out, new byte[0x10000]));
        byte[] read =
                VpcdProtocol.read(new DataInputStream(new java.io.ByteArrayInputStream(HEX.parseHex("0002ABCD"))));
        assertEquals("ABCD", HEX.formatHex(read));
        assertThrows(
                EOFException.class,
                () -> VpcdProtocol.read(new DataInputStream(new java.io.ByteArrayInputStream(HEX.parseHex("0005AB")))));
    }
}
