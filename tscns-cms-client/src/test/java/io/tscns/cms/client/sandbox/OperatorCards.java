package io.tscns.cms.client.sandbox;

import io.tscns.card.CnsCard;
import io.tscns.card.jca.PinCallback;
import io.tscns.card.reader.Readers;
import io.tscns.card.smartcardio.PcscCards;
import io.tscns.simcard.IssuedCard;
import io.tscns.simcard.smartcardio.SimulatedReaders;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * An operator's own simulated card at the counter, for the client's acceptance tests: a reader of the test kit's
 * in-process {@code javax.smartcardio} provider, the card opened through tscns-card, and a PIN pad that types the
 * PINs it is given, one per prompt (the last one again when they run out), recording the tries left each prompt
 * showed.
 */
final class OperatorCards {

    private OperatorCards() {}

    /** Inserts a card into a fresh reader and opens it; the caller closes it. */
    static CnsCard open(IssuedCard card) {
        String name = "Counter Reader " + card.cardId().value();
        SimulatedReaders readers = SimulatedReaders.create(name);
        readers.terminal(name).insert(card.card());
        return PcscCards.open(Readers.using(readers::terminalFactory).find(name).orElseThrow());
    }

    /** The PIN of a card, as the holder types it. */
    static String pin(IssuedCard card) {
        return new String(card.pin().toCharArray());
    }

    /** A PIN of the right length that is not the card's. */
    static String wrongPin(IssuedCard card) {
        String pin = pin(card);
        char last = pin.charAt(pin.length() - 1);
        return pin.substring(0, pin.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    /** Types the PINs given, one per prompt. */
    static final class PinPad implements CallbackHandler {
        private final List<String> typed;
        /** The tries left each prompt showed, empty on the first. */
        final List<OptionalInt> prompts = new CopyOnWriteArrayList<>();

        PinPad(String... pins) {
            this.typed = List.of(pins);
        }

        @Override
        public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
            for (Callback callback : callbacks) {
                if (!(callback instanceof PinCallback pin)) {
                    throw new UnsupportedCallbackException(callback);
                }
                prompts.add(pin.triesLeft());
                char[] chars =
                        typed.get(Math.min(prompts.size(), typed.size()) - 1).toCharArray();
                pin.setPassword(chars);
                Arrays.fill(chars, '\0');
            }
        }
    }
}
