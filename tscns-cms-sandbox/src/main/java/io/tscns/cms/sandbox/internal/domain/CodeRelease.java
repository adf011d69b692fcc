package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import io.tscns.core.secret.RemoteChannel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Codes released at the counter (<i>stampa riepilogativa</i>, Toscana manual v2.0 §10.1 step 12): the counter halves
 * for the receipt, and where the remote halves went (§9.1.4). An activation releases PIN, PUK and CIP, a reprint
 * (§10.6) PIN and PUK.
 *
 * @param receiptId     the receipt's id
 * @param cardId        the card
 * @param operatorId    the operator
 * @param at            when
 * @param counterHalves the counter halves in order PIN, PUK and (at activation) CIP; whoever takes them out wipes the
 *                      arrays
 * @param channel       where the remote halves went
 */
public record CodeRelease(
        String receiptId,
        CardId cardId,
        String operatorId,
        Instant at,
        List<char[]> counterHalves,
        RemoteChannel channel) {

    /**
     * Checks the components; the list is copied, the arrays are not.
     */
    public CodeRelease {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(at, "at");
        counterHalves = List.copyOf(counterHalves);
        Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String toString() {
        return "CodeRelease[" + receiptId + ", " + cardId + ", " + counterHalves.size() + " halves, " + channel + "]";
    }
}
