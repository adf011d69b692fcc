package io.tscns.cms.client.internal;

import io.tscns.card.CnsCard;
import io.tscns.card.jca.CardKeyManager;
import io.tscns.cms.client.OperatorCredentials;
import javax.security.auth.callback.CallbackHandler;

/**
 * The operator's card as credentials (<i>carta dell'operatore</i>): tscns-card's {@link CardKeyManager} and the TLS
 * versions it can sign. The only class of this module that names tscns-card's JCA types, so that
 * {@link OperatorCredentials} loads without tscns-card, which is an optional dependency. Stateless.
 */
public final class CardKeys {

    private CardKeys() {}

    /**
     * Builds the credentials.
     *
     * @param card the opened card
     * @param pins asked for the PIN
     * @return the credentials
     */
    public static OperatorCredentials of(CnsCard card, CallbackHandler pins) {
        CardKeyManager keys = CardKeyManager.of(card, pins);
        return OperatorCredentials.keyManager(keys, keys.tlsProtocols());
    }
}
