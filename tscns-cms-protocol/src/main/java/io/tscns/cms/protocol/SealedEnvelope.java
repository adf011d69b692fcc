package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;
import static io.tscns.cms.protocol.WireText.text;

import io.tscns.core.card.CardId;
import java.time.Instant;

/**
 * The answer to an activation by sealed envelope (<i>stampa in busta chiusa dei codici PIN e PUK</i>, DM 20 giugno
 * 2011 Allegato 2 point 1c): the whole PIN and PUK, which the counter prints at once in a sealed envelope for the
 * holder, and nowhere else. With the counter halves of a {@link Receipt}, the only protocol message that carries a
 * code; these are whole, so the counter prints and wipes them ({@link #destroy()}) without showing them. No CIP: the
 * DM releases PIN and PUK only.
 *
 * @param receiptId  the receipt number
 * @param cardId     the card
 * @param operatorId the operator who activated the card
 * @param issuedAt   when
 * @param pin        the whole PIN
 * @param puk        the whole PUK
 * @since 0.1.0
 */
public record SealedEnvelope(
        String receiptId, CardId cardId, String operatorId, Instant issuedAt, SecretText pin, SecretText puk)
        implements AutoCloseable {

    /** Checks the components. */
    public SealedEnvelope {
        text("receiptId", receiptId, 64);
        required("cardId", cardId);
        text("operatorId", operatorId, 64);
        required("issuedAt", issuedAt);
        required("pin", pin);
        required("puk", puk);
    }

    /** Wipes both codes. */
    public void destroy() {
        pin.destroy();
        puk.destroy();
    }

    @Override
    public void close() {
        destroy();
    }
}
