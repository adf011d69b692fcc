package io.tscns.simcard.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.simcard.CardFactory;
import io.tscns.simcard.SimulatedProfile;
import io.tscns.testpki.KeyPairSource;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VpcdCardServerTest {

    @Test
    void printsTheCardSheetAndServesTheCard() throws Exception {
        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            VpcdCardServer.Options options = VpcdCardServer.Options.defaults()
                    .withVpcd("127.0.0.1:" + vpcd.getLocalPort())
                    .withProfile("stincard");
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            VpcdCardServer server = VpcdCardServer.start(
                    options,
                    CardFactory.builder().keys(KeyPairSource.seeded(11)).build(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            String sheet = printed.toString(StandardCharsets.UTF_8);
            assertTrue(sheet.contains("stincard profile"), sheet);
            assertTrue(sheet.contains("Holder:       MARIO ROSSI, codice fiscale RSSMRA80A01H501U"), sheet);
            assertTrue(sheet.contains("ID_Carta:     " + server.card().cardId().value()), sheet);
            assertTrue(
                    sheet.contains("TEAM number:  " + server.card().teamNumber().value()), sheet);
            assertTrue(
                    sheet.contains(
                            "PIN:          " + new String(server.card().pin().toCharArray())),
                    sheet);
            assertTrue(
                    sheet.contains(
                            "PUK:          " + new String(server.card().puk().toCharArray())),
                    sheet);
            assertTrue(
                    sheet.contains(
                            "CIP:          " + new String(server.card().cip().toCharArray())),
                    sheet);
            assertTrue(sheet.contains("Regione Toscana - CA Cittadini"), sheet);
            assertTrue(sheet.contains("SURNAME=ROSSI,GIVENNAME=MARIO") && !sheet.contains("2.5.4.4=#"), sheet);
            assertTrue(sheet.contains("length header counting itself"), sheet);
            try (Socket card = vpcd.accept()) {
                card.getOutputStream().write(new byte[] {0, 1, VpcdProtocol.GET_ATR});
                assertArrayEquals(
                        SimulatedProfile.STINCARD.atr(), VpcdProtocol.read(new DataInputStream(card.getInputStream())));
                assertTrue(server.awaitReaderContact(Duration.ofSeconds(30)));
                server.close();
                server.awaitClose();
                assertEquals(-1, card.getInputStream().read(), "the card left the reader");
            }
            assertTrue(server.card().pin().isDestroyed());
        }
    }

    @Test
    void optionsReadAddressesAndProfiles() {
        assertEquals(new InetSocketAddress("127.0.0.1", 35963), VpcdCardServer.Options.parseAddress("127.0.0.1"));
        assertEquals(new InetSocketAddress("127.0.0.1", 35964), VpcdCardServer.Options.parseAddress(":35964"));
        assertEquals(new InetSocketAddress("localhost", 40000), VpcdCardServer.Options.parseAddress("localhost:40000"));
        assertThrows(IllegalArgumentException.class, () -> VpcdCardServer.Options.parseAddress("host:0"));
        assertThrows(IllegalArgumentException.class, () -> VpcdCardServer.Options.parseAddress("host:70000"));
        assertThrows(IllegalArgumentException.class, () -> VpcdCardServer.Options.parseAddress("host:port"));
        assertEquals(
                SimulatedProfile.RSA_1024,
                VpcdCardServer.Options.defaults().withProfile("rsa1024").profile());
        assertThrows(IllegalArgumentException.class, () -> VpcdCardServer.main(new String[] {"--port", "1"}));
        assertThrows(IllegalArgumentException.class, () -> VpcdCardServer.main(new String[] {"--vpcd"}));
    }
}
