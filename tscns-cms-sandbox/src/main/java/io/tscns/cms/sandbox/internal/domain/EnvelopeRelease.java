package io.tscns.cms.sandbox.internal.domain;

import io.tscns.core.card.CardId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Codes released whole for a sealed envelope (<i>stampa in busta chiusa dei codici PIN e PUK</i>, DM 20 giugno 2011
 * Allegato 2 point 1c): PIN and PUK, printed at the counter in the envelope. Nothing goes to an outbox.
 *
 * @param receiptId  the receipt's id
 * @param cardId     the card
 * @param operatorId the operator
 * @param at         when
 * @param codes      the whole codes in order PIN, PUK; whoever takes them out wipes the arrays
 */
public record EnvelopeRelease(String receiptId, CardId cardId, String operatorId, Instant at, List<char[]> codes) {

    /**
     * Checks the components; the list is copied, the arrays are not.
     */
    public EnvelopeRelease {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(at, "at");
        codes = List.copyOf(codes);
    }

    /** Wipes the codes of a release that will not be handed out. */
    public void wipe() {
        codes.forEach(code -> Arrays.fill(code, '\0'));
    }

    @Override
    public String toString() {
        return "EnvelopeRelease[" + receiptId + ", " + cardId + ", " + codes.size() + " codes]";
    }
}
