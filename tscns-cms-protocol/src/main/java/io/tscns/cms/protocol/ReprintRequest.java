package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.ActivationMode;
import io.tscns.core.activation.DelegateIdentity;
import io.tscns.core.activation.PresentedDocument;
import io.tscns.core.lifecycle.RequesterKind;
import java.util.Optional;
import java.util.Set;

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
 * @param counterReference the counter's reference for the papers collected, if it gives one
 * @param identificationRef the reference of this operator's identification of the card, whose second identity check
 *                          (§10.6 steps 2–5) the document served; required by the CMS ({@code docs/cms.md §9.5})
 * @since 0.1.0
 */
public record ReprintRequest(
        RequesterKind by,
        Optional<DelegateIdentity> delegate,
        PresentedDocument document,
        DeliveryChannel channel,
        Optional<String> counterReference,
        Optional<IdentificationRef> identificationRef) {

    /** Checks the components. */
    public ReprintRequest {
        required("by", by);
        required("delegate", delegate);
        required("document", document);
        required("channel", channel);
        if (by == RequesterKind.ISSUER || delegate.isPresent() != (by == RequesterKind.DELEGATE)) {
            throw new CmsProtocolException(
                    new ProtocolProblem.InvalidValue(by == RequesterKind.ISSUER ? "by" : "delegate"));
        }
        counterReference = CounterRecord.reference(counterReference);
        required("identificationRef", identificationRef);
    }

    /**
     * Creates a request without an identification reference: add it with {@link #withIdentification}.
     *
     * @param by       {@code HOLDER} or {@code DELEGATE}
     * @param delegate the delegate's data; present exactly when {@code by} is {@code DELEGATE}
     * @param document the identity document of the person at the counter
     * @param channel  where the remote halves of the reprinted codes go
     * @param counterReference the counter's reference for the papers collected, if it gives one
     */
    public ReprintRequest(
            RequesterKind by,
            Optional<DelegateIdentity> delegate,
            PresentedDocument document,
            DeliveryChannel channel,
            Optional<String> counterReference) {
        this(by, delegate, document, channel, counterReference, Optional.empty());
    }

    /**
     * Creates a request without a counter reference nor an identification reference (add it with
     * {@link #withIdentification}).
     *
     * @param by       {@code HOLDER} or {@code DELEGATE}
     * @param delegate the delegate's data; present exactly when {@code by} is {@code DELEGATE}
     * @param document the identity document of the person at the counter
     * @param channel  where the remote halves of the reprinted codes go
     */
    public ReprintRequest(
            RequesterKind by,
            Optional<DelegateIdentity> delegate,
            PresentedDocument document,
            DeliveryChannel channel) {
        this(by, delegate, document, channel, Optional.empty());
    }

    /**
     * Returns this request carrying an identification's reference.
     *
     * @param reference the reference from {@link IdentifyResult.Match#identificationRef()}
     * @return a copy with the reference
     */
    public ReprintRequest withIdentification(IdentificationRef reference) {
        return new ReprintRequest(by, delegate, document, channel, counterReference, Optional.of(reference));
    }

    /**
     * Returns what the CMS keeps of this reprint's counter checks: a delegate is recorded in the delegate mode.
     *
     * @return the record
     */
    public CounterRecord counterRecord() {
        ApplicantData presentedBy = new ApplicantData(
                delegate.isPresent() ? ActivationMode.DELEGATE_HEALTH : ActivationMode.DIRECT,
                Optional.empty(),
                delegate,
                document);
        return new CounterRecord(presentedBy, Set.of(), counterReference, Optional.empty());
    }
}
