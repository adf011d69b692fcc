package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.card.CardId;
import java.time.Instant;

/**
 * The receipt of an activation or reprint (<i>stampa riepilogativa</i>, §10.1 step 12): the only protocol message
 * that carries the counter halves of the codes, in {@code counterHalves}. The counter prints them and wipes them with
 * {@link #destroy()}; the remote halves went to the channel.
 *
 * @param receiptId     the receipt number
 * @param cardId        the card
 * @param operatorId    the operator who performed the operation
 * @param issuedAt      when
 * @param counterHalves the counter halves of PIN, PUK and (at activation) CIP
 * @param channel       the channel of the remote halves
 * @param maskedAddress the channel address, masked for printing
 * @since 0.1.0
 */
public record Receipt(
        String receiptId,
        CardId cardId,
        String operatorId,
        Instant issuedAt,
        CodeHalves counterHalves,
        ChannelKind channel,
        String maskedAddress)
        implements AutoCloseable {

    /** Checks the components. */
    public Receipt {
        text("receiptId", receiptId, 64);
        required("cardId", cardId);
        text("operatorId", operatorId, 64);
        required("issuedAt", issuedAt);
        required("counterHalves", counterHalves);
        required("channel", channel);
        text("maskedAddress", maskedAddress, 320);
    }

    /** Wipes the counter halves. */
    public void destroy() {
        counterHalves.destroy();
    }

    @Override
    public void close() {
        destroy();
    }
}
