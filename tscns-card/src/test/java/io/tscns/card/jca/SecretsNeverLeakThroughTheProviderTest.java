package io.tscns.card.jca;

import static io.tscns.card.jca.CardKeyFixtures.TypingHandler;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.LogCapture;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.test.junit.SecretLeaks;
import io.tscns.test.junit.WithSimulatedCard;
import io.tscns.testpki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

/**
 * With TRACE logging on for the whole SDK, neither the right PIN nor a wrong one reaches the log, an exception
 * (message or cause), or the {@code toString} of anything the provider hands out: key store, key, signature, PIN
 * callback, key manager, through a wrong PIN, a cancelled entry, a PIN given up front and a TLS handshake. The output
 * also holds the certificate read from the card, in hex and as text, where a five-digit PIN's digits can occur by
 * chance: {@link SecretLeaks} looks for the forms a PIN leaks in, not for its digits anywhere.
 */
@WithSimulatedCard(seed = 2022)
class SecretsNeverLeakThroughTheProviderTest {

    private static final String WRONG = "97531";
    private static final byte[] DATA = "x".getBytes(StandardCharsets.US_ASCII);

    @Test
    void noPinReachesTheLogAnExceptionOrAToString(CardTerminal reader, IssuedCard issued) throws Exception {
        String pin = new String(issued.pin().toCharArray());
        List<String> seen = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            try (CnsCard card = PcscCards.open(reader)) {
                TypingHandler handler = new TypingHandler(WRONG, pin);
                KeyStore store = KeyStore.getInstance("TSCNS", new TscnsProvider());
                store.load(TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(handler)));
                PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
                Signature signature = Signature.getInstance("SHA256withRSA", new TscnsProvider());
                signature.initSign(key);
                signature.update(DATA);
                signature.sign();
                handler.seen.forEach(callback -> seen.add(callback.toString() + " " + callback.getPrompt()));
                seen.add(store.toString());
                seen.add(key.toString());
                seen.add(signature.toString());

                CardKeyManager keys = CardKeyManager.of(card, handler);
                seen.add(keys.toString());
                try (ClientAuthServer server = new ClientAuthServer(
                        TestPki.standard(),
                        TestPki.standard().issuingCa(issued.issuer()).certificate())) {
                    SSLContext context = keys.sslContext(ClientAuthServer.trusting(TestPki.standard()));
                    seen.add(server.handshake(context).toString());
                }
            }
            try (CnsCard card = PcscCards.open(reader)) {
                KeyStore store = KeyStore.getInstance("TSCNS", new TscnsProvider());
                store.load(
                        TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(new TypingHandler())));
                String alias = store.aliases().nextElement();
                collect(seen, () -> store.getKey(alias, WRONG.toCharArray()));
                PrivateKey key = (PrivateKey) store.getKey(alias, null);
                collect(seen, () -> {
                    Signature signature = Signature.getInstance("SHA256withRSA", new TscnsProvider());
                    signature.initSign(key);
                    signature.update(DATA);
                    return signature.sign();
                });
            }
            try (CnsCard card = PcscCards.open(reader)) {
                collect(seen, () -> {
                    KeyStore store = KeyStore.getInstance("TSCNS", new TscnsProvider());
                    store.load(TscnsKeyStoreParameter.of(card, new KeyStore.PasswordProtection(WRONG.toCharArray())));
                    return store;
                });
            }
            assertTrue(log.text().contains("bytes redacted>"), "the trace was on");
            seen.addAll(log.messages());
        }
        String all = String.join("\n", seen);
        assertTrue(all.contains("PinEntryException"), all);
        SecretLeaks.assertNone(all, pin, WRONG);
    }

    private interface Step {
        Object run() throws Exception;
    }

    private static void collect(List<String> seen, Step step) {
        try {
            seen.add(String.valueOf(step.run()));
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.add(t.toString());
            }
        }
    }
}
