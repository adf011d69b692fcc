package io.tscns.card.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.test.junit.WithSimulatedCard;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.security.auth.callback.CallbackHandler;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

/** The examples of the README's section on the JCA provider, run against the simulated card. */
@WithSimulatedCard(seed = 2023)
class ProviderReadmeTest {

    @Test
    void signWithTheKeyStoreAndAuthenticateInTls(CardTerminal reader, IssuedCard issued) throws Exception {
        CallbackHandler pinDialog = CardKeyFixtures.TypingHandler.typing(issued.pin());
        byte[] document = "ricetta 42".getBytes(StandardCharsets.UTF_8);
        TrustManager[] serverTrust = ClientAuthServer.trusting(TestPki.standard());
        try (CnsCard card = PcscCards.open(reader);
                ClientAuthServer server = new ClientAuthServer(
                        TestPki.standard(),
                        TestPki.standard().issuingCa(issued.issuer()).certificate())) {
            // tag::sign[]
            KeyStore store = KeyStore.getInstance("TSCNS", TscnsProvider.install());
            store.load(TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(pinDialog)));
            String alias = store.aliases().nextElement();          // "MARIO ROSSI 6090..." (names, card id)
            PrivateKey key = (PrivateKey) store.getKey(alias, null);  // a handle: the key stays on the card

            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);                   // the JDK picks the TSCNS provider for a card key
            signer.update(document);
            byte[] signature = signer.sign();       // the PIN dialog opens here, once per card session

            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            // end::sign[]
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate);
            verifier.update(document);
            assertTrue(verifier.verify(signature));

            // tag::tls[]
            CardKeyManager keys = CardKeyManager.of(card, pinDialog);
            SSLContext tls = keys.sslContext(serverTrust);   // TLS 1.3 and 1.2, or 1.2 only: keys.tlsProtocols()
            // use it: HttpClient.newBuilder().sslContext(tls), HttpsURLConnection, SSLSocketFactory, ...
            // end::tls[]
            ClientAuthServer.Seen seen = server.handshake(tls);
            assertEquals(keys.tlsProtocols().get(0), seen.protocol());
            assertEquals(issued.certificate(), seen.client());
        }
    }
}
