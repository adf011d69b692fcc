package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.CodeKind;
import io.tscns.core.secret.SecretCode;
import java.util.Map;
import java.util.Set;

/**
 * The cards' secret codes, PIN, PUK and CIP (<i>codici segreti</i>), sealed at rest. An implementation works in the
 * transaction of the thread that calls it; failures are unchecked.
 */
public interface CodeStore {

    /**
     * Opens some of a card's codes; only the kinds asked for are opened.
     *
     * @param cardId the card
     * @param kinds  the codes wanted
     * @return the stored codes by kind, which the caller destroys; a kind not stored is absent
     */
    Map<CodeKind, SecretCode> open(CardId cardId, Set<CodeKind> kinds);

    /**
     * Seals and stores (or replaces) a card's code.
     *
     * @param cardId the card
     * @param code   the code (not destroyed here)
     */
    void put(CardId cardId, SecretCode code);
}
