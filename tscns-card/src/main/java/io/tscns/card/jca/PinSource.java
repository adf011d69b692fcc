package io.tscns.card.jca;

import io.tscns.card.CnsCard;
import io.tscns.card.error.PinPadException;
import io.tscns.card.error.PinPadProblem;
import io.tscns.card.pin.VerificationResult;
import io.tscns.core.card.CardId;
import io.tscns.core.secret.Pin;
import java.io.IOException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.TextOutputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Where the PIN comes from when the card asks for it: a {@link CallbackHandler} asked each time, or nowhere. The PIN
 * is never kept: it goes from the handler to the card and is wiped; the card remembers that it was verified. A PIN
 * given up front ({@link KeyStore.PasswordProtection}) is verified once by {@link #verify(CnsCard, char[])} and not
 * kept either. Thread-safe: it holds no state but the handler.
 */
final class PinSource {

    /** How many prompts one login may show; the card's own counter blocks the PIN before this on every CNS. */
    private static final int MAX_PROMPTS = 5;

    private final CallbackHandler handler;

    private PinSource(CallbackHandler handler) {
        this.handler = handler;
    }

    /**
     * Asks a handler for the PIN each time the card needs it.
     *
     * @param handler the application's handler
     * @return the source
     */
    public static PinSource asking(CallbackHandler handler) {
        return new PinSource(Objects.requireNonNull(handler, "handler"));
    }

    /**
     * Returns a source that cannot give a PIN: the card must have it verified already.
     *
     * @return the source
     */
    public static PinSource none() {
        return new PinSource(null);
    }

    /**
     * Returns the source a key-store protection parameter stands for.
     *
     * @param protection {@link KeyStore.CallbackHandlerProtection}, or anything else for none
     * @return the source
     */
    public static PinSource of(KeyStore.ProtectionParameter protection) {
        return protection instanceof KeyStore.CallbackHandlerProtection callbacks
                ? asking(callbacks.getCallbackHandler())
                : none();
    }

    /**
     * Verifies a PIN given up front, once; the caller keeps and wipes its array.
     *
     * @param card the card
     * @param pin  the PIN's characters
     * @throws PinEntryException                                 if the card refuses it or it is blocked
     * @throws io.tscns.core.secret.InvalidSecretCodeException if it is not 5 to 8 digits (no try is spent)
     */
    public static void verify(CnsCard card, char[] pin) {
        try (Pin parsed = Pin.parse(pin)) {
            VerificationResult result = card.verifyPin(parsed);
            if (result instanceof VerificationResult.Blocked) {
                throw new PinEntryException(new PinProblem.PinBlocked());
            }
            if (result instanceof VerificationResult.Rejected rejected) {
                throw new PinEntryException(new PinProblem.WrongPin(rejected.triesLeft()));
            }
        }
    }

    /**
     * Asks for the PIN until the card accepts it, the holder cancels, or the PIN blocks.
     *
     * @param card   the card that answered "security status not satisfied"
     * @param cardId the card's id, shown in the prompt
     * @throws PinEntryException if there is no handler, the holder cancels, or the PIN blocks
     */
    public void login(CnsCard card, CardId cardId) {
        if (card.hasPinPad()) {
            loginOnReader(card, cardId);
            return;
        }
        if (handler == null) {
            throw new PinEntryException(new PinProblem.NoPinSource());
        }
        OptionalInt triesLeft = OptionalInt.empty();
        for (int prompt = 0; prompt < MAX_PROMPTS; prompt++) {
            PinCallback callback = new PinCallback(cardId, triesLeft);
            char[] typed = null;
            try {
                handler.handle(new Callback[] {callback});
                typed = callback.getPassword();
                if (typed == null || typed.length == 0) {
                    throw new PinEntryException(new PinProblem.EntryCancelled());
                }
                VerificationResult result;
                try (Pin pin = Pin.parse(typed)) {
                    result = card.verifyPin(pin);
                }
                if (result instanceof VerificationResult.Accepted) {
                    return;
                }
                if (result instanceof VerificationResult.Blocked) {
                    throw new PinEntryException(new PinProblem.PinBlocked());
                }
                triesLeft = ((VerificationResult.Rejected) result).triesLeft();
            } catch (IOException | UnsupportedCallbackException e) {
                throw new PinEntryException(new PinProblem.EntryCancelled());
            } finally {
                if (typed != null) {
                    Arrays.fill(typed, '\0');
                }
                callback.clearPassword();
            }
        }
        throw new PinEntryException(new PinProblem.WrongPin(triesLeft));
    }

    /**
     * Has the holder type the PIN on the reader's keypad until the card accepts it, the holder cancels or the PIN
     * blocks: the PIN never passes through the host. The handler, if any, is told where to type it with a
     * {@link TextOutputCallback} (a handler that does not support it is not needed: the reader prompts too).
     */
    private void loginOnReader(CnsCard card, CardId cardId) {
        OptionalInt triesLeft = OptionalInt.empty();
        for (int entry = 0; entry < MAX_PROMPTS; entry++) {
            tell(readerPrompt(cardId, triesLeft));
            VerificationResult result;
            try {
                result = card.verifyPinOnReader();
            } catch (PinPadException e) {
                if (e.problem() == PinPadProblem.CANCELLED || e.problem() == PinPadProblem.TIMED_OUT) {
                    throw new PinEntryException(new PinProblem.EntryCancelled());
                }
                throw e;
            }
            if (result instanceof VerificationResult.Accepted) {
                return;
            }
            if (result instanceof VerificationResult.Blocked) {
                throw new PinEntryException(new PinProblem.PinBlocked());
            }
            triesLeft = ((VerificationResult.Rejected) result).triesLeft();
        }
        throw new PinEntryException(new PinProblem.WrongPin(triesLeft));
    }

    private static String readerPrompt(CardId cardId, OptionalInt triesLeft) {
        String base = "Enter the PIN of card " + cardId.value() + " on the reader.";
        return triesLeft.isPresent() ? "Wrong PIN (tries left: " + triesLeft.getAsInt() + "). " + base : base;
    }

    private void tell(String message) {
        if (handler == null) {
            return;
        }
        try {
            handler.handle(new Callback[] {new TextOutputCallback(TextOutputCallback.INFORMATION, message)});
        } catch (IOException | UnsupportedCallbackException e) {
            // The reader shows its own prompt; the application's handler need not support messages.
        }
    }
}
