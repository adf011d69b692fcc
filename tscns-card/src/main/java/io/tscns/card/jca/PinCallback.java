package io.tscns.card.jca;

import io.tscns.core.card.CardId;
import java.util.Objects;
import java.util.OptionalInt;
import javax.security.auth.callback.PasswordCallback;

/**
 * The request for the card's PIN (<i>richiesta del PIN</i>) that the provider passes to the application's
 * {@link javax.security.auth.callback.CallbackHandler} when the card needs it. It is a {@link PasswordCallback}, so
 * any handler that fills in a password (a console prompt, a dialog) works; a handler that knows this type can also
 * show which card it is for and, after a wrong try, how many tries are left. Leaving the password unset (or empty)
 * cancels. The provider wipes the password as soon as the card has checked it, and never keeps it: the card alone
 * remembers that the PIN was verified, until it is reset or removed.
 *
 * <p>On a PIN-pad reader (PC/SC part 10, {@link io.tscns.card.CnsCard#hasPinPad()}) the PIN is typed on the reader
 * and reaches the card without this callback: the handler gets a
 * {@link javax.security.auth.callback.TextOutputCallback} saying to enter the PIN on the reader instead. Not
 * thread-safe, like every callback.
 *
 * @since 0.1.0
 */
public final class PinCallback extends PasswordCallback {

    private static final long serialVersionUID = 1L;

    private final transient CardId cardId;
    private final OptionalInt triesLeft;

    /**
     * Creates the request.
     *
     * @param cardId    the card asking, whose number is printed on it
     * @param triesLeft the tries left after a wrong PIN, empty on the first request
     */
    public PinCallback(CardId cardId, OptionalInt triesLeft) {
        super(prompt(cardId, triesLeft), false);
        this.cardId = Objects.requireNonNull(cardId, "cardId");
        this.triesLeft = Objects.requireNonNull(triesLeft, "triesLeft");
    }

    private static String prompt(CardId cardId, OptionalInt triesLeft) {
        String base = "PIN of the card " + cardId.value();
        return triesLeft.isPresent() ? "Wrong PIN (tries left: " + triesLeft.getAsInt() + "). " + base : base;
    }

    /**
     * Returns the card asking.
     *
     * @return its card id (<i>EF.ID_Carta</i>)
     */
    public CardId cardId() {
        return cardId;
    }

    /**
     * Returns how many tries are left after a wrong PIN.
     *
     * @return the count, empty on the first request or when the card does not say
     */
    public OptionalInt triesLeft() {
        return triesLeft;
    }
}
