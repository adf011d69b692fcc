package io.tscns.card.error;

import io.tscns.card.profile.Rejection;
import java.util.List;
import java.util.Objects;

/**
 * The inserted card is not a CNS this SDK serves (<i>carta non supportata</i>): a malformed ATR, a contactless
 * reader, a DSD, HPC or CIE sibling, or an ATR that fails the CNS rule. {@link #reason()} says which, for callers
 * that branch on it; the message says it in words, with the ATR (which is not a secret).
 *
 * @since 0.1.0
 */
public final class UnsupportedCardException extends CardAccessException {

    private static final long serialVersionUID = 1L;

    private final String atrHex;

    /**
     * Creates the exception.
     *
     * @param reason why the card is rejected
     * @param atrHex the card's ATR in hexadecimal
     */
    public UnsupportedCardException(Rejection reason, String atrHex) {
        super(Objects.requireNonNull(reason, "reason").describe() + " (ATR " + atrHex + ")", List.of(reason));
        this.atrHex = Objects.requireNonNull(atrHex, "atrHex");
    }

    /**
     * Returns why the card is rejected.
     *
     * @return the reason
     */
    public Rejection reason() {
        return problem(Rejection.class);
    }

    /**
     * Returns the reason as the one problem this exception carries.
     *
     * @return the reason, or an empty list after deserialization
     */
    @Override
    public List<Rejection> problems() {
        return problems(Rejection.class);
    }

    /**
     * Returns the card's ATR.
     *
     * @return the ATR in hexadecimal
     */
    public String atrHex() {
        return atrHex;
    }
}
