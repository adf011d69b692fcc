package io.tscns.cms.sandbox.internal.engine;

import io.tscns.cms.protocol.IdentityField;
import io.tscns.cms.sandbox.internal.store.Rows;
import java.time.Instant;
import java.util.List;

/**
 * What the engine's operations return, before the HTTP layer turns them into protocol messages.
 */
public final class Results {

    private Results() {
    }

    /** The outcome of a card identification (§10.1 steps 4–5). */
    public sealed interface Identification {
    }

    /**
     * The data match: the holder's data for the operator's second check.
     *
     * @param card   the card
     * @param holder the holder
     */
    public record Match(Rows.CardRow card, Rows.HolderRow holder) implements Identification {
    }

    /**
     * The data do not match: send the holder to the Scelta e Revoca office.
     *
     * @param mismatchedFields the request fields that differ
     */
    public record Mismatch(List<IdentityField> mismatchedFields) implements Identification {
    }

    /**
     * The receipt of an activation or reprint (<i>stampa riepilogativa</i>), with the counter halves.
     *
     * @param receiptId     receipt id
     * @param cardId        card
     * @param operatorId    operator
     * @param at            when
     * @param counterHalves counter halves of PIN, PUK and (at activation) CIP; the caller wipes them
     * @param channelKind   {@code EMAIL} or {@code SMS}
     * @param maskedChannel the masked address the remote halves went to
     */
    public record Receipt(String receiptId, String cardId, String operatorId, Instant at, List<char[]> counterHalves,
            String channelKind, String maskedChannel) {
    }
}
