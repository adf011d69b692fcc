package io.tscns.card.jca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tscns.card.CnsCard;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedKeypad;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import io.tscns.simcard.smartcardio.SimulatedTerminal;
import io.tscns.test.junit.WithSimulatedCard;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.TextOutputCallback;
import org.junit.jupiter.api.Test;

/**
 * The provider on a PIN-pad reader (PC/SC part 10, the simulated reader's scripted keypad): the PIN is typed on the
 * reader, the application's handler is only told so and is never asked for a password.
 */
@WithSimulatedCard(seed = 2021)
class ProviderOnPinPadReaderTest {

    private static final byte[] DATA = "documento da firmare".getBytes(StandardCharsets.UTF_8);

    private final SimulatedKeypad keypad = SimulatedKeypad.create();

    /** Records the messages it is given; fails the test if asked for a password. */
    private static final class Listener implements CallbackHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void handle(Callback[] callbacks) {
            for (Callback callback : callbacks) {
                messages.add(assertInstanceOf(
                                TextOutputCallback.class,
                                callback,
                                "a PIN-pad reader takes the PIN; the handler is not asked for it")
                        .getMessage());
            }
        }
    }

    private CnsCard openOnKeypad(SimulatedReaders readers) throws Exception {
        SimulatedTerminal terminal = readers.terminals().get(0);
        terminal.attachKeypad(keypad);
        return PcscCards.open(terminal);
    }

    private static byte[] sign(CnsCard card, CallbackHandler handler) throws Exception {
        KeyStore store = KeyStore.getInstance(TscnsProvider.KEY_STORE_TYPE, new TscnsProvider());
        store.load(TscnsKeyStoreParameter.of(card, new KeyStore.CallbackHandlerProtection(handler)));
        PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
        Signature signature = Signature.getInstance("SHA256withRSA", new TscnsProvider());
        signature.initSign(key);
        signature.update(DATA);
        return signature.sign();
    }

    @Test
    void thePinIsTypedOnTheReaderAndTheHandlerIsOnlyToldSo(SimulatedReaders readers, IssuedCard issued)
            throws Exception {
        keypad.type(new String(issued.pin().toCharArray()))
                .type(new String(issued.pin().toCharArray()));
        Listener listener = new Listener();
        try (CnsCard card = openOnKeypad(readers)) {
            assertTrue(card.hasPinPad());
            byte[] signature = sign(card, listener);
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(issued.certificate());
            verifier.update(DATA);
            assertTrue(verifier.verify(signature));
        }
        assertEquals(
                List.of("Enter the PIN of card " + issued.cardId().value() + " on the reader."), listener.messages);
        assertEquals(1, keypad.pending(), "one entry, the one the card needed");
    }

    @Test
    void aWrongPinOnTheReaderIsAskedAgainWithTheTriesLeft(SimulatedReaders readers, IssuedCard issued)
            throws Exception {
        keypad.type("99999").type(new String(issued.pin().toCharArray()));
        Listener listener = new Listener();
        try (CnsCard card = openOnKeypad(readers)) {
            sign(card, listener);
        }
        assertEquals(2, listener.messages.size());
        assertTrue(listener.messages.get(1).startsWith("Wrong PIN (tries left: 2)."), listener.messages.get(1));
    }

    @Test
    void cancelOnTheReaderIsAnEntryCancelledAndNeedsNoHandler(SimulatedReaders readers) throws Exception {
        keypad.pressCancel();
        try (CnsCard card = openOnKeypad(readers)) {
            KeyStore store = KeyStore.getInstance(TscnsProvider.KEY_STORE_TYPE, new TscnsProvider());
            store.load(TscnsKeyStoreParameter.of(card, null));
            PrivateKey key = (PrivateKey) store.getKey(store.aliases().nextElement(), null);
            Signature signature = Signature.getInstance("SHA256withRSA", new TscnsProvider());
            signature.initSign(key);
            signature.update(DATA);
            SignatureException failure = assertThrows(SignatureException.class, signature::sign);
            assertInstanceOf(
                    PinProblem.EntryCancelled.class,
                    assertInstanceOf(PinEntryException.class, failure.getCause())
                            .problem());
        }
    }
}
