package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.lifecycle.RequesterKind;
import java.util.Optional;

/**
 * PIN/PUK reprint ({@code POST /cards/{cardId}/reprint}; <i>ristampa PIN/PUK</i>, manual §10.6): "Diretta" by the
 * holder or by a delegate whose data the operator enters. It recovers the codes issued with the card
 * (<i>Recupero del codice PIN/PUK</i>): the card's original PIN and PUK are split again, not replaced by new ones, so
 * the card keeps working with them; the receipt carries the counter halves, the chosen channel the remote halves.
 * Only for an activated card.
 *
 * @param by       {@code HOLDER} or {@code DELEGATE}
 * @param delegate the delegate's data; present exactly when {@code by} is {@code DELEGATE}
 * @param document the identity document of the person at the counter
 * @param channel  where the remote halves of the reprinted codes go
 */
public record ReprintRequest(RequesterKind by, Optional<DelegateIdentity> delegate, PresentedDocument document,
        DeliveryChannel channel) {

    /** Checks the components. */
    public ReprintRequest {
        required("by", by);
        required("delegate", delegate);
        required("document", document);
        required("channel", channel);
        if (by == RequesterKind.ISSUER || delegate.isPresent() != (by == RequesterKind.DELEGATE)) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue(
                    by == RequesterKind.ISSUER ? "by" : "delegate"));
        }
    }
}
