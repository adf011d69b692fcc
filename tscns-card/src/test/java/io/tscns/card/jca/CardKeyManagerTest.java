package io.tscns.card.jca;

import static io.tscns.card.jca.CardKeyFixtures.TypingHandler;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.LogCapture;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.test.junit.WithSimulatedCard;
import io.tscns.testpki.TestPki;
import java.security.Principal;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

/**
 * TLS client authentication with the simulated card (in-process {@code javax.smartcardio} readers) against a JDK
 * server that requires a client certificate: TLS 1.3 with RSA-PSS for a card that computes raw RSA, TLS 1.2 with
 * PKCS#1 v1.5 for one that pads on the card, which cannot do TLS 1.3 at all.
 */
@WithSimulatedCard(seed = 2021)
class CardKeyManagerTest {

    private static final TestPki PKI = TestPki.standard();

    private static ClientAuthServer server(IssuedCard issued) throws Exception {
        return new ClientAuthServer(PKI, PKI.issuingCa(issued.issuer()).certificate());
    }

    @Test
    void aRawRsaCardAuthenticatesInTls13AndTls12(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader);
                ClientAuthServer server = server(issued)) {
            TypingHandler pins = TypingHandler.typing(issued.pin());
            CardKeyManager keys = CardKeyManager.of(card, pins);
            assertEquals(List.of("TLSv1.3", "TLSv1.2"), keys.tlsProtocols());
            SSLContext context = keys.sslContext(ClientAuthServer.trusting(PKI));

            ClientAuthServer.Seen tls13 = server.handshake(context);
            assertEquals("TLSv1.3", tls13.protocol());
            assertEquals(issued.certificate(), tls13.client(), "the server sees the card's certificate");

            ClientAuthServer.Seen tls12 = server.handshake(context, "TLSv1.2");
            assertEquals("TLSv1.2", tls12.protocol());
            assertEquals(issued.certificate(), tls12.client());
            assertEquals(1, pins.prompts.get(), "the PIN was asked once; the card remembered it");
        }
    }

    @Test
    void theCardIsOfferedOnlyForAnRsaKeyFromItsIssuer(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader)) {
            CardKeyManager keys = CardKeyManager.of(card, TypingHandler.typing(issued.pin()));
            assertEquals(issued.certificate(), keys.certificate());
            Principal issuer = issued.certificate().getIssuerX500Principal();
            Principal other = new javax.security.auth.x500.X500Principal("CN=Another CA, O=Elsewhere, C=IT");

            String alias = keys.chooseClientAlias(new String[] {"RSA"}, null, null);
            assertTrue(alias != null && !alias.isEmpty(), String.valueOf(alias));
            assertEquals(
                    alias, keys.chooseEngineClientAlias(new String[] {"EC", "RSA"}, new Principal[] {issuer}, null));
            assertEquals(alias, keys.chooseClientAlias(new String[] {"RSA"}, new Principal[0], null));
            assertEquals(alias, keys.chooseClientAlias(new String[] {"RSA"}, new Principal[] {other, issuer}, null));
            assertArrayEquals(new String[] {alias}, keys.getClientAliases("RSA", null));
            assertArrayEquals(new X509Certificate[] {issued.certificate()}, keys.getCertificateChain(alias));

            assertNull(keys.chooseClientAlias(new String[] {"EC"}, null, null));
            assertNull(keys.chooseEngineClientAlias(null, null, null));
            assertNull(keys.chooseClientAlias(new String[] {"RSA"}, new Principal[] {other}, null));
            assertNull(keys.getClientAliases("EC", null));
            assertNull(keys.chooseServerAlias("RSA", null, null));
            assertNull(keys.getServerAliases("RSA", null));
            assertNull(keys.getCertificateChain(alias + "-other"));
            assertNull(keys.getPrivateKey(alias + "-other"));
        }
    }

    @Test
    void aCardThatPadsOnTheCardIsLimitedToTls12AndSaysSo(CardTerminal reader, IssuedCard issued) throws Exception {
        try (CnsCard card = PcscCards.open(reader, CardKeyFixtures.PADS_ON_CARD);
                ClientAuthServer server = server(issued);
                LogCapture log = LogCapture.start()) {
            CardKeyManager keys = CardKeyManager.of(card, TypingHandler.typing(issued.pin()));
            assertEquals(List.of("TLSv1.2"), keys.tlsProtocols());
            assertTrue(log.text().contains("limited to TLS 1.2 with rsa_pkcs1_sha256"), log.text());

            ClientAuthServer.Seen seen = server.handshake(keys.sslContext(ClientAuthServer.trusting(PKI)));
            assertEquals("TLSv1.2", seen.protocol(), "the server offered TLS 1.3; the key manager's context did not");
            assertEquals(issued.certificate(), seen.client());
        }
    }

    @Test
    void withoutTheLimitACardThatPadsOnTheCardFailsTheTls13Handshake(CardTerminal reader, IssuedCard issued)
            throws Exception {
        try (CnsCard card = PcscCards.open(reader, CardKeyFixtures.PADS_ON_CARD);
                ClientAuthServer server = server(issued)) {
            CardKeyManager keys = CardKeyManager.of(card, TypingHandler.typing(issued.pin()));
            SSLContext byHand = SSLContext.getInstance("TLSv1.3");
            byHand.init(new KeyManager[] {keys}, ClientAuthServer.trusting(PKI), null);
            SSLException failure = assertThrows(SSLException.class, () -> server.handshake(byHand, "TLSv1.3"));
            assertTrue(
                    failure.getMessage().contains("No supported CertificateVerify signature algorithm"),
                    "TLS 1.3 needs RSA-PSS in CertificateVerify, which this card cannot make: " + failure);
        }
    }
}
