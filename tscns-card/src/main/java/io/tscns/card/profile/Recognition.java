package io.tscns.card.profile;

/**
 * The outcome of recognising a card from its ATR (<i>esito del riconoscimento</i>): a CNS profile, or the reason the
 * card is not one.
 *
 * @since 0.1.0
 */
public sealed interface Recognition {

    /**
     * The card is a CNS.
     *
     * @param profile its profile
     */
    record Recognised(CardProfile profile) implements Recognition {}

    /**
     * The card is not a CNS this SDK serves.
     *
     * @param reason why
     */
    record Rejected(Rejection reason) implements Recognition {}
}
