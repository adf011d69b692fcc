package io.tscns.cms.protocol;

import static io.tscns.cms.protocol.WireText.required;

import io.tscns.core.activation.SupportingDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FSE consents recorded after activation ({@code POST /cards/{cardId}/consents}, manual §10.4).
 *
 * @param consents    the choices, 1 to 8
 * @param presentedBy who came to the counter, with the document shown (§10.4: the holder or a delegate with the
 *                    delegation form); absent only for a caller of the protocol before it had one
 * @param declarations the papers collected (the delegation form), possibly none
 * @param counterReference the counter's reference for the papers collected, if it gives one
 * @param identificationRef the reference of this operator's identification of the card (§10.4 steps 3–5); required
 *                          by the CMS ({@code docs/cms.md §9.5})
 * @since 0.1.0
 */
public record ConsentsUpdate(
        List<ConsentChoice> consents,
        Optional<ApplicantData> presentedBy,
        Set<SupportingDocument> declarations,
        Optional<String> counterReference,
        Optional<IdentificationRef> identificationRef) {

    /** Checks the components. */
    public ConsentsUpdate {
        consents = WireText.list("consents", consents, 8);
        if (consents.isEmpty()) {
            throw new CmsProtocolException(new ProtocolProblem.InvalidValue("consents"));
        }
        required("presentedBy", presentedBy);
        declarations = CounterRecord.copy("declarations", declarations);
        counterReference = CounterRecord.reference(counterReference);
        required("identificationRef", identificationRef);
    }

    /**
     * Creates an update without an identification reference: add it with {@link #withIdentification}.
     *
     * @param consents         the choices, 1 to 8
     * @param presentedBy      who came to the counter, with the document shown
     * @param declarations     the papers collected, possibly none
     * @param counterReference the counter's reference for the papers collected, if it gives one
     */
    public ConsentsUpdate(
            List<ConsentChoice> consents,
            Optional<ApplicantData> presentedBy,
            Set<SupportingDocument> declarations,
            Optional<String> counterReference) {
        this(consents, presentedBy, declarations, counterReference, Optional.empty());
    }

    /**
     * Creates an update that names nobody at the counter and carries no identification reference (add it with
     * {@link #withIdentification}).
     *
     * @param consents the choices, 1 to 8
     */
    public ConsentsUpdate(List<ConsentChoice> consents) {
        this(consents, Optional.empty(), Set.of(), Optional.empty());
    }

    /**
     * Returns this update carrying an identification's reference.
     *
     * @param reference the reference from {@link IdentifyResult.Match#identificationRef()}
     * @return a copy with the reference
     */
    public ConsentsUpdate withIdentification(IdentificationRef reference) {
        return new ConsentsUpdate(consents, presentedBy, declarations, counterReference, Optional.of(reference));
    }

    /**
     * Returns what the CMS keeps of this update's counter checks, if it names who came.
     *
     * @return the record, or empty
     */
    public Optional<CounterRecord> counterRecord() {
        return presentedBy.map(
                applicant -> new CounterRecord(applicant, declarations, counterReference, Optional.empty()));
    }
}
