package io.tscns.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.CardFile;
import io.tscns.simcard.CardHolder;
import io.tscns.simcard.Fault;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.SimulatedCard;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.simcard.vpcd.PcscDaemon;
import io.tscns.simcard.vpcd.VirtualReader;
import io.tscns.simcard.vpcd.VpcdBridge;
import io.tscns.test.junit.WithPcscd;
import io.tscns.testpki.KeyPairSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;

/** The JDK's own PC/SC provider, through the real pcscd and vpcd, against the simulated card. */
@WithPcscd
class SmartcardioPcscIT {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final CardFactory FACTORY =
            CardFactory.builder().keys(KeyPairSource.seeded(2025)).build();
    private static final CommandAPDU SELECT_CERTIFICATE = new CommandAPDU(HEX.parseHex("00A4080C0411001101"));

    @Test
    void bothVirtualReadersAreListed(PcscDaemon daemon) throws CardException {
        assertTrue(daemon.readerNames().containsAll(java.util.List.of("Virtual PCD 00 00", "Virtual PCD 00 01")));
    }

    @Test
    void atrAndExtendedLengthReadPassThrough(VirtualReader reader) throws CardException {
        IssuedCard issued = FACTORY.issue(CardHolder.example(), SimulatedProfile.CLASSIC);
        SimulatedCard simulated = issued.card();
        reader.insert(simulated, TIMEOUT);
        Card card = reader.terminal().connect("*");
        try {
            assertArrayEquals(SimulatedProfile.CLASSIC.atr(), card.getATR().getBytes());
            assertEquals("T=1", card.getProtocol());
            CardChannel channel = card.getBasicChannel();
            assertEquals(0x9000, channel.transmit(SELECT_CERTIFICATE).getSW());
            byte[] certificate =
                    simulated.fileContent(CardFile.AUTHENTICATION_CERTIFICATE).orElseThrow();
            ResponseAPDU whole = channel.transmit(new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 65536));
            assertEquals(0x6282, whole.getSW());
            assertArrayEquals(certificate, whole.getData());
            // A chained PSO DECIPHER, as OpenSC sends it, with an extended-length last part.
            channel.transmit(
                    new CommandAPDU(0x00, 0x20, 0x00, 0x10, issued.pin().paddedForCard()));
            channel.transmit(new CommandAPDU(HEX.parseHex("0022F1B803830101")));
            byte[] block = new byte[257];
            block[2] = 0x01;
            Arrays.fill(block, 3, 200, (byte) 0xFF);
            assertEquals(
                    0x9000,
                    channel.transmit(new CommandAPDU(0x10, 0x2A, 0x80, 0x86, Arrays.copyOf(block, 100)))
                            .getSW());
            ResponseAPDU signature = channel.transmit(
                    new CommandAPDU(0x00, 0x2A, 0x80, 0x86, Arrays.copyOfRange(block, 100, 257), 65536));
            assertEquals(0x9000, signature.getSW());
            assertEquals(256, signature.getData().length);
        } finally {
            card.disconnect(true);
        }
        assertFalse(simulated.securityStatus().pinVerified(), "disconnect(true) reset the card through vpcd");
    }

    @Test
    void removalFaultTakesTheCardOutOfTheReaderUntilReinserted(VirtualReader reader) throws Exception {
        SimulatedCard simulated =
                FACTORY.issue(CardHolder.example(), SimulatedProfile.STINCARD).card();
        VpcdBridge bridge = reader.insert(simulated, TIMEOUT);
        Card card = reader.terminal().connect("*");
        simulated.injectFault(Fault.removeCardAt(2));
        card.getBasicChannel().transmit(SELECT_CERTIFICATE);
        // The command in flight gets no answer at all: vpcd hands pcscd an empty response, which the JDK's
        // provider rejects with IllegalArgumentException rather than CardException (measured with Debian 12's
        // pcscd 1.9.9 and vpcd 3.3); code on real readers must be ready for both.
        RuntimeException inFlight = assertThrows(RuntimeException.class, () -> {
            try {
                card.getBasicChannel().transmit(SELECT_CERTIFICATE);
            } catch (CardException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(
                inFlight instanceof IllegalArgumentException || inFlight.getCause() instanceof CardException,
                inFlight::toString);
        assertTrue(reader.terminal().waitForCardAbsent(TIMEOUT.toMillis()));
        assertEquals(VpcdBridge.State.REMOVED, bridge.state());
        assertThrows(CardException.class, () -> card.getBasicChannel().transmit(SELECT_CERTIFICATE));
        bridge.reinsert();
        assertTrue(reader.terminal().waitForCardPresent(TIMEOUT.toMillis()));
        Card again = reader.terminal().connect("*");
        try {
            assertEquals(
                    0x9000, again.getBasicChannel().transmit(SELECT_CERTIFICATE).getSW());
        } finally {
            again.disconnect(false);
        }
    }
}
